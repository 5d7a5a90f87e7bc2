import {execFile, spawn} from 'node:child_process'
import {once} from 'node:events'
import {closeSync, fstatSync, mkdtempSync, mkdirSync, openSync, readFileSync, readdirSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {exitCode} from './exit-code.js'
import {openAs} from './open-as.js'
import {describe, expect, it} from 'vitest'
import {jsonArrayWriter} from '../src/batch/json-stream.js'
import {jsonlItems, releaseSpooled, spooledBytes} from '../src/batch/jsonl.js'
import {runBatch} from '../src/batch/run.js'
import {runCheck} from '../src/commands/check.js'
import {defaultConfig} from '../src/config.js'
import type {FileReport} from '../src/file-report.js'
import {expandInputs} from '../src/inputs.js'
import {json} from '../src/reporters/json.js'

// The worker pool runs compiled code, so pool behaviour is tested through the built CLI.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url))

function run(args: string[], cwd: string, input = ''): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], {cwd, env: {...process.env, NO_COLOR: '1', CI: '1'}, maxBuffer: 64 << 20}, (error, stdout, stderr) => {
      resolve({code: exitCode(error), stdout, stderr})
    })
    child.stdin?.end(input)
  })
}

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-batch-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const good = 'The minister said the talks would resume in Geneva next week.\n'
const damaged = 'Talks resume in Dеcember, the minister said.\n'

describe('batch runner', () => {
  it('reports a bad file in the middle and goes on with the rest, in input order (worker pool)', async () => {
    const dir = workspace({'1.md': good, '2.md': new Uint8Array([0x66, 0x00, 0x6f]), '3.txt': damaged, '4.html': '<p>Fine.</p>'})
    const result = await run(['check', '--format', 'json', '--jobs', '2', '.'], dir)
    expect(result.code).toBe(2)
    const reports = JSON.parse(result.stdout) as FileReport[]
    expect(reports.map((report) => report.path)).toEqual(['1.md', '2.md', '3.txt', '4.html'])
    expect(reports[1]).toMatchObject({error: 'binary file (contains NUL bytes)', messages: []})
    expect(reports[2]!.messages.some((message) => message.actual === 'Dеcember')).toBe(true)
    expect(result.stderr).toContain('2.md: binary file')
  })

  it('gives identical reports with --jobs 1 and --jobs 2', async () => {
    const [one, two] = await Promise.all([
      run(['check', '--format', 'json', '--jobs', '1', fixtures], fixtures),
      run(['check', '--format', 'json', '--jobs', '2', fixtures], fixtures),
    ])
    expect(one.code).toBe(two.code)
    const reports = JSON.parse(one.stdout) as FileReport[]
    expect(reports.length).toBeGreaterThan(5)
    expect(two.stdout).toBe(one.stdout)
  })

  it('reports a file over the time limit and still checks the others', async () => {
    const dir = workspace({'a.md': good, 'b.md': good})
    const result = await run(['check', '--format', 'json', '--timeout', '0.001', '.'], dir)
    expect(result.code).toBe(2)
    const reports = JSON.parse(result.stdout) as FileReport[]
    expect(reports.map((report) => report.error)).toEqual(['timed out after 0.001 s', 'timed out after 0.001 s'])
  })

  it('holds a time limit given for a single file, by checking it in a worker', async () => {
    const dir = workspace({'a.md': good})
    const limited = await run(['check', '--format', 'json', '--timeout', '0.001', 'a.md'], dir)
    expect(limited.code).toBe(2)
    expect((JSON.parse(limited.stdout) as FileReport[]).map((report) => report.error)).toEqual(['timed out after 0.001 s'])
    const unlimited = await run(['check', '--format', 'json', 'a.md'], dir)
    expect((JSON.parse(unlimited.stdout) as FileReport[]).map((report) => report.error)).toEqual([undefined])
  })

  it('checks in this thread from the TypeScript sources, with the same order and errors', async () => {
    const dir = workspace({'a.md': good, 'b.md': '   \n', 'c.md': damaged})
    const inputs = await expandInputs(['.'], {cwd: dir, ignore: []})
    const reports: FileReport[] = []
    for await (const result of runBatch(inputs, {cwd: dir, config: defaultConfig(), jobs: 1})) reports.push(result.report)
    expect(reports.map((report) => [report.path, report.error])).toEqual([['a.md', undefined], ['b.md', 'empty file'], ['c.md', undefined]])
  })
})

