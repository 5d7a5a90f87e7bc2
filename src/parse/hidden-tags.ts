import {readFileSync} from 'node:fs'

/**
 * Wire text that Markdown reads as an HTML tag: Reuters' `<Wellcome PLC>`,
 * `Dart Group <DARTA>`. CommonMark's inline HTML takes `<`, a tag name (an
 * ASCII letter, then letters, digits and hyphens) and attribute names (a
 * letter, `_` or `:`, then also digits, `.` and `-`) to `>`, so a company
 * name or a ticker in angle brackets is a tag; a browser shows nothing of it.
 * `<A.H. Robins>`, `<Hudson's Bay Co>`, `<BCE.TO>` and `<3M>` are not tags
 * and stay text.
 */
export interface HiddenTag {
  /** Offsets of the whole `<…>` in the file. */
  start: number
  end: number
  /** The tag as written. */
  tag: string
  /** Whether the tag opens an HTML block: Markdown then reads its whole paragraph as HTML. */
  block: boolean
}

/**
 * A tag that holds only names (no `=value`, not self-closing `/>`): one with
 * values is markup (`<span class="x">`, a site generator's `<Badge text="new" />`),
 * and wire copy never writes them.
 */
const bareTag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[ \t\r\n]+[A-Za-z_:][A-Za-z0-9_.:-]*)*)[ \t\r\n]*>/

/** Every tag name the document opens and closes, lower-cased. */
const tagNames = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/g

const elementsFile = new URL('../../rules/typography/html-elements.txt', import.meta.url)
let elements: Map<string, {void: boolean}> | undefined

function elementNamed(name: string): {void: boolean} | undefined {
  if (!elements) {
    elements = new Map()
    for (const line of readFileSync(elementsFile, 'utf8').split('\n')) {
      const [element, mark] = line.replace(/#.*/, '').trim().split(/\s+/)
      if (element) elements.set(element, {void: mark === 'void'})
    }
  }
  return elements.get(name)
}

/** An element with no closing tag (`br`, `img`), by its lower-case name. */
export function isVoidElement(name: string): boolean {
  return elementNamed(name)?.void === true
}

/** Decides, for one document, which HTML nodes' leading tags are wire text. */
export class HiddenTags {
  private paired: Set<string> | undefined

  constructor(private readonly document: string) {}

  /** The tag that opens `html` (an mdast `html` node's value) when it is text a browser would hide. */
  tagOf(html: string): string | undefined {
    const match = bareTag.exec(html)
    if (!match) return undefined
    const name = match[2]!
    const lower = name.toLowerCase()
    const element = elementNamed(lower)
    if (element) {
      // `<b>`, `<sup>`, `<br>` are markup; in capitals and not void, a known name is a ticker
      // (`USAir Group <U>`, `Du Pont <DD>`) or a name (`<Li Ka-shing Foundations Ltd>`).
      if (name === lower || element.void) return undefined
    } else if (name === lower && name.includes('-')) {
      // A custom element (`<my-widget>`) must hold a hyphen and is written in lower case.
      return undefined
    }
    // A name the document both opens and closes wraps text the writer meant to mark up (`<ClientOnly>…</ClientOnly>`).
    if (this.pairedNames().has(lower)) return undefined
    return match[0]
  }

  private pairedNames(): Set<string> {
    if (!this.paired) {
      const opened = new Set<string>()
      const closed = new Set<string>()
      for (const [, slash, name] of this.document.matchAll(tagNames)) (slash ? closed : opened).add(name!.toLowerCase())
      this.paired = new Set([...opened].filter((name) => closed.has(name)))
    }
    return this.paired
  }
}
