/**
 * `npm run eval:script`: measures the script, names and typography stages on
 * news text nobody on the team wrote (GUM Wikinews, the English side of
 * MLQE-PE ru→en), read from `../shared/eval` at run time and never copied.
 *
 * 1. Injection: for every look-alike of a Latin letter in the Unicode data
 *    (confusables.txt) and every Latin letter it stands for, one letter of real
 *    words is replaced by it; the stage must find each word and repair it to
 *    exactly the original. retext-spell (dictionary-en), the plain retext
 *    plugin, runs on the same injected words for comparison.
 * 2. The clean text and the must-leave-alone list must give no findings.
 * 3. Cyrillic words from the Russian side, and every Cyrillic alias in the
 *    style sheet, placed in English sentences must be flagged with a Latin suggestion.
 *
 * `--tune` reports on the tuning half (GUM even documents, MLQE train); the
 * default run reports on the held-out half (odd documents, MLQE dev+test).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {gunzipSync} from 'node:zlib'
import dictionaryEn from 'dictionary-en'
import type {Root} from 'nlcst'
import retextSpell from 'retext-spell'
import retextSyntaxUrls from 'retext-syntax-urls'
import {type Processor, unified} from 'unified'
import {VFile} from 'vfile'
import {defaultConfig} from '../config.js'
import {loadStyleSheets} from '../names/style-sheet.js'
import copydeskParse from '../parse/index.js'
import {lookalikes} from '../script/lookalikes.js'
import namesStage from '../stages/names.js'
import scriptStage from '../stages/script.js'
import typographyStage from '../stages/typography.js'
import type {CopydeskMessage} from '../types.js'

const tune = process.argv.includes('--tune')
const verbose = process.argv.includes('--verbose')
const split = tune ? 0 : 1
const evalDir = path.resolve(process.env.COPYDESK_EVAL_DIR ?? '../shared/eval')
/** Words injected per (look-alike, Latin letter) pair. */
const perPair = 3

// ---- data ------------------------------------------------------------------

function gumParagraphs(): string[] {
  const file = path.join(evalDir, 'text/gum-wikinews/gum_wikinews_news_interview.jsonl')
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .filter((_, index) => index % 2 === split)
    .flatMap((line) => (JSON.parse(line) as {paragraphs: Array<{text: string}>}).paragraphs.map((paragraph) => paragraph.text.trim()))
    .filter(Boolean)
}

function mlqeRows(): Array<{src: string; mt: string}> {
  return (tune ? ['train'] : ['dev', 'test']).flatMap((part) =>
    gunzipSync(readFileSync(path.join(evalDir, `mt/mlqe-pe-ruen/${part}.jsonl.gz`)))
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as {src: string; mt: string}),
  )
}

/** Every confusables.txt entry that reads as an ASCII letter: source character → the letters. */
function unicodeLookalikes(): Map<string, string[]> {
  const prototypeOf = new Map<string, string>()
  for (const line of readFileSync(path.join(evalDir, 'unicode/confusables.txt'), 'utf8').split('\n')) {
    const match = /^([0-9A-F]+) ;\t([0-9A-F ]+) ;\tMA/.exec(line)
    if (match) prototypeOf.set(String.fromCodePoint(Number.parseInt(match[1]!, 16)), match[2]!.split(' ').map((hex) => String.fromCodePoint(Number.parseInt(hex, 16))).join(''))
  }
  const letters = new Map<string, string[]>()
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') {
    const key = prototypeOf.get(letter) ?? letter
    letters.set(key, [...(letters.get(key) ?? []), letter])
  }
  const result = new Map<string, string[]>()
  for (const [source, prototype] of prototypeOf) {
    const targets = letters.get(prototype)
    if (targets && source.codePointAt(0)! >= 0x80) result.set(source, targets)
  }
  return result
}

// ---- running ---------------------------------------------------------------

const config = defaultConfig()
const processor = unified()
  .use(copydeskParse)
  .use(retextSyntaxUrls)
  .use(() => scriptStage(config))
  .use(() => namesStage(config))
  .use(() => typographyStage(config)) as unknown as Processor<Root, Root, Root>

