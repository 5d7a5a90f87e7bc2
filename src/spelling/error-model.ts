import {readFileSync} from 'node:fs'
import {misspellingLines} from './misspellings.js'
import {fromBytes} from './sorted-lines.js'

/**
 * A learned error model (Brill & Moore 2000, "An improved error model for noisy channel spelling
 * correction"): how likely a writer who meant `α` typed `β`, for letter strings of up to three
 * letters (`ie` → `ei`, `ant` → `ent`, `ss` → `s`, `e` → `a` after `c`), learned from the
 * misspelling → correction pairs of `@cspell/dict-en-common-misspellings` (89,000 pairs from real
 * writing: the suggestion list, so learning from it tests nothing it is measured on). Each pair is
 * aligned letter by letter, every edit is counted with up to two letters of context either side
 * (a word's edges, `^` and `$`, count as letters), and an edit's cost is −ln P(β | α): its count
 * over the number of times `α` occurs in the corrections. The cost of typing a word for another
 * is the cheapest way to cut both into such pieces (matching letters free), so that a typo made of
 * one common cognitive slip (`seperate`) costs less than one of rare keyboard slips.
 *
 * The list and so this table are CC BY-SA 4.0: `npm run build` writes the table to
 * dist/spelling-index/ (scripts/build-spelling-index.mjs), never to the repo.
 */
export const errorModelFile = new URL('../../dist/spelling-index/error-model.txt', import.meta.url)

/** Longest piece on either side of an edit; longer ones were too rare to count. */
const maxPiece = 3
/** Added to every piece's count: an edit seen three times in a piece seen three times is no certainty. */
const smoothing = 10
/** An edit seen fewer times is not kept: rarer ones are as likely noise in the list as patterns (and the table halves). */
const minCount = 3

/** Letters, apostrophe, hyphen and the word's edges: five bits a symbol, so a piece of three is 15 bits. */
const symbols = "^$abcdefghijklmnopqrstuvwxyz'-"
const symbolCode = new Int32Array(128).fill(-1)
for (let index = 0; index < symbols.length; index++) symbolCode[symbols.charCodeAt(index)] = index + 1

/** A piece of up to three symbols as a number (0 for the empty piece; -1 for one with another letter). */
function pieceCode(text: string, start: number, end: number): number {
  let code = 0
  for (let at = start; at < end; at++) {
    const char = text.charCodeAt(at)
    // Tested before the read: a read past the table deoptimised the compiled cost function (accented words).
    const symbol = char < 128 ? symbolCode[char]! : -1
    if (symbol < 0) return -1
    code = code * 32 + symbol
  }
  return code
}

/** One step of an alignment: `intended` letters typed as `typed` (equal when matched). */
interface Step {
  intended: string
  typed: string
}

/** A cheapest alignment (Damerau–Levenshtein, unit costs) of `typed` against `intended`, edges included. */
function align(typed: string, intended: string): Step[] {
  const n = typed.length
  const m = intended.length
  const width = n + 1
  const table = new Int32Array((m + 1) * width)
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 || j === 0) {
        table[i * width + j] = i + j
        continue
      }
      let best = Math.min(table[(i - 1) * width + j]! + 1, table[i * width + j - 1]! + 1, table[(i - 1) * width + j - 1]! + (typed[j - 1] === intended[i - 1] ? 0 : 1))
      if (i > 1 && j > 1 && typed[j - 1] === intended[i - 2] && typed[j - 2] === intended[i - 1]) best = Math.min(best, table[(i - 2) * width + j - 2]! + 1)
      table[i * width + j] = best
    }
  }
  const steps: Step[] = []
  let i = m
  let j = n
  while (i > 0 || j > 0) {
    const here = table[i * width + j]!
    if (i > 0 && j > 0 && typed[j - 1] === intended[i - 1] && here === table[(i - 1) * width + j - 1]) {
      steps.push({intended: intended[i - 1]!, typed: typed[j - 1]!})
      i--, j--
    } else if (i > 0 && j > 0 && here === table[(i - 1) * width + j - 1]! + 1) {
      steps.push({intended: intended[i - 1]!, typed: typed[j - 1]!})
      i--, j--
    } else if (i > 1 && j > 1 && typed[j - 1] === intended[i - 2] && typed[j - 2] === intended[i - 1] && here === table[(i - 2) * width + j - 2]! + 1) {
      steps.push({intended: intended.slice(i - 2, i), typed: typed.slice(j - 2, j)})
      i -= 2
      j -= 2
    } else if (i > 0 && here === table[(i - 1) * width + j]! + 1) {
      steps.push({intended: intended[i - 1]!, typed: ''})
      i--
    } else {
      steps.push({intended: '', typed: typed[j - 1]!})
      j--
    }
  }
  return steps.reverse()
}

