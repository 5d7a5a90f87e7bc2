import {readFileSync} from 'node:fs'
import * as zlib from 'node:zlib'
import {misspellingLines} from './misspellings.js'
import {readPrebuiltTable} from './prebuilt.js'
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
/** The same model as a hash table (see `ErrorModel.tableBytes`), read in place of the text when it was made from it. */
export const errorModelTableFile = new URL('../../dist/spelling-index/error-model.table', import.meta.url)

/** Longest piece on either side of an edit; longer ones were too rare to count. */
const maxPiece = 3
/** Added to every piece's count: an edit seen three times in a piece seen three times is no certainty. */
const smoothing = 10
/**
 * An edit seen fewer times is not kept. Seen twice is kept: spellings by sound (`biznes`, `jellus`) need their rarer
 * edits to reach their word (tuning split: Norvig and Birkbeck +0.3–0.5 points, random edits unchanged); edits seen
 * once added nothing more and half again the table.
 */
const minCount = 2
/** Letters of context counted either side of an edit (one did as well as two on the tuning lists; none cost 1–2 points of top-1). */
const maxContext = 2

/** Letters, apostrophe, hyphen and the word's edges: five bits a symbol, so a piece of three is 15 bits. */
const symbols = "^$abcdefghijklmnopqrstuvwxyz'-"
const symbolCode = new Int32Array(128).fill(-1)
for (let index = 0; index < symbols.length; index++) symbolCode[symbols.charCodeAt(index)] = index + 1

