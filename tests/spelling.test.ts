import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {type Config, defaultConfig} from '../src/config.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import {loadBaseLexicon} from '../src/spelling/lexicon.js'
import {prefixRange, withinDistance} from '../src/spelling/search.js'
import {EditProbe, mayHoldIn, SortedLines, toBytes} from '../src/spelling/sorted-lines.js'
import {Suggester} from '../src/spelling/suggest.js'
import type {CopydeskMessage} from '../src/types.js'

const seed = readFileSync(new URL('../fixtures/cyber-command/input.md', import.meta.url), 'utf8')

function onlySpelling(config: Config = defaultConfig()): Config {
  // The stages under test and language routing; the other stages have their own tests.
  config.stages = {script: false, names: false, typography: false, hedge: false, attribution: false, style: false}
  return config
}

const processor = createPipeline(onlySpelling())

async function findings(text: string, format: 'text' | 'markdown' = 'text', pipeline = processor) {
  const file = await checkText(pipeline, text, {format})
  const messages = (file.messages as CopydeskMessage[]).filter((message) => message.source === 'spelling' || message.ruleId === 'inconsistent')
  for (const message of messages) {
    // Every finding points exactly at the flagged text.
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
  }
  return messages
}

const severe = (messages: CopydeskMessage[]) => messages.filter((message) => message.severity !== 'info')

describe('spelling stage on the seed article', () => {
  it('reports exactly `ceace`, with `cease` first', async () => {
    const messages = await findings(seed, 'markdown')
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected?.[0]])).toEqual([['misspelling', 'ceace', 'cease']])
    expect(messages[0]!.severity).toBe('error')
  })

  it('leaves the Cyrillic name to the script stage', async () => {
    const messages = await findings('The commander, Timothy Хо, ordered a halt.')
    expect(messages).toEqual([])
    // A look-alike letter from another script is a mixed-script matter, not a second spelling.
    expect(await findings('Talks in Istanbul ended. Later, Istanbսl hosted more.')).toEqual([])
  })
})

describe('wire copy', () => {
  it('knows the trade terms of wire copy, and leaves its unit abbreviations to the typography stage', async () => {
    // Reuters-21578 (1987), stories 9634, 1724, 7595 and 5244.
    const text = [
      'Gasoline demand averaged 6.72 mln bpd, off 1.2 pct.',
      'Netting offsets the amounts payable to a single counterparty; counterparties vary.',
      'About 1.2 billion dlrs remains undisbursed.',
      'Actual liftings of gasoil are much lower than that.',
    ].join(' ')
    expect(severe(await findings(text, 'text', createPipeline(defaultConfig())))).toEqual([])
    // A slip on one is still a typo.
    expect((await findings('Actual liftigns are lower.')).map((message) => [message.actual, message.expected?.[0]])).toEqual([['liftigns', 'liftings']])
  })

  it('takes `und` inside a German or Swiss firm name for part of the name, and still flags it between English words', async () => {
    // Reuters-21578 (1987), stories 6388, 10744, 6378 and 3188.
    const names = [
      'The issue coincides with a large capital increase by the Aachener und Muenchener insurance group.',
      'Mannesmann is also purchasing a 25.01 pct stake in Fichtel und Sachs from Commerzbank.',
      'F. Hoffmann-La Roche und Co AG said it introduced a new drug.',
      'It also covered Bayerische Hypotheken- und Wechsel-Bank AG.',
    ].join(' ')
    expect((await findings(names)).filter((message) => message.actual === 'und')).toEqual([])
    const typo = await findings('Britain und France agreed on the plan.')
    expect(typo.map((message) => [message.actual, message.severity, message.expected?.[0]])).toEqual([['und', 'error', 'and']])
  })

  it('knows the legal forms after company names in wire copy', async () => {
    // Reuters-21578 (1987), stories 16747 and 4108.
    const text = "Britain's Cable and Wireless Plc holds a 20 pct share. IBM Deutschland GmbH reported a drop. Sime Darby Sdn Bhd and Pioneer Sugar Mills Pty agreed."
    expect(await findings(text)).toEqual([])
  })
})

