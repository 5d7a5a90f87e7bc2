import type {Lexicon} from './lexicon.js'
import type {Suggester} from './suggest.js'
import {initialCommonClass} from './thresholds.js'

/** Words the lists know by derivation though they do not hold them: -ically adverbs, -ological adjectives, family plurals. */

/**
 * "meritocratically" from "meritocratic": the lists hold few -ically adverbs of rare
 * adjectives. Only long adjectives qualify, so "publically" (for "publicly") stays an error.
 */
export function derivedAdverb(lexicon: Lexicon, text: string): boolean {
  const lower = text.toLowerCase()
  const adjective = /^(\p{L}{6,}ic)ally$/u.exec(lower)?.[1]
  if (adjective !== undefined) return lexicon.knows(adjective)
  // `andrological` from `andrology`: the lists hold the -ology nouns of many fields but not all their adjectives.
  const field = /^(\p{L}{3,}olog)ical$/u.exec(lower)?.[1]
  return field !== undefined && lexicon.knows(`${field}y`)
}

/**
 * `the Navalnys`, `the Obamas`, `the Skripals'`: a family plural, a name the lists hold capitalised only (not `polish`,
 * nor a part of a name from people-names.txt, which is never suggested) with an `s`. Not on a name whose plural
 * takes `-es` (`s`, `x`, `z`, `sh`, `ch`: `Pariss`, `Frenchs` are slips), nor when a common word is one slip from the
 * plural: at a sentence start that is a slip on the word (`Elways` for `Always`; Elway is a name).
 */
export function familyPlural(lexicon: Lexicon, suggester: Suggester, text: string): boolean {
  const stem = /^(\p{Lu}\p{Ll}{2,})s$/u.exec(text)?.[1]
  if (stem === undefined || /(?:[sxz]|[sc]h)$/.test(stem) || !lexicon.suggestable(stem.toLowerCase()).includes(stem) || lexicon.knows(stem.toLowerCase())) return false
  return !suggester.oneEditAway(text).some((form) => form === form.toLowerCase() && (lexicon.frequencyClass(form) ?? 95) <= initialCommonClass)
}
