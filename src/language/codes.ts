import {readFileSync} from 'node:fs'

const tableFile = new URL('../../rules/language/iso-639-3.tsv', import.meta.url)
let table: string | undefined

/**
 * The row of the ISO 639 table (`rules/language/iso-639-3.tsv`) holding
 * `code` in its column for codes of that length: 3-letter codes are looked
 * up in the first column, else the second (639-2/B); 2-letter codes in the
 * third (639-1). The table is read on first use and searched as text, once
 * per code (`rows`): a run meets a few codes (its configured language, a
 * foreign passage's), and building maps of its 7,900 rows cost a cold start
 * more (about 20 ms) than the searches ever do.
 */
function row(code: string, column: 'iso6393' | 'iso6392B' | 'iso6391'): {iso6393: string; name: string} | undefined {
  if (!/^[a-z]{2,3}$/.test(code)) return undefined
  const key = `${column} ${code}`
  let found = rows.get(key)
  if (found === undefined) {
    found = search(code, column) ?? null
    rows.set(key, found)
  }
  return found ?? undefined
}

/**
 * Each code's row once searched: the language stage asks for the article's expected language on every article, and
 * searching the table's text again for it was about 1% of a check. At most 2 × 26³ + 26² entries: a three-letter
 * code may be kept under each of its two columns.
 */
const rows = new Map<string, {iso6393: string; name: string} | null>()

function search(code: string, column: 'iso6393' | 'iso6392B' | 'iso6391'): {iso6393: string; name: string} | undefined {
  // A checkout that turned line ends into CRLF would leave a `\r` on every name.
  table ??= `\n${readFileSync(tableFile, 'utf8').replaceAll('\r\n', '\n')}`
  // Lines are `639-3 TAB 639-2/B TAB 639-1 TAB name`: a code between a line break and a tab is a 639-3 code, one between
  // two tabs a 639-2/B code (3 letters) or 639-1 code (2 letters); names end at a line break.
  const at = table.indexOf(column === 'iso6393' ? `\n${code}\t` : `\t${code}\t`)
  if (at < 0) return undefined
  const start = table.lastIndexOf('\n', column === 'iso6393' ? at : at - 1) + 1
  const end = table.indexOf('\n', start)
  const fields = table.slice(start, end < 0 ? undefined : end).split('\t')
  return {iso6393: fields[0]!, name: fields[3]!}
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
  if (lower.length === 2) return row(lower, 'iso6391')?.iso6393
  return (row(lower, 'iso6393') ?? row(lower, 'iso6392B'))?.iso6393
}

/** The macrolanguage a franc code belongs to (`arb` → `ara`), or the code itself. */
export function macrolanguage(code: string): string {
  return macrolanguageOf[code] ?? code
}

/** Whether a two-letter code is an ISO 639-1 language code (`ru`, `en`). */
export function isIso6391(code: string): boolean {
  return code.length === 2 && row(code, 'iso6391') !== undefined
}

/** Whether two ISO 639-3 codes name the same language, counting a macrolanguage and its members as one. */
export function sameLanguage(a: string, b: string): boolean {
  return a === b || macrolanguage(a) === macrolanguage(b)
}

/** The English name of a language, without ISO's qualifiers: `Modern Greek (1453-)` → `Modern Greek`. */
export function languageName(code: string): string {
  const name = row(code, 'iso6393')?.name
  return name ? name.replace(/\s*\(.*\)$/, '') : code
}
