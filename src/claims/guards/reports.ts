import {bare, isPlaceMedia} from '../attribution.js'
import {type Match, normalizeWord, startsUpperCase, type Token} from '../match.js'
import {namesStudy} from '../names-in-sentence.js'
import type {GuardName, Vocabulary} from '../rules.js'
import {tokenBefore} from '../token-scan.js'
import {isOutletName} from '../unnamed.js'
import {finiteVerbs, offeringDocuments, postModifiers, recordPeriods, rumourAnswers, rumourClauseBreaks, weekdays} from '../word-classes.js'
import type {Guard} from './context.js'

/**
 * Guards on reports, studies, rumours and outlets: a report named by its publisher or outlet, reports or rumours a named
 * subject answers, reports as pieces of work, a study named in the closing tag.
 */
export const reportsGuards = {
  'rumour-answered': ({tokens, match, words, wordAt, at, before}) => {
    // Round 22: rumours someone in the sentence denies, comments on, answers or dispels ("Citicorp denied market rumors that…",
    // "declined to comment on rumours that…", "Rumours of losses are not true, spokesmen said") are what the answer is about,
    // not a claim the story passes on (labelling guide rounds 20 and 22).
    // Review of round 22: any named subject's handling of them ("rejected|quashed|played down|laughed off|addressed|investigated
    // rumours"), a title ("The novel Rumours of War", capitalised inside the sentence) and a topic ("measured how rumors spread").
    if (at > 0 && startsUpperCase(words[at]!.raw)) return true
    if (before?.norm === 'how') return true
    {
      // Final read of round 22: only the clause that governs the rumour answers it, not "…, and the company confirmed its
      // forecast": the words before the cue back to a clause break, and the phrase right after it ("Rumours of losses are
      // not true").
      const clause = (slice: Token[]): string[] => {
        const norms: string[] = []
        for (const token of slice) {
          if (token.kind === 'punctuation') break
          if (token.kind !== 'word') continue
          if (rumourClauseBreaks.test(token.norm)) break
          norms.push(token.norm)
        }
        return norms
      }
      // A later clause that answers the rumour by pointing back at it ("…, but both he and Sarney denied this").
      if (words.some((word, index) => index > wordAt[match.last]! && rumourAnswers.test(word.norm) && /^(?:this|them|these|the)$/.test(words[index + 1]?.norm ?? '') && (words[index + 1]!.norm !== 'the' || /^(?:rumours|rumors|rumour|rumor|reports|report|speculation)$/.test(words[index + 2]?.norm ?? '')))) return true
      const lead = clause(tokens.slice(0, match.first).reverse()).reverse()
      const tail = clause(tokens.slice(match.last + 1)).slice(0, 6)
      return lead.some((word) => rumourAnswers.test(word)) || /\b(?:not (?:true|correct)|(?:play|plays|played|playing) down|(?:laugh|laughs|laughed|laughing) off|(?:brush|brushed|brushes|brushing) aside|denied|dismissed|unfounded|untrue|false)\b/.test([...lead, ...tail].join(' '))
    }
  },
  'reaction-to': ({words, at}) => {
    // Round 21: "press reports" as the object of a named subject's reaction ("had no comment on press reports that…",
    // "denied press reports that…"), not a verb: the labelling guide's round 20 keeps such sentences 0 (news-factbank-tune).
    const before = words.slice(Math.max(0, at - 3), at).map((word) => word.norm)
    const last = before.at(-1) ?? ''
    if (/^(?:denied|denies|deny|denying|confirmed|confirms|confirm|dismissed|rejected)$/.test(last)) return true
    return /^(?:on|about|to)$/.test(last) && before.some((word) => /^(?:comment|comments|commented|commenting|remark|remarked|elaborate|responded|responding|reacted|reacting)$/.test(word))
  },
  'report-responded': ({words, at}) => {
    // Round 22: the sources a report quoted, where a named subject responds to the report ("The company said it was issuing
    // the statement in response to a published report that quoted unidentified industry sources as saying…"): the labelling
    // guide's first round-22 decision keeps a named response to unnamed reports 0.
    let back = at - 1
    if (/^(?:quoted|quoting|cited|citing)$/.test(words[back]?.norm ?? '')) back--
    if (/^(?:that|which)$/.test(words[back]?.norm ?? '')) back--
    if (!/^(?:report|reports|article|articles|story|stories)$/.test(words[back]?.norm ?? '')) return false
    const window = words.slice(Math.max(0, back - 6), back)
    if (unnamedResponder(window.map((word) => word.norm))) return false
    return window.some((word, index, seen) => /^(?:comment|comments|commented|commenting|responded|responding|reacted|reacting|denied|denies|rejected|dismissed)$/.test(word.norm) || (word.norm === 'response' && seen[index + 1]?.norm === 'to'))
  },
  'report-sense': ({tokens, match, words, wordAt, before, after}) => {
    // Review of round 22: reports a named owner issued ("The Bank of England's recent reports of…", "The agency's published
    // reports estimate…", "her newspaper reports of the famine", "…reports put out by the Census Bureau"), reports as pieces
    // of work ("The team worked on reports of each test flight", "relied on reports of stringers", "paid by reports of 800
    // words") and "that" as a determiner ("newspaper reports that night").
    const first = tokens[match.first]!
    const prior = tokenBefore(tokens, match.first)
    if (/^(?:its|their|his|her|our|my)$/.test(before?.norm ?? '') || /['’]s?$/.test(before?.raw ?? '') || (prior !== undefined && /^['’]s?$/.test(prior.raw))) return true
    const lastWord = tokens[match.last]!.norm
    if (/^(?:put|puts)$/.test(lastWord) && after?.norm === 'out') return true
    if (lastWord === 'that' && /^(?:night|morning|day|week|month|year|evening|afternoon|time|summer|winter|spring|autumn)$/.test(after?.norm ?? '')) return true
    if (lastWord === 'of' && /^\d/.test(after?.raw ?? '') && /^(?:words|pages|lines|columns)$/.test(words[wordAt[match.last]! + 2]?.norm ?? '')) return true
    return /^(?:on|by)$/.test(first.norm) && /^(?:worked|work|works|working|relied|rely|relies|relying|paid|pay|pays|filed|wrote|writes)$/.test(before?.norm ?? '')
  },
  'document-tag': ({tokens, match}) => {
    // Review of round 22 ("The underwriters noted that the offering was oversubscribed, according to the prospectus."): a
    // closing "according to" the deal's own document is where the crowd's words come from, so the document is the source.
    const comma = tokens.findLastIndex((token) => token.raw === ',')
    if (comma <= match.last) return false
    const tag = tokens.slice(comma + 1).filter((token) => token.kind === 'word').map((token) => token.norm)
    return tag.length <= 6 && tag[0] === 'according' && tag[1] === 'to' && /^(?:the|its|their)$/.test(tag[2] ?? '') && tag.slice(3).some((word) => offeringDocuments.test(bare(word)))
  },
  'named-response': ({tokens, match, attribution}) => {
    // Round 22: reports a named subject answers ("had no comment on press reports that…", "denied local newspaper reports
    // that…", "In response to reports that…"): the labelling guide's first round-22 decision keeps them 0. A reply word among
    // the five words before, in the same clause.
    const before = tokens.slice(0, match.first).filter((token) => token.kind !== 'space').slice(-6)
    const clause = before.slice(before.findLastIndex((token) => token.kind === 'punctuation') + 1)
    // A named writer's own reports ("analyst James Hamilton has said in recent reports that…").
    if (clause.at(-1)?.norm === 'in' && /^(?:said|says|say|wrote|writes|stated|argued|noted)$/.test(clause.at(-2)?.norm ?? '')) return true
    // Review of round 22: the one who answers is named, not "No one would comment", "There was no comment", "Investors
    // reacted"; "called" is no reply ("Analysts called it a buy on reports that…").
    if (unnamedResponder(clause.map((token) => token.norm))) return false
    // Round 23 (Reuters-21578 tuning half: a named prosecutor "told Reuters his office would focus its attention on Wolfsburg,
    // and not Frankfurt as newspaper reports suggested"): a named source setting its account against the reports.
    // "as" may stand before the reports' own words ("as newspaper reports suggested"); the source's verb comes before the
    // reports (the reader takes "newspaper reports suggested" for a described source of its own).
    if (attribution.kind !== undefined && attribution.kind !== 'anonymous' && attribution.verb !== undefined && attribution.verb < match.first && clause.slice(-3).some((token) => token.norm === 'as') && clause.some((token) => /^(?:not|n't|never|rather)$/.test(token.norm))) return true
    return clause.some((token) => /^(?:comment|comments|commented|commenting|response|responding|responded|reacting|reacted|denied|denies|deny|denying|dispelling|dispelled|dismissed|rejected|confirm|confirms|confirmed|substantiate)$/.test(token.norm))
  },
  'quoted-sources': ({tokens, match, words, wordAt, at}) => {
    // Review of round 21: "quoted … sources" with four free words must go on to what the sources said ("as saying", "saying",
    // "who", "there saying") or close the sentence with sources of no one's ("The newspaper quoted ruling party sources.");
    // not "quoted his sources by name", "quoted sources such as Reuters", "quoted sources of funding", "…that no longer exist".
    if (tokens[match.first]!.norm !== 'quoted' || !/^sources?$/.test(tokens[match.last]!.norm)) return false
    const last = wordAt[match.last]!
    const next = words[last + 1]
    const says = (word: Token | undefined) => /^(?:saying|telling|stating)$/.test(word?.norm ?? '')
    if (says(next) || /^(?:who|there|here)$/.test(next?.norm ?? '') || (next?.norm === 'as' && says(words[last + 2]))) return false
    // Where the sources sit, then what they said ("quoted sources in the ministry as saying").
    if (/^(?:in|at|within|inside|close|familiar|near|from|on)$/.test(next?.norm ?? '') && words.slice(last + 2, last + 9).some((word) => says(word))) return false
    let mark = match.last + 1
    while (tokens[mark]?.kind === 'space') mark++
    const closes = tokens[mark] === undefined || /^[.;:!?]$/.test(tokens[mark]!.raw)
    return !closes || words.slice(at + 1, last).some((word) => /^(?:his|her|its|their|our|my|your|the|these|those)$/.test(word.norm))
  },
  'study-tag': ({tokens, match, vocabulary}) => studyTag(vocabulary, tokens, match),
  'proper-name': ({tokens, match, words, wordAt, vocabulary}) => {
    // "The Associated Press reported": a capitalised "Press" or "Media" inside the sentence is part of a name.
    // The outlet word is checked, not the cue's first word ("…4,500. According to Taiwan media" is one sentence when the split fails).
    const outlet = tokens.slice(match.first, match.last + 1).find((token) => /^(?:media|press)$/.test(token.norm)) ?? tokens[match.first]!
    if (!(outlet !== words[0] && startsUpperCase(outlet.raw))) return false
    // "According to Taipei Media": a place and "Media" describe a country's outlets, not one of them (round 14); "Taiwan Media
    // Group" goes on as a name.
    const index = wordAt[tokens.indexOf(outlet)]!
    let start = index
    const joined = (left: Token, right: Token) => tokens.slice(tokens.indexOf(left) + 1, tokens.indexOf(right)).every((token) => token.kind === 'space')
    while (start > 0 && startsUpperCase(words[start - 1]!.raw) && joined(words[start - 1]!, words[start]!)) start--
    return !(isPlaceMedia(words.slice(start, index + 1).map((word) => word.norm), vocabulary) && !startsUpperCase(words[index + 1]?.raw ?? ''))
  },
  'relative-report': ({tokens, match, words, wordAt, vocabulary}) => {
    // Review of round 20: "that" opens a relative clause on the reports, not a claim they carry: a verb right after it
    // ("reports that contradicted each other", "reports that were denied"), or a short subject and a verb of making a
    // document with only a time or a place after it ("reports that the committee published in May", "…that Nvidia released
    // after the close showing…"). Not when a verb follows ("reports that the study published in May showed…" carry a claim).
    const that = wordAt[match.last]!
    if (words[that]?.norm !== 'that') return false
    const gap = (from: number) => tokens.slice(tokens.indexOf(words[from - 1]!) + 1, tokens.indexOf(words[from]!)).every((token) => token.kind === 'space')
    const next = words[that + 1]
    if (next === undefined || !gap(that + 1)) return false
    const following = words[that + 2]
    const objectOpens = following === undefined || !gap(that + 2) || vocabulary.determiners.has(following.norm) || /^(?:each|one|another|him|them|it|us|in|on|at|after|before|during|over|since|from|to|by|for|with|about|last|earlier|online|widely)$/.test(following.norm) || /ly$/.test(following.norm)
    if (/^\p{Ll}/u.test(next.raw) && (finiteVerbs.has(next.norm) || /^(?:said|says|show|shows|suggest|suggests|indicate|indicates)$/.test(next.norm) || (/ed$/.test(next.norm) && objectOpens))) return true
    for (let verb = that + 2; verb <= that + 5 && verb < words.length; verb++) {
      if (!gap(verb)) return false
      if (!/^(?:published|released|filed|issued|commissioned|compiled|wrote|written|produced|prepared|submitted|drafted|leaked|obtained)$/.test(words[verb]!.norm)) continue
      // One to three words of subject, "had|has|have" may stand before the verb.
      const subject = words.slice(that + 1, verb).filter((word) => !/^(?:had|has|have)$/.test(word.norm))
      if (subject.length === 0 || subject.length > 3 || subject.some((word) => finiteVerbs.has(word.norm))) return false
      const rest: Token[] = []
      for (let index = tokens.indexOf(words[verb]!) + 1; index < tokens.length && tokens[index]!.kind !== 'punctuation'; index++) if (tokens[index]!.kind === 'word') rest.push(tokens[index]!)
      if (rest.length > 0 && !/^(?:in|on|at|after|before|during|since|over|last|this|earlier|late|yesterday|today|and)$/.test(rest[0]!.norm) && !weekdays.has(rest[0]!.norm) && !recordPeriods.test(rest[0]!.norm)) return false
      // Final read of round 20: an object or a complement after the time or place is a clause's ("…that Evergrande filed on
      // Monday for bankruptcy protection", "…that Tokyo issued on Friday a warning"), as is a verb.
      return !rest.some(
        (word, index) =>
          (finiteVerbs.has(word.norm) && /^\p{Ll}/u.test(word.raw)) ||
          /^(?:said|says|show|shows|found|finds|for|to|into|against|as)$/.test(word.norm) ||
          (/ed$/.test(word.norm) && !vocabulary.determiners.has(rest[index - 1]?.norm ?? '') && !/^(?:and|or)$/.test(rest[index - 1]?.norm ?? '')) ||
          (index > 0 && vocabulary.determiners.has(word.norm) && !/^(?:in|on|at|after|before|during|since|over|from|by|with|of|and)$/.test(rest[index - 1]!.norm)),
      )
    }
    return false
  },
  'not-outlet': ({match, words, wordAt, after, vocabulary}) => {
    // "It became known to RBC|The Insider|the publication|us": an outlet learned it; "to the public|police|investigators" is a fact
    // coming out, and so is a body's learning it ("to the Investigative Committee", "to Ukrainian intelligence"; review of round 10).
    const from = wordAt[match.last]! + (after?.norm === 'the' ? 2 : 1)
    const learner = words[from]
    if (!learner) return true
    if (/^(?:us|me)$/.test(learner.norm) || vocabulary.outletNouns.has(learner.norm) || isOutletName(learner.raw, vocabulary)) return false
    // "to the Moscow bureau of Reuters|the Russian service of the BBC": an outlet's bureau learned it (second review of round 10).
    const end = words.findIndex((word, at) => at >= from && word.norm === 'that')
    if (outletHeaded(vocabulary, words.slice(from, end === -1 ? undefined : end).map((word) => word.raw))) return false
    const phrase = words.slice(from, from + 4)
    if (phrase.some((word) => vocabulary.bodies.has(bare(word.norm)))) return true
    return !startsUpperCase(learner.raw) || vocabulary.notNames.has(learner.norm)
  },
  'owned-media': ({before, vocabulary}) => {
    // "A Pew Research Center media analysis", "social media analysis": a named body's analysis, or one of social media, not an outlet's.
    return before !== undefined && (before.norm === 'social' || (startsUpperCase(before.raw) && vocabulary.mediaOwners.has(before.norm)))
  },
  'source-follows': ({after}) => {
    // "according to preliminary data from the health ministry": the figures' publisher follows.
    return /^(?:from|of|by|provided|released|published|compiled|supplied|issued|gathered|collected)$/.test(after?.norm ?? '')
  },
  'publisher-follows': ({tokens, match, words, wordAt, after, vocabulary}) => {
    // "according to one report from|by|of the health ministry", "…published|issued by the ministry" name whose report it is;
    // "…published on Tuesday" does not (round 17's review).
    // Review of round 18: a named publisher only ("…of the meeting", "…by a witness", "…by a local newspaper", "…from the
    // scene" name none), and "report card" is no report.
    if (/^(?:card|cards)$/.test(after?.norm ?? '')) return true
    let link = wordAt[match.last]! + 1
    if (/^(?:published|released|issued|compiled)$/.test(after?.norm ?? '')) link++
    if (!/^(?:from|by|of|in)$/.test(words[link]?.norm ?? '') || (link > wordAt[match.last]! + 1 && words[link]!.norm !== 'by')) return false
    const phrase: Token[] = []
    for (let index = tokens.indexOf(words[link]!) + 1; index < tokens.length && phrase.length < 5 && tokens[index]!.kind !== 'punctuation'; index++) if (tokens[index]!.kind === 'word') phrase.push(tokens[index]!)
    if (/^(?:a|an|one|another|some|several)$/.test(phrase[0]?.norm ?? '')) return false
    return phrase.some((word) => (startsUpperCase(word.raw) && !weekdays.has(word.norm) && !recordPeriods.test(word.norm)) || vocabulary.bodies.has(bare(word.norm)))
  },
  'outlet-follows': ({tokens, match, vocabulary}) => outletNamedAfter(vocabulary, tokens, match.last),
  'outlet-named-after': ({tokens, match, words, wordAt, vocabulary}) => {
    // "According to a news report on CNN|in the Lancet|Tuesday in The Washington Post", "A news story reported by ABC":
    // the outlet is named after the report, after a day word if any (review of round 18).
    let index = wordAt[match.last]! + 1
    if (/^(?:reported|quoted|published|aired|broadcast|carried|cited)$/.test(tokens[match.last]!.norm) && words[index]?.norm === 'by') return true
    while (words[index] && (weekdays.has(words[index]!.norm) || /^(?:today|yesterday|last|this|earlier|week|month|year)$/.test(words[index]!.norm))) index++
    if (!/^(?:on|in|by|from|at)$/.test(words[index]?.norm ?? '')) return false
    const name = words[index + 1]?.norm === 'the' ? words[index + 2] : words[index + 1]
    return name !== undefined && startsUpperCase(name.raw) && !weekdays.has(name.norm) && !recordPeriods.test(name.norm) && !vocabulary.notNames.has(name.norm)
  },
} satisfies Partial<Record<GuardName, Guard>>

/**
 * "according to reports from Reuters|in the Times|from South Korea's "Chosun News"|by the local newspaper Evening Star": the
 * reports' outlet is named after them, by a known outlet's name, a title in quotation marks (machine translation of Chinese
 * news quotes an outlet's name) or a name after an outlet's noun. Within seven words, before any other mark; after "of" only
 * a known outlet ("reports of the "Ghost of Kyiv"" are about it). From the audit of WMT zh→en news (false alarm A).
 */
function outletNamedAfter(vocabulary: Vocabulary, tokens: Token[], last: number): boolean {
  let at = last + 1
  while (tokens[at]?.kind === 'space') at++
  const link = tokens[at]?.norm ?? ''
  if (!/^(?:from|by|in|of)$/.test(link)) return false
  let afterOutletNoun = false
  for (let seen = 0, index = at + 1; index < tokens.length && seen < 7; index++) {
    const token = tokens[index]!
    if (token.kind === 'space') continue
    if (token.kind !== 'word') {
      // A title in quotation marks opens with a capital.
      if (/^["“«]$/.test(token.raw)) return link !== 'of' && startsUpperCase(tokens[index + 1]?.raw ?? '')
      // "the authorities' reports": an owner's mark goes on with the phrase.
      if (/^['’]$/.test(token.raw)) continue
      return false
    }
    seen++
    if (isOutletName(token.raw, vocabulary)) return true
    if (afterOutletNoun && startsUpperCase(token.raw) && link !== 'of') return true
    if (/^\p{Ll}/u.test(token.raw) && vocabulary.outletNouns.has(token.norm)) afterOutletNoun = true
  }
  return false
}

/**
 * Review of round 21: a poll, survey, study or data set whose publisher is named (`namesStudy`) in the tag that ends the
 * sentence ("…, a survey by the council found", "…, according to a Reuters/Ipsos poll", "…, Pew Research Center data show");
 * "…, a study found", "…, a survey of 1,000 investors found" name none.
 */
function studyTag(vocabulary: Vocabulary, tokens: Token[], match: Match): boolean {
  const lastComma = tokens.findLastIndex((token) => token.raw === ',')
  if (lastComma <= match.last) return false
  const words = tokens.filter((token) => token.kind === 'word')
  const tag = tokens.slice(lastComma + 1).filter((token) => token.kind === 'word').map((token) => token.norm)
  // Nineteenth stop: room for a pollster's long name ("according to a public opinion poll by Louis Harris and Assoc Inc").
  if (tag.length > 12) return false
  if (!((tag[0] === 'according' && tag[1] === 'to') || tag.some((word) => /^(?:found|finds|find|show|shows|showed|shown|suggest|suggests|suggested|concluded|indicated|indicates|said|says|reported|reports)$/.test(word)))) return false
  return namesStudy(vocabulary, words, words.length - tag.length)
}

/**
 * Whether a noun phrase is an outlet's: its head noun is an outlet's name or noun ("the Moscow bureau of Reuters",
 * "Interfax-Ukraine", "the government newspaper"), its head is compounded with one ("the news service"), or an outlet
 * follows "bureau|office|service|desk of" ("the Russian service of the BBC", "the Ukrainian service of Radio Liberty").
 * An outlet's word elsewhere belongs to another name ("the Novaya Kakhovka administration"; second review of round 10).
 */
export function outletHeaded(vocabulary: Vocabulary, raws: string[]): boolean {
  const qualifier = raws.findIndex((raw, at) => at > 0 && postModifiers.has(normalizeWord(raw)) && normalizeWord(raw) !== 'of')
  const head = raws[(qualifier === -1 ? raws.length : qualifier) - 1]
  if (head === undefined) return false
  if (isOutletName(head, vocabulary) || vocabulary.outletNouns.has(bare(normalizeWord(head))) || vocabulary.outletNouns.has(normalizeWord(raws.at(-2) ?? ''))) return true
  return raws.some((raw, at) => {
    if (!/^(?:bureau|office|service|desk)$/.test(normalizeWord(raw)) || normalizeWord(raws[at + 1] ?? '') !== 'of') return false
    const outlet = raws[at + 2] !== undefined && normalizeWord(raws[at + 2]!) === 'the' ? raws[at + 3] : raws[at + 2]
    return outlet !== undefined && (isOutletName(outlet, vocabulary) || vocabulary.outletNouns.has(normalizeWord(outlet)))
  })
}

/** Review of round 22: no one or a crowd answers a report ("No one has responded to…", "There was no comment on…", "Investors reacted to…"). */
function unnamedResponder(before: string[]): boolean {
  return before.some((word, at) => /^(?:nobody|investors|traders|markets|analysts|dealers|economists|brokers)$/.test(word) || (word === 'no' && (before[at + 1] === 'one' || /^(?:was|is|been)$/.test(before[at - 1] ?? ''))))
}
