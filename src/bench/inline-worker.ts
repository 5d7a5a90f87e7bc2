import {workerData} from 'node:worker_threads'
// Only the bundled worker code, as the pool loads it (src/bench/inline.ts starts this thread).
import work from '../batch/worker.js'

for (const file of (workerData as {files: string[]}).files) await work({path: file, format: 'markdown', cwd: process.cwd()})