describe('names', () => {
  it('does not flag names the newsroom vocabulary knows, in any apostrophe form', async () => {
    const text = "Sergey Lavrov met Pete Hegseth. Lavrov's aide and Lavrov’s deputy spoke to RIA Novosti and Gazeta.ru in Istanbul."
    expect(await findings(text)).toEqual([])
  })

  it('reports an unknown capitalised word mid-sentence as a likely name, at info level', async () => {
    const messages = await findings('The talks were led by Ambassador Zorbulatov in Geneva.')
    expect(messages.map((message) => [message.ruleId, message.actual, message.severity])).toEqual([['unknown-name', 'Zorbulatov', 'info']])
  })

  it('reports a name one slip from a known name as a typo with the name as suggestion', async () => {
    const messages = await findings('The minister, Sergey Lavrow, spoke on Monday.')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ruleId: 'misspelling', actual: 'Lavrow', severity: 'warning'})
    expect(messages[0]!.expected?.[0]).toBe('Lavrov')
  })

  it('flags the possessive of a misspelled name at the name only', async () => {
    const text = 'He cited Lavrow’s remarks.'
    const [message] = await findings(text)
    expect(message).toMatchObject({actual: 'Lavrow', expected: expect.arrayContaining(['Lavrov'])})
  })

  it('still checks the first word of a sentence', async () => {
    const messages = severe(await findings('Goverment officials met on Monday.'))
    expect(messages.map((message) => [message.actual, message.expected?.[0]])).toEqual([['Goverment', 'Government']])
  })

  it('takes another romanisation of a known name for a name, not a typo, while other slips stay typos', async () => {
    // `Sergiy` for the newsroom's `Sergey` (`Vitaly` for `Vitali` is now a listed given name).
    const messages = await findings('The host, Sergiy Dymarsky, asked Matvienko and Sergey Lavrow.')
    expect(messages.map((message) => [message.ruleId, message.actual, message.severity])).toEqual([
      ['unknown-name', 'Sergiy', 'info'],
      ['unknown-name', 'Dymarsky', 'info'],
      ['unknown-name', 'Matvienko', 'info'],
      ['misspelling', 'Lavrow', 'warning'],
    ])
  })

  it('takes a speaker label or a one-word sentence for a name, but checks a first word that starts a clause', async () => {
    const labels = await findings('Boek: at least he will ask.\n\nFili. The sun is setting.')
    expect(severe(labels)).toEqual([])
    const clause = severe(await findings('Boek the flight on Monday.'))
    expect(clause.map((message) => [message.actual, message.expected?.[0]])).toEqual([['Boek', 'Book']])
  })

  it('reports one name spelled two ways in one article (names/inconsistent)', async () => {
    const text = 'Zelensky spoke on Monday. Later, Zelensky met the press.\n\nOn Tuesday Zelenskyy travelled to Paris.'
    const messages = await findings(text)
    expect(messages.map((message) => [message.source, message.ruleId, message.actual, message.expected?.[0]])).toEqual([['names', 'inconsistent', 'Zelenskyy', 'Zelensky']])
  })

  it('takes a spelling given in brackets beside the other for an alternative, not an inconsistency', async () => {
    const given = await findings('Volodymyr Zelenskyy (also spelled Zelensky) spoke on Monday. Zelenskyy left for Paris.')
    expect(given.filter((message) => message.ruleId === 'inconsistent')).toEqual([])
    const after = await findings('The hero of the novel was called Tokeda (Takeda in some editions); Tokeda wins in the end.')
    expect(after.filter((message) => message.ruleId === 'inconsistent')).toEqual([])
    // Elsewhere in the article, the second spelling is still one.
    const apart = await findings('Zelenskyy (Ukraine) spoke on Monday. Zelenskyy met the press.\n\nOn Tuesday Zelensky travelled to Paris.')
    expect(apart.filter((message) => message.ruleId === 'inconsistent').map((message) => message.actual)).toEqual(['Zelensky'])
  })

  it('reads the lower-case part of a hyphenated name and name-heavy sentences as names', async () => {
    const text = "Other elected were FTU's Kwok Wai-keung, Alvin Yeung of the Civic Party and Fernando Cheung."
    expect(severe(await findings(text))).toEqual([])
  })

  it('notes an unknown hyphenated name once, as the whole name, not syllable by syllable', async () => {
    // A compound of a name and a word or another name keeps its note to the unknown part.
    expect((await findings('The Trump-Sondland call and the Mets-inspired poems.')).map((message) => message.actual)).toEqual(['Sondland', 'Mets'])
    // A syllable that is also a rare word (`wan`, `ting`) is still a syllable; a common one (`-run`, `-like`) is no syllable.
    expect((await findings('Chan Pik-wan spoke on Monday.')).map((message) => message.actual)).toEqual(['Pik-wan'])
    expect((await findings('The Kadyrovite-run camps and a Tsikhanouskaya-like figure.')).map((message) => message.actual)).toEqual(['Kadyrovite', 'Tsikhanouskaya'])
    // `Jong-un` is in the newsroom vocabulary; `Ju-ae` and `Mei-na` are not.
    const messages = await findings("Kim Jong-un met Kim Ju-ae. Ju-ae's visit and Tsai Mei-na were noted.")
    expect(messages.map((message) => [message.ruleId, message.actual, message.severity])).toEqual([
      ['unknown-name', 'Ju-ae', 'info'],
      ['unknown-name', 'Mei-na', 'info'],
    ])
    expect(messages[0]?.reason).toContain('2 uses, noted once')
    // At the start of a sentence too: a slip adds no syllable, so `Pe` is no typo of `Per`.
    expect((await findings('The crowd chanted on. Pe-le-men, our hearts demand!')).map((message) => [message.ruleId, message.actual, message.severity])).toEqual([
      ['unknown-name', 'Pe-le-men', 'info'],
    ])
    // A slip in a part of a hyphenated name is still that part's finding.
    expect((await findings('The minister, Sergey Lavrow-Smith, spoke.')).map((message) => message.actual)).toContain('Lavrow')
  })

  it('takes an unknown capitalised word one slip from a capitalised word the article writes for a typo in a name', async () => {
    const text = 'Last December the European Patent Ofice rejected the patent. The Patent Office said it would appeal.\n\nBudget Commitee Chairman William Gray spoke. The committee meets on Monday, and the Budget Committee on Friday.'
    const messages = severe(await findings(text))
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected?.[0], message.fix])).toEqual([
      ['inconsistent', 'Ofice', 'Office', 'review'],
      ['inconsistent', 'Commitee', 'Committee', 'review'],
    ])
    // Without the right spelling in the article, an unknown capitalised word stays a name to check.
    expect(severe(await findings('Last December the European Patent Ofice rejected the patent.'))).toEqual([])
    // Another language's form of a word differs at its end: two firms' names, not typos.
    const foreign = 'Caisse Nationale de Credit Agricole led the issue. The National Bank joined. Banca Commerciale Italiana, an Italian bank, and Airbus Industrie, of the Industries group, agreed.'
    expect(severe(await findings(foreign))).toEqual([])
  })

  it('takes an unknown spelling one edit from a name in the article for a variant of it', async () => {
    const text = 'Sergey Lavrov arrived. Later, Lavrov spoke.\n\nThe minister, Lavrow, left.'
    const messages = severe(await findings(text))
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected?.[0]])).toEqual([['inconsistent', 'Lavrow', 'Lavrov']])
  })

  it('does not take different established names (Iran, Iraq) or plurals for variants', async () => {
    const text = 'Iran and Iraq signed a deal. The Houthi leader said the Houthis agreed. Wikipedia is run by Wikimedia.'
    expect(await findings(text)).toEqual([])
  })
})

describe('words that are not spelling matters', () => {
  it('skips acronyms, abbreviations, numbers, URLs, e-mail and handles', async () => {
    const text = 'The NSA, the U.S. and NGOs said 3rd-party tools at https://example.com/ransomwre and ops@exmaple.org, per @kremlinwatch, were e.g. fine.'
    expect(severe(await findings(text))).toEqual([])
  })

  it('checks the text of a link, beside its address, in Markdown and HTML', async () => {
    const actual = (messages: CopydeskMessage[]) => severe(messages).map((message) => message.actual)
    expect(actual(await findings('Delegates read [teh report](https://example.com/ransomwre) and [ceace][1] and [img].', 'markdown'))).toEqual(['teh', 'ceace'])
    const html = await checkText(processor, '<p>Read <a href="https://example.com/ransomwre">teh</a> report.</p>', {format: 'html'})
    expect(actual(html.messages as CopydeskMessage[])).toEqual(['teh'])
  })

  it('checks hyphenated compounds by their parts and accepts prefixes', async () => {
    const ok = await findings('They want to de-escalate the record-keeping row and re-evaluate high-stakes co-operation.')
    expect(severe(ok)).toEqual([])
    const [message] = severe(await findings('They want to de-escalte the row.'))
    expect(message).toMatchObject({actual: 'escalte'})
    expect(message!.expected?.[0]).toBe('escalate')
  })
})

describe('phrases', () => {
  it('accepts the words of a known foreign phrase only together', async () => {
    expect(await findings('It was a de facto ban, said Smith et al. about al-Qaeda.')).toEqual([])
    const [alone] = await findings('He said de man came.')
    expect(alone).toMatchObject({ruleId: 'misspelling', actual: 'de'})
  })

  it('accepts a listed phrase written with hyphens, and phrases of four words', async () => {
    expect(await findings('A laissez-faire minister met his rival tête-à-tête, vis-a-vis the bas-relief, with a certain je ne sais quoi.')).toEqual([])
    // The hyphenated parts must make the whole phrase: a slip in one part is still reported.
    expect(severe(await findings('They met vis-a-vus the press.')).map((message) => message.actual)).toEqual(['vis', 'vus'])
    expect(severe(await findings('The bas was damaged.')).map((message) => message.actual)).toEqual(['bas'])
  })
})

