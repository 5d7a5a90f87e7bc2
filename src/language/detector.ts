import {type Alphabets, byAlphabet} from './alphabets.js'
import {sameLanguage} from './codes.js'
import {type Words, joinsCleanly, shareOfCommonWords, wordCounter} from './function-words.js'
import {foreignScriptShare, scriptOf} from './script.js'

type Ranking = Array<[string, number]>
let francAll: ((text: string, options: {only?: string[]; minLength: number}) => Ranking) | undefined

/**
 * franc builds the trigram tables of all its languages when it is imported, about 30 ms of a cold
 * start; in English copy only about one article in seventy has a passage the cheap tests do not
 * settle (9 of 664 real articles). So it is loaded on first need: a detector that needs it before
 * `loadFranc` has run throws `FrancNotLoaded`, and its caller loads it and judges again.
 */
export class FrancNotLoaded extends Error {
  constructor() {
    super('franc is needed and not loaded yet: await loadFranc() and judge again')
  }
}

export async function loadFranc(): Promise<void> {
  francAll ??= (await import('franc')).francAll
}

function rank(text: string, options: {only?: string[]; minLength: number}): Ranking {
  if (!francAll) throw new FrancNotLoaded()
  return francAll(text, options)
}

/** Measured settings; `npm run eval:language` shows where each number comes from. */
export interface Thresholds {
  /** Shortest passage (characters) in the expected script on which franc's verdict is trusted. */
  minLength: number
  /** Fewest letters for a passage in a script the expected language never uses to be judged by its script. */
  minScriptLetters: number
  /** Share of letters in a foreign script from which a passage is foreign by script alone. */
  scriptShare: number
  /** Function-word ratio from which an English passage is settled without franc. */
  functionWordRatio: number
  /** Share of lower-case words in the English lexicon from which a passage is settled as English without franc. */
  lexiconRatio: number
  /** Highest franc score (0–1, best = 1) the expected language may have for a foreign verdict. */
  maxExpectedScore: number
  /** franc candidates scoring within this share of the best are told apart by their alphabets. */
  alphabetBand: number
  /** Of those that fit the alphabet equally, ones within this share of the best go to the most widely spoken. */
  speakersBand: number
  /** Shortest passage (characters) in a script several languages share whose language franc names reliably. */
  minNamingLength: number
}

export const defaultThresholds: Thresholds = {
  minLength: 60,
  minScriptLetters: 16,
  scriptShare: 0.8,
  functionWordRatio: 0.12,
  lexiconRatio: 0.8,
  maxExpectedScore: 0.9,
  alphabetBand: 0.85,
  speakersBand: 0.95,
  minNamingLength: 150,
}

/** How a verdict was reached: worth counting, since franc is the costly way. */
export type Method = 'script' | 'function-words' | 'lexicon' | 'franc' | 'refused'

export interface Verdict {
  /** ISO 639-3 code (franc's individual-language codes), `und` when refused or unknown. */
  lang: string
  method: Method
}

export interface DetectorOptions {
  /** ISO 639-3 code of the language the copy must be in. */
  expected: string
  /** ISO 639-3 codes franc may choose from (empty: all franc knows). */
  candidates: string[]
  /** Function words of the expected language; only English has a list, others always go to franc. */
  functionWords?: ReadonlySet<string>
  /** Common words of the expected language: the second cheap test, for passages with few function words. */
  lexicon?: Words
  /** Letters of the languages of shared scripts, to tell franc's close candidates apart (Russian from Bulgarian). */
  alphabets?: Alphabets
  /** English function words, to tell a plainly English passage from Scots in copy expected in another language (franc alone said Scots). */
  englishFunctionWords?: ReadonlySet<string>
  thresholds?: Thresholds
}

export type Detector = ReturnType<typeof createDetector>

/**
 * Judges one passage at a time, cheapest test first: its script, then (for
 * English) its share of function words and of common words, and franc only
 * for what is left.
 * Below the measured reliability length it refuses (`und`) rather than guess.
 */
