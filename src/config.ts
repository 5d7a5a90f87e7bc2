import {existsSync} from 'node:fs'
import path from 'node:path'
import {closest, distance} from 'fastest-levenshtein'
import {convertPathToPattern} from 'tinyglobby'
import {patternProblem, readYamlFile} from './guard.js'
import {type ParseLimits, defaultLimits} from './parse/limits.js'
import type {Severity} from './types.js'
import {toIso6393} from './language/codes.js'

/** Resolved configuration, as every stage receives it. */
export interface Config {
  /** The language the copy must be in, ISO 639-1 or 639-3 (default: `en`). */
  lang: string
  /** Languages the newsroom receives, ISO 639-1 or 639-3 (stored as 639-3); narrows language detection (default: all). */
  languages: string[]
  /** Stages switched on or off by source name (default: all on). */
  stages: Record<string, boolean>
  /** Per-rule severity or `off`, keyed `source/ruleId` or `source`. */
  rules: Record<string, Severity | 'off'>
  /** Personal dictionaries: files with one accepted word a line. */
  dictionaries: string[]
  /** Words accepted as correctly spelled. */
  accept: string[]
  /** Forbidden words and their replacement. */
  reject: Record<string, string>
  /** Extra style sheets (YAML, same shape as rules/style-sheet.yml). */
  styleSheets: string[]
  /** Globs of files not to check, in a walk or a glob; relative to the configuration file's folder, stored anchored to it. */
  ignore: string[]
  /** House transliteration choices, e.g. `{Сергей: Sergey}`. */
  transliteration: Record<string, string>
  /** Size and nesting limits (`maxLength` characters, `maxDepth` levels, `maxMarkup` markers a paragraph, `maxToken` characters without a space): a file beyond them fails alone with a clear reason. */
  limits: ParseLimits
  /** The configuration file, when there is one. */
  file?: string
}

export const configNames = ['.copydeskrc.yml', '.copydeskrc.yaml', '.copydeskrc']

export class ConfigError extends Error {}

export function defaultConfig(): Config {
  return {
    lang: 'en',
    languages: [],
    stages: {},
    rules: {},
    dictionaries: [],
    accept: [],
    reject: {},
    styleSheets: [],
    ignore: [],
    transliteration: {},
    limits: {...defaultLimits},
  }
}

/** Finds `.copydeskrc.yml` from `cwd` upwards. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of configNames) {
      const candidate = path.join(dir, name)
      if (existsSync(candidate)) return candidate
    }
    if (path.dirname(dir) === dir) return undefined
  }
}

const severities = new Set(['error', 'warning', 'info', 'off'])

type Check = (value: unknown, key: string) => unknown

const stringList: Check = (value, key) => {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new ConfigError(`\`${key}\` must be a list of strings`)
  return value
}
const stringMap: Check = (value, key) => {
  if (!isRecord(value) || !Object.values(value).every((item) => typeof item === 'string')) throw new ConfigError(`\`${key}\` must map strings to strings`)
  return value
}

/**
 * Whether `code` names a language copydesk knows, as the language stage reads it: an ISO 639-1, 639-2/B
 * or 639-3 code, optionally with a region (`en`, `eng`, `en-GB`). `english` or `xx` would otherwise be read as English.
 */
export function isLanguageCode(code: string): boolean {
  const match = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i.exec(code)
  // `und`, `zxx`, `mul`, `mis` are codes for no language in particular: copy cannot be expected in them.
  return match !== null && toIso6393(match[1]!) !== undefined && !/^(?:und|zxx|mul|mis)$/i.test(match[1]!)
}