describe('user vocabulary', () => {
  it('accepts words and /patterns/ from `accept`', async () => {
    const config = onlySpelling()
    config.accept = ['Zorbulatov', '/Q[0-9A-Z]+x/']
    const pipeline = createPipeline(config)
    expect(await findings('Ambassador Zorbulatov cited Q7Zx and Zorbulatov’s note.', 'text', pipeline)).toEqual([])
  })

  it('reports `reject` words with their replacement, even when the dictionary knows them', async () => {
    const config = onlySpelling()
    config.reject = {Kiev: 'Kyiv'}
    const pipeline = createPipeline(config)
    const messages = await findings('Talks in Kiev resumed.', 'text', pipeline)
    expect(messages.map((message) => [message.ruleId, message.actual, message.expected, message.fix])).toEqual([['rejected', 'Kiev', ['Kyiv'], 'safe']])
  })

  it('loads personal dictionaries, one word a line', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-dict-'))
    const file = path.join(folder, 'desk.txt')
    writeFileSync(file, '# our reporters\nZorbulatov\nglasnostic\n')
    const config = onlySpelling()
    config.dictionaries = [file]
    const pipeline = createPipeline(config)
    expect(await findings('Zorbulatov was glasnostic.', 'text', pipeline)).toEqual([])
    // A typo of a personal-dictionary name is now caught.
    const [message] = severe(await findings('He met Zorbulatow.', 'text', pipeline))
    expect(message?.expected?.[0]).toBe('Zorbulatov')
  })
})

describe('suggestions on real typos', () => {
  // Pairs from Norvig's spell-checker essay and common-typo lists: the right word must come first.
  const cases: Array<[string, string]> = [
    ['recieve', 'receive'],
    ['accomodate', 'accommodate'],
    ['definately', 'definitely'],
    ['seperate', 'separate'],
    ['goverment', 'government'],
    ['occured', 'occurred'],
    ['untill', 'until'],
    ['beleive', 'believe'],
    ['wich', 'which'],
    ['tommorow', 'tomorrow'],
  ]
  it.each(cases)('%s → %s', async (typo, right) => {
    const [message] = await findings(`Officials said they would ${typo} it.`)
    expect(message?.expected?.[0]).toBe(right)
  })

  it('marks a suggestion safe only when it clearly beats the next one, and never applies an unclear one', async () => {
    const [clear] = await findings('The goverment said so.')
    expect(clear).toMatchObject({expected: expect.arrayContaining(['government']), fix: 'safe'})
    // which / wish / with are all one slip from "wich": an editor must choose.
    const [unclear] = await findings('They asked wich talks failed.')
    expect(unclear?.fix).toBeUndefined()
    expect(unclear?.expected?.slice(0, 3)).toEqual(expect.arrayContaining(['which', 'with']))
  })

  it('applies unasked only a fix one plain slip away, or the list\'s one correction', async () => {
    const fixes = (text: string) => findings(text).then((messages) => messages.map((message) => [message.actual, message.expected?.[0], message.fix]))
    // Two slips the typing model finds cheap (a doubled letter): safe.
    expect(await fixes('The goverrnor spoke.')).toEqual([['goverrnor', 'governor', 'safe']])
    // Spelled by sound, two slips or more from its only suggestion: an editor applies it.
    expect(await fixes('The kontrakt was signed.')).toEqual([['kontrakt', 'contract', 'review']])
    expect(await fixes('They won the elecshun.')).toEqual([['elecshun', 'election', 'review']])
    // A listed misspelling with one correction stays safe, however far (`tekst` → `text`).
    expect(await fixes('Read the tekst aloud.')).toEqual([['tekst', 'text', 'safe']])
  })

  it('fixes no word of two letters and no word right after a number, and joins a split ordinal', async () => {
    const fixes = (text: string) => findings(text).then((messages) => messages.map((message) => [message.actual, message.expected?.[0], message.fix]))
    // `th` after a number is an ordinal's suffix, not `the`: the finding covers both and offers the ordinal.
    expect(await fixes('They marked the 30 th birthday and the 22 th day.')).toEqual([
      ['30 th', '30th', 'review'],
      ['22 th', '22nd', 'review'],
    ])
    expect(await fixes('She came 2 nd in the race.')).toEqual([['2 nd', '2nd', 'review']])
    // A two-letter slip is offered, never applied: `nd` may be `and` or `end`.
    expect((await findings('Bread nd butter.')).map((message) => message.fix)).toEqual([undefined])
    // A word after a number is often a unit, never fixed unasked (`tonnes` is offered, not applied).
    expect(await fixes('He lifted 40 tonnnes of steel.')).toEqual([['tonnnes', 'tonnes', undefined]])
    // Unless the known misspellings list names its one correction: the list holds no units.
    expect(await fixes('It took 5 houres to count.')).toEqual([['houres', 'hours', 'safe']])
  })

  it('leaves a name correction to an editor, and a typo at the start of a sentence safe', async () => {
    const messages = await findings('The minister, Sergey Lavrow, spoke. Teh talks ended.')
    expect(messages.map((message) => [message.actual, message.expected?.[0], message.fix])).toEqual([
      ['Lavrow', 'Lavrov', 'review'],
      ['Teh', 'The', 'safe'],
    ])
  })

  it('puts the correction from the list of known misspellings first, where slips alone guess wrong', async () => {
    const suggestions = (text: string) => findings(text).then((messages) => messages.map((message) => [message.actual, message.expected?.[0], message.severity, message.fix]))
    // `tounge` is one slip from `lounge` and two from `tongue`; without the list `tongue`, much commoner, comes
    // first too, but never as a certainty (`lounge` was first, and certain, before words two slips away could
    // outrank a common word one slip away): the list makes the fix safe.
    expect(await suggestions('He bit his tounge.')).toEqual([['tounge', 'tongue', 'error', 'safe']])
    expect(new Suggester(loadBaseLexicon(), false).suggest('tounge')).toMatchObject({words: ['tongue', 'lounge'], certain: false})
    // No known word within two slips of `accidantly`: without the list, a likely foreign word at info.
    expect(await suggestions('It was deleted accidantly.')).toEqual([['accidantly', 'accidentally', 'error', 'safe']])
    // Two listed corrections: offered in the list's order, applied by no one.
    expect(await suggestions('We got alot of letters.')).toEqual([['alot', 'a lot', 'error', undefined]])
    // A listed misspelling repeated is still one: the writer's habit, not a term.
    expect(await suggestions('The accidantly deleted files were accidantly restored.')).toEqual([
      ['accidantly', 'accidentally', 'error', 'safe'],
      ['accidantly', 'accidentally', 'error', 'safe'],
    ])
  })

  it('checks a capitalised word against the list only for a misspelled place or name, never next to a name', async () => {
    const suggestions = (text: string) => findings(text).then((messages) => messages.map((message) => [message.actual, message.expected?.[0], message.severity, message.fix]))
    // A name's misspelling mid-sentence, left to an editor: it may be another real name.
    expect(await suggestions('Troops left Britian on Monday.')).toEqual([['Britian', 'Britain', 'warning', 'review']])
    // A surname on the list at the start of a sentence, used as a name elsewhere, is no typo of `Villages`, `Stubs`.
    expect(severe(await findings('Juan Villegas was held. Villegas, 34, was charged. His lawyer, Ann Stubbs, spoke. Stubbs declined to comment.'))).toEqual([])
    // Used nowhere else, still no warning: 280 surnames are on the list (`Dimond`, `Collum`).
    expect(severe(await findings('Villegas, 34, was charged. Dimond declined to comment.'))).toEqual([])
    // Next to a given name, or its correction a phrase or an adjective, a listed word is a surname too.
    expect(severe(await findings('Prosecutors questioned Ara Grigorian, and the singer Peter Noone spoke.'))).toEqual([])
    // A word's slip at the start of a sentence is still found as a slip, with the list's correction first.
    expect(await suggestions('Recieve it now.')).toEqual([['Recieve', 'Receive', 'warning', 'safe']])
    // Mid-sentence, a capitalised word whose listed correction is a common word is a name (`Thier` for `their`).
    expect(severe(await findings('The report was written by Anna Thier in Berlin.'))).toEqual([])
  })

  it('gives the apostrophe bonus only to the word as typed, case and all: `pcs` is no `PC\'s`', async () => {
    const [pieces] = await findings('They bought 3 pcs of bread.')
    expect(pieces?.expected?.[0]).not.toBe("PC's")
    expect((await findings('They dont care.'))[0]).toMatchObject({expected: expect.arrayContaining(["don't"]), fix: 'safe'})
    // A plural is no possessive: machine translation's `maintenances` gets no safe `maintenance's`.
    const [plural] = await findings('They achieved the two maintenances.')
    expect(plural?.fix).toBeUndefined()
    expect(plural?.expected).toContain('maintenance')
    // The first letter may differ in case: `im` is `I'm` (offered, not applied: a word of two letters gets no fix).
    expect((await findings('He said im not going.'))[0]).toMatchObject({expected: expect.arrayContaining(["I'm"])})
    expect((await findings('He said im not going.'))[0]?.expected?.[0]).toBe("I'm")
  })

  it('notes an unknown name once, at its first use, with the number of uses', async () => {
    const notes = (await findings('Basya spoke first. Later, Basya and Rohingya leaders met. Basya left.')).filter((message) => message.ruleId === 'unknown-name')
    expect(notes.map((message) => [message.actual, message.place?.start?.offset])).toEqual([
      ['Basya', 0],
      ['Rohingya', 36],
    ])
    expect(notes[0]!.reason).toContain('3 uses, noted once')
    // A suppression comment on the first use moves the note to the next one.
    const suppressed = await findings('<!-- copydesk-disable-next-line spelling/unknown-name -->\nBasya spoke first.\n\nLater, Basya left.', 'markdown')
    expect(suppressed.map((message) => [message.actual, message.line])).toEqual([['Basya', 4]])
  })

  it('notes a word marked [sic] and offers nothing to fix', async () => {
    const [sic] = await findings('He wrote "Theres [sic] no hope" and left.')
    expect(sic).toMatchObject({actual: 'Theres', severity: 'info', expected: []})
    expect(sic?.fix).toBeUndefined()
    expect(sic?.reason).toContain('[sic]')
    expect((await findings('He wrote "Theres (sic!) no hope".'))[0]).toMatchObject({actual: 'Theres', severity: 'info', expected: []})
  })
})

