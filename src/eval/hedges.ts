/**
 * `npm run eval:hedges`: measures the hedge and attribution stages on
 * sentences nobody on the team wrote, beside retext-intensify in the same run.
 *
 * Sets: WikiWeasel (Pajean's split of the CoNLL-2010 Wikipedia data; `_train`
 * was used to tune the cue lists, `_eval` is reported), the FactBank and
 * Wikipedia parts of the Szeged Uncertainty Corpus, and the team's labelled
 * news sentences (see docs/labelling-guide.md): `news-hedges-holdout.tsv` held
 * out; `news-hedges-tune.tsv` and, after its first report, `news-hedges.tsv` used
 * for tuning; `news-sourcing-holdout.tsv` (booster and anonymous labels only)
 * held out; the id-labelled WMT and FactBank sets (see `byId`), `news-factbank-tune2`
 * for tuning and `news-factbank-holdout3` held out in round 4; `news-wmt-systems-tune` (other MT
 * systems' output of the WMT tuning documents) for tuning in round 5; `news-wmt-systems-holdout` (the
 * same for the WMT held-out documents) and `news-factbank-holdout4` held out in round 6; `news-wmt-systems-holdout2`
 * (the WMT held-out documents' other sentences) labelled in round 9. Round 9 wrote anonymous rules with the WMT held-out
 * sentences in view, so `news-wmt-holdout`, `news-wmt-systems-holdout` and `news-wmt-systems-holdout2` are no longer held out
 * for `anonymous` (rows marked SEEN), and for every label since round 12 (an audit read their documents); the row "held out for round 9" pools the sets no round-9 decision read.
 * Round 16 added the Brown Corpus press halves (`news-brown-*`, `src/eval/brown-news.ts`); `--brown` runs the Brown sets alone
 * (held-out ones too, totals only; with `--tune`, the tuning ones only). Round 17 added a second set to each half (`news-brown-tune2`, `news-brown-holdout2`).
 * Round 18 added the halves of the whole Reuters-21578 collection (`news-reuters21578-tune` and `-holdout`, read as
 * `src/eval/reuters-news.ts` says); `--reuters21578` runs those two alone, as `--brown` does the Brown sets.
 * Round 19 added a second set to each half of the same collection (`news-reuters21578-tune2`, run by `--tune` and
 * `--reuters21578 --tune`; `news-reuters21578-holdout2`, labelled by a labeller who writes no rules).
 * Round 20 added a third set to each half (`news-reuters21578-tune3`, run by `--tune` and `--reuters21578 --tune`;
 * `news-reuters21578-holdout3`, labelled by a labeller who writes no rules). Round 21 added a fourth set to each half
 * (`news-reuters21578-tune4`, run by `--tune` and `--reuters21578 --tune`; `news-reuters21578-holdout4`, the same way), and
 * round 22 a fifth (`news-reuters21578-tune5`, `news-reuters21578-holdout5`), round 23 a sixth drawn for hedges and crowds
 * (`news-reuters21578-tune6`, `news-reuters21578-holdout6`).
 * `--tune` reports on the tuning sets. Held-out sets never print their errors, even with `--verbose`.
 * Research-only sets are read from `../shared/eval` at run time, never copied.
 *
 * Scoring is per sentence: a sentence is predicted positive when a rule of the
 * group flags anything in it. The uncertainty corpora label every hedge,
 * whoever holds it, so they are scored twice: as shipped (attributed hedges
 * stay silent, as the contract wants) and as a cue detector (`attribution: false`).
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {gunzipSync} from 'node:zlib'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import retextIntensify from 'retext-intensify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {ClaimsAnalyser} from '../claims/analyse.js'
import {loadRules, loadVocabulary} from '../claims/rules.js'
import copydeskParse from '../parse/index.js'
import {brownHalf, brownSentences} from './brown-news.js'
import {reuters21578Sentences, reutersHalf, reutersSentences} from './reuters-news.js'
import {mqmGeneralRows, shortName, splitSentences, wmtNewsSentences, wmtTedSentences} from './wmt-news.js'

const evalDir = path.resolve(process.env.COPYDESK_EVAL_DIR ?? '../shared/eval')
const tune = process.argv.includes('--tune')
/** Only the Brown sets (round 16): their first run, without the other held-out sets. */
const brownOnly = process.argv.includes('--brown')
/** Only the Reuters-21578 sets (rounds 18–20), in the same way. */
const reuters21578Only = process.argv.includes('--reuters21578')
const verbose = process.argv.includes('--verbose')

type Label = 'uncertain' | 'booster' | 'anonymous'
interface Item {
  text: string
  labels: Partial<Record<Label, boolean>>
  /** The sentences before it in its article, read with it so pointers back ("the official said") resolve. */
  context?: string
}

