import {MalformedInputError} from './malformed.js'

/**
 * Limits that make one hostile file fail alone, with a clear reason, rather
 * than exhaust the stack, the heap or the clock (see docs/robustness.md for
 * the measurements behind the defaults).
 */
export interface ParseLimits {
  /** Longest text parsed, in characters (UTF-16 code units). */
  maxLength: number
  /** Deepest nesting of Markdown containers (block quotes, list items) or HTML elements. */
  maxDepth: number
  /** Most emphasis and link markers (`* _ ~ [ ]`) in one Markdown paragraph. */
  maxMarkup: number
  /** Longest run of prose without white space, in characters. */
  maxToken: number
}

export const defaultLimits: ParseLimits = {maxLength: 1024 * 1024, maxDepth: 200, maxMarkup: 1000, maxToken: 4096}

export function checkLength(text: string, limits: ParseLimits): void {
  if (text.length > limits.maxLength) {
    throw new MalformedInputError(`too large (${text.length} characters; the limit is ${limits.maxLength})`)
  }
}

export function checkDepth(depth: number, limits: ParseLimits): void {
  if (depth > limits.maxDepth) throw tooDeep(`${depth} levels of nesting; the limit is ${limits.maxDepth}`)
}

/**
 * micromark matches emphasis and brackets in time that grows with the square
 * of their number in one paragraph (`*` × 40,000 takes minutes; see
 * docs/robustness.md), so a paragraph with more markers than any real
 * article fails alone before the parse. Counted per run of non-blank lines.
 */
export function checkMarkup(text: string, limits: ParseLimits): void {
  // Fewer markers in the whole text than a paragraph may hold: counted by the engine's own search, not a loop
  // over every character of every article in JavaScript.
  if (markersUpTo(text, limits.maxMarkup)) return
  let count = 0
  let line = 1
  let blank = true
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) {
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++
      line++
      if (blank) count = 0
      blank = true
    } else if (markerCodes.includes(code)) {
      blank = false
      if (++count > limits.maxMarkup) {
        throw new MalformedInputError(`too much inline markup (more than ${limits.maxMarkup} of ${markers.join(' ')} in the paragraph at line ${line}; the limit is ${limits.maxMarkup})`)
      }
    } else if (code !== 32 && code !== 9) {
      blank = false
    }
  }
}

/**
 * Word-level patterns in the stages cost time that grows with the square of
 * a token's length (a 200 kB "word" took a minute), and no real word, name
 * or URL in copy is thousands of characters long: such a token is pasted
 * data, so the file fails alone. Prose only: code, attributes and data URIs
 * never reach a block.
 */
export function checkToken(block: {text: string; starts: number[]}, limits: ParseLimits): void {
  // A block no longer than a word may be holds no word too long: nearly every block, read whole before. With the
  // markers' count in `checkMarkup`, 10% less CPU in the parse (parse-only A/B of 400 articles, 4 runs).
  if (block.text.length <= limits.maxToken) return
  let run = 0
  for (let index = 0; index < block.text.length; index++) {
    const code = block.text.charCodeAt(index)
    run = isSpace(code) ? 0 : run + 1
    if (run > limits.maxToken) {
      throw new MalformedInputError(`too long a word (more than ${limits.maxToken} characters without a space, from offset ${block.starts[index + 1 - run] ?? 0}; the limit is ${limits.maxToken})`)
    }
  }
}

/** Whether `text` holds at most `most` of the markers `checkMarkup` counts. */
function markersUpTo(text: string, most: number): boolean {
  let count = 0
  for (const marker of markers) {
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) if (++count > most) return false
  }
  return true
}

/** The markers micromark pairs up, counted by both `markersUpTo` and `checkMarkup`'s walk: one list, so the quick count cannot miss one the walk counts. */
const markers = ['*', '_', '~', '[', ']']
const markerCodes = markers.map((marker) => marker.charCodeAt(0))

/** JavaScript's `\\s`, by code unit, without a regular expression per character. */
function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

function tooDeep(detail: string): MalformedInputError {
  return new MalformedInputError(`too deep (${detail})`)
}

/**
 * Runs a recursive third-party parser, turning a stack overflow into the
 * file's own "too deep" error. The depth checks catch realistic cases first;
 * this is the backstop for shapes they cannot see before parsing (HTML).
 */
export function withStackGuard<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw tooDeep('nesting exceeds the parser’s stack')
    throw error
  }
}

/** Depth of a tree with `children`, measured without recursion. */
export function treeDepth(root: {children?: unknown[]}): number {
  let deepest = 0
  const stack: Array<[{children?: unknown[]}, number]> = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    for (const child of node.children ?? []) {
      if (typeof child === 'object' && child !== null) stack.push([child as {children?: unknown[]}, depth + 1])
    }
  }
  return deepest
}

const listMarker = /(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/y
const newline = /\r\n?|\n/g

/**
 * An upper estimate of Markdown container nesting, read line by line before
 * parsing: micromark's time grows with the square of the depth (a 400-deep
 * list of 160 kB takes seconds, `- - - … x` on one line too) and its
 * transforms recurse, so depth must be refused before the parse, not after.
 * Counts block-quote markers, list markers chained on one line, and list
 * items kept open by indentation; code blocks may inflate it slightly, which
 * only matters far beyond any real article.
 */
export function markdownNesting(text: string): number {
  let deepest = 0
  /** Content columns of the list items open at the current quote level. */
  const open: number[] = []
  let quotesBefore = 0
  let from = 0
  for (;;) {
    newline.lastIndex = from
    const match = newline.exec(text)
    const to = match ? match.index : text.length
    let index = from
    let column = 0
    let quotes = 0
    for (;;) {
      while (index < to && (text[index] === ' ' || text[index] === '\t')) {
        column += text[index] === '\t' ? 4 - (column % 4) : 1
        index++
      }
      if (index < to && text[index] === '>') {
        quotes++
        index++
        column++
        continue
      }
      break
    }
    if (index < to) {
      if (quotes !== quotesBefore) open.length = 0
      quotesBefore = quotes
      while (open.length > 0 && column < open.at(-1)!) open.pop()
      for (;;) {
        listMarker.lastIndex = index
        const marker = listMarker.exec(text)
        if (!marker || index >= to) break
        const width = Math.min(marker[0].length, to - index)
        column += width
        index += width
        open.push(column)
      }
      deepest = Math.max(deepest, quotes + open.length)
    }
    if (!match) return deepest
    from = match.index + match[0].length
  }
}
