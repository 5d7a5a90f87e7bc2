/** A sorted list of keys: an array, or a word list read one key at a time (SortedLines). */
export interface KeyList {
  readonly length: number
  at(index: number): string | undefined
}

/**
 * Finds every key within `max` edits (Damerau, optimal string alignment) of a
 * word in a sorted key list. Walking the sorted list is walking a trie without
 * building one: each key reuses the DP rows of the prefix it shares with the
 * previous key, and a prefix whose row already exceeds `max` is skipped with a
 * binary search. Hand-written because the npm options either build a
 * symmetric-delete index (~1.5 M entries for distance 1, seconds to build) or
 * scan every word; this needs only the sorted array the lexicon already has.
 */
export function withinDistance(
  keys: KeyList,
  word: string,
  max: number,
  range: {from: number; to: number} = {from: 0, to: keys.length},
): Array<{key: string; distance: number}> {
  const n = word.length
  const found: Array<{key: string; distance: number}> = []
  const rows: Int32Array[] = [Int32Array.from({length: n + 1}, (_, index) => index)]
  let previous = ''
  let valid = 0 // rows[0..valid] hold the DP for previous.slice(0, valid)
  let index = range.from
  while (index < range.to) {
    const key = keys.at(index)!
    let depth = 0
    const limit = Math.min(valid, key.length)
    while (depth < limit && previous.charCodeAt(depth) === key.charCodeAt(depth)) depth++
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
        previous = key
        index = firstWithoutPrefix(keys, key, row, index + 1, range.to)
        pruned = true
        break
      }
    }
    if (pruned) continue
    valid = key.length
    previous = key
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

/**
 * The first index from `from` whose key does not start with `key`'s first `length` chars.
 * Galloping search: the skipped block is usually short, so probe 1, 2, 4… ahead before
 * bisecting. The keys from `from` on are not below the prefix, so those that share it come
 * first; testing them char by char builds no bound string (`prefix + '\uffff'`, a two-byte
 * string every comparison had to flatten).
 */
function firstWithoutPrefix(keys: KeyList, key: string, length: number, from: number, to: number): number {
  const shares = (index: number) => startsWith(keys.at(index)!, key, length)
  let step = 1
  let low = from
  while (low + step < to && shares(low + step)) {
    low += step
    step *= 2
  }
  let high = Math.min(low + step, to)
  while (low < high) {
    const middle = (low + high) >>> 1
    if (shares(middle)) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether `text` starts with the first `length` chars of `key`. */
function startsWith(text: string, key: string, length: number): boolean {
  if (text.length < length) return false
  for (let at = 0; at < length; at++) if (text.charCodeAt(at) !== key.charCodeAt(at)) return false
  return true
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
