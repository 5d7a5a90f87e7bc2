import {doubleMetaphone} from 'double-metaphone'
import {BoundedMap, wordMemoLimit} from '../memo.js'
import {commonKeyClass, commonKeys} from './common-keys.js'
import {type ErrorModel, loadErrorModel} from './error-model.js'
import type {Lexicon} from './lexicon.js'
import {type KnownMisspellings, loadKnownMisspellings} from './misspellings.js'
import {prefixRange, withinDistance} from './search.js'
import {loadSoundIndex, type SoundIndex} from './sound-index.js'
import {EditProbe} from './sorted-lines.js'
import {type House, houseDecides, houseSpellsTwin, type Region, regionalTwins, regionalVariants} from './variants.js'

/** Distinct unknown words whose candidates and suggestions are remembered. */
const suggestionMemoLimit = 20_000

/**
 * Weights of the ranking, tuned by scripts/tune-spelling.mjs on the tuning split
 * (see docs/spelling.md). The keyboard discount tuned to none (1): on those lists
 * a neighbouring key did not predict the intended word beyond frequency.
 */
export const weights = {
  /** Substituting a key next to the intended one on a QWERTY keyboard. */
  adjacentKey: 1,
  /** Substituting one vowel for another (a sound-alike slip). */
  vowel: 1,
  /** Leaving out a letter of the intended word (the commonest slip in real typo lists). */
  omission: 0.206,
  /** Doubling or undoubling a letter ("accomodate"). */
  doubling: 0.3,
  /** Swapping two neighbouring letters. */
  transposition: 0.2,
  /**
   * Added when the first letter differs: people rarely mistype it. Fixed, not tuned: random
   * edits hit the first letter as often as any other, so tuning on them drives it to 0.
   */
  firstLetter: 0.1,
  /** Subtracted when the Double Metaphone codes agree. */
  phonetic: 0.188,
  /** Per SCOWL size step from 10 (most frequent) to 95, scaled to 0..1. */
  frequency: 1.055,
  /** Subtracted for corpus frequency, scaled by log count to 0..1 (the most frequent word, "the"). */
  count: 1.172,
  /** Added to a proper noun suggested for a lower-case word. */
  properNoun: 0.6,
  /** Added to a possessive (`rate's`) offered for a word typed without an apostrophe: a slip rarely drops one and changes a letter too. */
  possessive: 0.15,
  /** Subtracted from a candidate that only adds the apostrophe the typed word left out (fixed, not tuned: it must win). */
  apostrophe: 10,
  /** Scale of the hand-weighted typing distance above. */
  typing: 0.375,
  /** Scale of the learned error model's cost, −ln P(typed | intended) (src/spelling/error-model.ts). */
  channel: 0.094,
  /** The error model's cost of a one-letter edit the list never showed, in nats. */
  unseen: 8,
  /**
   * Added to a regional twin the search did not find itself (`organized` beside `organised`), scored by its own
   * slips (see `rank`): it starts a little behind. The figure dates from an earlier scoring (docs/spelling.md).
   */
  variant: 0.1,
  /** Subtracted from a candidate the article uses elsewhere (in context only). */
  context: 0.25,
  /** Subtracted more for each further use of it in the article, two at most (tuning split in context: Birkbeck +1.5 points, the rest ±0.1). */
  contextRepeat: 0.1,
  /** A suggestion is certain when the next one scores at least this much worse (see docs/spelling.md for how often it is right). */
  margin: 0.8,
}

export interface Suggestions {
  /** Replacements, best first. */
  words: string[]
  /** Whether the first one clearly beats the rest (only then may it be applied unasked). */
  certain: boolean
}

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const adjacent = new Set<string>()
for (const [rowIndex, row] of keyboardRows.entries()) {
  for (const [column, char] of [...row].entries()) {
    const neighbours = [row[column - 1], row[column + 1], keyboardRows[rowIndex - 1]?.[column], keyboardRows[rowIndex - 1]?.[column + 1], keyboardRows[rowIndex + 1]?.[column], keyboardRows[rowIndex + 1]?.[column - 1]]
    for (const other of neighbours) if (other) adjacent.add(char + other).add(other + char)
  }
}
const vowels = new Set('aeiouy')
/**
 * Words this long are searched three slips deep (when no common word is one slip away): long
 * misspellings are often three plain edits from their word but one or two learned ones
 * (src/spelling/error-model.ts), and the error model ranks them. On the tuning halves of Norvig's and
 * Birkbeck's lists, top-1 +1.7 and +2.1 points. From seven letters: Birkbeck +0.5 more, but the
 * search and its filter ran for three times as many words, most of them foreign words and names.
 */
const longWord = 8
/**
 * Cost in nats (the error model's, an unseen slip costing `unseenSlip`) up to which a word three
 * plain slips away is a candidate: higher, and foreign words and coinages on the tuning split's
 * machine translations got one (`precariat` → `proletariat`, `undemocracy` → `undemocratic`).
 */
