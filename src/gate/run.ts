import {existsSync} from 'node:fs'
import path from 'node:path'
import type {FileReport} from '../file-report.js'
import type {Severity} from '../types.js'
import type {Texts} from './article.js'
import {BaselineError, compareWithBaseline, readBaseline, recordBaseline, serialiseBaseline, writeBaseline} from './baseline.js'
import {type GateContext, gateContext} from './context.js'

export interface GateOptions {
  failOn: Severity
  /** `--baseline FILE`: fail only on findings not in it. */
  baseline?: string
  /** `--write-baseline FILE`: record this run's findings. */
  writeBaseline?: string
  /** `--prune-baseline`: drop fixed findings from the `--baseline` file. */
  pruneBaseline?: boolean
  /** `--max-warnings N`: more than N warnings (new ones, with a baseline) fail the gate. */
  maxWarnings?: number
}

export interface GateOutcome {
  /** For reporters; absent when neither the format nor a gate option needs it. */
  context?: GateContext
  failing: boolean
  /** A baseline that cannot be read or written: exit code 2. */
  error?: string
}

const rank: Record<Severity, number> = {info: 0, warning: 1, error: 2}
const listed = 50

/**
 * Decides the gate. Without a baseline every finding counts; with one only
 * findings whose fingerprint is not in it do, and the fixed ones are
 * reported on stderr (and dropped from the file with `--prune-baseline`).
 * Writing a baseline accepts every current finding, so that run passes.
 */
export async function runGate(
  reports: FileReport[],
  texts: Texts,
  options: GateOptions,
  io: {cwd: string; stderr: (text: string) => void},
  wantContext: boolean,
): Promise<GateOutcome> {
  const needed = wantContext || options.baseline !== undefined || options.writeBaseline !== undefined
  const context = needed ? gateContext(reports, texts) : undefined
  const errors = reports.some((report) => report.error)
  try {
    if (context && options.writeBaseline !== undefined) {
      const file = options.writeBaseline
      const previous = existsSync(path.resolve(io.cwd, file)) ? await readBaseline(path.resolve(io.cwd, file)) : new Map()
      const recorded = recordBaseline(reports, context.fingerprints, previous, {cwd: io.cwd, baselineFile: file})
      await writeBaseline(path.resolve(io.cwd, file), recorded)
      const count = [...recorded.values()].reduce((sum, entries) => sum + entries.length, 0)
      io.stderr(`copydesk: baseline ${file}: recorded ${count} finding${count === 1 ? '' : 's'}\n`)
      return {context, failing: false}
    }
    if (context && options.baseline !== undefined) {
      const file = options.baseline
      const baseline = await readBaseline(path.resolve(io.cwd, file))
      const comparison = compareWithBaseline(reports, context.fingerprints, baseline, {cwd: io.cwd, baselineFile: file})
      context.known = comparison.known
      context.fixed = comparison.fixed.length
      const fresh = comparison.known.flat().filter((known) => !known).length
      io.stderr(`copydesk: baseline ${file}: ${fresh} new, ${comparison.known.flat().length - fresh} known, ${comparison.fixed.length} fixed since baseline\n`)
      const lines = reports.flatMap((report, index) =>
        report.messages.flatMap((message, at) =>
          comparison.known[index]![at] ? [] : [`  new: ${report.path}:${message.line}:${message.column} ${message.source}/${message.ruleId} \`${message.actual}\``],
        ),
      )
      lines.push(...comparison.fixed.map((entry) => `  fixed: ${entry.path} ${entry.source}/${entry.ruleId} \`${entry.actual}\``))
      // The report itself has every finding; the log lists the first few changes so a CI log stays readable.
      for (const line of lines.slice(0, listed)) io.stderr(`${line}\n`)
      if (lines.length > listed) io.stderr(`  … and ${lines.length - listed} more\n`)
      // Pruning drops fixed findings and moves renamed files' entries to their new path.
      if (options.pruneBaseline && serialiseBaseline(comparison.pruned) !== serialiseBaseline(baseline)) {
        // With a file that could not be checked, what is fixed is unknown: keep the baseline as it is.
        if (errors) io.stderr(`copydesk: baseline ${file}: not pruned, because some files could not be checked\n`)
        else {
          await writeBaseline(path.resolve(io.cwd, file), comparison.pruned)
          io.stderr(`copydesk: baseline ${file}: pruned ${comparison.fixed.length} fixed finding${comparison.fixed.length === 1 ? '' : 's'}\n`)
        }
      }
    }
  } catch (error) {
    if (error instanceof BaselineError) return {failing: false, error: error.message}
    const code = (error as NodeJS.ErrnoException).code
    if (code) return {failing: false, error: `${options.writeBaseline ?? options.baseline}: cannot write baseline (${code})`}
    throw error
  }
  const counted = reports.flatMap((report, index) => report.messages.filter((_, at) => !context?.known?.[index]?.[at]))
  const threshold = rank[options.failOn]
  const warnings = counted.filter((message) => message.severity === 'warning').length
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings
  // The summary line counts every finding; say why the gate fails when only the warnings' number fails it.
  if (tooManyWarnings) io.stderr(`copydesk: ${warnings} ${context?.known ? 'new ' : ''}warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}\n`)
  const failing = counted.some((message) => rank[message.severity] >= threshold) || tooManyWarnings
  return {...(context ? {context} : {}), failing}
}
