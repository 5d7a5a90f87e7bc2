import {readFileSync} from 'node:fs'
import * as zlib from 'node:zlib'
import {KeyTable} from './search.js'

/**
 * A generated word list kept as the file's own text: lines sorted by their
 * first field (the lower-case key, in byte order), found by binary search over
 * character offsets, as look(1) does. Loading is one read (a few ms) instead
 * of a Map of 200k entries (~60 ms unloaded, 150 ms and more on a busy
 * machine). The file is read as latin1, so the string holds the UTF-8 bytes one
 * per char: a one-byte string that V8 copies without decoding, and whose char
 * order is the byte order the build script sorts by. Keys and fields are
 * converted at the edges with `toBytes` and `fromBytes`.
 *
 * The two-edit suggestion search needs more: keys by position (a line index),
 * and fast misses help the single-edit look-ups (~30 a letter, nearly all
 * non-words). Both are made on that search's first call, so a run whose typos
 * are all one edit from a common word never pays for them. `npm run build`
 * writes the index to a file (scripts/build-spelling-index.mjs), read then in a
 * few ms where building it cost 80–115 ms of CPU in a fresh process; the file
 * names the list's CRC-32, so an index of another list is never used.
 * Hand-written: the npm packages for sorted or succinct word lists (tries,
 * DAWGs) either build their structure at load time or need a binary format
 * of their own; this one reads the committed text file as it is.
 */
export class SortedLines {
  private readonly text: string
  /** Offset of the first line after the `#` header. */
  private readonly body: number
  private index: LineIndex | undefined
  private keyTable: KeyTable | undefined

  constructor(
    /** The list's file, or its text already in bytes (see `toBytes`) for a list made at run time. */
    source: URL | {bytes: string},
    /** Where `npm run build` wrote this list's index (see `indexBytes`), if anywhere. */
    private readonly prebuilt?: URL,
  ) {
    this.text = source instanceof URL ? readFileSync(source, 'latin1') : source.bytes
    let body = 0
    while (this.text.charCodeAt(body) === 35 /* # */) body = this.text.indexOf('\n', body) + 1 || this.text.length
    this.body = body
  }

  /** The offset of the line whose key is `key` (in bytes), or -1. */
  find(key: string): number {
    if (this.index) return this.hashed(key)
    const start = this.lowerBound(key)
    return start < this.text.length && this.compare(start, key) === 0 ? start : -1
  }

  /**
   * False when `key` (in bytes) cannot be a key because three of its neighbouring letters
   * (the key's edges counting as one) never occur so in any key. Generated single edits are
   * mostly such strings (`ceqace`), and this table (22 KB, in cache) turns about half of them
   * away without the hash probe and the compare, two reads at random places in a 3 MB text.
   * Always true until the index is built.
   */
  mayHold(key: string): boolean {
    return !this.index || mayHoldIn(this.index.triples, key)
  }

  /**
   * Whether the line at `offset`, whose key is `key`, lists `form` as a spelling: a bare size
   * field when `form` is the key, or a `Spelling:size` field whose spelling is `form` (both in
   * bytes). Reads the text in place, where parsing the line would build a string and an array a field.
   */
  listsForm(offset: number, key: string, form: string): boolean {
    const text = this.text
    let end = text.indexOf('\n', offset)
    if (end === -1) end = text.length
    // Fields as `line.slice(key.length + 1).split(' ')` gives them: a line with no field has one empty field.
    for (let field = offset + key.length + 1; ; ) {
      let fieldEnd = text.indexOf(' ', field)
      if (fieldEnd === -1 || fieldEnd > end) fieldEnd = end
      // The last colon of the field ends its spelling; none means a bare size. Searched within the field only:
      // `lastIndexOf` ran on back through the lines before for a bare size (a thousand lines have no colon).
      let colon = fieldEnd - 1
      while (colon >= field && text.charCodeAt(colon) !== 58) colon--
      if (colon < field ? form === key : colon - field === form.length && text.startsWith(form, field)) return true
      if (fieldEnd >= end) return false
      field = fieldEnd + 1
    }
  }

  /** The whole line at `offset`, in bytes (see `fromBytes`). */
  line(offset: number): string {
    const end = this.text.indexOf('\n', offset)
    return this.text.slice(offset, end === -1 ? this.text.length : end)
  }

  /**
   * The keys in order, decoded, for the bounded search (makes the line index on first use): from
   * the prebuilt index as they are, or decoded from the text in one pass.
   */
  keys(): KeyTable {
    if (this.keyTable) return this.keyTable
    const index = this.indexed()
    this.keyTable = index.keys ?? this.decodedKeys(index.starts)
    return this.keyTable
  }

