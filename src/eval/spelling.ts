/**
 * `npm run eval:spelling`: measures the spelling stage against plain
 * retext-spell + dictionary-en, in the same run, on real news text nobody on
 * the team wrote (../shared/eval, read at run time, never copied).
 *
 * - Clean text: false findings per 1,000 words (warning and error only) and the
 *   most frequent false words.
 * - Injected errors: real misspellings (Wikipedia common misspellings, cspell's
 *   list, Norvig, Birkbeck) and random single edits put into the same text:
 *   recall and top-1 in context.
 * - Word pairs: top-1 on each list out of context, with suggestion timings.
 *
 * Tune on `--split tune` (MLQE-PE train, the even-hash half of the GUM
 * documents and of the misspelling lists); report on `--split report` (the
 * default: MLQE-PE dev+test, the odd-hash halves).
 *
 * `--hunspell` adds hunspell (Debian's `hunspell` and `hunspell-en-us`, when installed) to every word-pair table,
 * on the same pairs: issue 3 states its targets beside hunspell's figures (src/eval/hunspell.ts).
 *
 * `COPYDESK_EVAL_LANG=en-US` (or `en-GB`…) runs copydesk, in context and out of it, with that `lang` and so its
 * house spelling (src/spelling/variants.ts); retext-spell is unchanged. Default: plain `en`.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import dictionaryEn from 'dictionary-en'
import nspell from 'nspell'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {poolV8Flags} from '../batch/pool.js'
import {buildCorpus} from '../bench/corpus.js'
import {alternating, pipelineWith} from '../bench/share.js'
import {defaultConfig} from '../config.js'
import {checkText, createPipeline} from '../pipeline.js'
import {ErrorModel, learnErrorModel, trainingPairs} from '../spelling/error-model.js'
import {loadBaseLexicon} from '../spelling/lexicon.js'
import {loadKnownMisspellings} from '../spelling/misspellings.js'
import {Suggester} from '../spelling/suggest.js'
import {houseOf} from '../spelling/variants.js'
import type {CopydeskMessage} from '../types.js'
import {hunspellSuggestions} from './hunspell.js'
import {mqmGeneralRows} from './wmt-news.js'

const shared = new URL('../../../shared/eval/', import.meta.url)
const split = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : 'report'
/** The `lang` copydesk runs with (see the header). */
const lang = process.env.COPYDESK_EVAL_LANG ?? 'en'
const house = houseOf(lang)
if (split !== 'tune' && split !== 'report') throw new Error('--split must be tune or report')

interface Finding {
  start: number
  end: number
  severe: boolean
  expected: string[]
  actual: string
  /** `fix: safe`: `copydesk fix` would put `expected[0]` in unasked. */
  safe: boolean
}
type System = {name: string; check: (text: string) => Promise<Finding[]>}

// ---------- data ----------

/** Deterministic PRNG (mulberry32), so every run injects the same errors. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hash(text: string): number {
  let value = 2166136261
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 16777619)
  return value >>> 0
}

const inSplit = (correction: string) => (hash(correction.toLowerCase()) % 2 === 0) === (split === 'tune')

interface MlqeRow {
  mt: string
  mt_tok: string
  mt_tags: string
  pe_tok: string
}

/**
 * Where the post-editors changed the machine translation, per MLQE-PE document text: the
 * spans of MT words the dataset tags BAD. `mt_tags` holds 2n+1 tags for n tokens of `mt_tok`,
 * gap tags at even positions and word tags at odd ones (checked on all 9,000 rows: every MT
 * token missing from the post-edit is BAD at 2i+1). Tokens are found in `mt` in order; a
 * token the tokeniser rewrote is left unmapped, so a finding on it counts as false.
 */
const editedSpans = new Map<string, Array<[start: number, end: number]>>()
/**
 * The post-editors' words per MLQE-PE sentence, by the sentence's span in its document text: a fix on
 * a post-edited word is right when the post-edit of its sentence holds the correction.
 */
const postEdits = new Map<string, Array<{start: number; end: number; words: Set<string>}>>()

function badSpans(row: MlqeRow, offset: number): Array<[number, number]> {
  const tokens = row.mt_tok.split(' ')
  const tags = row.mt_tags.split(' ')
  if (tags.length !== 2 * tokens.length + 1) throw new Error(`MLQE-PE tags: ${tags.length} for ${tokens.length} tokens`)
  const spans: Array<[number, number]> = []
  let cursor = 0
  tokens.forEach((token, index) => {
    const at = row.mt.indexOf(token, cursor)
    // A token more than a few characters ahead is a rewritten one matching later text.
    if (at < 0 || at - cursor > 3) return
    cursor = at + token.length
    if (tags[2 * index + 1] === 'BAD') spans.push([offset + at, offset + cursor])
  })
  return spans
}

function mlqeDocuments(name: string, limit = Infinity): string[] {
  const rows = gunzipSync(readFileSync(new URL(`mt/mlqe-pe-ruen/${name}.jsonl.gz`, shared)))
    .toString('utf8')
    .trim()
    .split('\n')
    .slice(0, limit)
    .map((line) => JSON.parse(line) as MlqeRow)
  // Twenty MT sentences make one "article", five a paragraph.
  const documents: string[] = []
  for (let index = 0; index < rows.length; index += 20) {
    let text = ''
    const spans: Array<[number, number]> = []
    const sentences: Array<{start: number; end: number; words: Set<string>}> = []
    rows.slice(index, index + 20).forEach((row, at) => {
      if (at > 0) text += at % 5 === 0 ? '\n\n' : ' '
      spans.push(...badSpans(row, text.length))
      sentences.push({start: text.length, end: text.length + row.mt.length, words: new Set(detokenise(row.pe_tok).split(/\s+/).map((word) => word.replace(/^\p{P}+|\p{P}+$/gu, '')))})
      text += row.mt
    })
    editedSpans.set(text, spans)
    postEdits.set(text, sentences)
    documents.push(text)
  }
  return documents
}

