import {nameParticles} from '../../names/particles.js'
import {shippedLexicon} from '../../spelling/lexicon.js'
import {AttributionReader, bare, isIndefinite, isNameWord, isOrdinaryWord, isTimeNoun, personAfterBody, type SentenceAttribution, slavicSurname} from '../attribution.js'
import {type Match, normalizeWord, startsUpperCase, type Token} from '../match.js'
import {namesStudy} from '../names-in-sentence.js'
import type {GuardName, Vocabulary} from '../rules.js'
import {clauseAfter, insertedWords, tokenBefore} from '../token-scan.js'
import {isOutletName} from '../unnamed.js'
import {bodyOutlets, clauseOpeners, crowdNouns, finiteVerbs, passingOn, placeEnding, postModifiers, recordPeriods, sourcePersonNoun, unnamedSourceWords, weekdays} from '../word-classes.js'
import type {Guard, GuardContext} from './context.js'
import {outletHeaded} from './reports.js'

/** Adjectives of a place before its name ("in neighbouring Sweden", "in central Gaza"). */
const placeAdjectives = /^(?:neighbou?ring|nearby|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|occupied|coastal|rural|remote)$/
/** Nouns of a firm's kind before its name ("the ratings agency Moody's", "the investment bank Lazard"). */
const firmKinds = /^(?:agency|firm|bank|brokerage|broker|house|group|fund|company|consultancy)$/
/** Trades whose firm may stand before them as one word ("JPMorgan economists"). */
const tradeNouns = /^(?:analysts|economists|strategists|traders|dealers|brokers|bankers|forecasters)$/

/**
 * Guards that find the claim's source named after all: in a closing tag, an apposition, a firm's or a body's name before or
 * after the people, the estimator or the agent of a passive.
 */
