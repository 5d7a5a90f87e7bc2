// Regenerates rules/spelling/words.txt, the base word list the spelling stage loads.
//
// Why a flat list instead of loading nspell at run time: nspell expands every
// affix rule of dictionary-en when it starts, which costs ~170 ms (measured on
// the 2-core CI machine, Node 20), over the 150 ms cold-start budget. Reading
// the already expanded forms into a Map costs a fraction of that.
//
// Needs: `npm ci` (dictionary-en, nspell) and Debian's `scowl` package
// (`apt-get install -y scowl`) for the frequency classes. The output is
// committed, so neither CI nor users need apt.
//
// Usage: node scripts/build-spelling-words.mjs
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import dictionary from 'dictionary-en'

const require = createRequire(import.meta.url)
const nspell = require('nspell')
const scowlDir = '/usr/share/dict/scowl'
const out = new URL('../rules/spelling/words.txt', import.meta.url)
const rareOut = new URL('../rules/spelling/words-rare.txt', import.meta.url)

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
const pkg = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version
const levels = [10, 20, 35, 40, 50, 55, 60, 70, 80, 95]

// SCOWL size of each word: the smallest list it is in. SCOWL sizes follow word
// frequency (10 = the most common words), so they serve as our frequency classes.
const scowlLevel = new Map()
/** Words to add beyond dictionary-en: names and capitalised words up to size 80, all words of size 70. */
const scowlNames = new Map()
// British, Australian, Canadian and common variant spellings (roubles, judgement, foetus) and their
// abbreviations (maths, the British word for math: it was taken for a typo of myths) up to
// size 60: translated copy arrives in any of them, and choosing one is a style question.
const variants = new Map()
/** Rarer words that are correct but never suggested (see below). */
const acceptedOnly = new Set()
const regionalRare = new Set()
for (const file of readdirSync(scowlDir).sort()) {
  const variant = /^(british|british_z|canadian|australian|variant_1|british_variant_1|canadian_variant_1|australian_variant_1)-(words|upper|contractions|abbreviations)\.(\d+)$/.exec(file)
  if (variant && Number(variant[3]) <= 60) {
    for (const word of readFileSync(path.join(scowlDir, file), 'utf8').split('\n')) {
      if (word && (!variants.has(word) || variants.get(word) > Number(variant[3]))) variants.set(word, Number(variant[3]))
    }
  }
  // The regional spellings of rarer words (iodisation, aerogel) are accepted like the American ones below.
  const regional = /^(british|british_z|canadian|australian)-words\.(70|80)$/.exec(file)
  if (regional) for (const word of readFileSync(path.join(scowlDir, file), 'utf8').split('\n')) if (word.length >= 6) regionalRare.add(word)
  // Second-rank variant spellings of common words (`pigmy`, `addendums`, `agism`) are real spellings
  // too, accepted like the rarer words below; from four letters (`ay`, `ani` are likelier slips).
  const second = /^(?:(?:british|canadian|australian)_)?variant_2-words\.(\d+)$/.exec(file)
  if (second && Number(second[1]) <= 60) for (const word of readFileSync(path.join(scowlDir, file), 'utf8').split('\n')) if (/^\p{Ll}{4,}$/u.test(word)) regionalRare.add(word)
  const match = /^(english|american)-(words|upper|proper-names|abbreviations|contractions)\.(\d+)$/.exec(file)
  if (!match) continue
  const level = Number(match[3])
  for (const word of readFileSync(path.join(scowlDir, file), 'utf8').split('\n')) {
    if (!word) continue
    if (!scowlLevel.has(word) || scowlLevel.get(word) > level) scowlLevel.set(word, level)
    if ((match[2] === 'upper' || match[2] === 'proper-names') && level <= 80) scowlNames.set(word, scowlLevel.get(word))
    // Size 70 words ("kvass", "hryvnia", "stupa") turn up in news; size 80 would also accept
    // ~2% of real misspellings (measured on the Birkbeck and Wikipedia lists). Short size-70
    // words ("ane", "ort", "dak") are left out: they are more often typos of common short words.
    if (match[2] === 'words' && level === 70 && word.length >= 5) scowlNames.set(word, level)
    // Size 80 words of six letters or more ("localist", "creational") are accepted but never
    // suggested: on real news text they are rare words, not typos. The full size 80 list would
    // accept ~2% of real misspellings; from six letters up, at most 1.3% of any list's (measured
    // on the Birkbeck, Norvig and Wikipedia lists), and short ones ("da", "gol") stay errors.
    if (match[2] === 'words' && level === 80 && word.length >= 6) acceptedOnly.add(word)
  }
}

