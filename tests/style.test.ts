import {describe, expect, it} from 'vitest'
import {rules} from '../src/stages/style.js'
import {claims, flagged} from './claims-helper.js'

describe('style stage', () => {
  it('exports style/editorializing', () => {
    expect(rules.map((rule) => `${rule.source}/${rule.ruleId}`)).toEqual(['style/editorializing'])
  })

  it('flags framing even in an attributed sentence, and suggests deleting it', async () => {
    const {messages} = await claims('In a surprising turn of events, Hegseth ordered a halt, according to RIA Novosti.')
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([['In a surprising turn of events', ['']]])
  })

  it('leaves an evaluative word to the source it is attributed to', async () => {
    expect(await flagged('The minister said it was an interesting strategy.')).toEqual([])
    expect(await flagged('The move is an interesting strategy.')).toEqual(['style/editorializing: interesting'])
  })

  it('does not flag "leading" as a verb or a quoted opinion', async () => {
    expect(await flagged('She was leading the race. "It is a remarkable result," he said.')).toEqual([])
  })

  it('suggests deleting an essay ending', async () => {
    const {messages} = await claims('In conclusion, the talks were a step forward.')
    expect(messages.map((message) => [message.actual, message.expected])).toEqual([['In conclusion', ['']]])
  })
})