  private decodedKeys(lines: Int32Array): KeyTable {
    const text = this.text
    const starts = new Int32Array(lines.length + 1)
    // No key is longer in chars than in bytes.
    const chars = new Uint16Array(text.length)
    let used = 0
    for (let position = 0; position < lines.length; position++) {
      const start = lines[position]!
      let end = start
      let wide = false
      for (let char = text.charCodeAt(end); char !== 32 && char !== 10 && char !== 13 && end < text.length; char = text.charCodeAt(++end)) if (char > 0x7f) wide = true
      const key = wide ? fromBytes(text.slice(start, end)) : undefined
      if (key === undefined) for (let at = start; at < end; at++) chars[used++] = text.charCodeAt(at)
      else for (let at = 0; at < key.length; at++) chars[used++] = key.charCodeAt(at)
      starts[position + 1] = used
    }
    return new KeyTable(chars.slice(0, used), starts)
  }

  /** The list's CRC-32 (undefined where Node lacks zlib.crc32), for files made from it: computed on first use. */
  get checksum(): number | undefined {
    if (this.crc === null) this.crc = listChecksum(this.text)
    return this.crc
  }

  private crc: number | undefined | null = null

  /** Makes the hashed look-ups of `find` available now if `npm run build` wrote the index (no build at run time). */
  usePrebuiltIndex(): void {
    this.index ??= this.readIndex()
  }

  /**
   * The line index as `npm run build` writes it: a header (a tag, the list's CRC-32 and
   * length, the arrays' lengths), then the hash table, the filter, the line starts, and the
   * keys (see KeyTable: where each starts, their chars, and their shared prefix lengths; left
   * out with `keys: false`, for a list that is never searched), and the three-letter table.
   */
  indexBytes({keys: withKeys = true} = {}): Buffer {
    const index = this.indexed()
    const keys = withKeys ? this.keys() : new KeyTable(new Uint16Array(0), new Int32Array(0), new Uint8Array(0))
    const arrays = [index.table, index.filter, index.starts, keys.starts, keys.chars, index.triples, keys.shared]
    const header = Int32Array.of(indexTag, listChecksum(this.text) ?? 0, this.text.length, this.body, ...arrays.map((array) => array.length))
    return Buffer.concat([header, ...arrays].map((array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength)))
  }

