import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'
import {readRuleYaml} from '../guard.js'

/** Per shared script, each language's letters (rules/language/alphabets.yml). */
export type Alphabets = Record<string, Record<string, ReadonlySet<string>>>

export function readAlphabets(url: URL): Alphabets {
  const raw = readRuleYaml(url) as Record<string, Record<string, string>>
  const out: Alphabets = {}
  for (const [script, languages] of Object.entries(raw)) {
    out[script] = Object.fromEntries(Object.entries(languages).map(([lang, letters]) => [lang, new Set(letters)]))
  }
  return out
}

/**
 * Among franc's candidates that score within `band` of the best, the ones
 * whose alphabet lacks the fewest letters of `text`: a Russian paragraph with
 * `ы` or `ё` is then not named Bulgarian, while one stray Ukrainian word does
 * not rule Russian out (and when, on text too short for franc to rank well,
 * every one of them lacks a letter, the languages further down that lack none).
 * Of those, any scoring within `close` of the best of
 * them goes to the most widely spoken (franc lists each script's languages by
 * number of speakers): franc's trigram models, built from one text per
 * language, cannot tell Russian from Bulgarian on short text, and copy in
 * Russian is far more common. Languages with no alphabet on file lack nothing.
 */
export function byAlphabet(text: string, ranking: Array<[string, number]>, alphabets: Alphabets, band: {band: number; close: number; reliableLength: number}): string {
  const top = ranking[0]!
  const script = Object.keys(alphabets).find((name) => ranking.some(([lang]) => alphabets[name]![lang]))
  if (!script) return top[0]
  const languages = alphabets[script]!
  const letters = text.toLowerCase().match(expressions[script as keyof typeof expressions]) ?? []
  const lacking = (lang: string) => {
    const alphabet = languages[lang]
    return alphabet ? letters.filter((letter) => !alphabet.has(letter)).length : 0
  }
  const near = ranking.filter(([, score]) => score >= top[1] * band.band).map(([lang, score]) => ({lang, score, lacking: lacking(lang)}))
  const fewest = Math.min(...near.map((candidate) => candidate.lacking))
  let fitting = near.filter((candidate) => candidate.lacking === fewest)
  if (fewest > 0 && text.length < band.reliableLength) {
    // Every close candidate lacks a letter the short text has (`ё` in a Russian line that franc's trigrams call
    // Bulgarian): a language further down whose alphabet on file holds every letter is the better answer. Not on
    // longer text, where franc ranks well and a lacking letter is likelier a loanword's (Kyrgyz writes `в` and `ф`
    // in Russian loans, which its alphabet on file leaves out).
    const complete = ranking.filter(([lang]) => languages[lang] && lacking(lang) === 0).map(([lang, score]) => ({lang, score, lacking: 0}))
    if (complete.length > 0) fitting = complete
  }
  const lead = fitting[0]!.score
  const speakers = Object.keys(data[script as keyof typeof data] ?? {})
  const rank = (lang: string) => (speakers.includes(lang) ? speakers.indexOf(lang) : speakers.length)
  return fitting.filter((candidate) => candidate.score >= lead * band.close).sort((a, b) => rank(a.lang) - rank(b.lang))[0]!.lang
}
