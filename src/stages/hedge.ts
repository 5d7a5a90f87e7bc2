import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {bundledAnalyser} from '../claims/analyse.js'
import {reportCue} from '../claims/report.js'
import {loadRules, toRuleMeta} from '../claims/rules.js'
import type {Config} from '../config.js'
import type {RuleMeta} from '../types.js'

/** `hedge/unsupported` and `hedge/booster`, from `rules/hedge/*.yml`. */
export const rules: RuleMeta[] = loadRules('hedge').map(toRuleMeta)

/**
 * The writer's own speculation and overclaiming. Cues inside direct
 * quotations and in sentences whose claim is attributed to a source are the
 * source's words and stay silent (see `src/claims/attribution.ts`).
 */
export default function hedgeStage(_config: Config) {
  const analyser = bundledAnalyser()
  const byId = new Map(rules.map((rule) => [rule.ruleId, rule]))
  return (tree: Root, file: VFile): void => {
    for (const record of analyser.analyse(tree).sentences) {
      for (const finding of record.findings) {
        const meta = finding.rule.source === 'hedge' ? byId.get(finding.rule.ruleId) : undefined
        if (meta) reportCue(file, meta, finding)
      }
    }
  }
}
