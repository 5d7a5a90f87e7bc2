import {codePointTest, wordSlot, wordSlots} from '../code-points.js'
import type {NameRecord, StyleSheet} from './style-sheet.js'

export interface NameMatch {
  /** Range in the searched text. */
  from: number
  to: number
  record: NameRecord
  suggestion: string
  kind: 'variant' | 'descriptor' | 'bare' | 'case'
}

const notWord = '(?<![\\p{L}\\p{N}])'
const endWord = '(?![\\p{L}\\p{N}])'
/** A phrase as a pattern: special characters escaped, any white space between its words. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
const wordCount = (text: string) => text.trim().split(/\s+/).length
const isWordChar = codePointTest(/^[\p{L}\p{N}]$/u)
/** ASCII lower case of a character code. */
const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code)

/** Looks names up in the style sheets: other-script aliases, known wrong variants, outlet descriptors. */
export class NameIndex {
  private readonly aliases = new Map<string, NameRecord[]>()
  private readonly variantOf = new Map<string, NameRecord>()
  private readonly variantPattern: RegExp | undefined
  private readonly outlets: Array<{record: NameRecord; descriptor: RegExp; bare: RegExp; bareName: string; trigger: string}> = []
  /** Every accepted Latin form, to tell a wrong capitalisation ("Ria Novosti", "Tass") from the right one. */
  private readonly accepted = new Map<string, {record: NameRecord; form: string; accepted: Set<string>}>()
  private readonly casePattern: RegExp | undefined
  /** The longest letter run (lower-cased) of every outlet name, variant and form whose capitalisation is checked, and their lengths. */
  private readonly triggers = new Set<string>()
  private readonly triggerLengths = new Set<number>()
  /** The `wordSlot` of every trigger (in lower case): most words of a trigger's length have none. */
  private readonly triggerSlots = new Uint8Array(wordSlots)
  /** A form without a letter or digit has no trigger: then every text is searched. */
  private searchAll = false
  /** The triggers of the wrong variants and of the forms whose capitalisation is checked: each pattern is tried only on a text holding one of its own. */
  private readonly variantTriggers = new Set<string>()
  private readonly caseTriggers = new Set<string>()

  /** `isWord` tells an ordinary English word (the spelling word list) from a name. */
  constructor(
    sheet: StyleSheet,
    private readonly isWord: (word: string) => boolean = () => false,
  ) {
    for (const record of sheet.records) {
      for (const [lang, list] of Object.entries(record.aliases)) {
        if (lang === 'en') continue
        for (const alias of list) this.aliases.set(alias, [...(this.aliases.get(alias) ?? []), record])
      }
      for (const variant of record.variants) this.variantOf.set(variant.replace(/\s+/g, ' '), record)
      // An outlet whose name starts with "The" loses it in translation ("the publication Record").
      const bare = /^The\s+(.+)$/.exec(record.name)?.[1]
      if (bare && record.descriptors.length > 0) {
        const descriptors = [...record.descriptors].sort((a, b) => b.length - a.length).map(escape).join('|')
        this.outlets.push({
          record,
          descriptor: new RegExp(`${notWord}(?:(?:[Tt]he|[Aa]n?)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?)?(?:${descriptors})\\s+${escape(bare)}${endWord}`, 'gu'),
          bare: new RegExp(`${notWord}${escape(bare)}${endWord}`, 'gu'),
          bareName: bare,
          trigger: this.addTrigger(bare),
        })
      }
    }
    for (const record of sheet.records) {
      const forms = new Set([record.name, record.short, ...(record.aliases.en ?? [])])
      for (const form of [record.name, record.short]) {
        // Single short words could be ordinary words in other casing ("record", "trump"), so only names of two letters or more with a capital.
        if (/\p{Lu}/u.test(form) && form.length > 2) this.accepted.set(form.toLowerCase(), {record, form, accepted: forms})
      }
    }
    for (const form of this.variantOf.keys()) this.variantTriggers.add(this.addTrigger(form))
    for (const form of this.accepted.keys()) this.caseTriggers.add(this.addTrigger(form))
    const forms = [...this.accepted.values()].map((entry) => entry.form).sort((a, b) => b.length - a.length)
    if (forms.length > 0) this.casePattern = new RegExp(`${notWord}(?:${forms.map(escape).join('|')})${endWord}`, 'giu')
    const variants = [...this.variantOf.keys()].sort((a, b) => b.length - a.length)
    if (variants.length > 0) this.variantPattern = new RegExp(`${notWord}(?:${variants.map(escape).join('|')})${endWord}`, 'gu')
  }

