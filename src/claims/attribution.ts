import {capitalise, hidden, loadFunctionWords, shippedLexicon} from '../spelling/lexicon.js'
import {consequenceAhead} from './consequence.js'
import {hasWord, type Token, type WordBits, wordBits} from './match.js'
import type {Vocabulary} from './rules.js'
import {clauseAfter, verbOfSayingJustBefore} from './token-scan.js'

/**
 * Who a sentence's claim belongs to. Hand-written (no English parser in the
 * retext ecosystem gives subjects): reporting verbs are found from the word
 * lists in `rules/attribution/_words.yml`, and their subject is the noun
 * phrase read backwards from the verb, or forwards for `"…," said Lavrov`.
 */
export interface SentenceAttribution {
  /**
   * `named`: a proper name or direct quotation with its speaker; `back-reference`:
   * "he", "the minister" pointing to the source of the previous sentence;
   * `described`: an unnamed but specific source ("a 2019 study", "the ministry");
   * `anonymous`: unnamed sources; undefined: the writer's own claim.
   */
  kind?: 'named' | 'back-reference' | 'described' | 'anonymous'
  /** The source the claim rests on, as the article names it. */
  source?: string
  /** Every source named in the sentence, including phrase-level ones ("as suggested by Putin"). */
  named: string[]
  /** "X citing Y" links: the claim passed from `to` to `from`. */
  cites: Array<{from: string; to: string}>
  /** Token index of the word that attributes the claim ("said", "according"). */
  verb?: number
}

/** Forms of "be" that make a progressive with a reporting verb in -ing ("police are expecting"). */
const beForms = new Set(['is', 'are', 'was', 'were', 'been', 'am'])
/** Words between a subject and its verb that do not end the subject ("Lavrov has also said"). */
export const auxiliaries: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'further', 'then', 'later', 'earlier', 'previously', 'recently', 'repeatedly', 'publicly', 'again', 'once', 'later', 'already', 'initially', 'originally', 'subsequently', 'separately', 'reportedly', 'will', 'would', 'did', 'does', 'not', 'never', 'first'])
const quoteMarks = new Set(['"', '“', '”', '«', '»', '„', '‘', '’', "'"])
/** People who speak without a name ("according to local officials"). */
const unnamedPeople = new Set(['official', 'officials', 'diplomat', 'diplomats', 'aide', 'aides', 'witness', 'witnesses', 'officer', 'officers', 'investigator', 'investigators', 'executive', 'executives'])
const anonymousWords = new Set(['anonymous', 'unnamed', 'unidentified', 'sources', 'source', 'insiders', 'insider'])
/** Days, months and periods in a time phrase ("on Tuesday", "last week"). */
const timeNouns = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'afternoon', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'])
/** Words a named subject may end with ("Lavrov himself said"). */
const subjectTails = new Set(['himself', 'herself', 'themselves', 'itself', 'alone', 'too', 'jr', 'jr.', 'sr', 'sr.'])
/** Verbs an outlet or a firm does, besides saying: "Guardian reported", "Meta confirmed". */
const outletVerbs = /^(?:report|reports|reported|confirm|confirms|confirmed|reveal|reveals|revealed|publish|publishes|published)$/
/** English closed-class words (the spelling stage's list): "Someone", "Now", "You" name no one. */
let closedWords: Set<string> | undefined
const closedClass = (): Set<string> => (closedWords ??= loadFunctionWords())

/** Reporting verbs that are nouns as well ("a call", "the claims", "his report"). */
const nounBeforeVerb = new Set(['call', 'calls', 'claim', 'claims', 'report', 'reports', 'comment', 'comments', 'remark', 'remarks', 'note', 'notes', 'estimate', 'estimates', 'forecast', 'forecasts', 'reply', 'replies', 'tweet', 'tweets', 'warning', 'statement', 'proposal'])
/** A finite verb after one of them: it was the subject, not the verb ("the call was", "claims have"). */
const finiteAfter = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must'])
/** Before these a reporting verb in -ing is a gerund ("without saying"). */
const gerundPrepositions = new Set(['without', 'of', 'for', 'about', 'instead', 'despite', 'besides'])
/** A reporting verb after these is a condition, not an attribution ("if Russia responds"). */
const conditionals = new Set(['if', 'unless', 'whether', 'once', 'until', 'lest'])
const conditional = Symbol('conditional clause')
/** Verbs of saying: any specific subject of these is a speaker, and they may come before it (`"…," said Lavrov`). */
const sayingVerbs = /^(?:say|says|said|saying|claim|claims|claimed|claiming|argue|argues|argued|arguing|tell|tells|told|state|states|stated|announce|announces|announced|write|writes|wrote|add|adds|added|explain|explains|explained|insist|insists|insisted|warn|warns|warned|reply|replies|replied|responded|recall|recalls|recalled|testify|testifies|testified|admit|admits|admitted|deny|denies|denied|tweet|tweets|tweeted|call|calls|called|speculates|speculated|cautioned|conceded|countered|worries|predicted|forecast|forecasts|forecasted)$/
/** Unnamed crowds: "experts said" is vague attribution (attribution/weasel), not a source. */
export const vagueGroups = new Set(['some', 'many', 'most', 'several', 'others', 'critics', 'experts', 'observers', 'analysts', 'commentators', 'people', 'scholars', 'historians', 'economists', 'everyone', 'everybody', 'nobody', 'individuals', 'users'])
/** Words that open a subject of no one: "No one can deny", "Few would dispute" (round 10). Only first: "Petrov, no friend of the regime, said" speaks. */
const noOne = new Set(['no', 'none', 'few', 'anyone', 'anybody'])
/** Endings of Slavic surnames ("Ivanov", "Petrova", "Sobyanin", "Zelensky", "Shevchenko", "Kravchuk"): a name shaped like a person's. */
export const slavicSurname = /^\p{Lu}\p{Ll}+(?:ov|ova|ev|eva|in|ina|sky|skaya|skiy|enko|uk)$/u
/** Prepositions between a person and the body or place they belong to ("an employee of", "a resident of", "a manager at"). */
const memberLinks = new Set(['of', 'at', 'with', 'in', 'from', 'for'])
/** The endings of a bare surname after a body's name ("Gazprom Petrov"): not -in/-ina, which end places too ("Commerzbank Berlin"). */
const bareSurname = /^\p{Lu}\p{Ll}+(?:ov|ova|ev|eva|sky|skaya|skiy|enko|uk)$/u
/**
 * How many of a capitalised run's last words are a person's name after the body or place it opens, when machine translation
 * drops an apposition's commas: "an employee of Gazprom Petrov", "a resident of Belgorod Anna Petrova" (the run follows a
 * preposition with no determiner; review r14, items 1 and 2): a given name (`given-names`) and a Slavic surname, or a bare
 * surname. 0 when the run is no such pair, or opens with a given name ("a manager of Ivan Petrov" is Ivan Petrov's).
 */
export function personAfterBody(run: readonly Token[], before: Token | undefined, words: Pick<Vocabulary, 'givenNames'>, knownBody: (word: string) => boolean): number {
  if (run.length < 2 || before === undefined || !memberLinks.has(before.norm)) return 0
  const surname = run.at(-1)!
  if (knownBody(surname.norm) || words.givenNames.has(run[0]!.norm)) return 0
  if (run.length >= 3 && words.givenNames.has(run.at(-2)!.norm) && slavicSurname.test(surname.raw)) return 2
  return bareSurname.test(surname.raw) ? 1 : 0
}
/** Words that open a phrase of a body or a side the reader cannot identify ("a bank", "one family", "other rebels"). */
const indefiniteOpeners = new Set(['a', 'an', 'one', 'another', 'other', 'some', 'several', 'certain'])
/**
 * A word of everyone, no one or an unnamed crowd, which never names a source however capitalised ("Everyone understands
 * that", "Experts understand", "Someone writes"): the crowds and the no-one openers above, and the other indefinite pronouns.
 */
