import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import {codePointTest} from '../code-points.js'
import type {Config} from '../config.js'
import {readRuleYaml} from '../guard.js'
import {blockData, paragraphs, sentencesOf, span} from '../nlcst.js'
import {report} from '../report.js'
import {firstStartingFrom, lastEndingBy, type MappedText, mappedText, offsets} from '../script/text.js'
import type {HiddenTag} from '../parse/hidden-tags.js'
import type {RuleMeta} from '../types.js'

const rule = (ruleId: string, severity: RuleMeta['severity'], description: string, wrong: string, right: string): RuleMeta => ({
  source: 'typography',
  ruleId,
  severity,
  description,
  example: {wrong, right},
})

const guillemets = rule('guillemets', 'warning', 'Guillemets «» left by translation; English copy uses curly quotes.', 'He called it «a step forward».', 'He called it “a step forward”.')
const lowQuotes = rule('low-quotes', 'warning', 'Low-high quotes „“ left by translation; English copy uses curly quotes.', 'He called it „a step forward“.', 'He called it “a step forward”.')
const decimalComma = rule('decimal-comma', 'warning', 'A decimal comma; English copy uses a decimal point.', 'The talks lasted 6,5 hours.', 'The talks lasted 6.5 hours.')
const numberWord = rule('mln', 'warning', 'An abbreviated number word or unit ("mln", "bln", "dlrs") left by translation or by wire style.', 'The fund holds 5 mln rubles.', 'The fund holds 5 million rubles.')
const dottedDate = rule('dotted-date', 'warning', 'A dd.mm.yyyy or dd.mm.yy date; English copy writes the month as a word (a two-digit year\'s century is a guess: that fix is at review level).', 'The law took effect on 01.03.2024.', 'The law took effect on March 1, 2024.')
const interpunct = rule('interpunct', 'warning', 'A middle dot joining words, left by translation from Chinese or Japanese (which join the parts of foreign names with it); English copy uses a space.', 'The prize went to Elon·Musk.', 'The prize went to Elon Musk.')
const doubledWord = rule('doubled-word', 'warning', 'The same word twice in a row.', 'He said the the talks would resume.', 'He said the talks would resume.')
const doubleSpace = rule('double-space', 'info', 'Two or more spaces between words.', 'The talks  resumed.', 'The talks resumed.')
const hiddenTag = rule(
  'hidden-tag',
  'warning',
  'Markdown only: words in angle brackets that Markdown reads as an HTML tag (a wire\'s <Company Ltd> or <TICKER>), which a browser does not show; a backslash before each bracket keeps them.',
  'Dart Group <DARTA> is likely seeking to buy Supermarkets General <SGL>, analysts said.',
  'Dart Group \\<DARTA\\> is likely seeking to buy Supermarkets General \\<SGL\\>, analysts said.',
)

export const rules: RuleMeta[] = [guillemets, lowQuotes, decimalComma, numberWord, dottedDate, interpunct, doubledWord, doubleSpace, hiddenTag]

interface HouseStyle {
  quotes: {open: string; close: string; singleOpen: string; singleClose: string}
  numberWords: Record<string, string>
  /** Wire abbreviations of units ("dlrs", "cts"): spelled out like the number words, under the same rule. */
  wireUnits?: Record<string, string>
  date: string
  months: string[]
  doubledWordsAllowed: string[]
  decimalUnits: string[]
}

const houseStyleFile = new URL('../../rules/typography/house-style.yml', import.meta.url)

function loadHouseStyle(): HouseStyle {
  const style = readRuleYaml(houseStyleFile) as HouseStyle
  if (style.months?.length !== 12 || !style.quotes?.open || !style.date || !style.numberWords || !style.doubledWordsAllowed || !style.decimalUnits) {
    throw new Error('rules/typography/house-style.yml: needs quotes, numberWords, date, twelve months, doubledWordsAllowed and decimalUnits')
  }
  return style
}

