import {withoutCompanyForm} from '../names/company-forms.js'
import type {NameRecord} from '../names/style-sheet.js'
import type {Sourcing} from '../types.js'
import type {SentenceRecord} from './analyse.js'
import {inSentenceCase, unnamedPeopleOnly} from './attribution.js'

/** Two claims that share this many content words report the same story. */
const sameStoryWords = 3
const stopWords = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'were', 'will', 'would', 'their', 'there', 'which', 'about', 'into', 'also', 'only', 'said', 'according', 'citing', 'reported', 'than', 'they', 'them', 'other', 'such', 'more', 'some', 'after', 'before', 'while', 'these', 'those', 'directly', 'issued'])

/** Crude stem so that "order" and "ordered" meet; good enough for same-story detection. */
function contentWords(record: SentenceRecord, exclude: Set<string>): Set<string> {
  const words = new Set<string>()
  for (const token of record.tokens) {
    if (token.kind !== 'word' || token.inQuote || token.norm.length < 4 || stopWords.has(token.norm)) continue
    const stem = token.norm.replace(/'s$/, '').slice(0, 5)
    if (!exclude.has(stem)) words.add(stem)
  }
  return words
}

/** The capitals that open a name's words ("Beijing Stock Exchange" → BSE), for matching its acronym. */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
}

/**
 * The acronyms a story defines in brackets after a name ("the Federal Security Service (FSB)"): acronym → the
 * capitalised name before it, small words inside it kept ("Bank of Russia").
 */
function definedAcronyms(sentences: SentenceRecord[]): Map<string, string> {
  const defined = new Map<string, string>()
  for (const {tokens} of sentences) {
    for (let at = 2; at < tokens.length; at++) {
      if (tokens[at]!.raw !== ')' || tokens[at - 2]!.raw !== '(' || !/^\p{Lu}{2,6}$/u.test(tokens[at - 1]!.raw)) continue
      const words: string[] = []
      for (let back = at - 3; back >= 0; back--) {
        const token = tokens[back]!
        if (token.kind === 'space') continue
        if (token.kind !== 'word' || !(/^\p{Lu}/u.test(token.raw) || /^(?:of|and|for)$/.test(token.norm))) break
        words.unshift(token.raw)
      }
      while (words.length > 0 && (!/^\p{Lu}/u.test(words[0]!) || words[0] === 'The')) words.shift()
      if (words.length > 1) defined.set(tokens[at - 1]!.raw, words.join(' '))
    }
  }
  return defined
}

/**
 * Merges "Putin" into "Vladimir Putin", "Biogen" into "Biogen Inc", "CSR's" into "CSR", and an acronym into the name it stands for ("BSE" into "Beijing Stock Exchange" by
 * its initials, "FSB" into "Federal Security Service" as the story defines it), when both appear: the fuller name is kept.
 */
