import type {VFile} from 'vfile'
import {report} from '../report.js'
import type {RuleMeta} from '../types.js'
import type {CueFinding} from './analyse.js'

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
