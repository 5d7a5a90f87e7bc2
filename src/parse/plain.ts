import {type Block, BlockBuilder} from './block.js'

/**
 * Most wire copy is Markdown only in name: a `# headline` and paragraphs of
 * plain sentences. For such a document micromark's tokenizer (about a
 * millisecond a 740-word article, a tenth of a check) only finds what the
 * blank lines already say, so the blocks are read directly. Written by hand
 * because no parser offers a "prose only" mode; the conditions below are
 * deliberately narrow, and any document that might hold markup of any kind
 * goes to micromark. tests/parse-plain.test.ts checks that both readings agree.
 */

/** Characters that open inline markup or HTML, or that micromark rewrites (tabs, CR, NUL, controls, BOM). */
const markupCharacter = /[`*_~<\t\r\0-\x08\x0B-\x1F\uFEFF]/
/** A backslash escape or hard break, a character reference, and bracket uses that can make a link, definition or footnote. */
const markupSequence = /\\(?:[!-/:-@[-`{-~\n]|$)|&(?:#|[A-Za-z][A-Za-z\d]*;)|\]\(|\]\[|\]:|\[\^/
/** A literal autolink (`www.`, `http://`, an e-mail address): GFM links them. */
const autolink = /www\.|https?:\/\/|[\w.+-]@/i
/** A table delimiter row (`|---|`, `:-:`). */
const delimiterRow = /^[|:][|: -]*$|:-|-:/m
/**
 * Line starts that open a block other than a paragraph: indentation (code),
 * list items and thematic breaks, setext underlines, block quotes, headings
 * (handled below, but only in their plainest form), ordered list items.
 * A line ending in white space may be a hard break.
 */
const blockLine = /^[ \-+=>#]|^\d{1,9}[.)](?: |$)| $/m
/** An ATX heading in its plainest form: one space after the `#`s, no closing `#`s. */
const heading = /^(#{1,6}) (?=[^ ]).*[^# ]$/

/** The blocks of a plain document, or undefined when it may hold markup. */
export function plainMarkdownBlocks(text: string): Block[] | undefined {
  if (markupCharacter.test(text) || markupSequence.test(text) || autolink.test(text) || delimiterRow.test(text)) return undefined
  const blocks: Block[] = []
  let paragraph: [from: number, to: number] | undefined
  const flush = () => {
    if (paragraph) add(blocks, new BlockBuilder({block: 'paragraph'}), text, paragraph[0], paragraph[1])
    paragraph = undefined
  }
  let from = 0
  while (from <= text.length) {
    const newline = text.indexOf('\n', from)
    const to = newline === -1 ? text.length : newline
    const line = text.slice(from, to)
    if (line === '') {
      flush()
    } else if (line.startsWith('#')) {
      const match = heading.exec(line)
      if (!match) return undefined
      flush()
      const depth = match[1]!.length
      add(blocks, new BlockBuilder({block: 'heading', depth}), text, from + depth + 1, to)
    } else {
      if (blockLine.test(line)) return undefined
      paragraph = paragraph ? [paragraph[0], to] : [from, to]
    }
    from = to + 1
  }
  flush()
  return blocks
}

/** micromark reads such a block as one text node whose value is its source. */
function add(blocks: Block[], builder: BlockBuilder, text: string, from: number, to: number): void {
  const value = text.slice(from, to)
  builder.append(value, value, from, 'markdown')
  if (!builder.isEmpty) blocks.push(builder.build())
}
