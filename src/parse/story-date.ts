import type {Element, Root} from 'hast'

/*
 * The date a story carries, as YYYY-MM-DD, for checks that depend on when it was written (a title
 * its holder has left). Only dates the document states: a ninjs item's `firstcreated` or
 * `versioncreated`, Markdown front matter's `date`, an HTML page's publication meta tag.
 * Without one, nothing date-dependent is checked.
 */
const isoDay = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/

/**
 * `2025-06-10`, `2025-06-10T09:30:00-05:00` → `2025-06-10`: the day as the timestamp writes it, which is the
 * newsroom's own day (not the UTC one); a day no calendar has (`2025-02-30`) → undefined.
 */
export function dayOf(value: string): string | undefined {
  const day = isoDay.exec(value.trim())?.[1]
  if (day === undefined) return undefined
  const parsed = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : undefined
}

/**
 * YAML (`---`, `date: 2025-06-10`) or TOML (`+++`, `date = 2025-06-10`) front matter opening the document. One
 * top-level key is read by hand: a full YAML or TOML parse would make a malformed front matter, which the check
 * otherwise skips, a reason to fail.
 */
export function frontMatterDate(text: string): string | undefined {
  const matter = /^\uFEFF?(---|\+\+\+)\r?\n([^]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text)
  if (!matter) return undefined
  const value = /^date[ \t]*[:=][ \t]*["']?([^"'\r\n]+)/m.exec(matter[2]!)?.[1]
  return value === undefined ? undefined : dayOf(value)
}

/** `<meta>` names that give a page's publication date, most specific first (Open Graph article, schema.org, Dublin Core, plain `date`). */
const dateMetas = ['article:published_time', 'datepublished', 'dcterms.created', 'dc.date.issued', 'dc.date', 'pubdate', 'date']

/** The publication date of an HTML tree's `<meta>` tags, wherever they are, by the order of `dateMetas`. */
export function htmlDate(tree: Root): string | undefined {
  const found = new Map<string, string>()
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'meta') {
        const {property, name, itemProp, content} = child.properties
        // hast gives `itemprop` as a list of tokens.
        const keys = [property, name, ...(Array.isArray(itemProp) ? itemProp : [itemProp])].filter((value) => typeof value === 'string')
        const day = typeof content === 'string' ? dayOf(content) : undefined
        for (const key of keys) if (day && !found.has(key.toLowerCase())) found.set(key.toLowerCase(), day)
      } else visit(child)
    }
  }
  visit(tree)
  return dateMetas.map((key) => found.get(key)).find((day) => day !== undefined)
}