/** Undoes Penn Treebank tokenisation (`-LRB-`, `` `` ``, ` 's`) so the text reads as written. */
function detokenise(text: string): string {
  return text
    .replaceAll('-LRB-', '(').replaceAll('-RRB-', ')').replaceAll('-LSB-', '[').replaceAll('-RSB-', ']')
    .replaceAll('``', '"').replaceAll("''", '"')
    .replace(/ ([.,;:!?)\]%])/g, '$1').replace(/([([$]) /g, '$1')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1')
}

function wikiweasel(part: 'train' | 'eval'): Item[] {
  const lines = readFileSync(path.join(evalDir, `hedge/wikiweasel-pajean/wikiweasel_${part}.tsv`), 'utf8').split('\n').slice(1).filter(Boolean)
  return lines.map((line) => {
    const [label, text] = line.split('\t') as [string, string]
    return {text: detokenise(text), labels: {uncertain: label === '1'}}
  })
}

function szeged(part: 'factbank' | 'wiki'): Item[] {
  if (part === 'factbank') {
    const tuning = factbankTuningDocs()
    return factbankRows().filter((row) => !tuning.has(row.doc)).map((row) => ({text: row.text, labels: {uncertain: row.uncertain}}))
  }
  const lines = gunzipSync(readFileSync(path.join(evalDir, `hedge/szeged-uncertainty/${part}.sentences.jsonl.gz`))).toString('utf8').split('\n').filter(Boolean)
  return lines.map((line) => JSON.parse(line) as {text: string; uncertain: boolean; part: string})
    .filter((row) => row.part === 'Text' || row.part === 'unknown')
    .map((row) => ({text: row.text, labels: {uncertain: row.uncertain}}))
}

function news(name: 'news-hedges' | 'news-hedges-tune' | 'news-hedges-tune2' | 'news-hedges-holdout' | 'news-sourcing-holdout'): Item[] {
  const file = new URL(`../../tests/data/${name}.tsv`, import.meta.url)
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  const columns = header!.split('\t')
  return lines.map((line) => {
    const cells = line.split('\t')
    const value = (name: string) => cells[columns.indexOf(name)] === '1'
    return {text: cells[columns.indexOf('text')]!, labels: {uncertain: value('unsupported') || value('weasel'), booster: value('booster'), anonymous: value('anonymous')}}
  })
}

/**
 * Sets labelled by id, whose text is read from `../shared/eval` at run time because its licence
 * does not let the repository copy it: WMT 2023 zh→en news (`news-wmt-*`, all four labels) and
 * Szeged FactBank wire news (`news-factbank-*`, booster and anonymous only), WMT 2021 TED talks
 * zh→en (`ted-boosters-tune`, booster only). A `sha1` column
 * (first 10 hex digits of the sentence) makes sure the text is the one that was labelled.
 */
function byId(name: 'news-reuters21578-tune' | 'news-reuters21578-tune2' | 'news-reuters21578-tune3' | 'news-reuters21578-tune4' | 'news-reuters21578-tune5' | 'news-reuters21578-tune6' | 'news-reuters21578-holdout' | 'news-reuters21578-holdout2' | 'news-reuters21578-holdout3' | 'news-reuters21578-holdout4' | 'news-reuters21578-holdout5' | 'news-reuters21578-holdout6' | 'news-brown-tune' | 'news-brown-holdout' | 'news-brown-tune2' | 'news-brown-holdout2' | 'news-reuters-tune' | 'news-reuters-holdout' | 'news-wmt-tune' | 'news-wmt-systems-tune' | 'news-wmt-systems-holdout' | 'news-wmt-systems-holdout2' | 'news-wmt-holdout' | 'news-factbank-tune' | 'news-factbank-tune2' | 'news-factbank-holdout' | 'news-factbank-holdout2' | 'news-factbank-holdout3' | 'news-factbank-holdout4' | 'ted-boosters-tune' | 'ted-boosters-tune2'): Item[] {
  const sentences = name.startsWith('news-brown') ? brownNews()! : name.startsWith('news-reuters21578') ? reuters21578Text()! : name.startsWith('news-reuters') ? reutersText()! : name.startsWith('news-wmt-systems') ? wmtSystemSentences() : name.startsWith('news-wmt') ? wmtSentences() : name === 'ted-boosters-tune2' ? tedSystemSentences() : name.startsWith('ted') ? tedSentences() : factbankSentences()
  const file = new URL(`../../tests/data/${name}.tsv`, import.meta.url)
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  const columns = header!.split('\t')
  return lines.map((line) => {
    const cells = line.split('\t')
    const cell = (column: string) => cells[columns.indexOf(column)]
    const found = sentences.get(cell('id')!)
    if (!found) throw new Error(`${name}: no sentence ${cell('id')}`)
    // A Brown or Reuters set reads only stories of its own half: a held-out sentence never tunes a rule.
    const half = name.startsWith('news-brown') ? brownHalf : name.startsWith('news-reuters') ? reutersHalf : undefined
    if (half && half(cell('id')!.split('#')[0]!) !== (name.includes('holdout') ? 'holdout' : 'tune')) throw new Error(`${name}: ${cell('id')} is from the other half`)
    if (createHash('sha1').update(found.text).digest('hex').slice(0, 10) !== cell('sha1')) throw new Error(`${name}: ${cell('id')} is not the text that was labelled`)
    const value = (column: string) => cell(column) === '1'
    return {text: found.text, context: found.context, labels: {uncertain: value('unsupported') || value('weasel'), booster: value('booster'), anonymous: value('anonymous')}}
  })
}

type Sentences = Map<string, {text: string; context?: string}>

/** Sentences of the same document read before each one: enough for "the official said" to find its source. */
const contextSentences = 3

/** Each sentence with up to `contextSentences` sentences before it in the same document. */
function withContext(rows: Array<{id: string; doc: string; text: string}>): Sentences {
  return new Map(rows.map((row, index) => {
    const before = rows.slice(Math.max(0, index - contextSentences), index).filter((other) => other.doc === row.doc)
    return [row.id, {text: row.text, context: before.length > 0 ? before.map((other) => other.text).join(' ') : undefined}]
  }))
}

/**
 * Text read at run time from where it was unpacked, never copied, or null when it is not on this machine: its rows are
 * then left out, and the reader's own error says where it looked and how to get the text.
 */
function optionalText(name: string, read: () => Array<{id: string; doc: string; text: string}>): () => Sentences | null {
  let cache: Sentences | null | undefined
  return () => {
    if (cache !== undefined) return cache
    try {
      return (cache = withContext(read()))
    } catch (error) {
      console.log(`(${name} sets left out: ${(error as Error).message})`)
      return (cache = null)
    }
  }
}

/** The Reuters stories (`src/eval/reuters-news.ts`). */
const reutersText = optionalText('Reuters', () => reutersSentences())
/** The whole Reuters-21578 collection but the `r-cran-tm` stories (`src/eval/reuters-news.ts`). */
const reuters21578Text = optionalText('Reuters-21578', () => reuters21578Sentences())
/** The Brown Corpus press samples (`src/eval/brown-news.ts`). */
const brownNews = optionalText('Brown', () => brownSentences())

let tedCache: Sentences | undefined
function tedSentences(): Sentences {
  return (tedCache ??= withContext(wmtTedSentences(evalDir)))
}

let tedSystemsCache: Sentences | undefined
/** The TED talks in the study's two human translations and three more MT systems' (`ted-boosters-tune2`, round 13). */
function tedSystemSentences(): Sentences {
  return (tedSystemsCache ??= withContext(['ref', 'refB', 'Facebook-AI', 'NiuTrans', 'DIDI-NLP'].flatMap((system) => wmtTedSentences(evalDir, system))))
}

let wmtCache: Sentences | undefined
function wmtSentences(): Sentences {
  return (wmtCache ??= withContext(wmtNewsSentences(evalDir)))
}

let wmtSystemsCache: Sentences | undefined
/**
 * Every MT system's translation of the WMT 2023 news documents, as sentences with ids
 * `<doc>#<segment>.<sentence>@<system>`, each read with the sentences before it in the same
 * system's translation. `news-wmt-systems-tune` labels the other systems' output of the tuning
 * documents' sourcing segments: the same stories in other machine translations' words.
 */
function wmtSystemSentences(): Sentences {
  if (wmtSystemsCache) return wmtSystemsCache
  const segments = new Map<string, {doc: string; segment: number; system: string; text: string}>()
  for (const {system, doc, segment, target} of mqmGeneralRows(evalDir)) {
    if (!doc.startsWith('news_')) continue
    const key = `${doc}#${segment}@${system}`
    if (!segments.has(key)) segments.set(key, {doc, segment, system, text: target.replaceAll(/<\/?v>/g, '')})
  }
  const rows = [...segments.values()]
    .sort((a, b) => a.doc.localeCompare(b.doc) || a.system.localeCompare(b.system) || a.segment - b.segment)
    .flatMap((row) => splitSentences(row.text).map((text, index) => ({id: `${shortName(row.doc)}#${row.segment}.${index + 1}@${row.system}`, doc: `${row.doc}@${row.system}`, text})))
  return (wmtSystemsCache = withContext(rows))
}

interface FactbankRow {
  doc: string
  id: string
  text: string
  uncertain: boolean
}

function factbankRows(): FactbankRow[] {
  return gunzipSync(readFileSync(path.join(evalDir, 'hedge/szeged-uncertainty/factbank.sentences.jsonl.gz'))).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as FactbankRow)
}

