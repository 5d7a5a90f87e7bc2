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

/**
 * The counts of a sourcing summary in words, zeros left out: `54 sentences: 15 attributed to a source, 7 unattributed
 * guesses, 1 section without a source`. The JSON report keeps every count under its own key.
 */
export function countsInWords(counts: Sourcing['counts']): string {
  const parts = Object.entries(counts)
    .filter(([name, count]) => name !== 'sentences' && count > 0)
    .map(([name, count]) => `${count} ${labels[name]?.[count === 1 ? 0 : 1] ?? name}`)
  const sentences = counts.sentences ?? 0
  return `${sentences} sentence${sentences === 1 ? '' : 's'}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`
}
