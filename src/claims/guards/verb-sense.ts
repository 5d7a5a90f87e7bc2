import {isNameWord, isTimeNoun} from '../attribution.js'
import {consequenceAhead} from '../consequence.js'
import {type Match, startsUpperCase, type Token} from '../match.js'
import type {GuardName, Vocabulary} from '../rules.js'
import {beforeAdverbs, clauseAfter, figureFollows, mainVerbLater, stateEnds, tokenBefore} from '../token-scan.js'
import {abstractSights, clauseSubjects, crowdNouns, finiteVerbs, notSpeech, orderVerbs, passiveAuxiliaries, punitiveWords, sourcePersonNoun, statementFrame, statementNouns, toldNoClaim, trendWords, weekdays} from '../word-classes.js'
import type {Guard} from './context.js'

/**
 * Guards that find a verb of saying, seeing or holding a view doing something else: an order or a refusal, a vote or a
 * greeting, a participle or a passive done to the people, their own plan, a thing they added, put or played.
 */
/** Words an aside set off by commas may open on after unnamed people ("who are fighting…", "close to…", "in an apparent retreat…"). */
const asideOpeners = /^(?:who|close|closer|familiar|speaking|in|at|after|while|like|unlike|with)$/
/** Words already read by the anonymity cues ("who asked not to be identified"): those cues flag the sentence. */
const anonymityWords = /^(?:identified|indentified|named|name|identity|anonymity|anonymous|quoted)$/
/** Words that may stand before the unnamed people at the head of their clause ("But the senior officials", "IMF officials"). */
const peopleModifiers = /^(?:the|a|an|this|these|some|two|three|four|several|other|many|most|senior|top|high-ranking|ranking|but|and|government|administration|ministry|bank|company|industry|trade|banking|western|foreign|finance|treasury|military|party|monetary)$/
/** A verb of saying or belief after the aside, past an adverb or "have|has|had" ("…, also said", "…, are confident"). */
const asideVerbs = /^(?:said|say|says|told|tell|added|noted|stressed|insisted|confirmed|indicated|warned|predicted|estimated|believe|believed|expect|expected)$/

/**
 * Round 25 (Reuters-21578 tuning stories: "IMF officials, discussing their outlook, said they believed…", "The officials,
 * looking beneath the rhetoric of…, told Reuters…", "U.S. officials, who are fighting off demands…, are confident…", "The
 * source, close to the top levels of Japanese economic policymaking, said…"): unnamed people at the head of their clause,
 * an aside set off by commas that opens on a participle, "who", a preposition or "close|familiar", then their verb of saying
 * or belief. The cue patterns stop at a comma. Not an apposition that names them ("two top German officials, State
 * Secretaries Otto Schlecht and Hans Tietmeyer, told"), which opens on a capital or an article; not an aside the anonymity
 * cues read ("who asked not to be identified"). Returns the verb's token, or nothing.
 */
