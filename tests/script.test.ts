import {readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import retextSyntaxUrls from 'retext-syntax-urls'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {type Config, defaultConfig} from '../src/config.js'
import copydeskParse from '../src/parse/index.js'
import language from '../src/stages/language.js'
import script from '../src/stages/script.js'
import {transliterate} from '../src/script/transliterate.js'
import type {CopydeskMessage, Format} from '../src/types.js'

function processorFor(config: Config) {
  return unified()
    .use(copydeskParse)
    .use(() => language(config))
    .use(() => script(config))
}

const processor = processorFor(defaultConfig())

async function check(text: string, format: Format = 'markdown', using = processor) {
  const file = new VFile({value: text})
  file.data.format = format
  await using.run(using.parse(file) as Root, file)
  const messages = file.messages as CopydeskMessage[]
  for (const message of messages) {
    expect(text.slice(message.place!.start!.offset, message.place!.end!.offset)).toBe(message.actual)
  }
  return messages.filter((message) => message.source === 'script')
}

const repairs = async (text: string) =>
  (await check(text)).filter((m) => m.ruleId === 'mixed-script').map((m) => [m.actual, m.expected[0], m.fix])

describe('script/mixed-script: one look-alike letter per script family', () => {
  // Each pair: the disguised word, and the word it was.
  const cases: Array<[string, string, string]> = [
    ['Cyrillic', 'Dеc', 'Dec'],
    ['Cyrillic capital', 'Мoscow', 'Moscow'],
    ['Greek', 'tοday', 'today'],
    ['Greek capital', 'ΤASS', 'TASS'],
    ['Armenian', 'Istanbսl', 'Istanbul'],
    ['Cherokee', 'Ꭰepartment', 'Department'],
    ['small Roman numerals', 'ⅽiteⅾ', 'cited'],
    ['fullwidth', 'Ｐentagon', 'Pentagon'],
    ['mathematical bold', 'w𝐚r', 'war'],
    ['mathematical, whole word', '𝐁𝐨𝐥𝐝', 'Bold'],
    ['letterlike', 'Estimat℮d', 'Estimated'],
    ['Latin small capital', 'ᴄyber', 'cyber'],
    ['Lisu', 'ꓑutin', 'Putin'],
    ['Coptic', 'ⲟfficial', 'official'],
    ['Canadian syllabics', 'ᐯote', 'Vote'],
    ['Latin ligature', 'ofﬁce', 'office'],
  ]
  for (const [family, disguised, original] of cases) {
    it(`repairs ${family}: ${disguised} → ${original}`, async () => {
      expect(await repairs(`The report was ${disguised} on Tuesday.`)).toEqual([[disguised, original, 'safe']])
    })
  }

  it('keeps the exact case, and tells a disguised I from a disguised l', async () => {
    expect(await repairs('Іstanbul and Іike and һeӀӀo and ӀLLEGAL.')).toEqual([
      ['Іstanbul', 'Istanbul', 'safe'],
      ['Іike', 'like', 'safe'],
      ['һeӀӀo', 'hello', 'safe'],
      ['ӀLLEGAL', 'ILLEGAL', 'safe'],
    ])
  })

  it('repairs a lone Cyrillic article and a letter joined by an apostrophe', async () => {
    expect(await repairs('It was а quiet day for О’Brien.')).toEqual([
      ['а', 'a', 'safe'],
      ['О', 'O', 'safe'],
    ])
  })

  it('flags a mix with no Latin look-alike, without a suggestion', async () => {
    const [message] = await check('The Moscowский office.')
    expect(message).toMatchObject({ruleId: 'mixed-script', actual: 'Moscowский', expected: []})
    expect(message!.fix).toBeUndefined()
  })

  it('points at the word inside HTML entities and Markdown emphasis', async () => {
    const html = await check('<p>Tom &amp; Jеrry said.</p>', 'html')
    expect(html.map((m) => [m.actual, m.expected[0]])).toEqual([['Jеrry', 'Jerry']])
    const markdown = await check('The *Pеntagon* said.')
    expect(markdown.map((m) => [m.actual, m.expected[0]])).toEqual([['Pеntagon', 'Pentagon']])
  })
})

describe('script: must leave alone', () => {
  it.each([
    'José, Zürich, Łódź, Dvořák, Erdoğan, Søren and Kılıçdaroğlu met at a naïve café.',
    'Nguyễn Tấn Dũng, Þórdís Kolbrún, Ørsted, Kraków, São Paulo, Ilham Əliyev, Ştefan, Straße, Ægir, Đoković, Māori, Hawaiʻi, O’Neill.',
    'It took 3 µs at 2 mΩ and 98 °F; 5‰ of H₂O, CO₂ and x², ½ a km², № 5, ™ © ®.',
    'The wire is 5 μm thick, the resistor 10 kΩ, the room 20 °C, the fee €5, the gap 5 µm.',
    'The α-helix, the β-blocker, NF-κB, TNF-α, the ΔF508 mutation and the Ω point.',
    'He said “no” — and ‘maybe’ – then left… A 2×4 board.',
    'Chapter Ⅻ and World War Ⅱ.',
    'Code `Dеc` is not prose, nor https://example.com/Dеc.',
  ])('%s', async (text) => {
    expect(await check(text)).toEqual([])
  })

  it('skips a whole passage in another language (the language stage reports it)', async () => {
    const text = 'Officials met in Istanbul on Tuesday.\n\nМинистр иностранных дел заявил, что переговоры продолжатся на следующей неделе, если американская сторона выполнит свои обещания.\n'
    expect(await check(text)).toEqual([])
  })
})

describe('script/foreign-script', () => {
  it('suggests the style-sheet name first for "Timothy Хо"', async () => {
    const [message] = await check('The commander of the Cyber Command, Timothy Хо, was told to halt.')
    expect(message).toMatchObject({ruleId: 'foreign-script', actual: 'Хо', expected: ['Haugh', 'Kho'], fix: 'review'})
    expect(message!.note).toContain('Cyber Command')
  })

  it('does not take an ambiguous alias without its given name', async () => {
    const [message] = await check('The leader Хо spoke.')
    expect(message).toMatchObject({actual: 'Хо', expected: ['Kho']})
  })

  it('maps full Cyrillic names and inflections through the style sheet', async () => {
    const messages = await check('The talks with Сергей Лавров ended; aides to Путина left, and ТАСС reported it.')
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([
      ['Сергей Лавров', 'Sergey Lavrov'],
      ['Путина', 'Putin'],
      ['ТАСС', 'TASS'],
    ])
  })

  it('transliterates in newsroom style otherwise, never as a safe fix', async () => {
    const [message] = await check('The late president Ельцин was mentioned.')
    expect(message).toMatchObject({actual: 'Ельцин', expected: ['Yeltsin'], fix: 'review'})
  })

  it('offers a transliteration of ordinary words but never applies it: they are still to translate', async () => {
    const [phrase] = await check('See the archive (дата обращения: March 2019).')
    expect(phrase).toMatchObject({actual: 'дата обращения', expected: ['data obrashcheniya']})
    expect(phrase!.fix).toBeUndefined()
    expect(phrase!.reason).toBe('Unexpected Cyrillic `дата обращения` in English copy; ordinary words left untranslated: translate them (transliterated `data obrashcheniya`)')
    const [alone] = await check('Звілнити! The crowd shouted.')
    expect(alone!.fix).toBeUndefined()
    // One capitalised word may be a name: the reason does not call it an ordinary word.
    expect(alone!.reason).toBe('Unexpected Cyrillic `Звілнити` in English copy; transliterated `Zvilnyty`')
  })

  it('follows the house transliteration setting', async () => {
    const config = {...defaultConfig(), transliteration: {Сергей: 'Sergei'}}
    const [message] = await check('The minister Сергей Шойгу spoke.', 'markdown', processorFor(config))
    expect(message).toMatchObject({actual: 'Сергей Шойгу', expected: ['Sergei Shoygu']})
  })

  it('flags other scripts without a suggestion it cannot make', async () => {
    const [message] = await check('The envoy met 習近平 on Monday.')
    expect(message).toMatchObject({ruleId: 'foreign-script', actual: '習近平', expected: []})
  })
})

describe('transliterate', () => {
  it('uses the Wikipedia (simplified BGN/PCGN) scheme, and the national system for Ukrainian', () => {
    expect(transliterate('Ельцин')).toBe('Yeltsin')
    expect(transliterate('Сергей')).toBe('Sergey')
    expect(transliterate('ЕЛЬЦИН')).toBe('YELTSIN')
    expect(transliterate('Сергей', {Сергей: 'Sergei'})).toBe('Sergei')
    expect(transliterate('Київ')).toBe('Kyiv')
    expect(transliterate('Звільнити Зеленського')).toBe('Zvilnyty Zelenskoho')
    expect(transliterate('Moscow')).toBeUndefined()
  })
})

describe('seed article', () => {
  it('flags only "Хо", with Haugh first', async () => {
    const text = readFileSync(new URL('../fixtures/cyber-command/input.md', import.meta.url), 'utf8')
    const messages = await check(text)
    expect(messages.map((m) => [m.ruleId, m.actual, m.expected[0]])).toEqual([['foreign-script', 'Хо', 'Haugh']])
  })
})

describe('script: more cases', () => {
  it('keeps an all-capitals word in capitals', async () => {
    expect(await repairs('The USℓ team and H𝙡V research.')).toEqual([
      ['USℓ', 'USI', 'safe'],
      ['H𝙡V', 'HIV', 'safe'],
    ])
  })

  it('reads a Cyrillic name joined to Latin letters as one name', async () => {
    const [message] = await check('The Газета.Ru site said so.')
    expect(message).toMatchObject({ruleId: 'foreign-script', actual: 'Газета.Ru', expected: ['Gazeta.ru', 'Gazeta.Ru']})
  })

  it('leaves a single styled character alone (a numeral or unit, not a word)', async () => {
    expect(await check('Part Ⅰ covers 5 ℓ of water.')).toEqual([])
  })

  it('does not look inside URLs in plain text', async () => {
    const withUrls = unified()
      .use(copydeskParse)
      .use(retextSyntaxUrls)
      .use(() => script(defaultConfig()))
    expect(await check('See https://example.com/Dеc/Хо for more.', 'text', withUrls)).toEqual([])
  })
})

describe('script: Russian units after a number', () => {
  it('suggests the English word before a transliteration', async () => {
    const messages = await check('The cooler costs 4050р. and the fund 5 млн rubles.')
    expect(messages.map((m) => [m.actual, m.expected, m.fix])).toEqual([
      ['р', [' rubles', 'r'], 'review'],
      ['млн', ['million', 'mln'], 'review'],
    ])
  })
})

describe('script: hostile input', () => {
  it('keeps a combining mark after a look-alike', async () => {
    const messages = await check('The \u{1D54F}\u0308 and M\u04E7scow signs.')
    expect(messages.map((m) => [m.actual, m.expected[0]])).toEqual([
      ['\u{1D54F}\u0308', 'X\u0308'],
      ['M\u04E7scow', 'M\u00F6scow'],
    ])
  })
})