interface Hit {
  rule: RuleMeta
  from: number
  to: number
  expected: string
  reason: string
  /** Shown to an editor, not applied: the replacement may not fit what surrounds it. */
  unfixable?: true
  /** Applied only when an editor asks (`fix --level review`): the replacement is likely, not sure. */
  review?: true
}

/** Translation and wire residue in English copy: foreign quotes, decimal commas, "mln" and "dlrs", dotted dates, middle dots, doubled words, double spaces. */
export default function typographyStage(_config: Config) {
  const style = loadHouseStyle()
  const allowed = new Set(style.doubledWordsAllowed.map((word) => word.toLowerCase()))
  const units = new Set(style.decimalUnits.map((word) => word.toLowerCase()))
  const abbreviated = {...style.numberWords, ...style.wireUnits}
  const numberWordList = Object.keys(abbreviated)
  const abbreviations = [...numberWordList].sort((a, b) => b.length - a.length).join('|')
  const numberWordPattern = new RegExp(`(?<=\\d\\s?|\\s|^)(${abbreviations})(\\.(?=\\s+[\\p{Ll}\\d]))?(?![\\p{L}\\p{N}])`, 'gu')
  return (tree: Root, file: VFile): void => {
    for (const tag of file.data.hiddenTags ?? []) reportHiddenTag(file, tag)
    for (const paragraph of paragraphs(tree)) {
      if (blockData(paragraph).lang) continue
      const mapped = mappedText(paragraph)
      const foreign = foreignRanges(paragraph, mapped)
      const hits = [
        ...quotes(mapped.text, style),
        ...decimalCommas(mapped.text, units),
        ...numberWords(mapped.text, numberWordPattern, numberWordList, abbreviated),
        ...dottedDates(mapped.text, style),
        ...interpuncts(mapped.text),
        ...doubledWords(mapped.text, allowed),
        ...(file.data.format === 'html' ? [] : doubleSpaces(mapped.text)),
      ]
      for (const hit of hits) {
        if (foreign.some(([from, to]) => hit.from < to && hit.to > from)) continue
        const place = offsets(mapped, hit.from, hit.to)
        // Spaces either side of markup the parser removed (a link, inline code, a bare URL) are not the writer's
        // double space: the original must hold the spaces themselves, two or more.
        if (hit.rule === doubleSpace && !/^[ \u00a0]{2,}$/.test(String(file.value).slice(place.start, place.end))) continue
        // Words in markup the parser removed stood between the two (Reuters' `and <Goodman Fielder Industries Ltd> and`,
        // an HTML tag in Markdown): the writer did not type the word twice.
        // Only markup, not an entity or an escape ("the&nbsp;the", "the\\u00a0the" in ninjs), which the writer did type.
        if (hit.rule === doubledWord && /[<`[\]]/.test(String(file.value).slice(place.start, place.end))) continue
        report(file, hit.rule, {...place, reason: hit.reason, expected: [hit.expected], ...(hit.unfixable ? {} : {fix: hit.review ? ('review' as const) : ('safe' as const)})})
      }
    }
  }
}

/**
 * `<Wellcome PLC>` in Markdown (src/parse/hidden-tags.ts). The fix is safe: the
 * expected text is the tag as written, which `copydesk fix` writes with each
 * bracket escaped (`\\<Wellcome PLC\\>`, src/fix/apply.ts), so the page shows
 * exactly what the writer typed and nothing else changes. Parentheses or
 * dropping the brackets would be a change of style, which is the desk's call.
 */
function reportHiddenTag(file: VFile, {start, end, tag, block}: HiddenTag): void {
  const words = tag.slice(1, -1).replace(/^\//, '').replace(/\s+/g, ' ').trim()
  const rest = block ? '; until then Markdown reads its whole paragraph as HTML, which is not checked' : ''
  report(file, hiddenTag, {
    start,
    end,
    reason: `Markdown reads \`${tag}\` as an HTML tag, so \`${words}\` will not appear on the published page; write \`\\${tag.slice(0, -1)}\\>\` to keep it${rest}`,
    expected: [tag],
    // A tag across lines in a block quote holds the quote's `>` markers, which escaping would break: an editor's job.
    ...(String(file.value).slice(start, end) === tag ? {fix: 'safe' as const} : {}),
  })
}

/** Text ranges of sentences the language stage marked as another language. */
function foreignRanges(paragraph: Paragraph, mapped: MappedText): Array<[number, number]> {
  return sentencesOf(paragraph)
    .filter((sentence) => blockData(sentence).lang)
    .map((sentence) => {
      const {start, end} = span(sentence)
      return [firstStartingFrom(mapped, start), lastEndingBy(mapped, end) + 1]
    })
}

/** The marks that open a foreign quotation or are one: `quotes` has nothing to do without one. */
const foreignQuoteMark = /[«»„‚]/

function quotes(text: string, style: HouseStyle): Hit[] {
  const hits: Hit[] = []
  // Every mark needs one of these first (a high mark closes only after a low one): most paragraphs hold none.
  if (!foreignQuoteMark.test(text)) return hits
  const mark = (at: number, to: string, rule: RuleMeta) =>
    hits.push({rule, from: at, to: at + 1, expected: to, reason: `Unexpected \`${text[at]}\`, expected \`${to}\``})
  let low = false
  let lowSingle = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '«') mark(i, style.quotes.open, guillemets)
    else if (char === '»') mark(i, style.quotes.close, guillemets)
    else if (char === '„') {
      mark(i, style.quotes.open, lowQuotes)
      low = true
    } else if (char === '“' && low) {
      // In „…“ the high mark closes the quotation.
      mark(i, style.quotes.close, lowQuotes)
      low = false
    } else if (char === '‚' && /\p{L}/u.test(text[i + 1] ?? '')) {
      mark(i, style.quotes.singleOpen, lowQuotes)
      lowSingle = true
    } else if (char === '‘' && lowSingle) {
      mark(i, style.quotes.singleClose, lowQuotes)
      lowSingle = false
    }
  }
  return hits
}

/**
 * "6,5 hours"; "1,500" (three digits: a thousands separator) and "1,50,000" are left alone, and so is
 * a list ("rooms 1,2 and 3"). The fix is safe only where the number is surely a decimal: a zero before
 * the comma, four digits or more after it, or a unit after it ("6,5 hours", "2,5%"); a score or a vote
 * ("won 2,1", "52,48 in favour") is shown and left to an editor.
 */
function decimalCommas(text: string, units: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = []
  for (const match of text.matchAll(/(?<![\d,.])(\d+),(\d{1,2}|\d{4,})(?![\d,]|\.\d)/g)) {
    const after = text.slice(match.index + match[0].length)
    const unit = (at: string) => {
      const word = /^\s?(%|\p{L}+)/u.exec(at)?.[1]?.toLowerCase()
      return word !== undefined && (word === '%' || units.has(word))
    }
    // Four digits or more after the comma cannot be thousands, but four before and after are two years (`2019,2020`).
    const sure = match[1] === '0' || (match[2]!.length >= 4 && match[1]!.length < 4) || unit(after)
    // `1,2 and 3`: the last item a plain whole number with no unit after it. (`1,5 and 2,5 percent` is two decimals,
    // and `0,25 and 1` holds a sure one.)
    const last = /^\s*(?:and|or|&)\s+\d+(?!\d|[,.]\d)/i.exec(after)
    if (!sure && last && !unit(after.slice(last[0].length))) continue
    const expected = `${match[1]}.${match[2]}`
    hits.push({rule: decimalComma, from: match.index, to: match.index + match[0].length, expected, reason: `Unexpected decimal comma in \`${match[0]}\`, expected \`${expected}\``, ...(sure ? {} : {review: true as const})})
  }
  return hits
}

function numberWords(text: string, pattern: RegExp, words: string[], spelledOut: Record<string, string>): Hit[] {
  // The expression (a look-behind tried at every character) only where one of the words stands; exact, since the
  // expression is case-sensitive too.
  if (!words.some((word) => text.includes(word))) return []
  return [...text.matchAll(pattern)].map((match) => {
    const expected = spelledOut[match[1]!.toLowerCase()]!
    return {rule: numberWord, from: match.index, to: match.index + match[0].length, expected, reason: `Unexpected \`${match[0]}\`, expected \`${expected}\``}
  })
}

function dottedDates(text: string, style: HouseStyle): Hit[] {
  const hits: Hit[] = []
  if (!/\d\.\d/.test(text)) return hits
  // A range of days ("09-13.02.2019") is one date with two days: replacing only its second part would mangle it.
  for (const match of text.matchAll(/(?<![\d.])(?:(\d{1,2})([-–]))?(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d]|\.\d)/g)) {
    const day = Number(match[3])
    const month = Number(match[4])
    const year = Number(match[5])
    // Only real dates: the day must exist in that month.
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue
    // A range runs forward ("Room 5-1.2.2019" is a room and a date: the date alone is rewritten).
    const first = match[1] === undefined ? undefined : Number(match[1])
    const range = first !== undefined && first >= 1 && first < day
    const from = range ? match.index : match.index + (match[1]?.length ?? 0) + (match[2]?.length ?? 0)
    const written = text.slice(from, match.index + match[0].length)
    const days = range ? `${first}${match[2]}${day}` : String(day)
    const expected = style.date.replace('{month}', style.months[month - 1]!).replace('{day}', days).replace('{year}', String(year))
    // A number and a dash before a date that is no range ("13-09.02.2019", "28.01-03.02.2019"): a range written
    // otherwise, which the date alone rewritten would mangle; shown, not fixed.
    const unfixable = !range && /\d[-–]$/.test(text.slice(Math.max(0, from - 2), from))
    hits.push({rule: dottedDate, from, to: match.index + match[0].length, expected, reason: `Unexpected dd.mm.yyyy date \`${written}\`, expected \`${expected}\``, ...(unfixable ? {unfixable} : {})})
  }
  return [...hits, ...shortYearDates(text, style)]
}

