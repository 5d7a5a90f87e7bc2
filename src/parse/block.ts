import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {BlockData} from '../nlcst.js'

/**
 * A run of prose as the checker sees it (`text`, with markup removed and
 * escapes decoded), plus where each of its characters sits in the original
 * file. mdast-util-to-nlcst and hast-util-to-nlcst assume that decoded text
 * is as long as its source, so a single `&amp;` or `\*` shifts every later
 * position; this map keeps `slice(start, end) === actual` exact instead.
 */
export interface Block {
  text: string
  /** Source offset where character i starts. */
  starts: number[]
  /** Source offset where character i ends (exclusive); equal to its start for inserted separators. */
  ends: number[]
  data: BlockData
}

export class BlockBuilder {
  private text = ''
  private starts: number[] = []
  private ends: number[] = []

  constructor(readonly data: BlockData) {}

  get isEmpty(): boolean {
    return this.text.trim() === ''
  }

  /** A character that is not in the source (a break between inline code and prose, a `<br>`), placed at `at`. */
  separator(character: string, at: number): void {
    this.text += character
    this.starts.push(at)
    this.ends.push(at)
  }

  /** Decoded `value` whose source is `source`, starting at file offset `base`. */
  append(value: string, source: string, base: number, escapes: 'markdown' | 'html'): void {
    // Most text nodes are their source verbatim (no escape, entity or quote marker): map them in one go.
    if (value === source && !hasEscapeOrBreak(value)) {
      this.text += value
      const {starts, ends} = this
      // Lengthened once and filled: a quarter of the time of a push per character, on every character of every article.
      let at = starts.length
      starts.length = ends.length = at + value.length
      for (let offset = base; offset < base + value.length; offset++, at++) {
        starts[at] = offset
        ends[at] = offset + 1
      }
      return
    }
    let i = 0
    let j = 0
    while (i < value.length && j < source.length) {
      const taken = this.takeEscape(value, i, source, j, base, escapes)
      if (taken) {
        i += taken.decoded
        j += taken.source
      } else if (value[i] === source[j] || sameAfterNormalising(value[i]!, source, j)) {
        this.push(value[i]!, base + j, base + j + 1)
        i++
        j++
      } else {
        // Source text not in the value: a blockquote marker or indent after a soft break.
        j++
      }
    }
    for (; i < value.length; i++) this.push(value[i]!, base + source.length, base + source.length)
  }

  /** Characters that map one to one onto source offsets (plain text, decoded JSON). */
  appendExact(value: string, starts: readonly number[], ends: readonly number[]): void {
    this.text += value
    // A loop, not push(...starts): spreading a million offsets overflows the stack.
    for (let index = 0; index < starts.length; index++) {
      this.starts.push(starts[index]!)
      this.ends.push(ends[index]!)
    }
  }

  build(): Block {
    return {text: this.text, starts: this.starts, ends: this.ends, data: this.data}
  }

  private push(character: string, start: number, end: number): void {
    this.text += character
    this.starts.push(start)
    this.ends.push(end)
  }

  private takeEscape(
    value: string,
    i: number,
    source: string,
    j: number,
    base: number,
    escapes: 'markdown' | 'html',
  ): {decoded: number; source: number} | undefined {
    const char = source[j]
    if (escapes === 'markdown' && char === '\\' && source[j + 1] === value[i] && /[!-/:-@[-`{-~]/.test(value[i]!)) {
      this.push(value[i]!, base + j, base + j + 2)
      return {decoded: 1, source: 2}
    }
    if (char !== '&') return undefined
    const match = /^&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/.exec(source.slice(j, j + 64))
    if (!match) return undefined
    for (const [decoded, length] of readings(match, escapes)) {
      if (!value.startsWith(decoded, i)) continue
      for (let k = 0; k < decoded.length; k++) this.push(decoded[k]!, base + j, base + j + length)
      return {decoded: decoded.length, source: length}
    }
    return undefined
  }
}

/**
 * Whether the character-by-character path must read `text`: a backslash or
 * `&` may be an escape the parser decoded, a CR or NUL one it replaced.
 */
function hasEscapeOrBreak(text: string): boolean {
  return /[\\&\r\0]/.test(text)
}

/**
 * Characters parsers replace one for one: micromark and parse5 turn a lone
 * CR into LF (CRLF is handled by skipping the CR) and NUL into U+FFFD.
 */
function sameAfterNormalising(character: string, source: string, j: number): boolean {
  return (character === '\n' && source[j] === '\r' && source[j + 1] !== '\n') || (character === '\uFFFD' && source[j] === '\0')
}

/**
 * What a character reference may have become in the parsed value, with the
 * source length each reading consumes. Parsers do not all decode alike:
 * parse5 turns `&#146;` into `’` (the Windows-1252 rule) and `&notin` into
 * `¬in` (a legacy name without `;`), micromark turns both `&#146;` and
 * `&#xD800;` into U+FFFD. Trying each reading against the value keeps the
 * offset map in step; a single wrong guess would shift every later offset.
 */
function* readings(match: RegExpExecArray, escapes: 'markdown' | 'html'): Generator<[string, number]> {
  const [whole, decimal, hex, name, semicolon] = match
  if (decimal !== undefined || hex !== undefined) {
    const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number.parseInt(decimal, 10)
    if (code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) yield [String.fromCodePoint(code), whole.length]
    if (windows1252[code]) yield [windows1252[code], whole.length]
    yield ['\uFFFD', whole.length]
    return
  }
  if (semicolon) {
    const decoded = decodeNamedCharacterReference(name!)
    if (decoded !== false) yield [decoded, whole.length]
  }
  // HTML only: legacy names such as `&amp` or `&not` need no `;` and may run into the next letters.
  if (escapes !== 'html') return
  for (let length = name!.length; length > 1; length--) {
    const decoded = decodeNamedCharacterReference(name!.slice(0, length))
    if (decoded !== false) yield [decoded, length + 1]
  }
}

/** The HTML standard's numeric-reference replacements for 0x80–0x9F. */
const windows1252: Record<number, string> = {
  0x80: '\u20AC', 0x82: '\u201A', 0x83: '\u0192', 0x84: '\u201E', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
  0x88: '\u02C6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017D', 0x91: '\u2018',
  0x92: '\u2019', 0x93: '\u201C', 0x94: '\u201D', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02DC',
  0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203A', 0x9c: '\u0153', 0x9e: '\u017E', 0x9f: '\u0178',
}
