import {readFileSync, readdirSync} from 'node:fs'
import type {Node, Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {defaultConfig} from '../../src/config.js'
import {formatOf} from '../../src/parse/index.js'
import {createPipeline} from '../../src/pipeline.js'
import {assertPositions, checkSoundly} from './invariants.js'

/**
 * Every input that once broke copydesk (found by the property tests or by
 * hand) is kept in regressions/ and replayed here: the report stays sound,
 * the tree's offsets stay in step, and the named words are found exactly
 * where they are in the file.
 */
const folder = new URL('./regressions/', import.meta.url)
const processor = createPipeline(defaultConfig())

/** Words each fixture must yield, as their exact source text. */
const words: Record<string, string[]> = {
  'html-lone-surrogate-reference.html': ['the', 'recieve'],
  'html-windows-1252-reference.html': ['didn&#146;t', 'recieved'],
  'html-legacy-reference-without-semicolon.html': ['Moscow', 'recieved'],
  'html-reference-after-skipped-space.html': ['recieve'],
  'html-raw-text-element.html': ['a', 'b'],
  'markdown-byte-order-mark.md': ['minister', 'recieved'],
  'ninjs-byte-order-mark.json': ['Talks', 'recieved'],
  'markdown-lone-cr-and-nul.md': ['recieved', 'note', 'Then', 'left'],
}

/**
 * Open bugs in code the robustness suite does not own, reported to their
 * owners; `it.fails` turns green-to-red when they are fixed, so the mark gets removed.
 */
const open: Record<string, string> = {}

function wordSlices(tree: Root, text: string): string[] {
  const slices: string[] = []
  const visit = (node: Node): void => {
    if (node.type === 'WordNode') slices.push(text.slice(node.position!.start.offset, node.position!.end.offset))
    else for (const child of (node as {children?: Node[]}).children ?? []) visit(child)
  }
  for (const paragraph of tree.children) visit(paragraph)
  return slices
}

describe('regressions', () => {
  for (const name of readdirSync(folder).sort()) {
    const test = open[name] ? it.fails : it
    test(`${name}${open[name] ? ` (open: ${open[name]})` : ''}`, async () => {
      const text = readFileSync(new URL(name, folder), 'utf8')
      const format = formatOf(name)!
      const file = new VFile({value: text})
      file.data.format = format
      const tree = processor.parse(file) as Root
      assertPositions(tree, text.length)
      const slices = wordSlices(tree, text)
      for (const word of words[name] ?? []) expect(slices).toContain(word)
      await checkSoundly(processor, text, format)
    })
  }
})