let factbankCache: Sentences | undefined
function factbankSentences(): Sentences {
  return (factbankCache ??= withContext(factbankRows().map((row) => ({id: `${row.doc}#${row.id}`, doc: row.doc, text: row.text.split(/\s+/).join(' ')}))))
}

/** FactBank documents whose sentences were studied for tuning: left out of the FactBank uncertainty figure. */
function factbankTuningDocs(): Set<string> {
  const lines = ['news-factbank-tune', 'news-factbank-tune2'].flatMap((name) => readFileSync(new URL(`../../tests/data/${name}.tsv`, import.meta.url), 'utf8').split('\n').slice(1).filter(Boolean))
  return new Set(lines.map((line) => line.split('#')[0]!))
}

/** GUM's Wikinews paragraphs (CC BY 2.5), one text per paragraph: a label-free precision signal. */
function wikinews(genre: 'news' | 'interview'): string[] {
  const lines = readFileSync(path.join(evalDir, 'text/gum-wikinews/gum_wikinews_news_interview.jsonl'), 'utf8').split('\n').filter(Boolean)
  return lines.map((line) => JSON.parse(line) as {genre: string; paragraphs: Array<{block: string; text: string}>})
    .filter((doc) => doc.genre === genre)
    .flatMap((doc) => doc.paragraphs.filter((paragraph) => paragraph.block === 'p').map((paragraph) => paragraph.text))
}

