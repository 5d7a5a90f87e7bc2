import {describe, expect, it} from 'vitest'
import {loadRules} from '../src/claims/rules.js'
import {claims} from './claims-helper.js'

// Every rule file's `ok` examples stay silent for that rule and its `not-ok`
// examples flag exactly the listed texts; every cue category fires somewhere.
for (const source of ['hedge', 'attribution', 'style']) {
  for (const rule of loadRules(source)) {
    describe(`${source}/${rule.ruleId} (${rule.file.split('/rules/')[1]})`, () => {
      const id = (message: {source?: string | null; ruleId?: string | null}) => `${message.source}/${message.ruleId}` === `${source}/${rule.ruleId}`
      for (const input of rule.ok) {
        it(`ok: ${input}`, async () => {
          const {messages} = await claims(input)
          expect(messages.filter(id).map((message) => message.actual)).toEqual([])
        })
      }
      for (const example of rule.notOk) {
        it(`not ok: ${example.input}`, async () => {
          const {messages} = await claims(example.input)
          const mine = messages.filter(id)
          expect(mine.map((message) => message.actual)).toEqual(example.flags)
          for (const message of mine) {
            expect(message.reason).toContain(`\`${message.actual}\``)
            expect(message.url).toMatch(/^https:\/\//)
          }
        })
      }
      it('has a not-ok example for every cue category', async () => {
        const fired = new Set<string>()
        for (const example of rule.notOk) {
          const {messages} = await claims(example.input)
          for (const message of messages.filter(id)) fired.add(String(message.note))
        }
        const silent = rule.cues.filter((cue) => !fired.has(cue.explanation)).map((cue) => cue.category)
        expect(silent).toEqual([])
      })
    })
  }
}
