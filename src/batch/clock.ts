import {type FileReport, errorReport} from '../file-report.js'

/**
 * The worker pool's per-file clock, shared between the threads: for each slot, when the file in it
 * began in its worker, from `process.hrtime.bigint()` (nanoseconds on the system's monotonic clock,
 * the same in every thread, and unmoved by changes to the wall clock); while the file waits to begin,
 * the mark of its posting (`waitingMark`); 0 when the slot is free or its file is done. The timer
 * counts only start times, the positive values.
 */
export interface FileClock {
  started: BigInt64Array
  /** The per-file time limit in milliseconds. */
  limit: number
}

/** A clock with `slots` slots, all free. */
export function fileClock(slots: number, limit: number): FileClock {
  return {started: new BigInt64Array(new SharedArrayBuffer(slots * 8)), limit}
}

/** What a slot holds while its file waits in the queue: the posting's ticket (a count from 1), negated. */
export function waitingMark(ticket: number): bigint {
  return -BigInt(ticket)
}

/** Milliseconds since `began` (a reading of `process.hrtime.bigint()`). */
export function elapsedMs(began: bigint): number {
  return Number(process.hrtime.bigint() - began) / 1e6
}

/** The report of a file that outlasted the per-file time limit. */
export function timedOut(path: string, limit: number): FileReport {
  return errorReport(path, `timed out after ${limit / 1000} s`)
}
