import {BoundedMap, wordMemoLimit} from '../memo.js'
import type {NameUse} from './consistency.js'
import {derivedAdverb, familyPlural} from './derived-words.js'
import type {Lexicon} from './lexicon.js'
import type {Suggester} from './suggest.js'
import {normalise, notForSpelling, type Piece, withoutAccents, withoutPossessive} from './tokens.js'
import {phraseKey, plainCapitalised, plainLowerCase, pluralLetter} from './word-shapes.js'

/** What a word's text alone says, decided once per distinct word for the pipeline's life: known or not, quiet or not, a name or not. */

/** Bits of a word's `facts`. */
const quietWord = 1
export const startsPhrase = 2
export /** What every use of a word that is not quiet needs from its text (see `facts`). */
interface LoudWord {
  bits: number
  rejection: string | undefined
  capitalised: boolean
  /** Whether the whole word is no spelling matter or known. */
  skipped: boolean
  /** The text without possessive, as `midSentence` holds names. */
  nameKey: string
  /** `nameFacts` of the text, once asked for (undefined: not yet): each use of a capitalised word notes a name. */
  name: NameForm | null | undefined
}

export /** A name as the article's names hold it: its text without possessive, and that part's length. */
interface NameForm {
  text: string
  length: number
}

/** One verdict per distinct token for the pipeline's life: most tokens of a batch are repeats. */
export function memo<T>(decide: (text: string) => T): (text: string) => T {
  const verdicts = new BoundedMap<string, T>(wordMemoLimit)
  return (text: string): T => {
    let verdict = verdicts.get(text)
    if (verdict === undefined) {
      verdict = decide(text)
      verdicts.set(text, verdict)
    }
    return verdict
  }
}

/**
 * The stage's memoised look-ups of a word's text (see `facts`), over the lists, the words and patterns the configuration
 * accepts (its words already added to `lexicon`) and the words it rejects. Built once per pipeline.
 */
export function wordFacts(lexicon: Lexicon, suggester: Suggester, patterns: readonly RegExp[], rejects: ReadonlyMap<string, string>) {
  const phraseStarts = new Set([...lexicon.phrases].map((phrase) => phrase.split(' ')[0]!))
  const accepted = (text: string): boolean => lexicon.knows(text) || patterns.some((pattern) => pattern.test(text))
  const known = memo((text) => decideKnown(text))
  /**
   * What a word's text alone says, in one look-up per word: the bits (quiet: not rejected, not
   * capitalised, skipped; may start a known phrase) for most words, and for the others
   * (capitalised, rejected or unknown) all that their every use needs, so that a name met again
   * costs no more look-ups. A word of lower-case ASCII letters (most words) is no acronym, handle
   * or number, has no apostrophe, accent or full stop to undo and no capital: one lexicon probe.
   */
  const facts = memo((text): number | LoudWord => {
    const plainLower = plainLowerCase.test(text)
    const plain = plainLower ? text : normalise(text)
    const rejection = rejects.get(plain)
    const capitalised = !plainLower && /^\p{Lu}/u.test(text)
    // No spelling matter (digits, acronyms, addresses…) or a known word.
    const skipped = plainLower ? decideKnown(text) : (plainCapitalised.test(text) ? pluralLetter.test(text) : notForSpelling(text) !== undefined) || known(text)
    const bits = (rejection === undefined && !capitalised && skipped ? quietWord : 0) | (phraseStarts.has(plainLower ? text : phraseKey(text)) ? startsPhrase : 0)
    return bits & quietWord ? bits : {bits, rejection, capitalised, skipped, nameKey: plainLower ? text : withoutPossessive(plain), name: undefined}
  })
  /**
   * What a word's text gives the names of an article: the name without its possessive and that
   * part's length, or null. Only capitalised words that are not ordinary words ("Said", "The")
   * can be names; words with letters of other scripts ("Istanbսl") belong to the script stage.
   */
  const nameFacts = (text: string): NameForm | null => {
    const base = withoutPossessive(normalise(text))
    const lower = base.toLowerCase()
    // Asked once per distinct word (see `nameOf`): a plain lower case takes one probe, not the general look-up and its memo.
    if ((plainLowerCase.test(lower) ? lexicon.knowsLowerCase(lower) : lexicon.knows(lower)) || !/^\p{Lu}\p{Ll}/u.test(text) || notForSpelling(text)) return null
    return {text: normalise(text.slice(0, base.length)), length: base.length}
  }
  const decideKnown = (text: string): boolean => {
    if (plainLowerCase.test(text)) return lexicon.knowsLowerCase(text) || patterns.some((pattern) => pattern.test(text)) || derivedAdverb(lexicon, text)
    if (plainCapitalised.test(text)) return lexicon.knowsCapitalised(text) || patterns.some((pattern) => pattern.test(text)) || derivedAdverb(lexicon, text) || familyPlural(lexicon, suggester, text)
    const plain = normalise(text)
    const base = withoutPossessive(plain)
    if (accepted(plain) || (base !== plain && accepted(base)) || derivedAdverb(lexicon, base) || familyPlural(lexicon, suggester, base)) return true
    const bare = withoutAccents(base)
    return bare !== base && accepted(bare)
  }
  return {known, facts, nameFacts, nameOf: memo(nameFacts)}
}

/** Notes a use of a name (`name`: the `nameFacts` of the piece's text) among the article's names. */
export function noteName(names: NameUse[], piece: Piece, name: NameForm | null): void {
  if (name) names.push({text: name.text, start: piece.start, end: name.length === piece.text.length ? piece.end : piece.start + name.length})
}
