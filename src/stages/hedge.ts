import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {bundledAnalyser} from '../claims/analyse.js'
import {reportCues} from '../claims/report.js'
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
  return (tree: Root, file: VFile): void => {
    reportCues(file, analyser.analyse(tree), 'hedge', rules)
  }
}
