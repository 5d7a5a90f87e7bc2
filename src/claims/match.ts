import type {Sentence} from 'nlcst'
import {toString} from '../nlcst.js'

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
  /** A quotation mark, not an apostrophe (set by `markQuotes`): a cue's words go on past it (round 15). */
  quoteMark: boolean
  /** A word's number in `lexicon`, -1 for a word no rule data names and for anything else. */
  id: number
}

/**
 * Every word that cue patterns and the attribution word lists name, numbered
 * once per process. A token looks its word up here once; patterns and word
 * lists then test numbers, not strings (string lookups per word and per
 * pattern step were most of the claims analysis).
 */
const lexicon = new Map<string, number>()

/** The number of a normalised word, numbering it if it is new. */
export function wordId(word: string): number {
  let id = lexicon.get(word)
  if (id === undefined) {
    id = lexicon.size
    lexicon.set(word, id)
  }
  return id
}

export function lexiconSize(): number {
  return lexicon.size
}

/** A set of word numbers, one bit each. */
export type WordBits = Uint32Array

export function wordBits(words: Iterable<string>): WordBits {
  const ids = [...words].map(wordId)
  const bits = new Uint32Array((Math.max(-1, ...ids) >> 5) + 1)
  for (const id of ids) bits[id >> 5]! |= 1 << (id & 31)
  return bits
}

/** Whether the word numbered `id` is in `bits` (never for -1). */
export function hasWord(bits: WordBits, id: number): boolean {
  return id >= 0 && ((bits[id >> 5] ?? 0) & (1 << (id & 31))) !== 0
}

type Step = ({kind: 'any'} | {kind: 'suffix'; suffix: string} | {kind: 'words'; words: Set<string>; ids: WordBits}) & {optional?: boolean}

export interface Pattern {
  /** The pattern as written in the rule file. */
  source: string
  steps: Step[]
  /** Steps `from`…`to - 1` are the words reported. */
  from: number
  to: number
  /** The written pattern's second form, with a pair of words as one contraction ("it's" for "it is"). */
  contracted?: true
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

const curlyApostrophe = /[’‘ʼ]/
const curlyApostrophes = /[’‘ʼ]/g

export function normalizeWord(word: string): string {
  // toLowerCase copies even a word that is already lower case: most words are plain ASCII lower case, returned as they are.
  if (isPlainLowerCase(word)) return word
  const lower = word.toLowerCase()
  // Most words hold no apostrophe: test before replacing, which allocates.
  return curlyApostrophe.test(lower) ? lower.replaceAll(curlyApostrophes, "'") : lower
}

const upperCaseFirst = /^\p{Lu}/u

/** `/^\p{Lu}/u.test(text)`, without running the expression for an ASCII first character (nearly every word). */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return upperCaseFirst.test(text)
}

function isPlainLowerCase(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 65 && code <= 90) || code > 127) return false
  }
  return true
}

export function tokensOf(sentence: Sentence): Token[] {
  // Pushed, not mapped: `map` inlined by TurboFan makes a holey array where the interpreter made a packed one (see the spelling stage's `texts`).
  const tokens: Token[] = []
  for (const node of sentence.children) tokens.push(toToken(node))
  return tokens
}

