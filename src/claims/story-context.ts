import type {CueFinding} from './analyse.js'
import type {SentenceAttribution} from './attribution.js'
import {hasWord, startsUpperCase, type Token, type WordBits, wordBits} from './match.js'
import {namesPerson} from './names-in-sentence.js'
import type {Vocabulary} from './rules.js'
import type {SentenceBefore} from './sentence-before.js'
import {SentenceWords} from './token-scan.js'
import {officialThings, subjectVerb, unnamedPersonCues} from './word-classes.js'

/**
 * What the story so far says about the sentences that follow, and the bookkeeping that keeps it as each sentence is read.
 */

/** What the story so far says about the sentences that follow. */
export interface StoryContext {
  /** A court, charge or the police has been named. */
  legal: boolean
  /** A paragraph has ended with a question: a Q&A interview, whose answers are the interviewee's. */
  interview: boolean
  /** The previous sentence rests on an unnamed source, so "the official said" is that source again. */
  anonymous: boolean
  /** …an unnamed person ("a U.S. official said") and names nobody, so a "he added" that opens the next sentence is that person. */
  anonymousPerson: boolean
  /** When (`read`) the story's last speaker, an unnamed person, last spoke: two sentences of the writer's own since do not change who "he" is (round 23). */
  unnamedSpeaker: number | undefined
  /** The last words of the people the story has named as sources ("Sindt" of "Bob Sindt"), to know them again by surname. */
  surnames: Set<string>
  /** The sentence before rests on one unnamed person alone (`"…," one said`), whom a "they" cannot point back to (round 19). */
  anonymousOne: boolean
  /** The previous sentence gives its claim a source, named or not: "Another said…" opening the next one is a second, unnamed speaker (round 15). */
  speaker: boolean
  /**
   * The unnamed people still in view, by trade ("dealer"; officials, sources, aides, diplomats and insiders are one key), with the
   * number of the last sentence that rests on one: "the dealer said" points back to an unnamed dealer of the last two sentences
   * (an official, further), unless a named dealer came since (review r16, item 1).
   */
  unnamedTrades: Map<string, number>
  /** The story has used an official's noun (or a source's, diplomat's, aide's, insider's) before, named or not: "the official said" with none before has no name to point back to (round 21). */
  officialMentioned: boolean
  /**
   * A sentence before named its source ("…, chairman Bernard Fauber predicted") or a person who holds a post ("Mayor Karen Bass
   * toured…": `namesPerson`), whom "the K Mart official also said" may be again.
   */
  namedSeen: boolean
  /** Review of round 23: the sentence before named two or more sources ("Jane Li and Tom Park of Morgan Stanley said…"). */
  namedMany: boolean
  /** The previous sentence quotes someone: a `"…," he added` after it goes on with that quotation. */
  quoted: boolean
  /**
   * …or opens on its unnamed person as the subject ("A U.S. official said the talks had failed."): a `"…," he said` after it
   * quotes that person (round 18). Not after a tag ("Smith was fired, a source said."), where the quotation may be Smith's.
   */
  personOpens: boolean
  /** How many sentences the story has read before this one. */
  read: number
  /** The previous sentence rests on an unnamed crowd ("Analysts said…") and names no source: a "They said" after it is that crowd. */
  crowd: boolean
  /**
   * The previous sentence gives a specific source's account in reported speech, not quoted: the stems of its words, which a
   * forecast about the same thing after it shares (`continues-report`); undefined otherwise.
   */
  reported: Set<string> | undefined
  /** The previous sentence: whether it named an outlet, a study, a work of fiction or two office holders. */
  before: SentenceBefore
  /** The story's next sentence, when it has one (`story-lead`, which asks only while the story has read no sentence). */
  next: () => Token[] | undefined
  /** The story's sentences before this one, for the `determined` guard (round 22). */
  sofar: StorySoFar
}