export function createDetector(options: DetectorOptions) {
  const {expected, functionWords} = options
  const thresholds = options.thresholds ?? defaultThresholds
  const expectedScript = scriptOf(expected)
  const only = options.candidates.length > 0 ? [...new Set([...options.candidates, expected])] : []

  /** Names the language of a passage in a script the expected language does not use. */
  function name(text: string): string {
    let ranking = rank(text, {only, minLength: 1})
    // Candidates may all be in other scripts: then let franc pick freely.
    if (ranking[0]![0] === 'und' && only.length > 0) ranking = rank(text, {minLength: 1})
    const named = options.alphabets ? byAlphabet(text, ranking, options.alphabets, {band: thresholds.alphabetBand, close: thresholds.speakersBand, reliableLength: thresholds.minNamingLength}) : ranking[0]![0]
    // franc takes plain English for Scots; English function words settle that tie, and only that one
    // (Dutch has enough of them, `was`, `had`, `over`, to pass for English otherwise).
    return named === 'sco' && englishCount && plainly(englishCount, text) ? 'eng' : named
  }

  // A paragraph is judged, then its sentences: counted once, a paragraph's counts are its sentences' added up.
  const functionWordCount = functionWords ? memoisedCount(functionWords) : undefined
  const englishCount = options.englishFunctionWords ? memoisedCount(options.englishFunctionWords) : undefined

  /** Whether `count` finds function words in at least the share that marks a passage as their language. */
  function plainly(count: (text: string) => {hits: number; total: number}, text: string): boolean {
    const {hits, total} = count(text)
    return total > 0 && hits / total >= thresholds.functionWordRatio
  }

  /**
   * Whether `text` is plainly in the expected language by the cheap test
   * alone; `parts`, when given, are pieces that join to `text` (a paragraph's
   * sentences and the space between them).
   */
  function plainlyExpected(text: string, parts?: readonly string[]): boolean {
    if (!functionWordCount || text.length < thresholds.minLength) return false
    let hits = 0
    let total = 0
    for (const part of parts && joinsCleanly(parts) ? parts : [text]) {
      const count = functionWordCount(part)
      hits += count.hits
      total += count.total
    }
    return total > 0 && hits / total >= thresholds.functionWordRatio
  }

  /** Headlines and name-heavy lines have few function words but are still mostly English words. */
  function mostlyExpectedWords(text: string): boolean {
    return options.lexicon !== undefined && shareOfCommonWords(text, options.lexicon) >= thresholds.lexiconRatio
  }

  /** `parts`, when given, join to `text` (see `plainlyExpected`). */
  function classify(text: string, parts?: readonly string[]): Verdict {
    const {share, letters} = foreignScriptShare(text, expectedScript)
    if (share >= thresholds.scriptShare) {
      if (letters() < thresholds.minScriptLetters) return {lang: 'und', method: 'refused'}
      return {lang: name(text), method: 'script'}
    }
    // Some foreign script, not enough to decide: the script stage's business, or a mixed passage.
    if (share > 1 - thresholds.scriptShare || text.length < thresholds.minLength) return {lang: 'und', method: 'refused'}
    if (plainlyExpected(text, parts)) return {lang: expected, method: 'function-words'}
    if (mostlyExpectedWords(text)) return {lang: expected, method: 'lexicon'}
    const ranking = rank(text, {only, minLength: 1})
    const best = ranking[0]![0] === 'sco' && englishCount && plainly(englishCount, text) ? 'eng' : ranking[0]![0]
    if (best === 'und' || sameLanguage(best, expected)) return {lang: best, method: 'franc'}
    const expectedScore = ranking.find(([lang]) => sameLanguage(lang, expected))?.[1] ?? 0
    return expectedScore > thresholds.maxExpectedScore ? {lang: 'und', method: 'refused'} : {lang: best, method: 'franc'}
  }

  /**
   * Whether the name of a foreign passage is reliable, or only the most
   * likely of several languages sharing its script (short Cyrillic text).
   */
  function surelyNamed(text: string, lang: string): boolean {
    const script = scriptOf(lang)
    if (script === 'Latin' || script === lang || text.length >= thresholds.minNamingLength) return true
    return only.filter((candidate) => scriptOf(candidate) === script).length === 1
  }

  return {classify, plainlyExpected, surelyNamed, expected}
}

/** Texts a count is remembered for: a paragraph's parts, until its sentences are judged. */
const rememberedCounts = 64

/**
 * `countWords` against one word list, remembered for the last texts counted. A paragraph's parts are the same
 * strings its sentences are judged by (`textOf`), so a look-up compares strings, newest first, and most often
 * finds the very string: no hash of every sentence's text, no Map to clear.
 */
function memoisedCount(words: ReadonlySet<string>): (text: string) => {hits: number; total: number} {
  const texts: string[] = []
  const counts: Array<{hits: number; total: number}> = []
  let next = 0
  const countWords = wordCounter(words)
  return (text) => {
    for (let back = 1; back <= texts.length; back++) {
      const at = (next - back + rememberedCounts) % rememberedCounts
      if (texts[at] === text) return counts[at]!
    }
    const count = countWords(text)
    texts[next] = text
    counts[next] = count
    next = (next + 1) % rememberedCounts
    return count
  }
}
