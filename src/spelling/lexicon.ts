import {readFileSync} from 'node:fs'
import {BoundedMap, wordMemoLimit} from '../memo.js'
import type {KeyTable} from './search.js'
import {type EditProbe, fromBytes, isAscii, mayHoldIn, SortedLines, toBytes, tripleTable} from './sorted-lines.js'

const dataDir = new URL('../../rules/spelling/', import.meta.url)
/** Where `npm run build` writes the generated lists' indexes (scripts/build-spelling-index.mjs). */
export const indexDir = new URL('../../dist/spelling-index/', import.meta.url)
/** The generated word lists, kept sorted (see SortedLines). */
export const sortedLists = ['words', 'words-rare', 'people-names'] as const

/** Frequency class of user and newsroom words: as common as SCOWL size 50, so that they compete fairly as suggestions. */
const curatedClass = 50
/** Letters from which a given name is curated (tuning split and real text: see docs/spelling.md, "Audit fixes"). */
const longGivenName = 7
/** Marks a word that is correct but never suggested. */
export const hidden = -1

/** A key's spellings with their frequency classes. */
type Forms = Array<[form: string, frequencyClass: number]>

/**
 * The words the spelling stage knows, with a frequency class each (SCOWL size:
 * 10 = most frequent … 95 = rarest). Case rules follow Hunspell: a lower-case
 * entry accepts every casing, a capitalised entry accepts itself and ALL CAPS.
 *
 * The base list (words.txt) and the rare words (words-rare.txt) stay in their
 * sorted text form (see SortedLines); words added at run time (newsroom
 * vocabulary, configuration, personal dictionaries) go to a small Map.
 */
export class Lexicon {
  /** Words added after the base list, with their class: newsroom vocabulary, configuration, personal dictionaries. */
  private readonly added = new Map<string, number>()
  /** The added words the base list lacks. */
  private readonly curated = new Set<string>()
  /** The added words by lower-case key. */
  private readonly addedByKey = new Map<string, string[]>()
  /** Their keys, sorted; built when first asked for. */
  private addedKeys: string[] | undefined
  /** Their three-letter table, built when first asked for: turns away nearly every generated edit before a Map probe. */
  private addedTriples: Uint8Array | undefined
  private readonly verdicts = new BoundedMap<string, boolean>(wordMemoLimit)
  private readonly classes = new BoundedMap<string, number | null>(wordMemoLimit)

  /** Multi-word entries ("de facto"), lower case: their words are accepted only next to each other. */
  readonly phrases = new Set<string>()

  /** Spellings of one name listed together (`Zelensky | Zelenskyy`): word → group number. */
  readonly variantGroups = new Map<string, number>()

  /** The frequency class of one exact spelling (hidden for never-suggested words), for readers that need no case rules. */
  readonly entries = {get: (form: string): number | undefined => this.classOf(form)}

  constructor(
    private readonly base: SortedLines,
    private readonly rare: SortedLines,
    /** Parts of people's names (people-names.txt), accepted as written but never suggested nor taken for newsroom names. */
    private readonly names: SortedLines,
    /** Occurrences in a CC0 news corpus (rules/spelling/frequency.txt), to order words inside a frequency class; never changed once read. */
    readonly counts = new Map<string, number>(),
  ) {}

  /**
   * A lexicon with the same words, to add more to: it shares the lists and the counts, and copies
   * the added words (their Maps' order too), so it answers as one loaded afresh; its memos start empty.
   */
  copy(): Lexicon {
    const copy = new Lexicon(this.base, this.rare, this.names, this.counts)
    for (const [word, frequencyClass] of this.added) copy.added.set(word, frequencyClass)
    for (const word of this.curated) copy.curated.add(word)
    // Each key's forms are replaced, never changed in place (see `add`): the arrays can be shared.
    for (const [key, forms] of this.addedByKey) copy.addedByKey.set(key, forms)
    for (const phrase of this.phrases) copy.phrases.add(phrase)
    for (const [word, group] of this.variantGroups) copy.variantGroups.set(word, group)
    return copy
  }

