import {fileURLToPath} from 'node:url'
import {readYamlFile} from '../guard.js'
import {ConfigError} from '../config.js'
import {dayOf} from '../parse/story-date.js'
import {termEnd, termStart} from './roles.js'

/** The newsroom style sheet bundled with copydesk. */
export const bundledStyleSheet = fileURLToPath(new URL('../../rules/style-sheet.yml', import.meta.url))

export const nameTypes = ['person', 'outlet', 'organisation', 'place'] as const

/** One name as the newsroom writes it. */
export interface NameRecord {
  /** Canonical form on first reference (`Timothy Haugh`, `The Record`). */
  readonly name: string
  /** Second reference (`Haugh`); defaults to `name`. */
  readonly short: string
  readonly type: (typeof nameTypes)[number]
  /** Latin given names that may stand before `short` (`Timothy`, `Tim`). */
  readonly given: readonly string[]
  /** Accepted forms by ISO 639-1 language, including Cyrillic forms and their inflections. */
  readonly aliases: Readonly<Record<string, readonly string[]>>
  /** Aliases that only identify this name right after one of `given` (`Хо` is also Ho Chi Minh). */
  readonly ambiguous: readonly string[]
  /** Known wrong forms, each replaced by `name` (several words) or `short` (one word). */
  readonly variants: readonly string[]
  /** Words a translation puts before an outlet's bare name (`the publication Record`). */
  readonly descriptors: readonly string[]
  /** Offices held, each term apart (a president elected twice has two). */
  readonly roles: readonly Role[]
  /** Where the facts come from, with its licence. */
  readonly provenance: string
}

/** One term in an office. */
export interface Role {
  /** The office's full title (`President of Russia`). */
  readonly title: string
  /** How copy writes the title next to the name (`Russian President`, `Kremlin chief`), besides `title`. */
  readonly titles: readonly string[]
  /** First and last day in office (YYYY-MM-DD, or YYYY-MM, YYYY); open-ended when absent. */
  readonly from?: string
  readonly to?: string
}

export interface StyleSheet {
  readonly records: readonly NameRecord[]
}

/** Loads the bundled sheet and then `extra` sheets (later sheets add records; they do not replace). */
export function loadStyleSheets(extra: readonly string[] = []): StyleSheet {
  return {records: [bundledStyleSheet, ...extra].flatMap(readSheet)}
}

const cache = new Map<string, NameRecord[]>()

function readSheet(file: string): NameRecord[] {
  const cached = cache.get(file)
  if (cached) return cached
  const data = readYamlFile(file, 'style sheet', (message) => new ConfigError(message))
  if (!isRecord(data) || !Array.isArray(data.names)) throw new ConfigError(`${file}: a style sheet is a mapping with a \`names\` list`)
  const records = data.names.map((entry, index) => toRecord(entry, `${file}: names[${index}]`))
  cache.set(file, records)
  return records
}

const keys = new Set(['name', 'short', 'type', 'given', 'aliases', 'ambiguous', 'variants', 'descriptors', 'role', 'provenance'])

function toRecord(entry: unknown, where: string): NameRecord {
  if (!isRecord(entry)) throw new ConfigError(`${where} must be a mapping`)
  for (const key of Object.keys(entry)) if (!keys.has(key)) throw new ConfigError(`${where}: unknown key \`${key}\``)
  const name = text(entry.name, `${where}.name`)
  const type = text(entry.type, `${where}.type`)
  if (!(nameTypes as readonly string[]).includes(type)) throw new ConfigError(`${where}.type must be one of ${nameTypes.join(', ')}`)
  const aliases: Record<string, string[]> = {}
  if (entry.aliases !== undefined) {
    if (!isRecord(entry.aliases)) throw new ConfigError(`${where}.aliases must map language codes to lists`)
    for (const [lang, list] of Object.entries(entry.aliases)) aliases[lang] = texts(list, `${where}.aliases.${lang}`)
  }
  const all = Object.values(aliases).flat()
  const ambiguous = texts(entry.ambiguous, `${where}.ambiguous`)
  for (const alias of ambiguous) if (!all.includes(alias)) throw new ConfigError(`${where}.ambiguous: \`${alias}\` is not among the aliases`)
  const variants = texts(entry.variants, `${where}.variants`)
  for (const variant of variants) {
    if (variant === name || all.includes(variant)) throw new ConfigError(`${where}.variants: \`${variant}\` is also an accepted form`)
  }
  // One term as a mapping, or a list of terms.
  const terms = entry.role === undefined ? [] : Array.isArray(entry.role) ? entry.role : [entry.role]
  const roles = terms.map((term: unknown, index) => toRole(term, Array.isArray(entry.role) ? `${where}.role[${index}]` : `${where}.role`))
  return {
    name,
    short: entry.short === undefined ? name : text(entry.short, `${where}.short`),
    type: type as NameRecord['type'],
    given: texts(entry.given, `${where}.given`),
    aliases,
    ambiguous,
    variants,
    descriptors: texts(entry.descriptors, `${where}.descriptors`),
    roles,
    provenance: text(entry.provenance, `${where}.provenance`),
  }
}

const roleKeys = new Set(['title', 'titles', 'from', 'to'])

function toRole(term: unknown, where: string): Role {
  if (!isRecord(term)) throw new ConfigError(`${where} must be a mapping with title, titles, from, to`)
  for (const key of Object.keys(term)) if (!roleKeys.has(key)) throw new ConfigError(`${where}: unknown key \`${key}\``)
  const from = term.from === undefined ? undefined : date(term.from, `${where}.from`)
  const to = term.to === undefined ? undefined : date(term.to, `${where}.to`)
  if (from && to && termEnd({to}) < termStart({from})) throw new ConfigError(`${where}: \`to\` (${to}) is before \`from\` (${from})`)
  return {title: text(term.title, `${where}.title`), titles: texts(term.titles, `${where}.titles`), ...(from ? {from} : {}), ...(to ? {to} : {})}
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigError(`${where} must be a non-empty string`)
  return value
}

function texts(value: unknown, where: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ConfigError(`${where} must be a list of strings`)
  return value.map((item, index) => text(item, `${where}[${index}]`))
}

function date(value: unknown, where: string): string {
  // YAML reads a bare year (`from: 2018`) as a number.
  const result = typeof value === 'number' ? String(value) : text(value, where)
  const [, month, day] = result.split('-')
  const real = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(result) && (month === undefined || (Number(month) >= 1 && Number(month) <= 12)) && (day === undefined || dayOf(result) === result)
  if (!real) throw new ConfigError(`${where} must be a date such as 2024-02-02`)
  return result
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
