import type {Word} from 'nlcst'
import {span, toString} from '../nlcst.js'
import type {NameUse} from './consistency.js'
import {likelyTerm, likelyTypo, type Pending} from './rules.js'
import {notForSpelling, type Piece} from './tokens.js'
import type {Unknown} from './verdict.js'
import type {Vocabulary} from './vocabulary.js'
import {noteName} from './word-facts.js'
import {stripPossessive} from './word-shapes.js'

/** Slips of spacing rather than of spelling: a space where none belongs, or none where one does. */

/**
 * `20 th`, `2 nd`: a suffix split from its ordinal (machine translation and OCR leave them so),
 * reported on the number and suffix together with the ordinal written whole, the suffix the
 * number takes (`21 th` → `21st`). Returns whether the word was one.
 */
export function splitOrdinal(number: Word, suffix: Piece, original: string, pending: Pending[]): boolean {
  const digits = toString(number)
  const {start} = span(number)
  if (!/^\d+$/.test(digits) || !/^(?:st|nd|rd|th)$/i.test(suffix.text) || !/^[ \u00a0]+$/.test(original.slice(start + digits.length, suffix.start))) return false
  const value = Number(digits.slice(-2))
  const ending = value >= 11 && value <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th')
  pending.push({
    rule: likelyTypo,
    piece: {text: original.slice(start, suffix.end), start, end: suffix.end},
    reason: `\`${original.slice(start, suffix.end)}\` is an ordinal with its suffix split off; write \`${digits}${ending}\``,
    expected: [`${digits}${ending}`],
    fix: 'review',
  })
  return true
}

/**
 * Two words joined by a full stop with no space after it (`second.In`, `question.r`): machine
 * translation glues sentences so, and neither side is misspelled for it (checked alone, they
 * were taken for one unknown word: `second.In` → `seconding`, a safe fix). Each side is checked
 * as a word, the second as the start of a sentence when capitalised, but as a name after an
 * initial (`Dm.Bykov`, `Vl.Putin`: one to three letters, or an unknown word), which is then part
 * of that name and not noted apart. After a known word (`Moscow.Teh`, `NATO.Thsi`) the dot ends
 * a sentence, so a slip there is still one. Neither side tells the article a name is used away
 * from a sentence start (`midSentence`): a glued word is too weak a clue to hide other uses. Two known words, the
 * second capitalised after a lower-case one, are noted at `info` as a space left out: a real
 * slip, but of spacing, not of spelling.
 */
export function checkRunOn(vocabulary: Vocabulary, text: string, sides: [Piece, Piece], initial: boolean, pending: Pending[], unknown: Unknown[], names: NameUse[]): void {
  const {lexicon, known, nameOf} = vocabulary
  const [first, second] = sides
  const capitalisedSecond = /^\p{Lu}/u.test(second.text)
  // An initial: a capital and at most two more letters that are no word (`A`, `Dm`, `Vl`; not `It`), or a capitalised word nobody knows.
  const shortInitial = capitalisedSecond && /^\p{Lu}\p{Ll}{0,2}$/u.test(first.text) && (first.text.length === 1 || !lexicon.knows(first.text.toLowerCase()))
  const afterInitial = shortInitial || (capitalisedSecond && /^\p{Lu}/u.test(first.text) && !notForSpelling(first.text) && !known(first.text))
  let allKnown = true
  sides.forEach((side, index) => {
    if (notForSpelling(side.text)) return
    // `Dm` in `Dm.Bykov` is part of the name after it, not a word of its own.
    if (index === 0 && shortInitial) return
    const capitalised = /^\p{Lu}/u.test(side.text)
    if (capitalised) noteName(names, side, nameOf(side.text))
    if (known(side.text)) return
    allKnown = false
    const afterName = index === 1 && afterInitial
    const sideInitial = index === 0 ? initial : capitalised && !afterName
    unknown.push({piece: stripPossessive(side), initial: sideInitial, beforeName: false, namePart: afterName, alone: false, glued: !afterName})
  })
  if (allKnown && /^\p{Ll}/u.test(first.text) && /^\p{Lu}/u.test(second.text)) {
    pending.push({
      rule: likelyTerm,
      piece: {text, start: first.start, end: second.end},
      reason: `\`${text}\` has no space after its full stop: two sentences run together? Both words are spelled right`,
      expected: [`${first.text}. ${second.text}`],
    })
  }
}
