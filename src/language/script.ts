import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'

/**
 * franc's own script expressions, reused so that "which script is this
 * language written in" means the same here as inside franc. franc keys a
 * script used by one language by that language's code (`ell`, `kor`), and a
 * shared script by its name (`Latin`, `Cyrillic`).
 */
export function scriptOf(language: string): string {
  if (language in expressions) return language
  for (const [script, languages] of Object.entries(data)) {
    if (language in languages) return script
  }
  return 'Latin'
}

const letterPattern = /[\p{L}\p{M}]/gu

export interface ScriptShare {
  /** Letters (and combining marks) in the text. */
  letters: number
  /** Share of those letters in the given script, 0–1. */
  share: number
}

/** How much of `text` is written in `script`; cheap for plain ASCII text, which is all Latin. */
export function scriptShare(text: string, script: string): ScriptShare {
  const letters = text.match(letterPattern)?.length ?? 0
  if (letters === 0) return {letters, share: 0}
  // Fast path: nothing outside Basic Latin, Latin-1 and Latin Extended.
  if (!/[^\u0000-\u024F\u2000-\u206F]/.test(text)) return {letters, share: script === 'Latin' ? 1 : 0}
  const expression = expressions[script as keyof typeof expressions]
  const inScript = expression ? text.match(expression)?.length ?? 0 : 0
  return {letters, share: Math.min(1, inScript / letters)}
}
