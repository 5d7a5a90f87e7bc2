import {isVoidElement} from '../parse/hidden-tags.js'
import {blockElements} from '../parse/html.js'
import type {Format} from '../types.js'
import type {Token} from './match.js'

/**
 * A span widened to hold the markup inside it whole, as the file's format writes it: HTML inline elements in HTML and
 * in ninjs (whose body_html keeps its tags at their file offsets); in Markdown its emphasis, then the inline HTML it
 * allows (`Some <em>say</em>`); plain text has neither.
 */
export function withWholeMarkup(format: Format, text: string, tokens: Token[], start: number, end: number): {start: number; end: number} {
  if (format === 'html' || format === 'ninjs') return withWholeElements(text, tokens, start, end)
  if (format !== 'markdown') return {start, end}
  const emphasis = withWholeEmphasis(text, tokens, start, end)
  return withWholeElements(text, tokens, emphasis.start, emphasis.end)
}

/** A run of Markdown emphasis or strikethrough markers (`*`, `**`, `_`, `~~`). */
const emphasisRun = /^[*_~]+$/

/**
 * A span widened to hold each emphasis marker inside it with its partner, so that it never takes half the markup: "Some
 * *say* the deal" gives `Some *say*`, not `Some *say`; "*Experts* believe" gives `*Experts* believe`. A marker is what the
 * parser left out between two of the sentence's tokens; its partner is looked for in the same paragraph. Left as it is
 * when a partner is not found.
 */
function withWholeEmphasis(text: string, tokens: Token[], start: number, end: number): {start: number; end: number} {
  const opened: string[] = []
  const unopened: string[] = []
  for (let at = 1; at < tokens.length; at++) {
    const before = tokens[at - 1]!
    const after = tokens[at]!
    if (before.start < start || after.end > end || before.end === after.start) continue
    // Inline HTML in the gap (`Some *<em>say</em>*`) is the element step's: the marker is what is left of the gap without it.
    const run = text.slice(before.end, after.start).replace(tagsFrom, '').trim()
    if (!emphasisRun.test(run)) continue
    // Flanking as CommonMark reads it: before copy that is no mark, or a mark after space or a mark, it opens ("*Experts",
    // "\"*Experts"); it closes the other way round ("say*", "Perspective*:"). Between two words ("say*the"): no pair to read.
    const [spaceBefore, markBefore] = [before.kind === 'space', before.kind === 'punctuation']
    const [spaceAfter, markAfter] = [after.kind === 'space', after.kind === 'punctuation']
    const opens = !spaceAfter && (!markAfter || spaceBefore || markBefore)
    const closes = !spaceBefore && (!markBefore || spaceAfter || markAfter)
    if (opens === closes) continue
    if (opens) opened.push(run)
    else if (opened.at(-1) === run) opened.pop()
    else unopened.push(run)
  }
  return widened({start, end}, opened, unopened, (run, from) => closingRun(text, run, from), (run, from) => openingRun(text, run, from))
}

/**
 * The span widened to the partner after it of each marker it opens, innermost first, and to the partner before it of each
 * marker it closes; as it was when a partner is missing. One widening for Markdown's marker runs and HTML's tags.
 */
function widened(span: {start: number; end: number}, opened: string[], unopened: string[], endAfter: (marker: string, from: number) => number, startBefore: (marker: string, from: number) => number): {start: number; end: number} {
  let {start, end} = span
  for (const marker of opened.reverse()) {
    end = endAfter(marker, end)
    if (end === -1) return span
  }
  for (const marker of unopened) {
    start = startBefore(marker, start)
    if (start === -1) return span
  }
  return {start, end}
}

/** Where the marker run closing after `from` ends (it follows copy, not white space), before a blank line; -1 if none. */
function closingRun(text: string, run: string, from: number): number {
  const limit = paragraphEnd(text, from)
  for (let at = text.indexOf(run, from); at !== -1 && at < limit; at = text.indexOf(run, at + 1)) {
    if (!/\s/.test(text[at - 1] ?? ' ') && whole(text, run, at)) return at + run.length
  }
  return -1
}

