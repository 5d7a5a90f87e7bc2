import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Config} from '../config.js'
import {NameIndex} from '../names/lookup.js'
import {loadStyleSheets} from '../names/style-sheet.js'
import {blockData, checkedSentences} from '../nlcst.js'
import {report} from '../report.js'
import {englishRank} from '../script/dictionary.js'
import {mappedText, offsets} from '../script/text.js'
import type {RuleMeta} from '../types.js'
import {describe} from './script.js'

const styleSheet: RuleMeta = {
  source: 'names',
  ruleId: 'style-sheet',
  severity: 'warning',
  description: 'A name written otherwise than the newsroom style sheet: a known wrong variant, or an outlet name left with a translated descriptor.',
  example: {wrong: 'The publication Record reported that Hegsett ordered a pause.', right: 'The Record reported that Hegseth ordered a pause.'},
}

export const rules: RuleMeta[] = [styleSheet]

const headlineBlocks = new Set(['heading', 'headline'])

/** Names against the style sheets: the bundled `rules/style-sheet.yml` and the configured `styleSheets`. */
export default function namesStage(config: Config) {
  const names = new NameIndex(loadStyleSheets(config.styleSheets), (word) => englishRank(word) !== undefined)
  return (tree: Root, file: VFile): void => {
    for (const {paragraph, sentence} of checkedSentences(tree)) {
      const mapped = mappedText(sentence)
      const headline = headlineBlocks.has(blockData(paragraph).block ?? '')
      for (const match of names.variants(mapped.text, {headline})) {
        const actual = mapped.text.slice(match.from, match.to)
        const why =
          match.kind === 'variant'
            ? 'a known wrong form'
            : match.kind === 'descriptor'
              ? 'an outlet name with a descriptor left by translation'
              : match.kind === 'case'
                ? 'the name capitalised otherwise'
                : 'the outlet’s name without its article'
        report(file, styleSheet, {
          ...offsets(mapped, match.from, match.to),
          reason: `Unexpected \`${actual}\` (${why}), expected \`${match.suggestion}\``,
          expected: [match.suggestion],
          fix: 'safe',
          note: describe(match.record),
        })
      }
    }
  }
}
