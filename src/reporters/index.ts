import type {FileReport} from '../file-report.js'
import {json} from './json.js'
import {pretty} from './pretty.js'

export interface ReporterOptions {
  /** Colour output (pretty only): a TTY without `NO_COLOR`. */
  color: boolean
}

/** Reporters are pure `(reports, options) => string` functions, chosen by `--format`. */
export const reporters: Record<string, (reports: FileReport[], options: ReporterOptions) => string> = {
  pretty,
  json: (reports) => json(reports),
}
