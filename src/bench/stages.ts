import {readFileSync} from 'node:fs'
import {cpuUsage} from 'node:process'
import {VFile} from 'vfile'
import {defaultConfig} from '../config.js'
import {createPipeline} from '../pipeline.js'
import {alternating, pipelineWith} from './share.js'

/**
 * Where a check's CPU goes, stage by stage, in steady state: the first half of
 * the articles warms the pipeline up (data loaded, JIT, per-run caches), the
 * second half is counted, as in the middle of a batch. The split between
 * steps is taken from wall time in this thread and applied to the CPU time
 * of the whole counted pass: a process.cpuUsage pair around each stage cost
 * as much as the small stages and showed up as 'other'.
 * Usage: node dist/bench/stages.js FILE... ; prints a Markdown table.
 *
 * `--share FILE...` measures instead spelling's share of a whole first pass over the files, every
 * cost included (loading, the first suggestion's index, first reads, the JIT's warm-up): the pipeline with
 * spelling and the one without take turns document by document, in alternating order, from the
 * first document on, in this fresh process; prints `{"all": ms, "rest": ms}` of CPU time. The
 * spelling eval runs it in three processes and reports the median share.
 */
if (process.argv[2] === '--share') await share(process.argv.slice(3))
else await stages(process.argv.slice(2))

async function share(files: string[]): Promise<void> {
  // Loading counts too: a throwaway pipeline first loads what both share (the other stages' data),
  // so each one's own creation is what it adds.
  pipelineWith(false)
  const created = (spelling: boolean) => {
    const started = cpuUsage()
    const processor = pipelineWith(spelling)
    const used = cpuUsage(started)
    return {processor, ms: (used.user + used.system) / 1000}
  }
  const rest = created(false)
  const all = created(true)
  const texts = (function* () {
    for (const file of files) yield readFileSync(file, 'utf8')
  })()
  const totals = await alternating({all: all.processor, rest: rest.processor}, texts, 'markdown', {all: all.ms, rest: rest.ms})
  process.stdout.write(`${JSON.stringify(totals)}\n`)
}

async function stages(files: string[]): Promise<void> {
  const warmUp = files.slice(0, files.length >> 1).map((file) => readFileSync(file, 'utf8'))
  const texts = files.slice(files.length >> 1).map((file) => readFileSync(file, 'utf8'))
  const spent = new Map<string, number>()
  let counting = false
  const add = (name: string, ms: number) => {
    if (counting) spent.set(name, (spent.get(name) ?? 0) + ms)
  }
  const processor = createPipeline(defaultConfig(), {
    timeStage: (name, transform) => async (tree, file) => {
      const started = performance.now()
      await transform(tree, file)
      add(name, performance.now() - started)
    },
  })

  async function check(text: string): Promise<void> {
    const file = new VFile(text)
    file.data.format = 'markdown'
    const started = performance.now()
    const tree = processor.parse(file)
    add('parse', performance.now() - started)
    await processor.run(tree, file)
    add('all', performance.now() - started)
  }

  for (const text of warmUp) await check(text)
  counting = true
  const started = cpuUsage()
  for (const text of texts) await check(text)
  const used = cpuUsage(started)
  const cpuPerArticle = (used.user + used.system) / 1000 / texts.length
  const all = spent.get('all')!
  spent.delete('all')
  const staged = [...spent.values()].reduce((sum, ms) => sum + ms, 0)
  spent.set('other (controls, unified)', all - staged)
  process.stdout.write(`| step | CPU ms / article | share |\n|---|---:|---:|\n`)
  for (const [name, ms] of [...spent].sort((a, b) => b[1] - a[1])) {
    process.stdout.write(`| ${name} | ${((cpuPerArticle * ms) / all).toFixed(2)} | ${((100 * ms) / all).toFixed(0)}% |\n`)
  }
  process.stdout.write(`| all | ${cpuPerArticle.toFixed(2)} | 100% |\n`)
}
