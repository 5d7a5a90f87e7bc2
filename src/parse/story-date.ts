import type {Element, Root} from 'hast'

/*
 * The date a story carries, as YYYY-MM-DD, for checks that depend on when it was written (a title
 * its holder has left). Only dates the document states: a ninjs item's `firstcreated` or
 * `versioncreated`, Markdown front matter's `date`, an HTML page's publication meta tag.
 * Without one, nothing date-dependent is checked.
 */
const isoDay = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/

/** `2025-06-10`, `2025-06-10T09:30:00Z` → `2025-06-10`; anything else → undefined. */
export function dayOf(value: string): string | undefined {
  const day = isoDay.exec(value.trim())?.[1]
  return day && !Number.isNaN(Date.parse(day)) ? day : undefined
}

/** YAML (`---`, `date: 2025-06-10`) or TOML (`+++`, `date = 2025-06-10`) front matter opening the document. */
export function frontMatterDate(text: string): string | undefined {
  const matter = /^\uFEFF?(---|\+\+\+)\r?\n([^]*?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text)
  if (!matter) return undefined
  const value = /^date[ \t]*[:=][ \t]*["']?([^"'\r\n]+)/m.exec(matter[2]!)?.[1]
  return value === undefined ? undefined : dayOf(value)
}

/** `<meta>` attributes that give a page's publication date (Open Graph article, Dublin Core, schema.org, plain `date`). */
const dateMetas = new Set(['article:published_time', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'datepublished', 'pubdate'])

/** The first publication-date `<meta>` of an HTML tree. */
export function htmlDate(tree: Root): string | undefined {
  let found: string | undefined
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (found !== undefined || child.type !== 'element') continue
      if (child.tagName === 'meta') {
        const {property, name, itemProp, content} = child.properties
        const key = [property, name, itemProp].find((value) => typeof value === 'string')
        if (typeof key === 'string' && dateMetas.has(key.toLowerCase()) && typeof content === 'string') found = dayOf(content)
      } else if (child.tagName !== 'body') visit(child)
    }
  }
  visit(tree)
  return found
}
