import {type CharClass, classify, isOtherScript, type Lookalike, lookalikes} from './lookalikes.js'

export interface Char {
  readonly char: string
  /** UTF-16 index in the searched text. */
  readonly at: number
  readonly cls: CharClass
}

/** A run of letters (and their marks) inside a token: the unit that must be in one script. */
export interface Run {
  readonly from: number
  readonly to: number
  readonly text: string
  readonly chars: readonly Char[]
}

/** A whitespace-delimited token and its letter runs. */
export interface Token {
  readonly from: number
  readonly to: number
  readonly runs: readonly Run[]
}

const isLetterClass = (cls: CharClass) => cls === 'latin' || cls === 'lookalike' || cls === 'foreign'
const letterish = /^[\p{L}\p{Nl}]$/u
const digit = /^\p{N}$/u

export function tokensOf(text: string): Token[] {
  return [...text.matchAll(/\S+/gu)].map((match) => ({from: match.index, to: match.index + match[0].length, runs: runsOf(match[0], match.index)}))
}

function runsOf(token: string, base: number): Run[] {
  const chars: Char[] = []
  let at = base
  for (const char of token) {
    chars.push({char, at, cls: classify(char)})
    at += char.length
  }
  // A look-alike that is not a letter (`×`, `∣`, `٠`) is a letter only inside or at the edge of
  // a word, never next to a digit: "2×4" stays a dimension, "he∣lo" is a disguised "hello".
  const cls = chars.map((entry, i) => {
    if (entry.cls !== 'lookalike' || letterish.test(entry.char)) return entry.cls
    const before = chars[i - 1]
    const after = chars[i + 1]
    const nearLetter = [before, after].some((near) => near && isLetterClass(near.cls) && letterish.test(near.char))
    const nearDigit = [before, after].some((near) => near && digit.test(near.char) && near.cls !== 'lookalike')
    return nearLetter && !nearDigit ? 'lookalike' : 'other'
  })
  const runs: Run[] = []
  let current: Char[] = []
  const close = () => {
    if (current.length > 0) {
      const from = current[0]!.at
      const last = current.at(-1)!
      const to = last.at + last.char.length
      runs.push({from, to, text: token.slice(from - base, to - base), chars: current})
    }
    current = []
  }
  chars.forEach((entry, i) => {
    const kind = cls[i]!
    if (isLetterClass(kind)) current.push({...entry, cls: kind})
    else if (kind === 'mark' && current.length > 0) current.push(entry)
    else close()
  })
  close()
  return runs
}

/** Whether a character may make a run mixed or foreign (a look-alike, another script's letter), by character met. */
const suspects = new Map<string, boolean>()
/** Bounds the memo: a hostile text could bring any number of distinct characters. */
const suspectsLimit = 10_000

/**
 * Whether `text` holds a look-alike or another script's letter. Without one,
 * no run of the text has `foreignChars`, so the script stage can skip it
 * without splitting it into runs: most English sentences are ASCII letters
 * and punctuation, and splitting them cost a tenth of a check.
 */
export function mayHoldForeignLetters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) < 0x80) continue
    // One code point, as `runsOf` reads them (a lone surrogate stays one unit).
    const char = String.fromCodePoint(text.codePointAt(index)!)
    index += char.length - 1
    let suspect = suspects.get(char)
    if (suspect === undefined) {
      const cls = classify(char)
      suspect = cls === 'lookalike' || cls === 'foreign'
      if (suspects.size >= suspectsLimit) suspects.clear()
      suspects.set(char, suspect)
    }
    if (suspect) return true
  }
  return false
}

export const hasLatin = (run: Run) => run.chars.some((entry) => entry.cls === 'latin')
export const foreignChars = (run: Run) => run.chars.filter((entry) => entry.cls === 'lookalike' || entry.cls === 'foreign')
export const inOtherScript = (run: Run) => run.chars.some((entry) => isOtherScript(entry.char))

// By category, not case mapping: math bold 𝐨 is a small letter with no capital.
const isUpper = (char: string) => /^\p{Lu}$/u.test(char)
const isLower = (char: string) => /^\p{Ll}$/u.test(char)

/**
 * The run with every look-alike replaced by the Latin letter it stands for,
 * or undefined when some foreign letter has no Latin look-alike. `I` and `l`
 * share one prototype; the letter's own case and its neighbours decide, and
 * `rank` (how common a word is, undefined when unknown) settles a
 * capital-or-lowercase choice at the start of a word.
 */
export function repair(run: Run, rank: (word: string) => number | undefined): string | undefined {
  const table = lookalikes()
  if (run.chars.some((entry) => entry.cls === 'foreign')) return undefined
  const choices: string[][] = run.chars.map((entry, index) => {
    if (entry.cls !== 'lookalike') return [entry.char]
    // The case of the other letters (look-alikes too: math bold 𝐨 is lower case) is the context.
    // The first letter may be a capital in a lower-case word, so it is not context.
    // Other I/l look-alikes say nothing about the case either.
    const neighbours = run.chars
      .filter((other, i) => i > 0 && i !== index && (other.cls === 'latin' || (other.cls === 'lookalike' && table.get(other.char)?.targets.length === 1)))
      .map((other) => other.char)
      .filter((char) => isLower(char) || isUpper(char))
    const lowerContext = neighbours.length > 0 && neighbours.every(isLower)
    const first = index > 0 ? run.chars[0]!.char : undefined
    const upperContext = neighbours.length > 0 && neighbours.every(isUpper) && (first === undefined || !isLower(first))
    return candidates(table.get(entry.char)!, entry.char, index, lowerContext, upperContext)
  })
  const first = choices.map((options) => options[0]!).join('')
  const ambiguous = choices.findIndex((options) => options.length > 1)
  if (ambiguous === -1) return first
  const words = choices[ambiguous]!.map((option) => choices.map((options, i) => (i === ambiguous ? option : options[0]!)).join(''))
  const known = words.filter((word) => rank(word) !== undefined).sort((a, b) => rank(a)! - rank(b)!)
  if (known[0]) return known[0]
  // Neither is a known word (a name): English words and names hardly start with `l` and a consonant (Izmailovsky).
  const next = run.text.slice(run.chars[ambiguous]!.char.length, run.chars[ambiguous]!.char.length + 1)
  return /^[b-df-hj-np-tv-xz]$/i.test(next) ? (words.find((word) => word.startsWith('I')) ?? first) : first
}

function candidates(lookalike: Lookalike, char: string, index: number, lowerContext: boolean, upperContext: boolean): string[] {
  const ascii = lookalike.targets.filter((target) => target < '\u0080')
  const targets = ascii.length > 0 ? ascii : lookalike.targets
  if (targets.length === 1) return [...targets]
  const lower = targets.filter(isLower)
  const upper = targets.filter(isUpper)
  if (index > 0 && lowerContext && lower.length > 0) return lower
  if (upperContext && upper.length > 0) return upper
  const own = isUpper(char) ? upper : isLower(char) ? lower : []
  const ordered = [...own, ...targets.filter((target) => !own.includes(target))]
  // At the start of a lower-case word, `I` (Istanbul) and `l` (like) are both possible.
  return index === 0 && lowerContext ? ordered : ordered.slice(0, 1)
}