const farSlips = 10
/**
 * The same for a word that sounds like the typed one (the same primary Double Metaphone code),
 * however many slips away: misspellings by ear. Tuning split: Norvig's list +1 point, Birkbeck's +3,
 * no new false finding on its machine translations (at 10: +0.5 and +0.7).
 */
const soundSlips = 14
/**
 * The same for a word two slips away beside a common word one slip away (see `challengers`): stricter, since it
 * displaces a word the writer was a slip from. At 10, `widht` gave `with` (9.2 nats) before `width`; on the tuning
 * lists 8 ranked as 10 did, with half the candidates.
 */
const challengerSlips = 8
/** Words this long are looked up by sound (shorter ones gained nothing on the tuning lists, and cost time). */
const soundWord = 6
/** An unseen slip's cost for those two filters: fixed, so that candidates (cached apart) do not depend on the tuned weights. */
const unseenSlip = 8
/** Candidates, best by typing distance and frequency, that the learned error model ranks (on the tuning lists, 8 ranked as well as all). */
const channelCandidates = 10
/** SCOWL size up to which a word one edit away makes the two-edit search unnecessary. */
const commonOneEdit = 35
/** Letters tried by single edits: the key alphabet of the word list, bar rare accented letters. */
const alphabet = "abcdefghijklmnopqrstuvwxyz'-"

function substitution(a: string, b: string): number {
  if (a === b) return 0
  if (adjacent.has(a + b)) return weights.adjacentKey
  if (vowels.has(a) && vowels.has(b)) return weights.vowel
  return 1
}

/** Edit cost with typing-aware weights (optimal string alignment), for ranking a handful of candidates. */
export function weightedDistance(typed: string, intended: string): number {
  const n = typed.length
  const m = intended.length
  // One table for every call (row i, column j at i * (n + 1) + j): a ranking asks for hundreds.
  const width = n + 1
  if (distances.length < (m + 1) * width) distances = new Float64Array((m + 1) * width * 2)
  const table = distances
  if (omissions.length <= m || insertions.length <= n) {
    const length = (Math.max(m, n) + 1) * 2
    omissions = new Float64Array(length)
    insertions = new Float64Array(length)
    typedChars = new Int32Array(length)
    intendedChars = new Int32Array(length)
  }
  // The words' chars read once each (at 1..n and 1..m): the loops below run mostly unoptimised in a first pass (a
  // batch's workers tier up late), where each `charCodeAt` and `Math.min` is a call; a cell compares instead.
  for (let j = 1; j <= n; j++) typedChars[j] = typed.charCodeAt(j - 1)
  for (let i = 1; i <= m; i++) intendedChars[i] = intended.charCodeAt(i - 1)
  // What leaving out intended[i-1] and typing typed[j-1] in excess cost: cheap for a doubled letter.
  const doubledOmission = Math.min(weights.doubling, weights.omission)
  for (let i = 1; i <= m; i++) {
    const char = intendedChars[i]!
    const doubled = (i >= 2 && intendedChars[i - 1] === char) || (i < m && intendedChars[i + 1] === char)
    omissions[i] = doubled ? doubledOmission : weights.omission
  }
  for (let j = 1; j <= n; j++) {
    const char = typedChars[j]!
    const doubled = (j >= 2 && typedChars[j - 1] === char) || (j < n && typedChars[j + 1] === char)
    insertions[j] = doubled ? weights.doubling : 1
  }
  const substitutions = substitutionTable()
  const transposition = weights.transposition
  // Row 0: only chars typed in excess; column 0: only chars left out.
  table[0] = 0
  for (let j = 1; j <= n; j++) table[j] = table[j - 1]! + insertions[j]!
  for (let i = 1; i <= m; i++) {
    const meant = intendedChars[i]!
    const row = i * width
    const above = row - width
    // The typist left out intended[i-1].
    const omitted = omissions[i]!
    table[row] = table[above]! + omitted
    for (let j = 1; j <= n; j++) {
      let best = table[above + j]! + omitted
      const inserted = table[row + j - 1]! + insertions[j]!
      if (inserted < best) best = inserted
      const char = typedChars[j]!
      const changed = table[above + j - 1]! + (char < 128 && meant < 128 ? substitutions[char * 128 + meant]! : char === meant ? 0 : 1)
      if (changed < best) best = changed
      if (i > 1 && j > 1 && char === intendedChars[i - 1] && typedChars[j - 1] === meant) {
        const swapped = table[above - width + j - 2]! + transposition
        if (swapped < best) best = swapped
      }
      table[row + j] = best
    }
  }
  return table[m * width + n]!
}