describe('rare but real words', () => {
  it('accepts news terms and rare words of the larger list without suggesting them', async () => {
    expect(await findings('Women in a niqab and an asylee met localist groups.')).toEqual([])
  })

  it('accepts current technology terms and companies, where a shootdown was once fixed to a shutdown', async () => {
    expect(await findings('After the shootdown, podcasters on WeChat and Xbox users doomscrolling.')).toEqual([])
  })

  it('accepts -ically adverbs of long known adjectives, but not "publically"', async () => {
    expect(await findings('Posts were ranked meritocratically.')).toEqual([])
    const [message] = await findings('It was said publically.')
    expect(message).toMatchObject({actual: 'publically', expected: expect.arrayContaining(['publicly'])})
  })
})

describe('contractions without their apostrophe', () => {
  it.each([
    ['Theres no plan, he said.', "There's"],
    ['They dont know.', "don't"],
    ['He said it doesnt matter.', "doesn't"],
  ])('%s → %s first', async (text, right) => {
    const [message] = severe(await findings(text))
    expect(message?.expected?.[0]).toBe(right)
  })
})

describe('language pairs', () => {
  it('leaves a pair of two-letter language codes alone but still checks other short parts', async () => {
    expect(await findings('Scores for the ru-en and en-de pairs rose.')).toEqual([])
    // Checked, not taken for a language: `xq` is reported (at info, as near only the letters `x` and `q`).
    expect((await findings('The xq-en pairs rose.')).map((message) => message.actual)).toEqual(['xq'])
  })
})

describe('parts of hyphenated words', () => {
  it('takes a plural ending on the last part for the whole compound\'s, and a lower-case acronym before a hyphen for an acronym', async () => {
    expect(await findings('The add-ons and hang-ons sold out; the gps-tracker and the vip-zone opened.')).toEqual([])
    expect((await findings('The add-onss and the gpx-tracker sold out.')).map((message) => message.actual)).toEqual(['onss', 'gpx'])
  })
})

describe('two words glued by a full stop', () => {
  it('checks each side as a word and notes the missing space at info, with the split as suggestion', async () => {
    const messages = await findings('The talks lasted a second.In the end the envoys left.')
    expect(messages.map((message) => [message.actual, message.severity, message.expected?.[0], message.fix])).toEqual([['second.In', 'info', 'second. In', undefined]])
    // A single lower-case letter glued after a word, and two lower-case words glued: nothing to report.
    expect(await findings('The clerk filed the letter.b on Tuesday and stamped the memo.copy later.')).toEqual([])
  })

  it('still reports a misspelled side, at the side, the second as a sentence start', async () => {
    const messages = severe(await findings("The envoys met teh.They left at dawn. It was clever.Teh talks ended. A big deal.Lavrow's aide left."))
    expect(messages.map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['teh', 'the'],
      ['Teh', 'The'],
      ['Lavrow', 'Lavrov'],
    ])
    // After an initial the second side is a surname, not a sentence start: `Grean` is no typo of `Green` there,
    // and the initial is part of the name, not a name of its own.
    expect(severe(await findings('Dm.Grean comments on the news.'))).toEqual([])
    expect((await findings('Vl.Grean comments on the news.')).map((message) => message.actual)).not.toContain('Vl')
    expect(severe(await findings('It was clever.Grean comments followed.')).map((message) => message.actual)).toEqual(['Grean'])
    // A domain's short ending is no sentence (`Sib.fm`), and an apostrophe ending stays on its word.
    const notes = await findings("Sib.fm reported it. That was clever.It's a trick.")
    expect(notes.map((message) => [message.actual, message.severity]).sort()).toEqual([
      ['Sib.fm', 'info'],
      ["clever.It's", 'info'],
    ])
  })

  it('reads the side after a known capitalised word as a sentence start, and lets no glued side hide other uses', async () => {
    // A place, a day or an acronym before the dot ends a sentence: the slip after it is one.
    expect(severe(await findings('The summit was in Berlin.Teh delegates left. It was Tuesday.Hwoever nobody came. Both joined NATO.Thsi was new.')).map((message) => message.actual)).toEqual([
      'Teh',
      'Hwoever',
      'Thsi',
    ])
    // The glued use does not make `Teh` a name used twice: the later slip is still reported.
    expect(severe(await findings('The summit was in Berlin.Teh delegates left. Teh envoy stayed on Friday.')).map((message) => message.actual)).toEqual(['Teh', 'Teh'])
  })
})

