import type {Word} from 'nlcst'
import {span, toString} from '../nlcst.js'
import {likelyTypo, type Pending} from './rules.js'
import type {Piece} from './tokens.js'

/** Slips of spacing rather than of spelling: a space where none belongs. */

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
