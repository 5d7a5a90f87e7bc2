import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {type FileReport, toFileReport} from '../file-report.js'
import {checkText, type TextOptions} from '../pipeline.js'
import type {FixLevel} from '../types.js'
import {type FixChange, applyFixes} from './apply.js'

export interface FixedText {
  /** The report on the fixed text: what is left for an editor. */
  report: FileReport
  text: string
  /** Changes in the order made; `pass` 1 indexes the original text, pass n the output of pass n-1. */
  changes: Array<FixChange & {pass: number}>
  /** False when fixes still applied after the last pass allowed. */
  converged: boolean
}

/** Enough for a fix that uncovers another (a repaired word now misspelt); real files settle in one or two. */
const maxPasses = 4

/**
 * Checks and fixes until nothing fixable is left, so that fixing a fixed
 * file changes nothing: the last check always runs on the final text.
 */
export async function fixText(
  processor: Processor<Root, Root, Root>,
  original: string,
  options: TextOptions & {path: string},
  levels: ReadonlySet<FixLevel>,
): Promise<FixedText> {
  let text = original
  const changes: FixedText['changes'] = []
  for (let pass = 1; ; pass++) {
    const report = toFileReport(options.path, await checkText(processor, text, options))
    const plan = applyFixes(text, options.format, report.messages, levels)
    if (plan.changes.length === 0) return {report, text, changes, converged: true}
    if (pass > maxPasses) return {report, text, changes, converged: false}
    changes.push(...plan.changes.map((change) => ({...change, pass})))
    text = plan.text
  }
}
