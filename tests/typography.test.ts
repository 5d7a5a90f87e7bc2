import fc from 'fast-check'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../src/config.js'
import copydeskParse from '../src/parse/index.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import language from '../src/stages/language.js'
import typography, {mayHoldDoubledWord} from '../src/stages/typography.js'
import type {CopydeskMessage, Format} from '../src/types.js'

const config = defaultConfig()
const processor = unified()
  .use(copydeskParse)
  .use(() => language(config))
  .use(() => typography(config))

/** Typography findings as [rule, actual, expected[0]]; each must carry `fix` (safe) or, with `fix: 'none'`, none. */
async function check(text: string, format: Format = 'markdown', fix: 'safe' | 'review' | 'none' = 'safe') {
  const file = new VFile({value: text})
  file.data.format = format
  await processor.run(processor.parse(file) as Root, file)
  const messages = (file.messages as CopydeskMessage[]).filter((message) => message.source === 'typography')
  for (const message of messages) {
    expect(text.slice(message.place!.start!.offset, message.place!.end!.offset)).toBe(message.actual)
    expect(message.fix ?? 'none').toBe(fix)
  }
  return messages.map((message) => [message.ruleId, message.actual, message.expected[0]])
}

/** Typography findings as [actual, fix level], whatever the level. */
async function fixLevels(text: string) {
  const file = new VFile({value: text})
  file.data.format = 'markdown'
  await processor.run(processor.parse(file) as Root, file)
  return (file.messages as CopydeskMessage[]).map((message) => [message.actual, message.fix])
}

