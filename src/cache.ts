import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Config} from './config.js'
import type {FileReport} from './file-report.js'
import type {Texts} from './gate/article.js'
import {version} from './gate/version.js'
import type {Input} from './inputs.js'

/** Where `--cache` keeps results, relative to the working directory. */
export const cacheDirectory = '.copydesk-cache'
const cacheFile = 'results.json'
const rulesDirectory = new URL('../rules/', import.meta.url)

interface CacheEntry {
  /** Hash of everything but the file: copydesk version, rule data, resolved configuration, `--lang`, `--date`. */
  environment: string
  /** Hash of the file's format and content. */
  content: string
  report: FileReport
}

/**
 * Results of earlier runs, one entry per path, so the cache never grows past
 * the files a newsroom has. A hit needs the same content *and* environment;
 * anything else is checked again and replaces the entry.
 */
export class ResultCache {
  private entries: Record<string, CacheEntry> = {}

  private constructor(
    private readonly file: string,
    private readonly environment: string,
  ) {}

  static async open(options: {cwd: string; config: Config; lang?: string; date?: string}): Promise<ResultCache> {
    const cache = new ResultCache(path.join(options.cwd, cacheDirectory, cacheFile), environmentHash(options.config, options.lang, options.date))
    try {
      const data = JSON.parse(await readFile(cache.file, 'utf8')) as {version?: string; entries?: Record<string, CacheEntry>}
      if (data.version === version && data.entries) cache.entries = data.entries
    } catch {
      // No cache yet, or an unreadable one: start afresh rather than fail the gate.
    }
    return cache
  }

  lookup(input: Input, text: string): FileReport | undefined {
    const entry = this.entries[input.path]
    if (entry?.environment !== this.environment || entry.content !== contentHash(input, text)) return undefined
    return entry.report
  }

  store(input: Input, text: string, report: FileReport): void {
    if (report.error) return
    this.entries[input.path] = {environment: this.environment, content: contentHash(input, text), report}
  }

  /** Atomic write, so two concurrent runs leave one whole cache file, never a torn one. */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), {recursive: true})
    const temporary = `${this.file}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify({version, entries: this.entries}))
    await rename(temporary, this.file)
  }
}

/** Inputs whose report can come from the cache: same path, same content, same environment. */
export function cachedReports(inputs: Input[], cache: ResultCache | undefined, texts: Texts): Map<Input, FileReport> {
  const cached = new Map<Input, FileReport>()
  if (!cache) return cached
  for (const input of inputs) {
    const text = input.stdin ? undefined : texts.get(input.path)
    const report = text === undefined ? undefined : cache.lookup(input, text)
    if (report) cached.set(input, report)
  }
  return cached
}

/**
 * Yields results in input order: cached reports for cache hits, and for the
 * rest the results of the batch that checked them (in its own input order),
 * which are stored in the cache on the way.
 */
export async function* inInputOrder<Result extends {report: FileReport}>(
  inputs: Input[],
  cached: Map<Input, FileReport>,
  fresh: AsyncIterable<Result>,
  cache: ResultCache | undefined,
  texts: Texts,
): AsyncGenerator<Result | {report: FileReport}> {
  const iterator = fresh[Symbol.asyncIterator]()
  for (const input of inputs) {
    const hit = cached.get(input)
    if (hit) {
      yield {report: hit}
      continue
    }
    const next = await iterator.next()
    if (next.done) return
    const text = texts.get(input.path)
    if (cache && text !== undefined && !input.stdin) cache.store(input, text, next.value.report)
    yield next.value
  }
  // Run the batch to its end, so that it closes its worker pool and progress line.
  while (!(await iterator.next()).done) {
    // Nothing more is expected: one result per input.
  }
}

/** The batch of a run whose every input came from the cache: nothing to start, no pool, no progress line. */
export function nothingToCheck(): {results: AsyncGenerator<never>; interrupted: boolean; signal: AbortSignal} {
  return {results: (async function* () {})(), interrupted: false, signal: new AbortController().signal}
}

function contentHash(input: Input, text: string): string {
  return createHash('sha256').update(`${input.format ?? ''}\u0000${text}`).digest('hex')
}

/** Everything besides the file that can change its findings. */
function environmentHash(config: Config, lang: string | undefined, date: string | undefined): string {
  const hash = createHash('sha256')
  hash.update(`${version}\u0000${lang ?? ''}\u0000${date ?? ''}\u0000${stableJson(config)}\u0000${rulesHash()}\u0000${codeHash()}`)
  // Dictionaries and style sheets are files named by the configuration: their content counts, not their names.
  for (const file of [...config.dictionaries, ...config.styleSheets]) {
    const resolved = path.resolve(file) // loadConfig has already made these absolute.
    hash.update(`\u0000${file}\u0000${existsSync(resolved) ? readFileSync(resolved) : ''}`)
  }
  return hash.digest('hex')
}

/** The bundles that check copy (`npm run build`): beside this module in `dist/`, none beside its source. */
const bundles = [new URL('./cli.cjs', import.meta.url), new URL('./batch/worker.cjs', import.meta.url)]
let codeDigest: string | undefined

/**
 * Hash of the compiled code, computed once per process: a rebuild under the same version number (a developer's, a
 * newsroom's own patch) must not reuse results an older build found.
 */
function codeHash(): string {
  codeDigest ??= filesHash(bundles)
  return codeDigest
}

/** Hash of the files' content; a missing file counts as empty. */
function filesHash(files: readonly URL[]): string {
  const hash = createHash('sha256')
  for (const file of files) hash.update(existsSync(file) ? readFileSync(file) : '').update('\u0000')
  return hash.digest('hex')
}

let rulesDigest: string | undefined

/** Hash of every file under `rules/` (names and content), computed once per process. */
function rulesHash(): string {
  if (rulesDigest) return rulesDigest
  const hash = createHash('sha256')
  const walk = (directory: string) => {
    for (const name of readdirSync(directory).sort()) {
      const file = path.join(directory, name)
      if (statSync(file).isDirectory()) walk(file)
      else hash.update(`${path.relative(rulesRoot, file)}\u0000`).update(readFileSync(file)).update('\u0000')
    }
  }
  const rulesRoot = fileURLToPath(rulesDirectory)
  if (existsSync(rulesRoot)) walk(rulesRoot)
  rulesDigest = hash.digest('hex')
  return rulesDigest
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