describe('name particles after a title', () => {
  it('reads a listed particle before a capitalised name as part of it, whatever comes before', async () => {
    expect(severe(await findings('The estate passed to the painter de Kooning and then to the family du Maurier.'))).toEqual([])
    expect(severe(await findings('She gave it to der brother.')).map((message) => message.actual)).toEqual(['der'])
  })

  it('takes no particle for part of a name before a dictionary word, weekday, title or well-known place', async () => {
    const actual = async (text: string) => severe(await findings(text)).map((message) => message.actual)
    expect(await actual('They greeted der Chancellor warmly.')).toEqual(['der'])
    expect(await actual('The deal was sealed da Berlin.')).toEqual(['da'])
    expect(await actual('The vote closed ul Sunday.')).toEqual(['ul'])
    expect(await actual('The case was heard de Court.')).toEqual(['de'])
    // After a capitalised name the particle still belongs to the name, whatever follows.
    expect(await actual('The envoy met Ursula von der Leyen in Brussels.')).toEqual([])
  })
})

describe('suspended hyphens', () => {
  it('accepts a listed prefix before a suspended or spaced-out hyphen, but not a misspelled one', async () => {
    expect(await findings('Both pre- and post-war plans failed, and the pre - tax gap grew.')).toEqual([])
    expect(severe(await findings('Both prr- and post-war plans failed. It was pre war.')).map((message) => message.actual)).toEqual(['prr', 'pre'])
  })
})

describe('short romanised names', () => {
  it('does not take short names one letter apart for one name spelled two ways', async () => {
    const text = 'Legislators Cheung Man-kwong and Cheng Kar-foo spoke. Cheung said Chan and Chun agreed.'
    expect(severe(await findings(text))).toEqual([])
  })
})

// Sentences from Wikinews (CC BY 2.5), as in the GUM corpus and the fixtures.
describe('lower-case words that are more likely terms than typos', () => {
  it('reports a word the article repeats at info, when no common word is one slip away', async () => {
    const text =
      'The beverage was inspired by the santorum neologism coined in advice columnist Dan Savage\'s column. ' +
      'Savage\'s readers voted to define santorum as a new word.'
    const messages = await findings(text)
    expect(messages.filter((message) => message.actual === 'santorum').map((message) => message.severity)).toEqual(['info', 'info'])
    expect(messages[0]!.reason).toContain('uses it 2 times')
  })

  it('counts a use capitalised at the start of a sentence as a use', async () => {
    const messages = await findings('Susek was full of grain. The mice found the susek anyway.')
    expect(messages.map((message) => [message.actual, message.severity])).toEqual([
      ['Susek', 'info'],
      ['susek', 'info'],
    ])
    // A slip on a common word stays an error, however often.
    expect(severe(await findings('Tehy left early. Later tehy came back.')).map((message) => message.actual)).toContain('tehy')
  })

  it('does not count the capitalised use of a typo that a cheap slip on a common word explains', async () => {
    // Two slips each, once at a sentence start: a typo made twice, not a term.
    for (const [typo, right] of [['agreemnett', 'agreement'], ['ecconnomy', 'economy']] as const) {
      const capitalised = typo.charAt(0).toUpperCase() + typo.slice(1)
      const messages = await findings(`${capitalised} was on the agenda. Officials said the ${typo} was discussed.`)
      const lower = messages.find((message) => message.actual === typo)
      expect([lower?.severity, lower?.expected?.[0], lower?.fix]).toEqual(['error', right, 'safe'])
    }
  })

  it('still reports a repeated typo of a common word as an error', async () => {
    const text = 'They did not recieve the letter. Nobody will recieve it now.'
    expect(severe(await findings(text)).map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['recieve', 'receive'],
      ['recieve', 'receive'],
    ])
  })

  it('reports a single use as an error', async () => {
    const [message] = await findings('The beverage was inspired by the santorum neologism.')
    expect(message).toMatchObject({actual: 'santorum', severity: 'error'})
  })

  it('takes a word whose only close common forms are letters or abbreviations for an abbreviation, at info', async () => {
    const messages = await findings('The ministry posted the ruling as a pdf file, and gamers on the qq forum reached lvl 40 overnight.')
    expect(messages.map((message) => [message.actual, message.severity])).toEqual([
      ['pdf', 'info'],
      ['qq', 'info'],
      ['lvl', 'info'],
    ])
    // A slip on a word with a vowel keeps its evidence, even typed without one.
    expect(severe(await findings('We saw thc envoy and wnt home.')).map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['thc', 'the'],
      ['wnt', 'want'],
    ])
  })

  it('takes a plural s on a lower-case abbreviation for a plural, at info, but not on a word typed without its vowel', async () => {
    const messages = await findings('The convoy drove 40 kms and delivered 300 kgs of flour.')
    expect(messages.map((message) => [message.actual, message.severity])).toEqual([
      ['kms', 'info'],
      ['kgs', 'info'],
    ])
    expect(messages[0]!.reason).toContain('`km`')
    expect(severe(await findings('We saw ths envoy.')).map((message) => [message.actual, message.expected?.[0]])).toEqual([['ths', 'the']])
  })

  it('takes a closed compound of two content words for a coinage, but not two function words or a suffix', async () => {
    const [compound] = await findings('Do you personally sell gameboards, and did you do so before?')
    expect(compound).toMatchObject({actual: 'gameboards', severity: 'info'})
    expect(compound!.reason).toContain('`game` and `boards`')
    expect(severe(await findings('They helped eachother every day.')).map((message) => message.actual)).toEqual(['eachother'])
    expect(severe(await findings('It was said publically.')).map((message) => message.actual)).toEqual(['publically'])
  })

  it('reports a lower-case word with no known word within two slips at info, but offers two run-together words apart', async () => {
    const [foreign] = await findings('Follow the zdorovaya page.')
    expect(foreign).toMatchObject({actual: 'zdorovaya', severity: 'info', expected: []})
    const accented = (await findings('She sang Parle à ta tête on Monday.')).find((message) => message.actual === 'tête')
    expect(accented).toMatchObject({severity: 'info', expected: []})
    const [joined] = await findings('They helped eachother every day.')
    expect(joined).toMatchObject({actual: 'eachother', severity: 'error', expected: ['each other'], fix: 'review'})
  })

  it('reports a known name written in lower case at info, with its capitals as the suggestion', async () => {
    const text = 'Users reported that, when they reach the site, all they get is a message stating, "The word scientology means search for truth".'
    const lower = (await findings(text)).filter((message) => message.actual === 'scientology')
    expect(lower.length).toBeGreaterThan(0)
    for (const message of lower) expect(message).toMatchObject({severity: 'info', expected: ['Scientology'], fix: 'review'})
  })

  it('skips reduplicated sounds but checks other hyphenated parts', async () => {
    expect(await findings('He laughed, hee-hee, and left.')).toEqual([])
    expect(await findings('Great knitting brings to the knick-knack.')).toEqual([])
    expect(severe(await findings('He laughed, hee-haa, and left.')).map((message) => message.actual)).toEqual(['hee', 'haa'])
  })
})

