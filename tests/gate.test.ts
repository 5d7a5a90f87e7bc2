import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Log} from 'sarif'
import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../src/config.js'
import {type FileReport, toFileReport} from '../src/file-report.js'
import {compareWithBaseline, readBaseline, serialiseBaseline, type Baseline} from '../src/gate/baseline.js'
import {fingerprints} from '../src/gate/fingerprint.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import {copydesk, git, gitRepository, workspace, write} from './gate-helpers.js'

const processor = createPipeline(defaultConfig())

async function check(text: string, name = 'story.md'): Promise<{report: FileReport; prints: string[]}> {
  const report = toFileReport(name, await checkText(processor, text, {path: name, format: 'markdown'}))
  return {report, prints: fingerprints(report, new Map([[name, text]]))}
}

/** Fingerprints by the flagged text, to compare runs whose findings moved. */
function byActual({report, prints}: {report: FileReport; prints: string[]}): Record<string, string> {
  return Object.fromEntries(report.messages.map((message, at) => [`${message.ruleId}:${message.actual}`, prints[at]!]))
}

const story = [
  '# Geneva talks to resume',
  '',
  'The Swiss foreign ministry confirmed on 12.03.2024 that the talks would resume next week.',
  '',
  'Exports fell by 3,5 percent last year, the trade ministry said in a statement.',
  '',
  'Foreign minister Anna Berg told reporters that the ceasefire held overnight.',
  '',
  'Central bank analysts said on Monday that prices were stable in the capital.',
  '',
].join('\n')

function paragraphs(text: string): string[] {
  return text.trimEnd().split('\n\n')
}

describe('fingerprints', () => {
  it('survive moved paragraphs, edits in other sentences and CRLF line endings', async () => {
    const before = byActual(await check(story))
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['dotted-date:12.03.2024', 'decimal-comma:3,5']))
    const [title, date, exports, minister, bank] = paragraphs(story) as [string, string, string, string, string]
    const edited = [title.replace('to resume', 'will resume'), bank, minister.replace('overnight', 'at night'), exports, date].join('\r\n\r\n') + '\r\n'
    const after = byActual(await check(edited))
    expect(after['dotted-date:12.03.2024']).toBe(before['dotted-date:12.03.2024'])
    expect(after['decimal-comma:3,5']).toBe(before['decimal-comma:3,5'])
  })

  it('change when the sentence around the finding changes', async () => {
    const before = byActual(await check(story))
    const after = byActual(await check(story.replace('Exports fell by 3,5 percent', 'Imports fell by 3,5 percent')))
    expect(after['decimal-comma:3,5']).toBeDefined()
    expect(after['decimal-comma:3,5']).not.toBe(before['decimal-comma:3,5'])
    expect(after['dotted-date:12.03.2024']).toBe(before['dotted-date:12.03.2024'])
  })

  it('tell identical findings in identical sentences apart by occurrence', async () => {
    const repeated = 'Exports fell by 3,5 percent, the ministry said.\n\nExports fell by 3,5 percent, the ministry said.\n'
    const {report, prints} = await check(repeated)
    const commas = report.messages.map((message, at) => (message.ruleId === 'decimal-comma' ? prints[at] : undefined)).filter(Boolean)
    expect(commas).toHaveLength(2)
    expect(new Set(commas).size).toBe(2)
  })
})

