import {bare, isFunctionWord, isOrdinaryWord, isTimeNoun, isUnnamedPeople, type SentenceAttribution} from './attribution.js'
import {normalizeWord, startsUpperCase, type Token} from './match.js'
import {readable} from './report.js'
import {BoundedMap} from '../memo.js'
import type {Vocabulary} from './rules.js'
import {verbOfSayingJustBefore} from './token-scan.js'

/**
 * Who a claim resting on an unnamed source belongs to, read once the `attribution/anonymous` cues have decided who is
 * unnamed (their guards already tell "An employee of the plant Ivanov told" from "An employee of the plant Azot told").
 * Hand-written: the attribution reader runs before the cues (hedges need its verdict), so it takes "An employee of the
 * bank VTB said" for VTB's words and "Sources close to Putin said" for Putin's. Here a name inside the unnamed source's
 * phrase is where that source works or whom it is close to, not a source; an outlet the unnamed source told ("…told
 * RBC", "a source of RIA Novosti", "…, TASS reported") is named, as the one that carried the claim, with a chain that
 * ends in the unnamed source ("RBC ← an employee of the plant Azot").
 */

/** An unnamed source's phrase in a sentence: its first and last token, and its words as the summary shows them. */
interface UnnamedPhrase {
  from: number
  to: number
  text: string
  /** The place names a preposition before it governs ("In Saint Petersburg officials": "Saint Petersburg"): no source either. */
  place: string
}

/** Words that may open an unnamed source's phrase before the cue's own first word ("A source in…": the cue starts at "source"). */
const phraseOpeners = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'another', 'some', 'other', 'many', 'the'])
/** First words written lower-case in a chain: a determiner or an unnamed noun capitalised only because it opens the sentence. */
const commonOpeners = /^(?:a|an|one|two|three|four|five|several|another|some|other|many|the|sources?|officials?|people|persons?|insiders?|anonymous|unnamed|unidentified|informed|employees?|workers?|members?|diplomats?|aides?)$/
/** Verbs by which an unnamed source tells an outlet: "told RBC", "said to RIA Novosti" (Russian MT's "сообщил РИА Новости"). */
const tellVerbs = /^(?:told|tells|tell|telling)$/
const toVerbs = /^(?:said|says|confirmed|confirms|explained|explains|reported|reports|stated|states)$/
/** Verbs by which an outlet learns from an unnamed source ("Vedomosti learned from sources that…"). */
const learnVerbs = /^(?:learned|learnt|heard)$/
/** A verb right after an outlet's names that makes the last of them the claim's subject ("told TASS Putin would not attend", "told RBC VTB had cut jobs"). */
const claimVerb = /^(?:would|will|had|has|have|was|were|is|are|could|can|may|might|should|must|did|does|plans|wants|intends|\p{Ll}+ed)$/u
/** First words of a cue that is a clause or a phrase about an unnamed source ("who asked not to be named", "on condition of anonymity"). */
const clauseOpeners = new Set(['who', 'which', 'that', 'whose', 'on', 'under', 'off', 'without', 'not', "n't", 'in', 'with', 'speaking', 'spoke', 'talking', 'asked', 'asking', 'declined', 'declining', 'refused', 'refusing', 'requested', 'requesting', 'insisted', 'insisting'])

/** A verb that tells or says, in a past or present form: no modifier of a source ("In Moscow officials told sources"); "state" is one ("state media"). */
function saidVerb(word: string): boolean {
  return claimVerb.test(word) || tellVerbs.test(word) || toVerbs.test(word) || word === 'say'
}

/** Whether a word is a news outlet's name ("Reuters'", each part of "Interfax-Ukraine") or a web domain ("Lenta.ru"). */
export function isOutletName(raw: string, words: Pick<Vocabulary, 'outlets'>): boolean {
  if (!startsUpperCase(raw)) return false
  const word = bare(normalizeWord(raw))
  // Asked of every capitalised word of every sentence: no expression without a full stop, no array without a hyphen.
  if (word.includes('.') && /\.(?:ru|ua|by|kz|com|net|org|info|media|news)$/.test(word)) return true
  return word.includes('-') ? word.split('-').some((part) => words.outlets.has(part)) : words.outlets.has(word)
}

function isName(token: Token | undefined): token is Token {
  return token?.kind === 'word' && /^\p{Lu}/u.test(token.raw)
}

export class UnnamedSources {
  constructor(private readonly words: Vocabulary) {}

