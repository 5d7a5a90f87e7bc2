import type {Word} from 'nlcst'
import {span} from '../nlcst.js'
import {normalise, type Piece, withoutPossessive} from './tokens.js'

/** What a word's letters alone say: plain or not, runs of one letter, an initial, a possessive, a sound repeated. */

/**
 * Plain ASCII words, most of any article: no apostrophe, accent or full stop to undo, no digit
 * or mark to rule them out, so one lexicon probe and the patterns decide them. By
 * `notForSpelling`'s rules such a word is no spelling matter only as `As`, `Is`, `Us`…: an acronym.
 */
export const plainLowerCase = /^[a-z]{2,}$/
export const plainCapitalised = /^[A-Z][a-z]+$/
/** A word in capitals long enough to be checked (shorter ones are acronyms far more often than slips). */
export const capitalsOnly = /^[A-Z]{5,}$/
/** One letter four or more times in a row (`Cottttt`), in either case (`Aaaaah`). */
export const longRun = /(\p{L})\1{3,}/iu
export const longRuns = /(\p{L})\1{3,}/giu
/** Letters of sounds that can be held, which writers draw out (`Ahhhh`, `Noooo`, `Hmmmm`, `Brrrr`, `Yessss`); not stops (`Cottttt`). */
export const heldSound = /^[aeiouyhlmnrswzfv]/i
/** Runs of three or more of one letter, to cut down (see `unrepeated`). */
export const repeatedLetters = /(\p{L})\1{2,}/giu
/** A capital letter and its full stop: an initial (`C.` of `C. elegans`). */
export const initialLetter = /^\p{Lu}\.$/u
export const pluralLetter = /^[A-Z]s$/

/** A word as phrases are listed: lower case, straight apostrophes, no full stop the parser left on it. */
export function phraseKey(word: string): string {
  // Most words after a phrase's possible first word are plain lower-case ones, their own key.
  return plainLowerCase.test(word) ? word : normalise(word).toLowerCase().replace(/\.$/, '')
}

/**
 * The parts' texts joined (`socio-economic` → `socioeconomic`), each put in `form` first. A loop, not `map` and `join`: the
 * arrays `map` made here, first met on a hyphenated word after `checkWord` was compiled, had it compiled again, twice in
 * a first pass over the fresh corpus (a compile of the whole inlined check each time).
 */
export function joined(parts: readonly Piece[], separator: string, form: (text: string) => string = (text) => text): string {
  let text = ''
  for (let index = 0; index < parts.length; index++) text += (index > 0 ? separator : '') + form(parts[index]!.text)
  return text
}

/**
 * Whether a word has a vowel (`y` counts). The lists hold letters and abbreviations without one
 * (`q`, `pd`, `ll`, `vs`) as words, but a slip lands on a word: an unknown word whose only close
 * common forms are such (`qq` → `q`, `pdf` → `pd`, `lvl` → `ll`) is an abbreviation or a letter
 * string of its own, not a typo of them. Typos of real words keep their evidence (`thc` → `the`).
 */
export function voiced(word: string): boolean {
  return /[aeiouy]/i.test(word)
}

/** `[sic]`, `(sic)` or `(sic!)` right after a word, or after its possessive ending. */
export const markedSic = /^(?:['’]s?)?\s*[[(]sic[!?]*[\])]/i

/** The possessive ending is not part of what is misspelled: `Lavrow's` flags `Lavrow`. */
export function stripPossessive(piece: Piece): Piece {
  const base = withoutPossessive(normalise(piece.text))
  return base.length === piece.text.length ? piece : {text: piece.text.slice(0, base.length), start: piece.start, end: piece.start + base.length}
}

/**
 * A sound written as heard, not a misspelling: the same part repeated ("hee-hee", "tut-tut") or
 * an ablaut pair, the same letters but for one vowel ("knick-knack", "zig-zag", "ping-pong").
 */
export function reduplication(parts: string[]): boolean {
  if (parts.length < 2) return false
  if (parts.every((part) => part === parts[0])) return true
  const [a, b] = parts as [string, string]
  if (parts.length !== 2 || a.length !== b.length) return false
  const differing = [...a].flatMap((char, at) => (char === b[at] ? [] : [at]))
  return differing.length === 1 && /[aeiou]/.test(a[differing[0]!]!) && /[aeiou]/.test(b[differing[0]!]!)
}

/**
 * A word before a suspended hyphen (`pre- and post-war`) or before a hyphen machine translation
 * spaced out (`pre - tax`): a prefix standing for a compound, as the parts of one are checked.
 */
export function suspended(word: Word, original: string): boolean {
  const last = word.children[word.children.length - 1]
  if (last?.type === 'PunctuationNode' && /^[-\u2010\u2011]$/.test(last.value)) return true
  return /^ [-\u2010\u2011] \p{L}/u.test(original.slice(span(word).end, span(word).end + 4))
}
