import type {Sentence, Word} from 'nlcst'
import {toString} from '../nlcst.js'

/** Where a capital letter says nothing about a name: a title's words, and a sentence's or clause's first word. */

/** Blocks where every word may be capitalised, so capitals say nothing about names. */
export const titleBlocks = new Set(['heading', 'headline', 'cell', 'caption'])
/** Punctuation after which a capital letter starts a new clause. */
const clauseOpeners = /^[:;"“”‘'«(\u2014\u2013]$/

/** The words of a sentence that start it or follow a clause opener (`:`, a quote, a dash…), in one pass. */
export function clauseStarts(sentence: Sentence): Set<Word> {
  const starts = new Set<Word>()
  let atStart = true
  for (const node of sentence.children) {
    if (node.type === 'WhiteSpaceNode') continue
    if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
      if (clauseOpeners.test(toString(node))) atStart = true
      continue
    }
    if (node.type === 'WordNode' && atStart) starts.add(node)
    atStart = false
  }
  return starts
}

/** Short words that title case leaves in lower case. */
const titleCaseMinor = new Set(['from', 'with', 'into', 'onto', 'over', 'upon', 'than', 'that', 'amid', 'after', 'about', 'under', 'versus'])

/**
 * Headlines in running text: every word capitalised but articles, short
 * prepositions and conjunctions. A sentence merely full of names still has
 * lower-case content words ("councillors", "elected").
 */
export function isTitleCase(texts: string[]): boolean {
  let words = 0
  for (const text of texts) {
    if (!/^\p{L}/u.test(text)) continue
    if (!(/^\p{Lu}/u.test(text) || text.length <= 3 || titleCaseMinor.has(text))) return false
    words++
  }
  return words >= 3
}
