import type {Sentence} from 'nlcst'
import {span, toString} from '../nlcst.js'

/**
 * The shared cue matcher. Hand-written rather than nlcst-search because cues
 * need alternatives (`appears|seems to`), optional words (`has been?`), suffix
 * wildcards (`may be *ing`), a
 * marked part to report (`citing [anonymous sources]`) and token indices that
 * the attribution analysis can relate to quotes and reporting verbs.
 */

export interface Token {
  kind: 'word' | 'punctuation' | 'space' | 'other'
  /** Text as written. */
  raw: string
  /** Lower case, curly apostrophes made straight: what patterns are compared with. */
  norm: string
  start: number
  end: number
  /** Inside a direct quotation (set by `markQuotes`). */
  inQuote: boolean
}

type Step = ({kind: 'any'} | {kind: 'suffix'; suffix: string} | {kind: 'words'; words: Set<string>}) & {optional?: boolean}

export interface Pattern {
  /** The pattern as written in the rule file. */
  source: string
  steps: Step[]
  /** Steps `from`…`to - 1` are the words reported. */
  from: number
  to: number
}

export interface Match {
  pattern: Pattern
  /** Token indices of the first and last word of the whole pattern. */
  first: number
  last: number
  /** Token indices of the first and last reported word. */
  reportFirst: number
  reportLast: number
}

const curlyApostrophe = /[’‘ʼ]/g

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase()
  // Most words hold no apostrophe: test before replacing, which allocates.
  curlyApostrophe.lastIndex = 0
  return curlyApostrophe.test(lower) ? lower.replaceAll(curlyApostrophe, "'") : lower
}

export function tokensOf(sentence: Sentence): Token[] {
  return sentence.children.map((node) => {
    const {start, end} = span(node)
    const raw = toString(node)
    const kind = node.type === 'WordNode' ? 'word' : node.type === 'WhiteSpaceNode' ? 'space' : node.type === 'PunctuationNode' || node.type === 'SymbolNode' ? 'punctuation' : 'other'
    return {kind, raw, norm: normalizeWord(raw), start, end, inQuote: false}
  })
}

/** Compiles `word|alternative`, `word?` (optional), `*`, `*suffix` and `[reported part]` into steps. */
export function compilePattern(source: string): Pattern[] {
  const parts = source.trim().split(/\s+/)
  let from = -1
  let to = -1
  const steps = parts.map((part, index): Step => {
    let value = part
    if (value.startsWith('[')) {
      if (from !== -1) throw new Error(`pattern \`${source}\` has two \`[\``)
      from = index
      value = value.slice(1)
    }
    if (value.endsWith(']')) {
      if (from === -1 || to !== -1) throw new Error(`pattern \`${source}\` has an unmatched \`]\``)
      to = index + 1
      value = value.slice(0, -1)
    }
    const optional = value.endsWith('?') && value.length > 1
    if (optional) value = value.slice(0, -1)
    if (value === '*') return {kind: 'any', optional}
    if (value.startsWith('*')) return {kind: 'suffix', suffix: normalizeWord(value.slice(1)), optional}
    if (value === '' || /[^\p{L}\p{N}'’|.-]/u.test(value)) throw new Error(`pattern \`${source}\` has a bad word \`${part}\``)
    return {kind: 'words', words: new Set(value.split('|').map(normalizeWord)), optional}
  })
  if (steps[0]?.optional) throw new Error(`pattern \`${source}\` must not start with an optional word`)
  if (from !== -1 && to === -1) throw new Error(`pattern \`${source}\` has an unmatched \`[\``)
  if (steps[0]?.kind === 'any') throw new Error(`pattern \`${source}\` must not start with \`*\``)
  return [{source, steps, from: from === -1 ? 0 : from, to: from === -1 ? steps.length : to}]
}

function fits(step: Step, token: Token): boolean {
  if (step.kind === 'any') return true
  if (step.kind === 'suffix') return token.norm.endsWith(step.suffix) && token.norm.length > step.suffix.length + 1
  return step.words.has(token.norm)
}

/** Every place where `pattern` matches consecutive words (only white space between them). */
export function matchPattern(tokens: Token[], pattern: Pattern): Match[] {
  const found: Match[] = []
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.kind !== 'word' || !fits(pattern.steps[0]!, tokens[index]!)) continue
    const match = matchFrom(tokens, pattern, index)
    if (match) found.push(match)
  }
  return found
}

/** The match of `pattern` whose first word is the word at `index`, whose first step it already fits. */
export function matchFrom(tokens: Token[], pattern: Pattern, index: number): Match | undefined {
  const positions = walk(tokens, pattern.steps, 1, index, [index])
  if (!positions) return undefined
  const reported = positions.slice(pattern.from, pattern.to).filter((position) => position !== -1)
  return {pattern, first: index, last: positions.findLast((position) => position !== -1)!, reportFirst: reported[0]!, reportLast: reported.at(-1)!}
}

/** Matches steps from `step` on after the word at `at`; skipped optional steps get position -1. */
function walk(tokens: Token[], steps: Step[], step: number, at: number, positions: number[]): number[] | undefined {
  if (step === steps.length) return positions
  let next = at + 1
  while (tokens[next]?.kind === 'space') next++
  const token = tokens[next]
  if (token && token.kind === 'word' && fits(steps[step]!, token)) {
    const taken = walk(tokens, steps, step + 1, next, [...positions, next])
    if (taken) return taken
  }
  return steps[step]!.optional ? walk(tokens, steps, step + 1, at, [...positions, -1]) : undefined
}
