import {readFileSync} from 'node:fs'

// The other regional spelling of a word, British or American (`organisation` / `organization`,
// `colour` / `color`, `centre` / `center`, `travelled` / `traveled`), when only the ending
// differs: a typo of one is a typo of the word, whichever spelling the writer meant, and the word
// lists hold both, so the typo is often one slip from one spelling and two from the other
// (`oranised`). The rules also pair a few different words (`timber` / `timbre`, `refiled` /
// `refilled`): those are listed in rules/spelling/not-regional-twins.txt and never paired.
// Candidates only: the suggester keeps those the lexicon knows. Hand-written because no maintained
// npm package maps the spellings both ways by rule; each rule needs a few letters before its ending
// so that short words (`four` / `for`, `prize` / `prise`, `filled` / `filed`) are never paired.

/** Each rule: the ending of one region's spelling, the other's, and the region of the spelling the rule reads. */
const rules: Array<[from: RegExp, to: string, region: Region]> = [
  // -ise / -ize, -isation / -ization, -yse / -yze: three letters or more before the ending.
  [/(?<=[a-z]{3})is(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'iz$1', 'british'],
  [/(?<=[a-z]{3})iz(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'is$1', 'american'],
  [/(?<=[a-z]{3})ys(e|es|ed|ing|er|ers)$/, 'yz$1', 'british'],
  [/(?<=[a-z]{3})yz(e|es|ed|ing|er|ers)$/, 'ys$1', 'american'],
  // -our / -or: `colour`, `favourite`, `behaviour`.
  [/(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|ism|ist|ists)?$/, 'or$1', 'british'],
  [/(?<=[a-z]{3})or(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|ism|ist|ists)?$/, 'our$1', 'american'],
  // -tre / -ter, -bre / -ber: `centre`, `metre`, `fibre`.
  [/(?<=[a-z]{2})([tb])re(s|d)?$/, '$1er$2', 'british'],
  [/(?<=[a-z]{2})([tb])er(s|ed)?$/, '$1re$2', 'american'],
  // -ence / -ense: `defence`, `licence`.
  [/(?<=[a-z]{2})ence(s)?$/, 'ense$1', 'british'],
  [/(?<=[a-z]{2})ense(s)?$/, 'ence$1', 'american'],
  // A final l doubled before a suffix after an unstressed vowel: `travelled`, `modelling`, `cancelled` (not `filled`).
  [/(?<=[aeiou][^aeiou]+[aeiou])ll(ed|ing|er|ers)$/, 'l$1', 'british'],
  [/(?<=[aeiou][^aeiou]+[aeiou])l(ed|ing|er|ers)$/, 'll$1', 'american'],
  // -ogue / -og, -gramme / -gram, -dgement / -dgment.
  [/(?<=[a-z]{3})ogue(s)?$/, 'og$1', 'british'],
  [/(?<=[a-z]{3})og(s)?$/, 'ogue$1', 'american'],
  [/(?<=[a-z]{3})gramme(s)?$/, 'gram$1', 'british'],
  [/(?<=[a-z]{3})gram(s)?$/, 'gramme$1', 'american'],
  [/dgement(s)?$/, 'dgment$1', 'british'],
  [/dgment(s)?$/, 'dgement$1', 'american'],
]

/** Each word of a listed pair of different words, with the other. */
const notTwins: ReadonlyMap<string, string> = new Map(
  readFileSync(new URL('../../rules/spelling/not-regional-twins.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .flatMap((line) => {
      const [a, b] = line.trim().split(/\s+/) as [string, string]
      return [[a, b], [b, a]] as Array<[string, string]>
    }),
)

/** The other regional spellings of a lower-case `key` by the rules above (words or not: the caller looks them up). */
export function regionalVariants(key: string): string[] {
  return regionalTwins(key).map(({variant}) => variant)
}

export type Region = 'british' | 'american'

/** The other regional spellings of a lower-case `key`, each with the region of `key`'s own spelling (`colour`: british). */
export function regionalTwins(key: string): Array<{variant: string; region: Region}> {
  const found: Array<{variant: string; region: Region}> = []
  for (const [from, to, region] of rules) {
    if (!from.test(key)) continue
    const variant = key.replace(from, to)
    if (variant !== key && !found.some((twin) => twin.variant === variant) && notTwins.get(key) !== variant) found.push({variant, region})
  }
  return found
}
