import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {bundledAnalyser, headingSpan} from '../claims/analyse.js'
import {readable, reportCues} from '../claims/report.js'
import {canonicalise} from '../claims/sourcing.js'
import {loadRules, toRuleMeta} from '../claims/rules.js'
import type {Config} from '../config.js'
import {loadStyleSheets} from '../names/style-sheet.js'
import {textOf} from '../nlcst.js'
import {report} from '../report.js'
import type {RuleMeta} from '../types.js'

const unsourcedSection: RuleMeta = {
  source: 'attribution',
  ruleId: 'unsourced-section',
  severity: 'warning',
  description: 'A section (from a heading to the next) that makes several claims, guesses or judges among them, and attributes none of them to a source.',
  example: {
    wrong: '## Outlook\n\nThe deal will reshape the market. Prices will probably fall. Rivals are preparing a response.',
    right: '## Outlook\n\nThe deal will reshape the market, analysts at Fitch said. Prices will probably fall, the company said.',
  },
}

/** `attribution/anonymous` and `attribution/weasel` from `rules/attribution/*.yml`, plus `attribution/unsourced-section`. */
export const rules: RuleMeta[] = [...loadRules('attribution').map(toRuleMeta), unsourcedSection]

/**
 * Vague and anonymous sourcing, sections without sources, and the article's
 * sourcing summary on `file.data.sourcing` (named sources, attribution
 * chains, counts) for the reporters, with names as the newsroom style sheet writes them.
 */
export default function attributionStage(config: Config) {
  const analyser = bundledAnalyser()
  const records = loadStyleSheets(config.styleSheets).records
  return (tree: Root, file: VFile): void => {
    const analysis = analyser.analyse(tree)
    reportCues(file, analysis, 'attribution', rules)
    for (const section of analysis.unsourced) {
      const {start, end} = headingSpan(section, String(file.value))
      const claims = section.sentences.length
      const opinions = section.sentences.filter((record) => record.findings.some((finding) => finding.rule.ruleId !== 'anonymous')).length
      report(file, unsourcedSection, {
        start,
        end,
        reason: `Section \`${readable(textOf(section.heading))}\` makes ${claims} statements, ${opinions} of them guesses or judgements, and attributes none to a source`,
        note: 'Say who the section’s claims come from (a named person, document or outlet), or mark it clearly as analysis.',
      })
    }
    file.data.sourcing = canonicalise(analysis.sourcing, records)
  }
}