function toToken(node: Sentence['children'][number]): Token {
  // `span` inlined: it returns an object, and this runs for every word, space and mark.
  const position = node.position
  const start = position?.start.offset
  const end = position?.end.offset
  if (start === undefined || end === undefined) throw new Error(`${node.type} without position`)
  // One branch per node type, each reading its text itself: white space and marks are literals, a word is nearly always one
  // text node. Through the shared `toString` for every node this cost a sixth of the claims analysis; by type, the claims
  // analysis takes about 3% less CPU (same-process A/B on 400 bench articles, both orders, two runs).
  if (node.type === 'WhiteSpaceNode') return {kind: 'space', raw: node.value, norm: node.value, start, end, inQuote: false, quoteMark: false, id: -1}
  if (node.type === 'WordNode') {
    const only = node.children.length === 1 ? node.children[0]! : undefined
    const raw = only ? only.value : toString(node)
    const norm = normalizeWord(raw)
    return {kind: 'word', raw, norm, start, end, inQuote: false, quoteMark: false, id: lexicon.get(norm) ?? -1}
  }
  const raw = 'value' in node ? node.value : toString(node)
  return {kind: node.type === 'PunctuationNode' || node.type === 'SymbolNode' ? 'punctuation' : 'other', raw, norm: normalizeWord(raw), start, end, inQuote: false, quoteMark: false, id: -1}
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
    const words = new Set(value.split('|').map(normalizeWord))
    return {kind: 'words', words, ids: wordBits(words), optional}
  })
  if (steps[0]?.optional) throw new Error(`pattern \`${source}\` must not start with an optional word`)
  if (from !== -1 && to === -1) throw new Error(`pattern \`${source}\` has an unmatched \`[\``)
  if (steps[0]?.kind === 'any') throw new Error(`pattern \`${source}\` must not start with \`*\``)
  const pattern = {source, steps, from: from === -1 ? 0 : from, to: from === -1 ? steps.length : to}
  return [pattern, ...contractions(pattern)]
}

/** Endings that stand for a word after a pronoun or "there" ("it's", "I'm", "we've", "let's"). */
const pronounEndings: Record<string, string> = {is: "'s", has: "'s", us: "'s", are: "'re", am: "'m", have: "'ve", will: "'ll", would: "'d", had: "'d"}
const pronounHosts = new Set(['it', 'there', 'that', 'what', 'who', 'here', 'i', 'we', 'you', 'they', 'he', 'she', 'let'])
/** "Not" written onto the verb before it ("isn't", "can't", "won't"). */
const negatedForms: Record<string, string> = {can: "can't", will: "won't", shall: "shan't"}
const negatable = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'must', 'might', 'need'])

/**
 * The pattern once for each contractible pair of its words, the pair written as one word: "it is|was clear" also as
 * "it's clear", "there is no denying" as "there's no denying", "it is not clear" as "it isn't clear". The tokenizer
 * keeps a contraction as one word, so the two-word pattern never sees it.
 */
function contractions(pattern: Pattern): Pattern[] {
  const {steps} = pattern
  const found: Pattern[] = []
  for (let index = 0; index + 1 < steps.length; index++) {
    const host = steps[index]!
    const next = steps[index + 1]!
    if (host.kind !== 'words' || next.kind !== 'words' || host.optional || next.optional) continue
    const forms = new Set<string>()
    for (const first of host.words) {
      for (const second of next.words) {
        if (pronounHosts.has(first) && pronounEndings[second]) forms.add(first + pronounEndings[second])
        if (second === 'not' && negatable.has(first)) forms.add(negatedForms[first] ?? `${first}n't`)
      }
    }
    if (forms.size === 0) continue
    const merged: Step = {kind: 'words', words: forms, ids: wordBits(forms)}
    // The merged word is reported if either of its two words was.
    const from = pattern.from > index ? pattern.from - 1 : pattern.from
    const to = pattern.to > index + 1 ? pattern.to - 1 : pattern.to
    found.push({source: pattern.source, steps: [...steps.slice(0, index), merged, ...steps.slice(index + 2)], from, to, contracted: true})
  }
  return found
}