  /**
   * Revises a sentence's attribution in place from its anonymous-source findings (offsets): drops the names that only
   * say where an unnamed source works, names the outlets that carried the claim with a cite each, and gives the claim to
   * the unnamed source when it is the one who speaks. A sentence with no such finding is left as it is.
   */
  revise(tokens: Token[], attribution: SentenceAttribution, spans: ReadonlyArray<{start: number; end: number}>): void {
    if (spans.length === 0) {
      this.crowdTold(tokens, attribution)
      return
    }
    const found = spans.flatMap((span) => {
      const phrase = this.phrase(tokens, span)
      return phrase ? [{span, phrase}] : []
    })
    // A phrase inside another finding that starts earlier is that source's clause ("An official who spoke on condition of
    // anonymity told AP": "anonymity" is no source of its own).
    const kept = found.filter(({phrase}) => !found.some((other) => other.phrase.from < phrase.from && other.span.start <= tokens[phrase.from]!.start && tokens[phrase.from]!.start < other.span.end))
    const phrases = kept.map(({phrase}) => phrase)
    // A name with a word inside the phrase: "Brussels EU" read from "In Brussels EU diplomats" (the phrase is "EU diplomats").
    const inside = (name: string) => phrases.some((phrase) => [phrase.text, phrase.place].some((text) => containsName(text, name) || name.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && containsName(text, word))))
    const carriers: Array<{outlet: string; unnamed: string}> = []
    for (const phrase of phrases) {
      // "Izvestia was told by a source…", "In an interview with RBC, an employee…", "Speaking to Interfax, a source…",
      // "Vedomosti learned from sources that…".
      const told = this.tolderBefore(tokens, phrase.from) ?? this.learnerBefore(tokens, phrase.from)
      if (told) {
        carriers.push({outlet: told, unnamed: phrase.text})
        continue
      }
      const own = this.outletOf(tokens, phrase)
      // "a source in the Kremlin had told Interfax": the verb after an auxiliary.
      let verb = nextWord(tokens, phrase.to)
      if (verb !== -1 && /^(?:has|have|had)$/.test(tokens[verb]!.norm)) verb = nextWord(tokens, verb)
      if (own) carriers.push(own)
      else for (const outlet of this.recipientsAt(tokens, verb)) carriers.push({outlet, unnamed: phrase.text})
    }
    // "An official, who spoke on condition of anonymity, told Reuters": the cue is the clause, the teller the reader's subject;
    // "An official who spoke on condition of anonymity told AP": one cue holds the teller and the verb, and the teller is its phrase.
    const speaker = attribution.verb === undefined ? undefined : tokens[attribution.verb]
    const holdsVerb = speaker && kept.find(({span}) => span.start <= speaker.start && speaker.end <= span.end)
    // "An official at the US Department of State, who asked not to be named, told CNN": the reader's name is inside the phrase the clause describes.
    const holder = phrases.find((phrase) => [phrase.text, phrase.place].some((text) => attribution.source !== undefined && containsName(text, attribution.source)))
    const teller = holdsVerb ? holdsVerb.phrase.text : (holder?.text ?? (attribution.kind === 'described' || attribution.kind === 'anonymous' ? attribution.source : undefined))
    if (carriers.length === 0 && teller && attribution.verb !== undefined) for (const outlet of this.recipientsAt(tokens, attribution.verb)) carriers.push({outlet, unnamed: lowerOpener(teller)})
    // "…, TASS reported", "According to Interfax, a source said": an outlet the sentence names outside the phrase.
    // Not an outlet inside the unnamed source's claim ("An official said TASS reported the wrong figures": TASS is its topic).
    const first = phrases[0]
    if (carriers.length === 0 && first) {
      const cited = new Set(attribution.cites.map((cite) => cite.from))
      const tagged = attribution.named.find((name) => !inside(name) && !cited.has(name) && name.split(/\s+/).some((word) => isOutletName(word, this.words)) && standsApart(tokens, name, first, (token) => this.isVerb(token), this.words.determiners))
      if (tagged) carriers.push({outlet: tagged, unnamed: first.text})
    }
    const speaks = speaker !== undefined && !this.words.citingVerbs.has(speaker.norm) && spans.some((span) => span.start <= speaker.start && speaker.end <= span.end)
    if (phrases.length > 0 && (speaks || (attribution.source !== undefined && attribution.kind !== 'anonymous' && inside(attribution.source)))) {
      attribution.kind = 'anonymous'
      const verb = attribution.verb ?? 0
      const distance = (phrase: UnnamedPhrase) => Math.min(Math.abs(phrase.from - verb), Math.abs(phrase.to - verb))
      attribution.source = phrases.reduce((nearest, phrase) => (distance(phrase) < distance(nearest) ? phrase : nearest)).text
    }
    // "citing no sources", "without citing sources": the speaker cites nobody, so no chain ends in them.
    attribution.cites = attribution.cites.filter((cite) => !spans.some((span) => negatesSource(tokens, span) && containsName(spanText(tokens, span), cite.to)))
    // "citing anonymous sources" → the cue's phrase, fuller than the reader's "a source" ("a source in the ministry").
    for (const cite of attribution.cites) {
      const fuller = phrases.find((phrase) => phrase.text.toLowerCase().startsWith(cite.to.toLowerCase()) && !attribution.named.includes(cite.to))
      if (fuller) cite.to = fuller.text
    }
    // "TASS reported, citing people familiar with the matter": a phrase the reader found no source in. "RIA Novosti, citing The
    // Record, which cited anonymous sources": the citer is the name "which" stands for.
    for (const phrase of phrases) {
      const verb = previousWord(tokens, phrase.from)
      if (verb === -1 || !this.words.citingVerbs.has(tokens[verb]!.norm)) continue
      // "Putin said…, the paper reported citing a source": the reader took the subject of the verb of saying for the one who
      // cites, not the sentence's speaker.
      const readerCiter = verbOfSayingJustBefore(tokens, verb, this.words.reportingVerbs) === undefined ? undefined : attribution.cites.find((cite) => cite.to === phrase.text)?.from
      const citer = this.relativeAntecedent(tokens, verb) ?? this.nearestOutletBefore(tokens, verb, inside) ?? readerCiter ?? (attribution.kind === 'named' ? attribution.source : undefined)
      if (citer && !attribution.cites.some((cite) => cite.to === phrase.text && cite.from === citer)) {
        // The reader's cite of the same phrase from another name is replaced ("Interfax reported the same, citing its own source" is Interfax's, not "the investigation"'s).
        attribution.cites = attribution.cites.filter((cite) => cite.to !== phrase.text)
        attribution.cites.push({from: citer, to: phrase.text})
      }
    }
    const outlets = new Set(carriers.map((carrier) => carrier.outlet))
    attribution.named = attribution.named.filter((name) => outlets.has(name) || !inside(name))
    for (const {outlet, unnamed} of carriers) {
      if (!attribution.named.includes(outlet)) attribution.named.push(outlet)
      if (!attribution.cites.some((cite) => cite.from === outlet)) attribution.cites.push({from: outlet, to: unnamed})
    }
    // "Putin said the talks had failed, RIA Novosti reported, citing a source": the outlet cites the source, not the speaker
    // the reader took for the citer.
    attribution.cites = attribution.cites.filter((cite) => outlets.has(cite.from) || !carriers.some((carrier) => carrier.unnamed === cite.to) || cite.from.split(/\s+/).some((word) => isOutletName(word, this.words)))
  }

  /**
   * The unnamed source's phrase around a finding: from a determiner before it ("A source in…") or after its leading verb
   * ("citing anonymous sources", "said a source"), through what qualifies the noun ("…in the Ministry of Defence",
   * "…familiar with the matter"), to a mark, a verb of saying or a clause of its own.
   */
  private phrase(tokens: Token[], span: {start: number; end: number}): UnnamedPhrase | undefined {
    let from = tokens.findIndex((token) => token.kind === 'word' && token.start >= span.start)
    if (from === -1 || tokens[from]!.start >= span.end) return undefined
    while (from < tokens.length && (tokens[from]!.kind !== 'word' || this.isLink(tokens[from]!))) from++
    if (from >= tokens.length || tokens[from]!.start >= span.end) return undefined
    // "who spoke on condition of anonymity", "on condition of anonymity": a clause or a phrase about the source, not the source;
    // set off by a comma, it describes the unnamed people before it ("An official at the ministry, who asked not to be named,").
    if (clauseOpeners.has(tokens[from]!.norm)) return this.describedBefore(tokens, from)
    // "Vedomosti learned from sources that…": the outlet learned; the sources are what follows "from".
    if (learnVerbs.test(tokens[from]!.norm) && tokens[nextWord(tokens, from)]?.norm === 'from') from = nextWord(tokens, nextWord(tokens, from))
    if (from === -1) return undefined
    // "citing no sources" names no one who spoke.
    if (negatesSource(tokens, span)) return undefined
    const cueFrom = from
    const [start, place] = phraseStart(tokens, from, this.words)
    from = start
    let to = from
    for (let at = from + 1; at < tokens.length; at++) {
      const token = tokens[at]!
      // "Reuters' sources": the owner's mark before the cue.
      if (token.kind === 'space' || (at < cueFrom && /^['’]$/.test(token.raw))) continue
      if (token.kind !== 'word' || token.inQuote || this.words.phraseEnds.has(token.norm)) break
      // "Sources this week told CNN": a time phrase is when, not who.
      if (/^(?:this|last|next)$/.test(token.norm) && isTimeNoun(tokens[nextWord(tokens, at)]?.norm ?? '')) break
      // A verb of saying ends it; after a determiner it is a noun ("familiar with the report").
      if (this.isVerb(token) && !this.words.determiners.has(tokens[previousWord(tokens, at)]?.norm ?? '')) break
      // So does a verb of stance ("officials fear a new wave…"; review 13, item 3); not a noun after a function word ("with doubts").
      if (this.words.stanceVerbs.has(token.norm) && !isFunctionWord(tokens[previousWord(tokens, at)]?.norm ?? '')) break
      to = at
    }
    const text = readable(tokens.slice(from, to + 1).map((token) => token.raw).join(''))
    // "Senior officials" opening the sentence are "senior officials" in a chain; "Kremlin sources" keep their name.
    const opens = previousWord(tokens, from) === -1 && isOrdinaryWord(tokens[from]!.norm)
    // "Defence Ministry officials" keep the name's capital.
    const lower = opens && !isName(tokens[nextWord(tokens, from)])
    const placeText = place < from ? readable(tokens.slice(place, from).map((token) => token.raw).join('')).trim() : ''
    return {from, to, text: lower ? text.charAt(0).toLowerCase() + text.slice(1) : lowerOpener(text), place: placeText}
  }

  /**
   * The unnamed people a clause cue at `clause` describes, set off by a comma before it: "An official at the US Department of
   * State, who asked not to be named, told CNN", "Two officials, speaking on condition of anonymity, said", the verb right after the
   * clause's closing comma. From the clause's
   * start, or its first determiner after a preposition that opens it ("In Moscow an official, who…"), to the comma; undefined
   * when they are no unnamed people ("Lavrov, who spoke on condition of anonymity," is named).
   */
  private describedBefore(tokens: Token[], clause: number): UnnamedPhrase | undefined {
    // "speaking on condition of anonymity", "who was not authorised to speak": the cue starts inside the clause, which a comma opens.
    while (previousWord(tokens, clause) !== -1) clause = previousWord(tokens, clause)
    if (!clauseOpeners.has(tokens[clause]!.norm)) return undefined
    let comma = clause - 1
    while (comma >= 0 && tokens[comma]!.kind === 'space') comma--
    if (tokens[comma]?.raw !== ',') return undefined
    // The clause sits between its subject and the subject's verb ("…, told CNN"): "Police arrested an official, who asked not to
    // be named, TASS reported" describes no one who speaks.
    const close = tokens.findIndex((token, at) => at > clause && token.raw === ',')
    let verb = close === -1 ? -1 : nextWord(tokens, close)
    if (verb !== -1 && /^(?:has|have|had|also|later)$/.test(tokens[verb]!.norm)) verb = nextWord(tokens, verb)
    if (verb === -1 || !this.isVerb(tokens[verb]!)) return undefined
    const to = previousWord(tokens, comma)
    if (to === -1) return undefined
    let first = to
    while (previousWord(tokens, first) !== -1) first = previousWord(tokens, first)
    const opener = tokens[first]!.norm
    const from = phraseOpeners.has(opener) || !isFunctionWord(opener) ? first : tokens.findIndex((token, at) => at > first && at < to && token.kind === 'word' && phraseOpeners.has(token.norm))
    if (from === -1) return undefined
    const text = readable(tokens.slice(from, to + 1).map((token) => token.raw).join(''))
    if (!isUnnamedPeople(text)) return undefined
    // "Senior officials" opening the sentence are "senior officials" in a chain.
    const lower = previousWord(tokens, from) === -1 && isOrdinaryWord(tokens[from]!.norm) && !isName(tokens[nextWord(tokens, from)])
    // "In Moscow": where they are, no source either.
    const place = from > first ? readable(tokens.slice(first, from).map((token) => token.raw).join('')).trim() : ''
    return {from, to, text: lower ? text.charAt(0).toLowerCase() + text.slice(1) : lowerOpener(text), place}
  }

  /**
   * "Residents of Belgorod told the BBC…": a crowd of a place (place-dwellers), whom the reader gives the claim with no
   * `attribution/anonymous` finding (the labelling guide's crowds are none), told an outlet, which carried their words.
   */
  private crowdTold(tokens: Token[], attribution: SentenceAttribution): void {
    const source = attribution.source
    if (attribution.kind !== 'described' || source === undefined || attribution.verb === undefined || attribution.named.length > 0) return
    if (!source.split(/\s+/).some((word) => this.words.placeDwellers.has(bare(normalizeWord(word))))) return
    const opener = tokens.find((token) => token.kind === 'word')
    const crowd = opener !== undefined && source.startsWith(opener.raw) && isOrdinaryWord(opener.norm) ? source.charAt(0).toLowerCase() + source.slice(1) : lowerOpener(source)
    for (const outlet of this.recipientsAt(tokens, attribution.verb)) {
      attribution.named.push(outlet)
      attribution.cites.push({from: outlet, to: crowd})
    }
  }

  /** A verb of saying or citing, or a word that joins one to its source ("according to", "cited by"). */
  private isLink(token: Token): boolean {
    return /^(?:according|to|by|as)$/.test(token.norm) || this.isVerb(token)
  }

  private isVerb(token: Token): boolean {
    return this.words.citingVerbs.has(token.norm) || this.words.reportingVerbs.has(token.norm)
  }

  /**
   * "a source of RIA Novosti", "RBC's source", "Kommersant sources": the outlet whose source it is, and the source without it ("a source"). A
   * body's ("a source of the Defence Ministry") is where the source works.
   */
  private outletOf(tokens: Token[], phrase: UnnamedPhrase): {outlet: string; unnamed: string} | undefined {
    const words = tokens.slice(phrase.from, phrase.to + 1).filter((token) => token.kind === 'word')
    const isOutlet = (name: Token[]) => name.some((token) => isOutletName(token.raw, this.words))
    for (const [index, word] of words.entries()) {
      if (isName(word) && /^(?:sources?|interlocutors?)$/.test(words[index + 1]?.norm ?? '')) {
        const name = nameRun(words, index, -1)
        // "A TASS source in the Kremlin" → "a source in the Kremlin": the determiner stays with the source.
        if (isOutlet(name)) return {outlet: joinName(name), unnamed: withArticle(lowerOpener(joinWords([...words.slice(0, index + 1 - name.length), ...words.slice(index + 1)])))}
      }
      if (/^(?:sources?|interlocutors?)$/.test(word.norm) && words[index + 1]?.norm === 'of') {
        const start = words[index + 2]?.norm === 'the' ? index + 3 : index + 2
        const name = nameRun(words, start, 1)
        if (isOutlet(name)) return {outlet: joinName(name), unnamed: lowerOpener(joinWords(words.slice(0, index + 1)))}
      }
    }
    return undefined
  }

  /**
   * "told RBC", "said to RIA Novosti" with the verb at token `at`: the outlets the unnamed source spoke to ("told Interfax
   * and RIA Novosti", "told both Reuters and Bloomberg").
   */
  private recipientsAt(tokens: Token[], at: number): string[] {
    if (at === -1) return []
    const verb = tokens[at]!.norm
    if (!tellVerbs.test(verb) && !(toVerbs.test(verb) && tokens[nextWord(tokens, at)]?.norm === 'to')) return []
    at = nextWord(tokens, at)
    if (tokens[at]?.norm === 'to') at = nextWord(tokens, at)
    if (tokens[at]?.norm === 'both') at = nextWord(tokens, at)
    const outlets: string[] = []
    for (let outlet = this.outletAt(tokens, at); outlet; outlet = tokens[outlet.next]?.norm === 'and' ? this.outletAt(tokens, nextWord(tokens, outlet.next)) : undefined) {
      outlets.push(outlet.name)
      if (!outlet.whole) break
    }
    return outlets
  }

  /**
   * The outlet an unnamed source's phrase at `from` told, named before it: "Izvestia was told by a source", "In an interview
   * with RBC, an employee of the bank VTB said", "Speaking to Interfax, a source said".
   */
  private tolderBefore(tokens: Token[], from: number): string | undefined {
    const back = (at: number, count: number) => {
      for (let step = 0; step < count && at !== -1; step++) at = previousWord(tokens, at)
      return at
    }
    const word = (at: number) => (at === -1 ? '' : tokens[at]!.norm)
    // "X was|were told by": the passive's subject, its names ending right before the verb.
    if (word(back(from, 1)) === 'by' && word(back(from, 2)) === 'told' && /^(?:was|were|been)$/.test(word(back(from, 3)))) {
      let start = back(from, 3)
      if (word(start) === 'been') start = back(start, 1)
      if (/^(?:has|have|had)$/.test(word(start))) start = back(start, 1)
      let first = previousWord(tokens, start)
      while (isName(tokens[previousWord(tokens, first)])) first = previousWord(tokens, first)
      return first === -1 ? undefined : this.outletAt(tokens, first)?.name
    }
    // "In an interview with RBC," / "Speaking to Interfax,": a comma closes the frame right before the phrase.
    let comma = from - 1
    while (comma >= 0 && tokens[comma]!.kind === 'space') comma--
    if (tokens[comma]?.raw !== ',') return undefined
    const words = tokens.flatMap((token, index) => (index < comma && token.kind === 'word' ? [index] : []))
    const norm = (index: number | undefined) => (index === undefined ? '' : tokens[index]!.norm)
    const opener = words.findIndex((index, n) => (norm(index) === 'with' && norm(words[n - 1]) === 'interview') || (norm(index) === 'to' && /^(?:speaking|talking)$/.test(norm(words[n - 1]))))
    const outlet = opener === -1 || words[opener + 1] === undefined ? undefined : this.outletAt(tokens, words[opener + 1]!)
    // The outlet's name runs to the comma.
    return outlet?.whole && outlet.next === -1 ? outlet.name : undefined
  }

  /** "Vedomosti learned from sources", "Kommersant has learned from a source": the outlet that learned from the phrase at `from`. */
  private learnerBefore(tokens: Token[], from: number): string | undefined {
    const preposition = previousWord(tokens, from)
    const verb = previousWord(tokens, preposition)
    if (preposition === -1 || tokens[preposition]!.norm !== 'from' || verb === -1 || !learnVerbs.test(tokens[verb]!.norm)) return undefined
    let last = previousWord(tokens, verb)
    if (last !== -1 && /^(?:has|have|had)$/.test(tokens[last]!.norm)) last = previousWord(tokens, last)
    if (!isName(tokens[last])) return undefined
    let first = last
    while (isName(tokens[previousWord(tokens, first)])) first = previousWord(tokens, first)
    const outlet = this.outletAt(tokens, first)
    // The outlet's name runs to the verb.
    return outlet?.whole ? outlet.name : undefined
  }

  /** "The Record, which cited": the name a relative pronoun right before the citing verb at `verb` stands for. */
  private relativeAntecedent(tokens: Token[], verb: number): string | undefined {
    const pronoun = previousWord(tokens, verb)
    if (pronoun === -1 || !/^(?:which|who|that)$/.test(tokens[pronoun]!.norm)) return undefined
    let comma = pronoun - 1
    while (comma >= 0 && tokens[comma]!.kind === 'space') comma--
    const last = tokens[comma]?.raw === ',' ? comma - 1 : comma
    const names: Token[] = []
    for (let at = last; isName(tokens[at]) || tokens[at]?.kind === 'space'; at--) if (tokens[at]!.kind === 'word') names.unshift(tokens[at]!)
    // Without its article, as the reader names it ("Record"; the style sheet writes "The Record").
    const name = names.filter((token, index) => index > 0 || token.norm !== 'the')
    return name.length > 0 ? joinName(name) : undefined
  }

  /** The outlet named nearest before the citing verb at `verb`, outside the unnamed sources' phrases ("…, and Interfax reported the same, citing its own source"). */
  private nearestOutletBefore(tokens: Token[], verb: number, inside: (name: string) => boolean): string | undefined {
    for (let at = verb - 1; at >= 0; at--) {
      if (!(tokens[at]!.kind === 'word' && isOutletName(tokens[at]!.raw, this.words))) continue
      let first = at
      while (isName(tokens[previousWord(tokens, first)])) first = previousWord(tokens, first)
      const outlet = this.outletAt(tokens, first)
      if (outlet && !inside(outlet.name)) return outlet.name
    }
    return undefined
  }

  /** The outlet named from token `at` ("the newspaper Vedomosti", "the Associated Press"), whether its run of names ends there, and the word after it. */
  private outletAt(tokens: Token[], at: number): {name: string; whole: boolean; next: number} | undefined {
    if (tokens[at]?.norm === 'the') at = nextWord(tokens, at)
    // "told the newspaper Vedomosti": the outlet's kind before its name.
    if (tokens[at] !== undefined && !isName(tokens[at]) && this.words.outletNouns.has(tokens[at]!.norm) && isName(tokens[nextWord(tokens, at)])) at = nextWord(tokens, at)
    const words: Token[] = []
    // "told TASS Monday that": a time word is when, not part of the name.
    for (; isName(tokens[at]) && !isTimeNoun(tokens[at]!.norm); at = nextWord(tokens, at)) words.push(tokens[at]!)
    // "told TASS Putin would not attend": with "that" dropped, a claim's subject may follow the outlet's name, as a verb after it shows.
    const verb = tokens[at]?.kind === 'word' && claimVerb.test(tokens[at]!.norm)
    // "the Associated Press": a name's last word that makes it an outlet, only as its last or before the claim's subject ("the
    // Kremlin Press Service", "the Foreign Press Association" are bodies; review 12, item 6).
    const outletWord = (token: Token, index: number) => isOutletName(token.raw, this.words) || this.words.outletNouns.has(bare(token.norm)) || (index > 0 && (index === words.length - 1 || verb) && this.words.outletNameEnds.has(bare(token.norm)))
    let end = words.findIndex(outletWord)
    if (end === -1) return undefined
    // Only outlet words and the words listed as going on with a name join it ("Radio Free Europe", "Interfax Ukraine"), not an
    // owner's ("Monday's") nor the claim's subject ("told Reuters Russian forces had…", "told AFP Israeli tanks…"; review 13, item 1).
    const joins = (token: Token, index: number) => !/['’]s?$/.test(token.raw) && (outletWord(token, index) || this.words.outletNameContinuations.has(token.norm))
    while (end + 1 < words.length && joins(words[end + 1]!, end + 1)) end++
    // "told Interfax Ukraine had closed": a listed word right before the verb is the claim's subject.
    if (verb && end === words.length - 1 && end > 0 && !outletWord(words[end]!, end) && this.words.outletNameContinuations.has(words[end]!.norm)) end--
    return {name: joinName(words.slice(0, end + 1)), whole: end === words.length - 1, next: at}
  }
}

/** A capitalised word that may be part of a name: not a determiner or a closed-class word ("A Kommersant source", "As a source"). */
function isNamePart(token: Token | undefined): token is Token {
  // An acronym is a name even when it spells a function word ("Two US officials").
  return isName(token) && !phraseOpeners.has(token.norm) && (!isFunctionWord(token.norm) || isAcronym(token))
}

function isAcronym(token: Token): boolean {
  return /^\p{Lu}{2,}$/u.test(token.raw)
}


/**
 * Where an unnamed source's phrase starts, given the cue's first word at `from`: an owner's or a body's names before it
 * ("Kommersant's sources", "Pro-Kremlin Telegram channels", "A RIA Novosti source"), then determiners ("A source", "As a
 * source": the determiner opens it). Not an adverb that opens the sentence ("Meanwhile sources"), and not the name
 * a preposition governs ("In Brussels EU diplomats": Brussels is where they are). Also where that place's names start.
 */
function phraseStart(tokens: Token[], from: number, words: Pick<Vocabulary, 'sentenceAdverbs' | 'placePrepositions' | 'placePrefixes' | 'citingVerbs'>): [start: number, place: number] {
  const modified = placeBeforeModifiers(tokens, from, words)
  if (modified) return modified
  let start = from
  let back = possessorBefore(tokens, from) ?? previousWord(tokens, from)
  // A time word is when, not who ("On Friday Kremlin sources"); a citing verb opening the sentence is the citer's ("Citing
  // unnamed officials, Reuters said").
  for (; back !== -1 && isNamePart(tokens[back]) && !words.sentenceAdverbs.has(tokens[back]!.norm) && !isTimeNoun(tokens[back]!.norm) && !words.citingVerbs.has(tokens[back]!.norm); back = previousWord(tokens, back)) start = back
  // The place a preposition governs is one name, after "the" ("At the Kremlin officials") and with the names a place prefix
  // runs on to ("In New York UN diplomats", "In Saint Petersburg officials"; place-prefixes); the names after it are the
  // source's ("In Kyiv Ukrainian officials", "In Washington Pentagon officials"; review 12, item 7).
  const place = tokens[back]?.norm === 'the' ? previousWord(tokens, back) : back
  if (start < from && place !== -1 && words.placePrepositions.has(tokens[place]!.norm)) {
    let own = start
    while (own < from && words.placePrefixes.has(tokens[own]!.norm)) own = nextWord(tokens, own)
    return [own < from ? nextWord(tokens, own) : from, start]
  }
  for (; back !== -1 && phraseOpeners.has(tokens[back]!.norm); back = previousWord(tokens, back)) start = back
  return [start, start]
}

/**
 * "In Moscow Russian state media reported": up to two lower-case words before the cue ("state"), names before them and a
 * place preposition before the names. The place is its one name (run on by a place prefix), the source the rest ("Russian
 * state media"), so the reader's "Moscow Russian" names no source (review 13, item 5). Undefined otherwise.
 */
function placeBeforeModifiers(tokens: Token[], from: number, words: Pick<Vocabulary, 'sentenceAdverbs' | 'placePrepositions' | 'placePrefixes'>): [start: number, place: number] | undefined {
  let last = previousWord(tokens, from)
  let modifiers = 0
  for (; modifiers < 2 && last !== -1 && /^\p{Ll}/u.test(tokens[last]!.raw) && !isFunctionWord(tokens[last]!.norm) && !saidVerb(tokens[last]!.norm); last = previousWord(tokens, last)) modifiers++
  if (modifiers === 0 || !isNamePart(tokens[last])) return undefined
  let first = last
  while (isNamePart(tokens[previousWord(tokens, first)]) && !words.sentenceAdverbs.has(tokens[previousWord(tokens, first)]!.norm) && !isTimeNoun(tokens[previousWord(tokens, first)]!.norm)) first = previousWord(tokens, first)
  const before = previousWord(tokens, first)
  const preposition = tokens[before]?.norm === 'the' ? previousWord(tokens, before) : before
  if (preposition === -1 || !words.placePrepositions.has(tokens[preposition]!.norm)) return undefined
  let own = first
  while (own < last && words.placePrefixes.has(tokens[own]!.norm)) own = nextWord(tokens, own)
  return [nextWord(tokens, own), first]
}

/** "Reuters' sources": the plural owner before the word at `at`, its apostrophe a mark of its own. */
function possessorBefore(tokens: Token[], at: number): number | undefined {
  let mark = at - 1
  while (mark >= 0 && tokens[mark]!.kind === 'space') mark--
  const owner = tokens[mark - 1]
  return mark > 0 && /^['’]$/.test(tokens[mark]!.raw) && owner?.kind === 'word' && owner.norm.endsWith('s') && isName(owner) ? mark - 1 : undefined
}

/** The capitalised words from `index` on in direction `step`, in reading order. */
function nameRun(words: Token[], index: number, step: 1 | -1): Token[] {
  const run: Token[] = []
  for (let at = index; isNamePart(words[at]); at += step) run.push(words[at]!)
  return step === 1 ? run : run.reverse()
}

/**
 * Whether a finding says that no source is cited ("citing no sources", "without citing (any) sources", "without naming its
 * sources"): the claim rests on its speaker, who gives no source, not on an unnamed one. Not any "no" or "without" in the
 * phrase ("a diplomat who spoke without authorisation", "an official with no knowledge of the talks"; review 12, item 4).
 */
function negatesSource(tokens: Token[], span: {start: number; end: number}): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  return words.some((token, at) => {
    if (token.start < span.start || token.end > span.end) return false
    const source = (from: number) => /^sources?$/.test(words[from]?.norm ?? '') || (/^(?:any|its|their|his|her)$/.test(words[from]?.norm ?? '') && /^sources?$/.test(words[from + 1]?.norm ?? ''))
    if (token.norm === 'no') return /^(?:citing|naming|quoting)$/.test(words[at - 1]?.norm ?? '') && source(at + 1)
    return token.norm === 'without' && /^(?:citing|naming)$/.test(words[at + 1]?.norm ?? '') && source(at + 2)
  })
}

function spanText(tokens: Token[], span: {start: number; end: number}): string {
  return tokens.filter((token) => token.start >= span.start && token.end <= span.end).map((token) => token.raw).join('')
}

/**
 * Whether an outlet named in the sentence stands apart from the unnamed source's claim: before the source ("According to
 * Interfax, a source said") or in a tag after a comma ("…, the BBC said", "…, according to Bloomberg"), not inside the claim ("An official said TASS
 * reported the wrong figures").
 */
function standsApart(tokens: Token[], name: string, phrase: UnnamedPhrase, reports: (token: Token) => boolean, determiners: ReadonlySet<string>): boolean {
  const first = name.split(/\s+/)[0]!
  const at = tokens.findIndex((token, index) => token.kind === 'word' && (index < phrase.from || index > phrase.to) && joinName([token]) === first)
  if (at === -1) return true
  let back = at - 1
  // Before the source only after "according to" or as the one who reports ("According to Interfax, a source said", "Reuters
  // reported that EU officials…"): "Asked about the TASS report, a source said", "Commenting on a Reuters report, …" make the
  // outlet the topic (review 12, item 5).
  if (at < phrase.from) {
    let next = at
    while (isName(tokens[nextWord(tokens, next)])) next = nextWord(tokens, next)
    const verb = tokens[nextWord(tokens, next)]
    // "the TASS report" is a noun: a singular outlet takes "reports", "reported".
    if (verb !== undefined && verb.norm !== 'report' && reports(verb)) return true
    while (back >= 0 && (tokens[back]!.kind === 'space' || determiners.has(tokens[back]!.norm))) back--
    return tokens[back]?.norm === 'to' && tokens[previousWord(tokens, back)]?.norm === 'according'
  }
  // "…, the BBC said", "…, sources said, according to Bloomberg"; not a clause of its own after a semicolon ("…; TASS said the same").
  while (back >= 0 && (tokens[back]!.kind === 'space' || /^(?:the|to|according)$/.test(tokens[back]!.norm))) back--
  return back >= 0 && tokens[back]!.kind === 'punctuation' && /^[,—–-]$/.test(tokens[back]!.raw)
}

/** A phrase's first word in lower case when it is a determiner or an unnamed noun that opened the sentence ("Sources close to…"). */
function lowerOpener(text: string): string {
  return commonOpeners.test(normalizeWord(text.split(' ')[0]!)) ? text.charAt(0).toLowerCase() + text.slice(1) : text
}

/** "an source" left once "An Interfax source" loses its outlet → "a source". */
function withArticle(text: string): string {
  return text.replace(/^an? (?=(\p{L}))/u, (_article, letter: string) => (/[aeiou]/i.test(letter) ? 'an ' : 'a '))
}

function joinWords(words: Token[]): string {
  return words.map((token) => token.raw).join(' ')
}

function joinName(words: Token[]): string {
  return words.map((token) => token.raw.replace(/[’']s?$/, '')).join(' ')
}

/**
 * Each name's expression, compiled once: `revise` asks about every name the reader found against every unnamed phrase, and
 * building a Unicode, case-blind RegExp per question was most of it. Not global, so a shared one keeps no `lastIndex`.
 */
const namePatterns = new BoundedMap<string, RegExp>(10_000)

function containsName(text: string, name: string): boolean {
  let pattern = namePatterns.get(name)
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}\\p{N}])`, 'iu')
    namePatterns.set(name, pattern)
  }
  return pattern.test(text)
}

function previousWord(tokens: Token[], index: number): number {
  for (let at = index - 1; at >= 0; at--) if (tokens[at]!.kind !== 'space') return tokens[at]!.kind === 'word' ? at : -1
  return -1
}

function nextWord(tokens: Token[], index: number): number {
  for (let at = index + 1; at < tokens.length; at++) if (tokens[at]!.kind !== 'space') return tokens[at]!.kind === 'word' ? at : -1
  return -1
}
