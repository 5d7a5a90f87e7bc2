import {workerData} from 'node:worker_threads'
import type {Config} from '../config.js'
import {createPipeline} from '../pipeline.js'
import {type Job, type JobResult, runJob} from './job.js'

// Built once per worker thread: stages load their dictionaries when the pipeline is created.
const processor = createPipeline((workerData as {config: Config}).config)

export default function work(job: Job): Promise<JobResult> {
  return runJob(processor, job)
}
