import {isTimeNoun} from './attribution.js'
import type {Token} from './match.js'
import type {Vocabulary} from './rules.js'
import {finiteVerbs, timePhraseWords} from './word-classes.js'

/**
 * Small scans of a sentence's tokens and words that the analyser and its guards share: what stands before, after or
 * between them, and where a clause or a phrase ends.
 */

/** Whether punctuation (of `marks`, when given) stands from the token `from` up to, not including, the token `to`. */
export function punctuationBetween(tokens: Token[], from: Token, to: Token, marks?: RegExp): boolean {
  for (let at = tokens.indexOf(from); at >= 0 && at < tokens.length && tokens[at] !== to; at++) {
    const token = tokens[at]!
    if (token.kind === 'punctuation' && (!marks || marks.test(token.raw))) return true
  }
  return false
}

/**
 * The words of insertions set off by commas in a subject ("…, including his chief of staff Ivan Petrov, said"), leaving out
 * relative clauses ("…, who spoke to Meduza, said") and the subject's own words ("of Putin", whose circle it is).
 */
export function insertedWords(between: Token[]): Token[] {
  const kept: Token[] = []
  let inserted = false
  for (const token of between) {
    if (token.raw === ',') inserted = true
    else if (/^(?:who|which|that|whom)$/.test(token.norm)) inserted = false
    else if (inserted) kept.push(token)
  }
  return kept
}

/** The index of a verb of saying right before token `index`, with a comma between them or none ("reported, citing"). */
export function verbOfSayingJustBefore(tokens: Token[], index: number, reportingVerbs: ReadonlySet<string>): number | undefined {
  let at = index - 1
  while (at >= 0 && tokens[at]!.kind === 'space') at--
  if (tokens[at]?.raw === ',') at--
  while (at >= 0 && tokens[at]!.kind === 'space') at--
  return tokens[at]?.kind === 'word' && reportingVerbs.has(tokens[at]!.norm) ? at : undefined
}

/** Whether a token of the sentence stands inside a quotation. A loop, not `some` with a new callback: asked of every sentence. */
export function holdsQuote(tokens: Token[]): boolean {
  for (const token of tokens) if (token.inQuote) return true
  return false
}

export function wordCountAtLeast(tokens: Token[], minimum: number): boolean {
  let words = 0
  for (const token of tokens) if (token.kind === 'word' && ++words >= minimum) return true
  return false
}

/**
 * Whether the state word at token `state` ("missing", "dead") closes its phrase: a mark, the sentence's end, or one of
 * `closers` (`after-state` in `_words.yml`: a preposition or a conjunction) comes next, not a noun it qualifies ("missing
 * funds") nor a finite verb whose subject it is ("dead were mostly civilians").
 */
export function stateEnds(tokens: Token[], state: number, closers: ReadonlySet<string>): boolean {
  const next = tokens.slice(state + 1).find((token) => token.kind !== 'space')
  return next === undefined || next.kind !== 'word' || (closers.has(next.norm) && !finiteVerbs.has(next.norm))
}

/**
 * Whether a finite verb comes after a reduced relative clause, from word `from` on: an auxiliary, or a past form in -ed or
 * an irregular one not after "to|be|been" ("…reported missing after the attack were found", "…said to be loyal seized the
 * airport", "…told to pull back began moving"), or a present one: a known verb not after a determiner or preposition, or
 * any word after an adverb of time or likelihood ("…loyal to the general control|now hold|probably control the airport",
 * third review of round 10; the verbs and adverbs are `irregular-pasts`, `present-verbs` and `main-verb-adverbs` in
 * `_words.yml`, the words before a noun `determiners` and `present-not-verb`). Without one the participle is the sentence's verb.
 */
export function mainVerbLater(words: Token[], from: number, verbs: Pick<Vocabulary, 'irregularPasts' | 'presentVerbs' | 'mainVerbAdverbs' | 'determiners' | 'presentNotVerb'>): boolean {
  // Before these a present form is a noun or an infinitive ("in control", "to hold"); after an adverb they are no verb.
  const notVerbAfter = (word: string) => verbs.determiners.has(word) || verbs.presentNotVerb.has(word)
  for (let at = from; at < words.length; at++) {
    const word = words[at]!.norm
    const previous = words[at - 1]?.norm ?? ''
    if (finiteVerbs.has(word)) return true
    if ((word.endsWith('ed') || verbs.irregularPasts.has(word)) && !/^(?:to|be|been|being)$/.test(previous)) return true
    if (verbs.presentVerbs.has(word) && !notVerbAfter(previous)) return true
    if (verbs.mainVerbAdverbs.has(previous) && /^\p{Ll}/u.test(words[at]!.raw) && !/(?:ing|ly)$/.test(word) && !notVerbAfter(word)) return true
  }
  return false
}

/** Whether the word at `at` opens its sentence, after at most a connective or a time word ("But clearly, …", "Today it was learned that…"). */
export function opensSentence(words: readonly Token[], at: number): boolean {
  return at === 0 || (at === 1 && /^(?:but|and|so|yet|however|meanwhile|also|today|yesterday|tonight|now)$/.test(words[0]!.norm))
}

