import {readFileSync} from 'node:fs'
import {cpuUsage} from 'node:process'
import dictionaryEn from 'dictionary-en'
import {franc} from 'franc'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {defaultConfig} from '../config.js'
import {checkText, createPipeline} from '../pipeline.js'

/**
 * CPU time per article with start-up left out, copydesk against the naive
 * baseline in one process, on the same articles: the figure that stays
 * comparable when a shared machine's load makes wall-clock time meaningless.
 * Each side makes two passes: the first includes data loaded on first use
 * (dictionaries, the suggestion index, per-run caches), the second is steady state.
 * Usage: node dist/bench/warm.js FILE... ; prints one JSON line.
 */
const texts = process.argv.slice(2).map((file) => readFileSync(file, 'utf8'))

async function passes(check: (text: string) => Promise<void>): Promise<{first: number; second: number}> {
  const result = {first: 0, second: 0}
  for (const pass of ['first', 'second'] as const) {
    const started = cpuUsage()
    for (const text of texts) await check(text)
    const used = cpuUsage(started)
    result[pass] = (used.user + used.system) / 1000 / texts.length
  }
  return result
}

const baseline = unified().use(retextEnglish).use(retextSpell, {dictionary: dictionaryEn})
const baselineMs = await passes(async (text) => {
  const file = new VFile(text)
  await baseline.run(baseline.parse(file), file)
  franc(text)
})
const copydesk = createPipeline(defaultConfig())
const copydeskMs = await passes(async (text) => {
  await checkText(copydesk, text, {format: 'markdown'})
})
process.stdout.write(`${JSON.stringify({articles: texts.length, baselineMs, copydeskMs})}\n`)
