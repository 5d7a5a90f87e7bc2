import type {Node, Parent} from 'nlcst'
import {span} from '../nlcst.js'

/**
 * The text of an nlcst node with, for each character, where it starts and ends
 * in the original file. Rules can then match with regular expressions on the
 * text, whatever the tokenizer did (it splits some look-alike symbols and
 * numbers such as `6,5` into several nodes), and still report exact offsets.
 */
export interface MappedText {
  text: string
  starts: number[]
  ends: number[]
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

/** The script and names stages read the same sentences, typography their paragraphs: build each node's text once (read-only). */
const built = new WeakMap<Node, MappedText>()
/** Texts as collected, before URLs are masked: a paragraph's is collected from its sentences'. */
const collected = new WeakMap<Node, MappedText>()

export function mappedText(node: Node): MappedText {
  const cached = built.get(node)
  if (cached) return cached
  const raw: MappedText = {text: '', starts: [], ends: []}
  collect(node, raw)
  collected.set(node, raw)
  // Masked per node as before, not sliced from the paragraph's: a URL can run across a sentence break.
  const result = mayHoldNotProse(raw.text) ? {...raw, text: raw.text.replace(notProse, (match) => '\uFFFC'.repeat(match.length))} : raw
  built.set(node, result)
  return result
}

function collect(node: Node, into: MappedText): void {
  const done = collected.get(node)
  if (done) {
    into.text += done.text
    for (let i = 0; i < done.starts.length; i++) {
      into.starts.push(done.starts[i]!)
      into.ends.push(done.ends[i]!)
    }
    return
  }
  if ('children' in node) {
    for (const child of (node as Parent).children) collect(child, into)
    return
  }
  if (!('value' in node) || typeof node.value !== 'string' || !node.position) return
  // URLs, e-mail addresses and @mentions (SourceNode) are not prose: an opaque
  // placeholder keeps offsets and stops words matching across them.
  const value = node.type === 'SourceNode' ? '\uFFFC'.repeat(node.value.length) : node.value
  const {start, end} = span(node)
  // A leaf is as long as its source unless it came from an entity or escape;
  // then every character maps to the whole leaf.
  const exact = end - start === value.length
  for (let i = 0; i < value.length; i++) {
    into.starts.push(exact ? start + i : start)
    into.ends.push(exact ? start + i + 1 : end)
  }
  into.text += value
}

/** File offsets of the text range [from, to). */
export function offsets(mapped: MappedText, from: number, to: number): {start: number; end: number} {
  return {start: mapped.starts[from]!, end: mapped.ends[to - 1]!}
}
