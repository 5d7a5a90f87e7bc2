import {commonClass, compoundClass, compoundPart} from './thresholds.js'
import type {Vocabulary} from './vocabulary.js'

/** Words made of two words: a lost space (`eachother`), a closed compound (`gameboards`), a slip that swaps one of its words. */

/** Words that are also derivational suffixes: `publically` is public + -ally gone wrong, not public + ally. */
const suffixWords = new Set(['ally', 'able', 'less', 'ness', 'ship', 'hood', 'ward', 'wards', 'wise', 'like', 'some'])

/** `eachother` → `each other`: the split into two common lower-case words whose rarer half is commonest. */
export function runTogether(vocabulary: Vocabulary, text: string): string | undefined {
  const {lexicon} = vocabulary
  let best: [string, number] | undefined
  // Halves of two letters or more: the lists hold every single letter as a word.
  for (let at = 2; at <= text.length - 2; at++) {
    const rarer = Math.max(lexicon.frequencyClass(text.slice(0, at)) ?? 95, lexicon.frequencyClass(text.slice(at)) ?? 95)
    if (rarer <= commonClass && (!best || rarer < best[1])) best = [`${text.slice(0, at)} ${text.slice(at)}`, rarer]
  }
  return best?.[0]
}

/** `gameboards` → game + boards: both parts known content words of four letters or more, in the main list. */
export function closedCompound(vocabulary: Vocabulary, text: string): [string, string] | undefined {
  if (!/^\p{Ll}+$/u.test(text)) return undefined
  for (let at = compoundPart; at <= text.length - compoundPart; at++) {
    const head = text.slice(0, at)
    const tail = text.slice(at)
    if (contentWord(vocabulary, head, false) && contentWord(vocabulary, tail, true)) return [head, tail]
  }
  return undefined
}

/**
 * Whether a suggestion changes one letter of a closed compound and so puts another word for one of its
 * words (`childrearing` → `childbearing`, `firetower` → `firepower`, `overpainted` → `overprinted`): both
 * spellings are made of words, so the slip is no evidence of a typo. A letter left out or two swapped
 * are slips of the compound itself (`heckpoint` → `checkpoint`, `deadlien` → `deadline`), as is a slip
 * across its seam (`profitting` → `profiting`).
 */
export function swapsAPart(vocabulary: Vocabulary, text: string, suggestion: string): boolean {
  if (suggestion.length !== text.length || [...text].filter((char, at) => char !== suggestion[at]).length !== 1) return false
  for (let at = compoundPart; at <= text.length - compoundPart; at++) {
    const head = text.slice(0, at)
    const tail = text.slice(at)
    if (!(contentWord(vocabulary, head, false) || vocabulary.prefixes.has(head)) || !contentWord(vocabulary, tail, true)) continue
    if (suggestion.startsWith(head) && contentWord(vocabulary, suggestion.slice(at), true)) return true
    if (suggestion.endsWith(tail) && contentWord(vocabulary, suggestion.slice(0, suggestion.length - tail.length), false)) return true
  }
  return false
}

/** A word of four letters or more that carries meaning: no function word, nor a suffix's spelling as a compound's tail. */
function contentWord({lexicon, functionWords}: Vocabulary, word: string, tail: boolean): boolean {
  if (functionWords.has(word) || (tail && suffixWords.has(word))) return false
  return (lexicon.frequencyClass(word) ?? 95) <= compoundClass
}
