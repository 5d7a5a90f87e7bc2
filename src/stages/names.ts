import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Config} from '../config.js'
import {codePointTest} from '../code-points.js'
import {NameIndex} from '../names/lookup.js'
import {RoleIndex, type TitleOnDate} from '../names/roles.js'
import {loadStyleSheets} from '../names/style-sheet.js'
import {garbledEndings, type NameRun, type NameVariant, writtenVariants} from '../names/variants.js'
import {blockData, checkedSentences} from '../nlcst.js'
import {report} from '../report.js'
import {englishRank} from '../script/dictionary.js'
import {type MappedText, mappedText, offsets} from '../script/text.js'
import type {CopydeskMessage, RuleMeta} from '../types.js'
import {describe} from './script.js'
import {rules as spellingRules} from './spelling.js'

const styleSheet: RuleMeta = {
  source: 'names',
  ruleId: 'style-sheet',
  severity: 'warning',
  description: 'A name written otherwise than the newsroom style sheet: a known wrong variant, or an outlet name left with a translated descriptor.',
  example: {wrong: 'The publication Record reported that Hegsett ordered a pause.', right: 'The Record reported that Hegseth ordered a pause.'},
}

const titleDate: RuleMeta = {
  source: 'names',
  ruleId: 'title-date',
  severity: 'warning',
  description: 'A title given to a person on the style sheet on a date when they did not hold it: the date the story states (ninjs `firstcreated`, front matter `date`, an HTML publication meta tag) or `--date`.',
  example: {wrong: 'Cyber Command chief Timothy Haugh said… (a story dated 2025-06-10)', right: 'Former Cyber Command chief Timothy Haugh said…'},
}

export const rules: RuleMeta[] = [styleSheet, titleDate]

/**
 * `names/inconsistent` is declared, and mostly found, by the spelling stage, which knows the
 * dictionaries; this stage adds the variants only whole runs of a name show (`Kim Jong Un`).
 */
const inconsistent = spellingRules.find((rule) => rule.source === 'names' && rule.ruleId === 'inconsistent')!

const headlineBlocks = new Set(['heading', 'headline'])
/** Blocks where every word may be capitalised. */
const titleBlocks = new Set(['heading', 'headline', 'cell', 'caption'])

/** Names against the style sheets: the bundled `rules/style-sheet.yml` and the configured `styleSheets`. */
export default function namesStage(config: Config) {
  const sheet = loadStyleSheets(config.styleSheets)
  const names = new NameIndex(sheet, (word) => englishRank(word) !== undefined)
  const roles = new RoleIndex(sheet.records)
  return (tree: Root, file: VFile): void => {
    const date = file.data.storyDate
    const runs: NameRun[] = []
    let index = 0
    for (const {paragraph, sentence} of checkedSentences(tree)) {
      const mapped = mappedText(sentence)
      nameRuns(mapped, runs, index++, titleBlocks.has(blockData(paragraph).block ?? ''))
      if (date) for (const title of roles.titlesOffDate(mapped.text, date)) reportTitle(file, mapped, title, date)
      const headline = headlineBlocks.has(blockData(paragraph).block ?? '')
      for (const match of names.variants(mapped.text, {headline})) {
        const actual = mapped.text.slice(match.from, match.to)
        const why =
          match.kind === 'variant'
            ? 'a known wrong form'
            : match.kind === 'descriptor'
              ? 'an outlet name with a descriptor left by translation'
              : match.kind === 'case'
                ? 'the name capitalised otherwise'
                : 'the outlet’s name without its article'
        report(file, styleSheet, {
          ...offsets(mapped, match.from, match.to),
          reason: `Unexpected \`${actual}\` (${why}), expected \`${match.suggestion}\``,
          expected: [match.suggestion],
          fix: 'safe',
          note: describe(match.record),
        })
      }
    }
    const written = writtenVariants(runs, isWord)
    const endings = garbledEndings(runs, isWord).filter((ending) => !written.some((variant) => variant.start < ending.end && ending.start < variant.end))
    reportVariants(file, [...written, ...endings])
  }
}

const isWord = (lowerCase: string): boolean => englishRank(lowerCase) !== undefined

const possessive = /(?:['’\u02bc]s|(?<=s)['’\u02bc]|['’\u02bc])$/u

const isCapital = codePointTest(/^\p{Lu}$/u)
const isLetterOrMark = codePointTest(/^[\p{L}\p{M}]$/u)

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2bc
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011

/**
 * Capitalised words, their hyphenated parts and apostrophes (`Jong-un`, `O’Brien`, `Trinh’s`),
 * as the pattern `(?<![\p{L}\p{M}\-\u2010\u2011])\p{Lu}[\p{L}\p{M}]*(?:['’\u02bc\-\u2010\u2011][\p{L}\p{M}]+)*['’\u02bc]?`
 * (flags `gu`) finds them, calling `found(from, to)` for each: a scan by code point, which costs
 * a fraction of that pattern's look-behind tried at every character of every sentence. ASCII is
 * tested inline: this runs on every character of an article.
 */
function capitalisedWords(text: string, found: (from: number, to: number) => void): void {
  const length = text.length
  let index = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code < 65 || (code > 90 && code < 128)) {
      index++
      continue
    }
    if (code >= 128) {
      const point = text.codePointAt(index)!
      if (!isCapital(point)) {
        index += point > 0xffff ? 2 : 1
        continue
      }
    }
    if (precededByLetterOrHyphen(text, index)) {
      index++
      continue
    }
    let end = lettersFrom(text, index + (code >= 0xd800 && code <= 0xdbff && text.codePointAt(index)! > 0xffff ? 2 : 1))
    while (end < length) {
      const next = text.charCodeAt(end)
      if (!(isApostrophe(next) || isHyphen(next))) break
      const after = lettersFrom(text, end + 1)
      if (after === end + 1) break
      end = after
    }
    if (end < length && isApostrophe(text.charCodeAt(end))) end++
    found(index, end)
    index = end
  }
}

