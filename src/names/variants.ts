import {distance} from 'fastest-levenshtein'
import {caseEnding} from '../spelling/inflection.js'
import {withoutAccents} from '../spelling/tokens.js'

/** A capitalised word of a name, without its possessive; offsets index the file. */
export interface NameWord {
  text: string
  start: number
  end: number
}

/** Capitalised words one space apart in one sentence ("Prime Minister Pham Minh Trinh"). */
export interface NameRun {
  words: NameWord[]
  /** Which sentence of the article: two spellings side by side in one sentence are two people. */
  sentence: number
  /** In a heading, caption or table cell, where title case capitalises every part (`Kim Jong-Un`). */
  titleCase: boolean
}

export interface NameVariant {
  start: number
  end: number
  /** The variant as written. */
  text: string
  /** The article's other spelling, the one to keep. */
  canonical: string
  /** Why they are one name, for the reason: `one name, other accents`, `the same Pham Minh before it…`. */
  why: string
  /** The spelling kept is used more often than the variant: an editor can apply it. */
  sure: boolean
}

/** Words a unit (one spelling of a name) may span: "Kim Jong Un" is three. */
const longestUnit = 4
/** Letters below which a name part alone says too little (`Un`, `Li`). */
const shortestUnit = 3
const hyphen = /[-\u2010\u2011]/g
const space = /[\s\u00a0]+/g
const apostrophe = /[\u2019\u02bc\u2018`\u00b4]/g
/** Letters NFD does not split into a base and an accent. */
const plainLetters: Record<string, string> = {ł: 'l', ø: 'o', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe'}

/** Characters a spelling may write otherwise: curly apostrophes, other hyphens, other spaces. Most words have none. */
const typographic = /[\u2019\u02bc\u2018`\u00b4\u2010\u2011\s\u00a0]/

/** A spelling as written, up to typography: straight apostrophes, one kind of hyphen, plain spaces. */
function surfaceOf(text: string): string {
  return typographic.test(text) ? text.replace(apostrophe, "'").replace(hyphen, '-').replace(space, ' ') : text
}

/** What stays of a spelling without case, accents, hyphens and spaces: `Kim Jong-un`, `Kim Jong Un` and `Kim Jongun` share it. */
function keyOf(surface: string): string {
  const key = folded(surface)
  return key.includes('-') || key.includes(' ') ? key.replace(/[- ]/g, '') : key
}

/** A spelling without case and accents (ASCII, the commonest, has none to take off). */
function folded(surface: string): string {
  const lower = surface.toLowerCase()
  return /^[\x00-\x7f]*$/.test(lower) ? lower : withoutAccents(lower).replace(/[łøđıßæœ]/g, (letter) => plainLetters[letter]!)
}

const allCapitals = /^\p{Lu}{2,}$/u
/**
 * Two capitalised words of four letters or more hyphenated: most often two names in a relation
 * (`China-Japan trade`, `Zelensky-Putin summit`), whose spaced form is no spelling of one name
 * (WMT 2023 zh-en: `China Japan Energy Saving Forum` … `China-Japan trade`). It costs
 * `Jean-Pierre` / `Jean Pierre`; `Jong-un`, `Yi-ning` and `Al-Qaeda` are not of this shape.
 */
const twoNames = /(?<![\p{L}-])\p{Lu}\p{Ll}{3,}-\p{Lu}\p{Ll}{3,}(?![\p{L}-])/u

interface Use {
  start: number
  end: number
  sentence: number
  titleCase: boolean
  /** The run's words just before and after this use: a given name and a surname around it. */
  before: string | undefined
  after: string | undefined
}

interface Form {
  text: string
  uses: Use[]
}

/** Forms by how often the article uses them, then by which comes first: the first is the one to keep. */
function ranked(forms: Iterable<Form>): Form[] {
  // Uses in a title-case heading count last: a headline capitalises what the story does not (`Kim Jong-Un`).
  const inProse = (form: Form) => form.uses.filter((use) => !use.titleCase).length
  return [...forms].sort((a, b) => inProse(b) - inProse(a) || b.uses.length - a.uses.length || a.uses[0]!.start - b.uses[0]!.start)
}

/**
 * One name written two ways that differ only in accents (`Ríos`, `Rios`), in hyphens or spaces
 * between its parts (`Kim Jong-un`, `Kim Jong Un`, `Kim Jongun`) or in capitals inside it
 * (`Jong-Un`, `Jong-un`; one word's capitals, `McCain` / `Mccain`, the spelling stage mostly judges first). Every span of up to four words of a run is a candidate spelling; two
 * spellings are one name when nothing else differs. Only the narrowest span that differs is
 * reported (`Jong Un`, not `Kim Jong Un`). Left alone: a spelling that is an English word
 * without its hyphen (`Co-operation`, `E-mail` are spelling, not names); spans with an acronym
 * (`RIA`, headlines in capitals); capitals in a title-case heading; and two spellings each
 * always beside another name, never the same one (`José Mourinho`, `Jose Antonio`: two people).
 */