describe('names in more shapes', () => {
  it('takes a capitalised word after a given name for a surname, even in a title-case credit line', async () => {
    expect(severe(await findings('It was a prop for a young child. Image: Paul Budd.'))).toEqual([])
  })

  it('reads a short particle before a capitalised part as part of the name', async () => {
    expect(severe(await findings('Members of Hizb ut-Tahrir were detained.'))).toEqual([])
  })

  it("reads d'/l' before a capital as the start of a name", async () => {
    const messages = await findings("He studied under supervision of Prof. Patrizia d'Ettorre.")
    expect(messages.find((message) => message.actual === "d'Ettorre")).toMatchObject({ruleId: 'unknown-name', severity: 'info'})
  })

  it('leaves hashtags and Telegram links alone', async () => {
    expect(await findings('Hoping that the #istandwithahmed movement translates into change. Telegram: t.me is blocked.')).toEqual([])
  })
})

describe('word lists', () => {
  it('finds the same lines by binary search (before the first typo) and by hash (after), CRLF or not', () => {
    const file = new URL('../rules/spelling/words.txt', import.meta.url)
    const searched = new SortedLines(file)
    const hashed = new SortedLines(file)
    const keys = hashed.keys()
    for (let index = 0; index < keys.length; index += 97) {
      const key = toBytes(keys.at(index)!)
      for (const probe of [key, key + 'q', key.slice(0, -1)]) expect(searched.find(probe), probe).toBe(hashed.find(probe))
      // The letter-triple filter never turns a key away.
      expect(hashed.mayHold(key), key).toBe(true)
    }
    expect(['ceqace', 'xqzhouse'].map((probe) => hashed.mayHold(probe))).toEqual([false, false])
    const crlf = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-lines-')), 'crlf.txt')
    writeFileSync(crlf, '# header\r\napple 10\r\nbanana 20 Banana:50\r\ncherry\r\n')
    const lines = new SortedLines(pathToFileURL(crlf))
    expect(['apple', 'banana', 'cherry', 'cher'].map((key) => lines.find(key) !== -1)).toEqual([true, true, true, false])
  })

  it('finds every name of the sorted names list, accented ones too, and no name by its lower case', () => {
    const file = new URL('../rules/spelling/people-names.txt', import.meta.url)
    const names = readFileSync(file, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'))
    const lines = new SortedLines(file)
    expect(names.some((name) => /[^\x00-\x7f]/.test(name))).toBe(true)
    for (const name of names) expect(lines.find(toBytes(name)), name).not.toBe(-1)
    const lexicon = loadBaseLexicon()
    expect(['Makar', 'MAKAR', 'makar'].map((word) => lexicon.knows(word))).toEqual([true, true, false])
  })

  it('accepts second-rank variant spellings of four letters or more, but no shorter one', async () => {
    expect(await findings('A pigmy hippo, the addendums and the adaptors.')).toEqual([])
    expect((await findings('He said ani.')).map((message) => [message.actual, message.severity])).toEqual([['ani', 'error']])
  })

  it('finds every key within two edits, swaps counting one, for short and long words alike', () => {
    const keys = ['cause', 'cease', 'ceased', 'cheese', 'cresce', 'lavrov', 'lavrova', 'peace', 'place', 'sea']
    const near = (word: string, max: number, range?: {from: number; to: number}) => withinDistance(keys, word, max, range).map(({key, distance}) => `${key}:${distance}`)
    expect(near('ceace', 2)).toEqual(['cease:1', 'ceased:2', 'cresce:2', 'peace:1', 'place:2'])
    expect(near('ceace', 1, prefixRange(keys, 'c'))).toEqual(['cease:1'])
    expect(near('lavorv', 2)).toEqual(['lavrov:1', 'lavrova:2'])
    // A word too long for the bit rows (30 chars with the bound) takes the table of distances.
    const long = 'pneumonoultramicroscopicsilicovolcanoconiosis'
    const longKeys = [long.replace('volcano', 'volacno'), long, `${long}es`, long.slice(1)].sort()
    const found = Object.fromEntries(withinDistance(longKeys, long.replace('micro', 'mciro'), 2).map(({key, distance}) => [key, distance]))
    expect(found).toEqual({[long]: 1, [long.replace('volcano', 'volacno')]: 2, [long.slice(1)]: 2})
  })

  it('finds on the whole word list what comparing every key finds, making no rows for keys whose length cannot match', () => {
    const keys = loadBaseLexicon().baseKeys()
    // Optimal string alignment distance, at most `max` + 1.
    const distance = (a: string, b: string, max: number): number => {
      if (Math.abs(a.length - b.length) > max) return max + 1
      const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1)
        }
      }
      return Math.min(rows[a.length]![b.length]!, max + 1)
    }
    // Words of the fresh corpus's suggestions: two slips deep, and three for the long ones.
    for (const [word, max] of [['dabil', 2], ['zelots', 2], ['crokhobors', 3], ['ananotechnologists', 3]] as const) {
      const range = prefixRange(keys, word.charAt(0))
      const expected: string[] = []
      for (let index = range.from; index < range.to; index++) {
        const key = keys.at(index)!
        const found = distance(word, key, max)
        if (found <= max) expected.push(`${key}:${found}`)
      }
      expect(withinDistance(keys, word, max, range).map(({key, distance}) => `${key}:${distance}`), word).toEqual(expected)
    }
  })

  it('looks up a described edit as the built string would be looked up', () => {
    const lines = new SortedLines(new URL('../rules/spelling/words.txt', import.meta.url))
    lines.keys()
    let found = 0
    for (const word of ['ceace', 'recieve', 'teh', 'a', 'lavrow', "dont", 'zzqx']) {
      const edit = new EditProbe(word)
      const checked = edit.check(lines.triples)
      const n = word.length
      for (let from = 0; from <= n; from++) {
        for (const [to, inserted] of [[from, ['x', 'e', "'"]], [Math.min(from + 1, n), ['', 'a', 'q']], [Math.min(from + 2, n), [word.slice(from + 1, from + 2) + word.charAt(from)]]] as const) {
          for (const chars of inserted) {
            edit.set(from, to, chars.length, chars.charCodeAt(0), chars.charCodeAt(1))
            const built = word.slice(0, from) + chars + word.slice(to)
            expect(edit.toString()).toBe(built)
            expect(edit.mayHoldIn(lines.triples, checked), built).toBe(mayHoldIn(lines.triples, built))
            expect(lines.holdsEdit(edit), built).toBe(lines.find(built) !== -1)
            if (lines.find(built) !== -1) found++
          }
        }
      }
    }
    expect(found).toBeGreaterThan(10)
  })

  it('tells from a line in place whether its key is itself a spelling, CRLF or not', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-lines-'))
    for (const end of ['\n', '\r\n']) {
      const file = path.join(dir, `own${end.length}.txt`)
      writeFileSync(file, ['# header', 'cherry', 'paris Paris:50', 'polish Polish:40 20', 'rand Rand:60 rand:70', 'slur -', 'us US:10 U:S:20'].join(end) + end)
      const lines = new SortedLines(pathToFileURL(file))
      const own = (key: string) => lines.listsForm(lines.find(key), key, key)
      expect(['cherry', 'paris', 'polish', 'rand', 'slur', 'us'].map(own), JSON.stringify(end)).toEqual([true, false, true, true, true, false])
      const lists = (key: string, form: string) => lines.listsForm(lines.find(key), key, form)
      expect([lists('paris', 'Paris'), lists('polish', 'Polish'), lists('rand', 'Rand'), lists('us', 'US'), lists('us', 'U:S'), lists('us', 'Us')]).toEqual([true, true, true, true, true, false])
    }
  })

  it('decides plain lower-case and capitalised words with one probe as the case rules do', () => {
    const lexicon = loadBaseLexicon()
    // The general look-up, which builds every spelling of the key.
    const lookUp = (word: string): boolean => (lexicon as unknown as {lookUp: (word: string) => boolean}).lookUp(word)
    const lines = (name: string) => readFileSync(new URL(`../rules/spelling/${name}`, import.meta.url), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'))
    // Every 40th key of the main and rare lists and every 20th name, as written, in lower case and capitalised.
    const sample = [...lines('words.txt').filter((_, index) => index % 40 === 0), ...lines('words-rare.txt').filter((_, index) => index % 40 === 0), ...lines('people-names.txt').filter((_, index) => index % 20 === 0)].map((line) => line.split(' ')[0]!)
    const words = [...sample, 'house', 'paris', 'lavrov', 'ceace', 'polish', 'cyber', 'localist', 'meritocratic', 'zzyzx', 'Hegseth', 'Lavrow']
    let lower = 0
    let capitalised = 0
    for (const word of words.flatMap((word) => [word, word.toLowerCase(), word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()])) {
      if (/^[a-z]+$/.test(word)) {
        lower++
        expect(lexicon.knowsLowerCase(word), word).toBe(lookUp(word))
      } else if (/^[A-Z][a-z]+$/.test(word)) {
        capitalised++
        expect(lexicon.knowsCapitalised(word), word).toBe(lookUp(word))
      }
    }
    expect([lower > 5000, capitalised > 5000]).toEqual([true, true])
  })

  it('follows the Hunspell case rules on the binary-searched lists', () => {
    const lexicon = loadBaseLexicon()
    // A lower-case entry accepts every casing; a capitalised one itself and ALL CAPS, not lower case.
    for (const word of ['house', 'House', 'HOUSE', 'Paris', 'PARIS', 'NATO', 'Lavrov', 'aperçu', 'Ardèche', 'localist']) expect(lexicon.knows(word), word).toBe(true)
    for (const word of ['paris', 'lavrov', 'ardèche', 'pARIS', 'ceace']) expect(lexicon.knows(word), word).toBe(false)
    expect(lexicon.frequencyClass('house')).toBeLessThan(lexicon.frequencyClass('Paris')!)
    // The classes `suggestable` remembers from a line are the ones `frequencyClass` reads from it: the first of two
    // (`skite 35 70`), an added word's own (newsroom names, never-suggested `cum`), a name's.
    const asked = loadBaseLexicon()
    const keys = asked.baseKeys()
    const sample = ['skite', 'billabong', 'cum', 'paris', 'lavrov', 'zelensky', 'house', 'colour', 'aperçu']
    for (let index = 0; index < keys.length; index += 97) sample.push(keys.at(index)!)
    for (const key of sample) asked.suggestable(key)
    for (const key of sample) {
      for (const form of [key, key.charAt(0).toUpperCase() + key.slice(1), key.toUpperCase()]) expect(asked.frequencyClass(form), form).toBe(loadBaseLexicon().frequencyClass(form))
    }
    expect(asked.frequencyClass('skite')).toBe(35)
    // Rare words are accepted, never suggested.
    expect(new Suggester(lexicon).suggest('localistt').words).not.toContain('localist')
  })

  it('accepts British and Australian spellings, common and rare', async () => {
    expect(await findings('Without iodisation of salt, the foetus will not get enough thyroid hormone.')).toEqual([])
    // British abbreviations too: `maths` is no typo of `myths`.
    expect(await findings('She taught maths at the village school.')).toEqual([])
  })
})

