// Regenerates rules/spelling/patronymics.txt: Russian and Ukrainian patronymics (`Ivanovich`,
// `Sergeyevna`, `Volodymyrovych`) made from the male names of rules/spelling/given-names.txt, in
// each romanisation listed there. The stage accepts them as written but never suggests them: a
// slip on one is as often another name (`Ivanovic`, a Serbian surname) as a typo.
//
// Hand-written rather than taken from a library: no maintained npm package derives romanised
// patronymics, and the rules are few. Regular rules (Russian): a name ending in a consonant takes
// -ovich / -ovna (Ivan → Ivanovich, Ivanovna); in -y or -i it takes -yevich / -yevna, or -evich /
// -evna after a vowel (Sergey → Sergeyevich, Sergeevich) and -ievich, -iyevich after a consonant
// (Anatoly → Anatolyevich, Anatolievich, Anatoliyevich); in -a it drops it (Danila → Danilovich).
// Ukrainian: a consonant takes -ovych / -ivna (Volodymyr → Volodymyrovych, Volodymyrivna), -iy and
// -ii keep it (Serhiy → Serhiyovych, Serhiyivna; Serhii → Serhiiovych, Serhiivna), -o and -a drop it
// (Petro → Petrovych, Petrivna). The rest are
// listed by hand below (`irregular`).
//
// The script also refuses any given name or patronymic whose lower case is an English word in
// words.txt or words-rare.txt (`Roman`, `Vera`, `Mark`): the stage would accept a capitalised
// common word as a name; or a common misspelling (@cspell/dict-en-common-misspellings, as
// build-spelling-names.mjs does: `Savely` for `Safely`, `Vitaliy` for `Vitality`).
//
// Usage: node scripts/build-spelling-patronymics.mjs (after build-spelling-words.mjs)
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const rules = new URL('../rules/spelling/', import.meta.url)

/**
 * Male names given-names.txt leaves out because their lower case is an English word (the dictionary
 * knows them capitalised already) or a common misspelling: their patronymics are made all the same.
 */
const leftOut = [
  ...['Alexander', 'Maxim', 'Semen', 'Lazar', 'Lev', 'Roman', 'Mark', 'Marat', 'Savely'].map((name) => ({name, section: 'Russian male'})),
  {name: 'Vitaliy', section: 'Ukrainian male'},
]

/** Names whose patronymics break the rules: male, female, for each spelling. */
const irregular = {
  Alexander: ['Alexandrovich', 'Alexandrovna'],
  Pavel: ['Pavlovich', 'Pavlovna'],
  Pyotr: ['Petrovich', 'Petrovna'],
  Petr: ['Petrovich', 'Petrovna'],
  Lev: ['Lvovich', 'Lvovna'],
  Ilya: ['Ilyich', 'Ilyinichna'],
  Nikita: ['Nikitich', 'Nikitichna'],
  Kuzma: ['Kuzmich', 'Kuzminichna'],
  Foma: ['Fomich', 'Fominichna'],
  Luka: ['Lukich', 'Lukinichna'],
  Savva: ['Savvich', 'Savvichna'],
  Yakov: ['Yakovlevich', 'Yakovlevna'],
  // Names that had a soft sign (Игорь, Лазарь): -evich / -evna.
  Igor: ['Igorevich', 'Igorevna'],
  Lazar: ['Lazarevich', 'Lazarevna'],
  // Ukrainian.
  Mykola: ['Mykolayovych', 'Mykolaivna', 'Mykolaiovych', 'Mykolayivna'],
  Illia: ['Illich', 'Illivna'],
  Illya: ['Illich', 'Illivna'],
  Yakiv: ['Yakovych', 'Yakivna'],
  Fedir: ['Fedorovych', 'Fedorivna'],
  Hryhoriy: ['Hryhorovych', 'Hryhorivna'],
  Hryhorii: ['Hryhorovych', 'Hryhorivna'],
  Ihor: ['Ihorovych', 'Ihorivna'],
}

