import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {type Config, defaultConfig, loadConfig} from '../src/config.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import {loadBaseLexicon} from '../src/spelling/lexicon.js'
import {Suggester} from '../src/spelling/suggest.js'
import {houseOf} from '../src/spelling/variants.js'
import type {CopydeskMessage} from '../src/types.js'

// Typos below were typed by the team for these tests.

describe('house spelling from the language tag', () => {
  it('reads a region of English as its house spelling, and anything else as none', () => {
    expect(houseOf('en-US')).toMatchObject({ize: 'american', our: 'american', re: 'american'})
    expect(houseOf('en-GB')).toMatchObject({ize: 'british', our: 'british', re: 'british', ll: 'british'})
    expect(houseOf('en_gb')).toEqual(houseOf('en-GB'))
    expect(houseOf('en-NZ')).toEqual(houseOf('en-GB'))
    // Canadian spelling: -our and -re, but -ize; either `judgment` or `judgement`.
    expect(houseOf('en-CA')).toMatchObject({our: 'british', re: 'british', ize: 'american', yze: 'american'})
    expect(houseOf('en-CA')?.dgement).toBeUndefined()
    // Oxford spelling: British with -ize.
    expect(houseOf('en-GB-oxendict')).toMatchObject({ize: 'american', yze: 'british', our: 'british'})
    // A script subtag comes before the region.
    expect(houseOf('en-Latn-US')).toEqual(houseOf('en-US'))
    expect(houseOf('en-Latn')).toBeUndefined()
    for (const plain of ['en', 'eng', 'en-XX', 'en-001', 'de-DE', 'fr-CA']) expect(houseOf(plain), plain).toBeUndefined()
  })
})

describe('suggestions under a house spelling', () => {
  const suggester = new Suggester(loadBaseLexicon(), false)
  const british = houseOf('en-GB')
  const american = houseOf('en-US')

  it('puts the house\'s twin first, whichever spelling the slip was nearer, and makes it certain', () => {
    // `orgnised` is one slip from `organised`, two from `organized`; `behavir` one from `behavior`.
    expect(suggester.suggest('orgnised', {house: american})).toMatchObject({words: ['organized', 'organised'], certain: true})
    expect(suggester.suggest('orgnised', {house: british})).toMatchObject({words: ['organised', 'organized'], certain: true})
    expect(suggester.suggest('behavir', {house: british})).toMatchObject({words: ['behaviour', 'behavior'], certain: true})
    expect(suggester.suggest('behavir', {house: american})).toMatchObject({words: ['behavior', 'behaviour'], certain: true})
  })

  it('takes a twin as near as the best for no rival once the house has chosen, but keeps other words rivals', () => {
    // Without a house, `centr` is centre or center: never certain.
    expect(suggester.suggest('centr').certain).toBe(false)
    expect(suggester.suggest('centr', {house: british})).toMatchObject({words: ['centre', 'center', ...suggester.suggest('centr').words.slice(2)], certain: true})
    expect(suggester.suggest('centr', {house: american})).toMatchObject({words: ['center', 'centre', ...suggester.suggest('centr').words.slice(2)], certain: true})
    // `oave`: have, gave or save, whatever the house.
    expect(suggester.suggest('oave', {house: british}).certain).toBe(false)
  })

  it('makes nothing certain that is not certain against every other word, each at its best spelling', () => {
    // `offece`: office or offence, one slip each; the house moving `offense` ahead of `offence` leaves the rival as near.
    const americanTypos = [['offece', 'office'], ['theare', 'there'], ['honoure', 'honor'], ['arour', 'ardor'], ['favoure', 'favor']]
    for (const [typo, first] of americanTypos) {
      const {words, certain} = suggester.suggest(typo!, {house: american})
      expect([words[0], certain], typo).toEqual([first, false])
    }
    const britishTypos = [['lter', 'later'], ['fiers', 'fires'], ['somer', 'some'], ['appaeled', 'appealed'], ['levele', 'level']]
    for (const [typo, first] of britishTypos) {
      const {words, certain} = suggester.suggest(typo!, {house: british})
      expect([words[0], certain], typo).toEqual([first, false])
    }
  })

  it('never offers a spelling the house\'s region does not write for a slip on a word it writes one way', () => {
    // `kilogramme` is no British twin of `kilogram`; `reprogramme` and `dialogue` are no British house's choice.
    expect(suggester.suggest('kilogarm', {house: british}).words[0]).toBe('kilogram')
    expect(suggester.suggest('kilogarm', {house: british}).words).not.toContain('kilogramme')
    expect(suggester.suggest('reprogarm', {house: british}).words[0]).toBe('reprogram')
    expect(suggester.suggest('dailog', {house: british}).words[0]).toBe('dialog')
    // American English writes glamour and analogue too: the nearer spelling stays first.
    expect(suggester.suggest('glamuor', {house: american}).words[0]).toBe('glamour')
    expect(suggester.suggest('anaolgue', {house: american}).words[0]).toBe('analogue')
  })

  it('overrides the article\'s own spellings', () => {
    const uses = new Map([['organization', 2]])
    const context = (key: string) => uses.get(key) ?? 0
    // Plain English follows the article (first, never certain); the house decides.
    expect(suggester.suggest('organisaton', {context})).toMatchObject({words: ['organization', 'organisation'], certain: false})
    expect(suggester.suggest('organisaton', {context, house: british})).toMatchObject({words: ['organisation', 'organization'], certain: true})
    const lean = () => 'british' as const
    expect(suggester.suggest('behavir', {context, region: lean, house: american})).toMatchObject({words: ['behavior', 'behaviour'], certain: true})
  })

  it('lets an article\'s lean touch only words with a real regional twin', () => {
    // `chapter`, `after`: the -re rule's `chaptre`, `aftre` are no words, so a British-leaning article changes nothing.
    const context = () => 0
    const lean = () => 'british' as const
    for (const typo of ['chaptr', 'voturs']) expect(suggester.suggest(typo, {context, region: lean}), typo).toEqual(suggester.suggest(typo))
    expect(suggester.suggest('chaptr').certain).toBe(true)
    // `behavor` has one: the article's region goes first, never certain.
    expect(suggester.suggest('behavor', {context, region: lean})).toMatchObject({words: ['behaviour', 'behavior'], certain: false})
  })

  it('gives a known misspelling\'s correction in the house spelling', () => {
    const listing = new Suggester(loadBaseLexicon())
    // cspell's list corrects `catalouge` to `catalogue`, certain: the house gives its own spelling, still certain.
    expect(listing.suggest('catalouge')).toMatchObject({words: ['catalogue', 'catalog'], certain: true})
    expect(listing.suggest('catalouge', {house: american})).toMatchObject({words: ['catalog', 'catalogue'], certain: true})
    expect(listing.suggest('catalouge', {house: british}).words[0]).toBe('catalogue')
  })

  it('leaves the writer a pair the house\'s region writes both ways', () => {
    // British English has the noun `licence` and the verb `license`; every region has the plural `analyses`.
    expect(suggester.suggest('licens', {house: british}).words[0]).toBe(suggester.suggest('licens').words[0])
    expect(suggester.suggest('licens', {house: american}).words[0]).toBe('license')
    expect(suggester.suggest('anlyses', {house: american}).words.slice(0, 2)).toEqual(suggester.suggest('anlyses').words.slice(0, 2))
  })
})

