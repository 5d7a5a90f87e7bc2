import type {Nodes, Root} from 'mdast'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {type Processor, unified} from 'unified'
import type {Directive} from '../types.js'
import {type Block, BlockBuilder} from './block.js'
import {readDirective} from './directives.js'
import {type HiddenTag, HiddenTags} from './hidden-tags.js'
import {joinsText} from './html.js'
import {plainMarkdownBlocks} from './plain.js'
import {type ParseLimits, checkDepth, checkMarkup, defaultLimits, markdownNesting, withStackGuard} from './limits.js'

const fullParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/**
 * GFM constructs other than literal autolinks, each with a test that its
 * text passes whenever the construct could match. A document is parsed with
 * only the constructs it may hold: each one hooks into micromark at many
 * characters (the table at every line start), and on plain news copy they
 * cost as much as the rest of the parse while finding nothing. The literal
 * autolink extension tries a match at nearly every word and its mdast
 * transform searches every text node again (2.0 of 3.5 ms a 740-word
 * article): it needs `www.`, `http://`, `https://` or a character before an
 * `@` (e-mail, `mailto:`, `xmpp:`), and a document that may hold one gets the
 * whole of GFM. Same tree either way (tests/parse-gfm.test.ts).
 */
const constructs = [
  // A delimiter row needs a pipe, or a colon beside a hyphen (`a` over `:-:` is a one-column table).
  {mayHold: (text: string) => text.includes('|') || /:-|-:/.test(text), micromark: gfmTable, mdast: gfmTableFromMarkdown},
  {mayHold: (text: string) => text.includes('[^'), micromark: gfmFootnote, mdast: gfmFootnoteFromMarkdown},
  {mayHold: (text: string) => text.includes('~'), micromark: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown},
  {mayHold: (text: string) => /\[(?:[\t\n\r xX]|\r\n)\]/.test(text), micromark: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown},
] as const

/** Front matter opens at column 1 of line 1. */
const mayHoldFrontMatter = (text: string) => text.startsWith('---') || text.startsWith('+++')

const mayHaveAutolink = /www\.|https?:\/\/|[\w.+-]@/i

/** One parser per set of constructs, built on first use. */
const parsers = new Map<number, Processor<Root>>()

function parserFor(text: string): Processor<Root> {
  if (mayHaveAutolink.test(text)) return fullParser
  let key = mayHoldFrontMatter(text) ? 1 : 0
  constructs.forEach((construct, index) => {
    if (construct.mayHold(text)) key |= 2 << index
  })
  let parser = parsers.get(key)
  if (!parser) {
    const chosen = constructs.filter((_, index) => key & (2 << index))
    parser = unified().use(remarkParse).use(function (this: Processor) {
      const data = this.data()
      ;(data.micromarkExtensions ??= []).push(...chosen.map((construct) => construct.micromark()))
      ;(data.fromMarkdownExtensions ??= []).push(...chosen.map((construct) => construct.mdast()))
    }) as unknown as Processor<Root>
    if (key & 1) parser.use(remarkFrontmatter, ['yaml', 'toml'])
    parsers.set(key, parser)
  }
  return parser
}

function parse(text: string): Root {
  return parserFor(text).parse(text)
}

/** What a Markdown document holds for the stages. */
export interface MarkdownBlocks {
  blocks: Block[]
  directives: Directive[]
  /** Wire text read as HTML tags (`<Wellcome PLC>`), for `typography/hidden-tag`. */
  hiddenTags: HiddenTag[]
}

/**
 * Prose blocks of a Markdown document; code, HTML, front matter, URLs and
 * images are left out. An inline tag that is wire text (`<Wellcome PLC>`,
 * src/parse/hidden-tags.ts) stays in its block as the words it holds: the
 * writer meant them as prose, and `copydesk fix` makes them so.
 */
export function markdownBlocks(text: string, limits: ParseLimits = defaultLimits): MarkdownBlocks {
  checkDepth(markdownNesting(text), limits)
  checkMarkup(text, limits)
  // micromark drops a leading byte-order mark and counts offsets without it: parse the rest, placed one further.
  return text.startsWith('\uFEFF') ? read(text.slice(1), 1) : read(text, 0)
}

/**
 * Constructs that may reach across a blank line or tie one part of a
 * document to another: fenced and indented code (a tab or four spaces may
 * indent it; micromark also reads the line after an indented block's blank
 * lines as if it interrupted the block), HTML blocks and the comments that
 * hold directives, link and footnote definitions, front matter; CR and a BOM
 * change how micromark splits lines or starts a document.
 */
function mayTieParts(text: string): boolean {
  // A part read alone may open with what would be front matter at the start of a document.
  if (text.startsWith('---') || text.startsWith('+++')) return true
  // includes() for each: a third of the CPU of one regular expression over the document.
  for (const opening of ['```', '~~~', '    ', ']:', '\t', '\r', '\uFEFF', '\n---', '\n+++']) if (text.includes(opening)) return true
  return text.includes('<') && /<[A-Za-z!?/]/.test(text)
}

