import type {Element, Nodes, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {VFileMessage} from 'vfile-message'
import type {BlockData} from '../nlcst.js'
import type {Directive} from '../types.js'
import {type Block, BlockBuilder} from './block.js'
import {readDirective} from './directives.js'
import {type ParseLimits, checkDepth, defaultLimits, treeDepth, withStackGuard} from './limits.js'
import {MalformedInputError} from './malformed.js'
import {htmlDate} from './story-date.js'

/** Elements whose content is not prose: code, scripts, forms, embedded documents, raw-text legacy elements. */
const skipped = new Set([
  'head', 'script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp', 'var', 'xmp', 'plaintext', 'noembed', 'noframes',
  'svg', 'math', 'textarea', 'select', 'option', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video',
])

/** Elements that end one prose block and start another. */
export const blockElements: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
])

/**
 * Whether an inline tag Markdown leaves as raw HTML (`<b>`, `</span>`) joins the text on either side, as its element
 * does in an HTML document (`walk` below): any element but a block, a skipped one, `<br>` and `<img>`. `re<b>ut</b>ers`
 * is one word, and `@<b>reuters</b>` a handle, in both formats.
 */
export function joinsText(tag: string): boolean {
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*>$/.exec(tag)?.[1]?.toLowerCase()
  return name !== undefined && !skipped.has(name) && !blockElements.has(name) && name !== 'br' && name !== 'img'
}

/** parse5 errors that mean the document was cut off, so text may be missing. */
const truncation = new Set(['eof-in-tag', 'eof-in-comment', 'eof-in-cdata', 'eof-in-doctype', 'eof-in-script-html-comment-like-text'])

/** Prose blocks of an HTML document: text only, never tags, attributes, scripts or code. */
export function htmlBlocks(html: string, limits: ParseLimits = defaultLimits): {blocks: Block[]; directives: Directive[]; date?: string} {
  let cut: VFileMessage | undefined
  const tree = withStackGuard(() =>
    fromHtml(html, {
      onerror(error) {
        if (!cut && truncation.has(String(error.ruleId))) cut = error
      },
    }),
  )
  if (cut) throw new MalformedInputError(`malformed HTML: ${cut.ruleId} at line ${cut.line ?? '?'}`)
  checkDepth(treeDepth(tree), limits)
  const date = htmlDate(tree)
  return {...walk(html, tree), ...(date ? {date} : {})}
}

function walk(html: string, tree: Root): {blocks: Block[]; directives: Directive[]} {
  const blocks: Block[] = []
  const directives: Directive[] = []
  let current: BlockBuilder | undefined

  function flush(): void {
    if (current && !current.isEmpty) blocks.push(current.build())
    current = undefined
  }

  function visit(node: Nodes, data: BlockData): void {
    if (node.type === 'comment') {
      const line = node.position?.end.line
      const directive = line === undefined ? undefined : readDirective(`<!--${node.value}-->`, line)
      if (directive) directives.push(directive)
      return
    }
    if (node.type === 'text') {
      if (!node.position) return
      current ??= new BlockBuilder(data)
      let base = node.position.start.offset!
      // parse5 places a text node that opens with a character reference after skipped
      // white space at the reference's last character (` &#x110000;` → `;`): step back to its `&`.
      const amp = node.value[0] === html[base] ? -1 : html.lastIndexOf('&', base)
      if (amp !== -1 && base - amp < 64 && !/[\s<>]/.test(html.slice(amp, base))) base = amp
      current.append(node.value, html.slice(base, node.position.end.offset), base, 'html')
      return
    }
    if (node.type === 'element') return visitElement(node, data)
    if ('children' in node) for (const child of node.children) visit(child, data)
  }

  function visitElement(node: Element, data: BlockData): void {
    const name = node.tagName
    if (skipped.has(name)) {
      if (current && node.position) current.separator(' ', node.position.start.offset!)
      return
    }
    if (name === 'br' || name === 'img') {
      if (current && node.position) current.separator(name === 'br' ? '\n' : ' ', node.position.start.offset!)
      return
    }
    if (!blockElements.has(name)) {
      for (const child of node.children) visit(child, data)
      return
    }
    flush()
    const inner = blockKind(name, data)
    for (const child of node.children) visit(child, inner)
    flush()
  }

  visit(tree, {block: 'paragraph'})
  flush()
  return {blocks, directives}
}

function blockKind(name: string, outer: BlockData): BlockData {
  const heading = /^h([1-6])$/.exec(name)
  if (heading) return {block: 'heading', depth: Number(heading[1])}
  if (name === 'blockquote' || outer.block === 'quote') return {block: 'quote'}
  if (name === 'td' || name === 'th') return {block: 'cell'}
  if (name === 'li') return {block: 'item'}
  if (name === 'figcaption' || name === 'caption') return {block: 'caption'}
  return {block: 'paragraph'}
}
