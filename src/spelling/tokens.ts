import type {Word} from 'nlcst'
import {isIso6391} from '../language/codes.js'
import {span, toString} from '../nlcst.js'

/** A piece of a word node with its exact place in the original file. */
export interface Piece {
  text: string
  start: number
  end: number
}

/** Hyphen-minus, hyphen and non-breaking hyphen: what joins the parts of a hyphenated word. */
export const hyphens: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011'])
const apostrophes = /[\u2019\u02bc\u2018`\u00b4]/g

/** Curly and modifier apostrophes become `'`, so that `Lavrov’s` and `Lavrov's` look the same. */
export function normalise(text: string): string {
  return text.replace(apostrophes, "'")
}

/** `Lavrov's` → `Lavrov`, `nations'` → `nations`: the possessive is grammar, not spelling. */
export function withoutPossessive(text: string): string {
  if (/.'s$/i.test(text)) return text.slice(0, -2)
  if (/s'$/i.test(text)) return text.slice(0, -1)
  return text
}

/** `naïve` → `naive`, `Erdoğan` → `Erdogan`: to try a word without its accents. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '')
}

/** A full stop that parse-english left on the word (`in.` at a sentence end) is punctuation, not spelling. */
export function withoutFinalDot(piece: Piece): Piece {
  if (!piece.text.endsWith('.') || piece.text.length < 2) return piece
  return {text: piece.text.slice(0, -1), start: piece.start, end: piece.end - 1}
}

/**
 * The hyphen-separated parts of a word node (`de-escalate` → `de`, `escalate`),
 * placed through the child nodes so that offsets stay exact even where the
 * source text had entities or escapes.
 */
export function hyphenParts(word: Word): Piece[] {
  const parts: Piece[] = []
  let current: Piece | undefined
  for (const child of word.children) {
    const text = toString(child)
    if (child.type === 'PunctuationNode' && hyphens.has(text)) {
      if (current) parts.push(current)
      current = undefined
      continue
    }
    const place = span(child)
    if (current) {
      current.text += text
      current.end = place.end
    } else {
      current = {text, ...place}
    }
  }
  if (current) parts.push(current)
  return parts
}

/**
 * The two sides of a word that is two words joined by a full stop with no space after it
 * (`second.In`, `clever.It`, `question.r`), as machine translation leaves them where it glued two
 * sentences together; undefined for any other word. Domains with a listed ending and abbreviations
 * never get here (`notForSpelling` takes them first). Each side is a word of its own, spelled right or not.
 */
export function runOnSides(word: Word): [Piece, Piece] | undefined {
  const [first, dot, ...rest] = word.children
  if (first?.type !== 'TextNode' || dot?.type !== 'PunctuationNode' || dot.value !== '.' || rest.length === 0) return undefined
  // The second word may carry an apostrophe ending (`clever.It's`).
  const second = rest.map((child) => toString(child)).join('')
  if (!/^\p{L}+$/u.test(first.value) || !/^\p{L}+(?:['\u2019]\p{L}+)?$/u.test(second)) return undefined
  // Two or three lower-case letters after the dot end a domain more often than they start a sentence (`Sib.fm`, `kvu.su`).
  if (/^\p{Ll}{2,3}$/u.test(second)) return undefined
  return [
    {text: first.value, ...span(first)},
    {text: second, start: span(rest[0]!).start, end: span(rest[rest.length - 1]!).end},
  ]
}

/**
 * Why a token is not a spelling matter, or undefined when it must be checked:
 * numbers, other scripts (the script stage owns those), acronyms, abbreviations,
 * domains, e-mail addresses and handles.
 */
export function notForSpelling(text: string): string | undefined {
  if (/\d/.test(text)) return 'digits'
  // Most tokens are ASCII, whose only letters are the Latin A–Z and a–z: the same tests without
  // Unicode classes, which cost several times more to run (and to compile on first use).
  const ascii = asciiText.test(text)
  if (!ascii && /[^\p{Script=Latin}\P{L}]/u.test(text)) return 'non-Latin'
  if (/[@#/\\_]/.test(text)) return 'handle or path'
  const letters = ascii ? text.replace(/[^A-Za-z]/g, '') : text.replace(/[^\p{L}]/gu, '')
  if (letters.length === 0) return 'no letters'
  if (letters.length < 2) return 'single letter'
  // NATO, NGOs, NGO's, U.S., e.g., a.m.
  if (ascii ? /^[A-Z][A-Z.&'-]*(s|'s)?$/.test(text) && /^[A-Z]+$/.test(letters.replace(/s$/, '')) : /^\p{Lu}[\p{Lu}.&'\u2019-]*(s|'s|\u2019s)?$/u.test(text) && /^\p{Lu}+$/u.test(letters.replace(/s$/, ''))) return 'acronym'
  // The rules after this one but the language pair all need a full stop.
  const dotted = text.includes('.')
  if (dotted && /^(\p{L}\.){2,}\p{L}?$/u.test(text)) return 'abbreviation'
  const pair = /^([a-z]{2})-([a-z]{2})$/.exec(text)
  if (pair && isIso6391(pair[1]!) && isIso6391(pair[2]!)) return 'language pair'
  if (!dotted) return undefined
  // `.com`, `.net`, `.online`, `.exe`: a domain or file ending named on its own.
  if (/^\.[a-z]{2,7}$/.test(text)) return 'domain or file ending'
  // alt.religion.scientology, news.bbc.co: host and newsgroup names.
  if (/^[\p{Ll}\d-]+(\.[\p{Ll}\d-]+){2,}$/u.test(text)) return 'dotted name'
  if (/\p{L}\.\p{L}/u.test(text) && /\.(com|org|net|gov|edu|int|info|news|ru|ua|uk|us|eu|de|fr|cn|jp|kg|kz|by|io|co|tv|to|me|gg|html?|php|pdf|jpe?g|png|mp[34])$/i.test(text)) return 'domain or file name'
  return undefined
}

const asciiText = /^[\x00-\x7f]*$/

/**
 * Whether the word sits inside a URL, e-mail address, handle, hashtag or path in the
 * original text ("https://example.com/ransomwre", "ops@example.org", "#istandwithahmed"). The
 * parser does not always turn those into source nodes, so the stage looks at
 * the whole run of non-space text around the word.
 */
export function insideAddress(original: string, piece: Piece): boolean {
  // The run ends at markup around prose too: the text of a link (`[teh](https://…)`, `<a href="https://…">teh</a>`)
  // is prose beside an address, not in it.
  let start = piece.start
  while (start > 0 && !space(original.charCodeAt(start - 1)) && !opensText(original.charCodeAt(start - 1))) start--
  let end = piece.end
  while (end < original.length && !space(original.charCodeAt(end)) && !closesText(original.charCodeAt(end))) end++
  // Every address below has one of these: most runs (`Lavrov's,`) are settled without a regular expression.
  if (!addressMark.test(original.slice(start, end))) return false
  const chunk = original.slice(start, end).replace(/^[("'\u201c\u2018<[]+/, '').replace(/[)"'\u201d\u2019>\].,;:!?]+$/, '')
  return /:\/\/|^www\.|@|^#\p{L}|^[\p{L}\d-]+(\.[\p{L}\d-]+)+\/|^\/\p{L}/u.test(chunk)
}

const addressMark = /[:/@#]|www\./

/** `[` or `>`: before a link's text in Markdown or HTML. */
const opensText = (char: number) => char === 91 || char === 62
/** `]` or `<`: after it. */
const closesText = (char: number) => char === 93 || char === 60

/** `/\s/` for one char, without a regular expression for printable ASCII. */
function space(char: number): boolean {
  return char > 32 && char < 127 ? false : /\s/.test(String.fromCharCode(char))
}
