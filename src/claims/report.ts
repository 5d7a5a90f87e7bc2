import type {VFile} from 'vfile'
import {report} from '../report.js'
import type {RuleMeta} from '../types.js'
import type {Analysis, CueFinding} from './analyse.js'
import {withWholeMarkup} from './emphasis.js'
import type {Token} from './match.js'

/**
 * Copy as a reader sees it, for a reason: the parser's text already has no markup, entities or escapes
 * (`anonymous&nbsp;sources`, `*anonymous*`, `\u00a0` in ninjs); a line break or no-break space reads as a space.
 * `actual` stays the file's own slice.
 */
export function readable(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Last words of openers whose "that" starts their clause, not the sentence's subject. */
const clauseTakers = new Set(['sure', 'certain', 'clear', 'obvious', 'evident', 'undeniable', 'saying', 'denying', 'convinced', 'confident'])

/** Marks that set off an aside, with the mark that closes it: "Hegseth, surprisingly, ordered", "(of course)", "— sadly —". */
const asides: Record<string, string> = {',': ',', '(': ')', '—': '—', '–': '–'}

/**
 * What an editor deletes to cut a cue, when more than its words must go: the comma after a sentence's opener
 * ("In conclusion, the talks…") and the "that" after it ("I am sure that…"), the marks around an aside
 * ("Hegseth, surprisingly, ordered"), the comma or dash before a closing aside ("…failed, surprisingly.");
 * and the word to capitalise once an opener has gone. Undefined when deleting the words alone is enough.
 */
function deletion(tokens: Token[], start: number, end: number): {remove: string; capitalise?: string} | undefined {
  const first = tokens.findIndex((token) => token.start === start)
  const last = tokens.findIndex((token) => token.end === end)
  if (first === -1 || last === -1) return undefined
  const before = nearest(tokens, first, -1)
  const after = nearest(tokens, last, 1)
  const opens = !tokens.slice(0, first).some((token) => token.kind === 'word')
  const mark = tokens[before]?.raw ?? ''
  const next = tokens[after]
  let [from, to] = [first, last]
  // "that" goes with an opener that takes a clause ("I am sure that", "It goes without saying that"); after any other
  // ("Sadly that plan failed", "Doubtless that decision", "No doubt that helped") it is the sentence's own.
  const takesClause = clauseTakers.has(tokens[last]?.norm ?? '')
  if (opens) to = next?.raw === ',' || (next?.norm === 'that' && takesClause) ? after : last
  else if (asides[mark] !== undefined && asides[mark] === next?.raw) [from, to] = [before, after]
  else if (mark === ',' || mark === '—' || mark === '–') from = next?.kind === 'word' ? first : before
  else if (next?.raw === ',' && tokens[before]?.kind === 'word') to = after
  const following = opens ? tokens[nearest(tokens, to, 1)] : undefined
  // Not a word with a capital of its own inside it (`iPhone`).
  const capitalise = following?.kind === 'word' && /^\p{Ll}+$/u.test(following.raw.replace(/['’-]/g, '')) ? following.raw : undefined
  if (from === first && to === last && !capitalise) return undefined
  const remove = readable(tokens.slice(from, to + 1).map((token) => token.raw).join(''))
  return capitalise ? {remove, capitalise} : {remove}
}

/** The index of the nearest token that is not white space, from `index` in direction `step`. */
function nearest(tokens: Token[], index: number, step: 1 | -1): number {
  let at = index + step
  while (tokens[at]?.kind === 'space') at += step
  return at
}

/**
 * Reports one cue exactly at its words. A `delete` cue offers no replacement: one for exactly the flagged words
 * cannot also take the space or comma beside them ("will  be", ", U.S. Defense Secretary…"), so the reason says
 * what to delete where more than the words must go.
 */
function reportCue(file: VFile, meta: RuleMeta, finding: CueFinding, tokens: Token[]): void {
  const shown = readable(finding.text)
  // A function, so that a `$` in the copy is not read as a replacement pattern.
  let reason = finding.rule.message.replaceAll('%s', () => shown)
  const {replace} = finding.cue
  const cut = finding.cue.expected === 'delete' ? deletion(tokens, finding.start, finding.end) : undefined
  if (replace !== undefined) reason += `; to cut it, write \`${replace}\``
  else if (cut) reason += `; to cut it, delete \`${cut.remove}\`${cut.capitalise ? ` and capitalise \`${cut.capitalise}\`` : ''}`
  const {start, end} = withWholeMarkup(file.data.format ?? 'text', String(file.value), tokens, finding.start, finding.end)
  report(file, meta, {start, end, reason, expected: replace === undefined ? [] : [replace], note: finding.cue.explanation})
}

/** Reports the findings of one source's cue rules (`hedge`, `attribution`, `style`) from a shared analysis. */
export function reportCues(file: VFile, analysis: Analysis, source: string, rules: readonly RuleMeta[]): void {
  const byId = new Map(rules.filter((rule) => rule.source === source).map((rule) => [rule.ruleId, rule]))
  for (const record of analysis.sentences) {
    for (const finding of record.findings) {
      const meta = finding.rule.source === source ? byId.get(finding.rule.ruleId) : undefined
      if (meta) reportCue(file, meta, finding, record.tokens)
    }
  }
}
