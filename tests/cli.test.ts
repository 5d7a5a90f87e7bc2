import {execFile} from 'node:child_process'
import {mkdtempSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {exitCode} from './exit-code.js'
import {describe, expect, it} from 'vitest'
import type {FileReport} from '../src/file-report.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const seed = fileURLToPath(new URL('../fixtures/cyber-command/input.md', import.meta.url))

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(args: string[], options: {cwd?: string; input?: string; env?: Record<string, string>} = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], {cwd: options.cwd ?? tmpdir(), env: {...process.env, NO_COLOR: '1', ...options.env}}, (error, stdout, stderr) => {
      resolve({code: exitCode(error), stdout, stderr})
    })
    child.stdin?.end(options.input ?? '')
  })
}

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const good = 'The minister said the talks would resume in Geneva next week.\n'

describe('copydesk CLI', () => {
  it('prints its version and help', async () => {
    const version = await run(['--version'])
    expect(version.code).toBe(0)
    // The bundled CLI still finds package.json (and rules/) relative to where each module was compiled.
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version)
    const help = await run(['check', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--fail-on')
  })

  it('lists the severities --fail-on takes in the help', async () => {
    expect((await run(['check', '--help'])).stdout).toMatch(/--fail-on <severity>\s+lowest severity that fails the gate \(choices:\s+"error", "warning", "info"/)
  })

  it('says a usage error in one line, and where the options are, not the whole help', async () => {
    const cases: Array<[string[], string, string]> = [
      [['check', '--bogus', 'a.md'], "error: unknown option '--bogus'", "run 'copydesk check --help' for the options"],
      [['fix', '--bogus', 'a.md'], "error: unknown option '--bogus'", "run 'copydesk fix --help' for the options"],
      [['check'], "error: missing required argument 'paths'", "run 'copydesk check --help' for the options"],
      [['bogus'], "error: unknown command 'bogus'", "run 'copydesk --help' for the commands"],
      [[], 'error: missing command (check or fix)', "run 'copydesk --help' for the commands"],
      [['check', '--jobs', '1.5', 'a.md'], "error: option '--jobs <n>' argument '1.5' is invalid. use a whole number, 1 or more", "run 'copydesk check --help' for the options"],
      [['check', '--fail-on', 'severe', 'a.md'], "error: option '--fail-on <severity>' argument 'severe' is invalid. Allowed choices are error, warning, info.", "run 'copydesk check --help' for the options"],
    ]
    for (const [args, reason, hint] of cases) {
      const result = await run(args)
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toEqual([reason, hint])
    }
  })

  it('fails the gate on the seed article, whose typo is an error', async () => {
    const result = await run(['check', '--format', 'json', seed])
    expect(result.code).toBe(1)
    const [report] = JSON.parse(result.stdout) as FileReport[]
    expect(report!.language).toBe('eng')
    expect(report!.messages.some((message) => message.ruleId === 'misspelling' && message.actual === 'ceace')).toBe(true)
  })

  it('passes clean copy with exit code 0 and reports no findings', async () => {
    const dir = workspace({'clean.md': good})
    const result = await run(['check', '--format', 'json', 'clean.md'], {cwd: dir})
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(JSON.parse(result.stdout)).toMatchObject([{path: 'clean.md', language: 'eng', messages: []}])
  })

  it('--fail-on info fails on an info finding that the default gate lets through', async () => {
    const dir = workspace({'a.md': 'In conclusion, the minister said the talks would resume next week.\n'})
    const lenient = await run(['check', '--format', 'json', 'a.md'], {cwd: dir})
    const strict = await run(['check', '--format', 'json', '--fail-on', 'info', 'a.md'], {cwd: dir})
    const [report] = JSON.parse(strict.stdout) as FileReport[]
    expect(report!.messages.length).toBeGreaterThan(0)
    expect(report!.messages.every((message) => message.severity !== 'error')).toBe(true)
    expect(lenient.code).toBe(0)
    expect(strict.code).toBe(1)
  })

  it('reads standard input, named by --stdin-filename', async () => {
    const result = await run(['check', '--format', 'json', '--stdin-filename', 'story.txt', '-'], {input: 'The talks will ceace next week.\n'})
    const [report] = JSON.parse(result.stdout) as FileReport[]
    expect(report!.path).toBe('story.txt')
    expect(report!.messages.map((message) => message.actual)).toContain('ceace')
  })

  it('refuses standard input named with an extension it does not read, as it refuses that file', async () => {
    const result = await run(['check', '--format', 'json', '--stdin-filename', 'x.docx', '-'], {input: good})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('copydesk: x.docx: unsupported file type (use .md .markdown .txt .html .htm .json)\n')
    expect(JSON.parse(result.stdout)).toMatchObject([{path: 'x.docx', error: expect.stringMatching(/^unsupported file type/)}])
    // A name without a document's extension is still read as Markdown, like `-` itself, dots and all.
    for (const name of ['story', 'budget-2024.06.10', 'story.v2']) expect((await run(['check', '--stdin-filename', name, '-'], {input: good})).code).toBe(0)
    // …and one with an extension of letters copydesk does not read is refused, as that file is.
    expect((await run(['check', '--stdin-filename', 'feed.jsonl', '-'], {input: good})).code).toBe(2)
  })

  it('refuses --jsonl with a report format other than json, which it would ignore', async () => {
    const feed = `${JSON.stringify({uri: 'a', body_text: good})}\n`
    for (const format of ['pretty', 'github', 'sarif', 'html']) {
      const result = await run(['check', '--jsonl', '--format', format, '-'], {input: feed})
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toEqual([`error: --jsonl writes one JSON report a line; it cannot be combined with --format ${format}`, "run 'copydesk check --help' for the options"])
      expect(result.stdout).toBe('')
    }
    const json = await run(['check', '--jsonl', '--format', 'json', '-'], {input: feed})
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({path: '-:1', messages: []})
  })

  it('walks directories and globs, in a stable order', async () => {
    const dir = workspace({'desk/b.md': good, 'desk/a.txt': good, 'desk/sub/c.html': `<p>${good}</p>`, 'desk/skip.pdf': 'x'})
    const walked = await run(['check', '--format', 'json', 'desk'], {cwd: dir})
    expect((JSON.parse(walked.stdout) as FileReport[]).map((report) => report.path)).toEqual(['desk/a.txt', 'desk/b.md', 'desk/sub/c.html'])
    const globbed = await run(['check', '--format', 'json', 'desk/**/*.md'], {cwd: dir})
    expect((JSON.parse(globbed.stdout) as FileReport[]).map((report) => report.path)).toEqual(['desk/b.md'])
  })

  it('passes over tooling JSON in a directory walk (a repository with copydesk as a dev dependency), and checks it when named', async () => {
    const item = JSON.stringify({uri: 'urn:x', headline: 'Talks resume', body_text: good})
    const dir = workspace({'package.json': '{"name": "newsroom", "devDependencies": {"copydesk": "1"}}', 'tsconfig.json': '{}', 'sub/tsconfig.build.json': '{}', 'wire/item.json': item, 'story.md': good})
    const walked = await run(['check', '--format', 'json', '.'], {cwd: dir})
    expect(walked.code, walked.stderr).toBe(0)
    expect((JSON.parse(walked.stdout) as FileReport[]).map((report) => report.path)).toEqual(['story.md', 'wire/item.json'])
    const named = await run(['check', 'package.json'], {cwd: dir})
    expect(named.code).toBe(2)
    expect(named.stderr).toMatch(/^copydesk: package\.json: not a ninjs item/m)
  })

  it('walks directories for extensions in any case, as it accepts them named on their own', async () => {
    const dir = workspace({'w/UP.MD': good, 'w/t.TXT': good, 'w/x.Md': good, 'w/sub/y.HTM': `<p>${good}</p>`, 'w/skip.PDF': 'x', 'w/feeds/f.JSONL': '{"uri": "a", "body_text": "Fine."}\n'})
    const walked = await run(['check', '--format', 'json', 'w'], {cwd: dir})
    expect((JSON.parse(walked.stdout) as FileReport[]).map((report) => report.path)).toEqual(['w/UP.MD', 'w/sub/y.HTM', 'w/t.TXT', 'w/x.Md'])
    const feeds = await run(['check', '--jsonl', 'w'], {cwd: dir})
    expect(feeds.stdout.trim().split('\n').map((line) => (JSON.parse(line) as FileReport).path)).toEqual(['w/feeds/f.JSONL:1'])
  })

  it('reads `ignore` relative to the configuration file, whichever folder is walked', async () => {
    const dir = workspace({'.copydeskrc.yml': 'ignore: ["arch/**"]\n', 'arch/x.md': good, 'a.md': good, 'd/arch/y.md': good})
    const paths = (stdout: string) => (JSON.parse(stdout) as FileReport[]).map((report) => [report.path, report.error])
    expect(paths((await run(['check', '--format', 'json', '.'], {cwd: dir})).stdout)).toEqual([['a.md', undefined], ['d/arch/y.md', undefined]])
    expect(paths((await run(['check', '--format', 'json', 'd'], {cwd: dir})).stdout)).toEqual([['d/arch/y.md', undefined]])
    for (const [cwd, operand] of [[dir, 'arch'], [dir, 'arch/*.md'], [path.join(dir, 'arch'), '.']] as const) {
      const result = await run(['check', '--format', 'json', operand], {cwd})
      expect(result.code).toBe(2)
      expect(paths(result.stdout)).toEqual([[operand, 'every file here is left out by `ignore` in the configuration']])
    }
  })

  it('prints findings grouped by file with a summary in the pretty format', async () => {
    const result = await run(['check', seed])
    expect(result.stdout).toMatch(/cyber-command\/input\.md\n/)
    expect(result.stdout).toMatch(/\d+:\d+-\d+:\d+ +error +.*ceace.*spelling\/misspelling/)
    expect(result.stdout).toMatch(/\d+ findings \(\d+ errors?, \d+ warnings?, \d+ info\)\n$/)
    expect(result.stdout).not.toContain('\u001B[')
  })

  describe('bad input: one line naming the file, exit 2, other files still checked', () => {
    const cases: Array<[string, Record<string, string | Uint8Array>, string, RegExp]> = [
      ['a missing path', {}, 'missing.md', /no such file/],
      ['a directory with no supported files', {'empty/notes.pdf': 'x'}, 'empty', /no supported files/],
      ['a binary file', {'bin.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])}, 'bin.md', /binary/],
      ['invalid UTF-8', {'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73])}, 'latin1.txt', /UTF-8/],
      ['an empty file', {'empty.md': ''}, 'empty.md', /empty/],
      ['malformed HTML', {'cut.html': '<p>The talks resumed.</p><p class="x'}, 'cut.html', /malformed HTML/],
      ['malformed JSON', {'item.json': '{"headline": "Talks resume", "body_text": '}, 'item.json', /malformed JSON/],
      ['JSON that is not a ninjs item', {'other.json': '{"title": "x"}'}, 'other.json', /not a ninjs item/],
      // A device (or a FIFO) exists: it is not missing, and reading it could block the batch or never end.
      ['a device', {}, '/dev/null', /not a regular file or directory/],
    ]
    for (const [name, files, operand, reason] of cases) {
      it(name, async () => {
        const dir = workspace({...files, 'good.md': good})
        const result = await run(['check', '--format', 'json', operand, 'good.md'], {cwd: dir})
        expect(result.code).toBe(2)
        const lines = result.stderr.trim().split('\n')
        expect(lines).toHaveLength(1)
        expect(lines[0]).toContain(operand)
        expect(lines[0]).toMatch(reason)
        expect(result.stderr).not.toMatch(/\n\s+at /)
        const reports = JSON.parse(result.stdout) as FileReport[]
        expect(reports.map((report) => report.path)).toEqual([operand, 'good.md'])
        expect(reports[0]).toMatchObject({error: expect.stringMatching(reason), messages: []})
        expect(reports[1]!.error).toBeUndefined()
      })
    }

    it('a configuration file that is not YAML', async () => {
      const dir = workspace({'.copydeskrc.yml': 'lang: [en\nrules: {', 'good.md': good})
      const result = await run(['check', 'good.md'], {cwd: dir})
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/\.copydeskrc\.yml:\d+: not valid YAML/)
    })

    it.each([
      ['rules:\n  hedge/boosters: off\n', /conf\.yml: `rules\.hedge\/boosters` is not a rule; did you mean `hedge\/booster`\?$/],
      ['stages:\n  Style: false\n', /conf\.yml: `stages\.Style` is not a stage; did you mean `style`\?$/],
      ['lang: xx\n', /conf\.yml: `lang` must be an ISO 639 code/],
    ])('a configuration naming a rule, stage or language that does not exist: %j', async (text, reason) => {
      const dir = workspace({'conf.yml': text, 'good.md': good})
      for (const command of ['check', 'fix']) {
        const result = await run([command, '--config', 'conf.yml', 'good.md'], {cwd: dir})
        expect(result.code).toBe(2)
        expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(reason)])
      }
    })

    it('--lang that names no language copydesk knows', async () => {
      const dir = workspace({'good.md': good})
      for (const code of ['xx', 'english']) {
        const result = await run(['check', '--lang', code, 'good.md'], {cwd: dir})
        expect(result.code).toBe(2)
        expect(result.stderr).toContain(`option '--lang <code>' argument '${code}' is invalid`)
      }
      expect((await run(['check', '--lang', 'en-GB', 'good.md'], {cwd: dir})).code).toBe(0)
    })

    it('a baseline that cannot be written, named', async () => {
      const dir = workspace({afile: 'x\n', 'good.md': good})
      const result = await run(['check', '--write-baseline', 'afile/x.json', 'good.md'], {cwd: dir})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe('copydesk: afile/x.json: cannot write baseline (ENOTDIR)\n')
    })

    it('a configuration key that does not exist, named with its file', async () => {
      const dir = workspace({'conf.yml': 'lang: en\nrulez:\n  spelling: off\n', 'good.md': good})
      const result = await run(['check', '--config', 'conf.yml', 'good.md'], {cwd: dir})
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/conf\.yml: unknown key `rulez`/)
    })
  })
})

describe('newsroom style sheets named in the configuration', () => {
  it('a broken style sheet is one configuration error naming the sheet, not one per file', async () => {
    const dir = workspace({'.copydeskrc.yml': 'styleSheets: [house.yml]\n', 'house.yml': 'records: [\n', 'a.md': good, 'b.md': good})
    const result = await run(['check', 'a.md', 'b.md'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/house\.yml:\d+: not valid YAML/)
  })
})

describe('personal dictionaries named in the configuration', () => {
  it('a missing dictionary is one configuration error naming it', async () => {
    const dir = workspace({'.copydeskrc.yml': 'dictionaries: [desk-words.txt]\n', 'a.md': good, 'b.md': good})
    const result = await run(['check', 'a.md', 'b.md'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/desk-words\.txt: cannot read dictionary \(ENOENT\)$/)])
  })

  it('a dictionary too large to be one is refused before it is read', async () => {
    const dir = workspace({'.copydeskrc.yml': 'dictionaries: [dump.txt]\n', 'dump.txt': 'word\n'.repeat(1_000_000), 'a.md': good})
    const result = await run(['check', 'a.md'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/dump\.txt: dictionary too large \(5000000 bytes; the limit is \d+\)/)
  })

  it('checks titles against --date, over the date a story states, in one thread and in the pool; fix writes "former"', async () => {
    const story = 'Cyber Command chief Timothy Haugh said the pause was lifted.\n'
    const dir = workspace({'a.md': story, 'b.md': `---\ndate: 2025-03-01\n---\n\n${story}`})
    const titles = (stdout: string) => (JSON.parse(stdout) as FileReport[]).map((report) => report.messages.filter((message) => message.ruleId === 'title-date').length)
    // The stated date (b.md) is inside Haugh's term; a.md states none.
    expect(titles((await run(['check', '--format', 'json', 'a.md', 'b.md'], {cwd: dir})).stdout)).toEqual([0, 0])
    for (const jobs of ['1', '2']) expect(titles((await run(['check', '--format', 'json', '--jobs', jobs, '--date', '2025-06-10', 'a.md', 'b.md'], {cwd: dir})).stdout)).toEqual([1, 1])
    const bad = await run(['check', '--date', '10/06/2025', 'a.md'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("option '--date <day>' argument '10/06/2025' is invalid")
    expect((await run(['fix', '--write', '--level', 'review', '--date', '2025-06-10', 'a.md'], {cwd: dir})).code).toBe(0)
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(`Former ${story}`)
  })
})