/**
 * dd.mm.yy ("News of the day 02.12.19"), only with two digits in each part and not after a version word. The
 * century is a guess (POSIX's pivot for `%y`: 69-99 are 19xx, 00-68 are 20xx), so the fix is offered at review level.
 */
function shortYearDates(text: string, style: HouseStyle): Hit[] {
  const hits: Hit[] = []
  for (const match of text.matchAll(/(?<![\d.,:-])(\d{2})\.(\d{2})\.(\d{2})(?!\d|[.,:]\d)/g)) {
    const [written, dd, mm, yy] = match as unknown as [string, string, string, string]
    const year = Number(yy) + (Number(yy) >= 69 ? 1900 : 2000)
    const day = Number(dd)
    const month = Number(mm)
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue
    if (/\b(?:v|ver|version|build|release|firmware|update|no|number|tel|phone)\.?\s*$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) continue
    const expected = style.date.replace('{month}', style.months[month - 1]!).replace('{day}', String(day)).replace('{year}', String(year))
    hits.push({rule: dottedDate, from: match.index, to: match.index + written.length, expected, review: true, reason: `Unexpected dd.mm.yy date \`${written}\`, expected \`${expected}\` (check the century)`})
  }
  return hits
}

/**
 * A middle dot (·, ‧, ・, ･) between a letter and a capital: Chinese and Japanese write foreign names and titles with
 * it ("Elon·Musk", "Tongxin·Lingdong"), and machine translation leaves it. Before a lower-case letter it is
 * another language's own letter (Catalan "col·legi") or a list, so it is left alone.
 */
