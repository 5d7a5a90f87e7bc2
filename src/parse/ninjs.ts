import {type Node as JsonNode, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode} from 'jsonc-parser'
import type {Block} from './block.js'
import {htmlBlocks} from './html.js'
import {type ParseLimits, checkDepth, defaultLimits, treeDepth, withStackGuard} from './limits.js'
import {MalformedInputError} from './malformed.js'
import {textBlocks} from './text.js'
import type {Directive} from '../types.js'
import {dayOf} from './story-date.js'

/** The ninjs fields that hold prose, in reading order. */
const proseFields = ['headline', 'description_text', 'body_text', 'body_html'] as const

/**
 * An IPTC ninjs item: each prose field is parsed as text (or HTML), and
 * every position is mapped through the JSON string escapes back to the file.
 */
export function ninjsBlocks(json: string, limits: ParseLimits = defaultLimits): {blocks: Block[]; directives: Directive[]; language?: string; date?: string} {
  const errors: ParseError[] = []
  // A byte-order mark (common from Windows tools) is not a JSON error; a space in its place keeps every offset.
  // jsonc-parser recurses: 10,000 nested arrays overflow the stack.
  const root = withStackGuard(() => parseTree(json.replace(/^\uFEFF/, ' '), errors, {disallowComments: true, allowTrailingComma: false}))
  if (errors.length > 0 || !root) {
    const first = errors[0]
    const where = first ? ` at offset ${first.offset}` : ''
    throw new MalformedInputError(`malformed JSON: ${first ? printParseErrorCode(first.error) : 'no value'}${where}`)
  }
  if (root.type !== 'object') throw new MalformedInputError('not a ninjs item: the JSON is not an object')
  checkDepth(treeDepth(root), limits)
  const blocks: Block[] = []
  const directives: Directive[] = []
  let found = false
  for (const field of proseFields) {
    const node = findNodeAtLocation(root, [field])
    if (!node || node.type !== 'string') continue
    found = true
    const {value, starts, ends} = decodeJsonString(json, node)
    if (field === 'body_html') {
      const inner = htmlBlocks(value, limits)
      for (const block of inner.blocks) blocks.push(remap(block, starts, ends))
      for (const directive of inner.directives) directives.push({...directive, line: lineAt(json, starts[0] ?? 0) + directive.line - 1})
    } else {
      for (const block of textBlocks(value, starts, ends, field === 'body_text' ? 'paragraph' : field)) blocks.push(block)
    }
  }
  if (!found) throw new MalformedInputError('not a ninjs item: no headline, description_text, body_text or body_html')
  const language = findNodeAtLocation(root, ['language'])
  // When the item was first written; an update keeps it (`versioncreated` when it is missing).
  const date = ['firstcreated', 'versioncreated'].map((field) => findNodeAtLocation(root, [field])).map((node) => (node?.type === 'string' ? dayOf(String(node.value)) : undefined)).find((day) => day !== undefined)
  return {blocks, directives, ...(language?.type === 'string' ? {language: String(language.value)} : {}), ...(date ? {date} : {})}
}

/** Decodes a JSON string literal, recording the source span of each decoded UTF-16 unit. */
function decodeJsonString(json: string, node: JsonNode): {value: string; starts: number[]; ends: number[]} {
  const starts: number[] = []
  const ends: number[] = []
  const last = node.offset + node.length - 1
  let value = ''
  for (let j = node.offset + 1; j < last; ) {
    let width = 1
    let unit = json[j]!
    if (unit === '\\') {
      const code = json[j + 1]!
      width = code === 'u' ? 6 : 2
      unit = code === 'u' ? String.fromCharCode(Number.parseInt(json.slice(j + 2, j + 6), 16)) : escapes[code] ?? code
    }
    value += unit
    starts.push(j)
    ends.push(j + width)
    j += width
  }
  return {value, starts, ends}
}

const escapes: Record<string, string> = {b: '\b', f: '\f', n: '\n', r: '\r', t: '\t'}

/** Moves a block parsed from a decoded string onto file offsets. */
function remap(block: Block, starts: readonly number[], ends: readonly number[]): Block {
  return {
    ...block,
    starts: block.starts.map((offset) => starts[offset] ?? ends.at(-1) ?? 0),
    ends: block.ends.map((offset, index) =>
      offset > block.starts[index]! ? ends[offset - 1]! : starts[block.starts[index]!] ?? ends.at(-1) ?? 0,
    ),
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
