import type {VFile} from 'vfile'
import {withoutUnwritableFixes} from './fix/apply.js'
import type {CopydeskMessage, FixLevel, Severity, Sourcing} from './types.js'

interface JsonPoint {
  line: number
  column: number
  offset: number
}

/** One finding as the JSON report carries it (CONTRACT.md). */
export interface JsonMessage {
  source: string
  ruleId: string
  reason: string
  severity: Severity
  line: number
  column: number
  place: {start: JsonPoint; end: JsonPoint}
  actual: string
  expected: string[]
  fix?: FixLevel
  note?: string
  url?: string
  lang?: string
}

/** One input's entry in the report; plain data, so it can cross worker threads and caches. */
export interface FileReport {
  path: string
  language: string
  messages: JsonMessage[]
  error?: string
  sourcing?: Sourcing
}

export function toJsonMessage(message: CopydeskMessage): JsonMessage {
  const place = message.place
  if (!place || !('start' in place)) throw new Error(`message without a range: ${message.reason}`)
  const point = (p: {line: number; column: number; offset?: number}): JsonPoint => ({line: p.line, column: p.column, offset: p.offset ?? 0})
  const json: JsonMessage = {
    source: String(message.source),
    ruleId: String(message.ruleId),
    reason: message.reason,
    severity: message.severity,
    line: place.start.line,
    column: place.start.column,
    place: {start: point(place.start), end: point(place.end)},
    actual: message.actual ?? '',
    expected: message.expected ?? [],
  }
  if (message.fix) json.fix = message.fix
  if (message.note) json.note = message.note
  if (message.url) json.url = message.url
  if (message.lang) json.lang = message.lang
  return json
}

/** Messages in reading order, so that reports are stable and diffs readable. */
export function toFileReport(path: string, file: VFile): FileReport {
  const messages = (file.messages as CopydeskMessage[]).map(toJsonMessage).sort(
    (a, b) =>
      a.place.start.offset - b.place.start.offset ||
      a.place.end.offset - b.place.end.offset ||
      a.source.localeCompare(b.source) ||
      a.ruleId.localeCompare(b.ruleId),
  )
  withoutUnwritableFixes(String(file.value), file.data.format ?? 'text', messages)
  const report: FileReport = {path, language: file.data.language ?? 'und', messages}
  if (file.data.sourcing) report.sourcing = file.data.sourcing
  return report
}

export function errorReport(path: string, error: string): FileReport {
  return {path, language: 'und', messages: [], error}
}

/** A report with only what the gate needs once the report itself has been written: path, language, error, severities. */
export function severitiesOnly(report: FileReport): FileReport {
  const slim: FileReport = {path: report.path, language: report.language, messages: report.messages.map(({severity}) => ({severity}) as JsonMessage)}
  if (report.error !== undefined) slim.error = report.error
  return slim
}
