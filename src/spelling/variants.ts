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

/** Each rule: the ending of one region's spelling, the other's, the region of the spelling the rule reads, and its family. */
const rules: Array<[from: RegExp, to: string, region: Region, family: Family]> = [
  // -ise / -ize, -isation / -ization, -yse / -yze: three letters or more before the ending.
  [/(?<=[a-z]{3})is(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'iz$1', 'british', 'ize'],
  [/(?<=[a-z]{3})iz(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'is$1', 'american', 'ize'],
  [/(?<=[a-z]{3})ys(e|es|ed|ing|er|ers)$/, 'yz$1', 'british', 'yze'],
  [/(?<=[a-z]{3})yz(e|es|ed|ing|er|ers)$/, 'ys$1', 'american', 'yze'],
  // -our / -or: `colour`, `favourite`, `behaviour`.
  [/(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|ism|ist|ists|hood|hoods)?$/, 'or$1', 'british', 'our'],
  [/(?<=[a-z]{3})or(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|ism|ist|ists|hood|hoods)?$/, 'our$1', 'american', 'our'],
  [/^odour(s|less)?$/, 'odor$1', 'british', 'our'],
  [/^odor(s|less)?$/, 'odour$1', 'american', 'our'],
  // -tre / -ter, -bre / -ber: `centre`, `metre`, `fibre`; `centred` / `centered`, `centring` / `centering`.
  [/(?<=[a-z]{2})([tb])re(s)?$/, '$1er$2', 'british', 're'],
  [/(?<=[a-z]{2})([tb])er(s)?$/, '$1re$2', 'american', 're'],
  [/(?<=[a-z]{2})([tb])r(ed|ing)$/, '$1er$2', 'british', 're'],
  [/(?<=[a-z]{2})([tb])er(ed|ing)$/, '$1r$2', 'american', 're'],
  // -ence / -ense: `defence`, `licence`.
  [/(?<=[a-z]{2})ence(s)?$/, 'ense$1', 'british', 'ence'],
  [/(?<=[a-z]{2})ense(s)?$/, 'ence$1', 'american', 'ence'],
  // A final l doubled before a suffix after an unstressed vowel: `travelled`, `modelling`, `cancelled` (not `filled`).
  // `fuelled`, `counsellor` too.
  [/(?<=[aeiou][^aeiou]*[aeiou])ll(ed|ing|er|ers|or|ors)$/, 'l$1', 'british', 'll'],
  [/(?<=[aeiou][^aeiou]*[aeiou])l(ed|ing|er|ers|or|ors)$/, 'll$1', 'american', 'll'],
  // -ogue / -og, -gramme / -gram, -dgement / -dgment. British English writes -gramme only in `programme`: a
  // `kilogram`, `milligram`, `telegram` everywhere (the Oxford headwords; UK weights and measures law).
  [/(?<=[a-z]{3})ogue(s)?$/, 'og$1', 'british', 'ogue'],
  [/(?<=[a-z]{3})og(s)?$/, 'ogue$1', 'american', 'ogue'],
  [/(?<=program)me(s)?$/, '$1', 'british', 'gramme'],
  [/(?<=program)(s)?$/, 'me$1', 'american', 'gramme'],
  [/dgement(s)?$/, 'dgment$1', 'british', 'dgement'],
  [/dgment(s)?$/, 'dgement$1', 'american', 'dgement'],
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

/** The spelling rules above, by the British spelling they pair (`ize`: `organise` / `organize`). */
export type Family = 'ize' | 'yze' | 'our' | 're' | 'ence' | 'll' | 'ogue' | 'gramme' | 'dgement'

/** A house spelling: the region whose spelling each family takes; a family left out is the writer's choice. */
export type House = Readonly<Partial<Record<Family, Region>>>

const british: House = {ize: 'british', yze: 'british', our: 'british', re: 'british', ence: 'british', ll: 'british', ogue: 'british', gramme: 'british', dgement: 'british'}
const american: House = {ize: 'american', yze: 'american', our: 'american', re: 'american', ence: 'american', ll: 'american', ogue: 'american', gramme: 'american', dgement: 'american'}

/**
 * House spellings by BCP 47 region of English (`uk` too, a common slip for `gb`). Commonwealth English spells as British; Canadian
 * English (the Canadian Press and the Canadian Oxford Dictionary) mixes them: `colour`, `centre`,
 * `defence`, `travelled`, `catalogue`, but `organize`, `analyze`, `program`, and `judgment` or
 * `judgement` alike. Australian English writes `program` (the Macquarie Dictionary, the Australian Government Style
 * Manual). `en-GB-oxendict` is Oxford spelling: British with `-ize` (`organize`, but `analyse`).
 */
const houses: ReadonlyMap<string, House> = new Map([
  ['us', american],
  ...['gb', 'uk', 'nz', 'ie', 'in', 'za'].map((region) => [region, british] as [string, House]),
  ['au', {...british, gramme: 'american'}],
  ['ca', {...british, ize: 'american', yze: 'american', gramme: 'american', dgement: undefined}],
])

/**
 * The house spelling a language tag names (`en-US`, `en-GB`, `en_AU`, `en-GB-oxendict`, `en-Latn-US`), or none: plain `en`,
 * another language, or a region of English without one of its own (`en-XX`, `en-001`), which accept both spellings.
 */
export function houseOf(lang: string): House | undefined {
  const [language, ...subtags] = lang.toLowerCase().split(/[-_]/)
  if (language !== 'en' && language !== 'eng') return undefined
  // A script subtag (`en-Latn-US`) comes before the region.
  if (/^[a-z]{4}$/.test(subtags[0] ?? '')) subtags.shift()
  const [region, ...variants] = subtags
  const house = region === undefined ? undefined : houses.get(region)
  return house === british && variants.includes('oxendict') ? {...british, ize: 'american'} : house
}

/** The other regional spellings of a lower-case `key`, each with the region of `key`'s own spelling (`colour`: british) and the rule's family. */
export function regionalTwins(key: string): Array<{variant: string; region: Region; family: Family}> {
  const found: Array<{variant: string; region: Region; family: Family}> = []
  for (const [from, to, region, family] of rules) {
    if (!from.test(key)) continue
    const variant = key.replace(from, to)
    if (variant !== key && !found.some((twin) => twin.variant === variant) && notTwins.get(key) !== variant) found.push({variant, region, family})
  }
  return found
}

/** Pairs a house of one region writes both ways, by their British spelling (rules/spelling/regional-either.txt). */
const eitherWay: ReadonlyMap<string, Region | 'both'> = new Map(
  readFileSync(new URL('../../rules/spelling/regional-either.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [region, british] = line.trim().split(/\s+/) as [Region | 'both', string]
      return [british, region]
    }),
)

/**
 * The region whose spelling `house` gives the pair of `key` and its twin `variant`, or undefined when it leaves the
 * choice to the writer: a family it does not decide (Canadian `judgment` / `judgement`), a pair its region writes both
 * ways (British `licence` and `license`), or no twins at all.
 */
export function houseChoice(house: House, key: string, variant: string): Region | undefined {
  const twin = regionalTwins(key).find((candidate) => candidate.variant === variant)
  const choice = twin && house[twin.family]
  if (!twin || !choice) return undefined
  const either = eitherWay.get(twin.region === 'british' ? key : variant)
  return either === 'both' || either === choice ? undefined : choice
}

/** Whether `house` spells `key`'s twin `variant` rather than `key` (`organisation` / `organization` for `en-US`). */
export function houseSpellsTwin(house: House, key: string, variant: string): boolean {
  const choice = houseChoice(house, key, variant)
  return choice !== undefined && choice !== regionalTwins(key).find((twin) => twin.variant === variant)!.region
}

/** Whether `house` chooses between `key` and its twin `variant`. */
export function houseDecides(house: House, key: string, variant: string): boolean {
  return houseChoice(house, key, variant) !== undefined
}
