import {hasWord, lexiconSize, type Match, matchFrom, matchPattern, nextWordAt, type Pattern, type Token, type WordBits, wordId} from './match.js'

interface Entry<T> {
  /** Position among the indexed patterns. */
  id: number
  /** The words the pattern's second step needs when that step is neither optional nor a wildcard. */
  second: WordBits | undefined
  pattern: Pattern
  item: T
}

/**
 * Patterns indexed by the words they can start with, so that a sentence is
 * tried only against the patterns it could hold, each only where its first
 * word stands. Matches come in a fixed order: patterns with a wildcard first
 * word, then the others in the order the sentence first offers their first
 * word, each from left to right (the analyser's tie-breaking depends on it).
 */
export class PatternIndex<T> {
  private readonly byFirstWord: Array<Array<Entry<T>> | undefined>
  /** Patterns that start with a suffix wildcard (`*ing`): tried everywhere. */
  private readonly unindexed: Array<Entry<T>> = []
  /** Scratch, reused from sentence to sentence: per pattern id, the sentence that last offered it and its slot. */
  private stamp = 0
  private readonly seen: number[] = []
  private readonly slot: number[] = []
  /** Per slot: the pattern, its first and last start; per start: the word index and the next start of the same pattern. */
  private readonly order: Array<Entry<T>> = []
  private readonly head: number[] = []
  private readonly tail: number[] = []
  private readonly startAt: number[] = []
  private readonly nextStart: number[] = []

  constructor(patterns: Iterable<{pattern: Pattern; item: T}>) {
    const byFirstWord = new Map<number, Array<Entry<T>>>()
    for (const {pattern, item} of patterns) {
      const first = pattern.steps[0]!
      if (first.kind !== 'words') {
        this.unindexed.push({id: -1, second: undefined, pattern, item})
        continue
      }
      const next = pattern.steps[1]
      const entry: Entry<T> = {id: this.seen.length, second: next?.kind === 'words' && !next.optional ? next.ids : undefined, pattern, item}
      this.seen.push(0)
      this.slot.push(0)
      for (const word of first.words) {
        const id = wordId(word)
        byFirstWord.set(id, [...(byFirstWord.get(id) ?? []), entry])
      }
    }
    this.byFirstWord = Array.from({length: lexiconSize()}, (_, id) => byFirstWord.get(id))
  }

  /** Calls `found` for every match in `tokens`, in the order described above. */
  forEachMatch(tokens: Token[], found: (item: T, match: Match) => void): void {
    for (const entry of this.unindexed) for (const match of matchPattern(tokens, entry.pattern)) found(entry.item, match)
    // Patterns get a slot in the order the sentence offers them, and each slot a chain of its starts in
    // reused arrays: no map, list or sort per sentence.
    const stamp = ++this.stamp
    const {order, head, tail, startAt, nextStart} = this
    order.length = 0
    startAt.length = 0
    for (let index = 0; index < tokens.length; index++) {
      // Only words rule data names have a number; most words have none (-1, which is no array index).
      const id = tokens[index]!.id
      if (id < 0) continue
      const entries = this.byFirstWord[id]
      if (!entries) continue
      // Nearly every start fails on the next word ("a", "the", "it" open dozens of patterns): those are not tried,
      // though they still give their pattern its slot, so the order of the ones tried stays the same.
      const after = nextWordAt(tokens, index + 1)
      const nextId = tokens[after]?.kind === 'word' ? tokens[after]!.id : -1
      for (const entry of entries) {
        if (this.seen[entry.id] !== stamp) {
          this.seen[entry.id] = stamp
          this.slot[entry.id] = order.length
          head[order.length] = -1
          order.push(entry)
        }
        if (entry.second && !hasWord(entry.second, nextId)) continue
        const slot = this.slot[entry.id]!
        const start = startAt.length
        startAt.push(index)
        nextStart[start] = -1
        if (head[slot] === -1) head[slot] = start
        else nextStart[tail[slot]!] = start
        tail[slot] = start
      }
    }
    for (let slot = 0; slot < order.length; slot++) {
      const entry = order[slot]!
      for (let start = head[slot]!; start !== -1; start = nextStart[start]!) {
        const match = matchFrom(tokens, entry.pattern, startAt[start]!)
        if (match) found(entry.item, match)
      }
    }
  }
}
