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

const wordPattern = /\p{L}+(?:['’]\p{L}+)*/gu

/**
 * Share of the words in `text` that are in `functionWords`. English prose
 * runs at 35–50% on the bundled list, other languages near 0; it costs a
 * fraction of a franc call, so it settles most English passages without one.
 */
export function functionWordRatio(text: string, functionWords: ReadonlySet<string>): number {
  let words = 0
  let hits = 0
  for (const match of text.matchAll(wordPattern)) {
    words++
    if (functionWords.has(match[0].toLowerCase().replace('’', "'"))) hits++
  }
  return words === 0 ? 0 : hits / words
}
