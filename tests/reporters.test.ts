import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import Ajv from 'ajv-draft-04'
import type {Log} from 'sarif'
import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../src/config.js'
import {type FileReport, toFileReport} from '../src/file-report.js'
import {gateContext} from '../src/gate/context.js'
import {allRules, checkText, createPipeline} from '../src/pipeline.js'
import {command, escapeData, escapeProperty, github} from '../src/reporters/github.js'
import {html} from '../src/reporters/html.js'
import {fingerprintKey, sarif} from '../src/reporters/sarif.js'

// The OASIS SARIF 2.1.0 schema (rtm.5, the published 2.1.0), as shipped in @microsoft/jest-sarif (MIT).
// unicodeRegExp off: its `language` pattern has a stray `]` that only non-Unicode regular expressions accept.
const require = createRequire(import.meta.url)
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object
const validate = new Ajv({allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false}).compile(schema)

const processor = createPipeline(defaultConfig())
const articles: Record<string, string> = {
  'desk/geneva talks.md': [
    '# Geneva talks',
    '',
    'Officials confirmed on 12.03.2024 that both sides would ceace fire.',
    '',
    'Prices rose by 3,5 percent. The deal will likely collapse.',
    '',
  ].join('\n'),
  'desk/wire.txt': 'Exports fell by 2,5 percent, the ministry said.\r\nThe the talks ended.\r\n',
}

async function reportsAndTexts(): Promise<{reports: FileReport[]; texts: Map<string, string>}> {
  const texts = new Map(Object.entries(articles))
  const reports: FileReport[] = []
  for (const [name, text] of texts) reports.push(toFileReport(name, await checkText(processor, text, {path: name, format: name.endsWith('.txt') ? 'text' : 'markdown'})))
  reports.push({path: 'desk/broken.json', language: 'und', messages: [], error: 'not a ninjs item'})
  return {reports, texts}
}

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with rules, regions and fingerprints', async () => {
    const {reports, texts} = await reportsAndTexts()
    const gate = gateContext(reports, texts)
    const log = JSON.parse(sarif(reports, {gate})) as Log
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)

    const run = log.runs[0]!
    const rules = run.tool.driver.rules!
    // Every declared rule is described, with its wrong/right example as help and a link.
    expect(rules.length).toBeGreaterThanOrEqual(allRules.length)
    for (const rule of allRules) {
      const descriptor = rules.find((candidate) => candidate.id === `${rule.source}/${rule.ruleId}`)!
      expect(descriptor.shortDescription!.text).toBe(rule.description)
      expect(descriptor.help!.text).toContain(`Wrong: ${rule.example.wrong}`)
      expect(descriptor.help!.text).toContain(`Right: ${rule.example.right}`)
      expect(descriptor.helpUri).toMatch(/^https:\/\//)
    }

    const messages = reports.flatMap((report) => report.messages.map((message) => ({report, message})))
    expect(run.results).toHaveLength(messages.length)
    run.results!.forEach((result, at) => {
      const {report, message} = messages[at]!
      expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId)
      expect(result.ruleId).toBe(`${message.source}/${message.ruleId}`)
      const location = result.locations![0]!.physicalLocation!
      expect(decodeURIComponent(location.artifactLocation!.uri!)).toBe(report.path)
      const region = location.region!
      expect([region.startLine, region.startColumn, region.endLine, region.endColumn]).toEqual([
        message.place.start.line,
        message.place.start.column,
        message.place.end.line,
        message.place.end.column,
      ])
      // UTF-16 offsets: the region points exactly at the flagged text.
      expect(texts.get(report.path)!.slice(region.charOffset!, region.charOffset! + region.charLength!)).toBe(message.actual)
      const fingerprint = gate.fingerprints[reports.indexOf(report)]![report.messages.indexOf(message)]
      expect(result.partialFingerprints).toEqual({[fingerprintKey]: fingerprint})
    })
    expect(run.results!.map((result) => result.ruleId)).toEqual(expect.arrayContaining(['spelling/misspelling', 'typography/decimal-comma']))
    // The validator does reject what GitHub would: a line 0 region.
    const broken = structuredClone(log)
    broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0
    expect(validate(broken)).toBe(false)
    expect(run.invocations![0]!.executionSuccessful).toBe(false)
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toBe('not a ninjs item')
  })

  it('marks results new or unchanged against a baseline, still valid', async () => {
    const {reports, texts} = await reportsAndTexts()
    const gate = {...gateContext(reports, texts), known: reports.map((report) => report.messages.map((_, at) => at === 0)), fixed: 0}
    const log = JSON.parse(sarif(reports, {gate})) as Log
    expect(validate(log)).toBe(true)
    const states = log.runs[0]!.results!.map((result) => result.baselineState)
    expect(states).toContain('new')
    expect(states).toContain('unchanged')
  })
})

