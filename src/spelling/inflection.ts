/**
 * A name and the same name with a vowel added at the end (`Kudrin` / `Kudrina`, `Kudrino`):
 * in translated copy that is a case ending, a feminine form or a place named after the person,
 * not a second spelling of one name. (`Zelensky` / `Zelenskyy` differ by a `y` and stay a finding.)
 */
export function inflectedForm(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return long.length === short.length + 1 && long.startsWith(short) && /[aeiou]$/.test(long)
}
