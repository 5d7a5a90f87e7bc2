import {describe, expect, it} from 'vitest'
import {BoundedMap} from '../src/memo.js'

describe('BoundedMap', () => {
  it('starts afresh when a new key would pass the limit, and keeps updating a held key', () => {
    const verdicts = new BoundedMap<string, boolean>(2)
    verdicts.set('talks', true).set('ceace', false)
    verdicts.set('talks', false)
    expect([...verdicts]).toEqual([['talks', false], ['ceace', false]])
    verdicts.set('Lavrow', false)
    expect([...verdicts]).toEqual([['Lavrow', false]])
  })
})