describe('baseline file', () => {
  it('is sorted, one finding a line, and reads back as written', async () => {
    const dir = workspace({})
    const baseline: Baseline = new Map([
      ['b.md', [{fingerprint: 'ff', source: 'typography', ruleId: 'mln', actual: 'mln'}, {fingerprint: 'aa', source: 'spelling', ruleId: 'misspelling', actual: 'ceace'}]],
      ['a.md', [{fingerprint: '01', source: 'hedge', ruleId: 'unsupported', actual: 'likely'}]],
    ])
    const text = serialiseBaseline(baseline)
    expect(text.split('\n').slice(0, 6)).toEqual([
      '{',
      '  "version": 1,',
      '  "files": {',
      '    "a.md": [',
      '      {"fingerprint":"01","source":"hedge","ruleId":"unsupported","actual":"likely"}',
      '    ],',
    ])
    expect(text.indexOf('"spelling"')).toBeLessThan(text.indexOf('"typography"'))
    writeFileSync(path.join(dir, 'baseline.json'), text)
    const read = await readBaseline(path.join(dir, 'baseline.json'))
    expect(serialiseBaseline(read)).toBe(text)
  })

  it('refuses a file that is not a baseline, naming it', async () => {
    const dir = workspace({'not.json': '{"files": 3}', 'broken.json': '{'})
    await expect(readBaseline(path.join(dir, 'not.json'))).rejects.toThrow(/not\.json: not a copydesk baseline/)
    await expect(readBaseline(path.join(dir, 'broken.json'))).rejects.toThrow(/broken\.json: baseline is not valid JSON/)
    const run = await copydesk(['check', '--baseline', 'missing.json', 'x.md'], workspace({'x.md': 'Fine copy.\n'}))
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/missing\.json: no such baseline file/)
    // Writing a baseline over a directory reads the one there first: say what the path is.
    const folder = await copydesk(['check', '--write-baseline', 'desk', 'x.md'], workspace({'x.md': 'Fine copy.\n', 'desk/a.md': 'Fine.\n'}))
    expect(folder.code).toBe(2)
    expect(folder.stderr).toMatch(/^copydesk: \S*desk: a directory, not a baseline file$/m)
  })

  it('matches a renamed file by content, and counts a deleted file as fixed', async () => {
    const dir = workspace({'new-name.md': story})
    const {report, prints} = await check(story, 'new-name.md')
    const entries = report.messages.map((message, at) => ({fingerprint: prints[at]!, source: message.source, ruleId: message.ruleId, actual: message.actual}))
    const baseline: Baseline = new Map([
      ['old-name.md', entries],
      ['deleted.md', [{fingerprint: 'gone', source: 'hedge', ruleId: 'unsupported', actual: 'likely'}]],
    ])
    const comparison = compareWithBaseline([report], [prints], baseline, {cwd: dir, baselineFile: 'baseline.json'})
    expect(comparison.known[0]!.every(Boolean)).toBe(true)
    expect(comparison.fixed.map((entry) => entry.path)).toEqual(['deleted.md'])
    expect([...comparison.pruned.keys()]).toEqual(['new-name.md'])
  })
})

const sarifResults = (run: {stdout: string}) => (JSON.parse(run.stdout) as Log).runs[0]!.results!

