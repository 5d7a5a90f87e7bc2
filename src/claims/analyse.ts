import type {Paragraph, Root, Sentence} from 'nlcst'
import {blockData, checkedSentences, paragraphs, sentencesOf, span} from '../nlcst.js'
import type {Format, Sourcing} from '../types.js'
import {continuesStatement, goesOnWithQuote, type Statement} from './across-blocks.js'
import {withWholeMarkup} from './emphasis.js'
import {AttributionReader, inSentenceCase, type SentenceAttribution, unnamedPeopleOnly} from './attribution.js'
import {GuardContext} from './guards/context.js'
import {guards} from './guards/index.js'
import {interviewAnswers} from './interview.js'
import {type Match, startsUpperCase, type Token, tokensOf, type WordBits, wordBits} from './match.js'
import {namesPerson, namesPersonAfter, newPersonAt} from './names-in-sentence.js'
import {PatternIndex} from './pattern-index.js'
import {citesFragment, isShortFragment, withWholeQuotation} from './quoted-fragments.js'
import {markQuotes} from './quotes.js'
import {type Cue, type CueRule, loadRules, loadVocabulary, type Vocabulary} from './rules.js'
import {SentenceBefore} from './sentence-before.js'
import {summarise} from './sourcing.js'
import {describesInvertedSpeaker, hasLegalWord, noteUnnamedTrades, opensOnUnnamedPerson, type StoryContext, StorySoFar} from './story-context.js'
import {holdsQuote, SentenceWords, topicStem, wordCountAtLeast} from './token-scan.js'
import {UnnamedSources} from './unnamed.js'
import {clauseOpeners, crowdCues, crowdPassive, glosses, ownClauseOpeners, passiveHolding, subordinators, unnamedPersonCues} from './word-classes.js'

/** One cue found in the writer's own words, not yet reported. */
export interface CueFinding {
  rule: CueRule
  cue: Cue
  start: number
  end: number
  /** The flagged words as they are written. */
  text: string
}

export interface SentenceRecord {
  paragraph: Paragraph
  sentence: Sentence
  tokens: Token[]
  attribution: SentenceAttribution
  findings: CueFinding[]
  /** The sentence is part of a Q&A interview's answer: the interviewee's words. */
  answer: boolean
  /**
   * The attribution reader gave the claim a source other than unnamed ones, before the summary's revision
   * (`src/claims/unnamed.ts`): what `attribution/unsourced-section` reads, as it did before that revision existed.
   */
  sourced: boolean
}

export interface Section {
  /** The heading paragraph that opens the section. */
  heading: Paragraph
  sentences: SentenceRecord[]
}

export interface Analysis {
  sentences: SentenceRecord[]
  sections: Section[]
  /** Sections that make claims and name no source. */
  unsourced: Section[]
  sourcing: Sourcing
}

/**
 * A headline's source set after a dash or a colon, as wire headlines in capitals credit it ("U.S. MAY DROP TARIFFS IF JAPAN OPENS UP -
 * YEUTTER", "GATT ROUND MAY STOP GROWING TRADE PROBLEMS: U.S."): a line with no full stop ending in one to three names after the
 * cue. Names only: a crowd's or an unnamed tag ("- ANALYSTS", "- OFFICIALS", read in sentence case) has no cue of its own to
 * take the hedge's place, so the hedge stays.
 */
