import type {Sourcing} from '../types.js'

/** What each sourcing count means to an editor, as a label after the number (`7 unattributed guesses`); singular, plural. */
const labels: Record<string, [string, string]> = {
  attributedSentences: ['attributed to a source', 'attributed to a source'],
  interviewAnswerSentences: ['in interview answers', 'in interview answers'],
  anonymousSentences: ['resting on unnamed sources', 'resting on unnamed sources'],
  unattributedSpeculativeSentences: ['unattributed guess', 'unattributed guesses'],
  weasel: ['vague attribution', 'vague attributions'],
  boosters: ['booster', 'boosters'],
  editorializing: ['editorializing phrase', 'editorializing phrases'],
  unsourcedSections: ['section without a source', 'sections without a source'],
}

/** Counts of sentences, shown after the number of sentences; the rest count findings or sections. */
const sentenceCounts = new Set(['attributedSentences', 'interviewAnswerSentences', 'anonymousSentences', 'unattributedSpeculativeSentences'])

/**
 * The counts of a sourcing summary in words, zeros left out: `54 sentences (15 attributed to a source, 7 unattributed
 * guesses); 1 booster, 1 section without a source`. The JSON report keeps every count under its own key.
 */
export function countsInWords(counts: Sourcing['counts']): string {
  const inWords = (names: string[]) => names.filter((name) => counts[name]! > 0).map((name) => `${counts[name]} ${labels[name]?.[counts[name] === 1 ? 0 : 1] ?? name}`)
  const names = Object.keys(counts).filter((name) => name !== 'sentences')
  const ofSentences = inWords(names.filter((name) => sentenceCounts.has(name)))
  const others = inWords(names.filter((name) => !sentenceCounts.has(name)))
  const sentences = counts.sentences ?? 0
  const head = `${sentences} sentence${sentences === 1 ? '' : 's'}${ofSentences.length > 0 ? ` (${ofSentences.join(', ')})` : ''}`
  return others.length > 0 ? `${head}; ${others.join(', ')}` : head
}
