import {type Lexicon, loadBaseLexicon} from '../spelling/lexicon.js'

let lexicon: Lexicon | undefined

/**
 * Whether `word` is an English word, from the spelling stage's word list (read
 * only). Loaded on first use: the look-alike repair needs it just to tell
 * `Istanbul` from `like` when a disguised `I`/`l` starts a word.
 */
export function isEnglishWord(word: string): boolean {
  lexicon ??= loadBaseLexicon()
  return lexicon.knows(word)
}