function namedHeadlineTag(tokens: Token[], match: Match): boolean {
  // Only a headline in capitals: "Output could fall in two regions: Asia Pacific" is prose whose colon opens a list.
  const recased = inSentenceCase(tokens)
  if (recased === tokens) return false
  const last = tokens.findLastIndex((token) => token.kind !== 'space')
  if (last === -1 || /^[.!?"”]$/.test(tokens[last]!.raw)) return false
  const mark = tokens.findLastIndex((token) => token.kind === 'punctuation' && /^(?:-|--|–|—|:)$/.test(token.raw))
  if (mark <= match.last) return false
  const tag = recased.slice(mark + 1).filter((token) => token.kind !== 'space')
  return tag.length > 0 && tag.every((token) => token.kind === 'word' || token.raw === '.') && tag.filter((token) => token.kind === 'word').length <= 3 && tag.every((token) => token.kind !== 'word' || startsUpperCase(token.raw))
}

/**
 * The findings of one rule. Most sentences have none: then the empty list itself, not a new one. With the other per-sentence
 * trims made with it (no closures per sentence, a comma sought only when the source could be a tag's, `holdsQuote`, trades
 * by word number), the claims analysis about 6% less CPU (same-process A/B on 400 bench articles, both orders, two runs).
 */
function ofRule(findings: CueFinding[], ruleId: string): CueFinding[] {
  return findings.length === 0 ? findings : findings.filter((finding) => finding.rule.ruleId === ruleId)
}

/** The normalised words a finding spans, joined. */
function cueWords(tokens: Token[], finding: CueFinding): string {
  return tokens.filter((token) => token.kind === 'word' && token.start >= finding.start && token.end <= finding.end).map((token) => token.norm).join(' ')
}

/** Overlapping cues: the longer wins; on a tie, the earlier source in this list. */
const priority = ['attribution/anonymous', 'attribution/weasel', 'hedge/unsupported', 'hedge/booster', 'style/editorializing']

/** A section with at least this many claim sentences, a guess or judgement among them, and no source gets `attribution/unsourced-section`. */
const minimumClaims = 3
/** Shorter sentences are captions, datelines or fragments, not claims. */
const minimumClaimWords = 6

export class ClaimsAnalyser {
  private readonly reader: AttributionReader
  private readonly unnamed: UnnamedSources
  /**
   * The last article's analysis, which the hedge, attribution and style stages share. One slot, not a
   * WeakMap keyed by tree: V8's young-generation collections keep a WeakMap's values alive, so every
   * article's analysis (and its tree) was copied and promoted before it could die. Measured on 1,000
   * bench articles in one process: scavenges 425 -> 267 ms, the whole check 3.9 -> 3.3 s.
   */
  private last: {tree: Root; analysis: Analysis} | undefined
  /** Every cue pattern, by the words it can start with. */
  private readonly patterns: PatternIndex<{rule: CueRule; cue: Cue}>
  /** `rules/attribution/_words.yml` legal words. */
  private readonly legal: WordBits
  /** The current sentence's matches that survived `consider`. */
  private readonly candidates: Array<{rule: CueRule; cue: Cue; match: Match}> = []
  /** The current sentence's words, which the story's bookkeeping and the guards share. */
  private readonly sentenceWords = new SentenceWords()
  /** What the guards read, pointed at each match they are asked about. */
  private readonly guardContext: GuardContext
  /** The sentence before the one being read. */
  private readonly before: SentenceBefore

  constructor(
    readonly rules: CueRule[],
    private readonly words: Vocabulary,
    /** `attribution: false` flags hedges whoever holds them: how uncertainty corpora label (eval only). */
    private readonly options: {attribution?: boolean} = {},
  ) {
    this.reader = new AttributionReader(words)
    this.unnamed = new UnnamedSources(words)
    this.legal = wordBits(words.legal)
    this.guardContext = new GuardContext(words, this.legal, this.reader, this.sentenceWords)
    this.before = new SentenceBefore(words, this.sentenceWords, this.reader)
    this.patterns = new PatternIndex(rules.flatMap((rule) => rule.cues.flatMap((cue) => cue.patterns.map((pattern) => ({pattern, item: {rule, cue}})))))
  }

  analyse(tree: Root): Analysis {
    if (this.last?.tree === tree) return this.last.analysis
    const sentences: SentenceRecord[] = []
    const sections: Section[] = []
    const before = this.before
    before.moveTo(undefined, undefined, false)
    const previous = () => before.antecedent()
    // Crime and court reporting: once the story has named a court, a charge or the police, "allegedly" is required wording.
    // An interview: once a paragraph has ended with a question, first-person certainty ("I am sure") belongs to the
    // interviewee. Wider than `interviewAnswers`, which takes whole answers from the writer only when two of them
    // show the interviewee's voice: this guard covers one cue that no writer of news uses in their own voice.
    const story: StoryContext = {legal: false, interview: false, anonymous: false, anonymousPerson: false, unnamedSpeaker: undefined, surnames: new Set(), anonymousOne: false, speaker: false, unnamedTrades: new Map(), officialMentioned: false, namedSeen: false, namedMany: false, read: 0, quoted: false, personOpens: false, crowd: false, reported: undefined, before, next: () => undefined, sofar: new StorySoFar()}
    // English-only: `checkedSentences` leaves out passages the language stage marked foreign.
    const checked = new Map<Paragraph, Sentence[]>()
    for (const {paragraph, sentence} of checkedSentences(tree)) {
      const own = checked.get(paragraph)
      if (own) own.push(sentence)
      else checked.set(paragraph, [sentence])
    }
    const blocks = paragraphs(tree)
    const answers = interviewAnswers(blocks)
    // "The Church denied these allegations:" ends a paragraph: what follows right after is the statement, quoted
    // without marks (the paragraph, or a list's items), until a sentence names a source of its own.
    let statement: Statement | undefined
    // The paragraph before ended inside a quotation: a stray closing mark in this one may close it (`src/claims/quotes.ts`).
    let quoteLeftOpen = false
    // Loops, not `forEach` with a new callback per paragraph: the claims analysis about 6% less CPU (same-process A/B on 400
    // bench articles, both orders, three runs).
    for (let at = 0; at < blocks.length; at++) {
      const paragraph = blocks[at]!
      const data = blockData(paragraph)
      const isHeading = data.block === 'heading'
      if (isHeading) sections.push({heading: paragraph, sentences: []})
      const own = checked.get(paragraph) ?? []
      const tokenLists = own.map(tokensOf)
      // A Q&A answer is the interviewee's, as a blockquote is its speaker's.
      const answer = answers.has(paragraph)
      quoteLeftOpen = markQuotes(tokenLists, data.block === 'quote' || answer, goesOnWithQuote(blocks[at + 1]), quoteLeftOpen && !isHeading)
      if (statement && (isHeading || !continuesStatement(statement, paragraph, tokenLists))) statement = undefined
      for (let index = 0; index < own.length; index++) {
        const sentence = own[index]!
        const tokens = tokenLists[index]!
        if (story.read === 0) {
          story.next = () => {
            if (tokenLists[index + 1]) return tokenLists[index + 1]
            const first = blocks.slice(at + 1).map((block) => checked.get(block)?.[0]).find((sentence) => sentence !== undefined)
            return first && tokensOf(first)
          }
        }
        // A headline in capitals is read in sentence case, its findings keep the words as written.
        const attribution = this.reader.read(inSentenceCase(tokens), previous)
        let findings = this.cues(tokens, attribution, story)
        if (statement) {
          // A sentence with its own source, or a crowd or unnamed source of its own, is the writer's again.
          if (attribution.kind || findings.some((finding) => finding.rule.source === 'attribution')) statement = undefined
          else {
            for (const token of tokens) token.inQuote = true
            findings = []
          }
        }
        const record: SentenceRecord = {paragraph, sentence, tokens, attribution, findings, answer, sourced: attribution.kind !== undefined && attribution.kind !== 'anonymous'}
        sentences.push(record)
        story.legal ||= hasLegalWord(this.legal, tokens)
        story.anonymous = attribution.kind === 'anonymous' || record.findings.some((finding) => finding.rule.ruleId === 'anonymous')
        // Only a source given in a tag after its account ("…, the company said."), as wire copy credits a running report; "Paribas
        // said Monday that it intends to bid. The purchase is expected to cost…" leaves the forecast to the writer (tuning labels).
        const specific = (attribution.kind === 'named' || attribution.kind === 'described' || attribution.kind === 'back-reference') && attribution.verb !== undefined
        const tagComma = specific ? tokens.findLastIndex((token) => token.raw === ',') : -1
        const reported = specific && tagComma !== -1 && attribution.verb! > tagComma && !unnamedPeopleOnly(attribution) && !holdsQuote(tokens) && !record.findings.some((finding) => finding.rule.source === 'attribution')
        story.reported = reported ? new Set(tokens.filter((token) => token.kind === 'word' && !this.words.topicFillers.has(token.norm)).map((token) => topicStem(token.norm))) : undefined
        story.crowd = attribution.kind !== 'named' && attribution.kind !== 'back-reference' && record.findings.some((finding) => finding.rule.ruleId === 'weasel' && crowdCues.has(finding.cue.category))
        // The unnamed person must be the sentence's speaker: "Putin said…, according to reports" leaves "he" pointing at Putin.
        const verb = attribution.verb === undefined ? undefined : tokens[attribution.verb]
        noteUnnamedTrades(this.words, this.sentenceWords, tokens, attribution, record.findings, story)
        // Review of round 21: a person named by an act ("Deputy Finance Minister Maria Ruiz met investors") is in view too.
        story.namedSeen ||= attribution.kind === 'named' || namesPerson(this.words, this.sentenceWords, tokens)
        // After the story's context, which reads the attribution as the cues saw it: the summary's view of who is unnamed.
        this.unnamed.revise(tokens, attribution, ofRule(record.findings, 'anonymous'))
        // After the revision: "A source close to Lavrov told RIA Novosti…" is the unnamed source's claim, not Lavrov's, so a "He
        // added" after it is that source again (the reader had named Lavrov).
        // Unnamed people who only gave an order ("Officials told residents to stay indoors", "A source told him to leave", no finding) are who "They added that
        // the air was toxic" points back to too (review 12, item 2).
        const unnamedOnly = !record.findings.some((finding) => finding.rule.ruleId === 'anonymous') && (attribution.kind === 'anonymous' || unnamedPeopleOnly(attribution))
        // "…, the city said": a tag that names the source of a sentence whose unnamed people only gave an order.
        if (unnamedOnly) this.reader.giveToTag(tokens, attribution, previous)
        const orderedOnly = unnamedOnly && (attribution.kind === 'anonymous' || unnamedPeopleOnly(attribution))
        const personFindings = record.findings.length === 0 ? record.findings : record.findings.filter((finding) => finding.rule.ruleId === 'anonymous' && unnamedPersonCues.has(finding.cue.category))
        story.anonymousOne = personFindings.length > 0 && personFindings.every((finding) => /^(?:one \w+|one told \w+|\w+ one)$/.test(cueWords(tokens, finding)))
        story.anonymousPerson = orderedOnly || record.findings.some((finding) => finding.rule.ruleId === 'anonymous' && unnamedPersonCues.has(finding.cue.category) && (attribution.kind === undefined || attribution.kind === 'anonymous' || (verb !== undefined && finding.start <= verb.start && verb.end <= finding.end) || describesInvertedSpeaker(tokens, attribution, finding)))
        // Round 23 (Reuters-21578 tuning half: a story resting on "a Reagan administration official" all through, where "He
        // emphasised…" follows a sentence of the writer's own): a source named since, or any named speaker, ends it.
        // A named source's surname alone ("…, Sindt discounted the idea") is that source again, or a new person: a name, not
        // the sentence's first word nor an acronym, right before a verb of the past or of saying, or any name before ", who"
        // ("Nhek Bunchhay, who had been closely involved…, appeared confident"), or any person the sentence brings in
        // (`newPersonAt`, review of round 23).
        const sentenceWords = this.sentenceWords.of(tokens).words
        for (const name of attribution.named) story.surnames.add(name.split(/\s+/).at(-1)!.toLowerCase())
        // "Jane Li and Tom Park of Morgan Stanley said": the named source's list gives the last name of two joined by "and".
        story.namedMany = attribution.named.length >= 2 || attribution.named.some((name) => {
          const first = sentenceWords.findIndex((word) => word.raw === name.split(/\s+/)[0])
          return first > 1 && sentenceWords[first - 1]!.norm === 'and' && startsUpperCase(sentenceWords[first - 2]!.raw)
        })
        if (story.anonymousPerson) story.unnamedSpeaker = story.read
        else if (story.unnamedSpeaker !== undefined && ((attribution.kind !== undefined && attribution.kind !== 'back-reference') || attribution.named.length > 0 || this.surnameAgain(tokens, sentenceWords, story) || namesPerson(this.words, this.sentenceWords, tokens))) story.unnamedSpeaker = undefined
        if (isHeading) continue
        if (index === own.length - 1) {
          const last = tokens.findLast((token) => token.kind !== 'space')?.raw
          story.interview ||= last === '?'
          if (last === ':' && attribution.kind !== undefined) statement = {after: paragraph, started: false, items: false}
        }
        sections.at(-1)?.sentences.push(record)
        // A ninjs headline, like a Markdown heading, is no sentence a pronoun or "the ministry" of the body points back to
        // ("Ukraine ceasefire" / "Talks went on, the ministry said" names no one).
        before.moveTo(tokens, attribution, data.block === 'headline')
        story.quoted = holdsQuote(tokens)
        story.personOpens = story.anonymousPerson && opensOnUnnamedPerson(tokens, record.findings) && !namesPersonAfter(this.words, tokens, record.findings)
        // A document or body (`described`: "One study… said", "The first report… said") is no speaker: "Another said" after it is another of them.
        story.speaker = (attribution.kind !== undefined && attribution.kind !== 'described') || story.anonymousPerson
        // Not a crowd's own words: "Securities managers said…" does not name the managers a later "the securities managers" is.
        story.sofar.add(tokens, ofRule(record.findings, 'weasel'))
        story.read++
      }
    }
    const unsourced = sections.filter((section) => this.isUnsourced(section))
    const analysis: Analysis = {sentences, sections, unsourced, sourcing: summarise(sentences)}
    this.last = {tree, analysis}
    return analysis
  }

  /** Whether the sentence names a person again or anew; asked only while an unnamed speaker is in view: it reads every capitalised word. */
  private surnameAgain(tokens: Token[], sentenceWords: Token[], story: StoryContext): boolean {
    return sentenceWords.some((token, at) => startsUpperCase(token.raw) && !/^[A-Z]+$/.test(token.raw) && (story.surnames.has(token.norm) || (at > 0 && /^(?:\w+ed|said|says|told)$/.test(sentenceWords[at + 1]?.norm ?? '')) || (sentenceWords[at + 1]?.norm === 'who' && tokens[tokens.indexOf(token) + 1]?.raw === ',') || newPersonAt(this.words, tokens, sentenceWords, at)))
  }

  private isUnsourced(section: Section): boolean {
    // An empty heading has no text to point at.
    if (!section.heading.position) return false
    // A Q&A interview's answers are sourced: the interviewee speaks.
    const sourced = section.sentences.some((record) => record.answer || record.sourced)
    // Plain background facts are not flagged: the section must also guess, judge or lean on a crowd.
    const opinionated = section.sentences.some((record) => record.findings.some((finding) => finding.rule.ruleId !== 'anonymous'))
    // Counted last and without copies: most sections are sourced or plain, and every word of the section is read here.
    if (sourced || !opinionated) return false
    let claims = 0
    for (const record of section.sentences) if (wordCountAtLeast(record.tokens, minimumClaimWords) && ++claims >= minimumClaims) return true
    return false
  }

  private cues(tokens: Token[], attribution: SentenceAttribution, story: StoryContext): CueFinding[] {
    const candidates = this.candidates
    candidates.length = 0
    this.patterns.forEachMatch(tokens, (item, match) => this.consider(item, match, tokens, attribution, story))
    // Most sentences hold no cue.
    if (candidates.length === 0) return []
    const length = (match: Match) => tokens[match.reportLast]!.end - tokens[match.reportFirst]!.start
    const rank = (rule: CueRule) => priority.indexOf(`${rule.source}/${rule.ruleId}`)
    candidates.sort((a, b) => length(b.match) - length(a.match) || rank(a.rule) - rank(b.rule) || a.match.first - b.match.first)
    const kept: CueFinding[] = []
    for (const {rule, cue, match} of candidates) {
      const {first, last} = withWholeQuotation(tokens, match.reportFirst, match.reportLast)
      const start = tokens[first]!.start
      const end = tokens[last]!.end
      if (kept.some((other) => start < other.end && other.start < end)) continue
      const text = tokens.slice(first, last + 1).map((token) => token.raw).join('')
      kept.push({rule, cue, start, end, text})
    }
    kept.sort((a, b) => a.start - b.start)
    return this.options.attribution === false ? kept : this.withoutHeldCues(tokens, kept)
  }

  /**
   * Round 23 (labelling guide, rule 1; rounds 21–23: hedges "in what a named or unnamed source said" are 0): a hedge inside the
   * claim of unnamed sources ("An … aide acknowledged the proposal probably will not survive") is theirs, as a named source's
   * is, and so is a passive "is believed|said to" ("Nazer is believed to be reviewing…, the sources said"), though not
   * "widely seen as", a crowd's view they pass on. The `attribution/anonymous` finding already tells the editor; it alone
   * stays. A hedge in the writer's own clause before or after the claim stays too.
   */
  private withoutHeldCues(tokens: Token[], findings: CueFinding[]): CueFinding[] {
    // A crowd holds the hedges of its claim too ("The Federal Reserve is not expected to intervene…, economists said"); a passive
    // in it stays, the sentence being `weasel` either way.
    const holders = findings.filter((finding) => finding.rule.ruleId === 'anonymous' || (finding.rule.ruleId === 'weasel' && crowdCues.has(finding.cue.category)))
    if (holders.length === 0) return findings
    return findings.filter((finding) => {
      const passive = finding.rule.ruleId === 'weasel' && finding.cue.category === 'passive-attribution' && passiveHolding.test(finding.text) && !crowdPassive.test(finding.text)
      const held = finding.rule.source === 'hedge' ? holders : passive ? holders.filter((holder) => holder.rule.ruleId === 'anonymous') : []
      return !held.some((holder) => this.holdsClaim(tokens, holder, finding))
    })
  }

  /** Whether `cue` stands in the claim `holder` (an unnamed source) gives: after its verb, or before its closing tag. */
  private holdsClaim(tokens: Token[], holder: CueFinding, cue: CueFinding): boolean {
    const first = tokens.findIndex((token) => token.start >= holder.start)
    const last = tokens.findLastIndex((token) => token.end <= holder.end)
    const cueFirst = tokens.findIndex((token) => token.start >= cue.start)
    const cueLast = tokens.findLastIndex((token) => token.end <= cue.end)
    // A sentence's end, also one the splitter missed after a number ("…after the budget is released March 17. The budget…").
    const ends = (token: Token) => (token.kind === 'punctuation' && /^[.;!?]$/.test(token.raw)) || (token.kind === 'word' && /\d\.$/.test(token.raw))
    if (first > cueLast) {
      if (tokens.slice(cueLast + 1, first).some(ends)) return false
      // A tag closing the claim: "…, the sources said", `…," a manager at a Japanese bank said`, "…, senior officials said";
      // "…, but officials said…" opens a clause of its own.
      const comma = tokens.slice(cueLast + 1, first).findLastIndex((token) => token.raw === ',') + cueLast + 1
      if (comma === cueLast) return false
      const between = tokens.slice(comma + 1, first).filter((token) => token.kind === 'word')
      if (between.length > 3 || between.some((token) => clauseOpeners.has(token.norm))) return false
      // …that closes the sentence or is set off ("…, analysts said on Tuesday", "…, sources close to the meeting said"), not a
      // main clause of its own after the writer's ("As demand seems to have quieted, dealers attributed the steadiness to…").
      const rest: Token[] = []
      for (const token of tokens.slice(last + 1)) {
        if (token.raw === ',' || ends(token)) break
        if (token.kind === 'word') rest.push(token)
      }
      return rest.length <= 3 || this.words.reportingVerbs.has(rest.at(-1)!.norm)
    }
    if (last >= cueFirst) return false
    // After the source ("Officials said the plan could fail", "According to sources, …"), up to the writer's own clause ("…;",
    // "…, but the yen may rise"); not an agent ("a statement by an official that … was seen as…"), and a source in a clause
    // set before the main one ("After officials said…, the dollar may fall") holds that clause only.
    if (tokens[first]?.norm === 'by') return false
    const after = tokens.slice(last + 1, cueFirst)
    if (after.some((token, index) => ends(token) || (token.raw === ',' && ownClauseOpeners.test(after.slice(index + 1).find((word) => word.kind === 'word')?.norm ?? '')))) return false
    const opener = tokens.slice(0, first).findLastIndex((token) => token.kind === 'punctuation' && /^[,;:.!?]$/.test(token.raw))
    const subordinate = tokens.slice(opener + 1, first).some((token) => token.kind === 'word' && subordinators.has(token.norm))
    return !(subordinate && after.some((token) => token.raw === ','))
  }

  /** Keeps a match as a candidate unless it is quoted, attributed or guarded against. */
  private consider({rule, cue}: {rule: CueRule; cue: Cue}, match: Match, tokens: Token[], attribution: SentenceAttribution, story: StoryContext): void {
    let quoted = false
    for (let index = match.first; index <= match.last; index++) quoted ||= tokens[index]!.inQuote
    if (quoted && !this.quotedFragmentIsWriters(rule, match, tokens)) return
    if (rule.source === 'hedge' && attribution.kind && this.options.attribution !== false && !this.isWriterFraming(tokens, match, attribution)) return
    if (rule.source === 'hedge' && this.options.attribution !== false && namedHeadlineTag(tokens, match)) return
    if (cue.unless.some((guard) => guards[guard](this.guardContext.aim(tokens, match, attribution, story)))) return
    this.candidates.push({rule, cue, match})
  }

  /**
   * A cue whose words run into a short quoted fragment of the writer's sentence is judged as if the marks were not there
   * (round 15): `quoting "secret reports"`, `A source "familiar with the talks" said`, `Some "experts" say` attribute the
   * claim in the writer's words, whoever's words are quoted. Only when part of the cue stands outside the fragment (a cue all
   * inside is the quoted speaker's), and the fragment opens after the writer's words, closes in the sentence and holds at
   * most six words and no sentence's end: `"Nobody trusts the media" said the minister` is a quotation and its tag. A
   * hedge or booster only when the quoted words fill the pattern's open last word (`could "reset"`): `is "expected" to`,
   * `without "doubt"` put the hedging or certain word itself in someone's mouth.
   */
  private quotedFragmentIsWriters(rule: CueRule, match: Match, tokens: Token[]): boolean {
    // `According to "people familiar with the matter"`, `citing "informed sources"`: the fragment is the sentence's source.
    let outside = rule.source === 'attribution' && citesFragment(tokens, match.first)
    for (let index = match.first; index <= match.last; index++) {
      const token = tokens[index]!
      if (token.kind !== 'word') continue
      if (!token.inQuote) {
        outside = true
        continue
      }
      if (rule.source !== 'attribution' && !(index === match.last && match.pattern.steps.at(-1)!.kind !== 'words')) return false
      if (!isShortFragment(tokens, index)) return false
    }
    return outside
  }

  /**
   * "Of course, the tragedy that Morozov writes about is…": an opener set off by
   * a comma before the attribution is the writer's framing, unless the
   * attribution is a short tag at the end ("Of course, talks go on, Lavrov said") or set off
   * right after the opener ("Of course, Lavrov said, talks go on").
   */
  private isWriterFraming(tokens: Token[], match: Match, attribution: SentenceAttribution): boolean {
    if (attribution.verb === undefined) return false
    // "…, it said, apparently referring to resistance by buyers": the writer's reading of what the source meant (issue 6; FactBank
    // and Reuters-21578 tuning halves), as round 23's "in apparent reference to" is.
    if (attribution.verb < match.first && tokens[match.first]!.norm === 'apparently') return glosses.test(tokens.slice(match.last + 1).find((token) => token.kind === 'word')?.norm ?? '')
    if (attribution.verb < match.last) return false
    // "A broader plan might be revived later because both the budget office and the administration estimate it would save…": a
    // source inside a reason clause after the hedge gives the reason, not the forecast (Reuters-21578 r2508). Not "because of",
    // nor a tag set off by a comma ("…because of demand, the company said").
    const reason = tokens.findIndex((token, index) => index > match.last && index < attribution.verb! && token.norm === 'because')
    if (reason !== -1 && tokens.slice(reason + 1).find((token) => token.kind === 'word')?.norm !== 'of' && !tokens.slice(reason, attribution.verb).some((token) => /^[,;:"“”]$/.test(token.raw))) return true
    let next = match.last + 1
    while (tokens[next]?.kind === 'space') next++
    if (tokens[next]?.raw !== ',') return false
    const wordsBefore = tokens.slice(0, match.first).filter((token) => token.kind === 'word').length
    if (wordsBefore > 3) return false
    // "Of course, he said, the talks will go on": a short source set off right after the opener speaks the whole sentence (round 9).
    const nextComma = tokens.findIndex((token, index) => index > next && token.raw === ',')
    if (nextComma > attribution.verb && tokens.slice(next + 1, nextComma).filter((token) => token.kind === 'word').length <= 5) return false
    const lastComma = tokens.findLastIndex((token) => token.raw === ',')
    const tag = tokens.slice(lastComma + 1).filter((token) => token.kind === 'word')
    if (attribution.verb < lastComma) return true
    if (tag.length <= 5) return false
    // Review of round 25: a closing tag may go on with when or where it was said ("Victory seemed certain, the coach said
    // after the match", at most four words after the verb); "Clearly, the minister said (on Monday) the talks failed" goes on
    // with a clause.
    // Past whom it was said to ("…, the coach told reporters after the match").
    const said = tag.indexOf(tokens[attribution.verb]!)
    const verb = tagAudiences.test(tag[said + 1]?.norm ?? '') ? said + 1 : said
    return !(said !== -1 && said <= 4 && tag.length - verb <= 5 && tagTimes.test(tag[verb + 1]?.norm ?? ''))
  }
}

/** Words that open when or where a closing tag's words were said ("…, the coach said after the match"). */
const tagTimes = /^(?:after|on|at|during|before|late|earlier|yesterday|today|tonight|last|this|when|while|in)$/

/** Whom a closing tag's words were said to ("told reporters", "told Reuters"). */
const tagAudiences = /^(?:reporters|journalists|reuters|analysts|investors|lawmakers|parliament|supporters)$/

/** The bundled rule data, loaded and checked once per process. */
let bundled: ClaimsAnalyser | undefined
export function bundledAnalyser(): ClaimsAnalyser {
  bundled ??= new ClaimsAnalyser(['hedge', 'attribution', 'style'].flatMap((source) => loadRules(source)), loadVocabulary())
  return bundled
}

/** Offsets of a heading's text in the file's `text`, for the unsourced-section finding: markup in it comes in pairs. */
export function headingSpan(section: Section, text: string, format: Format): {start: number; end: number} {
  const {start, end} = span(section.heading)
  return withWholeMarkup(format, text, sentencesOf(section.heading).flatMap(tokensOf), start, end)
}
