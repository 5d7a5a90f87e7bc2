import {describe, expect, it} from 'vitest'
import {blocksOf} from '../src/parse/index.js'

// Markdown is parsed with only the GFM constructs its text may hold (src/parse/markdown.ts);
// every document must read the same as with the whole of GFM.
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
      {block: 'item', text: 'Checked the Kiev spelling. ', source: 'Checked the ~~Kiev~~ spelling.'},
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

// Each construct alone, so that the parser chosen for it holds that construct and nothing else.
const alone: Array<[string, string, string[]]> = [
  ['a table', '| City |\n|---|\n| Kyiv |', ['City', 'Kyiv']],
  ['a table without pipes', 'City\n:-:\nKyiv', ['City', 'Kyiv']],
  ['a task list', '- [ ] Check the spelling.', ['Check the spelling.']],
  ['strikethrough', 'The ~~Kiev~~ Kyiv office.', ['The Kiev Kyiv office.']],
  ['a footnote', 'A note.[^1]\n\n[^1]: The source.', ['A note. ', 'The source.']],
  ['YAML front matter', '---\ntitle: Talks\n---\n\nThe talks resumed.', ['The talks resumed.']],
  ['TOML front matter', '+++\ntitle = "Talks"\n+++\n\nThe talks resumed.', ['The talks resumed.']],
  ['a handle, which is no e-mail address', 'Follow @desk for news.', ['Follow @desk for news.']],
]

describe('GFM constructs chosen by the text', () => {
  it.each(alone)('reads %s as the whole of GFM does', (_name, markdown, texts) => {
    expect(blocks(markdown).map((block) => block.text)).toEqual(texts)
    // A URL makes the document go to the parser with every construct.
    const withUrl = blocks(`${markdown}\n\nSee https://example.com/style here.`)
    expect(withUrl.slice(0, -1)).toEqual(blocks(markdown))
  })
})
