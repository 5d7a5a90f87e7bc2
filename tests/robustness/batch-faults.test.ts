import {lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'

/**
 * Faults during `copydesk fix`, injected into the file system: a file that
 * cannot be read (tests run as root, so permissions are simulated), one
 * deleted after the batch listed it, and a disk that fills while a fixed
 * copy is written. Afterwards every file is wholly old or wholly new, no
 * temporary file is left behind, each failure is reported with its file,
 * the other files are fixed, and the exit code is 2.
 */
const faults = vi.hoisted(() => ({readFile: new Map<string, string>(), full: new Set<string>(), fullHandles: new Set<number>()}))

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>()
  const openSync = ((file: string, ...rest: unknown[]) => {
    const handle = (original.openSync as (...args: unknown[]) => number)(file, ...rest)
    // The fixed copy of a file on a full disk: its temporary file cannot be written.
    if ([...faults.full].some((name) => path.basename(String(file)).startsWith(`.${name}.`))) faults.fullHandles.add(handle)
    return handle
  }) as typeof original.openSync
  const writeSync = ((handle: number, ...rest: unknown[]) => {
    if (faults.fullHandles.has(handle)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'})
    return (original.writeSync as (...args: unknown[]) => number)(handle, ...rest)
  }) as typeof original.writeSync
  const writeFileSync = ((target: unknown, ...rest: unknown[]) => {
    if (typeof target === 'number' && faults.fullHandles.has(target)) throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'})
    return (original.writeFileSync as (...args: unknown[]) => void)(target, ...rest)
  }) as typeof original.writeFileSync
  // A file that cannot be read (tests run as root, so permissions are simulated) or that vanished after listing.
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    const code = faults.readFile.get(path.basename(String(file)))
    if (code) throw Object.assign(new Error(`${code}: injected`), {code})
    return (original.readFileSync as (...args: unknown[]) => unknown)(file, ...rest)
  }) as typeof original.readFileSync
  const closeSync = ((handle: number) => {
    faults.fullHandles.delete(handle)
    original.closeSync(handle)
  }) as typeof original.closeSync
  return {...original, default: {...original, openSync, writeSync, writeFileSync, closeSync, readFileSync}, openSync, writeSync, writeFileSync, closeSync, readFileSync}
})

const {runFix} = await import('../../src/commands/fix.js')
const {defaultMaxBytes} = await import('../../src/inputs.js')

// Each file differs (a number in words), so that a mix-up between files would show.
const numbers = ['one', 'two', 'three', 'four', 'five']
const story = (name: string) => `The minister said ${numbers[name.charCodeAt(0) % 5]} talks\u202E would resume.\n`
const fixedStory = (name: string) => `The minister said ${numbers[name.charCodeAt(0) % 5]} talks would resume.\n`

describe('faults during fix --write', () => {
  it('reports each failing file, fixes the others, and leaves every file wholly old or wholly new', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-faults-'))
    const names = ['a.md', 'locked.md', 'vanished.md', 'full.md', 'z.md']
    for (const name of names) writeFileSync(path.join(dir, name), story(name))
    // A directory where a file was expected is listed, and then cannot be read either.
    mkdirSync(path.join(dir, 'folder.md'))
    faults.readFile.set('locked.md', 'EACCES')
    faults.readFile.set('vanished.md', 'ENOENT')
    faults.full.add('full.md')

    const stderr: string[] = []
    const code = await runFix([...names, 'folder.md'], {write: true, quiet: true}, {
      cwd: dir,
      stdout: () => {},
      stderr: (text) => stderr.push(text),
      color: false,
    })
    faults.readFile.clear()
    faults.full.clear()

    expect(code).toBe(2)
    const said = stderr.join('')
    expect(said).toMatch(/locked\.md: permission denied/)
    expect(said).toMatch(/vanished\.md: no such file/)
    expect(said).toMatch(/full\.md: cannot write the fixed copy \(ENOSPC\)/)
    expect(said).toMatch(/folder\.md: /)
    // Fixed where nothing failed; untouched where something did.
    expect(readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe(fixedStory('a.md'))
    expect(readFileSync(path.join(dir, 'z.md'), 'utf8')).toBe(fixedStory('z.md'))
    for (const name of ['locked.md', 'vanished.md', 'full.md']) expect(readFileSync(path.join(dir, name), 'utf8')).toBe(story(name))
    // No half-written temporary file is left behind.
    expect(readdirSync(dir).filter((name) => name.includes('copydesk-tmp'))).toEqual([])
  })
})

