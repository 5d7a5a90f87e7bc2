import type {Node, Paragraph, Parent, Root, Sentence, Word} from 'nlcst'
import {textOf} from './node-text.js'

export {textOf}

/** What the parser records on each paragraph node about the block it came from. */
export interface BlockData {
  /** Markdown/HTML block kind: `paragraph`, `heading`, `cell`, `quote`, `item`, `caption`; ninjs field name for ninjs. */
  block?: string
  /** Heading depth (1–6) for `heading` blocks. */
  depth?: number
  /** ISO 639-3 code set by the language stage on a passage in another language. */
  lang?: string
}

export function blockData(node: Paragraph | Sentence): BlockData {
  return (node.data ?? {}) as BlockData
}

/** 0-based start and end offsets of a node in the original file. */
export function span(node: Node): {start: number; end: number} {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) throw new Error(`${node.type} without position`)
  return {start, end}
}

export function paragraphs(tree: Root): Paragraph[] {
  return tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')
}

export function sentencesOf(paragraph: Paragraph): Sentence[] {
  return paragraph.children.filter((node): node is Sentence => node.type === 'SentenceNode')
}

/**
 * Sentences in the expected language, with their paragraph, in order.
 * The language stage marks foreign passages with `data.lang`; English-only
 * stages iterate through this so that an untranslated paragraph gives one
 * finding, not twenty.
 */
export function checkedSentences(tree: Root): Array<{paragraph: Paragraph; sentence: Sentence}> {
  // An array built in one loop, not a generator over filtered arrays: four stages walk it for every article.
  const found: Array<{paragraph: Paragraph; sentence: Sentence}> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode' || blockData(paragraph).lang) continue
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode' && !blockData(sentence).lang) found.push({paragraph, sentence})
    }
  }
  return found
}

export function wordsOf(sentence: Sentence): Word[] {
  return sentence.children.filter((node): node is Word => node.type === 'WordNode')
}

/**
 * nlcst-to-string's `toString`, without its array and `join` per node: the
 * spelling and claims stages ask for the text of every word (a word is
 * nearly always one text node, returned as it is), and those arrays were
 * about a twentieth of a check's allocations.
 */
export function toString(node: Node | Node[]): string {
  if (!Array.isArray(node) && 'value' in node) return node.value as string
  const children = Array.isArray(node) ? node : ((node as Parent).children ?? [])
  if (children.length === 1) return toString(children[0]!)
  let text = ''
  for (const child of children) text += toString(child)
  return text
}

/** The texts of a paragraph's children (sentences, and the white space between them): its `textOf` in parts. */
export function childTexts(paragraph: Paragraph): string[] {
  return paragraph.children.map((child) => (child.type === 'SentenceNode' ? textOf(child) : toString(child)))
}