describe('typography', () => {
  it('guillemets', async () => {
    expect(await check('He called it «a step forward».')).toEqual([
      ['guillemets', '«', '“'],
      ['guillemets', '»', '”'],
    ])
  })

  it('low-high quotes, where the high mark closes', async () => {
    expect(await check('He called it „a step forward“ and “fine”.')).toEqual([
      ['low-quotes', '„', '“'],
      ['low-quotes', '“', '”'],
    ])
  })

  it('decimal comma, but not a thousands separator', async () => {
    expect(await check('The talks lasted 6,5 hours; 1,500 people and 2,000,000 rubles; pi is 3,14159.')).toEqual([
      ['decimal-comma', '6,5', '6.5'],
      ['decimal-comma', '3,14159', '3.14159'],
    ])
  })

  it('fixes a decimal comma unasked only where the number is surely a decimal, and leaves a list alone', async () => {
    // A zero before the comma, a unit after it: applied by `fix`.
    expect(await check('Prices rose 0,5 points and 2,5% in 2,5 million homes.')).toEqual([
      ['decimal-comma', '0,5', '0.5'],
      ['decimal-comma', '2,5', '2.5'],
      ['decimal-comma', '2,5', '2.5'],
    ])
    // A score or a vote: shown, fixed only at `--level review`; a list is no decimal at all.
    expect(await fixLevels('The seats were 1,2 and 3. Rows 4,5 or 6, all empty.')).toEqual([])
    // A sure decimal before "and" is still one.
    expect(await fixLevels('The bank cut rates by 0,25 and 1.')).toEqual([['0,25', 'safe']])
    expect(await fixLevels('Rooms 1,2 and 3 were closed. The vote was 52,48 in favour. The score was 2,1 after extra time.')).toEqual([
      ['52,48', 'review'],
      ['2,1', 'review'],
    ])
    // Two decimals joined by "and" are no list (the first has no unit of its own: shown, fixed at review);
    // two years are no decimal to fix unasked.
    expect(await fixLevels('Growth was 1,5 and 2,5 percent. Sales fell in 2019,2020 the company said.')).toEqual([
      ['1,5', 'review'],
      ['2,5', 'safe'],
      ['2019,2020', 'review'],
    ])
  })

  it('takes no space the parser put where a URL or code was for a double space', async () => {
    expect(await check('Vote at https://example.com/. The results come later. Text with `code`.')).toEqual([])
    expect(await check('The talks  resumed.')).toEqual([['double-space', '  ', ' ']])
  })

  it('mln and bln, with an abbreviation point mid-sentence', async () => {
    expect(await check('The fund holds 5 mln. rubles and 3 bln dollars, up from 2mln.')).toEqual([
      ['mln', 'mln.', 'million'],
      ['mln', 'bln', 'billion'],
      ['mln', 'mln', 'million'],
    ])
  })

  it('dd.mm.yyyy dates that exist, in house style', async () => {
    expect(await check('The law took effect on 01.03.2024, not 31.02.2024, nor version 1.2.3.4.')).toEqual([['dotted-date', '01.03.2024', 'March 1, 2024']])
    // A range of days is one date: its first day is kept, not left before a rewritten second one.
    expect(await check('Talks ran 09-13.02.2019 in Geneva.')).toEqual([['dotted-date', '09-13.02.2019', 'Feb. 9-13, 2019']])
    // A number before the date that is no earlier day is left as it is, and the date alone rewritten.
    // A number and a dash before a date that is no range: the date is shown rewritten, never fixed (it may be a range
    // written otherwise, which a fix would mangle).
    expect(await check('Room 5-1.2.2019 was booked.', 'markdown', 'none')).toEqual([['dotted-date', '1.2.2019', 'Feb. 1, 2019']])
    expect(await check('The forum ran 13-09.02.2019.', 'markdown', 'none')).toEqual([['dotted-date', '09.02.2019', 'Feb. 9, 2019']])
    expect(await check('The forum ran 28.01-03.02.2019.', 'markdown', 'none')).toEqual([['dotted-date', '03.02.2019', 'Feb. 3, 2019']])
  })

  it('dd.mm.yy dates with two digits in each part, fixed only at review level (the century is a guess)', async () => {
    expect(await check('News of the Day 02.12.19: the law of 15.06.98 was repealed.', 'markdown', 'review')).toEqual([
      ['dotted-date', '02.12.19', 'Dec. 2, 2019'],
      ['dotted-date', '15.06.98', 'June 15, 1998'],
    ])
    // Not a date that does not exist, a version, a time, a score or a longer number.
    expect(await check('Not 31.02.19, version 10.12.15, at 12.45.30, build 01.02.03, nor 1.02.19 or 101.02.19 or 01.02.19.5.')).toEqual([])
  })

  it('a middle dot joining words before a capital, left by translation from Chinese or Japanese', async () => {
    expect(await check('The prize went to Elon·Musk and the Tongxin‧Lingdong fund.')).toEqual([
      ['interpunct', '·', ' '],
      ['interpunct', '‧', ' '],
    ])
    // Catalan's own letter, and a list with spaces, are left alone.
    expect(await check('She studied at the col·legi in Girona · Barcelona.')).toEqual([])
  })

  it('leaves the word a middle dot joins to that finding, not to spelling too (last read)', async () => {
    const file = await checkText(createPipeline(defaultConfig()), 'The prize went to Elon·Musk.', {format: 'text'})
    expect((file.messages as CopydeskMessage[]).map((message) => `${message.source}/${message.ruleId}`)).toEqual(['typography/interpunct'])
  })

  it('doubled words, but not "that that" or reduplicated names', async () => {
    expect(await check('He said the the talks would resume. He said that that was wrong. They had had enough in Bora Bora. What are they killing killing killing over? The the end.')).toEqual([
      ['doubled-word', 'the the', 'the'],
      ['doubled-word', 'The the', 'The'],
    ])
  })

  it('no doubled word across markup that held words', async () => {
    // Inline code is left out of the prose, leaving "type and and nothing else".
    expect(await check('Users type `ls` and `cd` and nothing else.')).toEqual([])
    // Reuters-21578, story 15371: Markdown reads `<Goodman Fielder Industries Ltd>` as an HTML tag, but the parser
    // keeps the names as prose (typography/hidden-tag), so no "and and" is left.
    const text = 'The notes are issued by its subsidiaries <Goodman Fielder New Zealand Ltd> and <Goodman Fielder Industries Ltd> and guaranteed by the parent company.'
    expect((await check(text)).map(([rule]) => rule)).toEqual(['hidden-tag', 'hidden-tag'])
    // Emphasis around the second word is still the same word typed twice.
    expect(await check('A change in the *the* system.')).toEqual([['doubled-word', 'the *the', 'the']])
    // So is a word joined to itself by an entity (last read of the eighteenth stop).
    expect(await check('<p>He said the&nbsp;the talks would go on.</p>', 'html')).toEqual([['doubled-word', 'the&nbsp;the', 'the']])
  })

  it('wire abbreviations of units, spelled out like mln (Reuters-21578, 1987)', async () => {
    // Reuters-21578, stories 3645 and 10931: "its losses of more than 800 mln dlrs since 1980".
    expect(await check('Renault had losses of more than 800 mln dlrs since 1980, or 11 cts a share, and a 20 billion dlr debt of 50 mln stg.')).toEqual([
      ['mln', 'mln', 'million'],
      ['mln', 'dlrs', 'dollars'],
      ['mln', 'cts', 'cents'],
      ['mln', 'dlr', 'dollar'],
      ['mln', 'mln', 'million'],
      ['mln', 'stg', 'sterling'],
    ])
    // Capitals are a headline's or an acronym's (`DLRS`, `CTS`), left alone like `MLN`.
    expect(await check('# PROFITS RISE 50 MLN DLRS\n\nThe CTS unit gained.')).toEqual([])
  })

  it('double spaces, but not a Markdown hard break or HTML source spacing', async () => {
    expect(await check('The talks  resumed.  Then  \nthey ended.')).toEqual([
      ['double-space', '  ', ' '],
      ['double-space', '  ', ' '],
    ])
    expect(await check('<p>The talks  resumed.</p>', 'html')).toEqual([])
  })

  it('leaves curly quotes, dashes and a passage in another language alone', async () => {
    expect(await check('He said “no” — and ‘maybe’ – then left.')).toEqual([])
    const russian = 'Officials met in Istanbul.\n\nМинистр заявил «нет», и переговоры продолжатся на следующей неделе, если американская сторона выполнит свои обещания.\n'
    expect(await check(russian)).toEqual([])
  })

  it('leaves a sentence in another language alone inside an English paragraph', async () => {
    const mixed =
      'The minister said that the talks would resume next week and called it «a step forward» for both of the sides. ' +
      'Министр заявил «нет», и переговоры продолжатся на следующей неделе, если американская сторона выполнит свои обещания.\n'
    expect(await check(mixed)).toEqual([
      ['guillemets', '«', '“'],
      ['guillemets', '»', '”'],
    ])
  })

  it('points at the whole character reference a mark came from', async () => {
    expect(await check('<p>He called it &laquo;a step forward&raquo;.</p>', 'html')).toEqual([
      ['guillemets', '&laquo;', '“'],
      ['guillemets', '&raquo;', '”'],
    ])
  })
})

