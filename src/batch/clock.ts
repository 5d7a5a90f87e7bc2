import {type FileReport, errorReport} from '../file-report.js'

/**
 * The worker pool's per-file clock, shared between the threads: for each slot, when the file in it
 * began in its worker, from `process.hrtime.bigint()` (nanoseconds on the system's monotonic clock,
 * the same in every thread, and unmoved by changes to the wall clock), or 0 while the file still
 * waits in the queue.
 */
export interface FileClock {
  started: BigInt64Array
  /** The per-file time limit in milliseconds. */
  limit: number
}

/** A clock with `slots` slots, all waiting. */
export function fileClock(slots: number, limit: number): FileClock {
  return {started: new BigInt64Array(new SharedArrayBuffer(slots * 8)), limit}
}

/** Milliseconds since `began` (a reading of `process.hrtime.bigint()`). */
export function elapsedMs(began: bigint): number {
  return Number(process.hrtime.bigint() - began) / 1e6
}

/** The report of a file that outlasted the per-file time limit. */
export function timedOut(path: string, limit: number): FileReport {
  return errorReport(path, `timed out after ${limit / 1000} s`)
}