describe('the newsroom flow in a git repository (done-when)', () => {
  it('stays green on moves and unrelated edits, fails on exactly the new findings, and reports fixes', async () => {
    const repo = gitRepository({'desk/story.md': story, 'desk/brief.md': 'The mayor said the bridge would reopen in 2,5 weeks.\n'})
    const gate = ['check', '--fail-on', 'warning', '--baseline', '.copydesk-baseline.json', '--format', 'sarif', 'desk']

    // 1. Record the baseline and commit it.
    const recorded = await copydesk(['check', '--fail-on', 'warning', '--write-baseline', '.copydesk-baseline.json', 'desk'], repo)
    expect(recorded.code, recorded.stderr).toBe(0)
    expect(recorded.stderr).toMatch(/recorded [1-9]\d* findings/)
    const baseline = readFileSync(path.join(repo, '.copydesk-baseline.json'), 'utf8')
    git(repo, 'add', '.')
    git(repo, 'commit', '-q', '-m', 'baseline')
    expect((await copydesk(['check', '--fail-on', 'warning', 'desk'], repo)).code).toBe(1)

    // 2. Move paragraphs, edit words in other sentences: green, every finding known.
    const [title, date, exports, minister, bank] = paragraphs(story) as [string, string, string, string, string]
    const moved = [title.replace('to resume', 'will resume'), minister.replace('overnight', 'through the night'), exports, date, bank, ''].join('\n\n')
    write(repo, {'desk/story.md': moved})
    const green = await copydesk(gate, repo)
    expect(green.stderr).toMatch(/ 0 new, [1-9]\d* known, 0 fixed since baseline/)
    expect(green.code, green.stderr).toBe(0)
    expect(sarifResults(green).every((result) => result.baselineState === 'unchanged')).toBe(true)

    // 3. A typo and an unsourced "likely": the gate fails on exactly those two.
    const broken = moved.replace('told reporters that', 'told reporters both sides would ceace fire and that') + 'The deal will likely collapse.\n'
    write(repo, {'desk/story.md': broken})
    const red = await copydesk(gate, repo)
    expect(red.code, red.stderr).toBe(1)
    const fresh = sarifResults(red).filter((result) => result.baselineState === 'new')
    expect(fresh.map((result) => [result.ruleId, result.locations![0]!.physicalLocation!.region!.snippet!.text]).sort()).toEqual([
      ['hedge/unsupported', 'likely'],
      ['spelling/misspelling', 'ceace'],
    ])
    expect(red.stderr).toMatch(/ 2 new, /)
    // The same state, recorded to compare the fix against.
    expect((await copydesk(['check', '--write-baseline', 'failed-run.json', 'desk'], repo)).code).toBe(0)

    // 4. Fix them: green again, and the fix is reported.
    write(repo, {'desk/story.md': broken.replace('ceace', 'cease').replace('will likely collapse', 'collapsed, the minister said')})
    const fixed = await copydesk(gate, repo)
    expect(fixed.code, fixed.stderr).toBe(0)
    expect(fixed.stderr).toMatch(/ 0 new, /)
    const againstFailure = await copydesk(['check', '--fail-on', 'warning', '--baseline', 'failed-run.json', 'desk'], repo)
    expect(againstFailure.code, againstFailure.stderr).toBe(0)
    expect(againstFailure.stderr).toMatch(/ 2 fixed since baseline/)
    expect(againstFailure.stderr).toMatch(/fixed: desk\/story\.md spelling\/misspelling `ceace`/)
    expect(againstFailure.stderr).toMatch(/fixed: desk\/story\.md hedge\/unsupported `likely`/)
    // Checking never rewrites the baseline.
    expect(readFileSync(path.join(repo, '.copydesk-baseline.json'), 'utf8')).toBe(baseline)
  }, 180_000)

  it('keeps a name noted once known to the baseline when its first use is edited away', async () => {
    const repo = workspace({'story.md': 'Basya spoke first.\n\nLater, Basya left.\n'})
    await copydesk(['check', '--write-baseline', 'baseline.json', 'story.md'], repo)
    write(repo, {'story.md': 'Later, Basya left.\n'})
    const run = await copydesk(['check', '--baseline', 'baseline.json', '--fail-on', 'info', 'story.md'], repo)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/ 0 new, 1 known/)
  }, 60_000)

  it('prunes a fixed finding as a one-line diff', async () => {
    const repo = gitRepository({'story.md': story})
    await copydesk(['check', '--write-baseline', 'baseline.json', 'story.md'], repo)
    git(repo, 'add', '.')
    git(repo, 'commit', '-q', '-m', 'baseline')
    write(repo, {'story.md': story.replace('12.03.2024', 'March 12, 2024')})
    const run = await copydesk(['check', '--baseline', 'baseline.json', '--prune-baseline', 'story.md'], repo)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/ 0 new, [1-9]\d* known, 1 fixed since baseline/)
    expect(run.stderr).toMatch(/pruned 1 fixed finding/)
    // The diff removes that entry's line; at most a neighbour's trailing comma changes with it (JSON has no trailing commas).
    const changed = git(repo, 'diff', '-U0', 'baseline.json').split('\n').filter((line) => /^[-+] /.test(line))
    const removed = changed.filter((line) => line.startsWith('-')).map((line) => line.slice(1).replace(/,$/, ''))
    const added = changed.filter((line) => line.startsWith('+')).map((line) => line.slice(1).replace(/,$/, ''))
    expect(removed.filter((line) => !added.includes(line))).toEqual([expect.stringMatching(/"actual":"12\.03\.2024"\}$/)])
    expect(added.every((line) => removed.includes(line))).toBe(true)
  }, 120_000)

  it('follows a renamed file with CRLF line endings, and pruning moves its entries to the new path', async () => {
    const repo = gitRepository({'story.md': story})
    await copydesk(['check', '--write-baseline', 'baseline.json', 'story.md'], repo)
    git(repo, 'add', '.')
    git(repo, 'commit', '-q', '-m', 'baseline')
    git(repo, 'mv', 'story.md', 'geneva.md')
    write(repo, {'geneva.md': story.replaceAll('\n', '\r\n')})
    const run = await copydesk(['check', '--baseline', 'baseline.json', '--prune-baseline', 'geneva.md'], repo)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/ 0 new, [1-9]\d* known, 0 fixed since baseline/)
    // Nothing was fixed; pruning only moves the entries to the new path.
    expect(run.stderr).toMatch(/pruned 0 fixed findings/)
    expect(readFileSync(path.join(repo, 'baseline.json'), 'utf8')).toBe(git(repo, 'show', 'HEAD:baseline.json').replace('"story.md"', '"geneva.md"'))
    write(repo, {'geneva.md': story.replace('12.03.2024', 'March 12, 2024').replaceAll('\n', '\r\n')})
    const pruned = await copydesk(['check', '--baseline', 'baseline.json', '--prune-baseline', 'geneva.md'], repo)
    expect(pruned.stderr).toMatch(/ 0 new, [1-9]\d* known, 1 fixed since baseline/)
    const file = readFileSync(path.join(repo, 'baseline.json'), 'utf8')
    expect(file).not.toContain('"story.md"')
    expect(file).toContain('"geneva.md"')
    expect(file).not.toContain('12.03.2024')
    expect((await copydesk(['check', '--baseline', 'baseline.json', 'geneva.md'], repo)).stderr).toMatch(/ 0 new, [1-9]\d* known, 0 fixed/)
  }, 120_000)
})