function asideSaying(tokens: Token[], match: Match, words: Token[], at: number): Token | undefined {
  for (let back = at - 1; back >= 0; back--) {
    const word = words[back]!
    if (tokenBefore(tokens, tokens.indexOf(words[back + 1]!)) !== word) break
    if (!startsUpperCase(word.raw) && !peopleModifiers.test(word.norm)) return undefined
  }
  let index = match.last + 1
  while (tokens[index]?.kind === 'space') index++
  // Past where they work ("Officials of several major Japanese trading houses, attending the press conference, said…").
  if (tokens[index]?.kind === 'word' && /^(?:of|from|at|in)$/.test(tokens[index]!.norm)) {
    // Up to six words of the place, then the comma that opens the aside.
    const place = words.indexOf(tokens[index]!)
    for (let step = 1; step <= 6 && tokens[index]?.raw !== ','; step++) {
      const word = words[place + step]
      if (word === undefined) return undefined
      index = tokens.indexOf(word) + 1
      while (tokens[index]?.kind === 'space') index++
      if (tokens[index]?.kind !== 'word' && tokens[index]?.raw !== ',') return undefined
    }
  }
  if (tokens[index]?.raw !== ',') return undefined
  const aside: Token[] = []
  for (index++; index < tokens.length && tokens[index]!.raw !== ','; index++) {
    const token = tokens[index]!
    if (token.kind === 'space') continue
    if (token.inQuote || (token.kind !== 'word' && !/^[()'’-]$/.test(token.raw))) return undefined
    if (token.kind === 'word') aside.push(token)
    if (aside.length > 14) return undefined
  }
  const first = aside[0]
  if (tokens[index]?.raw !== ',' || aside.length < 2 || first === undefined || !/^\p{Ll}/u.test(first.raw)) return undefined
  if (!asideOpeners.test(first.norm) && !first.norm.endsWith('ing')) return undefined
  if (aside.some((word) => anonymityWords.test(word.norm))) return undefined
  // Review of round 25: "Officials, including Governor Kathy Hochul, said…" names one of them (two capitalised words in a row).
  if (first.norm === 'including' && aside.some((word, index) => index > 0 && startsUpperCase(word.raw) && startsUpperCase(aside[index + 1]?.raw ?? ''))) return undefined
  let verb = words[words.indexOf(aside[aside.length - 1]!) + 1]
  while (verb !== undefined && /^(?:also|later|further|again|have|has|had|are|were)$/.test(verb.norm)) {
    const next = words[words.indexOf(verb) + 1]
    if (/^(?:are|were)$/.test(verb.norm)) return next !== undefined && /^(?:confident|convinced)$/.test(next.norm) ? next : undefined
    verb = next
  }
  if (verb === undefined || !asideVerbs.test(verb.norm)) return undefined
  // Review of round 25: "Energy sources, including wind and solar, expected to supply half of the grid…": a participle.
  return words[words.indexOf(verb) + 1]?.norm === 'to' ? undefined : verb
}

/** Words that end a long place's phrase before the people's verb (`verb-in-place`). */
const placeBreaks = /^(?:who|which|that|where|when|but|while|because|to)$/

/** What unnamed people who declined to answer went on to say (`no-said-after`). */
const butSaid = /^(?:said|added|noted|indicated|stressed|acknowledged|conceded|confirmed|insisted)$/

export const verbSenseGuards = {
  'active-expected': ({tokens, match, words, at}) => {
    // Twenty-second stop (Reuters-21578 tuning half: "…during an extraordinary parliamentary session expected to start in
    // July", "Friday's hike in reserve requirements, expected to absorb…", "with others expected to follow"): "expected to"
    // with no "be" is a forecast with no one forecasting only as a participle: opening the sentence, after a comma or a
    // bracket (", not expected to"), after "been|being", or on a noun of a phrase a preposition opens. Elsewhere it is a verb
    // with its own subject ("The country expected to launch…", "Analysts in Tokyo expected to see…": theirs, not a guess).
    if (at === 0) return false
    const before = words[at - 1]!
    if (/^(?:been|being)$/.test(before.norm)) return false
    const mark = (word: Token) => tokenBefore(tokens, tokens.indexOf(word))?.raw
    const first = tokenBefore(tokens, match.first)?.raw
    if (first === ',' || first === '(' || (before.norm === 'not' && mark(before) === ',')) return false
    for (let back = at - 1; back >= Math.max(0, at - 5); back--) {
      const word = words[back]!
      if (back < at - 1 && participlePrepositions.has(word.norm)) return false
      // A name, a pronoun, a verb or a clause's edge between them: the noun may be the verb's subject.
      if (startsUpperCase(word.raw) || finiteVerbs.has(word.norm) || /^(?:i|we|you|he|she|it|they|who|which|that|and|or|but)$/.test(word.norm) || /^[,;:]$/.test(mark(word) ?? '')) return true
    }
    return true
  },
  'said-to': ({tokens, match, words, wordAt}) => {
    // Round 21: "Bankers said to be close to the deal include…" is a reduced passive ("bankers who are said to be…"), not the
    // crowd saying something. Final read of round 21: "to be|have" only ("The official said to reporters that…" speaks).
    let next = match.last + 1
    while (tokens[next]?.kind === 'space') next++
    return /^(?:said|says|say)$/.test(tokens[match.last]!.norm) && tokens[next]?.norm === 'to' && /^(?:be|have)$/.test(words[wordAt[match.last]! + 2]?.norm ?? '')
  },
  'says-nothing': ({tokens, match, words, wordAt, after}) => {
    // Review of round 21: "The official said nothing about the drone", "Lawyers involved in the case said nothing." is a
    // non-answer; "said nothing had changed" still reports ("nothing" opens the clause, a verb follows it).
    if (!/^(?:said|say|says|told)$/.test(tokens[match.last]!.norm)) return false
    // Review of round 22: a vote or a greeting ("One exporter said yes to the quota", "One union leader said no, and…", "A
    // young journalist says goodbye to her city", "staff members said a prayer"), not "said no decision had been made".
    const next = words[wordAt[match.last]! + 2]
    if (/^(?:yes|goodbye|farewell)$/.test(after?.norm ?? '') || (after?.norm === 'no' && (next === undefined || next.norm === 'to' || tokens.indexOf(next) > tokens.indexOf(after) + 2))) return true
    if (after?.norm === 'a' && next?.norm === 'prayer') return true
    if (after?.norm !== 'nothing') return false
    return !next || tokens.indexOf(next) > tokens.indexOf(after) + 2 || /^(?:about|of|on|to|at|for|when|while|as|after|before|new|more|else|further|publicly|yet|and|but|in|during|until)$/.test(next.norm)
  },
  'noun-object': ({tokens, match, words, wordAt, vocabulary}) => nounObject(vocabulary, tokens, match, words, wordAt),
  'no-aside-saying': ({tokens, match, words, at}) => asideSaying(tokens, match, words, at) === undefined,
  'verb-in-place': ({match, words, wordAt, at}) => {
    // Round 25: the six or seven words a long place may take ("officials from the Ministry of International Trade and Industry
    // told", "bankers in the financial capital of Istanbul expect") hold no verb or clause of their own: in "Bankers in the U.S.
    // declined to comment but said…" the verb that follows is not the place's.
    const last = wordAt[match.last]!
    const place = words.slice(at, last).findIndex((word) => /^(?:in|at|from|within|inside)$/.test(word.norm))
    if (place === -1) return false
    let end = last
    while (end > at + place + 1 && /^(?:also|now|privately|have|has|had|yesterday|today)$/.test(words[end - 1]!.norm)) end--
    return words.slice(at + place + 1, end).some((word) => /^\p{Ll}/u.test(word.raw) && (finiteVerbs.has(word.norm) || placeBreaks.test(word.norm) || word.norm.endsWith('ed')))
  },
  'no-said-after': ({tokens, match, words, wordAt}) => {
    // Round 25 (Reuters-21578 tuning stories: "Finance Ministry officials declined comment but said the Ministry has been aware
    // of…", "Commerce officials declined to say if…, but said…", "The sources did not give an estimate…, but they noted
    // that…"): a non-answer rests nothing on the unnamed people unless their clause goes on, after "but", to what they said.
    let relative: Token | undefined
    for (let index = wordAt[match.last]! + 1; index < words.length - 1; index++) {
      if (/^(?:which|who|whom)$/.test(words[index]!.norm)) relative = words[index]
      if (words[index]!.norm !== 'but') continue
      // Review of round 25: "…the figure, which Smith disputed but said was…": the "but" of a relative clause that no comma
      // has closed is the clause's subject's.
      if (relative && !tokens.slice(tokens.indexOf(relative), tokens.indexOf(words[index]!)).some((token) => token.raw === ',')) return true
      const verb = words[index + 1]!.norm === 'they' ? words[index + 2] : words[index + 1]
      return !(verb !== undefined && !verb.inQuote && butSaid.test(verb.norm))
    }
    return true
  },
  deliberation: ({tokens, match, words, wordAt}) => {
    // Review of round 21: "Some consider leaving the city": weighing a step, not holding a view.
    const next = words[wordAt[match.last]! + 1]?.norm ?? ''
    return /^consider(?:s|ed)?$/.test(tokens[match.last]!.norm) && next.endsWith('ing') && !/^(?:nothing|something|anything|everything)$/.test(next)
  },
  'view-object': ({tokens, match, words, wordAt, vocabulary}) => notAView(vocabulary, tokens, match, words, wordAt),
  'physical-view': ({tokens, match, words, wordAt, vocabulary}) => physicalView(vocabulary, tokens, match, words, wordAt),
  'count-agent': ({tokens, match, words, wordAt}) => {
    // Review of round 21: "seen by many visitors over the weekend", "called by many umpires": a count of people who saw or
    // called something, not a crowd's view; "regarded by most grain analysts as", "viewed by many in the market as" are views.
    // Final read of round 21: only "seen|called" ("considered by many the best player", "hailed by critics this week" are verdicts).
    if (!/^(?:seen|called)$/.test(tokens[match.first]!.norm)) return false
    const next = words.slice(wordAt[match.last]! + 1, wordAt[match.last]! + 4).map((word) => word.norm)
    if (next.length === 0 || !/^\p{Ll}/u.test(next[0]!) || /^(?:in|at|on|of|within|among|across|to|as|and|who)$/.test(next[0]!)) return false
    if (next.slice(0, 2).some((word) => crowdNouns.test(word))) return false
    return !next.some((word) => /^(?:as|to)$/.test(word))
  },
  'rule-sense': ({match, words, wordAt, at}) => {
    // Review of round 21: "deemed" as a rule's word ("Under the law, each missed payment is deemed a default", "Anyone who
    // fails to file is deemed a resident for tax purposes"), not a verdict ("The drug is deemed a breakthrough").
    if (!words.slice(at, wordAt[match.last]! + 1).some((word) => word.norm === 'deemed')) return false
    if (/^(?:if|unless|where|anyone|any|each|every|whoever)$/.test(words[0]?.norm ?? '')) return true
    return words.some((word, index) => (word.norm === 'under' && words.slice(index + 1, index + 4).some((next) => /^(?:law|laws|act|rules|regulations?|statute|code|section|treaty|agreement|contract|terms)$/.test(next.norm))) || (word.norm === 'purposes' && index > at))
  },
  'particle-follows': ({after}) => {
    // Review of round 21: "Exit polls showed up on social media": turned up, not showed a finding.
    return after?.norm === 'up'
  },
  'told-thing': ({tokens, match, after, vocabulary}) => {
    // Round 19: "told" someone, a name, a pronoun or a determiner after it ("bankers and economists told Reuters", "told the
    // committee"), not a thing ("Bankers told anti-Funaro jokes").
    if (!/^(?:told|tell)$/.test(tokens[match.last]!.norm) || after === undefined) return false
    // The people a trade briefs are recipients too ("Traders told reporters…", "Analysts told investors|clients that…").
    return !(startsUpperCase(after.raw) || isRecipient(vocabulary, after.norm) || vocabulary.reportRecipients.has(after.norm))
  },
  recipient: ({tokens, match, words, wordAt, after, vocabulary}) => {
    // "The theft was reported to police|the authorities|Interpol": a crime reported to someone, not a claim passed on
    // ("is reported to be ill" is).
    // A word followed by "that" is a verb ("is reported to state that…"), the cue's own reading.
    if (words[wordAt[match.last]! + 2]?.norm === 'that') return false
    return tokens[match.last]!.norm === 'to' && after !== undefined && (isRecipient(vocabulary, after.norm) || vocabulary.reportRecipients.has(after.norm) || startsUpperCase(after.raw))
  },
  'no-claim': ({match, words, wordAt, vocabulary}) => ordersOrRefuses(vocabulary, words, wordAt[match.last]!),
  passive: ({tokens, match, words, wordAt, at, vocabulary}) => {
    // "Officials were widely criticised", "officials in the city were denied entry": done to them, not said by them.
    const verb = tokens[match.last]!
    if (!/(?:ed|en)$/.test(verb.norm) && !vocabulary.irregularParticiples.has(verb.norm)) return false
    if (vocabulary.stateAdjectives.has(verb.norm)) return false
    const back = beforeAdverbs(words, wordAt[match.last]! - 1, at)
    return back > at && passiveAuxiliaries.has(words[back]!.norm)
  },
  participle: ({tokens, match, words, wordAt, at, after, vocabulary}) => {
    // "New power sources expected to open", "water sources described as contaminated": a participle after its noun, not the sentence's verb.
    const verb = tokens[match.last]!
    if (!verb.norm.endsWith('ed') && !vocabulary.irregularParticiples.has(verb.norm)) return false
    const back = beforeAdverbs(words, wordAt[match.last]! - 1, at)
    // "Another said to be close to him disagreed": "another" stands for a person (round 15).
    if (!sourcePersonNoun.test(words[back]?.norm ?? '') && words[back]?.norm !== 'another') return false
    // "Two soldiers reported missing after the attack", "Marines confirmed dead in the crash": a state given them, not a claim
    // made ("Officials reported missing funds" reports: a noun follows the state word).
    // No state after a verb of saying ("Officials said injured were taken to hospital", "Troops said missing in the shelling
    // were presumed dead"), nor one that is the subject of the next verb ("Officials confirmed dead were mostly civilians"), and
    // a reduced relative clause has its main verb later ("Russian troops reported to be advancing near Pokrovsk" reports;
    // second review of round 10).
    if (vocabulary.stateComplements.has(after?.norm ?? '')) return !/^(?:say|says|said|tell|tells|told)$/.test(verb.norm) && stateEnds(tokens, tokens.indexOf(after!), vocabulary.afterState) && mainVerbLater(words, wordAt[match.last]! + 2, vocabulary)
    if (!/^(?:to|as|by)$/.test(after?.norm ?? '')) return false
    // "Diplomats believed to be close to the talks said…": the noun still speaks, later in its clause.
    return reducedRelative(vocabulary, tokens, match.last, words, wordAt) && !saysLater(vocabulary, tokens, match.last) && mainVerbLater(words, wordAt[match.last]! + 2, vocabulary)
  },
  reply: ({tokens, match, words, wordAt, vocabulary}) => !replyFollows(vocabulary, tokens, match, words, wordAt),
  instruction: ({after}) => {
    // "We were told to wait", "I was told by the clerk", "we were told nothing": an order, a named teller or no claim.
    // A passive "told" takes no object: a name or pronoun after it opens the reported clause ("We're told Biden will sign").
    return !after || toldNoClaim.has(after.norm)
  },
  valuation: ({tokens, words, at, vocabulary}) => {
    // "put exports|the death toll at 40": a figure noun (valuation-objects) between "put" and "at", and a figure after "at";
    // "put up barriers at the border", "put the bank's future at risk", "put the deficit at the top of the agenda" are actions
    // (review r16, item 8). "A trader put $10 million on the yen" has no "at".
    const put = words.findIndex((word, index) => index >= at && /^(?:put|puts|estimate|estimates|estimated)$/.test(word.norm))
    // "They estimated that output would fall": an estimate with its clause.
    if (put !== -1 && words[put]!.norm.startsWith('estimate') && words[put + 1]?.norm === 'that') return false
    const atWord = words.findIndex((word, index) => index > put && index <= put + 7 && word.norm === 'at')
    if (put === -1 || atWord === -1) return true
    // "They estimated it at 3 million barrels": a pronoun for the figure named before.
    const object = words.slice(put + 1, atWord)
    return !((object.some((word) => vocabulary.valuationObjects.has(word.norm)) || (object.length === 1 && /^(?:it|them)$/.test(object[0]!.norm))) && figureFollows(tokens, tokens.indexOf(words[atWord]!), vocabulary.numberWords))
  },
  'not-named-as': ({match, words, wordAt}) => {
    // "They named Kuwait and the UAE among those producing above quota", "named him as the culprit": a charge; "They named a
    // new chief executive" is an appointment (review r16, item 7).
    return !words.slice(wordAt[match.last]! + 1).some((word, index, rest) => word.norm === 'among' || (word.norm === 'as' && !/^(?:part|well|soon|much)$/.test(rest[index + 1]?.norm ?? '')))
  },
  'own-plan': ({tokens, match, after}) => {
    // "They expect to close the deal by June", "One broker agreed to pay a fine": their own plan or act, not a forecast or
    // a view (review r16, items 3 and 7).
    return /^(?:expect|expects|expected|agreed)$/.test(tokens[match.last]!.norm) && after?.norm === 'to'
  },
  'amount-follows': ({tokens, match}) => {
    // "Another added $2 million to the price", "Another added a clause": what was added, not what another person said.
    let next = match.last + 1
    while (tokens[next]?.kind === 'space') next++
    const word = tokens[next]
    return word !== undefined && (/^[\d$€£¥]/u.test(word.raw) || /^(?:a|an|the|to|more|another|some)$/.test(word.norm))
  },
  'not-saying': ({tokens, match, words, wordAt}) => {
    // Round 23: "Economists stressed that…", "…, analysts explained." tell a claim; "traders indicated their respect for the
    // accord by refraining…", "analysts explained the rules" do or tell a thing. A clause or the sentence's end after the verb.
    let next = match.last + 1
    while (tokens[next]?.kind === 'space') next++
    // Review of round 23: a day before the clause ("Traders indicated Tuesday that supplies were tight").
    if (tokens[next]?.kind === 'word' && (weekdays.has(tokens[next]!.norm) || /^(?:today|yesterday)$/.test(tokens[next]!.norm))) {
      next++
      while (tokens[next]?.kind === 'space') next++
    }
    const word = tokens[next]
    if (word === undefined || word.kind !== 'word' || clauseSubjects.test(word.norm)) return false
    // "traders indicated China may lack supplies": a name and a verb open the clause.
    const following = words[wordAt[next]! + 1]
    return !(startsUpperCase(word.raw) && finiteVerbs.has(following?.norm ?? ''))
  },
  'said-no-clause': ({tokens, match, words, wordAt}) => {
    // Review of round 23: a placed crowd's "said|say" needs a claim after it ("some in the crowd said nothing for minutes",
    // "some at the table said grace" tell no view): the sentence's end, "that", a pronoun, or a verb within six words.
    if (!/^(?:said|say)$/.test(tokens[match.last]!.norm)) return false
    const rest = words.slice(wordAt[match.last]! + 1)
    if (rest.length === 0 || clauseSubjects.test(rest[0]!.norm)) return false
    return !rest.slice(0, 6).some((word) => finiteVerbs.has(word.norm))
  },
  alleging: ({tokens, match, words, at, before, after, vocabulary}) => {
    // "Workers alleged GM violated their contract", "Dart had alleged that…", "alleged by the government to be linked…": the
    // verb, whose subject or agent is the accuser, not the adjective that hides one ("its alleged failure"; Reuters-21578).
    if (tokens[match.first]!.norm !== 'alleged') return false
    if (/^(?:that|by)$/.test(after?.norm ?? '')) return true
    // "…decided to take retaliatory action against Japan for its alleged failure to live up to…", "imposed tariffs over Japan's
    // alleged violation": the one who punishes for the deed, earlier in the sentence, is the accuser (Reuters-21578 tune4 label).
    const owner = before && (/'s$/.test(before.norm) || /^(?:its|their|his|her)$/.test(before.norm)) ? at - 2 : at - 1
    if (/^(?:for|over|of)$/.test(words[owner]?.norm ?? '')) {
      const doing = words.slice(0, owner)
      // The doer must be named ("Washington imposed…", "the Reagan Administration's … Council decided to take retaliatory
      // action"); "The tariffs punish the country for its alleged failure" hides who accuses.
      // The doer stands before the punishing word, in the active ("Sanctions were imposed on Russia over its alleged role" hides
      // the accuser), and a capital that only opens the sentence is no name ("Shoppers boycotted the brand for…": review).
      const act = doing.findIndex((word) => punitiveWords.test(word.norm))
      const active = act > 0 && !/^(?:was|were|been|be|is|are)$/.test(doing[act - 1]!.norm)
      if (active && doing.slice(0, act).some((word, index) => startsUpperCase(word.raw) && !vocabulary.determiners.has(word.norm) && !/^(?:it|they|he|she|such)$/.test(word.norm) && (index > 0 || isNameWord(word.raw)))) return true
    }
    if (/^(?:had|has|have|also|who|which|they|he|she|we|it)$/.test(before?.norm ?? '')) return true
    if (!before || !after || vocabulary.determiners.has(before.norm) || /'s$|^(?:and|or|of|for|in|on|at|to|with|from|about|over|against|after|before|into|its|his|her|their|our|two|three|several|many|other)$/.test(before.norm)) return false
    return startsUpperCase(after.raw) || /^(?:the|a|an|his|her|its|their|he|she|it|they)$/.test(after.norm)
  },
  'saying-sense': ({tokens, match, words, wordAt, vocabulary}) => {
    // "added|conceded|admitted|confirmed|denied" as saying only: a clause or the sentence's end after them ("…, one senator
    // added.", "An official confirmed that…", "…denied he had resigned"), not an act ("added an amendment", "conceded the
    // primary race", "admitted to hospital", "denied him entry", "confirmed his identity": review of round 18).
    const verb = tokens[match.last]!
    if (!/^(?:added|adds|conceded|admitted|confirmed|denied)$/.test(verb.norm)) return false
    let next = match.last + 1
    while (tokens[next]?.kind === 'space') next++
    const word = tokens[next]
    // Round 19: a denial is a claim unless it refuses someone a thing ("…official denied any wrongdoing|the report", not
    // "denied him entry", "denied access").
    if (verb.norm === 'denied' && word?.kind === 'word') return refusesThing(vocabulary, words, wordAt[match.last]!)
    return !(word === undefined || word.kind !== 'word' || clauseSubjects.test(word.norm))
  },
} satisfies Partial<Record<GuardName, Guard>>

/**
 * Whether "denied" refuses someone a thing: a person ("denied him entry|a visa"), or a `denied-things` word within its
 * object ("denied the family's request for asylum", "denied reporters access"; review of round 19), before any "that" or
 * verb ("denied the report that access was cut" is a claim).
 */
function refusesThing(vocabulary: Vocabulary, words: Token[], verb: number): boolean {
  if (/^(?:me|him|her|us|them|you)$/.test(words[verb + 1]?.norm ?? '')) return true
  for (let at = verb + 1; at <= verb + 5 && at < words.length; at++) {
    const next = words[at]!.norm
    // Final review of round 19: a verb after the thing makes it a clause's subject ("denied any request had been made").
    if (vocabulary.deniedThings.has(next)) return !verbFollows(words, at)
    if (next === 'that' || finiteVerbs.has(next)) return false
  }
  return false
}

/** Whether a finite verb comes within three words after `at`, before any relative word ("the visa scheme was being scrapped"). */
function verbFollows(words: Token[], at: number): boolean {
  for (const word of words.slice(at + 1, at + 4)) {
    if (/^(?:that|which|who|whom|whose)$/.test(word.norm)) return false
    if (finiteVerbs.has(word.norm)) return true
  }
  return false
}

/**
 * Whether the cue's last word, a verb of telling or denying, gives an order or refuses a thing rather than making a claim:
 * "Officials told|urged|warned residents to stay indoors" (up to three words of object, then "to" and a verb), "Officials
 * denied entry|access to the journalists" (`denied-things` in `_words.yml`). "Officials told Reuters that…" and "warned of
 * floods" still say something.
 */
function ordersOrRefuses(vocabulary: Vocabulary, words: Token[], verb: number): boolean {
  const word = words[verb]?.norm ?? ''
  // Round 19: also a person refused a thing ("A customs officer denied him entry|a visa").
  if (/^(?:denied|deny|denies)$/.test(word)) return refusesThing(vocabulary, words, verb)
  if (!orderVerbs.test(word)) return false
  for (let at = verb + 1; at <= verb + 4 && at < words.length; at++) {
    const next = words[at]!.norm
    if (next === 'to') return at > verb + 1 && /^\p{Ll}/u.test(words[at + 1]?.raw ?? '') && !vocabulary.determiners.has(words[at + 1]!.norm) && !carriesClaim(vocabulary, words, at + 1)
    if (next === 'that' || finiteVerbs.has(next)) return false
  }
  return false
}

/**
 * Whether an order ("told residents to <verb>…", the infinitive at `infinitive`) also passes on a claim: a forecast ("told
 * Reuters to expect a decision"), a reason ("…because the dam could burst") or a clause of saying ("…, warning that the air
 * was toxic").
 */
function carriesClaim(vocabulary: Vocabulary, words: Token[], infinitive: number): boolean {
  if (vocabulary.forecastInfinitives.has(words[infinitive]!.norm)) return true
  // A quoted reason is the officials' own ("told residents to \"leave now because the dam could burst\"").
  return words.some((word, at) => at > infinitive && (givesReason(vocabulary, words, at) || (!word.inQuote && (vocabulary.speechForms.has(word.norm) || (vocabulary.reportedClauseVerbs.has(word.norm) && words[at + 1]?.norm === 'that')))))
}

/**
 * Whether the word at `at` opens a reason or a fear after an order (reason-conjunctions): "because the dam could burst",
 * "since the bank had enough capital", "as the river was rising", "amid fears the dam could burst", "fearing…". Not
 * "because of the storm", "since Monday|6 p.m.|the curfew began" (a time), nor "as a precaution" (no clause: no finite
 * verb within four words; review 12, item 3).
 */
function givesReason(vocabulary: Vocabulary, words: Token[], at: number): boolean {
  const word = words[at]!.norm
  if (!vocabulary.reasonConjunctions.has(word)) return false
  const after = words.slice(at + 1, at + 6)
  if (word === 'because') return after[0]?.norm !== 'of'
  if (word === 'since') return words[at - 1]?.norm !== 'ever' && !after.slice(0, 2).some((next) => isTimeNoun(next.norm) || /^(?:\d|then$|yesterday$|today$|dawn$|midnight$|noon$)/.test(next.norm)) && !after.some((next) => /^(?:began|begun|started|broke|erupted|struck|ended|opened|arrived|took)$/.test(next.norm))
  // "as soon|long as they could" is time or measure, not a reason.
  if (word === 'as') return !/^(?:soon|long|well|much|far|many|quickly|fast|often)$/.test(after[0]?.norm ?? '') && !/^(?:soon|long|well|much|far|many|quickly|fast|often)$/.test(words[at - 1]?.norm ?? '') && after.slice(0, 4).some((next) => finiteVerbs.has(next.norm))
  if (word === 'amid') return /^(?:fears?|concerns?|warnings?)$/.test(after[0]?.norm ?? '')
  return true
}

/** A word after "to" that is whom a source spoke to, not a verb ("confirmed to reporters|them|the…", "described to police"). */
export function isRecipient(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.determiners.has(word) || vocabulary.recipientPronouns.has(word) || vocabulary.recipientNouns.has(word)
}

/**
 * A reporting verb after `from`, before the clause ends ("Diplomats believed to be close to the talks said…", "Officials
 * expected to testify warned…"): not an infinitive ("to testify"), not a noun after a determiner ("the report"), and not a
 * verb of showing or finding ("Water sources described as contaminated showed high lead levels").
 */
export function saysLater(vocabulary: Vocabulary, tokens: Token[], from: number): boolean {
  let previous = ''
  for (let index = from + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'punctuation' && /^[,;:.!?]$/.test(token.raw)) return false
    if (token.kind !== 'word') continue
    if (vocabulary.reportingVerbs.has(token.norm) && !notSpeech.test(token.norm) && previous !== 'to' && !vocabulary.determiners.has(previous)) return true
    previous = token.norm
  }
  return false
}

/**
 * Whether a participle right after its noun is a reduced relative clause ("power sources expected to open", "sources
 * described as contaminated") rather than the noun's verb ("Officials confirmed to Reuters that…", "Officials warned by
 * phone that…"): after "to" a verb must follow, not a recipient; after "by" an agent, with no "that" or "how" clause of the
 * participle's own (second review of round 9).
 */
function reducedRelative(vocabulary: Vocabulary, tokens: Token[], verbAt: number, words: Token[], wordAt: number[]): boolean {
  const link = words[wordAt[verbAt]! + 1]!
  const next = words[wordAt[verbAt]! + 2]
  if (link.norm === 'to') {
    // "Witnesses admitted to the hospital": a place they were taken to, not whom they spoke to.
    if (next !== undefined && isRecipient(vocabulary, next.norm) && vocabulary.placesAdmitted.has(words[wordAt[verbAt]! + 3]?.norm ?? '')) return true
    return next !== undefined && !startsUpperCase(next.raw) && !isRecipient(vocabulary, next.norm) && !/(?:ers|ors|ists|ants)$/.test(next.norm)
  }
  if (link.norm === 'by') {
    for (let index = verbAt + 1; index < tokens.length; index++) {
      const token = tokens[index]!
      if (token.kind === 'punctuation' && /^[,;:.!?]$/.test(token.raw)) break
      // "Officials warned by phone that…", "responded by promising to…" (Chinese MT): the participle is the noun's verb.
      if (/^(?:that|how)$/.test(token.norm) || vocabulary.speechForms.has(token.norm)) return false
    }
  }
  return true
}

/**
 * Whether a verb of replying or pointing says something: "responded that", "replied in a statement that", "responded by
 * saying", "responded by promising to" (Chinese MT), "responded to the criticism, saying", "replied:" or a quotation,
 * "pointed out", "pointed to the floods as proof", "introduced that" (Chinese MT's calque for "explained"), and a verb of pointing
 * before the effect it foresees ("flagged weak exports, which could weigh on growth"). "Officials quickly
 * responded to the fire", "responded to the alarm by closing the terminal", "introduced a congestion charge", "pointed to a
 * map" are actions (reviews of round 9). Other verbs always say.
 */
function replyFollows(vocabulary: Vocabulary, tokens: Token[], match: Match, words: Token[], wordAt: number[]): boolean {
  const verb = tokens[match.last]!.norm
  const after = words[wordAt[match.last]! + 1]
  if (verb === 'introduced') return after?.norm === 'that'
  // Round 26: "Officials pointed to rising debt, which may lead to defaults": the effect foreseen for what they point to is
  // theirs, as "Officials said rising debt may lead to defaults" is (`consequenceAhead`).
  if (verb === 'pointed') return after?.norm === 'out' || speechAhead(vocabulary, tokens, match.last, false, true) || consequenceAhead(tokens, match.last, vocabulary.pointingReactions)
  if (verb === 'responded' || verb === 'replied') return speechAhead(vocabulary, tokens, match.last, true)
  if (verb === 'to' && words[wordAt[match.last]! - 1]?.norm === 'pointed') return speechAhead(vocabulary, tokens, match.last, false, true) || consequenceAhead(tokens, match.last, vocabulary.pointingReactions)
  // "Officials flagged|highlighted|cited|singled out weak exports, which could weigh on growth" (round 26); "Officials flagged the
  // suspicious package" is an act.
  if (/^(?:flagged|highlighted|cited)$/.test(verb) || (verb === 'out' && words[wordAt[match.last]! - 1]?.norm === 'singled')) return consequenceAhead(tokens, match.last, vocabulary.pointingReactions)
  return true
}

/**
 * What a reply or a point says, ahead in its sentence: "saying" or "promising" (also after a comma), a colon, a quotation
 * mark right after the verb, a comma or a colon, "that" after the verb or after a statement's frame ("replied in a statement
 * that", "responded to reporters that"; "responded to the fire that destroyed…" is a relative clause), and with `as`
 * "pointed to the floods as proof".
 */
function speechAhead(vocabulary: Vocabulary, tokens: Token[], from: number, thatCounts: boolean, as = false): boolean {
  let framed = true
  let means = false
  let previous = tokens[from]!
  for (let index = from + 1; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'space') continue
    if (token.kind === 'punctuation') {
      if (token.raw === ':' || (/^["“«]$/.test(token.raw) && (previous === tokens[from] || /^[,:]$/.test(previous.raw)))) return true
      if (/^[;.!?]$/.test(token.raw)) return false
    } else if (token.kind === 'word') {
      if (vocabulary.speechForms.has(token.norm)) return true
      if (as && token.norm === 'as') return true
      if (thatCounts && token.norm === 'that' && framed) return true
      // A statement's noun frames only after "in" or "by" ("in a statement", "by letter"); "responded to a letter that…" is a relative clause.
      framed &&= (statementFrame.has(token.norm) && (!statementNouns.has(token.norm) || means)) || weekdays.has(token.norm)
      if (/^(?:in|by|on|to)$/.test(token.norm)) means = token.norm === 'in' || token.norm === 'by'
    }
    previous = token
  }
  return false
}

/**
 * Review of round 21: a bare crowd's verb with a noun object, not a claim: "Opponents claimed the seat", "Residents maintain
 * the park", "Doctors agreed a new pay deal" (no verb in the clause after the object, as "claimed the vote was rigged" has),
 * "Doctors say no to the contract", "Supporters say the rosary"; "Doctors warned the patient" is told, not a claim. Not "doubt|question|
 * dispute", whose object is the view itself ("Scientists dispute the findings"; final read of round 21).
 */
function nounObject(vocabulary: Vocabulary, tokens: Token[], match: Match, words: Token[], wordAt: number[]): boolean {
  const verb = tokens[match.reportLast]!.norm
  const next = tokens[match.last]!.norm
  const index = wordAt[match.last]!
  if (/^(?:say|says|said)$/.test(verb)) return (/^(?:no|yes)$/.test(next) && words[index + 1]?.norm === 'to') || (/^(?:the|a)$/.test(next) && /^(?:rosary|pledge|prayer|prayers|grace|mass|oath|blessing|creed|liturgy)$/.test(words[index + 1]?.norm ?? ''))
  if (!/^(?:claim|claimed|maintain|maintained|argue|argued|counter|countered|agree|agreed|warn|warned)$/.test(verb)) return false
  if (/^(?:that|it|it's|there|if|whether)$/.test(next)) return false
  // Not the month ("at the annual meeting each May"), whose lower case is the modal.
  return !mainVerbLater(clauseAfter(tokens, match.last).filter((word) => word.raw !== 'May'), 0, vocabulary)
}

/**
 * Review of round 21: a trade's verb that gives no view: a participle with its agent or place ("Analysts questioned by
 * Reuters expected…", "Investors cited in the lawsuit say…"; "Traders cited by Bloomberg said" is an outlet passing a crowd's
 * view on, round 20), "see|saw" with their own things ("Traders saw their bonuses cut"), and "see|question" with a person or
 * a board met somewhere ("Analysts see the company's chief executive at its investor day", "Investors question the board at
 * the annual meeting").
 */
function notAView(vocabulary: Vocabulary, tokens: Token[], match: Match, words: Token[], wordAt: number[]): boolean {
  // The reported verb: the bare crowds' cue ends on the word after it ("[Investors question] the").
  const verb = tokens[match.reportLast]!.norm
  const index = wordAt[match.reportLast]!
  const next = words[index + 1]?.norm ?? ''
  // Final read of round 21: only a verb that makes the crowd its object, and the sentence's main verb later, as the `participle`
  // guard asks ("Analysts speculated in a note that…", "Traders projected in March that…" are the crowd's own verbs).
  if (/^(?:by|in)$/.test(next) && /^(?:questioned|cited|quoted|polled|surveyed|interviewed)$/.test(verb)) return !(/^(?:cited|quoted)$/.test(verb) && next === 'by') && mainVerbLater(words, index + 2, vocabulary)
  if (!/^(?:see|saw|question|questioned)$/.test(verb)) return false
  if (/^(?:see|saw)$/.test(verb) && /^(?:their|his|her|our|my|your|them|him|us|me)$/.test(next)) return true
  const clause = clauseAfter(tokens, match.reportLast)
  if (clause.some((word) => word.norm === 'as')) return false
  // Met at an event ("at the annual meeting", "during the hearing"); final read of round 21: not "in" a state ("Analysts see the
  // board in a difficult position" is a view).
  const place = clause.findIndex((word, at) => at > 0 && /^(?:at|during)$/.test(word.norm))
  return place > 0 && (vocabulary.titles.has(clause[place - 1]!.norm) || /^(?:executive|executives|chairman|president|minister|ceo|director|directors|governor|board|management)$/.test(clause[place - 1]!.norm))
}

/**
 * Review of round 22: officials who feel, see or play something with their senses or in a role ("felt the tremor", "felt their
 * way", "saw a film", "saw no one", "saw signs of the flood damage from a helicopter", "saw him as he left", "saw the film as
 * guests", "tried to play golf", "tried to portray the king in a pageant"), not a view they hold ("feel Funaro's … is further
 * reason", "see signs of improvement", "see these schemes as limited", "sought to depict the action as a warning").
 */
function physicalView(vocabulary: Vocabulary, tokens: Token[], match: Match, words: Token[], wordAt: number[]): boolean {
  // Only the cue's own verb, not one in a later clause ("…since farmers tried to play golf on the site"; final read of round 22).
  let verb = wordAt[match.first]!
  while (verb <= wordAt[match.last]! && !/^(?:feel|felt|see|saw|sought|seek|seeking|tried|try)$/.test(words[verb]!.norm)) verb++
  if (verb > wordAt[match.last]!) return false
  const word = words[verb]!.norm
  const clause = clauseAfter(tokens, tokens.indexOf(words[verb]!)).map((token) => token.norm)
  if (/^(?:feel|felt)$/.test(word)) {
    if (/^(?:that|confident|sure|certain|optimistic|pessimistic|hopeful|nervous|uneasy|unhappy|happy|comfortable|uncomfortable|angry|strongly|it|there)$/.test(clause[0] ?? '')) return false
    // A view's clause has a verb of its own before any "and|or|but" ("felt the hospital needed more staff").
    const end = clause.findIndex((next) => /^(?:and|or|but)$/.test(next))
    const own = clause.slice(0, end < 0 ? clause.length : end)
    return !own.some((next, at) => finiteVerbs.has(next) || (next.endsWith('ed') && (at === 0 || !vocabulary.determiners.has(own[at - 1]!))))
  }
  if (/^(?:see|saw)$/.test(word)) {
    const as = clause.indexOf('as')
    if (as >= 0) return /^(?:he|she|they|we|i|you|it|guests|guest|hosts|members|observers|visitors|spectators|tourists|judges)$/.test(clause[as + 1] ?? '')
    // A trend they foresee ("see a sharp rise in inflation next year"; final read of round 22), not one they watch recur ("see a
    // rise in visitors every summer") nor a sight ("saw a rider fall on the bend").
    const trend = clause.slice(1, 3).some((next, at) => trendWords.test(next) && /^(?:in|of)$/.test(clause[at + 2] ?? '')) && !clause.some((next) => /^(?:every|each)$/.test(next))
    if (/^(?:a|an|no|some|little|growing|any)$/.test(clause[0] ?? '')) return !trend && !clause.slice(0, 3).some((next) => abstractSights.test(next))
    if (/^(?:signs|evidence)$/.test(clause[0] ?? '') && clause[1] !== 'that') return clause.some((next, at) => /^(?:when|while)$/.test(next) || (next === 'from' && /^(?:a|an|the)$/.test(clause[at + 1] ?? '')))
    return false
  }
  // "tried to play down", "sought to portray the plan as a threat": not a game or a part in a pageant.
  if (clause[0] !== 'to') return false
  // "tried to play a bigger role|part in the talks" is a view of their part too (final read of round 22).
  if (clause[1] === 'play') return !/^(?:down|up)$/.test(clause[2] ?? '') && !clause.slice(2, 6).some((next) => /^(?:role|roles|part)$/.test(next))
  return /^(?:portray|depict)$/.test(clause[1] ?? '') && !clause.includes('as')
}

/** Prepositions that open the phrase a participle "expected to" follows ("during an … session expected to start"). */
const participlePrepositions = new Set(['with', 'during', 'of', 'for', 'among', 'including', 'in', 'on', 'at', 'from', 'about', 'like', 'without', 'into', 'over', 'under', 'after', 'before', 'despite', 'by'])