/**
 * A document without such constructs is read one part at a time, a part
 * being a run of lines between blank lines, with any part that starts
 * indented joined to the one before (it may continue a list item or a code
 * block): plain parts are read directly (src/parse/plain.ts), the others by
 * micromark alone. In most copy that needs micromark at all, one paragraph
 * does (a list item, a quote, a URL), and parsing only that paragraph costs
 * a fraction of parsing the document. tests/parse-plain.test.ts holds the
 * parts' reading to micromark's reading of the whole document.
 */
function read(text: string, shift: number): MarkdownBlocks {
  if (mayTieParts(text)) return micromarkBlocks(text, shift)
  const blocks: Block[] = []
  const directives: Directive[] = []
  // Lines before the current part, counted on from the previous part's start (counting from the top each time was quadratic).
  let line = 1
  let counted = 0
  for (const [from, to] of partsOf(text)) {
    const part = text.slice(from, to)
    const plain = plainMarkdownBlocks(part, shift + from)
    if (plain) {
      for (const block of plain) blocks.push(block)
      continue
    }
    for (let index = text.indexOf('\n', counted); index !== -1 && index < from; index = text.indexOf('\n', index + 1)) line++
    counted = from
    const parsed = micromarkBlocks(part, shift + from, line - 1)
    for (const block of parsed.blocks) blocks.push(block)
    for (const directive of parsed.directives) directives.push(directive)
  }
  // A document read in parts holds no `<` before a letter (mayTieParts), so no tag.
  return {blocks, directives, hiddenTags: []}
}

/** Runs of lines between empty lines, a run that starts with white space joined to the one before. */
function* partsOf(text: string): Generator<[number, number]> {
  let from = -1
  let to = 0
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (end > start) {
      const indented = text[start] === ' ' || text[start] === '\t'
      if (from === -1) from = start
      else if (!indented && to < start - 1) {
        yield [from, to]
        from = start
      }
      to = end
    }
    start = end + 1
  }
  if (from !== -1) yield [from, to]
}

/**
 * The blocks micromark reads, offsets moved by `shift` and lines by
 * `lineShift` (for a part read alone); exported so that tests can hold the
 * other readings to it.
 */
export function micromarkBlocks(text: string, shift = 0, lineShift = 0): MarkdownBlocks {
  return withStackGuard(() => extract(text, parse(text), shift, lineShift))
}

function extract(text: string, tree: Root, shift: number, lineShift: number): MarkdownBlocks {
  const blocks: Block[] = []
  const directives: Directive[] = []
  const hiddenTags: HiddenTag[] = []
  const hidden = new HiddenTags(text)
  let current: BlockBuilder | undefined

  function flush(): void {
    if (current && !current.isEmpty) blocks.push(current.build())
    current = undefined
  }

  /** `within`: the block kind a paragraph takes inside a block quote or a list item (a quote's words stay quoted in a list). */
  function visit(node: Nodes, within: 'quote' | 'item' | undefined): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        flush()
        const block = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'cell' : within ?? 'paragraph'
        current = new BlockBuilder(node.type === 'heading' ? {block, depth: node.depth} : {block})
        for (const child of node.children) visit(child, within)
        flush()
        return
      }
      case 'blockquote':
        for (const child of node.children) visit(child, 'quote')
        return
      case 'listItem':
        for (const child of node.children) visit(child, within ?? 'item')
        return
      case 'text':
        if (current && node.position) {
          const base = node.position.start.offset!
          current.append(node.value, text.slice(base, node.position.end.offset), shift + base, 'markdown')
        }
        return
      case 'link':
        // An autolink (`<https://…>` or a bare URL) is not prose.
        if (node.children.length === 1 && node.children[0]!.type === 'text' && isUrlText(node.children[0]!.value, node.url)) {
          separate(node)
          return
        }
        for (const child of node.children) visit(child, within)
        return
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        separate(node)
        return
      case 'break':
        separate(node, '\n')
        return
      case 'html': {
        collectDirective(node.value, node.position?.end.line)
        if (!node.position) return
        const start = node.position.start.offset!
        // An HTML block opens with its tag on its first line, after up to three spaces of indent; an inline node is one tag.
        const line = current ? node.value : node.value.split('\n', 1)[0]!
        const indent = line.length - line.trimStart().length
        const tag = hidden.tagOf(line.slice(indent))
        if (tag) hiddenTags.push({start: shift + start + indent, end: shift + (current ? node.position.end.offset! : start + indent + tag.length), tag, block: !current})
        if (current && tag) current.append(node.value, text.slice(start, node.position.end.offset), shift + start, 'markdown')
        else if (!current || !joinsText(node.value)) separate(node)
        return
      }
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, within)
    }
  }

  function separate(node: Nodes, character = ' '): void {
    if (current && node.position) current.separator(character, shift + node.position.start.offset!)
  }

  function collectDirective(value: string, line: number | undefined): void {
    const directive = line === undefined ? undefined : readDirective(value, lineShift + line)
    if (directive) directives.push(directive)
  }

  visit(tree, undefined)
  flush()
  return {blocks, directives, hiddenTags}
}

function isUrlText(value: string, url: string): boolean {
  return value === url || url === `mailto:${value}` || url === `http://${value}` || url === `https://${value}`
}
