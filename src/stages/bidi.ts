import type {Node, Paragraph, Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import type {Config} from '../config.js'
import {paragraphs, span, textOf} from '../nlcst.js'
import {report} from '../report.js'
import type {RuleMeta} from '../types.js'

export const bidiControl: RuleMeta = {
  source: 'script',
  ruleId: 'bidi-control',
  severity: 'error',
  description:
    'An invisible Unicode bidirectional control (the "Trojan Source" characters) that can make the published text display differently from what the editor read.',
  // Written with a visible stand-in: the real character in our own docs would reorder them.
  example: {wrong: 'The minister said talks⟨U+202E⟩ would resume.', right: 'The minister said talks would resume.'},
}

export const rules: RuleMeta[] = [bidiControl]

/**
 * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
 * reorder whatever follows them, which is the Trojan Source attack
 * (CVE-2021-42574), and never belong in news copy.
 */
const explicit = /[\u202A-\u202E\u2066-\u2069]/
/**
 * The implicit marks LRM, RLM and ALM (U+200E, U+200F, U+061C) are legitimate
 * in Hebrew or Arabic copy, where they fix the order of numbers and
 * punctuation; in a paragraph with no right-to-left letter they can only be
 * paste residue that breaks search and spelling, so only there are they flagged.
 */
const anyControl = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/
const rightToLeft = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}]/u

/** `script/bidi-control`: one finding per whitespace-delimited token that holds bidi controls. */
export default function bidiStage(_config: Config) {
  return (tree: Root, file: VFile): void => {
    for (const paragraph of paragraphs(tree)) {
      const value = textOf(paragraph)
      if (!anyControl.test(value)) continue
      const flagged = rightToLeft.test(value) ? explicit : anyControl
      for (const run of runsOf(paragraph)) {
        const controls = run.filter((node) => flagged.test(node.value))
        if (controls.length === 0) continue
        const {start} = span(run[0]!)
        const {end} = span(run.at(-1)!)
        const names = [...new Set(controls.flatMap((node) => [...node.value].filter((c) => flagged.test(c)).map(nameOf)))]
        const token = clean(run.map((node) => node.value).join(''), flagged)
        report(file, bidiControl, {
          start,
          end,
          reason: `Invisible bidirectional control ${names.join(', ')} in \`${token}\`; it can make the text display in a different order than it reads`,
          // The decoded token without its controls; `copydesk fix` re-encodes it for the format.
          expected: [token],
          fix: 'safe',
        })
      }
    }
  }
}

type Leaf = Node & {value: string}

function isLeaf(node: Node): node is Leaf {
  return typeof (node as {value?: unknown}).value === 'string'
}

/**
 * Leaves of a paragraph grouped into runs with no white space between them,
 * i.e. tokens as an editor sees them: parse-english splits `abc\u202Edef`
 * into a word, a symbol and a word, and the suggestion should be `abcdef`.
 */
function runsOf(paragraph: Paragraph): Leaf[][] {
  const runs: Leaf[][] = []
  let run: Leaf[] = []
  const leaves: Leaf[] = []
  const collect = (node: Node): void => {
    if (isLeaf(node)) leaves.push(node)
    else for (const child of (node as Paragraph | Sentence).children ?? []) collect(child)
  }
  collect(paragraph)
  for (const leaf of leaves) {
    if (leaf.type === 'WhiteSpaceNode' || !leaf.position) {
      if (run.length > 0) runs.push(run)
      run = []
    } else {
      run.push(leaf)
    }
  }
  if (run.length > 0) runs.push(run)
  return runs
}

function clean(value: string, flagged: RegExp): string {
  return [...value].filter((character) => !flagged.test(character)).join('')
}

const names: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u061C': 'ARABIC LETTER MARK',
}

function nameOf(character: string): string {
  const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
  return `U+${code} ${names[character] ?? ''}`.trim()
}
