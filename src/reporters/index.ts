import type {FileReport} from '../file-report.js'
import type {GateContext} from '../gate/context.js'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {pretty} from './pretty.js'
import {sarif} from './sarif.js'

export interface ReporterOptions {
  /** Colour output (pretty only): a TTY without `NO_COLOR`. */
  color: boolean
  /** Texts, fingerprints and baseline state, for the formats in `needsGate` (src/gate/context.ts). */
  gate?: GateContext
}

/** Formats that need the gate context even without a gate option: fingerprints (sarif) or article text (html). */
export const needsGate = new Set(['sarif', 'html'])

/** Reporters are pure `(reports, options) => string` functions, chosen by `--format`. */
export const reporters: Record<string, (reports: FileReport[], options: ReporterOptions) => string> = {
  pretty,
  json: (reports) => json(reports),
  sarif,
  github,
  html,
}