  /**
   * A line of a vocabulary file: a word, a phrase, or `A | B` variant spellings. `evidence` says which of its words
   * are curated (see `isCurated`); the others are only accepted and suggested.
   */
  addLine(line: string, evidence: (word: string) => boolean = () => true): void {
    if (!line.includes('|')) return this.add(line, curatedClass, evidence(line))
    const group = this.variantGroups.size + 1
    for (const word of line.split('|').map((part) => part.trim()).filter(Boolean)) {
      this.add(word, curatedClass, evidence(word))
      this.variantGroups.set(word, group)
    }
  }

  /** Whether two known spellings are listed as spellings of one name. */
  sameName(a: string, b: string): boolean {
    const group = this.variantGroups.get(a)
    return group !== undefined && group === this.variantGroups.get(b)
  }

  add(word: string, frequencyClass: number = curatedClass, curated = true): void {
    if (word.includes(' ')) {
      this.phrases.add(word.toLowerCase())
      return
    }
    const known = this.classOf(word)
    if (known === undefined && curated) this.curated.add(word)
    if (known !== undefined && (known === hidden || known <= frequencyClass)) return
    this.added.set(word, frequencyClass)
    const key = word.toLowerCase()
    const forms = this.addedByKey.get(key) ?? []
    if (!forms.includes(word)) this.addedByKey.set(key, [...forms, word])
    this.addedKeys = undefined
    this.addedTriples = undefined
    this.verdicts.clear()
    this.classes.clear()
  }

  knows(word: string): boolean {
    let verdict = this.verdicts.get(word)
    if (verdict === undefined) {
      verdict = this.lookUp(word)
      this.verdicts.set(word, verdict)
    }
    return verdict
  }

  /**
   * `knows` for a word of lower-case ASCII letters, the commonest kind, with no
   * memo and no Forms built: the added words' Map, then one probe of each list.
   */
  knowsLowerCase(word: string): boolean {
    if (this.addedByKey.get(word)?.includes(word)) return true
    const start = this.base.find(word)
    return (start !== -1 && this.base.listsForm(start, word, word)) || this.rare.find(word) !== -1
  }

  /**
   * `knows` for a capital and lower-case ASCII letters (`Zealand`, `The`): its own spelling or
   * its lower case, in the added words or the base list, or its lower case among the rare words.
   */
  knowsCapitalised(word: string): boolean {
    const lower = word.toLowerCase()
    const added = this.addedByKey.get(lower)
    if (added && (added.includes(word) || added.includes(lower))) return true
    const start = this.base.find(lower)
    return (start !== -1 && (this.base.listsForm(start, lower, word) || this.base.listsForm(start, lower, lower))) || this.rare.find(lower) !== -1 || this.isPersonName(word)
  }

  /** A listed part of a person's name as written (`Chet`), or in capitals (`CHET`). */
  private isPersonName(word: string): boolean {
    const form = word === word.toUpperCase() ? capitalise(word.toLowerCase()) : word
    return this.names.find(toBytes(form)) !== -1
  }

  private lookUp(word: string): boolean {
    const lower = word.toLowerCase()
    const added = this.addedByKey.get(lower)
    const base = this.baseForms(lower)
    if (spells(added, base, word)) return true
    if (lower !== word) {
      if (spells(added, base, lower)) return true
      // ALL CAPS of a capitalised entry ("ISTANBUL"), and a capitalised form of a mixed-case entry is not accepted.
      const capitalised = capitalise(lower)
      if (word === word.toUpperCase() && spells(added, base, capitalised)) return true
    }
    return this.rare.find(toBytes(lower)) !== -1 || (lower !== word && this.isPersonName(word))
  }

  /**
   * Whether the word was added to the base list as a curated name or word: newsroom vocabulary, long given names,
   * configuration or a personal dictionary. A capitalised unknown word one slip from one is a likely typo.
   */
  isCurated(word: string): boolean {
    return this.curated.has(word)
  }

  /** The frequency class of a known word (its own spelling's, else its lower case's), or undefined. */
  frequencyClass(word: string): number | undefined {
    // Asked for every candidate of every ranking and by the verdicts on unknown words; null is none.
    let found = this.classes.get(word)
    if (found === undefined) {
      found = this.classOf(word) ?? this.classOf(word.toLowerCase()) ?? null
      this.classes.set(word, found)
    }
    return found ?? undefined
  }

