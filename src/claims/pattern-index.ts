import {hasWord, lexiconSize, type Match, matchFrom, matchPattern, nextWordAt, type Pattern, type Token, type WordBits, wordId} from './match.js'

interface Entry<T> {
  /** Position among the indexed patterns. */
  id: number
  /** Per first word the pattern can start with, the entry's place among that word's patterns. */
  places: Map<number, number>
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
  /** How many patterns are indexed. */
  private count = 0
  /** Scratch, reused from sentence to sentence. */
  private stamp = 0
  /** Per first word: its patterns without a required second word, and the others by the second word they need. */
  private readonly open: Array<Array<Entry<T>> | undefined> = []
  private readonly bySecond: Array<Map<number, Array<Entry<T>>> | undefined> = []
  /** Per pattern id, the words it can start with. */
  private readonly firstWords: number[][]
  /** Per word id, the sentence (stamp) in which it was first seen and where. */
  private readonly wordSeen: number[] = []
  private readonly wordFirstAt: number[] = []
  /** Scratch: the patterns tried in this sentence and where. */
  private readonly tried: Array<{entry: Entry<T>; at: number; offered: number; place: number}> = []

  constructor(patterns: Iterable<{pattern: Pattern; item: T}>) {
    const byFirstWord = new Map<number, Array<Entry<T>>>()
    for (const {pattern, item} of patterns) {
      const first = pattern.steps[0]!
      if (first.kind !== 'words') {
        this.unindexed.push({id: -1, places: new Map(), second: undefined, pattern, item})
        continue
      }
      const next = pattern.steps[1]
      const entry: Entry<T> = {id: this.count++, places: new Map(), second: next?.kind === 'words' && !next.optional ? next.ids : undefined, pattern, item}
      for (const word of first.words) {
        const id = wordId(word)
        const entries = byFirstWord.get(id) ?? []
        entry.places.set(id, entries.length)
        byFirstWord.set(id, [...entries, entry])
      }
    }
    this.byFirstWord = Array.from({length: lexiconSize()}, (_, id) => byFirstWord.get(id))
    this.firstWords = Array.from({length: this.count}, () => [] as number[])
    for (const [id, entries] of byFirstWord) {
      const open: Array<Entry<T>> = []
      const bySecond = new Map<number, Array<Entry<T>>>()
      for (const entry of entries) {
        this.firstWords[entry.id]!.push(id)
        if (!entry.second) {
          open.push(entry)
          continue
        }
        for (let second = 0; second < entry.second.length * 32; second++) {
          if (hasWord(entry.second, second)) bySecond.set(second, [...(bySecond.get(second) ?? []), entry])
        }
      }
      this.open[id] = open.length > 0 ? open : undefined
      this.bySecond[id] = bySecond.size > 0 ? bySecond : undefined
    }
  }

  /**
   * Calls `found` for every match in `tokens`, in the order described above, trying only the patterns whose
   * second word follows (most starts fail there: "a", "the", "it" open dozens of patterns). A pattern's turn is
   * where the sentence first offers one of its first words, whether or not that start is tried.
   */
  forEachMatch(tokens: Token[], found: (item: T, match: Match) => void): void {
    for (const entry of this.unindexed) for (const match of matchPattern(tokens, entry.pattern)) found(entry.item, match)
    const stamp = ++this.stamp
    const {tried, wordSeen, wordFirstAt} = this
    tried.length = 0
    for (let index = 0; index < tokens.length; index++) {
      const id = tokens[index]!.id
      if (id < 0 || !this.byFirstWord[id]) continue
      if (wordSeen[id] !== stamp) {
        wordSeen[id] = stamp
        wordFirstAt[id] = index
      }
      const open = this.open[id]
      if (open) for (const entry of open) tried.push({entry, at: index, offered: -1, place: 0})
      const bySecond = this.bySecond[id]
      if (!bySecond) continue
      const after = nextWordAt(tokens, index + 1)
      const nextId = tokens[after]?.kind === 'word' ? tokens[after]!.id : -1
      const needing = nextId < 0 ? undefined : bySecond.get(nextId)
      if (needing) for (const entry of needing) tried.push({entry, at: index, offered: -1, place: 0})
    }
    if (tried.length === 0) return
    for (const start of tried) {
      // The first of its words the sentence offers, and the pattern's place among that word's.
      let offered = Infinity
      let word = -1
      for (const id of this.firstWords[start.entry.id]!) {
        if (wordSeen[id] === stamp && wordFirstAt[id]! < offered) {
          offered = wordFirstAt[id]!
          word = id
        }
      }
      start.offered = offered
      start.place = start.entry.places.get(word)!
    }
    tried.sort((a, b) => a.offered - b.offered || a.place - b.place || a.at - b.at)
    for (const {entry, at} of tried) {
      const match = matchFrom(tokens, entry.pattern, at)
      if (match) found(entry.item, match)
    }
  }
}