/**
 * WMT23 general-MT zh→en news translations with Google's MQM error annotations (Apache-2.0):
 * one text per system and document, segments in order. Tuning split only: the whole set was
 * read while the name-particle, combining-form and prefix rules were written, so no half of it
 * is a fair test. Each annotation row repeats the segment with its error span in `<v>…</v>`; a
 * finding on a span raters marked (any category) is counted apart, like the post-edited MLQE-PE words.
 */
function wmtDocuments(): string[] {
  const documents = new Map<string, Map<number, {text: string; marked: Array<[number, number]>}>>()
  for (const {system, doc, segment, target} of mqmGeneralRows(fileURLToPath(shared))) {
    if (!target) continue
    const segments = documents.get(`${system}\t${doc}`) ?? new Map()
    documents.set(`${system}\t${doc}`, segments)
    const entry = segments.get(segment) ?? {text: target.replace(/<\/?v>/g, ''), marked: []}
    segments.set(segment, entry)
    const open = target.indexOf('<v>')
    const close = target.indexOf('</v>')
    if (open >= 0 && close > open) entry.marked.push([open, close - 3])
  }
  return [...documents.values()].map((segments) => {
    let text = ''
    const spans: Array<[number, number]> = []
    for (const [, {text: segment, marked}] of [...segments].sort((a, b) => a[0] - b[0])) {
      if (text) text += ' '
      for (const [start, end] of marked) spans.push([text.length + start, text.length + end])
      text += segment
    }
    editedSpans.set(text, spans)
    return text
  })
}

/** Tokenised text as written: `did n't`, `didn 't`, ``` quotes '' ``, `word ,` put back together. */
function detokenise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ (n't)\b/g, '$1')
    .replace(/(\p{L}) '(t|s|re|ve|ll|d|m)\b/gu, "$1'$2")
    .replace(/``|''/g, '"')
    .replace(/ ([.,!?;:%)\]])/g, '$1')
    .replace(/([(\[]) /g, '$1')
    .replace(/" ([^"]*?) "/g, '"$1"')
    .trim()
}

/** Twenty sentences make one "article", five a paragraph (as the MLQE-PE documents). */
function articles(sentences: string[]): string[] {
  const documents: string[] = []
  for (let index = 0; index < sentences.length; index += 20) {
    documents.push(sentences.slice(index, index + 20).map((sentence, at) => (at === 0 ? '' : at % 5 === 0 ? '\n\n' : ' ') + sentence).join(''))
  }
  return documents
}

/**
 * `--unlabelled` (tuning split only): clean text outside the report split on which no rule was
 * written, to see whether a rule tuned on the tuning text carries over: the English post-edits of
 * MLQE-PE train (CC0; its own typos count too), WMT 2021 TED zh→en MT of every rated system
 * (Apache-2.0 data, TED talks CC BY-NC-ND), and two research-only sets read at run time only:
 * FactBank news sentences and Szeged Wikipedia sentences (rgai Szeged uncertainty corpus). Every
 * warning and error counts as false: real typos of these texts are not reviewed out.
 */
function unlabelledCorpora(): Array<[string, string[]]> {
  const lines = (file: string) => gunzipSync(readFileSync(new URL(file, shared))).toString('utf8').trim().split('\n')
  const byDocument = (file: string) => {
    const documents = new Map<string, string[]>()
    for (const line of lines(file)) {
      const {doc, text} = JSON.parse(line) as {doc: string; text: string}
      documents.set(doc, [...(documents.get(doc) ?? []), detokenise(text)])
    }
    return [...documents.values()].flatMap(articles)
  }
  const ted = new Map<string, string>()
  for (const line of lines('mt/wmt-mqm-zhen/mqm_ted_zhen.tsv.gz').slice(1)) {
    const [system, doc, , segment, , , target] = line.split('\t')
    const key = `${system}\t${doc}\t${segment}`
    if (!ted.has(key)) ted.set(key, target!.replaceAll(/<\/?v>/g, ''))
  }
  return [
    ['MLQE-PE train post-edits (human-edited)', articles(lines('mt/mlqe-pe-ruen/train.jsonl.gz').map((line) => detokenise((JSON.parse(line) as {pe_tok: string}).pe_tok)))],
    ['WMT21 TED zh→en MT, all systems', articles([...ted.values()])],
    ['FactBank news sentences (R)', byDocument('hedge/szeged-uncertainty/factbank.sentences.jsonl.gz')],
    ['Szeged Wikipedia sentences (R)', byDocument('hedge/szeged-uncertainty/wiki.sentences.jsonl.gz')],
  ]
}

/** GUM Wikinews documents of this split: halved by a hash of the document id. */
function gumDocuments(): string[] {
  const texts = readFileSync(new URL('text/gum-wikinews/gum_wikinews_news_interview.jsonl', shared), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as {id: string; paragraphs: Array<{text: string}>})
    .filter((document) => (hash(document.id) % 2 === 0) === (split === 'tune'))
    .map((document) => document.paragraphs.map((paragraph) => paragraph.text).join('\n\n'))
  for (const text of texts) gumTexts.add(text)
  return texts
}