// ---- systems ----------------------------------------------------------------

const rules = ['hedge', 'attribution', 'style'].flatMap((source) => loadRules(source))
const words = loadVocabulary()
const shipped = new ClaimsAnalyser(rules, words)
const cueOnly = new ClaimsAnalyser(rules, words, {attribution: false})
const parser = unified().use(copydeskParse)

/** Rule ids that answer each label. */
const groups: Record<Label, string[]> = {
  uncertain: ['hedge/unsupported', 'attribution/weasel'],
  booster: ['hedge/booster'],
  anonymous: ['attribution/anonymous'],
}

function copydeskFindings(analyser: ClaimsAnalyser, text: string): string[] {
  return analysed(analyser, text, 'text').sentences.flatMap((record) => record.findings.map((finding) => `${finding.rule.source}/${finding.rule.ruleId}`))
}

function analysed(analyser: ClaimsAnalyser, text: string, format: 'text' | 'markdown') {
  const file = new VFile({value: text})
  file.data.format = format
  return analyser.analyse(parser.parse(file) as Root)
}

/** Rule ids flagged in the item's sentence; its context sentence is read first but not scored. */
function copydesk(analyser: ClaimsAnalyser, item: Item): Set<string> {
  const offset = item.context === undefined ? 0 : item.context.length + 1
  const file = new VFile({value: item.context === undefined ? item.text : `${item.context} ${item.text}`})
  file.data.format = 'text'
  const tree = parser.parse(file) as Root
  const found = new Set<string>()
  for (const record of analyser.analyse(tree).sentences) {
    for (const finding of record.findings) if (finding.start >= offset) found.add(`${finding.rule.source}/${finding.rule.ruleId}`)
  }
  return found
}

const intensify = unified().use(retextEnglish).use(retextIntensify)
/** retext-intensify's closest categories: hedge+weasel for uncertainty, weasel (its intensifier list) for boosters, any for anonymous. */
const intensifyGroups: Record<Label, string[]> = {uncertain: ['hedge', 'weasel'], booster: ['weasel'], anonymous: ['hedge', 'weasel', 'filler']}

function retextFindings(text: string): string[] {
  const file = new VFile({value: text})
  intensify.runSync(intensify.parse(file), file)
  return file.messages.map((message) => String(message.ruleId))
}

function retext(text: string): Set<string> {
  return new Set(retextFindings(text))
}

/**
 * Findings per 1,000 words on Wikinews news articles: their style guide keeps the
 * writer's own guesses, boosters and anonymous sources out, so most findings
 * there are false alarms (quotes without quotation marks and real lapses aside).
 */
function wikinewsRates(): void {
  const paragraphs = wikinews('news')
  const words = paragraphs.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0)
  const ours = paragraphs.flatMap((text) => copydeskFindings(shipped, text))
  const theirs = paragraphs.flatMap((text) => retextFindings(text))
  const rate = (count: number) => ((count * 1000) / words).toFixed(1)
  const count = (found: string[], rules: string[]) => found.filter((rule) => rules.includes(rule)).length
  console.log(`\nFindings per 1,000 words on GUM Wikinews news (${paragraphs.length} paragraphs, ${words} words; label-free, lower is better):`)
  console.log('| label | copydesk | retext-intensify |')
  console.log('|---|---|---|')
  for (const label of ['uncertain', 'booster', 'anonymous'] as const) {
    console.log(`| ${label === 'uncertain' ? 'unsupported+weasel' : label} | ${rate(count(ours, groups[label]))} | ${rate(count(theirs, intensifyGroups[label]))} |`)
  }
}

/**
 * Whole Wikinews documents as Markdown, headings kept: in the interviews, the answers after each question are the
 * interviewee's words, so a hedge, booster or anonymous source there is no finding for the writer. The news documents
 * show whether the Q&A reading ever fires on ordinary copy. Not held out: the interviews' layout shaped the rule.
 */