describe('fixes applied unasked', () => {
  const fixes = async (text: string) => (await findings(text)).map((message) => [message.actual, message.expected?.[0] ?? null, message.fix ?? null, message.severity])

  it('offers, but never applies, a fix to a word among foreign words or after an initial', async () => {
    // `bene` alone is a safe slip on `been`; beside `ragazzi` it is Italian.
    expect(await fixes('The fans sang ragazzi tanto bene after the match.')).toContainEqual(['bene', 'been', 'safe', 'error'])
    expect(await fixes('The fans sang ragazzi bene after the match.')).toContainEqual(['bene', 'been', 'review', 'error'])
    expect(await fixes('Researchers grew C. elegans in the lab.')).toContainEqual(['elegans', 'elegant', 'review', 'error'])
    // A name particle between two capitalised words belongs to the name.
    expect(await fixes('She was elected to the Accademia dei Lincei in 2019.')).not.toContainEqual(expect.arrayContaining(['dei']))
  })

  it('still fixes a slip beside a name, a transliterated word, a known misspelling, laughter, a phrase or a run of initials', async () => {
    const safe = async (text: string, word: string, correction: string) => expect(await fixes(text), text).toContainEqual([word, correction, 'safe', 'error'])
    await safe('Billionaire Igor Kolomoisky hsa called for an end to the conflict.', 'hsa', 'has')
    await safe('Prime Minister Najib Razak siad, "We are in contact."', 'siad', 'said')
    await safe('Talks between Kuyvashev adn Dzhabarov stalled.', 'adn', 'and')
    await safe('The akimat recieved the complaint on Monday.', 'recieved', 'received')
    await safe('The hromada goverment approved the budget.', 'goverment', 'government')
    await safe('Officials said teh goverment would respond.', 'goverment', 'government')
    await safe('It was the haha reponse of the crowd.', 'reponse', 'response')
    await safe('A de facto goverment was formed.', 'goverment', 'government')
    await safe('Officials of the U. S. goverment declined to comment.', 'goverment', 'government')
    await safe('The pro\u2011Kremlin goverment said so.', 'goverment', 'government')
    await safe('He is a post-modern diety.', 'diety', 'deity')
  })

  it('accepts loanwords and phrases dictionaries list: camera obscura, deus ex machina, Pinot noir, plein air', async () => {
    expect(await findings('A camera obscura, a deus ex machina, a glass of Pinot noir, plein air painting, a noir thriller.')).toEqual([])
  })

  it('offers, but never applies, a fix that swaps a letter of one word of a compound, drops a plural s or changes a name in lower case', async () => {
    expect(await fixes('Views on childrearing differ.')).toContainEqual(['childrearing', 'childbearing', 'review', 'error'])
    expect(await fixes('Some materiels bend before they break.')).toContainEqual(['materiels', 'materials', 'review', 'error'])
    // A name in lower case beside a common word one slip away: the name first, offered (tests/spelling-audit.test.ts).
    expect(await fixes('He bought an xbox for his son.')).toContainEqual(['xbox', 'Xbox', 'review', 'warning'])
    // A letter left out of a compound, or a slip across its seam, is a slip of the compound; an apostrophe added is no plural dropped.
    expect(await fixes('Officials said the heckpoint was important.')).toContainEqual(['heckpoint', 'checkpoint', 'safe', 'error'])
    expect(await fixes('They were profitting from the war.')).toContainEqual(['profitting', 'profiting', 'safe', 'error'])
    expect(await fixes('He said thats not true.')).toContainEqual(['thats', "that's", 'safe', 'error'])
  })

  it('keeps a plural that translation made of an uncountable -ing noun an error', async () => {
    expect(await fixes('The regional spendings rose sharply in 2024.')).toEqual([['spendings', 'spending', null, 'error']])
  })
})