let distances = new Float64Array(1024)
let typedChars = new Int32Array(64)
let intendedChars = new Int32Array(64)
let omissions = new Float64Array(64)
let insertions = new Float64Array(64)

/**
 * `substitution` for every pair of ASCII chars (typed × 128 + meant) at the current weights, made again when
 * scripts/tune-spelling.mjs changes them: a ranking asks for thousands, and each built a string to look up.
 */
let substitutions = new Float64Array(0)
let substitutionWeights: readonly number[] = []

function substitutionTable(): Float64Array {
  if (substitutionWeights[0] === weights.adjacentKey && substitutionWeights[1] === weights.vowel) return substitutions
  // Only lower-case letters have neighbours and vowels: any other pair costs 1, or 0 for a char typed as meant.
  substitutions = new Float64Array(128 * 128).fill(1)
  for (let char = 0; char < 128; char++) substitutions[char * 128 + char] = 0
  for (let typed = 97; typed <= 122; typed++) {
    for (let meant = 97; meant <= 122; meant++) substitutions[typed * 128 + meant] = substitution(String.fromCharCode(typed), String.fromCharCode(meant))
  }
  substitutionWeights = [weights.adjacentKey, weights.vowel]
  return substitutions
}

/**
 * Suggestions for unknown words. The lexicon's sorted lists are the index (no
 * structure is built at run time), and candidates and rankings are cached per
 * word, so a run without typos pays nothing and each new typo costs one
 * bounded search.
 */
export class Suggester {
  // Unknown words of a whole batch, each with a few lists of strings: bounded so a worker's memory stays flat.
  private cache = new BoundedMap<string, Ranking>(suggestionMemoLimit)
  private candidateCache = new BoundedMap<string, Candidates>(suggestionMemoLimit)
  private editCache = new BoundedMap<string, string[]>(suggestionMemoLimit)
  private formCache = new BoundedMap<string, string[]>(wordMemoLimit)
  private addedEditCache = new BoundedMap<string, string[]>(suggestionMemoLimit)
  private nearCache = new BoundedMap<string, string[]>(suggestionMemoLimit)
  private codeCache = new BoundedMap<string, string[]>(wordMemoLimit)
  private listedCache = new BoundedMap<string, string[]>(suggestionMemoLimit)

  private readonly logMaxCount: number

  /** Read on the first unknown word: a run without typos never opens the list. */
  private misspellings: KnownMisspellings | undefined

  constructor(
    private readonly lexicon: Lexicon,
    /** Known misspellings' corrections go first; off for measuring the ranking alone. */
    private readonly useMisspellings = true,
    /** The process's shared model unless given: the eval gives one learned without the list it tests. */
    private errorModel?: ErrorModel,
  ) {
    this.logMaxCount = Math.log1p(Math.max(1, ...lexicon.counts.values()))
  }

  /**
   * The corrections the list of known misspellings gives for `word` that this lexicon can offer, in the
   * list's order and cased like `word` (`Recieve` → `Receive`; names keep their own case: `britian` → `Britain`).
   * A phrase (`alot` → `a lot`) is offered when it is a known phrase or all its words are known.
   */
  listedCorrections(word: string): string[] {
    if (!this.useMisspellings) return []
    // Asked for every use of an unknown word, names included.
    let corrections = this.listedCache.get(word)
    if (corrections) return corrections
    corrections = []
    this.listedCache.set(word, corrections)
    this.misspellings ??= loadKnownMisspellings()
    for (const correction of this.misspellings.corrections(word)) {
      const key = correction.toLowerCase()
      if (key === word.toLowerCase()) continue
      const offered = correction.includes(' ')
        ? (this.lexicon.phrases.has(key) || correction.split(' ').every((part) => this.lexicon.knows(part))) && withCaseOf(word, correction)
        : this.forms(key).length > 0 && this.pickForm(key, word)
      if (offered && !corrections.includes(offered)) corrections.push(offered)
    }
    return corrections
  }

  /** The spellings that may be suggested for a lower-case key (none for unknown and never-suggested keys). */
  private forms(key: string): string[] {
    const cached = this.formCache.get(key)
    if (cached) return cached
    const forms = this.lexicon.suggestable(key)
    // Only words are kept: the misses are the ~30 edits tried per letter of every typo.
    if (forms.length > 0) this.formCache.set(key, forms)
    return forms
  }

