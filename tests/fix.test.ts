import {execFile} from 'node:child_process'
import {chmodSync, closeSync, fstatSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {exitCode} from './exit-code.js'
import {openAs} from './open-as.js'
import {beforeAll, describe, expect, it} from 'vitest'
import {defaultConfig} from '../src/config.js'
import {type JsonMessage, toFileReport} from '../src/file-report.js'
import {applyFixes} from '../src/fix/apply.js'
import {fixText} from '../src/fix/fix-text.js'
import {AtomicFile, writeAtomic} from '../src/fix/write.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import type {FixLevel, Format} from '../src/types.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const safe = new Set<FixLevel>(['safe'])
const both = new Set<FixLevel>(['safe', 'review'])

/** A finding as a stage would report it, pointing at `actual` (the n-th occurrence) in `text`. */
function finding(text: string, actual: string, replacement: string, fix: FixLevel | undefined, options: {nth?: number; rule?: string} = {}): JsonMessage {
  let start = -1
  for (let n = 0; n <= (options.nth ?? 0); n++) start = text.indexOf(actual, start + 1)
  if (start === -1) throw new Error(`${actual} not in text`)
  const end = start + actual.length
  const point = (offset: number) => ({line: 1, column: offset + 1, offset})
  const [source, ruleId] = (options.rule ?? 'script/mixed-script').split('/') as [string, string]
  return {source, ruleId, reason: 'test', severity: 'error', line: 1, column: start + 1, place: {start: point(start), end: point(end)}, actual, expected: [replacement], ...(fix ? {fix} : {})}
}

/** Every byte outside the changed spans is the original's. */
function unchangedOutside(before: string, after: string, changes: Array<{offset: number; end: number; after: string}>): boolean {
  let shift = 0
  let last = 0
  for (const change of [...changes].sort((a, b) => a.offset - b.offset)) {
    if (before.slice(last, change.offset) !== after.slice(last + shift, change.offset + shift)) return false
    shift += change.after.length - (change.end - change.offset)
    last = change.end
  }
  return before.slice(last) === after.slice(last + shift)
}

function run(args: string[], cwd: string, input = ''): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], {cwd, env: {...process.env, NO_COLOR: '1', CI: '1'}}, (error, stdout, stderr) => {
      resolve({code: exitCode(error), stdout, stderr})
    })
    child.stdin?.end(input)
  })
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-fix-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

