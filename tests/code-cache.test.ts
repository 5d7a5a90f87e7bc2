import {execFile} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {exitCode} from './exit-code.js'
import {describe, expect, it} from 'vitest'
import {cachedScript, codeCacheFile, saveCodeCache} from '../src/code-cache.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const seed = fileURLToPath(new URL('../fixtures/cyber-command/input.md', import.meta.url))
const posix = process.platform !== 'win32'

function runCli(args: string[], env: Record<string, string>): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], {env: {...process.env, NO_COLOR: '1', ...env}, maxBuffer: 1 << 26}, (error, stdout, stderr) => {
      resolve({code: exitCode(error), stdout, stderr})
    })
  })
}

/** Runs a compiled CommonJS body and returns what it exported. */
function exported(script: ReturnType<typeof cachedScript>['script']): unknown {
  const module = {exports: {} as Record<string, unknown>}
  ;(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, () => undefined, module, 'bundle.cjs', '.')
  return module.exports
}

/** A bundle of its own for each test: V8 also keeps compiled scripts in memory by their source. */
function bundle(tag: string, answer = 42): Buffer {
  return Buffer.from(`#!/usr/bin/env node\n"use strict";\nfunction twice(n) { return n * 2 }\nmodule.exports.answer = twice(${answer / 2}) // ${tag}\n`)
}

function cacheDirectory(): string {
  const directory = path.join(mkdtempSync(path.join(tmpdir(), 'code-cache-')), 'copydesk')
  mkdirSync(directory, {mode: 0o700})
  return directory
}

