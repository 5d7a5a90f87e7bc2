import {type Node as JsonNode, findNodeAtLocation, parseTree} from 'jsonc-parser'
import type {JsonMessage} from '../file-report.js'
import type {FixLevel, Format} from '../types.js'

/** One replacement made in a file; `offset` and `end` index the text the pass started from. */
export interface FixChange {
  offset: number
  end: number
  before: string
  after: string
  /** `source/ruleId`. */
  rule: string
  level: FixLevel
}

export interface FixPlan {
  text: string
  changes: FixChange[]
  /** Fixes left out: stale (the text no longer matches `actual`) or overlapping a fix already taken. */
  skipped: number
}

const priority: Record<FixLevel, number> = {safe: 0, review: 1}

/**
 * Applies `expected[0]` of every fixable message to the ORIGINAL text, by
 * offset, so that everything outside the fixed spans stays byte for byte.
 * Overlaps are resolved deterministically: safe before review, then earlier,
 * then longer spans, then by rule id; a fix touching a span already taken is
 * dropped (the next pass of `fixText` sees it again if it still applies).
 */
export function applyFixes(text: string, format: Format, messages: readonly JsonMessage[], levels: ReadonlySet<FixLevel>): FixPlan {
  const encode = encoderFor(text, format)
  let skipped = 0
  const candidates: FixChange[] = []
  for (const message of messages) {
    const replacement = message.expected[0]
    if (!message.fix || !levels.has(message.fix) || typeof replacement !== 'string') continue
    const offset = message.place.start.offset
    const end = message.place.end.offset
    // Stale or decoded positions would corrupt the file: only replace what is really there. The same text
    // is no change, except in Markdown, where it asks for the span's markup to be shown as text (below).
    if (text.slice(offset, end) !== message.actual || (replacement === message.actual && format !== 'markdown')) {
      skipped++
      continue
    }
    const after = encode(replacement, offset, end)
    if (after === undefined || after === message.actual) {
      skipped++
      continue
    }
    candidates.push({offset, end, before: message.actual, after, rule: `${message.source}/${message.ruleId}`, level: message.fix})
  }
  candidates.sort(
    (a, b) =>
      priority[a.level] - priority[b.level] ||
      a.offset - b.offset ||
      b.end - a.end ||
      a.rule.localeCompare(b.rule) ||
      a.after.localeCompare(b.after),
  )
  const taken: FixChange[] = []
  for (const candidate of candidates) {
    if (taken.some((other) => overlaps(candidate, other))) skipped++
    else taken.push(candidate)
  }
  taken.sort((a, b) => a.offset - b.offset || a.end - b.end)
  let output = ''
  let last = 0
  for (const change of taken) {
    output += text.slice(last, change.offset) + change.after
    last = change.end
  }
  output += text.slice(last)
  return {text: output, changes: taken, skipped}
}

/**
 * Drops the fix level of messages whose replacement `applyFixes` would never write where it lands (markup inside the
 * span, a span outside a ninjs prose string), so that a report's `fix` promises only what `copydesk fix` does.
 */
export function withoutUnwritableFixes(text: string, format: Format, messages: JsonMessage[]): void {
  let encode: Encoder | undefined
  for (const message of messages) {
    const replacement = message.expected[0]
    if (!message.fix || typeof replacement !== 'string') continue
    encode ??= encoderFor(text, format)
    if (encode(replacement, message.place.start.offset, message.place.end.offset) === undefined) delete message.fix
  }
}

/** Two spans conflict when they share a character, or are insertions at the same point. */
function overlaps(a: FixChange, b: FixChange): boolean {
  if (a.offset === a.end || b.offset === b.end) return a.offset === b.offset || (a.offset > b.offset && a.offset < b.end) || (b.offset > a.offset && b.offset < a.end)
  return a.offset < b.end && b.offset < a.end
}

/** Returns the replacement as it must be written at that span, or `undefined` when it must not be replaced there. */
type Encoder = (replacement: string, offset: number, end: number) => string | undefined

/**
 * A span whose source holds markup (`Dе<b>cem</b>ber`, `*Dе*cember`) would
 * lose it if replaced whole: such fixes are left for an editor. Entities and
 * JSON escapes are fine, the replacement is re-encoded. A replacement that is
 * the span's own source says that its markup is text (`typography/hidden-tag`'s
 * `<Wellcome PLC>`): escaped, it shows as written.
 */
const markdownMarkup = /[*_`[\]<>\\]/
const htmlMarkup = /</

/**
 * How a replacement must be written where it lands: JSON-escaped inside a
 * ninjs string (and HTML-escaped too inside `body_html`), HTML-escaped in
 * HTML, backslash-escaped where Markdown would read it as markup.
 */
function encoderFor(text: string, format: Format): Encoder {
  switch (format) {
    case 'text':
      return (replacement) => replacement
    case 'markdown':
      return (replacement, offset, end) =>
        markdownMarkup.test(text.slice(offset, end)) && replacement !== text.slice(offset, end) ? undefined : replacement.replace(/[\\`*_[\]<>]/g, '\\$&')
    case 'html':
      return (replacement, offset, end) => (htmlMarkup.test(text.slice(offset, end)) ? undefined : escapeHtml(replacement))
    case 'ninjs': {
      const root = parseTree(text)
      const fields = root
        ? (['headline', 'description_text', 'body_text', 'body_html'] as const)
            .map((name) => ({name, node: findNodeAtLocation(root, [name])}))
            .filter((field): field is {name: typeof field.name; node: JsonNode} => field.node?.type === 'string')
        : []
      return (replacement, offset, end) => {
        const field = fields.find(({node}) => offset > node.offset && end < node.offset + node.length)
        // Never write outside a prose string: that would break the JSON.
        if (!field) return undefined
        if (field.name !== 'body_html') return escapeJson(replacement)
        return htmlMarkup.test(text.slice(offset, end)) ? undefined : escapeJson(escapeHtml(replacement))
      }
    }
  }
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeJson(value: string): string {
  return JSON.stringify(value).slice(1, -1)
}