describe('applyFixes (offsets into the original text)', () => {
  it('applies safe fixes only by default, review fixes when asked, never unfixable ones', () => {
    const text = 'Talks resume in Dеcember, says the ministr, in Gеneva.'
    const messages = [
      finding(text, 'Dеcember', 'December', 'safe'),
      finding(text, 'ministr', 'minister', 'review', {rule: 'spelling/misspelling'}),
      finding(text, 'Gеneva', 'Geneva', undefined),
    ]
    expect(applyFixes(text, 'text', messages, safe).text).toBe('Talks resume in December, says the ministr, in Gеneva.')
    expect(applyFixes(text, 'text', messages, both).text).toBe('Talks resume in December, says the minister, in Gеneva.')
  })

  it('skips a fix whose text is no longer at its offset', () => {
    const text = 'In Dеcember.'
    const stale = {...finding(text, 'Dеcember', 'December', 'safe'), actual: 'November'}
    expect(applyFixes(text, 'text', [stale], safe)).toEqual({text, changes: [], skipped: 1})
  })

  it('resolves overlapping fixes the same way whatever their order: safe first, then earlier, then longer', () => {
    const text = 'the the talks'
    const whole = finding(text, 'the the', 'the', 'review', {rule: 'typography/doubled-word'})
    const second = finding(text, 'the', 'The', 'safe', {nth: 1, rule: 'style/x'})
    const first = finding(text, 'the', 'THE', 'safe', {rule: 'style/y'})
    const a = applyFixes(text, 'text', [whole, second, first], both)
    const b = applyFixes(text, 'text', [first, whole, second], both)
    expect(a).toEqual(b)
    expect(a.text).toBe('THE The talks')
    expect(a.skipped).toBe(1)
  })

  it('JSON-escapes replacements inside ninjs strings, and HTML-escapes them inside body_html', () => {
    const text = '{"headline": "Talks \\u00abhere\\u00bb", "body_html": "<p>Q and A</p>", "uri": "Q"}'
    const quote = finding(text, '\\u00abhere\\u00bb', '"here"', 'safe', {rule: 'typography/guillemets'})
    const and = finding(text, 'Q and A', 'Q & A <b>', 'safe', {rule: 'style/x'})
    const plan = applyFixes(text, 'ninjs', [quote, and], safe)
    expect(plan.text).toBe('{"headline": "Talks \\"here\\"", "body_html": "<p>Q &amp; A &lt;b&gt;</p>", "uri": "Q"}')
    expect(JSON.parse(plan.text)).toMatchObject({headline: 'Talks "here"', body_html: '<p>Q &amp; A &lt;b&gt;</p>', uri: 'Q'})
    // Outside a prose string a fix would break the JSON: it is never applied.
    const key = finding(text, '"uri"', '"url"', 'safe', {rule: 'style/x'})
    expect(applyFixes(text, 'ninjs', [key], safe).changes).toEqual([])
  })

  it('leaves a span that holds markup for an editor, but re-encodes entities', () => {
    const html = '<p>D&#1077;cember and D\u0435<b>cem</b>ber</p>'
    const entity = finding(html, 'D&#1077;cember', 'December', 'safe')
    const tagged = finding(html, 'D\u0435<b>cem</b>ber', 'December', 'safe')
    expect(applyFixes(html, 'html', [entity, tagged], safe).text).toBe('<p>December and D\u0435<b>cem</b>ber</p>')
    const markdown = 'In *D\u0435*cember'
    expect(applyFixes(markdown, 'markdown', [finding(markdown, '*D\u0435*cember', 'December', 'safe')], safe).changes).toEqual([])
  })

  it('reports no fix level on a span that fix leaves for an editor, so the report promises only what fix does', async () => {
    const processor = createPipeline(defaultConfig())
    const report = async (text: string, format: Format) => toFileReport('x', await checkText(processor, text, {format})).messages.filter((message) => message.ruleId === 'mixed-script')
    const [tagged] = await report('<p>The talks resumed in D<b>\u0435</b>cember, the ministry said.</p>', 'html')
    expect(tagged).toMatchObject({actual: 'D<b>\u0435</b>cember', expected: ['December']})
    expect(tagged!.fix).toBeUndefined()
    const [plain] = await report('<p>The talks resumed in D\u0435cember, the ministry said.</p>', 'html')
    expect(plain).toMatchObject({actual: 'D\u0435cember', fix: 'safe'})
  })

  it('in Markdown, a replacement that is the span\'s own markup shows it as text (typography/hidden-tag); elsewhere it is no change', () => {
    const markdown = 'Dart Group <DARTA> rose.'
    const tag = finding(markdown, '<DARTA>', '<DARTA>', 'safe', {rule: 'typography/hidden-tag'})
    expect(applyFixes(markdown, 'markdown', [tag], safe).text).toBe('Dart Group \\<DARTA\\> rose.')
    expect(applyFixes(markdown, 'text', [tag], safe).changes).toEqual([])
    const html = '<p>AT&amp;T rose.</p>'
    expect(applyFixes(html, 'html', [finding(html, 'AT&amp;T', 'AT&amp;T', 'safe')], safe).changes).toEqual([])
  })

  it('HTML-escapes in HTML and escapes Markdown markup in Markdown', () => {
    const html = '<p>Fish and chips</p>'
    expect(applyFixes(html, 'html', [finding(html, 'and', '&', 'safe')], safe).text).toBe('<p>Fish &amp; chips</p>')
    const markdown = 'Fish and chips'
    expect(applyFixes(markdown, 'markdown', [finding(markdown, 'and', '*and*', 'safe')], safe).text).toBe('Fish \\*and\\* chips')
  })
})

