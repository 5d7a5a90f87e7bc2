import {readFileSync} from 'node:fs'

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
