import fc from 'fast-check'
import {toString} from 'nlcst-to-string'
import type {Node, Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {defaultConfig} from '../../src/config.js'
import {fixText} from '../../src/fix/fix-text.js'
import {MalformedInputError} from '../../src/parse/index.js'
import {createPipeline} from '../../src/pipeline.js'
import type {Format} from '../../src/types.js'
import {copy, html, markdown, ninjs, parameters} from './arbitraries.js'
import {assertPositions, checkSoundly, knownOpenBug} from './invariants.js'

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
  it('the generators reach the stages: their copy draws findings from several rules', async () => {
    // Otherwise the report properties below would hold vacuously.
    const rules = new Set<string>()
    for (const [format, arbitrary] of formats) {
      for (const text of fc.sample(arbitrary, {numRuns: 15, seed: 42})) {
        const file = await checkSoundly(processor, text, format)
        for (const message of file?.messages ?? []) rules.add(`${message.source}/${message.ruleId}`)
      }
    }
    expect(rules.size).toBeGreaterThanOrEqual(6)
  })

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

  it.each(formats)('%s: fix changes only the fixed spans, keeps the file parseable, and is idempotent', async (format, arbitrary) => {
    const levels = new Set(['safe', 'review'] as const)
    await fc.assert(
      fc.asyncProperty(arbitrary, async (text) => {
        let fixed
        try {
          fixed = await fixText(processor, text, {path: `fuzz.${format}`, format}, levels)
        } catch (error) {
          if (error instanceof MalformedInputError || knownOpenBug(error)) return
          throw error
        }
        // Outside the spans of the first pass, the text is byte for byte the same.
        const first = fixed.changes.filter((change) => change.pass === 1)
        let rebuilt = ''
        let last = 0
        for (const change of first) {
          expect(change.offset >= last && change.end <= text.length).toBe(true)
          expect(text.slice(change.offset, change.end)).toBe(change.before)
          rebuilt += text.slice(last, change.offset) + change.after
          last = change.end
        }
        rebuilt += text.slice(last)
        if (fixed.changes.every((change) => change.pass === 1)) expect(fixed.text).toBe(rebuilt)
        // A fixed file still parses, and fixing it again changes nothing.
        if (format === 'ninjs') expect(() => JSON.parse(fixed.text)).not.toThrow()
        if (fixed.converged) {
          const again = await fixText(processor, fixed.text, {path: `fuzz.${format}`, format}, levels)
          expect(again.changes).toEqual([])
          expect(again.text).toBe(fixed.text)
        }
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
