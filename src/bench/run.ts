import {spawn} from 'node:child_process'
import {mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {poolV8Flags} from '../batch/pool.js'
import {buildCorpus, wordCount} from './corpus.js'

/**
 * `npm run bench`: builds a corpus of real articles in a temporary directory
 * and measures, in the same run, the naive baseline (src/bench/baseline.ts)
 * and `copydesk check` with one and two workers, plus the cold start on one
 * article. Every figure is a whole process measured from outside: wall time
 * from spawn to exit (start-up included), peak RSS and CPU time from inside.
 *   --articles N   corpus size (default 1000; 10000 for the memory target)
 *   --baseline N   articles given to the baseline (default: all of them; nspell caches its
 *                  suggestions, so a baseline on fewer articles looks slower per article than it is)
 *   --workers LIST worker counts to run copydesk with (default 1,2)
 *   --repeat N     rounds, each the baseline then each worker count (default 3), then N rounds of each
 *                  two-process reference: ratios are the medians of the rounds' own ratios (an odd N: the
 *                  table's median run is the middle one; with an even N it is the slower of the two middle runs)
 *   --warm N       articles for the in-process comparison without start-up (default 100)
 *   --fresh        use every paragraph of the source text at most once (about 220 articles;
 *                  see src/bench/corpus.ts): copy without the repetition that nspell's cache feeds on
 *   --docs         also write the output to docs/benchmarks.md
 */
const {values: options} = parseArgs({
  options: {
    articles: {type: 'string', default: '1000'},
    baseline: {type: 'string'},
    workers: {type: 'string', default: '1,2'},
    warm: {type: 'string', default: '100'},
    repeat: {type: 'string', default: '3'},
    fresh: {type: 'boolean', default: false},
    docs: {type: 'boolean', default: false},
  },
})
const requested = Number(options.articles)
const workerCounts = options.workers.split(',').map(Number)
const root = fileURLToPath(new URL('../..', import.meta.url))
const cli = path.join(root, 'dist/cli.js')
const usageHook = path.join(root, 'dist/bench/usage.js')

interface Measure {
  wall: number
  cpu: number
  maxRssMb: number
  load: number
  code: number
}

function measure(args: string[], stdoutFile?: string, env: Record<string, string> = {}): Promise<Measure> {
  const usageFile = path.join(work, `usage-${Math.random().toString(36).slice(2)}.json`)
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore'
  const load = loadavg()[0]!
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', usageHook, ...args], {
      cwd: work,
      stdio: ['ignore', out, 'inherit'],
      // Every run gets the bench's own code-cache directory: the runs before the cold start find none there.
      env: {...process.env, CI: '1', COPYDESK_BENCH_USAGE: usageFile, XDG_CACHE_HOME: path.join(work, 'cache'), ...env},
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      const wall = (performance.now() - started) / 1000
      if (typeof out === 'number') closeSync(out)
      const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as {maxRssKb: number; cpuSeconds: number}
      resolve({wall, cpu: usage.cpuSeconds, maxRssMb: usage.maxRssKb / 1024, load, code: code ?? -1})
    })
  })
}

/** One process on every file, then two at once, each on every other file: the wall times of the one and of the slower two. */
async function wholeAndHalves(command: string[], files: string[]): Promise<{whole: number; pair: number}> {
  const whole = await measure([...command, ...files])
  const halves = await Promise.all([0, 1].map((half) => measure([...command, ...files.filter((_, index) => index % 2 === half)])))
  if ([whole, ...halves].some((m) => m.code !== 0)) throw new Error(`the two-process reference ${path.basename(command.at(-1)!)} failed (see above)`)
  return {whole: whole.wall, pair: Math.max(...halves.map((m) => m.wall))}
}

/** The same as `wholeAndHalves`, from the seconds each process reports for its own loop (start-up left out). */
async function loopWholeAndHalves(script: string, files: string[], env: Record<string, string>): Promise<{whole: number; pair: number}> {
  const run = async (list: string[]) => {
    const out = path.join(work, `loop-${Math.random().toString(36).slice(2)}.json`)
    const m = await measure([script, ...list], out, env)
    if (m.code !== 0) throw new Error(`the two-process reference ${path.basename(script)} failed (see above)`)
    return (JSON.parse(readFileSync(out, 'utf8')) as {seconds: number}).seconds
  }
  const whole = await run(files)
  const halves = await Promise.all([0, 1].map((half) => run(files.filter((_, index) => index % 2 === half))))
  return {whole, pair: Math.max(...halves)}
}