/** Where the marker run opening before `from` starts (before copy, not white space), after a blank line; -1 if none. */
function openingRun(text: string, run: string, from: number): number {
  let limit = -1
  for (const blank of text.slice(0, from).matchAll(blankLine)) limit = blank.index
  for (let at = text.lastIndexOf(run, from - run.length); at !== -1 && at > limit; at = at > 0 ? text.lastIndexOf(run, at - 1) : -1) {
    if (!/\s/.test(text[at + run.length] ?? ' ') && whole(text, run, at)) return at
  }
  return -1
}

/** The run at `at` is the whole of its markers, not part of a longer one (`*` in `**`). */
function whole(text: string, run: string, at: number): boolean {
  return text[at - 1] !== run[0] && text[at + run.length] !== run[0]
}

/** A blank line, which ends a paragraph and any emphasis in it (CRLF files too). */
const blankLine = /\n[ \t]*\r?\n/g

function paragraphEnd(text: string, from: number): number {
  const blank = text.slice(from).search(blankLine)
  return blank === -1 ? text.length : from + blank
}

/** An HTML start or end tag: its slash and name (in ninjs, an attribute's escaped `\\"` is matched by `[^>]` too). */
const tagPattern = '<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\\s/>])[^>]*>'
const tagsFrom = new RegExp(tagPattern, 'g')
const tagAt = new RegExp(tagPattern, 'y')

/** A tag that opens or closes an inline element. */
interface InlineTag {
  name: string
  closes: boolean
}

/** The inline element a tag opens or closes; 'block' for a block element's tag, undefined for a void or self-closing one. */
function inlineTag(match: RegExpExecArray): InlineTag | 'block' | undefined {
  const name = match[2]!.toLowerCase()
  if (blockElements.has(name)) return 'block'
  if (isVoidElement(name) || match[0].endsWith('/>')) return undefined
  return {name, closes: match[1] === '/'}
}

/**
 * A span widened to hold each HTML inline element's tag inside it with its partner, so that it never takes half the
 * markup: "Some <em>say</em> the deal" gives `Some <em>say</em>`, not `Some <em>say`; "<em>Experts</em> believe"
 * gives `<em>Experts</em> believe`. A tag is what is no token's own text: in a ninjs headline or body_text, "<U>" is
 * copy. Its partner is looked for in the same block (up to a block element's tag). Left as it is when a partner is not
 * found.
 */
function withWholeElements(text: string, tokens: Token[], start: number, end: number): {start: number; end: number} {
  const opened: string[] = []
  const unopened: string[] = []
  const copy = (at: number) => tokens.some((token) => token.start <= at && at < token.end && text.slice(token.start, token.end) === token.raw)
  tagsFrom.lastIndex = start
  for (let match = tagsFrom.exec(text); match && match.index + match[0].length <= end; match = tagsFrom.exec(text)) {
    const tag = inlineTag(match)
    if (tag === undefined || tag === 'block' || copy(match.index)) continue
    if (!tag.closes) opened.push(tag.name)
    else if (opened.at(-1) === tag.name) opened.pop()
    else unopened.push(tag.name)
  }
  return widened({start, end}, opened, unopened, (name, from) => closingTag(text, name, from), (name, from) => openingTag(text, name, from))
}

/** Where the end tag closing `name` after `from` ends (inner elements of the same name skipped), before the block's end; -1 if none. */
function closingTag(text: string, name: string, from: number): number {
  let depth = 0
  tagsFrom.lastIndex = from
  for (let match = tagsFrom.exec(text); match; match = tagsFrom.exec(text)) {
    const tag = inlineTag(match)
    if (tag === 'block') return -1
    if (tag?.name !== name) continue
    if (!tag.closes) depth++
    else if (depth-- === 0) return match.index + match[0].length
  }
  return -1
}

/** Where the start tag opening `name` before `from` starts (inner elements of the same name skipped), after the block's start; -1 if none. */
function openingTag(text: string, name: string, from: number): number {
  let depth = 0
  for (let at = text.lastIndexOf('<', from - 1); at !== -1; at = at > 0 ? text.lastIndexOf('<', at - 1) : -1) {
    tagAt.lastIndex = at
    const match = tagAt.exec(text)
    if (!match) continue
    const tag = inlineTag(match)
    if (tag === 'block') return -1
    if (tag?.name !== name) continue
    if (tag.closes) depth++
    else if (depth-- === 0) return at
  }
  return -1
}