const russianVowels = /[aeiouy]$/

/** The patronymics of a Russian male name by the regular rules. */
function russian(name) {
  // `Anatoliy`, `Dmitriy`: the -iy spelling makes the same patronymics as `Anatoly`.
  if (name.endsWith('iy')) return russian(name.slice(0, -1))
  const last = name.at(-1)
  if (/[yi]$/.test(name)) {
    const stem = name.slice(0, -1)
    return [`${stem}yevich`, `${stem}yevna`, ...(russianVowels.test(stem) ? [`${stem}evich`, `${stem}evna`] : [`${stem}ievich`, `${stem}ievna`, `${stem}iyevich`, `${stem}iyevna`])]
  }
  if (last === 'a') return [`${name.slice(0, -1)}ovich`, `${name.slice(0, -1)}ovna`]
  return [`${name}ovich`, `${name}ovna`]
}

/** The patronymics of a Ukrainian male name by the regular rules. */
function ukrainian(name) {
  if (name.endsWith('iy')) return [`${name}ovych`, `${name}ivna`]
  if (name.endsWith('ii')) return [`${name}ovych`, `${name}vna`]
  if (/[oa]$/.test(name)) return [`${name.slice(0, -1)}ovych`, `${name.slice(0, -1)}ivna`]
  return [`${name}ovych`, `${name}ivna`]
}

/** Lower-case keys of a generated word list that are spelled in lower case (`mark 10 Mark:50`: `mark`). */
function lowerCaseWords(file) {
  const words = new Set()
  for (const line of readFileSync(new URL(file, rules), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [key, ...forms] = line.split(' ')
    if (forms.length === 0 || forms.some((form) => !form.includes(':'))) words.add(key)
  }
  return words
}
const english = new Set([...lowerCaseWords('words.txt'), ...lowerCaseWords('words-rare.txt')])
const require = createRequire(import.meta.url)
const cspellFile = path.join(path.dirname(require.resolve('@cspell/dict-en-common-misspellings')), 'dict/dict-en.json')
const misspellings = new Set(JSON.parse(readFileSync(cspellFile, 'utf8')).dictionaryDefinitions[0].suggestWords.map((line) => line.split('->')[0].trim().toLowerCase()))

const given = []
let section = ''
for (const raw of readFileSync(new URL('given-names.txt', rules), 'utf8').split('\n')) {
  const heading = /^##\s*(.*)$/.exec(raw)
  if (heading) section = heading[1]
  const line = raw.replace(/#.*/, '').trim()
  if (!line) continue
  for (const name of line.split('|').map((part) => part.trim())) given.push({name, section})
}

const patronymics = new Set()
for (const name of leftOut) given.push({...name, leftOut: true})
for (const {name, section} of given) {
  const forms = irregular[name] ?? (section.startsWith('Russian male') ? russian(name) : section.startsWith('Ukrainian male') ? ukrainian(name) : [])
  for (const form of forms) patronymics.add(form)
}

const collisions = [...given.filter((name) => !name.leftOut).map(({name}) => name), ...patronymics].filter((word) => english.has(word.toLowerCase()) || misspellings.has(word.toLowerCase()))
if (collisions.length > 0) {
  console.error(`names whose lower case is an English word or a common misspelling (take them out of given-names.txt): ${collisions.join(', ')}`)
  process.exit(1)
}

const sorted = [...patronymics].sort()
const lines = [
  '# Russian and Ukrainian patronymics the spelling stage accepts as written (capitalised) but never suggests. GENERATED by',
  '#   scripts/build-spelling-patronymics.mjs from the male names of given-names.txt (regular rules, irregular ones listed',
  '#   in the script): do not edit. Licence: same as copydesk (MIT). One patronymic a line.',
  ...sorted,
]
writeFileSync(new URL('patronymics.txt', rules), lines.join('\n') + '\n')
console.log(`wrote ${sorted.length} patronymics from ${given.length} male and female names`)