export const namedSourceGuards = {
  'not-after-name': ({before, vocabulary}) => {
    // "The Guardian understands": only after a capitalised name that is not a pronoun ("Everyone understands that…" is no outlet).
    return !before || !/^[\p{Lu}]/u.test(before.raw) || vocabulary.backReferences.has(before.norm) || before.norm === 'i' || isIndefinite(before.norm)
  },
  attributed: ({match, attribution}) => {
    // Review of round 22: "Market forecasts call for…" is read as the market forecasting; the cue's own noun is no source's verb.
    if (attribution.verb !== undefined && attribution.verb >= match.first && attribution.verb <= match.last && /^(?:market|trade)$/i.test(attribution.source ?? '')) return false
    return Boolean(attribution.kind)
  },
  'office-holder': ({tokens, match}) => {
    // Round 22: a named body's one post abroad ("the U.S. Agriculture Department's officer in Moscow said in a field report",
    // "the U.S. embassy's agricultural officer in Belgrade said"; round 21's counselor) is an office holder, not an unnamed source.
    if (!/^(?:officer|counselor|counsellor|attache|attaché)$/.test(tokens[match.first]!.norm)) return false
    let before = tokenBefore(tokens, match.first)
    if (before?.kind === 'word' && /^[a-z]+$/.test(before.raw)) before = tokenBefore(tokens, tokens.indexOf(before))
    return before?.kind === 'word' && /'s$/.test(before.norm)
  },
  'source-tag': (context) => {
    const {tokens, match, attribution, vocabulary} = context
    // Review of round 21: "It was learned that the victim had no enemies, police said.": a tag closing the sentence gives
    // the source (unnamed ones have cues of their own). Final read of round 21: `source-outside`'s tag after the cue, not an
    // outlet passing unnamed people's words on ("Officials do not expect a deal, CNN reported": `named-end-tag` excludes it
    // too), nor the reported clause's own verb with its clause after it ("It was learned that Smith, the chairman, said he
    // would resign").
    const verb = attribution.verb
    if (verb === undefined || verb < match.last || !sourceOutside(context)) return false
    const comma = tokens.slice(0, verb).findLastIndex((token) => token.raw === ',')
    if (passingOn.test(tokens[verb]!.norm) && !bodyReports(vocabulary, tokens, comma + 1, verb, attribution)) return false
    return !tokens.slice(verb + 1).some((token) => token.kind === 'word' && (finiteVerbs.has(token.norm) || token.norm === 'that'))
  },
  partitive: ({match, words, wordAt, at}) => {
    // Review of round 21: "Many of the investors said": some of a group the story has determined, not a trade at large.
    const rest = words.slice(at + 1, wordAt[match.reportFirst]!)
    return rest[0]?.norm === 'of' && /^(?:the|these|those|its|their|his|her|our|your)$/.test(rest[1]?.norm ?? '')
  },
  'agent-later': ({tokens, match}) => agentLater(tokens, match.last),
  'according-in': ({match, words, wordAt}) => {
    // Review of round 21: "Rumour has it, according to the band's manager, that…": the sentence gives the rumour's source.
    return words.some((word, index) => index > wordAt[match.last]! && word.norm === 'according' && words[index + 1]?.norm === 'to')
  },
  'named-after': ({tokens, match, words, wordAt, at, vocabulary, reader}) => {
    // "a senior official, Ivan Petrov, said" / "said US official John Smith": the rank comes with a name.
    // After a verb ("officials said Kopp fired") the name is the claim's subject, not the source's.
    if (vocabulary.reportingVerbs.has(tokens[match.last]!.norm)) return nameBeforeVerb(vocabulary, reader, words, at, wordAt[match.last]!)
    // Review of round 19: `…," said one, a retired teacher named Carol Hughes.` names the one speaker in the apposition.
    if (tokens[match.last]!.norm === 'one') {
      const rest = words.slice(wordAt[match.last]! + 1)
      return rest.some((word, index) => /^(?:named|called)$/.test(word.norm) && startsUpperCase(rest[index + 1]?.raw ?? ''))
    }
    if (!sourcePersonNoun.test(tokens[match.last]!.norm)) return false
    let next = match.last + 1
    while (tokens[next]?.kind === 'space') next++
    const comma = tokens[next]?.raw === ','
    if (comma) next++
    while (tokens[next]?.kind === 'space') next++
    const name = tokens[next]
    if (!(name?.kind === 'word' && startsUpperCase(name.raw) && !vocabulary.notNames.has(name.norm))) return false
    // After a comma the name must close like an apposition ("a senior official, Ivan Petrov, said"); "According to the official news agency, Nationalist Party deputy chairman…" opens the claim.
    if (!comma) return true
    if (!closesApposition(vocabulary, tokens, next)) return false
    // "According to one analyst, Goldman Sachs, Morgan Stanley and Citigroup were buying", "…, Apple, which reports on
    // Tuesday, will…": a list or a relative clause after the comma makes the name the claim's subject (review r16, hidden 3).
    return !(tokens[match.first]!.norm === 'according' && listOrClauseAfter(tokens, next))
  },
  'not-apposed': ({tokens, match, words, at}) => {
    // Round 20: "Jane Doe, an analyst with a Wall Street bank said…": "a|an" and the post follow a name set off by a comma
    // (two to four capitalised words, from the sentence's start or a comma), so it is that person's, not an unnamed source.
    // Review of round 22: "one" too ("Nippon Oil, one Japanese refiner said on Monday, will cut…"), and a firm's one-word
    // name that is no dictionary word, opening the sentence ("Comexport, a leading Santos exporter said…").
    if (!/^(?:a|an|one)$/.test(words[at]?.norm ?? '')) return false
    let back = match.first - 1
    while (tokens[back]?.kind === 'space') back--
    if (tokens[back]?.raw !== ',') return false
    const chunk: Token[] = []
    for (let index = back - 1; index >= 0 && tokens[index]!.raw !== ','; index--) if (tokens[index]!.kind === 'word') chunk.unshift(tokens[index]!)
    // The one word opens the sentence: "…Association, AGPM, an AGPM official said" is an abbreviation set off inside it.
    const oneName = chunk.length === 1 && words[0] === chunk[0] && back - 1 === tokens.indexOf(chunk[0]!) && isNameWord(chunk[0]!.norm) && !weekdays.has(chunk[0]!.norm)
    return (oneName || (chunk.length >= 2 && chunk.length <= 4)) && chunk.every((word) => startsUpperCase(word.raw)) && !/^(?:in|at|on|from|for|by|to|with|but|and|meanwhile|however|separately)$/.test(chunk[0]!.norm)
  },
  'no-firm-before': ({tokens, match, words, wordAt, at, vocabulary}) => {
    // Round 19: people of a profession are unnamed sources when a firm's or party's name stands right before them ("GTE Corp
    // scientists said", "Samjens' lawyers discounted", "Burlington lawyers also contended"); alone ("lawyers say") a crowd.
    // Not a country's ("U.S. scientists said", "Japanese lawyers say"): a crowd of a nation, often named further on.
    // Review of round 19: the name right before them, no comma between ("In a letter to Microsoft, lawyers said" is a
    // crowd); a nation or a market town by the word lists, its ending only to clear ("Goldman lawyers argued", "Hitachi engineers");
    // and no study or report named in the sentence ("Harvard researchers said…, according to a study in the Lancet").
    // Round 20: "according to Hilton attorneys": the firm stands before the people, at the match's end.
    const according = words[at]?.norm === 'according'
    let back = (according ? match.last : match.first) - 1
    while (tokens[back]?.kind === 'space') back--
    const nameBefore = according ? words[wordAt[match.last]! - 1] : words[at - 1]
    if (nameBefore === undefined || !(tokens[back]?.kind === 'word' || /^['’]$/.test(tokens[back]?.raw ?? ''))) return true
    const nation = /^(?:u\.?s\.?|s|uk|eu|un)$/.test(nameBefore.norm) || vocabulary.titles.has(nameBefore.norm) || vocabulary.crowdPlaces.has(nameBefore.norm)
    if (namesStudy(vocabulary, words)) return true
    // Final review of round 19: a firm's name is no ordinary word ("Climate|Other|Two|Leading|Yesterday scientists said" are
    // crowds), no day, and has no nation's or place's ending ("Kenyan|Scottish|California researchers said"; only to clear).
    const placeShape = placeEnding.test(nameBefore.norm)
    const possessive = /^['’]$/.test(tokens[back]?.raw ?? '') || /['’]s$/.test(nameBefore.raw)
    const firm = possessive || (!isOrdinaryWord(nameBefore.raw) && !placeShape && !weekdays.has(nameBefore.norm))
    return !(startsUpperCase(nameBefore.raw) && firm && !nation && !vocabulary.notNames.has(nameBefore.norm) && !vocabulary.determiners.has(nameBefore.norm))
  },
  'named-tag': ({tokens, match, attribution, vocabulary}) => namedElsewhere(vocabulary, tokens, match, attribution),
  'named-body': ({match, words, wordAt, at, vocabulary}) => {
    // "Allies of the United States said", "Allies of the former Soviet Union": a capitalised name after "of the" that is no
    // title, and no title at the head, make the circle a country's or a body's; "Allies of the embattled president",
    // "Associates of the billionaire" are a person's.
    const of = words.findIndex((word, index) => index >= at && word.norm === 'of' && words[index + 1]?.norm === 'the')
    if (of === -1 || of > wordAt[match.last]!) return false
    // "Allies of the Russian president said": a title at the head makes it a person's circle whatever name comes before it.
    const between = words.slice(of + 2, wordAt[match.last]!)
    return !vocabulary.titles.has(between.at(-1)?.norm ?? '') && between.some((word) => startsUpperCase(word.raw) && !vocabulary.titles.has(word.norm))
  },
  'named-before': ({tokens, words, at, before, vocabulary}) => {
    // "Goldman Sachs economists expect": the trade comes with its firm's name.
    // Review of round 20: "Toyota, Honda and other exporters said": the crowd closes a list of names.
    const listed = words[at - 3]
    if (before?.norm === 'other' && /^(?:and|or)$/.test(words[at - 2]?.norm ?? '') && listed !== undefined && startsUpperCase(listed.raw)) {
      const name = listed.norm.replace(/'s?$/, '')
      if (!vocabulary.notNames.has(name) && !vocabulary.crowdPlaces.has(name) && !vocabulary.titles.has(name)) return true
    }
    // The sentence's first word is capitalised anyway ("Military analysts said", "Opinion polls show"), unless polls or data
    // follow it and it is no dictionary word, nor a nation's, a place's or a day's: a pollster ("Gallup polls show"; round 21
    // fixes). Not before people: at a sentence's start such a word was a market, a place, a nation or a slip as often as a
    // firm ("FRN dealers said", "Helsinki analysts said", "Yugoslav economists said", "Mosts analysts expect" in the
    // Reuters-21578 tuning half).
    const opensOnName = at === 1 && /^(?:polls?|surveys?|data|statistics)$/.test(words[at]!.norm) && isNameWord(before!.norm) && !placeEnding.test(before!.norm) && !weekdays.has(before!.norm)
    // A capital inside the word before a trade is a firm's, never a market's, a place's or a nation's: "JPMorgan economists
    // had expected", "BlackRock economists expect" (review of round 24 on modern copy); not "McAllen residents", "PhD economists".
    if (at === 1 && tradeNouns.test(words[at]!.norm) && /(?:\p{Ll}|\p{Lu})\p{Lu}\p{Ll}/u.test(before!.raw) && !tokens.slice(tokens.indexOf(before!) + 1, tokens.indexOf(words[at]!)).some((token) => token.kind !== 'space')) return true
    if (!((at > 1 || opensOnName) && startsUpperCase(before!.raw) && !vocabulary.notNames.has(before!.norm))) return false
    // "Wall Street arbitrageurs", "London dealers", "West German bankers": where the crowd works, not a firm (round 13).
    let start = at - 1
    // The capitalised run before the crowd, within its phrase ("…offered by Waste Management, Wall Street arbitrageurs").
    const joined = (left: Token, right: Token) => tokens.slice(tokens.indexOf(left) + 1, tokens.indexOf(right)).every((token) => token.kind === 'space')
    // Round 20: the name must touch the crowd (a possessive's apostrophe may stand between): in "…other than the U.S. Dollar,
    // dealers noted" and "…downgraded the debt of Texaco, traders noted" the name ends another phrase.
    if (!tokens.slice(tokens.indexOf(before!) + 1, tokens.indexOf(words[at]!)).every((token) => token.kind === 'space' || /^['’]$/.test(token.raw))) return false
    // Across "of" inside a name: "Federal Reserve Bank of New York economists", "University of Chicago economists" are a body's
    // (review r16, item 5).
    const capital = (index: number) => index >= 0 && startsUpperCase(words[index]!.raw) && joined(words[index]!, words[index + 1]!)
    for (;;) {
      if (capital(start - 1)) start--
      else if (words[start - 1]?.norm === 'of' && joined(words[start - 1]!, words[start]!) && capital(start - 2)) start -= 2
      else break
    }
    // "Some Wall Street analysts": the sentence's capitalised quantifier is no part of the name (review r16, hidden 4).
    // Issue 6, recall: nor a word of rank ("Leading Italian economists said": Reuters-21578 tuning half).
    if (start === 0 && (vocabulary.determiners.has(words[0]!.norm) || vocabulary.notNames.has(words[0]!.norm) || /^(?:some|many|most|several|few|other|certain|leading|prominent|top|independent|respected|influential)$/.test(words[0]!.norm))) start++
    // "Street" is a market only in "Wall Street": "State Street economists" are a bank's. "Khartoum-based Western experts",
    // "London-based analysts" say where they work (issue 6, recall).
    const place = (word: Token, index: number) => word.norm === 'street' ? words[index - 1]?.norm === 'wall' : vocabulary.crowdPlaces.has(word.norm) || (vocabulary.titles.has(word.norm) && word.norm !== 'state') || word.norm.endsWith('-based')
    return start < at && !words.slice(start, at).every((word, index) => word.norm === 'of' || place(word, start + index))
  },
  'firm-follows': ({tokens, match, words, wordAt, at, vocabulary}) => {
    // "Traders and analysts at Goldman Sachs said", "according to economists at the Federal Reserve": "at|with|from" right
    // after a crowd's noun, in the cue or just after it, and a capitalised name that is no market, place or day. Not across
    // a comma ("According to analysts, with Brent at $80, …": review r16, hidden 2).
    const end = wordAt[match.last]! + 2
    // Review of round 23: "The analysts explained, in a note to clients of Salomon Brothers, that…": the firm's note.
    const aside = words.slice(end - 1, end + 9).map((word) => word.raw)
    const clients = aside.findIndex((word, index) => word === 'clients' && aside[index + 1] === 'of')
    if (clients > 0 && aside.slice(0, clients).some((word) => /^(?:note|notes|report|letter)$/.test(word)) && startsUpperCase(aside[clients + 2] ?? '')) return true
    return words.some((word, index) => {
      if (index < at || index >= end || !/^(?:at|with|from)$/.test(word.norm) || index === 0) return false
      const from = tokens.indexOf(words[index - 1]!)
      if (tokens.slice(from + 1, tokens.indexOf(word)).some((token) => token.kind !== 'space')) return false
      let next = words[index + 1]?.norm === 'the' ? index + 2 : index + 1
      // Review of round 25: "Analysts at the ratings agency Moody's said": the firm's kind, then its name.
      const kind = [1, 2].find((length) => firmKinds.test(words[next + length - 1]?.norm ?? '') && words.slice(next, next + length).every((word) => /^\p{Ll}/u.test(word.raw)))
      if (kind !== undefined) next += kind
      const name: string[] = []
      while (words[next] && startsUpperCase(words[next]!.raw)) name.push(words[next++]!.norm.replace(/'s?$/, ''))
      // "the European Central Bank" is a body, "Asia", "Monday's meeting" are no firm.
      return name.length > 0 && !name.every((part) => vocabulary.crowdPlaces.has(part) || vocabulary.titles.has(part) || isTimeNoun(part))
    })
  },
  'mood-reported': ({tokens, match, attribution, after, vocabulary}) => {
    // "were convinced to lend|by the plan": done to the crowd; "Bankers were worried, a ministry spokesman said": the mood is
    // the spokesman's account (review r16, item 11).
    if (/^(?:to|by)$/.test(after?.norm ?? '') && tokens[match.last]!.norm === 'convinced') return true
    const verb = attribution.verb === undefined ? undefined : tokens[attribution.verb]
    // An outlet passing the mood on ("Officials are still cautious, the Post reported") has not named whose it is.
    if (verb !== undefined && verb.start >= tokens[match.last]!.end && passingOn.test(verb.norm)) {
      const tagFrom = tokens.slice(0, attribution.verb).findLastIndex((token) => token.raw === ',') + 1
      if (!bodyReports(vocabulary, tokens, tagFrom, attribution.verb!, attribution)) return false
    }
    return attribution.kind !== undefined && verb !== undefined && (verb.end <= tokens[match.first]!.start || verb.start >= tokens[match.last]!.end)
  },
  'source-outside': sourceOutside,
  'estimator-follows': ({tokens, match, vocabulary}) => estimatorFollows(vocabulary, tokens, match),
  'noun-follows': ({tokens, match, vocabulary}) => {
    // ", said another.": "another" alone is a second unnamed person; "added another $2 million", "said another official,
    // Jane Doe" are a thing or a person named (round 14).
    let next = match.last + 1
    while (tokens[next]?.kind === 'space') next++
    if (tokens[next]?.kind === 'word') return true
    if (tokens[next]?.raw !== ',') return false
    next++
    while (tokens[next]?.kind === 'space') next++
    return tokens[next]?.kind === 'word' && startsUpperCase(tokens[next]!.raw) && !vocabulary.notNames.has(tokens[next]!.norm) && closesApposition(vocabulary, tokens, next)
  },
  'body-people': ({words, at, before}) => {
    // Round 23: "The government economists acknowledged…" are a body's own people, told of before, not a trade at large.
    return words[at - 2]?.norm === 'the' && /^(?:government|official|state|ministry|agency|company|bank|fed|treasury|department|commission)$/.test(before?.norm ?? '')
  },
  'named-end-tag': ({tokens, match, attribution, vocabulary}) => {
    // "…, Doe said.", "…, according to a transcript released by Sen. John Smith's office": a named source in the tag that
    // ends the sentence, even when the cue holds a verb of its own (review of round 18).
    const lastComma = tokens.findLastIndex((token) => token.raw === ',')
    const tag = tokens.slice(lastComma + 1).filter((token) => token.kind === 'word' && !token.inQuote)
    if (lastComma > match.last && tag[0]?.norm === 'according' && tag[1]?.norm === 'to') {
      const isName = (token: Token) => startsUpperCase(token.raw) && !vocabulary.notNames.has(token.norm) && !weekdays.has(token.norm) && !recordPeriods.test(token.norm)
      // An outlet named there passes the unnamed source's claim on ("…, according to The New York Times").
      return tag.some(isName) && !tag.some((token) => unnamedSourceWords.test(token.norm) || (token !== tag[0] && passingOn.test(token.norm)) || isOutletName(token.raw, vocabulary))
    }
    return namedEndTag(vocabulary, tokens, match.last, attribution)
  },
} satisfies Partial<Record<GuardName, Guard>>

/** The claim's source stands before the cue or in a tag after it (`source-outside`; `source-tag` asks it first). */
function sourceOutside({tokens, match, attribution}: GuardContext): boolean {
  // "There are fears that…, the minister said", "…, according to Reuters", "The minister said there are fears…": a source
  // before the cue or set off by a comma after it. "There are fears that Smith will tell the court he lied" has none: Smith is
  // inside what is feared (round 14).
  if (!attribution.kind || attribution.verb === undefined) return false
  if (attribution.verb < match.first) return true
  // A tag, not a clause of its own after the comma: "…, though the governor said nothing" is no source of the speculation.
  const comma = tokens.slice(0, attribution.verb).findLastIndex((token) => token.raw === ',')
  if (comma <= match.last) return false
  const tag = tokens.slice(comma + 1, attribution.verb).filter((token) => token.kind === 'word')
  return tag.length <= 6 && !tag.some((token) => clauseOpeners.has(token.norm) || /^(?:yet|so|whereas|after|before|unless)$/.test(token.norm))
}

/**
 * A source named elsewhere in the sentence gives the claim: a tag after it ("It is learned that …, the ministry said in a
 * statement", "…, the WHO said"), or a name inside the cue's own subject ("People in the minister's entourage, including his
 * chief of staff Ivan Petrov, said"). An unnamed group in the tag ("…, officials said", "an anonymous Telegram channel said")
 * clears nothing, and neither does an outlet passing the claim on ("…, TASS reported", "Izvestia writes", "according to
 * Xinhua"): it has not named its source either (second review of round 9).
 */
function namedElsewhere(vocabulary: Vocabulary, tokens: Token[], match: Match, attribution: SentenceAttribution): boolean {
  // "A person at the company said …, Reuters reported": the cue holds its own verb, so the tag is an outlet passing it on.
  for (let index = match.first; index <= match.last; index++) if (vocabulary.reportingVerbs.has(tokens[index]!.norm)) return false
  const verb = attribution.verb
  const isName = (token: Token) => token.kind === 'word' && startsUpperCase(token.raw) && (!vocabulary.notNames.has(token.norm) || /^\p{Lu}{2,}$/u.test(token.raw))
  if (verb !== undefined && verb > match.last && attribution.source) {
    const between = tokens.slice(match.last + 1, verb)
    const tagFrom = between.findLastIndex((token) => token.raw === ',')
    if (passingOn.test(tokens[verb]!.norm) && !bodyReports(vocabulary, tokens, tagFrom + match.last + 2, verb, attribution)) return false
    const cue = tokens.slice(match.first, match.last + 1).map((token) => token.raw).join('')
    // The cue's group is the verb's subject ("People in the minister's entourage … said", "Those in the entourage of the minister
    // said"): only a name set off inside that subject names it, not one in a clause of its own ("…, who spoke to Meduza, said").
    if (cue.includes(attribution.source) || !between.some((token) => token.raw === ',')) return insertedWords(between).some(isName)
    // "…, an anonymous Telegram channel said": a name inside an unnamed source's tag names nobody; a body's own channel or
    // account is the body ("the ministry's Telegram channel reported"; review of round 10).
    const tag = between.slice(tagFrom + 1)
    const bodyOwned = tag.some((token) => /'s?$/.test(token.norm) && vocabulary.bodies.has(bare(token.norm)))
    if (tag.some((token) => token.kind === 'word' && unnamedSourceWords.test(token.norm) && !(bodyOwned && bodyOutlets.test(token.norm)))) return false
    if (attribution.kind === 'named' || attribution.kind === 'back-reference') return true
    if (attribution.kind === 'described') return !unnamedSourceWords.test(attribution.source)
  }
  // "…, the WHO said": a short tag whose subject the attribution reader does not take for a source (an acronym).
  return namedEndTag(vocabulary, tokens, match.last, attribution)
}

/**
 * Whether the sentence ends on a short tag after `after` that names its source ("…, the WHO said", "…, Doe said"): not an
 * unnamed group ("…, officials said") nor an outlet passing the claim on ("…, CNN reported"), which has not named its source.
 */
function namedEndTag(vocabulary: Vocabulary, tokens: Token[], after: number, attribution: SentenceAttribution): boolean {
  const lastComma = tokens.findLastIndex((token) => token.raw === ',')
  if (lastComma <= after) return false
  const tag = tokens.slice(lastComma + 1).filter((token) => token.kind === 'word')
  const isName = (token: Token) => startsUpperCase(token.raw) && (!vocabulary.notNames.has(token.norm) || /^\p{Lu}{2,}$/u.test(token.raw))
  if (tag.some((token) => passingOn.test(token.norm)) && !bodyReports(vocabulary, tokens, lastComma + 1, tokens.length, attribution)) return false
  return tag.length <= 6 && tag.some((token) => vocabulary.reportingVerbs.has(token.norm)) && tag.some(isName) && !tag.some((token) => unnamedSourceWords.test(token.norm))
}

/**
 * Review of round 21: the agent named later in the clause ("Concerns were raised about the contract by the National Audit
 * Office", "is considered a strategic asset by the French government"); not a crowd ("…by some analysts" stays flagged), nor
 * "by" with a figure or a manner ("by far", "by 2020", "by a third").
 */
export function agentLater(tokens: Token[], from: number): boolean {
  const clause = clauseAfter(tokens, from)
  return clause.some((word, at) => {
    if (word.norm !== 'by') return false
    const agent = clause[at + 1]
    if (!agent || /^\d/.test(agent.norm) || /^(?:far|then|now|default|chance|mistake|comparison|contrast|design|definition|way|means|hand|a|an)$/.test(agent.norm)) return false
    // Final read of round 21: a measure or a time is no agent ("by any measure", "by the standards of the day", "by the end of the year").
    if (clause.slice(at + 1, at + 4).some((next) => /^(?:measure|measures|standard|standards|yardstick|end|start|beginning|middle|time)$/.test(next.norm))) return false
    return !clause.slice(at + 1, at + 4).some((next) => crowdNouns.test(next.norm) || /^(?:some|many|most|others|several)$/.test(next.norm))
  })
}

/**
 * Whether the subject of a verb of passing on is the body concerned, not an outlet: "…, the ministry reported", "…, the
 * police reported", "the company reported", "according to the Health Ministry", "the Federal Security Service reported",
 * "the ministry's Telegram channel reported", "Rosstat reported" (`named-bodies` in `rules/attribution/_words.yml`), "it
 * reported" after "Russia's Foreign Ministry…" give what the body itself found or decided, as "the ministry said" does.
 * Only the subject's head noun decides (second review of round 10): "a Rosneft manager", "Russian war correspondents",
 * "Al Jazeera", "the Associated Press" are a person, a group or an outlet, and pass the claim on; an outlet's word inside
 * a body's name is the body's ("the Independent Election Commission", "the Post Office"). Reads the tag from `from`
 * (after its comma) to the verb, after "according to" its words to the next mark, and a source pointed back to.
 */
function bodyReports(vocabulary: Vocabulary, tokens: Token[], from: number, verb: number, attribution: SentenceAttribution): boolean {
  // The tag's words, a possessive mark kept on its word ("Reuters’ Moscow bureau").
  const raws: string[] = []
  const after = tokens[verb]?.norm === 'according'
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index > verb && (!after || (token.kind === 'punctuation' && !/^['’]$/.test(token.raw)))) break
    if (token.kind === 'word') raws.push(token.raw)
    else if (/^['’]$/.test(token.raw) && raws.length > 0 && tokens[index - 1]?.kind === 'word') raws[raws.length - 1] += token.raw
  }
  // The noun phrase alone: after "according to", or before the verb of passing on.
  const to = raws.findIndex((raw) => normalizeWord(raw) === 'according')
  const phrase = to !== -1 ? raws.slice(to + 2) : raws.slice(0, Math.max(0, raws.findIndex((raw) => passingOn.test(normalizeWord(raw)))))
  if (attribution.kind === 'back-reference' && attribution.source && (phrase.length === 0 || vocabulary.backReferences.has(normalizeWord(phrase.at(-1)!)))) phrase.splice(0, phrase.length, ...attribution.source.split(/\s+/))
  if (phrase.length === 0) return false
  // "the BBC's Moscow office": an outlet's own bureau; "the ministry's Telegram channel": a body's own channel.
  if (phrase.some((raw) => /['’]s?$/.test(raw) && isOutletName(raw, vocabulary))) return false
  if (phrase.some((raw) => /['’]s?$/.test(raw) && vocabulary.bodies.has(bare(normalizeWord(raw))))) return true
  if (outletHeaded(vocabulary, phrase)) return false
  // The head noun ends the phrase or comes before what qualifies it ("the Ministry of Defence", "a newspaper close to the ministry").
  const qualifier = phrase.findIndex((raw, at) => at > 0 && postModifiers.has(normalizeWord(raw)))
  const head = bare(normalizeWord(phrase[(qualifier === -1 ? phrase.length : qualifier) - 1]!))
  return vocabulary.bodies.has(head) || vocabulary.namedBodies.has(head)
}

/**
 * "An employee of the plant Ivanov told", "A member of the commission Anna Petrova said": machine translation drops the
 * commas of an apposition, so a name right before the verb after a common noun names the person (review of round 10).
 * After a determiner or preposition the name is the body's ("A worker at the Novolipetsk Steel said"), after a title the
 * title's ("An aide to mayor Sobyanin said"). Machine translation also puts a company's or a place's name after its noun
 * ("An employee of the plant Azot|the airport Sheremetyevo said"), so only a name shaped like a person's counts: two
 * capitalised words or a Slavic surname's ending (second review of round 10), or one word after a noun that is no
 * organisation's (`organisation-nouns`, `workplace-nouns`; third review of round 10).
 */
function nameBeforeVerb(vocabulary: Vocabulary, reader: AttributionReader, words: Token[], cueStart: number, verb: number): boolean {
  // Round 21: the rank's own noun capitalised ("A top U.S. Official said", as Reuters-21578 writes it after "U.S.") is no name.
  if (sourcePersonNoun.test(words[verb - 1]?.norm ?? '')) return false
  let start = verb
  while (start - 1 > cueStart && startsUpperCase(words[start - 1]!.raw) && !vocabulary.notNames.has(words[start - 1]!.norm)) start--
  const head = words[start - 1]
  // "An employee of Gazprom Petrov said": the body's name, then the person's (review r14, item 1).
  if (start - 1 > cueStart && personAfterBody(words.slice(start, verb), head, vocabulary, (word) => reader.isKnownBody(word)) > 0) return true
  if (!(start < verb && head !== undefined && start - 1 > cueStart && /^\p{Ll}/u.test(head.raw) && !vocabulary.appositionBreaks.has(head.norm))) return false
  if (vocabulary.titles.has(head.norm)) return false
  const name = words[start]!.raw
  if (verb - start >= 2 || slavicSurname.test(name)) return true
  // "Weather officials in neighbouring Sweden said", "a resident of nearby Tver told": one name after a preposition and a
  // place's adjective is a place, no speaker's ("officer in charge Constantin Politoff told", "A member of parliament Mahama
  // said" name them; round 25's reading and its review).
  if (placeAdjectives.test(head.norm) && /^(?:in|at|from|of|near|across|outside|inside)$/.test(words[start - 2]?.norm ?? '')) return false
  // One word after a body's noun: the body's own name after an organisation's noun ("the bank VTB"), after a workplace's
  // only when the spelling stage's lexicon (dictionary and newsroom names, read only) does not know it ("the plant Azot";
  // "the factory Shoigu", "the plant Kim" speak), else the speaker's ("A member of the team Smith said"; third review of round 10).
  if (vocabulary.organisationNouns.has(head.norm)) return false
  return !vocabulary.workplaceNouns.has(head.norm) || shippedLexicon().knows(name)
}

/**
 * "is now estimated at $2 billion by Forbes", "was estimated at 40,000 by the police": the estimator follows "at" and its figure
 * in the same clause, as a name or a body's noun after "by" (round 14). Not "by 2030|March|insurers" (a date, a crowd), and only
 * after "estimated at": "an estimated 500 people were killed by Russian shelling" names who acted, not who estimated.
 */
function estimatorFollows(vocabulary: Vocabulary, tokens: Token[], match: Match): boolean {
  // Review of round 22: "Estimates … were revised by the Coffee Institute" names the estimator after the verb too.
  if (!/^(?:at|revised|raised|lowered|cut)$/.test(tokens[match.last]!.norm)) return false
  for (let index = match.last + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && /^[,;:.!?()—–]$/.test(token.raw) && !/\d/.test(tokens[index + 1]?.raw ?? '')) return false
    if (token.kind !== 'word' || token.norm !== 'by') continue
    const words = tokens.slice(index + 1).filter((other) => other.kind === 'word')
    const name = words[0]?.norm === 'the' ? words[1] : words[0]
    if (name === undefined) return false
    if (startsUpperCase(name.raw)) {
      if (isTimeNoun(name.norm) || vocabulary.notNames.has(name.norm)) return false
      // "by UN officials", "by Western analysts": unnamed people, or a crowd placed but not named; "by Goldman Sachs analysts"
      // names their firm, as "Goldman Sachs economists said" does (round 13).
      const run = words.slice(words.indexOf(name))
      const after = run.findIndex((word) => !startsUpperCase(word.raw))
      const group = after === -1 ? undefined : run[after]!
      if (group === undefined || !unnamedSourceWords.test(group.norm)) return true
      return !/^(?:officials?|sources?|diplomats?|insiders?|aides?|people|persons?|witnesses|anonymous|unnamed|unidentified)$/.test(group.norm) && !run.slice(0, after).every((word) => vocabulary.crowdPlaces.has(bare(word.norm)) || vocabulary.titles.has(bare(word.norm)))
    }
    return vocabulary.bodies.has(name.norm) || vocabulary.outletNouns.has(name.norm)
  }
  return false
}

/** The capitalised words from `from` on are followed by a comma, a reporting verb or the sentence's end: a name set off as an apposition. */
function closesApposition(vocabulary: Vocabulary, tokens: Token[], from: number): boolean {
  let at = from
  // "Jane Doe of Smith Barney": the person's firm closes the apposition too (review r16, item 10).
  const ofFirm = (index: number) => tokens[index]!.norm === 'of' && startsUpperCase(tokens[index + 2]?.raw ?? '')
  while (at < tokens.length && (tokens[at]!.kind === 'space' || (tokens[at]!.kind === 'word' && (startsUpperCase(tokens[at]!.raw) || nameParticles.has(tokens[at]!.norm) || ofFirm(at))) || tokens[at]!.raw === '.' || tokens[at]!.raw === '-')) at++
  const next = tokens[at]
  return next === undefined || /^[,;)"”]$/.test(next.raw) || vocabulary.reportingVerbs.has(next.norm)
}

/** After the capitalised run from `from` and its comma: "which|who|and", or another capitalised run ending in "and" or a comma (a list). */
function listOrClauseAfter(tokens: Token[], from: number): boolean {
  const after = tokens.slice(from).filter((token) => token.kind !== 'space')
  const comma = after.findIndex((token) => token.kind !== 'word' || !(startsUpperCase(token.raw) || nameParticles.has(token.norm)))
  if (after[comma]?.raw !== ',') return false
  const next = after[comma + 1]
  if (/^(?:which|who|whose|and|or)$/.test(next?.norm ?? '')) return true
  let end = comma + 1
  while (after[end]?.kind === 'word' && startsUpperCase(after[end]!.raw)) end++
  return end > comma + 1 && (after[end]?.raw === ',' || /^(?:and|or)$/.test(after[end]?.norm ?? ''))
}
