import {existsSync} from 'node:fs'
import {readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {FileReport, JsonMessage} from '../file-report.js'

/** One recorded finding. Only identity fields: no line numbers, so the file's diff shows real changes only. */
export interface BaselineEntry {
  fingerprint: string
  source: string
  ruleId: string
  actual: string
}

/** Findings by file path (relative to the baseline file's folder, `/`-separated). */
export type Baseline = Map<string, BaselineEntry[]>

export class BaselineError extends Error {}

export const baselineVersion = 1

export async function readBaseline(file: string): Promise<Baseline> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const problem = code === 'ENOENT' ? 'no such baseline file' : code === 'EISDIR' ? 'a directory, not a baseline file' : code ? `cannot read baseline (${code})` : 'baseline is not valid JSON'
    throw new BaselineError(`${file}: ${problem}`)
  }
  const files = (data as {version?: unknown; files?: unknown}).files
  if ((data as {version?: unknown}).version !== baselineVersion || !files || typeof files !== 'object') {
    throw new BaselineError(`${file}: not a copydesk baseline (version ${baselineVersion})`)
  }
  const baseline: Baseline = new Map()
  for (const [name, entries] of Object.entries(files)) {
    if (!Array.isArray(entries) || !entries.every(isEntry)) throw new BaselineError(`${file}: malformed entries for \`${name}\``)
    baseline.set(name, entries)
  }
  return baseline
}

function isEntry(value: unknown): value is BaselineEntry {
  const entry = value as Record<string, unknown>
  return Boolean(entry) && ['fingerprint', 'source', 'ruleId', 'actual'].every((key) => typeof entry[key] === 'string')
}

/**
 * Sorted, stable JSON with one finding per line, so that a pull request that
 * fixes or accepts findings shows exactly those lines in its diff.
 */
export function serialiseBaseline(baseline: Baseline): string {
  const names = [...baseline.keys()].filter((name) => baseline.get(name)!.length > 0).sort(compareStrings)
  const lines = ['{', `  "version": ${baselineVersion},`, '  "files": {']
  names.forEach((name, index) => {
    const entries = [...baseline.get(name)!].sort(
      (a, b) => compareStrings(a.source, b.source) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.actual, b.actual) || compareStrings(a.fingerprint, b.fingerprint),
    )
    lines.push(`    ${JSON.stringify(name)}: [`)
    entries.forEach((entry, at) => {
      const {fingerprint, source, ruleId, actual} = entry
      lines.push(`      ${JSON.stringify({fingerprint, source, ruleId, actual})}${at < entries.length - 1 ? ',' : ''}`)
    })
    lines.push(`    ]${index < names.length - 1 ? ',' : ''}`)
  })
  lines.push('  }', '}')
  return `${lines.join('\n')}\n`
}

/** Written atomically: a half-written baseline would silently let findings through. */
export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, serialiseBaseline(baseline))
  await rename(temporary, file)
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A report path as the baseline keys it: relative to the baseline's folder, with `/`. */
export function baselineKey(reportPath: string, cwd: string, baselineFile: string): string {
  const absolute = path.resolve(cwd, reportPath)
  return path.relative(path.dirname(path.resolve(cwd, baselineFile)), absolute).split(path.sep).join('/')
}

export interface Comparison {
  /** Per report, per message: whether the finding is in the baseline. */
  known: boolean[][]
  /** Baseline entries whose finding is gone: their file was checked, or deleted, and nothing matched them. */
  fixed: Array<BaselineEntry & {path: string}>
  /** The baseline with fixed entries dropped and renamed files under their new path (for `--prune-baseline`). */
  pruned: Baseline
}

/**
 * Matches this run's findings against a baseline by fingerprint. A file
 * whose path is not in the baseline (renamed or moved) is matched by content
 * against entries of baseline files that no longer exist. Files in the
 * baseline that were not checked this run and still exist are left alone.
 */
export function compareWithBaseline(
  reports: FileReport[],
  fingerprints: string[][],
  baseline: Baseline,
  options: {cwd: string; baselineFile: string},
): Comparison {
  const root = path.dirname(path.resolve(options.cwd, options.baselineFile))
  const names = reports.map((report) => baselineKey(report.path, options.cwd, options.baselineFile))
  const checked = new Set(names.filter((_, index) => !reports[index]!.error))
  const pruned: Baseline = new Map()
  const orphans = new Map<string, Array<BaselineEntry & {path: string}>>()
  for (const [name, entries] of baseline) {
    if (checked.has(name)) continue
    if (existsSync(path.resolve(root, name))) pruned.set(name, entries)
    else for (const entry of entries) orphans.set(entry.fingerprint, [...(orphans.get(entry.fingerprint) ?? []), {...entry, path: name}])
  }
  const fixed: Comparison['fixed'] = []
  const known = reports.map((report, index) => {
    const name = names[index]!
    const own = new Map((baseline.get(name) ?? []).map((entry) => [entry.fingerprint, entry]))
    const renamed = !baseline.has(name)
    const kept: BaselineEntry[] = []
    const flags = report.messages.map((message: JsonMessage, at) => {
      const fingerprint = fingerprints[index]![at]!
      const entry = own.get(fingerprint) ?? (renamed ? orphans.get(fingerprint)?.shift() : undefined)
      if (!entry) return false
      own.delete(fingerprint)
      kept.push({fingerprint, source: message.source, ruleId: message.ruleId, actual: entry.actual})
      return true
    })
    if (!report.error) for (const entry of own.values()) fixed.push({...entry, path: name})
    if (kept.length > 0) pruned.set(name, [...(pruned.get(name) ?? []), ...kept])
    return flags
  })
  for (const entries of orphans.values()) fixed.push(...entries)
  return {known, fixed, pruned}
}

/** The baseline of this run's findings, keeping entries of other files that still exist (for `--write-baseline`). */
export function recordBaseline(
  reports: FileReport[],
  fingerprints: string[][],
  previous: Baseline,
  options: {cwd: string; baselineFile: string},
): Baseline {
  const root = path.dirname(path.resolve(options.cwd, options.baselineFile))
  const recorded: Baseline = new Map()
  reports.forEach((report, index) => {
    if (report.error || report.path === '-') return
    const entries = report.messages.map((message, at) => ({
      fingerprint: fingerprints[index]![at]!,
      source: message.source,
      ruleId: message.ruleId,
      actual: message.actual,
    }))
    recorded.set(baselineKey(report.path, options.cwd, options.baselineFile), entries)
  })
  for (const [name, entries] of previous) {
    if (!recorded.has(name) && existsSync(path.resolve(root, name))) recorded.set(name, entries)
  }
  return recorded
}
