import {workerData} from 'node:worker_threads'
import type {Processor} from 'unified'
import type {Root} from 'nlcst'
import type {Config} from '../config.js'
import {errorReport} from '../file-report.js'
import {createPipeline} from '../pipeline.js'
import {type FileClock, elapsedMs, timedOut, waitingMark} from './clock.js'
import {type Job, type JobResult, runJob} from './job.js'

const {config, clock} = workerData as {config: Config; clock?: FileClock}

/**
 * Built once per worker thread: stages load their dictionaries when the pipeline is created. A
 * pipeline that cannot be built fails each file with the reason: a worker that died at start-up
 * would be replaced by piscina once, then no longer, and the files still queued would wait forever.
 */
let processor: Processor<Root, Root, Root> | undefined
let startFailure: string | undefined
try {
  processor = createPipeline(config)
} catch (error) {
  startFailure = (error as Error).message
}

/** A task: several files, checked one after another (see `filesPerTask` in src/batch/pool.ts). */
export default async function work(jobs: Job[]): Promise<JobResult[]> {
  const results: JobResult[] = []
  for (const job of jobs) results.push(await checkOne(job))
  return results
}

async function checkOne(job: Job): Promise<JobResult> {
  if (!processor) return {report: errorReport(job.path, `internal error: ${startFailure}`)}
  if (!clock || job.slot === undefined || job.ticket === undefined) return runJob(processor, job)
  // The pool's clock for this file starts now, not when it was queued, and stops when it ends:
  // the task's later files must not count against it.
  const began = process.hrtime.bigint()
  const mark = waitingMark(job.ticket)
  // The slot no longer holds this posting's mark: the task was aborted and the file posted again; this worker is being terminated.
  if (Atomics.compareExchange(clock.started, job.slot, mark, began) !== mark) return {report: errorReport(job.path, 'interrupted')}
  const result = await runJob(processor, job)
  Atomics.compareExchange(clock.started, job.slot, began, 0n)
  // A file past the limit is reported as timed out even when it ended before the pool's next look at the clock.
  return elapsedMs(began) > clock.limit ? {report: timedOut(job.path, clock.limit)} : result
}