/** Checks paragraphs in batches; returns each paragraph's messages with offsets relative to it. */
async function checkParagraphs(paragraphs: string[]): Promise<CopydeskMessage[][]> {
  const results: CopydeskMessage[][] = []
  for (let from = 0; from < paragraphs.length; from += 200) {
    const batch = paragraphs.slice(from, from + 200).map((paragraph) => paragraph.replace(/\n+/g, ' '))
    const starts: number[] = []
    let text = ''
    for (const paragraph of batch) {
      starts.push(text.length)
      text += paragraph + '\n\n'
    }
    const file = new VFile({value: text})
    file.data.format = 'text'
    await processor.run(processor.parse(file), file)
    const perParagraph: CopydeskMessage[][] = batch.map(() => [])
    for (const message of file.messages as CopydeskMessage[]) {
      const start = message.place && 'start' in message.place ? message.place.start.offset! : 0
      if (text.slice(start, (message.place as {end: {offset: number}}).end.offset) !== message.actual) throw new Error(`offset mismatch: ${message.reason}`)
      const index = starts.findLastIndex((paragraphStart) => paragraphStart <= start)
      const shifted = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as CopydeskMessage, message, {
        place: {start: {...(message.place as {start: object}).start, offset: start - starts[index]!}, end: {...(message.place as {end: object}).end, offset: (message.place as {end: {offset: number}}).end.offset - starts[index]!}},
      })
      perParagraph[index]!.push(shifted)
    }
    results.push(...perParagraph)
  }
  return results
}

const startOf = (message: CopydeskMessage) => (message.place as {start: {offset: number}}).start.offset
const endOf = (message: CopydeskMessage) => (message.place as {end: {offset: number}}).end.offset

