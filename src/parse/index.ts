import type {Paragraph, Root, Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Processor} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Directive, Format} from '../types.js'
import type {Block} from './block.js'
import {htmlBlocks} from './html.js'
import {markdownBlocks} from './markdown.js'
import {ninjsBlocks} from './ninjs.js'
import {identity, textBlocks} from './text.js'

export {MalformedInputError} from './malformed.js'

const extensions: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'ninjs',
}

export function formatOf(path: string): Format | undefined {
  const dot = path.lastIndexOf('.')
  return dot === -1 ? undefined : extensions[path.slice(dot).toLowerCase()]
}

export const supportedExtensions = Object.keys(extensions)

/**
 * unified parser plugin: reads the file in its format (set on `file.data.format`)
 * and yields one nlcst paragraph per prose block, every position an offset in
 * the original file. Throws `MalformedInputError` for input it cannot check.
 */
export default function copydeskParse(this: Processor): void {
  ;(this as unknown as Processor<Root>).parser = (document: string, file: VFile): Root => {
    const {blocks, directives, language} = blocksOf(document, file.data.format ?? 'text')
    file.data.directives = directives
    if (language) file.data.ninjsLanguage = language
    return toNlcst(blocks, file)
  }
}

export function blocksOf(text: string, format: Format): {blocks: Block[]; directives: Directive[]; language?: string} {
  switch (format) {
    case 'markdown':
      return markdownBlocks(text)
    case 'html':
      return htmlBlocks(text)
    case 'ninjs':
      return ninjsBlocks(text)
    case 'text': {
      const {starts, ends} = identity(text.length)
      return {blocks: textBlocks(text, starts, ends), directives: []}
    }
  }
}

const english = new ParseEnglish()

function toNlcst(blocks: Block[], file: VFile): Root {
  const where = location(file)
  const children: Paragraph[] = blocks.map((block) => {
    const parsed = english.parse(block.text)
    const sentences: Paragraph['children'] = []
    for (const paragraph of parsed.children) {
      // parse-english yields paragraphs of sentences and white space only.
      if (paragraph.type === 'ParagraphNode') sentences.push(...paragraph.children)
      else if (paragraph.type === 'WhiteSpaceNode' || paragraph.type === 'SentenceNode') sentences.push(paragraph)
    }
    const node: Paragraph = {type: 'ParagraphNode', children: sentences, data: {...block.data}}
    visit(node, (child) => {
      if (child === node) return
      const position = child.position
      if (!position) return
      const from = position.start.offset!
      const to = position.end.offset!
      const start = block.starts[from] ?? block.ends.at(-1) ?? 0
      const end = to > from ? block.ends[to - 1]! : start
      child.position = {start: where.toPoint(start)!, end: where.toPoint(end)!}
    })
    const first = sentences.find((child): child is Sentence => child.type === 'SentenceNode')
    const last = sentences.findLast((child): child is Sentence => child.type === 'SentenceNode')
    if (first?.position && last?.position) node.position = {start: first.position.start, end: last.position.end}
    return node
  })
  return {type: 'RootNode', children}
}
