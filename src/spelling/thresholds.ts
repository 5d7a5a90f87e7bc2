/** The spelling stage's tuned thresholds: word lengths, SCOWL sizes and use counts that tip a verdict. */

/** A lower-case unknown word used this often in one article is taken for a term (typos rarely repeat letter for letter). */
export const repeatedUses = 2
/** Letters of a lower-case part after a capitalised one that make it a name's syllable even when a word, if not a common one (`Pik-wan`, `Cheuk-ting`; not `-run`, `-like`, `-era`). */
export const syllableLength = 4
/** SCOWL size up to which a word counts as common: a repeated word one slip from one of these stays a typo. */
export const commonClass = 50
/**
 * Largest SCOWL size of a best suggestion that makes an unknown word a likely typo when no
 * common word is one slip away: typos are slips on common words (tuned on the tuning split:
 * 35 kept recall within 0.6 points on every list).
 */
export const likelyCorrectionClass = 35
/** dictionary-en's SCOWL size: a word of it one slip from an unknown word is a likely correction whatever its frequency (tuned: 70 took transliterations for typos). */
export const dictionaryClass = 60
/**
 * Largest SCOWL size of the common word a capitalised sentence-initial word must be one slip
 * from to be a likely typo: 20 (tuned on the tuning split; 50 took names such as `Sedin` and
 * `Loham` for `Sedan` and `Loam`). A word of two or three letters must be one slip from one of
 * the most common words (size 10: `Teh`, `Adn`).
 */
export const initialCommonClass = 20
export const initialShortClass = 10
/**
 * Shortest title, and sentence-initial word before a capitalised word, for a slip on a title rather than a given name
 * (`Presdient Biden`; `Mayoor`, `Sergen` are given names). Slips on closed-class words were tried and left out: at five
 * letters and more, 22 of 12,701 given names unknown to the lists became typos (`Alain` → `Again`, `Enver` → `Never`).
 */
export const titleSlipLength = 7
/** Shortest half of two common words run together that makes them a coinage (`fortysomething`) rather than a lost space (`eachother`). */
export const coinageHalf = 5
/** Shortest half of a closed compound: shorter halves (`alot`, `infact`) make typos of two words. */
export const compoundPart = 4
/** Largest SCOWL size of a compound's halves: both must be ordinary dictionary words. */
export const compoundClass = 60
