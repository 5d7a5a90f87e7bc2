/** A sorted list of keys: an array, or a word list read one key at a time (SortedLines). */
export interface KeyList {
  readonly length: number
  at(index: number): string | undefined
}

/**
 * Finds every key within `max` edits (Damerau, optimal string alignment) of a
 * word in a sorted key list. Walking the sorted list is walking a trie without
 * building one: each key reuses the DP rows of the prefix it shares with the
 * previous key, and the keys under a prefix whose row already exceeds `max` are
 * skipped (see `sharedPrefixes`). Hand-written because the npm options either build a
 * symmetric-delete index (~1.5 M entries for distance 1, seconds to build) or
 * scan every word; this needs only the sorted array the lexicon already has.
 */
export function withinDistance(
  keys: KeyList,
  word: string,
  max: number,
  range: {from: number; to: number} = {from: 0, to: keys.length},
): Array<{key: string; distance: number}> {
  return word.length + max < 30 ? withinDistanceBits(keys, word, max, range) : withinDistanceTable(keys, word, max, range)
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
function withinDistanceBits(keys: KeyList, word: string, max: number, range: {from: number; to: number}): Array<{key: string; distance: number}> {
  const n = word.length
  const levels = max + 1
  const full = (1 << (n + 1)) - 1
  // Bit k + 1 of a char's mask: word[k] is that char (ASCII in a table, other chars by a scan).
  const ascii = new Int32Array(128)
  for (let at = 0; at < n; at++) {
    const char = word.charCodeAt(at)
    if (char < 128) ascii[char]! |= 1 << (at + 1)
  }
  const maskOf = (char: number): number => {
    if (char < 128) return ascii[char]!
    let mask = 0
    for (let at = 0; at < n; at++) if (word.charCodeAt(at) === char) mask |= 1 << (at + 1)
    return mask
  }
  const found: Array<{key: string; distance: number}> = []
  // states[row * levels + d]: the row after `row` chars of the current key.
  let states = new Int32Array(64 * levels)
  for (let d = 0; d < levels; d++) states[d] = ((1 << (d + 1)) - 1) & full
  const shared = sharedPrefixes(keys)
  let valid = 0 // states of rows 0..valid hold the previous key's first `valid` chars
  let index = range.from
  while (index < range.to) {
    const key = keys.at(index)!
    // The previous key visited shares exactly shared[index] chars with this one (see `sharedPrefixes`).
    const depth = Math.min(valid, shared[index]!)
    if ((key.length + 1) * levels > states.length) {
      const grown = new Int32Array((key.length + 1) * levels * 2)
      grown.set(states)
      states = grown
    }
    let pruned = false
    for (let row = depth + 1; row <= key.length; row++) {
      const here = row * levels
      const above = here - levels
      const match = maskOf(key.charCodeAt(row - 1))
      // A transposition: the key's last two chars are the word's next two, swapped.
      const swapped = row > 1 ? maskOf(key.charCodeAt(row - 2)) : 0
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
        while (index < range.to && shared[index]! >= row) index++
        pruned = true
        break
      }
    }
    if (pruned) continue
    valid = key.length
    if (Math.abs(key.length - n) <= max) {
      const last = key.length * levels
      for (let d = 0; d < levels; d++) {
        if ((states[last + d]! >>> n) & 1) {
          found.push({key, distance: d})
          break
        }
      }
    }
    index++
  }
  return found
}

/**
 * The walk with a table of edit distances, row by row, for words too long for `withinDistanceBits`.
 * Its loop repeats the bit walk's on purpose: one loop over either kind of row, behind an interface,
 * made the two-edit search 12% slower (400 edited words against the 190k keys, same keys found).
 */
function withinDistanceTable(
  keys: KeyList,
  word: string,
  max: number,
  range: {from: number; to: number},
): Array<{key: string; distance: number}> {
  const n = word.length
  const found: Array<{key: string; distance: number}> = []
  const rows: Int32Array[] = [Int32Array.from({length: n + 1}, (_, index) => index)]
  const shared = sharedPrefixes(keys)
  let valid = 0 // rows[0..valid] hold the DP for the previous key's first `valid` chars
  let index = range.from
  while (index < range.to) {
    const key = keys.at(index)!
    // The previous key visited shares exactly shared[index] chars with this one (see `sharedPrefixes`).
    const depth = Math.min(valid, shared[index]!)
    let pruned = false
    for (let row = depth + 1; row <= key.length; row++) {
      const current = (rows[row] ??= new Int32Array(n + 1))
      const above = rows[row - 1]!
      const char = key.charCodeAt(row - 1)
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
        if (row > 1 && column > 1 && char === word.charCodeAt(column - 2) && key.charCodeAt(row - 2) === word.charCodeAt(column - 1)) {
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
    valid = key.length
    if (Math.abs(key.length - n) <= max) {
      const distance = rows[key.length]![n]!
      if (distance <= max) found.push({key, distance})
    }
    index++
  }
  return found
}

/** The index range of the keys that start with `prefix`. */
export function prefixRange(keys: KeyList, prefix: string): {from: number; to: number} {
  return {from: lowerBound(keys, prefix, 0, keys.length), to: lowerBound(keys, prefix + '\uffff', 0, keys.length)}
}

const prefixLengths = new WeakMap<KeyList, Uint8Array>()
const single = new Uint8Array(1)

/**
 * For each key, how many chars it shares with the key before it (255 at most), computed once
 * per list. In a sorted list the keys that share a prefix are neighbours, so the key visited
 * before `index` shares `shared[index]` chars with it even after a skip, and skipping every key
 * under a pruned prefix of length r is a scan for the first `shared[index] < r`: a read of
 * one byte a key, where testing each key's chars cost most of a search.
 */
export function sharedPrefixes(keys: KeyList): Uint8Array {
  // A list of one (two names compared, see consistency.ts) is new each time: nothing to keep.
  if (keys.length <= 1) return single
  let shared = prefixLengths.get(keys)
  if (shared) return shared
  shared = new Uint8Array(keys.length)
  let previous = ''
  for (let index = 0; index < keys.length; index++) {
    const key = keys.at(index)!
    const limit = Math.min(previous.length, key.length, 255)
    let length = 0
    while (length < limit && previous.charCodeAt(length) === key.charCodeAt(length)) length++
    shared[index] = length
    previous = key
  }
  prefixLengths.set(keys, shared)
  return shared
}

/** Gives `sharedPrefixes` of `keys` as read from a prebuilt index (see SortedLines), which computed them from the same keys. */
export function rememberSharedPrefixes(keys: KeyList, shared: Uint8Array): void {
  if (shared.length === keys.length) prefixLengths.set(keys, shared)
}

function lowerBound(keys: KeyList, bound: string, from: number, to: number): number {
  let low = from
  let high = to
  while (low < high) {
    const middle = (low + high) >>> 1
    if (keys.at(middle)! < bound) low = middle + 1
    else high = middle
  }
  return low
}
