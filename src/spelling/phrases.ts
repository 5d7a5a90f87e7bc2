import {type LoudWord, startsPhrase} from './word-facts.js'
import {phraseKey} from './word-shapes.js'

/** Words in the longest listed phrase (`je ne sais quoi`). */
const longestPhrase = 4
/** No word of a sentence in a listed phrase: most sentences. */
export const noPhrase: ReadonlySet<number> = new Set()

/**
 * Positions of words that belong to a known phrase ("de facto", "persona non grata"). The
 * sentence's facts say which words may start one (most start none), so only those and the
 * words after them are put in the phrases' form.
 */
export function phraseWords(words: string[], facts: ReadonlyArray<number | LoudWord>, phrases: ReadonlySet<string>): Set<number> {
  const found = new Set<number>()
  for (let start = 0; start < words.length; start++) {
    const fact = facts[start]!
    if (!((typeof fact === 'number' ? fact : fact.bits) & startsPhrase)) continue
    let phrase = phraseKey(words[start]!)
    for (let length = 2; length <= longestPhrase && start + length <= words.length; length++) {
      phrase += ` ${phraseKey(words[start + length - 1]!)}`
      if (!phrases.has(phrase)) continue
      for (let offset = 0; offset < length; offset++) found.add(start + offset)
    }
  }
  return found
}
