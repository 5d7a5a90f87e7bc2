/**
 * A sorted list of keys held end to end as UTF-16 code units: key i is `chars` from `starts[i]`
 * to `starts[i + 1]`. The word list's 197k keys as JS strings cost ~40 ms of CPU to make in every
 * process, and 7 MB of heap that every young-generation collection copied; as two typed arrays
 * they are read from the prebuilt index as they are (see SortedLines). The search reads the
 * chars in place and makes a string only of the keys it finds.
 */
export class KeyTable {
  /**
   * For each key, how many chars it shares with the key before it (255 at most), computed once when
   * not given: always set, so that every table has one shape (a table that filled it in later made the
   * compiled search bail out for the wrong map).
   * In a sorted list the keys that share a prefix are neighbours, so the key visited before
   * `index` shares `shared[index]` chars with it even after a skip, and skipping every key under
   * a pruned prefix of length r is a scan for the first `shared[index] < r`: a read of one byte a
   * key, where testing each key's chars cost most of a search.
   */
  readonly shared: Uint8Array

  constructor(
    readonly chars: Uint16Array,
    /** One more than there are keys: the last is the end of the last key. */
    readonly starts: Int32Array,
    /** `shared` of these keys, if already known (read with them from a prebuilt index). */
    shared?: Uint8Array,
  ) {
    this.shared = shared ?? sharedLengths(chars, starts)
  }

  static of(keys: readonly string[]): KeyTable {
    const starts = new Int32Array(keys.length + 1)
    for (let index = 0; index < keys.length; index++) starts[index + 1] = starts[index]! + keys[index]!.length
    const chars = new Uint16Array(starts[keys.length]!)
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      for (let at = 0; at < key.length; at++) chars[starts[index]! + at] = key.charCodeAt(at)
    }
    return new KeyTable(chars, starts)
  }

  get length(): number {
    return this.starts.length - 1
  }

  at(index: number): string | undefined {
    if (index < 0 || index >= this.length) return undefined
    // `apply`, not a spread: a spread walks the typed array's iterator, twice the CPU before V8 has optimised the caller.
    return String.fromCharCode.apply(null, this.chars.subarray(this.starts[index]!, this.starts[index + 1]!) as unknown as number[])
  }
}

/** `KeyTable.shared` for the keys of `chars` and `starts`. */
function sharedLengths(chars: Uint16Array, starts: Int32Array): Uint8Array {
  const count = Math.max(0, starts.length - 1)
  const shared = new Uint8Array(count)
  for (let index = 1; index < count; index++) {
    const previous = starts[index - 1]!
    const start = starts[index]!
    const limit = Math.min(start - previous, starts[index + 1]! - start, 255)
    let length = 0
    while (length < limit && chars[previous + length] === chars[start + length]) length++
    shared[index] = length
  }
  return shared
}

/** Keys as a table, or as a sorted array of strings (made into a table once per array). */
export type Keys = KeyTable | readonly string[]

const tables = new WeakMap<readonly string[], KeyTable>()

function tableOf(keys: Keys): KeyTable {
  if (keys instanceof KeyTable) return keys
  let table = tables.get(keys)
  if (!table) tables.set(keys, (table = KeyTable.of(keys)))
  return table
}

/**
 * Finds every key within `max` edits (Damerau, optimal string alignment) of a
 * word in a sorted key list. Walking the sorted list is walking a trie without
 * building one: each key reuses the DP rows of the prefix it shares with the
 * previous key, and the keys under a prefix whose row already exceeds `max` are
 * skipped (see `KeyTable.shared`). Hand-written because the npm options either build a
 * symmetric-delete index (~1.5 M entries for distance 1, seconds to build) or
 * scan every word; this needs only the sorted array the lexicon already has.
 */
export function withinDistance(
  keys: Keys,
  word: string,
  max: number,
  range: KeyRange = new KeyRange(0, keys.length),
): Array<{key: string; distance: number}> {
  const table = tableOf(keys)
  if (word.length + max >= 30) return withinDistanceTable(table, word, max, range)
  const hits: number[] = []
  withinDistanceBits(table, word, max, range.from, range.to, hits)
  const found: Array<{key: string; distance: number}> = []
  for (let at = 0; at < hits.length; at += 2) found.push({key: table.at(hits[at]!)!, distance: hits[at + 1]!})
  return found
}