describe('fixText on real copy', () => {
  let processor: ReturnType<typeof createPipeline>
  beforeAll(() => {
    processor = createPipeline(defaultConfig())
  })

  // Cyrillic look-alikes as a machine-translation pipeline leaves them: е (U+0435), а (U+0430), о (U+043E).
  const damaged: Record<Format, string> = {
    markdown: '# Talks resume in Dеcember\n\nThe *minister* said [talks](https://example.org/а) would resume in Gеneva.\n\n> Quоte here.\n\n```\nDеcember in code stays\n```\n',
    html: '<!doctype html>\n<html><head><title>Dеcember</title></head>\n<body><p class="Dеcember">Talks in <b>Dеcember</b> &amp; Jаnuary.</p>\n<script>var Dеcember = 1</script></body></html>\n',
    ninjs: '{\n  "uri": "urn:Dеcember",\n  "headline": "Talks in D\\u0435cember",\n  "body_text": "Talks resume in Gеneva\\nin Jаnuary.",\n  "body_html": "<p class=\\"x\\">In Dеcember.</p>",\n  "language": "en"\n}\n',
    text: 'Talks resume in Dеcember.\n',
  }
  const repaired: Record<Format, string> = {
    markdown: '# Talks resume in December\n\nThe *minister* said [talks](https://example.org/а) would resume in Geneva.\n\n> Quote here.\n\n```\nDеcember in code stays\n```\n',
    html: '<!doctype html>\n<html><head><title>Dеcember</title></head>\n<body><p class="Dеcember">Talks in <b>December</b> &amp; January.</p>\n<script>var Dеcember = 1</script></body></html>\n',
    ninjs: '{\n  "uri": "urn:Dеcember",\n  "headline": "Talks in December",\n  "body_text": "Talks resume in Geneva\\nin January.",\n  "body_html": "<p class=\\"x\\">In December.</p>",\n  "language": "en"\n}\n',
    text: 'Talks resume in December.\n',
  }

  for (const format of ['markdown', 'html', 'ninjs', 'text'] as const) {
    it(`restores look-alike damage exactly in ${format}, changes no byte outside the fixes, and is idempotent`, async () => {
      const once = await fixText(processor, damaged[format], {path: `x.${format}`, format}, safe)
      expect(once.text).toBe(repaired[format])
      expect(once.converged).toBe(true)
      expect(once.changes.length).toBeGreaterThan(0)
      expect(once.changes.every((change) => change.level === 'safe' && change.rule === 'script/mixed-script')).toBe(true)
      expect(unchangedOutside(damaged[format], once.text, once.changes.filter((change) => change.pass === 1))).toBe(true)
      const twice = await fixText(processor, once.text, {path: `x.${format}`, format}, both)
      expect(twice.text).toBe(once.text)
      expect(twice.changes).toEqual([])
    })
  }
})

describe('fixText on Reuters wire copy read as Markdown (typography/hidden-tag)', () => {
  it('escapes the brackets of every hidden name, also those an HTML block hid, and changes nothing else', async () => {
    const processor = createPipeline(defaultConfig())
    // Reuters-21578: the sentence of the rule's example, and story 16680's paragraph that opens with Du Pont's ticker.
    const text = 'Dart Group <DARTA> is likely seeking to buy Supermarkets General <SGL>, analysts said.\n\n<DD>, and Atlantic Richfield Co <ARC>, which sold its Canadian\ninterest in 1975.\n'
    const once = await fixText(processor, text, {path: 'x.md', format: 'markdown'}, safe)
    expect(once.text).toBe('Dart Group \\<DARTA\\> is likely seeking to buy Supermarkets General \\<SGL\\>, analysts said.\n\n\\<DD\\>, and Atlantic Richfield Co \\<ARC\\>, which sold its Canadian\ninterest in 1975.\n')
    expect(once.converged).toBe(true)
    expect(once.changes.map((change) => [change.pass, change.rule, change.before])).toEqual([
      [1, 'typography/hidden-tag', '<DARTA>'],
      [1, 'typography/hidden-tag', '<SGL>'],
      [1, 'typography/hidden-tag', '<DD>'],
      [2, 'typography/hidden-tag', '<ARC>'],
    ])
    // Only backslashes were added.
    expect(once.text.replace(/\\([<>])/g, '$1')).toBe(text)
    expect(once.report.messages.map((message) => `${message.source}/${message.ruleId}`)).not.toContain('typography/hidden-tag')
    const twice = await fixText(processor, once.text, {path: 'x.md', format: 'markdown'}, both)
    expect(twice.changes).toEqual([])
  })
})

describe('writeAtomic', () => {
  it('replaces the file, keeps its mode and leaves no temporary file', () => {
    const dir = workspace({'story.md': 'old text\n'})
    const file = path.join(dir, 'story.md')
    chmodSync(file, 0o640)
    writeAtomic(file, 'new text\n')
    expect(readFileSync(file, 'utf8')).toBe('new text\n')
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(readdirSync(dir)).toEqual(['story.md'])
  })

  it('leaves the target untouched and cleans up when the write fails', () => {
    const dir = workspace({'story.md': 'old text\n'})
    // A directory in the way makes rename fail after the temporary file was written.
    expect(() => writeAtomic(dir, 'x')).toThrow()
    expect(readdirSync(path.dirname(dir)).some((name) => name.includes('.copydesk-tmp'))).toBe(false)
    expect(readFileSync(path.join(dir, 'story.md'), 'utf8')).toBe('old text\n')
  })

  it('never closes a descriptor twice when the rename fails (its number may already be another file\'s)', () => {
    const dir = workspace({'story.md': 'old text\n'})
    const file = new AtomicFile(dir)
    file.write('x')
    const handle = (file as unknown as {handle: number}).handle
    expect(() => file.finish()).toThrow()
    // The freed number is reused by the next open: in a batch, a worker thread's reading its word lists.
    const other = openAs(handle, path.join(dir, 'story.md'))
    try {
      file.abort()
      expect(fstatSync(other).isFile()).toBe(true)
    } finally {
      closeSync(other)
    }
  })
})

