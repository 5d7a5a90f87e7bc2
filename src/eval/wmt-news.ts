/**
 * Sentences of the WMT 2023 zh→en news documents, English machine-translation side, as
 * rated in Google's MQM study (`../shared/eval/mt/wmt-mqm-zhen`, google/wmt-mqm-human-evaluation
 * @7fadea2, Apache-2.0; the news text belongs to its publishers). The text is read here at run time
 * and never copied into the repository: `tests/data/news-wmt-*.tsv` keep only an id and labels.
 *
 * One system's translation per document (systems taken in turn, so the copy shows several MT
 * styles); MQM's `<v>` error marks are removed; a segment is split into sentences at final
 * punctuation followed by a space. Ids are `<doc>#<segment>.<sentence>`, the document without its
 * `news_` prefix and `:zh-en` suffix.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'

const file = 'mt/wmt-mqm-zhen/mqm_generalMT2023_zhen.sxs.3ratingsPerSegment.compact.tsv.gz'
const systems = ['GPT4-5shot', 'ONLINE-B', 'ONLINE-W', 'HW-TSC']

export interface WmtSentence {
  id: string
  doc: string
  system: string
  text: string
}

/** Words whose full stop ends an abbreviation, not a sentence ("Mr. Sun", "Feb. 11", "No. 1"). */
const abbreviation = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z](?:\.[A-Z])*)\.$/u

/** Splits after . ! ? (and a closing quote) when a space and a capital, digit or quote follow. */
export function splitSentences(text: string): string[] {
  const parts: string[] = []
  for (const piece of text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/u)) {
    if (parts.length > 0 && abbreviation.test(parts.at(-1)!)) parts[parts.length - 1] += ` ${piece}`
    else parts.push(piece)
  }
  return parts.map((part) => part.trim()).filter(Boolean)
}

export const shortName = (doc: string) => doc.replace(/^news_/, '').replace(/:zh-en$/, '')

/** One rating row of the general-MT study: a system's translation of a segment (`target` keeps MQM's `<v>` marks). */
export interface MqmRow {
  system: string
  doc: string
  segment: number
  target: string
}

/** Every rating row of the 2023 general-MT file, in file order (a segment has a row per rater). */
export function mqmGeneralRows(evalDir: string): MqmRow[] {
  return gunzipSync(readFileSync(path.join(evalDir, file)))
    .toString('utf8')
    .split('\n')
    .slice(1)
    .flatMap((line) => {
      const [system, doc, segment, , , , target] = line.split('\t')
      return system && doc && target !== undefined ? [{system, doc, segment: Number(segment), target}] : []
    })
}

export function wmtNewsSentences(evalDir: string): WmtSentence[] {
  const rows = mqmGeneralRows(evalDir)
  const segments = new Map<string, {doc: string; segment: number; system: string; text: string}>()
  const docs = [...new Set(rows.map((row) => row.doc))].sort()
  const systemOf = new Map(docs.map((doc, index) => [doc, systems[index % systems.length]!]))
  for (const {system, doc, segment, target} of rows) {
    if (!doc.startsWith('news_') || system !== systemOf.get(doc)) continue
    const key = `${doc}#${segment}`
    if (!segments.has(key)) segments.set(key, {doc, segment, system, text: target.replaceAll(/<\/?v>/g, '')})
  }
  return [...segments.values()]
    .sort((a, b) => a.doc.localeCompare(b.doc) || a.segment - b.segment)
    .flatMap((row) => splitSentences(row.text).map((text, index) => ({id: `${shortName(row.doc)}#${row.segment}.${index + 1}`, doc: row.doc, system: row.system, text})))
}

/**
 * Sentences of the WMT 2021 TED talks zh→en in the same study (`mqm_ted_zhen.tsv.gz`), as
 * translated by one system (Online-W, or the one named: `ref` and `refB` are the study's human translations). Talks, not news, but spoken claims of certainty are
 * common in them, so they give the booster rule tuning data. The talks are TED's (CC BY-NC-ND):
 * read at run time only. Ids are `ted:<doc>#<segment>.<sentence>`.
 */
export function wmtTedSentences(evalDir: string, system = 'Online-W'): WmtSentence[] {
  const lines = gunzipSync(readFileSync(path.join(evalDir, 'mt/wmt-mqm-zhen/mqm_ted_zhen.tsv.gz'))).toString('utf8').split('\n').slice(1).filter(Boolean)
  const segments = new Map<string, {doc: string; segment: number; text: string}>()
  for (const line of lines) {
    const [rowSystem, doc, , segment, , , target] = line.split('\t') as string[]
    if (rowSystem !== system) continue
    const key = `${doc}#${segment}`
    if (!segments.has(key)) segments.set(key, {doc: doc!, segment: Number(segment), text: target!.replaceAll(/<\/?v>/g, '')})
  }
  // Online-W's ids predate the other systems' sets and carry no system.
  const suffix = system === 'Online-W' ? '' : `@${system}`
  return [...segments.values()]
    .sort((a, b) => a.doc.localeCompare(b.doc, 'en', {numeric: true}) || a.segment - b.segment)
    .flatMap((row) => splitSentences(row.text).map((text, index) => ({id: `ted:${row.doc}#${row.segment}.${index + 1}${suffix}`, doc: `${row.doc}${suffix}`, system, text})))
}
