import type {Paragraph, Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import {type Config, isLanguageCode} from '../config.js'
import {languageName, sameLanguage, toIso6393} from '../language/codes.js'
import {readAlphabets} from '../language/alphabets.js'
import {scriptOf} from '../language/script.js'
import {type Detector, FrancNotLoaded, createDetector, loadFranc} from '../language/detector.js'
import {type Words, readWordList} from '../language/function-words.js'
import {englishRank} from '../script/dictionary.js'
import {blockData, childTexts, paragraphs, sentencesOf, span, textOf} from '../nlcst.js'
import {report} from '../report.js'
import type {RuleMeta} from '../types.js'

export const untranslated: RuleMeta = {
  source: 'language',
  ruleId: 'untranslated',
  severity: 'warning',
  description: 'A paragraph, or a sentence long enough to judge, is not in the expected language.',
  example: {
    wrong: 'Министр заявил, что переговоры продолжатся на следующей неделе в Стамбуле.',
    right: 'The minister said the talks would continue in Istanbul next week.',
  },
}

export const rules: RuleMeta[] = [untranslated]

const englishFunctionWords = new URL('../../rules/language/english-function-words.txt', import.meta.url)
const alphabetsFile = new URL('../../rules/language/alphabets.yml', import.meta.url)
/**
 * Common English words: SCOWL size 50 or less in the spelling stage's word
 * list (~100k words), looked up through the script stage's shared, lazily
 * loaded copy. Size 50 leaves out the rare words other languages share with English.
 */
export const commonEnglish: Words = {has: (word) => (englishRank(word) ?? 100) <= 50}

/** A passage the stage found in another language: a whole paragraph, or a run of sentences. */
interface Passage {
  lang: string
  nodes: Array<Paragraph | Sentence>
  kind: 'Paragraph' | 'Sentence'
}

/**
 * `language`: names the document's language (`file.data.language`), reports
 * passages that are not in the expected language, and marks them with
 * `data.lang` so that the English-only stages skip them.
 */
export default function languageStage(config: Config) {
  const functionWords = readWordList(englishFunctionWords)
  const alphabets = readAlphabets(alphabetsFile)
  const candidates = config.languages.map((code) => toIso6393(code) ?? code)
  const detectors = new Map<string, Detector>()

  function detectorFor(expected: string): Detector {
    let detector = detectors.get(expected)
    if (!detector) {
      detector = createDetector({expected, candidates, alphabets, ...(expected === 'eng' ? {functionWords, lexicon: commonEnglish} : {englishFunctionWords: functionWords})})
      detectors.set(expected, detector)
    }
    return detector
  }

  return async (tree: Root, file: VFile): Promise<void> => {
    const expected = expectedLanguage(file)
    const detector = detectorFor(expected)
    const blocks = paragraphs(tree).filter((paragraph) => paragraph.position)
    let judged: Judged
    try {
      judged = judge(blocks, detector)
    } catch (error) {
      if (!(error instanceof FrancNotLoaded)) throw error
      await loadFranc()
      judged = judge(blocks, detector)
    }
    const {tally, passages, language} = judged
    file.data.language = language
    if (whollyForeign(tally.judged, blocks, language, expected)) {
      reportDocument(file, blocks, language, expected)
      return
    }
    for (const passage of passages) reportPassage(file, passage, detector)
    // The other stages read English only: copy expected in another language is this stage's alone
    // (spelling Russian with an English dictionary gave an error a word).
    if (expected !== 'eng') for (const paragraph of blocks) if (!blockData(paragraph).lang) paragraph.data = {...paragraph.data, lang: expected}
  }
}

interface Judged {
  tally: Tally
  passages: Passage[]
  language: string
}

/** Judges every paragraph (and its sentences, where needed) and the document; nothing is reported or marked yet. */
function judge(blocks: Paragraph[], detector: Detector): Judged {
  const tally: Tally = {judged: new Map(), unjudged: []}
  const passages: Passage[] = []
  for (const paragraph of blocks) passages.push(...foreignIn(paragraph, detector, tally))
  return {tally, passages, language: documentLanguage(tally, detector)}
}

/** The language the copy must be in: `--lang` or configuration, then the ninjs item's `language`, then English. */
function expectedLanguage(file: VFile): string {
  // A ninjs item's `language` of no language in particular (`und`, `zxx`) or none copydesk knows expects nothing: English.
  const ninjs = file.data.ninjsLanguage !== undefined && isLanguageCode(file.data.ninjsLanguage) ? file.data.ninjsLanguage : undefined
  const code = file.data.expectedLang ?? ninjs ?? 'en'
  // ninjs and HTML use BCP 47 tags such as `en-GB`.
  return toIso6393(code.split(/[-_]/)[0]!) ?? 'eng'
}

/** Foreign passages in one paragraph: the paragraph as a whole, or runs of sentences. */
function foreignIn(paragraph: Paragraph, detector: Detector, tally: Tally): Passage[] {
  const sentences = sentencesOf(paragraph)
  const texts = sentences.map(textOf)
  const text = textOf(paragraph)
  const verdict = detector.classify(text, childTexts(paragraph))
  const foreign = verdict.lang !== 'und' && !sameLanguage(verdict.lang, detector.expected)
  // A paragraph judged foreign as a whole but holding a plainly English sentence is mixed: judge its sentences.
  if (foreign && !texts.some((sentence) => detector.plainlyExpected(sentence))) {
    count(tally, verdict.lang, text)
    return [{lang: verdict.lang, nodes: [paragraph], kind: 'Paragraph'}]
  }
  const verdicts = texts.map((sentence) => detector.classify(sentence).lang)
  if (verdict.lang !== 'und' && !foreign) count(tally, verdict.lang, text)
  else texts.forEach((sentence, index) => count(tally, verdicts[index]!, sentence))
  const runs = sentenceRuns(sentences, verdicts, detector.expected)
  const flagged = texts.reduce((sum, sentence, index) => sum + (runs.some((run) => run.nodes.includes(sentences[index]!)) ? sentence.length : 0), 0)
  // One run covering (nearly) the whole paragraph is reported as the paragraph.
  if (runs.length === 1 && flagged >= 0.8 * text.length && !sameLanguage(verdict.lang, detector.expected)) {
    return [{lang: runs[0]!.lang, nodes: [paragraph], kind: 'Paragraph'}]
  }
  return runs
}

/** What the stage judged, for the document's language. */
interface Tally {
  /** Characters judged per language. */
  judged: Map<string, number>
  /** Passages too short (or too mixed) to judge alone. */
  unjudged: string[]
}

function count(tally: Tally, lang: string, text: string): void {
  if (lang === 'und') tally.unjudged.push(text)
  else tally.judged.set(lang, (tally.judged.get(lang) ?? 0) + text.length)
}

/** Adjacent foreign sentences of one language merge; a sentence too short to judge joins a run that continues after it. */
function sentenceRuns(sentences: Sentence[], verdicts: string[], expected: string): Passage[] {
  const runs: Passage[] = []
  let current: Passage | undefined
  let pending: Sentence[] = []
  sentences.forEach((sentence, index) => {
    const lang = verdicts[index]!
    if (lang === 'und') {
      if (current) pending.push(sentence)
      return
    }
    if (sameLanguage(lang, expected)) {
      current = undefined
    } else if (current && current.lang === lang) {
      current.nodes.push(...pending, sentence)
    } else {
      current = {lang, nodes: [sentence], kind: 'Sentence'}
      runs.push(current)
    }
    pending = []
  })
  return runs
}

/**
 * One message for the whole document when nothing in it reads as the expected
 * language and the foreign passages make up most of it (or, nothing being long
 * enough to judge alone, the whole text together reads as another language).
 */
function whollyForeign(judged: Map<string, number>, blocks: Paragraph[], language: string, expected: string): boolean {
  if (language === 'und' || sameLanguage(language, expected)) return false
  if ([...judged.keys()].some((lang) => sameLanguage(lang, expected))) return false
  if (judged.size === 0) return true
  const total = blocks.reduce((sum, block) => sum + textOf(block).length, 0)
  const foreign = [...judged.values()].reduce((sum, length) => sum + length, 0)
  return foreign >= 0.8 * total
}

/**
 * The language with the most text: what was judged passage by passage, and,
 * when that is not most of the document, the rest judged together (short
 * lines that cannot be judged alone often can together).
 */
function documentLanguage(tally: Tally, detector: Detector): string {
  const lengths = new Map(tally.judged)
  const covered = [...lengths.values()].reduce((sum, length) => sum + length, 0)
  const rest = tally.unjudged.join('\n')
  if (covered < rest.length) {
    const lang = detector.classify(rest.slice(0, 4000)).lang
    if (lang !== 'und') lengths.set(lang, (lengths.get(lang) ?? 0) + rest.length)
  }
  let best = 'und'
  let most = 0
  for (const [lang, length] of lengths) {
    if (length > most) [best, most] = [lang, length]
  }
  return best
}

function reportDocument(file: VFile, blocks: Paragraph[], lang: string, expected: string): void {
  for (const block of blocks) block.data = {...block.data, lang}
  report(file, untranslated, {
    start: span(blocks[0]!).start,
    end: span(blocks.at(-1)!).end,
    reason: `Document appears to be in ${describe(lang)}`,
    note: `The copy should be in ${languageName(expected)}. Translate it, or check it with \`--lang\` set to its language.`,
    expected: [],
    lang,
  })
}

function reportPassage(file: VFile, passage: Passage, detector: Detector): void {
  for (const node of passage.nodes) node.data = {...node.data, lang: passage.lang}
  const count = passage.nodes.length
  const subject = passage.kind === 'Paragraph' ? 'Paragraph appears' : count === 1 ? 'Sentence appears' : `${count} sentences appear`
  const start = span(passage.nodes[0]!).start
  const end = closingQuotes(String(file.value), span(passage.nodes.at(-1)!).end)
  const sure = detector.surelyNamed(String(file.value).slice(start, end), passage.lang)
  report(file, untranslated, {
    start,
    end,
    reason: `${subject} to be in ${sure ? describe(passage.lang) : `a ${scriptOf(passage.lang)}-script language, most likely ${describe(passage.lang)}`}`,
    note: `The copy should be in ${languageName(detector.expected)}. Translate the passage, or suppress this finding if the original wording is meant to stay.`,
    expected: [],
    lang: passage.lang,
  })
}

/** parse-english puts a closing quotation mark after a sentence's full stop into the next sentence; the quoted passage includes it. */
function closingQuotes(text: string, end: number): number {
  while (end < text.length && '"\'»“”’'.includes(text[end]!)) end++
  return end
}

function describe(lang: string): string {
  return lang === 'und' ? 'another language' : languageName(lang)
}