describe('a JSON Lines feed with bytes that are not UTF-8', () => {
  // Files with such bytes are refused (`not valid UTF-8`); so is a feed line, kept as it was.
  it('refuses the item and keeps its bytes when the feed is fixed in place', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-feed-'))
    const feed = Buffer.concat([
      Buffer.from('{"headline": "Talks\u202E resume"}\n', 'utf8'),
      Buffer.from([...Buffer.from('{"headline": "Caf'), 0xff, ...Buffer.from(' opens"}\n')]),
    ])
    writeFileSync(path.join(dir, 'feed.jsonl'), feed)
    const stderr: string[] = []
    const code = await runFix(['feed.jsonl'], {write: true, jsonl: true, quiet: true}, {cwd: dir, stdout: () => {}, stderr: (text) => stderr.push(text), color: false})
    const after = readFileSync(path.join(dir, 'feed.jsonl'))
    expect(after.subarray(after.indexOf(0x0a) + 1)).toEqual(feed.subarray(feed.indexOf(0x0a) + 1))
    expect(stderr.join('')).toMatch(/feed\.jsonl:2: not valid UTF-8/)
    expect(code).toBe(2)
  })

  it('keeps the bytes of a refused line when the fixed feed goes to standard output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-feed-'))
    const bad = Buffer.from([...Buffer.from('{"headline": "Caf'), 0xff, ...Buffer.from(' opens"}')])
    writeFileSync(path.join(dir, 'feed.jsonl'), Buffer.concat([Buffer.from('{"headline": "Talks\u202E resume"}\n'), bad, Buffer.from('\n')]))
    const stdout: Buffer[] = []
    const code = await runFix(['feed.jsonl'], {jsonl: true, quiet: true}, {cwd: dir, stdout: (text) => stdout.push(Buffer.from(text)), stderr: () => {}, color: false})
    expect(Buffer.concat(stdout)).toEqual(Buffer.concat([Buffer.from('{"headline": "Talks resume"}\n'), bad, Buffer.from('\n')]))
    expect(code).toBe(2)
  })
})

describe('a JSON Lines feed with a line beyond the size limit', () => {
  // A line of gigabytes must neither fill memory nor end the feed: it is refused, kept on disk, and written back.
  const huge = Buffer.from(`{"headline": "${'Talks resume. '.repeat(2_500_000)}"}`)
  const feed = Buffer.concat([Buffer.from('{"headline": "Talks\u202E resume"}\n'), huge, Buffer.from('\r\n{"headline": "Talks in Dеcember"}\n')])

  async function fixFeed(dir = mkdtempSync(path.join(tmpdir(), 'copydesk-feed-'))): Promise<{dir: string; code: number; said: string}> {
    writeFileSync(path.join(dir, 'feed.jsonl'), feed)
    const stderr: string[] = []
    const code = await runFix(['feed.jsonl'], {write: true, jsonl: true, quiet: true}, {cwd: dir, stdout: () => {}, stderr: (text) => stderr.push(text), color: false})
    return {dir, code, said: stderr.join('')}
  }

  it('refuses the line, fixes the rest of the feed, and writes the line back byte for byte', async () => {
    expect(huge.length).toBeGreaterThan(defaultMaxBytes)
    const {dir, code, said} = await fixFeed()
    expect(said).toBe(`copydesk: feed.jsonl:2: too large (${huge.length} bytes; the limit is ${defaultMaxBytes})\n`)
    // The CRLF after the refused line stays CRLF: a fixed feed keeps each line's own end.
    const expected = Buffer.concat([Buffer.from('{"headline": "Talks resume"}\n'), huge, Buffer.from('\r\n{"headline": "Talks in December"}\n')])
    // Buffer.equals: the test library's deep equality walks a 35 MB buffer entry by entry.
    expect(readFileSync(path.join(dir, 'feed.jsonl')).equals(expected)).toBe(true)
    expect(code).toBe(2)
    rmSync(dir, {recursive: true})
  })

  it('writes the line to a slow reader of standard output a chunk at a time, waiting for it between chunks', async () => {
    // On macOS and Windows a pipe is written asynchronously: without waiting, all of the line would be queued in memory.
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-feed-'))
    writeFileSync(path.join(dir, 'feed.jsonl'), feed)
    const written: Buffer[] = []
    let queued = 0
    let mostQueued = 0
    const slowReader = {
      cwd: dir,
      stdout: (text: string | Uint8Array) => {
        written.push(Buffer.from(text))
        queued += Buffer.byteLength(text)
        mostQueued = Math.max(mostQueued, queued)
      },
      drained: () => new Promise<void>((resolve) => setImmediate(() => ((queued = 0), resolve()))),
      stderr: () => {},
      color: false,
    }
    const code = await runFix(['feed.jsonl'], {jsonl: true, quiet: true}, slowReader)
    const expected = Buffer.concat([Buffer.from('{"headline": "Talks resume"}\n'), huge, Buffer.from('\n{"headline": "Talks in December"}\n')])
    expect(Buffer.concat(written).equals(expected)).toBe(true)
    expect(mostQueued).toBeLessThanOrEqual(1 << 20)
    expect(code).toBe(2)
    rmSync(dir, {recursive: true})
  })

  it('leaves the feed as it was when the temporary directory cannot take the line', async () => {
    const tmp = process.env.TMPDIR
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-feed-'))
    process.env.TMPDIR = path.join(tmpdir(), 'copydesk-no-such-directory')
    try {
      const {code, said} = await fixFeed(dir)
      expect(said).toMatch(/^copydesk: feed\.jsonl: a line is too large to hold in memory, and the temporary directory \(.*copydesk-no-such-directory\) cannot take it \(ENOENT\)\n$/)
      expect(readFileSync(path.join(dir, 'feed.jsonl')).equals(feed)).toBe(true)
      expect(readdirSync(dir)).toEqual(['feed.jsonl'])
      expect(code).toBe(2)
      rmSync(dir, {recursive: true})
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = tmp
    }
  })
})

