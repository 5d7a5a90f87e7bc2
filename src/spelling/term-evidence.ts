import {closedCompound} from './compounds.js'
import {likelyTerm, type Pending} from './rules.js'
import {commonClass, compoundClass, repeatedUses} from './thresholds.js'
import type {Piece} from './tokens.js'
import type {Vocabulary} from './vocabulary.js'

/**
 * Why a lower-case unknown word is more likely a real term than a typo, as a
 * finding at `info`, or undefined. A known name in lower case (`reddit`,
 * `british`) is a matter of capitals, not of letters, unless a commoner word is
 * one slip away (`mike` is more often `make` than a name). Otherwise never when
 * a common word is one slip away (people do repeat `recieve`); a slip is not repeated letter for letter, so a
 * word the article uses again (`santorum`, `aerogel`) is a term; and a
 * closed compound of two content words (`gameboards`, `studymate`) is a
 * coinage, not a slip.
 */
export function termEvidence(vocabulary: Vocabulary, text: string, count: number, slipClass: number | undefined): ((piece: Piece) => Pending) | undefined {
  const {lexicon, prefixes} = vocabulary
  const info = (reason: string, expected: string[] = []) => (piece: Piece): Pending => ({rule: likelyTerm, piece, reason, expected, ...(expected.length > 0 ? {fix: 'review' as const} : {})})
  // A common word one slip away makes a typo likelier than any term (`recieve`; `mike` for `make`), unless
  // it is a name at least as common in lower case: a capital left out (`british`, not `brutish`).
  const name = lowerCaseName(vocabulary, text)
  if (name && (slipClass === undefined || (lexicon.frequencyClass(name) ?? 95) <= slipClass)) return info(`\`${text}\` is the name \`${name}\` in lower case`, [name])
  if (slipClass !== undefined) return undefined
  if (count >= repeatedUses) return info(`\`${text}\` is not in the dictionary, but this article uses it ${count} times: probably a real term; check it and add it to a dictionary`)
  const prefixed = [...prefixes].find((prefix) => prefix.length >= 3 && text.startsWith(prefix) && text.length - prefix.length >= 4 && (lexicon.frequencyClass(text.slice(prefix.length)) ?? 95) <= compoundClass)
  if (prefixed) return info(`\`${text}\` is not in the dictionary, but it is \`${prefixed}-\` before \`${text.slice(prefixed.length)}\`: probably a derived word; check it`)
  const compound = closedCompound(vocabulary, text)
  if (compound) return info(`\`${text}\` is not in the dictionary, but it is made of \`${compound[0]}\` and \`${compound[1]}\`: probably a compound; check it and add it to a dictionary`)
  return undefined
}

/** `reddit` → Reddit: a name the lists know well, written without its capitals. */
export function lowerCaseName({lexicon, suggester}: Vocabulary, text: string): string | undefined {
  if (text.length < 4) return undefined
  const forms = suggester.namesOf(text)
  return forms.find((form) => lexicon.isCurated(form) || (lexicon.frequencyClass(form) ?? 95) <= commonClass)
}
