import type {NameRecord, Role} from './style-sheet.js'

/** A title given to a name on a date when its holder did not hold it. */
export interface TitleOnDate {
  record: NameRecord
  /** Offsets of the title as written, in the text searched. */
  from: number
  to: number
  /** `left`: every term in this office ended before the date; `not-yet`: every one began after it; `between`: the date falls between terms. */
  kind: 'left' | 'not-yet' | 'between'
  /** The terms of the office the title names. */
  terms: readonly Role[]
}

/** Words before a title that already place it in time ("former Defense Secretary", "then-President"). */
const timeQualifier = /(?:former|ex|then|outgoing|acting|late|incoming|future|interim|onetime|one-time|erstwhile|previous|past|new)[\s-]*$/i
const nameEdge = '(?<![\\p{L}\\p{N}])'
const nameEnd = '(?![\\p{L}\\p{N}])'

interface Holder {
  record: NameRecord
  /** The name as copy writes it: full name, second reference, accepted English forms. */
  names: RegExp
  /** A title at the end of the text before the name ("Defense Secretary "). */
  before: RegExp
  /** A title in apposition after the name (", the defense secretary"). */
  after: RegExp
  /** Terms by title form, lower-cased. */
  terms: Map<string, Role[]>
}

/**
 * Titles next to the names of the style sheet's office holders, checked against the story's date:
 * "Cyber Command chief Timothy Haugh" in a story dated after he left the post. Hand-written: the
 * check reads the sheet's own data, and no library knows who held which office when.
 */
export class RoleIndex {
  private readonly holders: Holder[]

  constructor(records: readonly NameRecord[]) {
    this.holders = records.filter((record) => record.roles.length > 0).map(holderOf)
  }

  /** Titles in `text` that `date` (YYYY-MM-DD) says their holder did not hold. */
  titlesOffDate(text: string, date: string): TitleOnDate[] {
    const found: TitleOnDate[] = []
    for (const holder of this.holders) {
      for (const name of text.matchAll(holder.names)) {
        const title = titleBefore(holder, text, name.index) ?? titleAfter(holder, text, name.index + name[0].length)
        if (!title) continue
        const terms = holder.terms.get(title.text.toLowerCase().replace(/\s+/g, ' '))!
        const kind = verdict(terms, date)
        if (kind) found.push({record: holder.record, from: title.from, to: title.to, kind, terms})
      }
    }
    return found.sort((a, b) => a.from - b.from)
  }
}

function holderOf(record: NameRecord): Holder {
  const names = [record.name, record.short, ...(record.aliases.en ?? []), ...record.given.map((given) => `${given} ${record.short}`)]
  const terms = new Map<string, Role[]>()
  for (const role of record.roles) {
    for (const title of [role.title, ...role.titles]) {
      const key = title.toLowerCase()
      terms.set(key, [...(terms.get(key) ?? []), role])
    }
  }
  // Longest first, so that "US Defense Secretary" wins over "Defense Secretary".
  const titles = alternatives([...terms.keys()]).replace(/ /g, '\\s+')
  return {
    record,
    names: new RegExp(`${nameEdge}(?:${alternatives(names)})${nameEnd}`, 'gu'),
    before: new RegExp(`${nameEdge}(${titles})\\s+$`, 'iu'),
    after: new RegExp(`^,\\s+(?:(?:the|a|an)\\s+)?(${titles})${nameEnd}`, 'iu'),
    terms,
  }
}

function alternatives(forms: string[]): string {
  return [...new Set(forms)].sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
}

/** A title right before the name, unless a word such as "former" already dates it. */
function titleBefore(holder: Holder, text: string, nameStart: number): {text: string; from: number; to: number} | undefined {
  // Titles are a few words: the 120 characters before the name are enough.
  const windowStart = Math.max(0, nameStart - 120)
  const match = holder.before.exec(text.slice(windowStart, nameStart))
  if (!match) return undefined
  const from = windowStart + match.index
  if (timeQualifier.test(text.slice(Math.max(0, from - 20), from))) return undefined
  return {text: match[1]!, from, to: from + match[1]!.length}
}

function titleAfter(holder: Holder, text: string, nameEnd: number): {text: string; from: number; to: number} | undefined {
  const match = holder.after.exec(text.slice(nameEnd, nameEnd + 120))
  if (!match) return undefined
  const from = nameEnd + match[0].length - match[1]!.length
  return {text: match[1]!, from, to: nameEnd + match[0].length}
}

/** Whether `date` falls outside every term, and how; undefined when a term covers it. */
function verdict(terms: readonly Role[], date: string): TitleOnDate['kind'] | undefined {
  // Partial dates cover their whole month or year: "2025-04" ends on 2025-04-31, which sorts right.
  const starts = (role: Role) => role.from ?? '0000'
  const ends = (role: Role) => (role.to === undefined ? '9999' : role.to.length === 4 ? `${role.to}-12-31` : role.to.length === 7 ? `${role.to}-31` : role.to)
  if (terms.some((role) => starts(role) <= date && date <= ends(role))) return undefined
  if (terms.every((role) => ends(role) < date)) return 'left'
  if (terms.every((role) => date < starts(role))) return 'not-yet'
  return 'between'
}