export function isIndefinite(word: string): boolean {
  return vagueGroups.has(word) || noOne.has(word) || /^(?:someone|somebody|all)$/.test(word)
}

/**
 * A subject of no one ("No one", "Few", "No Russian official"), not a name that starts so ("No 10 said": Downing Street;
 * only a number: a capitalised adjective after "No" is still no one, review of round 10).
 */
function opensWithNoOne(phrase: Token[]): boolean {
  const next = phrase[1]
  return noOne.has(bare(phrase[0]!.norm)) && !(next !== undefined && /^\d/.test(next.raw))
}
/**
 * Prepositions that put a name after them as a place ("the talks in Istanbul"), not the subject's head. Not "at"
 * or "from": "Analysts at Goldman Sachs said" names the firm they speak for.
 */
const locatives = new Set(['in', 'near', 'inside', 'outside', 'across', 'around'])
/** Heads of institution names, kept whole ("Defence Ministry", "State Department"). */
const institutions = new Set(['ministry', 'department', 'office', 'agency', 'council', 'committee', 'court', 'party', 'commission', 'service', 'government', 'command', 'bank', 'police', 'army', 'navy', 'embassy', 'parliament', 'senate', 'house', 'assembly', 'union', 'institute', 'university', 'guard', 'authority', 'administration', 'bureau', 'foundation'])
/** Sources that are documents rather than people: they never point back. */
export const documentNouns = new Set(['study', 'survey', 'poll', 'research', 'data', 'figures', 'census', 'analysis', 'report', 'statement'])
/** Openers after which the subject follows a comma ("Before the meeting, Lavrov…"). */
const introducers = new Set(['in', 'on', 'at', 'before', 'after', 'during', 'while', 'by', 'from', 'with', 'however', 'meanwhile', 'although', 'despite', 'for', 'since', 'as', 'when', 'if', 'instead', 'still', 'yet', 'moreover', 'furthermore', 'also', 'but', 'and', 'earlier', 'later', 'now', 'today', 'yesterday'])

/** Citing verbs whose participle opens a sentence before its subject ("Citing unnamed officials, Reuters said"). */
const frontedCiting = new Set(['citing', 'quoting'])

/** Auxiliaries, copulas and negations: a headline with one of them makes a statement. */
const headlineVerbs = new Set(['is', 'are', 'was', 'were', 'be', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'has', 'have', 'had', 'does', 'do', 'did', 'not', 'never', 'cannot'])
/** Headline labels before a colon that are no speaker ("Update: …", "Reports: …"). */
const headlineLabels = new Set(['reports', 'report', 'sources', 'officials', 'update', 'updated', 'analysis', 'comment', 'opinion', 'breaking', 'exclusive', 'editorial', 'video', 'photo', 'photos', 'watch', 'live', 'explainer', 'factbox', 'timeline', 'interview', 'review', 'source', 'note', 'warning', 'correction', 'clarification', 'example', 'result', 'results', 'answer', 'question', 'q', 'a', 'summary', 'conclusion', 'background'])

function firstWord(tokens: Token[]): Token | undefined {
  return tokens.find((token) => token.kind === 'word')
}

/** "week", "Monday": a time phrase's noun ("Sources this week told CNN"). */
export function isTimeNoun(word: string): boolean {
  return timeNouns.has(word.toLowerCase())
}

/**
 * "Taipei Media", "Taiwan Media": places or nationalities (`crowd-places`, the nationalities of `titles`) and a last "Media" describe
 * a country's outlets; they name none of them (round 14; the labelling guide's "according to Taipei Media" is `anonymous`).
 * "Chinese Press", "Russian Press" too (round 15), but for an agency's name of that shape (`press-names`: "Canadian Press").
 */
export function isPlaceMedia(norms: string[], words: Vocabulary): boolean {
  const last = norms.at(-1)
  if (norms.length < 2 || (last !== 'media' && last !== 'press')) return false
  if (last === 'press' && isPressName(norms, words)) return false
  return norms.slice(0, -1).every((norm) => words.crowdPlaces.has(bare(norm)) || words.titles.has(bare(norm)))
}

/** Whether the words end with an agency's name of a place and "Press" (`press-names`: "The Canadian Press"). */
export function isPressName(norms: string[], words: Vocabulary): boolean {
  return norms.some((_, start) => norms.length - start >= 2 && words.pressNames.has(norms.slice(start).map(bare).join(' ')))
}

/** Whether a word is an English closed-class word ("As", "In", "the"): no part of a name. */
export function isFunctionWord(word: string): boolean {
  return closedClass().has(word.toLowerCase())
}

/**
 * Whether a described source is people without a name ("Officials", "A source", "senior diplomats", "an official at the
 * ministry"), not a role ("the mayor") nor an adjective ("North Korean official media"): the word heads the phrase, last or
 * before a preposition or a clause of its own.
 */
export function isUnnamedPeople(source: string): boolean {
  const words = source.toLowerCase().split(/\s+/).map(bare)
  return words.some((word, index) => (unnamedPeople.has(word) || anonymousWords.has(word)) && (index === words.length - 1 || /^(?:at|of|in|from|with|for|to|on|inside|within|close|familiar|who|,)$/.test(words[index + 1]!)))
}

/** Whether a sentence's only source is unnamed people ("Officials told residents…"): described, and no one named beside them. */
export function unnamedPeopleOnly(attribution: SentenceAttribution): boolean {
  return attribution.kind === 'described' && attribution.source !== undefined && isUnnamedPeople(attribution.source) && attribution.named.length === 0
}

/** Compass words that open a nationality ("North Korean", "South African"). */
const compassWords = /^(?:north|south|east|west|northern|southern|eastern|western|central)$/

/**
 * Whether the token is inside a dateline that opens the sentence in brackets with a day in it, as Chinese wire copy
 * starts ("(Comprehensive report on the 11th)", "(Comprehensive news, 11th)"): its "report" is a noun, no one speaks.
 */
function inDateline(tokens: Token[], index: number): boolean {
  const open = tokens.findIndex((token) => token.kind !== 'space')
  if (tokens[open]?.raw !== '(') return false
  const close = tokens.findIndex((token, at) => at > open && token.raw === ')')
  return close > index && tokens.slice(open + 1, close).some((token) => /^\d{1,2}(?:st|nd|rd|th)$/.test(token.norm))
}

/**
 * A study's authors in the plural: with "the", a source described as "the researcher" is (a Reuters-21578 audit, eighteenth
 * stop: "The researchers estimated that … probably prevented…" after "The study, reported in the New England Journal of
 * Medicine"). Without it they are a crowd ("Researchers say"), not a source.
 */
const studyAuthors = new Set(['researchers', 'scientists'])

/** Reporting verbs with no noun of the same form: after "Moody's" or "McDonald's" they make it the subject, not a possessive. */
const verbOnly = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'announced', 'explained', 'wrote'])

/** A word without its possessive ending (`ministry's` → `ministry`, `officials'` → `officials`). */
export function bare(norm: string): string {
  // Most words have no such ending: tested first, without running the expression.
  return norm.endsWith("'") || norm.endsWith("'s") ? norm.replace(/'s$|'$/, '') : norm
}

/**
 * The first letter or digit is a capital, after a lower-case particle joined
 * to the name ("al-Anbari", "bin-Laden", "van-Gogh" are names). One test, no
 * copies of the word: this is asked of most words of every sentence.
 */
const capitalised = /^[^\p{L}\p{N}]*(?:(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu|ben|van|von|de|da|di|du|la|le)-)?[\p{Lu}\p{Lt}]/u

