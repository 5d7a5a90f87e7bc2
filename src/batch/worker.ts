import {workerData} from 'node:worker_threads'
import type {Config} from '../config.js'
import {createPipeline} from '../pipeline.js'
import {type FileClock, timedOut} from './clock.js'
import {type Job, type JobResult, runJob} from './job.js'

const {config, clock} = workerData as {config: Config; clock?: FileClock}
// Built once per worker thread: stages load their dictionaries when the pipeline is created.
const processor = createPipeline(config)

export default async function work(job: Job): Promise<JobResult> {
  const began = Date.now()
  if (!clock || job.slot === undefined) return runJob(processor, job)
  // The pool's clock for this file starts now, not when it was queued.
  Atomics.store(clock.started, job.slot, began - clock.epoch)
  const result = await runJob(processor, job)
  // A file past the limit is reported as timed out even when it ended before the pool's next look at the clock.
  return Date.now() - began > clock.limit ? {report: timedOut(job.path, clock.limit)} : result
}
