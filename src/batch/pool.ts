import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import {errorReport} from '../file-report.js'
import {elapsedMs, fileClock, timedOut, waitingMark} from './clock.js'
import type {Job, JobResult} from './job.js'
import type {CheckOptions} from './run.js'

/**
 * The worker pool that runs a batch's files (src/batch/run.ts decides when, and keeps their order):
 * piscina workers, each building the pipeline once, fed several files a task, with a per-file time
 * limit kept on a clock the threads share (src/batch/clock.ts).
 */

/** Where a batch's jobs run: this pool, or the main thread (`inThread` in src/batch/run.ts). */
export interface Executor {
  run(job: Job): Promise<JobResult>
  close(): Promise<void>
}

/** The per-file time limit in a batch, in milliseconds, unless `--timeout` says otherwise. */
export const defaultTimeout = 60_000

/**
 * Old-generation heap per worker: the pipeline's data (about 37 MB live after 5,000 bench articles) plus room for a very long article.
 * The limit also sets how eagerly V8 collects. Below 2048 MB it lets the heap grow by at most about twice
 * the live data between full collections (at 256 MB it ran one every 20 MB or so); from 2048 MB, by four
 * times. When each article's claims analysis outlived it, that cost CPU: 10,000 bench articles on 2 workers
 * took 130 s at 1024 MB and 93–96 s at 2048. Since (src/claims/analyse.ts), the difference is small and the
 * memory is not: 1536 MB took 23.8–23.9 s and peaked at 422–453 MB, 2048 MB 22.7–23.8 s and 510–626 MB,
 * beyond the 600 MB the batch should stay under. With the default size limits no single article comes
 * near the limit; a 20 MB one (limits raised) still fails alone.
 */
export const workerHeapMb = 1536
/**
 * Young generation per worker, below V8's default for a 2 GB heap. Measured on 2 workers once each
 * article's claims analysis no longer outlived it (src/claims/analyse.ts): 10,000 bench articles took
 * 29.3 s and peaked at 573 MB with 24 MB, 25.2 s and 548 MB with 32 MB, 24.5 s and 600 MB with 48 MB
 * (1,000 articles: 4.26 s at 24 MB, 3.77–3.86 s from 32 MB up); V8's default peaked at 584–590 MB before.
 */
export const workerYoungMb = 32

const workerFile = new URL('./worker.js', import.meta.url)

/** False when running from the TypeScript sources (tests): there is no compiled worker to start. */
export function poolAvailable(): boolean {
  return existsSync(fileURLToPath(workerFile))
}

/**
 * V8 tuned for a pool's workers, once a pool starts (flags are process-wide and stay set). Every
 * worker compiles the pipeline afresh, and in its first few hundred articles a worker spent more
 * CPU on optimising compiles (on V8's background threads, competing with the other worker for the
 * two cores) than the optimised code gave back; its collections' helper threads competed likewise:
 * - TurboFan inlining off: fewer and smaller compiles, fewer redone after a deoptimisation.
 *   1,000 bench articles, 2 workers: 9.2 -> 8.3 s of CPU, 5.25 -> 4.78 s wall; in one long-running
 *   process the steady state costs 4% more (4.45 -> 4.65 ms an article).
 * - An interrupt budget eight times V8's default (67,584): a function must run eight times longer
 *   before it is optimised, so lukewarm code is never compiled. Same batch, six interleaved runs:
 *   8.83 -> 8.09 s of CPU, 5.07 -> 4.68 s wall; 10,000 articles 35.0-36.7 -> 34.1-34.7 s.
 * - Scavenges on the worker's own thread: V8's helper threads for them only took the other
 *   worker's core. 10,000 articles, 2 workers, two interleaved runs: 23.9-24.0 -> 23.1-23.2 s wall
 *   (1,000: 3.54-3.60 -> 3.45-3.51 s; one worker unchanged).
 * A single file gains nothing, so a run that checks in its own thread keeps V8's defaults. Set
 * before the workers' isolates start. Node 22 and later tier up through Maglev first, where this
 * was not measured.
 */
export function poolV8Flags(): string[] {
  if (process.versions.node.split('.')[0] !== '20') return []
  return ['--no-turbo-inlining', '--interrupt-budget=540672', '--no-parallel-scavenge']
}

/**
 * Files a worker task carries. Each task is a message to a worker and one back, and with two workers
 * the main thread that posts them is on the critical path: with one file a task, piscina's
 * `postTask` and an `AbortController` a task were most of its CPU. 10,000 bench articles, interleaved
 * runs against one file a task: main thread 4.4-4.7 -> 1.9-2.2 s of CPU; 2 workers 30.6-32.1 ->
 * 28.4-31.3 s wall, 1 worker 54.0-58.3 -> 49.1-54.5 s (with entries sent as bytes, src/batch/job.ts).
 * Four files a task saved less (main thread 2.7 s); sixteen no more wall time.
 */
export const filesPerTask = 8

interface Waiting {
  job: Job & {slot: number}
  settle: (result: JobResult) => void
}

