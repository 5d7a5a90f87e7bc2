import {describe, expect, it} from 'vitest'
import {ErrorModel, learnErrorModel, loadErrorModel} from '../src/spelling/error-model.js'
import {loadBaseLexicon} from '../src/spelling/lexicon.js'
import {Suggester} from '../src/spelling/suggest.js'

// Typos below were typed by the team for these tests. The suggester runs without cspell's list
// of known misspellings (the suggestion list), so the ranking alone has to find their words.

describe('learned error model', () => {
  it('learns a slip with its context from misspelling pairs, and costs it below slips never seen', () => {
    const pairs: Array<[string, string]> = [
      ['recieve', 'receive'],
      ['decieve', 'deceive'],
      ['concieve', 'conceive'],
      ['percieve', 'perceive'],
      ['ceiling', 'ceiling'],
    ]
    const table = learnErrorModel(pairs)
    // `ei` typed `ie`: seen four times in five `ei`s.
    expect(table).toMatch(/^ei\tie\t[\d.]+$/m)
    const model = new ErrorModel(table)
    // The learned swap costs less than a swap never seen (`ce` typed `ec`).
    expect(model.cost('recieve', 'receive', 8)).toBeLessThan(model.cost('reecive', 'receive', 8))
    // A letter typed as meant costs nothing.
    expect(model.cost('receive', 'receive', 8)).toBe(0)
  })

  it('prefers the word whose slips writers make, from the list it is built from', () => {
    const model = loadErrorModel()
    // `shun` for `tion` is a common spelling by sound; `elecshun` is as far from `electron` in plain edits.
    expect(model.cost('elecshun', 'election', 8)).toBeLessThan(model.cost('elecshun', 'electron', 8))
    // A vowel for a vowel in an unstressed syllable is likelier than a letter left out.
    expect(model.cost('seperate', 'separate', 8)).toBeLessThan(model.cost('seperate', 'desperate', 8))
  })
})

describe('suggestions ranked by the error model', () => {
  const suggester = new Suggester(loadBaseLexicon(), false)
  const first = (typed: string) => suggester.suggest(typed).words[0]

  it('finds long words three plain slips but likely learned ones away, which the two-slip search missed', () => {
    // None is on the list; before the error model none had any suggestion.
    expect(first('nesesarry')).toBe('necessary')
    expect(first('acomadation')).toBe('accommodation')
    expect(first('akomodate')).toBe('accommodate')
    expect(first('dissapearence')).toBe('disappearance')
  })

  it('finds words that sound like the typed one when the error model finds the slips likely', () => {
    // `shun` for `tion`: four plain slips, one sound.
    expect(first('elecshun')).toBe('election')
    expect(first('constitushun')).toBe('constitution')
    // Slips cspell's list shows only twice: while the model kept edits seen three times, `bones` and `jells` came first.
    expect(first('biznes')).toBe('business')
    expect(first('jellus')).toBe('jealous')
  })

  it('leaves a word far from any word without a suggestion (a foreign word or a coinage)', () => {
    expect(suggester.suggest('informalizatsiya').words).toEqual([])
    // Three plain slips from `undemocratic`, and slips writers rarely make: a coinage.
    expect(suggester.suggest('undemocracy').words).toEqual([])
  })

  it('still ranks plain slips on common words by frequency', () => {
    expect(first('goverment')).toBe('government')
    expect(first('teh')).toBe('the')
    expect(first('becuase')).toBe('because')
  })
})

describe('a known word with an s it does not take', () => {
  const suggester = new Suggester(loadBaseLexicon(), false)
  const firstTwo = (typed: string) => suggester.suggest(typed).words.slice(0, 2)

  it('offers the word before its possessive: translated copy pluralises mass nouns', () => {
    expect(firstTwo('maintenances')).toEqual(['maintenance', "maintenance's"])
    expect(firstTwo('feedbacks')).toEqual(['feedback', "feedback's"])
  })

  it('offers the possessive first after a plural without an s', () => {
    expect(firstTwo('childrens')).toEqual(["children's", 'children'])
  })

  it('never applies the known-misspelling list\'s plural to a possessive left without its apostrophe', () => {
    // cspell's list corrects `womens` to `women` alone: "womens rights" would become "women rights" unasked.
    const listed = new Suggester(loadBaseLexicon()).suggest('womens')
    expect(listed.words.slice(0, 2)).toEqual(["women's", 'women'])
    expect(listed.certain).toBe(false)
    expect(new Suggester(loadBaseLexicon()).suggest('WOMENS').words[0]).toBe("WOMEN'S")
  })
})