describe('read-ahead', () => {
  it('stops pulling inputs once the results waiting to be taken hold enough text, however few they are', async () => {
    let pulled = 0
    async function* feed() {
      for (let index = 0; index < 40; index++) {
        pulled++
        // Beyond the default size limit, so each is refused at once: what is held is the text itself.
        yield {path: `big-${index}.txt`, format: 'text' as const, text: 'a'.repeat(20_000_000)}
      }
    }
    const batch = runBatch(feed(), {cwd: tmpdir(), config: defaultConfig(), jobs: 1})
    const first = await batch.next()
    expect(first.value?.report.error).toMatch(/too large/)
    // Four 20-million-character texts pass the limit on held text; by count alone 32 would be pulled.
    expect(pulled).toBeLessThanOrEqual(5)
    await batch.return(undefined)
  })

  it('counts a file that fix reads in a worker as twice its size before its result comes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-batch-'))
    let pulled = 0
    function* files() {
      for (let index = 0; index < 40; index++) {
        const name = `big-${index}.md`
        // Sparse: 20 MB on paper, nothing on disk (and refused as binary once read).
        writeFileSync(path.join(dir, name), '')
        truncateSync(path.join(dir, name), 20_000_000)
        pulled++
        yield {path: name, format: 'markdown' as const}
      }
    }
    const batch = runBatch(files(), {cwd: dir, config: defaultConfig(), jobs: 1, fix: ['safe']})
    const first = await batch.next()
    expect(first.value?.report.error).toMatch(/binary/)
    // Two files count as 80 million characters, past the limit; by count alone 32 would be pulled.
    expect(pulled).toBeLessThanOrEqual(3)
    await batch.return(undefined)
  })
})

describe('inputs named more than once', () => {
  it('lists each file once however it is named, and standard input apart from a file of its name', async () => {
    const dir = workspace({'a.md': good, 'sub/b.md': good})
    const inputs = await expandInputs(['a.md', './a.md', 'sub', 'sub/b.md', '-'], {cwd: dir, ignore: [], stdinFilename: 'a.md'})
    expect(inputs.map((input) => [input.path, Boolean(input.stdin)])).toEqual([['a.md', false], [path.join('sub', 'b.md'), false], ['a.md', true]])
  })
})

describe('streamed JSON report', () => {
  it('is byte for byte the JSON reporter\'s output, for no, one and several entries', async () => {
    const dir = workspace({'a.md': good, 'b.md': damaged, 'c.md': '\n'})
    const inputs = await expandInputs(['.'], {cwd: dir, ignore: []})
    const reports: FileReport[] = []
    for await (const result of runBatch(inputs, {cwd: dir, config: defaultConfig(), jobs: 1})) reports.push(result.report)
    for (const some of [[], reports.slice(1, 2), reports]) {
      let text = ''
      const writer = jsonArrayWriter((chunk) => {
        text += chunk
      })
      for (const report of some) writer.item(report)
      writer.end()
      expect(text).toBe(json(some))
    }
  })
})

describe('reports written as JSON entries in the workers', () => {
  it('give the streamed JSON report byte for byte as reports written on the main thread do', async () => {
    // With --cache the reports come whole (the cache stores them) and the main thread writes them.
    const dir = workspace({'1.md': good, '2.md': damaged, '3.md': new Uint8Array([0x66, 0x00, 0x6f]), '4.html': '<p>Talks resume in Dеcember.</p>'})
    const entries = await run(['check', '--format', 'json', '--jobs', '2', '.'], dir)
    const whole = await run(['check', '--format', 'json', '--jobs', '2', '--cache', '.'], dir)
    expect(entries.code).toBe(2)
    expect(whole.code).toBe(2)
    expect(entries.stdout).toBe(whole.stdout)
    const reports = JSON.parse(entries.stdout) as FileReport[]
    expect(reports.map((report) => report.path)).toEqual(['1.md', '2.md', '3.md', '4.html'])
    expect(reports[1]!.messages.some((message) => message.actual === 'Dеcember')).toBe(true)
    expect(reports[2]).toMatchObject({error: 'binary file (contains NUL bytes)', messages: []})
  })
})

