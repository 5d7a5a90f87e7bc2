import {readFileSync} from 'node:fs'
import {data} from 'franc/data.js'
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
 * The languages of a shared script whose alphabet has every letter of that
 * script in `text` (lowercased), when that script is most of the text;
 * `undefined` when the alphabets rule nothing out. Languages with no
 * alphabet on file are kept.
 */
export function alphabetCandidates(text: string, alphabets: Alphabets): string[] | undefined {
  const lower = text.toLowerCase()
  for (const [script, languages] of Object.entries(alphabets)) {
    const expression = expressions[script as keyof typeof expressions]
    const used = new Set(lower.match(expression))
    if (used.size === 0) continue
    const all = Object.keys(data[script as keyof typeof data] ?? {})
    const kept = all.filter((lang) => {
      const alphabet = languages[lang]
      return !alphabet || [...used].every((letter) => alphabet.has(letter) || !/\p{L}/u.test(letter))
    })
    return kept.length > 0 && kept.length < all.length ? kept : undefined
  }
  return undefined
}
