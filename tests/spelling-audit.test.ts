// Findings from an audit of Russian→English machine translation (MLQE-PE), on sentences written for these tests.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {type Config, defaultConfig} from '../src/config.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import {loadBaseLexicon, wordLines} from '../src/spelling/lexicon.js'
import type {CopydeskMessage} from '../src/types.js'

function onlySpelling(config: Config = defaultConfig()): Config {
  config.stages = {script: false, names: false, typography: false, hedge: false, attribution: false, style: false}
  return config
}

const processor = createPipeline(onlySpelling())

async function findings(text: string) {
  const file = await checkText(processor, text, {format: 'text'})
  const messages = (file.messages as CopydeskMessage[]).filter((message) => message.source === 'spelling' || message.ruleId === 'inconsistent')
  for (const message of messages) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
  }
  return messages.map((message) => ({rule: message.ruleId, severity: message.severity, actual: message.actual, expected: message.expected?.[0], fix: message.fix}))
}

describe('family plurals of known names', () => {
  it('accepts a known surname with a plural `s`, and its possessive', async () => {
    expect(await findings('The Navalnys met the Lavrovs and the Zelenskys in Berlin.')).toEqual([])
    expect(await findings('Later the Skripals and the Obamas arrived; the Skripals’ house was sealed.')).toEqual([])
    // Mixed with the name itself in one article: no inconsistency either.
    expect(await findings('Alexei Navalny spoke on Monday. Later the Navalnys flew to Berlin.')).toEqual([])
  })

  it('still reports a slip on the name, a lower-case word with an `s`, and a slip on a common word at a sentence start', async () => {
    expect(await findings('Then the Skripalz met reporters.')).toMatchObject([{rule: 'misspelling', actual: 'Skripalz', expected: 'Skripal'}])
    // `polish` is a lower-case word too: `Polishs` is no family.
    expect((await findings('The Polishs met reporters.')).map((finding) => finding.actual)).toEqual(['Polishs'])
    // A name ending in `s`, `sh` or `ch` takes `-es`: `Pariss`, `Frenchs` are slips.
    expect((await findings('We flew to Pariss on Monday.')).map((finding) => finding.actual)).toEqual(['Pariss'])
    expect((await findings('They met the Frenchs on Monday.')).map((finding) => finding.actual)).toEqual(['Frenchs'])
    // `Elway` is a name, but `Elways` opening a sentence is a slip on `Always`.
    expect(await findings('Elways check the facts.')).toMatchObject([{rule: 'misspelling', severity: 'warning', actual: 'Elways', expected: 'Always'}])
  })
})

describe('given names and patronymics in Russia and Ukraine copy', () => {
  it('accepts common given names in their wire spellings, and patronymics made from them', async () => {
    expect(await findings('On Tuesday Oleg Ivanovich met Yevgeny Sergeyevich, Lyudmila Ivanovna and Gennady Nikolayevich.')).toEqual([])
    expect(await findings('The panel included Evgeny Ryzhov, Maksim Orlov, Arkady Dvorkovich, Stanislav Kuznetsov and Vyacheslav Alexandrovich.')).toMatchObject([
      {rule: 'unknown-name', actual: 'Ryzhov'},
      {rule: 'unknown-name', actual: 'Dvorkovich'},
    ])
    expect(await findings('Ukrainian officials Oleh Volodymyrovych and Iryna Petrivna spoke to Serhiy Anatoliyovych.')).toEqual([])
  })

  it('suggests a given name for a slip on it, and leaves a slip on a patronymic to be a name', async () => {
    expect(await findings('The speaker, Vyacheslov Volodin, declined to comment.')).toMatchObject([{rule: 'misspelling', severity: 'warning', actual: 'Vyacheslov', expected: 'Vyacheslav', fix: 'review'}])
    // `Ivanovic` is a Serbian surname, not a slip on `Ivanovich`.
    expect((await findings('The coach, Branislav Ivanovic, resigned.')).map(({rule, actual}) => [rule, actual])).toEqual([
      ['unknown-name', 'Branislav'],
      ['unknown-name', 'Ivanovic'],
    ])
  })
})