function spellingOnly(lang?: string): Config {
  const config = defaultConfig()
  if (lang) config.lang = lang
  config.stages = {script: false, names: false, typography: false, hedge: false, attribution: false, style: false}
  return config
}

async function findings(text: string, lang?: string, expectedLang?: string): Promise<CopydeskMessage[]> {
  const file = await checkText(createPipeline(spellingOnly(lang)), text, {format: 'text', ...(expectedLang ? {lang: expectedLang} : {})})
  // `spelling/regional` notes (`cancelled` in American copy) have their own tests below.
  return (file.messages as CopydeskMessage[]).filter((message) => message.ruleId !== 'regional')
}

describe('the spelling stage under a house spelling', () => {
  const leaningBritish = 'The council was criticised for its behavor in the floods; the colour-coded map of the centre was recognised as accurate.'

  it('gives opposite first suggestions for en-GB and en-US, each a safe fix', async () => {
    const [gb] = await findings('The orgnised tour was cancelled.', 'en-GB')
    const [us] = await findings('The orgnised tour was cancelled.', 'en-US')
    expect(gb).toMatchObject({actual: 'orgnised', expected: ['organised', 'organized', ...gb!.expected!.slice(2)], fix: 'safe'})
    expect(us).toMatchObject({actual: 'orgnised', expected: ['organized', 'organised', ...us!.expected!.slice(2)], fix: 'safe'})
  })

  it('overrides a British-leaning article in American house style', async () => {
    // Plain English: the article's lean first, never applied unasked.
    const [plain] = await findings(leaningBritish)
    expect(plain).toMatchObject({actual: 'behavor', expected: ['behaviour', 'behavior', ...plain!.expected!.slice(2)]})
    expect(plain!.fix).toBeUndefined()
    const [us] = await findings(leaningBritish, 'en-US')
    expect(us).toMatchObject({actual: 'behavor', expected: ['behavior', 'behaviour', ...us!.expected!.slice(2)], fix: 'safe'})
  })

  it('fixes a slip on the other region\'s spelling to the house\'s, sentence-initial too', async () => {
    const [lower] = await findings('Aid workers praised the organisaton of the camps.', 'en-US')
    expect(lower).toMatchObject({actual: 'organisaton', expected: ['organization', 'organisation', ...lower!.expected!.slice(2)], fix: 'safe'})
    const [initial] = await findings('Organisaton of the camps was praised.', 'en-US')
    expect(initial).toMatchObject({actual: 'Organisaton', severity: 'warning', expected: ['Organization', 'Organisation', ...initial!.expected!.slice(2)]})
  })

  it('takes the house from --lang as from the configuration', async () => {
    const [message] = await findings('Aid workers praised the organisaton of the camps.', undefined, 'en-US')
    expect(message!.expected![0]).toBe('organization')
  })

  it('leaves plain en and an unknown region of English exactly as they were', async () => {
    const text = `${leaningBritish} The centr of town. Its behavir was odd. The orgnised tour was cancelled.`
    const plain = await findings(text)
    expect(plain.map((message) => [message.actual, message.expected![0], message.fix])).toEqual([
      ['behavor', 'behaviour', undefined],
      ['centr', 'centre', undefined],
      ['behavir', 'behaviour', undefined],
      ['orgnised', 'organised', 'safe'],
    ])
    expect(await findings(text, 'en-XX')).toEqual(plain)
  })

  it('accepts any region of English in the configuration', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-house-'))
    for (const lang of ['en-GB', 'en-XX', 'en-GB-oxendict']) {
      const file = path.join(folder, '.copydeskrc.yml')
      writeFileSync(file, `lang: ${lang}\n`)
      expect(loadConfig(file).lang).toBe(lang)
    }
  })
})

