import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {franc} from 'franc'
import type {Paragraph, Root, Sentence} from 'nlcst'
import retextSyntaxUrls from 'retext-syntax-urls'
import {type Processor, unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {type Config, ConfigError, defaultConfig, loadConfig} from '../src/config.js'
import {isIso6391, languageName, sameLanguage, toIso6393} from '../src/language/codes.js'
import {countWords, joinsCleanly, readWordList, wordCounter} from '../src/language/function-words.js'
import {checkedSentences, toString} from '../src/nlcst.js'
import copydeskParse from '../src/parse/index.js'
import languageStage from '../src/stages/language.js'
import type {CopydeskMessage, Format} from '../src/types.js'

/** Parser and language stage only: these tests are about this stage, not its neighbours. */
function processorFor(config: Config = defaultConfig()) {
  return unified().use(copydeskParse).use(retextSyntaxUrls).use(function () {
    return languageStage(config)
  }) as unknown as Processor<Root, Root, Root>
}

const processor = processorFor()

async function check(text: string, options: {format?: Format; lang?: string; with?: Processor<Root, Root, Root>} = {}) {
  const file = new VFile({value: text})
  file.data.format = options.format ?? 'markdown'
  if (options.lang) file.data.expectedLang = options.lang
  const run = options.with ?? processor
  const tree = run.parse(file)
  await run.run(tree, file)
  const messages = file.messages as CopydeskMessage[]
  for (const message of messages) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    expect(message.source).toBe('language')
    expect(message.ruleId).toBe('untranslated')
  }
  return {file, tree, messages}
}

const english = [
  'Russian and American diplomats met in Istanbul on Thursday for a second round of talks on the work of their embassies, which have run with skeleton staff since the two countries expelled each other\'s envoys.',
  'The meeting lasted nearly six hours, according to officials on both sides, and ended without a joint statement. A spokesman for the State Department said the talks had been "constructive and businesslike".',
  'Neither side gave a date for the next round, but officials said they expected to meet again before the end of the summer.',
]

const russian = 'Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей неделе, если американская сторона выполнит свои обещания по возвращению дипломатической собственности.'

