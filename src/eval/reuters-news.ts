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
 * A story's body is split into paragraphs at its indented line starts, each paragraph into
 * sentences as the WMT text is. Ids are `reuters:<NEWID>#<paragraph>.<sentence>`.
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {splitSentences} from './wmt-news.js'

export const reutersDir = path.resolve(process.env.COPYDESK_REUTERS_DIR ?? '/usr/lib/R/site-library/tm/texts')

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

function paragraphs(body: string): string[] {
  return decodeEntities(body)
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
    .flatMap(([doc, body]) => paragraphs(body).flatMap((paragraph, p) => splitSentences(paragraph).map((text, s) => ({id: `${doc}#${p + 1}.${s + 1}`, doc, text}))))
}
