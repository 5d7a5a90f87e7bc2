import {createReadStream, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {createGunzip} from 'node:zlib'

/**
 * The benchmark corpus, built at run time from openly licensed real text in
 * `../shared/eval` (never copied into the repository):
 * - GUM Wikinews news and interview documents (text CC BY 2.5, Wikinews);
 * - MLQE-PE Russian→English machine translations (CC0), the copy a desk gets.
 * Each article is a headline and paragraphs drawn with a seeded generator
 * until it reaches about 700 words, half Wikinews paragraphs, half machine
 * translation grouped three to six sentences a paragraph.
 *
 * The source text holds about 165,000 words, so a corpus of 1,000 articles
 * repeats each Wikinews paragraph about 25 times, and nspell's cache of
 * suggestions flatters the baseline. `fresh` builds articles from every
 * paragraph at most once instead (about 220 articles), the way a desk's copy
 * brings new names and words in every story.
 */
export interface Corpus {
  files: string[]
  words: number
}

export function evalRoot(): string {
  return process.env.COPYDESK_EVAL ?? path.resolve(process.cwd(), '../shared/eval')
}

export async function buildCorpus(dir: string, count: number, {seed = 1, fresh = false} = {}): Promise<Corpus> {
  const {headlines, paragraphs} = await sourceText(evalRoot(), fresh)
  const random = mulberry32(seed)
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!
  const unused = fresh ? shuffle(paragraphs, random) : []
  const nextParagraph = fresh ? () => unused.pop() : () => pick(paragraphs)
  mkdirSync(dir, {recursive: true})
  const files: string[] = []
  let words = 0
  for (let index = 1; index <= count; index++) {
    const parts = [`# ${pick(headlines)}`]
    let length = wordCount(parts[0]!)
    while (length < 700) {
      const paragraph = nextParagraph()
      if (paragraph === undefined) return {files, words}
      parts.push(paragraph)
      length += wordCount(paragraph)
    }
    const file = path.join(dir, `article-${String(index).padStart(5, '0')}.md`)
    writeFileSync(file, `${parts.join('\n\n')}\n`)
    files.push(file)
    words += length
  }
  return {files, words}
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

async function sourceText(root: string, everyParagraph: boolean): Promise<{headlines: string[]; paragraphs: string[]}> {
  const headlines: string[] = []
  const wikinews: string[] = []
  const news = path.join(root, 'text/gum-wikinews/gum_wikinews_news_interview.jsonl')
  for (const line of readFileSync(news, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const document = JSON.parse(line) as {title: string; paragraphs: Array<{block: string | null; text: string}>}
    headlines.push(document.title)
    for (const paragraph of document.paragraphs) {
      if (paragraph.block === 'p' || paragraph.block === 'sp' || paragraph.block === 'quote') wikinews.push(paragraph.text)
    }
  }
  const translated: string[] = []
  let group: string[] = []
  for (const split of ['train', 'dev', 'test']) {
    const file = path.join(root, `mt/mlqe-pe-ruen/${split}.jsonl.gz`)
    for await (const line of createInterface({input: createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY})) {
      if (!line.trim()) continue
      group.push((JSON.parse(line) as {mt: string}).mt)
      if (group.length === 3 + (translated.length % 4)) {
        translated.push(group.join(' '))
        group = []
      }
    }
  }
  if (everyParagraph) return {headlines, paragraphs: [...wikinews, ...translated]}
  // As many machine-translated paragraphs as Wikinews ones are drawn, so each kind is about half the copy.
  const paragraphs = [...wikinews, ...translated.filter((_, index) => index % Math.max(1, Math.round(translated.length / wikinews.length)) === 0)]
  return {headlines, paragraphs}
}

/** A seeded Fisher–Yates shuffle of a copy of `list`. */
function shuffle<T>(list: T[], random: () => number): T[] {
  const copy = [...list]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

/** A small seeded generator (public-domain mulberry32), so every run builds the same corpus. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
