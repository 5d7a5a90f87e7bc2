import {readFileSync} from 'node:fs'
import {expressions} from 'franc/expressions.js'
import {parse} from 'yaml'

/** Per shared script, each language's letters (rules/language/alphabets.yml). */
export type Alphabets = Record<string, Record<string, ReadonlySet<string>>>

export function readAlphabets(url: URL): Alphabets {
  const raw = parse(readFileSync(url, 'utf8')) as Record<string, Record<string, string>>
  const out: Alphabets = {}
  for (const [script, languages] of Object.entries(raw)) {
    out[script] = Object.fromEntries(Object.entries(languages).map(([lang, letters]) => [lang, new Set(letters)]))
  }
  return out
}

/**
 * Among franc's candidates that score within `band` of the best, the one
 * whose alphabet lacks the fewest letters of `text` (ties keep franc's
 * order). A Russian paragraph with `ы` or `ё` is then not named Bulgarian;
 * one stray Ukrainian word does not rule Russian out. Languages with no
 * alphabet on file lack nothing.
 */
export function byAlphabet(text: string, ranking: Array<[string, number]>, alphabets: Alphabets, band: number): string {
  const lower = text.toLowerCase()
  const top = ranking[0]!
  for (const [script, languages] of Object.entries(alphabets)) {
    const letters = lower.match(expressions[script as keyof typeof expressions])
    if (!letters || !ranking.some(([lang]) => languages[lang])) continue
    const lacking = (lang: string) => {
      const alphabet = languages[lang]
      return alphabet ? letters.filter((letter) => !alphabet.has(letter)).length : 0
    }
    let best = top[0]
    let fewest = lacking(best)
    for (const [lang, score] of ranking) {
      if (score < top[1] * band) break
      const count = lacking(lang)
      if (count < fewest) [best, fewest] = [lang, count]
    }
    return best
  }
  return top[0]
}