  /** The prebuilt index if there is one and it was made from this very list, else undefined. */
  private readIndex(): LineIndex | undefined {
    if (!this.prebuilt) return undefined
    let bytes: Buffer
    try {
      bytes = readFileSync(this.prebuilt)
    } catch {
      return undefined
    }
    // Typed arrays need offsets that are multiples of their element size.
    const data = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes)
    if (data.length < headerBytes) return undefined
    const [tag, checksum, length, body, table, filter, lines, keyStarts, keyChars, triples, shared] = new Int32Array(data.buffer, data.byteOffset, headerBytes / 4)
    if (tag !== indexTag || length !== this.text.length || body !== this.body) return undefined
    if (data.length !== headerBytes + 4 * (table! + filter! + lines! + keyStarts!) + 2 * keyChars! + triples! + shared!) return undefined
    if (checksum !== this.checksum) return undefined
    const buffer = data.buffer as ArrayBuffer
    let offset = data.byteOffset + headerBytes
    const take = (count: number, size: number) => (offset += count * size) - count * size
    const index: LineIndex = {table: new Int32Array(buffer, take(table!, 4), table!), filter: new Int32Array(buffer, take(filter!, 4), filter!), starts: new Int32Array(buffer, take(lines!, 4), lines!), triples: new Uint8Array(0)}
    const starts = new Int32Array(buffer, take(keyStarts!, 4), keyStarts!)
    const chars = new Uint16Array(buffer, take(keyChars!, 2), keyChars!)
    index.triples = new Uint8Array(buffer, take(triples!, 1), triples!)
    const prefixes = new Uint8Array(buffer, take(shared!, 1), shared!)
    if (starts.length > 0) index.keys = new KeyTable(chars, starts, prefixes)
    // The checksum covers the list, not the index: an index damaged on disk, or written by code that hashes
    // otherwise, must still find the list's own keys where a binary search does, or it is not used.
    return this.findsOwnKeys(index) ? index : undefined
  }

  /** Whether `index` finds sixteen keys spread over the list where a binary search of the text finds them. */
  private findsOwnKeys(index: LineIndex): boolean {
    const text = this.text
    for (let sample = 1; sample <= 16; sample++) {
      const start = Math.max(this.body, text.lastIndexOf('\n', this.body + Math.floor(((text.length - this.body) * sample) / 17)) + 1)
      let end = start
      while (end < text.length && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
      const key = text.slice(start, end)
      const expected = this.lowerBound(key)
      if (this.hashed(key, index) !== (expected < text.length && this.compare(expected, key) === 0 ? expected : -1)) return false
    }
    return true
  }

  /** The offset of the first line whose key is not below `key`. */
  private lowerBound(key: string): number {
    const text = this.text
    // `low` is always a line start; every line before it has a smaller key, every line from `high` on a larger or equal one.
    let low = this.body
    let high = text.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const start = Math.max(low, text.lastIndexOf('\n', middle - 1) + 1)
      if (this.compare(start, key) < 0) low = text.indexOf('\n', start) + 1 || text.length
      else high = start
    }
    return low
  }

  /** Compares the key of the line at `start` with `key` without copying it out. */
  private compare(start: number, key: string): number {
    const text = this.text
    for (let offset = 0, at = start; ; offset++, at++) {
      let char = at < text.length ? text.charCodeAt(at) : 10
      // A key ends at a space or the line's end (`\r` too: a checkout with CRLF line ends).
      if (char === 32 || char === 10 || char === 13) char = -1
      const other = offset < key.length ? key.charCodeAt(offset) : -1
      if (char !== other || char === -1) return char - other
    }
  }

  private hashed(key: string, index: LineIndex = this.index!): number {
    const {table, filter} = index
    let hash = 0
    for (let at = 0; at < key.length; at++) hash = (Math.imul(hash, hashBase) + key.charCodeAt(at)) | 0
    const spread = mixed(hash)
    if (!mayBeIn(filter, spread)) return -1
    const mask = (table.length >>> 1) - 1
    for (let slot = spread & mask; table[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (table[slot * 2 + 1] !== hash) continue
      const start = table[slot * 2]! - 1
      if (this.compare(start, key) === 0) return start
    }
    return -1
  }

  /**
   * Whether the edit `probe` describes is a key: `find` without building the string. Most
   * edits are misses, which the filter turns away (see `indexed`) or cost one read of the
   * table (each slot holds its key's hash).
   * Only with the index built (see `indexed`) and an ASCII word, where chars are bytes.
   */
  holdsEdit(probe: EditProbe): boolean {
    const {table, filter} = this.index!
    const hash = probe.hash()
    const spread = mixed(hash)
    if (!mayBeIn(filter, spread)) return false
    const mask = (table.length >>> 1) - 1
    const text = this.text
    const length = probe.length
    for (let slot = spread & mask; table[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (table[slot * 2 + 1] !== hash) continue
      const start = table[slot * 2]! - 1
      let at = 0
      while (at < length && text.charCodeAt(start + at) === probe.charCodeAt(at)) at++
      if (at < length) continue
      const end = start + length < text.length ? text.charCodeAt(start + length) : 10
      if (end === 32 || end === 10 || end === 13) return true
    }
    return false
  }

  /** Whether the index that `holdsEdit` and the `triples` table need is built. */
  get indexedYet(): boolean {
    return this.index !== undefined
  }

  /** The three-letter table (see `mayHold`), for `EditProbe.check` and `EditProbe.mayHoldIn`. */
  get triples(): Uint8Array {
    return this.index!.triples
  }

  /**
   * The line starts in key order, and an open-addressing hash table of them (+1; 0 is
   * empty) with each key's hash beside it, so that a miss costs one hash and a probe or
   * two instead of a binary search of ~18 comparisons. Read from the file `npm run build`
   * wrote, or built here (80–115 ms of CPU in a fresh process), once per process.
   * Before the table, a bit a hash value (2^21 bits, 256 KB, one key in ten bits set): the
   * 4 MB table lives beyond the core's cache, the filter in it, and it turns away ~90% of
   * the misses that reach it.
   */
  private indexed(): LineIndex {
    this.index ??= this.readIndex() ?? this.buildIndex()
    return this.index
  }

  private buildIndex(): LineIndex {
    const text = this.text
    let count = 0
    for (let at = text.indexOf('\n', this.body); at !== -1; at = text.indexOf('\n', at + 1)) count++
    const starts = new Int32Array(count + 1)
    let size = 1
    while (size < count * 2) size *= 2
    const table = new Int32Array(size * 2)
    const filter = new Int32Array(1 << (filterBits - 5))
    const mask = size - 1
    // Every three neighbouring letters of every key, 0 standing for its start and end (see `mayHold`).
    const triples = new Uint8Array(tripleSpan * 28)
    let length = 0
    for (let start = this.body; start < text.length; ) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      if (end > start) {
        let hash = 0
        let window = 0
        for (let at = start; ; at++) {
          const char = at < end ? text.charCodeAt(at) : 32
          const last = char === 32 || char === 13
          window = (window % tripleSpan) * 28 + (last ? 0 : letterCode(char))
          if (at > start) triples[window] = 1
          if (last) break
          hash = (Math.imul(hash, hashBase) + char) | 0
        }
        const spread = mixed(hash)
        const bit = spread >>> (32 - filterBits)
        filter[bit >>> 5]! |= 1 << (bit & 31)
        let slot = spread & mask
        while (table[slot * 2] !== 0) slot = (slot + 1) & mask
        table[slot * 2] = start + 1
        table[slot * 2 + 1] = hash
        starts[length++] = start
      }
      start = end + 1
    }
    return {table, filter, starts: starts.subarray(0, length), triples}
  }
}

