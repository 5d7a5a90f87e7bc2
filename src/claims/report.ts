import type {VFile} from 'vfile'
import {report} from '../report.js'
import type {RuleMeta} from '../types.js'
import type {Analysis, CueFinding} from './analyse.js'

/** Reports one cue exactly at its words; a `delete` cue suggests removing them. */
export function reportCue(file: VFile, meta: RuleMeta, finding: CueFinding): void {
  const actual = String(file.value).slice(finding.start, finding.end)
  report(file, meta, {
    start: finding.start,
    end: finding.end,
    reason: finding.rule.message.replaceAll('%s', actual),
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
