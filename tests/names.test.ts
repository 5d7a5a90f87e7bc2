import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {ConfigError, type Config, defaultConfig} from '../src/config.js'
import {loadStyleSheets} from '../src/names/style-sheet.js'
import copydeskParse from '../src/parse/index.js'
import names from '../src/stages/names.js'
import type {CopydeskMessage} from '../src/types.js'

function processorFor(config: Config) {
  return unified()
    .use(copydeskParse)
    .use(() => names(config))
}

/** The default configuration with one more style sheet, written to a temporary file. */
function withSheet(yaml: string): Config {
  const sheet = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-names-')), 'house.yml')
  writeFileSync(sheet, yaml)
  return {...defaultConfig(), styleSheets: [sheet]}
}

async function check(text: string, config = defaultConfig()) {
  const processor = processorFor(config)
  const file = new VFile({value: text})
  file.data.format = 'markdown'
  await processor.run(processor.parse(file) as Root, file)
  const messages = file.messages as CopydeskMessage[]
  for (const message of messages) {
    expect(text.slice(message.place!.start!.offset, message.place!.end!.offset)).toBe(message.actual)
    expect([message.source, message.ruleId, message.fix]).toEqual(['names', 'style-sheet', 'safe'])
  }
  return messages.map((message) => [message.actual, message.expected[0]])
}

describe('names/style-sheet', () => {
  it('replaces known wrong variants: one word by the short form, several by the full name', async () => {
    expect(await check('Hegsett met Marko Rubio, and Ria Novosti quoted Vladimir Poutine and Dmitrij Peskow.')).toEqual([
      ['Hegsett', 'Hegseth'],
      ['Marko Rubio', 'Marco Rubio'],
      ['Ria Novosti', 'RIA Novosti'],
      ['Vladimir Poutine', 'Vladimir Putin'],
      ['Dmitrij Peskow', 'Dmitry Peskov'],
    ])
  })

  it('catches a back-transliterated name and a Russian given name on a Ukrainian', async () => {
    expect(await check('Officials said Timothy Kho had been told. Vladimir Zelensky spoke later.')).toEqual([
      ['Timothy Kho', 'Timothy Haugh'],
      ['Vladimir Zelensky', 'Volodymyr Zelensky'],
    ])
  })

  it('restores an outlet name left with a translated descriptor or without its article', async () => {
    expect(await check('The record-keeping publication Record, citing sources, said so, according to the publication Record and to Record.')).toEqual([
      ['The record-keeping publication Record', 'The Record'],
      ['the publication Record', 'The Record'],
      ['Record', 'The Record'],
    ])
  })

  it('catches a name capitalised otherwise, but not ordinary words or capitals', async () => {
    expect(await check('Gazeta.RU and Nsa said so; Sergey lavrov agreed. The record shows KOMMERSANT and Kommersant agree.')).toEqual([
      ['Gazeta.RU', 'Gazeta.ru'],
      ['Nsa', 'NSA'],
      ['Sergey lavrov', 'Sergey Lavrov'],
    ])
  })

  it('finds names beside letters and punctuation beyond ASCII, and in any capitalisation the search folds', async () => {
    expect(await check('«Hegsett» told Café Müller; the newspaper «Record» and Gazeta.RU, via Nſa, said so.')).toEqual([
      ['Hegsett', 'Hegseth'],
      ['Record', 'The Record'],
      ['Gazeta.RU', 'Gazeta.ru'],
    ])
  })

  it('leaves accepted forms and ordinary words alone', async () => {
    expect(
      await check(
        'Hegseth, Sergey Lavrov, Sergei Lavrov, RIA Novosti, TASS, Gazeta.ru, Gazeta.Ru, Kommersant, The Record and Putin. ' +
          'Record profits set a World Record for the Daily Record. Record Store Day. He kept a record of the publication.',
      ),
    ).toEqual([])
  })

  it('treats headings as title case: a bare outlet name there proves nothing', async () => {
    expect(await check('# Record Heat Hits Moscow\n\nText.')).toEqual([])
  })

  it('reads extra style sheets from the configuration', async () => {
    const config = withSheet('names:\n  - name: Novaya Gazeta\n    type: outlet\n    variants: [Novaja Gazeta]\n    provenance: test\n')
    expect(await check('Novaja Gazeta reported it.', config)).toEqual([['Novaja Gazeta', 'Novaya Gazeta']])
  })

  it('finds a variant that holds a letter beyond the Basic Multilingual Plane', async () => {
    const config = withSheet('names:\n  - name: Li Qi\n    type: person\n    variants: [Zhang𠀀ming]\n    provenance: test\n')
    expect(await check('He met Zhang𠀀ming today.', config)).toEqual([['Zhang𠀀ming', 'Li Qi']])
  })

  it('rejects a malformed sheet with one line naming the file and the key', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-names-'))
    const sheet = path.join(dir, 'bad.yml')
    writeFileSync(sheet, 'names:\n  - name: X\n    type: planet\n    provenance: test\n')
    expect(() => loadStyleSheets([sheet])).toThrow(ConfigError)
    expect(() => loadStyleSheets([sheet])).toThrow(`${sheet}: names[0].type must be one of person, outlet, organisation, place`)
  })

  it('refuses an alias bomb as a bad sheet, not a crash', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-names-'))
    const sheet = path.join(dir, 'bomb.yml')
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`)
    writeFileSync(sheet, `${levels.join('\n')}\nnames: []\n`)
    expect(() => loadStyleSheets([sheet])).toThrow(ConfigError)
  })

  it('ships records with type, dates and provenance', () => {
    const haugh = loadStyleSheets().records.find((record) => record.short === 'Haugh')!
    expect(haugh).toMatchObject({name: 'Timothy Haugh', type: 'person', roles: [{from: '2024-02-02', to: '2025-04-03'}]})
    expect(haugh.aliases.ru).toContain('Хо')
    for (const record of loadStyleSheets().records) expect(record.provenance).not.toBe('')
  })
})
