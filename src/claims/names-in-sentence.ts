import type {CueFinding} from './analyse.js'
import {bare, documentNouns} from './attribution.js'
import {startsUpperCase, type Token} from './match.js'
import type {Vocabulary} from './rules.js'
import {SentenceWords} from './token-scan.js'
import {isOutletName} from './unnamed.js'
import {publishingVerbs, recordPeriods, studyLinks, weekdays} from './word-classes.js'

/**
 * Whether a sentence names a person, two people, a study, an outlet or a work of fiction: what the story's bookkeeping
 * and the guards ask of a sentence.
 */

/** Works of fiction whose plot a present-tense "says|tells" retells (`plot-summary`). */
const fictionWords = /^(?:movie|movies|novel|novels|novella|opera|musical|sitcom|episode|screenplay)$/

/** Whether the words name a work of fiction (`plot-summary`); "film" only as "in the film", "the film's plot", "the plot of". */
export function namesFiction(words: Token[]): boolean {
  return words.some((word, at) => {
    if (fictionWords.test(word.norm)) return true
    const prior = words[at - 1]?.norm
    if (/^(?:film|films)$/.test(word.norm)) return prior === 'the' && (words[at - 2]?.norm === 'in' || /^['’]s$/.test(words[at + 1]?.raw ?? '') || words[at + 1]?.norm === 'plot')
    return word.norm === 'plot' && ((prior === 'the' && words[at + 1]?.norm === 'of') || /['’]s$/.test(words[at - 1]?.raw ?? '') || /^['’]s$/.test(words[at - 1]?.raw ?? ''))
  })
}

/**
 * Review of round 23: a person the writer's sentence brings in, which ends a "He said" pointing back over it to an unnamed
 * speaker: a given name and a name, or two names after "by" ("The bid was made by Carl Icahn", "Texaco chairman Alfred
 * DeCrane met…"), a name before an irregular past ("…, and Scargill led the march"), or a name opening the sentence before
 * an age, or a post or a doer's noun, set off by commas ("Smith, 54, joined…", "Jones, the mine manager, gave…") or before
 * a verb only a person does ("Thatcher spoke to Reagan").
 */
export function newPersonAt(vocabulary: Vocabulary, tokens: Token[], words: Token[], at: number): boolean {
  const word = words[at]!
  const next = words[at + 1]
  if (word.inQuote || !plainName(vocabulary, word)) return false
  if ((vocabulary.givenNames.has(word.norm) || words[at - 1]?.norm === 'by') && next !== undefined && plainName(vocabulary, next) && !startsUpperCase(words[at + 2]?.raw ?? '')) return true
  if (at > 0) return vocabulary.irregularPasts.has(next?.norm ?? '')
  if (/^(?:said|says|told|spoke|met|flew|wrote|promised|resigned|died|testified)$/.test(next?.norm ?? '')) return true
  const after = tokens.slice(tokens.indexOf(word) + 1).filter((token) => token.kind !== 'space')
  if (after[0]?.raw !== ',') return false
  if (/^\d{1,2}$/.test(after[1]?.raw ?? '') && after[2]?.raw === ',') return true
  const close = after.findIndex((token, index) => index > 0 && token.raw === ',')
  return /^(?:the|a|an)$/.test(after[1]?.raw.toLowerCase() ?? '') && close > 0 && close <= 6 && (vocabulary.postNouns.has(after[close - 1]!.norm) || /(?:er|or|ist|man|woman)$/.test(after[close - 1]!.norm))
}

/**
 * Whether the sentence names a person who holds a post: a title before a capitalised name ("Mayor Karen Bass", "Maj. Gen. Pat
 * Ryder"), or a given name and a surname with a post in the words around them ("Maria Ruiz, the deputy finance minister",
 * "named Anna Lind as its new envoy"; review of round 21, item 1j). Not a name alone: "Dr. Slepian's home" is the victim's.
 */
export function namesPerson(vocabulary: Vocabulary, sentenceWords: SentenceWords, tokens: Token[]): boolean {
  const {words} = sentenceWords.of(tokens)
  return words.some((_, at) => namesPersonAt(vocabulary, words, at))
}

/**
 * Whether the sentence names two people, one of them with a post (`namesPerson`): two runs of a capitalised word and a plain
 * name ("Health Minister Ana Lopes and her deputy, Rui Costa"; not "Mayor Karen Bass visited … on Monday").
 */
export function namesTwoPeople(vocabulary: Vocabulary, sentenceWords: SentenceWords, tokens: Token[]): boolean {
  const {words} = sentenceWords.of(tokens)
  if (!words.some((_, at) => namesPersonAt(vocabulary, words, at))) return false
  const names = words.filter((word, at) => at > 0 && !word.inQuote && plainName(vocabulary, word) && startsUpperCase(words[at - 1]!.raw) && !startsUpperCase(words[at + 1]?.raw ?? ''))
  return names.length >= 2
}

function namesPersonAt(vocabulary: Vocabulary, words: Token[], at: number): boolean {
  const word = words[at]!
  const next = words[at + 1]
  if (!next || word.inQuote || !startsUpperCase(word.raw) || !plainName(vocabulary, next)) return false
  if (vocabulary.officeTitles.has(word.norm)) return true
  return vocabulary.givenNames.has(word.norm) && words.slice(Math.max(0, at - 3), at + 10).some((near) => vocabulary.postNouns.has(near.norm))
}

/**
 * Whether the claim after the sentence's unnamed-source finding names a person ("A White House official said Vice President
 * Kamala Harris would travel…", "A police official said Maria Lopez, 34, was rescued"): a `"…," she said` after it may be
 * theirs (review of round 18). A title before a capitalised word, or two capitalised words and an age.
 */
export function namesPersonAfter(vocabulary: Vocabulary, tokens: Token[], findings: CueFinding[]): boolean {
  const end = Math.max(...findings.filter((finding) => finding.rule.ruleId === 'anonymous').map((finding) => finding.end))
  const words = tokens.filter((token) => token.kind === 'word' && token.start >= end && !token.inQuote)
  return words.some((word, index) => {
    const next = words[index + 1]
    if (next === undefined || !startsUpperCase(next.raw) || tokens.slice(tokens.indexOf(word) + 1, tokens.indexOf(next)).some((token) => token.kind !== 'space')) return false
    // A person's age after the name ("Maria Lopez, 34,"); two capitalised words alone are often a firm ("Ford Credit").
    const age = tokens.slice(tokens.indexOf(next) + 1).filter((token) => token.kind !== 'space').slice(0, 2)
    return (startsUpperCase(word.raw) && vocabulary.titles.has(word.norm) && plainName(vocabulary, next)) || (plainName(vocabulary, word) && plainName(vocabulary, next) && age[0]?.raw === ',' && /^\d{1,2}$/.test(age[1]?.raw ?? ''))
  })
}

/**
 * Whether a word may be part of a person's name (`namesPerson`, `namesPersonAfter`): capitalised, and no body, place, title,
 * outlet, weekday or month ("Mayor Karen Bass", not "Mayor Tuesday" nor "Officer Police").
 */
function plainName(vocabulary: Vocabulary, word: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word.raw) && !vocabulary.notNames.has(word.norm) && !vocabulary.bodies.has(bare(word.norm)) && !vocabulary.crowdPlaces.has(bare(word.norm)) && !vocabulary.titles.has(word.norm) && !vocabulary.outletNouns.has(word.norm) && !weekdays.has(word.norm) && !recordPeriods.test(word.norm)
}

/**
 * Whether the words from `from` on name a study, report, survey or data set by its journal, body or author: after it ("A
 * study published in Nature", "a survey by the council", "a paper by Smith", "the journal Science") or right before it ("a
 * Harvard study", "the WHO's report", "Pew Research Center data"). Not "of", which says what was studied ("a survey of 1,000
 * investors", "A study of Britons"), nor a day, a month or a nationality ("Tuesday's report", "A Chinese study"), nor an
 * outlet: a press report ("a Reuters report", "a report in The New York Times") passes a claim on. Final read of round 21:
 * the one check of `study-before`, `study-tag` and `no-firm-before`.
 */
export function namesStudy(vocabulary: Vocabulary, words: Token[], from = 0): boolean {
  const name = (word: Token | undefined) => word !== undefined && startsUpperCase(word.raw) && !vocabulary.notNames.has(bare(word.norm)) && !weekdays.has(bare(word.norm)) && !recordPeriods.test(bare(word.norm)) && !vocabulary.titles.has(bare(word.norm))
  for (let index = from; index < words.length; index++) {
    if (!isStudyNoun(vocabulary, words[index]!.norm)) continue
    // Right before it, but not the sentence's first word, capitalised anyway ("Opinion polls show").
    const before = words[index - 1]
    if (index - 1 > 0 && index - 1 >= from && name(before) && !isOutletName(before!.raw, vocabulary)) return true
    let at = index + 1
    let link = words[index]!.norm === 'journal' ? 'journal' : ''
    for (; at < words.length && studyLinks.test(words[at]!.norm); at++) if (/^(?:in|by|from|at)$/.test(words[at]!.norm)) link = words[at]!.norm
    if (!link || at >= words.length) continue
    // A body by its noun publishes too ("by the council", "from the ministry").
    if (/^(?:by|from)$/.test(link) && !startsUpperCase(words[at]!.raw) && vocabulary.bodies.has(bare(words[at]!.norm))) return true
    let end = at
    while (end < words.length && startsUpperCase(words[end]!.raw)) end++
    if (name(words[at]) && !words.slice(at, end).some((word) => isOutletName(word.raw, vocabulary))) return true
  }
  return false
}

/** A study's, report's or data set's noun: `documentNouns` but "statement", `figure-nouns`, and a paper, trial, review or journal. */
function isStudyNoun(vocabulary: Vocabulary, norm: string): boolean {
  const word = bare(norm)
  return (documentNouns.has(word) && word !== 'statement') || vocabulary.figureNouns.has(word) || /^(?:papers?|trials?|reviews?|journals?)$/.test(word)
}

/** Whether the sentence names an outlet: a known one, or a capitalised name that publishes ("The Boston Globe published|reported"). */
export function namesOutlet(vocabulary: Vocabulary, tokens: Token[]): boolean {
  // One pass over every sentence, with no array of its words and no expression object per word (a literal inside a
  // callback is a new RegExp each time it runs): a capitalised word after the first that may name the outlet is kept
  // until the word after it says whether it publishes.
  let first = true
  let publisher = false
  for (const word of tokens) {
    if (word.kind !== 'word') continue
    if (isOutletName(word.raw, vocabulary) || (publisher && publishingVerbs.test(word.norm))) return true
    publisher = !first && startsUpperCase(word.raw) && !vocabulary.notNames.has(word.norm)
    first = false
  }
  return false
}
