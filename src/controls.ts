import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Config} from './config.js'
import type {CopydeskMessage, Directive, RuleMeta} from './types.js'
import {notedOnce} from './noted-once.js'
import {report} from './report.js'

/** A suppression comment naming no rule copydesk has: it would otherwise suppress nothing, silently. */
export const unknownRule: RuleMeta = {
  source: 'copydesk',
  ruleId: 'unknown-rule',
  severity: 'info',
  description: 'A suppression comment names a rule that does not exist, so it suppresses nothing.',
  example: {wrong: '<!-- copydesk-disable-next-line hedge/boosters -->', right: '<!-- copydesk-disable-next-line hedge/booster -->'},
}

/** `source/ruleId` and the bare `source`: the two ways a rule can be named in config and comments. */
function namesOf(message: CopydeskMessage): string[] {
  return [`${message.source}/${message.ruleId}`, String(message.source)]
}

function matches(directive: Directive, message: CopydeskMessage): boolean {
  if (directive.rules.length === 0) return true
  const names = namesOf(message)
  return directive.rules.some((rule) => names.includes(rule))
}

/**
 * Applies inline suppression comments and the configured severities. Written
 * here rather than with unified-message-control because the comments live in
 * the Markdown/HTML tree while findings are made on the nlcst tree.
 */
export function applyControls(file: VFile, config: Config, ruleNames: ReadonlySet<string>): void {
  const directives = [...(file.data.directives ?? [])].sort((a, b) => a.line - b.line)
  reportUnknownRules(file, directives, ruleNames)
  file.messages = (file.messages as CopydeskMessage[]).filter((message) => {
    const line = message.line ?? 0
    let disabled = false
    for (const directive of directives) {
      if (!matches(directive, message)) continue
      if (directive.kind === 'disable-next-line') {
        if (directive.line === line) return false
      } else if (directive.line <= line) {
        disabled = directive.kind === 'disable'
      }
    }
    if (disabled) return false
    const [specific, general] = namesOf(message)
    const setting = config.rules[specific!] ?? config.rules[general!]
    if (setting === 'off') return false
    if (setting) message.severity = setting
    return true
  })
  file.messages = firstOfNotedOnce(withoutDuplicateSpelling(file.messages as CopydeskMessage[]))
  if (file.data.sourcing) file.data.sourcing = {...file.data.sourcing, counts: {...file.data.sourcing.counts, ...findingCountsOf(file.messages as CopydeskMessage[])}}
}

/** The sourcing counts that count findings, by the rule each counts. */
const findingCounts: Record<string, string> = {weasel: 'attribution/weasel', boosters: 'hedge/booster', editorializing: 'style/editorializing', unsourcedSections: 'attribution/unsourced-section'}

/**
 * The summary's counts of findings, made from the findings left after suppression comments and settings, so that the
 * footer's "1 booster" is a booster the report shows. The claims analysis counts sentences only, which describe the copy
 * whatever is suppressed: a sentence whose anonymous source an editor has accepted still rests on an unnamed source
 * (docs/CONTRACT.md, `sourcing.counts`).
 */
function findingCountsOf(messages: CopydeskMessage[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [count, rule] of Object.entries(findingCounts)) counts[count] = messages.filter((message) => `${message.source}/${message.ruleId}` === rule).length
  return counts
}

/**
 * An info finding on each rule name in a suppression comment that names nothing (`hedge/boosters`),
 * pointing at the name. Directives carry only their line, so the comment is found again in the text.
 */
function reportUnknownRules(file: VFile, directives: Directive[], ruleNames: ReadonlySet<string>): void {
  const unknown = directives.filter((directive) => directive.rules.some((rule) => !ruleNames.has(rule)))
  if (unknown.length === 0) return
  const text = String(file.value)
  const where = location(file)
  // The comments, by kind and last line. Scanned with indexOf rather than one regular expression, which
  // would be quadratic on a text of many `copydesk-` markers with no `-->` after them.
  const comments = new Map<string, {from: number; to: number}>()
  let close = -1
  for (let start = text.indexOf('copydesk-'); start !== -1; start = text.indexOf('copydesk-', start + 1)) {
    if (close < start) close = text.indexOf('-->', start)
    if (close === -1) break
    const kind = /^copydesk-(disable-next-line|disable|enable)\b/.exec(text.slice(start, start + 40))?.[1]
    const line = where.toPoint(close)?.line
    if (kind && line !== undefined) comments.set(`${kind} ${line}`, {from: start + 'copydesk-'.length + kind.length, to: close})
  }
  for (const directive of unknown) {
    // A directive counts from the comment's last line; `disable-next-line` from the line after it.
    const comment = comments.get(`${directive.kind} ${directive.kind === 'disable-next-line' ? directive.line - 1 : directive.line}`)
    if (!comment) continue
    const names = [...text.slice(comment.from, comment.to).matchAll(/[^\s,]+/g)]
    for (const rule of directive.rules.filter((name) => !ruleNames.has(name))) {
      const at = names.find((token) => token[0] === rule)?.index
      if (at === undefined) continue
      const start = comment.from + at
      const message = report(file, unknownRule, {start, end: start + rule.length, reason: `No rule \`${rule}\`: this comment suppresses nothing under that name`})
      message.url = 'https://github.com/copydesk/copydesk/blob/main/docs/CONTRACT.md#suppression-comments'
    }
  }
}

/** Of the findings noted once an article (src/noted-once.ts), the first left after suppression and settings. */
function firstOfNotedOnce(messages: CopydeskMessage[]): CopydeskMessage[] {
  const noted = new Set<string>()
  return messages.filter((message) => {
    if (!notedOnce(message)) return true
    const key = `${message.source}/${message.ruleId}\u0000${message.actual}`
    if (noted.has(key)) return false
    noted.add(key)
    return true
  })
}

/**
 * One word, one finding: when another stage already explains a word ("bln" →
 * "billion", a look-alike letter), its generic "unknown word" is noise. A
 * finding that keeps its words as written (`typography/hidden-tag` only shows
 * `<Wellcme PLC>` as text) explains none of them.
 */
function withoutDuplicateSpelling(messages: CopydeskMessage[]): CopydeskMessage[] {
  const explained = messages.filter((message) => message.source !== 'spelling' && message.expected && message.expected.length > 0 && message.expected[0] !== message.actual)
  if (explained.length === 0) return messages
  return messages.filter((message) => {
    if (message.source !== 'spelling') return true
    const start = message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0
    const end = message.place && 'end' in message.place ? message.place.end.offset ?? 0 : 0
    return !explained.some((other) => {
      const place = other.place && 'start' in other.place ? other.place : undefined
      if (place === undefined) return false
      // A middle dot inside the word (`Elon·Musk`): fixing it is what the word needs, not a dictionary.
      if (other.ruleId === 'interpunct') return (place.start.offset ?? 0) > start && (place.end.offset ?? 0) < end
      return (place.start.offset ?? 0) <= start && (place.end.offset ?? 0) >= end
    })
  })
}
