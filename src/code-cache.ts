import {accessSync, constants, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {homedir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'

/**
 * Runs the command line's CommonJS bundle (`dist/cli.cjs`) with a V8 code
 * cache, as Node 22's `module.enableCompileCache()` does for modules and
 * v8-compile-cache did for older Nodes (it stopped at Node 16; Node 20 has no
 * cache for ES modules). Parsing and compiling the 2.5 MB bundle and the
 * functions a check runs was about a sixth of a cold `copydesk check`; with
 * the cache V8 reads their bytecode instead.
 *
 * The cache is written once, at the exit of the first run, so that it holds
 * the functions that run compiled, not only the top level. Its file is named
 * by the bundle's content hash (computed at build time) and by the V8 version,
 * because V8 itself checks only the source's length, the flags and its version.
 * It lives in the user's cache directory (never a shared temporary one, whose
 * files another user could plant); any failure to read or write it is ignored,
 * and `COPYDESK_CODE_CACHE=0` turns it off.
 */
export function runWithCodeCache(bundle: URL, contentHash: string): void {
  const file = fileURLToPath(bundle)
  const cacheFile = codeCacheFile(path.basename(file, path.extname(file)), contentHash)
  const {script, fromCache} = cachedScript(readFileSync(file, 'utf8'), file, cacheFile)
  if (cacheFile && !fromCache) process.once('exit', () => v8FlagsChanged() || saveCodeCache(script, cacheFile))
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: {exports: object}, filename: string, dirname: string) => void
  const module = {exports: {}}
  run(module.exports, createRequire(file), module, file, path.dirname(file))
}

/**
 * Set by a run that changes V8's flags (the batch pool on Node 20, src/batch/pool.ts). V8 rejects a
 * cache made under other flags, so such a run writes none: later single-file runs would only
 * reject it and write their own. A global symbol, because the launcher and the bundle each hold
 * their own copy of this module.
 */
const flagsChanged = Symbol.for('copydesk.v8-flags-changed')

export function noteV8FlagsChanged(): void {
  ;(globalThis as Record<symbol, unknown>)[flagsChanged] = true
}

function v8FlagsChanged(): boolean {
  return (globalThis as Record<symbol, unknown>)[flagsChanged] === true
}

/**
 * The bundle compiled as a CommonJS module body, from `cacheFile`'s bytecode when V8 accepts it.
 * A `#!` line is commented out, keeping every offset, since inside the wrapper it is no longer first.
 */
export function cachedScript(source: string, filename: string, cacheFile: string | undefined): {script: Script; fromCache: boolean} {
  const body = source.startsWith('#!') ? `//${source.slice(2)}` : source
  const code = `(function (exports, require, module, __filename, __dirname) {${body}\n})`
  const cachedData = cacheFile ? readCache(cacheFile) : undefined
  const script = new Script(code, {filename, ...(cachedData ? {cachedData} : {})})
  return {script, fromCache: cachedData !== undefined && !script.cachedDataRejected}
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/** `<cache directory>/copydesk/<name>-<content hash>-v8-<version>.code`, or undefined when caching is off. */
export function codeCacheFile(name: string, contentHash: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.COPYDESK_CODE_CACHE === '0') return undefined
  const directory = userCacheDirectory(env)
  return directory ? path.join(directory, 'copydesk', `${name}-${contentHash}-v8-${process.versions.v8}.code`) : undefined
}

function userCacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME
  if (process.platform === 'win32') return env.LOCALAPPDATA
  let home: string
  try {
    home = homedir()
  } catch {
    return undefined
  }
  if (!home) return undefined
  return process.platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache')
}

/** Caches of other builds of a bundle kept beside this build's: two installs in turn (a global and a project's) keep theirs. */
const otherBuildsKept = 3

/**
 * Writes the script's code cache whole (a temporary file renamed over the
 * old), and removes the caches of all but the latest few other builds of
 * the same bundle.
 */
export function saveCodeCache(script: Script, cacheFile: string): void {
  try {
    const directory = path.dirname(cacheFile)
    mkdirSync(directory, {recursive: true, mode: 0o700})
    // Serialising the cache takes tens of milliseconds: not for a directory that cannot take it.
    accessSync(directory, constants.W_OK)
    const temporary = `${cacheFile}.${process.pid}.tmp`
    writeFileSync(temporary, script.createCachedData(), {mode: 0o600})
    renameSync(temporary, cacheFile)
    // `cli-<hash>-v8-<version>.code`: this build's caches (one per V8 version) stay.
    const build = path.basename(cacheFile).slice(0, path.basename(cacheFile).lastIndexOf('-v8-'))
    const bundle = build.slice(0, build.lastIndexOf('-'))
    const others = readdirSync(directory)
      .filter((name) => name.startsWith(`${bundle}-`) && name.endsWith('.code') && !name.startsWith(`${build}-v8-`))
      .map((name) => ({name, written: statSync(path.join(directory, name)).mtimeMs}))
      .sort((a, b) => b.written - a.written)
    for (const {name} of others.slice(otherBuildsKept)) rmSync(path.join(directory, name), {force: true})
  } catch {
    // A cache that cannot be written only leaves the next start as slow as this one.
  }
}
