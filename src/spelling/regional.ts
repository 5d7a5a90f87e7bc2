import type {Piece} from './tokens.js'

// Where a word spelled the other region's way is the writer's to change (`spelling/regional`): not inside a
// quotation, whose words are the speaker's or a title's. Hand-written: the claims stage's quotation marking
// (src/claims/quotes.ts) works on its own tokens and follows quotations across paragraphs; here a paragraph's own
// marks are enough, since a finding is a note (`info`) and a quotation left open only hides findings.

/** Opening double quotation marks and the marks that close them; a straight `"` does both (single marks: see `quotedSpans`). */
const closers: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
  ['"', '"'],
])

/**
 * The spans of `text` (a paragraph's original text from `offset`) inside quotation marks, and inside inline HTML
 * quotations and titles (`<q>…</q>`, `<cite>…</cite>`). Double marks open anywhere but after a digit (`12"`: an
 * inch mark); single ones (`‘…’`, `'…'`) after a space or a bracket and before a letter, so that an apostrophe
 * (`neighbours'`, `‘90s`) opens none. A double or curly quotation not closed runs to the end of the paragraph (it
 * may go on in the next); a straight single one is no quotation, as `'em` and `'til` open none.
 */
export function quotedSpans(text: string, offset: number): Array<[start: number, end: number]> {
  const spans: Array<[number, number]> = []
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at)
    const before = text.charAt(at - 1)
    let closer = closers.get(char)
    if (closer === '"' && /\d/.test(before)) closer = undefined
    if ((char === '‘' || char === "'") && (at === 0 || /[\s([{—–-]/u.test(before)) && /\p{L}/u.test(text.charAt(at + 1))) closer = char === '‘' ? '’' : "'"
    if (closer === undefined) continue
    const end = closing(text, at + 1, closer)
    if (end === undefined && closer === "'") continue
    spans.push([offset + at + 1, offset + (end ?? text.length)])
    if (end === undefined) break
    at = end
  }
  // The closing tag by `indexOf`: a pattern that matched both tags would backtrack on a tag never closed.
  const lower = text.toLowerCase()
  for (const match of lower.matchAll(/<(q|cite)(?:\s[^<>]*)?>/g)) {
    const start = match.index + match[0].length
    const end = lower.indexOf(`</${match[1]}>`, start)
    if (end >= 0) spans.push([offset + start, offset + end])
  }
  return spans
}

/** Where the quotation whose text starts at `from` closes with `closer`: a single mark that no letter follows (`’s` is an apostrophe). */
function closing(text: string, from: number, closer: string): number | undefined {
  for (let at = from; at < text.length; at++) {
    if (text.charAt(at) !== closer) continue
    if ((closer !== '’' && closer !== "'") || !/\p{L}/u.test(text.charAt(at + 1))) return at
  }
  return undefined
}

/** Whether a piece lies inside one of the spans. */
export function quoted(piece: Piece, spans: ReadonlyArray<[number, number]>): boolean {
  return spans.some(([start, end]) => piece.start >= start && piece.end <= end)
}
