import {likelyTypo, type Pending} from './rules.js'
import {weightedDistance} from './suggest.js'
import {commonClass, likelyCorrectionClass} from './thresholds.js'
import {type House, regionalVariants} from './variants.js'
import type {Vocabulary} from './vocabulary.js'
import {voiced} from './word-shapes.js'

/** How near an unknown word is to the words a slip lands on: one plain slip, the commonest word one slip away, a word in capitals. */

/**
 * Whether a lower-case word is at most one plain slip (typing-aware cost ≤ 1) from the suggestion; under a house
 * spelling, or from its regional twin (`organisaton` in American copy: one slip from `organisation`, offered as `organization`).
 */
export function cheapSlip(vocabulary: Vocabulary, text: string, suggestion: string | undefined, house?: House): boolean {
  return suggestion !== undefined && suggestion === suggestion.toLowerCase() && slipForms(vocabulary, suggestion, house).some((form) => weightedDistance(text, form) <= 1)
}

/** A suggestion and, under a house spelling, its regional twins the lists know: the house's twin may be offered for a slip on the other. */
export function slipForms({lexicon}: Vocabulary, suggestion: string, house: House | undefined): string[] {
  return house ? [suggestion, ...regionalVariants(suggestion.toLowerCase()).filter((variant) => lexicon.knows(variant))] : [suggestion]
}

/** The SCOWL size of the commonest lower-case word with a vowel one slip from the word, when it is common (size ≤ 50); else undefined. */
export function commonOneSlipAway({lexicon, suggester}: Vocabulary, text: string): number | undefined {
  let best: number | undefined
  for (const form of suggester.oneEditAway(text)) {
    const size = lexicon.frequencyClass(form) ?? 95
    if (form === form.toLowerCase() && voiced(form) && size <= commonClass && (best === undefined || size < best)) best = size
  }
  return best
}

/**
 * A word in capitals that is no acronym but a slip (`REPECT TO HAPPENED`, `lurking AGRESSIVE atheists`): unknown in
 * capitals, and a known misspelling, or one slip from a common word (SCOWL size ≤ 35) beside another word in capitals
 * the lists know (a line in capitals). Alone among lower-case words, a word in capitals one slip from a word is an
 * acronym as often (`NCLAN`, `PARNAS`, `CEIBS` on real copy): left alone.
 */
export function slipInCapitals(vocabulary: Vocabulary, text: string, previous: string | undefined, next: string | undefined): Omit<Pending, 'piece'> | undefined {
  const {known, suggester} = vocabulary
  if (known(text)) return undefined
  const lower = text.toLowerCase()
  const inCapitals = [previous, next].some((word) => word !== undefined && /^[A-Z]{2,}$/.test(word) && known(word))
  if (suggester.listedCorrections(lower).length === 0 && !(inCapitals && (commonOneSlipAway(vocabulary, lower) ?? 95) <= likelyCorrectionClass)) return undefined
  const {words, certain} = suggester.suggest(text)
  return {rule: likelyTypo, reason: `\`${text}\` is in capitals but no acronym the lists know${words[0] ? `; did you mean \`${words[0]}\`?` : ''}`, expected: words, ...(certain && words.length > 0 ? {fix: 'review' as const} : {})}
}
