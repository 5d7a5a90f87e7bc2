import {workerData} from 'node:worker_threads'
// Only the bundled worker code, as the pool loads it (src/bench/inline.ts starts this thread).
import type {JobResult} from '../batch/job.js'
import work from '../batch/worker.js'

for (const file of (workerData as {files: string[]}).files) {
  const [{report}] = (await work([{path: file, format: 'markdown', cwd: process.cwd()}])) as [JobResult]
  // A file that failed would make the run look faster than checking it: the measurement is void.
  if (report.error) throw new Error(`${file}: ${report.error}`)
}
