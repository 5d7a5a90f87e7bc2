/**
 * A name and the same name with a vowel added at the end (`Kudrin` / `Kudrina`, `Kudrino`):
 * in translated copy that is a case ending, a feminine form or a place named after the person,
 * not a second spelling of one name. (`Zelensky` / `Zelenskyy` differ by a `y` and stay a finding.)
 */
export function inflectedForm(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return long.length === short.length + 1 && long.startsWith(short) && /[aeiou]$/.test(long)
}

/**
 * A word that ends in `a`, `i`, `o` or `u` where the word it is one slip from does not
 * (`Nastya` / `Nasty`, `Rina` / `Ring`, `Enteo` / `Enter`, `Hai` / `Has`): the ending of a
 * Russian, Italian or Japanese name far more often than a slip on an English word, which
 * rarely ends so. Not when the slip is two letters swapped (`Yuo` / `You`, `Thsi` / `This`):
 * the commonest typo, and one that always moves a letter to the end. Compared case-blind.
 */
export function nameEnding(typed: string, word: string): boolean {
  const last = typed.charAt(typed.length - 1).toLowerCase()
  return 'aiou'.includes(last) && last !== word.charAt(word.length - 1).toLowerCase() && !swapped(typed.toLowerCase(), word.toLowerCase())
}

/** Whether `a` is `b` with two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let at = 0
  while (at < a.length && a[at] === b[at]) at++
  return at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
}

/** A name and the same name with its final vowel changed (`Dudi` / `Duda`) or added (see `inflectedForm`): a case ending. */
export function caseEnding(a: string, b: string): boolean {
  if (inflectedForm(a, b)) return true
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /[aeiouy]$/.test(a) && /[aeiouy]$/.test(b)
}
