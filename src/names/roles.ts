import {escape} from './lookup.js'
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

/** Words before a title that already place it in time ("former Defense Secretary", "then-President", "ousted NSA chief"). */
const timeQualifier =
  /(?<!\p{L})(?:former|ex|then|outgoing|acting|late|incoming|future|interim|onetime|one-time|erstwhile|previous|past|new|ousted|fired|sacked|dismissed|retired|deposed)[\s-]*$/iu
/** "at the time", "back then": the sentence tells of a past day, when the title may have been right (years: `year`). */
const atTheTime = /\bat the time\b|\bback then\b/i
const year = /(?<!\d)(?:19|20)\d{2}(?!\d)/g
const letterOrDigit = '[\\p{L}\\p{N}]'

interface Holder {
  record: NameRecord
  /** A title at the end of the text before the name ("Defense Secretary "); group n + 1 is `titles[n]`. */
  before: RegExp
  /** A title in apposition after the name that closes there (", the defense secretary,"); group n + 1 is `titles[n]`. */
  after: RegExp
  /** The record's title forms, and the terms in the office each names. */
  titles: Array<{terms: Role[]}>
}

/**
 * Titles next to the names of the style sheet's office holders, checked against the story's date:
 * "Cyber Command chief Timothy Haugh" in a story dated after he left the post. Hand-written: the
 * check reads the sheet's own data, and no library knows who held which office when.
 */
export class RoleIndex {
  /** Every holder's name forms in one pattern, longest first; a form maps to its holders. */
  private readonly names: RegExp | undefined
  private readonly byName = new Map<string, Holder[]>()

  constructor(records: readonly NameRecord[]) {
    for (const record of records) {
      if (record.roles.length === 0) continue
      const holder = holderOf(record)
      for (const form of new Set([record.name, record.short, ...(record.aliases.en ?? []), ...record.given.map((given) => `${given} ${record.short}`)])) {
        this.byName.set(form, [...(this.byName.get(form) ?? []), holder])
      }
    }
    if (this.byName.size > 0) this.names = new RegExp(`(?<!${letterOrDigit})(?:${alternatives([...this.byName.keys()])})(?!${letterOrDigit})`, 'gu')
  }

  /** Titles in `text` (one sentence) that `date` (YYYY-MM-DD) says their holder did not hold. */
  titlesOffDate(text: string, date: string): TitleOnDate[] {
    if (!this.names) return []
    const found: TitleOnDate[] = []
    for (const name of text.matchAll(this.names)) {
      // The pattern takes any white space between a name's words ("Timothy\nHaugh").
      for (const holder of this.byName.get(name[0].replace(/\s+/g, ' ')) ?? []) {
        const title = titleBefore(holder, text, name.index) ?? titleAfter(holder, text, name.index + name[0].length)
        if (!title) continue
        const kind = verdict(title.terms, date)
        if (kind && !toldOfThen(text, title.terms, date)) found.push({record: holder.record, from: title.from, to: title.to, kind, terms: title.terms})
      }
    }
    return found.sort((a, b) => a.from - b.from)
  }
}

function holderOf(record: NameRecord): Holder {
  const terms = new Map<string, Role[]>()
  for (const role of record.roles) {
    for (const title of [role.title, ...role.titles]) {
      const key = title.toLowerCase()
      terms.set(key, [...(terms.get(key) ?? []), role])
    }
  }
  // Longest first, so that "US Defense Secretary" wins over "Defense Secretary"; one group each, so that the match
  // names its title whatever case folding let it match ("Preſident").
  const keys = [...terms.keys()].sort((a, b) => b.length - a.length)
  const groups = keys.map((key) => `(${escape(key).replace(/'/g, "['’]")})`).join('|')
  return {
    record,
    before: new RegExp(`(?<!${letterOrDigit})(?:${groups})\\s+$`, 'iu'),
    // Closing after the title: ", Prime Minister Mikhail Mishustin" and ", the president-elect," give another person's or a future title.
    after: new RegExp(`^,\\s+(?:(?:the|a|an)\\s+)?(?:${groups})(?=\\s*(?:[,;.)—–]|$))`, 'iu'),
    titles: keys.map((key) => ({terms: terms.get(key)!})),
  }
}

function alternatives(forms: string[]): string {
  return forms.sort((a, b) => b.length - a.length).map(escape).join('|')
}

interface FoundTitle {
  from: number
  to: number
  terms: Role[]
}

/** The title a match found: its group's index is the title's. */
function titleOf(holder: Holder, match: RegExpExecArray, offset: number): FoundTitle | undefined {
  const group = match.findIndex((value, index) => index > 0 && value !== undefined)
  if (group < 1) return undefined
  const from = offset + match[0].indexOf(match[group]!)
  return {from, to: from + match[group]!.length, terms: holder.titles[group - 1]!.terms}
}

/** A title right before the name, unless a word such as "former" already dates it. */
function titleBefore(holder: Holder, text: string, nameStart: number): FoundTitle | undefined {
  // Titles are a few words: the 120 characters before the name are enough.
  const windowStart = Math.max(0, nameStart - 120)
  const match = holder.before.exec(text.slice(windowStart, nameStart))
  const title = match ? titleOf(holder, match, windowStart + match.index) : undefined
  return title && !timeQualifier.test(text.slice(Math.max(0, title.from - 20), title.from)) ? title : undefined
}

function titleAfter(holder: Holder, text: string, nameEnd: number): FoundTitle | undefined {
  const match = holder.after.exec(text.slice(nameEnd, nameEnd + 120))
  return match ? titleOf(holder, match, nameEnd) : undefined
}

/** Day bounds of a term; a partial date covers its whole month or year ("2025-04" ends after 2025-04-30, which sorts right). */
export function termStart(role: Pick<Role, 'from'>): string {
  return role.from ?? '0000'
}

export function termEnd(role: Pick<Role, 'to'>): string {
  return role.to === undefined ? '9999' : role.to.length === 4 ? `${role.to}-12-31` : role.to.length === 7 ? `${role.to}-31` : role.to
}

/** Whether `date` falls outside every term, and how; undefined when a term covers it. */
function verdict(terms: readonly Role[], date: string): TitleOnDate['kind'] | undefined {
  if (terms.some((role) => termStart(role) <= date && date <= termEnd(role))) return undefined
  if (terms.every((role) => termEnd(role) < date)) return 'left'
  if (terms.every((role) => date < termStart(role))) return 'not-yet'
  return 'between'
}

/** The sentence tells of a time when the title was right: "at the time", or a year within one of its terms. */
function toldOfThen(text: string, terms: readonly Role[], date: string): boolean {
  if (atTheTime.test(text)) return true
  for (const [mentioned] of text.matchAll(year)) {
    if (mentioned !== date.slice(0, 4) && terms.some((role) => termStart(role).slice(0, 4) <= mentioned && mentioned <= termEnd(role).slice(0, 4))) return true
  }
  return false
}