  /**
   * Ranked suggestions for `word`; `name` ranks proper nouns first (a capitalised word mid-sentence); `unlisted`
   * leaves the known misspellings out, for a verdict on a capitalised word, which may be a surname on the list;
   * `context` tells how often the article uses a lower-case key (its words elsewhere: a typo's own use is no word);
   * `region` which region's spellings the article leans to, which decides which regional twin goes first and makes
   * neither certain; `house` the house spelling (`lang: en-GB`…), which decides instead, for every typo (see `forHouse`).
   * The context only reorders: certainty comes from the ranking without it.
   */
  suggest(word: string, options: {name?: boolean; unlisted?: boolean; context?: (key: string) => number; region?: () => Region | undefined; house?: House | undefined} = {}): Suggestions {
    const cacheKey = (options.name ? '\u0001' : '') + (options.unlisted ? '\u0002' : '') + word
    let ranking = this.cache.get(cacheKey)
    if (!ranking) this.cache.set(cacheKey, (ranking = this.rank(word, options)))
    const {context} = options
    if (options.house) return this.forHouse(word, ranking, options.house, context)
    const [best, ...rivals] = ranking.scored
    if (!context || !best) return ranking.result
    /** The ranking with `entry` first (when there is one), offered, never certain. */
    const first = (entry: Scored | undefined): Suggestions => ({words: entry ? ranked([entry, ...ranking.scored.filter((other) => other !== entry)], []).words : ranking.result.words, certain: false})
    // An article that spells the best's regional twin its way (`organization` elsewhere) has chosen: the twin
    // goes first, never certain (`organisaton` in American copy).
    const twins = ranking.listed.length === 0 ? regionalVariants(best.key) : []
    const twin = twins.length > 0 && context(best.key) === 0 ? rivals.find((entry) => twins.includes(entry.key) && context(entry.key) > 0) : undefined
    if (twin) return first(twin)
    // So has an article that spells other such words the other region's way (`behavor` in copy that writes
    // `colour` and `centre`): its region's spelling goes first, and neither is applied unasked.
    // Only a best with a twin the lists know: the rules' other endings of `voters` or `after` (`votres`, `aftre`) are no words.
    const bestRegion = twins.length > 0 ? this.regionOf(best.key) : undefined
    const spelledElsewhere = bestRegion ? options.region?.() : undefined
    if (spelledElsewhere && bestRegion !== spelledElsewhere && ranking.result.words[0] === best.word) return first(rivals.find((entry) => twins.includes(entry.key)))
    // Words the article uses elsewhere are likelier meant (a cache model: `haet` in an article that says `heat`), when a
    // rival is close enough to overtake the best: else the article's words are never read (the stage makes them on demand).
    const scored = inContext(ranking.scored, word, context)
    if (!scored) return ranking.result
    // The context only reorders: a suggestion is certain by the ranking without it, and only if it stays first.
    const {words} = ranked(scored, ranking.listed)
    return {words, certain: ranking.result.certain && words[0] === ranking.result.words[0]}
  }

  /**
   * The suggestions under a house spelling (`lang: en-US`, `en-GB`…): of two regional twins the house's goes first,
   * where the nearer of them ranks, whatever the article's own spellings, and a known misspelling's correction is
   * given in the house's spelling (`behavour` → `behavior` for `en-US`). The house has chosen, so a twin is no rival:
   * the first is certain when no other word scores within the margin of the nearer twin, as the ranking alone allows.
   */
  private forHouse(word: string, ranking: Ranking, house: House, context: ((key: string) => number) | undefined): Suggestions {
    const listed = this.inHouseSpelling(ranking.listed, word, house)
    const order = houseFirst(ranking.scored, house)
    const {words} = ranked(order, listed)
    const certain = listed.length > 0 ? listed.length === 1 : !ranking.challenged && houseCertain(order, house)
    const scored = context ? inContext(ranking.scored, word, context) : undefined
    if (!scored) return {words, certain}
    const reordered = ranked(houseFirst(scored, house), listed).words
    return {words: reordered, certain: certain && reordered[0] === words[0]}
  }

  /** Known misspellings' corrections in the house's spelling (`behavior` → `behaviour` for `en-GB`), once each. */
  private inHouseSpelling(listed: string[], typed: string, house: House): string[] {
    const spelled: string[] = []
    for (const correction of listed) {
      const key = correction.toLowerCase()
      const twin = regionalVariants(key).find((variant) => houseSpellsTwin(house, key, variant) && this.forms(variant).length > 0)
      const form = twin === undefined ? correction : this.pickForm(twin, typed)
      if (!spelled.includes(form)) spelled.push(form)
    }
    return spelled
  }

  /** Whether a lower-case word is one region's spelling of a word the lists also spell the other way (`colour`: british). */
  regionOf(key: string): Region | undefined {
    return regionalTwins(key).find(({variant}) => this.forms(variant).length > 0)?.region
  }

