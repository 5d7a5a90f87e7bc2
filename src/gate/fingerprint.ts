import {createHash} from 'node:crypto'
import type {Root, Sentence} from 'nlcst'
import type {FileReport, JsonMessage} from '../file-report.js'
import {paragraphs, sentencesOf, span, toString} from '../nlcst.js'
import {notedOnce} from '../noted-once.js'
import {formatOfReport, parseArticle, type Texts} from './article.js'

/**
 * Stable identity of a finding for baselines and SARIF `partialFingerprints`:
 * source, ruleId, the normalised flagged text, a hash of the normalised
 * sentence around it, and its occurrence index among identical findings in
 * the same file. Line numbers, paths and line endings are left out on
 * purpose, so that moving paragraphs, editing other sentences, switching
 * CRLF/LF or renaming the file keeps every fingerprint.
 */
export function fingerprints(report: FileReport, texts: Texts | undefined): string[] {
  if (report.messages.length === 0) return []
  const text = texts?.get(report.path)
  const sentences = text === undefined ? [] : sentencesOfText(text, report)
  const seen = new Map<string, number>()
  return report.messages.map((message) => {
    // Only text that still matches the finding can say which sentence it is in.
    const matches = text !== undefined && text.slice(message.place.start.offset, message.place.end.offset) === message.actual
    // A finding noted once an article is the same finding whichever use now comes first.
    const sentence = matches && !notedOnce(message) ? sentenceText(sentences, message) : ''
    const key = [message.source, message.ruleId, normalise(message.actual), hash(normalise(sentence))].join('\u0000')
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    return hash(`${key}\u0000${occurrence}`)
  })
}

/** Unicode-compatible, with every run of white space (CR, LF, tabs, reflowed lines) as one space. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim()
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32)
}

/**
 * The decoded text (markup removed) of the sentences a finding touches;
 * empty for a finding outside every sentence (none today), whose
 * fingerprint then rests on its own text and occurrence.
 */
function sentenceText(sentences: SpannedSentence[], message: JsonMessage): string {
  const start = message.place.start.offset
  const end = Math.max(message.place.end.offset, start + 1)
  return sentences
    .filter((sentence) => sentence.start < end && sentence.end > start)
    .map((sentence) => sentence.text)
    .join(' ')
}

interface SpannedSentence {
  start: number
  end: number
  text: string
}

function sentencesOfText(text: string, report: FileReport): SpannedSentence[] {
  let tree: Root
  try {
    tree = parseArticle(text, formatOfReport(report))
  } catch {
    return [] // The file no longer parses (it changed after checking): no sentence to hash.
  }
  return paragraphs(tree).flatMap((paragraph) => sentencesOf(paragraph).map((sentence: Sentence) => ({...span(sentence), text: toString(sentence)})))
}
