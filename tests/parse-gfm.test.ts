import {describe, expect, it} from 'vitest'
import {blocksOf} from '../src/parse/index.js'

// Markdown without a possible literal autolink is parsed without that GFM extension (src/parse/markdown.ts);
// the rest of GFM must read the same either way.
const gfm = [
  '| City | Mayor |',
  '|---|---|',
  '| Kyiv | Vitali Klitschko |',
  '',
  '- [x] Checked the ~~Kiev~~ spelling.[^1]',
  '',
  '[^1]: A house style note.',
  '',
].join('\n')

function blocks(text: string) {
  return blocksOf(text, 'markdown').blocks.map((block) => ({block: block.data.block, text: block.text, source: text.slice(block.starts[0], block.ends.at(-1))}))
}

describe('GFM without literal autolinks', () => {
  it('reads tables, task lists, strikethrough and footnotes', () => {
    expect(blocks(gfm)).toEqual([
      {block: 'cell', text: 'City', source: 'City'},
      {block: 'cell', text: 'Mayor', source: 'Mayor'},
      {block: 'cell', text: 'Kyiv', source: 'Kyiv'},
      {block: 'cell', text: 'Vitali Klitschko', source: 'Vitali Klitschko'},
      // The footnote reference becomes a separator (a space placed at its start).
      {block: 'paragraph', text: 'Checked the Kiev spelling. ', source: 'Checked the ~~Kiev~~ spelling.'},
      {block: 'paragraph', text: 'A house style note.', source: 'A house style note.'},
    ])
  })

  it('reads them the same when a URL in the document needs the full parser', () => {
    const withUrl = `See https://example.com/style for more.\n\n${gfm}`
    const [url, ...rest] = blocks(withUrl)
    expect(url).toEqual({block: 'paragraph', text: 'See   for more.', source: 'See https://example.com/style for more.'})
    expect(rest).toEqual(blocks(gfm))
  })
})