function interpuncts(text: string): Hit[] {
  if (!/[·‧・･]/.test(text)) return []
  return [...text.matchAll(/(?<=\p{L})[·‧・･](?=\p{Lu})/gu)].map((match) => ({
    rule: interpunct,
    from: match.index,
    to: match.index + match[0].length,
    expected: ' ',
    reason: `Unexpected \`${match[0]}\` joining words, expected a space`,
  }))
}

/** "the the"; allowed words ("that that") and capitalised repeats ("Bora Bora") are left alone. */
function doubledWords(text: string, allowed: ReadonlySet<string>): Hit[] {
  const hits: Hit[] = []
  if (!mayHoldDoubledWord(text)) return hits
  for (const match of text.matchAll(/(?<![\p{L}\p{M}\p{N}'’-])(\p{L}[\p{L}\p{M}'’]*)\s+(\1)(?![\p{L}\p{M}\p{N}'’-])/giu)) {
    const [whole, first, second] = match as unknown as [string, string, string]
    if (allowed.has(first.toLowerCase()) || /^\p{Lu}/u.test(second)) continue
    // Three or more in a row is rhetoric ("killing killing killing"), not a slip.
    const again = new RegExp(`^\\s+${first}(?![\\p{L}\\p{N}])`, 'iu')
    if (again.test(text.slice(match.index + whole.length)) || new RegExp(`(?<![\\p{L}\\p{N}])${first}\\s+$`, 'iu').test(text.slice(0, match.index))) continue
    hits.push({rule: doubledWord, from: match.index, to: match.index + whole.length, expected: first, reason: `Unexpected doubled word \`${whole}\`, expected \`${first}\``})
  }
  return hits
}

const asciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isWordPart = codePointTest(/^[\p{L}\p{M}’]$/u)
const space = /\s/u

/**
 * Whether `text` can hold a doubled word: some run of word characters, then
 * white space, then the same characters again, compared as ASCII letters
 * ignoring case (a run with any other character always counts). The
 * doubled-word pattern, with its back-reference, look-arounds and Unicode
 * case folding, cost as much as the rest of the stage on every paragraph;
 * this scan answers most paragraphs alone (exported for its property test).
 */
export function mayHoldDoubledWord(text: string): boolean {
  let runStart = -1
  let plain = true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // ASCII letters tested inline, others looked up by code: a call, or a pattern and a string, for each character of
    // every paragraph, made this test a fifth slower (function-level A/B on 400 articles' paragraphs, 3 runs).
    const inWord = code < 128 ? (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 : (code >= 0xd800 && code <= 0xdfff) || isWordPart(code)
    if (inWord) {
      if (runStart === -1) [runStart, plain] = [index, true]
      if (code >= 128) plain = false
      continue
    }
    if (runStart !== -1 && isSpaceAt(text, index)) {
      let next = index + 1
      while (next < text.length && isSpaceAt(text, next)) next++
      if (!plain || sameLetters(text, runStart, index, next)) return true
    }
    runStart = -1
  }
  return false
}

/** `space.test(text[index])`, without the expression for an ASCII character: asked after every word of every paragraph. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : space.test(text[index]!)
}

/** Whether text[from, to) and the as many characters at `at` are the same ASCII letters, ignoring case (anything else: maybe). */
function sameLetters(text: string, from: number, to: number, at: number): boolean {
  for (let offset = 0; offset < to - from; offset++) {
    const a = text.charCodeAt(from + offset)
    const b = text.charCodeAt(at + offset)
    if (b >= 128) return true
    if ((a | 32) !== (b | 32) || !(asciiLetter(b) || b === 39)) return false
  }
  return true
}

/** Runs of spaces between words on one line; a Markdown hard break ("  \n") is not one. */
function doubleSpaces(text: string): Hit[] {
  // Two spaces, or a no-break space, before the expression (look-arounds at every character).
  if (!text.includes('  ') && !text.includes('\u00a0')) return []
  return [...text.matchAll(/(?<=\S)[ \u00a0]{2,}(?=\S)/g)].map((match) => ({
    rule: doubleSpace,
    from: match.index,
    to: match.index + match[0].length,
    expected: ' ',
    reason: `Unexpected ${match[0].length} spaces, expected 1`,
  }))
}