const work = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'))
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    rmSync(work, {recursive: true, force: true})
    process.exit(130)
  })
}
const corpusDir = path.join(work, 'corpus')
const lines: string[] = []
const say = (line = '') => {
  lines.push(line)
  process.stdout.write(`${line}\n`)
}

try {
  const corpus = await buildCorpus(corpusDir, requested, {fresh: options.fresh})
  const articles = corpus.files.length
  const baselineArticles = Math.min(articles, Number(options.baseline ?? articles))
  const wordsPerArticle = corpus.words / corpus.files.length
  say(`### copydesk benchmark, ${new Date().toISOString().slice(0, 10)}`)
  say()
  say(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}. ` +
    `Corpus: ${corpus.files.length} Markdown articles, ${corpus.words} words (${wordsPerArticle.toFixed(0)} per article), ` +
    'built from GUM Wikinews paragraphs (CC BY 2.5) and MLQE-PE ru→en machine translations (CC0)' +
    (options.fresh ? ', each paragraph used at most once.' : '.'))
  say()

  const baselineFiles = corpus.files.slice(0, baselineArticles)
  const baselineWords = baselineFiles.reduce((sum, file) => sum + wordCount(readFileSync(file, 'utf8')), 0)
  // The baseline and the worker runs take turns, round after round, so that the machine's moods fall on each alike;
  // the run with the median wall time stands for each (peak RSS: the highest of any round).
  const rounds = Math.max(1, Number(options.repeat))
  const baselineRuns: Measure[] = []
  const measured: Record<number, Measure[]> = {}
  const findingCounts = new Set<number>()
  for (let round = 0; round < rounds; round++) {
    baselineRuns.push(await measure([path.join(root, 'dist/bench/baseline.js'), ...baselineFiles]))
    for (const jobs of workerCounts) {
      const report = path.join(work, `report-${jobs}.json`)
      ;(measured[jobs] ??= []).push(await measure([cli, 'check', '--format', 'json', '--quiet', '--jobs', String(jobs), 'corpus'], report))
      findingCounts.add((JSON.parse(readFileSync(report, 'utf8')) as Array<{messages: unknown[]}>).reduce((sum, file) => sum + file.messages.length, 0))
      rmSync(report)
    }
  }
  if (findingCounts.size !== 1) throw new Error(`the runs found different numbers of findings: ${[...findingCounts].join(', ')}`)
  const median = (values: Measure[]) => [...values].sort((a, b) => a.wall - b.wall)[values.length >> 1]!
  const baseline = {...median(baselineRuns), maxRssMb: Math.max(...baselineRuns.map((m) => m.maxRssMb))}
  const rows: Array<[string, number, number, Measure]> = [[`naive baseline (retext-english + retext-spell + franc, 1 process; median of ${rounds})`, baselineFiles.length, baselineWords, baseline]]
  const runs: Record<number, Measure> = {}
  for (const jobs of workerCounts) {
    runs[jobs] = {...median(measured[jobs]!), maxRssMb: Math.max(...measured[jobs]!.map((m) => m.maxRssMb))}
    rows.push([`copydesk check, ${jobs} worker${jobs === 1 ? '' : 's'} (median of ${rounds})`, corpus.files.length, corpus.words, runs[jobs]!])
  }

  say('| run | articles | articles/s | words/s | CPU s / article | peak RSS | load avg at start |')
  say('|---|---:|---:|---:|---:|---:|---:|')
  for (const [name, count, words, m] of rows) {
    say(`| ${name} | ${count} | ${(count / m.wall).toFixed(1)} | ${Math.round(words / m.wall)} | ${(m.cpu / count).toFixed(3)} | ${m.maxRssMb.toFixed(0)} MB | ${m.load.toFixed(1)} |`)
  }
  say()
  const rate = (m: Measure, count: number) => count / m.wall
  const baselineCpu = baseline.cpu / baselineFiles.length
  // Each round runs its measures back to back, so a ratio within a round pairs runs taken under the same load: the
  // median of the rounds' ratios is the figure; the ratio of two medians can pair a fast round with a slow one.
  const middleOf = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    const half = sorted.length >> 1
    return {middle: sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2, sorted}
  }
  const listed = (values: number[]) => values.map((ratio) => ratio.toFixed(2)).join(', ')
  for (const jobs of workerCounts) {
    const m = runs[jobs]!
    const {middle, sorted} = middleOf(measured[jobs]!.map((run, round) => rate(run, articles) / rate(baselineRuns[round]!, baselineFiles.length)))
    say(`- ${jobs} worker${jobs === 1 ? '' : 's'}: ${middle.toFixed(2)}× the baseline's throughput (median of the rounds' ratios: ${listed(sorted)}; ` +
      `ratio of the medians ${(rate(m, articles) / rate(baseline, baselineFiles.length)).toFixed(2)}×); ` +
      `${((m.cpu / articles) / baselineCpu).toFixed(2)}× the baseline's CPU time per article.`)
  }
  if (runs[1] && runs[2]) {
    const scaling = middleOf(measured[1]!.map((one, round) => one.wall / measured[2]![round]!.wall))
    say(`- Scaling from 1 to 2 workers: ${scaling.middle.toFixed(2)}× (median of the rounds' ratios: ${listed(scaling.sorted)}; ratio of the medians ${(runs[1].wall / runs[2].wall).toFixed(2)}×).`)
    // Where the second core goes. The one-worker run is not one core's work: V8 compiles hot functions and marks the heap on
    // threads of its own, and the main thread reads files and writes the report, all on the core the worker leaves idle
    // (per-thread CPU, 4,000 bench articles: worker 38 s, V8's threads 4.8 s, main 1.5 s). Two workers need at least the
    // one worker's CPU time, so two cores divided by the cores the one-worker run keeps busy bounds the scaling from above.
    const busy = middleOf(measured[1]!.map((one) => one.cpu / one.wall))
    const extraCpu = middleOf(measured[1]!.map((one, round) => measured[2]![round]!.cpu / one.cpu))
    say(`- Where the second core goes: the one-worker run keeps ${busy.middle.toFixed(2)} cores busy (CPU time ÷ wall time, median of ${listed(busy.sorted)}), ` +
      `so two workers could gain at most ${(2 / busy.middle).toFixed(2)}×; the two-worker run used ${extraCpu.middle.toFixed(2)}× the one-worker run's CPU time ` +
      `(median of ${listed(extraCpu.sorted)}: a second worker's start-up and JIT warm-up, and cores slowed when both are busy).`)
    // A reference for that scaling without any pool: the same articles checked in one process's own thread, then split
    // between two such processes run at once (nothing shared, no messages; each loads and warms up on its own, and
    // each pays a whole process's start-up, which the pool pays once: not a ceiling, the pool can pass it).
    const inline = [...poolV8Flags(), path.join(root, 'dist/bench/inline.js')]
    const pairs: Array<{whole: number; pair: number}> = []
    for (let round = 0; round < rounds; round++) pairs.push(await wholeAndHalves(inline, corpus.files))
    const parsePairs: Array<{whole: number; pair: number}> = []
    // About 10,000 parses in the whole corpus's process (5,000 in each half's) however large the corpus, so that the loop's own
    // time is long enough to compare.
    const passes = String(Math.max(1, Math.round(10_000 / articles)))
    for (let round = 0; round < rounds; round++) parsePairs.push(await loopWholeAndHalves(path.join(root, 'dist/bench/parse-only.js'), corpus.files, {PASSES: passes}))
    const middleOfPairs = (list: Array<{whole: number; pair: number}>) => {
      const sorted = [...list].sort((a, b) => a.whole / a.pair - b.whole / b.pair)
      return {middle: sorted[sorted.length >> 1]!, listed: sorted.map((c) => (c.whole / c.pair).toFixed(2)).join(', ')}
    }
    const inlineMiddle = middleOfPairs(pairs)
    const middle = inlineMiddle.middle
    say(`- Without a pool, for reference: one process checking every article in its own thread took ${middle.whole.toFixed(2)} s; ` +
      `two such processes at once, each with every other article, ${middle.pair.toFixed(2)} s: ${(middle.whole / middle.pair).toFixed(2)}× ` +
      `(median of ${rounds}; ${inlineMiddle.listed}).`)
    const parse = middleOfPairs(parsePairs)
    say(`- The machine's own reference, none of copydesk's code: retext-english parsing every article ${passes} time(s) in one process took ${parse.middle.whole.toFixed(2)} s ` +
      `(its loop, start-up left out), two such processes at once on the halves ${parse.middle.pair.toFixed(2)} s: ${(parse.middle.whole / parse.middle.pair).toFixed(2)}× (median of ${rounds}; ${parse.listed}).`)
  }
  say(`- Findings: ${[...findingCounts][0]} in every run (${workerCounts.join(' and ')} workers, ${rounds} rounds).`)

  // CPU per article without start-up, both pipelines in one process on the same articles (src/bench/warm.ts).
  const warmFiles = corpus.files.slice(0, Math.min(articles, Number(options.warm)))
  const warmReport = path.join(work, 'warm.json')
  await measure([path.join(root, 'dist/bench/warm.js'), ...warmFiles], warmReport)
  const warm = JSON.parse(readFileSync(warmReport, 'utf8')) as {baselineMs: {first: number; second: number}; copydeskMs: {first: number; second: number}}
  say(`- In one process, start-up excluded, same ${warmFiles.length} articles: CPU per article, first pass / second pass, ` +
    `baseline ${warm.baselineMs.first.toFixed(1)} / ${warm.baselineMs.second.toFixed(1)} ms, copydesk ${warm.copydeskMs.first.toFixed(1)} / ${warm.copydeskMs.second.toFixed(1)} ms ` +
    `(copydesk needs ${(warm.copydeskMs.first / warm.baselineMs.first).toFixed(2)}× / ${(warm.copydeskMs.second / warm.baselineMs.second).toFixed(2)}× the baseline's CPU).`)

  // Cold start: a fresh process checking one article of about 700 words.
  const single = corpus.files.reduce((best, file) => {
    const distance = Math.abs(wordCount(readFileSync(file, 'utf8')) - 700)
    return distance < best.distance ? {file, distance} : best
  }, {file: corpus.files[0]!, distance: Number.POSITIVE_INFINITY}).file
  const single700 = path.join(work, 'one-article.md')
  writeFileSync(single700, readFileSync(single))
  // The first run after an install compiles the bundle and writes V8's code cache at exit (src/code-cache.ts); the
  // runs after it read the cache. Runs with the cache and runs with it turned off take turns, all fresh processes.
  const args = [cli, 'check', '--format', 'json', single700]
  const first = await measure(args)
  const cold: Measure[] = []
  const uncached: Measure[] = []
  for (let run = 0; run < 5; run++) {
    cold.push(await measure(args))
    uncached.push(await measure(args, undefined, {COPYDESK_CODE_CACHE: '0'}))
  }
  const walls = cold.map((m) => m.wall).sort((a, b) => a - b)
  const uncachedWalls = uncached.map((m) => m.wall).sort((a, b) => a - b)
  say(`- Cold \`copydesk check\` of one ${wordCount(readFileSync(single700, 'utf8'))}-word article: median ${(walls[2]! * 1000).toFixed(0)} ms wall ` +
    `(fastest ${(walls[0]! * 1000).toFixed(0)} ms, slowest ${(walls[4]! * 1000).toFixed(0)} ms, 5 runs with the code cache), peak RSS ${Math.max(...cold.map((m) => m.maxRssMb)).toFixed(0)} MB; ` +
    `with the cache turned off, in turns with those, median ${(uncachedWalls[2]! * 1000).toFixed(0)} ms (${(uncachedWalls[0]! * 1000).toFixed(0)}–${(uncachedWalls[4]! * 1000).toFixed(0)}); ` +
    `the first run, which writes the cache, ${(first.wall * 1000).toFixed(0)} ms.`)
  if (options.docs) {
    // One section per corpus size, so the 1,000-article run and the 10,000-article memory run both stay.
    const docs = path.join(root, 'docs/benchmarks.md')
    const key = options.fresh ? 'fresh' : String(articles)
    const start = `<!-- bench:${key}:start -->`
    const end = `<!-- bench:${key}:end -->`
    const text = readFileSync(docs, 'utf8')
    const section = `${start}\n${lines.join('\n')}\n${end}`
    const from = text.indexOf(start)
    const to = text.indexOf(end)
    writeFileSync(docs, from === -1 || to === -1 ? `${text.trimEnd()}\n\n${section}\n` : text.slice(0, from) + section + text.slice(to + end.length))
  }
} finally {
  rmSync(work, {recursive: true, force: true})
}
