import type {Token} from './match.js'

/**
 * Short quoted fragments inside the writer's sentence (round 15): how far a cue's quotation runs, and whether the fragment
 * is the writer's own wording.
 */

/** Most words a quoted fragment inside the writer's sentence holds (`quoting "people familiar with the matter"`). */
const maximumFragmentWords = 6

/**
 * The reported tokens `first`…`last`, widened to the other mark of a quotation they hold one mark of (round 15; its review):
 * `quoting "secret reports"`, `A source "familiar with the talks"`, not `A source "familiar with`. A mark that opens
 * stands after a space and before a word; the other mark is looked for within the next (or last) few tokens only.
 */
export function withWholeQuotation(tokens: Token[], first: number, last: number): {first: number; last: number} {
  const marks: number[] = []
  for (let index = first; index <= last; index++) if (tokens[index]!.quoteMark) marks.push(index)
  if (marks.length % 2 === 0) return {first, last}
  const lone = marks.at(-1)!
  const before = tokens[lone - 1]
  const opens = (before === undefined || before.kind === 'space' || /^[([{]$/.test(before.raw)) && tokens[lone + 1]?.kind === 'word'
  const step = opens ? 1 : -1
  for (let index = opens ? last + 1 : first - 1, seen = 0; index >= 0 && index < tokens.length && seen < 4 * maximumFragmentWords; index += step, seen++) {
    if (tokens[index]!.quoteMark) return opens ? {first, last: index} : {first: index, last}
  }
  return {first, last}
}

/** Whether the quotation mark right before the token at `at` follows "according to", "citing" or "quoting". */
export function citesFragment(tokens: Token[], at: number): boolean {
  let back = at - 1
  if (!tokens[back]?.quoteMark) return false
  back--
  while (tokens[back]?.kind === 'space') back--
  const verb = tokens[back]
  if (verb?.kind !== 'word') return false
  if (/^(?:citing|quoting)$/.test(verb.norm)) return true
  back--
  while (tokens[back]?.kind === 'space') back--
  return verb.norm === 'to' && tokens[back]?.norm === 'according'
}

/** Whether the quoted token at `at` is in a short fragment that opens after a word of the sentence and closes in it (`quotedFragmentIsWriters`). */
export function isShortFragment(tokens: Token[], at: number): boolean {
  let start = at
  while (start > 0 && tokens[start - 1]!.inQuote) start--
  let end = at
  while (end + 1 < tokens.length && tokens[end + 1]!.inQuote) end++
  // A double quotation's closing mark stands outside it; a single one's is marked quoted with it (`markSingle`).
  const closing = end > start && tokens[end]!.quoteMark ? end : end + 1
  if (!tokens[start]!.quoteMark || !tokens[closing]?.quoteMark) return false
  if (!tokens.slice(0, start).some((token) => token.kind === 'word')) return false
  let words = 0
  let endsSentence = false
  for (let index = start; index <= end; index++) {
    const token = tokens[index]!
    if (token.kind === 'word' && ++words > maximumFragmentWords) return false
    if (token.kind !== 'punctuation' || !/^(?:[.!?]+|…)$/.test(token.raw)) continue
    if (!endsWritersSentence(tokens, index, closing)) return false
    endsSentence = true
  }
  // The sentence's own full stop inside the closing mark (US and AP style: `according to "sources."`) ends no quoted
  // sentence when the fragment opens in lower case; `He said "They will come."` quotes a sentence.
  return !endsSentence || /^\p{Ll}/u.test(tokens.slice(start, closing).find((token) => token.kind === 'word')?.raw ?? '')
}

/** Whether the sentence-ending mark at `at` stands right before the closing mark at `closing`, with nothing but marks after it. */
function endsWritersSentence(tokens: Token[], at: number, closing: number): boolean {
  if (at !== closing - 1) return false
  for (let index = closing + 1; index < tokens.length; index++) if (tokens[index]!.kind === 'word') return false
  return true
}
