import type {RuleMeta} from '../types.js'
import type {Piece} from './tokens.js'

/** The spelling stage's rules (src/stages/spelling.ts), and the finding each check holds until the article is read. */

export const misspelling: RuleMeta = {
  source: 'spelling',
  ruleId: 'misspelling',
  severity: 'error',
  description: 'A word that is in neither the dictionary, the newsroom vocabulary nor your own lists; `expected` holds suggestions, best first.',
  example: {wrong: 'an order to ceace all activity', right: 'an order to cease all activity'},
}
/** A capitalised word that is close to a known name or word: probably a typo, but it may be a name. */
export const likelyTypo: RuleMeta = {...misspelling, severity: 'warning'}
/** A lower-case unknown word that looks like a real term (repeated, compounded, or a name in lower case): worth a look, not an error. */
export const likelyTerm: RuleMeta = {...misspelling, severity: 'info'}
export const unknownName: RuleMeta = {
  source: 'spelling',
  ruleId: 'unknown-name',
  severity: 'info',
  description: 'A capitalised word nobody knows that is not close to any known word: most likely a name; check it and add it to a dictionary.',
  example: {wrong: 'Deputy Minister Piotr Kwartnik said the talks would resume.', right: 'Deputy Minister Piotr Kwartnik said the talks would resume. (with `accept: [Kwartnik]`)'},
}
export const rejected: RuleMeta = {
  source: 'spelling',
  ruleId: 'rejected',
  severity: 'error',
  description: 'A word your configuration forbids (`reject`), with the replacement it names.',
  example: {wrong: 'It will be alright. (with `reject: {alright: all right}`)', right: 'It will be all right.'},
}
export const inconsistent: RuleMeta = {
  source: 'names',
  ruleId: 'inconsistent',
  severity: 'warning',
  description:
    'One name spelled two ways in the same article, or a word of a name one slip from the way the article writes that word elsewhere (`Patent Ofice` … `Patent Office`); `expected[0]` is the spelling the article uses otherwise.',
  example: {wrong: 'Zelensky said … Zelenskyy added', right: 'Zelensky said … Zelensky added'},
}

export const regional: RuleMeta = {
  source: 'spelling',
  ruleId: 'regional',
  severity: 'info',
  description:
    'A common word spelled the other region\'s way under the house spelling a region in `lang` names (`en-GB`, `en-US`…): in lower case, or capitalised only because it opens a sentence or heading; `expected[0]` is the house spelling. Not in names, quotations or addresses; never with plain `en`.',
  example: {wrong: 'the colour of the flag (lang: en-US)', right: 'the color of the flag'},
}

export const rules: RuleMeta[] = [misspelling, unknownName, rejected, inconsistent, regional]

/** A finding held until the article is read: the article's names may still replace it (`names/inconsistent`) or number its uses. */
export interface Pending {
  rule: RuleMeta
  piece: Piece
  reason: string
  expected: string[]
  fix?: 'safe' | 'review'
}
