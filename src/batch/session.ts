import type {Input} from '../inputs.js'
import {type JsonlItem, jsonlItems, releaseSpooled} from './jsonl.js'
import {progressBar} from './progress.js'
import {type BatchResult, type CheckOptions, runBatch} from './run.js'

const stopSignals = ['SIGINT', 'SIGTERM'] as const

/** Batch options shared by `check` and `fix` on the command line. */
export interface BatchFlags {
  jobs?: number
  /** Seconds per file. */
  timeout?: number
  quiet?: boolean
  /** Inputs are JSON Lines feeds of ninjs items. */
  jsonl?: boolean
}

export interface Session {
  results: AsyncGenerator<BatchResult>
  /** True once Ctrl-C (or `stop`) stopped the batch early. */
  readonly interrupted: boolean
  /** Aborted when the batch is stopped early. */
  readonly signal: AbortSignal
}

/**
 * A command's batch: inputs (files, or JSON Lines items), the worker pool,
 * the progress line, and Ctrl-C or SIGTERM, which stop taking files and ends the batch
 * between two results, so whatever the caller writes is never cut in half.
 */
export function startBatch(inputs: Input[], flags: BatchFlags, options: Omit<CheckOptions, 'jobs' | 'timeout' | 'signal'>, stop?: AbortSignal): Session {
  const controller = new AbortController()
  const interrupt = () => controller.abort()
  // `stop`: standard output's reader went away; nothing more can be delivered.
  if (stop?.aborted) interrupt()
  stop?.addEventListener('abort', interrupt, {once: true})
  // Feeds are closed when the batch stops, and also when its caller leaves the results early (an error while writing).
  const feedsDone = new AbortController()
  controller.signal.addEventListener('abort', () => feedsDone.abort(), {once: true})
  // Only `fix` writes a feed back, so only it keeps the feed's blank lines.
  const items = flags.jsonl ? jsonlItems(inputs, options.cwd, {signal: feedsDone.signal, keepBlank: options.fix !== undefined}) : inputs
  const progress = progressBar({...(flags.jsonl ? {} : {total: inputs.length}), ...(flags.quiet ? {quiet: true} : {})})
  async function* results(): AsyncGenerator<BatchResult> {
    // Ctrl-C, and SIGTERM from CI runners, `timeout` and container stops, end the batch
    // between two results. A second signal falls back to Node's default and ends the process at once.
    for (const signal of stopSignals) process.once(signal, interrupt)
    try {
      for await (const result of runBatch(items, {
        ...options,
        signal: controller.signal,
        ...(flags.jobs ? {jobs: flags.jobs} : {}),
        ...(flags.timeout ? {timeout: flags.timeout * 1000} : {}),
      })) {
        progress.tick(result.report.messages.length)
        try {
          yield result
        } finally {
          // The caller is done with the result: an oversized line's temporary file, read back or not, goes.
          const {spooled} = result.item as JsonlItem
          if (spooled) releaseSpooled(spooled)
        }
      }
    } finally {
      feedsDone.abort()
      progress.stop()
      for (const signal of stopSignals) process.off(signal, interrupt)
      stop?.removeEventListener('abort', interrupt)
    }
  }
  return {
    results: results(),
    get interrupted() {
      return controller.signal.aborted
    },
    signal: controller.signal,
  }
}
