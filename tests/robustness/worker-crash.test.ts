import {execFile} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {exitCode} from '../exit-code.js'

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))

/**
 * A worker thread that dies mid-file (here: out of memory, with the size limits
 * raised so that a 20 MB article reaches the parser) costs that file alone, even
 * when it shares its task with other files:
 * the pool replaces the worker, the other files are checked, exit code 2.
 */
describe('a worker that crashes', () => {
  it('fails its file with a clear reason; the files around it are still checked', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-crash-'))
    writeFileSync(path.join(dir, '.copydeskrc.yml'), 'limits: {maxLength: 100000000, maxToken: 100000000, maxMarkup: 100000000}\n')
    const sentence = 'The minister said the talks in Geneva would resume next week after a pause of some days. '
    writeFileSync(path.join(dir, 'huge.md'), `${sentence.repeat(20).trim()}\n\n`.repeat(12_000))
    writeFileSync(path.join(dir, 'a.md'), 'The talks will ceace next week.\n')
    writeFileSync(path.join(dir, 'b.md'), 'The talks resumed on Tuesday.\n')
    writeFileSync(path.join(dir, 'z.md'), 'The talks resumed on Monday.\n')
    const {code, stdout, stderr} = await new Promise<{code: number; stdout: string; stderr: string}>((resolve) => {
      // A generous time limit: filling a worker's 2 GB heap takes about a minute on a busy machine, and the test is about the crash.
      // a.md and b.md go alone to the two idle workers; huge.md and z.md gather into one task (`filesPerTask`),
      // which the crash fails as a whole: each of its files then runs again alone, so that the crash is pinned on huge.md.
      execFile(process.execPath, [cli, 'check', '--jobs', '2', '--timeout', '600', '--format', 'json', 'a.md', 'b.md', 'huge.md', 'z.md'], {cwd: dir, maxBuffer: 1 << 26}, (error, out, err) =>
        resolve({code: exitCode(error), stdout: out, stderr: err}),
      )
    })
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^copydesk: huge\.md: too large to check within a worker's \d+ MB heap$/)])
    const reports = JSON.parse(stdout) as Array<{path: string; error?: string; messages: Array<{actual: string}>}>
    expect(reports.map((report) => report.path)).toEqual(['a.md', 'b.md', 'huge.md', 'z.md'])
    expect(reports[0]!.messages.map((message) => message.actual)).toContain('ceace')
    expect(reports.filter((report) => report.error).map((report) => report.path)).toEqual(['huge.md'])
  }, 300_000)
})

/**
 * A worker whose pipeline cannot be built (its configuration names a dictionary that is gone by the
 * time the worker reads it) must fail each file with the reason, not die: piscina replaces a worker
 * that dies at start-up once, then no longer, and the files still queued would wait forever.
 */
describe('a worker that cannot build its pipeline', () => {
  it('fails every file it is given with the reason, and keeps taking files', async () => {
    const {Piscina} = await import('piscina')
    const {defaultConfig} = await import('../../src/config.js')
    const pool = new Piscina({
      filename: pathToFileURL(path.join(path.dirname(cli), 'batch/worker.js')).href,
      minThreads: 1,
      maxThreads: 1,
      workerData: {config: {...defaultConfig(), dictionaries: [path.join(tmpdir(), 'copydesk-no-such-dictionary.txt')]}},
    })
    try {
      const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-crash-'))
      writeFileSync(path.join(dir, 'a.md'), 'The talks will ceace next week.\n')
      for (let round = 0; round < 3; round++) {
        const [{report}] = (await pool.run([{path: 'a.md', format: 'markdown', cwd: dir}])) as [{report: {error?: string; messages: unknown[]}}]
        expect(report.error).toMatch(/^internal error: .*copydesk-no-such-dictionary\.txt: cannot read dictionary \(ENOENT\)$/)
        expect(report.messages).toEqual([])
      }
    } finally {
      await pool.destroy()
    }
  }, 60_000)
})

/**
 * A worker that is being terminated (its task aborted for a runaway file) may still begin its task's next
 * file for a moment, after that file was posted again elsewhere; it must not stamp the file's clock slot,
 * or the new posting could time out while it waits in the queue.
 */
describe('a file posted again', () => {
  it('is stamped in the shared clock only by the posting whose mark its slot holds', async () => {
    const {Piscina} = await import('piscina')
    const {defaultConfig} = await import('../../src/config.js')
    const {fileClock, waitingMark} = await import('../../src/batch/clock.js')
    const clock = fileClock(1, 60_000)
    const pool = new Piscina({
      filename: pathToFileURL(path.join(path.dirname(cli), 'batch/worker.js')).href,
      minThreads: 1,
      maxThreads: 1,
      workerData: {config: defaultConfig(), clock},
    })
    try {
      const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-clock-'))
      writeFileSync(path.join(dir, 'a.md'), 'The talks will ceace next week.\n')
      const job = {path: 'a.md', format: 'markdown', cwd: dir, slot: 0}
      Atomics.store(clock.started, 0, waitingMark(2))
      const [stale] = (await pool.run([{...job, ticket: 1}])) as [{report: {error?: string}}]
      expect(stale.report.error).toBe('interrupted')
      expect(Atomics.load(clock.started, 0)).toBe(waitingMark(2))
      const [current] = (await pool.run([{...job, ticket: 2}])) as [{report: {error?: string; messages: Array<{actual: string}>}}]
      expect(current.report.error).toBeUndefined()
      expect(current.report.messages.map((message) => message.actual)).toContain('ceace')
      expect(Atomics.load(clock.started, 0)).toBe(0n)
    } finally {
      await pool.destroy()
    }
  }, 60_000)
})