/** The end of the run of letters and marks (`[\p{L}\p{M}]*`) from `index`. */
function lettersFrom(text: string, index: number): number {
  const length = text.length
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
        index++
        continue
      }
      return index
    }
    const point = text.codePointAt(index)!
    if (!isLetterOrMark(point)) return index
    index += point > 0xffff ? 2 : 1
  }
  return index
}

/** The look-behind `(?<![\p{L}\p{M}\-\u2010\u2011])` at `index`: the code point ending there. */
function precededByLetterOrHyphen(text: string, index: number): boolean {
  if (index === 0) return false
  let code = text.charCodeAt(index - 1)
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) code = (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000
  }
  return isHyphen(code) || isLetterOrMark(code)
}

/**
 * Adds a sentence's runs of capitalised words one space apart (a no-break space too) to `runs`,
 * without possessives; a possessive ends its run (`Trump's Mar-a-Lago` is two names).
 */
function nameRuns(mapped: MappedText, runs: NameRun[], sentence: number, titleCase: boolean): void {
  const {text: sentenceText} = mapped
  let run: NameRun | undefined
  let previousEnd = -1
  let closed = true
  capitalisedWords(sentenceText, (from, to) => {
    const found = sentenceText.slice(from, to)
    const text = /['’\u02bc]$|s$/.test(found) ? found.replace(possessive, '') : found
    const word = {text, ...offsets(mapped, from, from + text.length)}
    // One space or no-break space between the last word and this one.
    const spaced = from - previousEnd === 1 && (sentenceText[previousEnd] === ' ' || sentenceText[previousEnd] === '\u00a0')
    if (!closed && run && spaced) run.words.push(word)
    else runs.push((run = {words: [word], sentence, titleCase}))
    previousEnd = to
    closed = text.length !== found.length
  })
}

/**
 * Reports the variants no other finding already covers (a style-sheet fix or the spelling stage's
 * `names/inconsistent` on the same words) and that do not contradict the spelling stage, which
 * knows the dictionaries: not one it keeps (`DeSantis` → `Desantis` there: no `Desantis` →
 * `DeSantis` here), nor towards one it calls wrong. One name gets one verdict.
 */
function reportVariants(file: VFile, variants: NameVariant[]): void {
  if (variants.length === 0) return
  const messages = (file.messages as CopydeskMessage[]).filter((message) => message.source === 'names')
  const taken = messages.flatMap((message) => {
    const place = message.place
    return place && 'start' in place ? [[place.start.offset ?? 0, place.end.offset ?? 0] as const] : []
  })
  const judged = messages.filter((message) => message.ruleId === 'inconsistent')
  const kept = new Set(judged.map((message) => message.expected?.[0]))
  const wrong = new Set(judged.map((message) => message.actual))
  for (const variant of variants) {
    if (taken.some(([start, end]) => start < variant.end && variant.start < end)) continue
    if (kept.has(variant.text) || wrong.has(variant.canonical)) continue
    report(file, inconsistent, {
      start: variant.start,
      end: variant.end,
      reason: `\`${variant.text}\` is written \`${variant.canonical}\` elsewhere in this article (${variant.why})`,
      expected: [variant.canonical],
      // Which of two spellings used alike is right, nothing says: an editor chooses.
      ...(variant.sure ? {fix: 'review' as const} : {}),
    })
  }
}

function reportTitle(file: VFile, mapped: MappedText, title: TitleOnDate, date: string): void {
  const actual = mapped.text.slice(title.from, title.to)
  const holder = `\`${actual}\`: ${title.record.name}`
  const place = offsets(mapped, title.from, title.to)
  if (title.kind !== 'left') {
    const reason = title.kind === 'not-yet' ? `took this post on ${title.terms.map((term) => term.from ?? '').sort()[0]}, after` : 'did not hold this post on'
    report(file, titleDate, {...place, reason: `${holder} ${reason} this story's date (${date}); check the title or the date`, expected: [], note: describe(title.record)})
    return
  }
  // "Former" opens the sentence when only punctuation comes before the title ('"Cyber Command chief…').
  const former = `${/^[\s\p{P}]*$/u.test(mapped.text.slice(0, title.from)) ? 'Former' : 'former'} ${actual}`
  const ended = title.terms.map((term) => term.to ?? '').sort().at(-1)
  // Fixed only where the source spells the title as read: markup or entities inside it would be lost.
  const plain = String(file.value).slice(place.start, place.end) === actual
  report(file, titleDate, {
    ...place,
    reason: `${holder} left this post on ${ended}, before this story's date (${date}); write \`${former}\`, or check the date`,
    expected: [former],
    ...(plain ? {fix: 'review' as const} : {}),
    note: describe(title.record),
  })
}