describe('a slow reader of standard output', () => {
  it('gets the streamed report one entry at a time: nothing is written while it has not caught up', async () => {
    const dir = workspace(Object.fromEntries(Array.from({length: 6}, (_, index) => [`${index}.md`, damaged])))
    const writes: string[] = []
    let behind = false
    let writtenWhileBehind = 0
    const slowReader = {
      cwd: dir,
      stdout: (text: string | Uint8Array) => {
        if (behind) writtenWhileBehind++
        writes.push(String(text))
      },
      drained: () => {
        behind = true
        return new Promise<void>((resolve) => setTimeout(() => ((behind = false), resolve()), 5))
      },
      stderr: () => {},
      color: false,
    }
    await runCheck(['.'], {format: 'json', quiet: true}, slowReader)
    const reports = JSON.parse(writes.join('')) as FileReport[]
    expect(reports.map((report) => report.path)).toEqual(['0.md', '1.md', '2.md', '3.md', '4.md', '5.md'])
    expect(reports.every((report) => report.messages.some((message) => message.actual === 'Dеcember'))).toBe(true)
    expect(writtenWhileBehind).toBe(0)
  })
})

describe('Ctrl-C during fix --write', () => {
  it('leaves every file either as it was or completely fixed, and no temporary file', async () => {
    const names = Array.from({length: 12}, (_, index) => `story-${String(index).padStart(2, '0')}.md`)
    const dir = workspace(Object.fromEntries(names.map((name) => [name, damaged])))
    const fixed = damaged.replace('Dеcember', 'December')
    const child = execFile(process.execPath, [cli, 'fix', '--write', '--jobs', '2', '.'], {cwd: dir, env: {...process.env, CI: '1'}})
    const code = await new Promise<number | null>((resolve) => {
      // Interrupt as soon as the first file has been fixed, so the batch is mid-way.
      const poll = setInterval(() => {
        if (readFileSync(path.join(dir, names[0]!), 'utf8') === fixed) {
          clearInterval(poll)
          child.kill('SIGINT')
        }
      }, 10)
      child.on('exit', (exitCode) => {
        clearInterval(poll)
        resolve(exitCode)
      })
    })
    // 130 when interrupted; 0 if the last files were done before the signal landed.
    expect([0, 130]).toContain(code)
    expect(readdirSync(dir).sort()).toEqual([...names].sort())
    for (const name of names) {
      expect([damaged, fixed]).toContain(readFileSync(path.join(dir, name), 'utf8'))
    }
  })
})

