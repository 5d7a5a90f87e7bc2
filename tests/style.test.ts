import {describe, expect, it} from 'vitest'
import {rules} from '../src/stages/style.js'
import {claims, flagged} from './claims-helper.js'

describe('style stage', () => {
  it('exports style/editorializing', () => {
    expect(rules.map((rule) => `${rule.source}/${rule.ruleId}`)).toEqual(['style/editorializing'])
  })

  it('flags framing even in an attributed sentence, and says to delete it with its comma', async () => {
    const {messages} = await claims('In a surprising turn of events, Hegseth ordered a halt, according to RIA Novosti.')
    // No replacement of exactly the flagged words can take the comma after them: `expected` stays empty.
    expect(messages.map((message) => [message.actual, message.expected, message.reason])).toEqual([
      ['In a surprising turn of events', [], 'Editorializing `In a surprising turn of events`: report the facts and let readers judge; to cut it, delete `In a surprising turn of events,`'],
    ])
  })

  it('says to delete an aside with both its commas, or with the comma before it at the end of a sentence', async () => {
    const reasons = async (text: string) => (await claims(text)).messages.map((message) => [message.actual, message.expected, message.reason.replace(/^.*; to cut it, /, '')])
    expect(await reasons('Hegseth, surprisingly, ordered a halt.')).toEqual([['surprisingly', [], 'delete `, surprisingly,`']])
    expect(await reasons('The talks failed, surprisingly.')).toEqual([['surprisingly', [], 'delete `, surprisingly`']])
    expect(await reasons('The plan — surprisingly — failed. The talks failed — sadly.')).toEqual([
      ['surprisingly', [], 'delete `— surprisingly —`'],
      ['sadly', [], 'delete `— sadly`'],
    ])
  })

  it('leaves an evaluative word to the source it is attributed to', async () => {
    expect(await flagged('The minister said it was an interesting strategy.')).toEqual([])
    expect(await flagged('The move is an interesting strategy.')).toEqual(['style/editorializing: interesting'])
  })

  it('does not flag "leading" as a verb or a quoted opinion', async () => {
    expect(await flagged('She was leading the race. "It is a remarkable result," he said.')).toEqual([])
  })

  it('says to delete an essay ending with its comma and to capitalise the word after it', async () => {
    const {messages} = await claims('In conclusion, the talks were a step forward.')
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([['In conclusion', []]])
    expect(messages[0]!.reason).toMatch(/; to cut it, delete `In conclusion,` and capitalise `the`$/)
  })
})

describe('review r15: the judged guard, narrowed (item 4)', () => {
  it('flags the writer’s own judgement, a passive, a noun, a crowd and a discovery', async () => {
    for (const text of ['Scientists found a remarkable fossil in the cave.', 'I have found the answer remarkable.', 'We have always considered the museum remarkable.', 'The plan is considered remarkable.', 'The calls were remarkable.', 'Critics called the plan remarkable.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('style/')), text).toEqual(['style/editorializing: remarkable'])
    }
  })

  it('leaves a named or specific judge’s word alone', async () => {
    for (const text of ['If someone found this story interesting, share it.', 'Visitors consider the new bridge remarkable.', 'Kyiv blamed Moscow for brazenly violating the truce.']) {
      expect((await flagged(text)).filter((finding) => finding.startsWith('style/')), text).toEqual([])
    }
  })
})
