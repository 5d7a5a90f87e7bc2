import type {FileReport} from '../file-report.js'
import type {GateContext} from '../gate/context.js'
import {github} from './github.js'
import {json} from './json.js'
import {pretty} from './pretty.js'

export interface ReporterOptions {
  /** Colour output (pretty only): a TTY without `NO_COLOR`. */
  color: boolean
  /** Texts, fingerprints and baseline state, for the formats in `needsGate` (src/gate/context.ts). */
  gate?: GateContext
}

/** Reporters are pure `(reports, options) => string` functions, chosen by `--format`. */
export type Reporter = (reports: FileReport[], options: ReporterOptions) => string

/** Formats that need the gate context even without a gate option: fingerprints (sarif) or article text (html). */
export const needsGate = new Set(['sarif', 'html'])

/** The small reporters, loaded with this module. */
export const reporters: Record<string, Reporter> = {
  pretty,
  json: (reports) => json(reports),
  github,
}

/**
 * Reporters loaded only when their format is asked for: sarif lists every
 * rule, so it loads every stage module (about 400 ms, and in the main thread
 * even when workers do the checking); html brings its own page builder.
 */
const onDemand: Record<string, () => Promise<Reporter>> = {
  sarif: async () => (await import('./sarif.js')).sarif,
  html: async () => (await import('./html.js')).html,
}

export const formats = ['pretty', 'json', 'sarif', 'github', 'html']

/** The reporter for `format`, or undefined for an unknown format. */
export async function loadReporter(format: string): Promise<Reporter | undefined> {
  if (Object.hasOwn(reporters, format)) return reporters[format]
  return Object.hasOwn(onDemand, format) ? onDemand[format]!() : undefined
}