function fits(step: Step, token: Token): boolean {
  if (step.kind === 'any') return true
  if (step.kind === 'suffix') return token.norm.endsWith(step.suffix) && token.norm.length > step.suffix.length + 1
  return hasWord(step.ids, token.id)
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

/** Token positions of the steps on the path `walk` is trying (-1: a skipped optional step); one array for every match. */
const positions: number[] = []

/** The match of `pattern` whose first word is the word at `index`, whose first step it already fits. */
export function matchFrom(tokens: Token[], pattern: Pattern, index: number): Match | undefined {
  positions[0] = index
  if (!walk(tokens, pattern.steps, 1, index)) return undefined
  let last = index
  for (let step = pattern.steps.length - 1; step > 0; step--) {
    if (positions[step] !== -1) {
      last = positions[step]!
      break
    }
  }
  let reportFirst: number | undefined
  let reportLast: number | undefined
  for (let step = pattern.from; step < pattern.to; step++) {
    const position = positions[step]!
    if (position === -1) continue
    reportFirst ??= position
    reportLast = position
  }
  return {pattern, first: index, last, reportFirst: reportFirst!, reportLast: reportLast!}
}

/** One-word connectives set off by commas inside a clause: "Officials, however, said…" reads as "Officials said…". */
export const connectiveWords: ReadonlySet<string> = new Set(['however', 'meanwhile', 'meantime', 'though', 'too', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'instead', 'therefore', 'thus', 'separately'])
const connectives = new Set([...connectiveWords].map(wordId))

/**
 * The index of the token a pattern's next step is tried on, from `from` on: past white space, quotation marks (`quoting
 * "secret reports"`, `is 'expected' to`: round 15; whether the quoted words are the writer's is `consider`'s question) and
 * one connective between commas (", however,"), which do not break the phrase around them.
 */
export function nextWordAt(tokens: Token[], from: number): number {
  let next = from
  for (;;) {
    if (tokens[next]?.kind === 'space' || tokens[next]?.quoteMark || possessiveMark(tokens, next)) next++
    else if ((tokens[next]?.raw === '(' || tokens[next]?.raw === '<') && isCode(tokens[next + 1]) && tokens[next + 2]?.raw === (tokens[next]!.raw === '(' ? ')' : '>')) next += 3
    // Not the close of a bracketed code a match began on ("May Department Stores Co <MAY> and": "MAY" is no modal).
    else if (tokens[next]?.raw === '<' || (tokens[next]?.raw === '>' && !(isCode(tokens[next - 1]) && tokens[next - 2]?.raw === '<'))) next++
    else break
  }
  if (tokens[next]?.raw !== ',') return next
  let word = next + 1
  while (tokens[word]?.kind === 'space') word++
  if (!connectives.has(tokens[word]?.id ?? -1)) return next
  let close = word + 1
  while (tokens[close]?.kind === 'space') close++
  if (tokens[close]?.raw !== ',') return next
  close++
  while (tokens[close]?.kind === 'space') close++
  return close
}

/**
 * A ticker or an acronym in brackets after a name ("Toshiba (6502.T)", "the London International Financial Futures Exchange
 * (LIFFE)"): round 21 reads past it, as past the angle brackets of wire markup ("Toshiba <TSBA.T>", "<Kumagai Gumi> official").
 */
function isCode(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.raw.length >= 2 && token.raw.length <= 12 && /^[A-Z0-9][A-Z0-9&]*(?:\.[A-Z]{1,3})?$/.test(token.raw)
}

/**
 * A plural's possessive apostrophe inside a capitalised name ("a National Coffee Growers' Federation official said"; round
 * 19). Not before a lower-case word: "The analysts' forecast was gloomy" is no "analysts forecast".
 */
function possessiveMark(tokens: Token[], at: number): boolean {
  const token = tokens[at]
  const before = tokens[at - 1]
  return token !== undefined && (token.raw === "'" || token.raw === '’') && before?.kind === 'word' && before.end === token.start && /^\p{Lu}.*s$/u.test(before.raw) && tokens[at + 1]?.kind === 'space' && /^\p{Lu}/u.test(tokens[at + 2]?.raw ?? '')
}

/**
 * Matches steps from `step` on after the word at `at`, writing each step's
 * token index to `positions` (-1 for a skipped optional step); the word is
 * tried before skipping. No copies per step: this runs for every cue's first word.
 */
function walk(tokens: Token[], steps: Step[], step: number, at: number): boolean {
  if (step === steps.length) return true
  const next = nextWordAt(tokens, at + 1)
  const token = tokens[next]
  if (token && token.kind === 'word' && fits(steps[step]!, token)) {
    positions[step] = next
    if (walk(tokens, steps, step + 1, next)) return true
  }
  if (!steps[step]!.optional) return false
  positions[step] = -1
  return walk(tokens, steps, step + 1, at)
}
