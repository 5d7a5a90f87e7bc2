import type {Node, Paragraph, Parent, Sentence} from 'nlcst'
import {type Leaves, nodeText} from '../node-text.js'

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
 * A sentence's or paragraph's text, mapped to the file, made once (read-only): the script and names stages read the
 * same sentences, typography their paragraphs. Unless a leaf is masked or left out, the text is the node's `textOf`,
 * whose walk of the leaves found their offsets too. Building a second copy of every sentence's text here, leaf by
 * leaf, cost 5% of a check's CPU (A/B of 400 articles, both orders).
 */
export function mappedText(node: Paragraph | Sentence): MappedText {
  const found = nodeText(node)
  if (found.mapped) return found.mapped
  const raw = new MappedText(found.verbatim ? found.text : maskedText(node), found.leaves)
  // Masked per node as before, not sliced from the paragraph's: a URL can run across a sentence break.
  found.mapped = mayHoldNotProse(raw.text) ? raw.withText(raw.text.replace(notProse, (match) => '\uFFFC'.repeat(match.length))) : raw
  return found.mapped
}

/**
 * The text `mappedText` maps when it is not the node's own: URLs, e-mail addresses and @mentions (SourceNode) are not
 * prose, and an opaque placeholder keeps offsets and stops words matching across them; leaves without a place are left out.
 */
function maskedText(node: Node): string {
  if ('children' in node) {
    let text = ''
    for (const child of (node as Parent).children) text += maskedText(child)
    return text
  }
  if (!('value' in node) || typeof node.value !== 'string' || !node.position) return ''
  return node.type === 'SourceNode' ? '\uFFFC'.repeat(node.value.length) : node.value
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
