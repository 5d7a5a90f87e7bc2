import type {Root, Word} from 'nlcst'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../src/config.js'
import {toString} from '../src/nlcst.js'
import {createPipeline} from '../src/pipeline.js'
import type {Format} from '../src/types.js'

const processor = createPipeline({...defaultConfig(), stages: Object.fromEntries(['language', 'spelling', 'script', 'names', 'typography', 'hedge', 'attribution', 'style', 'bidi'].map((name) => [name, false]))})

async function words(text: string, format: Format): Promise<Array<{word: string; source: string}>> {
  const file = new VFile(text)
  file.data.format = format
  const tree = (await processor.run(processor.parse(file), file)) as Root
  const found: Array<{word: string; source: string}> = []
  visit(tree, 'WordNode', (node: Word) => {
    found.push({word: toString(node), source: text.slice(node.position!.start.offset, node.position!.end.offset)})
  })
  return found
}

describe('parsing keeps every position in the original file', () => {
  it('maps HTML character references to their source text', async () => {
    const found = await words('<p>Caf&eacute; &amp; th&#233;&#x2019;s news</p>', 'html')
    expect(found.map((entry) => entry.word)).toEqual(['Café', 'thé’s', 'news'])
    expect(found.map((entry) => entry.source)).toEqual(['Caf&eacute;', 'th&#233;&#x2019;s', 'news'])
  })

  it('maps Markdown escapes, entities and blockquote markers', async () => {
    const found = await words('> Cafe\\* &eacute;t&eacute;\n> second line\n', 'markdown')
    expect(found.map((entry) => entry.source)).toEqual(['Cafe', '&eacute;t&eacute;', 'second', 'line'])
  })

  it('maps JSON string escapes in ninjs, including HTML inside body_html', async () => {
    const json = '{"headline": "Caf\\u00e9 \\"news\\"", "body_html": "<p>Th&eacute;\\nend</p>"}'
    const found = await words(json, 'ninjs')
    expect(found.map((entry) => entry.word)).toEqual(['Café', 'news', 'Thé', 'end'])
    expect(found.map((entry) => entry.source)).toEqual(['Caf\\u00e9', 'news', 'Th&eacute;', 'end'])
  })

  it('checks only prose: never code, URLs, e-mail addresses, tags, attributes or scripts', async () => {
    const markdown = await words('Read `teh code` at <https://example.com/teh> or www.example.org, mail desk@example.com, ask @tehdesk.\n\n```\nteh block\n```\n', 'markdown')
    expect(markdown.map((entry) => entry.word)).toEqual(['Read', 'at', 'or', 'mail', 'ask'])
    const html = await words('<p title="teh"><script>teh()</script>Read <code>teh</code> <img alt="teh"> now<style>teh{}</style></p>', 'html')
    expect(html.map((entry) => entry.word)).toEqual(['Read', 'now'])
  })

  it('keeps inline code from joining the words around it', async () => {
    const found = await words('the`x`word\n', 'markdown')
    expect(found.map((entry) => entry.word)).toEqual(['the', 'word'])
  })

  it('records block kinds and heading depth', async () => {
    const file = new VFile('# Title\n\nBody text.\n\n> Quoted.\n\n| a |\n|---|\n| cell |\n')
    file.data.format = 'markdown'
    const tree = processor.parse(file) as Root
    expect(tree.children.map((node) => node.data)).toEqual([
      {block: 'heading', depth: 1},
      {block: 'paragraph'},
      {block: 'quote'},
      {block: 'cell'},
      {block: 'cell'},
    ])
  })

  it('collects suppression comments with the line they apply to', async () => {
    const file = new VFile('<!-- copydesk-disable-next-line spelling hedge/unsupported -->\nText.\n\n<!-- copydesk-disable -->\n')
    file.data.format = 'markdown'
    processor.parse(file)
    expect(file.data.directives).toEqual([
      {kind: 'disable-next-line', rules: ['spelling', 'hedge/unsupported'], line: 2},
      {kind: 'disable', rules: [], line: 4},
    ])
  })
})

describe('inline HTML in Markdown', () => {
  it('joins the text on either side of a phrasing tag, as an HTML document does, and parts it at a line break or an image', async () => {
    for (const format of ['markdown', 'html'] as const) {
      const wrap = (text: string) => (format === 'html' ? `<p>${text}</p>` : text)
      const joined = await words(wrap('The re<b>ut</b>ers desk and <span class="x">Reuters</span> said so.'), format)
      expect(joined.map((found) => found.word)).toEqual(['The', 'reuters', 'desk', 'and', 'Reuters', 'said', 'so'])
      const parted = await words(wrap('The desk<br>said so<img src="x.png">today.'), format)
      expect(parted.map((found) => found.word)).toEqual(['The', 'desk', 'said', 'so', 'today'])
    }
  })
})

describe('mentions', () => {
  it('reads a handle as source, not words, and leaves words around a spaced "@" alone', async () => {
    const handle = await words('Follow @kremlinwatch for updates.', 'text')
    expect(handle.map((found) => found.word)).toEqual(['Follow', 'for', 'updates'])
    // Markup between the mark and the handle (review): the tree's text is what counts.
    const marked = await words('<p>Follow @<b>reutrs</b> for updates.</p>', 'html')
    expect(marked.map((found) => found.word)).toEqual(['Follow', 'for', 'updates'])
    const markedMarkdown = await words('Follow @<b>reutrs</b> for updates.', 'markdown')
    expect(markedMarkdown.map((found) => found.word)).toEqual(['Follow', 'for', 'updates'])
    const spaced = await words('Stardust @ home is a distributed project.', 'text')
    expect(spaced.map((found) => found.word)).toEqual(['Stardust', 'home', 'is', 'a', 'distributed', 'project'])
  })

  it('reads a handle in whichever paragraph holds it, the only ones it walks', async () => {
    const story = await words('# Talks\n\nStardust @ home is a project.\n\n> Follow @kremlinwatch for updates.\n\n- Or @reutrs today.', 'markdown')
    expect(story.map((found) => found.word)).toEqual(['Talks', 'Stardust', 'home', 'is', 'a', 'project', 'Follow', 'for', 'updates', 'Or', 'today'])
  })
})