export function writtenVariants(runs: readonly NameRun[], isWord: (lowerCase: string) => boolean): NameVariant[] {
  const groups = new Map<string, Map<string, Form>>()
  // A title or a sentence's first word (`Mayor`, `Later`) beside a name is not another name.
  const nameBeside = (word: NameWord | undefined) => (word && !isWord(word.text.toLowerCase()) ? word.text : undefined)
  // Each word's spelling and key once; a unit's are its words' joined.
  const spelled = runs.map((run) =>
    run.words.map((word) => {
      const surface = surfaceOf(word.text)
      return {surface, key: keyOf(surface), acronym: word.text.split(hyphen).some((part) => allCapitals.test(part))}
    }),
  )
  /** Every unit of every run, as (run, first word, last word): most articles spell each name one way, so uses are built only for keys spelled several ways. */
  const eachUnit = (visit: (run: number, first: number, last: number, surface: string, key: string) => void) =>
    spelled.forEach((words, run) => {
      for (let first = 0; first < words.length; first++) {
        let surface = ''
        let key = ''
        for (let last = first; last < Math.min(words.length, first + longestUnit) && !words[last]!.acronym; last++) {
          // The run's text between the words is one space: the unit is the words and their spaces.
          surface = last === first ? words[last]!.surface : `${surface} ${words[last]!.surface}`
          key += words[last]!.key
          if (key.length >= shortestUnit) visit(run, first, last, surface, key)
        }
      }
    })
  const firstSpelling = new Map<string, string>()
  const varied = new Set<string>()
  eachUnit((_run, _first, _last, surface, key) => {
    const seen = firstSpelling.get(key)
    if (seen === undefined) firstSpelling.set(key, surface)
    else if (seen !== surface) varied.add(key)
  })
  if (varied.size === 0) return []
  eachUnit((index, first, last, surface, key) => {
    if (!varied.has(key)) return
    const {words, sentence, titleCase} = runs[index]!
    const use: Use = {start: words[first]!.start, end: words[last]!.end, sentence, titleCase, before: nameBeside(words[first - 1]), after: nameBeside(words[last + 1])}
    let forms = groups.get(key)
    if (!forms) groups.set(key, (forms = new Map()))
    const form = forms.get(surface)
    if (form) form.uses.push(use)
    else forms.set(surface, {text: surface, uses: [use]})
  })
  const found: NameVariant[] = []
  for (const [key, forms] of groups) {
    if (forms.size < 2 || isWord(key)) continue
    const [canonical, ...others] = ranked(forms.values())
    for (const other of others) {
      if (twoPeople(canonical!, other)) continue
      const difference = differenceOf(other.text, canonical!.text)
      if (difference.includes('hyphens') && (twoNames.test(other.text) || twoNames.test(canonical!.text))) continue
      for (const use of other.uses) {
        if (difference === 'capitals' && use.titleCase) continue
        found.push({start: use.start, end: use.end, text: other.text, canonical: canonical!.text, why: `one name, other ${difference}`, sure: canonical!.uses.length > other.uses.length})
      }
    }
  }
  // The narrowest span that differs: `Jong Un` in `Kim Jong Un`, whose wider spans differ only by it.
  return found.filter((outer) => !found.some((inner) => inner !== outer && inner.start >= outer.start && inner.end <= outer.end)).sort((a, b) => a.start - b.start)
}

/** Leading words two spellings must share before their last parts are compared: `Pham Minh`, not `Kim` (`Kim Jong-un`, `Kim Yo-jong`). */
const sharedLeading = 2
/** Letters of the shorter last part from which two edits may part two spellings of it (`Trinh`, `Thanh`); below, one. */
const twoEditLength = 5
/** Shortest last part compared: `Un` and `Il` (`Kim Jong Un`, `Kim Jong Il`) are two people. */
const shortestLast = 4
/** Masculine and feminine forms of one surname (`Ivanov`, `Ivanova`): a husband and wife, not a slip. */
const genderEndings: ReadonlyArray<readonly [string, string]> = [
  ['ov', 'ova'],
  ['ev', 'eva'],
  ['in', 'ina'],
  ['sky', 'skaya'],
  ['skiy', 'skaya'],
  ['skii', 'skaya'],
  ['ski', 'ska'],
]

