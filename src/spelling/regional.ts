import type {Piece} from './tokens.js'

// Where a word spelled the other region's way is the writer's to change (`spelling/regional`): not inside a
// quotation, whose words are the speaker's or a title's. Hand-written: the claims stage's quotation marking
// (src/claims/quotes.ts) works on its own tokens and follows quotations across paragraphs; here a paragraph's own
// marks are enough, since a finding is a note (`info`) and a quotation left open only hides findings.

/** Opening double quotation marks and the marks that close them; a straight `"` does both. */
const closers: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
  ['"', '"'],
])

/**
 * The spans of `text` (a paragraph's original text from `offset`) inside double quotation marks or curly single
 * ones (`‘…’`, opened after a space or a bracket, so that an apostrophe opens none). A quotation not closed
 * runs to the end of the paragraph.
 */
export function quotedSpans(text: string, offset: number): Array<[start: number, end: number]> {
  const spans: Array<[number, number]> = []
  let closer: string | undefined
  let opened = 0
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at)
    if (closer !== undefined) {
      // A curly single quotation closes at a `’` that no letter follows (`’s` is an apostrophe).
      if (char === closer && (closer !== '’' || !/\p{L}/u.test(text.charAt(at + 1)))) {
        spans.push([offset + opened, offset + at])
        closer = undefined
      }
      continue
    }
    const double = closers.get(char)
    if (double !== undefined) closer = double
    else if (char === '‘' && (at === 0 || /[\s([{—–-]/u.test(text.charAt(at - 1)))) closer = '’'
    if (closer !== undefined) opened = at + 1
  }
  if (closer !== undefined) spans.push([offset + opened, offset + text.length])
  return spans
}

/** Whether a piece lies inside one of the spans. */
export function quoted(piece: Piece, spans: ReadonlyArray<[number, number]>): boolean {
  return spans.some(([start, end]) => piece.start >= start && piece.end <= end)
}
