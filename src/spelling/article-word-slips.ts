import {oneEditApart} from './consistency.js'
import type {Lexicon} from './lexicon.js'

/** A capitalised word of six letters or more, whole (not the tail of `McDonald` or of a hyphenated word). */
const capitalisedWord = /(?<![\p{L}\p{M}\p{N}'’-])[A-Z][a-z]{5,}(?![\p{L}\p{M}\p{N}])/gu

/**
 * The capitalised ordinary word the article itself writes that an unknown capitalised word is one slip of
 * ("European Patent Ofice" … "Office", "Reublic" … "Republic", "Budget Commitee" … "Committee"), or undefined.
 * The dictionary alone can only note such a word as an unknown name: inside a name a capital says nothing.
 * The slip must leave the first letter and the last two alone, and only one such word may fit: the forms of a
 * word that firm names take in other languages differ at its end ("Caisse Nationale", "Banca Commerciale
 * Italiana", "Airbus Industrie", "Orchestre"). Measured on the 3,021 Reuters-21578 tuning stories, the Brown
 * tuning documents and the 1,000 bench articles: 26 words, 25 of them typos; the other is Dutch ("Centraal").
 */
export function articleWordSlip(word: string, articleWords: () => ReadonlySet<string>): string | undefined {
  if (!/^[A-Z][a-z]{3,}$/.test(word)) return undefined
  let found: string | undefined
  for (const other of articleWords()) {
    if (other[0] !== word[0] || other.slice(-2) !== word.slice(-2) || other === word || !oneEditApart(word, other)) continue
    if (found !== undefined) return undefined
    found = other
  }
  return found
}

/** The article's capitalised words whose lower case the dictionary knows as ordinary words: made once an article needs them. */
export function capitalisedOrdinaryWords(text: string, lexicon: Lexicon): Set<string> {
  return new Set([...new Set(text.match(capitalisedWord))].filter((word) => lexicon.knowsLowerCase(word.toLowerCase())))
}