/** A piece of up to three symbols as a number (0 for the empty piece; -1 for one with another letter). */
function pieceCode(text: string, start: number, end: number): number {
  let code = 0
  for (let at = start; at < end; at++) {
    const char = text.charCodeAt(at)
    const symbol = symbolOf(char)
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
    // A letter typed as meant, or another typed for it.
    if (i > 0 && j > 0 && here === table[(i - 1) * width + j - 1]! + (typed[j - 1] === intended[i - 1] ? 0 : 1)) {
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
export function learnErrorModel(pairs: Iterable<[string, string]>): string {
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
      for (let left = at; left >= 0 && at - left <= maxContext; left--) {
        for (let right = end; right <= steps.length && right - end <= maxContext; right++) {
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
    if (count < minCount) continue
    costs.set(edit, -Math.log(count / (pieces.get(edit.slice(0, edit.indexOf('\t')))! + smoothing)))
  }
  // An edit in context is kept only when it is likelier than the same edit in less context: else the
  // cheapest cut takes the shorter one anyway (matching letters are free), and the table is smaller.
  const lines: string[] = []
  for (const [edit, cost] of costs) {
    const [from, to] = edit.split('\t') as [string, string]
    let redundant = false
    for (let left = 0; left <= maxContext && !redundant; left++) {
      for (let right = 0; right <= maxContext && !redundant; right++) {
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
  private readonly learned: Uint8Array
  private table = new Float64Array(1024)
  private typedCodes = new Int32Array(256)

  /** The model from its text (see `learnErrorModel`), or from the table `tableBytes` wrote. */
  constructor(source: string | {table: Uint8Array}) {
    if (typeof source !== 'string') {
      const {keys, costs, learned} = tableViews(source.table)
      this.keys = keys
      this.costs = costs
      this.learned = learned
      this.shift = 32 - Math.log2(keys.length)
      return
    }
    const text = source
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
    // At most a third full, so that a miss nearly always ends at its first slot (a quarter doubled the
    // table for the model's 21k edits, and its read at start: +0.6 ms, the same look-up time).
    let bits = 10
    while (1 << bits < edits.length * 3) bits++
    this.shift = 32 - bits
    this.keys = new Int32Array(1 << bits).fill(-1)
    this.costs = new Float64Array(1 << bits)
    this.learned = new Uint8Array(1 << typedBits)
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

  /**
   * The hash table as bytes, for `npm run build` to write beside the text (see `loadErrorModel`): a header
   * (a tag, the CRC-32 of the text it was made from, the table's slot count), the costs, the keys and the
   * learned pieces. Reading it is a view over the file, where parsing the text cost ~13 ms of CPU a process.
   */
  tableBytes(textChecksum: number): Buffer {
    const header = Int32Array.of(tableTag, textChecksum, this.keys.length, 0)
    return Buffer.concat([tableNotice, ...[header, this.costs, this.keys, this.learned].map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength))])
  }

  /**
   * −ln P(typed | intended) by the cheapest cut into learned edits; a single-letter edit the list never
   * showed costs `unseen` (a transposition too), and every letter typed as meant costs nothing. Infinity
   * as soon as every way costs more than `limit`.
   *
   * Written for the interpreter as much as for the optimiser: a fresh process makes its first few hundred
   * calls before V8 has compiled this, and then every call and piece built here cost (the first 800 calls
   * of a fresh batch took ~70 ms of CPU, the rest ~1 ms each 200). So the pieces' codes are built letter
   * by letter from the symbols, and an edit is looked up in place.
   */
  cost(typedWord: string, intendedWord: string, unseen: number, limit = Infinity): number {
    const typed = `^${typedWord}$`
    const intended = `^${intendedWord}$`
    const n = typed.length
    const m = intended.length
    const width = n + 1
    if (this.table.length < (m + 1) * width) this.table = new Float64Array((m + 1) * width * 2)
    const table = this.table
    // The typed pieces ending at each j, by length (-1 where there is none): piece `to` is the symbol
    // `to` letters back before piece `to - 1` (see `pieceCode`).
    if (this.typedCodes.length < (n + 1) * 4) this.typedCodes = new Int32Array((n + 1) * 8)
    const typedCodes = this.typedCodes
    for (let j = 0; j <= n; j++) {
      typedCodes[j * 4] = 0
      let code = 0
      for (let to = 1; to <= maxPiece; to++) {
        const symbol = to <= j && code >= 0 ? symbolOf(typed.charCodeAt(j - to)) : -1
        code = symbol < 0 ? -1 : symbol * (1 << (5 * (to - 1))) + code
        typedCodes[j * 4 + to] = code
      }
    }
    const {keys, costs, learned, shift} = this
    const mask = keys.length - 1
    // The intended pieces ending at i with learned edits, by length (-1 where none).
    const pieces = this.pieces
    // Only cells near the diagonal: a candidate is a few slips away, and far cells cost most of the time.
    const band = Math.abs(n - m) + 4
    let previousBest = 0
    let beforeBest = 0
    for (let i = 0; i <= m; i++) {
      let anyLearned = false
      let code = 0
      for (let from = 1; from <= maxPiece; from++) {
        const symbol = from <= i && code >= 0 ? symbolOf(intended.charCodeAt(i - from)) : -1
        code = symbol < 0 ? -1 : symbol * (1 << (5 * (from - 1))) + code
        pieces[from] = code > 0 && learned[code] === 1 ? code : -1
        if (pieces[from]! >= 0) anyLearned = true
      }
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
        // Learned edits whose intended piece ends at i and typed piece at j, looked up in the hash table.
        if (anyLearned) {
          for (let to = 0; to <= maxPiece && to <= j; to++) {
            const typedPiece = typedCodes[j * 4 + to]!
            if (typedPiece < 0) continue
            for (let from = 1; from <= maxPiece; from++) {
              const piece = pieces[from]!
              if (piece < 0) continue
              const key = piece * (1 << typedBits) + typedPiece
              let slot = Math.imul(key, 0x9e3779b1) >>> shift
              let found = keys[slot]!
              while (found !== key && found !== -1) {
                slot = (slot + 1) & mask
                found = keys[slot]!
              }
              if (found === key) best = Math.min(best, table[(i - from) * width + j - to]! + costs[slot]!)
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

  private readonly pieces = new Int32Array(maxPiece + 1)
}

/** A char's symbol (see `symbols`), or -1. Tested before the read: a read past the table deoptimised the compiled cost function (accented words). */
function symbolOf(char: number): number {
  return char < 128 ? symbolCode[char]! : -1
}

/**
 * The table file's first line, its provenance and licence (like the text's header), padded to a multiple of
 * eight bytes so that the costs that follow stay aligned.
 */
const tableNotice = (() => {
  const notice = '# The error model of error-model.txt as a hash table. Learned from @cspell/dict-en-common-misspellings (CC BY-SA 4.0). GENERATED by scripts/build-spelling-index.mjs.'
  return Buffer.from(notice.padEnd(Math.ceil((notice.length + 1) / 8) * 8 - 1) + '\n', 'latin1')
})()
/** Heads the table after the notice: `EMT1`, the format's version. */
const tableTag = 0x31544d45
/** Four Int32 fields; the costs (Float64) start right after them, on an 8-byte boundary. */
const tableHeaderBytes = 16

/** The table's arrays as views over `bytes` (which `tableBytes` wrote and `prebuiltTable` checked). */
function tableViews(bytes: Uint8Array): {keys: Int32Array; costs: Float64Array; learned: Uint8Array} {
  const slots = new Int32Array(bytes.buffer, bytes.byteOffset, tableHeaderBytes / 4)[2]!
  let offset = bytes.byteOffset + tableHeaderBytes
  const costs = new Float64Array(bytes.buffer, offset, slots)
  offset += slots * 8
  const keys = new Int32Array(bytes.buffer, offset, slots)
  offset += slots * 4
  return {keys, costs, learned: new Uint8Array(bytes.buffer, offset, 1 << typedBits)}
}

/**
 * The table `npm run build` wrote, if it was made from `text` (by its CRC-32) and is whole, else undefined.
 * Where Node lacks zlib.crc32 (before 20.15) no table is trusted.
 */
function prebuiltTable(text: Buffer): Uint8Array | undefined {
  if (!crc32) return undefined
  const data = readPrebuiltTable(errorModelTableFile, tableNotice, tableHeaderBytes)
  if (!data) return undefined
  const [tag, checksum, slots] = new Int32Array(data.buffer, data.byteOffset, 3)
  if (tag !== tableTag || checksum !== (crc32(text) | 0) || !(slots! > 0 && (slots! & (slots! - 1)) === 0)) return undefined
  return data.length === tableHeaderBytes + slots! * 12 + (1 << typedBits) ? data : undefined
}

/** Node's CRC-32, missing before 20.15. */
const crc32 = (zlib as {crc32?: (data: Uint8Array) => number}).crc32

/** The CRC-32 of the model's text, as `tableBytes` wants it (0 without zlib.crc32: no table is trusted then). */
export function textChecksum(text: string): number {
  return crc32 ? crc32(Buffer.from(text, 'utf8')) | 0 : 0
}

let shared: ErrorModel | undefined

/**
 * The model every suggester of a process shares: the built table (or, when it is missing or was made from
 * other text, the built text), or (before a build) learned now from the list (~2 s).
 */
export function loadErrorModel(): ErrorModel {
  if (shared) return shared
  let text: Buffer
  try {
    text = readFileSync(errorModelFile)
  } catch {
    return (shared = new ErrorModel(learnErrorModel(trainingPairs())))
  }
  const table = prebuiltTable(text)
  return (shared = new ErrorModel(table ? {table} : text.toString('utf8')))
}