const spell = nspell(dictionary)
const noSuggest = spell.flags.NOSUGGEST
const onlyInCompound = spell.flags.ONLYINCOMPOUND
const byLevel = new Map(levels.map((level) => [level, new Set()]))
const hidden = new Set()
for (const [word, codes] of Object.entries(spell.data)) {
  if (/\d/.test(word) || (codes && codes.includes(onlyInCompound))) continue
  if (codes && codes.includes(noSuggest)) {
    hidden.add(word)
    continue
  }
  // dictionary-en is SCOWL size 60, so a form SCOWL does not list (an affix form) counts as 60.
  byLevel.get(scowlLevel.get(word) ?? 60).add(word)
}
for (const [word, level] of [...scowlNames, ...variants]) {
  if (/\d/.test(word) || spell.data[word] !== undefined || /[^\p{L}'.-]/u.test(word)) continue
  byLevel.get(level).add(word)
}
// NOSUGGEST marks a stem, not the plural and possessive SCOWL lists apart: without this, `nigers` was
// "fixed" unasked to a slur (found by a review).
const hiddenStem = (word) => [/'s$/, /s$/, /es$/].some((ending) => hidden.has(word.replace(ending, '')) && word.replace(ending, '') !== word)
for (const words of byLevel.values()) {
  for (const word of words) {
    if (!hiddenStem(word)) continue
    words.delete(word)
    hidden.add(word)
  }
}

const lines = [
  '# Base English word list for the spelling stage. GENERATED by scripts/build-spelling-words.mjs: do not edit.',
  `# Sources: dictionary-en ${pkg('dictionary-en')} (Hunspell en_US from SCOWL size 60, licence MIT AND BSD, see node_modules/dictionary-en/license),`,
  '#   every affix form expanded with nspell; plus all words of SCOWL size 70 and proper names and capitalised words of SCOWL sizes <= 80',
  '#   (Debian package `scowl` 2020.12.07, english-/american- upper and proper-names lists; SCOWL licence: copyright Kevin Atkinson, permissive),',
  '#   and British, Australian, Canadian and variant_1 spellings and abbreviations (with their regional variant_1 lists) of SCOWL sizes <= 60 from the same package.',
  '#   Rarer words that are accepted but never suggested are in words-rare.txt.',
  '# One line per lower-case key: `key` then its spellings, each `size` when the spelling is the key itself, else `Spelling:size`',
  '# (`paris Paris:40`, `polish Polish:35 20`). size is the SCOWL size (10 = most frequent ... 95), the frequency class used to rank',
  '# suggestions; size `-` marks words that are correct but never suggested (dictionary-en NOSUGGEST: slurs and profanity).',
  '# Lines are sorted by key in byte (code point) order: the stage binary-searches the file as it is (src/spelling/sorted-lines.ts).',
]
const entries = []
for (const [level, words] of byLevel) for (const word of words) entries.push([word, String(level)])
for (const word of hidden) entries.push([word, '-'])
// "theres", "dont": a contraction without its apostrophe is an error in news copy, whatever SCOWL 80 says.
// A contraction: an apostrophe that is not a possessive, or 's after a most common word ("there's", "it's").
const contraction = (word) => /'(?!s$)/.test(word) || (word.endsWith("'s") && scowlLevel.get(word.slice(0, -2)) <= 20)
const contractions = new Set([...scowlLevel.keys(), ...Object.keys(spell.data)].filter(contraction).map((word) => word.replaceAll("'", '').toLowerCase()))
// Size 80 also lists common misspellings as variants ("publically"); cspell's list of common
// misspellings (devDependency, CC-BY-SA-4.0; only used to leave words out) keeps them errors.
// Its recall row in the evaluation is therefore no independent test of this list.
const cspellFile = path.join(path.dirname(require.resolve('@cspell/dict-en-common-misspellings')), 'dict/dict-en.json')
const misspellings = new Set(JSON.parse(readFileSync(cspellFile, 'utf8')).dictionaryDefinitions[0].suggestWords.map((line) => line.split('->')[0].trim().toLowerCase()))
for (const word of regionalRare) if (!scowlLevel.has(word)) acceptedOnly.add(word)
// Spellings of words.txt: a word listed there as it is (`amongst`, a variant_1 spelling) is not repeated here.
const listed = new Set(entries.map(([word]) => word))
const rare = [...acceptedOnly].filter((word) => !(contractions.has(word.toLowerCase()) || misspellings.has(word.toLowerCase()) || /[^\p{L}'-]/u.test(word) || spell.data[word] !== undefined || scowlLevel.get(word) < 80 || listed.has(word)))
// Every word is in the Basic Multilingual Plane, where UTF-16 order (`<`) is code point order, and so UTF-8 byte order.
if (entries.some(([word]) => /[\u{10000}-\u{10FFFF}]/u.test(word))) throw new Error('a word outside the BMP would break the byte order')
const byKey = new Map()
for (const [word, level] of entries.sort((a, b) => compare(a[0], b[0]))) {
  const key = word.toLowerCase()
  byKey.set(key, [...(byKey.get(key) ?? []), word === key ? level : `${word}:${level}`])
}
for (const key of [...byKey.keys()].sort(compare)) lines.push(`${key} ${byKey.get(key).join(' ')}`)
writeFileSync(out, lines.join('\n') + '\n')
console.log(`wrote ${lines.length} lines to ${out.pathname}`)
const rareLines = [
  '# Rare English words the spelling stage accepts but never suggests. GENERATED by scripts/build-spelling-words.mjs: do not edit.',
  '# Source: words of SCOWL size 80 of six letters or more, and British, Australian and Canadian words of sizes 70 and 80 of six letters or more',
  '#   and variant_2 spellings (also the British, Australian and Canadian variant_2 lists) of sizes <= 60 of four letters or more',
  '#   (Debian package `scowl` 2020.12.07; SCOWL licence: copyright Kevin Atkinson, permissive)',
  '#   that words.txt lacks, except contractions without their apostrophe (theres) and the misspellings listed by',
  '#   @cspell/dict-en-common-misspellings (publically). One lower-case word a line, sorted in byte order (binary-searched as it is).',
  ...[...new Set(rare.map((word) => word.toLowerCase()))].sort(compare),
]
writeFileSync(rareOut, rareLines.join('\n') + '\n')
console.log(`wrote ${rareLines.length} lines to ${rareOut.pathname}`)
