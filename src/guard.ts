import {closeSync, fstatSync, openSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseDocument} from 'yaml'

// recheck (CommonJS, about 85 ms to load) is needed only for a configuration with `/…/` patterns:
// required on first use, synchronously, rather than on every run.
const require = createRequire(import.meta.url)
let recheck: typeof import('recheck') | undefined

/** Largest configuration, style sheet or dictionary read: a newsroom's own data is kilobytes, not megabytes. */
export const maxDataFileBytes = 4 * 1024 * 1024

/**
 * Reads a user-supplied data file (configuration, style sheet, dictionary),
 * refusing one larger than `maxBytes` before reading it, so that a wrong path
 * (a log, a dump) fails with a clear reason instead of exhausting memory.
 * Throws the caller's error type with `message`.
 */
export function readDataFile(file: string, fail: (reason: string) => Error, maxBytes = maxDataFileBytes): string {
  let handle: number
  try {
    handle = openSync(file, 'r')
  } catch (error) {
    throw fail(`cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  try {
    const info = fstatSync(handle)
    if (!info.isFile()) throw fail('not a file')
    if (info.size > maxBytes) throw fail(`too large (${info.size} bytes; the limit is ${maxBytes})`)
    return readFileSync(handle, 'utf8')
  } finally {
    closeSync(handle)
  }
}

/** Reads a personal dictionary named in the configuration (one word or phrase a line), size-capped. */
export function readDictionary(file: string, fail: (message: string) => Error): string {
  return readDataFile(file, (reason) => fail(`${file}: ${reason.startsWith('cannot read') ? reason.replace('cannot read', 'cannot read dictionary') : `dictionary ${reason}`}`))
}

/**
 * Reads a user-supplied YAML file (configuration, style sheet) safely: size-capped,
 * core schema only, no custom tags, bounded alias expansion. `what` names the kind
 * of file in the one-line reason ("cannot read configuration (ENOENT)").
 * A file of the bundled rule data (`rules/`) is read from its precompiled JSON when that is up to date.
 */
export function readYamlFile(file: string, what: string, fail: (message: string) => Error): unknown {
  const compiled = readCompiled(file)
  if (compiled.found) return compiled.data
  const text = readDataFile(file, (reason) => fail(`${file}: ${reason.startsWith('cannot read') ? reason.replace('cannot read', `cannot read ${what}`) : `${what} ${reason}`}`))
  return parseYaml(text, file, fail)
}

/**
 * Reads a YAML file of the bundled rule data (a `.yml` file under `rules/`): from its precompiled
 * JSON when that is up to date, else by parsing it as `readYamlFile` does.
 * Throws `fail`'s error naming the file and line for data that is not valid YAML.
 */
export function readRuleYaml(file: string | URL, fail: (message: string) => Error = (message) => new Error(message)): unknown {
  const name = file instanceof URL ? fileURLToPath(file) : file
  const compiled = readCompiled(name)
  return compiled.found ? compiled.data : parseYaml(readFileSync(name, 'utf8'), name, fail)
}

/** Parses YAML text with the core schema only, no custom tags, unique keys and bounded alias expansion. */
export function parseYaml(text: string, file: string, fail: (message: string) => Error): unknown {
  const document = parseDocument(text, {schema: 'core', customTags: [], uniqueKeys: true})
  if (document.errors.length > 0) {
    const error = document.errors[0]!
    throw fail(`${file}:${error.linePos?.[0].line ?? 1}: not valid YAML (${error.code})`)
  }
  try {
    return document.toJS({maxAliasCount: 100})
  } catch (error) {
    // yaml refuses alias bombs with a ReferenceError; it is still a bad file, not a crash.
    throw fail(`${file}: ${(error as Error).message}`)
  }
}

/** The bundled rule data, and where `npm run build` writes it as JSON (src/tools/precompile.ts); the same from src/ and dist/. */
export const rulesRoot = fileURLToPath(new URL('../rules/', import.meta.url))
export const compiledRulesRoot = fileURLToPath(new URL('../dist/rules/', import.meta.url))

/** The precompiled JSON for a file of the bundled rule data, or undefined for any other file. */
export function compiledPathOf(file: string): string | undefined {
  const relative = path.relative(rulesRoot, path.resolve(file))
  if (relative.startsWith('..') || path.isAbsolute(relative) || !relative.endsWith('.yml')) return undefined
  return path.join(compiledRulesRoot, `${relative}.json`)
}

/**
 * Parsing YAML was a fifth of a cold check (the yaml library compiling its own code
 * on first use), so the bundled data is compiled to JSON at build time. The JSON is
 * used only while it is at least as new as its source, so an edited rule file is read
 * as YAML until the next build.
 */
function readCompiled(file: string): {found: true; data: unknown} | {found: false} {
  const compiled = compiledPathOf(file)
  return compiled ? readIfFresh(file, compiled) : {found: false}
}

/** The data in `compiled` (JSON) when both files exist and it is not older than `source`. */
export function readIfFresh(source: string, compiled: string): {found: true; data: unknown} | {found: false} {
  const json = statSync(compiled, {throwIfNoEntry: false})
  const original = statSync(source, {throwIfNoEntry: false})
  if (!json || !original || json.mtimeMs < original.mtimeMs) return {found: false}
  return {found: true, data: JSON.parse(readFileSync(compiled, 'utf8'))}
}

/** Longest user-supplied pattern accepted; words are short, patterns for them need not be long. */
export const maxPatternLength = 200

/**
 * Why a user-supplied regular expression (a config `accept` entry such as
 * `/Zelensk(?:y|iy|yy)/i`) may not be used, or undefined when it may.
 * Patterns run against every word of every article, so one with
 * catastrophic backtracking (`/(a+)+/`) would hang the check; recheck
 * (a ReDoS checker that analyses the pattern's automaton and confirms by
 * fuzzing) decides, rather than a hand-written star-height heuristic that
 * misses overlapping alternations such as `(a|a)` repeated.
 */
export function patternProblem(source: string, flags: string): string | undefined {
  if (source.length > maxPatternLength) return `is longer than ${maxPatternLength} characters`
  try {
    new RegExp(source, flags)
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`
  }
  recheck ??= require('recheck') as typeof import('recheck')
  const diagnosis = recheck.checkSync(source, flags, {timeout: 5000})
  if (diagnosis.status === 'safe') return undefined
  if (diagnosis.status === 'vulnerable') {
    const attack = diagnosis.attack.pattern.length > 60 ? `${diagnosis.attack.pattern.slice(0, 60)}…` : diagnosis.attack.pattern
    return `can take ${diagnosis.complexity.type} time (catastrophic backtracking, e.g. on ${attack}); rewrite it without nested or overlapping repetition`
  }
  return 'could not be shown to run in linear time; simplify it'
}
