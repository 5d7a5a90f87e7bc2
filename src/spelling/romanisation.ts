/**
 * Romanisations of one Cyrillic name differ in a few known places: й, ы and the endings
 * -ий/-ей come out as `y`, `i`, `iy`, `ei` or `ey` (Vitaly / Vitali, Sergiy / Sergey /
 * Sergei), and е after a vowel as `e` or `ye` (Matvienko / Matviyenko). A capitalised word
 * one such step from a known name is the same name in another system (a style-sheet
 * matter, and `names/inconsistent` when one article mixes them), not a typo; other slips
 * (`Lavrow` for Lavrov) stay typos. Hand-written: three rewrites, no library needed.
 */
export function romanisationKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/y/g, 'i')
    .replace(/ii/g, 'i')
    .replace(/ei$/, 'i')
}

/** Two different spellings of one romanised name (`Vitaly`, `Vitali`). */
export function romanisationVariants(a: string, b: string): boolean {
  return a !== b && romanisationKey(a) === romanisationKey(b)
}
