import {spawnSync} from 'node:child_process'
import {afterEach, describe, expect, it} from 'vitest'
import {hunspellSuggestions} from '../src/eval/hunspell.js'

// The spelling eval's reference speller (`--hunspell`). CI machines have no hunspell, so the
// answers are checked only where Debian's `hunspell` and `hunspell-en-us` are installed.
const installed = spawnSync('hunspell', ['-D'], {encoding: 'utf8'}).stderr?.includes('en_US') ?? false
const path = process.env.PATH

afterEach(() => {
  process.env.PATH = path
})

describe('hunspell as a reference speller', () => {
  it('says how to install it when it is missing', () => {
    process.env.PATH = '/nonexistent'
    const answer = hunspellSuggestions(['recieve'])
    expect(answer).toEqual(expect.stringContaining('apt-get install hunspell hunspell-en-us'))
  })

  it.skipIf(!installed)('answers each word of a list in order, with none for correct words or several tokens', () => {
    // `-` holds no word: hunspell answers it with an empty line alone, which must not shift the answers after it.
    const answer = hunspellSuggestions(['recieve', 'house', '-', '*teh', 'fo-ot', 'definately'])
    if (typeof answer === 'string') throw new Error(answer)
    expect(answer.get('recieve')?.[0]).toBe('receive')
    expect(answer.get('house')).toEqual([])
    expect(answer.get('*teh')?.[0]).toBe('the')
    expect(answer.get('definately')?.[0]).toBe('definitely')
    expect(answer.get('-')).toEqual([])
    expect(answer.size).toBe(6)
  })
})