/**
 * The model as text, a line an edit: intended piece, typed piece and cost, tab-separated (the empty
 * piece is written as nothing). `pairs` are [misspelling, correction] in lower case.
 */
export function learnErrorModel(pairs: Iterable<[string, string]>, {context = 2, minimum = minCount} = {}): string {
  const edits = new Map<string, number>()
  const pieces = new Map<string, number>()
  for (const [wrong, right] of pairs) {
    const intended = `^${right}$`
    // Every piece of the corrections is counted, so that P(β | α) has its denominator.
    for (let start = 0; start < intended.length; start++) {
      for (let end = start + 1; end <= Math.min(intended.length, start + maxPiece); end++) {
        const piece = intended.slice(start, end)
        pieces.set(piece, (pieces.get(piece) ?? 0) + 1)
      }
    }
    const steps = align(`^${wrong}$`, intended)
    const seen = new Set<string>()
    for (let at = 0; at < steps.length; at++) {
      if (steps[at]!.intended === steps[at]!.typed) continue
      // Neighbouring edits are one edit (`ant` typed `ent` is one step; `ss` typed `s` too, with its context).
      let end = at + 1
      while (end < steps.length && steps[end]!.intended !== steps[end]!.typed) end++
      for (let left = at; left >= 0 && at - left <= context; left--) {
        for (let right = end; right <= steps.length && right - end <= context; right++) {
          const span = steps.slice(left, right)
          const from = span.map((step) => step.intended).join('')
          const to = span.map((step) => step.typed).join('')
          if (from.length === 0 || from.length > maxPiece || to.length > maxPiece) continue
          seen.add(`${from}\t${to}`)
        }
      }
      at = end - 1
    }
    for (const edit of seen) edits.set(edit, (edits.get(edit) ?? 0) + 1)
  }
  const costs = new Map<string, number>()
  for (const [edit, count] of edits) {
    if (count < minimum) continue
    costs.set(edit, -Math.log(count / (pieces.get(edit.slice(0, edit.indexOf('\t')))! + smoothing)))
  }
  // An edit in context is kept only when it is likelier than the same edit in less context: else the
  // cheapest cut takes the shorter one anyway (matching letters are free), and the table is smaller.
  const lines: string[] = []
  for (const [edit, cost] of costs) {
    const [from, to] = edit.split('\t') as [string, string]
    let redundant = false
    for (let left = 0; left <= 2 && !redundant; left++) {
      for (let right = 0; right <= 2 && !redundant; right++) {
        if (left + right === 0 || left + right >= from.length || left + right > to.length) continue
        if (from.slice(0, left) !== to.slice(0, left) || from.slice(from.length - right) !== to.slice(to.length - right)) continue
        const shorter = costs.get(`${from.slice(left, from.length - right)}\t${to.slice(left, to.length - right)}`)
        if (shorter !== undefined && shorter <= cost) redundant = true
      }
    }
    if (!redundant) lines.push(`${edit}\t${cost.toFixed(3)}`)
  }
  return '# Learned from @cspell/dict-en-common-misspellings (CC BY-SA 4.0). GENERATED by scripts/build-spelling-index.mjs.\n' + lines.sort().join('\n') + '\n'
}

