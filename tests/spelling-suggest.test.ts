import {describe, expect, it} from 'vitest'
import {loadBaseLexicon} from '../src/spelling/lexicon.js'
import {Suggester} from '../src/spelling/suggest.js'
import {regionalVariants} from '../src/spelling/variants.js'

// Typos below were typed by the team for these tests. The suggester runs without cspell's list
// of known misspellings (the suggestion list), so the ranking alone has to find their words.

describe('regional spellings', () => {
  it('pairs British and American endings both ways', () => {
    expect(regionalVariants('organisation')).toContain('organization')
    expect(regionalVariants('organized')).toContain('organised')
    expect(regionalVariants('colour')).toContain('color')
    expect(regionalVariants('favorite')).toContain('favourite')
    expect(regionalVariants('centres')).toContain('centers')
    expect(regionalVariants('licence')).toContain('license')
    expect(regionalVariants('travelled')).toContain('traveled')
    expect(regionalVariants('modeling')).toContain('modelling')
    expect(regionalVariants('analysing')).toContain('analyzing')
    expect(regionalVariants('catalogue')).toContain('catalog')
    expect(regionalVariants('judgement')).toContain('judgment')
    expect(regionalVariants('meter')).toContain('metre')
  })

  it('never pairs short words or a stressed doubled l, which are other words', () => {
    expect(regionalVariants('four')).not.toContain('for')
    expect(regionalVariants('prize')).not.toContain('prise')
    expect(regionalVariants('filled')).not.toContain('filed')
  })

  it('offers both spellings of a word whose typo is one slip from one and two from the other', () => {
    const suggester = new Suggester(loadBaseLexicon(), false)
    // One slip from `organised`, two from `organized`: the search stopped at the first.
    expect(suggester.suggest('orgnised').words.slice(0, 2).sort()).toEqual(['organised', 'organized'])
    expect(suggester.suggest('orgnisation').words.slice(0, 2).sort()).toEqual(['organisation', 'organization'])
    expect(suggester.suggest('favrite').words.slice(0, 2).sort()).toEqual(['favorite', 'favourite'])
    expect(suggester.suggest('realisd').words).toContain('realized')
  })

  it('puts the nearer spelling first, and its regional twin is no rival to its certainty', () => {
    const suggester = new Suggester(loadBaseLexicon(), false)
    // British typos keep their British word, American ones their American word.
    expect(suggester.suggest('behavour').words.slice(0, 2)).toEqual(['behaviour', 'behavior'])
    expect(suggester.suggest('organisaton').words[0]).toBe('organisation')
    expect(suggester.suggest('behavir').words.slice(0, 2)).toEqual(['behavior', 'behaviour'])
    for (const typo of ['behavour', 'behavir', 'organizaton', 'neighbr', 'travled']) expect(suggester.suggest(typo).certain, typo).toBe(true)
  })

  it('takes a twin as near as the best for a rival (centr: centre or center), and different words for no twins', () => {
    const suggester = new Suggester(loadBaseLexicon(), false)
    for (const typo of ['centr', 'organied', 'theatr', 'criticied']) expect(suggester.suggest(typo).certain, typo).toBe(false)
    // `timber` and `timbre`, `refiled` and `refilled` are two words each, whatever the suffix rules say.
    expect(regionalVariants('timber')).not.toContain('timbre')
    expect(regionalVariants('refilled')).not.toContain('refiled')
    for (const typo of ['refiiled', 'timbrr', 'outere']) expect(suggester.suggest(typo).certain, typo).toBe(false)
  })
})