const schema: Record<keyof Omit<Config, 'file'>, Check> = {
  lang(value, key) {
    if (typeof value !== 'string' || !isLanguageCode(value)) throw new ConfigError(`\`${key}\` must be an ISO 639 code such as \`en\`${typeof value === 'string' ? ` (\`${value}\` is not one)` : ''}`)
    return value
  },
  languages(value, key) {
    stringList(value, key)
    const unknown = (value as string[]).find((code) => !toIso6393(code))
    if (unknown !== undefined) throw new ConfigError(`\`${key}\`: \`${unknown}\` is not an ISO 639 language code`)
    return (value as string[]).map((code) => toIso6393(code)!)
  },
  stages(value, key) {
    if (!isRecord(value) || !Object.values(value).every((item) => typeof item === 'boolean')) throw new ConfigError(`\`${key}\` must map stage names to true or false`)
    return value
  },
  rules(value, key) {
    if (!isRecord(value)) throw new ConfigError(`\`${key}\` must map rule ids to a severity`)
    for (const [rule, severity] of Object.entries(value)) {
      if (typeof severity !== 'string' || !severities.has(severity)) throw new ConfigError(`\`${key}.${rule}\` must be error, warning, info or off`)
    }
    return value
  },
  dictionaries: stringList,
  accept(value, key) {
    stringList(value, key)
    // `/…/flags` entries become regular expressions run on every word: refuse any that could hang.
    for (const [index, entry] of (value as string[]).entries()) {
      const pattern = /^\/(.+)\/([a-z]*)$/s.exec(entry)
      // Checked as the spelling stage runs it: anchored to the whole word.
      const problem = pattern && patternProblem(`^(?:${pattern[1]})$`, pattern[2]!.replace(/[gy]/g, ''))
      if (problem) throw new ConfigError(`\`${key}[${index}]\` ${problem}`)
    }
    return value
  },
  reject: stringMap,
  styleSheets: stringList,
  ignore: stringList,
  transliteration: stringMap,
  limits(value, key) {
    if (!isRecord(value)) throw new ConfigError(`\`${key}\` must map maxLength, maxDepth, maxMarkup and maxToken to numbers`)
    for (const [name, limit] of Object.entries(value)) {
      if (!Object.hasOwn(defaultLimits, name)) throw new ConfigError(`\`${key}.${name}\` is not a limit (use ${Object.keys(defaultLimits).join(', ')})`)
      if (!Number.isSafeInteger(limit) || (limit as number) < 1) throw new ConfigError(`\`${key}.${name}\` must be a positive whole number`)
    }
    return {...defaultLimits, ...value}
  },
}

/** Reads and validates a configuration file; paths in it are resolved against its folder. */
export function loadConfig(file: string): Config {
  const data = readYamlFile(file, 'configuration', (message) => new ConfigError(message)) ?? {}
  if (!isRecord(data)) throw new ConfigError(`${file}: configuration must be a mapping of keys to values`)
  const config = defaultConfig()
  const base = path.dirname(file)
  for (const [key, value] of Object.entries(data)) {
    const check = Object.hasOwn(schema, key) ? schema[key as keyof typeof schema] : undefined
    if (!check) throw new ConfigError(`${file}: unknown key \`${key}\``)
    try {
      Object.assign(config, {[key]: check(value, key)})
    } catch (error) {
      throw new ConfigError(`${file}: ${(error as Error).message}`)
    }
  }
  config.dictionaries = config.dictionaries.map((entry) => path.resolve(base, entry))
  config.styleSheets = config.styleSheets.map((entry) => path.resolve(base, entry))
  // `arch/**` means the same files whichever folder `check` is given.
  config.ignore = config.ignore.map((pattern) => (pattern.startsWith('!') ? `!${anchored(base, pattern.slice(1))}` : anchored(base, pattern)))
  config.file = file
  return config
}

/** The stage names and rule ids copydesk has (src/pipeline.ts), which `stages` and `rules` may name. */
export interface KnownNames {
  stages: readonly string[]
  /** `source/ruleId`, and each bare `source`. */
  rules: readonly string[]
}

/**
 * Refuses a `stages` or `rules` key that names nothing: a typo (`hedge/boosters`, `Style`) would
 * otherwise switch nothing off and pass silently. Kept apart from `loadConfig` because the names come
 * from the stages themselves, which a run in the worker pool need not load in the main thread.
 */
export function checkNames(config: Config, known: KnownNames): void {
  const unknown = (key: string, names: readonly string[], what: string): ConfigError => {
    const near = closest(key, names as string[])
    const hint = near !== undefined && distance(key.toLowerCase(), near) <= Math.max(2, Math.floor(near.length / 4)) ? `; did you mean \`${near}\`?` : ''
    return new ConfigError(`${config.file ?? 'configuration'}: \`${what}.${key}\` is not a ${what === 'stages' ? 'stage' : 'rule'}${hint}`)
  }
  for (const stage of Object.keys(config.stages)) if (!known.stages.includes(stage)) throw unknown(stage, known.stages, 'stages')
  for (const rule of Object.keys(config.rules)) if (!known.rules.includes(rule)) throw unknown(rule, known.rules, 'rules')
}

/** A glob relative to `base` as an absolute one (`arch/**`, `/arch/**` and `./arch/**` alike). */
function anchored(base: string, pattern: string): string {
  if (path.isAbsolute(pattern) && !pattern.startsWith('/')) return pattern
  return `${convertPathToPattern(path.resolve(base))}/${pattern.replace(/^\.?\/+/, '')}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