describe('names typed in lower case and file endings', () => {
  it('offers the name for a lower-case proper adjective when no commoner word is one slip away: british is British, not brutish', async () => {
    const messages = await findings('He was far too generous to british musicians, and to russian ones.')
    expect(messages.map((message) => [message.actual, message.expected[0], message.fix, message.severity])).toEqual([
      ['british', 'British', 'review', 'info'],
      ['russian', 'Russian', 'review', 'info'],
    ])
  })

  it('takes a domain or file ending named on its own for no word: .net, .online, .exe', async () => {
    expect(await findings('It redirected unregistered .com and .net domains, .onion and .online zones and .exe files.')).toEqual([])
  })
})

describe('a possessive typed without its apostrophe at the start of a sentence', () => {
  it('offers the possessive, as common as its word (women\'s is SCOWL size 35, women 10)', async () => {
    const [message] = await findings('Womens rights groups marched on Sunday.')
    expect(message).toMatchObject({actual: 'Womens', severity: 'warning', expected: expect.arrayContaining(["Women's"])})
    expect(message!.expected[0]).toBe("Women's")
  })
})

describe('words never suggested', () => {
  it('never suggests the plural or possessive of a word the dictionary marks never-suggest (slurs, profanity)', async () => {
    const hidden = new Set(
      readFileSync(new URL('../rules/spelling/words.txt', import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => / -$/.test(line))
        .map((line) => line.split(' ')[0]!),
    )
    // Plurals and possessives are hidden with their stem (both count as words, so never as typos).
    expect(['niggers', "nigger's", 'cunts', 'motherfuckers'].every((word) => hidden.has(word))).toBe(true)
    for (const text of ['Police said the nigers were detained at the border.', 'The cuntry voted.']) {
      for (const message of await findings(text)) expect(message.expected.filter((word) => hidden.has(word.toLowerCase())), text).toEqual([])
    }
  })
})

describe('the article as context for suggestions', () => {
  it('counts the prose only: words in code, markup or addresses say nothing about what a typo meant', async () => {
    const text = 'The old town has a lovely cntre.\n\n```css\n.center { text-align: center; margin: center; }\n```\n'
    const [message] = await findings(text, 'markdown')
    expect(message).toMatchObject({actual: 'cntre', expected: expect.arrayContaining(['centre', 'center'])})
    expect(message!.expected[0]).toBe('centre')
  })

  it('ranks a mid-sentence typo of a newsroom name by the name, not by a common word spelled like it', async () => {
    const [message] = await findings('The story was published by Medua on Monday.')
    expect(message).toMatchObject({actual: 'Medua', severity: 'warning'})
    expect(message!.expected[0]).toBe('Meduza')
  })
})

describe('regional spellings in an article', () => {
  it('takes only words written in lower case for the article\'s own spelling: a name such as the World Health Organization is none', async () => {
    const [message] = await findings('The World Health Organization praised the organisaton of field clinics in the north.')
    expect(message).toMatchObject({actual: 'organisaton', fix: 'safe'})
    expect(message!.expected[0]).toBe('organisation')
    const [american] = await findings('The organization of the clinics was praised, but the organisaton of the camps was not.')
    expect(american!.expected[0]).toBe('organization')
    expect(american!.fix).toBeUndefined()
  })

  it('offers the article\'s regional spelling first and applies neither when the slip is nearer the other one', async () => {
    const [british] = await findings('The council was criticised for its behavor in the floods; the colour-coded map of the centre was recognised as accurate.')
    expect(british).toMatchObject({actual: 'behavor', expected: ['behaviour', 'behavior', ...british!.expected.slice(2)]})
    expect(british!.fix).toBeUndefined()
    const [american] = await findings('The council was criticized for its behavour in the floods; the color-coded map of the center was recognized as accurate.')
    expect(american!.expected.slice(0, 2)).toEqual(['behavior', 'behaviour'])
    expect(american!.fix).toBeUndefined()
    // With nothing to say which region the article follows, the nearer spelling is applied.
    expect((await findings('The council was attacked for its behavor in the floods.'))[0]).toMatchObject({expected: expect.arrayContaining(['behavior']), fix: 'safe'})
  })
})

describe('a firm\'s name before its legal form (last read of the eighteenth stop)', () => {
  it('takes a capitalised unknown word before PLC, Inc or AG for a name, never a safe fix to a common word', async () => {
    // Reuters-21578: "<Wellcome PLC>" escaped by typography/hidden-tag's fix became "\<Welcome PLC\>" on the same run.
    const wellcome = (await findings('Wellcome PLC said profits rose.')).filter((finding) => finding.actual === 'Wellcome')
    expect(wellcome.map((finding) => [finding.ruleId, finding.fix ?? 'none'])).toEqual([['unknown-name', 'none']])
    const escaped = (await findings('Shares rose.\n\n\\<Wellcome PLC\\> said profits rose.', 'markdown')).filter((finding) => finding.actual === 'Wellcome')
    expect(escaped.map((finding) => finding.ruleId)).toEqual(['unknown-name'])
    // A slip before an ordinary word is still one.
    expect((await findings('Wellcome to the show, he said.')).some((finding) => finding.ruleId === 'misspelling' && finding.actual === 'Wellcome')).toBe(true)
  })
})
