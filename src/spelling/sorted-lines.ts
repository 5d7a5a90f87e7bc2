import {readFileSync} from 'node:fs'
import type {KeyList} from './search.js'

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
 * non-words). Both are built on that search's first call, so a run whose typos
 * are all one edit from a common word never pays for them.
 * Hand-written: the npm packages for sorted or succinct word lists (tries,
 * DAWGs) either build their structure at load time or need a binary format
 * of their own; this one reads the committed text file as it is.
 */
export class SortedLines {
  private readonly text: string
  /** Offset of the first line after the `#` header. */
  private readonly body: number
  private index: {starts: Int32Array; table: Int32Array; keys: KeyList; triples: Uint8Array} | undefined

  constructor(file: URL) {
    this.text = readFileSync(file, 'latin1')
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
   * Whether the line at `offset`, whose key is `key` (in bytes), lists the key itself as a
   * spelling: a bare size field, or a `Spelling:size` field whose spelling is the key. Reads
   * the text in place, where parsing the line would build a string and an array a field.
   */
  listsKey(offset: number, key: string): boolean {
    const text = this.text
    let end = text.indexOf('\n', offset)
    if (end === -1) end = text.length
    // Fields as `line.slice(key.length + 1).split(' ')` gives them: a line with no field has one empty field.
    for (let field = offset + key.length + 1; ; ) {
      let fieldEnd = text.indexOf(' ', field)
      if (fieldEnd === -1 || fieldEnd > end) fieldEnd = end
      // The last colon of the field ends its spelling; none (a colon found before the field) means a bare size.
      const colon = text.lastIndexOf(':', fieldEnd - 1)
      if (colon < field) return true
      if (colon - field === key.length && text.startsWith(key, field)) return true
      if (fieldEnd >= end) return false
      field = fieldEnd + 1
    }
  }

  /** The whole line at `offset`, in bytes (see `fromBytes`). */
  line(offset: number): string {
    const end = this.text.indexOf('\n', offset)
    return this.text.slice(offset, end === -1 ? this.text.length : end)
  }

  /** The keys in order, decoded one at a time, for the bounded search (builds the line index on first use). */
  keys(): KeyList {
    return this.indexed().keys
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

  private hashed(key: string): number {
    const {starts, table} = this.index!
    let hash = 2166136261
    for (let at = 0; at < key.length; at++) hash = Math.imul(hash ^ key.charCodeAt(at), 16777619)
    const mask = table.length - 1
    for (let slot = hash & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
      const start = starts[table[slot]! - 1]!
      if (this.compare(start, key) === 0) return start
    }
    return -1
  }

  /**
   * Line starts, the keys as strings, and an open-addressing hash table of line
   * numbers (+1; 0 is empty), so that a miss costs one hash and a probe or two
   * instead of a binary search of ~18 comparisons. ~60 ms of CPU, once per process.
   */
  private indexed(): {starts: Int32Array; table: Int32Array; keys: KeyList; triples: Uint8Array} {
    if (this.index) return this.index
    const text = this.text
    let count = 0
    for (let at = text.indexOf('\n', this.body); at !== -1; at = text.indexOf('\n', at + 1)) count++
    const starts = new Int32Array(count + 1)
    let size = 1
    while (size < count * 2) size *= 2
    const table = new Int32Array(size)
    const mask = size - 1
    // Every three neighbouring letters of every key, 0 standing for its start and end (see `mayHold`).
    const triples = new Uint8Array(tripleSpan * 28)
    let length = 0
    for (let start = this.body; start < text.length; ) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      if (end > start) {
        let hash = 2166136261
        let window = 0
        for (let at = start; ; at++) {
          const char = at < end ? text.charCodeAt(at) : 32
          const last = char === 32 || char === 13
          window = (window % tripleSpan) * 28 + (last ? 0 : letterCode(char))
          if (at > start) triples[window] = 1
          if (last) break
          hash = Math.imul(hash ^ char, 16777619)
        }
        let slot = hash & mask
        while (table[slot] !== 0) slot = (slot + 1) & mask
        table[slot] = length + 1
        starts[length++] = start
      }
      start = end + 1
    }
    // The keys as plain strings: the bounded search visits thousands per word, and reading
    // them out of the text one at a time cost more than this one pass (~20 ms).
    const keys: string[] = new Array<string>(length)
    for (let position = 0; position < length; position++) {
      const start = starts[position]!
      let end = start
      let wide = false
      for (let char = text.charCodeAt(end); char !== 32 && char !== 10 && char !== 13 && end < text.length; char = text.charCodeAt(++end)) if (char > 0x7f) wide = true
      const key = text.slice(start, end)
      keys[position] = wide ? fromBytes(key) : key
    }
    this.index = {starts, table, keys, triples}
    return this.index
  }
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

const ascii = /^[\x00-\x7f]*$/

/** A string as its UTF-8 bytes, one char each (the form SortedLines holds). */
export function toBytes(text: string): string {
  return ascii.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1')
}

/** The inverse of `toBytes`. */
export function fromBytes(bytes: string): string {
  return ascii.test(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8')
}