/** GUM document texts: their errors are reviewed (`sourceErrors`), so their safe fixes can be judged. */
const gumTexts = new Set<string>()

type Pair = [misspelling: string, correction: string]

function tsvPairs(name: string): Pair[] {
  return readFileSync(new URL(`spelling/${name}`, shared), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t') as Pair)
}

function cspellPairs(): Pair[] {
  const require = createRequire(import.meta.url)
  const file = path.join(path.dirname(require.resolve('@cspell/dict-en-common-misspellings')), 'dict/dict-en.json')
  const data = JSON.parse(readFileSync(file, 'utf8')) as {dictionaryDefinitions: Array<{suggestWords: string[]}>}
  return data.dictionaryDefinitions[0]!.suggestWords.flatMap((line) => {
    const [wrong, right] = line.split('->')
    const first = right?.split(',')[0]?.trim()
    return wrong && first ? [[wrong.trim(), first] as Pair] : []
  })
}

// ---------- systems ----------

// dictionary-en ships Uint8Arrays; @types/nspell wants Buffers: same bytes.
const dictionaryBuffers = {aff: Buffer.from(dictionaryEn.aff), dic: Buffer.from(dictionaryEn.dic)}
const baselineSpeller = nspell(dictionaryBuffers)

function copydesk(): System {
  const config = defaultConfig()
  config.lang = lang
  config.stages = {script: false, names: false, typography: false, hedge: false, attribution: false, style: false}
  const processor = createPipeline(config)
  return {
    name: 'copydesk',
    async check(text) {
      const file = await checkText(processor, text, {format: 'text'})
      return (file.messages as CopydeskMessage[])
        .filter((message) => message.source === 'spelling' || (message.source === 'names' && message.ruleId === 'inconsistent'))
        .map((message) => ({
          start: message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0,
          end: message.place && 'end' in message.place ? message.place.end.offset ?? 0 : 0,
          severe: message.severity !== 'info',
          expected: message.expected ?? [],
          actual: String(message.actual),
          safe: message.fix === 'safe',
        }))
    },
  }
}

/** retext-spell's suggestions cost seconds per document, so the clean-text run (which needs none) skips them with `max: 0`. */
function baseline(suggest: boolean): System {
  const processor = unified().use(retextEnglish).use(retextSpell, {dictionary: dictionaryEn, max: suggest ? Number.MAX_SAFE_INTEGER : 0})
  return {
    name: 'retext-spell',
    async check(text) {
      const file = new VFile(text)
      await processor.run(processor.parse(file), file)
      return file.messages.map((message) => ({
        start: message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0,
        end: message.place && 'end' in message.place ? message.place.end.offset ?? 0 : 0,
        severe: true,
        expected: (message.expected as string[] | undefined) ?? [],
        actual: String(message.actual),
        safe: false,
      }))
    },
  }
}

// ---------- measures ----------

/**
 * Real errors in the evaluation text itself, found by reading every warning and
 * error on the clean text of both splits in context (reviewed by the spelling
 * engineer; add a word only with the reason). A finding on one of them is
 * right, so it is counted apart from the false findings, for both systems.
 * Untranslated words in the machine translations (`psar`, `kumova`) are not
 * listed: they are errors an editor must fix, but not misspellings, and they
 * stay in the false count.
 */
const sourceErrors = new Map<string, string>([
  // GUM Wikinews (human-written)
  ['anniversay', 'anniversary: a typo'],
  ['recieve', 'receive: a typo'],
  ['collasped', 'collapsed: a typo'],
  ['pilgrams', 'pilgrims: a typo'],
  ['diety', 'deity: a typo ("a post-modern diety")'],
  ['debutans', 'debutants: a typo ("against debutans Panama")'],
  ['Phalin', 'Phailin: the cyclone, spelled so everywhere else in the article'],
  ['Theres', "There's: quoted with [sic]"],
  ['hastag', 'hashtag: a typo ("She chose the hastag #IStandWithAhmed")'],
  ['youll', "you'll: the apostrophe is missing"],
  ['Playstation', 'PlayStation: the article spells the brand both ways'],
  ['Brazillian', 'Brazilian: a typo ("the Brazillian team won the championship")'],
  // MLQE-PE machine translations
  ['bravlers', 'brawlers (Brawl Stars players): a misspelling in the translation'],
  ['zelots', 'zealots: a misspelling in the translation ("Simon Zelotes - that is, the zelots")'],
  ['Febuary', 'February: a misspelling in the translation ("22 Febuary 2017")'],
  ['AGRESSIVE', 'AGGRESSIVE: a misspelling in the translation ("a country of lurking AGRESSIVE atheists"; the post-editor kept it)'],
  ['Gergiy', 'Georgiy: the Russian source misspells Георгий as Гергий ("Interview with Gergiy Mirsky": the orientalist Georgy Mirsky)'],
])

/**
 * Whether a safe fix on clean text is right: on a reviewed error of the source, when it writes the
 * reviewed correction (never on one kept with [sic]); on an MLQE-PE word the post-editors changed,
 * when the post-edit of its sentence holds the fix's word.
 */
function safeFixRight(text: string, finding: Finding, onEdited: boolean): boolean {
  const review = sourceErrors.get(finding.actual)
  if (review !== undefined) return !/\[sic\]/.test(review) && review.split(':')[0]!.trim() === finding.expected[0]
  const sentence = postEdits.get(text)?.find(({start, end}) => start <= finding.start && finding.end <= end)
  return onEdited && sentence !== undefined && sentence.words.has(finding.expected[0]!)
}

const countWords = (text: string) => text.match(/\p{L}[\p{L}\p{M}'’-]*/gu)?.length ?? 0

async function cleanText(systems: System[], documents: string[]) {
  const words = documents.reduce((sum, text) => sum + countWords(text), 0)
  const rows = []
  for (const system of systems) {
    const counts = new Map<string, number>()
    const edited = new Map<string, number>()
    let severe = 0
    let postEdited = 0
    let info = 0
    let real = 0
    const fixes = {all: 0, right: 0, wrong: new Map<string, number>()}
    // Whether a text's safe fixes can be judged: GUM's reviewed errors, MLQE-PE's post-edits; other text has no reference.
    const judged = documents.every((text) => postEdits.has(text) || gumTexts.has(text))
    for (const text of documents) {
      const spans = editedSpans.get(text) ?? []
      for (const finding of await system.check(text)) {
        const onEdited = spans.some(([start, end]) => start < finding.end && end > finding.start)
        if (finding.safe) {
          fixes.all++
          if (safeFixRight(text, finding, onEdited)) fixes.right++
          else fixes.wrong.set(`${finding.actual}→${finding.expected[0]}`, (fixes.wrong.get(`${finding.actual}→${finding.expected[0]}`) ?? 0) + 1)
        }
        if (!finding.severe) {
          info++
          continue
        }
        if (sourceErrors.has(finding.actual)) {
          real++
          continue
        }
        const label = process.argv.includes('--details') ? `${finding.actual}→${finding.expected[0] ?? ''}` : finding.actual
        // On an MT word the post-editor changed (tagged BAD): a real defect found, counted apart.
        const tally = onEdited ? edited : counts
        if (tally === edited) postEdited++
        else severe++
        tally.set(label, (tally.get(label) ?? 0) + 1)
      }
    }
    const ranked = (tally: Map<string, number>, limit: number) =>
      [...tally]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([word, count]) => `${word} ${count}`)
    if (process.argv.includes('--details')) console.error(system.name, 'false:', ranked(counts, Infinity).join(', '), '\npost-edited:', ranked(edited, Infinity).join(', '))
    rows.push({
      system: system.name,
      words,
      raw: severe + postEdited,
      severe,
      postEdited,
      real,
      rawPerThousand: ((severe + postEdited) / words) * 1000,
      perThousand: (severe / words) * 1000,
      info,
      top: ranked(counts, 12),
      topEdited: ranked(edited, 8),
      fixes: {judged, all: fixes.all, right: fixes.right, wrongPerThousand: ((fixes.all - fixes.right) / words) * 1000, wrong: ranked(fixes.wrong, 10)},
    })
  }
  return rows
}

interface Injection {
  start: number
  end: number
  correction: string
}

/** A sentence's first word, capitalised (`The`, `Officials`): where a capital says nothing about names. */
const sentenceStart = /(?<=(?:^|[.!?]["”]?\s+))\p{Lu}\p{Ll}+(?![\p{L}'’-])/gu
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/**
 * Replaces about one word in twelve with a non-word misspelling of it; returns the new text and
 * where the errors are. `initials`: about half the sentence-initial words instead, misspelled in
 * lower case and capitalised again (the capitalised typos the other rows never test).
 */
function inject(text: string, pick: (word: string, rng: () => number) => string | undefined, rng: () => number, initials = false) {
  let out = ''
  let last = 0
  let gap = 0
  const injections: Injection[] = []
  for (const match of text.matchAll(initials ? sentenceStart : /(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu)) {
    gap++
    if (initials ? rng() > 0.5 : gap < 6 || rng() > 0.12) continue
    const lower = initials ? pick(match[0].toLowerCase(), rng) : pick(match[0], rng)
    const wrong = initials && lower ? capitalise(lower) : lower
    if (!wrong || (initials && baselineSpeller.correct(wrong))) continue
    out += text.slice(last, match.index)
    injections.push({start: out.length, end: out.length + wrong.length, correction: match[0]})
    out += wrong
    last = match.index + match[0].length
    gap = 0
  }
  return {text: out + text.slice(last), injections}
}

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** One random insertion, deletion, substitution or transposition that makes a non-word. */
function randomEdit(word: string, rng: () => number): string | undefined {
  if (word.length < 3) return undefined
  for (let attempt = 0; attempt < 5; attempt++) {
    const at = Math.floor(rng() * word.length)
    const letter = letters[Math.floor(rng() * 26)]!
    const kind = Math.floor(rng() * 4)
    const edited =
      kind === 0
        ? word.slice(0, at) + letter + word.slice(at)
        : kind === 1
          ? word.slice(0, at) + word.slice(at + 1)
          : kind === 2
            ? word.slice(0, at) + letter + word.slice(at + 1)
            : at < word.length - 1
              ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
              : undefined
    if (edited && edited !== word && !baselineSpeller.correct(edited)) return edited
  }
  return undefined
}

async function injected(systems: System[], documents: string[], name: string, pick: (word: string, rng: () => number) => string | undefined, initials = false) {
  const rng = random(hash(name))
  const cases = documents.map((text) => inject(text, pick, rng, initials))
  const total = cases.reduce((sum, item) => sum + item.injections.length, 0)
  const rows = []
  for (const system of systems) {
    let found = 0
    let top1 = 0
    let safe = 0
    let safeRight = 0
    for (const item of cases) {
      const findings = (await system.check(item.text)).filter((finding) => finding.severe)
      for (const error of item.injections) {
        const hit = findings.find((finding) => finding.start < error.end && finding.end > error.start)
        if (!hit) {
          if (process.argv.includes('--details') && system.name === 'copydesk') console.error(`${name}: missed ${item.text.slice(error.start, error.end)} (for ${error.correction})`)
          continue
        }
        found++
        if (hit.safe) {
          safe++
          if (hit.expected[0] === error.correction) safeRight++
          else if (process.argv.includes('--details')) console.error(`${name}: wrong safe fix ${item.text.slice(error.start, error.end)} → ${hit.expected[0]} (want ${error.correction})`)
        }
        if (hit.expected[0] === error.correction) top1++
        else if (process.argv.includes('--details') && system.name === 'copydesk') console.error(`${name}: ${item.text.slice(error.start, error.end)} → ${hit.expected.slice(0, 3).join(',')} (want ${error.correction})`)
      }
    }
    rows.push({list: name, system: system.name, injected: total, recall: found / total, top1: top1 / total, safe, safeRight})
  }
  return rows
}

function pairRow(row: ReturnType<typeof isolated>[number]): string {
  const times = row.system === hunspellName ? '– | – | –' : `${row.medianMs.toFixed(2)} ms | ${row.p90Ms.toFixed(2)} ms | ${row.maxMs.toFixed(1)} ms`
  return `| ${row.list} | ${row.system} | ${row.pairs} | ${percent(row.top1)} | ${percent(row.safe)} | ${row.safePrecision ? percent(row.safePrecision) : '–'} | ${times} |`
}

function injectedRow(row: {list: string; system: string; injected: number; recall: number; top1: number; safe: number; safeRight: number}): string {
  const unasked = row.system === 'copydesk' ? `${percent(row.safe / row.injected)} | ${row.safe ? percent(row.safeRight / row.safe) : '–'}` : '– | –'
  return `| ${row.list} | ${row.system} | ${row.injected} | ${percent(row.recall)} | ${percent(row.top1)} | ${unasked} |`
}

function picker(pairs: Pair[]) {
  const byCorrection = new Map<string, string[]>()
  for (const [wrong, right] of pairs) {
    if (!/^\p{Ll}+$/u.test(right) || !/^\p{Ll}+$/u.test(wrong) || !inSplit(right) || baselineSpeller.correct(wrong)) continue
    const list = byCorrection.get(right) ?? []
    list.push(wrong)
    byCorrection.set(right, list)
  }
  return (word: string, rng: () => number) => {
    const options = byCorrection.get(word)
    return options ? options[Math.floor(rng() * options.length)] : undefined
  }
}

type Suggest = (word: string) => {words: string[]; certain: boolean}

/** copydesk as shipped, the same without its suggestion list, and retext-spell. */
function shippedSystems(): Array<[string, Suggest]> {
  const suggester = new Suggester(loadBaseLexicon())
  const ranking = new Suggester(loadBaseLexicon(), false)
  return [
    ['copydesk', (word) => suggester.suggest(word, {house})],
    ['copydesk without the suggestion list', (word) => ranking.suggest(word, {house})],
    ['retext-spell', (word) => ({words: baselineSpeller.suggest(word), certain: false})],
  ]
}

/**
 * A list nothing was learned from: the suggestion list off, and the error model learned from cspell's pairs
 * less every pair with one of `list`'s misspellings, so that the whole list (not only its pairs outside
 * cspell's) tests the ranking. The shipped model learned from all of cspell's pairs.
 */
function leftOutSystems(list: Pair[]): Array<[string, Suggest]> {
  const misspellings = new Set(list.map(([wrong]) => wrong.toLowerCase()))
  const model = new ErrorModel(learnErrorModel(trainingPairs().filter(([wrong]) => !misspellings.has(wrong))))
  const ranking = new Suggester(loadBaseLexicon(), false, model)
  return [
    ['copydesk, list left out of the model, no suggestion list', (word) => ranking.suggest(word, {house})],
    ['retext-spell', (word) => ({words: baselineSpeller.suggest(word), certain: false})],
  ]
}

/** `generated` lists (random edits) come from the split's own text, so they are not halved by hash. */
function isolated(pairs: Pair[], name: string, generated: boolean, sample = 600, systems = shippedSystems()) {
  const usable = pairs.filter(([wrong, right]) => (generated || inSplit(right)) && !baselineSpeller.correct(wrong) && baselineSpeller.correct(right) && wrong !== right)
  const rng = random(hash(name) + 1)
  const chosen = usable.map((pair) => ({pair, key: rng()})).sort((a, b) => a.key - b.key).slice(0, sample).map((entry) => entry.pair)
  const rows = []
  for (const [system, suggest] of [...systems, ...hunspellSystem(chosen)]) {
    if (system === 'retext-spell' && process.argv.includes('--no-baseline')) continue
    const times: number[] = []
    let top1 = 0
    let certain = 0
    let certainRight = 0
    for (const [wrong, right] of chosen) {
      const started = performance.now()
      const result = suggest(wrong)
      times.push(performance.now() - started)
      if (result.words[0] === right) top1++
      else if (process.argv.includes('--details') && system.startsWith('copydesk,')) console.error(`${name}: ${wrong} → ${result.words.slice(0, 3).join(',')} (want ${right})`)
      else if (process.argv.includes('--details') && system === 'copydesk') console.error(`${name}, out of context: ${wrong} → ${result.words.slice(0, 3).join(',')} (want ${right})`)
      if (result.certain) {
        certain++
        if (result.words[0] === right) certainRight++
      }
    }
    times.sort((a, b) => a - b)
    rows.push({
      list: name,
      system,
      pairs: chosen.length,
      top1: top1 / chosen.length,
      safe: certain / chosen.length,
      safePrecision: certain ? certainRight / certain : 0,
      medianMs: times[times.length >> 1]!,
      p90Ms: times[Math.floor(times.length * 0.9)]!,
      maxMs: times.at(-1)!,
    })
  }
  return rows
}

/** Hunspell on the same pairs, with `--hunspell` (src/eval/hunspell.ts); its times are those of a table look-up, not its own. */
function hunspellSystem(pairs: Pair[]): Array<[string, Suggest]> {
  if (!process.argv.includes('--hunspell')) return []
  const suggestions = hunspellSuggestions(pairs.map(([wrong]) => wrong))
  if (typeof suggestions === 'string') {
    console.error(suggestions)
    return []
  }
  return [[hunspellName, (word) => ({words: suggestions.get(word) ?? [], certain: false})]]
}

const hunspellName = 'hunspell 1.7 (Debian, en_US)'

function randomEditPairs(documents: string[], count: number): Pair[] {
  const rng = random(hash('random-edits-' + split))
  const words = [...new Set(documents.join(' ').match(/(?<![\p{L}'’-])\p{Ll}{3,}(?![\p{L}'’-])/gu) ?? [])].filter((word) => baselineSpeller.correct(word))
  const pairs: Pair[] = []
  while (pairs.length < count) {
    const word = words[Math.floor(rng() * words.length)]!
    const edited = randomEdit(word, rng)
    if (edited) pairs.push([edited, word])
  }
  return pairs
}

// ---------- run ----------

/**
 * What a cold `copydesk` start pays for `code` (an ES module body), in five fresh Node
 * processes: median wall time, and median CPU time, which a busy shared machine disturbs less.
 */
function coldLoad(code: string): {wall: number; cpu: number} {
  const walls: number[] = []
  const cpus: number[] = []
  for (let run = 0; run < 5; run++) {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); const c = process.cpuUsage(); ${code}; const u = process.cpuUsage(c); console.log(performance.now() - t, (u.user + u.system) / 1000)`], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      encoding: 'utf8',
    })
    const [wall, cpu] = output.trim().split(' ').map(Number)
    walls.push(wall!)
    cpus.push(cpu!)
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[2]!
  return {wall: median(walls), cpu: median(cpus)}
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`

async function main() {
  // The word lists, and the known misspellings and error model a first unknown word reads.
  const lexiconMs = coldLoad(
    `const {loadBaseLexicon} = await import(${JSON.stringify(new URL('../spelling/lexicon.js', import.meta.url).href)}); const {loadKnownMisspellings} = await import(${JSON.stringify(new URL('../spelling/misspellings.js', import.meta.url).href)}); loadBaseLexicon(); loadKnownMisspellings().corrections('recieve'); const {loadErrorModel} = await import(${JSON.stringify(new URL('../spelling/error-model.js', import.meta.url).href)}); loadErrorModel()`,
  )
  const nspellMs = coldLoad(`const {default: d} = await import('dictionary-en'); const {default: n} = await import('nspell'); n(d)`)

  const gum = gumDocuments()
  // Clean text: all 7,000 train rows on the tuning split (the rows after the first 3,000 were added
  // later, as fresh text for rules tuned on the first ones); injections and timings keep the first
  // 3,000, so those figures stay comparable from run to run.
  const mlqe = split === 'tune' ? mlqeDocuments('train') : [...mlqeDocuments('dev'), ...mlqeDocuments('test')]
  const injectedMlqe = split === 'tune' ? mlqe.slice(0, 150) : mlqe
  const cleanDocuments = [...gum, ...mlqe]
  const documents = [...gum, ...injectedMlqe]
  const checker = copydesk()
  // --no-baseline: copydesk alone, for quick tuning runs (the report always shows both).
  const withBaseline = !process.argv.includes('--no-baseline')
  const systems = withBaseline ? [checker, baseline(true)] : [checker]
  console.log(`# Spelling evaluation (split: ${split}; copydesk with lang ${lang}; clean text ${cleanDocuments.length} documents, ${cleanDocuments.reduce((sum, text) => sum + countWords(text), 0)} words; injections and timings ${documents.length} documents, ${documents.reduce((sum, text) => sum + countWords(text), 0)} words)\n`)
  console.log(`Cold dictionary load (fresh process, median of 5, import + build; wall / CPU): copydesk word lists, known misspellings and error model ${lexiconMs.wall.toFixed(0)} / ${lexiconMs.cpu.toFixed(0)} ms; nspell + dictionary-en ${nspellMs.wall.toFixed(0)} / ${nspellMs.cpu.toFixed(0)} ms.\n`)

  // --share-only: the pipeline share alone (a minute instead of ten), for A/B runs of the stage's cost.
  if (process.argv.includes('--share-only')) {
    await stageShare(documents)
    return batchShare()
  }
  console.log('## Clean text: false findings (warning + error)\n')
  console.log('Every warning and error on unedited text counts as false, except on the reviewed real errors of the source (`sourceErrors` in src/eval/spelling.ts), counted apart.')
  console.log('"raw" counts every other finding as false. "post-edit-aware" (MLQE-PE only) counts apart, as real defects found, findings on MT words the post-editors changed (tagged BAD in `mt_tags`); the rest, on words tagged OK, stay false. GUM has no post-edits: both figures are the same.\n')
  console.log('| text | system | words | false, raw | per 1,000 words, raw | false, post-edit-aware | per 1,000 words, post-edit-aware | on post-edited words | real errors found | info | most frequent false (post-edit-aware) | most frequent on post-edited words |')
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|')
  const corpora: Array<[string, string[]]> = [
    ['GUM Wikinews (human-written)', gum],
    [`MLQE-PE ${split === 'tune' ? 'train' : 'dev+test'} (machine-translated)`, mlqe],
    ['all', cleanDocuments],
    // Kept out of "all", so that figure stays comparable with earlier runs.
    ...(split === 'tune' ? [['WMT23 zh→en news MT, MQM-annotated (tuning only; not in "all")', wmtDocuments()] as [string, string[]]] : []),
  ]
  // --unlabelled: more clean text, outside both splits' eval text (tuning split only).
  if (process.argv.includes('--unlabelled')) {
    if (split !== 'tune') throw new Error('--unlabelled is a tuning check: use it with --split tune')
    corpora.push(...unlabelledCorpora())
  }
  const fixRows: string[] = []
  for (const [label, texts] of corpora) {
    for (const row of await cleanText(withBaseline ? [checker, baseline(false)] : [checker], texts)) {
      if (row.system === 'copydesk') {
        const {judged, all, right, wrongPerThousand, wrong} = row.fixes
        fixRows.push(judged ? `| ${label} | ${all} | ${right} | ${all - right} | ${wrongPerThousand.toFixed(2)} | ${wrong.join(', ')} |` : `| ${label} (no reference: fixes listed, not judged) | ${all} | – | – | – | ${wrong.join(', ')} |`)
      }
      console.log(
        `| ${label} | ${row.system} | ${row.words} | ${row.raw} | ${row.rawPerThousand.toFixed(2)} | ${row.severe} | ${row.perThousand.toFixed(2)} | ${row.postEdited} | ${row.real} | ${row.info} | ${row.top.join(', ')} | ${row.topEdited.join(', ')} |`,
      )
    }
  }

  console.log('\n## Clean text: fixes `copydesk fix` would make unasked (`fix: safe`)\n')
  console.log("A safe fix on unedited text is right only on a reviewed real error of the source, or on an MT word the post-editors changed when their post-edit holds the fix's word; every other one changes text that was right (or that the post-editors fixed otherwise).\n")
  console.log('| text | safe fixes | right | wrong | wrong per 1,000 words | most frequent wrong (unjudged: most frequent) |')
  console.log('|---|---|---|---|---|---|')
  for (const row of fixRows) console.log(row)

  if (process.argv.includes('--clean-only')) return
  // cspell's list is a source of suggestions (src/spelling/misspellings.ts), so it is no test: the other
  // lists are measured on their pairs whose misspelling it does not hold, and on the rest apart, as what the list gives.
  // Wikipedia's list has no test part: 4,092 of its 4,189 misspellings are on cspell's.
  const known = loadKnownMisspellings()
  const unlisted = (pairs: Pair[]) => pairs.filter(([wrong]) => known.corrections(wrong).length === 0)
  const listed = (pairs: Pair[]) => pairs.filter(([wrong]) => known.corrections(wrong).length > 0)
  const wikipedia = tsvPairs('wikipedia-common-misspellings.tsv')
  const cspell = cspellPairs()
  const norvig = [...tsvPairs('norvig-testset1.tsv'), ...tsvPairs('norvig-testset2.tsv')]
  const birkbeck = tsvPairs('birkbeck.tsv')
  const edits = unlisted(randomEditPairs(documents, 2000))
  const lists: Array<[string, Pair[]]> = [
    ['norvig, not on the suggestion list', unlisted(norvig)],
    ['birkbeck, not on the suggestion list', unlisted(birkbeck)],
    ['wikipedia common misspellings on the suggestion list (no test)', listed(wikipedia)],
    ['norvig on the suggestion list (no test)', listed(norvig)],
    ['birkbeck on the suggestion list (no test)', listed(birkbeck)],
    ['cspell common misspellings: the suggestion list (no test)', cspell],
  ]

  console.log('\n## Injected non-word errors in the same text (recall and top-1 in context)\n')
  console.log('"fixed unasked": share of the injected errors that `copydesk fix` would correct by default (`fix: safe`); "right": share of those fixes that restore the original word.\n')
  console.log('| errors from | system | injected | recall | top-1 | fixed unasked | right |')
  console.log('|---|---|---|---|---|---|---|')
  for (const [name, pairs] of lists) {
    for (const row of await injected(systems, documents, name, picker(pairs))) {
      console.log(injectedRow(row))
    }
  }
  // Random edits that happen to be listed misspellings (`fomr`, listed for `from`) are the list's, not the ranking's.
  const unlistedEdit = (word: string, rng: () => number) => {
    const edited = randomEdit(word, rng)
    return edited !== undefined && known.corrections(edited).length === 0 ? edited : undefined
  }
  for (const row of await injected(systems, documents, 'random single edits', unlistedEdit)) {
    console.log(injectedRow(row))
  }
  for (const row of await injected(systems, documents, 'random single edits of sentence-initial words', unlistedEdit, true)) {
    console.log(injectedRow(row))
  }

  console.log('\n## Word pairs out of context (top-1, certain = `fix: safe`, suggestion time per word)\n')
  console.log('| list | system | pairs | top-1 | marked certain | certain and right | median | p90 | max |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const [name, pairs] of [...lists, ['random single edits', edits] as [string, Pair[]]]) {
    for (const row of isolated(pairs, name, pairs === edits)) {
      console.log(pairRow(row))
    }
  }
  console.log('\n## Whole lists, each left out of the error model (top-1 out of context)\n')
  console.log("Each list (this split's half, up to 600 of its pairs drawn at random), inside cspell's list and outside it: the suggestion list off and the error model learned from cspell's pairs less every pair with one of the list's misspellings. Nothing copydesk ranks with was learned from these pairs; its weights were tuned on the tuning split (\`--split tune\`).\n")
  console.log('| list | system | pairs | top-1 | marked certain | certain and right | median | p90 | max |')
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const [name, pairs] of [['wikipedia common misspellings', wikipedia], ['norvig', norvig], ['birkbeck', birkbeck]] as Array<[string, Pair[]]>) {
    for (const row of isolated(pairs, `${name}, left out`, false, 600, leftOutSystems(pairs))) {
      console.log(pairRow(row))
    }
  }
  // --no-share: quality figures only (the share takes three more passes over the text).
  if (!process.argv.includes('--no-share')) {
    await stageShare(documents)
    await batchShare()
  }
}

/**
 * Share of the whole pipeline's time that the spelling stage takes on a batch (all stages on
 * vs spelling off): CPU time, three rounds with fresh pipelines, median share reported; within
 * a round the two pipelines take turns document by document (`alternating`).
 */
async function stageShare(documents: string[]) {
  const rounds: Array<{all: number; rest: number}> = []
  for (let round = 0; round < 3; round++) {
    // Fresh pipelines each round, so every round starts with empty caches, as a batch does.
    const pipelines = {all: pipelineWith(true), rest: pipelineWith(false)}
    for (const processor of Object.values(pipelines)) await checkText(processor, 'Warm up.', {format: 'text'})
    rounds.push(await alternating(pipelines, documents, 'text'))
  }
  const shares = rounds.map((round) => Math.max(0, round.all - round.rest) / round.all).sort((a, b) => a - b)
  const median = rounds.find((round) => Math.max(0, round.all - round.rest) / round.all === shares[1])!
  console.log(
    `\n## Cost in the whole pipeline\n\nCPU time, median of 3 rounds (the two pipelines alternate document by document): all stages ${(median.all / 1000).toFixed(1)} s for ${documents.length} documents; without spelling ${(median.rest / 1000).toFixed(1)} s; spelling's share: ${percent(shares[1]!)} (range ${percent(shares[0]!)}–${percent(shares[2]!)}; loading excluded, suggestions and the first suggestion's index included).`,
  )
}

/**
 * The same share on a batch, every cost included, on two of the bench's corpora: its 1,000-article
 * batch (`npm run bench`; paragraphs recur across articles, as in a desk's day of wire copy) and its
 * `fresh` corpus (every GUM Wikinews paragraph and MLQE-PE machine translation at most once, 184
 * articles of about 700 words, where nearly every word is new to the batch). One first pass in each
 * of three fresh processes per setting (`dist/bench/stages.js --share`: loading, the first
 * suggestion's index, first reads and the JIT's warm-up included), the two pipelines alternating
 * document by document; median share reported, with V8's defaults and with the batch pool's flags.
 * On the 120 documents above, the whole pipeline takes ~0.4 s and rounds after the first find the
 * index loaded: these figures are the ones a batch sees.
 */
async function batchShare() {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-share-'))
  try {
    process.env.COPYDESK_EVAL ??= fileURLToPath(shared)
    const corpora: Array<[string, {files: string[]; words: number}]> = [
      ["the bench's 1,000-article batch", await buildCorpus(path.join(dir, 'batch'), 1000)],
      ["the bench's fresh corpus, no paragraph repeated", await buildCorpus(path.join(dir, 'fresh'), Number.MAX_SAFE_INTEGER, {fresh: true})],
    ]
    const script = fileURLToPath(new URL('../bench/stages.js', import.meta.url))
    // V8 as a check in one thread runs it, and as the batch pool's workers run it (`poolV8Flags`,
    // Node 20: less optimising compilation); the two alternate.
    const settings: Array<[string, string[]]> = [
      ["V8's defaults (a check in one thread)", []],
      ["the batch pool's V8 flags", poolV8Flags()],
    ]
    const share = (round: {all: number; rest: number}) => Math.max(0, round.all - round.rest) / round.all
    for (const [name, {files, words}] of corpora) {
      const rounds = settings.map((): Array<{all: number; rest: number}> => [])
      for (let round = 0; round < 3; round++) {
        for (const [index, [, flags]] of settings.entries()) rounds[index]!.push(JSON.parse(execFileSync(process.execPath, [...flags, script, '--share', ...files], {encoding: 'utf8'})) as {all: number; rest: number})
      }
      console.log(`\nOn a batch: ${name} (${files.length} articles, ${words} words), one first pass in each of 3 fresh processes per setting, every cost included (loading, the index, the JIT's warm-up):`)
      for (const [index, [label]] of settings.entries()) {
        const sorted = rounds[index]!.sort((a, b) => share(a) - share(b))
        const median = sorted[1]!
        console.log(
          `- ${label}: all stages ${(median.all / 1000).toFixed(2)} s; without spelling ${(median.rest / 1000).toFixed(2)} s; spelling ${((median.all - median.rest) / files.length).toFixed(2)} ms an article; spelling's share: ${percent(share(median))} (range ${percent(share(sorted[0]!))}–${percent(share(sorted[2]!))}).`,
        )
      }
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

await main()