/**
 * Whether the word at `at` follows only a time phrase opening the sentence: one time word ("Earlier, it was learned that…") or a
 * phrase of a time noun or a date set off by a comma ("On Tuesday, it was learned that…"); not a clause ("When the deal fell
 * through on Tuesday, it was learned that…").
 */
export function opensAfterTime(tokens: readonly Token[], words: readonly Token[], at: number): boolean {
  const lead = words.slice(0, at)
  if (lead.length === 1) return /^(?:earlier|later|recently|meanwhile|today|yesterday|tonight|now)$/.test(lead[0]!.norm)
  if (lead.length < 2 || lead.length > 4 || !/^(?:on|last|this|early|late|earlier|later)$/.test(lead[0]!.norm)) return false
  const rest = lead.slice(1)
  if (!rest.every((word) => isTimeNoun(word.norm) || timePhraseWords.test(word.norm)) || !rest.some((word) => isTimeNoun(word.norm) || /^\d/.test(word.norm))) return false
  const before = tokens.slice(0, tokens.indexOf(words[at]!)).findLast((token) => token.kind !== 'space')
  return before?.raw === ','
}

/** A figure after the token at `at` ("at 40", "at $2 million", "at about 100,000", "at three million"): not "at risk", "at the top". */
export function figureFollows(tokens: Token[], at: number, numberWords: ReadonlySet<string>): boolean {
  const next = tokens.slice(at + 1).filter((token) => token.kind !== 'space').slice(0, 3)
  const figure = (token: Token | undefined) => token !== undefined && (/^[$£€¥\d]/.test(token.raw) || numberWords.has(token.norm))
  return figure(next[0]) || (/^(?:about|around|some|nearly|almost|roughly|over|under|more|less|between|up|as|at|least|just|only|an|a)$/.test(next[0]?.norm ?? '') && (figure(next[1]) || figure(next[2])))
}

/** A crude stem, enough to join "mining" and "mine", "reduction" and "reduce". */
export function topicStem(norm: string): string {
  return norm.replace(/(?:ing|ions?|ments?|es|s|ed|e|al)$/, '').slice(0, 6)
}

/** The token before token `index`, past white space. */
export function tokenBefore(tokens: Token[], index: number): Token | undefined {
  let back = index - 1
  while (tokens[back]?.kind === 'space') back--
  return tokens[back]
}

/** Whether a comma or a quotation mark comes right before token `index`: an inverted tag's place (`not-tag`, `not-end-tag`; `subject-before` asks for a word there instead). */
export function followsTagMark(tokens: Token[], index: number): boolean {
  const before = tokenBefore(tokens, index)
  return before?.kind === 'punctuation' && /^[,"”'’]$/.test(before.raw)
}

/** The words after token `from` up to the next mark that ends a phrase: the rest of the clause. */
export function clauseAfter(tokens: Token[], from: number): Token[] {
  const clause: Token[] = []
  for (let index = from + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && /^[,.;:!?()—–]$/.test(token.raw)) break
    if (token.kind === 'word') clause.push(token)
  }
  return clause
}

/** The index of the word at or before `from` once `-ly` adverbs are passed ("were widely criticised"), not before `floor`. */
export function beforeAdverbs(words: readonly Token[], from: number, floor: number): number {
  let back = from
  while (back > floor && words[back]!.norm.endsWith('ly')) back--
  return back
}

/** An adverb between a subject and its verb ("She clearly left…"); lower case, so that "Italy" and "July" stay nouns. */
export function isAdverb(word: {norm: string; raw: string}): boolean {
  return word.norm.endsWith('ly') && word.raw === word.norm && !/^(?:family|ally|rally|assembly|supply|monopoly|reply)$/.test(word.norm)
}

/** The words before a sentence's first comma, joined ("Previously announced cuts could…" has none). */
export function openerBeforeComma(tokens: Token[]): string {
  const comma = tokens.findIndex((token) => token.raw === ',')
  return comma === -1 ? '' : tokens.slice(0, comma).filter((token) => token.kind === 'word').map((token) => token.norm).join(' ')
}

/** Whether "is|are|was|were" and a word of belief (`beliefs`: `belief-words` in `_words.yml`) come after `from` in the clause. */
export function beliefLater(words: Token[], from: number, beliefs: ReadonlySet<string>): boolean {
  for (let at = from + 1; at < words.length - 1; at++) if (/^(?:is|are|was|were|remain|remained)$/.test(words[at]!.norm) && beliefs.has(words[at + 1]!.norm)) return true
  return false
}

/** The sentence's words and each token's word index, for the guards: one sentence's cues ask for them several times. */
export class SentenceWords {
  private last: {tokens: Token[]; words: Token[]; wordAt: number[]} | undefined

  of(tokens: Token[]): {words: Token[]; wordAt: number[]} {
    if (this.last?.tokens === tokens) return this.last
    const words: Token[] = []
    // Only one sentence's guards run at a time: its word indices go in one reused array.
    const wordAt = this.last?.wordAt ?? []
    for (let index = 0; index < tokens.length; index++) {
      if (tokens[index]!.kind !== 'word') {
        wordAt[index] = -1
        continue
      }
      wordAt[index] = words.length
      words.push(tokens[index]!)
    }
    this.last = {tokens, words, wordAt}
    return this.last
  }
}
