import {readFileSync} from 'node:fs'

/** A character that reads as a Latin letter (UTS #39 confusables), from `rules/script/lookalikes.tsv`. */
export interface Lookalike {
  readonly char: string
  /** Latin letters it reads as, usual repair first (`І` → `I`, `l`). */
  readonly targets: readonly string[]
  /** Unicode name, for the message. */
  readonly name: string
}

const tableFile = new URL('../../rules/script/lookalikes.tsv', import.meta.url)

let table: Map<string, Lookalike> | undefined

/** The generated look-alike table, read once. */
export function lookalikes(): Map<string, Lookalike> {
  if (table) return table
  table = new Map()
  for (const line of readFileSync(tableFile, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [, char, targets, name] = line.split('\t')
    if (!char || !targets || !name) throw new Error(`rules/script/lookalikes.tsv: bad line \`${line}\``)
    table.set(char, {char, targets: targets.split(' '), name})
  }
  return table
}

/**
 * How a character takes part in a word:
 * - `latin`: a Latin letter, or a shared (Common/Inherited) letter, which never counts as mixing;
 * - `lookalike`: another script's letter, or a restricted compatibility form (fullwidth, math,
 *   small capitals), that reads as a Latin letter;
 * - `foreign`: another script's letter with no Latin look-alike;
 * - `mark`: a combining mark, which belongs to the letter before it;
 * - `other`: not part of a word.
 */
export type CharClass = 'latin' | 'lookalike' | 'foreign' | 'mark' | 'other'

const latinOrShared = /^[\p{Script_Extensions=Latin}\p{Script=Common}\p{Script=Inherited}]$/u
const letter = /^[\p{L}\p{Nl}]$/u
const mark = /^\p{M}$/u

export function classify(char: string): CharClass {
  if (char.charCodeAt(0) < 0x80) return /[A-Za-z]/.test(char) ? 'latin' : 'other'
  if (lookalikes().has(char)) return 'lookalike'
  if (mark.test(char)) return 'mark'
  if (!letter.test(char)) return 'other'
  return latinOrShared.test(char) ? 'latin' : 'foreign'
}

/** True for a letter of a real script other than Latin (Cyrillic `Х`), not a styled Latin form (`𝐇`, `Ｈ`). */
export function isOtherScript(char: string): boolean {
  return letter.test(char) && !latinOrShared.test(char)
}

const scriptNames = [
  'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Cherokee', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari',
  'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan',
  'Myanmar', 'Khmer', 'Ethiopic', 'Hangul', 'Hiragana', 'Katakana', 'Han', 'Mongolian', 'Coptic', 'Lisu', 'Tifinagh',
  'Canadian_Aboriginal', 'Runic', 'Ogham', 'Vai', 'Nko', 'Deseret', 'Osage',
]
const scriptTests = scriptNames.map((name) => ({name: name.replace('_', ' '), test: new RegExp(`\\p{Script=${name}}`, 'u')}))

/** The name of the script a letter belongs to, for messages. */
export function scriptOf(char: string): string {
  return scriptTests.find((script) => script.test.test(char))?.name ?? 'non-Latin'
}
