import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'

/**
 * A reference workload for the benchmark's scaling figure that is none of copydesk's code: retext-english's parser
 * (third-party, nothing cached from one article to the next, as allocation-heavy as any syntax tree) over every
 * article, PASSES times. Run once on a whole corpus and twice at once on its halves (the same PASSES, so each half parses
 * half as many articles), it shows how far two processes can speed up such work on the machine, whatever copydesk does.
 * It times its own loop, so that start-up, which the halves would each pay, does not count, and reads each article inside
 * it: holding every text live would give the one-process run twice the halves' heap to mark (at 10,000 articles that made
 * it run slower per article than the halves, a speed-up above 2).
 * Usage: PASSES=N node dist/bench/parse-only.js FILE... ; prints one JSON line.
 */
const files = process.argv.slice(2)
const passes = Number(process.env.PASSES ?? 1)
// A mistyped PASSES would make the loop run no time at all and the figure look like an infinite speed-up.
if (!Number.isInteger(passes) || passes < 1) throw new Error(`PASSES must be a whole number of at least 1, not ${JSON.stringify(process.env.PASSES)}`)
const processor = unified().use(retextEnglish)
let sentences = 0
const started = performance.now()
for (let pass = 0; pass < passes; pass++) {
  // Counting the sentences keeps each tree in use, so no engine could skip building it (the root's children count white space too).
  for (const name of files) {
    for (const block of processor.parse(new VFile(readFileSync(name, 'utf8'))).children) if (block.type === 'ParagraphNode') for (const child of block.children) if (child.type === 'SentenceNode') sentences++
  }
}
const seconds = (performance.now() - started) / 1000
process.stdout.write(`${JSON.stringify({articles: files.length, passes, sentences, seconds})}\n`)
