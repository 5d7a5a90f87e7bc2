import {normalise, withoutPossessive} from './tokens.js'
import type {House, Region} from './variants.js'
import {plainLowerCase} from './word-shapes.js'

/** What the article's own words tell the suggester (see `articleWords`), and the house spelling its `lang` names. */
export interface ArticleWords {
  context: (key: string) => number
  region: () => Region | undefined
  house?: House
}

/**
 * How often the article's prose uses each word written in lower case (curly apostrophes and possessives
 * undone: `storm’s` is `storm`), for ranking a typo's candidates: a word the article uses elsewhere is
 * likelier meant (`haet` in an article about heat); and which region's spelling its words follow, when
 * they lean one way (`colour`, `centre`: british). Markup, URLs and code are no prose, and a capitalised
 * word may be a name (`the World Health Organization` says nothing about how the article spells
 * `organisation`). Counted on first need.
 */
export function articleWords(sentences: readonly string[][], regionOf: (word: string) => Region | undefined, house: House | undefined): ArticleWords {
  let uses: Map<string, number> | undefined
  // Counted from the texts the stage's loop already read (the words of `checkedSentences`), when first asked for:
  // only after the loop, by the verdicts on unknown words. A plain lower-case word (most) is its own key.
  const count = (): Map<string, number> => {
    if (!uses) {
      uses = new Map()
      for (const texts of sentences) {
        for (const word of texts) {
          // A plain lower-case word (most) is its own key, and in lower case: no second test.
          if (plainLowerCase.test(word)) {
            uses.set(word, (uses.get(word) ?? 0) + 1)
            continue
          }
          const text = withoutPossessive(normalise(word))
          if (/^\p{Ll}/u.test(text)) uses.set(text, (uses.get(text) ?? 0) + 1)
        }
      }
    }
    return uses
  }
  let region: Region | undefined | null = null
  return {
    ...(house ? {house} : {}),
    context: (key) => count().get(key) ?? 0,
    region: () => {
      if (region !== null) return region
      const votes = {british: 0, american: 0}
      for (const [word, times] of count()) {
        const side = regionOf(word)
        if (side) votes[side] += times
      }
      region = votes.british >= votes.american + 2 ? 'british' : votes.american >= votes.british + 2 ? 'american' : undefined
      return region
    },
  }
}
