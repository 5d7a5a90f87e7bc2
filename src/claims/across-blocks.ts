import type {Paragraph} from 'nlcst'
import {blockData, textOf, toString} from '../nlcst.js'
import type {Token} from './match.js'
import type {QuoteGoesOn} from './quotes.js'

/**
 * What runs on from one block into the next: a source's statement introduced by a colon, and a quotation that a
 * paragraph left open.
 */

/** A source's statement introduced by a sentence ending in a colon: the block it follows, and whether it runs on as a list. */
export interface Statement {
  after: Paragraph
  /** A block after the introduction has been read as the statement. */
  started: boolean
  items: boolean
}

/** Gap between an introduction and its statement: a blank line, a paragraph tag, a list marker. An image or embed between is longer. */
const statementGap = 12

/**
 * Whether `paragraph` goes on with the statement: it comes right after the block before it (nothing skipped
 * between, such as an embedded post), holds no quotation marks of its own (those say whose words are whose), and
 * is the first block after the introduction or the next item of a list that opened it.
 */
export function continuesStatement(statement: Statement, paragraph: Paragraph, tokenLists: Token[][]): boolean {
  const item = blockData(paragraph).block === 'item'
  if (statement.started && !(statement.items && item)) return false
  const adjacent = paragraph.position && statement.after.position && paragraph.position.start.offset! - statement.after.position.end.offset! <= statementGap
  if (!adjacent || tokenLists.some((tokens) => tokens.some((token) => token.inQuote))) return false
  statement.after = paragraph
  statement.started = true
  statement.items = item
  return true
}

/**
 * Whether a paragraph goes on with a quotation the one before left open: it opens with a quotation mark (news style's
 * sign), or its first curly quotation mark or guillemet closes (`Lavrov said: “The talks have failed. Prices will rise.` ¶
 * `The economy will shrink”.`: the quotation runs on unmarked; review of round 10), alone at its end or not.
 */
export function goesOnWithQuote(paragraph: Paragraph | undefined): QuoteGoesOn {
  const first = paragraph?.children[0]
  const token = first?.type === 'SentenceNode' ? first.children[0] : first
  if (token !== undefined && /^(?:["“«„]|``)/.test(toString(token))) return 'opens'
  if (paragraph === undefined) return 'no'
  // The language stage has built every paragraph's text already.
  const text = textOf(paragraph)
  // Found once: two expressions that scanned the whole text before failing were a fiftieth of the analysis.
  const at = text.search(curlyMarks)
  if (at === -1 || (text[at] !== '”' && text[at] !== '»')) return 'no'
  // At its end: nothing after it but one stop and white space (trimEnd drops what `\s` matches).
  const rest = text.slice(at + 1).trimEnd()
  return rest === '' || (rest.length === 1 && '.!?…'.includes(rest)) ? 'ends' : 'closes'
}

const curlyMarks = /[“”«»„]/
