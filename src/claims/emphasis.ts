import type {Token} from './match.js'

/** A run of Markdown emphasis or strikethrough markers (`*`, `**`, `_`, `~~`). */
const emphasisRun = /^[*_~]+$/

/**
 * A span widened to hold each emphasis marker inside it with its partner, so that it never takes half the markup: "Some
 * *say* the deal" gives `Some *say*`, not `Some *say`; "*Experts* believe" gives `*Experts* believe`. A marker is what the
 * parser left out between two of the sentence's tokens; its partner is looked for in the same paragraph. Left as it is
 * when a partner is not found.
 */
export function withWholeEmphasis(text: string, tokens: Token[], start: number, end: number): {start: number; end: number} {
  const opened: string[] = []
  const unopened: string[] = []
  for (let at = 1; at < tokens.length; at++) {
    const before = tokens[at - 1]!
    const after = tokens[at]!
    if (before.start < start || after.end > end || before.end === after.start) continue
    const run = text.slice(before.end, after.start)
    if (!emphasisRun.test(run)) continue
    // Flanking as CommonMark reads it: before copy that is no mark, or a mark after space or a mark, it opens ("*Experts",
    // "\"*Experts"); it closes the other way round ("say*", "Perspective*:"). Between two words ("say*the"): no pair to read.
    const [spaceBefore, markBefore] = [before.kind === 'space', before.kind === 'punctuation']
    const [spaceAfter, markAfter] = [after.kind === 'space', after.kind === 'punctuation']
    const opens = !spaceAfter && (!markAfter || spaceBefore || markBefore)
    const closes = !spaceBefore && (!markBefore || spaceAfter || markAfter)
    if (opens === closes) continue
    if (opens) opened.push(run)
    else if (opened.at(-1) === run) opened.pop()
    else unopened.push(run)
  }
  let [from, to] = [start, end]
  for (const run of opened.reverse()) {
    const at = closingRun(text, run, to)
    if (at === -1) return {start, end}
    to = at + run.length
  }
  for (const run of unopened) {
    const at = openingRun(text, run, from)
    if (at === -1) return {start, end}
    from = at
  }
  return {start: from, end: to}
}

/** Where the marker run closing after `from` starts (after copy, not white space), before a blank line; -1 if none. */
function closingRun(text: string, run: string, from: number): number {
  const limit = paragraphEnd(text, from)
  for (let at = text.indexOf(run, from); at !== -1 && at < limit; at = text.indexOf(run, at + 1)) {
    if (!/\s/.test(text[at - 1] ?? ' ') && whole(text, run, at)) return at
  }
  return -1
}

/** Where the marker run opening before `from` starts (before copy, not white space), after a blank line; -1 if none. */
function openingRun(text: string, run: string, from: number): number {
  let limit = -1
  for (const blank of text.slice(0, from).matchAll(blankLine)) limit = blank.index
  for (let at = text.lastIndexOf(run, from - run.length); at !== -1 && at > limit; at = at > 0 ? text.lastIndexOf(run, at - 1) : -1) {
    if (!/\s/.test(text[at + run.length] ?? ' ') && whole(text, run, at)) return at
  }
  return -1
}

/** The run at `at` is the whole of its markers, not part of a longer one (`*` in `**`). */
function whole(text: string, run: string, at: number): boolean {
  return text[at - 1] !== run[0] && text[at + run.length] !== run[0]
}

/** A blank line, which ends a paragraph and any emphasis in it (CRLF files too). */
const blankLine = /\n[ \t]*\r?\n/g

function paragraphEnd(text: string, from: number): number {
  const blank = text.slice(from).search(blankLine)
  return blank === -1 ? text.length : from + blank
}