/** The training pairs: each known misspelling with its first correction, single words in lower case. */
export function trainingPairs(listText: string = misspellingLines()): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (const line of listText.split('\n')) {
    if (line.startsWith('#') || !line) continue
    const space = line.indexOf(' ')
    const wrong = fromBytes(line.slice(0, space))
    const right = fromBytes(line.slice(space + 1).split('|')[0]!).toLowerCase()
    if (/^[a-z'-]+$/.test(wrong) && /^[a-z'-]+$/.test(right) && wrong !== right) pairs.push([wrong, right])
  }
  return pairs
}

/** Bits of a typed piece's code in an edit's key (intended piece code above them). */
const typedBits = 5 * maxPiece

export class ErrorModel {
  /**
   * Costs by edit in one open-addressing hash table: the key is the intended piece's code above
   * the typed piece's (`typedBits`), -1 where a slot is empty. A cut asks up to twelve edits a cell
   * of its table, nearly all of them never learned: a Map of Maps cost a first pass over a fresh
   * batch's typos 3–4 times as much CPU, most of it before the JIT had compiled the loop.
   */
  private readonly keys: Int32Array
  private readonly costs: Float64Array
  private readonly shift: number
  /** Whether an intended piece (by code) has any learned edit: most pieces have none, and skip the probes. */
  private readonly learned = new Uint8Array(1 << typedBits)
  private table = new Float64Array(1024)
  private typedCodes = new Int32Array(256)

