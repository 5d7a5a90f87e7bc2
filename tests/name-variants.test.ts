import {describe, expect, it} from 'vitest'
import {defaultConfig} from '../src/config.js'
import {checkText, createPipeline} from '../src/pipeline.js'
import type {CopydeskMessage} from '../src/types.js'

// One name written several ways in one article, as machine translation writes them
// (src/names/variants.ts, reported by src/stages/names.ts). Sentences written for these tests.
const config = defaultConfig()
config.stages = {script: false, typography: false, hedge: false, attribution: false, style: false}
const processor = createPipeline(config)

async function inconsistent(text: string, format: 'text' | 'markdown' = 'text') {
  const file = await checkText(processor, text, {format})
  // In the order of the text: the spelling stage reports its own before the names stage.
  const messages = (file.messages as CopydeskMessage[])
    .filter((message) => message.ruleId === 'inconsistent')
    .sort((a, b) => (a.place as {start: {offset: number}}).start.offset - (b.place as {start: {offset: number}}).start.offset)
  for (const message of messages) {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    expect(text.slice(place.start.offset, place.end.offset)).toBe(message.actual)
    expect([message.source, message.severity]).toEqual(['names', 'warning'])
  }
  return messages.map((message) => [message.actual, message.expected[0]])
}

async function details(text: string) {
  const file = await checkText(processor, text, {format: 'text'})
  return (file.messages as CopydeskMessage[]).filter((message) => message.ruleId === 'inconsistent').map((message) => [message.actual, message.reason, message.fix])
}

describe('one name written with other accents, hyphens, spaces or capitals', () => {
  it('says what differs, and offers a fix for review only when the spelling kept is the commoner', async () => {
    expect(await details('Julio Ríos spoke. Later Rios said more.')).toEqual([['Rios', '`Rios` is written `Ríos` elsewhere in this article (one name, other accents)', undefined]])
    expect(await details('Kim Jong-un spoke. Kim Jong Un left. Kim Jong-un returned.')).toEqual([
      ['Jong Un', '`Jong Un` is written `Jong-un` elsewhere in this article (one name, other hyphens or spaces and capitals)', 'review'],
    ])
  })


  it('flags a name without its accent, against the spelling the article uses first', async () => {
    expect(await inconsistent('Julio Ríos, the mayor, spoke on Monday. Later Rios said the works would go on.')).toEqual([['Rios', 'Ríos']])
  })

  it('flags a name written with a space, or run together, for its hyphen, pointing at the part that differs', async () => {
    const text = 'Kim Jong-un met his generals. Kim Jong-un then left for Pyongyang. Reports said Kim Jong Un was pleased, and Kim Jongun smiled.'
    expect(await inconsistent(text)).toEqual([
      ['Jong Un', 'Jong-un'],
      ['Jongun', 'Jong-un'],
    ])
  })

  it('flags capitals inside a name, keeping the spelling the article uses most even when another comes first', async () => {
    expect(await inconsistent('Kim Jong-Un spoke. Kim Jong-un later left, and Kim Jong-un’s aides agreed.')).toEqual([['Jong-Un', 'Jong-un']])
  })

  it('flags a possessive use of a variant without its possessive', async () => {
    expect(await inconsistent("A statue of Sun Yat-sen stands here. Sun Yat Sen's house is next to it.")).toEqual([['Yat Sen', 'Yat-sen']])
  })

  it('leaves a name to the spelling stage when it has judged it', async () => {
    // The spelling stage flags one form already (by its dictionaries): no second verdict on the other.
    expect(await inconsistent("DeSantis signed the bill. Critics said Desantis's aides wrote it.")).toHaveLength(1)
  })

  it('leaves two different people and two different names alone', async () => {
    expect(await inconsistent('Kim Jong-un met Kim Yo-jong. Later Kim Jong-un spoke again.')).toEqual([])
    expect(await inconsistent('Sergei Ivanov and his wife Natalia Ivanova arrived. Ivanov spoke first.')).toEqual([])
    expect(await inconsistent('José Mourinho praised Jose Antonio. Then José Mourinho left and Jose Antonio stayed.')).toEqual([])
  })

  it('leaves typography, title case, acronyms and English words alone', async () => {
    expect(await inconsistent("Conan O'Brien spoke. O’Brien then left.")).toEqual([])
    expect(await inconsistent('# Kim Jong-Un Visits A Factory\n\nKim Jong-un visited a factory on Monday.\n', 'markdown')).toEqual([])
    expect(await inconsistent('RIA said so. Later, Ria Novosti agreed.')).toEqual([])
    expect(await inconsistent('Co-operation grew. Cooperation between the two sides was close.')).toEqual([])
    // Two names in a relation, not one name's spelling.
    expect(await inconsistent('The 16th China Japan Energy Forum opened. China-Japan trade grew.')).toEqual([])
  })
})

describe('one name whose last part machine translation rendered two ways', () => {
  it('flags the last part after the same two leading names, against the spelling used most', async () => {
    const text = 'Prime Minister Pham Minh Trinh arrived on Monday. Pham Minh Thanh met the governor. Later Pham Minh Trinh left. Pham Minh Trung’s aides stayed.'
    expect(await inconsistent(text)).toEqual([
      ['Thanh', 'Trinh'],
      ['Trung', 'Trinh'],
    ])
  })

  it('leaves different given names, feminine forms, short parts and two people in one sentence alone', async () => {
    expect(await inconsistent('Kim Jong-un met Kim Yo-jong. Then Kim Jong-un left.')).toEqual([])
    expect(await inconsistent('Kim Jong Un spoke. His father Kim Jong Il had died.')).toEqual([])
    expect(await inconsistent('Anna Petrovna Lavrova spoke. Then Anna Petrovna Lavrov was named.')).toEqual([])
    expect(await inconsistent('Maria Sergeyevna Kovalevskaya wrote. Maria Sergeyevna Kovalevsky replied.')).toEqual([])
    expect(await inconsistent('Nguyen Thi Thanh and Nguyen Thi Thinh signed the letter.')).toEqual([])
    // A title is no leading name: two ministers, or one, nothing says.
    expect(await inconsistent('Prime Minister Trinh spoke. Prime Minister Thanh replied.')).toEqual([])
    // A single-word surname under six letters is never compared so (Cobb, Corby).
    expect(await inconsistent('John Cobb spoke. Later Corby said more.')).toEqual([])
  })
})
