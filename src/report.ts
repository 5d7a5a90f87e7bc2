import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {CopydeskMessage, FixLevel, RuleMeta} from './types.js'

export interface Finding {
  /** 0-based offsets into the file's original text (UTF-16 code units). */
  start: number
  end: number
  reason: string
  /** Replacements, best first; `[]` means no suggestion. */
  expected?: string[]
  fix?: FixLevel
  note?: string
  lang?: string
}

const locators = new WeakMap<VFile, ReturnType<typeof location>>()

function locate(file: VFile) {
  let found = locators.get(file)
  if (!found) {
    found = location(file)
    locators.set(file, found)
  }
  return found
}

/**
 * The one way stages add findings: fills in source, ruleId, severity, url and
 * the exact place, and sets `actual` to the original text at that place, so
 * that `text.slice(start, end) === actual` holds by construction.
 */
export function report(file: VFile, rule: RuleMeta, finding: Finding): CopydeskMessage {
  const where = locate(file)
  const start = where.toPoint(finding.start)
  const end = where.toPoint(finding.end)
  if (!start || !end) throw new RangeError(`offset out of range in ${rule.source}/${rule.ruleId}`)
  // VFileMessage extends Error, so each one captures a stack trace that it then blanks: skip the capture.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: CopydeskMessage
  try {
    message = file.message(visible(finding.reason), {
      place: {start, end},
      ruleId: rule.ruleId,
      source: rule.source,
    }) as CopydeskMessage
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.fatal = undefined
  message.actual = String(file.value).slice(finding.start, finding.end)
  message.expected = finding.expected ?? []
  message.severity = rule.severity
  message.url = ruleUrl(rule)
  if (finding.fix) message.fix = finding.fix
  if (finding.note) message.note = visible(finding.note)
  if (finding.lang) message.lang = finding.lang
  return message
}

/**
 * Reasons quote the copy, and the copy may hold terminal escapes (an OSC 52
 * sequence writes the reader's clipboard) or bidi controls (which reorder the
 * rest of the line): in a reason, each is shown as a visible stand-in instead
 * (`␛`, `⟨U+202E⟩`), so that no report format passes them on.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (character) => {
    const code = character.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`
  })
}

export function ruleUrl(rule: Pick<RuleMeta, 'source' | 'ruleId'>): string {
  return `https://github.com/copydesk/copydesk/blob/main/docs/rules.md#${rule.source}-${rule.ruleId}`
}
