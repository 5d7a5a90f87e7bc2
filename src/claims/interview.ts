import type {Paragraph, Sentence} from 'nlcst'
import {blockData, sentencesOf, textOf, toString} from '../nlcst.js'

/**
 * Q&A interviews: a question paragraph, then the interviewee's answer, again and again. The answers are the
 * interviewee's words, as a quotation is its speaker's, so their hedges and boosters are not the writer's, and a
 * section of them is sourced. Hand-written: no library reads news layout, and the rule is a handful of tests.
 *
 * A run counts as an interview when at least two answers show it: they speak as "I"/"we" or open with "Yes,"/"No,".
 * The evidence is taken from the answers alone: explainers ask "you" too ("Do you need a visa? Travellers will
 * probably…") and their answers are the writer's, as are a feature's rhetorical questions ("So what went wrong?").
 * Paragraphs labelled `Q:` or `A:` are an interview from the first pair.
 */

/** Pairs with evidence needed before unlabelled paragraphs count as an interview. */
const minimumPairs = 2
/**
 * Paragraphs after a question that are read as its answer. Wikinews interviews (GUM) answer in one or two paragraphs
 * as a rule; further ones, with no new question, may be the writer's again, so they are left to the other rules.
 */
const answerParagraphs = 3

const endsWithQuestion = /\?["”’)\]*_]*\s*$/
/** "Yes, …", "No." opening the answer. */
const replyOpener = /^(?:yes|no|well)[,.!]/i
/** "I think…", "We have…", "our team" in the answer's first 200 characters; case-sensitive, so "US" is no "us". */
const firstPerson = /^[^]{0,200}?\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b/
const questionLabel = /^[*_]*(?:q|question)[*_]*\s*[:.][*_]*\s/i
const answerLabel = /^[*_]*(?:a|answer)[*_]*\s*[:.][*_]*\s/i

/** The answer paragraphs of the article's Q&A runs (none in most news stories). Headings end a run. */
export function interviewAnswers(blocks: Paragraph[]): Set<Paragraph> {
  const answers = new Set<Paragraph>()
  // Most stories ask nothing: a look at each paragraph's last and first tokens, without joining its text.
  if (!blocks.some(mayAsk)) return answers
  let run: Paragraph[] = []
  let pairs = 0
  let labelled = false
  /** The question waiting for its answer's first paragraph. */
  let question: string | undefined
  /** Paragraphs since the last question. */
  let since = Infinity
  const close = () => {
    if (pairs >= minimumPairs || (labelled && pairs > 0)) for (const answer of run) answers.add(answer)
    run = []
    pairs = 0
    labelled = false
    question = undefined
    since = Infinity
  }
  for (const paragraph of blocks) {
    if (blockData(paragraph).block === 'heading') {
      close()
      continue
    }
    const text = textOf(paragraph)
    const labelledQuestion = questionLabel.test(text)
    if (labelledQuestion || endsWithQuestion.test(text)) {
      question = text
      since = 0
      labelled ||= labelledQuestion
      continue
    }
    // Paragraphs before the first question are the writer's introduction, and so may be those long after the last.
    if (++since > answerParagraphs) continue
    if (question !== undefined) {
      const labelledAnswer = answerLabel.test(text)
      labelled ||= labelledAnswer
      if (labelledAnswer || replyOpener.test(text) || firstPerson.test(text)) pairs++
      question = undefined
    }
    run.push(paragraph)
  }
  close()
  return answers
}

/** Closing marks that may follow a question mark: `?"`, `?)`, `?**`. */
const closers = new Set(['"', '”', '’', "'", ')', ']', '*', '_'])

/** Whether the paragraph may be a question: its last sentence ends with "?", or its first word is a Q label. */
function mayAsk(paragraph: Paragraph): boolean {
  const sentences = sentencesOf(paragraph)
  const last = sentences.at(-1)?.children ?? []
  for (let at = last.length - 1; at >= 0; at--) {
    const node = last[at]!
    if (node.type === 'WhiteSpaceNode') continue
    if ((node.type === 'PunctuationNode' || node.type === 'SymbolNode') && closers.has(node.value)) continue
    if (node.type === 'PunctuationNode' && node.value === '?') return true
    break
  }
  return /^(?:q|question)$/i.test(firstWord(sentences[0]) ?? '')
}

function firstWord(sentence: Sentence | undefined): string | undefined {
  const word = sentence?.children.find((node) => node.type === 'WordNode')
  return word && toString(word)
}
