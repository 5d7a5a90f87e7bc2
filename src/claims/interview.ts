import type {Paragraph, Sentence} from 'nlcst'
import {blockData, sentencesOf, textOf, toString} from '../nlcst.js'

/**
 * Q&A interviews: a question paragraph, then the interviewee's answer, again and again. The answers are the
 * interviewee's words, as a quotation is its speaker's, so their hedges and boosters are not the writer's, and a
 * section of them is sourced. Hand-written: no library reads news layout, and the rule is a handful of tests.
 *
 * A question is a paragraph that ends with its own question mark (not a quotation's: `asked: "Who will pay?"` is
 * news) or opens with a `Q:` label. A run of questions and answers counts as an interview when at least two answers
 * show it: outside quotation marks they speak as "I"/"we" or open with "Yes,", "No," or "Well,". The evidence is
 * taken from the answers alone, labels included: explainers ask "you" and label `Q:`/`A:` too ("Do you need a visa?
 * Travellers will probably…"), and their answers are the writer's, as are a feature's rhetorical questions.
 */

/** Answers with evidence needed before a run counts as an interview. */
const minimumPairs = 2
/**
 * Paragraphs after a question that are read as its answer. Wikinews interviews (GUM) answer in one or two paragraphs
 * as a rule; further ones, with no new question, are the writer's again, and end the run: two pairs far apart in a
 * story do not make an interview.
 */
const answerParagraphs = 3

/** Marks that may close a question's paragraph after its "?" without making it a quotation's: brackets, emphasis. */
const closers = new Set([')', ']', '*', '_'])
/** "Yes, …", "No.", "Well!" opening the answer ("No. 10 Downing Street" is no reply). */
const replyOpener = /^(?:yes|no|well)(?:[,!]|\.(?!\s*\d))/i
/**
 * "I think…", "We have…", "our team" in the answer's first 200 characters; case-sensitive, so "US" is no "us". Not
 * "I-95" or "World War I", nor the outlet's "as we reported".
 */
const firstPerson = /^[^]{0,200}?(?:(?<!\b(?:War|Type|Phase|Class|Title|Stage|Part|Act|Chapter|Round|Article|Level)\s)\bI\b(?![-–.]?\d|-)|(?<!\b[Aa]s\s)\b[Ww]e\b(?!\s+(?:reported|wrote|revealed|noted|said|have reported))|\b(?:[Mm]y|[Oo]ur|me|us)\b)/
/** Quoted speech in an answer is someone else's first person ("We are ready," the ministry said). */
const quoted = /"[^"]*"|“[^”]*”|«[^»]*»/g

/** The answer paragraphs of the article's Q&A runs (none in most news stories). Headings end a run. */
export function interviewAnswers(blocks: Paragraph[]): Set<Paragraph> {
  const answers = new Set<Paragraph>()
  // Most stories ask nothing.
  if (!blocks.some(asks)) return answers
  let run: Paragraph[] = []
  let pairs = 0
  /** Paragraphs since the last question (Infinity before the first). */
  let since = Infinity
  const close = () => {
    if (pairs >= minimumPairs) for (const answer of run) answers.add(answer)
    run = []
    pairs = 0
    since = Infinity
  }
  for (const paragraph of blocks) {
    if (blockData(paragraph).block === 'heading') {
      close()
      continue
    }
    if (asks(paragraph)) {
      since = 0
      continue
    }
    if (since === Infinity) continue
    if (++since > answerParagraphs) {
      close()
      continue
    }
    // The first paragraph after a question shows whether it is answered in the interviewee's voice.
    if (since === 1 && speaksAsInterviewee(textOf(paragraph))) pairs++
    run.push(paragraph)
  }
  close()
  return answers
}

/** Characters of an answer read for its voice: the first 200, and room for a quotation that opens among them. */
const voiceWindow = 1000

function speaksAsInterviewee(text: string): boolean {
  return replyOpener.test(text) || firstPerson.test(text.slice(0, voiceWindow).replace(quoted, ' '))
}

/**
 * Whether the paragraph is a question, read from its tokens: its last sentence ends with its own "?" (brackets and
 * emphasis aside, not a quotation's), or it opens with a `Q:` or `Question:` label.
 */
function asks(paragraph: Paragraph): boolean {
  const sentences = sentencesOf(paragraph)
  const last = sentences.at(-1)?.children ?? []
  for (let at = last.length - 1; at >= 0; at--) {
    const node = last[at]!
    if (node.type === 'WhiteSpaceNode') continue
    if ((node.type === 'PunctuationNode' || node.type === 'SymbolNode') && closers.has(node.value)) continue
    if (node.type === 'PunctuationNode' && node.value === '?') return true
    break
  }
  return labelled(sentences[0])
}

/** `Q:` or `Question:` opening the sentence, emphasis marks aside. */
function labelled(sentence: Sentence | undefined): boolean {
  // Its first two nodes that count, without copying the sentence's: this runs for every paragraph.
  let first: Sentence['children'][number] | undefined
  let second: Sentence['children'][number] | undefined
  for (const node of sentence?.children ?? []) {
    if (node.type === 'WhiteSpaceNode' || (node.type !== 'WordNode' && closers.has(toString(node)))) continue
    if (first) {
      second = node
      break
    }
    first = node
  }
  return first?.type === 'WordNode' && /^(?:q|question)$/i.test(toString(first)) && second !== undefined && toString(second) === ':'
}
