import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {checkSync} from 'recheck'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {ConfigError, defaultConfig, loadConfig} from '../../src/config.js'
import {patternProblem} from '../../src/guard.js'
import {checkText, createPipeline} from '../../src/pipeline.js'
import {runs} from './arbitraries.js'

/**
 * No catastrophic backtracking. Every regular-expression literal in the code
 * that runs on copy is proved linear (or at worst polynomial on inputs the
 * limits bound) by recheck; patterns built at run time are driven with
 * adversarial copy; user-supplied patterns are refused at load when unsafe.
 */
const src = new URL('../../src/', import.meta.url)
/** Code that never sees copy: evaluation, benchmarks and build tools. */
const offline = new Set(['eval', 'bench', 'tools'])

function sourceFiles(dir: URL): URL[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (entry.isDirectory()) return offline.has(entry.name) ? [] : sourceFiles(new URL(`${entry.name}/`, dir))
    return entry.name.endsWith('.ts') ? [new URL(entry.name, dir)] : []
  })
}

function regexLiterals(file: URL): Array<{where: string; source: string; flags: string}> {
  const text = readFileSync(file, 'utf8')
  const tree = ts.createSourceFile(file.pathname, text, ts.ScriptTarget.Latest, true)
  const found: Array<{where: string; source: string; flags: string}> = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(tree)
      const end = literal.lastIndexOf('/')
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1
      found.push({where: `${path.relative(src.pathname, file.pathname)}:${line}`, source: literal.slice(1, end), flags: literal.slice(end + 1)})
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  return found
}

const literals = sourceFiles(src).flatMap(regexLiterals)

/**
 * Literals recheck finds polynomial (quadratic or worse), each reviewed: safe
 * because the input they run on is bounded. A new polynomial pattern fails
 * the test until it is made linear or reviewed here. (The URL/e-mail pattern
 * in script/text.ts and the doubled-word pattern in typography were
 * quadratic on copy; their owners made them linear after this test found them.)
 */
const reviewed: Record<string, string> = {
  '"[^"]*"|“[^”]*”|«[^»]*»': 'claims/interview.ts quoted: runs on the first 1,000 characters of a paragraph after a question',
  '\\s*\\(.*\\)$': 'language/codes.ts: runs on ISO 639 names from package data, never on copy',
  '^The\\s+(.+)$': 'names/lookup.ts: runs on style-sheet names, never on copy',
  "([\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*)[\\s\\p{P}]*$":
    'names/lookup.ts isBareReference: runs on the 64 characters before a name (bounded since 32e64f0; it ran on the whole paragraph before)',
  '[)"\'\\u201d\\u2019>\\].,;:!?]+$': 'spelling/tokens.ts insideAddress: runs on one whitespace-delimited token, at most `limits.maxToken` characters',
}

/**
 * recheck's fuzzer stops its matching runs by wall-clock time unless told otherwise, so a loaded machine (the suite's
 * other files) could time a safe pattern out as "vulnerable" or leave it "unknown": with no time limits, it counts
 * steps only (its `attackLimit` and `incubationLimit`), and the verdict is the same on any machine. (A pattern it cannot
 * read, such as a script newer than its Unicode tables, is "unknown", as before.)
 */
const deterministic = {timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null}

describe('regular expressions in the code', () => {
  it('finds the literals to audit', () => {
    expect(literals.length).toBeGreaterThan(50)
  })

  it('none is exponential, and every polynomial one is reviewed (recheck)', () => {
    const vulnerable = literals
      .map((literal) => ({...literal, diagnosis: checkSync(literal.source, literal.flags.replace(/[gy]/g, ''), deterministic)}))
      .filter(({diagnosis}) => diagnosis.status === 'vulnerable')
    const exponential = vulnerable.filter(({diagnosis}) => diagnosis.status === 'vulnerable' && diagnosis.complexity.type === 'exponential')
    expect(exponential.map(({where, source}) => `${where} /${source}/`)).toEqual([])
    expect(vulnerable.filter(({source}) => !reviewed[source]).map(({where, source}) => `${where} /${source}/`)).toEqual([])
  }, 120_000)
})

describe('adversarial copy through every stage', () => {
  const processor = createPipeline(defaultConfig())
  // Repetitions of what the stages' patterns look for, in one long paragraph:
  // each must finish (a hang fails the test by its time limit) with a sound report.
  const shapes = [
    'the ', 'a', ' ', '1,', '1.', '12.03.', 'mln ', 'Mr. ', '«', '"', "'", 'said ', 'some say that ', 'A-', '-',
    'Зеленский ', 'Mоscow ', '@a', 'http://a', '.', '..', '!?', 'e.g. ', 'likely ', 'the President of the ', 'citing ',
    '\u202E', '\u200D', 'é', 'e\u0301', '\uD83D\uDE00', '( ', '[', '*', '_', '`', '&amp;', '<', 'I ', 'l',
  ]
  // 4,000 characters in CI (under `maxToken`, so one-word shapes reach the stages); `npm run fuzz` drives 40,000 (see docs/robustness.md for timings).
  const length = runs > 100 ? 40_000 : 4000
  it.each(shapes)(`%j repeated to ${length} characters`, async (shape) => {
    const text = shape.repeat(Math.ceil(length / shape.length))
    for (const format of ['text', 'markdown'] as const) {
      try {
        const file = await checkText(processor, text, {format})
        for (const message of file.messages) expect(message.place && 'start' in message.place).toBe(true)
      } catch (error) {
        expect((error as Error).constructor.name).toBe('MalformedInputError')
      }
    }
  }, 120_000)
})

describe('user-supplied patterns (config `accept`)', () => {
  it.each([
    ['^(?:(a+)+)$', /exponential time/],
    ['(a|a)*x', /exponential time/],
    ['^(\\w+\\s?)+$', /exponential time/],
    ['x'.repeat(201), /longer than 200 characters/],
    ['(unclosed', /not a valid regular expression/],
  ])('refuses /%s/', (source, reason) => {
    expect(patternProblem(source, '')).toMatch(reason)
  })

  it.each([['Zelensk(?:y|iy|yy)', 'i'], ['[A-Z]{2,5}', ''], ['\\p{Lu}\\p{Ll}+', 'u']])('accepts /%s/%s', (source, flags) => {
    expect(patternProblem(source, flags)).toBeUndefined()
  })

  it('fails the configuration clearly, naming the entry', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-guard-')), '.copydeskrc.yml')
    writeFileSync(file, 'accept:\n  - Zelenskyy\n  - /(a+)+b/\n')
    expect(() => loadConfig(file)).toThrow(ConfigError)
    expect(() => loadConfig(file)).toThrow(/`accept\[1\]` can take exponential time/)
    writeFileSync(file, 'accept:\n  - /Zelensk(?:y|iy)/i\n')
    expect(loadConfig(file).accept).toEqual(['/Zelensk(?:y|iy)/i'])
  })
})