describe('language/untranslated', () => {
  it('flags a Russian paragraph in an English article, once, as Russian', async () => {
    const text = [english[0], russian, english[1], english[2]].join('\n\n')
    const {file, messages} = await check(text)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.actual).toBe(russian)
    expect(messages[0]!.lang).toBe('rus')
    expect(messages[0]!.reason).toBe('Paragraph appears to be in Russian')
    expect(file.data.language).toBe('eng')
  })

  it('flags a German quoted sentence inside an English paragraph, and only that sentence', async () => {
    const german = '„Wir werden die Gespräche fortsetzen, aber wir erwarten von der anderen Seite konkrete Schritte und keine leeren Versprechen.“'
    const paragraph = `The German foreign minister was blunt when she spoke to reporters in Berlin. ${german} Her counterpart in Moscow did not respond to the remarks on Friday.`
    const {messages} = await check([english[0], paragraph, english[2]].join('\n\n'))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.actual).toBe(german)
    expect(messages[0]!.lang).toBe('deu')
    expect(messages[0]!.reason).toBe('Sentence appears to be in German')
  })

  it('merges adjacent foreign sentences into one passage', async () => {
    const spanish = 'El ministro dijo que las conversaciones continuarán la próxima semana en la capital. Según el portavoz, ambas partes están dispuestas a buscar una solución duradera.'
    const paragraph = `The statement was read out in Spanish. ${spanish} No questions were taken after the statement was read.`
    const {messages} = await check(paragraph)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.actual).toBe(spanish)
    expect(messages[0]!.lang).toBe('spa')
    expect(messages[0]!.reason).toBe('2 sentences appear to be in Spanish')
  })

  it('gives a wholly French document one document-level message', async () => {
    const french = [
      'Les ministres des affaires étrangères se sont réunis jeudi à Istanbul pour un deuxième cycle de discussions sur le fonctionnement de leurs ambassades.',
      'La réunion a duré près de six heures, selon des responsables des deux parties, et s\'est achevée sans déclaration commune.',
      'Aucune date n\'a été fixée pour la prochaine rencontre, mais les deux délégations ont dit vouloir se revoir avant la fin de l\'été.',
      '## Réactions',
      'Le porte-parole du ministère a qualifié les discussions de constructives.',
    ].join('\n\n')
    const {file, messages} = await check(french)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.reason).toBe('Document appears to be in French')
    expect(messages[0]!.lang).toBe('fra')
    expect(file.data.language).toBe('fra')
  })

  it('does not flag a short quoted foreign phrase or a short foreign sentence', async () => {
    const text = [
      'The minister called the plan the so-called «перезагрузка» of relations, a word last heard in 2009, and said it would fail.',
      'Officials said the word had been chosen with care. „Danke schön“, the ambassador replied. The talks then moved on to visas.',
      english[1],
    ].join('\n\n')
    const {messages} = await check(text)
    expect(messages).toEqual([])
  })

  it('refuses to judge a Latin-script sentence below the measured reliability length', async () => {
    const french = 'Nous verrons bien ce qui se passera demain.'
    expect(french.length).toBeLessThan(60)
    expect(franc(french)).toBe('fra')
    const {messages} = await check(`The ambassador shrugged when asked about the vote. ${french} The vote is due on Monday.`)
    expect(messages).toEqual([])
  })

  it('names a document with no prose `und`', async () => {
    const {file, messages} = await check('```\nconst x = 1\n```\n')
    expect(file.data.language).toBe('und')
    expect(messages).toEqual([])
  })

  it('leaves alone an English article that plain franc misjudges: short lines full of names', async () => {
    const lines = [
      'Putin, Erdogan discuss Black Sea grain deal in Sochi',
      'Mayor Sobyanin opens Moscow metro Big Circle Line after delays',
      'Hegseth orders Cyber Command pause against Russia',
      'Kazakh President Tokayev thanks Erdogan for Astana grain corridor talks',
    ]
    // The test means something only if franc alone gets these wrong.
    expect(lines.filter((line) => franc(line) !== 'eng').length).toBe(lines.length)
    const {file, messages} = await check([...lines.map((line) => `## ${line}`), ...english].join('\n\n'))
    expect(messages).toEqual([])
    expect(file.data.language).toBe('eng')
  })

  it('names Russian right where plain franc says Bulgarian, by the alphabet', async () => {
    // MLQE-PE ru→en dev, segment 8815 (CC0-1.0).
    const paragraph = 'Разработчики законопроекта о домашнем насилии назвали неприменимым на практике и юридически неграмотным вариант документа, опубликованный накануне на сайте Совета Федерации.'
    expect(franc(paragraph)).toBe('bul')
    const {messages} = await check([english[0], paragraph].join('\n\n'))
    expect(messages.map((message) => message.lang)).toEqual(['rus'])
  })

  it('names a short line with `ё` Russian, though every language franc ranks close to the top lacks the letter', async () => {
    // MLQE-PE ru→en test, machine translation side (CC0-1.0): the line was left in Russian.
    const line = 'Пойдёмте поиграем?'
    expect(franc(line, {minLength: 1})).toBe('bul')
    const {messages} = await check(`We played cards all evening. ${line}`)
    expect(messages.map((message) => [message.actual, message.lang])).toEqual([[line, 'rus']])
    expect(messages[0]!.reason).toContain('Russian')
  })

  it('names a short Cyrillic sentence only as the most likely language of its script', async () => {
    const quote = 'Мы не собираемся уступать давлению и будем защищать наши интересы.'
    const paragraph = `The spokesman repeated the line in Russian. ${quote} He did not take questions.`
    const {file, messages} = await check(paragraph)
    expect(file.data.language).toBe('eng')
    expect(messages).toHaveLength(1)
    expect(messages[0]!.actual).toBe(quote)
    expect(messages[0]!.lang).toBe('rus')
    expect(messages[0]!.reason).toBe('Sentence appears to be in a Cyrillic-script language, most likely Russian')
  })

  it('names a sentence in a script only one language uses by the script alone', async () => {
    const greek = 'Η κυβέρνηση θα ανακοινώσει τα νέα μέτρα την επόμενη εβδομάδα.'
    const {messages} = await check(`Officials in Athens were cautious. ${greek} Markets barely moved on the news.`)
    expect(messages.map((message) => [message.actual, message.lang, message.reason])).toEqual([[greek, 'ell', 'Sentence appears to be in Modern Greek']])
  })

  it('marks flagged passages so that the English-only stages skip them', async () => {
    const text = [english[0], russian, english[1]].join('\n\n')
    const {tree} = await check(text)
    const paragraph = tree.children.find((node): node is Paragraph => node.type === 'ParagraphNode' && toString(node) === russian)
    expect((paragraph!.data as {lang?: string}).lang).toBe('rus')
    const checked = [...checkedSentences(tree)].map(({sentence}) => toString(sentence as Sentence))
    expect(checked.some((sentence) => /[а-я]/.test(sentence))).toBe(false)
    expect(checked.length).toBeGreaterThan(2)
  })

  it('takes the expected language from --lang, then the ninjs item, and accepts ISO 639-1 or 639-3', async () => {
    const text = [english[0], russian].join('\n\n')
    const asRussian = await check(text, {lang: 'ru'})
    expect(asRussian.messages.map((message) => [message.lang, message.reason])).toEqual([['eng', 'Paragraph appears to be in English']])
    const asRussian3 = await check(text, {lang: 'rus'})
    expect(asRussian3.messages).toHaveLength(1)
    const item = JSON.stringify({language: 'ru', headline: 'Переговоры в Стамбуле', body_text: russian})
    const ninjs = await check(item, {format: 'ninjs'})
    expect(ninjs.messages).toEqual([])
    expect(ninjs.file.data.language).toBe('rus')
  })

  it('narrows the candidates to the configured languages', async () => {
    // Ukrainian by its letters (і, ї, є); with only Russian and Ukrainian allowed it cannot be anything else.
    const ukrainian = 'Міністр закордонних справ заявив, що переговори триватимуть наступного тижня, якщо інша сторона виконає свої обіцянки.'
    const narrowed = processorFor({...defaultConfig(), languages: ['ru', 'uk']})
    const {messages} = await check([english[0], ukrainian].join('\n\n'), {with: narrowed})
    expect(messages.map((message) => message.lang)).toEqual(['ukr'])
  })

  it('finds nothing untranslated in the seed article, and names it English', async () => {
    const seed = readFileSync(new URL('../fixtures/cyber-command/input.md', import.meta.url), 'utf8')
    const {file, messages} = await check(seed)
    expect(messages).toEqual([])
    expect(file.data.language).toBe('eng')
  })
})

