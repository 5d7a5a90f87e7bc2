import {iso6393} from 'iso-639-3'

const byCode = new Map(iso6393.map((language) => [language.iso6393, language]))
const by6391 = new Map(iso6393.filter((language) => language.iso6391).map((language) => [language.iso6391!, language.iso6393]))
const by6392B = new Map(iso6393.filter((language) => language.iso6392B).map((language) => [language.iso6392B!, language.iso6393]))

/**
 * franc names individual languages (`arb`, `cmn`, `pes`); users and ninjs
 * items name macrolanguages (`ar`, `zh`, `fa`). The iso-639-3 package does
 * not ship macrolanguage membership, so the members franc can return are
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
  if (lower.length === 2) return by6391.get(lower)
  if (byCode.has(lower)) return lower
  return by6392B.get(lower)
}

/** The macrolanguage a franc code belongs to (`arb` → `ara`), or the code itself. */
export function macrolanguage(code: string): string {
  return macrolanguageOf[code] ?? code
}

/** Whether two ISO 639-3 codes name the same language, counting a macrolanguage and its members as one. */
export function sameLanguage(a: string, b: string): boolean {
  return a === b || macrolanguage(a) === macrolanguage(b)
}

/** The English name of a language, without ISO's qualifiers: `Modern Greek (1453-)` → `Modern Greek`. */
export function languageName(code: string): string {
  const name = byCode.get(code)?.name
  return name ? name.replace(/\s*\(.*\)$/, '') : code
}
