import {type Block, BlockBuilder} from './block.js'

/**
 * Plain text: a blank line separates paragraphs. `starts`/`ends` map
 * characters of `text` to file offsets (identity for a .txt file, the JSON
 * escape map for a ninjs string).
 */
export function textBlocks(text: string, starts: readonly number[], ends: readonly number[], block = 'paragraph'): Block[] {
  const blocks: Block[] = []
  const separator = /\n[^\S\n]*\n\s*/g
  let from = 0
  for (;;) {
    const match = separator.exec(text)
    const to = match ? match.index : text.length
    const value = text.slice(from, to)
    if (value.trim() !== '') {
      const builder = new BlockBuilder({block})
      builder.appendExact(value, starts.slice(from, to), ends.slice(from, to))
      blocks.push(builder.build())
    }
    if (!match) return blocks
    from = match.index + match[0].length
  }
}

export function identity(length: number): {starts: number[]; ends: number[]} {
  const starts = Array.from({length}, (_, index) => index)
  return {starts, ends: starts.map((index) => index + 1)}
}