describe('language configuration', () => {
  const write = (yaml: string) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-language-')), '.copydeskrc.yml')
    writeFileSync(file, yaml)
    return file
  }

  it('stores `languages:` as ISO 639-3 and rejects a code that is not a language', () => {
    expect(loadConfig(write('languages: [ru, ukr, ger]\n')).languages).toEqual(['rus', 'ukr', 'deu'])
    expect(() => loadConfig(write('languages: [ru, russian]\n'))).toThrow(ConfigError)
    expect(() => loadConfig(write('languages: [ru, russian]\n'))).toThrow(/`languages`: `russian` is not an ISO 639 language code/)
  })
})

describe('language codes', () => {
  it('maps ISO 639-1 and 639-2/B codes to ISO 639-3', () => {
    expect(toIso6393('en')).toBe('eng')
    expect(toIso6393('ger')).toBe('deu')
    expect(toIso6393('fra')).toBe('fra')
    expect(toIso6393('xx')).toBeUndefined()
  })

  it('counts a macrolanguage and its members as one language', () => {
    expect(sameLanguage('arb', toIso6393('ar')!)).toBe(true)
    expect(sameLanguage('rus', 'ukr')).toBe(false)
    expect(languageName('ell')).toBe('Modern Greek')
  })

  it('reads its table from rules/ exactly as the iso-639-3 package holds it (scripts/build-language-codes.mjs)', async () => {
    const {iso6393} = await import('iso-639-3')
    for (const language of iso6393) {
      expect(toIso6393(language.iso6393)).toBe(language.iso6393)
      if (language.iso6391) expect(toIso6393(language.iso6391)).toBe(language.iso6393)
      if (language.iso6392B) expect(toIso6393(language.iso6392B)).toBe(language.iso6393)
      expect(languageName(language.iso6393)).toBe(language.name.replace(/\s*\(.*\)$/, ''))
    }
    expect(isIso6391('ru')).toBe(true)
    expect(isIso6391('xx')).toBe(false)
  })
})

describe('function-word counts in parts', () => {
  const words = readWordList(new URL('../rules/language/english-function-words.txt', import.meta.url))

  it('adds up the parts of a text when no word runs across a seam', () => {
    const parts = ['The talks resumed on Monday.', ' ', 'They ended in a deadlock, officials said.']
    expect(joinsCleanly(parts)).toBe(true)
    const sum = parts.map((part) => countWords(part, words)).reduce((a, b) => ({hits: a.hits + b.hits, total: a.total + b.total}))
    expect(sum).toEqual(countWords(parts.join(''), words))
  })

  it('counts without a string per word as the pattern does, on real articles and tricky words', () => {
    const count = wordCounter(new Set([...words, 'o’brien', 'émile']))
    const fixtures = ['wikinews-korea', 'mlqe-ruen-machine-translation'].map((name) => readFileSync(new URL(`../fixtures/${name}/input.md`, import.meta.url), 'utf8'))
    const lines = [...fixtures.join('\n').split('\n'), 'THE Talks’ end: O’Brien’s and Émile’s; İstanbul, 𝐀𝐁 and Σ of the ŒUVRE', "DON'T don’t won’t it’s", '']
    for (const line of lines) expect(count(line)).toEqual(countWords(line, new Set([...words, 'o’brien', 'émile'])))
  })

  it('refuses seams inside a word, with straight or curly apostrophes', () => {
    expect(joinsCleanly(['the talk', 's resumed'])).toBe(false)
    expect(joinsCleanly(['the minister', "'s aide"])).toBe(false)
    expect(joinsCleanly(['the ministers’', 'aide'])).toBe(false)
    expect(joinsCleanly(['It ended.', '', 'It resumed.'])).toBe(true)
  })
})
