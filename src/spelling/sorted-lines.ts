import {readFileSync} from 'node:fs'

/**
 * A generated word list kept as the file's own text: lines sorted by their
 * first field (the lower-case key, in byte order), found by binary search.
 * Loading is one read and one pass for line starts (a few ms) instead of a
 * Map of 200k entries (~60 ms unloaded, 150 ms and more on a busy machine).
 * The file is read as latin1, so the string holds the UTF-8 bytes one per
 * char: a one-byte string that V8 copies without decoding, and whose char
 * order is the byte order the build script sorts by. Keys and fields are
 * converted at the edges with `toBytes` and `fromBytes`.
 * Hand-written: the npm packages for sorted or succinct word lists (tries,
 * DAWGs) either build their structure at load time or need a binary format
 * of their own; this one reads the committed text file as it is.
 */
export class SortedLines {
  private readonly text: string
  private readonly starts: Int32Array
  private readonly table: Int32Array
  readonly length: number

  constructor(file: URL) {
    this.text = readFileSync(file, 'latin1')
    const text = this.text
    let count = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
    const starts = new Int32Array(count + 1)
    // An open-addressing hash table of line numbers (+1; 0 is empty), so that an exact look-up
    // costs one hash and a probe or two instead of a binary search of ~18 comparisons.
    let size = 1
    while (size < count * 2) size *= 2
    const table = new Int32Array(size)
    const mask = size - 1
    let length = 0
    let start = 0
    while (start < text.length) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      // `#` comment lines only head the file.
      if (end > start && text.charCodeAt(start) !== 35) {
        let hash = 2166136261
        for (let at = start; at < end; at++) {
          const char = text.charCodeAt(at)
          if (char === 32) break
          hash = Math.imul(hash ^ char, 16777619)
        }
        let slot = hash & mask
        while (table[slot] !== 0) slot = (slot + 1) & mask
        table[slot] = length + 1
        starts[length++] = start
      }
      start = end + 1
    }
    this.starts = starts
    this.length = length
    this.table = table
  }

  /** The whole line at `index`, in bytes (see `fromBytes`). */
  line(index: number): string {
    const start = this.starts[index]!
    const end = this.text.indexOf('\n', start)
    return this.text.slice(start, end === -1 ? this.text.length : end)
  }

  /** The key (first field) of the line at `index`, decoded. */
  at(index: number): string {
    const text = this.text
    const start = this.starts[index]!
    let end = start
    let wide = false
    for (let char = text.charCodeAt(end); char !== 32 && char !== 10 && end < text.length; char = text.charCodeAt(++end)) if (char > 0x7f) wide = true
    const key = text.slice(start, end)
    return wide ? fromBytes(key) : key
  }

  /** The index of the line whose key is `key` (in bytes), or -1. */
  find(key: string): number {
    let hash = 2166136261
    for (let at = 0; at < key.length; at++) hash = Math.imul(hash ^ key.charCodeAt(at), 16777619)
    const mask = this.table.length - 1
    for (let slot = hash & mask; this.table[slot] !== 0; slot = (slot + 1) & mask) {
      const index = this.table[slot]! - 1
      if (this.compare(index, key) === 0) return index
    }
    return -1
  }

  /** The first line whose key is not below `key` (in bytes). */
  lowerBound(key: string): number {
    let low = 0
    let high = this.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.compare(middle, key) < 0) low = middle + 1
      else high = middle
    }
    return low
  }

  /** Compares the key of line `index` with `key` without copying it out. */
  private compare(index: number, key: string): number {
    const text = this.text
    let at = this.starts[index]!
    for (let offset = 0; ; offset++, at++) {
      let char = at < text.length ? text.charCodeAt(at) : 10
      if (char === 32 || char === 10) char = -1
      const other = offset < key.length ? key.charCodeAt(offset) : -1
      if (char !== other || char === -1) return char - other
    }
  }
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
