import {readFileSync} from 'node:fs'
import {cpuUsage} from 'node:process'
import {VFile} from 'vfile'
import {defaultConfig} from '../config.js'
import {createPipeline} from '../pipeline.js'

/**
 * Where a check's CPU goes, stage by stage, in steady state: the first half of
 * the articles warms the pipeline up (data loaded, JIT, per-run caches), the
 * second half is counted, as in the middle of a batch.
 * Usage: node dist/bench/stages.js FILE... ; prints a Markdown table.
 */
const files = process.argv.slice(2)
const warmUp = files.slice(0, files.length >> 1).map((file) => readFileSync(file, 'utf8'))
const texts = files.slice(files.length >> 1).map((file) => readFileSync(file, 'utf8'))
const spent = new Map<string, number>()
let counting = false
const add = (name: string, micros: number) => {
  if (counting) spent.set(name, (spent.get(name) ?? 0) + micros)
}
const processor = createPipeline(defaultConfig(), {
  timeStage: (name, transform) => (tree, file) => {
    const started = cpuUsage()
    transform(tree, file)
    const used = cpuUsage(started)
    add(name, used.user + used.system)
  },
})

async function check(text: string): Promise<void> {
  const file = new VFile(text)
  file.data.format = 'markdown'
  const started = cpuUsage()
  const tree = processor.parse(file)
  const parsed = cpuUsage(started)
  add('parse', parsed.user + parsed.system)
  await processor.run(tree, file)
  const used = cpuUsage(started)
  add('all', used.user + used.system)
}

for (const text of warmUp) await check(text)
counting = true
for (const text of texts) await check(text)
const all = spent.get('all')!
spent.delete('all')
const staged = [...spent.values()].reduce((sum, micros) => sum + micros, 0)
spent.set('other (syntax plugins, controls, unified)', all - staged)
const perArticle = (micros: number) => (micros / 1000 / texts.length).toFixed(2)
process.stdout.write(`| step | CPU ms / article | share |\n|---|---:|---:|\n`)
for (const [name, micros] of [...spent].sort((a, b) => b[1] - a[1])) {
  process.stdout.write(`| ${name} | ${perArticle(micros)} | ${((100 * micros) / all).toFixed(0)}% |\n`)
}
process.stdout.write(`| all | ${perArticle(all)} | 100% |\n`)
