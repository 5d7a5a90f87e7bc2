import {createHash} from 'node:crypto'
import {lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {homedir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'
import {threadId} from 'node:worker_threads'

/**
 * Runs copydesk's CommonJS bundles (`dist/cli.cjs`, `dist/batch/worker.cjs`)
 * with a V8 code cache, as Node 22's `module.enableCompileCache()` does for
 * modules; Node 20 keeps none for ES modules, and the v8-compile-cache package
 * hooks only `require`. Parsing and compiling a 2–2.5 MB bundle and the
 * functions a check runs was about a sixth of a cold `copydesk check` and of
 * each batch worker's start; with the cache V8 reads their bytecode.
 *
 * V8 checks a cache only against the source's length, its own version and its
 * flags, and on Node 20 not its checksum: a damaged cache can crash it, and a
 * cache of other code of the same length runs that code. So each cache file
 * carries the SHA-256 of the source it was made from and of its own payload,
 * both checked (about 5 ms) before V8 sees a byte, and it is read only from a
 * directory and file of the user's own that no one else can write.
 *
 * A cache is written once a bundle has checked copy, so that it holds the
 * functions a check runs, not only the top level: the command line's at the
 * exit of a run that checked a file in its own thread (`--version` or a batch,
 * whose checks run in workers, write none), a worker's after its first task.
 * Its name carries the V8 version and the flags the process started with,
 * which V8 also holds it to. `COPYDESK_CODE_CACHE=0` turns it off.
 */
export interface CachedBundle {
  /** Runs the bundle as a CommonJS module and returns its exports. */
  run(): Record<string, unknown>
  /** Writes the cache if it was missing or refused; once, whatever the calls. */
  saveCache(): void
}

export function compileWithCodeCache(bundle: URL): CachedBundle {
  const file = fileURLToPath(bundle)
  const source = readFileSync(file)
  const cacheFile = codeCacheFile(path.basename(file, path.extname(file)))
  const {script, fromCache} = cachedScript(source, file, cacheFile)
  let saved = fromCache || cacheFile === undefined
  return {
    run() {
      const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: {exports: object}, filename: string, dirname: string) => void
      const module = {exports: {}}
      run(module.exports, createRequire(file), module, file, path.dirname(file))
      return module.exports
    },
    saveCache() {
      if (saved) return
      saved = true
      saveCodeCache(script, source, cacheFile!)
    },
  }
}

/** The command line's launcher (`dist/cli.js`): runs the bundle, and writes its cache at exit after a check in this thread. */
export function runWithCodeCache(bundle: URL): void {
  const cached = compileWithCodeCache(bundle)
  process.once('exit', () => checkedInThisThread() && cached.saveCache())
  cached.run()
}

/** A global symbol, because the launcher and the bundle each hold their own copy of this module. */
const checkedMark = Symbol.for('copydesk.checked-in-this-thread')

/** Called when a file is checked in the process's own thread (src/batch/run.ts): the run is worth a cache. */
export function noteCheckedInThisThread(): void {
  ;(globalThis as Record<symbol, unknown>)[checkedMark] = true
}

function checkedInThisThread(): boolean {
  return (globalThis as Record<symbol, unknown>)[checkedMark] === true
}

const magic = Buffer.from('copydesk code cache 1\n')
const digestLength = 32

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest()
}

/**
 * The bundle compiled as a CommonJS module body, from `cacheFile`'s bytecode
 * when the file was made from this very source, is whole, and V8 accepts it.
 * A `#!` line is commented out, keeping every offset, since inside the
 * wrapper it is no longer first.
 */
export function cachedScript(source: Buffer, filename: string, cacheFile: string | undefined): {script: Script; fromCache: boolean} {
  const text = source.toString('utf8')
  const body = text.startsWith('#!') ? `//${text.slice(2)}` : text
  const code = `(function (exports, require, module, __filename, __dirname) {${body}\n})`
  const cachedData = cacheFile ? readCache(cacheFile, source) : undefined
  const script = new Script(code, {filename, ...(cachedData ? {cachedData} : {})})
  return {script, fromCache: cachedData !== undefined && !script.cachedDataRejected}
}

/** The V8 payload of `file` if it is ours, safe to read, and made from `source`; otherwise undefined. */
function readCache(file: string, source: Buffer): Buffer | undefined {
  let bytes: Buffer
  try {
    if (!ownedAndPrivate(path.dirname(file)) || !ownedAndPrivate(file)) return undefined
    bytes = readFileSync(file)
  } catch {
    return undefined
  }
  const header = magic.length + 2 * digestLength
  if (bytes.length <= header || !bytes.subarray(0, magic.length).equals(magic)) return undefined
  const madeFrom = bytes.subarray(magic.length, magic.length + digestLength)
  const payloadDigest = bytes.subarray(magic.length + digestLength, header)
  const payload = bytes.subarray(header)
  if (!madeFrom.equals(sha256(source)) || !payloadDigest.equals(sha256(payload))) return undefined
  return payload
}

/** On POSIX systems, whether `target` is no link, belongs to this user, and no one else may write it. */
function ownedAndPrivate(target: string): boolean {
  const info = lstatSync(target)
  if (info.isSymbolicLink()) return false
  if (typeof process.getuid !== 'function' || process.platform === 'win32') return true
  return info.uid === process.getuid() && (info.mode & 0o022) === 0
}

/**
 * `<cache directory>/copydesk/<name>-v8-<version>-<flags>.code`, or undefined
 * when caching is off or no cache directory is known. `<flags>` is a digest of
 * the process's Node options, under which V8 would reject another's cache.
 */
export function codeCacheFile(name: string, env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string | undefined {
  if (env.COPYDESK_CODE_CACHE === '0') return undefined
  const directory = userCacheDirectory(env)
  if (!directory) return undefined
  const flags = createHash('sha256').update([...execArgv, env.NODE_OPTIONS ?? ''].join('\0')).digest('hex').slice(0, 8)
  return path.join(directory, 'copydesk', `${name}-v8-${process.versions.v8}-${flags}.code`)
}

/** The user's cache directory; a relative XDG_CACHE_HOME is ignored, as the XDG specification says. */
function userCacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME
  if (process.platform === 'win32') return env.LOCALAPPDATA && path.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : undefined
  let home: string
  try {
    home = homedir()
  } catch {
    return undefined
  }
  if (!home || !path.isAbsolute(home)) return undefined
  return process.platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache')
}

/** Writes the script's code cache whole: a temporary file renamed over the old one. */
export function saveCodeCache(script: Script, source: Buffer, cacheFile: string): void {
  try {
    const directory = path.dirname(cacheFile)
    mkdirSync(directory, {recursive: true, mode: 0o700})
    if (!ownedAndPrivate(directory)) return
    const payload = script.createCachedData()
    // The pool's workers are threads of one process: the thread's id keeps two of them from writing one temporary file.
    const temporary = `${cacheFile}.${process.pid}-${threadId}.tmp`
    writeFileSync(temporary, Buffer.concat([magic, sha256(source), sha256(payload), payload]), {mode: 0o600})
    renameSync(temporary, cacheFile)
  } catch {
    // A cache that cannot be written only leaves the next start as slow as this one.
  }
}
