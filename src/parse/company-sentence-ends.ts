import type {Paragraph, Sentence, SentenceContent, Word} from 'nlcst'

/**
 * parse-english never ends a sentence after an abbreviation it knows, so "…a stake in Acme Co. The company said…"
 * is one sentence, and a hedge or a source in one is read as the other's. In wire copy a company's name often
 * ends a sentence: in Reuters-21578 (1987), of 1,176 "Co.", "Inc." or "Ltd." before a capitalised word, 315 are
 * before "The", 44 "It", 33 "He", 27 "In"; the capitalised words after them that continue a sentence are names
 * and titles ("Acme Co. Chairman John Smith"). So the sentence parse-english joined is split again after a
 * company's abbreviation when the next word is a closed-class word that opens sentences and starts no name.
 * parse-english has no option for this and does not export its merge: this runs right after it.
 */
/** The company abbreviations parse-english joins to the next sentence (its `abbreviations` lists "Corp" and "Plc" not). */
const companyAbbreviations = new Set(['Co', 'Inc', 'Ltd', 'INC', 'LTD'])

/** Determiners, pronouns, conjunctions and prepositions that open a sentence (the Reuters-21578 counts above). */
const sentenceOpeners = new Set([
  'The', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'This', 'That', 'These',
  'Those', 'There', 'In', 'On', 'At', 'For', 'Under', 'As', 'But', 'And', 'However', 'If', 'While', 'When', 'Each',
  'Some', 'Such', 'Also', 'Earlier', 'Following',
  // Issue 6, recall: a trade's crowd, which no name or title after a company's abbreviation starts ("…technology analyst with
  // James Capel and Co. Industry analysts said…": Reuters-21578 tuning half, whose crowd read as the firm's), and an adverb
  // of time or stance.
  'Analysts', 'Traders', 'Dealers', 'Economists', 'Bankers', 'Brokers', 'Industry', 'Last', 'Indeed', 'Meanwhile',
])

/** A paragraph plugin, run right after parse-english's merge. */
export function splitAfterCompanyAbbreviations(paragraph: Paragraph): void {
  for (let index = 0; index < paragraph.children.length; index++) {
    const sentence = paragraph.children[index]!
    if (sentence.type !== 'SentenceNode') continue
    const at = splitPoint(sentence.children)
    if (at === undefined) continue
    const word = sentence.children[at] as Word
    // Give the full stop back to the sentence, as parse-latin ends any sentence.
    const period = word.children.pop()!
    const text = word.children[0]!
    if (word.position && text.position) word.position.end = text.position.end
    const rest = sentence.children.splice(at + 1)
    const space = rest.shift()!
    sentence.children.push(period as SentenceContent)
    const next: Sentence = {type: 'SentenceNode', children: rest}
    if (sentence.position && rest[0]!.position) {
      next.position = {start: rest[0]!.position.start, end: sentence.position.end}
      sentence.position = {start: sentence.position.start, end: period.position!.end}
    }
    paragraph.children.splice(index + 1, 0, space as Paragraph['children'][number], next)
  }
}

/** Where the abbreviation (with its full stop merged in) stands before a sentence opener, if anywhere. */
function splitPoint(children: SentenceContent[]): number | undefined {
  for (let at = 0; at + 2 < children.length; at++) {
    const word = children[at]!
    if (word.type !== 'WordNode' || word.children.length !== 2) continue
    const [text, period] = word.children
    if (text!.type !== 'TextNode' || period!.type !== 'PunctuationNode' || period!.value !== '.' || !companyAbbreviations.has(text!.value)) continue
    const space = children[at + 1]!
    const opener = children[at + 2]!
    if (space.type !== 'WhiteSpaceNode' || opener.type !== 'WordNode' || opener.children.length !== 1) continue
    const first = opener.children[0]!
    if (first.type === 'TextNode' && sentenceOpeners.has(first.value)) return at
  }
  return undefined
}
