import {type FileReport, errorReport} from '../file-report.js'

/**
 * The worker pool's per-file clock, shared between the threads: for each slot, when the file in it
 * began in its worker, in milliseconds since `epoch` (0 while the file still waits in the queue).
 */
export interface FileClock {
  started: Int32Array
  epoch: number
  /** The per-file time limit in milliseconds. */
  limit: number
}

/** The report of a file that outlasted the per-file time limit. */
export function timedOut(path: string, limit: number): FileReport {
  return errorReport(path, `timed out after ${limit / 1000} s`)
}
