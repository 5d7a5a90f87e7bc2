import {Worker} from 'node:worker_threads'
import {workerHeapMb, workerYoungMb} from '../batch/pool.js'
import {defaultConfig} from '../config.js'

/**
 * Runs the pool's own worker code (the bundled `dist/batch/worker.js`, with the pool's heap limits) on
 * the given articles one after another in one thread (`inline-worker.ts`), the main thread only waiting:
 * the benchmark runs it once on a whole corpus and twice at once on its two halves, to measure how far
 * two cores could speed a batch up when nothing is shared between the two and no message passes per article.
 * Usage: node [the pool's V8 flags] dist/bench/inline.js FILE...
 */
const worker = new Worker(new URL('./inline-worker.js', import.meta.url), {
  workerData: {config: defaultConfig(), files: process.argv.slice(2)},
  resourceLimits: {maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: workerYoungMb},
})
worker.on('error', (error) => {
  throw error
})
