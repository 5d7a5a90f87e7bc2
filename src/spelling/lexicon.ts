import {readFileSync} from 'node:fs'

const dataDir = new URL('../../rules/spelling/', import.meta.url)

/** Frequency class of user and newsroom words: as common as SCOWL size 50, so that they compete fairly as suggestions. */
const curatedClass = 50
/** Marks a word that is correct but never suggested. */
export const hidden = -1

/**
 * The words the spelling stage knows, with a frequency class each (SCOWL size:
 * 10 = most frequent … 95 = rarest). Case rules follow Hunspell: a lower-case
 * entry accepts every casing, a capitalised entry accepts itself and ALL CAPS.
 */
export class Lexicon {
  readonly entries = new Map<string, number>()
  /** Occurrences in a CC0 news corpus (rules/spelling/frequency.txt), to order words inside a frequency class. */
  readonly counts = new Map<string, number>()
  /** How many leading entries came from the base list, which is sorted by lower-case form. */
  sortedCount = 0

  /** Words added after the base list: newsroom vocabulary, configuration, personal dictionaries. */
  private readonly curated = new Set<string>()

  /** Multi-word entries ("de facto"), lower case: their words are accepted only next to each other. */
  readonly phrases = new Set<string>()

  /** Spellings of one name listed together (`Zelensky | Zelenskyy`): word → group number. */
  readonly variantGroups = new Map<string, number>()

  /** A line of a vocabulary file: a word, a phrase, or `A | B` variant spellings. */
  addLine(line: string): void {
    if (!line.includes('|')) return this.add(line)
    const group = this.variantGroups.size + 1
    for (const word of line.split('|').map((part) => part.trim()).filter(Boolean)) {
      this.add(word)
      this.variantGroups.set(word, group)
    }
  }

  /** Whether two known spellings are listed as spellings of one name. */
  sameName(a: string, b: string): boolean {
    const group = this.variantGroups.get(a)
    return group !== undefined && group === this.variantGroups.get(b)
  }

  add(word: string, frequencyClass: number = curatedClass): void {
    if (word.includes(' ')) {
      this.phrases.add(word.toLowerCase())
      return
    }
    const known = this.entries.get(word)
    if (known === undefined) this.curated.add(word)
    if (known === undefined || (known !== hidden && known > frequencyClass)) this.entries.set(word, frequencyClass)
  }

  knows(word: string): boolean {
    if (this.entries.has(word)) return true
    const lower = word.toLowerCase()
    if (lower !== word) {
      if (this.entries.has(lower)) return true
      // ALL CAPS of a capitalised entry ("ISTANBUL"), and a capitalised form of a mixed-case entry is not accepted.
      if (word === word.toUpperCase() && this.entries.has(capitalise(lower))) return true
    }
    // Rare words (words-rare.txt) are read on the first word the main list lacks: they
    // double the load time, and text where every word is common never needs them.
    this.rare ??= new Set(wordLines(readFileSync(new URL('words-rare.txt', dataDir), 'utf8')))
    return this.rare.has(lower)
  }

  private rare: Set<string> | undefined

  /** Whether the word was added to the base list: newsroom vocabulary, configuration or a personal dictionary. */
  isCurated(word: string): boolean {
    return this.curated.has(word)
  }

  /** The frequency class of a known word (lowest class over its casings), or undefined. */
  frequencyClass(word: string): number | undefined {
    return this.entries.get(word) ?? this.entries.get(word.toLowerCase())
  }
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** Lines of a one-word-a-line file, without comments and blanks. */
export function wordLines(text: string): string[] {
  const words: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim()
    if (line) words.push(line.replaceAll('\u2019', "'"))
  }
  return words
}

/**
 * Reads the generated base list (`word class` lines, see
 * scripts/build-spelling-words.mjs) and the newsroom vocabulary. A plain Map
 * load measured ~55 ms here, against ~170 ms for nspell to expand
 * dictionary-en's affixes at every start.
 */
export function loadBaseLexicon(): Lexicon {
  const lexicon = new Lexicon()
  const text = readFileSync(new URL('words.txt', dataDir), 'utf8')
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (text.charCodeAt(start) !== 35 /* # */ && end > start) {
      const space = text.lastIndexOf(' ', end)
      const size = text.slice(space + 1, end)
      lexicon.entries.set(text.slice(start, space), size === '-' ? hidden : Number(size))
    }
    start = end + 1
  }
  lexicon.sortedCount = lexicon.entries.size
  for (const line of wordLines(readFileSync(new URL('newsroom.txt', dataDir), 'utf8'))) lexicon.addLine(line)
  for (const line of wordLines(readFileSync(new URL('frequency.txt', dataDir), 'utf8'))) {
    const [word, count] = line.split(' ')
    lexicon.counts.set(word!, Number(count))
  }
  return lexicon
}

export function loadPrefixes(): Set<string> {
  return new Set(wordLines(readFileSync(new URL('prefixes.txt', dataDir), 'utf8')))
}
