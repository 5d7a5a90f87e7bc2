import {checkSync} from 'recheck'

/** Longest user-supplied pattern accepted; words are short, patterns for them need not be long. */
export const maxPatternLength = 200

/**
 * Why a user-supplied regular expression (a config `accept` entry such as
 * `/Zelensk(?:y|iy|yy)/i`) may not be used, or undefined when it may.
 * Patterns run against every word of every article, so one with
 * catastrophic backtracking (`/(a+)+/`) would hang the check; recheck
 * (a ReDoS checker that analyses the pattern's automaton and confirms by
 * fuzzing) decides, rather than a hand-written star-height heuristic that
 * misses overlapping alternations such as `(a|a)` repeated.
 */
export function patternProblem(source: string, flags: string): string | undefined {
  if (source.length > maxPatternLength) return `is longer than ${maxPatternLength} characters`
  try {
    new RegExp(source, flags)
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`
  }
  const diagnosis = checkSync(source, flags, {timeout: 5000})
  if (diagnosis.status === 'safe') return undefined
  if (diagnosis.status === 'vulnerable') {
    const attack = diagnosis.attack.pattern.length > 60 ? `${diagnosis.attack.pattern.slice(0, 60)}…` : diagnosis.attack.pattern
    return `can take ${diagnosis.complexity.type} time (catastrophic backtracking, e.g. on ${attack}); rewrite it without nested or overlapping repetition`
  }
  return 'could not be shown to run in linear time; simplify it'
}