/** What the hashed look-ups and the keys need (see `SortedLines.indexed`). */
interface LineIndex {
  table: Int32Array
  filter: Int32Array
  /** The offset of each line, in key order. */
  starts: Int32Array
  triples: Uint8Array
  /** The keys, when read from a prebuilt index. */
  keys?: KeyTable
}

/** Heads a prebuilt index: `CDX3`, the format's version. */
const indexTag = 0x33584443
/** Eleven Int32 fields (see `indexBytes`). */
const headerBytes = 44

/** The CRC-32 of a list's bytes, or undefined where Node lacks zlib.crc32 (before 20.15): then no prebuilt index is trusted. */
function listChecksum(bytes: string): number | undefined {
  const crc32 = (zlib as {crc32?: (data: Uint8Array) => number}).crc32
  return crc32 ? crc32(Buffer.from(bytes, 'latin1')) | 0 : undefined
}

/** Letters a–z are 1–26; every other char shares 27, so the table stays small and only lets more through. */
const letterCode = (char: number) => (char >= 97 && char <= 122 ? char - 96 : 27)
const tripleSpan = 28 * 28

/** Whether every three neighbouring letters of `key` (its edges counting as one) occur in a `tripleTable`. */
export function mayHoldIn(triples: Uint8Array, key: string): boolean {
  let window = 0
  for (let at = 0; at <= key.length; at++) {
    window = (window % tripleSpan) * 28 + (at < key.length ? letterCode(key.charCodeAt(at)) : 0)
    if (at > 0 && triples[window] === 0) return false
  }
  return true
}

/** The three-letter table of a few keys (see `SortedLines.mayHold`), for a list held as strings. */
export function tripleTable(keys: Iterable<string>): Uint8Array {
  const triples = new Uint8Array(tripleSpan * 28)
  for (const key of keys) {
    let window = 0
    for (let at = 0; at <= key.length; at++) {
      window = (window % tripleSpan) * 28 + (at < key.length ? letterCode(key.charCodeAt(at)) : 0)
      if (at > 0) triples[window] = 1
    }
  }
  return triples
}

/**
 * Keys are hashed as polynomials (sum of char × 31^place, mod 2^32), so that the hash of an
 * edit combines the hashes of the word's head and tail (see `EditProbe`), then mixed
 * (MurmurHash3's finaliser) before the table takes its low bits.
 */
const hashBase = 31

/** Bits of the filter before the hash table: 2^21 (see `SortedLines.indexed`). */
const filterBits = 21

/** Whether a key whose mixed hash is `spread` may be in the table (false: it is not). */
function mayBeIn(filter: Int32Array, spread: number): boolean {
  const bit = spread >>> (32 - filterBits)
  return (filter[bit >>> 5]! & (1 << (bit & 31))) !== 0
}

function mixed(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return hash ^ (hash >>> 16)
}

/** Which three-letter windows of a word a table holds, for `EditProbe.mayHoldIn` (see `EditProbe.check`). */
export interface TriplesChecked {
  /** head[a]: every window within the word's first a chars (and the start) is in the table. */
  head: Uint8Array
  /** tail[b]: every window within the word's chars from b on (and the end) is in the table. */
  tail: Uint8Array
}

/**
 * One single edit of an ASCII word at a time, described rather than built: the word with its
 * chars [from, to) replaced by 0–2 inserted chars. The suggester tries ~60 edits a letter of
 * every unknown word, nearly all of them no key; building each as a string cost more than
 * looking it up. The hash of an edit is combined from the word's head and tail hashes, and its
 * three-letter windows are checked only where the edit joins them.
 */