let seed = 20251126
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(2)}%`)

// ---- 1. injection ----------------------------------------------------------

interface Injection {
  paragraph: string
  from: number
  original: string
  injected: string
  char: string
  inTable: boolean
  family: string
}

function familyOf(char: string): string {
  const name = lookalikes().get(char)?.name ?? ''
  const words = name.split(' ')
  if (words[0] === 'MATHEMATICAL') return 'Mathematical'
  if (name.includes('ROMAN NUMERAL')) return 'Roman numeral'
  if (/^(?:LATIN|MODIFIER)/.test(name)) return 'Latin (restricted)'
  return words[0] ? words[0][0] + words[0].slice(1).toLowerCase() : 'other'
}

/** Injections into words of two or more letters, or (`single`) into the one-letter words a, A and I. */
function injections(paragraphs: string[], unicode: Map<string, string[]>, single: boolean): Injection[] {
  const wordsWith = new Map<string, Array<{paragraph: number; from: number; word: string}>>()
  paragraphs.forEach((paragraph, index) => {
    for (const match of paragraph.matchAll(/(?<![\p{L}\p{N}\p{M}'’-])[A-Za-z]+(?![\p{L}\p{N}\p{M}'’-])/gu)) {
      if (single ? !['a', 'A', 'I'].includes(match[0]) : match[0].length === 1) continue
      for (const letter of new Set(match[0])) {
        wordsWith.set(letter, [...(wordsWith.get(letter) ?? []), {paragraph: index, from: match.index, word: match[0]}])
      }
    }
  })
  const table = lookalikes()
  const result: Injection[] = []
  for (const [char, letters] of unicode) {
    for (const letter of letters) {
      const pool = wordsWith.get(letter) ?? []
      for (let n = 0; n < perPair && pool.length > 0; n++) {
        const {paragraph, from, word} = pick(pool)
        const positions = [...word].flatMap((c, i) => (c === letter ? [i] : []))
        const at = pick(positions)
        const injected = word.slice(0, at) + char + word.slice(at + 1)
        const text = paragraphs[paragraph]!
        result.push({paragraph: text.slice(0, from) + injected + text.slice(from + word.length), from, original: word, injected, char, inTable: table.has(char), family: familyOf(char)})
      }
    }
  }
  return result
}

async function baselineSpell(sample: Injection[]): Promise<{found: number; repaired: number}> {
  const spell = unified().use(copydeskParse).use(retextSpell, {dictionary: dictionaryEn, max: 1000}) as unknown as Processor<Root, Root, Root>
  let found = 0
  let repaired = 0
  for (const injection of sample) {
    const file = new VFile({value: injection.injected})
    file.data.format = 'text'
    await spell.run(spell.parse(file), file)
    const messages = file.messages as CopydeskMessage[]
    if (messages.length > 0) found++
    if (messages.length === 1 && messages[0]!.actual === injection.injected && messages[0]!.expected?.[0] === injection.original) repaired++
  }
  return {found, repaired}
}

// ---- main ------------------------------------------------------------------

const started = performance.now()
const gum = gumParagraphs()
const rows = mlqeRows()
const english = [...gum, ...rows.map((row) => row.mt)]
const unicode = unicodeLookalikes()
console.log(`eval:script — ${tune ? 'tuning' : 'held-out'} half: ${gum.length} GUM Wikinews paragraphs, ${rows.length} MLQE-PE ru→en segments`)

const injected = injections(english, unicode, false)
const injectedResults = await checkParagraphs(injected.map((injection) => injection.paragraph))
const byFamily = new Map<string, {total: number; found: number; repaired: number}>()
const misses: string[] = []
const tableOnly = {total: 0, found: 0, repaired: 0}
const excluded = {total: 0, found: 0, chars: new Set<string>()}
injected.forEach((injection, index) => {
  const to = injection.from + injection.injected.length
  const hit = injectedResults[index]!.find((message) => message.source === 'script' && startOf(message) < to && endOf(message) > injection.from)
  if (!injection.inTable) {
    excluded.total++
    excluded.chars.add(injection.char)
    if (hit) excluded.found++
    return
  }
  const exact = hit !== undefined && hit.actual === injection.injected && hit.expected?.[0] === injection.original
  tableOnly.total++
  if (hit) tableOnly.found++
  if (exact) tableOnly.repaired++
  const family = byFamily.get(injection.family) ?? {total: 0, found: 0, repaired: 0}
  family.total++
  if (hit) family.found++
  if (exact) family.repaired++
  byFamily.set(injection.family, family)
  if (!exact && misses.length < 40) misses.push(`${injection.injected} (U+${injection.char.codePointAt(0)!.toString(16).toUpperCase()}) → ${hit ? `\`${hit.actual}\` ${JSON.stringify(hit.expected)}` : 'not found'}, was ${injection.original}`)
})
// One-letter words: a disguised `a`/`I` alone is only told from a symbol or digit (`Ⅰ`, `𝟏`, `∣`, `𝑥`) when it is a plain letter.
const singles = injections(english, unicode, true).filter((injection) => injection.inTable)
const singleResults = await checkParagraphs(singles.map((injection) => injection.paragraph))
const singleCounts = {found: 0, repaired: 0, letters: {total: 0, found: 0}}
singles.forEach((injection, index) => {
  const to = injection.from + injection.injected.length
  const hit = singleResults[index]!.find((message) => message.source === 'script' && startOf(message) < to && endOf(message) > injection.from)
  if (hit) singleCounts.found++
  if (hit?.actual === injection.injected && hit.expected?.[0] === injection.original) singleCounts.repaired++
  if (/^\p{L}$/u.test(injection.char) && !/^[\p{Script=Greek}\u2100-\u214F\u{1D400}-\u{1D7FF}]$/u.test(injection.char)) {
    singleCounts.letters.total++
    if (hit) singleCounts.letters.found++
  }
})
const tableChars = new Set(injected.filter((injection) => injection.inTable).map((injection) => injection.char))
const sample = injected.filter((injection) => injection.inTable).filter((_, index) => index % 10 === 0)
const baseline = await baselineSpell(sample)

console.log(`\n1. Injected look-alikes: ${unicode.size} Unicode look-alikes of ASCII letters; ${tableChars.size} in rules/script/lookalikes.tsv were injected, ${tableOnly.total} words (${perPair} per look-alike and letter)`)
console.log(`   found: ${tableOnly.found}/${tableOnly.total} = ${percent(tableOnly.found, tableOnly.total)}; repaired exactly: ${tableOnly.repaired}/${tableOnly.total} = ${percent(tableOnly.repaired, tableOnly.total)}`)
console.log(`   retext-spell (dictionary-en) on every 10th of the same words: found ${percent(baseline.found, sample.length)}, original word as first suggestion ${percent(baseline.repaired, sample.length)} (n=${sample.length})`)
console.log(`   left alone by design (Latin letters in ordinary use, Identifier_Status Allowed: ${[...excluded.chars].join(' ')}): ${excluded.total} words, ${excluded.found} flagged`)
console.log('   by family: found / repaired exactly')
for (const [family, counts] of [...byFamily].sort((a, b) => b[1].total - a[1].total)) {
  console.log(`     ${family.padEnd(20)} ${String(counts.total).padStart(5)}  ${percent(counts.found, counts.total).padStart(7)}  ${percent(counts.repaired, counts.total).padStart(7)}`)
}
console.log(`   one-letter words a, A, I (${singles.length}): found ${percent(singleCounts.found, singles.length)}, repaired exactly ${percent(singleCounts.repaired, singles.length)}; where the look-alike is a plain letter (not a digit, symbol, Greek, math or letterlike letter such as 𝟏 ∣ α 𝐚 ℓ): found ${percent(singleCounts.letters.found, singleCounts.letters.total)} (n=${singleCounts.letters.total})`)
if (verbose || misses.length > 0) for (const miss of misses.slice(0, verbose ? 40 : 10)) console.log(`     miss: ${miss}`)

// 2. clean text and the leave-alone list
for (const [label, paragraphs] of [['GUM Wikinews (human-written)', gum], ['MLQE-PE machine translation', rows.map((row) => row.mt)]] as const) {
  const findings = (await checkParagraphs(paragraphs)).flat()
  const counts = new Map<string, number>()
  for (const message of findings) counts.set(`${message.source}/${message.ruleId}`, (counts.get(`${message.source}/${message.ruleId}`) ?? 0) + 1)
  const words = paragraphs.join(' ').split(/\s+/).length
  console.log(`\n2. Clean text, ${label}: ${paragraphs.length} paragraphs, ${words} words: ${findings.length} findings${[...counts].map(([rule, count]) => `; ${rule} ${count}`).join('')}`)
  for (const message of findings.slice(0, verbose ? 60 : 12)) console.log(`     ${message.source}/${message.ruleId}: \`${message.actual}\` → ${JSON.stringify(message.expected)}`)
}

