import type {FileReport, JsonMessage} from '../file-report.js'
import {visible} from '../report.js'
import type {Severity, Sourcing} from '../types.js'
import {countsInWords} from './sourcing-counts.js'

export interface PrettyOptions {
  color: boolean
}

const colors = {red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4} as const

/**
 * Grouped by file: `line:column-line:column  severity  reason  source/ruleId`,
 * then the sourcing summary and a closing count. Hand-written rather than
 * vfile-reporter because reports arrive as JSON from workers and caches, and
 * editors need the suggestion and the sourcing footer on screen. Text from the
 * copy goes through `visible()`, so no escape sequence in it reaches the terminal.
 */
export function pretty(reports: FileReport[], options: PrettyOptions): string {
  const paint = (code: keyof typeof colors, text: string) => (options.color ? `\u001B[${colors[code]}m${text}\u001B[0m` : text)
  const tint: Record<Severity, keyof typeof colors> = {error: 'red', warning: 'yellow', info: 'blue'}
  const lines: string[] = []
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  let failed = 0
  for (const report of reports) {
    lines.push(paint('underline', visible(report.path)))
    if (report.error) {
      failed++
      lines.push(`  ${paint('red', 'error')}  ${visible(report.error)}`, '')
      continue
    }
    const rows = report.messages.map((message) => {
      counts[message.severity]++
      return [range(message), message.severity, visible(describe(message)), `${message.source}/${message.ruleId}`] as const
    })
    const width = Math.max(0, ...rows.map((row) => row[0].length))
    for (const [where, severity, reason, rule] of rows) {
      lines.push(`  ${paint('dim', where.padEnd(width))}  ${paint(tint[severity], severity.padEnd(7))}  ${reason}  ${paint('dim', rule)}`)
    }
    if (rows.length === 0) lines.push(`  ${paint('dim', 'no issues found')}`)
    if (report.sourcing) lines.push(...sourcingLines(report.sourcing).map((line) => `  ${paint('dim', visible(line))}`))
    lines.push('')
  }
  lines.push(paint('bold', summary(counts, failed)))
  return `${lines.join('\n')}\n`
}

function range(message: JsonMessage): string {
  const {start, end} = message.place
  return `${start.line}:${start.column}-${end.line}:${end.column}`
}

function describe(message: JsonMessage): string {
  const [best] = message.expected
  return best === undefined || message.reason.includes(best) ? message.reason : `${message.reason} (suggestion: ${best})`
}

function sourcingLines(sourcing: Sourcing): string[] {
  const lines: string[] = []
  if (sourcing.named.length > 0) lines.push(`sources named: ${sourcing.named.join(', ')}`)
  for (const chain of sourcing.chains) lines.push(`attribution chain: ${chain.chain.join(' ← ')}`)
  if (Object.keys(sourcing.counts).length > 0) lines.push(countsInWords(sourcing.counts))
  return lines
}

function summary(counts: Record<Severity, number>, failed: number): string {
  const total = counts.error + counts.warning + counts.info
  const parts = [`${total} finding${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info)`]
  if (failed > 0) parts.push(`${failed} file${failed === 1 ? '' : 's'} could not be checked`)
  return parts.join('; ')
}