  /** The ranking of `word`'s candidates without context (see `suggest`): the best few with their scores, and the listed corrections. */
  private rank(word: string, options: {name?: boolean; unlisted?: boolean}): Ranking {
    const typed = word.toLowerCase()
    const {keys: candidates, challengers} = this.candidates(typed)
    const phonetic = doubleMetaphone(typed)
    const scored: Scored[] = []
    for (const key of candidates) {
      const {word: form, score} = this.prior(word, key, phonetic, options)
      scored.push({word: form, key, score, distance: weightedDistance(typed, key)})
    }
    // No candidates, no model to read.
    if (scored.length > 0) {
      // The learned error model costs a table of look-ups a candidate: only the likeliest by the
      // typing distance get it (a word three slips away has a few hundred candidates), the rest drop out.
      scored.sort((a, b) => a.score + a.distance - (b.score + b.distance))
      scored.length = Math.min(scored.length, channelCandidates)
      const errors = this.errors()
      for (const entry of scored) entry.score += weights.typing * entry.distance + weights.channel * errors.cost(typed, entry.key, weights.unseen)
      // A candidate's other regional spelling (`organised` → `organized`), often two slips away where the search
      // stopped at one: a candidate too, scored by its own slips, so the nearer spelling leads (a British typo keeps
      // its British word) unless the article's own use of the other (the context) decides.
      const found = new Set(scored.map((entry) => entry.key))
      for (const entry of [...scored]) {
        for (const variant of regionalVariants(entry.key)) {
          if (found.has(variant) || this.forms(variant).length === 0) continue
          found.add(variant)
          const {word: form, score} = this.prior(word, variant, phonetic, options)
          const distance = weightedDistance(typed, variant)
          scored.push({word: form, key: variant, score: score + weights.variant + weights.typing * distance + weights.channel * errors.cost(typed, variant, weights.unseen), distance})
        }
      }
    }
    scored.sort((a, b) => a.score - b.score || (a.word < b.word ? -1 : 1))
    // A word two slips away beside a common one a slip away is offered only when it comes first: below it, it only
    // adds doubt (kept there, the share of random slips made certain on the tuning split fell from 66.3 to 63.8%).
    if (challengers.length > 0) {
      const firstOwn = scored.findIndex((entry) => !challengers.includes(entry.key))
      for (let index = scored.length - 1; index > Math.max(0, firstOwn); index--) if (challengers.includes(scored[index]!.key)) scored.splice(index, 1)
    }
    pluralBeforePossessive(scored, typed)
    // A known misspelling's corrections come first, in the list's order; one alone is certain.
    const listed = options.unlisted ? [] : withPluralPossessive(this.listedCorrections(word), word)
    // The best ten, remembered for every unknown word of a batch.
    const kept = scored.slice(0, channelCandidates)
    const result = ranked(kept, listed)
    // A word two slips away that displaced a common word one slip away is offered, never applied unasked: in the
    // tuning split's copy a random slip of a first letter (`rtriving` for `striving`) was fixed to `retrieving`.
    const challenged = challengers.includes(kept[0]?.key ?? '')
    if (listed.length === 0 && challenged) result.certain = false
    return {scored: kept, listed, result, challenged}
  }

  /** A candidate's prior and small terms (see `weights`): its score before the typing distance and the error model. */
  private prior(word: string, key: string, phonetic: readonly string[], options: {name?: boolean}): {word: string; score: number} {
    const typed = word.toLowerCase()
    const form = this.pickForm(key, word)
    // The word's own likelihood (the prior) and the likeness of sounds and first letters.
    let score = 0
    if (key[0] !== typed[0]) score += weights.firstLetter
    let codes = this.codeCache.get(key)
    if (!codes) this.codeCache.set(key, (codes = doubleMetaphone(key)))
    if (codes[0] === phonetic[0] || codes[1] === phonetic[1]) score -= weights.phonetic
    // A word offered capitalised at a sentence start (`Will`) is as common as its lower case, not as the name spelled so
    // (size 50); mid-sentence (`name`), where names are ranked first, the name's own class counts (`Medua` → `Meduza`, not `Media`).
    const lowerClass = !options.name && form !== key && this.forms(key).includes(key) ? (this.lexicon.frequencyClass(key) ?? 95) : 95
    const frequencyClass = Math.min(this.lexicon.frequencyClass(form) ?? 95, lowerClass)
    score += ((frequencyClass - 10) / 85) * weights.frequency
    score -= (Math.log1p(this.lexicon.counts.get(key) ?? 0) / this.logMaxCount) * weights.count
    const proper = !this.forms(key).includes(key)
    if (options.name ? !proper : proper && !isCapitalised(word)) score += weights.properNoun
    if (key.endsWith("'s") && !typed.includes("'")) score += weights.possessive
    // A contraction typed without its apostrophe ("dont", "Theres") is not a slip of any
    // letter: the writer means exactly that word, so it goes first whatever its distance.
    // Letter for letter as typed, case too but for the first letter (`im` is `I'm`): `pcs` is not `PC's`. Not a
    // possessive: `olds`, `maintenances` are plurals (a slip or a translation's), never `old's`.
    if (isContraction(form) && sameLettersAsTyped(form.replaceAll("'", ''), word)) score -= weights.apostrophe
    return {word: form, score}
  }