/**
 * The same walk with the rows as bit sets (the Levenshtein automaton simulated bit-parallel,
 * after Wu and Manber): bit i of level d is set when the key's prefix is within d edits of the
 * word's first i chars. A row costs a few shifts per level where the table costs a band of
 * 2 max + 1 cells, and a row with no bit set at level `max` is the table's row whose
 * smallest cell exceeds `max`, so it prunes the same prefixes and finds the same keys.
 * Words of up to 28 chars: bit `word.length` + 2, which the transposition step sets before
 * masking, must fit in the 31 bits of a non-negative Int32 (`withinDistance` sends words with
 * `word.length + max` ≥ 30 to the table, stricter than that for `max` ≥ 2).
 */
function withinDistanceBits(keys: KeyTable, word: string, max: number, from: number, to: number, hits: number[]): void {
  const n = word.length
  const levels = max + 1
  const full = (1 << (n + 1)) - 1
  // Bit k + 1 of a char's mask: word[k] is that char (ASCII in a table, other chars by a scan).
  const ascii = new Int32Array(128)
  for (let at = 0; at < n; at++) {
    const char = word.charCodeAt(at)
    if (char < 128) ascii[char]! |= 1 << (at + 1)
  }
  const wideMask = (char: number): number => {
    let mask = 0
    for (let at = 0; at < n; at++) if (word.charCodeAt(at) === char) mask |= 1 << (at + 1)
    return mask
  }
  // states[row * levels + d]: the row after `row` chars of the current key; matches[row]: its last char's mask.
  let states = new Int32Array(64 * levels)
  let matches = new Int32Array(64)
  for (let d = 0; d < levels; d++) states[d] = ((1 << (d + 1)) - 1) & full
  const {chars, starts, shared} = keys
  let valid = 0 // states of rows 0..valid hold the previous key's first `valid` chars
  let index = from
  while (index < to) {
    const start = starts[index]!
    const keyLength = starts[index + 1]! - start
    // The previous key visited shares exactly shared[index] chars with this one (see `KeyTable.shared`).
    const depth = valid < shared[index]! ? valid : shared[index]!
    if (keyLength + 1 > matches.length) {
      const grown = new Int32Array((keyLength + 1) * levels * 2)
      grown.set(states)
      states = grown
      const grownMatches = new Int32Array((keyLength + 1) * 2)
      grownMatches.set(matches)
      matches = grownMatches
    }
    // A key whose length is more than `max` from the word's is no match: only the rows the next key reuses are worth making.
    const fits = keyLength - n <= max && n - keyLength <= max
    const reused = index + 1 < shared.length ? shared[index + 1]! : 0
    // The next key shares at most this key's length (`KeyTable.shared`), so `reused` never runs past it.
    const last = fits ? keyLength : reused
    let pruned = false
    for (let row = depth + 1; row <= last; row++) {
      const here = row * levels
      const above = here - levels
      const char = chars[start + row - 1]!
      const match = char < 128 ? ascii[char]! : wideMask(char)
      matches[row] = match
      // A transposition: the key's last two chars are the word's next two, swapped (the row before's mask).
      const swapped = row > 1 ? matches[row - 1]! : 0
      let lower = ((states[above]! << 1) & match) & full
      states[here] = lower
      for (let d = 1; d < levels; d++) {
        const diagonal = states[above + d - 1]!
        let bits = ((states[above + d]! << 1) & match) | diagonal | (diagonal << 1) | (lower << 1) | lower
        if (row > 1) bits |= (((states[above - levels + d - 1]! << 1) & match) << 1) & swapped
        lower = bits & full
        states[here + d] = lower
      }
      if (lower === 0) {
        // No key with this prefix can come within `max`: skip them all.
        valid = row - 1
        index++
        while (index < to && shared[index]! >= row) index++
        pruned = true
        break
      }
    }
    if (pruned) continue
    valid = depth > last ? depth : last
    if (fits) {
      const final = keyLength * levels
      for (let d = 0; d < levels; d++) {
        if ((states[final + d]! >>> n) & 1) {
          hits.push(index, d)
          break
        }
      }
    }
    index++
  }
}