const leaveAlone = [
  'José, Zürich, Łódź, Dvořák, Erdoğan, Søren and Kılıçdaroğlu met at a naïve café.',
  'The wire is 5 μm thick, the resistor 10 kΩ, the room 20 °C, the fee €5, the gap 5 µm.',
  'The α-helix, the β-blocker, NF-κB, TNF-α, the ΔF508 mutation and the Ω point.',
  'He said “no” — and ‘maybe’ – then left… A 2×4 board.',
  'Hegseth, RIA Novosti, Lavrov, Sergey, Putin, Gazeta.ru, Istanbul, cyber, de-escalate and reevaluate.',
  'Nguyễn Tấn Dũng, Þórdís Kolbrún, Ørsted, Kraków, São Paulo, Ilham Əliyev, Ştefan Mărăcineanu, Straße, Ægir, Đoković, Māori, Hawaiʻi, O’Neill.',
  'It took 3 µs at 2 mΩ and 98 °F; 5‰ of H₂O, CO₂ and x², ½ a km², № 5, ™ © ®, a coöperative rôle for the fiancée.',
]
const leftAlone = (await checkParagraphs(leaveAlone)).flat()
console.log(`   must-leave-alone list (${leaveAlone.length} sentences): ${leftAlone.length} findings${leftAlone.map((m) => ` ${m.ruleId} \`${m.actual}\``).join(',')}`)

// 3. Cyrillic names in English text
const capitalised = new Set<string>()
for (const row of rows) for (const match of row.src.matchAll(/(?<=[\p{L},;:] )[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\p{L}])/gu)) capitalised.add(match[0])
const aliases = loadStyleSheets().records.flatMap((record) => Object.entries(record.aliases).filter(([lang]) => lang !== 'en').flatMap(([, list]) => list))
const cyrillicAliases = aliases.filter((alias) => /\p{Script=Cyrillic}/u.test(alias) && !/[«»]/.test(alias))
const names = [...capitalised]
const frames = rows.map((row) => row.mt.trim().replace(/[.!?]+$/, ''))
const placed = [...names, ...cyrillicAliases].map((name, index) => {
  const frame = frames[index % frames.length]!
  return {name, text: `${frame}, said ${name}.`, from: frame.length + ', said '.length}
})
const placedResults = await checkParagraphs(placed.map((entry) => entry.text))
let flagged = 0
let latinSuggestion = 0
let sheetFirst = 0
const sheetMisses: string[] = []
placed.forEach((entry, index) => {
  const to = entry.from + entry.name.length
  const hit = placedResults[index]!.find((m) => m.ruleId === 'foreign-script' && startOf(m) <= entry.from && endOf(m) >= to)
  if (hit) flagged++
  if (hit?.expected?.[0] && /^[\p{Script=Latin}\p{Script=Common}]+$/u.test(hit.expected[0].replace(/\s/g, ''))) latinSuggestion++
  if (index >= names.length) {
    if (hit?.expected?.[0] && loadStyleSheets().records.some((record) => [record.name, record.short].includes(hit.expected![0]!))) sheetFirst++
    else sheetMisses.push(entry.name)
  }
})
console.log(`\n3. Cyrillic names placed in English sentences: ${placed.length} (${names.length} capitalised words from the Russian side, ${cyrillicAliases.length} style-sheet aliases)`)
console.log(`   flagged: ${percent(flagged, placed.length)}; with a Latin suggestion: ${percent(latinSuggestion, placed.length)}; style-sheet aliases given the style-sheet name first: ${sheetFirst}/${cyrillicAliases.length}`)
if (sheetMisses.length > 0) console.log(`   aliases without their name (ambiguous ones need a given name before them): ${sheetMisses.join(', ')}`)
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`)
