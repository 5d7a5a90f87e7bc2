import type {Node, Paragraph, Parent, Sentence} from 'nlcst'
import {textOf} from '../nlcst.js'

/**
 * The text of an nlcst node with, for each character, where it starts and ends
 * in the original file. Rules can then match with regular expressions on the
 * text, whatever the tokenizer did (it splits some look-alike symbols and
 * numbers such as `6,5` into several nodes), and still report exact offsets.
 *
 * The map is kept per leaf, not per character: arrays of two numbers a
 * character cost more to build (and to collect as garbage) than the rules
 * that read them, which ask for a handful of offsets an article.
 */
export class MappedText {
  constructor(
    readonly text: string,
    private readonly leaves: Leaves,
  ) {}

  /** File offset where character `index` starts. */
  start(index: number): number {
    const leaf = this.leafOf(index)
    return this.exact(leaf) ? this.leaves.from[leaf]! + index - this.leaves.at[leaf]! : this.leaves.from[leaf]!
  }

  /** File offset where character `index` ends (exclusive). */
  end(index: number): number {
    const leaf = this.leafOf(index)
    return this.exact(leaf) ? this.leaves.from[leaf]! + index - this.leaves.at[leaf]! + 1 : this.leaves.to[leaf]!
  }

  /** The same text with characters replaced one for one (same length, same map). */
  withText(text: string): MappedText {
    return new MappedText(text, this.leaves)
  }

  /** A leaf is as long as its source unless it came from an entity or escape; then every character maps to the whole leaf. */
  private exact(leaf: number): boolean {
    const {at, from, to} = this.leaves
    return to[leaf]! - from[leaf]! === (at[leaf + 1] ?? this.text.length) - at[leaf]!
  }

  /** The last leaf that begins at or before `index`. */
  private leafOf(index: number): number {
    const {at} = this.leaves
    let low = 0
    let high = at.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (at[middle]! <= index) low = middle
      else high = middle - 1
    }
    return low
  }
}

/** Per leaf with text, in order: the index in the text where it begins, and its range in the file. */
interface Leaves {
  at: number[]
  from: number[]
  to: number[]
}

/** A text being collected: its length and leaves, and whether it is the node's own text (`textOf`). */
interface Collecting {
  length: number
  leaves: Leaves
  /** False once a leaf is masked (a SourceNode) or left out (no place in the file): the text is then built (`maskedText`). */
  verbatim: boolean
}

/**
 * URLs, e-mail addresses and @handles that the syntax plugins did not turn into
 * SourceNodes: they miss any with non-ASCII letters (https://ru.wikipedia.org/wiki/Путин).
 */
// Each branch starts only where its run starts (look-behinds), so a long run is scanned once, not from every letter.
const notProse =
  /(?:(?<![a-z\d+.-])[a-z][a-z\d+.-]*:\/\/|(?<![\p{L}\p{N}.])www\.)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]]|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}])@[\p{L}\p{N}_]+/giu

/** Every branch of `notProse` needs one of these. */
function mayHoldNotProse(text: string): boolean {
  return text.includes('://') || text.includes('@') || /www\./i.test(text)
}

/**
 * The script and names stages read the same sentences, typography their paragraphs: each node's text is built once
 * (read-only), and kept as collected too, before URLs are masked: a paragraph's is collected from its sentences'.
 * One WeakMap for both: an entry costs more than the look-up.
 */
const built = new WeakMap<Node, {collected: Collecting; mapped: MappedText}>()

/**
 * A sentence's or paragraph's text, mapped to the file. Unless a leaf is masked or left out, that is the
 * node's `textOf`, which the language stage has built already: only the offsets are collected. Building a
 * second copy of every sentence's text here, leaf by leaf, cost 5% of a check's CPU (A/B of 400 articles, both orders).
 */
export function mappedText(node: Paragraph | Sentence): MappedText {
  const cached = built.get(node)
  if (cached) return cached.mapped
  const into: Collecting = {length: 0, leaves: {at: [], from: [], to: []}, verbatim: true}
  collect(node, into)
  const raw = new MappedText(into.verbatim ? textOf(node) : maskedText(node), into.leaves)
  // Masked per node as before, not sliced from the paragraph's: a URL can run across a sentence break.
  const result = mayHoldNotProse(raw.text) ? raw.withText(raw.text.replace(notProse, (match) => '\uFFFC'.repeat(match.length))) : raw
  built.set(node, {collected: into, mapped: result})
  return result
}

function collect(node: Node, into: Collecting): void {
  // Only sentences are looked up: a WeakMap look-up gives each leaf an identity hash, which costs more than the leaf.
  const done = node.type === 'SentenceNode' ? built.get(node)?.collected : undefined
  if (done) {
    const {at, from, to} = done.leaves
    const base = into.length
    for (let leaf = 0; leaf < at.length; leaf++) push(into, at[leaf]! + base, from[leaf]!, to[leaf]!, (at[leaf + 1] ?? done.length) - at[leaf]!)
    into.length += done.length
    into.verbatim &&= done.verbatim
    return
  }
  if ('children' in node) {
    for (const child of (node as Parent).children) collect(child, into)
    return
  }
  if (!('value' in node) || typeof node.value !== 'string' || node.value.length === 0) return
  if (!node.position) {
    into.verbatim = false
    return
  }
  // URLs, e-mail addresses and @mentions (SourceNode) are not prose: an opaque
  // placeholder keeps offsets and stops words matching across them.
  if (node.type === 'SourceNode') into.verbatim = false
  // The offsets as `span` (src/nlcst.ts) reads them, without its object for every leaf of every sentence.
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) throw new Error(`${node.type} without position`)
  push(into, into.length, start, end, node.value.length)
  into.length += node.value.length
}

/** The text `collect` maps when it is not the node's own: each SourceNode masked, leaves without a place left out. */
function maskedText(node: Node): string {
  if ('children' in node) {
    let text = ''
    for (const child of (node as Parent).children) text += maskedText(child)
    return text
  }
  if (!('value' in node) || typeof node.value !== 'string' || !node.position) return ''
  return node.type === 'SourceNode' ? '\uFFFC'.repeat(node.value.length) : node.value
}

/**
 * Adds a leaf, or extends the last one when both map one to one and the new
 * one starts where the last ends in the file: a plain sentence is then one
 * leaf, not one per word and space, with the same offsets for every character.
 */
function push(into: Collecting, at: number, from: number, to: number, length: number): void {
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

/** File offsets of the text range [from, to). */
export function offsets(mapped: MappedText, from: number, to: number): {start: number; end: number} {
  return {start: mapped.start(from), end: mapped.end(to - 1)}
}

/** The first character that starts at or after file offset `offset`, or -1. */
export function firstStartingFrom(mapped: MappedText, offset: number): number {
  for (let index = 0; index < mapped.text.length; index++) if (mapped.start(index) >= offset) return index
  return -1
}

/** The last character that ends at or before file offset `offset`, or -1. */
export function lastEndingBy(mapped: MappedText, offset: number): number {
  for (let index = mapped.text.length - 1; index >= 0; index--) if (mapped.end(index) <= offset) return index
  return -1
}