describe('copydesk fix (CLI)', () => {
  const story = 'Talks resume in Dеcember in Gеneva, the minister said.\n'

  it('--write edits in place, keeps the mode, writes the change log; a second run changes nothing', async () => {
    const dir = workspace({'desk/a.md': story, 'desk/b.md': 'Nothing to fix here, the minister said.\n'})
    chmodSync(path.join(dir, 'desk/a.md'), 0o600)
    const first = await run(['fix', '--write', '--log', 'changes.jsonl', 'desk'], dir)
    // 0 or 1 is the gate on what other stages leave; 2 would be an error.
    expect(first.code).not.toBe(2)
    expect(readFileSync(path.join(dir, 'desk/a.md'), 'utf8')).toBe('Talks resume in December in Geneva, the minister said.\n')
    expect(statSync(path.join(dir, 'desk/a.md')).mode & 0o777).toBe(0o600)
    expect(readdirSync(path.join(dir, 'desk')).sort()).toEqual(['a.md', 'b.md'])
    const log = readFileSync(path.join(dir, 'changes.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line))
    expect(log).toEqual([
      {file: 'desk/a.md', offset: 16, end: 24, before: 'Dеcember', after: 'December', rule: 'script/mixed-script', level: 'safe', pass: 1},
      {file: 'desk/a.md', offset: 28, end: 34, before: 'Gеneva', after: 'Geneva', rule: 'script/mixed-script', level: 'safe', pass: 1},
    ])
    for (const entry of log) expect(story.slice(entry.offset, entry.end)).toBe(entry.before)
    const second = await run(['fix', '--write', '--log', 'changes.jsonl', 'desk'], dir)
    expect(second.code).not.toBe(2)
    expect(readFileSync(path.join(dir, 'desk/a.md'), 'utf8')).toBe('Talks resume in December in Geneva, the minister said.\n')
    expect(readFileSync(path.join(dir, 'changes.jsonl'), 'utf8')).toBe('')
  })

  it('escapes wire names Markdown would hide, and a second run changes nothing (typography/hidden-tag)', async () => {
    // Reuters-21578: "Dart Group <DARTA> is likely seeking to buy Supermarkets General <SGL>, analysts said."
    const wire = 'Dart Group <DARTA> is likely seeking to buy Supermarkets General <SGL>, analysts said.\n'
    const fixed = 'Dart Group \\<DARTA\\> is likely seeking to buy Supermarkets General \\<SGL\\>, analysts said.\n'
    const dir = workspace({'wire.md': wire, 'wire.txt': wire})
    const first = await run(['fix', '--write', '--log', 'changes.jsonl', 'wire.md', 'wire.txt'], dir)
    expect(first.code).not.toBe(2)
    expect(readFileSync(path.join(dir, 'wire.md'), 'utf8')).toBe(fixed)
    expect(readFileSync(path.join(dir, 'wire.txt'), 'utf8')).toBe(wire)
    const second = await run(['fix', '--write', '--log', 'changes.jsonl', 'wire.md'], dir)
    expect(second.code).not.toBe(2)
    expect(readFileSync(path.join(dir, 'wire.md'), 'utf8')).toBe(fixed)
    expect(readFileSync(path.join(dir, 'changes.jsonl'), 'utf8')).toBe('')
  })

  it('--out mirrors the input tree and leaves the inputs alone; --dry-run prints a diff and writes nothing', async () => {
    const dir = workspace({'in/world/a.md': story, 'in/b.txt': 'Fine copy, the minister said.\n'})
    const out = await run(['fix', '--out', 'clean', 'in'], dir)
    expect(out.code).toBe(0)
    expect(readFileSync(path.join(dir, 'clean/in/world/a.md'), 'utf8')).toBe('Talks resume in December in Geneva, the minister said.\n')
    expect(readFileSync(path.join(dir, 'clean/in/b.txt'), 'utf8')).toBe('Fine copy, the minister said.\n')
    expect(readFileSync(path.join(dir, 'in/world/a.md'), 'utf8')).toBe(story)
    const dry = await run(['fix', '--dry-run', 'in'], dir)
    expect(dry.stdout).toContain('--- a/in/world/a.md')
    expect(dry.stdout).toContain('-Talks resume in Dеcember in Gеneva, the minister said.')
    expect(dry.stdout).toContain('+Talks resume in December in Geneva, the minister said.')
    expect(readFileSync(path.join(dir, 'in/world/a.md'), 'utf8')).toBe(story)
  })

  it('--out inside the folder being fixed: its copies are never inputs, so a second run nests nothing', async () => {
    const dir = workspace({'o1/a.md': story})
    for (let round = 0; round < 2; round++) expect((await run(['fix', '--out', 'o1/clean', 'o1'], dir)).code).toBe(0)
    expect(readdirSync(path.join(dir, 'o1/clean/o1'))).toEqual(['a.md'])
    expect(readFileSync(path.join(dir, 'o1/clean/o1/a.md'), 'utf8')).toBe('Talks resume in December in Geneva, the minister said.\n')
    const named = await run(['fix', '--out', 'o1/clean', 'o1/clean/o1/a.md'], dir)
    expect(named.code).toBe(2)
    expect(named.stderr).toContain('o1/clean/o1/a.md: inside the --out folder')
    expect(readdirSync(path.join(dir, 'o1/clean'))).toEqual(['o1'])
    // Every file found is where its own copy would go: refused, not passed over in silence.
    for (const args of [['--out', '.', 'o1'], ['--out', 'o1', 'o1/clean']]) {
      const all = await run(['fix', ...args], dir)
      expect(all.code).toBe(2)
      expect(all.stderr).toContain(`copydesk: ${args[1]}: every input is inside this --out folder`)
    }
    expect(readFileSync(path.join(dir, 'o1/a.md'), 'utf8')).toBe(story)
  })

  it('reports a fixed copy that cannot be written and writes the others', async () => {
    const dir = workspace({'a.md': story, 'b.md': story, 'clean/a.md/blocker': ''})
    const result = await run(['fix', '--out', 'clean', 'a.md', 'b.md'], dir)
    expect(result.code, result.stderr).toBe(2)
    expect(result.stderr).toContain('a.md: cannot write the fixed copy (EISDIR)')
    expect(readFileSync(path.join(dir, 'clean/b.md'), 'utf8')).toBe('Talks resume in December in Geneva, the minister said.\n')
    expect(readdirSync(path.join(dir, 'clean')).sort()).toEqual(['a.md', 'b.md'])
  })

  it('a change log or an --out folder that cannot be written is one line naming it, exit 2, and nothing is fixed', async () => {
    const dir = workspace({'a.md': story, afile: 'x\n'})
    const cases: Array<[string[], string]> = [
      [['--write', '--log', 'afile/x.log'], 'copydesk fix: afile/x.log: cannot write the change log (ENOTDIR)'],
      [['--out', 'afile'], 'copydesk fix: --out afile: is a file, not a folder'],
      [['--out', 'afile/clean'], 'copydesk fix: --out afile/clean: afile is a file, not a folder'],
    ]
    for (const [args, said] of cases) {
      const result = await run(['fix', ...args, 'a.md'], dir)
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`${said}\n`)
    }
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(story)
  })

  it.runIf(process.platform === 'linux')('an --out folder /proc refuses is one line, not a run that never ends (Node\'s recursive mkdir loops there)', async () => {
    const dir = workspace({'a.md': story})
    const result = await run(['fix', '--out', '/proc/copydesk-out', 'a.md'], dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: a\.md: cannot write the fixed copy \(ENOENT\)$/m)
  }, 30_000)

  it('refuses several inputs with nowhere to write them, and --out with --write', async () => {
    const dir = workspace({'a.md': story, 'b.md': story})
    expect((await run(['fix', 'a.md', 'b.md'], dir)).code).toBe(2)
    const both = await run(['fix', '--out', 'x', '--write', 'a.md'], dir)
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/cannot be used with option '--out <dir>'\nrun 'copydesk fix --help' for the options\n$/)
    const single = await run(['fix', 'a.md'], dir)
    expect(single).toMatchObject({code: 0, stdout: 'Talks resume in December in Geneva, the minister said.\n'})
  })
})