function wikinewsDocumentRates(): void {
  const lines = readFileSync(path.join(evalDir, 'text/gum-wikinews/gum_wikinews_news_interview.jsonl'), 'utf8').split('\n').filter(Boolean)
  const documents = lines.map((line) => JSON.parse(line) as {genre: string; paragraphs: Array<{block: string; text: string}>})
  console.log('\nWhole GUM Wikinews documents as Markdown (findings per 1,000 words; sentences read as a Q&A interview\'s answers):')
  console.log('| genre | documents | words | answer sentences | copydesk unsupported+weasel / booster / anonymous | retext-intensify |')
  console.log('|---|---|---|---|---|---|')
  for (const genre of ['interview', 'news']) {
    const texts = documents.filter((doc) => doc.genre === genre).map((doc) => doc.paragraphs.map((paragraph) => (paragraph.block === 'head' ? `# ${paragraph.text}` : paragraph.text)).join('\n\n'))
    const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0)
    const analyses = texts.map((text) => analysed(shipped, text, 'markdown'))
    const answers = analyses.reduce((sum, analysis) => sum + analysis.sentences.filter((record) => record.answer).length, 0)
    const sentences = analyses.reduce((sum, analysis) => sum + analysis.sentences.length, 0)
    const ours = analyses.flatMap((analysis) => analysis.sentences.flatMap((record) => record.findings.map((finding) => `${finding.rule.source}/${finding.rule.ruleId}`)))
    const theirs = texts.flatMap((text) => retextFindings(text))
    const rate = (found: string[], rules: string[]) => ((found.filter((rule) => rules.includes(rule)).length * 1000) / words).toFixed(1)
    const rates = (found: string[], groupsOf: Record<Label, string[]>) => (['uncertain', 'booster', 'anonymous'] as const).map((label) => rate(found, groupsOf[label])).join(' / ')
    console.log(`| ${genre} | ${texts.length} | ${words} | ${answers} of ${sentences} | ${rates(ours, groups)} | ${rates(theirs, intensifyGroups)} |`)
  }
}

// ---- scoring ----------------------------------------------------------------

interface Score {
  precision: number
  recall: number
  f1: number
  positives: number
}

function score(items: Item[], label: Label, predict: (item: Item) => boolean, show?: string): Score {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const item of items) {
    const gold = Boolean(item.labels[label])
    const guess = predict(item)
    if (gold && guess) tp++
    else if (guess) fp++
    else if (gold) fn++
    if (show !== undefined && gold !== guess) console.error(`${gold ? 'FN' : 'FP'} ${label} [${show}]: ${item.text}`)
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), positives: tp + fn}
}

const format = (value: number) => value.toFixed(2)