function canonicalNames(names: string[], acronyms: Map<string, string>): Map<string, string> {
  const canonical = new Map<string, string>()
  for (const written of names) {
    // "CSR's" where the story also names "CSR": one source (a name that ends its subject keeps the mark: "Moody's said").
    const bareForm = written.replace(/[’']s$/, '')
    const name = bareForm !== written && names.includes(bareForm) ? bareForm : written
    // By initials only from three letters: "AP" is also Andrei Petrov's (last read); a story's own definition holds at any length.
    const byInitials = /^\p{Lu}{3,6}$/u.test(name)
    const fuller = names.find(
      (other) =>
        other !== name &&
        (other.endsWith(` ${name}`) || withoutCompanyForm(other) === name || (other.includes(' ') && ((byInitials && initials(other) === name) || acronyms.get(name) === other))),
    )
    canonical.set(written, fuller ?? name)
  }
  return canonical
}

/**
 * The sourcing summary of one article: who is named, how claims travel
 * ("RIA Novosti ← Record ← anonymous sources"), and counts an editor can scan.
 * A chain comes from "X citing Y", and from the same story told twice: when the
 * lead credits A and a later sentence has B reporting the same facts, A relays B.
 */
export function summarise(sentences: SentenceRecord[]): Sourcing {
  // A headline in capitals is read in sentence case to find its verb ("ARGENTINA SAYS COULD FOLLOW…"), but its words give no
  // names a reader should see listed ("LAWSON" beside "Nigel Lawson", "MLN DLR"): the story's sentences name its sources.
  const spelled = sentences.filter((record) => inSentenceCase(record.tokens) === record.tokens)
  const all = spelled.flatMap((record) => record.attribution.named)
  const canonical = canonicalNames([...new Set(all)], definedAcronyms(sentences))
  const name = (source: string) => canonical.get(source) ?? source
  const named = [...new Set(all.map(name))]

  // One who cites, described as "the paper", is written as it opens the sentence or not ("Citing sources, the paper said" and
  // "The paper, citing sources, said"): one link, written as a chain's head.
  const citer = (source: string) => name(source).replace(/^the /, 'The ')
  const links = new Map<string, string>()
  const link = (from: string, to: string) => {
    if (from !== to && !links.has(from)) links.set(from, to)
  }
  spelled.forEach((record, index) => {
    for (const cite of record.attribution.cites) {
      link(citer(cite.from), name(cite.to))
      const exclude = new Set(cite.from.toLowerCase().split(/\s+/).map((word) => word.slice(0, 5)))
      const story = contentWords(record, exclude)
      const earlier = spelled.slice(0, index).find((other) => {
        if (other.attribution.kind !== 'named' || !other.attribution.source || citer(other.attribution.source) === citer(cite.from)) return false
        const shared = [...contentWords(other, exclude)].filter((word) => story.has(word))
        return shared.length >= sameStoryWords
      })
      if (earlier?.attribution.source) link(citer(earlier.attribution.source), citer(cite.from))
    }
  })
  const pointedAt = new Set(links.values())
  const chains: Sourcing['chains'] = []
  for (const start of links.keys()) {
    if (pointedAt.has(start)) continue
    const chain = [start]
    for (let next = links.get(start); next && !chain.includes(next); next = links.get(next)) chain.push(next)
    chains.push({chain, depth: chain.length - 1, end: chain.at(-1)!})
  }

  // Each sentence counted once: one that rests on an unnamed source anywhere ("Putin said…, according to reports") is anonymous,
  // as its `attribution/anonymous` finding says; one given to unnamed people with no such finding ("Officials told residents to
  // stay indoors", "A source told him to leave": an order, no claim) is neither anonymous nor attributed.
  // One whose named speaker cites no sources ("Kommersant reported, without naming its sources,") is anonymous: the contract
  // counts every sentence with the finding (review 13, item 4); only its chain ends in nobody (src/claims/unnamed.ts).
  const anonymous = (record: SentenceRecord) => record.findings.some((finding) => finding.rule.ruleId === 'anonymous')
  const attributed = (record: SentenceRecord) => {
    const {kind} = record.attribution
    // "…, but Afghan Ambassador Hamdullah Mohib says" beside "officials have not said" still names a source.
    return kind !== undefined && kind !== 'anonymous' && !anonymous(record) && !unnamedPeopleOnly(record.attribution)
  }
  return {
    named,
    chains,
    counts: {
      sentences: sentences.length,
      attributedSentences: sentences.filter(attributed).length,
      interviewAnswerSentences: sentences.filter((record) => record.answer).length,
      anonymousSentences: sentences.filter(anonymous).length,
      unattributedSpeculativeSentences: sentences.filter((record) => record.findings.some((finding) => finding.rule.ruleId === 'unsupported')).length,
      // The counts of findings (weasel, boosters…) are the report's, made after suppression: `src/controls.ts`.
    },
  }
}

/** The forms a style-sheet record is known by, lower-cased: name, short form, name without "The", aliases, variants. */
function formsOf(record: NameRecord): string[] {
  const forms = [record.name, record.short, record.name.replace(/^the\s+/i, ''), ...Object.values(record.aliases).flat(), ...record.variants]
  return forms.map((form) => form.toLowerCase())
}

/** Each stage keeps one style sheet: its index of forms is built once, not for every article (it was a tenth of the claims CPU). */
const formIndexes = new WeakMap<readonly NameRecord[], Map<string, string>>()

function formIndex(records: readonly NameRecord[]): Map<string, string> {
  let byForm = formIndexes.get(records)
  if (!byForm) {
    byForm = new Map<string, string>()
    for (const record of records) for (const form of formsOf(record)) if (!byForm.has(form)) byForm.set(form, record.name)
    formIndexes.set(records, byForm)
  }
  return byForm
}

/**
 * Writes the summary's names as the newsroom's style sheet does ("Record" →
 * "The Record", "Sergei Lavrov" → "Sergey Lavrov"), so that the sourcing
 * footer agrees with `names/style-sheet`. Names the sheet does not know stay as written.
 */
export function canonicalise(sourcing: Sourcing, records: readonly NameRecord[]): Sourcing {
  const byForm = formIndex(records)
  const name = (source: string) => byForm.get(source.toLowerCase()) ?? source
  return {
    named: [...new Set(sourcing.named.map(name))],
    chains: sourcing.chains.map(({chain, depth}) => {
      const named = chain.map(name)
      return {chain: named, depth, end: named.at(-1)!}
    }),
    counts: sourcing.counts,
  }
}
