import {type Config, ConfigError, checkNames, defaultConfig, findConfig, loadConfig} from '../config.js'
import {jsonArrayWriter} from '../batch/json-stream.js'
import {type BatchFlags, startBatch} from '../batch/session.js'
import {type FileReport, severitiesOnly} from '../file-report.js'
import {type GateOptions, runGate} from '../gate/run.js'
import {readDictionary} from '../guard.js'
import {type Input, expandInputs} from '../inputs.js'
import {loadStyleSheets} from '../names/style-sheet.js'
import {formats, loadReporter, needsGate} from '../reporters/index.js'
import type {Severity} from '../types.js'
// Modules that only some runs need (--jsonl, --cache, --changed-since, gate texts, sarif/html) are imported where used,
// so that a plain check starts faster.

export interface CheckCommandOptions extends BatchFlags, GateOptions {
  format: string
  lang?: string
  /** `--date YYYY-MM-DD|today`, resolved to a day by the CLI. */
  date?: string
  config?: string
  failOn: Severity
  stdinFilename?: string
  /** `--changed-since REF`: only files changed since that git ref, plus untracked files. */
  changedSince?: string
  /** `--cache`: reuse results for unchanged files (`.copydesk-cache/`). */
  cache?: boolean
}

export interface Io {
  cwd: string
  stdout: (text: string | Uint8Array) => void
  /**
   * Resolves once standard output can take more, or `stop` is aborted: on Linux and macOS a pipe is
   * written asynchronously, and a slow reader would otherwise let a long batch's output pile up in memory.
   */
  drained?: (stop?: AbortSignal) => Promise<void>
  /** Aborted when standard output or error can no longer be written (its reader went away): the batch then stops as on Ctrl-C. */
  outputLost?: AbortSignal
  stderr: (text: string) => void
  color: boolean
}

/** Exit codes (CONTRACT.md): 0 passes the gate, 1 findings fail it, 2 usage, configuration or input error. */
export const exit = {ok: 0, findings: 1, error: 2} as const

export async function resolveConfig(explicit: string | undefined, cwd: string): Promise<Config> {
  const file = explicit ?? findConfig(cwd)
  const config = file ? loadConfig(file) : defaultConfig()
  // The stages are loaded to learn their names only when the configuration names some.
  if (Object.keys(config.stages).length > 0 || Object.keys(config.rules).length > 0) {
    const {stages, ruleNames} = await import('../pipeline.js')
    checkNames(config, {stages: stages.map((stage) => stage.name), rules: [...ruleNames]})
  }
  // Read the newsroom's own style sheets and dictionaries now, so that a bad one is one configuration error rather than one per file.
  if (config.styleSheets.length > 0) loadStyleSheets(config.styleSheets)
  for (const dictionary of config.dictionaries) readDictionary(dictionary, (message) => new ConfigError(message))
  return config
}

export async function runCheck(operands: string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const reporter = await loadReporter(options.format)
  if (!reporter) {
    io.stderr(`copydesk: unknown format \`${options.format}\` (use ${formats.join(', ')})\n`)
    return exit.error
  }
  let config: Config
  try {
    config = await resolveConfig(options.config, io.cwd)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`copydesk: ${error.message}\n`)
      return exit.error
    }
    throw error
  }
  const where = {cwd: io.cwd, ignore: config.ignore, ...(options.stdinFilename ? {stdinFilename: options.stdinFilename} : {})}
  let inputs = options.jsonl ? await (await import('../batch/jsonl.js')).expandFeeds(operands, where) : await expandInputs(operands, where)
  const lang = options.lang ?? (config.file && config.lang !== defaultConfig().lang ? config.lang : undefined)
  if (options.changedSince !== undefined) {
    const {GitError, changedSince, onlyChanged} = await import('../gate/changed.js')
    try {
      inputs = onlyChanged(inputs, await changedSince(options.changedSince, io.cwd), io.cwd)
    } catch (error) {
      if (!(error instanceof GitError)) throw error
      io.stderr(`copydesk: ${error.message}\n`)
      return exit.error
    }
  }
  // Gate, cache and HTML work from the original text; JSON Lines feeds are not files, so they get neither cache nor text.
  const gated = options.baseline !== undefined || options.writeBaseline !== undefined || needsGate.has(options.format)
  const read = !options.jsonl && (options.cache || gated) ? await (await import('../gate/article.js')).readTexts(inputs, io.cwd) : {texts: new Map<string, string>(), inputs}
  const texts = read.texts
  inputs = read.inputs
  const caching = options.cache && !options.jsonl ? await import('../cache.js') : undefined
  const cache = caching ? await caching.ResultCache.open({cwd: io.cwd, config, ...(lang ? {lang} : {}), ...(options.date ? {date: options.date} : {})}) : undefined
  const cached = caching ? caching.cachedReports(inputs, cache, texts) : new Map<Input, FileReport>()
  const reports: FileReport[] = []
  // A plain JSON report is streamed; with a baseline the gate may fail before any report is printed.
  const streamed = options.format === 'json' && !options.jsonl && options.baseline === undefined && options.writeBaseline === undefined
  const stream = streamed ? jsonArrayWriter(io.stdout) : undefined
  // Reports written as they come need not stay for the whole batch: the gate then reads only severities and errors.
  const keepWhole = !(stream || options.jsonl) || gated
  const pending = inputs.filter((input) => !cached.has(input))
  const batch = caching && cache && pending.length === 0 ? caching.nothingToCheck() : startBatch(pending, options, {cwd: io.cwd, config, ...(lang ? {lang} : {}), ...(options.date ? {date: options.date} : {}), ...(stream && !caching ? {asJsonEntry: true} : {})}, io.outputLost)
  for await (const result of caching && cache ? caching.inInputOrder(inputs, cached, batch.results, cache, texts) : batch.results) {
    const {report} = result
    if (report.error) io.stderr(`copydesk: ${report.path}: ${report.error}\n`)
    // --jsonl: one report a line as each input is done, for wire feeds.
    if (options.jsonl) io.stdout(`${JSON.stringify(report)}\n`)
    // A report checked in a worker comes already written as its JSON entry (see `Job.asJsonEntry`).
    if (stream && 'jsonEntry' in result && result.jsonEntry !== undefined) stream.entry(result.jsonEntry)
    else stream?.item(report)
    reports.push(keepWhole ? report : severitiesOnly(report))
    await io.drained?.(batch.signal)
  }
  stream?.end()
  if (batch.interrupted) {
    if (!io.outputLost?.aborted) io.stderr(`copydesk: interrupted after ${reports.length} inputs\n`)
    return 130
  }
  await cache?.save().catch((error: NodeJS.ErrnoException) => io.stderr(`copydesk: cannot write the cache (${error.code ?? error.message})\n`))
  const gate = await runGate(reports, texts, options, io, needsGate.has(options.format))
  if (gate.error !== undefined) {
    io.stderr(`copydesk: ${gate.error}\n`)
    return exit.error
  }
  if (!options.jsonl && !stream) io.stdout(reporter(reports, {color: io.color, ...(gate.context ? {gate: gate.context} : {})}))
  if (reports.some((report) => report.error)) return exit.error
  return gate.failing ? exit.findings : exit.ok
}

/** What the gate reads of a report it does not print (no baseline, no context): its error and its findings' severities. */