function report(): void {
  const brownTune = () =>
    brownNews()
      ? [
          {name: 'news-brown-tune (tuning, round 16; 1961 Brown Corpus press)', items: byId('news-brown-tune'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false},
          {name: 'news-brown-tune2 (tuning, round 17; Brown press, rich in sourcing words)', items: byId('news-brown-tune2'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false},
        ]
      : []
  const brownHoldout = () =>
    brownNews()
      ? [
          {name: 'news-brown-holdout (round 16, fresh held out; 1961 Brown Corpus press)', items: byId('news-brown-holdout'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
          {name: 'news-brown-holdout2 (round 17, fresh held out; Brown press, rich in sourcing words)', items: byId('news-brown-holdout2'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
        ]
      : []
  // The held-out pools: round 9's five sets, then each later round's fresh held-out set added in turn.
  const round9Pool = () => [...news('news-hedges-holdout'), ...news('news-sourcing-holdout'), ...byId('news-factbank-holdout'), ...byId('news-factbank-holdout2'), ...byId('news-factbank-holdout3')]
  const laterHeldOut = ['news-reuters-holdout', 'news-brown-holdout', 'news-brown-holdout2', 'news-reuters21578-holdout', 'news-reuters21578-holdout2', 'news-reuters21578-holdout3', 'news-reuters21578-holdout4', 'news-reuters21578-holdout5', 'news-reuters21578-holdout6'] as const
  const uncertainPool = () => [...news('news-hedges-holdout'), ...byId('news-factbank-holdout2'), ...byId('news-factbank-holdout3'), ...byId('news-factbank-holdout4'), ...laterHeldOut.flatMap((name) => byId(name))]
  const pooledUpTo = (last: (typeof laterHeldOut)[number]) => [...round9Pool(), ...laterHeldOut.slice(0, laterHeldOut.indexOf(last) + 1).flatMap((name) => byId(name))]
  const reuters21578Tune = () =>
    reuters21578Text()
      ? [
          {name: 'news-reuters21578-tune (tuning, round 18; the whole 1987 Reuters-21578 collection)', items: byId('news-reuters21578-tune'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false},
          {name: 'news-reuters21578-tune2 (tuning, round 19; Reuters-21578, sentences no round-18 set holds)', items: byId('news-reuters21578-tune2'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false},
          {name: 'news-reuters21578-tune3 (tuning, round 20; Reuters-21578, sentences no round-18 or round-19 set holds)', items: byId('news-reuters21578-tune3'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false},
          {name: 'news-reuters21578-tune4 (tuning, round 21; Reuters-21578, sentences no round-18, 19 or 20 set holds)', items: byId('news-reuters21578-tune4'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false},
          {name: 'news-reuters21578-tune5 (tuning, round 22; Reuters-21578, sentences no round-18 to 21 set holds)', items: byId('news-reuters21578-tune5'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false},
          {name: 'news-reuters21578-tune6 (tuning, round 23; Reuters-21578, half drawn by a certainty net)', items: byId('news-reuters21578-tune6'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false},
        ]
      : []
  const reuters21578Holdout = () =>
    reuters21578Text()
      ? [
          {name: 'news-reuters21578-holdout (round 18, fresh held out; Reuters-21578, labelled by a labeller who writes no rules)', items: byId('news-reuters21578-holdout'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
          {name: 'news-reuters21578-holdout2 (round 19, fresh held out; Reuters-21578, labelled by a labeller who writes no rules)', items: byId('news-reuters21578-holdout2'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
          {name: 'news-reuters21578-holdout3 (round 20, fresh held out; Reuters-21578, labelled by a labeller who writes no rules)', items: byId('news-reuters21578-holdout3'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
          {name: 'news-reuters21578-holdout4 (round 21, fresh held out; Reuters-21578, labelled by a labeller who writes no rules)', items: byId('news-reuters21578-holdout4'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
          {name: 'news-reuters21578-holdout5 (round 22, fresh held out; Reuters-21578, labelled by a labeller who writes no rules)', items: byId('news-reuters21578-holdout5'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
          {name: 'news-reuters21578-holdout6 (round 23, fresh held out; Reuters-21578, half drawn by a certainty net; labelled by a labeller who writes no rules)', items: byId('news-reuters21578-holdout6'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
        ]
      : []
  // `--brown --tune` and `--reuters21578 --tune` are tuning runs: the held-out halves stay out of them.
  const sets: Array<{name: string; items: Item[]; labels: Label[]; cueMode: boolean; heldOut?: boolean}> = brownOnly || reuters21578Only
    ? [...(brownOnly ? brownTune() : []), ...(reuters21578Only ? reuters21578Tune() : []), ...(tune ? [] : [...(brownOnly ? brownHoldout() : []), ...(reuters21578Only ? reuters21578Holdout() : [])])]
    : tune
    ? [
        {name: 'news-hedges-tune (tuning)', items: news('news-hedges-tune'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false},
        {name: 'news-hedges (round 1; tuning since)', items: news('news-hedges'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false},
        {name: 'news-hedges-tune2 (tuning)', items: news('news-hedges-tune2'), labels: ['uncertain'], cueMode: false},
        {name: 'news-wmt-tune (tuning)', items: byId('news-wmt-tune'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false},
        {name: 'news-wmt-systems-tune (tuning, round 5; other MT systems)', items: byId('news-wmt-systems-tune'), labels: ['anonymous'], cueMode: false},
        {name: 'news-factbank-tune (tuning)', items: byId('news-factbank-tune'), labels: ['booster', 'anonymous'], cueMode: false},
        {name: 'news-factbank-tune2 (tuning, round 4)', items: byId('news-factbank-tune2'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false},
        {name: 'ted-boosters-tune (tuning; talks, not news)', items: byId('ted-boosters-tune'), labels: ['booster'], cueMode: false},
        {name: 'ted-boosters-tune2 (tuning, round 13; the same talks in human and other MT translations)', items: byId('ted-boosters-tune2'), labels: ['booster'], cueMode: false},
        ...(reutersText() ? [{name: 'news-reuters-tune (tuning, round 13; 1987 Reuters wire)', items: byId('news-reuters-tune'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false}] : []),
        ...brownTune(),
        ...reuters21578Tune(),
        {name: 'WikiWeasel train (tuning)', items: wikiweasel('train'), labels: ['uncertain'], cueMode: true},
      ]
    : [
        {name: 'news-hedges-holdout (held out)', items: news('news-hedges-holdout'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'news-sourcing-holdout (held out)', items: news('news-sourcing-holdout'), labels: ['booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'both held-out news sets, pooled', items: [...news('news-hedges-holdout'), ...news('news-sourcing-holdout')], labels: ['booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'news-wmt-holdout (held out until round 9; SEEN for anonymous since round 9 and for every label since round 12, see docs/hedges.md)', items: byId('news-wmt-holdout'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'news-factbank-holdout (fresh held out)', items: byId('news-factbank-holdout'), labels: ['booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'fresh held-out sets, pooled (WMT + FactBank; holds news-wmt-holdout: SEEN for anonymous since round 9, for every label since round 12)', items: [...byId('news-wmt-holdout'), ...byId('news-factbank-holdout')], labels: ['booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'news held out, unsupported+weasel pooled (holds news-wmt-holdout: SEEN since round 12)', items: [...news('news-hedges-holdout'), ...byId('news-wmt-holdout')], labels: ['uncertain'], cueMode: false, heldOut: true},
        {name: 'all four held-out news sets, pooled (holds news-wmt-holdout: SEEN for anonymous since round 9, for every label since round 12)', items: [...news('news-hedges-holdout'), ...news('news-sourcing-holdout'), ...byId('news-wmt-holdout'), ...byId('news-factbank-holdout')], labels: ['booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'news-factbank-holdout2 (labelled after tuning ended)', items: byId('news-factbank-holdout2'), labels: ['uncertain', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'fresh held-out sets with all labels, pooled (WMT + FactBank 2)', items: [...byId('news-wmt-holdout'), ...byId('news-factbank-holdout2')], labels: ['uncertain'], cueMode: false, heldOut: true},
        {name: 'all five held-out news sets, pooled (holds news-wmt-holdout: SEEN for anonymous since round 9, for every label since round 12)', items: [...news('news-hedges-holdout'), ...news('news-sourcing-holdout'), ...byId('news-wmt-holdout'), ...byId('news-factbank-holdout'), ...byId('news-factbank-holdout2')], labels: ['anonymous'], cueMode: false, heldOut: true},
        {name: 'news-factbank-holdout3 (round 4; labelled after tuning ended)', items: byId('news-factbank-holdout3'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'fresh held-out sets with all labels, pooled (WMT + FactBank 2 + FactBank 3)', items: [...byId('news-wmt-holdout'), ...byId('news-factbank-holdout2'), ...byId('news-factbank-holdout3')], labels: ['uncertain'], cueMode: false, heldOut: true},
        {name: 'all six held-out news sets, pooled (holds news-wmt-holdout: SEEN for anonymous since round 9, for every label since round 12)', items: [...news('news-hedges-holdout'), ...news('news-sourcing-holdout'), ...byId('news-wmt-holdout'), ...byId('news-factbank-holdout'), ...byId('news-factbank-holdout2'), ...byId('news-factbank-holdout3')], labels: ['booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'news-wmt-systems-holdout (round 6 held out; SEEN for anonymous since round 9 and for every label since round 12; other MT systems of the WMT held-out documents)', items: byId('news-wmt-systems-holdout'), labels: ['uncertain', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'news-factbank-holdout4 (round 6, fresh held out)', items: byId('news-factbank-holdout4'), labels: ['uncertain'], cueMode: false, heldOut: true},
        {name: 'fresh held-out sets with all labels, pooled (WMT + FactBank 2 + FactBank 3 + FactBank 4)', items: [...byId('news-wmt-holdout'), ...byId('news-factbank-holdout2'), ...byId('news-factbank-holdout3'), ...byId('news-factbank-holdout4')], labels: ['uncertain'], cueMode: false, heldOut: true},
        {name: 'news-wmt-systems-holdout2 (round 9; SEEN for anonymous, and for every label since round 12, see docs/hedges.md; other MT systems of the WMT held-out documents, sentences no set held)', items: byId('news-wmt-systems-holdout2'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false, heldOut: true},
        {name: 'all seven news sets, pooled (the six above + round 9; SEEN: WMT sets for anonymous since round 9, for every label since round 12)', items: [...news('news-hedges-holdout'), ...news('news-sourcing-holdout'), ...byId('news-wmt-holdout'), ...byId('news-factbank-holdout'), ...byId('news-factbank-holdout2'), ...byId('news-factbank-holdout3'), ...byId('news-wmt-systems-holdout2')], labels: ['booster', 'anonymous'], cueMode: false, heldOut: true},
        // Round 9 wrote anonymous rules with the three WMT sets' sentences in view (its label decisions, its review of their
        // documents): these are the held-out sets no round-9 decision read, the honest held-out figure for its anonymous changes.
        {name: 'held out for round 9: the five sets no round-9 decision read, pooled (news-hedges-holdout, news-sourcing-holdout, FactBank 1-3)', items: round9Pool(), labels: ['booster', 'anonymous'], cueMode: false, heldOut: true},
        ...(reutersText()
          ? [
              {name: 'news-reuters-holdout (round 13, fresh held out; 1987 Reuters wire)', items: byId('news-reuters-holdout'), labels: ['uncertain', 'booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
              {name: 'held out for round 13, pooled (the round-9 row above + news-reuters-holdout)', items: pooledUpTo('news-reuters-holdout'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
            ]
          : []),
        ...brownHoldout(),
        // Every held-out news set no rule was written against, pooled: the round-13 row and the Brown half (more positives than any one set).
        ...(reutersText() && brownNews()
          ? [
              {name: 'held out for round 16, pooled (the round-13 row above + news-brown-holdout)', items: pooledUpTo('news-brown-holdout'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
              {name: 'held out for round 17, pooled (the round-16 row above + news-brown-holdout2)', items: pooledUpTo('news-brown-holdout2'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
            ]
          : []),
        ...reuters21578Holdout(),
        ...(reutersText() && brownNews() && reuters21578Text()
          ? [
              {name: 'held out for round 18, pooled (the round-17 row above + news-reuters21578-holdout)', items: pooledUpTo('news-reuters21578-holdout'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
              {name: 'held out for round 19, pooled (the round-18 row above + news-reuters21578-holdout2)', items: pooledUpTo('news-reuters21578-holdout2'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
              {name: 'held out for round 20, pooled (the round-19 row above + news-reuters21578-holdout3)', items: pooledUpTo('news-reuters21578-holdout3'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
              {name: 'held out for round 21, pooled (the round-20 row above + news-reuters21578-holdout4)', items: pooledUpTo('news-reuters21578-holdout4'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
              {name: 'held out for round 22, pooled (the round-21 row above + news-reuters21578-holdout5)', items: pooledUpTo('news-reuters21578-holdout5'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
              {name: 'held out for round 23, pooled (the round-22 row above + news-reuters21578-holdout6)', items: pooledUpTo('news-reuters21578-holdout6'), labels: ['booster', 'anonymous'] as Label[], cueMode: false, heldOut: true},
              // The unsupported+weasel label pooled the same way, over the held-out sets that carry it (the sourcing set and
              // FactBank 1 do not; the WMT sets are seen): 7-33 positives a set are too few to judge a rule on one set.
              {name: 'held out, every set with all four labels, pooled (news-hedges-holdout, FactBank 2-4, Reuters round 13, Brown 1-2, Reuters-21578 1-6)', items: uncertainPool(), labels: ['uncertain'] as Label[], cueMode: false, heldOut: true},
            ]
          : []),
        {name: 'news-hedges (round 1; used for error analysis since)', items: news('news-hedges'), labels: ['uncertain', 'booster', 'anonymous'], cueMode: false},
        {name: 'WikiWeasel eval', items: wikiweasel('eval'), labels: ['uncertain'], cueMode: true},
        {name: 'Szeged FactBank (news; tuning documents left out)', items: szeged('factbank'), labels: ['uncertain'], cueMode: true},
        {name: 'Szeged Wikipedia', items: szeged('wiki'), labels: ['uncertain'], cueMode: true},
      ]
  console.log('| set | label | sentences (positive) | copydesk P | R | F1 | cue detector P | R | F1 | retext-intensify P | R | F1 | F1 ratio |')
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|')
  let copydeskTime = 0
  let intensifyTime = 0
  let sentences = 0
  for (const set of sets) {
    let start = performance.now()
    const ours = new Map(set.items.map((item) => [item, copydesk(shipped, item)]))
    copydeskTime += performance.now() - start
    const cues = set.cueMode ? new Map(set.items.map((item) => [item, copydesk(cueOnly, item)])) : undefined
    start = performance.now()
    const theirs = new Map(set.items.map((item) => [item, retext(item.text)]))
    intensifyTime += performance.now() - start
    sentences += set.items.length
    for (const label of set.labels) {
      const a = score(set.items, label, (item) => groups[label].some((rule) => ours.get(item)!.has(rule)), verbose && !set.heldOut ? set.name : undefined)
      const c = cues ? score(set.items, label, (item) => groups[label].some((rule) => cues.get(item)!.has(rule))) : undefined
      const b = score(set.items, label, (item) => intensifyGroups[label].some((rule) => theirs.get(item)!.has(rule)))
      const ratio = b.f1 === 0 ? '∞' : (a.f1 / b.f1).toFixed(1)
      const cueCells = c ? `${format(c.precision)} | ${format(c.recall)} | ${format(c.f1)}` : '– | – | –'
      console.log(`| ${set.name} | ${label === 'uncertain' ? 'unsupported+weasel' : label} | ${set.items.length} (${a.positives}) | ${format(a.precision)} | ${format(a.recall)} | ${format(a.f1)} | ${cueCells} | ${format(b.precision)} | ${format(b.recall)} | ${format(b.f1)} | ${ratio} |`)
    }
  }
  console.log(`\nSpeed: copydesk ${(sentences / (copydeskTime / 1000)).toFixed(0)} sentences/s, retext-intensify ${(sentences / (intensifyTime / 1000)).toFixed(0)} sentences/s (one core, ${sentences} sentences).`)
}

report()
if (!brownOnly && !reuters21578Only) {
  wikinewsRates()
  wikinewsDocumentRates()
}
