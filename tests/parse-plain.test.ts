import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownBlocks, micromarkBlocks} from '../src/parse/markdown.js'
import {plainMarkdownBlocks} from '../src/parse/plain.js'

// Plain Markdown is read without micromark (src/parse/plain.ts): whenever it is, the blocks must be micromark's.

/** Mostly prose, now and then something that is or looks like markup. */
const prose = ['The', 'minister', 'said', ' ', ' ', ' ', '.', ',', '\n', '\n\n', '"', '“', '’', '(', ')', '2019', '$', '%', '!', ':', '-', '—', '#', '# ', '## ', '\u00a0', 'Путин']
const markup = [
  '\\a', '\\.', '\\', '&T', '&amp;', '&#1;', '[n]', '[a](b)', '[a]: b', '[^1]', '1. ', '1) ', '- ', '+ ', '* ', '===', '---', '> ',
  ':-', '|', '| - |', ' ', '\t', '\r', '`', '_', '*', '~', '<b>', 'a@b.c', 'www.x.y', '# x #', '####### x', '#  y', 'x  \n', 'x \n', '\n ', '    code',
]
const document = fc
  .array(fc.oneof({weight: 30, arbitrary: fc.constantFrom(...prose)}, {weight: 1, arbitrary: fc.constantFrom(...markup)}), {maxLength: 40})
  .map((tokens) => tokens.join(''))

describe('plain Markdown', () => {
  it('reads a headline and paragraphs without micromark', () => {
    const text = '# Talks resume in Istanbul\n\nThe minister said the talks would resume.\nThey ended in May.\n\n## Reaction\nOfficials welcomed it.\n'
    const blocks = plainMarkdownBlocks(text)
    expect(blocks?.map((block) => [block.data.block, block.data.depth, block.text])).toEqual([
      ['heading', 1, 'Talks resume in Istanbul'],
      ['paragraph', undefined, 'The minister said the talks would resume.\nThey ended in May.'],
      ['heading', 2, 'Reaction'],
      ['paragraph', undefined, 'Officials welcomed it.'],
    ])
    expect(blocks).toEqual(micromarkBlocks(text).blocks)
  })

  it.each([
    ['emphasis', 'The *new* law.'],
    ['a link', 'See [the law](https://example.com).'],
    ['a list', 'Items:\n\n- one\n- two'],
    ['a setext heading', 'Title\n====='],
    ['a hard break', 'One line  \nand the next.'],
    ['a character reference', 'Tom &amp; Jerry.'],
    ['an HTML comment', '<!-- copydesk-disable -->\nText.'],
    ['a heading with a closing sequence', '# Title #'],
  ])('leaves %s to micromark', (_name, text) => {
    expect(plainMarkdownBlocks(text)).toBeUndefined()
  })

  it('agrees with micromark on generated copy', () => {
    fc.assert(
      fc.property(document, (text) => {
        const plain = plainMarkdownBlocks(text)
        if (plain) expect(plain).toEqual(micromarkBlocks(text).blocks)
      }),
      {numRuns: 3000},
    )
  })

  it('agrees with micromark on the fixtures', () => {
    for (const name of ['cyber-command', 'mlqe-ruen-machine-translation']) {
      const text = readFileSync(new URL(`../fixtures/${name}/input.md`, import.meta.url), 'utf8')
      expect(markdownBlocks(text)).toEqual(micromarkBlocks(text))
    }
  })
})
