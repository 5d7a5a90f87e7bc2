import {isNameWord} from '../attribution.js'
import {medicalNouns, relativeConsequence} from '../consequence.js'
import {connectiveWords, type Match, startsUpperCase, type Token} from '../match.js'
import type {GuardName, Vocabulary} from '../rules.js'
import {isAdverb, openerBeforeComma, punctuationBetween, tokenBefore} from '../token-scan.js'
import {accountingAmounts, accountingExtraordinary, boosterHosts, clauseMarks, finiteVerbs, firstPerson, genericSubjects, inverted, negations, notGuesses, objectPronouns, pastFrame, phrasePrepositions, physicalSigns, recordPeriods, sourcePersonNoun, subordinators, superlativeBounds, weekdays} from '../word-classes.js'
import type {Guard} from './context.js'

/**
 * Guards that find a hedge's, booster's or judging word in another sense: the month "May"; "can|could|may" of ability, permission
 * or legal power; "likely" comparing rates; set phrases ("slowly but surely"); how clearly something is seen; and a person's
 * own suggestion, promise or stand.
 */
export const wordSenseGuards = {
  month: ({tokens, match, at, after}) => {
    // "May" the month: capitalised inside a sentence, or before a day number.
    const first = tokens[match.first]!
    return (first.raw === 'May' && at > 0) || /^\d/.test(after?.raw ?? '')
  },
  statistics: ({tokens, words, at, before, after}) => {
    // "twice as likely", "more likely to": a comparison of rates, not a guess.
    // "the less likely the authors are to recall", "less and less likely": a forecast of behaviour or a trend (rule 7 of the labelling guide).
    if (/^(?:more|less)$/.test(before?.norm ?? '') && /^(?:the|and)$/.test(words[at - 2]?.norm ?? '')) return false
    if (/^(?:more|less|as|twice|thrice|times|least|equally)$/.test(before?.norm ?? '')) return true
    if (before?.norm !== 'most' || after?.norm !== 'to') return false
    // "Smokers are most likely to…" ranks rates; "…to visit Gazprom, most likely to discuss the debt" is an aside that
    // guesses why (round 16, FactBank tuning): "most likely" set off by a comma or a dash.
    let mark = tokens.indexOf(before) - 1
    while (tokens[mark]?.kind === 'space') mark--
    return !/^(?:,|—|–|--|\()$/.test(tokens[mark]?.raw ?? '')
  },
  'sign-object': ({match, words, wordAt, after}) => {
    // Review of round 22: signs on a post, in Spanish, reading "No Entry", of a break-in or of the zodiac are things, not the
    // writer's reading; signs that a clause follows ("signs the recession is ending", "signs that…") or signs of a state
    // ("signs of recovery|a thaw|reawakened investor nerves") are.
    const next = after?.norm
    if (next === undefined) return true
    if (next === 'of') return words.slice(wordAt[match.last]! + 2, wordAt[match.last]! + 6).some((word) => physicalSigns.test(word.norm))
    return /^(?:on|in|at|along|near|for|with|by|outside|inside|above|over|around|across|reading|saying|pointing|painted|posted|missing|everywhere|up)$/.test(next)
  },
  'person-promise': ({match, words, wordAt, at, vocabulary}) => {
    // Review of round 22: a person who "promises to be tough" makes a promise, a dancer "poised to leap" stands ready; "The
    // season promises to be…", "Prices are poised to…" are the writer's forecast. "Looks set to" is a forecast of anyone.
    const cue = words.slice(at, wordAt[match.last]! + 1)
    if (!cue.some((word) => /^(?:promises|promise|poised)$/.test(word.norm))) return false
    // The cue opens on its verb: the word before is the subject's last.
    let back = at - 1
    while (back > 0 && /^(?:also|now|still|already|clearly)$/.test(words[back]!.norm)) back--
    const subject = words[back]
    if (!subject) return false
    // Final read of round 22: only a performer's "poised to" is bodily poise; "The minister is poised to announce cuts" is the
    // writer's forecast.
    if (cue.some((word) => word.norm === 'poised')) return /^(?:dancer|dancers|player|players|athlete|athletes|singer|actor|actress|gymnast|gymnasts|diver|divers|sprinter|sprinters)$/.test(subject.norm)
    return /^(?:he|she|i|we|you|who|candidate|candidates|dancer|dancers|player|players|athlete|athletes|singer|actor|actress|man|woman|boy|girl|child)$/.test(subject.norm) || sourcePersonNoun.test(subject.norm) || vocabulary.titles.has(subject.norm)
  },
  literal: ({tokens, match, vocabulary}) => {
    // "followed the orders without question": after a noun or a full verb the phrase is manner; the booster follows a
    // comma, an auxiliary or a conjunction ("is without question"), or nothing. "Of course" is literal only after a noun of
    // steering or habit ("a change of course", "a matter of course"): elsewhere it is the booster, commas or not ("the
    // answer of course is sex", round 13).
    let back = match.first - 1
    while (tokens[back]?.kind === 'space') back--
    const previous = tokens[back]
    if (previous?.kind !== 'word') return false
    if (tokens[match.first]?.norm === 'of') return vocabulary.courseNouns.has(previous.norm)
    return !boosterHosts.has(previous.norm)
  },
  'plain-leading': ({tokens, match, words, wordAt, after, vocabulary}) => {
    // "a leading role", "the leading cause of death": a plain description, not puffery ("a leading newspaper");
    // "a Premier League club": a capitalised rank word is part of a name.
    const rank = tokens[match.last]!
    // "extraordinary charges", "an extraordinary item", "an extraordinary shareholders meeting": accounting's and company
    // law's terms (one-off items; a meeting called outside the calendar), not the writer's wonder (FactBank tuning documents).
    if (rank.norm === 'extraordinary') {
      // A gain, loss or profit is a term with an amount near it ("a 60.7 mln dlr extraordinary gain", "an extraordinary gain of
      // 2.1 mln") or with no object after it ("a fall in extraordinary costs."), not "an extraordinary loss of life" (review).
      const noun = wordAt[match.last]! + 1
      const amount = [...words.slice(Math.max(0, noun - 5), noun - 1), ...words.slice(noun + 1, noun + 4)].some((word) => /\d/.test(word.raw))
      return accountingExtraordinary.test(after?.norm ?? '') || (accountingAmounts.test(after?.norm ?? '') && (amount || !/^(?:of|from|on|for|to|in|at)$/.test(words[noun + 1]?.norm ?? '')))
    }
    if (!/^(?:leading|foremost|premier)$/.test(rank.norm)) return false
    // Every rank pattern opens with "a" or "the", so a capitalised rank word is inside the sentence.
    return (rank.norm === 'leading' && vocabulary.plainLeading.has(after?.norm ?? '')) || startsUpperCase(rank.raw)
  },
  manner: ({tokens, match, words, wordAt, vocabulary}) => {
    // "was clearly visible", "is clearly marked", "will clearly mark": how well something is seen, heard or set out, not the writer's certainty.
    // The word after "clearly" itself, wherever it stands in the cue ("[clearly] *ed" ends on that word).
    let clearly = match.last
    while (clearly > match.first && tokens[clearly]!.norm !== 'clearly') clearly--
    const next = wordAt[clearly]! + 1
    if (!vocabulary.clearManner.has(words[next]?.norm ?? '')) return false
    // "will clearly mark a turning point": marking an event is the writer's judgement, not layout (second review of round 9).
    return !(/^(?:mark|marks|marked)$/.test(words[next]!.norm) && words.slice(next + 1, next + 4).some((word) => vocabulary.markedEvents.has(word.norm)))
  },
  idiom: ({tokens, match, words, at, before, after}) => {
    // "slowly but surely" (steadily), "yours truly" (the writer): set phrases, not the writer's certainty.
    const word = tokens[match.first]!.norm
    if ((word === 'surely' && before?.norm === 'but' && words[at - 2]?.norm === 'slowly') || (word === 'truly' && before?.norm === 'yours')) return true
    // Nineteenth stop (Brown press tuning half: "…would have been impossible if the business community was truly interested in
    // the welfare of its employes"): "truly" in a condition says how much, it holds nothing certain.
    if (word === 'truly') {
      const condition = words.slice(Math.max(0, at - 6), at).findLast((other) => /^(?:if|unless)$/.test(other.norm))
      if (condition && !punctuationBetween(tokens, condition, tokens[match.first]!, clauseMarks)) return true
    }
    // "The city could have used some protection", "could have done with more rain": wanted or would have been better off
    // with, a set phrase (labelling guide, round 4), not a guess; "could have used a ladder" is still one.
    if (word === 'could' && words[at + 1]?.norm === 'have') {
      const [verb, next] = [words[at + 2]?.norm, words[at + 3]?.norm]
      return (verb === 'used' && /^(?:some|more|another|extra|fewer|less)$/.test(next ?? '')) || (verb === 'done' && next === 'with')
    }
    // "I certainly hope it sparks some action", "We truly wish them well": the writer's own hope made stronger, no claim
    // held certain (round 16). "He certainly hoped to win" asserts his hope and is still flagged.
    return /^(?:i|we)$/.test(before?.norm ?? '') && /^(?:hope|wish)$/.test(after?.norm ?? '')
  },
  'no-clause': ({match, words, wordAt, vocabulary}) => weatherFollows(vocabulary, match, words, wordAt),
  'legal-power': ({tokens, match, words, wordAt, vocabulary}) => isLegalPower(vocabulary, tokens, match, words, wordAt),
  'person-subject': ({words, at, before, vocabulary}) => {
    // "She left no doubt that she would run", "The minister has left little doubt that…": a person making plain where they
    // stand, their stance reported; "The hearing left little doubt that…" is the writer's reading of events (round 16).
    // The cue opens on "left" ("left little doubt that") or on the "no doubt" after it.
    const left = /^(?:left|leaves|leave|leaving)$/
    const verb = left.test(words[at]!.norm) ? at : left.test(before?.norm ?? '') ? at - 1 : -1
    if (verb < 0) return false
    let back = verb - 1
    while (back > 0 && (/^(?:has|have|had|will|would|did|does|do|already|also)$/.test(words[back]!.norm) || isAdverb(words[back]!))) back--
    const subject = words[back]
    if (!subject) return false
    if (/^(?:he|she|they|i|we|you|who)$/.test(subject.norm)) return true
    // A name, not a place or a day that ends a phrase ("The vote in Ohio|on Tuesday left no doubt…": the writer's reading).
    if (back > 0 && startsUpperCase(subject.raw) && !weekdays.has(subject.norm) && !recordPeriods.test(subject.norm) && !phrasePrepositions.test(words[back - 1]!.norm)) return true
    // "The minister|The appeals court left…" opening the sentence: a person's or a body's stance; "questions to the
    // bankers left…" is the questions' doing.
    const holder = sourcePersonNoun.test(subject.norm) || vocabulary.titles.has(subject.norm) || vocabulary.bodies.has(subject.norm)
    // "Police|Prosecutors left no doubt…" needs no determiner.
    return holder && (back === 0 || (back <= 2 && /^(?:the|a|an|its|his|her|their)$/.test(words[0]!.norm)))
  },
  possession: ({before}) => {
    // "Ganus has no doubt that…": the doubt is the subject's, not the writer's.
    return /^(?:has|have|had|having)$/.test(before?.norm ?? '')
  },
  proposer: ({tokens, match, words, at, before, vocabulary}) => {
    // Nineteenth stop (Brown press tuning half: "I would like to suggest that the landlords and Commissioners get
    // together", "The speaker suggested that the desolation of a post-attack world would be too awful to face"): a person
    // suggesting proposes or says; only a thing that suggests ("the data suggest that") is an inference.
    if (!tokens[match.first]!.norm.startsWith('suggest')) return false
    if (before?.norm === 'to' && /^(?:like|want|wish|venture)$/.test(words[at - 2]?.norm ?? '')) return true
    let back = at - 1
    while (back > 0 && (/^(?:has|have|had|also|would|will|did|does|then|later|once|further)$/.test(words[back]!.norm) || isAdverb(words[back]!))) back--
    const subject = words[back]?.norm ?? ''
    return /^(?:i|we|he|she|you|speaker|speakers|writer|author|authors)$/.test(subject) || sourcePersonNoun.test(subject) || vocabulary.titles.has(subject)
  },
  'intensifier-question': ({tokens, match, words, at}) => {
    // Nineteenth stop (Brown press tuning half: "Where can that improvement possibly come from?"): "possibly" after "can|could"
    // in a question stresses that no answer comes to mind ("How could he possibly know?"); it guesses nothing. The 1961 text
    // closes its questions with "??".
    return tokens[match.first]!.norm === 'possibly' && words.slice(Math.max(0, at - 4), at).some((word) => /^(?:can|could)$/.test(word.norm)) && /^\?+$/.test(tokens.findLast((token) => token.kind !== 'space')?.raw ?? '')
  },
  excused: ({words, at}) => {
    // Nineteenth stop (Brown press tuning half: "…then they may be pardoned for reacting with complete antagonism"): "may|
    // might|could be forgiven|pardoned|excused for" grants that a view is understandable, a set phrase, not a guess.
    return words[at + 1]?.norm === 'be' && /^(?:forgiven|pardoned|excused)$/.test(words[at + 2]?.norm ?? '') && words[at + 3]?.norm === 'for'
  },
  'look-sought': ({words, at, before}) => {
    // Nineteenth stop (Brown press tuning half: "he did not want to appear to be running hat in hand to Premier Khrushchev's
    // doorstep"): the look someone wants, tries or is anxious to give is their aim, not the writer's impression.
    return before?.norm === 'to' && /^(?:want|wants|wanted|wanting|wish|wishes|wished|try|tries|tried|trying|seek|seeks|sought|seeking|anxious|eager|keen|careful|afraid|hoping|hope|hoped|like|liked)$/.test(words[at - 2]?.norm ?? '')
  },
  motion: ({tokens, match, words, wordAt, after, vocabulary}) => {
    // "appeared to Andrew", "appears to the crowd": movement or sight, not seeming ("seemed to me" still seems).
    // An infinitive after the one it appeared to is seeming again: "appeared to this reporter|the crowd to be exhausted" (review r14, item 6).
    if (tokens[match.last]!.norm === 'to' && beAfterRecipient(vocabulary, words, wordAt[match.last]! + 1)) return false
    return tokens[match.last]!.norm === 'to' && tokens[match.first]!.norm.startsWith('appear') && Boolean(after) && (/^[\p{Lu}]/u.test(after!.raw) || vocabulary.determiners.has(after!.norm) || vocabulary.recipientPronouns.has(after!.norm))
  },
  ability: ({tokens, words, at, vocabulary}) => isAbility(vocabulary, words, at, tokens),
  'person-state': ({tokens, match, words, wordAt, at, after, vocabulary}) => {
    // Review of round 25: round 25's readings of an outcome ("seemed certain", "appears divided") said of a person are their
    // composure ("The witness appeared uncertain", "The 19-year-old appeared assured", "The mayor seemed certain he had the
    // votes"), and "divided into" is a thing's parts.
    const state = tokens[match.last]!.norm
    if (state === 'divided') return after?.norm === 'into'
    if (!/^(?:certain|uncertain|assured|resilient)$/.test(state)) return false
    if (state === 'certain' && /^(?:he|she|they|that|of|it|i|we|you)$/.test(after?.norm ?? '')) return true
    const subject = words[at - 1]
    return subject !== undefined && wordAt[match.last]! - at <= 3 && (/^(?:he|she|they|i|we|you)$/.test(subject.norm) || sourcePersonNoun.test(subject.norm) || /-old$/.test(subject.norm) || vocabulary.titles.has(subject.norm) || /^(?:coach|leader|candidate)$/.test(subject.norm))
  },
  // Review of round 25: "Brokers are not sure to benefit": "sure to" is "certain to", no view held.
  'sure-to': ({tokens, match, after}) => tokens[match.last]!.norm === 'sure' && after?.norm === 'to',
  comparison: ({tokens, match, before, after}) => {
    // "could be seen as far away as Illinois": visibility, not interpretation.
    // "not as bad as it seems", "worse than it appears": a comparison with the impression, not a hedge.
    if (tokens[match.first]!.norm === 'it' && /^(?:as|than)$/.test(before?.norm ?? '')) return true
    // "at a higher price than some analysts had expected": the crowd's view is the yardstick, not the claim.
    if (before?.norm === 'than') return true
    // The same with the quantity before a crowd cue that starts at the noun ("than some analysts had expected"; round 24).
    if (/^(?:some|many|most|several|other|the|all)$/.test(before?.norm ?? '') && tokenBefore(tokens, tokens.indexOf(before!))?.norm === 'than') return true
    // "beat the $3.9 billion analysts had expected", "short of the 2.1 percent that economists forecast": the amount the crowd
    // expected is the yardstick too (review of round 24).
    if (expectedAmount(tokens, match.first)) return true
    return tokens[match.last]!.norm === 'as' && /^(?:far|well|much|many|soon|long|early|late|often|recently|likely)$/.test(after?.norm ?? '')
  },
} satisfies Partial<Record<GuardName, Guard>>

/** Words that end an amount: "$3.9 billion", "2.1 percent", "40 cents", "1.5 mln tonnes". */
const amountEnds = /^(?:\d[\d.,]*|hundred|thousand|million|billion|trillion|mln|bln|pct|percent|cents?|points?|dollars?|euros?|pounds?|yen|tonnes?|tons?|barrels?|bushels?|ounces?)$/

/**
 * Whether the crowd cue at `first` follows an amount that "the" opens, with or without "that": "the $3.9 billion analysts had
 * expected", "the 2.1 percent that economists forecast". Reads back at most six tokens past the amount (currency signs and
 * number words) for its "the".
 */
function expectedAmount(tokens: Token[], first: number): boolean {
  let previous = tokenBefore(tokens, first)
  if (previous?.norm === 'that') previous = tokenBefore(tokens, tokens.indexOf(previous))
  if (!previous || !amountEnds.test(previous.norm)) return false
  for (let at = tokens.indexOf(previous) - 1, seen = 0; at >= 0 && seen < 6; at--, seen++) {
    const token = tokens[at]!
    if (token.kind === 'space') continue
    if (token.norm === 'the') return true
    if (token.kind === 'punctuation' && !/^[$€£¥]$/u.test(token.raw)) return false
    if (token.kind === 'word' && !amountEnds.test(token.norm) && !/^(?:about|around|nearly|almost|some|over|under|roughly|mln|dlrs)$/.test(token.norm)) return false
  }
  return false
}

/**
 * "can/could/may" of ability, permission or legal power rather than a guess:
 * negated or habitual ("could not", "may also"), a verb of general possibility
 * or legal consequence ("may include", "could face"), a generic subject
 * ("you could find"), or a subordinate clause ("so they could be closer").
 */
function isAbility(vocabulary: Vocabulary, words: Token[], at: number, tokens: Token[]): boolean {
  // "may, instead, use": the verb after a connective is the modal's ("could thus", "may also" stay as `notGuesses` has them).
  const right = words[at + 1]?.norm ?? ''
  const next = connectiveWords.has(right) && !notGuesses.has(right) ? (words[at + 2]?.norm ?? '') : right
  // "Could Sobchak win?": a question asks, it does not claim.
  if (at === 0 || notGuesses.has(next) || vocabulary.generalVerbs.has(next)) return true
  // "How could they steal so much?", "may your days be happy": inversion asks or wishes, it does not claim.
  if (inverted.has(next)) return true
  // Nineteenth stop (Brown press tuning half: "we might just as well stop talking about Constitutional guarantees"): "may|might
  // (just) as well" says there is no reason not to, a set phrase, not a guess.
  const as = next === 'just' ? at + 3 : at + 2
  if (/^(?:may|might)$/.test(words[at]!.norm) && words[as - 1]?.norm === 'as' && words[as]?.norm === 'well') return true
  if (negations.has(next) && /^(?:could|can)$/.test(words[at]!.norm)) return true
  // "The sources could give no further details", "could see no reason": ability denied by "no" after a verb of finding or
  // telling ("could mean no rate cut" is still a guess).
  if (words[at]!.norm === 'could' && /^(?:no|nothing)$/.test(words[at + 2]?.norm ?? '') && /^(?:give|offer|provide|find|see|say|recall|cite|identify|confirm|detect|explain|name)$/.test(next)) return true
  if (next === 'be' && vocabulary.generalParticiples.has(words[at + 2]?.norm ?? '')) return true
  // Nineteenth stop (Brown press tuning half: "Mail orders for the season … may be addressed to the society"): where to write, a
  // notice's instruction.
  if (next === 'be' && /^(?:addressed|mailed)$/.test(words[at + 2]?.norm ?? '') && words[at + 3]?.norm === 'to') return true
  if (genericSubjects.has(words[at - 1]?.norm ?? '')) return true
  // Nineteenth stop (Brown press tuning half: "Anyone interested in attending the meeting may have reservations with Mrs. John
  // Whelan"): a notice's "anyone interested|wishing|who wants…" makes the modal an offer or a rule (review: "Anyone holding the
  // bonds could lose" is still a guess).
  const noticeSubject = /^(?:interested|wishing|wanting)$/.test(words[1]?.norm ?? '') || (words[1]?.norm === 'who' && /^(?:wishes|wants|wish|want)$/.test(words[2]?.norm ?? ''))
  if (/^(?:anyone|anybody)$/.test(words[0]?.norm ?? '') && noticeSubject && !words.slice(1, at).some((word) => finiteVerbs.has(word.norm))) return true
  // "Depending on the region, yields may be…": variation across cases, not a guess.
  if (words[0]?.norm === 'depending') return true
  // "Under the deal, Iran could enrich uranium to 3.67%": what an agreement or law permits ("Under pressure, he could resign" is still a guess).
  if (words[0]?.norm === 'under' && words.slice(1, at).some((word) => vocabulary.permittingFrames.has(word.norm))) return true
  // First-person narrative "could" is past ability ("we could visit", "the doctor could issue us a pass").
  if (words[at]!.norm === 'could' && next !== 'be' && next !== 'have' && (firstPerson.has(words[at - 1]?.norm ?? '') || objectPronouns.has(words[at + 2]?.norm ?? ''))) return true
  // "Previously, investors needed to visit each bank, but now they could inquire online": a sentence set in the past by its
  // opener tells what was possible then (Chinese MT's 可以, "were able to"; audit of WMT zh→en news), not a guess.
  if (words[at]!.norm === 'could' && next !== 'be' && next !== 'have' && pastFrame.test(openerBeforeComma(tokens))) return true
  // "Neither side could open the scoring": negated ability.
  if (words.slice(Math.max(0, at - 3), at).some((word) => /^(?:neither|no|none|nobody|nothing|nor)$/.test(word.norm))) return true
  const consequence = relativeConsequence(words, at)
  for (let back = at - 1; back >= Math.max(0, at - 5); back--) {
    // "…change how the body works and may lead to": "and" opens a new clause the subordinator does not cover.
    if (/^(?:and|or|but)$/.test(words[back]!.norm)) break
    if (back === at - 1 && consequence) continue
    // Round 25 (Brown press and Reuters-21578 tuning halves: "While “better late than never” may have certain merits, the … award
    // strikes me as…" (still silent: "strikes me"), "While this may curb the amount of maize delivered…, the government also
    // acted…", "While the option may be unpalatable to the U.S. banks, …"): a concession opening the sentence grants a
    // possibility in the writer's voice; it is no subordinate clause of ability. A source's concession is left by the
    // attribution guards ("While lawmakers may object…, sources said"). Only opening the sentence: after a comma "while" is
    // mostly "whereas" ("The stiffest have more beeswax, while the lightest may have more oils": WikiWeasel train). "May|might"
    // only: a conceded "could" is often past ability or a road not taken ("While he could have left, he stayed").
    // Review of round 25: not a court's or a chamber's power ("While the court may order a retrial, it rarely does") nor a
    // drug's listed effects ("While the drug may cause headaches, …").
    if (back === 0 && words[back]!.norm === 'while' && /^(?:may|might)$/.test(words[at]!.norm) && !words.slice(1, at).some((word) => vocabulary.legalForums.has(word.norm) || chambers.test(word.norm) || medicalNouns.test(word.norm))) continue
    // "That sale, however, could still fall through": "however" between commas is a connective, not "however hard they try".
    if (words[back]!.norm === 'however' && tokens.slice(tokens.indexOf(words[back]!) + 1).find((token) => token.kind !== 'space')?.raw === ',') continue
    if (subordinators.has(words[back]!.norm)) return true
    // Nineteenth stop (Brown press tuning half, a tuning label 0: "Since two of these could be trustees of the college, …"): a
    // reason clause, as "because" is; not the adverb right before the modal ("heavy rains since could have caused damage"), nor
    // a preposition set off by commas ("Mortgage rates, up sharply since March, could climb": review).
    if (words[back]!.norm === 'since' && back < at - 1 && !punctuationBetween(tokens, words[back]!, words[at]!)) return true
    // Nineteenth stop (Brown press tuning half: "they opposed every move that might improve it"): a relative "that" on "any|every|
    // each" and its noun tells a kind of thing, not a guess ("any deal that could cost jobs").
    if (words[back]!.norm === 'that' && /^(?:any|every|each)$/.test(words[back - 2]?.norm ?? '')) return true
  }
  // Nineteenth stop (Brown press tuning half: "He could read on the nearby scoreboard that Palmer … was leading him"): "could
  // read|sense" with a "that" clause tells what someone was able to make out, not a guess; not "hear" ("The court could hear
  // the appeal that was filed": a forecast with a relative clause), nor "tell" ("The minister could tell parliament on Tuesday
  // that…": review), nor "that as".
  if (words[at]!.norm === 'could' && /^(?:read|sense)$/.test(next) && words.slice(at + 2, at + 8).some((word, index, span) => word.norm === 'that' && span[index + 1]?.norm !== 'as')) return true
  // Nineteenth stop (Brown press tuning half: "the maximum loan the state could make to a local water project"): a bound set
  // by a superlative, its noun followed by the modal's own subject with no preposition before it ("the best thing the council
  // could do"), tells a limit, not a guess; "The largest bank in the country could fail" has one subject.
  for (let back = at - 2; back >= Math.max(1, at - 6); back--) {
    if (!superlativeBounds.test(words[back]!.norm) || words[back - 1]!.norm !== 'the') continue
    const between = words.slice(back + 1, at)
    const subject = between.findIndex((word, index) => /^(?:the|a|an|he|she|they|it|we|i|you|its|their|his|her)$/.test(word.norm) && !/^(?:in|of|on|at|for|from|with|by|to|into|over|under|across|than|as|and|or|but)$/.test((index > 0 ? between[index - 1]! : words[back]!).norm))
    if (subject >= 0 && !punctuationBetween(tokens, words[back]!, words[at]!) && !between.some((word) => finiteVerbs.has(word.norm))) return true
    break
  }
  // Nineteenth stop (Brown press tuning half: "…so that intelligent men with good intentions from all countries could meet and
  // solve problems"): a purpose after "so that" with a long subject, no comma, clause or other verb between.
  const purpose = words.slice(Math.max(0, at - 12), at).findLastIndex((word, index, span) => word.norm === 'that' && span[index - 1]?.norm === 'so')
  if (purpose >= 0) {
    const from = Math.max(0, at - 12) + purpose
    // Not a result after a comma ("Rents have doubled, so that many families could soon be priced out": review).
    const result = tokens.slice(0, tokens.indexOf(words[from - 1]!)).findLast((token) => token.kind !== 'space')?.raw === ','
    if (!result && !words.slice(from + 1, at).some((word) => /^(?:and|or|but)$/.test(word.norm) || finiteVerbs.has(word.norm)) && !punctuationBetween(tokens, words[from]!, words[at]!, clauseMarks)) return true
  }
  return words[at]!.norm === 'may' && isGenericSubject(vocabulary, words, at)
}

/** Chambers that hold powers of their own ("While the Senate may confirm judges by a simple majority, …"). */
const chambers = /^(?:senate|congress|parliament|house|assembly|council|commission|committee|board|president|governor)$/

/**
 * Reference-book "may" has a generic subject: a bare plural ("snakes may hiss",
 * "clinicians may resist") or an indefinite one ("a practitioner may be").
 */
function isGenericSubject(vocabulary: Vocabulary, words: Token[], at: number): boolean {
  const subject = words[at - 1]
  if (!subject) return false
  // A name is neither a bare plural nor "a practitioner": a capitalised word inside the sentence that the dictionary does not
  // know ("a neutral Laos may have led": Brown tuning half) or that ends a capitalised run after "the" ("The United States may
  // retaliate"). "In camp, Scouts may build", "Lawful Permanent Residents may apply" (WikiWeasel) stay generic.
  if (at > 1 && startsUpperCase(subject.raw) && /\p{Ll}/u.test(subject.raw)) {
    let start = at - 1
    while (start > 0 && startsUpperCase(words[start - 1]!.raw) && words[start - 1]!.norm !== 'the') start--
    if (isNameWord(subject.norm) || words[start - 1]?.norm === 'the') return false
  }
  const bareWord = subject.norm.replace(/'s$/, '')
  const barePlural = /[^s']s$/.test(bareWord) && bareWord.length > 3 && !/^(?:this|his|its|has|was|does|us|yes|thus|news)$/.test(bareWord) && words[at - 2]?.norm !== 'the'
  if (barePlural && !vocabulary.backReferences.has(bareWord) && !forecastsQuantity(vocabulary, words, at)) return true
  return words.slice(Math.max(0, at - 3), at).some((word) => /^(?:a|an|any|each|every)$/.test(word.norm))
}

/**
 * Issue 6: a bare plural that names a quantity of news copy, before "may" (and at most one adverb) and a verb of change or
 * outcome, is the writer's forecast ("Oil prices may rise next year", "Coffee exports may fall further"), not reference-book
 * "may". A "when|whenever" after it tells what happens each time ("Prices may rise when demand outstrips supply"): generic.
 */
function forecastsQuantity(vocabulary: Vocabulary, words: Token[], at: number): boolean {
  if (!vocabulary.quantityPlurals.has(words[at - 1]!.norm)) return false
  const adverb = words[at + 1] && (isAdverb(words[at + 1]!) || /^(?:further|soon|still|yet|even|eventually)$/.test(words[at + 1]!.norm))
  const verb = adverb ? at + 2 : at + 1
  if (!vocabulary.changeVerbs.has(words[verb]?.norm ?? '')) return false
  return !words.slice(verb + 1).some((word) => /^(?:when|whenever)$/.test(word.norm))
}

/**
 * "appeared to him|this reporter to be": "to be|have" right after the one it appeared to (a name or pronoun, or a determiner
 * and a noun), from `recipient`. Not a later infinitive of another verb ("appeared to Chloe, taunting her to commit…").
 */
function beAfterRecipient(vocabulary: Vocabulary, words: Token[], recipient: number): boolean {
  const to = vocabulary.determiners.has(words[recipient]?.norm ?? '') ? recipient + 2 : recipient + 1
  return words[to]?.norm === 'to' && /^(?:be|have)$/.test(words[to + 1]?.norm ?? '')
}

/**
 * "It was clear this morning", "It was clear the whole day": the zero-"that" cue is the weather when a time phrase follows
 * it ("this|the whole|all … morning|day|week"), not a clause ("It is clear the president lied"). Tested this way round
 * because a clause's verb cannot be told from a noun by its form ("the voters want change"; second review of round 9).
 */
function weatherFollows(vocabulary: Vocabulary, match: Match, words: Token[], wordAt: number[]): boolean {
  const first = wordAt[match.last]!
  // "this morning", "the whole day", "the rest of the week"; "the day of reckoning has come" is a clause.
  let at = first + 1
  let span = words[first]!.norm === 'this'
  while (at < words.length && /^(?:whole|entire|rest|of|the|next|following|previous)$/.test(words[at]!.norm)) {
    span = true
    at++
  }
  return span && vocabulary.weatherSpans.has(words[at]?.norm ?? '') && words[at + 1]?.norm !== 'that' && !finiteVerbs.has(words[at + 1]?.norm ?? '')
}

/**
 * "deny|dispute" of legal power or a compound noun, not certainty: "beyond dispute resolution", "it cannot be disputed in
 * court", "Under the treaty|new rules, nobody can deny…" with no clause after it (what a law permits, as `isAbility` reads
 * "can"), and "deny" with a person and then a thing ("deny a patient emergency care", "deny refugees the right", "deny her|
 * Ukraine the right", third review of round 10). Certainty denies a clause or a fact ("deny that…", "deny the economy shrank", "deny the scale of the disaster", "Under the plan, no
 * one can doubt that…"; second review of round 10, which found the first guard took any object for a person).
 */
function isLegalPower(vocabulary: Vocabulary, tokens: Token[], match: Match, words: Token[], wordAt: number[]): boolean {
  const last = tokens[match.last]!.norm
  const next = wordAt[match.last]! + 1
  const after = words.slice(next, next + 3).map((word) => word.norm)
  if (/^(?:dispute|argument)$/.test(last) && vocabulary.disputeCompounds.has(after[0] ?? '')) return true
  if (/^(?:in|before|at|by|under)$/.test(after[0] ?? '') && after.slice(1).some((word) => vocabulary.legalForums.has(word))) return true
  const following = tokens.slice(match.last + 1).find((token) => token.kind !== 'space')
  const clause = last === 'that' || (following?.kind === 'word' && vocabulary.deniedClauses.has(following.norm))
  if (!clause && words[0]?.norm === 'under' && words.slice(1, wordAt[match.first]).some((word) => vocabulary.legalFrames.has(word.norm))) return true
  if (last !== 'deny') return false
  // A person, then a thing: "a patient emergency care", "refugees the right", "anyone access"; a pronoun or a name before
  // a determiner or a thing a person is denied ("her the right", "Ukraine the right", "them a fair trial", "her access";
  // "her role in the war" is a fact).
  if ((/^(?:me|him|her|us|them|you)$/.test(after[0] ?? '') || startsUpperCase(words[next]?.raw ?? '')) && (/^(?:a|an|the|any|their|its|his|her|our|my|your)$/.test(after[1] ?? '') || vocabulary.deniedThings.has(after[1] ?? ''))) return true
  const person = /^(?:a|an|the|any|their|its)$/.test(after[0] ?? '') ? 1 : 0
  const thing = words[next + person + 1]
  return vocabulary.deniedPersons.has(after[person] ?? '') && thing !== undefined && !finiteVerbs.has(thing.norm) && !/ed$/.test(thing.norm)
}