  /** Dictionary keys near `typed` (lower case); they do not depend on the weights, so they are cached apart. */
  private candidates(typed: string): Candidates {
    let found = this.candidateCache.get(typed)
    if (found) return found
    // One edit anywhere; two edits (three in long words, and words that sound alike) unless a common word (SCOWL size <= 35) is one edit away
    // (then a word two edits away won top-1 for under 0.1% of the tuning typos, and the search
    // is most of a suggestion's cost; only words commoner still are searched then, see `challengers`), only after a
    // correct first letter (people rarely mistype it) and in words long enough to stay recognisable. This keeps the
    // search to a few thousand trie nodes.
    const near = new Set(this.singleEdits(typed))
    const common = [...near].some((key) => this.forms(key).some((form) => (this.lexicon.frequencyClass(form) ?? 95) <= commonOneEdit))
    const challengers = typed.length > 3 && common ? this.challengers(typed, near) : []
    if (typed.length > 3 && !common) {
      for (const keys of [this.lexicon.baseKeys(), this.lexicon.addedKeyList]) {
        for (const {key, distance} of withinDistance(keys, typed, typed.length >= longWord ? 3 : 2, prefixRange(keys, typed.charAt(0)))) {
          if (this.forms(key).length > 0 && (distance < 3 || this.likely(typed, key, farSlips))) near.add(key)
        }
      }
      // Words that sound like it, any first letter, when the error model finds them likely enough. Not for short
      // words: their codes are shared by dozens of words, and on the tuning lists they gained nothing.
      if (typed.length >= soundWord) {
        for (const key of (this.soundIndex ??= loadSoundIndex(() => this.lexicon.baseKeys())).soundsLike(typed)) {
          if (!near.has(key) && this.forms(key).length > 0 && this.likely(typed, key, soundSlips)) near.add(key)
        }
      }
    }
    found = {keys: [...near, ...challengers], challengers}
    this.candidateCache.set(typed, found)
    return found
  }

  /**
   * Words two slips from `typed` that may outrank every word one slip away (`near`, which holds a common one): only
   * a word commoner than all of them (and of SCOWL size 20 at most) the error model finds likely (`challengerSlips`), so
   * the search reads only the common words' keys (src/spelling/common-keys.ts), and none when a word of the
   * commonest class is one slip away. `throut`: `throat` one slip away, `through` two.
   */
  private challengers(typed: string, near: Set<string>): string[] {
    const classOf = (key: string) => Math.min(...this.forms(key).map((form) => this.lexicon.frequencyClass(form) ?? 95))
    const maxClass = Math.min(commonKeyClass, ...[...near].map((key) => classOf(key) - 1))
    if (maxClass < 10) return []
    const found: string[] = []
    const keys = commonKeys(this.lexicon)
    for (const {key, distance} of withinDistance(keys, typed, 2, prefixRange(keys, typed.charAt(0)))) {
      if (distance === 2 && this.forms(key).length > 0 && classOf(key) <= maxClass && this.likely(typed, key, challengerSlips)) found.push(key)
    }
    return found
  }

  /** Whether the error model's cost of typing `typed` for `key` is at most `limit` (see `farSlips`). */
  private likely(typed: string, key: string, limit: number): boolean {
    return this.errors().cost(typed, key, unseenSlip, limit) <= limit
  }

  private soundIndex: SoundIndex | undefined

  /** The capitalised spellings of a lower-case key that has no lower-case spelling of its own (`reddit` → Reddit). */
  namesOf(key: string): string[] {
    const forms = this.forms(key)
    return forms.includes(key) ? [] : forms
  }

  /** Newsroom, configured and personal words one edit from `typed` with its first letter: a search of a few hundred keys. */
  addedOneEditAway(typed: string): string[] {
    // Asked for every use of an unknown capitalised word, which names often are.
    let forms = this.addedEditCache.get(typed)
    if (forms) return forms
    const keys = this.lexicon.addedKeyList
    const key = typed.toLowerCase()
    forms = withinDistance(keys, key, 1, prefixRange(keys, key.charAt(0))).flatMap((found) => this.lexicon.suggestable(found.key))
    this.addedEditCache.set(typed, forms)
    return forms
  }

  /** Dictionary forms one edit from `typed` (any case): a cheap test before a full suggestion search. */
  oneEditAway(typed: string): string[] {
    // Asked again for every use of an unknown word, and by several verdicts.
    const key = typed.toLowerCase()
    let forms = this.nearCache.get(key)
    if (forms) return forms
    forms = this.singleEdits(key).flatMap((edit) => this.forms(edit))
    this.nearCache.set(key, forms)
    return forms
  }