describe('JSON Lines feeds (--jsonl)', () => {
  it('reads lines that span many read chunks, and CRLF line ends, byte for byte', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-jsonl-'))
    // 300,000 characters: several 64 KB chunks of the file stream, with CRLF endings.
    const long = JSON.stringify({uri: 'long', body_text: 'The talks resumed in Geneva. '.repeat(10_000)})
    const lines = [JSON.stringify({uri: 'a', body_text: 'Первая строка.'}), long, JSON.stringify({uri: 'b', body_text: 'Last.'})]
    writeFileSync(path.join(dir, 'feed.jsonl'), `${lines.join('\r\n')}\r\n`)
    const items = []
    for await (const item of jsonlItems([{path: 'feed.jsonl', format: 'ninjs'}], dir)) items.push(item)
    expect(items.map((item) => [item.path, item.text])).toEqual(lines.map((line, index) => [`feed.jsonl:${index + 1}`, line]))
  })

  it('spools a line beyond the limit to an unnamed temporary file, refuses it, and reads on', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-jsonl-'))
    // 200,000 bytes against a limit of 100,000: the line spans several read chunks and goes to disk part way.
    const long = Buffer.from(JSON.stringify({uri: 'long', body_text: 'Ñews. '.repeat(28_000)}))
    writeFileSync(path.join(dir, 'feed.jsonl'), Buffer.concat([Buffer.from('{"uri": "a"}\n'), long, Buffer.from('\r\n{"uri": "b"}')]))
    const items = []
    for await (const item of jsonlItems([{path: 'feed.jsonl', format: 'ninjs'}], dir, {maxLineBytes: 100_000})) items.push(item)
    expect(items.map((item) => [item.path, item.text, item.error])).toEqual([
      ['feed.jsonl:1', '{"uri": "a"}', undefined],
      ['feed.jsonl:2', undefined, `too large (${long.length} bytes; the limit is 100000)`],
      ['feed.jsonl:3', '{"uri": "b"}', undefined],
    ])
    // The temporary file has no name left to leave behind, even while its line is held.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(`copydesk-line-${process.pid}-`))).toEqual([])
    const spooled = items[1]!.spooled!
    expect(Buffer.concat([...spooledBytes(spooled)]).equals(long)).toBe(true)
    const freed = spooled.handle
    releaseSpooled(spooled)
    // A second release must not close the file that has taken the freed descriptor number.
    const other = openAs(freed, path.join(dir, 'feed.jsonl'))
    try {
      releaseSpooled(spooled)
      expect(fstatSync(other).isFile()).toBe(true)
    } finally {
      closeSync(other)
    }
  })

  it('counts a CR that ends a line apart from the limit', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-jsonl-'))
    // Twelve bytes and a CR fit a limit of twelve; thirteen do not, and are kept as they were.
    writeFileSync(path.join(dir, 'feed.jsonl'), '{"uri": "1"}\r\n{"uri": "22"}\n')
    const items = []
    for await (const item of jsonlItems([{path: 'feed.jsonl', format: 'ninjs'}], dir, {maxLineBytes: 12})) items.push(item)
    expect(items.map((item) => [item.text, item.error])).toEqual([
      ['{"uri": "1"}', undefined],
      [undefined, 'too large (13 bytes; the limit is 12)'],
    ])
    expect(Buffer.from(items[1]!.raw!).toString()).toBe('{"uri": "22"}')
  })

  it('keeps blank lines on the items around them, and refuses a run of them beyond the limit rather than hold it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-jsonl-'))
    writeFileSync(path.join(dir, 'feed.jsonl'), `\r\n{"uri": "1"}\r\n \n${'\n'.repeat(20)}{"uri": "2"}\n\n`)
    const items = []
    for await (const item of jsonlItems([{path: 'feed.jsonl', format: 'ninjs'}], dir, {maxLineBytes: 12})) items.push(item)
    expect(items.map(({path, text, before, ending, after, error, raw}) => ({path, text, before, ending, after, error, raw: raw && Buffer.from(raw).toString()}))).toEqual([
      {path: 'feed.jsonl:2', text: '{"uri": "1"}', before: '\r\n', ending: '\r\n', after: undefined, error: undefined, raw: undefined},
      {path: 'feed.jsonl:14', text: undefined, before: undefined, ending: '', after: undefined, error: 'blank lines up to here too large (13 bytes; the limit is 12)', raw: ` \n${'\n'.repeat(11)}`},
      {path: 'feed.jsonl:24', text: '{"uri": "2"}', before: '\n'.repeat(9), ending: '\n', after: '\n', error: undefined, raw: undefined},
    ])
    // `check` writes no feed back: it holds no blank lines, so no run of them is too large.
    const checked = []
    for await (const item of jsonlItems([{path: 'feed.jsonl', format: 'ninjs'}], dir, {maxLineBytes: 12, keepBlank: false})) checked.push(item)
    expect(checked.map(({path, before, after, error}) => ({path, before, after, error}))).toEqual([
      {path: 'feed.jsonl:2', before: undefined, after: undefined, error: undefined},
      {path: 'feed.jsonl:24', before: undefined, after: undefined, error: undefined},
    ])
  })

  const feed = [
    JSON.stringify({uri: 'urn:1', headline: 'Talks in Dеcember', body_text: 'The minister said talks would resume.'}),
    'not a ninjs item',
    '',
    JSON.stringify({uri: 'urn:3', body_html: '<p>Fine copy, the minister said.</p>'}),
  ].join('\n') + '\n'

  it('check: one report a line, in feed order, a bad line reported on its own', async () => {
    const result = await run(['check', '--jsonl', '-'], tmpdir(), feed)
    expect(result.code).toBe(2)
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as FileReport)
    expect(lines.map((report) => report.path)).toEqual(['-:1', '-:2', '-:4'])
    expect(lines[0]!.messages.some((message) => message.ruleId === 'mixed-script' && message.actual === 'Dеcember')).toBe(true)
    expect(lines[1]!.error).toMatch(/malformed JSON/)
    expect(lines[2]!.error).toBeUndefined()
  })

  it('check: a live feed gets every report of the items sent so far while it waits for more', async () => {
    const child = spawn(process.execPath, [cli, 'check', '--jsonl', '--jobs', '2', '-'], {env: {...process.env, NO_COLOR: '1', CI: '1'}})
    const closed = once(child, 'close')
    child.stdin.on('error', () => {})
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    const items = Array.from({length: 60}, (_, index) => JSON.stringify({uri: `urn:${index}`, body_text: `Talks resumed on day ${index}.`}))
    child.stdin.write(`${items.join('\n')}\n`)
    // The feed stays open: the reports come without waiting for more items or the feed's end.
    const deadline = Date.now() + 30_000
    while (stdout.split('\n').length <= items.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    const reports = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as FileReport)
    child.stdin.end()
    await closed
    expect(reports.map((report) => report.path)).toEqual(items.map((_, index) => `-:${index + 1}`))
  }, 60_000)

  it('fix: one fixed item a line; --write rewrites the feed in place, keeping lines it cannot fix', async () => {
    const out = await run(['fix', '--jsonl', '-'], tmpdir(), feed)
    const items = out.stdout.trim().split('\n')
    expect(items).toHaveLength(3)
    expect(JSON.parse(items[0]!)).toEqual({uri: 'urn:1', headline: 'Talks in December', body_text: 'The minister said talks would resume.'})
    expect(items[1]).toBe('not a ninjs item')
    const dir = workspace({'wire.jsonl': feed})
    const written = await run(['fix', '--jsonl', '--write', 'wire.jsonl'], dir)
    expect(written.code).toBe(2)
    expect(readFileSync(path.join(dir, 'wire.jsonl'), 'utf8')).toBe(feed.replace('Dеcember', 'December'))
    expect(readdirSync(dir)).toEqual(['wire.jsonl'])
  })

  it('fix: a feed written back keeps every byte outside the fixes (line ends, blank lines, final newline, BOM)', async () => {
    const untouched = '{"uri":"x","body_text":"Fine text."}\r\n\r\n{"uri":"z","body_text":"Also fine."}'
    const mixed = Buffer.concat([
      Buffer.from('\uFEFF{"uri":"a","body_text":"Talks in Dеcember."}\r\n  \r\nnot a ninjs item\n'),
      Buffer.from([0x7b, 0xe9, 0x7d, 0x0d, 0x0a]),
      Buffer.from('{"uri":"b","body_text":"Fine copy."}\n\n\r\n'),
    ])
    const dir = workspace({'f4.jsonl': untouched, 'mixed.jsonl': mixed})
    await run(['fix', '--jsonl', '--write', 'f4.jsonl'], dir)
    expect(readFileSync(path.join(dir, 'f4.jsonl'), 'utf8')).toBe(untouched)
    for (const args of [['--write'], ['--out', 'clean']]) {
      const result = await run(['fix', '--jsonl', ...args, 'mixed.jsonl'], dir)
      expect(result.code).toBe(2)
      const written = readFileSync(path.join(dir, args[0] === '--write' ? 'mixed.jsonl' : 'clean/mixed.jsonl'))
      expect(written.equals(Buffer.from(mixed.toString('latin1').replace(Buffer.from('Dеcember').toString('latin1'), 'December'), 'latin1'))).toBe(true)
    }
  })
})
