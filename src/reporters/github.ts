import type {FileReport, JsonMessage} from '../file-report.js'
import type {GateContext} from '../gate/context.js'
import {visible} from '../report.js'
import type {Severity} from '../types.js'

const commands: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * GitHub Actions workflow commands, one annotation per finding. Findings
 * already in the baseline become notices, so that a pull request shows its
 * new findings as errors and warnings without hiding the old ones.
 */
export function github(reports: FileReport[], options: {gate?: GateContext}): string {
  const lines: string[] = []
  reports.forEach((report, index) => {
    if (report.error) {
      lines.push(command('error', {file: report.path, title: 'copydesk: cannot check file'}, report.error))
      return
    }
    report.messages.forEach((message, at) => {
      const known = options.gate?.known?.[index]?.[at] === true
      lines.push(
        command(
          known ? 'notice' : commands[message.severity],
          {
            file: report.path,
            line: message.place.start.line,
            col: message.place.start.column,
            endLine: message.place.end.line,
            endColumn: message.place.end.column,
            title: `copydesk ${message.source}/${message.ruleId}${known ? ' (in baseline)' : ''}`,
          },
          text(message),
        ),
      )
    })
  })
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

function text(message: JsonMessage): string {
  const [best] = message.expected
  const parts = [message.reason]
  if (best !== undefined && !message.reason.includes(best)) parts.push(`Suggestion: ${best}`)
  if (message.note) parts.push(message.note)
  return parts.join('\n')
}

export function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}`
}

/** As @actions/core escapes command data: `%` first, then CR and LF; other controls from the copy are shown, not passed on. */
export function escapeData(value: string): string {
  return visible(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'))
}

/** Property values also escape `:` and `,`, which would end the value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
