import {describe, expect, it} from 'vitest'
import {oneEditApart} from '../src/spelling/consistency.js'
import {withinDistance} from '../src/spelling/search.js'

/** A small seeded generator (mulberry32), so that the pairs are the same in every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('shortcuts that must agree with the general search', () => {
  it('tells two names one edit apart exactly as the bounded search does', () => {
    const cases: Array<[string, string, boolean]> = [
      ['zelensky', 'zelenskyy', true],
      ['zelenskyy', 'zelensky', true],
      ['lavrov', 'lavorv', true],
      ['lavrov', 'lavrow', true],
      ['lavrov', 'lavrov', true],
      ['lavrov', 'larvov', true],
      ['lavrov', 'lvarvo', false],
      ['navalny', 'navalnyy', true],
      ['navalny', 'navaln', true],
      ['navalny', 'nvalnyy', false],
      ['erdoğan', 'erdogan', true],
    ]
    for (const [a, b, expected] of cases) {
      expect(oneEditApart(a, b), `${a} ${b}`).toBe(expected)
      expect(withinDistance([b], a, 1).length > 0, `${a} ${b}`).toBe(expected)
    }
    // Random pairs over a small alphabet, so that near misses (two edits, swaps next to changes) are common.
    const random = seeded(7)
    const word = (length: number) => Array.from({length}, () => 'abcé'[Math.floor(random() * 4)]).join('')
    let near = 0
    for (let pair = 0; pair < 20_000; pair++) {
      const a = word(1 + Math.floor(random() * 7))
      let b = a
      for (let edits = Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * (b.length + 1))
        const kind = Math.floor(random() * 4)
        if (kind === 0) b = b.slice(0, at) + word(1) + b.slice(at)
        else if (kind === 1) b = b.slice(0, at) + b.slice(at + 1)
        else if (kind === 2) b = b.slice(0, at) + word(1) + b.slice(at + 1)
        else b = b.slice(0, at) + b.charAt(at + 1) + b.charAt(at) + b.slice(at + 2)
      }
      const expected = withinDistance([b], a, 1).length > 0
      if (expected) near++
      expect(oneEditApart(a, b), `${a} ${b}`).toBe(expected)
    }
    expect(near).toBeGreaterThan(5_000)
  })
})