  constructor(text: string) {
    const edits: number[] = []
    const costs: number[] = []
    // Read in place, field by field: splitting 16k lines into strings cost ~20 ms of a cold start.
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at)
      if (end === -1) end = text.length
      if (text.charCodeAt(at) !== 35 /* # */ && end > at) {
        const firstTab = text.indexOf('\t', at)
        const secondTab = text.indexOf('\t', firstTab + 1)
        const fromCode = pieceCode(text, at, firstTab)
        const toCode = pieceCode(text, firstTab + 1, secondTab)
        if (fromCode > 0 && toCode >= 0) {
          edits.push(fromCode * (1 << typedBits) + toCode)
          costs.push(Number.parseFloat(text.slice(secondTab + 1, end)))
        }
      }
      at = end + 1
    }
    // At most a quarter full, so that a miss nearly always ends at its first slot.
    let bits = 10
    while (1 << bits < edits.length * 4) bits++
    this.shift = 32 - bits
    this.keys = new Int32Array(1 << bits).fill(-1)
    this.costs = new Float64Array(1 << bits)
    for (let index = 0; index < edits.length; index++) {
      const key = edits[index]!
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift
      // A later line for the same edit replaces the earlier one, as a Map's `set` did.
      while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & (this.keys.length - 1)
      this.keys[slot] = key
      this.costs[slot] = costs[index]!
      this.learned[key >>> typedBits] = 1
    }
  }

  /** The cost of the learned edit from the piece `intended` to `typed` (codes), or -1 when it was not learned. */
  private edit(intended: number, typed: number): number {
    const key = intended * (1 << typedBits) + typed
    const keys = this.keys
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & (keys.length - 1)) {
      const found = keys[slot]!
      if (found === key) return this.costs[slot]!
      if (found === -1) return -1
    }
  }

  /** The code of the intended piece from `start` to `end` when it has learned edits, else -1. */
  private learnedPiece(text: string, start: number, end: number): number {
    if (start < 0) return -1
    const code = pieceCode(text, start, end)
    return code > 0 && this.learned[code] === 1 ? code : -1
  }

  /**
   * −ln P(typed | intended) by the cheapest cut into learned edits; a single-letter edit the list never
   * showed costs `unseen` (a transposition too), and every letter typed as meant costs nothing. Infinity
   * as soon as every way costs more than `limit`.
   */
  cost(typedWord: string, intendedWord: string, unseen: number, limit = Infinity): number {
    const typed = `^${typedWord}$`
    const intended = `^${intendedWord}$`
    const n = typed.length
    const m = intended.length
    const width = n + 1
    if (this.table.length < (m + 1) * width) this.table = new Float64Array((m + 1) * width * 2)
    const table = this.table
    // The typed pieces ending at each j, by length (-1 where there is none).
    if (this.typedCodes.length < (n + 1) * 4) this.typedCodes = new Int32Array((n + 1) * 8)
    const typedCodes = this.typedCodes
    for (let j = 0; j <= n; j++) for (let to = 0; to <= maxPiece; to++) typedCodes[j * 4 + to] = to <= j ? pieceCode(typed, j - to, j) : -1
    // Only cells near the diagonal: a candidate is a few slips away, and far cells cost most of the time.
    const band = Math.abs(n - m) + 4
    let previousBest = 0
    let beforeBest = 0
    for (let i = 0; i <= m; i++) {
      // The intended pieces ending at i that have learned edits (-1 where none).
      const piece1 = this.learnedPiece(intended, i - 1, i)
      const piece2 = this.learnedPiece(intended, i - 2, i)
      const piece3 = this.learnedPiece(intended, i - 3, i)
      const anyLearned = piece1 >= 0 || piece2 >= 0 || piece3 >= 0
      const low = Math.max(0, i - band)
      const high = Math.min(n, i + band)
      // Cells just outside the band read as unreachable (pieces reach back three letters).
      for (let j = Math.max(0, low - maxPiece); j < low; j++) table[i * width + j] = Infinity
      for (let j = high + 1; j <= Math.min(n, high + maxPiece); j++) table[i * width + j] = Infinity
      let rowBest = Infinity
      for (let j = low; j <= high; j++) {
        if (i === 0 && j === 0) {
          table[0] = 0
          continue
        }
        let best = Infinity
        if (i > 0 && j > 0 && typed.charCodeAt(j - 1) === intended.charCodeAt(i - 1)) best = table[(i - 1) * width + j - 1]!
        else {
          if (i > 0 && j > 0) best = table[(i - 1) * width + j - 1]! + unseen
          if (i > 1 && j > 1 && typed.charCodeAt(j - 1) === intended.charCodeAt(i - 2) && typed.charCodeAt(j - 2) === intended.charCodeAt(i - 1)) {
            best = Math.min(best, table[(i - 2) * width + j - 2]! + unseen)
          }
        }
        if (i > 0) best = Math.min(best, table[(i - 1) * width + j]! + unseen)
        if (j > 0) best = Math.min(best, table[i * width + j - 1]! + unseen)
        // Learned edits whose intended piece ends at i and typed piece at j.
        if (anyLearned) {
          for (let to = 0; to <= maxPiece && to <= j; to++) {
            const code = typedCodes[j * 4 + to]!
            if (code < 0) continue
            if (piece1 >= 0) {
              const cost = this.edit(piece1, code)
              if (cost >= 0) best = Math.min(best, table[(i - 1) * width + j - to]! + cost)
            }
            if (piece2 >= 0) {
              const cost = this.edit(piece2, code)
              if (cost >= 0) best = Math.min(best, table[(i - 2) * width + j - to]! + cost)
            }
            if (piece3 >= 0) {
              const cost = this.edit(piece3, code)
              if (cost >= 0) best = Math.min(best, table[(i - 3) * width + j - to]! + cost)
            }
          }
        }
        table[i * width + j] = best
        if (best < rowBest) rowBest = best
      }
      // Costs only grow down the table, and a cut passes through one row in any three (pieces are three
      // letters at most): three rows in a row all over the limit end the search.
      if (rowBest > limit && previousBest > limit && beforeBest > limit) return Infinity
      beforeBest = previousBest
      previousBest = rowBest
    }
    return table[m * width + n]!
  }
}

let shared: ErrorModel | undefined

/** The model every suggester of a process shares: the built table, or (before a build) learned now from the list (~2 s). */
export function loadErrorModel(): ErrorModel {
  if (shared) return shared
  let text: string
  try {
    text = readFileSync(errorModelFile, 'utf8')
  } catch {
    text = learnErrorModel(trainingPairs())
  }
  return (shared = new ErrorModel(text))
}
