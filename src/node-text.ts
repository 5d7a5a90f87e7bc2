import type {Node, Paragraph, Parent, Sentence} from 'nlcst'
import type {MappedText} from './script/text.js'

/** Per leaf with text, in order: the index in the text where it begins, and its range in the file. */
export interface Leaves {
  at: number[]
  from: number[]
  to: number[]
}

/**
 * What a paragraph or sentence holds, found once in one walk of its leaves: its text (`textOf`) and,
 * for the script stage's `mappedText` (src/script/text.ts), where its leaves sit in the file. The
 * language stage reads every text first, then the script, names and typography stages map the same
 * sentences and paragraphs: one walk and one cache entry where each had its own (2.8% of a check's CPU).
 */
export interface NodeText {
  /** The node's text, flat: joined, not added leaf by leaf into a chain that each scan of it must flatten or follow (1.7% of a check's CPU). */
  text: string
  /** The leaves with text and a place in the file, where `mappedText` reads them: masked SourceNodes in, placeless leaves out. */
  leaves: Leaves
  /** The length of the text those leaves make. */
  mappedLength: number
  /** Whether the leaves make the text itself: no SourceNode (masked in `mappedText`) and no leaf without a place. */
  verbatim: boolean
  /** `mappedText`'s result, once asked for. */
  mapped: MappedText | undefined
}

/**
 * Where a node keeps its `NodeText`: on the node, under a symbol no one else reads. A WeakMap entry cost more
 * than the walk: 2% of a check's CPU (mean of 8 A/B runs, 4 each order).
 */
const found: unique symbol = Symbol('nodeText')

/** A paragraph's or sentence's `NodeText`. Stages never change the tree's text, so it cannot go stale. */
export function nodeText(node: Paragraph | Sentence): NodeText {
  const holder = node as (Paragraph | Sentence) & {[found]?: NodeText}
  let text = holder[found]
  if (text === undefined) {
    text = {text: '', leaves: {at: [], from: [], to: []}, mappedLength: 0, verbatim: true, mapped: undefined}
    if (node.type === 'ParagraphNode') {
      // A paragraph's text and leaves are its sentences' (walked once, for the language stage) and the white space between.
      const parts: string[] = []
      for (const child of node.children) {
        if (child.type === 'SentenceNode') addSentence(text, nodeText(child), parts)
        else walk(child, text, parts)
      }
      text.text = parts.join('')
    } else {
      walk(node, text, pieces)
      text.text = pieces.join('')
      pieces.length = 0
    }
    holder[found] = text
  }
  return text
}

/** `toString` of a paragraph or sentence, built once (see `NodeText`). */
export function textOf(node: Paragraph | Sentence): string {
  return nodeText(node).text
}

/** A sentence's leaves' texts, reused: `nodeText` joins them. */
const pieces: string[] = []

function walk(node: Node, into: NodeText, parts: string[]): void {
  if ('children' in node) {
    for (const child of (node as Parent).children) walk(child, into, parts)
    return
  }
  if (!('value' in node) || typeof node.value !== 'string' || node.value.length === 0) return
  parts.push(node.value)
  if (!node.position) {
    into.verbatim = false
    return
  }
  // URLs, e-mail addresses and @mentions (SourceNode) are not prose: `mappedText` masks them, so its text is built apart.
  if (node.type === 'SourceNode') into.verbatim = false
  // The offsets as `span` (src/nlcst.ts) reads them, without its object for every leaf of every sentence.
  const start = node.position.start.offset
  const end = node.position.end.offset
  if (start === undefined || end === undefined) throw new Error(`${node.type} without position`)
  push(into, into.mappedLength, start, end, node.value.length)
  into.mappedLength += node.value.length
}

function addSentence(into: NodeText, sentence: NodeText, parts: string[]): void {
  parts.push(sentence.text)
  const {at, from, to} = sentence.leaves
  const base = into.mappedLength
  for (let leaf = 0; leaf < at.length; leaf++) push(into, at[leaf]! + base, from[leaf]!, to[leaf]!, (at[leaf + 1] ?? sentence.mappedLength) - at[leaf]!)
  into.mappedLength += sentence.mappedLength
  into.verbatim &&= sentence.verbatim
}

/**
 * Adds a leaf, or extends the last one when both map one to one and the new
 * one starts where the last ends in the file: a plain sentence is then one
 * leaf, not one per word and space, with the same offsets for every character.
 */
function push(into: NodeText, at: number, from: number, to: number, length: number): void {
  const {leaves} = into
  const last = leaves.at.length - 1
  if (last >= 0 && to - from === length && leaves.to[last] === from && leaves.to[last]! - leaves.from[last]! === at - leaves.at[last]!) {
    leaves.to[last] = to
    return
  }
  leaves.at.push(at)
  leaves.from.push(from)
  leaves.to.push(to)
}