describe('a known name in lower case beside a common word one slip away', () => {
  it('offers the name first and never fixes it to the other word unasked', async () => {
    expect(await findings('We bought an item for dota yesterday.')).toEqual([
      {rule: 'misspelling', severity: 'warning', actual: 'dota', expected: 'Dota', fix: 'review'},
    ])
    expect(await findings('She flew to paris last week.')).toEqual([
      {rule: 'misspelling', severity: 'warning', actual: 'paris', expected: 'Paris', fix: 'review'},
    ])
  })

  it('keeps a lower-case name with no common word near it at info, and a listed slip on a word that is no desk name an error', async () => {
    expect(await findings('Then they drove to moscow and kherson.')).toEqual([
      {rule: 'misspelling', severity: 'info', actual: 'moscow', expected: 'Moscow', fix: 'review'},
      {rule: 'misspelling', severity: 'info', actual: 'kherson', expected: 'Kherson', fix: 'review'},
    ])
    // `fromm` is on the list of common misspellings; Fromm is in SCOWL, not a name the desk listed.
    expect(await findings('He came fromm the north.')).toMatchObject([{rule: 'misspelling', severity: 'error', actual: 'fromm', expected: 'from', fix: 'safe'}])
  })
})

describe('a capitalised word with one letter four or more times in a row', () => {
  it('is no name: a warning with the word cut down as suggestion', async () => {
    expect(await findings('My New Cottttt arrived today.')).toEqual([{rule: 'misspelling', severity: 'warning', actual: 'Cottttt', expected: 'Cot', fix: undefined}])
  })

  it('takes a held sound drawn out for a word said so, at info, and leaves runs of three alone', async () => {
    expect(await findings('Ahhhhhh, no help came. Hmmmm, he said.')).toMatchObject([
      {rule: 'misspelling', severity: 'info', actual: 'Ahhhhhh', expected: 'Ah'},
      {rule: 'misspelling', severity: 'info', actual: 'Hmmmm', expected: 'Hmm'},
    ])
    expect(await findings('They met Mr Lllewyn there.')).toMatchObject([{rule: 'unknown-name', actual: 'Lllewyn'}])
  })
})

describe('words never offered as suggestions', () => {
  const listed = wordLines(readFileSync(new URL('../rules/spelling/never-suggest.txt', import.meta.url), 'utf8'))
  const base = new Set(
    readFileSync(new URL('../rules/spelling/words.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .flatMap((line) => {
        const [key, ...forms] = line.split(' ')
        return forms.map((form) => (form.includes(':') ? form.slice(0, form.lastIndexOf(':')) : key!))
      }),
  )

  it('hides only words of the base list, and keeps accepting them', () => {
    const lexicon = loadBaseLexicon()
    expect(listed.filter((word) => !base.has(word))).toEqual([])
    expect(listed.filter((word) => !lexicon.knows(word))).toEqual([])
    expect(listed.filter((word) => lexicon.suggestable(word.toLowerCase()).includes(word))).toEqual([])
  })

  it('does not offer a vulgar word for an untranslated one, nor flag the word itself', async () => {
    const [kum] = await findings('The villagers called him kum and laughed.')
    expect(kum).toMatchObject({rule: 'misspelling', actual: 'kum'})
    expect(kum!.expected).not.toBe('cum')
    expect(await findings('A kitchen-cum-dining room was built.')).toEqual([])
  })
})

describe('words in capitals', () => {
  it('checks a word in a line of capitals that is one slip from a common word, and a known misspelling anywhere', async () => {
    expect(await findings('PLEASE WAIT AND REPECT TO HAPPENED.')).toMatchObject([{rule: 'misspelling', severity: 'warning', actual: 'REPECT', expected: 'RESPECT'}])
    expect(await findings('A country of lurking AGRESSIVE atheists.')).toMatchObject([{rule: 'misspelling', severity: 'warning', actual: 'AGRESSIVE', expected: 'AGGRESSIVE'}])
  })

  it('leaves acronyms alone: short ones, known ones, and unknown ones among lower-case words', async () => {
    expect(await findings('The deputy chairman of PARNAS spoke. Results of NCLAN studies were published by NATO and the UNHCR.')).toEqual([])
    expect(await findings('FIRE IN THE CITY: NATO AND UNHCR RESPOND.')).toEqual([])
  })
})
