import type {Lexicon} from './lexicon.js'
import type {Suggester} from './suggest.js'
import type {NameForm} from './word-facts.js'

/**
 * What the spelling stage's checks of an unknown word read (src/stages/spelling.ts): the word lists and the suggester
 * over them, and the stage's own memoised verdicts on a word's text: known, a name. Built once per pipeline.
 */
export interface Vocabulary {
  lexicon: Lexicon
  suggester: Suggester
  /** The lists, the configuration's words and patterns, and the forms derived from them (see `wordFacts`). */
  known: (text: string) => boolean
  /** The name a word's text gives the article's names, or null (see `wordFacts`). */
  nameOf: (text: string) => NameForm | null
  prefixes: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  nameTitles: ReadonlySet<string>
}
