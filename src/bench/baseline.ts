import {readFileSync} from 'node:fs'
import dictionaryEn from 'dictionary-en'
import {franc} from 'franc'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import {unified} from 'unified'
import {VFile} from 'vfile'

/**
 * The naive pipeline the benchmark compares against, as a newsroom would
 * first write it: one process, unified + retext-english + retext-spell
 * (dictionary-en, default options, so suggestions for unknown words) and
 * franc on each whole article.
 * Usage: node dist/bench/baseline.js FILE... ; prints one JSON line.
 */
const files = process.argv.slice(2)
const started = performance.now()
const processor = unified().use(retextEnglish).use(retextSpell, {dictionary: dictionaryEn})
let findings = 0
for (const name of files) {
  const text = readFileSync(name, 'utf8')
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  findings += file.messages.length
  franc(text)
}
const seconds = (performance.now() - started) / 1000
process.stdout.write(`${JSON.stringify({articles: files.length, seconds, findings, maxRssKb: process.resourceUsage().maxRSS})}\n`)
