import {closeSync, openSync, realpathSync, statSync, writeSync} from 'node:fs'
import path from 'node:path'
import {type BatchFlags, startBatch} from '../batch/session.js'
import type {BatchResult} from '../batch/run.js'
import {type JsonlItem, expandFeeds, spooledBytes} from '../batch/jsonl.js'
import {type Config, ConfigError} from '../config.js'
import {AtomicFile, modeOf, writeAtomic} from '../fix/write.js'
import {type Input, expandInputs} from '../inputs.js'
import type {FixLevel, Severity} from '../types.js'
import {type Io, exit, resolveConfig} from './check.js'

export interface FixCommandOptions extends BatchFlags {
  out?: string
  write?: boolean
  /** `safe` (default) applies safe fixes only; `review` adds the fixes an editor should review. */
  level?: FixLevel
  dryRun?: boolean
  log?: string
  lang?: string
  /** `--date YYYY-MM-DD|today`, resolved to a day by the CLI. */
  date?: string
  config?: string
  stdinFilename?: string
  failOn?: Severity
}

const rank: Record<Severity, number> = {info: 0, warning: 1, error: 2}

/** Exit code after Ctrl-C (128 + SIGINT), as shells expect. */
const interruptedCode = 130

/**
 * `copydesk fix`: applies `expected[0]` of fixable findings and writes the
 * result to `--out DIR` (mirroring the input tree), in place (`--write`), as a
 * unified diff (`--dry-run`), or to standard output (one input, or a feed).
 * The exit code is the gate on what is left after fixing.
 */