describe('github annotations', () => {
  it('escape data and properties as the runner parses them', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b')
    expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae')
    expect(command('warning', {file: 'desk/a,b:c.md', line: 3, title: 'x: y'}, 'Say who: 50%\nnow')).toBe(
      '::warning file=desk/a%2Cb%3Ac.md,line=3,title=x%3A y::Say who: 50%25%0Anow',
    )
  })

  it('annotate every finding with its range, title and suggestion; baselined findings become notices', async () => {
    const {reports, texts} = await reportsAndTexts()
    const text = github(reports, {})
    const lines = text.trimEnd().split('\n')
    const messages = reports.flatMap((report) => report.messages.map((message) => ({report, message})))
    expect(lines).toHaveLength(messages.length + 1)
    const typo = messages.findIndex(({message}) => message.actual === 'ceace')
    expect(lines[typo]).toMatch(/^::error file=desk\/geneva talks\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=copydesk spelling\/misspelling::Unknown word `ceace`/)
    for (const line of lines) expect(line).not.toMatch(/[\r]/)
    expect(lines.at(-1)).toBe('::error file=desk/broken.json,title=copydesk%3A cannot check file::not a ninjs item')
    const gate = {...gateContext(reports, texts), known: reports.map((report) => report.messages.map(() => true))}
    expect(github(reports, {gate}).split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(1)
  })
})

describe('html (markup; the browser test is tests/html-report.test.ts)', () => {
  it('escapes article text and marks baselined findings; without the text, findings are still listed', async () => {
    const text = 'The minister wrote <b onclick="x()">bold</b> & the the rest, aides said.\n'
    const report = toFileReport('note.txt', await checkText(processor, text, {path: 'note.txt', format: 'text'}))
    expect(report.messages.some((message) => message.ruleId === 'doubled-word')).toBe(true)
    const gate = {...gateContext([report], new Map([['note.txt', text]])), known: [report.messages.map(() => true)], fixed: 2}
    const page = html([report], {gate})
    expect(page).toContain('The minister wrote &lt;b ')
    expect(page).toContain('=&quot;x()&quot;&gt;bold&lt;/b&gt; &amp; ')
    expect(page).not.toContain('<b onclick')
    expect(page.match(/<mark class="finding[^"]*\bknown\b/g)).toHaveLength(report.messages.length)
    expect(page).toContain('0 new, 2 fixed since baseline')
    const blind = html([report], {})
    expect(blind.match(/<mark class="finding[^"]*\bunplaced\b/g)).toHaveLength(report.messages.length)
    expect(blind).not.toContain('<div class="text">')
  })
})

describe('sourcing counts in words', () => {
  it('names each count for an editor, leaves zeros out, and keeps a count it does not know by its key', async () => {
    const {countsInWords} = await import('../src/reporters/sourcing-counts.js')
    expect(countsInWords({sentences: 54, attributedSentences: 15, interviewAnswerSentences: 0, unattributedSpeculativeSentences: 1, boosters: 2, unsourcedSections: 1})).toBe(
      '54 sentences (15 attributed to a source, 1 unattributed guess); 2 boosters, 1 section without a source',
    )
    expect(countsInWords({sentences: 1, weasel: 0})).toBe('1 sentence')
    expect(countsInWords({sentences: 3, laterCount: 2})).toBe('3 sentences; 2 laterCount')
  })
})
