import {readFileSync} from 'node:fs'
import {codePointTest, wordSlot, wordSlots} from '../code-points.js'

/** Reads a word list: one word a line, `#` comments and blank lines ignored. */
export function readWordList(url: URL): Set<string> {
  const words = new Set<string>()
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    const word = line.trim()
    if (word && !word.startsWith('#')) words.add(word)
  }
  return words
}

/** What the share tests need of a word list: a `Set`, or a look-up into a larger lexicon. */
export interface Words {
  has(word: string): boolean
}

const wordPattern = /\p{L}+(?:['’]\p{L}+)*/gu

/**
 * Share of the words in `text` that are in `words` (lower-cased). Costs a
 * fraction of a franc call: on the English function-word list, English prose
 * runs at 25–45% and other languages near 0; on the English lexicon, English
 * headlines full of names still run above 80%.
 */
function shareOfWords(text: string, words: Words): number {
  const {hits, total} = countWords(text, words)
  return total === 0 ? 0 : hits / total
}

/** The words of `text`, and how many of them are in `words`: a passage's counts are its parts' counts added up (`joinsCleanly`). */
export function countWords(text: string, words: Words): {hits: number; total: number} {
  // `match` rather than `matchAll`: the words as strings, without a match object each.
  const found = text.match(wordPattern)
  if (!found) return {hits: 0, total: 0}
  let hits = 0
  for (const match of found) {
    const word = match.includes('’') ? match.replace('’', "'") : match
    const lower = word.toLowerCase()
    // Lower case for function words; as written for names a lexicon lists capitalised (`China`).
    if (words.has(lower) || (lower !== word && words.has(word))) hits++
  }
  return {hits, total: found.length}
}

const isLetter = codePointTest(/^\p{L}$/u)
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

/** Whether a letter (`\p{L}`) starts at `index`: a code unit, or an astral code point's surrogate pair. */
function letterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return isAsciiLetter(code)
  return isLetter(code >= 0xd800 && code <= 0xdbff ? text.codePointAt(index)! : code)
}

/**
 * `countWords` against one word list, without a string per word: one pass finds the words as
 * `wordPattern` does (letters, joined by an apostrophe followed by a letter), and only a word of
 * ASCII letters whose slot (length, first and last letter) some listed word has, or a word with
 * other letters, is cut out and looked up. Counting was 2% of a check, most of it the words' strings.
 */
export function wordCounter(words: ReadonlySet<string>): (text: string) => {hits: number; total: number} {
  const slots = new Uint8Array(wordSlots)
  for (const word of words) if (word) slots[wordSlot(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))] = 1
  return (text) => {
    let hits = 0
    let total = 0
    /** The word being read: where it starts (-1: none), and whether its letters are all ASCII. */
    let start = -1
    let ascii = true
    for (let index = 0; index <= text.length; index++) {
      const code = index < text.length ? text.charCodeAt(index) : 32
      if (code < 128 ? isAsciiLetter(code) : code !== 0x2019 && letterAt(text, index)) {
        if (start === -1) {
          start = index
          ascii = true
        }
        if (code >= 128) {
          ascii = false
          // The low half of a surrogate pair is part of this letter.
          if (code >= 0xd800 && code <= 0xdbff && text.codePointAt(index)! > 0xffff) index++
        }
        continue
      }
      if (start === -1) continue
      // An apostrophe followed by a letter joins the word (`don’t`, `O'Brien`).
      if ((code === 39 || code === 0x2019) && index + 1 < text.length && letterAt(text, index + 1)) continue
      total++
      const length = index - start
      const first = text.charCodeAt(start)
      const last = text.charCodeAt(index - 1)
      const from = start
      start = -1
      // As written, and in lower case: both have these letters first and last when every letter is ASCII.
      if (ascii) {
        const lowerFirst = first >= 65 && first <= 90 ? first + 32 : first
        const lowerLast = last >= 65 && last <= 90 ? last + 32 : last
        if (slots[wordSlot(length, lowerFirst, lowerLast)] !== 1 && slots[wordSlot(length, first, last)] !== 1) continue
      }
      const match = text.slice(from, index)
      const word = match.includes('’') ? match.replace('’', "'") : match
      const lower = word.toLowerCase()
      if (words.has(lower) || (lower !== word && words.has(word))) hits++
    }
    return {hits, total}
  }
}

const joining = /[\p{L}'’\uD800-\uDFFF]/u

/**
 * Whether the words of `parts` joined are the words of each part in turn:
 * no word runs across a seam (a letter or apostrophe on both sides).
 */
export function joinsCleanly(parts: readonly string[]): boolean {
  let before = ''
  for (const part of parts) {
    if (part === '') continue
    if (before !== '' && joining.test(before.at(-1)!) && joining.test(part[0]!)) return false
    before = part
  }
  return true
}

/**
 * Share of the lower-case words of `text` that are in `words`; names and
 * acronyms are left out, as a lexicon cannot know them. A Title Case
 * headline, with fewer than `minWords` lower-case words, is read whole.
 */
export function shareOfCommonWords(text: string, words: Words, minWords = 3): number {
  let total = 0
  let hits = 0
  for (const word of text.match(wordPattern) ?? []) {
    if (word !== word.toLowerCase()) continue
    total++
    if (words.has(word.includes('’') ? word.replace('’', "'") : word)) hits++
  }
  return total < minWords ? shareOfWords(text, words) : hits / total
}
