import fc from 'fast-check'
import {toString} from 'nlcst-to-string'
import type {Node, Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {defaultConfig} from '../../src/config.js'
import {createPipeline} from '../../src/pipeline.js'
import type {Format} from '../../src/types.js'
import {copy, html, markdown, ninjs, parameters} from './arbitraries.js'
import {assertPositions, checkSoundly} from './invariants.js'

const processor = createPipeline(defaultConfig())

function parse(text: string, format: Format): Root {
  const file = new VFile({value: text})
  file.data.format = format
  return processor.parse(file) as Root
}

const formats: Array<[Format, fc.Arbitrary<string>]> = [
  ['text', copy()],
  ['markdown', copy()],
  ['markdown', markdown],
  ['html', copy()],
  ['html', html],
  ['ninjs', ninjs],
]

describe('any input through the whole pipeline', () => {
  it.each(formats)('%s: never throws, every finding points at its text, the JSON report parses', async (format, arbitrary) => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async (text) => {
        await checkSoundly(processor, text, format)
      }),
      parameters,
    )
  })

  it.each(formats)('%s: every parsed node lies inside the file, in order', (format, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        let tree: Root
        try {
          tree = parse(text, format)
        } catch (error) {
          if ((error as Error).constructor.name === 'MalformedInputError') return
          throw error
        }
        assertPositions(tree, text.length)
      }),
      parameters,
    )
  })

  it('plain text: every node is exactly its slice of the file', () => {
    fc.assert(
      fc.property(copy(), (text) => {
        const tree = parse(text, 'text')
        const leaves: Node[] = []
        const collect = (node: Node): void => {
          if ('value' in node) leaves.push(node)
          else for (const child of (node as {children: Node[]}).children) collect(child)
        }
        for (const paragraph of tree.children) collect(paragraph)
        for (const leaf of leaves) {
          expect(text.slice(leaf.position!.start.offset, leaf.position!.end.offset)).toBe(toString(leaf as never))
        }
      }),
      parameters,
    )
  })
})
