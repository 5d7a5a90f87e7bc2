/**
 * Whether a code point has a Unicode property, asked of `pattern` the first time a code unit of the first plane is
 * met and remembered in a table from then on: the scans that call this read every character of an article, and a
 * regular expression per character was most of their cost. Code points beyond the first plane are rare and asked
 * every time. `pattern` must match one whole character (`/^\p{L}$/u`).
 */
export function codePointTest(pattern: RegExp): (code: number) => boolean {
  /** 0 not asked yet, 1 yes, 2 no. */
  const answers = new Uint8Array(0x10000)
  return (code) => {
    if (code > 0xffff) return pattern.test(String.fromCodePoint(code))
    let answer = answers[code]!
    if (answer === 0) answers[code] = answer = pattern.test(String.fromCharCode(code)) ? 1 : 2
    return answer === 1
  }
}

/** Size of a table indexed by `wordSlot`. */
export const wordSlots = 1 << 15

/**
 * A slot per length and first and last character code of a word (five bits each): a word whose slot no listed word
 * has is not listed, which spares cutting out and looking up most words of a text.
 */
export const wordSlot = (length: number, first: number, last: number): number => ((length & 31) << 10) | ((first & 31) << 5) | (last & 31)
