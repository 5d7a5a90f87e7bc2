import {commonClass} from './thresholds.js'
import {normalise, withoutPossessive} from './tokens.js'
import type {Vocabulary} from './vocabulary.js'

/** What the words around a capitalised word say about it being a name: a label, a given name before it, a particle's surname. */

/**
 * A sentence's first word that is a label rather than the start of a clause: followed by a
 * colon or a spaced dash (a speaker, `Boek: …`; `Shuster - spent.`) or the whole sentence
 * (`Fili.`, a caption or place line). Such a word is a name far more often than a typo.
 */
export function label(original: string, end: number, words: number): boolean {
  return words === 1 || /^(?::|\s+[-\u2013\u2014]\s)/u.test(original.slice(end, end + 3))
}

/**
 * Whether a lower-case name particle between these words is part of a name: the word after it
 * reads as a surname (`de Kooning`, `da Souza`): unknown, or a name no lower-case word shares
 * that is rarer than the common places, weekdays and titles (SCOWL size above 50: `Gaulle`,
 * `Vinci`; not `Moscow`, `Davos`, `Friday`, `President`); or the word before it is no English
 * word, so the particle belongs to a foreign name or phrase (`catholique de Louvain`; on the
 * tuning split's Szeged Wikipedia text, 4 such were false findings without this).
 */
export function nameAfterParticle({lexicon, known}: Vocabulary, previous: string, next: string): boolean {
  if (!known(previous)) return true
  const base = withoutPossessive(normalise(next))
  if (!known(base)) return true
  return !lexicon.knows(base.toLowerCase()) && (lexicon.frequencyClass(base) ?? 95) > commonClass
}

/** A capitalised word that is a known name and no lower-case word (`Paul`, `Sergey`; not `Said`, `The`). */
export function givenName({lexicon}: Vocabulary, text: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text) && lexicon.knows(text) && !lexicon.knows(text.toLowerCase())
}
