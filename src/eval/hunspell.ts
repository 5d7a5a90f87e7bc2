import {spawnSync} from 'node:child_process'

/**
 * Hunspell as a reference speller for `npm run eval:spelling -- --hunspell`. Issue 3 gives hunspell's
 * top-1 on "common real typos" (83%) and on random single edits (86%) as the figures to beat, without
 * naming the lists; hunspell measured on the same pairs in the same run shows which list each figure
 * belongs to. It is Debian's `hunspell` with `hunspell-en-us` (no npm package ships the program), so it is
 * optional. Its pipe mode (`-a`) answers a whole list in one process: it takes ~50 ms a word, and a
 * process a word would cost more.
 */
export function hunspellSuggestions(words: readonly string[]): Map<string, string[]> | string {
  // `^` makes hunspell read the rest of the line as text, whatever its first character.
  const run = spawnSync('hunspell', ['-d', 'en_US', '-a'], {input: words.map((word) => `^${word}\n`).join(''), encoding: 'utf8', maxBuffer: 1 << 28})
  if (run.error || run.status !== 0) return `hunspell not run (${run.error?.message ?? run.stderr.trim()}); install it with: apt-get install hunspell hunspell-en-us`
  // A banner line, then for each input line one answer a token (none for a line without a word: `-`) and an empty line.
  const answers: string[][] = [[]]
  for (const line of run.stdout.split('\n').slice(1)) {
    if (line === '') answers.push([])
    else answers.at(-1)!.push(line)
  }
  const suggestions = new Map<string, string[]>()
  words.forEach((word, index) => suggestions.set(word, suggestionsOf(answers[index] ?? [])))
  return suggestions
}

/** `& word count offset: first, second…` holds suggestions; a correct word (`*`, `+`, `-`), none (`#`) or a word read as several tokens gives none. */
function suggestionsOf(answer: readonly string[]): string[] {
  if (answer.length !== 1 || !answer[0]!.startsWith('& ')) return []
  return answer[0]!.slice(answer[0]!.indexOf(': ') + 2).split(', ')
}
