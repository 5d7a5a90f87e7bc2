import type {Config} from '../config.js'
import {type FileReport, errorReport, toFileReport} from '../file-report.js'
import {type Input, InputError, readInput} from '../inputs.js'
import {MalformedInputError} from '../parse/index.js'
import {checkText, createPipeline} from '../pipeline.js'

export interface CheckOptions {
  cwd: string
  config: Config
  /** `--lang`, or the configuration's `lang` when set there. */
  lang?: string
}

/**
 * Checks inputs one after another and yields their reports in input order.
 * A bad input yields an entry with `error` and never stops the others.
 */
export async function* checkInputs(inputs: Input[], options: CheckOptions): AsyncGenerator<FileReport> {
  const processor = createPipeline(options.config)
  for (const input of inputs) {
    if (input.error) {
      yield errorReport(input.path, input.error)
      continue
    }
    try {
      const text = await readInput(input, {cwd: options.cwd})
      const file = await checkText(processor, text, {path: input.path, format: input.format ?? 'markdown', ...(options.lang ? {lang: options.lang} : {})})
      yield toFileReport(input.path, file)
    } catch (error) {
      if (error instanceof InputError || error instanceof MalformedInputError) yield errorReport(input.path, error.message)
      else yield errorReport(input.path, `internal error: ${(error as Error).message}`)
    }
  }
}
