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
  const message = file.message(finding.reason, {
    place: {start, end},
    ruleId: rule.ruleId,
    source: rule.source,
  }) as CopydeskMessage
  message.fatal = undefined
  message.actual = String(file.value).slice(finding.start, finding.end)
  message.expected = finding.expected ?? []
  message.severity = rule.severity
  message.url = ruleUrl(rule)
  if (finding.fix) message.fix = finding.fix
  if (finding.note) message.note = finding.note
  if (finding.lang) message.lang = finding.lang
  return message
}

export function ruleUrl(rule: Pick<RuleMeta, 'source' | 'ruleId'>): string {
  return `https://github.com/copydesk/copydesk/blob/main/docs/rules.md#${rule.source}-${rule.ruleId}`
}