  /** The class of one exact spelling: the added words' if listed there, else the base list's. */
  private classOf(form: string): number | undefined {
    const key = form.toLowerCase()
    if (this.addedByKey.get(key)?.includes(form)) return this.added.get(form)
    const base = this.baseForms(key)
    if (base) for (const [spelling, frequencyClass] of base) if (spelling === form) return frequencyClass
    return undefined
  }

  /** The spellings of a lower-case key in the base list (`paris` → Paris), or undefined. */
  private baseForms(key: string): Forms | undefined {
    const bytes = toBytes(key)
    const start = this.base.find(bytes)
    return start === -1 ? undefined : parseForms(this.base.line(start), bytes.length, key)
  }

  /** Whether any list has a lower-case key (a cheap test before `suggestable`: most keys asked for are misses). */
  hasKey(key: string): boolean {
    this.addedTriples ??= tripleTable(this.addedByKey.keys())
    if (mayHoldIn(this.addedTriples, key) && this.addedByKey.has(key)) return true
    const bytes = toBytes(key)
    return this.base.mayHold(bytes) && this.base.find(bytes) !== -1
  }

  /**
   * `hasKey` for the edits of `probe`'s word: once the base list's index exists and the word is
   * ASCII, an edit is looked up as the probe describes it and built only when found.
   */
  editTest(probe: EditProbe): (edit: EditProbe) => boolean {
    if (!this.base.indexedYet || !isAscii(probe.word)) return (edit) => this.hasKey(edit.toString())
    const addedTriples = (this.addedTriples ??= tripleTable(this.addedByKey.keys()))
    const baseTriples = this.base.triples
    const added = probe.check(addedTriples)
    const base = probe.check(baseTriples)
    return (edit) => (edit.mayHoldIn(addedTriples, added) && this.addedByKey.has(edit.toString())) || (edit.mayHoldIn(baseTriples, base) && this.base.holdsEdit(edit))
  }

  /**
   * The spellings that may be suggested for a lower-case key, base list first. One probe of the base list; the classes
   * its line gives are remembered for `frequencyClass`, which a ranking asks next of every spelling it offers (each a
   * probe and a parse of the same line otherwise).
   */
  suggestable(key: string): string[] {
    const added = this.addedByKey.get(key)
    const bytes = toBytes(key)
    const start = this.base.find(bytes)
    if (added === undefined && start === -1) return []
    const found: string[] = []
    const classed: string[] = []
    // As `classOf` reads them: an added spelling's class, else the first the line gives (`skite 35 70`: 35), never-suggested ones too.
    const remember = (form: string, frequencyClass: number) => {
      if (form.toLowerCase() !== key || classed.includes(form)) return
      classed.push(form)
      this.classes.set(form, frequencyClass)
    }
    for (const [form, baseClass] of start === -1 ? [] : parseForms(this.base.line(start), bytes.length, key)) {
      const addedClass = this.added.get(form)
      remember(form, addedClass ?? baseClass)
      if (baseClass !== hidden && addedClass !== hidden) found.push(form)
    }
    for (const form of added ?? []) {
      const addedClass = this.added.get(form)!
      remember(form, addedClass)
      if (!found.includes(form) && addedClass !== hidden) found.push(form)
    }
    return found
  }

  /**
   * The sorted lower-case keys of the base list, for the two-edit search. The
   * first call indexes the list (read from the build's index file, or built:
   * 80–115 ms of CPU), which also makes every later look-up a hash probe; the
   * rare words and names then use their index files too, if the build wrote them.
   */
  baseKeys(): KeyTable {
    this.rare.usePrebuiltIndex()
    this.names.usePrebuiltIndex()
    return this.base.keys()
  }

  /** The base list's CRC-32 (see `SortedLines.checksum`), naming it in files made from it. */
  baseChecksum(): number | undefined {
    return this.base.checksum
  }

  /** The sorted lower-case keys of the added words. */
  get addedKeyList(): string[] {
    this.addedKeys ??= [...this.addedByKey.keys()].sort()
    return this.addedKeys
  }

}

/**
 * Whether `form` is one of a key's spellings: its added words' or its base list's. Read in place: an array of both made
 * for each look-up (an empty one for most keys) came in kinds the compiled look-ups had not seen, and had them compiled again.
 */
