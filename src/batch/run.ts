import {statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import PQueue from 'p-queue'
import {noteCheckedInThisThread} from '../code-cache.js'
import type {Config} from '../config.js'
import {type FileReport, errorReport} from '../file-report.js'
import {type Input, InputError, readInput} from '../inputs.js'
import type {FixLevel} from '../types.js'
import type {Job, JobResult} from './job.js'
import {type Executor, filesPerTask, inPool, poolAvailable} from './pool.js'

/** An input, possibly with its text already read (standard input, one JSON Lines item). */
export interface BatchItem extends Input {
  text?: string
}

export interface CheckOptions {
  cwd: string
  config: Config
  /** `--lang`, or the configuration's `lang` when set there. */
  lang?: string
  /** `--date`: the story's date for every file (YYYY-MM-DD). */
  date?: string
  /** Worker threads (default: one per core). */
  jobs?: number
  /** Per-file time limit in milliseconds (default 60 s in a batch); enforced by the worker pool, which a single file then uses too. */
  timeout?: number
  /** Fix levels to apply (`fix`); absent for `check`. */
  fix?: FixLevel[]
  /** `check` streaming the JSON report: each report also comes as its JSON entry, made where the file was checked (see `Job`). */
  asJsonEntry?: boolean
  /** Ctrl-C: stop taking files, cancel those in flight, end the batch. */
  signal?: AbortSignal
}

export interface BatchResult extends JobResult {
  item: BatchItem
}

/**
 * Runs every input and yields the results in input order. More than one
 * input goes to a pool of worker threads (one per core unless `jobs` says
 * otherwise), each of which builds the pipeline once; a single input is
 * checked in this thread, because starting a pool costs more than it saves,
 * unless a time limit is given, which only a worker can enforce.
 * Inputs are pulled lazily, and only while few results wait to be taken and the text they hold is
 * small, so memory stays flat however long the batch; each result is yielded as soon as it and those
 * before it are done, even while the next input is slow to come (a live feed). A bad or slow input
 * yields an entry with `error` and never stops the others.
 */
export async function* runBatch(items: Iterable<BatchItem> | AsyncIterable<BatchItem>, options: CheckOptions): AsyncGenerator<BatchResult> {
  // Only a worker can be stopped mid-file: a time limit given explicitly needs the pool even for one file.
  const single = Array.isArray(items) && items.length <= 1 && options.timeout === undefined
  // Running from TypeScript sources (tests) there is no compiled worker: stay in this thread.
  // No more workers than files, when the files are known: each idle worker would still load the pipeline.
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), Array.isArray(items) ? items.length : Number.POSITIVE_INFINITY))
  // Two tasks a worker in flight: one running, one ready to start the moment it ends.
  const inFlight = jobs * 2 * filesPerTask
  const execute = single || !poolAvailable() ? await inThread(options) : await inPool(options, jobs, inFlight)
  const queue = new PQueue({concurrency: inFlight})
  const schedule = (item: BatchItem): Promise<BatchResult> =>
    queue.add(async () => {
      // After Ctrl-C, files still queued settle at once instead of starting.
      if (options.signal?.aborted) return {item, report: errorReport(item.path, 'interrupted')}
      return {item, ...(await prepareAndRun(item, options, execute))}
    })
  // Results not yet yielded, in input order, with the characters of text each holds (a JSON Lines
  // item's text; with `fix`, the original and its fixed copy): with inputs of up to 32 MB, a count of
  // files alone would not bound memory. A file `fix` reads itself counts as twice its size until its
  // result says what it holds.
  const window: Array<{result: Promise<BatchResult>; held: number}> = []
  let held = 0
  const room = () => window.length === 0 || (window.length < inFlight * 2 && held < heldTextLimit)
  const admit = (item: BatchItem) => {
    const text = item.text?.length ?? 0
    const entry = {held: options.fix && item.text === undefined && !item.stdin && !item.error ? 2 * fileSize(item, options.cwd) : text, result: schedule(item)}
    held += entry.held
    entry.result.then(({fixed}) => {
      const holds = fixed ? fixed.text.length + (item.text === undefined ? fixed.original.length : text) : text
      held += holds - entry.held
      entry.held = holds
    }, () => {})
    window.push(entry)
  }
  const inputs = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]()
  // The next input, asked for while there is room; it may take long to come (a slow feed on standard input).
  let pulling: Promise<IteratorResult<BatchItem>> | undefined
  let exhausted = false
  try {
    while (!exhausted || window.length > 0) {
      if (options.signal?.aborted) return
      if (!exhausted && !pulling && room()) pulling = Promise.resolve(inputs.next())
      const oldest = window[0]
      // Whichever comes first: the next input, or the oldest result (never held back by a slow input). A feed
      // that sends nothing more is closed by its reader on the batch's signal (src/batch/session.ts), which ends the wait for it. The signal is
      // not raced itself: a promise that never settles, raced at every step, would keep a reaction for every file.
      const next = await Promise.race([
        ...(pulling ? [pulling.then((input) => ({input}))] : []),
        ...(oldest ? [oldest.result.then((output) => ({output}))] : []),
      ])
      if ('input' in next) {
        pulling = undefined
        if (next.input.done) exhausted = true
        else admit(next.input.value)
        continue
      }
      window.shift()
      held -= oldest!.held
      if (options.signal?.aborted) return
      yield next.output
    }
  } finally {
    try {
      // An input still being asked for may be long in coming (a feed is closed by the batch's signal, which
      // the caller aborts when it stops or leaves): the inputs are closed when it comes, without waiting for it.
      if (pulling) void pulling.then(() => inputs.return?.(), () => {})
      else if (!exhausted) await inputs.return?.()
    } finally {
      await Promise.allSettled(window.map(({result}) => result))
      await execute.close()
    }
  }
}

