/**
 * Generates `rules/script/lookalikes.tsv` from the Unicode UTS #39 data:
 * every character that `confusables.txt` maps to the same prototype as a Latin
 * letter, and that is not itself a Latin letter in ordinary use
 * (`IdentifierStatus.txt` says Allowed). Run: `npm run build && node dist/tools/build-lookalikes.js [unicode-dir]`.
 * The Unicode License v3 allows redistributing data derived from these files.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const unicodeDir = path.resolve(process.argv[2] ?? path.join(root, '../shared/eval/unicode'))
const output = path.join(root, 'rules/script/lookalikes.tsv')

const fromHex = (hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))
const hex = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ')

function dataLines(file: string): string[][] {
  return readFileSync(path.join(unicodeDir, file), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(';').map((field) => field.trim()))
}

function versionOf(file: string): string {
  return /# Version: (\S+)/.exec(readFileSync(path.join(unicodeDir, file), 'utf8'))?.[1] ?? 'unknown'
}

/** confusables.txt: source code point → prototype sequence; names from the comment. */
const prototype = new Map<string, string>()
const names = new Map<string, string>()
for (const line of readFileSync(path.join(unicodeDir, 'confusables.txt'), 'utf8').split('\n')) {
  const match = /^([0-9A-F]+) ;\t([0-9A-F ]+) ;\tMA\t#\*? \( .+ → .+ \) (.+?) → /.exec(line)
  if (!match) continue
  const source = fromHex(match[1]!)
  prototype.set(source, match[2]!.trim().split(' ').map(fromHex).join(''))
  names.set(source, match[3]!)
}

const allowed = new Set<number>()
for (const [range, status] of dataLines('IdentifierStatus.txt')) {
  if (status !== 'Allowed') continue
  const [from, to = from] = range!.split('..').map((part) => Number.parseInt(part, 16))
  for (let cp = from!; cp <= to!; cp++) allowed.add(cp)
}

// Modifier letters (ʼ) are not what a word's letter was meant to be.
const latinLetter = /^(?!\p{Lm})\p{L}(?<=\p{Script_Extensions=Latin})$/u
const isAllowedLatin = (char: string) => allowed.has(char.codePointAt(0)!) && latinLetter.test(char)
const skeleton = (text: string) => [...text.normalize('NFD')].map((char) => prototype.get(char) ?? char).join('').normalize('NFD')

// Targets: Latin letters in ordinary use, grouped by their prototype (`I` and `l` share one).
const targetsOf = new Map<string, string[]>()
for (const cp of allowed) {
  const char = String.fromCodePoint(cp)
  if (!latinLetter.test(char)) continue
  const key = skeleton(char)
  targetsOf.set(key, [...(targetsOf.get(key) ?? []), char])
}

const rows: string[][] = []
const seen = new Set<string>()
function add(source: string, targets: string[], name: string): void {
  if (seen.has(source) || source.codePointAt(0)! < 0x80 || isAllowedLatin(source)) return
  // Rare Latin letters with diacritics (ǵ, Ȧ) are spellings of their own, not disguises.
  if (latinLetter.test(source) && source.normalize('NFD').length > 1 && source.normalize('NFKC') === source) return
  seen.add(source)
  // ASCII targets first, then by code point, so the first is the usual repair.
  const sorted = [...new Set(targets)].sort((a, b) => Number(b < '\u0080') - Number(a < '\u0080') || a.localeCompare(b))
  rows.push([hex(source), source, sorted.join(' '), name])
}

for (const [source, target] of prototype) {
  const targets = targetsOf.get(skeleton(target).normalize('NFD'))
  if (targets) add(source, targets, names.get(source)!)
}
// Precomposed letters whose base is a look-alike (Cyrillic ё = е + ̈ reads as Latin ë).
for (let cp = 0x80; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue
  const char = String.fromCodePoint(cp)
  const [base, ...marks] = [...char.normalize('NFD')]
  if (marks.length === 0 || !/^\p{M}+$/u.test(marks.join('')) || seen.has(char) || !rows.some((row) => row[1] === base)) continue
  const row = rows.find((entry) => entry[1] === base)!
  const targets = row[2]!.split(' ').map((target) => (target + marks.join('')).normalize('NFC')).filter((target) => [...target].length === 1 && isAllowedLatin(target))
  if (targets.length > 0) add(char, targets, `${row[3]} with ${marks.map((mark) => `U+${hex(mark)}`).join(' ')}`)
}
// Latin ligatures left by PDF extraction (ﬁ, ﬂ, ǆ) stand for two or three letters: their compatibility decomposition.
for (let cp = 0x80; cp <= 0xffff; cp++) {
  const char = String.fromCodePoint(cp)
  const letters = char.normalize('NFKC')
  if (/^[A-Za-z]{2,3}$/.test(letters) && latinLetter.test(char) && !allowed.has(cp)) {
    add(char, [letters], `${names.get(char) ?? `LATIN LIGATURE ${letters.toUpperCase()}`}`)
  }
}
rows.sort((a, b) => a[1]!.codePointAt(0)! - b[1]!.codePointAt(0)!)

const header = [
  '# Look-alikes of Latin letters: characters that Unicode UTS #39 confusables.txt maps to the same',
  '# prototype as a Latin letter in ordinary use, and that are not themselves such a letter',
  `# (Identifier_Status Allowed and Script_Extensions Latin). Generated by src/tools/build-lookalikes.ts from`,
  `# confusables.txt ${versionOf('confusables.txt')} and IdentifierStatus.txt ${versionOf('IdentifierStatus.txt')}; do not edit by hand.`,
  '# Source data © Unicode, Inc., Unicode License v3 (https://www.unicode.org/license.txt), which permits',
  '# redistributing derived data provided this notice is kept.',
  '# Also Latin ligatures (ﬁ, ﬂ, ǆ), which read as the letters of their compatibility decomposition (NFKC).',
  '# Columns: code point(s), character, Latin letters it reads as (usual repair first), Unicode name.',
]
writeFileSync(output, [...header, ...rows.map((row) => row.join('\t'))].join('\n') + '\n')
console.log(`${rows.length} look-alikes → ${path.relative(root, output)}`)
