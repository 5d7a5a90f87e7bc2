import {hidden, type Lexicon, loadBaseLexicon} from '../spelling/lexicon.js'

let lexicon: Lexicon | undefined

/**
 * How common `word` is in English (SCOWL frequency class, lower is more
 * common), or undefined for an unknown word; from the spelling stage's word
 * list, read only. Loaded on first use: the look-alike repair needs it just to
 * tell `Istanbul` from `like` when a disguised `I`/`l` starts a word.
 */
export function englishRank(word: string): number | undefined {
  lexicon ??= loadBaseLexicon()
  if (!lexicon.knows(word)) return undefined
  // The commonest casing counts: "Is" starting a sentence is the common "is", not a rare "Is".
  const classes = [word, word.toLowerCase()].map((form) => lexicon!.entries.get(form)).filter((size): size is number => size !== undefined && size !== hidden)
  return classes.length > 0 ? Math.min(...classes) : 100
}
