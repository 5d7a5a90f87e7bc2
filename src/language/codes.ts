import {readFileSync} from 'node:fs'

interface CodeTables {
  /** ISO 639-3 code → English name. */
  names: Map<string, string>
  by6391: Map<string, string>
  by6392B: Map<string, string>
}

const tableFile = new URL('../../rules/language/iso-639-3.tsv', import.meta.url)
let tables: CodeTables | undefined

/**
 * The ISO 639 tables, read on first use: most articles never name a language,
 * and building the 7,900 entries at start-up cost a cold check about 90 ms
 * when they came from the iso-639-3 package's module.
 */
function codeTables(): CodeTables {
  if (tables) return tables
  const names = new Map<string, string>()
  const by6391 = new Map<string, string>()
  const by6392B = new Map<string, string>()
  for (const line of readFileSync(tableFile, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [code, code2B, code1, name] = line.split('\t')
    if (!code || code2B === undefined || code1 === undefined || !name) throw new Error(`rules/language/iso-639-3.tsv: bad line \`${line}\``)
    names.set(code, name)
    if (code2B) by6392B.set(code2B, code)
    if (code1) by6391.set(code1, code)
  }
  tables = {names, by6391, by6392B}
  return tables
}

/**
 * franc names individual languages (`arb`, `cmn`, `pes`); users and ninjs
 * items name macrolanguages (`ar`, `zh`, `fa`). The ISO 639-3 code table does
 * not hold macrolanguage membership, so the members franc can return are
 * listed here (from the SIL ISO 639-3 macrolanguage mappings).
 */
const macrolanguageOf: Record<string, string> = {
  arb: 'ara', als: 'sqi', ayr: 'aym', azj: 'aze', cmn: 'zho', ekk: 'est', fuf: 'ful', fuv: 'ful',
  khk: 'mon', knc: 'kau', lvs: 'lav', npi: 'nep', pbu: 'pus', pes: 'fas', plt: 'mlg', prs: 'fas',
  quy: 'que', quz: 'que', skr: 'lah', swh: 'swa', uzn: 'uzb', ydd: 'yid', zlm: 'msa', zyb: 'zha',
  nob: 'nor', nno: 'nor', bos: 'hbs', hrv: 'hbs', srp: 'hbs',
}

/**
 * ISO 639-3 code for an ISO 639-1, 639-2/B or 639-3 code (`en`, `ger`, `eng`);
 * `undefined` when the code is not a language.
 */
export function toIso6393(code: string): string | undefined {
  const lower = code.trim().toLowerCase()
  const {names, by6391, by6392B} = codeTables()
  if (lower.length === 2) return by6391.get(lower)
  if (names.has(lower)) return lower
  return by6392B.get(lower)
}

/** The macrolanguage a franc code belongs to (`arb` → `ara`), or the code itself. */
export function macrolanguage(code: string): string {
  return macrolanguageOf[code] ?? code
}

/** Whether a two-letter code is an ISO 639-1 language code (`ru`, `en`). */
export function isIso6391(code: string): boolean {
  return codeTables().by6391.has(code)
}

/** Whether two ISO 639-3 codes name the same language, counting a macrolanguage and its members as one. */
export function sameLanguage(a: string, b: string): boolean {
  return a === b || macrolanguage(a) === macrolanguage(b)
}

/** The English name of a language, without ISO's qualifiers: `Modern Greek (1453-)` → `Modern Greek`. */
export function languageName(code: string): string {
  const name = codeTables().names.get(code)
  return name ? name.replace(/\s*\(.*\)$/, '') : code
}