describe('spelling/regional: a word spelled the other region\'s way', () => {
  const regional = async (text: string, lang?: string, format: 'text' | 'markdown' = 'text', config = spellingOnly(lang)) => {
    const file = await checkText(createPipeline(config), text, {format})
    return (file.messages as CopydeskMessage[])
      .filter((message) => message.ruleId === 'regional')
      .map((message) => {
        const place = message.place as {start: {offset: number}; end: {offset: number}}
        expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
        return [message.actual, message.expected![0], message.severity, message.fix]
      })
  }
  const text = 'The colour-coded map of the city centre was criticised, and my neighbour’s licence was late.'

  it('notes each one at info, with the house spelling to apply when asked', async () => {
    expect(await regional(text, 'en-US')).toEqual([
      ['colour', 'color', 'info', 'review'],
      ['centre', 'center', 'info', 'review'],
      ['criticised', 'criticized', 'info', 'review'],
      ['neighbour', 'neighbor', 'info', 'review'],
      ['licence', 'license', 'info', 'review'],
    ])
    expect(await regional('The color of the center was criticized by the organizers.', 'en-GB')).toEqual([
      ['color', 'colour', 'info', 'review'],
      ['center', 'centre', 'info', 'review'],
      ['criticized', 'criticised', 'info', 'review'],
      ['organizers', 'organisers', 'info', 'review'],
    ])
    // Canadian: British -our, American -ize.
    expect(await regional('The color of the organized march.', 'en-CA')).toEqual([['color', 'colour', 'info', 'review']])
  })

  it('says nothing with plain en or a region of English without a house spelling', async () => {
    expect(await regional(text)).toEqual([])
    expect(await regional(text, 'en-XX')).toEqual([])
  })

  it('leaves names, quotations, blockquotes, addresses and code alone', async () => {
    const markdown = [
      'The Labor Party met the World Health Organization at the Kennedy Center.',
      '',
      '"The color is wrong," she said, and he called it ‘a color of hope’.',
      '',
      '> The color of the sky.',
      '',
      'See https://example.com/color and `color: red` for the CSS.',
      '',
    ].join('\n')
    expect(await regional(markdown, 'en-GB', 'markdown')).toEqual([])
  })

  it('notes a word capitalised at a sentence start, unless the article capitalises it mid-sentence or it is also a name', async () => {
    expect(await regional('Colour is a sensitive subject. The colour changed. Defence ministers met.', 'en-US')).toEqual([
      ['colour', 'color', 'info', 'review'],
      ['Colour', 'Color', 'info', 'review'],
      ['Defence', 'Defense', 'info', 'review'],
    ])
    expect(await regional('## Colour of the flag\n', 'en-US', 'markdown')).toEqual([['Colour', 'Color', 'info', 'review']])
    // `the Colour Revolution`: a name; `Labour` (beside the name `Labor`), `Centre`: names as well as words.
    expect(await regional('Colour mattered. The leaders of the Colour Revolution met in the capital. Labour won. Centre stage.', 'en-US')).toEqual([])
  })

  it('knows quotations in straight single quotes and inline HTML, and apostrophes and inch marks for none', async () => {
    expect(await regional("'Our neighbours are watching,' the US ambassador said.", 'en-US')).toEqual([])
    expect(await regional('She said <q>the colour of the flag matters</q> of <cite>the colour purple</cite>.', 'en-US', 'markdown')).toEqual([])
    // An inch mark, a plural possessive and an elided year open no quotation that would hide the rest of the paragraph.
    expect(await regional('The 12" vinyl single sold out, and the colour of its sleeve drew neighbours\' complaints.', 'en-US')).toEqual([
      ['colour', 'color', 'info', 'review'],
      ['neighbours', 'neighbors', 'info', 'review'],
    ])
    expect(await regional('The ‘90s colour palette returned.', 'en-US')).toEqual([['colour', 'color', 'info', 'review']])
    // A straight single mark never closed is an apostrophe (`'em`), no quotation.
    expect(await regional("They told 'em the colour was wrong.", 'en-US')).toEqual([['colour', 'color', 'info', 'review']])
  })

  it('corrects a typo in a quotation as without a house, in the quotation\'s own spelling', async () => {
    const [quoted] = await findings('The British report said “the organisaton failed its neighbours” and urged reform.', 'en-US')
    expect(quoted).toMatchObject({actual: 'organisaton', expected: ['organisation', 'organization']})
    const [blockquote] = await checkText(createPipeline(spellingOnly('en-US')), '> The behavour of the police was appalling.\n', {format: 'markdown'}).then((file) => file.messages as CopydeskMessage[])
    expect(blockquote).toMatchObject({actual: 'behavour', expected: ['behaviour', 'behavior']})
    // Outside the quotation the house decides.
    const [prose] = await findings('The report said the organisaton failed.', 'en-US')
    expect(prose!.expected![0]).toBe('organization')
  })

  it('leaves pairs of different words, and pairs the house\'s region writes both ways', async () => {
    // `timbre` is no British `timber`; British English licenses with an s, and meters gas; `analyses` is a plural everywhere.
    expect(await regional('The timbre of her voice. The council licenses taxis and the gas meter.', 'en-GB')).toEqual([])
    expect(await regional('Two analyses of the data.', 'en-US')).toEqual([])
  })

  it('pairs the whole of each family: -red and -ring, -hood, -llor, a doubled l after two vowels, odour', async () => {
    expect(await regional('The debate centered on taxes, centering on rates.', 'en-GB')).toEqual([
      ['centered', 'centred', 'info', 'review'],
      ['centering', 'centring', 'info', 'review'],
    ])
    expect(await regional('The debate centred on the neighbourhood counsellor, who fuelled the odour of scandal.', 'en-US')).toEqual([
      ['centred', 'centered', 'info', 'review'],
      ['neighbourhood', 'neighborhood', 'info', 'review'],
      ['counsellor', 'counselor', 'info', 'review'],
      ['fuelled', 'fueled', 'info', 'review'],
      ['odour', 'odor', 'info', 'review'],
    ])
  })

  it('leaves words the house\'s own region writes that way, and Latin phrases', async () => {
    // British English writes -gramme only in `programme`: a kilogram is a kilogram.
    expect(await regional('Officers seized 20 kilograms of cocaine and 300 milligrams of fentanyl.', 'en-GB')).toEqual([])
    // Words of the families the house leaves to the writer: reprogram as program, misjudgment as judgment, a dialog box.
    expect(await regional('Engineers will reprogram the computer after a misjudgment; a dialog box appeared.', 'en-GB')).toEqual([])
    // American English writes glamour, an analogue of a drug, exorcise.
    expect(await regional('The glamour of an analogue of fentanyl; priests exorcise demons.', 'en-US')).toEqual([])
    // `rigor mortis` is Latin in every region; `rigor` alone is not.
    expect(await regional('The pathologist said rigor mortis had set in, with rigor.', 'en-GB')).toEqual([['rigor', 'rigour', 'info', 'review']])
    expect(await regional('The programme ran.', 'en-US')).toEqual([['programme', 'program', 'info', 'review']])
  })

  it('leaves a word the configuration accepts by name', async () => {
    const config = spellingOnly('en-GB')
    config.accept = ['color']
    expect(await regional('The color of the center.', 'en-GB', 'text', config)).toEqual([['center', 'centre', 'info', 'review']])
    // Its plurals and verb forms too.
    config.accept = ['color', 'favorite', 'organize']
    expect(await regional('The colors, colored maps and favorites of those organizing it, in the center.', 'en-GB', 'text', config)).toEqual([['center', 'centre', 'info', 'review']])
  })
})
