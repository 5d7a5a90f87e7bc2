/** One occurrence of a capitalised word that is not an ordinary word: a name, known or not. */
export interface NameUse {
  text: string
  start: number
  end: number
}

interface Form {
  text: string
  /** `text` in lower case, made once: every pair of an article's names is compared. */
  lower: string
  uses: NameUse[]
  known: boolean
  wrong: boolean
}

/**
 * Names spelled two ways in one article ("Zelensky" … "Zelenskyy"): two known
 * spellings listed as one name's variants, or an unknown spelling one edit
 * from another name of six letters or more in the article with the same first letter. Two known
 * spellings not listed together are two names (Iran, Iraq; Wikipedia,
 * Wikimedia), and plurals (Houthi, Houthis) are not variants. Nor are two given
 * names always followed by different surnames ("Sergey Brin", "Sergei Smirnov"):
 * each person's name is spelled their own way. The spelling the article should
 * keep is the known one, then one the style sheet does not call wrong (`Kyiv`, not its
 * variant `Kiev`, however often the article uses it), then the more frequent, then the first.
 */
export function findInconsistentNames(
  uses: readonly NameUse[],
  isKnown: (text: string) => boolean,
  sameName: (a: string, b: string) => boolean,
  /** The article's text, which the offsets index. */
  text: string,
  /** Whether the style sheet lists `text` as a wrong variant of a name. */
  isWrongVariant: (text: string) => boolean = () => false,
): Array<{use: NameUse; canonical: string; sure: boolean}> {
  const forms = new Map<string, Form>()
  // Built only when two spellings meet: most articles have none.
  let surnames: Map<number, string> | undefined
  const surnamesOf = () => (surnames ??= surnamesAfter(uses, text))
  for (const use of uses) {
    if (use.text.length < 4) continue
    const form = forms.get(use.text)
    if (form) form.uses.push(use)
    else forms.set(use.text, {text: use.text, lower: use.text.toLowerCase(), uses: [use], known: isKnown(use.text), wrong: isWrongVariant(use.text)})
  }
  const ranked = [...forms.values()].sort(
    (a, b) => Number(b.known) - Number(a.known) || Number(a.wrong) - Number(b.wrong) || b.uses.length - a.uses.length || a.uses[0]!.start - b.uses[0]!.start,
  )
  const kept: Form[] = []
  /** `sure`: the spelling kept is known or used more often; two unknown spellings used alike are a coin toss. */
  const found: Array<{use: NameUse; canonical: string; sure: boolean}> = []
  for (const form of ranked) {
    const canonical = kept.find((other) => (form.known && other.known ? sameName(form.text, other.text) : variants(form, other)) && !differentPeople(form, other, surnamesOf()))
    if (!canonical) {
      kept.push(form)
      continue
    }
    const sure = canonical.known || canonical.uses.length > form.uses.length || form.wrong
    for (const use of form.uses) found.push({use, canonical: canonical.text, sure})
  }
  return found.sort((a, b) => a.use.start - b.use.start)
}

/**
 * Whether a spelling is given beside the other one in brackets, within three words of the
 * bracket (`Takeda (Tokeda …)`, `Zelenskyy (also spelled Zelensky)`, `Tokeda (Takeda)`): the writer
 * names the second spelling on purpose, as an alternative, not by mistake.
 */
export function givenAsAlternative(text: string, use: NameUse, other: string): boolean {
  const name = other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const words = "(?:[\\p{L}.,'’-]+\\s+){0,3}"
  const before = new RegExp(`(?:^|[^\\p{L}])${name}\\S*\\s*[([]\\s*${words}$`, 'u')
  const after = new RegExp(`^\\S*\\s*[([]\\s*${words}${name}(?!\\p{L})`, 'u')
  return before.test(text.slice(Math.max(0, use.start - 60), use.start)) || after.test(text.slice(use.end, use.end + 60))
}

/** The name that follows each use as part of one name ("Sergey" → "Brin"), by the use's start. */
function surnamesAfter(uses: readonly NameUse[], text: string): Map<number, string> {
  const sorted = [...uses].sort((a, b) => a.start - b.start)
  const after = new Map<number, string>()
  sorted.forEach((use, index) => {
    const next = sorted[index + 1]
    // One space between, or a no-break space: "Sergey Brin". A hyphen ("Zelensky-Putin summit") or a comma parts
    // two names; so does a line break, though hard-wrapped copy may break a name there ("Sergei\nSmirnov" then
    // counts as a given name alone: the cost is a names/inconsistent finding, not a lost one).
    if (next && next.start === use.end + 1 && (text[use.end] === ' ' || text[use.end] === '\u00a0')) after.set(use.start, next.text)
  })
  return after
}

/** Both forms always come before a surname, and never the same one: two people, not two spellings. */
function differentPeople(a: Form, b: Form, surnames: ReadonlyMap<number, string>): boolean {
  const of = (form: Form) => form.uses.map((use) => surnames.get(use.start))
  const first = of(a)
  const second = of(b)
  if (first.includes(undefined) || second.includes(undefined)) return false
  return !first.some((surname) => second.includes(surname))
}

function variants(a: Form, b: Form): boolean {
  const x = a.lower
  const y = b.lower
  if (x[0] !== y[0]) return false
  // Short romanised names one letter apart are most often different people (Cheng, Cheung;
  // Chan, Chun in one Hong Kong story): on the tuning text they were all false findings.
  if (Math.min(x.length, y.length) < 6) return false
  if (x === y + 's' || y === x + 's' || x === y + 'es' || y === x + 'es') return false
  return oneEditApart(x, y)
}

/**
 * Whether two strings are at most one edit apart (a char added, dropped or changed, or two
 * neighbours swapped): what `withinDistance([b], a, 1)` finds, for one pair, without the search's
 * tables. An article's names are compared pairwise, and allocating those tables for every pair
 * cost more than the comparison.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length < b.length) return oneEditApart(b, a)
  if (a.length - b.length > 1) return false
  let at = 0
  while (at < b.length && a.charCodeAt(at) === b.charCodeAt(at)) at++
  if (at === a.length) return true
  // One char dropped (a is longer), changed, or swapped with the next: the rest must agree.
  if (a.length !== b.length) return sameRest(a, at + 1, b, at)
  if (sameRest(a, at + 1, b, at + 1)) return true
  return a.charCodeAt(at) === b.charCodeAt(at + 1) && a.charCodeAt(at + 1) === b.charCodeAt(at) && sameRest(a, at + 2, b, at + 2)
}

/** Whether `a` from `i` on and `b` from `j` on are the same chars. */
function sameRest(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
  return true
}