  /** The longest is the rarest in text: "Record" rather than "The". Returns the trigger, in lower case. */
  private addTrigger(form: string): string {
    const run = (form.match(/[\p{L}\p{N}]+/gu) ?? []).reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), '')
    if (!run) this.searchAll = true
    const lower = run.toLowerCase()
    this.triggers.add(lower)
    this.triggerLengths.add(run.length)
    if (lower) this.triggerSlots[wordSlot(lower.length, lower.charCodeAt(0), lower.charCodeAt(lower.length - 1))] = 1
    return lower
  }

  /**
   * Whether `text` can hold any of the patterns: their words are bounded by
   * look-arounds on letters and digits, so each of a form's letter runs stands
   * whole in a match, in some capitalisation. A scan with a Set look-up per
   * word of a trigger's length, first and last letter, instead of the patterns'
   * large alternations on every sentence, nearly none of which holds a name to correct.
   * Returns the triggers found (a sentence that holds one is read to its end, so that only the
   * patterns with one of them are tried), undefined for none, or true: every pattern may match.
   */
  private triggersIn(text: string): string[] | true | undefined {
    if (this.searchAll) return true
    let present: string[] | undefined
    let start = -1
    let ascii = true
    for (let index = 0; index <= text.length; index++) {
      const code = index < text.length ? text.charCodeAt(index) : 32
      // A surrogate (half of an astral letter, which the patterns' `u` flag reads whole) counts as part of a run.
      const inRun = (code >= 0xd800 && code <= 0xdfff) || isWordChar(code)
      if (inRun) {
        if (start === -1) {
          start = index
          ascii = true
        }
        if (code >= 128) ascii = false
        continue
      }
      if (start === -1) continue
      // Case-insensitive matching folds some letters that toLowerCase keeps (ſ): a run beyond ASCII is searched whole.
      if (!ascii) return true
      const length = index - start
      if (this.triggerLengths.has(length) && this.triggerSlots[wordSlot(length, lowerAscii(text.charCodeAt(start)), lowerAscii(text.charCodeAt(index - 1)))] === 1) {
        const word = text.slice(start, index).toLowerCase()
        if (this.triggers.has(word)) (present ??= []).push(word)
      }
      start = -1
    }
    return present
  }

  /** "The record shows": a word the name has in capitals is here an ordinary lower-case word. */
  private ordinaryWordIn(found: string, form: string): boolean {
    const words = found.split(/\s+/)
    const canonical = form.split(/\s+/)
    return words.some((word, i) => word !== canonical[i] && /^\p{Ll}/u.test(word) && this.isWord(word))
  }

  /**
   * The style-sheet name for `phrase`, a word or words in another script;
   * `previous` is the Latin word right before it ("Timothy" before "Хо").
   */
  foreign(phrase: string, previous?: string): {record: NameRecord; suggestion: string} | undefined {
    const records = this.aliases.get(phrase.replace(/\s+/g, ' ')) ?? []
    const record = records.find((candidate) => !candidate.ambiguous.includes(phrase) || (previous !== undefined && candidate.given.includes(previous)))
    if (!record) return undefined
    const afterGiven = previous !== undefined && record.given.includes(previous)
    return {record, suggestion: wordCount(phrase) > 1 && !afterGiven ? record.name : record.short}
  }

  /** Known wrong forms in `text`; `headline` text is title case, where a bare outlet name proves nothing. */
  variants(text: string, options: {headline?: boolean} = {}): NameMatch[] {
    const found: NameMatch[] = []
    const present = this.triggersIn(text)
    if (present === undefined) return found
    const holds = (triggers: ReadonlySet<string>) => present === true || present.some((trigger) => triggers.has(trigger))
    const taken = (from: number, to: number) => found.some((match) => from < match.to && to > match.from)
    for (const {record, descriptor, bare, bareName, trigger} of this.outlets) {
      if (present !== true && !present.includes(trigger)) continue
      // Both patterns need the bare name as written ("Record"): the trigger, in lower case, is met by "a record high" too,
      // where the descriptor pattern, tried at every word, was most of the stage's time.
      if (!text.includes(bareName)) continue
      for (const match of text.matchAll(descriptor)) {
        found.push({from: match.index, to: match.index + match[0].length, record, suggestion: record.name, kind: 'descriptor'})
      }
      if (options.headline) continue
      for (const match of text.matchAll(bare)) {
        const from = match.index
        const to = from + match[0].length
        if (taken(from, to) || !isBareReference(text, from, to)) continue
        found.push({from, to, record, suggestion: record.name, kind: 'bare'})
      }
    }
    if (this.variantPattern && holds(this.variantTriggers)) {
      for (const match of text.matchAll(this.variantPattern)) {
        const from = match.index
        const to = from + match[0].length
        if (taken(from, to)) continue
        const variant = match[0].replace(/\s+/g, ' ')
        const record = this.variantOf.get(variant)!
        found.push({from, to, record, suggestion: wordCount(variant) > 1 ? record.name : record.short, kind: 'variant'})
      }
    }
    if (this.casePattern && holds(this.caseTriggers)) {
      for (const match of text.matchAll(this.casePattern)) {
        const from = match.index
        const to = from + match[0].length
        const entry = this.accepted.get(match[0].replace(/\s+/g, ' ').toLowerCase())
        // Lower-case starts are ordinary words ("the record"); all capitals are a headline style.
        if (!entry || taken(from, to) || entry.accepted.has(match[0]) || !/^\p{Lu}/u.test(match[0]) || match[0] === match[0].toUpperCase()) continue
        if (this.ordinaryWordIn(match[0], entry.form)) continue
        found.push({from, to, record: entry.record, suggestion: entry.form, kind: 'case'})
      }
    }
    return found.sort((a, b) => a.from - b.from)
  }
}

/**
 * "according to Record": the bare name used as the outlet. Not when it opens
 * the sentence, follows "the"/"a" or another capitalised word ("Daily Record",
 * "World Record"), or starts a longer name ("Record Store Day").
 */
function isBareReference(text: string, from: number, to: number): boolean {
  if (!/\p{L}/u.test(text.slice(0, from))) return false
  // The word before is within reach; a bounded window keeps the match linear on a long paragraph.
  const previous = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)[\s\p{P}]*$/u.exec(text.slice(Math.max(0, from - 64), from))?.[1]
  if (previous && (/^(?:the|a|an)$/i.test(previous) || /^\p{Lu}/u.test(previous))) return false
  return !/^\s+\p{Lu}/u.test(text.slice(to))
}