describe('code cache', () => {
  it('runs a bundle with a #! line as a CommonJS body, writes its cache privately, and compiles from it', () => {
    const cacheFile = path.join(cacheDirectory(), 'bundle-v8-1-0.code')
    const source = bundle('written')
    const first = cachedScript(source, 'bundle.cjs', cacheFile)
    expect(first.fromCache).toBe(false)
    expect(exported(first.script)).toEqual({answer: 42})
    saveCodeCache(first.script, source, cacheFile)
    if (posix) expect(statSync(cacheFile).mode & 0o777).toBe(0o600)
    const second = cachedScript(source, 'bundle.cjs', cacheFile)
    expect(second.fromCache).toBe(true)
    expect(exported(second.script)).toEqual({answer: 42})
  })

  it('never hands V8 a damaged cache (on Node 20 it would crash), nor one made from other code of the same length', () => {
    const cacheFile = path.join(cacheDirectory(), 'bundle-v8-1-0.code')
    const source = bundle('damaged')
    const made = cachedScript(source, 'bundle.cjs', undefined)
    saveCodeCache(made.script, source, cacheFile)
    const bytes = readFileSync(cacheFile)
    bytes[bytes.length - 100]! ^= 0xff
    writeFileSync(cacheFile, bytes)
    const damaged = cachedScript(source, 'bundle.cjs', cacheFile)
    expect(damaged.fromCache).toBe(false)
    expect(exported(damaged.script)).toEqual({answer: 42})

    const other = bundle('samelen', 64)
    expect(other.length).toBe(source.length)
    saveCodeCache(made.script, source, cacheFile)
    const stale = cachedScript(other, 'bundle.cjs', cacheFile)
    expect(stale.fromCache).toBe(false)
    expect(exported(stale.script)).toEqual({answer: 64})
  })

  it.runIf(posix)('reads no cache that another user could have written', () => {
    const directory = cacheDirectory()
    const cacheFile = path.join(directory, 'bundle-v8-1-0.code')
    const source = bundle('shared')
    saveCodeCache(cachedScript(source, 'bundle.cjs', undefined).script, source, cacheFile)
    chmodSync(cacheFile, 0o666)
    expect(cachedScript(source, 'bundle.cjs', cacheFile).fromCache).toBe(false)
    chmodSync(cacheFile, 0o600)
    chmodSync(directory, 0o777)
    expect(cachedScript(source, 'bundle.cjs', cacheFile).fromCache).toBe(false)
  })

  it("names the file by bundle, V8 version and the process's Node options, in the user cache directory; can be turned off", () => {
    const file = codeCacheFile('cli', {XDG_CACHE_HOME: '/home/desk/.cache'}, [])
    expect(file).toMatch(new RegExp(`^${path.join('/home/desk/.cache', 'copydesk', 'cli').replaceAll('\\', '\\\\').replaceAll('.', '\\.')}-v8-${process.versions.v8.replaceAll('.', '\\.')}-[0-9a-f]{8}\\.code$`))
    expect(codeCacheFile('cli', {XDG_CACHE_HOME: '/home/desk/.cache', NODE_OPTIONS: '--max-old-space-size=8000'}, [])).not.toBe(file)
    expect(codeCacheFile('cli', {XDG_CACHE_HOME: '/home/desk/.cache'}, ['--cpu-prof'])).not.toBe(file)
    expect(codeCacheFile('cli', {XDG_CACHE_HOME: '/home/desk/.cache', COPYDESK_CODE_CACHE: '0'}, [])).toBeUndefined()
    // A relative XDG_CACHE_HOME is not used (the XDG specification says to ignore it).
    expect(codeCacheFile('cli', {XDG_CACHE_HOME: 'relative/cache', HOME: '/home/desk'}, [])).not.toContain('relative')
  })

  it('never fails a run when the cache cannot be written', () => {
    const blocked = path.join(mkdtempSync(path.join(tmpdir(), 'code-cache-')), 'a-file')
    writeFileSync(blocked, '')
    const source = bundle('blocked')
    expect(() => saveCodeCache(cachedScript(source, 'bundle.cjs', undefined).script, source, path.join(blocked, 'copydesk', 'cli-v8-1-0.code'))).not.toThrow()
  })

  it('gives the CLI and its batch workers the same reports with and without their caches, each written after a check', async () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'code-cache-home-'))
    const env = {XDG_CACHE_HOME: cacheHome}
    const uncached = await runCli(['check', '--format', 'json', seed], {COPYDESK_CODE_CACHE: '0', ...env})
    expect(JSON.parse(uncached.stdout)[0].messages.length).toBeGreaterThan(0)
    // `--version` compiles only the top level: it leaves no cache for a check to start from.
    expect((await runCli(['--version'], env)).code).toBe(0)
    expect(existsSync(path.join(cacheHome, 'copydesk'))).toBe(false)

    expect(await runCli(['check', '--format', 'json', seed], env)).toEqual(uncached)
    const [cacheName] = readdirSync(path.join(cacheHome, 'copydesk'))
    expect(cacheName).toMatch(/^cli-v8-.+-[0-9a-f]{8}\.code$/)
    const cacheFile = path.join(cacheHome, 'copydesk', cacheName!)
    const written = statSync(cacheFile).mtimeMs
    expect(await runCli(['check', '--format', 'json', seed], env)).toEqual(uncached)
    // Read, not refused: a refused cache would have been written again.
    expect(statSync(cacheFile).mtimeMs).toBe(written)

    // A damaged cache is refused before V8 sees it, replaced, and changes nothing in the report.
    const bytes = readFileSync(cacheFile)
    bytes[bytes.length >> 1]! ^= 0xff
    writeFileSync(cacheFile, bytes)
    expect(await runCli(['check', '--format', 'json', seed], env)).toEqual(uncached)
    expect(readFileSync(cacheFile).equals(bytes)).toBe(false)

    // A batch checks in workers: the command line writes no cache of its own, a worker writes the worker bundle's
    // after its first task, and the next batch reads it and reports the same.
    const batchHome = mkdtempSync(path.join(tmpdir(), 'code-cache-home-'))
    const batchArgs = ['check', '--format', 'json', '--jobs', '2', seed, fileURLToPath(new URL('../README.md', import.meta.url))]
    const batch = await runCli(batchArgs, {XDG_CACHE_HOME: batchHome, COPYDESK_CODE_CACHE: '0'})
    expect(JSON.parse(batch.stdout)).toHaveLength(2)
    expect(await runCli(batchArgs, {XDG_CACHE_HOME: batchHome})).toEqual(batch)
    const batchCaches = readdirSync(path.join(batchHome, 'copydesk'))
    expect(batchCaches).toEqual([expect.stringMatching(/^worker-v8-.+-[0-9a-f]{8}\.code$/)])
    const workerCache = path.join(batchHome, 'copydesk', batchCaches[0]!)
    const workerWritten = statSync(workerCache).mtimeMs
    expect(await runCli(batchArgs, {XDG_CACHE_HOME: batchHome})).toEqual(batch)
    expect(statSync(workerCache).mtimeMs).toBe(workerWritten)
  }, 60_000)
})
