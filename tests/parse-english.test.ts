import fc from 'fast-check'
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseEnglish} from 'parse-english'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {MappedEnglish} from '../src/parse/english.js'
import {Lines} from '../src/parse/lines.js'

// MappedEnglish (src/parse/english.ts) must build parse-english's own tree, every position mapped to the file.

/** Tokens that exercise parse-latin's token classes and parse-english's merges. */
const pieces = [
  'The', 'minister', 'said', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '.', '.', '...', '…', ',', ';', ':', '!', '?', '?!',
  '"', "'", '’', '“', '”', '(', ')', '[', ']', '-', '—', '–', '/', '&', '@', '#', '$', '%', '+', '=', '_', '__', '*', '~', '|', '\\',
  'Mr.', 'Dr.', 'U.S.', 'e.g.', 'i.e.', 'a.m.', 'St.', 'w/', "'s", "'t", "'em", "don't", 'rock ’n’ roll', 'co-operate', '2019', '1,5',
  '12.03.2024', '3rd', 'Путин', 'заявил', 'naïve', 'e\u0301', '\u0308', '北京', 'مرحبا', '\u200b', '\u200d', '\ufeff', '😀', '𝕏', '\ud800',
  '\udfff', '\u2028', '\u0085', '\u0000', '\ufffd', 'www.example.org', 'a@b.c', 'https://example.com/a_b?c=d',
]
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map((tokens) => tokens.join(''))

/** A document that holds `text` with some characters' sources longer than one (an escape, an entity) or shifted by markup. */
const mapped = text.chain((value) =>
  fc.array(fc.constantFrom(1, 1, 1, 1, 2, 5), {minLength: value.length, maxLength: value.length}).chain((widths) =>
    fc.constantFrom('', '> ', '# ', '\n').map((prefix) => {
      const starts: number[] = []
      const ends: number[] = []
      let offset = prefix.length
      for (const width of widths) {
        starts.push(offset)
        ends.push(offset + width)
        offset += width
      }
      // The file's line structure comes from `value` with each character's source padded to its width.
      const document = prefix + value.split('').map((character, index) => character.padEnd(widths[index] ?? 1, 'x')).join('')
      return {value, starts, ends, document}
    }),
  ),
)

/** What src/parse/index.ts did before MappedEnglish: parse, then move every node's position to the file. */
function reference(value: string, starts: number[], ends: number[], document: string): Root {
  const tree = new ParseEnglish().parse(value)
  const where = location(document)
  const fallback = ends.at(-1) ?? 0
  const stack: Nodes[] = [...tree.children]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('children' in node) stack.push(...node.children)
    if (!node.position) continue
    const from = node.position.start.offset!
    const to = node.position.end.offset!
    const start = starts[from] ?? fallback
    const end = to > from ? ends[to - 1]! : start
    node.position = {start: where.toPoint(start)!, end: where.toPoint(end)!}
  }
  return tree
}

/** The text is parsed as the piece of a longer block that starts `base` characters in (as a long block is parsed in chunks). */
function fast(value: string, starts: number[], ends: number[], document: string, base = 0): Root {
  const before = Array.from({length: base}, () => 0)
  const map = {starts: [...before, ...starts], ends: [...before, ...ends], base, fallback: ends.at(-1) ?? 0, lines: new Lines(document)}
  return new MappedEnglish().parseMapped(value, map)
}

describe('MappedEnglish', () => {
  it('builds the tree parse-english builds, positions in the file', () => {
    fc.assert(
      fc.property(mapped, fc.nat(3), ({value, starts, ends, document}, base) => {
        // The root's own position is never used (paragraphs are taken from it) and is not mapped by either.
        expect(fast(value, starts, ends, document, base).children).toEqual(reference(value, starts, ends, document).children)
      }),
      {numRuns: 2000},
    )
  })

  it('keeps the word, abbreviation and elision merges of parse-english', () => {
    const value = "Mr. Smith met U.S. officials at 9 a.m. w/ his aides; they'd rock ’n’ roll. Then—nothing."
    const starts = [...value].map((_, index) => index)
    const ends = starts.map((index) => index + 1)
    const words = (tree: Root) => JSON.stringify(tree.children)
    expect(words(fast(value, starts, ends, value))).toBe(words(reference(value, starts, ends, value)))
  })

  it('ends a sentence after a company\'s abbreviation before a word that opens sentences, as after any other word', () => {
    // parse-english joins them ("…a stake in Acme Co. The company said…"); a title or a name after it still continues the sentence.
    const value = 'It bought a stake in Acme Co. The company said Beta Inc. It would sell Gamma Co. Chairman Li and Delta Ltd. shares.'
    const starts = [...value].map((_, index) => index)
    const ends = starts.map((index) => index + 1)
    // The same text with the first two abbreviations replaced by words of their length that parse-english does not know.
    const plain = value.replace('Acme Co.', 'Acme Cx.').replace('Beta Inc.', 'Beta Inx.')
    const expected = JSON.stringify(reference(plain, starts, ends, plain).children).replace('"Cx"', '"Co"').replace('"Inx"', '"Inc"')
    const tree = fast(value, starts, ends, value)
    expect(JSON.stringify(tree.children)).toBe(expected)
    expect(tree.children[0]!.type === 'ParagraphNode' && tree.children[0].children.filter((node) => node.type === 'SentenceNode')).toHaveLength(3)
  })

  it('ends a sentence after a number of up to three digits before a capitalised word, as after a longer one', () => {
    // parse-latin joins them ("…the week ended March 27. They said…"); a list's "1." opening a sentence keeps its word.
    const value = 'Stocks fell in the week ended March 27. They said so. 1. The first point came on May 3. U.S. officials agreed on 12. then left.'
    const starts = [...value].map((_, index) => index)
    const ends = starts.map((index) => index + 1)
    const paragraph = fast(value, starts, ends, value).children[0]!
    const sentences = paragraph.type === 'ParagraphNode' ? paragraph.children.filter((node) => node.type === 'SentenceNode') : []
    expect(sentences.map((sentence) => toString(sentence))).toEqual([
      'Stocks fell in the week ended March 27.',
      'They said so.',
      '1. The first point came on May 3.',
      'U.S. officials agreed on 12. then left.',
    ])
    for (const sentence of sentences) expect(value.slice(sentence.position!.start.offset, sentence.position!.end.offset)).toBe(toString(sentence))
    expect(toString(paragraph)).toBe(value)
  })

  it('keeps the merges that only some blocks need, each block with only its own characters', () => {
    // MappedEnglish leaves out sentence plugins by their place in parse-english's list for a block without their characters:
    // a block with only one of them pins that each plugin left out is the one for the characters the block lacks.
    for (const value of ['AT &T and B&B bought the firm.', 'Both pre- and post-war rules apply.', 'The speed in km/h rose w/o a limit.', "They'd rock ’n’ roll.", 'No merge at all here.']) {
      const starts = [...value].map((_, index) => index)
      const ends = starts.map((index) => index + 1)
      expect(JSON.stringify(fast(value, starts, ends, value).children), value).toBe(JSON.stringify(reference(value, starts, ends, value).children))
    }
  })
})

describe('Lines', () => {
  it('gives the points vfile-location gives, in any order of look-up', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), {maxLength: 30}), (document, picks) => {
        const lines = new Lines(document)
        const where = location(document)
        for (const pick of picks) {
          const offset = pick % (document.length + 1)
          expect(lines.point(offset)).toEqual(where.toPoint(offset))
        }
      }),
    )
  })
})