export async function runFix(operands: string[], options: FixCommandOptions, io: Io): Promise<number> {
  const usage = (reason: string) => {
    io.stderr(`copydesk fix: ${reason}\n`)
    return exit.error
  }
  let config: Config
  try {
    config = await resolveConfig(options.config, io.cwd)
  } catch (error) {
    if (error instanceof ConfigError) return usage(error.message)
    throw error
  }
  const where = {cwd: io.cwd, ignore: config.ignore, ...(options.stdinFilename ? {stdinFilename: options.stdinFilename} : {})}
  const expanded = options.jsonl ? await expandFeeds(operands, where) : await expandInputs(operands, where)
  const inputs = options.out ? outsideOf(path.resolve(io.cwd, options.out), expanded, operands, io.cwd) : expanded
  const toStdout = !options.out && !options.write && !options.dryRun
  if (toStdout && !options.jsonl && inputs.filter((input) => !input.error).length > 1) {
    return usage('several inputs: say where the fixed copies go with --out DIR, --write or --dry-run')
  }
  const levels: FixLevel[] = options.level === 'review' ? ['safe', 'review'] : ['safe']
  const lang = options.lang ?? (config.file && config.lang !== 'en' ? config.lang : undefined)
  const outProblem = options.out ? notAFolder(path.resolve(io.cwd, options.out), io.cwd) : undefined
  if (outProblem) return usage(`--out ${options.out}: ${outProblem}`)
  let log: number | undefined
  try {
    log = options.log ? openSync(path.resolve(io.cwd, options.log), 'w') : undefined
  } catch (error) {
    return usage(`${options.log}: cannot write the change log (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
  // The diff library is loaded only for --dry-run.
  const patch = options.dryRun ? (await import('diff')).createTwoFilesPatch : undefined
  const threshold = rank[options.failOn ?? 'error']
  const tally = {files: 0, changed: 0, fixes: 0, remaining: 0, errors: 0, failing: false}
  const output = new Output(options, io, toStdout, (source, code) => {
    tally.errors++
    io.stderr(`copydesk: ${source}: cannot write the fixed copy (${code})\n`)
  }, patch)
  const batch = startBatch(inputs, options, {cwd: io.cwd, config, fix: levels, ...(lang ? {lang} : {}), ...(options.date ? {date: options.date} : {})}, io.outputLost)
  try {
    for await (const result of batch.results) {
      tally.files++
      const {report, fixed} = result
      if (report.error) {
        tally.errors++
        io.stderr(`copydesk: ${report.path}: ${report.error}\n`)
      } else {
        tally.remaining += report.messages.length
        if (report.messages.some((message) => rank[message.severity] >= threshold)) tally.failing = true
      }
      if (fixed && fixed.changes.length > 0) {
        tally.changed++
        tally.fixes += fixed.changes.length
        if (!fixed.converged) io.stderr(`copydesk: ${report.path}: fixes still applied after the last pass; run fix again\n`)
        if (log !== undefined) {
          for (const change of fixed.changes) writeSync(log, `${JSON.stringify({file: report.path, ...change})}\n`)
        }
      }
      try {
        await output.put(result, batch.signal)
      } catch (error) {
        // A file that cannot be written is reported like one that cannot be read; the batch goes on.
        const code = (error as NodeJS.ErrnoException).code
        if (!code) throw error
        tally.errors++
        io.stderr(`copydesk: ${report.path}: cannot write the fixed copy (${code})\n`)
      }
    }
    if (batch.interrupted) output.abort()
    else output.end()
  } catch (error) {
    output.abort()
    throw error
  } finally {
    if (log !== undefined) closeSync(log)
  }
  if (batch.interrupted) {
    if (!io.outputLost?.aborted) io.stderr(`copydesk: interrupted after ${tally.files} of ${options.jsonl ? 'the' : inputs.length} inputs; every file written is complete\n`)
    return interruptedCode
  }
  if (!options.quiet) {
    const what = options.dryRun ? 'would fix' : 'fixed'
    io.stderr(`copydesk: ${what} ${tally.fixes} finding${tally.fixes === 1 ? '' : 's'} in ${tally.changed} of ${tally.files} input${tally.files === 1 ? '' : 's'}; ${tally.remaining} left for an editor\n`)
  }
  if (tally.errors > 0) return exit.error
  return tally.failing ? exit.findings : exit.ok
}

/** Why fixed copies cannot go under `out`: it, or the nearest part of its path that exists, is not a folder. */
function notAFolder(out: string, cwd: string): string | undefined {
  for (let at = out; path.dirname(at) !== at; at = path.dirname(at)) {
    let info
    try {
      info = statSync(at)
    } catch {
      // Missing, or below a file (ENOTDIR), which a step further up finds.
      continue
    }
    if (info.isDirectory()) return undefined
    return at === out ? 'is a file, not a folder' : `${path.relative(cwd, at)} is a file, not a folder`
  }
  return undefined
}

/**
 * `--out DIR` inside a folder being fixed: the copies of an earlier run are no inputs, or each run
 * would fix them again and nest them one level deeper. Files found in DIR by a walk or a glob are
 * left out; one named on its own is refused, and so is a run that leaves out every file it found.
 */
function outsideOf(out: string, inputs: Input[], operands: string[], cwd: string): Input[] {
  const real = (file: string) => {
    try {
      return realpathSync(file)
    } catch {
      return file
    }
  }
  const outDir = real(out)
  const inside = (file: string) => {
    const relative = path.relative(outDir, real(path.resolve(cwd, file)))
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  }
  let leftOut = 0
  const kept = inputs.flatMap((input) => {
    if (input.stdin || input.error || !inside(input.path)) return [input]
    if (operands.includes(input.path)) return [{path: input.path, error: 'inside the --out folder, where the fixed copies go'}]
    leftOut++
    return []
  })
  // `--out . desk`: every file found is where its copy would go; that is no run to pass in silence.
  if (leftOut > 0 && !kept.some((input) => !input.error)) kept.push({path: path.relative(cwd, out) || '.', error: 'every input is inside this --out folder, where the fixed copies go'})
  return kept
}

/** A refused line's bytes as they were, a chunk at a time (it may not fit in memory), after `before` and then `ending`. */
function* refusedLine(item: JsonlItem, before: string, ending: string): Generator<string | Uint8Array> {
  if (before) yield before
  if (item.raw) yield item.raw
  else yield* spooledBytes(item.spooled!)
  yield ending
}

/** Where fixed text goes, one result at a time, in input order. */
class Output {
  /** The open JSON Lines target while its items stream through (`--out`/`--write` with `--jsonl`), the feed it came from, and its last item written. */
  private feed: {file: AtomicFile; source: string; last?: JsonlItem} | undefined
  /** Targets of feeds that failed part-way, left as they were: their later items are dropped. */
  private readonly failedTargets = new Set<string>()
  /** Targets written or being written in this run: a second input must not add to or replace one. */
  private readonly usedTargets = new Set<string>()

  constructor(
    private readonly options: FixCommandOptions,
    private readonly io: Io,
    private readonly toStdout: boolean,
    /** A feed that could not be put in place once written (its items were already counted). */
    private readonly onFeedFailure: (source: string, code: string) => void,
    private readonly patch?: (oldName: string, newName: string, oldText: string, newText: string) => string,
  ) {}

  /** `stop` (Ctrl-C) ends a wait for a slow reader of standard output. */
  async put(result: BatchResult, stop?: AbortSignal): Promise<void> {
    const {item, fixed} = result
    if (this.options.jsonl) await this.putItem(result.item as JsonlItem, fixed?.text ?? item.text, stop)
    else this.putFile(result)
    await this.io.drained?.(stop)
  }

  private putFile({item, fixed}: BatchResult): void {
    if (!fixed) return
    if (this.patch) {
      if (fixed.changes.length > 0) this.io.stdout(this.patch(`a/${item.path}`, `b/${item.path}`, fixed.original, fixed.text))
    } else if (this.toStdout || (item.stdin && this.options.write)) {
      this.io.stdout(fixed.text)
    } else if (this.options.out) {
      writeAtomic(this.mirror(item.stdin ? path.basename(item.path) : item.path), fixed.text, item.stdin ? undefined : modeOf(this.source(item.path)))
    } else if (fixed.changes.length > 0) {
      writeAtomic(this.source(item.path), fixed.text)
    }
  }

  /** A feed keeps every item, fixed or not, so that nothing is lost on the wire. */
  private async putItem(item: JsonlItem, text: string | undefined, stop?: AbortSignal): Promise<void> {
    if (this.failedTargets.has(this.feedTarget(item))) return
    if (item.feedFailed) return this.abandonFeed(item)
    if (text === undefined && (item.raw || item.spooled)) return this.putRaw(item, stop)
    if (text === undefined) return
    if (this.patch) {
      if (text !== item.text) this.io.stdout(this.patch(`a/${item.path}`, `b/${item.path}`, `${item.text}\n`, `${text}\n`))
      return
    }
    // Standard output is a stream of items, one a line; a feed rewritten keeps its bytes outside the fixes as they were.
    if (this.toStdout || (this.options.write && item.stdin)) return void this.io.stdout(`${text}\n`)
    this.writeToFeed(item, [`${item.before ?? ''}${text}${item.ending ?? '\n'}`])
  }

  /** A line refused unread (not UTF-8, or too large to hold) goes back as it was, wherever the feed goes. */
  private async putRaw(item: JsonlItem, stop?: AbortSignal): Promise<void> {
    if (this.patch) return
    if (!(this.toStdout || (this.options.write && item.stdin))) return this.writeToFeed(item, refusedLine(item, item.before ?? '', item.ending ?? '\n'))
    // A spooled line may not fit in memory: each chunk waits for the reader before the next is read.
    for (const chunk of refusedLine(item, '', '\n')) {
      if (stop?.aborted) return
      this.io.stdout(chunk)
      await this.io.drained?.(stop)
    }
  }

  /** Writes to the item's feed; a failed write leaves that feed as it was, and its later items are dropped. */
  private writeToFeed(item: JsonlItem, chunks: Iterable<string | Uint8Array>): void {
    const target = this.feedTarget(item)
    if (this.feed?.file.target !== target) this.finishFeed()
    try {
      if (!this.feed) {
        // Two inputs to one place (`-` named like a file, a feed given twice): the first one wins, whole.
        if (this.usedTargets.has(target)) throw Object.assign(new Error(`${target} is written by another input of this run`), {code: 'EEXIST'})
        this.usedTargets.add(target)
        this.feed = {file: new AtomicFile(target, modeOf(this.source(item.source))), source: item.source}
      }
      for (const chunk of chunks) this.feed.file.write(chunk)
      this.feed.last = item
    } catch (error) {
      this.abandonFeed(item)
      throw error
    }
  }

  /** A feed that could not be read or written to its end is not replaced by the part that was. */
  private abandonFeed(item: JsonlItem): void {
    const target = this.feedTarget(item)
    this.failedTargets.add(target)
    if (this.feed?.file.target === target) {
      this.feed.file.abort()
      this.feed = undefined
    }
  }

  /** Puts the open feed in place; if that fails, it stays as it was and the failure is its own. */
  private finishFeed(): void {
    const feed = this.feed
    this.feed = undefined
    if (!feed) return
    try {
      // Blank lines after the last item: known once the feed has been read to its end, which it has when its file is finished.
      if (feed.last?.after) feed.file.write(feed.last.after)
      feed.file.finish()
    } catch (error) {
      feed.file.abort()
      this.failedTargets.add(feed.file.target)
      this.onFeedFailure(feed.source, (error as NodeJS.ErrnoException).code ?? (error as Error).message)
    }
  }

  private feedTarget(item: JsonlItem): string {
    return this.options.out ? this.mirror(item.stdin ? path.basename(item.source) : item.source) : this.source(item.source)
  }

  end(): void {
    this.finishFeed()
  }

  /** Ctrl-C or a failure: a feed not written to the end stays as it was. */
  abort(): void {
    this.feed?.file.abort()
    this.feed = undefined
  }

  private source(file: string): string {
    return path.resolve(this.io.cwd, file)
  }

  /** `--out DIR`: the input's path below the working directory, recreated under DIR. */
  private mirror(file: string): string {
    const absolute = this.source(file)
    let relative = path.relative(this.io.cwd, absolute)
    if (relative.startsWith('..') || path.isAbsolute(relative)) relative = path.relative(path.parse(absolute).root, absolute)
    return path.resolve(this.io.cwd, this.options.out!, relative)
  }
}
