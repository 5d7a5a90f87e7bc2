import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Config} from '../config.js'
import {NameIndex} from '../names/lookup.js'
import {RoleIndex, type TitleOnDate} from '../names/roles.js'
import {loadStyleSheets} from '../names/style-sheet.js'
import {blockData, checkedSentences} from '../nlcst.js'
import {report} from '../report.js'
import {englishRank} from '../script/dictionary.js'
import {type MappedText, mappedText, offsets} from '../script/text.js'
import type {RuleMeta} from '../types.js'
import {describe} from './script.js'

const styleSheet: RuleMeta = {
  source: 'names',
  ruleId: 'style-sheet',
  severity: 'warning',
  description: 'A name written otherwise than the newsroom style sheet: a known wrong variant, or an outlet name left with a translated descriptor.',
  example: {wrong: 'The publication Record reported that Hegsett ordered a pause.', right: 'The Record reported that Hegseth ordered a pause.'},
}

const titleDate: RuleMeta = {
  source: 'names',
  ruleId: 'title-date',
  severity: 'warning',
  description: 'A title given to a person on the style sheet on a date when they did not hold it: the date the story states (ninjs `firstcreated`, front matter `date`, an HTML publication meta tag) or `--date`.',
  example: {wrong: 'Cyber Command chief Timothy Haugh said… (a story dated 2025-06-10)', right: 'Former Cyber Command chief Timothy Haugh said…'},
}

export const rules: RuleMeta[] = [styleSheet, titleDate]

const headlineBlocks = new Set(['heading', 'headline'])

/** Names against the style sheets: the bundled `rules/style-sheet.yml` and the configured `styleSheets`. */
export default function namesStage(config: Config) {
  const sheet = loadStyleSheets(config.styleSheets)
  const names = new NameIndex(sheet, (word) => englishRank(word) !== undefined)
  const roles = new RoleIndex(sheet.records)
  return (tree: Root, file: VFile): void => {
    const date = file.data.storyDate
    for (const {paragraph, sentence} of checkedSentences(tree)) {
      const mapped = mappedText(sentence)
      if (date) for (const title of roles.titlesOffDate(mapped.text, date)) reportTitle(file, mapped, title, date)
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

function reportTitle(file: VFile, mapped: MappedText, title: TitleOnDate, date: string): void {
  const actual = mapped.text.slice(title.from, title.to)
  const holder = `\`${actual}\`: ${title.record.name}`
  const place = offsets(mapped, title.from, title.to)
  if (title.kind !== 'left') {
    const reason = title.kind === 'not-yet' ? `took this post on ${title.terms.map((term) => term.from ?? '').sort()[0]}, after` : 'did not hold this post on'
    report(file, titleDate, {...place, reason: `${holder} ${reason} this story's date (${date}); check the title or the date`, expected: [], note: describe(title.record)})
    return
  }
  // "Former" opens the sentence when only punctuation comes before the title ('"Cyber Command chief…').
  const former = `${/^[\s\p{P}]*$/u.test(mapped.text.slice(0, title.from)) ? 'Former' : 'former'} ${actual}`
  const ended = title.terms.map((term) => term.to ?? '').sort().at(-1)
  // Fixed only where the source spells the title as read: markup or entities inside it would be lost.
  const plain = String(file.value).slice(place.start, place.end) === actual
  report(file, titleDate, {
    ...place,
    reason: `${holder} left this post on ${ended}, before this story's date (${date}); write \`${former}\`, or check the date`,
    expected: [former],
    ...(plain ? {fix: 'review' as const} : {}),
    note: describe(title.record),
  })
}
