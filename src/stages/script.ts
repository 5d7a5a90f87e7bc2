import type {Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'
import type {Config} from '../config.js'
import {readRuleYaml} from '../guard.js'
import {NameIndex} from '../names/lookup.js'
import {loadStyleSheets, type NameRecord} from '../names/style-sheet.js'
import {checkedSentences} from '../nlcst.js'
import {report} from '../report.js'
import {englishRank} from '../script/dictionary.js'
import {lookalikes, scriptOf} from '../script/lookalikes.js'
import {type MappedText, mappedText, offsets} from '../script/text.js'
import {transliterate} from '../script/transliterate.js'
import {foreignChars, hasLatin, inOtherScript, mayHoldForeignLetters, repair, type Run, tokensOf} from '../script/words.js'
import type {RuleMeta} from '../types.js'

const mixedScript: RuleMeta = {
  source: 'script',
  ruleId: 'mixed-script',
  severity: 'error',
  description: 'A word mixes scripts, usually a look-alike letter from another script inside a Latin word.',
  example: {wrong: 'The meeting is on 5 Dеc (Cyrillic е).', right: 'The meeting is on 5 Dec.'},
}

const foreignScript: RuleMeta = {
  source: 'script',
  ruleId: 'foreign-script',
  severity: 'error',
  description: 'A word in another script inside English copy; suggests the style-sheet name, else a transliteration.',
  example: {wrong: 'the commander, Timothy Хо, said', right: 'the commander, Timothy Haugh, said'},
}

export const rules: RuleMeta[] = [mixedScript, foreignScript]

const greek = /^\p{Script=Greek}$/u
/** The English one-letter words. */
const oneLetterWords = new Set(['a', 'A', 'I'])
/** Letterlike symbols (ℓ litre, ℝ) and mathematical letters (𝑥) stand alone as symbols. */
const symbolLetters = /^[\u2100-\u214F\u{1D400}-\u{1D7FF}]$/u

/** A one-letter word that is a letter, not a Greek symbol, numeral or math variable. */
function isLoneLetter(run: Run): boolean {
  return run.chars.length === 1 && /^\p{L}$/u.test(run.text) && !greek.test(run.text) && !symbolLetters.test(run.text)
}

/**
 * Greek letters are symbols in English copy (α-helix, β-blocker, 5 μm, 10 kΩ,
 * NF-κB, ΔF508): a Greek letter is only a disguise when it stands for a plain
 * Latin letter inside a Latin word, and a short all-Greek run is a symbol.
 */
function isGreekSymbol(run: Run): boolean {
  const foreign = foreignChars(run)
  if (!foreign.every((entry) => greek.test(entry.char))) return false
  if (!hasLatin(run)) return run.chars.length <= 2
  const table = lookalikes()
  return foreign.some((entry) => !table.get(entry.char)?.targets.some((target) => target < '\u0080'))
}

const abbreviationsFile = new URL('../../rules/script/abbreviations.yml', import.meta.url)

interface Context {
  names: NameIndex
  abbreviations: Readonly<Record<string, string>>
  config: Config
}

/** Find look-alike letters and other-script words in the sentences the language stage left in English. */
export default function scriptStage(config: Config) {
  lookalikes()
  const context: Context = {
    names: new NameIndex(loadStyleSheets(config.styleSheets)),
    abbreviations: readRuleYaml(abbreviationsFile) as Record<string, string>,
    config,
  }
  return (tree: Root, file: VFile): void => {
    for (const {sentence} of checkedSentences(tree)) checkSentence(sentence, file, context)
  }
}

function checkSentence(sentence: Sentence, file: VFile, context: Context): void {
  const mapped = mappedText(sentence)
  if (!mayHoldForeignLetters(mapped.text)) return
  let group: Run[] = []
  let previous: string | undefined
  let latinBefore: string | undefined
  const flush = () => {
    if (group.length > 0) reportForeign(group, previous, mapped, file, context)
    group = []
  }
  for (const token of tokensOf(mapped.text)) {
    const tokenLatin = token.runs.some(hasLatin)
    let foreignWord = false
    for (const run of token.runs) {
      if (foreignChars(run).length === 0 || isGreekSymbol(run)) continue
      if (hasLatin(run)) reportMixed(run, mapped, file)
      else if (!inOtherScript(run)) {
        // Styled Latin (𝐁𝐨𝐥𝐝, ＣＮＮ, a lone ａ); single numerals and symbols are not words (Ⅰ, ℓ, 𝑥).
        if (tokenLatin || run.chars.length > 1 || isLoneLetter(run)) reportMixed(run, mapped, file)
      } else if (tokenLatin && repair(run, englishRank) !== undefined && run.chars.length === 1) {
        // One disguised letter joined to a Latin word by an apostrophe or hyphen (О’Brien).
        reportMixed(run, mapped, file)
      } else if (!tokenLatin && isLoneLetter(run) && oneLetterWords.has(repair(run, englishRank) ?? '')) {
        // A lone Cyrillic `а` or `І` between English words is the article or the pronoun in disguise;
        // other lone letters are initials left by translation (В. Путин), so they are transliterated.
        reportMixed(run, mapped, file)
      } else foreignWord = true
    }
    if (foreignWord) {
      if (group.length === 0) previous = latinBefore
      group.push(...token.runs)
      continue
    }
    flush()
    latinBefore = tokenLatin ? token.runs.filter(hasLatin).at(-1)!.text : undefined
  }
  flush()
}

function reportMixed(run: Run, mapped: MappedText, file: VFile): void {
  const fixed = repair(run, englishRank)
  const table = lookalikes()
  const described = foreignChars(run).map((entry) => {
    const lookalike = table.get(entry.char)
    return lookalike ? `\`${entry.char}\` (${lookalike.name.toLowerCase()})` : `\`${entry.char}\` (${scriptOf(entry.char)})`
  })
  const letters = [...new Set(described)].join(', ')
  report(file, mixedScript, {
    ...offsets(mapped, run.from, run.to),
    reason: fixed
      ? `Unexpected look-alike letter ${letters} in \`${run.text}\`, expected \`${fixed}\``
      : `Unexpected mix of scripts in \`${run.text}\`: ${letters}`,
    expected: fixed ? [fixed] : [],
    ...(fixed ? {fix: 'safe' as const} : {}),
  })
}

function reportForeign(group: Run[], previous: string | undefined, mapped: MappedText, file: VFile, context: Context): void {
  const from = group[0]!.from
  const to = group.at(-1)!.to
  const phrase = mapped.text.slice(from, to)
  const script = scriptOf([...phrase].find((char) => /\p{L}/u.test(char)) ?? '')
  const named = context.names.foreign(phrase, previous)
  // "4050р.": a unit left after a number is a word to translate, not a name to transliterate.
  const afterNumber = /\d\s?$/.exec(mapped.text.slice(0, from))?.[0]
  const unit = afterNumber === undefined ? undefined : context.abbreviations[phrase.toLowerCase()]
  const romanised = transliterate(phrase, context.config.transliteration)
  const expected = [
    ...new Set([named?.suggestion, unit === undefined ? undefined : afterNumber!.endsWith(' ') ? unit : ` ${unit}`, romanised].filter((item): item is string => Boolean(item))),
  ]
  // A transliteration stands in for a name left in another script; put in place of ordinary words it only hides
  // text still to translate ("data obrashcheniya"), so those are offered, not applied, and the reason says to
  // translate them. A lone capitalised word opening a sentence may be either.
  const words = phrase.split(/[\s.]+/).filter((word) => /\p{L}/u.test(word))
  const because = named
    ? `; the style sheet writes it \`${named.suggestion}\`${named.suggestion === named.record.name ? '' : ` (${named.record.name})`}`
    : unit
      ? `; after a number it means \`${unit}\``
      : romanised
        ? words.some((word) => /^\p{Ll}/u.test(word))
          ? `; ordinary words left untranslated: translate them (transliterated \`${romanised}\`)`
          : `; transliterated \`${romanised}\``
        : ''
  const nameLike = words.every((word) => /^\p{Lu}/u.test(word)) && (words.length > 1 || !/^[\s\p{P}]*$/u.test(mapped.text.slice(0, from)))
  report(file, foreignScript, {
    ...offsets(mapped, from, to),
    reason: `Unexpected ${script} \`${phrase}\` in English copy${because}`,
    expected,
    ...(named || unit || (romanised && nameLike) ? {fix: 'review' as const} : {}),
    ...(named ? {note: describe(named.record)} : {}),
  })
}

export function describe(record: NameRecord): string {
  if (record.roles.length === 0) return `${record.name} (${record.type}, ${record.provenance})`
  // Terms in one office go together: "President of Russia (2000-05-07 – 2008-05-07; 2012-05-07 – present)".
  const offices = new Map<string, string[]>()
  for (const role of record.roles) {
    const terms = offices.get(role.title) ?? []
    if (role.from || role.to) terms.push(`${role.from ?? '…'} – ${role.to ?? 'present'}`)
    offices.set(role.title, terms)
  }
  return `${record.name}: ${[...offices].map(([title, terms]) => (terms.length > 0 ? `${title} (${terms.join('; ')})` : title)).join(', ')}`
}
