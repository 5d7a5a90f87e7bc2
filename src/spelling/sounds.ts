/**
 * Laughter written as one word: a syllable of `h` and a vowel said two or more times
 * (`hahaha`, `hehe`, `ahaha`, `hihihi`). No dictionary lists every length of it, and
 * a slip does not make one.
 */
export function laughter(text: string): boolean {
  return /^a?(?:h[aeiou]){2,}h?$/i.test(text)
}

/**
 * A word said again right after itself (`hee hee hee`, `la la la`): a sound or a chant.
 * Typos do not come twice in a row letter for letter.
 */
export function saidAgain(text: string, previous: string | undefined, next: string | undefined): boolean {
  const lower = text.toLowerCase()
  return previous?.toLowerCase() === lower || next?.toLowerCase() === lower
}
