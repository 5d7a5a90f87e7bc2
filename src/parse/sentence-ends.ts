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
  splitAt(paragraph, (text, opener) => companyAbbreviations.has(text) && opener.children.length === 1 && sentenceOpeners.has(openingText(opener)))
}

/**
 * parse-latin takes a number of one to three digits before a full stop for an abbreviation (an ordinal, as in German
 * "27. März", or a list's "1."), so "…for the week ended March 27. They said stocks could fall" was one sentence, and
 * "They" pointed back to nothing: 113 times in 94 of the 3,021 whole Reuters-21578 tuning stories. In English a
 * capitalised word after such a number opens a sentence, unless the number opens its own (a list's "1. The first…").
 * A paragraph plugin, run right after parse-latin's merge (which it does not export either).
 */
export function splitAfterNumbers(paragraph: Paragraph): void {
  splitAt(paragraph, (text, opener, at, children) => shortNumber.test(text) && capitalised.test(openingText(opener)) && !opensSentence(children, at))
}

/** Whether the word at `at` opens what would be a sentence: first, or after a sentence's end ("…so. 1. The first…"). */
function opensSentence(children: SentenceContent[], at: number): boolean {
  let before = at - 1
  while (before >= 0 && children[before]!.type === 'WhiteSpaceNode') before--
  const previous = children[before]
  return previous === undefined || (previous.type === 'PunctuationNode' && terminal.test(previous.value))
}

const terminal = /^[.!?…]+$/

const shortNumber = /^\d{1,3}$/
const capitalised = /^\p{Lu}/u

/** Whether a sentence ends after a word with a merged full stop: its text before the stop, the word after the space, its index and its sentence's nodes. */
type SentenceEnd = (text: string, opener: Word, at: number, children: SentenceContent[]) => boolean

/** Splits each sentence of the paragraph after the first word with a merged full stop that `ends` picks, and what follows again. */
function splitAt(paragraph: Paragraph, ends: SentenceEnd): void {
  for (let index = 0; index < paragraph.children.length; index++) {
    const sentence = paragraph.children[index]!
    if (sentence.type !== 'SentenceNode') continue
    const at = splitPoint(sentence.children, ends)
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

/** Where a word of text and a merged full stop stands before a space and a word, and `ends` says a sentence ends there. */
function splitPoint(children: SentenceContent[], ends: SentenceEnd): number | undefined {
  for (let at = 0; at + 2 < children.length; at++) {
    const word = children[at]!
    if (word.type !== 'WordNode' || word.children.length !== 2) continue
    const [text, period] = word.children
    if (text!.type !== 'TextNode' || period!.type !== 'PunctuationNode' || period!.value !== '.') continue
    const space = children[at + 1]!
    const opener = children[at + 2]!
    if (space.type === 'WhiteSpaceNode' && opener.type === 'WordNode' && ends(text!.value, opener, at, children)) return at
  }
  return undefined
}

/** The text a word opens with ("" if it opens with punctuation or a symbol). */
function openingText(word: Word): string {
  const first = word.children[0]
  return first?.type === 'TextNode' ? first.value : ''
}