describe('a disk that fills while a fixed feed is written', () => {
  it('leaves the feed as it was, with no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-feed-'))
    const feed = '{"headline": "Talks\u202E resume"}\n{"headline": "Talks in Dеcember"}\n'
    writeFileSync(path.join(dir, 'wire.jsonl'), feed)
    faults.full.add('wire.jsonl')
    const stderr: string[] = []
    const code = await runFix(['wire.jsonl'], {write: true, jsonl: true, quiet: true}, {cwd: dir, stdout: () => {}, stderr: (text) => stderr.push(text), color: false})
    faults.full.delete('wire.jsonl')
    expect(stderr.join('')).toBe('copydesk: wire.jsonl:1: cannot write the fixed copy (ENOSPC)\n')
    expect(readFileSync(path.join(dir, 'wire.jsonl'), 'utf8')).toBe(feed)
    expect(readdirSync(dir)).toEqual(['wire.jsonl'])
    expect(code).toBe(2)
  })
})

describe('fix --write on a symbolic link', () => {
  // A desk folder linking to the CMS export: write to the link's real path, atomically, keeping both.
  it('fixes the file the link points to and keeps the link', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-link-'))
    mkdirSync(path.join(dir, 'cms'))
    writeFileSync(path.join(dir, 'cms', 'story.md'), story('a.md'))
    symlinkSync(path.join('cms', 'story.md'), path.join(dir, 'story.md'))
    const code = await runFix(['story.md'], {write: true, quiet: true}, {cwd: dir, stdout: () => {}, stderr: () => {}, color: false})
    expect(code).toBe(0)
    expect(lstatSync(path.join(dir, 'story.md')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(dir, 'cms', 'story.md'), 'utf8')).toBe(fixedStory('a.md'))
  })
})

describe('fix --jsonl over several feeds when one cannot be put in place', () => {
  const item = (uri: string) => `{"uri": "${uri}", "body_text": "Talks\u202E resume."}\n`
  const fixedItem = (uri: string) => `{"uri": "${uri}", "body_text": "Talks resume."}\n`

  it('blames the feed that failed, and still writes the feeds after it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-feeds-'))
    for (const name of ['a', 'b', 'c']) {
      mkdirSync(path.join(dir, name))
      writeFileSync(path.join(dir, name, 'feed.jsonl'), item(name))
    }
    // A directory where the fixed copy of a's feed must go: writing works, putting it in place does not.
    mkdirSync(path.join(dir, 'out', 'a', 'feed.jsonl', 'x'), {recursive: true})
    const stderr: string[] = []
    const code = await runFix(['a/feed.jsonl', 'b/feed.jsonl', 'c/feed.jsonl'], {out: 'out', jsonl: true}, {cwd: dir, stdout: () => {}, stderr: (text) => stderr.push(text), color: false})
    const said = stderr.join('')
    expect(said).toMatch(/^copydesk: a\/feed\.jsonl: cannot write the fixed copy \(EISDIR\)\n/)
    expect(said).not.toMatch(/[bc]\/feed\.jsonl/)
    // The run ends with its summary, as any run does.
    expect(said).toMatch(/\ncopydesk: fixed \d+ findings in 3 of 3 inputs/)
    expect(readFileSync(path.join(dir, 'out', 'b', 'feed.jsonl'), 'utf8')).toBe(fixedItem('b'))
    expect(readFileSync(path.join(dir, 'out', 'c', 'feed.jsonl'), 'utf8')).toBe(fixedItem('c'))
    expect(readdirSync(path.join(dir, 'out', 'a'))).toEqual(['feed.jsonl'])
    expect(code).toBe(2)
  })

  it('reads a feed named twice once, so that it is fixed once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-feeds-'))
    mkdirSync(path.join(dir, 'a'))
    writeFileSync(path.join(dir, 'a', 'feed.jsonl'), item('a'))
    const code = await runFix(['a', 'a/feed.jsonl', './a/feed.jsonl'], {write: true, jsonl: true, quiet: true}, {cwd: dir, stdout: () => {}, stderr: () => {}, color: false})
    expect(readFileSync(path.join(dir, 'a', 'feed.jsonl'), 'utf8')).toBe(fixedItem('a'))
    expect(code).toBe(0)
  })
})
