import {BoundedMap} from '../memo.js'
import {hidden, shippedLexicon} from '../spelling/lexicon.js'

/**
 * Ranks already looked up. The language stage asks for every word of every
 * passage it judges and most words recur (Zipf), while each look-up is a
 * search of the sorted word lists in two casings.
 */
const ranks = new BoundedMap<string, number | undefined>(100_000)

/**
 * How common `word` is in English (SCOWL frequency class, lower is more
 * common), or undefined for an unknown word; from the spelling stage's word
 * list, read only. Loaded on first use: the look-alike repair needs it just to
 * tell `Istanbul` from `like` when a disguised `I`/`l` starts a word.
 */
export function englishRank(word: string): number | undefined {
  if (ranks.has(word)) return ranks.get(word)
  const rank = lookUpRank(word)
  ranks.set(word, rank)
  return rank
}

function lookUpRank(word: string): number | undefined {
  const lexicon = shippedLexicon()
  if (!lexicon.knows(word)) return undefined
  // The commonest casing counts: "Is" starting a sentence is the common "is", not a rare "Is".
  const classes = [word, word.toLowerCase()].map((form) => lexicon.entries.get(form)).filter((size): size is number => size !== undefined && size !== hidden)
  return classes.length > 0 ? Math.min(...classes) : 100
}
