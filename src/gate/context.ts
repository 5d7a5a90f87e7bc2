import type {FileReport} from '../file-report.js'
import type {Texts} from './article.js'
import {fingerprints} from './fingerprint.js'

/**
 * What the gate knows beyond the JSON report, for reporters that need it
 * (SARIF fingerprints and baseline state, GitHub annotations, the HTML
 * article view). Built only when the format or a gate option asks for it.
 */
export interface GateContext {
  /** Original text of each file, by report path (absent for standard input). */
  texts: Texts
  /** Per report, per message: the baseline fingerprint. */
  fingerprints: string[][]
  /** Per report, per message: whether the finding is in the baseline; only with `--baseline`. */
  known?: boolean[][]
  /** How many baseline findings are gone; only with `--baseline`. */
  fixed?: number
}

export function gateContext(reports: FileReport[], texts: Texts): GateContext {
  return {texts, fingerprints: reports.map((report) => fingerprints(report, texts))}
}
