import type {Parent, Point, Position} from 'unist'
import type {Root, Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {splitAfterCompanyAbbreviations, splitAfterNumbers} from './sentence-ends.js'
import type {Lines} from './lines.js'

type Token = Sentence['children'][number]
type TokenType = 'WordNode' | 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode'

/** Where the characters of a text sit in the file: character i starts at `starts[base + i]` and ends at `ends[base + i]`. */
export interface OffsetMap {
  starts: readonly number[]
  ends: readonly number[]
  base: number
  /** Where a start past the last character goes. */
  fallback: number
  lines: Lines
}

/**
 * parse-english with parse-latin's tokenizer rewritten for speed, same tokens:
 * parse-latin tests three large Unicode regular expressions on every
 * character and copies a point object per character boundary it may need,
 * and every position was then mapped to the file in a second walk over the
 * tree (together about a third of the parse in profiles). Here a character's
 * class is asked of parse-latin's own tokenizer once per UTF-16 code unit
 * and kept in a table, and each token gets its file points at once.
 * parse-english's plugins only ever copy a start point to a start and an end
 * point to an end, so mapping the tokens maps every node.
 * tests/parse-english.test.ts holds the tree to parse-english's own.
 */
export class MappedEnglish extends ParseEnglish {
  private map: OffsetMap | undefined
  /**
   * parse-english's merge of a sentence ending in an abbreviation is first, parse-latin's (a number's full stop among
   * them) the sixth: `src/parse/sentence-ends.ts` undoes each where a company's name or a number ends a sentence.
   * Neither merge is exported, so they are found by position; tests/parse-english.test.ts holds the trees.
   */
  private readonly allParagraphPlugins = withQuickPatch([
    this.tokenizeParagraphPlugins[0]!,
    splitAfterCompanyAbbreviations,
    ...this.tokenizeParagraphPlugins.slice(1, 6),
    splitAfterNumbers,
    ...this.tokenizeParagraphPlugins.slice(6),
  ])
  /**
   * parse-latin's breakImplicitSentences, third from last, splits a sentence at
   * white space holding two line breaks; it splits every white-space token's
   * text to find out (5% of the parse), so text with fewer than two line
   * breaks, where it can never act, is parsed without it. parse-latin does not
   * export the plugin, so it is found by position; tests/parse-english.test.ts
   * holds the trees to stock parse-english's and would catch a reordering.
   */
  private readonly singleLineParagraphPlugins = this.allParagraphPlugins.filter((_, index, all) => index !== all.length - 3)
  /**
   * The sentence plugins walk every token of a block, one pass each, and four of them act only at a token of certain
   * characters (`optionalSentencePlugins`): a block holding none of a plugin's characters is parsed without it. The lists
   * for each set of them, by bit (together about a fifth of those passes' CPU in profiles).
   */
  private readonly allSentencePlugins = withQuickPatch(this.tokenizeSentencePlugins)
  private readonly sentencePluginSets = Array.from({length: 1 << optionalSentencePlugins.length}, (_, needed) =>
    this.allSentencePlugins.filter((_, index) => optionalSentencePlugins.every(({at}, bit) => at !== index || (needed & (1 << bit)) !== 0)),
  )

  constructor() {
    super()
    this.tokenizeRootPlugins = withQuickPatch(this.tokenizeRootPlugins)
  }

  /** Parses `text`, the characters of a block from `map.base` on, into a tree whose positions are in the file. */
  parseMapped(text: string, map: OffsetMap): Root {
    this.map = map
    this.tokenizeParagraphPlugins = hasTwoLineBreaks(text) ? this.allParagraphPlugins : this.singleLineParagraphPlugins
    let needed = 0
    optionalSentencePlugins.forEach(({acts}, bit) => {
      if (acts.test(text)) needed |= 1 << bit
    })
    this.tokenizeSentencePlugins = this.sentencePluginSets[needed]!
    try {
      return this.parse(text)
    } finally {
      this.map = undefined
      this.tokenizeParagraphPlugins = this.allParagraphPlugins
      this.tokenizeSentencePlugins = this.allSentencePlugins
    }
  }

  override tokenize(value?: string | null): Token[] {
    const map = this.map
    if (!map) return super.tokenize(value)
    const tokens: Token[] = []
    if (!value) return tokens
    const {starts, ends, base, fallback, lines} = map
    const point = (offset: number, end: boolean): Point => lines.point(end ? ends[base + offset - 1]! : starts[base + offset] ?? fallback)
    let from = 0
    let previous = value.charCodeAt(0)
    let previousClass = table[previous] || this.classify(previous)
    for (let index = 1; index < value.length; index++) {
      const code = value.charCodeAt(index)
      const currentClass = table[code] || this.classify(code)
      // parse-latin: a run of word or white-space characters, or of one repeated punctuation or symbol
      // character (surrogates continue a run so that an astral symbol stays whole), is one token.
      const continues = currentClass === previousClass && (currentClass <= white || code === previous || (code >= 0xd800 && code <= 0xdfff))
      if (!continues) {
        tokens.push(token(classes[previousClass]!, value.slice(from, index), point(from, false), point(index, true)))
        from = index
      }
      previousClass = currentClass
      previous = code
    }
    tokens.push(token(classes[previousClass]!, value.slice(from), point(from, false), point(value.length, true)))
    return tokens
  }

  /** A code unit's class, asked of parse-latin's own tokenizer the first time it is seen. */
  private classify(code: number): number {
    const type = super.tokenize(String.fromCharCode(code))[0]!.type as TokenType
    table[code] = classes.indexOf(type)
    return table[code]!
  }
}

/**
 * parse-latin's patchPosition, last of each list of plugins (it does not export it; tests/parse-english.test.ts holds
 * the trees to stock parse-english's and would catch a reordering), visits every child of a node to give the node
 * the start of its first child and the end of its last: for a block's sentence that is a call for every token. The
 * same in two steps: 3% less CPU in the parse (parse-only A/B of 400 articles, 6 runs).
 */
function withQuickPatch<T extends Parent>(plugins: ReadonlyArray<(node: T) => undefined | void>): Array<(node: T) => undefined | void> {
  return [...plugins.slice(0, -1), patchPosition]
}

function patchPosition(node: Parent): void {
  const first = node.children[0]
  const last = node.children.at(-1)
  if (first?.position && !node.position?.start) (node.position ??= {} as Position).start = first.position.start
  if (last?.position && !node.position?.end) (node.position ??= {} as Position).end = last.position.end
}

/** Class of each UTF-16 code unit seen so far (0: not asked yet), an index into `classes`. */
const table = new Uint8Array(0x10000)
/** Word and white space (1, 2) are the classes whose runs always continue. */
const classes: ReadonlyArray<TokenType | undefined> = [undefined, 'WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode']
const white = 2

/** parse-latin's token shapes, keys in its order (a word and its text share their points). */
function token(type: TokenType, value: string, start: Point, end: Point): Token {
  return type === 'WordNode'
    ? {type, children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
    : {type, value, position: {start, end}}
}

/**
 * parse-english's sentence plugins that act only at a token of certain characters: their place in its list (parse-latin does not
 * export them; tests/parse-english.test.ts holds the trees to stock parse-english's and would catch a reordering) and those
 * characters. parse-english's elision merge at `/`, `'` or `’`; parse-latin's mergeInitialWordSymbol at `&`,
 * mergeFinalWordSymbol at `-`, mergeInnerWordSlash at `/`; mergeInitialisms only where a word ends in a full stop
 * and one character before the full stop it takes in (`U.S.`: a tenth of Reuters' paragraphs): 3.6% less CPU in
 * the parse (parse-only A/B of 400 articles, 4 runs).
 */
const optionalSentencePlugins = [
  {at: 0, acts: /[/'’]/},
  {at: 1, acts: /&/},
  {at: 2, acts: /-/},
  {at: 4, acts: /\//},
  {at: 5, acts: /\.[^.]\./},
]

/** Whether `text` holds two CR or LF characters (a CRLF counts twice: only ever a reason too many to keep the plugin). */
function hasTwoLineBreaks(text: string): boolean {
  const first = text.search(/[\r\n]/)
  return first !== -1 && text.slice(first + 1).search(/[\r\n]/) !== -1
}