  /**
   * Keys one edit (Damerau) from `typed`, by generating every edit and looking
   * it up (Norvig's method): ~30 n lookups, far cheaper than walking the key
   * list when the bound is one edit. The edits are described, not built (see EditProbe).
   */
  private singleEdits(typed: string): string[] {
    // Asked for every unknown word and again for its suggestions; words repeat within and across articles.
    const cached = this.editCache.get(typed)
    if (cached) return cached
    const found = new Set<string>()
    const edit = new EditProbe(typed)
    const isKey = this.lexicon.editTest(edit)
    const check = (probe: EditProbe) => {
      if (isKey(probe)) found.add(probe.toString())
    }
    const n = typed.length
    for (let at = 0; at <= n; at++) {
      // No read past the end: it deoptimised this loop (-1 is no letter).
      const char = at < n ? typed.charCodeAt(at) : -1
      if (at < n) check(edit.set(at, at + 1, 0))
      // A swap of two equal letters, or a letter for itself, is the word itself.
      if (at < n - 1 && typed.charCodeAt(at + 1) !== char) check(edit.set(at, at + 2, 2, typed.charCodeAt(at + 1), char))
      for (let letter = 0; letter < alphabet.length; letter++) {
        const code = alphabet.charCodeAt(letter)
        check(edit.set(at, at, 1, code))
        if (at < n && code !== char) check(edit.set(at, at + 1, 1, code))
      }
    }
    // Keys whose every spelling is never suggested (slurs) are no candidates.
    const edits = [...found].filter((key) => this.forms(key).length > 0)
    this.editCache.set(typed, edits)
    return edits
  }

  /** The learned error model, read on the first ranking. */
  private errors(): ErrorModel {
    return (this.errorModel ??= loadErrorModel())
  }

  /** Drops ranked results (not candidates) after the weights change; used by scripts/tune-spelling.mjs. */
  forgetRankings(): void {
    this.cache.clear()
  }

  /** The casing to offer: the dictionary's own for names, the writer's for the rest. */
  private pickForm(key: string, typed: string): string {
    const forms = this.forms(key)
    const lower = forms.find((form) => form === key)
    if (!lower) return forms[0]!
    if (typed === typed.toUpperCase() && typed.length > 1) return lower.toUpperCase()
    return isCapitalised(typed) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
  }
}

interface Scored {
  word: string
  key: string
  score: number
  /** Typing-aware slips from the typed word. */
  distance: number
}

interface Candidates {
  /** Dictionary keys near the typed word. */
  keys: string[]
  /** Those of them two slips away beside a common word one slip away (see `challengers`): offered only when first. */
  challengers: string[]
}

interface Ranking {
  /** The best candidates, best first, with their scores (lower is likelier). */
  scored: Scored[]
  /** A known misspelling's corrections. */
  listed: string[]
  /** The suggestions without context. */
  result: Suggestions
  /** Whether the best is a word two slips away that displaced a common one a slip away (see `challengers`): never certain. */
  challenged: boolean
}

/**
 * The candidates re-ranked by the article's uses of them (a cache model: `haet` in an article that says `heat`),
 * or undefined when no rival is close enough to overtake the best (then the article's words are never read: the stage
 * counts them on demand) or the article uses none of them.
 */
function inContext(scored: Scored[], typed: string, context: (key: string) => number): Scored[] | undefined {
  const [best, ...rivals] = scored
  const most = weights.context + 2 * weights.contextRepeat
  if (!best || !rivals.some((entry) => entry.score - most < best.score)) return undefined
  const bonus = (entry: Scored) => {
    const uses = context(entry.key)
    return uses > 0 ? weights.context + Math.min(2, uses - 1) * weights.contextRepeat : 0
  }
  if (!scored.some((entry) => bonus(entry) > 0)) return undefined
  const rescored = scored.map((entry) => ({...entry, score: entry.score - bonus(entry)}))
  rescored.sort((a, b) => a.score - b.score || (a.word < b.word ? -1 : 1))
  pluralBeforePossessive(rescored, typed.toLowerCase())
  return rescored
}

/** The candidates with the house's spelling of each pair of regional twins moved to the place of the better of the two. */
function houseFirst(scored: Scored[], house: House): Scored[] {
  const order = [...scored]
  for (let at = 0; at < order.length; at++) {
    const {key} = order[at]!
    const twin = order.findIndex((other, index) => index > at && houseSpellsTwin(house, key, other.key))
    if (twin > at) order.splice(at, 0, ...order.splice(twin, 1))
  }
  return order
}

/**
 * Whether the first of the house-ordered candidates is certain: its twins the house decides between are no rivals,
 * and every other word must score at least the margin worse than the better of them; a twin the house leaves to
 * the writer (Canadian `judgement`) is a rival when as near, as in `ranked`. A rival scores as the best of its own
 * spellings: the house moves its house twin ahead of a nearer one (`offece`: `offense` before `offence`), and the
 * nearer one is as much a rival to `office` as without a house.
 */