/**
 * The walk with a table of edit distances, row by row, for words too long for `withinDistanceBits`.
 * Its loop repeats the bit walk's on purpose: one loop over either kind of row, behind an interface,
 * made the two-edit search 12% slower (400 edited words against the 190k keys, same keys found).
 */
function withinDistanceTable(
  keys: KeyTable,
  word: string,
  max: number,
  range: KeyRange,
): Array<{key: string; distance: number}> {
  const n = word.length
  const found: Array<{key: string; distance: number}> = []
  const rows: Int32Array[] = [Int32Array.from({length: n + 1}, (_, index) => index)]
  const {chars, starts, shared} = keys
  let valid = 0 // rows[0..valid] hold the DP for the previous key's first `valid` chars
  let index = range.from
  while (index < range.to) {
    const start = starts[index]!
    const keyLength = starts[index + 1]! - start
    // The previous key visited shares exactly shared[index] chars with this one (see `KeyTable.shared`).
    const depth = Math.min(valid, shared[index]!)
    const last = Math.abs(keyLength - n) <= max ? keyLength : index + 1 < shared.length ? shared[index + 1]! : 0
    let pruned = false
    for (let row = depth + 1; row <= last; row++) {
      const current = (rows[row] ??= new Int32Array(n + 1))
      const above = rows[row - 1]!
      const char = chars[start + row - 1]!
      current[0] = row
      // Ukkonen's band: cells further than `max` from the diagonal can never come back under `max`.
      const low = Math.max(1, row - max)
      const high = Math.min(n, row + max)
      if (low > 1) current[low - 1] = max + 1
      if (high < n) current[high + 1] = max + 1
      let smallest = low === 1 ? row : max + 1
      for (let column = low; column <= high; column++) {
        const cost = word.charCodeAt(column - 1) === char ? 0 : 1
        let value = Math.min(above[column]! + 1, current[column - 1]! + 1, above[column - 1]! + cost)
        if (row > 1 && column > 1 && char === word.charCodeAt(column - 2) && chars[start + row - 2] === word.charCodeAt(column - 1)) {
          value = Math.min(value, rows[row - 2]![column - 2]! + 1)
        }
        current[column] = value
        if (value < smallest) smallest = value
      }
      if (smallest > max) {
        // No key with this prefix can come within `max`: skip them all.
        valid = row - 1
        index++
        while (index < range.to && shared[index]! >= row) index++
        pruned = true
        break
      }
    }
    if (pruned) continue
    valid = Math.max(depth, last)
    if (Math.abs(keyLength - n) <= max) {
      const distance = rows[keyLength]![n]!
      if (distance <= max) found.push({key: keys.at(index)!, distance})
    }
    index++
  }
  return found
}

/** The index range of the keys that start with `prefix`. */
export function prefixRange(keys: Keys, prefix: string): KeyRange {
  const table = tableOf(keys)
  return new KeyRange(lowerBound(table, prefix), lowerBound(table, prefix + '\uffff'))
}

/**
 * A range of key indexes. A class, not an object literal: literals `{from, to}` share one shape with the claims stage's
 * (`{from: 'outlet', to: …}`, strings), whose first one changed how the shape holds `from` and `to` and had the compiled
 * search thrown away and compiled again, twice in a first pass over the fresh corpus.
 */
export class KeyRange {
  constructor(
    readonly from: number,
    readonly to: number,
  ) {}
}

/** The first key that is not below `bound`, comparing UTF-16 code units as `<` compares strings. */
function lowerBound(keys: KeyTable, bound: string): number {
  const {chars, starts} = keys
  let low = 0
  let high = keys.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = starts[middle]!
    const length = starts[middle + 1]! - start
    let at = 0
    while (at < length && at < bound.length && chars[start + at] === bound.charCodeAt(at)) at++
    const below = at < bound.length && (at === length || chars[start + at]! < bound.charCodeAt(at))
    if (below) low = middle + 1
    else high = middle
  }
  return low
}

// Every path of the bit walk taken a few times as the module loads (a key found, a prefix pruned, a char beyond ASCII,
// a key longer than the rows first made): V8 compiles the walk in the middle of a first search, and a path it had never
// seen taken (the first key found) had it thrown away and compiled again, twice in a first pass over the fresh corpus.
for (let round = 0; round < 4; round++) withinDistance(KeyTable.of(['cafe', 'café', 'x'.repeat(70), 'zzzz']), 'cafe', 1)