export class EditProbe {
  from = 0
  to = 0
  private inserted = 0
  private first = 0
  private second = 0
  /** heads[a]: the hash of the word's first a chars; tails[b]: of its chars from b on. */
  private readonly heads: Int32Array
  private readonly tails: Int32Array
  /** powers[k] = 31^k mod 2^32. */
  private readonly powers: Int32Array

  constructor(readonly word: string) {
    const n = word.length
    this.heads = new Int32Array(n + 1)
    this.tails = new Int32Array(n + 1)
    this.powers = new Int32Array(n + 3)
    this.powers[0] = 1
    for (let k = 1; k < n + 3; k++) this.powers[k] = Math.imul(this.powers[k - 1]!, hashBase)
    for (let at = 0; at < n; at++) this.heads[at + 1] = (Math.imul(this.heads[at]!, hashBase) + word.charCodeAt(at)) | 0
    for (let at = n - 1; at >= 0; at--) this.tails[at] = (Math.imul(word.charCodeAt(at), this.powers[n - 1 - at]!) + this.tails[at + 1]!) | 0
  }

  /** Describes the word with chars [from, to) replaced by `count` chars (`first`, then `second`). */
  set(from: number, to: number, count: number, first = 0, second = 0): this {
    this.from = from
    this.to = to
    this.inserted = count
    this.first = first
    this.second = second
    return this
  }

  get length(): number {
    return this.word.length - (this.to - this.from) + this.inserted
  }

  charCodeAt(at: number): number {
    if (at < this.from) return this.word.charCodeAt(at)
    const inside = at - this.from
    if (inside < this.inserted) return inside === 0 ? this.first : this.second
    return this.word.charCodeAt(this.to + inside - this.inserted)
  }

  hash(): number {
    const tail = this.word.length - this.to
    const middle = this.inserted === 0 ? 0 : this.inserted === 1 ? this.first : (Math.imul(this.first, hashBase) + this.second) | 0
    return (Math.imul(this.heads[this.from]!, this.powers[this.inserted + tail]!) + Math.imul(middle, this.powers[tail]!) + this.tails[this.to]!) | 0
  }

  toString(): string {
    const middle = this.inserted === 0 ? '' : this.inserted === 1 ? String.fromCharCode(this.first) : String.fromCharCode(this.first, this.second)
    return this.word.slice(0, this.from) + middle + this.word.slice(this.to)
  }

  /** The windows of the unedited word that a three-letter table holds, once per word and table. */
  check(triples: Uint8Array): TriplesChecked {
    const n = this.word.length
    // Window k covers chars k-1, k and k+1, the word's edges counting as letter 0.
    const code = (at: number) => (at < 0 || at >= n ? 0 : letterCode(this.word.charCodeAt(at)))
    const held = (k: number) => triples[(code(k - 1) * 28 + code(k)) * 28 + code(k + 1)] !== 0
    const head = new Uint8Array(n + 1)
    head[0] = head[1] = 1
    for (let a = 2; a <= n; a++) head[a] = head[a - 1]! && held(a - 2) ? 1 : 0
    const tail = new Uint8Array(n + 1)
    tail[n] = 1
    for (let b = n - 1; b >= 0; b--) tail[b] = tail[b + 1]! && (b + 1 > n - 1 || held(b + 1)) ? 1 : 0
    return {head, tail}
  }

  /** `mayHoldIn` for the edit: the word's windows on either side from `checked`, the few across the edit here. */
  mayHoldIn(triples: Uint8Array, checked: TriplesChecked): boolean {
    if (!checked.head[this.from] || !checked.tail[this.to]) return false
    const length = this.length
    if (length === 0) return true
    // Windows k - 1..k + 1 for k from the one before the edit to the one just after it.
    const first = Math.max(0, this.from - 1)
    const last = Math.min(length - 1, this.from + this.inserted)
    let before = first === 0 ? 0 : letterCode(this.charCodeAt(first - 1))
    let here = letterCode(this.charCodeAt(first))
    for (let k = first; k <= last; k++) {
      const after = k + 1 < length ? letterCode(this.charCodeAt(k + 1)) : 0
      if (triples[(before * 28 + here) * 28 + after] === 0) return false
      before = here
      here = after
    }
    return true
  }
}

const ascii = /^[\x00-\x7f]*$/

export function isAscii(text: string): boolean {
  return ascii.test(text)
}

/** A string as its UTF-8 bytes, one char each (the form SortedLines holds). */
export function toBytes(text: string): string {
  return ascii.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1')
}

/** The inverse of `toBytes`. */
export function fromBytes(bytes: string): string {
  return ascii.test(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8')
}