describe('suggestions in context', () => {
  const suggester = new Suggester(loadBaseLexicon(), false)
  const inArticle = (...words: string[]) => {
    const uses = new Map<string, number>()
    for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1)
    return (key: string) => uses.get(key) ?? 0
  }

  it('prefers a close candidate the article uses elsewhere', () => {
    expect(suggester.suggest('haet').words[0]).toBe('hate')
    expect(suggester.suggest('haet', {context: inArticle('the', 'heat', 'wave')}).words[0]).toBe('heat')
    expect(suggester.suggest('evacuatin').words[0]).toBe('evacuating')
    expect(suggester.suggest('evacuatin', {context: inArticle('evacuation', 'order')}).words[0]).toBe('evacuation')
    // The ranking without context is still the one remembered.
    expect(suggester.suggest('haet').words[0]).toBe('hate')
  })

  it('keeps a clearly likelier word first when the article uses a rival', () => {
    expect(suggester.suggest('sheild', {context: inArticle('sheila')}).words[0]).toBe('shield')
    expect(suggester.suggest('wrok', {context: inArticle('wok')}).words[0]).toBe('work')
    expect(suggester.suggest('hte', {context: inArticle('he')}).words[0]).toBe('the')
  })

  it('only reorders: a suggestion the context puts first is never made certain by it', () => {
    // `oave`: have, gave or save; an article that says `have` everywhere puts it first, but does not make it a fix.
    const many = inArticle('have', 'have', 'have', 'have', 'two', 'two')
    expect(suggester.suggest('oave', {context: many}).certain).toBe(false)
    expect(suggester.suggest('tjo', {context: many}).certain).toBe(false)
    // The context decides the region: an American article's typo one slip from the British spelling.
    const american = suggester.suggest('organisaton', {context: inArticle('organization', 'organization')})
    expect(american.words[0]).toBe('organization')
    expect(american.certain).toBe(false)
  })

  it('trusts a word the article uses again more than one it uses once', () => {
    // `storl`: `story` is likelier than `storm` by a little more than one use in the article makes up for.
    expect(suggester.suggest('storl', {context: inArticle('storm')}).words[0]).toBe('story')
    expect(suggester.suggest('storl', {context: inArticle('storm', 'storm', 'storm')}).words[0]).toBe('storm')
  })
})

describe('a capitalised typo', () => {
  const suggester = new Suggester(loadBaseLexicon(), false)

  it('ranks a word by its own frequency, not by a rarer name spelled like it', () => {
    // `Will` is also a given name (SCOWL size 50); at a sentence start it is the common word.
    expect(suggester.suggest('wxll').words[0]).toBe('will')
    expect(suggester.suggest('Wxll').words[0]).toBe('Will')
  })
})

describe('a plural of people typed without the apostrophe of its possessive', () => {
  it('offers the possessive first, ahead of any word one slip away, but never as a certainty', () => {
    const suggester = new Suggester(loadBaseLexicon(), false)
    const mens = suggester.suggest('mens')
    // Then the plural itself (`two mens`: a plural made twice).
    expect(mens.words.slice(0, 2)).toEqual(["men's", 'men'])
    expect(mens.words).toContain('means')
    expect(mens.certain).toBe(false)
    expect(suggester.suggest('womens').words[0]).toBe("women's")
  })
})

describe('a much commoner word two slips away than the common words one slip away', () => {
  // Typed by the team: `wuod` is one slip from `wood`, two from `would`; `governmed` one from `governed`,
  // two from `government`; `smehting` one from `smelting`. The two-slip search used to stop at the common word one slip away.
  it('comes first, and the nearer word is no longer a certain fix', () => {
    const suggester = new Suggester(loadBaseLexicon(), false)
    for (const [typed, meant, near] of [
      ['wuod', 'would', 'wood'],
      ['governmed', 'government', 'governed'],
      // Far likelier than `smelting` by the ranking, yet not applied unasked: the writer was a slip from `smelting`.
      ['smehting', 'something', 'smelting'],
    ]) {
      const {words, certain} = suggester.suggest(typed!)
      expect(words.slice(0, 2), typed).toEqual([meant, near])
      expect(certain, typed).toBe(false)
    }
  })

  it('is left out when it does not come first, so the word one slip away keeps its certainty', () => {
    const suggester = new Suggester(loadBaseLexicon(), false)
    // `hopful`: `helpful` is two slips away and commoner than `hopeful`, one slip away, but ranks below it.
    expect(suggester.suggest('hopful')).toEqual({words: ['hopeful'], certain: true})
    // `widht`: `width` one slip away (two letters swapped); `with`, two slips away, is too unlikely a slip to be searched.
    expect(suggester.suggest('widht')).toMatchObject({words: ['width', 'wight'], certain: true})
  })
})