/**
 * One person's name with its last part rendered two ways by machine translation (`Pham Minh
 * Trinh`, `Pham Minh Thanh`): two or more leading words the same, capitalised and no English
 * words (not titles: `Prime Minister Trinh`), and last parts of four letters or more with the
 * same first letter, one edit apart, or two from five letters. Not a plural, a case ending, a
 * feminine form (`Ivanov`, `Ivanova`), an English word, nor two spellings in one sentence (two
 * people named side by side: `Nguyen Thi Thanh and Nguyen Thi Thinh`). A single word is the
 * spelling stage's to compare (six letters or more, one edit: short names one letter apart are
 * most often two people).
 */
export function garbledEndings(runs: readonly NameRun[], isWord: (lowerCase: string) => boolean): NameVariant[] {
  const groups = new Map<string, Map<string, Form>>()
  for (const run of runs) {
    if (run.words.length <= sharedLeading) continue
    const last = run.words.at(-1)!
    const leading = run.words.slice(-1 - sharedLeading, -1)
    if ([...leading, last].some((word) => allCapitals.test(word.text) || isWord(word.text.toLowerCase()))) continue
    const key = leading.map((word) => surfaceOf(word.text)).join(' ')
    const use: Use = {start: last.start, end: last.end, sentence: run.sentence, titleCase: run.titleCase, before: undefined, after: undefined}
    let forms = groups.get(key)
    if (!forms) groups.set(key, (forms = new Map()))
    const text = surfaceOf(last.text)
    const form = forms.get(text)
    if (form) form.uses.push(use)
    else forms.set(text, {text, uses: [use]})
  }
  const found: NameVariant[] = []
  for (const [leading, forms] of groups) {
    if (forms.size < 2) continue
    const kept: Form[] = []
    for (const form of ranked(forms.values())) {
      const canonical = kept.find((other) => garbled(form.text, other.text))
      if (!canonical) {
        kept.push(form)
        continue
      }
      if (form.uses.some((use) => canonical.uses.some((other) => other.sentence === use.sentence))) continue
      const why = `the same \`${leading}\` before it: most likely one person's name rendered two ways`
      for (const use of form.uses) found.push({start: use.start, end: use.end, text: form.text, canonical: canonical.text, why, sure: canonical.uses.length > form.uses.length})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Whether two last parts of a name after the same leading words are one part rendered two ways (see `garbledEndings`). */
function garbled(a: string, b: string): boolean {
  const x = folded(a)
  const y = folded(b)
  const shorter = Math.min(x.length, y.length)
  if (x[0] !== y[0] || shorter < shortestLast || a.includes('-') || b.includes('-')) return false
  const edits = distance(x, y)
  // No edit: accents or capitals only, which `writtenVariants` reports.
  if (edits === 0 || edits > (shorter >= twoEditLength ? 2 : 1)) return false
  if ([x + 's', x + 'es'].includes(y) || [y + 's', y + 'es'].includes(x) || caseEnding(x, y)) return false
  return !genderEndings.some(([masculine, feminine]) => genderPair(x, y, masculine, feminine) || genderPair(y, x, masculine, feminine))
}

function genderPair(a: string, b: string, masculine: string, feminine: string): boolean {
  return a.endsWith(masculine) && b.endsWith(feminine) && a.slice(0, -masculine.length) === b.slice(0, -feminine.length)
}

/** What sets two spellings of one name apart, for the reason: `accents`, `hyphens or spaces`, `capitals`, or several. */
function differenceOf(variant: string, canonical: string): string {
  const joined = (text: string) => text.replace(/[- ]/g, '')
  const capitals = (text: string) => [...withoutAccents(joined(text))].map((letter) => (letter !== letter.toLowerCase() ? 'A' : 'a')).join('')
  const kinds: string[] = []
  if (joined(variant).toLowerCase() !== joined(canonical).toLowerCase()) kinds.push('accents')
  if (folded(variant) !== folded(canonical)) kinds.push('hyphens or spaces')
  if (capitals(variant) !== capitals(canonical)) kinds.push('capitals')
  return kinds.join(' and ')
}

/**
 * Two forms each always beside another name, and never the same one (`Sergey Brin`, `Sergei
 * Smirnov`; `Carlos Ríos`, `Julio Rios`): each person's name is spelled their own way.
 */
function twoPeople(a: Form, b: Form): boolean {
  return (['before', 'after'] as const).some((side) => {
    const first = a.uses.map((use) => use[side])
    const second = b.uses.map((use) => use[side])
    if (first.includes(undefined) || second.includes(undefined)) return false
    return !first.some((name) => second.includes(name))
  })
}
