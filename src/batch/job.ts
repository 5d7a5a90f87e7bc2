import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {type FileReport, errorReport, severitiesOnly, toFileReport} from '../file-report.js'
import {type FixedText, fixText} from '../fix/fix-text.js'
import {InputError, readInput} from '../inputs.js'
import {MalformedInputError} from '../parse/index.js'
import {checkText} from '../pipeline.js'
import type {FixLevel, Format} from '../types.js'
import {jsonEntry} from './json-stream.js'

const utf8 = new TextEncoder()

/** One file's work, as plain data so that it can be posted to a worker thread. */
export interface Job {
  path: string
  format: Format
  cwd: string
  /** The text, when the main thread already has it (standard input, a JSON Lines item); otherwise the file is read where the job runs. */
  text?: string
  lang?: string
  /** `--date`: the story's date for every file. */
  date?: string
  /** Fix levels to apply; absent for `check`. */
  fix?: FixLevel[]
  /**
   * Return the report as its entry of the JSON report (`jsonEntry`), with only its severities as `report`:
   * made in the worker, the entry spares the main thread, which feeds every worker and is on the critical
   * path once they are busy, from receiving each report's every finding and writing it out again as JSON.
   */
  asJsonEntry?: boolean
  /** In the worker pool: where in the shared clock (`FileClock`) the worker notes when it began this file. */
  slot?: number
  /**
   * In the worker pool: this posting of the file, whose mark the slot holds until a worker begins it. The worker
   * stamps the slot only over that mark, so a worker still ending an aborted task cannot stamp a file posted again.
   */
  ticket?: number
}

export interface JobResult {
  report: FileReport
  /**
   * With `asJsonEntry`: the whole report as an entry of the JSON report (src/batch/json-stream.ts), in UTF-8.
   * As bytes it crosses to the main thread outside V8's heap: as a string it stayed there while the batch
   * kept results in input order, outlived a collection or two and was copied each time (10,000 files: about
   * half a second of the main thread's CPU, which is on the critical path once every worker is busy).
   */
  jsonEntry?: Uint8Array
  /** For `fix`: the text before and after, and the changes made. */
  fixed?: Omit<FixedText, 'report'> & {original: string}
}

/** Runs one job; a file that cannot be read or parsed yields a report with `error`, never a throw. */
export async function runJob(processor: Processor<Root, Root, Root>, job: Job): Promise<JobResult> {
  try {
    const text = job.text ?? (await readInput({path: job.path, format: job.format}, {cwd: job.cwd}))
    const options = {path: job.path, format: job.format, ...(job.lang ? {lang: job.lang} : {}), ...(job.date ? {date: job.date} : {})}
    if (!job.fix) {
      const report = toFileReport(job.path, await checkText(processor, text, options))
      return job.asJsonEntry ? {report: severitiesOnly(report), jsonEntry: utf8.encode(jsonEntry(report))} : {report}
    }
    const {report, ...fixed} = await fixText(processor, text, options, new Set(job.fix))
    return {report, fixed: {original: text, ...fixed}}
  } catch (error) {
    if (error instanceof InputError || error instanceof MalformedInputError) return {report: errorReport(job.path, error.message)}
    return {report: errorReport(job.path, `internal error: ${(error as Error).message}`)}
  }
}
