import type {Lexicon} from './lexicon.js'
import {normalise, withoutPossessive} from './tokens.js'
import {type Family, type Region, regionalTwins} from './variants.js'
import {memo} from './word-facts.js'
import {plainLowerCase} from './word-shapes.js'

/** What a house spelling (`lang: en-GB`, `en-US`) may change in a word: its parts spelled the other region's way. */

/** A lower-case word or hyphenated part of a word with regional twins the lists know (see `regionalPartsOf`). */
interface RegionalPart {
  /** Offsets in the word's text. */
  from: number
  to: number
  key: string
  twins: Array<{variant: string; region: Region; family: Family}>
}
const noParts: RegionalPart[] = []

/** Endings of a plural or a verb form: a word the configuration accepts is accepted with them (`colors`, `organizing`). */
const inflections = ['s', 'es', 'd', 'ed', 'ing']

/**
 * The lower-case parts of a word (`colour-coded`: `colour`, `coded`; `neighbour’s`: `neighbour`) that one region
 * spells one way and the other another, both in the lists (`colour`, `color`), with their twins: asked only under a
 * house spelling, once per distinct word.
 */
export function regionalPartsOf(lexicon: Lexicon, accept: readonly string[]): (text: string) => RegionalPart[] {
  // Words the configuration accepts by name are the writer's to spell as they like (`accept: [color]`), and so are
  // their plurals and verb forms (`colors`, `colored`, `coloring`; `organizing` from `organize`).
  const acceptedWords = new Set(accept.map((entry) => normalise(entry)))
  const acceptedForm = (key: string): boolean =>
    acceptedWords.has(key) ||
    (acceptedWords.size > 0 && inflections.some((ending) => key.endsWith(ending) && [key.slice(0, -ending.length), `${key.slice(0, -ending.length)}e`].some((stem) => acceptedWords.has(stem))))
  return memo((text): RegionalPart[] => {
    let found: RegionalPart[] | undefined
    for (const part of text.matchAll(/[^-\u2010\u2011]+/g)) {
      const key = withoutPossessive(normalise(part[0]))
      if (!plainLowerCase.test(key) || acceptedForm(key) || !lexicon.knowsLowerCase(key)) continue
      const twins = regionalTwins(key).filter(({variant}) => lexicon.suggestable(variant).includes(variant))
      if (twins.length > 0) (found ??= []).push({from: part.index, to: part.index + key.length, key, twins})
    }
    return found ?? noParts
  })
}

/** Whether the lists hold a capitalised spelling of a key (`Labor`, `Centre`): a name, which a sentence start may be. */
export function named(lexicon: Lexicon, key: string): boolean {
  return lexicon.suggestable(key).some((form) => form !== key && form.toLowerCase() === key)
}
