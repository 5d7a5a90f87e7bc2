import {type Block, BlockBuilder} from './block.js'

/**
 * Most wire copy is Markdown only in name: a `# headline` and paragraphs of
 * plain sentences, now and then a one-line list item or quote. For such a
 * document micromark's tokenizer (about a millisecond a 740-word article, a
 * tenth of a check) only finds what the blank lines already say, so the
 * blocks are read directly. Written by hand because no parser offers a
 * "prose only" mode; the conditions below are deliberately narrow, and any
 * document that might hold markup of any kind goes to micromark.
 * tests/parse-plain.test.ts checks that both readings agree.
 */

/** Characters that open inline markup, or that micromark rewrites (tabs, CR, NUL, controls, BOM). */
const markupCharacter = /[~\t\r\0-\x08\x0B-\x1F\uFEFF]/
/** A backslash escape or hard break, a character reference, bracket uses that can make a link, definition or footnote, a task box. */
const markupSequence = /\\(?:[!-/:-@[-`{-~\n]|$)|&(?:#|[A-Za-z][A-Za-z\d]*;)|\]\(|\]\[|\]:|\[\^|\[[\n xX]\]/
/**
 * `*` and `_` open or close emphasis unless white space stands on both sides
 * (`History _ of _ UA`, `E * * LANISHE`); `<` opens HTML or an autolink unless
 * white space follows it (`< i >`).
 */
const emphasisOrTag = /[*_](?! |$)|(?<! )[*_]|<(?! |$)/m
/** A literal autolink (`www.`, `http://`, an e-mail address, whose domain has a dot): GFM links them. */
const autolink = /www\.|https?:\/\/|[\w.+-]@[\w-]*\./i
/** A table delimiter row (`|---|`, `:-:`). */
const delimiterRow = /^[|:][|: -]*$|:-|-:/m
/**
 * A line that is not paragraph text: indented (code or a continuation),
 * a block quote, a list item, a thematic break (`_ _ _` and `* * *` too, also
 * inside an item or quote) or setext underline, a line ending in white space
 * (a hard break). `#` lines are read apart.
 */
const blockLine = /^[ >]|^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|^[-=_* \t]+$| $/
/** A bullet or ordered list item or a block quote opening with plain text, the marker and one space. */
const container = /^(?:(?<item>[-+]|\d{1,9}[.)])|>) (?=[^ ])/
/** An ATX heading in its plainest form: one space after the `#`s, no closing `#`s. */
const heading = /^(#{1,6}) (?=[^ ]).*[^# ]$/

/** The blocks of a plain document placed at offset `base` of a file, or undefined when it may hold markup. */
export function plainMarkdownBlocks(text: string, base = 0): Block[] | undefined {
  if (markupCharacter.test(text) || markupSequence.test(text) || emphasisOrTag.test(text) || autolink.test(text) || delimiterRow.test(text)) return undefined
  if (!codeSpansImpossible(text)) return undefined
  const blocks: Block[] = []
  let paragraph: {from: number; to: number; block: 'paragraph' | 'quote' | 'item'} | undefined
  const flush = () => {
    if (paragraph) add(blocks, new BlockBuilder({block: paragraph.block}), text, paragraph.from, paragraph.to, base)
    paragraph = undefined
  }
  let afterBlank = true
  let from = 0
  while (from <= text.length) {
    const newline = text.indexOf('\n', from)
    const to = newline === -1 ? text.length : newline
    const line = text.slice(from, to)
    if (line === '') {
      flush()
      afterBlank = true
      from = to + 1
      continue
    }
    if (line.startsWith('#')) {
      const match = heading.exec(line)
      if (!match) return undefined
      flush()
      const depth = match[1]!.length
      add(blocks, new BlockBuilder({block: 'heading', depth}), text, from + depth + 1, to, base)
    } else if (paragraph) {
      // A continuation line, lazily of a list item's or a quote's paragraph too.
      if (blockLine.test(line)) return undefined
      paragraph.to = to
    } else {
      // A list item or quote opens only after a blank line: micromark reads the line after a heading otherwise.
      const opened = afterBlank ? container.exec(line) : null
      const start = opened ? opened[0].length : 0
      if (blockLine.test(start ? line.slice(start) : line) || line.slice(start).startsWith('#')) return undefined
      paragraph = {from: from + start, to, block: opened ? (opened.groups!.item ? 'item' : 'quote') : 'paragraph'}
    }
    afterBlank = false
    from = to + 1
  }
  flush()
  return blocks
}

/**
 * A run of backticks opens a code span only if a run of the same length
 * closes it; with every run's length different, each is a literal (`can`t`).
 * Three or more may open a fenced block.
 */
function codeSpansImpossible(text: string): boolean {
  if (!text.includes('`')) return true
  const lengths = new Set<number>()
  for (const [run] of text.matchAll(/`+/g)) {
    if (run.length >= 3 || lengths.has(run.length)) return false
    lengths.add(run.length)
  }
  return true
}

/** micromark reads such a block as one text node whose value is its source. */
function add(blocks: Block[], builder: BlockBuilder, text: string, from: number, to: number, base: number): void {
  const value = text.slice(from, to)
  builder.append(value, value, base + from, 'markdown')
  if (!builder.isEmpty) blocks.push(builder.build())
}
