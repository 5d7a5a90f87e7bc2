import type {VFile} from 'vfile'
import {report} from '../report.js'
import type {RuleMeta} from '../types.js'
import type {Analysis, CueFinding} from './analyse.js'

/**
 * Copy as a reader sees it, for a reason: the parser's text already has no markup, entities or escapes
 * (`anonymous&nbsp;sources`, `*anonymous*`, `\u00a0` in ninjs); a line break or no-break space reads as a space.
 * `actual` stays the file's own slice.
 */
export function readable(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Reports one cue exactly at its words; a `delete` cue suggests removing them. */
export function reportCue(file: VFile, meta: RuleMeta, finding: CueFinding): void {
  const shown = readable(finding.text)
  report(file, meta, {
    start: finding.start,
    end: finding.end,
    // A function, so that a `$` in the copy is not read as a replacement pattern.
    reason: finding.rule.message.replaceAll('%s', () => shown),
    expected: finding.cue.expected === 'delete' ? [''] : [],
    note: finding.cue.explanation,
  })
}

/** Reports the findings of one source's cue rules (`hedge`, `attribution`, `style`) from a shared analysis. */
export function reportCues(file: VFile, analysis: Analysis, source: string, rules: readonly RuleMeta[]): void {
  const byId = new Map(rules.filter((rule) => rule.source === source).map((rule) => [rule.ruleId, rule]))
  for (const record of analysis.sentences) {
    for (const finding of record.findings) {
      const meta = finding.rule.source === source ? byId.get(finding.rule.ruleId) : undefined
      if (meta) reportCue(file, meta, finding)
    }
  }
}
