import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {bundledAnalyser} from '../claims/analyse.js'
import {reportCues} from '../claims/report.js'
import {loadRules, toRuleMeta} from '../claims/rules.js'
import type {Config} from '../config.js'
import type {RuleMeta} from '../types.js'

/** `style/editorializing`, from `rules/style/*.yml`. */
export const rules: RuleMeta[] = loadRules('style').map(toRuleMeta)

/** The writer's opinion in news copy: framing phrases, puffery, essay endings. Quotations stay silent. */
export default function styleStage(_config: Config) {
  const analyser = bundledAnalyser()
  return (tree: Root, file: VFile): void => {
    reportCues(file, analyser.analyse(tree), 'style', rules)
  }
}
