import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError, defaultConfig} from '../src/config.js'
import {loadStyleSheets} from '../src/names/style-sheet.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import type {CopydeskMessage, Format} from '../src/types.js'

const config = defaultConfig()
config.stages = {language: false, spelling: false, script: false, typography: false, hedge: false, attribution: false, style: false}
const processor = createPipeline(config)

/** `names/title-date` findings as [actual, expected[0], start of reason], each checked to point at its text. */
async function titles(text: string, format: Format) {
  const file = await checkText(processor, text, {format})
  const messages = (file.messages as CopydeskMessage[]).filter((message) => message.ruleId === 'title-date')
  for (const message of messages) expect(text.slice(message.place!.start!.offset, message.place!.end!.offset)).toBe(message.actual)
  return messages.map((message) => [message.actual, message.expected[0], message.fix, message.reason.split(';')[0]])
}

const ninjs = (date: string, body: string, field = 'firstcreated') => JSON.stringify({headline: 'Cyber operations', [field]: date, body_text: body})
const markdown = (date: string, body: string) => `---\ntitle: Cyber operations\ndate: ${date}\n---\n\n${body}\n`

describe('names/title-date', () => {
  it('flags a title its holder had left by the story’s date, with "former" as a fix to review', async () => {
    const body = 'Cyber Command chief Timothy Haugh said the pause was lifted.'
    expect(await titles(ninjs('2025-06-10T09:00:00Z', body), 'ninjs')).toEqual([
      ['Cyber Command chief', 'Former Cyber Command chief', 'review', '`Cyber Command chief`: Timothy Haugh left this post on 2025-04-03, before this story\'s date (2025-06-10)'],
    ])
    // In office on the day: nothing. A title already dated by "former": nothing. No date: nothing.
    expect(await titles(ninjs('2025-03-01', body), 'ninjs')).toEqual([])
    expect(await titles(ninjs('2025-06-10', `Former ${body}`), 'ninjs')).toEqual([])
    expect(await titles(JSON.stringify({headline: 'Cyber operations', body_text: body}), 'ninjs')).toEqual([])
  })

  it('reads the date from versioncreated, front matter and an HTML meta tag', async () => {
    const body = 'The talks were led by Timothy Haugh, the head of Cyber Command, and Defense Secretary Pete Hegseth.'
    const expected = [['head of Cyber Command', 'former head of Cyber Command', 'review', '`head of Cyber Command`: Timothy Haugh left this post on 2025-04-03, before this story\'s date (2025-09-01)']]
    expect(await titles(ninjs('2025-09-01T00:00:00+03:00', body, 'versioncreated'), 'ninjs')).toEqual(expected)
    expect(await titles(markdown('2025-09-01', body), 'markdown')).toEqual(expected)
    const html = `<html><head><meta property="article:published_time" content="2025-09-01T08:00:00Z"></head><body><p>${body}</p></body></html>`
    expect(await titles(html, 'html')).toEqual(expected)
  })

  it('knows terms: a second term, a gap between terms, a post not yet taken', async () => {
    const trump = 'President Donald Trump met Russian President Vladimir Putin and Prime Minister Vladimir Putin.'
    // 2019: Trump's first term; Putin president, not prime minister.
    expect((await titles(markdown('2019-06-01', trump), 'markdown')).map(([actual, , , reason]) => [actual, reason])).toEqual([
      ['Prime Minister', '`Prime Minister`: Vladimir Putin left this post on 2012-05-07, before this story\'s date (2019-06-01)'],
    ])
    // 2010: Putin was prime minister, and Trump not yet president.
    expect((await titles(markdown('2010-06-01', trump), 'markdown')).map(([actual, , , reason]) => [actual, reason])).toEqual([
      ['President', '`President`: Donald Trump took this post on 2017-01-20, after this story\'s date (2010-06-01)'],
      ['Russian President', '`Russian President`: Vladimir Putin did not hold this post on this story\'s date (2010-06-01)'],
    ])
    // 2023: between Trump's terms (no fix offered: "former" is right then, but the story may mean another date).
    expect((await titles(markdown('2023-06-01', trump), 'markdown')).map(([actual, , fix]) => [actual, fix])).toEqual([
      ['President', undefined],
      ['Prime Minister', 'review'],
    ])
  })

  it('leaves alone another person’s title, future and past titles, and titles already placed in time', async () => {
    const silent = [
      // Another person's title after a comma, or a title that does not close there.
      'Vladimir Putin, Prime Minister Mikhail Mishustin and others met.',
      'He thanked Donald Trump, President Zelensky and Putin.',
      // A future title.
      'Donald Trump, the president-elect, said he would act.',
      'Pete Hegseth, the defense secretary nominee, testified.',
      'Defense Secretary-designate Pete Hegseth testified.',
      // A past day the sentence names.
      'In 2010, Prime Minister Vladimir Putin visited Kyiv.',
      'At the time, Cyber Command chief Timothy Haugh warned of attacks.',
      // Qualified titles.
      'The ousted NSA chief Timothy Haugh spoke, as did then-Prime Minister Vladimir Putin.',
    ]
    for (const text of silent) expect(await titles(markdown('2025-06-01', text), 'markdown'), text).toEqual([])
    // "knew" is no "new", and a curly apostrophe is one.
    expect((await titles(markdown('2010-06-01', 'Everyone knew President Donald Trump and Russia’s President Vladimir Putin.'), 'markdown')).map(([actual]) => actual)).toEqual([
      'President',
      'Russia’s President',
    ])
  })

  it('writes "Former" after an opening quotation mark, offers no fix across markup, and survives case folding', async () => {
    expect((await titles(markdown('2025-06-10', '"Cyber Command chief Timothy Haugh was right," she said.'), 'markdown'))[0]!.slice(1, 3)).toEqual(['Former Cyber Command chief', 'review'])
    const marked = await titles(markdown('2025-06-10', '**Cyber Command** chief Timothy Haugh spoke.'), 'markdown')
    expect(marked.map(([, expected, fix]) => [expected, fix])).toEqual([['Former Cyber Command chief', undefined]])
    // `ſ` matches `s` when case is folded but has no lower-case `s`: the title is still found, not a crash.
    expect((await titles(markdown('2010-06-01', 'Preſident Donald Trump spoke.'), 'markdown')).map(([actual]) => actual)).toEqual(['Preſident'])
  })

  it('takes the most specific HTML date, schema.org microdata, and versioncreated when firstcreated is no date', async () => {
    const body = '<p>NSA director Timothy Haugh spoke.</p>'
    const html = (metas: string) => `<html><head>${metas}</head><body>${body}</body></html>`
    expect(await titles(html('<meta name="date" content="2019-01-01"><meta property="article:published_time" content="2025-06-10">'), 'html')).toHaveLength(1)
    expect(await titles(html('<meta itemprop="datePublished" content="2025-06-10">'), 'html')).toHaveLength(1)
    expect(await titles(html('<meta name="date" content="2025-02-30">'), 'html')).toEqual([])
    const item = JSON.stringify({headline: 'x', firstcreated: 'yesterday', versioncreated: '2025-06-10T08:00:00Z', body_text: 'NSA director Timothy Haugh spoke.'})
    expect(await titles(item, 'ninjs')).toHaveLength(1)
  })

  it('leaves the seed article alone: it states no date', async () => {
    const {readFileSync} = await import('node:fs')
    const seed = readFileSync(new URL('../fixtures/cyber-command/input.md', import.meta.url), 'utf8')
    expect(await titles(seed, 'markdown')).toEqual([])
  })

  it('accepts a list of terms in a style sheet and refuses terms that are no dates or end before they start', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-roles-'))
    let sheets = 0
    const sheet = (role: string) => {
      const file = path.join(dir, `${++sheets}.yml`)
      writeFileSync(file, `names:\n  - name: Ana Lee\n    type: person\n    role: ${role}\n    provenance: test\n`)
      return file
    }
    const lee = loadStyleSheets([sheet('[{title: Mayor, from: 2010-01-01, to: 2014-01-01}, {title: Mayor, titles: [City Mayor], from: 2018}]')]).records.find((record) => record.name === 'Ana Lee')!
    expect(lee.roles).toEqual([
      {title: 'Mayor', titles: [], from: '2010-01-01', to: '2014-01-01'},
      {title: 'Mayor', titles: ['City Mayor'], from: '2018'},
    ])
    // A term may end in the year it began, written as a year.
    expect(() => loadStyleSheets([sheet('{title: Mayor, from: 2014-06-01, to: 2014}')])).not.toThrow()
    for (const bad of ['{title: Mayor, from: 2014-01-01, to: 2010-01-01}', '{title: Mayor, since: 2014}', '{title: Mayor, from: 2014-13-01}', '{title: Mayor, from: 2025-02-30}']) {
      expect(() => loadStyleSheets([sheet(bad)]), bad).toThrow(ConfigError)
    }
  })
})