describe('double spaces around removed markup', () => {
  it('are not reported: the spaces belong to a link or inline code the parser left out', async () => {
    const processor = createPipeline(defaultConfig())
    const file = await checkText(processor, 'Visit https://example.org/page or `code` and www.example.org today.\n', {format: 'markdown'})
    expect(file.messages.filter((message) => message.ruleId === 'double-space')).toEqual([])
    const real = await checkText(processor, 'The talks  resumed.\n', {format: 'markdown'})
    expect(real.messages.filter((message) => message.ruleId === 'double-space').map((message) => message.actual)).toEqual(['  '])
  })
})

describe('the doubled-word pre-check', () => {
  const doubled = /(?<![\p{L}\p{M}\p{N}'’-])(\p{L}[\p{L}\p{M}'’]*)\s+(\1)(?![\p{L}\p{M}\p{N}'’-])/iu
  // Letters that fold together (K and the Kelvin sign, s and long s), marks, apostrophes, hyphens, digits, odd spaces, an astral letter.
  const pieces = ['the', 'The', 'THE', 'a', 'A', 's', 'ſ', 'k', 'K', '\u212A', 'é', 'e\u0301', "'", '’', '-', '1', ' ', '  ', '\n', '\u00A0', '\u2003', '.', ',', 'Бора', 'бора', '𝐀', 'ab', 'aB']
  const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 14}).map((parts) => parts.join(''))

  it('never misses what the pattern finds', () => {
    fc.assert(
      fc.property(texts, (text) => !doubled.test(text) || mayHoldDoubledWord(text)),
      {numRuns: 20_000},
    )
  })

  it('answers plain prose without the pattern', () => {
    expect(mayHoldDoubledWord('The talks resumed in Istanbul on Monday, and the delegations met again.')).toBe(false)
    expect(mayHoldDoubledWord('He said the the talks would resume.')).toBe(true)
    expect(mayHoldDoubledWord('He said The\u00A0the talks would resume.')).toBe(true)
  })
})

