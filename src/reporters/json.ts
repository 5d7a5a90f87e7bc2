import type {FileReport} from '../file-report.js'

/** The contract's JSON report: an array with one object per input, in input order. */
export function json(reports: FileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`
}