describe('standard input', () => {
  it('is fingerprinted from its text like the file it came from, and shown in the HTML report', async () => {
    const dir = workspace({'story.md': story})
    expect((await copydesk(['check', '--write-baseline', 'baseline.json', 'story.md'], dir)).code).toBe(0)
    const piped = await copydesk(['check', '--baseline', 'baseline.json', '--stdin-filename', 'story.md', '-'], dir, story)
    expect(piped.stderr).toMatch(/ 0 new, [1-9]\d* known, 0 fixed since baseline/)
    const html = await copydesk(['check', '--format', 'html', '--stdin-filename', 'story.md', '-'], dir, story)
    expect(html.stdout).toContain('The Swiss foreign ministry confirmed on <mark class="finding sev-warning"')
  })
})

describe('gate settings', () => {
  it('--changed-since checks changed and untracked files only', async () => {
    const repo = gitRepository({'a.md': 'Prices rose by 3,5 percent, the ministry said.\n', 'b.md': 'Prices fell by 2,5 percent, the ministry said.\n'})
    write(repo, {'b.md': 'Prices fell by 4,5 percent, the ministry said.\n', 'c.md': 'Output grew by 1,5 percent, the ministry said.\n'})
    const run = await copydesk(['check', '--format', 'json', '--changed-since', 'HEAD', '.'], repo)
    expect((JSON.parse(run.stdout) as FileReport[]).map((report) => report.path)).toEqual(['b.md', 'c.md'])
    const bad = await copydesk(['check', '--changed-since', 'no-such-ref', '.'], repo)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--changed-since no-such-ref: /)
  })

  it('--max-warnings fails on more warnings than allowed', async () => {
    const dir = workspace({'a.md': 'Prices rose by 3,5 percent on 12.03.2024, the ministry said.\n'})
    const within = await copydesk(['check', '--max-warnings', '2', 'a.md'], dir)
    expect(within.code).toBe(0)
    expect(within.stderr).not.toMatch(/max-warnings/)
    const over = await copydesk(['check', '--max-warnings', '1', 'a.md'], dir)
    expect(over.code).toBe(1)
    // The summary counts findings; the log says the warnings' number is what failed the gate.
    expect(over.stderr).toMatch(/^copydesk: 2 warnings, more than --max-warnings 1$/m)
    expect((await copydesk(['check', '--max-warnings', 'lots', 'a.md'], dir)).code).toBe(2)
  })

  it('--prune-baseline without --baseline, or both baselines at once, is a usage error', async () => {
    const dir = workspace({'a.md': 'Fine copy, the minister said.\n'})
    const prune = await copydesk(['check', '--prune-baseline', 'a.md'], dir)
    expect(prune.code).toBe(2)
    // Said before any file is checked, with the pointer to the help that every usage error has.
    expect(prune.stdout).toBe('')
    expect(prune.stderr).toBe("error: --prune-baseline needs --baseline FILE\nrun 'copydesk check --help' for the options\n")
    expect((await copydesk(['check', '--baseline', 'x.json', '--write-baseline', 'y.json', 'a.md'], dir)).code).toBe(2)
  })
})