function houseCertain(order: Scored[], house: House): boolean {
  const [first, ...rest] = order
  if (!first) return false
  const decided = rest.filter((entry) => houseDecides(house, first.key, entry.key))
  const best = Math.min(first.score, ...decided.map((entry) => entry.score))
  const twins = regionalVariants(first.key)
  const rivals = rest.filter((entry) => !decided.includes(entry) && (!twins.includes(entry.key) || entry.distance <= first.distance))
  return rivals.every((entry) => entry.score - best >= weights.margin)
}

/** The suggestions from ranked candidates: a known misspelling's corrections first, in the list's order (one alone is certain). */
function ranked(scored: Scored[], listed: string[]): Suggestions {
  const best = scored.slice(0, 5)
  if (listed.length > 0) return {words: [...listed, ...best.map((entry) => entry.word).filter((form) => !listed.includes(form))].slice(0, 5), certain: listed.length === 1}
  // The best's other regional spelling, further away, is the same word and no rival (`behavir`: `behavior` one slip
  // away, `behaviour` two); as near, it is (`centr`: centre or center, the article's choice, not the corpus's).
  const first = scored[0]
  const twins = first ? regionalVariants(first.key) : []
  const rival = scored.slice(1).find((entry) => !twins.includes(entry.key) || entry.distance <= first!.distance)
  return {words: best.map((entry) => entry.word), certain: first !== undefined && (!rival || rival.score - first.score >= weights.margin)}
}

/**
 * A known word with an `s` the lists do not know it with: both the word and its possessive are one slip
 * away, and the rest of the ranking cannot tell them apart. After a plural (`womens`, `childrens`, `mens`) the `s`
 * is a possessive's (`women's`), first of all; after any other word (`maintenances`, `equipments`, `feedbacks`) it is a
 * plural the word does not take, as translated copy pluralises mass nouns: the word goes first.
 */
function pluralBeforePossessive(scored: Array<{key: string}>, typed: string): void {
  if (!typed.endsWith('s') || typed.includes("'")) return
  const stem = typed.slice(0, -1)
  // `theres`, `lets`: a contraction, which the apostrophe rule has put first already.
  if (contractedS.has(stem)) return
  const possessive = scored.findIndex((entry) => entry.key === `${stem}'s`)
  const plain = scored.findIndex((entry) => entry.key === stem)
  if (possessive < 0 || plain < 0) return
  // After a plural of people the possessive goes first of all (`mens` is `men's` before `means`): offered, never
  // certain, since its score stays behind the word it passes.
  if (personPlurals.has(stem)) {
    // Then the plural itself (`two mens`: a plural made twice).
    const [possessiveEntry] = scored.splice(possessive, 1)
    const [plainEntry] = scored.splice(scored.findIndex((entry) => entry.key === stem), 1)
    scored.unshift(possessiveEntry!, plainEntry!)
    return
  }
  if (plain > possessive) scored.splice(possessive, 0, ...scored.splice(plain, 1))
}

/**
 * cspell's list corrects `womens` to `women` alone, which `fix` would apply unasked ("women rights"):
 * after a plural without an `s`, the possessive goes first, and two corrections are no certainty.
 */
function withPluralPossessive(listed: string[], word: string): string[] {
  const stem = word.slice(0, -1)
  if (!/s$/i.test(word) || !personPlurals.has(stem.toLowerCase()) || !listed.includes(stem)) return listed
  const possessive = withCaseOf(word, `${stem.toLowerCase()}'s`)
  return [possessive, ...listed.filter((form) => form !== possessive)]
}

/**
 * Plurals of people without an `s`, whose possessive writers type without its apostrophe (`womens
 * football`). Other plurals with an `s` added (`feets`, `mices`) are a plural made twice: the plural goes first.
 */
const personPlurals = new Set(['children', 'men', 'women', 'people', 'brethren'])

/** Words whose `'s` is `is` or `us` ("there's", "let's"), not a possessive. */
const contractedS = new Set(['it', 'that', 'there', 'here', 'he', 'she', 'what', 'who', 'where', 'when', 'how', 'let', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'something', 'nothing', 'everything'])

function isContraction(form: string): boolean {
  if (!form.includes("'")) return false
  const possessive = /['’]s$/i.exec(form)
  return !possessive || contractedS.has(form.slice(0, possessive.index).toLowerCase())
}

function sameLettersAsTyped(form: string, typed: string): boolean {
  return form.length === typed.length && form.charAt(0).toLowerCase() === typed.charAt(0).toLowerCase() && form.slice(1) === typed.slice(1)
}

/** `correction` in the case `typed` was written in: all capitals, or a capital first. */
function withCaseOf(typed: string, correction: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return correction.toUpperCase()
  return isCapitalised(typed) ? correction.charAt(0).toUpperCase() + correction.slice(1) : correction
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}
