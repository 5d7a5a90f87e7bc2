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
    let i = 0
    let j = 0
    while (i < value.length && j < source.length) {
      const taken = this.takeEscape(value, i, source, j, base, escapes)
      if (taken) {
        i += taken.decoded
        j += taken.source
      } else if (value[i] === source[j]) {
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
    this.starts.push(...starts)
    this.ends.push(...ends)
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
    const match = /^&(#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/.exec(source.slice(j, j + 40))
    if (!match) return undefined
    const decoded = decodeReference(match[1]!)
    if (!decoded || !value.startsWith(decoded, i)) return undefined
    for (let k = 0; k < decoded.length; k++) this.push(decoded[k]!, base + j, base + j + match[0].length)
    return {decoded: decoded.length, source: match[0].length}
  }
}

function decodeReference(reference: string): string | undefined {
  const name = reference.endsWith(';') ? reference.slice(0, -1) : reference
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
    if (!Number.isFinite(code) || code > 0x10ffff) return undefined
    return String.fromCodePoint(code)
  }
  const decoded = decodeNamedCharacterReference(name)
  return decoded === false ? undefined : decoded
}
