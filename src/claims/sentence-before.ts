import type {AttributionReader, SentenceAttribution} from './attribution.js'
import type {Token} from './match.js'
import {namesFiction, namesOutlet, namesStudy, namesTwoPeople} from './names-in-sentence.js'
import type {Vocabulary} from './rules.js'
import type {SentenceWords} from './token-scan.js'

/**
 * The story's sentence before the one being read, and what the rare guards and the attribution reader ask of it: what "he"
 * or "the ministry" points back to, and whether it named an outlet, a work of fiction, two office holders or a study. Each
 * is worked out when first asked (worked out for every sentence they cost a tenth of the claims stage). One object moved
 * from sentence to sentence, not a closure per question per sentence (five, with the scopes they kept): the claims analysis
 * about 3% less CPU (same-process A/B on 400 bench articles, both orders, two runs).
 */
export class SentenceBefore {
  private tokens: Token[] | undefined
  private attribution: SentenceAttribution | undefined
  /** A ninjs headline, like a Markdown heading, is no sentence a pronoun or "the ministry" of the body points back to. */
  private headline = false
  private antecedentKnown = false
  private antecedentFound: string | undefined
  private outlet: boolean | undefined
  private fiction: boolean | undefined
  private officials: boolean | undefined
  private study: boolean | undefined

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly sentenceWords: SentenceWords,
    private readonly reader: AttributionReader,
  ) {}

  /** `tokens` (undefined: none, as at a story's start) is now the sentence before. */
  moveTo(tokens: Token[] | undefined, attribution: SentenceAttribution | undefined, headline: boolean): void {
    this.tokens = tokens
    this.attribution = attribution
    this.headline = headline
    this.antecedentKnown = false
    this.antecedentFound = undefined
    this.outlet = undefined
    this.fiction = undefined
    this.officials = undefined
    this.study = undefined
  }

  /** What the sentence offers to point back to (`AttributionReader.antecedent`). */
  antecedent(): string | undefined {
    if (!this.antecedentKnown) {
      this.antecedentFound = this.tokens && !this.headline ? this.reader.antecedent(this.tokens, this.attribution!) : undefined
      this.antecedentKnown = true
    }
    return this.antecedentFound
  }

  /** It names an outlet ("The Boston Globe published the story."): "A newspaper report said" after it is that outlet's (review of round 18). */
  outletNamed(): boolean {
    this.outlet ??= this.tokens !== undefined && namesOutlet(this.vocabulary, this.tokens)
    return this.outlet
  }

  /** It names a work of fiction ("The novel follows…", "In the film, …"): a present "says|tells" after it retells the plot (`plot-summary`). */
  fictionNamed(): boolean {
    this.fiction ??= this.tokens !== undefined && namesFiction(this.tokens.filter((token) => token.kind === 'word'))
    return this.fiction
  }

  /** It named two or more people who hold posts: "The officials" after it are those two (`officials-named`). */
  officialsNamed(): boolean {
    this.officials ??= this.tokens !== undefined && namesTwoPeople(this.vocabulary, this.sentenceWords, this.tokens)
    return this.officials
  }

  /** It names a poll or a survey by its pollster or publisher ("A Gallup poll of 1,000 adults…"): its respondents speak after it. */
  pollNamed(): boolean {
    return this.studyNamed() && this.tokens!.some((token) => /^(?:polls?|surveys?)$/.test(token.norm))
  }

  /** It names a study, report or paper by a journal, body or author: a science's crowd after it speaks for it (round 21 fixes). */
  studyNamed(): boolean {
    this.study ??= this.tokens !== undefined && namesStudy(this.vocabulary, this.tokens.filter((token) => token.kind === 'word' && !token.inQuote))
    return this.study
  }
}
