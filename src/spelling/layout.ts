import {nameParticles} from '../names/particles.js'
import type {Piece} from './tokens.js'

/**
 * Machine translation and some tokenisers put spaces inside addresses and markup:
 * `https: / / old.reddit.com / r / name /`, `boosty.to / name`, `@ name _ part`,
 * `[img]`, `<unk>`. A word in such a spaced-out address or tag is a name in it, not prose,
 * so it is no spelling matter (`insideAddress` sees only addresses without spaces).
 */
export function spacedAddress(original: string, piece: Piece): boolean {
  const before = original.slice(Math.max(0, piece.start - 80), piece.start)
  const after = original.slice(piece.end, piece.end + 3)
  // A handle or a name joined by underscores: `@ name`, `name _ part _ part`.
  if (/[@_] ?$/.test(before) || /^ ?_/.test(after)) return true
  // A markup tag or placeholder: `[img]`, `<unk>`; not a Markdown link's text (`[teh](https://…)`, `[teh][1]`).
  if (/[[<]$/.test(before) && /^[\]>]/.test(after) && !/^\][([]/.test(after)) return true
  return inSpacedPath(before)
}

/**
 * Whether the text before a word ends in a path whose start is a spaced scheme, a domain or a
 * Reddit-style prefix: `https: / / x / `, `boosty.to / `, `r / `. Walked token by token from the
 * end (a regular expression for it backtracks polynomially).
 */
function inSpacedPath(before: string): boolean {
  // Most words follow no slash: answered before splitting anything.
  if (!before.trimEnd().endsWith('/')) return false
  const tokens = before.replaceAll('/', ' / ').trim().split(/\s+/)
  // Step back over `segment /` pairs from the slash right before the word.
  for (let at = tokens.length - 1; at >= 1 && tokens[at] === '/'; at -= 2) {
    const head = tokens[at - 1]!.replace(/^[([]+/, '')
    if (head === '/') return /\p{L}:$/u.test(tokens[at - 2] ?? '')
    if (head === 'r' || head === 'u' || /\p{L}\.\p{L}{2,}$/u.test(head)) return true
  }
  return false
}

/** Where a block of prose starts and ends in the file: a mark outside it is the format's, not the text's. */
export interface Block {
  start: number
  end: number
}

/**
 * A word alone in brackets or quotation marks (`(Enteo)`, `"Ponty"`): a name, title or label
 * given apart, not a word of the sentence around it. Only marks inside its block count: the
 * quotation marks around a ninjs field (`{"headline": "Ukraine ceacefire"}`) are JSON's.
 */
export function enclosedAlone(original: string, piece: Piece, block: Block): boolean {
  const before = piece.start > block.start ? original.charAt(piece.start - 1) : ''
  // A backslash-escaped quotation mark (`\"` in JSON and Markdown) is the text's quotation mark.
  const escaped = original.charAt(piece.end) === '\\' && piece.end + 1 < block.end
  const after = piece.end < block.end ? original.charAt(escaped ? piece.end + 1 : piece.end) : ''
  // `[teh](https://…)`, `[teh][1]`: a Markdown link's text is prose of the sentence.
  const bracketed = before === '[' && after === ']' && !/[([]/.test(original.charAt(piece.end + 1))
  return (before === '(' && after === ')') || bracketed || (/["“«]/.test(before) && /["”»]/.test(after))
}

/**
 * A word in a quotation of two words (`"reliable runet"`, `«erased cheroes»`): in translated copy
 * such a quotation is mostly a name, a title or a term kept as the source had it (tuning split:
 * 4 of 14 false findings on WMT23, 2 on MLQE-PE; recall 0.1–0.2 points lower on four lists).
 * Two words only: three cost as much again in recall for no fewer false findings on the
 * machine translations. Double quotation marks and guillemets only (an apostrophe is no
 * quotation mark), and only words and spaces inside.
 */
export function inShortQuote(original: string, piece: Piece, block: Block): boolean {
  const before = /(?:^|[^\p{L}\p{N}])["“«]([\p{L}\p{N}'’-]+\s+)?$/u.exec(original.slice(Math.max(block.start, piece.start - 40), piece.start))
  if (!before) return false
  const after = /^(\s+[\p{L}\p{N}'’-]+)?\\?["”»](?![\p{L}\p{N}])/u.exec(original.slice(piece.end, Math.min(block.end, piece.end + 40)))
  // One more word before or after the word, not both and not neither.
  return after !== null && (before[1] === undefined) !== (after[1] === undefined)
}

/**
 * A name particle inside a name: in lower case after a capitalised word or another particle and
 * before one (`Ursula von der Leyen`, `Thomas da Silva`), capitalised opening a sentence before one,
 * or in lower case after any other word when `nameAfter` says the words around it make a name:
 * a surname after it (`the painter de Kooning`, `the family du Maurier`) rather than a dictionary
 * word, weekday, title or well-known place (`We met der President`, `signed da Moscow`, `ended ul
 * Friday`: typos), or a foreign word before it (`catholique de Louvain`, `duomo di Mantua`).
 * Only a closed list counts: any short word between two capitals would also excuse typos of `of`
 * and `and` (`Bank fo England`).
 */
export function nameParticle(text: string, previous: string | undefined, next: string | undefined, nameAfter: (previous: string, next: string) => boolean): boolean {
  const inName = (word: string | undefined) => word !== undefined && (/^\p{Lu}\p{Ll}/u.test(word) || nameParticles.has(word))
  if (!nameParticles.has(text.toLowerCase()) || !inName(next)) return false
  // At the start of a sentence the particle is capitalised and nothing comes before it (`Von der Leyen said`).
  if (previous === undefined) return /^\p{Lu}/u.test(text)
  if (text !== text.toLowerCase()) return false
  return inName(previous) || nameParticles.has(next!) || nameAfter(previous, next!)
}

/**
 * `und` joining the parts of a German or Swiss firm's name (`Fichtel und Sachs`, `Brown Boveri und Cie`,
 * `Hypotheken- und Wechsel-Bank`; 20 in the Reuters-21578 tuning half, every one a name): capitalised words
 * or a part ending in a hyphen either side, and a firm's `Co`/`Cie` after it (`Hoffmann-La Roche und Co`) or
 * `nameAfter` saying they make a foreign name, so that `Britain und France` (a typo of `and`) is still flagged.
 */
export function nameConnector(text: string, previous: string | undefined, next: string | undefined, nameAfter: (previous: string, next: string) => boolean): boolean {
  if (text !== 'und' || previous === undefined || next === undefined) return false
  return /^\p{Lu}\p{Ll}/u.test(previous) && /^\p{Lu}\p{Ll}/u.test(next) && (/^(?:Co|Cie)$/.test(next) || nameAfter(previous, next))
}