/**
 * What the story's sentences so far hold, for the `determined` guard: the words they use but a crowd's ("the managers said"
 * points back only to managers the story has mentioned, round 22) and whether one named an issue's managers ("led the issue",
 * "was lead manager"). Worked out only when the guard asks: few stories reach it, and a set of every word of every sentence,
 * built as each was read, cost more than the guard.
 */
export class StorySoFar {
  private readonly pending: Array<{tokens: Token[]; crowdSpans: CueFinding[]}> = []
  private readonly words = new Set<string>()
  private led = false

  /** A sentence read, with its crowd's words, which name no one ("Securities managers said…"). */
  add(tokens: Token[], crowdSpans: CueFinding[]): void {
    this.pending.push({tokens, crowdSpans})
  }

  has(word: string): boolean {
    this.catchUp()
    return this.words.has(word)
  }

  managersLed(): boolean {
    this.catchUp()
    return this.led
  }

  private catchUp(): void {
    for (const {tokens, crowdSpans} of this.pending) {
      for (const token of tokens) if (token.kind === 'word' && !crowdSpans.some((finding) => finding.start <= token.start && token.end <= finding.end)) this.words.add(token.norm)
      this.led ||= tokens.some((token, index) => token.kind === 'word' && /^(?:lead|led|co-led)$/.test(token.norm) && ledIssue(token.norm, tokens.slice(index + 1, index + 7).filter((next) => next.kind === 'word').slice(0, 3).map((next) => next.norm)))
    }
    this.pending.length = 0
  }
}