function isCapitalised(token: Token): boolean {
  return capitalised.test(token.raw)
}

/** SCOWL class up to which a capitalised entry is a common name (Trump, Apple, Ford: 50); rarer ones (Line, Independent: 70) are not. */
const commonNameClass = 50

/**
 * An ordinary English word that is not also a common name: its capital at the start of a sentence says nothing.
 * From the spelling stage's word list, read only (`shippedLexicon`, shared with the script stage): no list of our
 * own could hold every ordinary word that may open a sentence ("Talks resumed", "Line one is fine").
 */
export function isOrdinaryWord(word: string): boolean {
  const lexicon = shippedLexicon()
  const lower = word.toLowerCase()
  if (lexicon.entries.get(lower) === undefined) return false
  const asName = lexicon.entries.get(capitalise(lower))
  return asName === undefined || asName > commonNameClass
}

const lowerCaseLetter = /\p{Ll}/u

/**
 * A sentence set all in capitals (a wire headline: "ARGENTINA SAYS COULD FOLLOW BRAZILIAN DEBT MOVE") with its ordinary words
 * in lower case, as a desk would set it in sentence case: in capitals every word looks like a name, so "SAYS" is no verb and the
 * headline's source goes unseen. Names and acronyms keep their capitals ("SUBROTO says"). Offsets and norms are unchanged;
 * only the attribution reader and the headline's tag see this copy, so findings quote the words as written.
 */
export function inSentenceCase(tokens: Token[]): Token[] {
  // Asked of every sentence: nearly all have a lower-case letter in their first word, so look for one before any copy.
  for (const token of tokens) if (token.kind === 'word' && lowerCaseLetter.test(token.raw)) return tokens
  const words = tokens.filter((token) => token.kind === 'word' && /\p{L}/u.test(token.raw))
  if (words.length < 3) return tokens
  const wordSet = new Set(words)
  return tokens.map((token) => (wordSet.has(token) && isOrdinaryWord(token.raw) ? {...token, raw: token === words[0] ? capitalise(token.norm) : token.raw.toLowerCase()} : token))
}

/**
 * A word the dictionary does not know in lower case, and knows capitalised only as a common name or not at all ("Gallup",
 * "Ipsos", "ICO"): a name even where it opens a sentence. "Exit|Opinion|Wall" (dictionary words) and "Eurobond" (a rare
 * capitalised entry: a market) are not.
 */
export function isNameWord(word: string): boolean {
  const lexicon = shippedLexicon()
  const lower = word.toLowerCase()
  if (lexicon.entries.get(lower) !== undefined) return false
  const sizes = [capitalise(lower), word.toUpperCase()].map((form) => lexicon.entries.get(form)).filter((size): size is number => size !== undefined)
  return sizes.length === 0 || sizes.some((size) => size !== hidden && size <= commonNameClass)
}

/** "correspondents", "eyewitnesses": the plural of an ordinary word, which names no outlet ("Guardian" is singular). */
function isOrdinaryPlural(word: string): boolean {
  if (!/[^s]s$/.test(word) || !isOrdinaryWord(word)) return false
  const singulars = [word.slice(0, -1), word.replace(/es$/, ''), word.replace(/ies$/, 'y')]
  return singulars.some((singular) => singular !== word && isOrdinaryWord(singular))
}

export class AttributionReader {
  /** The words a sentence's attribution starts from: "according", citing and reporting verbs. Most words are none. */
  private readonly attributing: WordBits

  /** Words that end a main clause's subject: clause breaks, auxiliaries, reporting verbs. */
  private readonly subjectEnds: WordBits

  /** Before these a reporting-verb form is a noun ("the remarks", "his claims", "no comment"): determiners and noun-quantifiers. */
  private readonly nounDeterminers: ReadonlySet<string>

  constructor(private readonly words: Vocabulary) {
    this.attributing = wordBits(['according', ...words.citingVerbs, ...words.reportingVerbs])
    this.subjectEnds = wordBits([...words.clauseBreaks, ...auxiliaries, ...words.reportingVerbs])
    this.nounDeterminers = new Set([...words.determiners, ...words.nounQuantifiers])
  }

