import type {AttributionReader, SentenceAttribution} from '../attribution.js'
import type {Match, Token, WordBits} from '../match.js'
import type {Vocabulary} from '../rules.js'
import type {StoryContext} from '../story-context.js'
import type {SentenceWords} from '../token-scan.js'

/**
 * What a guard reads: one match in one sentence, the sentence's words around it, the story so far and the analyser's
 * vocabulary. The analyser keeps one and points it at each guard's question in turn (`aim`), so that asking a guard
 * builds no object.
 */
export class GuardContext {
  tokens!: Token[]
  match!: Match
  attribution!: SentenceAttribution
  story!: StoryContext
  /** The sentence's words, and each token's word index (-1 for a space or a mark). */
  words!: Token[]
  wordAt!: number[]
  /** The word index of the match's first word (a match starts and ends on words), and the words right before and after it. */
  at!: number
  before: Token | undefined
  after: Token | undefined

  constructor(
    readonly vocabulary: Vocabulary,
    /** `rules/attribution/_words.yml` legal words. */
    readonly legal: WordBits,
    readonly reader: AttributionReader,
    readonly sentenceWords: SentenceWords,
  ) {}

  /**
   * Points the context at `match` in `tokens`. Asked again for each guard: a guard that reads another sentence's words
   * (`story-lead`, `officials-named`) refills the shared word index, which the next guard must find its own sentence's again.
   */
  aim(tokens: Token[], match: Match, attribution: SentenceAttribution, story: StoryContext): this {
    const {words, wordAt} = this.sentenceWords.of(tokens)
    this.tokens = tokens
    this.match = match
    this.attribution = attribution
    this.story = story
    this.words = words
    this.wordAt = wordAt
    this.at = wordAt[match.first]!
    this.before = words[this.at - 1]
    this.after = words[wordAt[match.last]! + 1]
    return this
  }
}

/** Whether the context shows the cue is not what its rule flags here (see `unless:` in the rule files). */
export type Guard = (context: GuardContext) => boolean