/** Whether the sentence opens ("But" or "And" aside) on an unnamed person the anonymous rule found: the claim's speaker is its subject. */
export function opensOnUnnamedPerson(tokens: Token[], findings: CueFinding[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  const first = /^(?:but|and)$/.test(words[0]?.norm ?? '') ? words[1] : words[0]
  return first !== undefined && findings.some((finding) => finding.rule.ruleId === 'anonymous' && unnamedPersonCues.has(finding.cue.category) && finding.start === first.start)
}

/** The trade an unnamed person's noun names, for "the dealer said" (`not-after-anonymous`): officials, sources, aides, diplomats and insiders stand for one another. */
export function unnamedTradeKey(norm: string): string | undefined {
  return tradeKeys.get(norm)
}

/**
 * Whether one of `findings` holds `token`. A function of its own: a closure over the token inside a loop over every token
 * made V8 allocate a scope for each one (a sixth of the analysis' allocations).
 */
function holds(findings: CueFinding[], token: Token): boolean {
  return findings.some((finding) => finding.start <= token.start && token.end <= finding.end)
}

/** "A|an|another|one" up to three words before the person at `index`, not in apposition to a name ("Jane Doe, a senior official"). */
function introducesUnnamed(tokens: Token[], words: Token[], index: number): boolean {
  // Review of round 23: the unnamed person is the subject of a verb ("Another official declined…", "A department official
  // attributed…"), not a thing ("an official protest|complaint|inquiry") nor a predicate ("was appointed an official of the
  // ministry").
  if (!subjectVerb.test(words[index + 1]?.norm ?? '')) return false
  const at = words.slice(Math.max(0, index - 4), index).findIndex((word) => /^(?:a|an|another|one)$/.test(word.norm))
  if (at < 0) return false
  const article = Math.max(0, index - 4) + at
  const before = words[article - 1]
  const between = before ? tokens.slice(tokens.indexOf(before) + 1, tokens.indexOf(words[article]!)) : []
  // A capital after the sentence's first word: "However, one analyst" opens with an adverb.
  return !(before && article > 1 && startsUpperCase(before.raw) && between.some((token) => token.raw === ','))
}

/** A map, not two regular expressions: this asks about every word. */
const tradeKeys = new Map(
  [
    ...['official', 'source', 'diplomat', 'aide', 'insider'].map((trade) => [trade, 'official']),
    ...['trader', 'dealer', 'banker', 'broker', 'analyst', 'economist', 'arbitrageur', 'arbitrager'].map((trade) => [trade, trade]),
  ].flatMap(([trade, key]) => [[trade!, key!], [`${trade}s`, key!]]),
)
const tradeWords = wordBits(tradeKeys.keys())

/**
 * `"…," said the regional manager of an oil company who spoke on condition that he not be named`: the cue, after the verb,
 * describes the speaker who follows it, an unnamed person whom a "he added" after it points back to (round 13). Not a
 * cue after a speaker before the verb ("The coach said an official who asked not to be named…": the official is the claim's).
 */
export function describesInvertedSpeaker(tokens: Token[], attribution: SentenceAttribution, finding: CueFinding): boolean {
  if (attribution.kind !== 'described' || attribution.verb === undefined || !attribution.source) return false
  const verb = tokens[attribution.verb]!
  if (finding.start < verb.end) return false
  const after = tokens.slice(attribution.verb + 1).filter((token) => token.kind === 'word').slice(0, attribution.source.split(/\s+/).length).map((token) => token.raw).join(' ')
  return after === attribution.source
}

/** Whether "led|lead" governs an issue or names a manager: "led the issue|offering", "lead manager|co-manager". */
function ledIssue(word: string, next: string[]): boolean {
  if (word === 'lead') return /^(?:manager|managers|co-manager|underwriter)$/.test(next[0] ?? '')
  return (word === 'led' || word === 'co-led') && next.slice(0, 2).some((later) => /^(?:issue|offering|placement|bond|bonds|notes|syndicate|deal)$/.test(later))
}

/** Records the unnamed people the sentence rests on, by trade, and forgets a trade whose named person it introduces ("John Smith, chief dealer at Barclays, said"). */
export function noteUnnamedTrades(vocabulary: Vocabulary, sentenceWords: SentenceWords, tokens: Token[], attribution: SentenceAttribution, findings: CueFinding[], story: StoryContext): void {
  // Most sentences have no finding: the empty list itself then, not a new one.
  const unnamed = findings.length === 0 ? findings : findings.filter((finding) => finding.rule.ruleId === 'anonymous' && unnamedPersonCues.has(finding.cue.category))
  // Only a named source: "the first law enforcement official said" describes the unnamed one again.
  const named = attribution.kind === 'named'
  let keys = 0
  const {words} = sentenceWords.of(tokens)
  for (let index = 0; index < words.length; index++) {
    const token = words[index]!
    // Most words are no trade: a bit test, not the map's lookup by string (see `ofRule` in analyse.ts for the figure).
    if (!hasWord(tradeWords, token.id)) continue
    const key = tradeKeys.get(token.norm)!
    // Round 23 (Reuters-21578 tuning half): "an official visit", "in an official statement … the State Department said" name
    // a thing, not a person, and forget no unnamed official.
    if (token.norm === 'official' && officialThings.test(words[index + 1]?.norm ?? '')) continue
    keys++
    if (key === 'official') story.officialMentioned = true
    // "Both officials requested anonymity": the unnamed people outside the flagged words.
    if (holds(unnamed, token) || (unnamed.length > 0 && !named)) story.unnamedTrades.set(key, story.read)
    else if (named && !/s$/.test(token.norm)) story.unnamedTrades.delete(key)
    // Round 23 (Reuters-21578 tuning half: "Another official declined to speculate…. The BP official said…", "A department
    // official attributed the increase to… . The official said…"): one unnamed person brought in by an act or a refusal, with
    // no finding, is who "the official said" points back to; not one a name goes with ("named Jane Doe, a senior official,").
    else if (!named && !/s$/.test(token.norm) && introducesUnnamed(tokens, words, index) && !namesPerson(vocabulary, sentenceWords, tokens)) story.unnamedTrades.set(key, story.read)
  }
  // "…, a person familiar with the matter said": an unnamed source of no trade, whom "the official said" may be again.
  if (unnamed.length > 0 && keys === 0) story.unnamedTrades.set('official', story.read)
}

/** Whether the sentence holds a legal word (`legal` in `rules/attribution/_words.yml`): a court, a charge or the police. */
export function hasLegalWord(legal: WordBits, tokens: Token[]): boolean {
  return tokens.some((token) => hasWord(legal, token.id))
}
