import type {Paragraph, Root, Sentence} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Directive, Format} from '../types.js'
import type {Block} from './block.js'
import {MappedEnglish} from './english.js'
import type {HiddenTag} from './hidden-tags.js'
import {Lines} from './lines.js'
import {type ParseLimits, checkLength, checkToken, defaultLimits} from './limits.js'
import {htmlBlocks} from './html.js'
import {markdownBlocks} from './markdown.js'
import {ninjsBlocks} from './ninjs.js'
import {frontMatterDate} from './story-date.js'
import {identity, textBlocks} from './text.js'

export {MalformedInputError} from './malformed.js'
export {type ParseLimits, defaultLimits} from './limits.js'

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
 * the original file. Throws `MalformedInputError` for input it cannot check,
 * including input beyond the size and nesting `limits`.
 */
export default function copydeskParse(this: Processor, limits?: Partial<ParseLimits>): void {
  const settings: ParseLimits = {...defaultLimits, ...limits}
  ;(this as unknown as Processor<Root>).parser = (document: string, file: VFile): Root => {
    const {blocks, directives, language, date, hiddenTags} = blocksOf(document, file.data.format ?? 'text', settings)
    file.data.directives = directives
    if (hiddenTags?.length) file.data.hiddenTags = hiddenTags
    if (language) file.data.ninjsLanguage = language
    if (date) file.data.storyDate = date
    for (const block of blocks) checkToken(block, settings)
    return toNlcst(blocks, document)
  }
}

export function blocksOf(
  text: string,
  format: Format,
  limits: ParseLimits = defaultLimits,
): {blocks: Block[]; directives: Directive[]; language?: string; date?: string; hiddenTags?: HiddenTag[]} {
  checkLength(text, limits)
  switch (format) {
    case 'markdown': {
      const date = frontMatterDate(text)
      return {...markdownBlocks(text, limits), ...(date ? {date} : {})}
    }
    case 'html':
      return htmlBlocks(text, limits)
    case 'ninjs':
      return ninjsBlocks(text, limits)
    case 'text': {
      const {starts, ends} = identity(text.length)
      return {blocks: textBlocks(text, starts, ends), directives: []}
    }
  }
}

const english = new MappedEnglish()

/**
 * parse-english slows down with the square of a paragraph's length (its
 * plugins splice one long children array: 40,000 one-line sentences take
 * seconds, 200,000 minutes), so a longer block is parsed in pieces, each cut
 * after a sentence end, else after white space, else (one giant word)
 * anywhere but inside a surrogate pair.
 */
const chunkSize = 8192

function* chunksOf(text: string): Generator<[number, number]> {
  let from = 0
  while (text.length - from > chunkSize) {
    const to = cutPoint(text, from, from + chunkSize)
    yield [from, to]
    from = to
  }
  yield [from, text.length]
}

const sentenceEnd = /[.!?\u2026][)\]"'\u201D\u2019\u00BB]*\s+/g

function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit)
  let cut = -1
  sentenceEnd.lastIndex = 0
  for (let match = sentenceEnd.exec(window); match; match = sentenceEnd.exec(window)) cut = match.index + match[0].length
  if (cut <= 0) cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n')) + 1
  if (cut <= 0) {
    cut = window.length
    const code = text.charCodeAt(from + cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut--
  }
  return from + cut
}

function toNlcst(blocks: Block[], document: string): Root {
  const lines = new Lines(document)
  const children: Paragraph[] = blocks.map((block) => {
    const sentences: Paragraph['children'] = []
    for (const [base, limit] of chunksOf(block.text)) {
      const map = {starts: block.starts, ends: block.ends, base, fallback: block.ends.at(-1) ?? 0, lines}
      const parsed = english.parseMapped(block.text.slice(base, limit), map)
      for (const paragraph of parsed.children) {
        // parse-english yields paragraphs of sentences and white space only.
        if (paragraph.type === 'ParagraphNode') for (const sentence of paragraph.children) sentences.push(sentence)
        else if (paragraph.type === 'WhiteSpaceNode' || paragraph.type === 'SentenceNode') sentences.push(paragraph)
      }
    }
    const node: Paragraph = {type: 'ParagraphNode', children: sentences, data: {...block.data}}
    const first = sentences.find((child): child is Sentence => child.type === 'SentenceNode')
    const last = sentences.findLast((child): child is Sentence => child.type === 'SentenceNode')
    if (first?.position && last?.position) node.position = {start: first.position.start, end: last.position.end}
    return node
  })
  return {type: 'RootNode', children}
}