function spells(added: readonly string[] | undefined, base: Forms | undefined, form: string): boolean {
  if (added?.includes(form)) return true
  if (base) for (const [spelling] of base) if (spelling === form) return true
  return false
}

/** `paris 60 Paris:40` → [[paris, 60], [Paris, 40]]: a bare class belongs to the key itself. */
function parseForms(line: string, keyLength: number, key: string): Forms {
  const forms: Forms = []
  for (const field of line.slice(keyLength + 1).split(' ')) {
    const colon = field.lastIndexOf(':')
    const size = colon === -1 ? field : field.slice(colon + 1)
    forms.push([colon === -1 ? key : fromBytes(field.slice(0, colon)), size === '-' ? hidden : Number(size)])
  }
  return forms
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

let baseLists: {words: SortedLines; rare: SortedLines; names: SortedLines} | undefined

/**
 * Reads the generated lists (see scripts/build-spelling-words.mjs), the
 * newsroom vocabulary, the given names and patronymics, the words never suggested, and the corpus counts: ~10 ms in all, where nspell
 * needed ~170 ms to expand dictionary-en's affixes at every start.
 */
export function loadBaseLexicon(): Lexicon {
  // Read once per process (the script and claims stages read it too, and a batch's workers create pipelines): each
  // caller gets a copy, which its configuration may add to.
  return shippedLexicon().copy()
}

function readShippedLexicon(): Lexicon {
  // The generated lists never change: every pipeline of a process shares one copy (and its index).
  const list = (name: (typeof sortedLists)[number]) => new SortedLines(new URL(`${name}.txt`, dataDir), new URL(`${name}.index`, indexDir))
  baseLists ??= {words: list('words'), rare: list('words-rare'), names: list('people-names')}
  const lexicon = new Lexicon(baseLists.words, baseLists.rare, baseLists.names)
  for (const line of wordLines(readFileSync(new URL('newsroom.txt', dataDir), 'utf8'))) lexicon.addLine(line)
  // Given names in Russia and Ukraine copy are suggested; a long one is curated as newsroom names are, so a slip on it
  // is a likely typo (`Vyacheslov` → `Vyacheslav`). A short one is not: other names and diminutives are a slip from
  // it (`Volya` / `Volha`, `Fedot` / `Fedor`, `Vanka` / `Vanya`). Patronymics are only accepted: a slip on one is as
  // often another name (`Ivanovic`) as a typo.
  for (const line of wordLines(readFileSync(new URL('given-names.txt', dataDir), 'utf8'))) lexicon.addLine(line, (name) => name.length >= longGivenName)
  for (const word of wordLines(readFileSync(new URL('patronymics.txt', dataDir), 'utf8'))) lexicon.add(word, hidden, false)
  // Vulgar words and slurs NOSUGGEST leaves suggestable (`kum` → `cum`): still accepted, never offered.
  for (const word of wordLines(readFileSync(new URL('never-suggest.txt', dataDir), 'utf8'))) lexicon.add(word, hidden, false)
  for (const line of wordLines(readFileSync(new URL('frequency.txt', dataDir), 'utf8'))) {
    const [word, count] = line.split(' ')
    lexicon.counts.set(word!, Number(count))
  }
  return lexicon
}

let shipped: Lexicon | undefined

/**
 * The base lexicon as it ships (no configured words), one per process, for stages that only read it (the script
 * stage's word ranks, the claims stage's ordinary words). The spelling stage gets a copy of it (`loadBaseLexicon`),
 * which the configuration adds to.
 */
export function shippedLexicon(): Lexicon {
  return (shipped ??= readShippedLexicon())
}

export function loadPrefixes(): Set<string> {
  return new Set(wordLines(readFileSync(new URL('prefixes.txt', dataDir), 'utf8')))
}

export function loadFunctionWords(): Set<string> {
  return new Set(wordLines(readFileSync(new URL('function-words.txt', dataDir), 'utf8')))
}

/** Titles that stand before a name (`rules/spelling/name-titles.txt`). */
export function loadNameTitles(): Set<string> {
  return new Set(wordLines(readFileSync(new URL('name-titles.txt', dataDir), 'utf8')))
}
