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
    // Three statements of six words or more, as the rule needs (`minimumClaims`, `minimumClaimWords`).
    wrong: '## Outlook\n\nThe merger will reshape the regional market next year. Prices for consumers will probably fall after the deal. Rival firms are preparing a response to the merger.',
    right: '## Outlook\n\nThe merger will reshape the regional market next year, analysts at Fitch said. Prices for consumers will probably fall after the deal, the company said. Rival firms are preparing a response to the merger.',
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
      const {start, end} = headingSpan(section, String(file.value), file.data.format ?? 'text')
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
