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

// Letters and the marks of scripts that write vowels as marks (Devanagari…), but not the
// combining accents of the Inherited script, which Latin text (Vietnamese in NFD) uses too.
const letterPattern = /(?![\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F])[\p{L}\p{M}]/gu
/** Anything outside Basic Latin, Latin-1, Latin Extended and general punctuation. */
const beyondLatin = /[^\u0000-\u024F\u2000-\u206F]/

/**
 * Share of the letters of `text` (and combining marks) that are not in
 * `script`, 0–1, and how many letters there are. Plain Latin text, most of
 * what copydesk reads, is answered without counting.
 */
export function foreignScriptShare(text: string, script: string): {share: number; letters: () => number} {
  const letters = () => text.match(letterPattern)?.length ?? 0
  if (!beyondLatin.test(text)) return {share: script === 'Latin' ? 0 : 1, letters}
  const total = letters()
  if (total === 0) return {share: 0, letters}
  const expression = expressions[script as keyof typeof expressions]
  const inScript = expression ? text.match(expression)?.length ?? 0 : 0
  return {share: Math.max(0, 1 - inScript / total), letters: () => total}
}
