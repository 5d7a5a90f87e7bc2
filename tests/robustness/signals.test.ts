import {type ChildProcess, spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

/**
 * The built CLI under real signals and a runaway file, with the worker pool:
 * every file ends wholly old or wholly new, no temporary file is left, and
 * the exit code and messages say what happened. Needs `dist/` (`npm test` builds it).
 */
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

const original = (index: number) => `# Story ${index}\n\nThe minister said talks\u202E would resume on day ${index}.\n`
const fixed = (index: number) => `# Story ${index}\n\nThe minister said talks would resume on day ${index}.\n`

function desk(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-signals-'))
  for (let index = 0; index < count; index++) writeFileSync(path.join(dir, `story-${String(index).padStart(3, '0')}.md`), original(index))
  return dir
}

function run(args: string[], cwd: string): {child: ChildProcess; done: Promise<{code: number | null; signal: string | null; stderr: string}>} {
  const child = spawn(process.execPath, [cli, ...args], {cwd, env: {...process.env, NO_COLOR: '1'}})
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  child.stdout!.resume()
  const done = new Promise<{code: number | null; signal: string | null; stderr: string}>((resolve) =>
    child.on('close', (code, signal) => resolve({code, signal, stderr})),
  )
  return {child, done}
}

/** Every file is the original or the fully fixed text, and (unless `litter` is allowed) nothing else is in the folder. */
function wholly(dir: string, count: number, litter = false): {fixedCount: number} {
  let fixedCount = 0
  for (let index = 0; index < count; index++) {
    const text = readFileSync(path.join(dir, `story-${String(index).padStart(3, '0')}.md`), 'utf8')
    expect([original(index), fixed(index)]).toContain(text)
    if (text === fixed(index)) fixedCount++
  }
  if (!litter) expect(readdirSync(dir).filter((name) => !/^story-\d{3}\.md$/.test(name))).toEqual([])
  return {fixedCount}
}

/**
 * Runs the CLI with standard input left open after `input`, sends SIGINT once `ready` says so (given what
 * it printed), and says how it ended: its exit code (null if it had not ended 20 s after the signal) and
 * how long after the signal it ended.
 */
async function interruptSilentInput(args: string[], input: string, ready: (stdout: string) => boolean): Promise<{code: number | null; waited: number; stderr: string}> {
  const child = spawn(process.execPath, [cli, ...args], {env: {...process.env, NO_COLOR: '1'}})
  const closed = new Promise<{code: number | null; at: number}>((resolve) => child.on('close', (code) => resolve({code, at: Date.now()})))
  child.stdin!.on('error', () => {})
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk) => (stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  child.stdin!.write(input)
  for (let tries = 0; tries < 600 && !ready(stdout); tries++) await new Promise((resolve) => setTimeout(resolve, 50))
  const signalled = Date.now()
  child.kill('SIGINT')
  const {code, at} = await Promise.race([closed, new Promise<{code: null; at: number}>((resolve) => setTimeout(() => resolve({code: null, at: Date.now()}), 20_000))])
  child.stdin!.end()
  await closed
  return {code, waited: at - signalled, stderr}
}

async function untilSomeFixed(dir: string, count: number): Promise<void> {
  for (let tries = 0; tries < 3000; tries++) {
    for (let index = 0; index < count; index++) {
      if (readFileSync(path.join(dir, `story-${String(index).padStart(3, '0')}.md`), 'utf8') === fixed(index)) return
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe.skipIf(!existsSync(cli))('signals and runaway files (built CLI, worker pool)', () => {
  const count = 150

  it('SIGINT during fix --write: stops between files, says so, exit 130, every file wholly old or new', async () => {
    const dir = desk(count)
    const {child, done} = run(['fix', '--write', '--jobs', '2', '.'], dir)
    await untilSomeFixed(dir, count)
    child.kill('SIGINT')
    const {code, stderr} = await done
    const {fixedCount} = wholly(dir, count)
    // Either the signal stopped the batch (and it says so), or the batch had already finished.
    if (code === 130) expect(stderr).toMatch(/interrupted after \d+ of 150 inputs; every file written is complete/)
    else expect([code, fixedCount]).toEqual([0, count])
  }, 120_000)

  // CI runners, `timeout` and container stops send SIGTERM, not SIGINT.
  it('SIGTERM during fix --write is reported like SIGINT', async () => {
    const dir = desk(count)
    const {child, done} = run(['fix', '--write', '--jobs', '2', '.'], dir)
    await untilSomeFixed(dir, count)
    child.kill('SIGTERM')
    const {code, stderr} = await done
    expect(code).not.toBeNull()
    expect(stderr).toMatch(/interrupted/)
    wholly(dir, count)
  }, 120_000)

  it('a runaway file times out alone; the others are fixed; exit 2', async () => {
    const dir = desk(4)
    // Limits raised so that the pathological paragraph reaches micromark (minutes of work).
    writeFileSync(path.join(dir, '.copydeskrc.yml'), 'limits: {maxMarkup: 1000000, maxToken: 1000000}\n')
    writeFileSync(path.join(dir, 'story-runaway.md'), `${'*'.repeat(40_000)}a${'*'.repeat(40_000)}\n`)
    // A file's clock starts when its worker begins it, so the pool's start-up does not count against it.
    const {done} = run(['fix', '--write', '--jobs', '2', '--timeout', '4', '.'], dir)
    const {code, stderr} = await done
    expect(code).toBe(2)
    expect(stderr).toMatch(/story-runaway\.md: timed out after 4 s/)
    expect(stderr.match(/timed out/g)).toHaveLength(1)
    for (let index = 0; index < 4; index++) expect(readFileSync(path.join(dir, `story-${String(index).padStart(3, '0')}.md`), 'utf8')).toBe(fixed(index))
  }, 120_000)

  it('a file queued behind a runaway one is not charged for the wait: its clock starts when a worker begins it', async () => {
    const dir = desk(0)
    writeFileSync(path.join(dir, '.copydeskrc.yml'), 'limits: {maxMarkup: 1000000, maxToken: 1000000}\n')
    writeFileSync(path.join(dir, 'a-runaway.md'), `${'*'.repeat(40_000)}a${'*'.repeat(40_000)}\n`)
    writeFileSync(path.join(dir, 'b-story.md'), original(1))
    // One worker: the story waits in the queue for as long as the runaway file holds the worker, the whole limit.
    const {done} = run(['fix', '--write', '--jobs', '1', '--timeout', '3', '.'], dir)
    const {code, stderr} = await done
    expect(code).toBe(2)
    expect(stderr).toMatch(/a-runaway\.md: timed out after 3 s/)
    expect(stderr.match(/timed out/g)).toHaveLength(1)
    expect(readFileSync(path.join(dir, 'b-story.md'), 'utf8')).toBe(fixed(1))
  }, 60_000)

  it('a runaway file in the middle of a task of several files times out alone; the task\'s other files are fixed', async () => {
    const dir = desk(6)
    writeFileSync(path.join(dir, '.copydeskrc.yml'), 'limits: {maxMarkup: 1000000, maxToken: 1000000}\n')
    const runaway = `${'*'.repeat(40_000)}a${'*'.repeat(40_000)}\n`
    writeFileSync(path.join(dir, 'story-002.md'), runaway)
    // One worker: story-000 goes alone to the idle worker, the next five gather into one task (`filesPerTask`),
    // so story-001 is done inside the task before the runaway file and story-003 to 005 wait behind it.
    const {done} = run(['fix', '--write', '--jobs', '1', '--timeout', '3', '.'], dir)
    const {code, stderr} = await done
    expect(code).toBe(2)
    expect(stderr).toMatch(/story-002\.md: timed out after 3 s/)
    expect(stderr.match(/timed out/g)).toHaveLength(1)
    expect(readFileSync(path.join(dir, 'story-002.md'), 'utf8')).toBe(runaway)
    for (const index of [0, 1, 3, 4, 5]) expect(readFileSync(path.join(dir, `story-${String(index).padStart(3, '0')}.md`), 'utf8')).toBe(fixed(index))
  }, 60_000)

  it('SIGINT while a live feed on standard input sends nothing more: stops at once, exit 130', async () => {
    // The feed stays open and silent once its item is reported.
    const {code, waited, stderr} = await interruptSilentInput(['check', '--jsonl', '--jobs', '1', '-'], `${JSON.stringify({headline: 'Talks resume'})}\n`, (stdout) => stdout.includes('\n'))
    expect(code).toBe(130)
    expect(waited).toBeLessThan(10_000)
    expect(stderr).toMatch(/interrupted after 1 inputs/)
  }, 60_000)

  it('SIGINT while standard input (`check -`) is open and silent: stops at once, exit 130', async () => {
    // Nothing is written before the input ends: the CLI is given time to start and wait on it.
    const started = Date.now()
    const {code, waited, stderr} = await interruptSilentInput(['check', '-'], 'Talks resume', () => Date.now() - started > 1500)
    expect(code).toBe(130)
    expect(waited).toBeLessThan(10_000)
    expect(stderr).toMatch(/interrupted/)
  }, 60_000)

  it('a reader of standard output that goes away ends the run quietly with 128 + SIGPIPE, as `yes | head` does', async () => {
    const dir = desk(60)
    const child = spawn(process.execPath, [cli, 'check', '--format', 'json', '--jobs', '1', '.'], {cwd: dir, env: {...process.env, NO_COLOR: '1'}})
    let stderr = ''
    child.stderr!.on('data', (chunk) => (stderr += chunk))
    // The pipe is closed before anything is written, so the first write meets EPIPE whatever the timing.
    child.stdout!.destroy()
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)))
    expect(code).toBe(141)
    expect(stderr).toBe('')
  }, 60_000)

  it('a reader gone while a fixed feed is being written leaves the feed as it was, with no temporary file', async () => {
    // Items from standard input go to standard output while the feed's fixed copy is still open.
    const dir = desk(0)
    const feed = Array.from({length: 40}, (_, index) => JSON.stringify({headline: `Talks\u202E resume ${index}`})).join('\n') + '\n'
    writeFileSync(path.join(dir, 'feed.jsonl'), feed)
    const child = spawn(process.execPath, [cli, 'fix', '--jsonl', '--write', '--jobs', '1', 'feed.jsonl', '-'], {cwd: dir, env: {...process.env, NO_COLOR: '1'}})
    let stderr = ''
    child.stderr!.on('data', (chunk) => (stderr += chunk))
    child.stdout!.destroy()
    child.stdin!.end(feed)
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)))
    expect(code).toBe(141)
    expect(stderr).toBe('')
    expect(readFileSync(path.join(dir, 'feed.jsonl'), 'utf8')).toBe(feed)
    expect(readdirSync(dir)).toEqual(['feed.jsonl'])
  }, 60_000)

  it('fix --out never writes outside DIR, whatever the input path', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'copydesk-out-'))
    const cwd = path.join(root, 'desk')
    const outside = path.join(root, 'elsewhere')
    mkdirSync(cwd)
    mkdirSync(outside)
    writeFileSync(path.join(outside, 'wire.md'), original(1))
    writeFileSync(path.join(cwd, 'local.md'), original(2))
    writeFileSync(path.join(outside, 'item.json'), JSON.stringify({uri: '../../../etc/passwd', headline: 'Talks\u202E resume', body_text: original(3)}))
    const {done} = run(['fix', '--out', 'out', '../elsewhere/wire.md', path.join(outside, 'item.json'), 'local.md'], cwd)
    const {code} = await done
    expect(code).toBe(0)
    const written = (dir: string): string[] =>
      readdirSync(dir, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? written(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    // The inputs are unchanged, and every fixed copy is inside out/.
    expect(readFileSync(path.join(outside, 'wire.md'), 'utf8')).toBe(original(1))
    expect(written(root).filter((file) => !file.startsWith(path.join(cwd, 'out') + path.sep)).sort()).toEqual(
      [path.join(cwd, 'local.md'), path.join(outside, 'item.json'), path.join(outside, 'wire.md')].sort(),
    )
    expect(written(path.join(cwd, 'out')).length).toBe(3)
  }, 120_000)
})