describe('typography/hidden-tag: wire text Markdown reads as an HTML tag', () => {
  /** hidden-tag findings as [actual, start offset, end offset]; each a safe fix whose expected text is the tag as written. */
  async function hidden(text: string, format: Format = 'markdown') {
    const file = new VFile({value: text})
    file.data.format = format
    await processor.run(processor.parse(file) as Root, file)
    const messages = (file.messages as CopydeskMessage[]).filter((message) => message.ruleId === 'hidden-tag')
    return messages.map((message) => {
      expect(message.fix).toBe('safe')
      expect(message.expected).toEqual([message.actual])
      return [message.actual, message.place!.start!.offset, message.place!.end!.offset]
    })
  }

  it('finds company names and tickers in angle brackets, with their exact place (Reuters-21578)', async () => {
    const text = 'Dart Group <DARTA> is likely seeking to buy Supermarkets General <SGL>, analysts said.'
    expect(await hidden(text)).toEqual([
      ['<DARTA>', 11, 18],
      ['<SGL>', 65, 70],
    ])
    const [message] = (await checkText(createPipeline(config), text, {format: 'markdown'})).messages as CopydeskMessage[]
    expect(message!.reason).toBe('Markdown reads `<DARTA>` as an HTML tag, so `DARTA` will not appear on the published page; write `\\<DARTA\\>` to keep it')
    expect(message!.fix).toBe('safe')
    // In a heading, a list item, a quote, a table cell and across a line break.
    expect(await hidden('# Glaxo bids for <Wellcome PLC>\n\n- <Pan Am Corp> rose\n\n> Shares of <AT and T\nCorp> fell.\n\n| a |\n|---|\n| <GM> |\n')).toEqual([
      ['<Wellcome PLC>', 17, 31],
      ['<Pan Am Corp>', 35, 48],
      ['<AT and T\nCorp>', 67, 82],
      ['<GM>', 104, 108],
    ])
  })

  it('a tag across lines in a block quote is shown, not fixed: escaping would break the quote', async () => {
    const file = await checkText(createPipeline(config), '> Shares of <AT and T\n> Corp> fell.\n', {format: 'markdown'})
    const [message] = (file.messages as CopydeskMessage[]).filter((message) => message.ruleId === 'hidden-tag')
    expect([message!.actual, message!.place!.start!.offset, message!.place!.end!.offset]).toEqual(['<AT and T\n> Corp>', 12, 29])
    expect(message!.expected).toEqual(['<AT and T\nCorp>'])
    expect(message!.fix).toBeUndefined()
  })

  it('tickers and names that are HTML element names in capitals: USAir <U>, Du Pont <DD>, <Li Ka-shing…>', async () => {
    // Reuters-21578 stories 1771, 3743, 17192, 9283.
    const text = 'USAir Group <U> and Du Pont Co <DD> rose. <Li Ka-shing Foundations Ltd> sold shares of <I P Sharp Associates Ltd>.'
    expect((await hidden(text)).map(([tag]) => tag)).toEqual(['<U>', '<DD>', '<Li Ka-shing Foundations Ltd>', '<I P Sharp Associates Ltd>'])
  })

  it('a paragraph that opens with the tag is an HTML block: the tag is reported, and the rest is read after the fix', async () => {
    // Reuters-21578 story 16680.
    const text = '<DD>, and Atlantic Richfield Co <ARC>, which sold its Canadian\ninterest in 1975.\n'
    expect(await hidden(text)).toEqual([['<DD>', 0, 4]])
    const [message] = (await checkText(createPipeline(config), text, {format: 'markdown'})).messages as CopydeskMessage[]
    expect(message!.reason).toMatch(/until then Markdown reads its whole paragraph as HTML, which is not checked$/)
    // A hard-wrapped line that holds only the tag (story 13521-like): a type 7 HTML block.
    expect(await hidden('<Pacific Western Airlines Corp>\nsaid it integrated the management.\n')).toEqual([['<Pacific Western Airlines Corp>', 0, 31]])
  })

  it('a lone closing tag hides its name too; the reason names it without the slash', async () => {
    const text = 'Shares of Dart Group </DARTA> rose.'
    expect(await hidden(text)).toEqual([['</DARTA>', 21, 29]])
    const [message] = (await checkText(createPipeline(config), text, {format: 'markdown'})).messages as CopydeskMessage[]
    expect(message!.reason).toContain('so `DARTA` will not appear')
  })

  it('stays quiet on what CommonMark does not read as a tag', async () => {
    expect(await hidden("Shares of <A.H. Robins>, <Hong Kong Land Co Ltd <HKLD.HK>, <Hudson's Bay Co>, <BCE.TO> and <3M> rose.")).toEqual([])
  })

  it('stays quiet on markup the writer meant', async () => {
    const text = [
      'Some <b>bold</b>, a <br> break, <span class="x">a span</span>, x<sup>2</sup>, <!-- a comment -->, <kbd>Ctrl</kbd>.',
      'Links <https://example.com/x> and <news@example.com>; code `<MRK>` and a <my-widget> and <Badge text="new" />.',
      'A component <ClientOnly>wraps</ClientOnly> text; an old <BR> break and <CENTER>centred</CENTER>.',
      '',
      '    <MRK> in indented code',
      '',
      '```',
      'Dart Group <DARTA> in fenced code',
      '```',
      '',
      '<div>',
      'Shares of <MRK> in an HTML block',
      '</div>',
      '',
      'Already escaped: Dart Group \\<DARTA\\> and \\<SGL>.',
    ].join('\n')
    expect(await hidden(text)).toEqual([])
  })

  it('leaves HTML input alone: there every tag is the author\'s', async () => {
    expect(await hidden('<p>Dart Group <DARTA> rose.</p>', 'html')).toEqual([])
    expect(await hidden('Dart Group <DARTA> rose.', 'text')).toEqual([])
  })

  it('the words in the tag are prose for the other stages, as in plain text', async () => {
    const pipeline = createPipeline(config)
    // Reuters-21578 story 8205-like: the claim now has its named source.
    const named = await checkText(pipeline, '<Wellcome PLC> said its profits would likely rise this year.', {format: 'markdown'})
    expect(named.data.sourcing?.named).toEqual(['Wellcome PLC'])
    // A typo inside the name is still a spelling finding: the hidden-tag finding keeps the words, it does not explain them.
    const typo = await checkText(pipeline, 'Shares of <Li Ka-shing Foundations Ltd> rose.', {format: 'markdown'})
    expect((typo.messages as CopydeskMessage[]).map((message) => `${message.source}/${message.ruleId} ${message.actual}`)).toEqual([
      'spelling/unknown-name Ka-shing',
      'typography/hidden-tag <Li Ka-shing Foundations Ltd>',
    ])
  })
})

describe('typography/hidden-tag: an HTML block indented by up to three spaces (last read of the eighteenth stop)', () => {
  it('reports the tag after the indent, at its exact place', async () => {
    const text = 'Shares rose.\n\n  <Wellcome PLC>\nsaid profits rose.\n'
    const file = new VFile({value: text})
    file.data.format = 'markdown'
    await processor.run(processor.parse(file) as Root, file)
    const found = (file.messages as CopydeskMessage[]).filter((message) => message.ruleId === 'hidden-tag')
    expect(found.map((message) => [message.actual, message.place!.start!.offset, message.place!.end!.offset])).toEqual([['<Wellcome PLC>', 16, 30]])
  })
})