/** A file's size in bytes, 0 when it cannot be read (its job then reports why). */
function fileSize(item: BatchItem, cwd: string): number {
  try {
    return statSync(path.resolve(cwd, item.path)).size
  } catch {
    return 0
  }
}

/**
 * Characters of text the results waiting to be yielded may hold before no more inputs are pulled:
 * thousands of ordinary articles, two at the 32 MB input limit (before, up to 16 such inputs could wait).
 */
const heldTextLimit = 64 * 1024 * 1024

/** Reports only, as `check` needs them. */
export async function* checkInputs(inputs: Input[], options: CheckOptions): AsyncGenerator<FileReport> {
  for await (const result of runBatch(inputs, options)) yield result.report
}


async function prepareAndRun(item: BatchItem, options: CheckOptions, execute: Executor): Promise<JobResult> {
  if (item.error) return {report: errorReport(item.path, item.error)}
  let text = item.text
  if (text === undefined && item.stdin) {
    try {
      text = await readInput(item, {cwd: options.cwd, ...(options.signal ? {signal: options.signal} : {})})
    } catch (error) {
      if (error instanceof InputError) return {report: errorReport(item.path, error.message)}
      throw error
    }
  }
  const job: Job = {
    path: item.path,
    format: item.format ?? 'markdown',
    cwd: options.cwd,
    ...(text === undefined ? {} : {text}),
    ...(options.lang ? {lang: options.lang} : {}),
    ...(options.date ? {date: options.date} : {}),
    ...(options.fix ? {fix: options.fix} : {}),
    ...(options.asJsonEntry ? {asJsonEntry: true} : {}),
  }
  return execute.run(job)
}

async function inThread(options: CheckOptions): Promise<Executor> {
  // Imported here so that a pool run never loads the pipeline in the main thread.
  const [{createPipeline}, {runJob}] = await Promise.all([import('../pipeline.js'), import('./job.js')])
  const processor = createPipeline(options.config)
  // Files are read in one blocking call: a turn of the event loop between files lets Ctrl-C and the progress line through.
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
  return {
    run: async (job) => {
      await turn()
      const result = await runJob(processor, job)
      // The launcher's code cache is written after such a run: it then holds the functions a check runs.
      noteCheckedInThisThread()
      return result
    },
    close: async () => {},
  }
}
