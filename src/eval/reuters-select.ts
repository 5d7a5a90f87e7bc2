/**
 * A round's selection from the whole Reuters-21578 collection (`reuters21578Sentences`): 200 sentences from the
 * stories `reutersHalf` puts in the tuning half and 200 from the held-out half, drawn the way round 17 drew the Brown
 * press (`docs/labelling-guide.md`, "Round 18"). Writes `<out>/tune-sentences.tsv` and `<out>/holdout-sentences.tsv`
 * (id, text) and `<out>/{tune,holdout}-context.tsv` (id, the two sentences before it in its story), and prints only
 * counts: the engineer who runs it writes rules, so the held-out sentences are written for their labeller, never shown.
 *
 * `node dist/eval/reuters-select.js [out] [--round N]` (default `/tmp/r18`, round 18); the text is read as
 * `src/eval/reuters-news.ts` says. Each round draws in its own order (`reuters<N>`) and leaves out every sentence an
 * earlier round's sets hold (`tests/data/news-reuters21578-*.tsv`), so later rounds add new sentences only.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {reuters21578Dir, reuters21578Sentences, reutersHalf, tmNewids, type ReutersSentence} from './reuters-news.js'

const roundFlag = process.argv.indexOf('--round')
const round = roundFlag === -1 ? 18 : Number(process.argv[roundFlag + 1])

/** Round 17's sourcing-word net. */
const sourcing = /\b(?:said|says|say|told|tells|report(?:s|ed|edly)?|learned|according|sources?|officials?|spokesm[ae]n|informed|understood|believed?|unnamed|unidentified|aides?|observers|quarters|circles|disclosed|indicated|revealed|announced|rumou?red|insiders?)\b/i
/** Round 17's unnamed-source net. */
const unnamed = /\b(?:sources?|officials?|reportedly|reports?|reported|it (?:was|is) (?:learned|understood|reported|said|believed|rumou?red)|spokesm[ae]n|informed|unnamed|unidentified|insiders?|aides?|diplomats?|observers|quarters|circles|according to|(?:am|was|were) told|(?:is|are|was|were) said)\b/i

/**
 * Round 23's certainty net: the writer's guesses and forecasts and the crowds that hold a claim. Rounds 18–22 drew 7–18
 * `unsupported`+`weasel` sentences in 200, too few to tell one rule from another; this net is drawn first from round 23 on.
 */
const certainty = /\b(?:may|might|could|likely|unlikely|probabl[ey]|possibl[ey]|possibility|perhaps|apparent(?:ly)?|appears?|appeared|seems?|seemed|expect(?:s|ed)?|anticipated?|believed?|thought|speculat\w*|rumou?r\w*|fears?|feared|doubts?|doubtful|uncertain\w*|suggest(?:s|ed)?|indicat(?:es|ed|ions?)|estimated?|widely|generally|many|some|most|analysts|observers|experts|economists|traders|dealers|bankers|chances?|prospects?|hopes?|hoped|assumed?|presumabl[ey])\b/i

/** How many of each kind: wire copy says "said" in most sentences, so the unnamed-source net gets more room than in round 17. */
const quota = round < 23 ? {certainty: 0, sourcing: 110, none: 20, unnamed: 70} : {certainty: 100, sourcing: 40, none: 20, unnamed: 40}

const order = (seed: string) => (a: ReutersSentence, b: ReutersSentence) => hash(seed + a.id).localeCompare(hash(seed + b.id))
function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** Five words or more (words with a letter: the collection's number tables are not sentences). */
const longEnough = (text: string) => text.split(/\s+/).filter((word) => /[a-z]/i.test(word)).length >= 5

const out = path.resolve(process.argv.slice(2).find((arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--round') ?? '/tmp/r18')
const all = reuters21578Sentences()
const earlierIdSet = round > 18 ? earlierIds() : new Set<string>()
// By text as well as id: the collection repeats stories under new ids.
const earlier = new Set(all.filter((row) => earlierIdSet.has(row.id)).map((row) => row.text))
// The text of the 79 stories the round-13 sets hold, which no new set may repeat.
const tmTexts = new Set(reuters21578Sentences(reuters21578Dir, true).filter((row) => tmNewids.has(Number(row.doc.slice(8)))).map((row) => row.text))
const context = new Map(all.map((row, index) => [row.id, all.slice(Math.max(0, index - 2), index).filter((other) => other.doc === row.doc).map((other) => other.text).join(' ')]))
const position = new Map(all.map((row, index) => [row.id, index]))
const textHalves = new Map<string, Set<string>>()
for (const row of all) textHalves.set(row.text, (textHalves.get(row.text) ?? new Set()).add(reutersHalf(row.doc)))

mkdirSync(out, {recursive: true})
for (const half of ['tune', 'holdout'] as const) {
  // A sentence both halves hold (the collection repeats stories under new ids) would leak a held-out sentence into tuning;
  // one a round-13 set holds is not new.
  const seen = new Set<string>()
  const pool = all.filter((row) => {
    if (reutersHalf(row.doc) !== half || earlier.has(row.text) || !longEnough(row.text) || textHalves.get(row.text)!.size > 1 || tmTexts.has(row.text) || seen.has(row.text)) return false
    seen.add(row.text)
    return true
  })
  const hedged = [...pool].sort(order(`reuters${round}certainty`)).filter((row) => certainty.test(row.text)).slice(0, quota.certainty)
  const taken = new Set(hedged.map((row) => row.id))
  const first = [...pool].sort(order(`reuters${round}`)).filter((row) => !taken.has(row.id))
  const picked = [...hedged, ...first.filter((row) => sourcing.test(row.text)).slice(0, quota.sourcing), ...first.filter((row) => !sourcing.test(row.text)).slice(0, quota.none)]
  for (const row of picked) taken.add(row.id)
  picked.push(...[...pool].sort(order(`reuters${round}anon`)).filter((row) => !taken.has(row.id) && unnamed.test(row.text)).slice(0, quota.unnamed))
  picked.sort((a, b) => position.get(a.id)! - position.get(b.id)!)
  writeFileSync(path.join(out, `${half}-sentences.tsv`), picked.map((row) => `${row.id}\t${row.text}\n`).join(''))
  writeFileSync(path.join(out, `${half}-context.tsv`), picked.map((row) => `${row.id}\t${context.get(row.id)}\n`).join(''))
  console.log(`${half}: ${pool.length} sentences in the pool, ${picked.length} picked (${path.join(out, `${half}-sentences.tsv`)})`)
}

/** The ids the sets of rounds 18 and on hold (the first column of each `news-reuters21578-*.tsv`). */
function earlierIds(): Set<string> {
  const data = fileURLToPath(new URL('../../tests/data', import.meta.url))
  const files = readdirSync(data).filter((name) => name.startsWith('news-reuters21578-') && name.endsWith('.tsv'))
  return new Set(files.flatMap((name) => readFileSync(path.join(data, name), 'utf8').split('\n').slice(1).map((line) => line.split('\t')[0]!).filter(Boolean)))
}