  /**
   * Reads one sentence; `previous` gives what the previous sentence offers to point back to
   * (asked only when this one points back: working it out for every sentence was a tenth of the reading).
   */
  read(tokens: Token[], previous: () => string | undefined): SentenceAttribution {
    const result: SentenceAttribution = {named: [], cites: []}
    const opener = firstWord(tokens)
    let index = 0
    const claim = (kind: NonNullable<SentenceAttribution['kind']>, source: string) => {
      if (result.kind) return
      result.kind = kind
      result.source = source
      result.verb = index
    }
    for (; index < tokens.length; index++) {
      const token = tokens[index]!
      if (token.kind !== 'word' || token.inQuote || !hasWord(this.attributing, token.id)) continue
      const word = token.norm
      if (word === 'according' && this.next(tokens, index)?.norm === 'to') {
        const phrase = this.phraseAfter(tokens, this.nextIndex(tokens, this.nextIndex(tokens, index)))
        // "according to local officials": unnamed, but the claim is theirs, as with "officials said".
        // "according to the authorities|the opposition": a body or a side speaking, whose claim it is as with "the opposition said"
        // (a plan or a document is no speaker: labelling guide, rule 4).
        const side = this.isIdentifiedSide(this.ownedPhrase(tokens, phrase)) ? this.speaker(phrase, 'said') : undefined
        const found = this.documentAuthor(tokens, phrase, previous, opener) ?? this.sourceOf(phrase, previous, opener) ?? (phrase.some((token) => unnamedPeople.has(bare(token.norm))) ? {kind: 'described' as const, source: phrase.map((token) => token.raw).join(' ')} : side)
        if (found) {
          this.note(result, found)
          claim(found.kind, found.source)
        }
        continue
      }
      if (this.words.citingVerbs.has(word)) {
        // "…, the paper reported citing anonymous sources" and "…, the paper reported, citing…": the one who cites is the
        // subject of the verb of saying just before (not a subject "the paper reported", nor "Putin" of "Putin said…, the
        // paper reported, citing…").
        const said = verbOfSayingJustBefore(tokens, index, this.words.reportingVerbs)
        const before = this.subjectBefore(tokens, said ?? index)
        const subject = before === conditional ? undefined : this.sourceOf(before, previous, opener)
        // "…, TASS reported, citing a source": the one who cites is the one who just reported.
        const reporter = this.previousPunctuation(tokens, index) === ',' && result.kind && result.source ? {kind: result.kind, source: result.source} : undefined
        const from = (said === undefined ? undefined : subject) ?? reporter ?? subject ?? this.sourceOf(this.mainSubject(tokens), previous, opener)
        const to = this.sourceOf(this.phraseAfter(tokens, this.nextIndex(tokens, index)), previous, opener)
        if (to) this.note(result, to)
        if (from) {
          this.note(result, from)
          claim(from.kind, from.source)
          if (to) result.cites.push({from: from.source, to: to.source})
        }
        continue
      }
      if (!this.words.reportingVerbs.has(word) || this.isNotVerb(tokens, index) || this.answersWithDeed(tokens, index) || inDateline(tokens, index)) continue
      const after = this.nextIndex(tokens, index)
      // "Troops said to be loyal to the general control the airport": a reduced relative clause describes its noun, which
      // says nothing (third review of round 10); "Dadin claimed to have been tortured" makes a claim.
      if (/^(?:said|believed|thought|reported|alleged|rumou?red|reputed|understood)$/.test(word) && tokens[after]?.norm === 'to' && /^(?:be|have)$/.test(this.next(tokens, after)?.norm ?? '')) continue
      if (tokens[after]?.norm === 'by') {
        // "as suggested by Putin" attributes a phrase; "was reported by Reuters" the sentence.
        const found = this.sourceOf(this.phraseAfter(tokens, this.nextIndex(tokens, after)), previous, opener)
        if (!found) continue
        this.note(result, found)
        // "are expected to be published by the commission": the agent of a passive infinitive does what is forecast, it does
        // not make the forecast (round 13); "was reported by Reuters", "has been confirmed by the ministry" give the claim.
        if (this.isPassive(tokens, index) && this.previousWord(tokens, index)?.norm !== 'be') claim(found.kind, found.source)
        continue
      }
      const participle = word.endsWith('ing') && this.previousPunctuation(tokens, index) === ','
      const subject = participle ? this.mainSubject(tokens) : this.subjectBefore(tokens, index)
      if (subject === conditional) continue
      // "It cannot be denied", "it was announced": an impersonal passive names no one.
      if (subject[0]?.norm === 'it' && this.isPassive(tokens, index)) continue
      // "not as strong as the data suggests", "higher than analysts expected": a comparison with someone's view, not its source.
      if (subject.length > 0 && this.isComparison(tokens, tokens.indexOf(subject[0]!))) continue
      // `"…," said Lavrov`: the speaker follows only a verb of saying right after a quotation or comma.
      // "Called Perennian, the collection…", "This error, called a negative definition, …": with no quotation before it, a
      // "called" that opens the sentence or a clause names a thing, and no speaker follows (round 16, Brown tuning; its
      // review). "Called out Means as she ran" is a speech tag.
      const naming = /^(?:call|calls|called)$/.test(word) && !tokens.slice(0, index).some((token) => token.quoteMark) && !/^(?:out|back)$/.test(tokens.slice(index + 1).find((token) => token.kind === 'word')?.norm ?? '')
      const inverted = this.previousWord(tokens, index) === undefined && /^[,"”’:—]?$/.test(this.previousPunctuation(tokens, index) ?? '') && sayingVerbs.test(word) && !naming
      const phrase = subject.length > 0 ? subject : inverted ? this.phraseAfter(tokens, after) : []
      if (phrase.length === 0) continue
      // "Guardian reported", "Meta confirmed": a word alone as the subject of a verb of saying is its source, however
      // ordinary (machine translation drops the "The" of outlets). Not a closed-class word ("Someone claimed", "Now
      // reports suggest") and not with a verb of inference ("History shows", "Evidence suggests"): those need a source.
      const words = phrase.filter((token) => token.kind === 'word')
      // Nor a plural of an ordinary noun ("Correspondents reported", "Eyewitnesses published"): people, not an outlet's name.
      const outlet = words.length === 1 && (sayingVerbs.test(word) || outletVerbs.test(word)) && !closedClass().has(words[0]!.norm) && !isOrdinaryPlural(words[0]!.norm)
      const found = this.sourceOf(phrase, previous, outlet ? undefined : opener) ?? this.speaker(phrase, word, this.words.pointingVerbs.has(word) && consequenceAhead(tokens, index, this.words.pointingReactions))
      if (!found) continue
      // "Sources|A senior official pointed to rising debt, which may lead…": unnamed sources who point are the attribution rules'
      // ("Officials pointed to"), whose finding then holds the hedge; with no rule for them the hedge stays flagged, as before.
      // Evidence that points ("The data|The latest PMI survey pointed to…, which may prompt…") says nothing (`pointing-evidence`).
      if (this.pointsTo(tokens, index) && (found.kind === 'anonymous' || (found.kind === 'described' && isUnnamedPeople(found.source)) || this.words.pointingEvidence.has(bare(words.at(-1)?.norm ?? '')))) continue
      this.note(result, found)
      claim(found.kind, found.source)
    }
    const tag = result.kind ? undefined : this.headlineSpeaker(tokens)
    if (tag) {
      const found = this.sourceOf(tag.phrase, previous, opener)
      if (found?.kind === 'named') {
        index = tag.at
        this.note(result, found)
        claim(found.kind, found.source)
      }
    }
    const view = result.kind ? undefined : this.perspective(tokens)
    if (view) {
      const found = this.sourceOf(view.phrase, previous, opener)
      // Unnamed holders ("In the view of sources close to the talks") are left to the attribution rules.
      if (found && found.kind !== 'anonymous') {
        index = view.at
        const holder = {kind: found.kind, source: found.source.replace(/['’]s?$/u, '')}
        this.note(result, holder)
        claim(holder.kind, holder.source)
      }
    }
    return result
  }

  /**
   * Round 26 (review of round 25 on modern copy: "In Collins's view, the vote may signal a shift in the party"): an opener that
   * says whose view the sentence gives, "In Collins's view, …", "In his view, …", "In the eyes of the committee, …"
   * (`perspective-nouns`); the phrase that names the holder, for `sourceOf`, and the index of the opener's head word. Not "To
   * Collins, …": the round's review found it telling what is at stake for its holder as often as its view ("To Apple, the deal
   * could be worth $5 billion", "To Ukraine, the aid could mean…", "To the east of Bakhmut, …"), and "For X, …" tells only
   * that. A crowd ("To many analysts, …") is the weasel rule's.
   */
  private perspective(tokens: Token[]): {phrase: Token[]; at: number} | undefined {
    // Asked of every sentence no source holds: the cheap test first.
    if (tokens.find((token) => token.kind === 'word')?.norm !== 'in') return undefined
    const comma = tokens.findIndex((token) => token.kind === 'punctuation')
    if (comma === -1 || tokens[comma]!.raw !== ',') return undefined
    const opener = tokens.slice(0, comma).filter((token) => token.kind === 'word')
    if (opener.length < 2 || opener.length > 8) return undefined
    // "In the eyes|view of the committee"
    if (opener[1]!.norm === 'the' && this.words.perspectiveNouns.has(opener[2]?.norm ?? '') && opener[3]?.norm === 'of') return {phrase: opener.slice(4), at: tokens.indexOf(opener[2]!)}
    // "In Collins's view", "In the committee's view", "In his view"
    const noun = opener.at(-1)!
    const owner = opener.slice(1, -1)
    const end = owner.at(-1)
    if (!this.words.perspectiveNouns.has(noun.norm) || !end || !(/['’]s?$/u.test(end.raw) || /^(?:his|her|their|its)$/.test(end.norm))) return undefined
    return {phrase: owner, at: tokens.indexOf(noun)}
  }

  /**
   * "Officials told residents to boil water until further notice, the city said": a sentence given to unnamed people who only
   * gave an order (no `attribution/anonymous` finding) goes to a source that a tag after its last comma names, read on its
   * own, as "The city said…" would be. Left as it is when the tag is unnamed people too.
   */
  giveToTag(tokens: Token[], attribution: SentenceAttribution, previous: () => string | undefined): void {
    const comma = tokens.findLastIndex((token) => token.raw === ',')
    if (comma === -1 || attribution.verb === undefined || comma < attribution.verb) return
    const tag = this.read(tokens.slice(comma + 1), previous)
    if (tag.kind === undefined || tag.kind === 'anonymous' || tag.verb === undefined || unnamedPeopleOnly(tag)) return
    attribution.kind = tag.kind
    attribution.source = tag.source
    attribution.verb = tag.verb + comma + 1
    for (const name of tag.named) if (!attribution.named.includes(name)) attribution.named.push(name)
  }

  /** The source a "he" or "the publication" in the sentence after this one points back to. */
  antecedent(tokens: Token[], attribution: SentenceAttribution): string | undefined {
    // An unnamed source ("An employee of the bank VTB said") leaves no name for "he" to point to: VTB is where they work.
    if (attribution.kind === 'anonymous') return undefined
    if (attribution.kind === 'named' || attribution.kind === 'back-reference') return attribution.source
    // "The report said wage moderation was central… It suggested that…": a document that spoke is what "it" points back to.
    const document = attribution.kind === 'described' && attribution.source ? attribution.source.split(/\s+/).at(-1)?.toLowerCase() : undefined
    if (document && documentNouns.has(document)) return attribution.source
    return this.nameIn(this.mainSubject(tokens), firstWord(tokens))
  }

  /**
   * "Saakashvili: Ukraine will never…", "Andrei Illarionov - collusion is unlikely": a
   * headline that opens with a name and a colon or spaced dash gives the speaker's words.
   */
  private headlineSpeaker(tokens: Token[]): {phrase: Token[]; at: number} | undefined {
    const phrase: Token[] = []
    for (let at = 0; at < tokens.length && phrase.length <= 4; at++) {
      const token = tokens[at]!
      if (token.kind === 'space' || token.raw === '.') continue
      if (token.kind === 'word') {
        if (!isCapitalised(token) || this.words.notNames.has(token.norm) || headlineLabels.has(token.norm)) return undefined
        phrase.push(token)
        continue
      }
      const dash = /^[-–—]$/.test(token.raw) && tokens[at - 1]?.kind === 'space' && tokens[at + 1]?.kind === 'space'
      if (!(token.raw === ':' || dash) || phrase.length === 0) return undefined
      // "MOSCOW — …" is a dateline, not a speaker: a dash needs a person's full name in normal case.
      if (dash && (phrase.length < 2 || phrase.every((word) => word.raw === word.raw.toUpperCase()))) return undefined
      // A claim follows in sentence case; "US Perspective: A Complex Dialogue" is a title, not a quote.
      const rest = tokens.slice(at + 1).filter((other) => other.kind === 'word')
      const lowerCase = rest.filter((other) => other.raw.length >= 4 && !isCapitalised(other)).length
      // …and it says something: "Roman Zamulin: FSO warrant officer, driver" only describes the man.
      const says = rest.some((other) => headlineVerbs.has(other.norm) || other.norm.endsWith("n't"))
      return rest.length >= 3 && lowerCase >= 2 && says ? {phrase, at} : undefined
    }
    return undefined
  }

  private note(result: SentenceAttribution, found: {kind: string; source: string}): void {
    if ((found.kind === 'named' || found.kind === 'back-reference') && !result.named.includes(found.source)) result.named.push(found.source)
  }

  /**
   * "Kim responded with a bright smile", "China responded calmly with extraordinary measures": an answer in deeds says
   * nothing, so its subject is no source ("responded with a statement" still speaks). `deed-answers` in _words.yml.
   */
  private answersWithDeed(tokens: Token[], index: number): boolean {
    if (!/^respond(?:s|ed|ing)?$/.test(tokens[index]!.norm)) return false
    let at = this.nextIndex(tokens, index)
    if (tokens[at]?.norm.endsWith('ly')) at = this.nextIndex(tokens, at)
    if (tokens[at]?.norm !== 'with') return false
    // The deed must head the phrase ("a comment on sanctions" is words), and the subject must say nothing else in the sentence
    // ("responded with laughter and said…": review r15, item 2).
    for (let words = 0; words < 4 && tokens[at]; words++) {
      at = this.nextIndex(tokens, at)
      if (tokens[at]?.kind !== 'word' || /^(?:on|about|of|to|that|which|and|saying)$/.test(tokens[at]!.norm)) return false
      if (this.words.deedAnswers.has(tokens[at]!.norm)) return !tokens.slice(at + 1).some((token) => token.kind === 'word' && sayingVerbs.test(token.norm))
    }
    return false
  }

  private nextIndex(tokens: Token[], index: number): number {
    let at = index + 1
    while (tokens[at]?.kind === 'space') at++
    return at
  }

  private next(tokens: Token[], index: number): Token | undefined {
    return tokens[this.nextIndex(tokens, index)]
  }

  private previousWord(tokens: Token[], index: number): Token | undefined {
    for (let at = index - 1; at >= 0; at--) {
      if (tokens[at]!.kind === 'space') continue
      return tokens[at]!.kind === 'word' ? tokens[at] : undefined
    }
    return undefined
  }

  private previousPunctuation(tokens: Token[], index: number): string | undefined {
    for (let at = index - 1; at >= 0; at--) {
      if (tokens[at]!.kind === 'space') continue
      return tokens[at]!.kind === 'punctuation' ? tokens[at]!.raw : undefined
    }
    return undefined
  }

  /** "the United States", "Lavrov's remarks", "the reports": a capitalised or determined noun, not a reporting verb. */
  private isNotVerb(tokens: Token[], index: number): boolean {
    const token = tokens[index]!
    const first = tokens.findIndex((other) => other.kind === 'word')
    if (index !== first && isCapitalised(token)) return true
    const previous = this.previousWord(tokens, index)
    const before = previous?.norm ?? ''
    // Round 26 (review of round 25 on modern copy: "The IMF pointed to rising debt, which may lead to defaults", "The central
    // bank flagged weak exports, which could weigh on growth", "…singled out weak demand, which could…"): a verb of pointing to
    // evidence gives the effect foreseen for it in a "which" clause to its subject; "The IMF cut rates, which may lead…" is an
    // act and stays the writer's guess, and so does "pointed to a map" with no such clause.
    if (this.pointsTo(tokens, index)) return !consequenceAhead(tokens, index, this.words.pointingReactions)
    // "pointed a rifle at", "Key points of the plan": only "point out" says something (review r15, item 5).
    if (/^point(?:s|ed|ing)?$/.test(token.norm) && this.next(tokens, index)?.norm !== 'out') return true
    // "It goes without saying", "instead of claiming": a gerund after a preposition names the act, it attributes nothing.
    if (token.norm.endsWith('ing') && gerundPrepositions.has(before)) return true
    // "The Biden call was noted", "the claims were denied": a verb right after it makes it the subject's noun.
    if (nounBeforeVerb.has(token.norm) && finiteAfter.has(this.next(tokens, index)?.norm ?? '')) return true
    // "Lavrov's remarks"; but a verb that is never a noun makes a capitalised possessive-shaped word a name: "Moody's said", "Standard and Poor's added".
    return (/'s?$/.test(before) && !(verbOnly.has(token.norm) && previous !== undefined && isCapitalised(previous))) || this.nounDeterminers.has(before)
  }

  /**
   * "pointed to", "flagged", "singled out": the verbs of pointing that say something only before a foreseen effect (`isNotVerb`).
   * When or how may stand between "pointed" and "to" ("pointed on Tuesday to", "pointed in particular to": the review of round
   * 26), at most three words of `pointing-asides` or of time.
   */
  private pointsTo(tokens: Token[], index: number): boolean {
    const word = tokens[index]!.norm
    if (word === 'flagged') return true
    if (word === 'singled') return this.next(tokens, index)?.norm === 'out'
    if (!/^point(?:s|ed|ing)?$/.test(word)) return false
    const after = clauseAfter(tokens, index).slice(0, 4)
    const to = after.findIndex((next) => next.norm === 'to')
    return to !== -1 && after.slice(0, to).every((aside) => this.words.pointingAsides.has(aside.norm) || isTimeNoun(aside.norm))
  }

  /** The subject starting at `at` follows "than", or an "as" that closes a comparison ("as strong as the data suggests"). */
  private isComparison(tokens: Token[], at: number): boolean {
    const word = this.previousWord(tokens, at)
    if (word?.norm === 'than') return true
    if (word?.norm !== 'as') return false
    // "As Putin said, …" and "…, as Putin said" attribute; "as strong as" compares.
    const before = this.previousWord(tokens, tokens.indexOf(word))
    return before !== undefined && tokens.slice(0, tokens.indexOf(before)).some((token) => token.norm === 'as' || token.norm === 'so')
  }

  /** "was reported by", "were suggested by": a form of "be" right before the verb. */
  private isPassive(tokens: Token[], index: number): boolean {
    return /^(?:is|are|was|were|been|being|be)$/.test(this.previousWord(tokens, index)?.norm ?? '')
  }

  /** The noun phrase right before a verb, skipping auxiliaries and one parenthetical (", addressing the press,"). */
  private subjectBefore(tokens: Token[], index: number): Token[] | typeof conditional {
    let at = index - 1
    // "Police are expecting", "Macron is saying": a form of "be" before a verb in -ing is part of it.
    const progressive = tokens[index]!.norm.endsWith('ing')
    const skip = () => {
      for (;;) {
        while (at >= 0 && (tokens[at]!.kind === 'space' || (tokens[at]!.kind === 'word' && (auxiliaries.has(tokens[at]!.norm) || (progressive && beForms.has(tokens[at]!.norm)))))) at--
        // "Putin on Tuesday said", "Lavrov last week said": a time phrase between subject and verb.
        const when = tokens[at]
        const before = this.previousWord(tokens, at)
        if (!when || when.kind !== 'word' || !before || !timeNouns.has(when.norm) || !/^(?:on|last|this|next|in|earlier|late|early)$/.test(before.norm)) return
        at = tokens.indexOf(before) - 1
      }
    }
    skip()
    // "The Beijing Stock Exchange (BSE) said": the name before an acronym in brackets is the subject, when it heads the
    // subject ("An official of the African National Congress (ANC) said" is an unnamed official: review r15, item 1).
    // Eighteenth stop (Reuters-21578 tuning half): any short aside of one unspaced capitalised item, as wire copy sets a
    // ticker, a short name or a party and state ("Daimler-Benz AG [DAIG.F] said", "<Thailand Smelting and Refining Co>
    // (Thaisarco) said", "Sen. Nancy Kassebaum (R-Kan.) said"); after a bracketed Reuters name, that name.
    const close = tokens[at]?.raw
    if (close === ')' || close === ']') {
      const open = tokens.findLastIndex((token, index) => index < at && index >= at - 8 && token.raw === (close === ')' ? '(' : '['))
      const inside = open === -1 ? [] : tokens.slice(open + 1, at)
      const aside = inside.some((token) => token.kind === 'word' && /^\p{Lu}/u.test(token.raw)) && inside.every((token) => token.kind !== 'space' && !/^[()[\]]$/.test(token.raw))
      let name = open - 1
      while (tokens[name]?.kind === 'space') name--
      if (aside && (tokens[name]?.raw === '>' || this.nameHeadsSubject(tokens, open - 1))) {
        at = open - 1
        skip()
      }
    }
    // Reuters' markup of a company (round 22, Reuters-21578 tuning half): "Geonex Corp <GEOX> said", "<Wilderness Experience
    // Inc> said". A ticker after a name leaves the name as the subject; a name inside the brackets is the subject itself.
    if (tokens[at]?.raw === '>') {
      let open = at - 1
      while (open > 0 && open > at - 16 && !/^[<>]$/.test(tokens[open]!.raw)) open--
      if (tokens[open]?.raw === '<') {
        const name = this.previousWord(tokens, open)
        const joined = name !== undefined && tokens.slice(tokens.indexOf(name) + 1, open).every((token) => token.kind === 'space')
        if (joined && /^\p{Lu}/u.test(name.raw)) {
          at = open - 1
          skip()
        } else at--
      }
    }
    if (tokens[at]?.raw === ',') {
      // Parenthetical: jump to the comma that opens it, if there is one.
      let open = at - 1
      while (open >= 0 && tokens[open]!.raw !== ',' && !(tokens[open]!.kind === 'punctuation' && /[.;:!?]/.test(tokens[open]!.raw))) open--
      if (open < 0 || tokens[open]!.raw !== ',') return []
      // "A resident of Belgorod, Anna Petrova, told": a person's name in apposition is who speaks (review r14, item 2).
      const apposition = tokens.slice(open + 1, at).filter((token) => token.kind !== 'space')
      if (this.isPersonName(apposition) && (this.isPersonShaped(apposition) || !this.renamesPlace(tokens, open))) return apposition
      at = open - 1
      skip()
    }
    const phrase: Token[] = []
    for (; at >= 0; at--) {
      const token = tokens[at]!
      if (token.kind === 'space') continue
      if (token.kind === 'punctuation') {
        if (quoteMarks.has(token.raw) && !token.inQuote) continue
        break
      }
      if (token.kind !== 'word' || token.inQuote) break
      if (conditionals.has(token.norm)) return conditional
      // "Officials in Moscow said", "the talks in Istanbul conclude": a place after a preposition belongs to the
      // subject before it, which the phrase goes on to read.
      const place = locatives.has(token.norm) && phrase.length > 0 && phrase.every(isCapitalised)
      // "A resident of Belgorod said": the place goes with the people who live there (`isDwellersPlace`).
      const dwellers = /^(?:of|from)$/.test(token.norm) && this.words.placeDwellers.has(bare(this.previousWord(tokens, at)?.norm ?? ''))
      if (this.words.clauseBreaks.has(token.norm) && !place && !dwellers && !this.linksName(this.previousWord(tokens, at), token, phrase[0])) {
        // "A manager of Sberbank Olga Ivanova said": the person after the body's name speaks (review r14, item 1).
        const person = phrase.every(isCapitalised) ? personAfterBody(phrase, token, this.words, (word) => this.isKnownBody(word)) : 0
        if (person > 0) phrase.splice(0, phrase.length - person)
        break
      }
      phrase.unshift(token)
    }
    return phrase
  }

  /** The noun phrase after a word, up to punctuation or a clause break. */
  private phraseAfter(tokens: Token[], from: number): Token[] {
    const phrase: Token[] = []
    for (let at = from; at < tokens.length; at++) {
      const token = tokens[at]!
      if (token.kind === 'space') continue
      if (token.kind === 'punctuation') {
        if (quoteMarks.has(token.raw) && phrase.length === 0) continue
        break
      }
      if (token.kind !== 'word' || (this.words.clauseBreaks.has(token.norm) && !this.linksName(phrase.at(-1), token, this.next(tokens, at)))) break
      if (this.words.reportingVerbs.has(token.norm) && phrase.length > 0) break
      phrase.push(token)
    }
    return phrase
  }

  /** The subject of the main clause: the first noun phrase, after an introductory phrase and its comma. */
  mainSubject(tokens: Token[]): Token[] {
    let at = 0
    const firstWord = tokens.find((token) => token.kind === 'word')
    // "Citing anonymous sources, the paper said": a fronted participle of citing introduces the clause as "In Moscow," does.
    if (firstWord && (introducers.has(firstWord.norm) || frontedCiting.has(firstWord.norm))) {
      const comma = tokens.findIndex((token, index) => token.raw === ',' && index < 24)
      if (comma === -1) return []
      at = comma + 1
    }
    const phrase: Token[] = []
    for (; at < tokens.length && phrase.length < 8; at++) {
      const token = tokens[at]!
      if (token.kind === 'space' || (token.kind === 'punctuation' && quoteMarks.has(token.raw))) continue
      if (token.kind !== 'word' || token.inQuote) break
      const word = token.norm
      if (hasWord(this.subjectEnds, token.id) && !this.linksName(phrase.at(-1), token, this.next(tokens, at))) break
      if (/^(?:will|would|can|could|may|might|must|should|shall)$/.test(word)) break
      if (phrase.length > 0 && /ed$/.test(word) && !isCapitalised(token)) break
      phrase.push(token)
    }
    return phrase
  }

  /**
   * The proper name in a noun phrase, titles stripped ("Russian Foreign Minister Sergey Lavrov" → "Sergey Lavrov").
   * `opener` is the sentence's first word, whose capital is the sentence's, not a name's.
   */
  nameIn(phrase: Token[], opener: Token | undefined): string | undefined {
    const runs: Token[][] = []
    let run: Token[] = []
    // Indexed, with no closure over the token: both cost an allocation per word.
    for (let index = 0; index < phrase.length; index++) {
      const token = phrase[index]!
      const word = bare(token.norm)
      // "Estimates suggest": a figure noun alone opening the phrase; "Statistics Canada" is a name.
      const figure = index === 0 && this.words.figureNouns.has(word) && !(phrase[1] && isCapitalised(phrase[1]))
      // "Talks resumed", "Well, I think": an ordinary word opening the sentence on its own ("Defence Ministry" goes on as a name).
      // "Later Vladimir Putin said", "Separately Kim Jong Un said": an adverb opening the sentence (`sentence-adverbs`) is never a name's.
      const adverb = token === opener && this.words.sentenceAdverbs.has(word)
      const properWord = this.isNamePart(token) && !figure && !adverb && !(token === opener && !this.isNamePart(phrase[index + 1]) && isOrdinaryWord(word))
      if (properWord || (run.length > 0 && this.linksName(phrase[index - 1], token, phrase[index + 1]))) run.push(token)
      else if (run.length > 0) {
        runs.push(run)
        run = []
      }
    }
    if (run.length > 0) runs.push(run)
    for (const candidate of runs.reverse()) {
      // "A manager of Sberbank Olga Ivanova said", "A resident of Belgorod Anna Petrova told": the person, not the body or place.
      const person = personAfterBody(candidate, phrase[phrase.indexOf(candidate[0]!) - 1], this.words, (word) => this.isKnownBody(word))
      if (person > 0) return candidate.slice(-person).map((token) => token.raw.replace(/[’']s?$/, '')).join(' ')
      if (this.isDwellersPlace(phrase, phrase.indexOf(candidate[0]!))) continue
      if (isPlaceMedia(candidate.map((token) => token.norm), this.words)) continue
      // "Defence Ministry" is an institution: its first word is part of the name, not a title.
      // "Canadian Press" is an agency's name, its nationality no title (round 15).
      const institution = institutions.has(bare(candidate.at(-1)!.norm)) || isPressName(candidate.map((token) => token.norm), this.words)
      // Titles and nationalities alone, a compass word before one included ("North Korean state media"), name no one.
      if (candidate.every((token, at) => this.words.titles.has(bare(token.norm)) || (at < candidate.length - 1 && compassWords.test(bare(token.norm))))) continue
      // A person after their title, or after an institution when a given name and surname follow it: "Labour Shadow
      // Home Secretary Yvette Cooper", "Refugee Council Enver Solomon" (but "Police Scotland", "Office Depot" are names).
      // An institution before "of" heads the name ("U.S. Department of Agriculture").
      const lastTitle = candidate.slice(0, -1).findLastIndex((token, index) => this.words.titles.has(bare(token.norm)) || (institutions.has(bare(token.norm)) && candidate.length - index > 2 && candidate[index + 1]!.norm !== 'of'))
      const stripped = institution ? candidate : candidate.slice(lastTitle + 1)
      // A possessive mark belongs to the name that ends the subject, right before its verb ("Moody's said"); inside it, to a phrase it opens.
      return stripped.map((token) => (token === phrase.at(-1) ? token.raw : token.raw.replace(/[’']s?$/, ''))).join(' ')
    }
    return undefined
  }

  /** Words that are only a person's name: two or three name parts, or a Slavic surname ("Anna Petrova", "Petrov"), no body's. */
  private isPersonName(words: Token[]): boolean {
    if (words.length === 0 || words.length > 3 || !words.every((token) => token.kind === 'word' && this.isNamePart(token) && !this.words.titles.has(bare(token.norm)))) return false
    if (words.some((token) => this.isKnownBody(bare(token.norm)))) return false
    return words.length >= 2 || slavicSurname.test(words[0]!.raw)
  }

  /** A Slavic surname last or a given name first ("Vyacheslav Gladkov", "Iskakhov"): a person's name, not a place's or a body's. */
  private isPersonShaped(words: Token[]): boolean {
    return slavicSurname.test(words.at(-1)!.raw) || this.words.givenNames.has(words[0]!.norm)
  }

  /**
   * "Residents of the city, New York, said", "an employee of the company, Gazprom Neft, said": an apposition right after "of|at|
   * in… the <noun>" names that noun, a place or a body, not who speaks.
   */
  private renamesPlace(tokens: Token[], comma: number): boolean {
    const noun = this.previousWord(tokens, comma)
    const determiner = noun && this.previousWord(tokens, tokens.indexOf(noun))
    const link = determiner && this.previousWord(tokens, tokens.indexOf(determiner))
    return noun !== undefined && !isCapitalised(noun) && determiner?.norm === 'the' && link !== undefined && memberLinks.has(link.norm)
  }

  /** A body known by name or by its noun ("Kremlin", "ministry"), which no surname's ending makes a person. */
  isKnownBody(word: string): boolean {
    return this.words.namedBodies.has(word) || this.words.bodies.has(word) || institutions.has(word) || this.words.outlets.has(word)
  }

  /** "Residents of Belgorod", "villagers from the Kursk region": the name at `at` is where the people live, not a source (place-dwellers). */
  private isDwellersPlace(phrase: Token[], at: number): boolean {
    const link = phrase[at - 1]?.norm === 'the' ? at - 2 : at - 1
    return /^(?:of|from)$/.test(phrase[link]?.norm ?? '') && this.words.placeDwellers.has(bare(phrase[link - 1]?.norm ?? ''))
  }

  private isNamePart(token: Token | undefined): boolean {
    return token !== undefined && isCapitalised(token) && !this.words.notNames.has(bare(token.norm))
  }

  /**
   * "Department of Agriculture", "Arts and Humanities Citation Index": an `of`, or an `and` after an ordinary word
   * (so "Malaysia and Indonesia" stay two), between two words of one capitalised name. Not after a title:
   * "Minister of Foreign Affairs Sergey Lavrov" names the minister. A person "of" an organisation reads as one
   * name ("John Smith of Human Rights Watch"): cutting at every `of` after two words cut institutions short
   * ("National Academy of Sciences" named Sciences), which is worse.
   */
  private linksName(before: Token | undefined, link: Token, after: Token | undefined): boolean {
    if ((link.norm !== 'of' && link.norm !== 'and') || !this.isNamePart(before) || !this.isNamePart(after)) return false
    const word = bare(before!.norm)
    return !this.words.titles.has(word) && (link.norm === 'of' || isOrdinaryWord(word))
  }

  /** A subject whose pointing says something (`speaker`): a body, a side, someone by post or kind, not evidence (`pointing-evidence`). */
  private canPoint(phrase: Token[], head: string): boolean {
    return this.isSide(phrase) || institutions.has(head) || (this.words.sourceNouns.has(head) && !this.words.pointingEvidence.has(head)) || this.words.titles.has(head)
  }

  /**
   * "The coach said": with a verb of saying, any specific subject is a speaker.
   * Verbs of inference ("This distinction emphasizes", "the talks showed") need
   * a subject that is a source, which `sourceOf` has already ruled out. A verb of pointing before an effect foreseen in a
   * "which" clause (`pointsAhead`: "The central bank flagged weak exports, which could weigh on growth") is a statement too,
   * when a body, a side or someone by post or kind points ("The bank's fraud system flagged the transfer, which could delay
   * the payment", "The referee flagged a foul, which could…" are acts).
   */
  private speaker(phrase: Token[], verb: string, pointsAhead = false): {kind: 'described'; source: string} | undefined {
    const saying = sayingVerbs.test(verb)
    if (!saying && !pointsAhead) return undefined
    const words = phrase.map((token) => bare(token.norm))
    if (!saying && !this.canPoint(phrase, words.at(-1) ?? '')) return undefined
    if (words.some((word) => vagueGroups.has(word)) || opensWithNoOne(phrase)) return undefined
    // "A bank said", "One family said": a body or a side the reader cannot identify is no source (labelling guide: an
    // unidentified source; review r14, item 4), as with "according to a bank".
    if (this.isSide(phrase) && indefiniteOpeners.has(words[0] ?? '')) return undefined
    return {kind: 'described', source: phrase.map((token) => token.raw).join(' ')}
  }

  /** A phrase whose head is a body ("the authorities", `bodies`) or a side ("the opposition", `collective-speakers`). */
  private isSide(phrase: Token[]): boolean {
    const head = bare(phrase.at(-1)?.norm ?? '')
    return this.words.bodies.has(head) || this.words.collectiveSpeakers.has(head)
  }

  /** A body or a side the reader can identify: not "a bank", "one family", "other rebels" (review r14, item 4). */
  private isIdentifiedSide(phrase: Token[]): boolean {
    return this.isSide(phrase) && !indefiniteOpeners.has(bare(phrase[0]?.norm ?? ''))
  }

  /**
   * What a plural owner owns after "according to", whose phrase its apostrophe cut ("the authorities' plan": the tokens stop
   * at the mark): the owner is no head, what it owns is ("plan"; "the Taiwan authorities' financial affairs department" is a
   * body still). The phrase itself otherwise. Review r14, item 3.
   */
  private ownedPhrase(tokens: Token[], phrase: Token[]): Token[] {
    const last = phrase.at(-1)
    if (last === undefined || !last.norm.endsWith('s')) return phrase
    const mark = tokens.indexOf(last) + 1
    if (!/^['’]$/.test(tokens[mark]?.raw ?? '')) return phrase
    const owned = this.phraseAfter(tokens, mark + 1)
    return owned.length > 0 ? owned : phrase
  }

  /**
   * Whether the capitalised name ending at `end` (small words inside it: "Bank of Russia", "the") opens its clause: nothing
   * but "The" before it, or punctuation or a conjunction. Not "An official of the African National Congress", "Sources in
   * the Ministry of Defence".
   */
  private nameHeadsSubject(tokens: Token[], end: number): boolean {
    let at = end
    let first = -1
    for (; at >= 0; at--) {
      const token = tokens[at]!
      if (token.kind === 'space') continue
      if (token.kind !== 'word' || !(isCapitalised(token) || /^(?:of|and|for|the)$/.test(token.norm))) break
      if (isCapitalised(token)) first = at
    }
    // "A spokesman for the Federal Security Service (FSB) said": the body speaks through its spokesman; not "an official of".
    if (first === -1 || tokens.slice(at + 1, first).some((token) => token.kind === 'word' && token.norm !== 'the' && token.norm !== 'for')) return false
    const before = tokens[at]
    if (tokens.slice(at + 1, first).some((token) => token.norm === 'for')) return before !== undefined && /^spokes(?:man|woman|person)$/.test(before.norm)
    return before === undefined || before.kind === 'punctuation' || /^(?:and|but|while|as|when)$/.test(before.norm)
  }

  /**
   * "according to a report by the World Bank": a document identified by whoever wrote it is theirs (labelling guide,
   * rule 3), when a name follows "by", or a body's or an outlet's after "from" or "of" ("a report from Moscow" says where,
   * "a report by a Western newspaper" identifies no one: review r15, item 3).
   */
  private documentAuthor(tokens: Token[], phrase: Token[], previous: () => string | undefined, opener: Token | undefined) {
    if (phrase.length === 0) return undefined
    // The phrase stops at a noun that is also a verb of saying ("a report"): read on to the document's noun.
    let at = tokens.indexOf(phrase[0]!)
    for (let words = 0; words < 4 && tokens[at]?.kind === 'word' && !documentNouns.has(bare(tokens[at]!.norm)); words++) at = this.nextIndex(tokens, at)
    if (tokens[at]?.kind !== 'word' || !documentNouns.has(bare(tokens[at]!.norm))) return undefined
    const link = this.nextIndex(tokens, at)
    const linkWord = tokens[link]?.norm ?? ''
    if (!/^(?:by|from|of)$/.test(linkWord)) return undefined
    const by = this.phraseAfter(tokens, this.nextIndex(tokens, link))
    if (indefiniteOpeners.has(bare(by[0]?.norm ?? ''))) return undefined
    // After "from" or "of" only a body or an outlet wrote it ("data from Rosstat", "a report of the UN Human Rights Council");
    // "a report from Beijing" says where it came from.
    if (linkWord !== 'by' && !by.some((token) => this.isKnownBody(bare(token.norm)) || this.words.outletNouns.has(bare(token.norm)))) return undefined
    const author = this.sourceOf(by, previous, opener)
    return author?.kind === 'named' ? author : undefined
  }

  /** What kind of source a noun phrase names, if any. */
  private sourceOf(phrase: Token[], previous: () => string | undefined, opener: Token | undefined): {kind: NonNullable<SentenceAttribution['kind']>; source: string} | undefined {
    if (phrase.length === 0) return undefined
    const words = phrase.map((token) => bare(token.norm))
    const text = phrase.map((token) => token.raw).join(' ')
    // "Everyone writes", "Experts say": a crowd, however capitalised, is no source.
    if ((vagueGroups.has(words[0]!) && !phrase.slice(1).some(isCapitalised)) || opensWithNoOne(phrase)) return undefined
    if (words.some((word) => anonymousWords.has(word)) && !phrase.some((token, index) => index > 0 && isCapitalised(token))) {
      return {kind: 'anonymous', source: text.toLowerCase()}
    }
    const name = this.nameIn(phrase, opener)
    // "Vadim Sokolov's visa application indicated": the name must head the subject; in "the talks in Istanbul
    // conclude", "officials in Moscow said", a place after a preposition only says where.
    const last = phrase.at(-1)!
    const placed = name !== undefined && isCapitalised(last) && locatives.has(phrase[phrase.findLastIndex((token) => !isCapitalised(token))]?.norm ?? '')
    const nameHeads = !placed && (isCapitalised(last) || subjectTails.has(last.norm) || this.words.sourceNouns.has(bare(last.norm)) || this.words.sourceNouns.has(bare(last.norm).replace(/s$/, '')))
    if (name && nameHeads) return {kind: 'named', source: name}
    const head = words.at(-1)!
    const pointsBack = (phrase.length === 1 && this.words.backReferences.has(head)) || words.some((word) => this.words.sourceNouns.has(word) && !documentNouns.has(word))
    // A phrase with a name of its own ("the Saudi Interior Ministry over 345 pilgrims") points nowhere else.
    if (pointsBack && name === undefined && /^(?:the|this|that|his|her|its|their|he|she|they|it)$/.test(words[0]!)) {
      const source = previous()
      if (source) return {kind: 'back-reference', source}
    }
    // "…, he noted" whose antecedent is further back: someone else's words, though unnamed here.
    if (phrase.length === 1 && /^(?:he|she|they)$/.test(head)) return {kind: 'described', source: phrase[0]!.raw}
    if (words.some((word) => this.words.sourceNouns.has(word)) || (words[0] === 'the' && studyAuthors.has(head))) return {kind: 'described', source: text}
    return undefined
  }
}