export async function inPool(options: CheckOptions, threads: number, inFlight: number): Promise<Executor> {
  for (const flag of poolV8Flags()) setFlagsFromString(flag)
  const {Piscina} = await import('piscina')
  const limit = options.timeout ?? defaultTimeout
  // One slot a file in flight; a worker notes in its slot when it begins the file (`src/batch/worker.ts`).
  const clock = fileClock(inFlight, limit)
  const pool = new Piscina({
    filename: workerFile.href,
    minThreads: threads,
    maxThreads: threads,
    workerData: {config: options.config, clock},
    // Without a limit V8 lets each worker's heap grow lazily to several hundred MB of garbage,
    // and a hostile article (with the size limits raised) could take the machine's memory.
    resourceLimits: {maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: workerYoungMb},
    recordTiming: false,
  })
  const freeSlots = Array.from({length: inFlight}, (_, slot) => slot)
  /** Each file's slot in a task that is posted, with that task's controller. */
  const running = new Map<number, AbortController>()
  /** Slots whose file the sweep found past the limit: their task is aborted, and only they time out. */
  const overdue = new Set<number>()
  const abortAll = () => {
    for (const controller of running.values()) controller.abort()
  }
  // piscina emits 'error' for a result that arrives after its task was aborted (Ctrl-C, a time limit:
  // the worker is being terminated; unheard, it would end the process), and when it gives up on
  // replacing workers that fail: then nothing would run the files still queued, so they fail now.
  let poolFailure: string | undefined
  pool.on('error', (error: Error) => {
    if (error.message.startsWith('Unexpected message from Worker')) return
    poolFailure = error.message
    abortAll()
  })
  // One timer for the whole pool, instead of one a file: a file's time counts from when its worker began it,
  // so the pool's start and the files ahead of it in the queue never count against it. An aborted task's
  // worker is terminated and replaced, so a runaway file cannot hold a thread.
  const sweep = setInterval(() => {
    for (const [slot, controller] of running) {
      const began = Atomics.load(clock.started, slot)
      if (began > 0n && elapsedMs(began) > limit) {
        overdue.add(slot)
        controller.abort()
      }
    }
  }, Math.min(1000, Math.max(5, limit / 4)))
  options.signal?.addEventListener('abort', abortAll, {once: true})

  let posted = 0
  let postings = 0
  let waiting: Waiting[] = []
  let flushSoon = false
  const post = (task: Waiting[]) => {
    posted++
    const controller = new AbortController()
    for (const {job} of task) {
      job.ticket = ++postings
      Atomics.store(clock.started, job.slot, waitingMark(job.ticket))
      running.set(job.slot, controller)
    }
    // Files that gathered before Ctrl-C or the pool's failure settle at once.
    if (options.signal?.aborted || poolFailure) controller.abort()
    // Before its files settle or run again, so that their slots are free of this task.
    const ended = () => {
      posted--
      for (const {job} of task) running.delete(job.slot)
    }
    pool.run(task.map(({job}) => job), {signal: controller.signal}).then(
      (results: JobResult[]) => {
        ended()
        task.forEach(({settle}, index) => settle(results[index]!))
      },
      (error: Error) => {
        ended()
        failed(task, error)
      },
    )
  }
  // A task that failed as a whole: with one file, that file's error; with several, the file the sweep
  // found overdue times out and the others run again, each alone, so that a crash is pinned on its file.
  const failed = (task: Waiting[], error: Error) => {
    for (const waiter of task) {
      const {job, settle} = waiter
      const late = overdue.delete(job.slot)
      if (options.signal?.aborted) settle({report: errorReport(job.path, 'interrupted')})
      else if (poolFailure) settle({report: errorReport(job.path, `internal error: ${poolFailure}`)})
      else if (task.length > 1 && !late) post([waiter])
      else if (error.name === 'AbortError') settle({report: timedOut(job.path, limit)})
      else if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle({report: errorReport(job.path, `too large to check within a worker's ${workerHeapMb} MB heap`)})
      } else settle({report: errorReport(job.path, `internal error: ${error.message}`)})
    }
  }
  const flush = () => {
    const task = waiting
    waiting = []
    if (task.length > 0) post(task)
  }
  return {
    run(job) {
      if (poolFailure) return Promise.resolve({report: errorReport(job.path, `internal error: ${poolFailure}`)})
      // The queue lets no more files into the pool than there are slots.
      const slot = freeSlots.pop()
      if (slot === undefined) throw new Error('more files in flight than the pool has clock slots')
      const result = new Promise<JobResult>((settle) => waiting.push({job: {...job, slot}, settle}))
      // A worker with nothing to do takes what there is at once; otherwise files gather into a task,
      // and what has gathered by the next turn of the event loop (the end of a batch, a slow feed) goes as it is.
      if (posted < threads || waiting.length >= filesPerTask) flush()
      else if (!flushSoon) {
        flushSoon = true
        setImmediate(() => {
          flushSoon = false
          flush()
        })
      }
      return result.finally(() => freeSlots.push(slot))
    },
    close: async () => {
      clearInterval(sweep)
      options.signal?.removeEventListener('abort', abortAll)
      await pool.destroy()
    },
  }
}
