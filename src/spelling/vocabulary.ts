import type {Lexicon} from './lexicon.js'
import type {Suggester} from './suggest.js'

/**
 * What the spelling stage's checks of an unknown word read (src/stages/spelling.ts): the word lists and the suggester
 * over them, and the stage's own memoised verdict on whether a word is known. Built once per pipeline.
 */
export interface Vocabulary {
  lexicon: Lexicon
  suggester: Suggester
  /** The lists, the configuration's words and patterns, and the forms derived from them (see `wordFacts`). */
  known: (text: string) => boolean
  prefixes: ReadonlySet<string>
  functionWords: ReadonlySet<string>
  nameTitles: ReadonlySet<string>
}
