import type {Point} from 'unist'
import type {Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'

type Token = Sentence['children'][number]
type TokenType = 'WordNode' | 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode'

/** Where the characters of the text being parsed sit in the file: token offsets go in, file points come out. */
export interface PointMap {
  start(offset: number): Point
  /** The point after the character before `offset`. */
  end(offset: number): Point
}

/**
 * parse-english with parse-latin's tokenizer rewritten for speed, same tokens:
 * parse-latin tests three large Unicode regular expressions on every
 * character and copies a point object per character boundary it may need,
 * and every position was then mapped to the file in a second walk over the
 * tree (together about a third of the parse in profiles). Here a character's
 * class is asked of parse-latin's own tokenizer once per UTF-16 code unit
 * and kept in a table, and each token gets its file points at once from
 * `points`. parse-english's plugins only ever copy a start point to a start
 * and an end point to an end, so mapping the tokens maps every node.
 * tests/parse-english.test.ts holds the tree to parse-english's own.
 */
export class MappedEnglish extends ParseEnglish {
  points: PointMap | undefined
  /** Class of each UTF-16 code unit seen so far (0: not asked yet), an index into `classes`. */
  private static readonly table = new Uint8Array(0x10000)

  override tokenize(value?: string | null): Token[] {
    const points = this.points
    if (!points) return super.tokenize(value)
    const tokens: Token[] = []
    if (!value) return tokens
    let from = 0
    let previousClass = this.classOf(value.charCodeAt(0))
    let previous = value.charCodeAt(0)
    for (let index = 1; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const currentClass = this.classOf(code)
      // parse-latin: a run of word or white-space characters, or of one repeated punctuation or symbol
      // character (surrogates continue a run so that an astral symbol stays whole), is one token.
      const continues = currentClass === previousClass && (currentClass <= white || code === previous || (code >= 0xd800 && code <= 0xdfff))
      if (!continues) {
        tokens.push(token(classes[previousClass]!, value.slice(from, index), points.start(from), points.end(index)))
        from = index
      }
      previousClass = currentClass
      previous = code
    }
    tokens.push(token(classes[previousClass]!, value.slice(from), points.start(from), points.end(value.length)))
    return tokens
  }

  private classOf(code: number): number {
    const known = MappedEnglish.table[code]!
    if (known !== 0) return known
    const type = super.tokenize(String.fromCharCode(code))[0]!.type as TokenType
    const found = classes.indexOf(type)
    MappedEnglish.table[code] = found
    return found
  }
}

/** Index 0 is "not asked yet"; word and white space (1, 2) are the classes whose runs always continue. */
const classes: ReadonlyArray<TokenType | undefined> = [undefined, 'WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode']
const white = 2

/** parse-latin's token shapes, keys in its order (a word shares its start point with its text). */
function token(type: TokenType, value: string, start: Point, end: Point): Token {
  return type === 'WordNode'
    ? {type, children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
    : {type, value, position: {start, end}}
}
