import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {cachedScript, codeCacheFile, saveCodeCache} from '../src/code-cache.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const seed = fileURLToPath(new URL('../fixtures/cyber-command/input.md', import.meta.url))

function runCli(args: string[], env: Record<string, string>): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], {env: {...process.env, NO_COLOR: '1', ...env}, maxBuffer: 1 << 26}, (error, stdout, stderr) => {
      resolve({code: error ? Number(error.code) : 0, stdout, stderr})
    })
  })
}

/** Runs a compiled CommonJS body and returns what it exported. */
function exported(script: ReturnType<typeof cachedScript>['script']): unknown {
  const module = {exports: {} as Record<string, unknown>}
  ;(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, () => undefined, module, 'bundle.cjs', '.')
  return module.exports
}

const source = '#!/usr/bin/env node\n"use strict";\nfunction twice(n) { return n * 2 }\nmodule.exports.answer = twice(21)\n'

describe('code cache', () => {
  // V8 also keeps compiled scripts in memory by their source, so whether a cache is read is shown by the CLI test
  // below, in fresh processes; here each script's source is its own.
  it('runs a script with a #! line as a CommonJS body and writes its cache, for its owner only', () => {
    const cacheFile = path.join(mkdtempSync(path.join(tmpdir(), 'code-cache-')), 'copydesk', 'bundle-abc-v8-1.code')
    const first = cachedScript(`${source}// first\n`, 'bundle.cjs', cacheFile)
    expect(first.fromCache).toBe(false)
    expect(exported(first.script)).toEqual({answer: 42})
    saveCodeCache(first.script, cacheFile)
    expect(readFileSync(cacheFile).length).toBeGreaterThan(0)
    if (process.platform !== 'win32') expect(statSync(cacheFile).mode & 0o777).toBe(0o600)
  })

  it('compiles from the source when the cache is damaged or belongs to other code', () => {
    const cacheFile = path.join(mkdtempSync(path.join(tmpdir(), 'code-cache-')), 'bundle-abc-v8-1.code')
    writeFileSync(cacheFile, 'not a code cache')
    const damaged = cachedScript(`${source}// damaged\n`, 'bundle.cjs', cacheFile)
    expect(damaged.fromCache).toBe(false)
    expect(exported(damaged.script)).toEqual({answer: 42})
    saveCodeCache(cachedScript('module.exports.answer = 7\n', 'other.cjs', undefined).script, cacheFile)
    const other = cachedScript(`${source}// other\n`, 'bundle.cjs', cacheFile)
    expect(other.fromCache).toBe(false)
    expect(exported(other.script)).toEqual({answer: 42})
  })

  it('names the file by bundle, content hash and V8 version in the user cache directory, and can be turned off', () => {
    const file = codeCacheFile('cli', '0123abcd', {XDG_CACHE_HOME: '/home/desk/.cache'})
    expect(file).toBe(path.join('/home/desk/.cache', 'copydesk', `cli-0123abcd-v8-${process.versions.v8}.code`))
    expect(codeCacheFile('cli', '0123abcd', {XDG_CACHE_HOME: '/home/desk/.cache', COPYDESK_CODE_CACHE: '0'})).toBeUndefined()
  })

  it("keeps this build's caches for every V8 version and the three latest other builds', removing older ones", () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'code-cache-'))
    const names = ['cli-b1-v8-11.3.code', 'cli-b2-v8-11.3.code', 'cli-b3-v8-11.3.code', 'cli-b4-v8-11.3.code', 'cli-new-v8-12.4.code', 'worker-b1-v8-11.3.code', 'notes.txt']
    names.forEach((name, index) => {
      writeFileSync(path.join(directory, name), '')
      utimesSync(path.join(directory, name), 1000 + index, 1000 + index)
    })
    saveCodeCache(cachedScript(source, 'bundle.cjs', undefined).script, path.join(directory, 'cli-new-v8-11.3.code'))
    expect(readdirSync(directory).sort()).toEqual(['cli-b2-v8-11.3.code', 'cli-b3-v8-11.3.code', 'cli-b4-v8-11.3.code', 'cli-new-v8-11.3.code', 'cli-new-v8-12.4.code', 'notes.txt', 'worker-b1-v8-11.3.code'])
  })

  it('never fails a run when the cache cannot be written', () => {
    const blocked = path.join(mkdtempSync(path.join(tmpdir(), 'code-cache-')), 'a-file')
    writeFileSync(blocked, '')
    expect(() => saveCodeCache(cachedScript(source, 'bundle.cjs', undefined).script, path.join(blocked, 'copydesk', 'cli-x-v8-1.code'))).not.toThrow()
  })

  it('gives the CLI the same report with and without the cache, and a batch on Node 20 (other V8 flags) writes none', async () => {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'code-cache-home-'))
    const env = {XDG_CACHE_HOME: cacheHome}
    const uncached = await runCli(['check', '--format', 'json', seed], {COPYDESK_CODE_CACHE: '0', ...env})
    expect(existsSync(path.join(cacheHome, 'copydesk'))).toBe(false)
    const first = await runCli(['check', '--format', 'json', seed], env)
    const [cacheName] = readdirSync(path.join(cacheHome, 'copydesk'))
    expect(cacheName).toMatch(/^cli-[0-9a-f]{16}-v8-.+\.code$/)
    const cacheFile = path.join(cacheHome, 'copydesk', cacheName!)
    const written = statSync(cacheFile).mtimeMs
    const second = await runCli(['check', '--format', 'json', seed], env)
    // Read, not rejected: a rejected cache would have been written again.
    expect(statSync(cacheFile).mtimeMs).toBe(written)
    expect(first).toEqual(uncached)
    expect(second).toEqual(uncached)
    expect(JSON.parse(uncached.stdout)[0].messages.length).toBeGreaterThan(0)

    // A damaged cache is rejected by V8, replaced, and changes nothing in the report.
    writeFileSync(cacheFile, 'damaged')
    expect(await runCli(['check', '--format', 'json', seed], env)).toEqual(uncached)
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000)

    const batchHome = mkdtempSync(path.join(tmpdir(), 'code-cache-home-'))
    const batch = await runCli(['check', '--format', 'json', '--jobs', '2', seed, fileURLToPath(new URL('../README.md', import.meta.url))], {XDG_CACHE_HOME: batchHome})
    expect(batch.code).not.toBe(2)
    expect(existsSync(path.join(batchHome, 'copydesk'))).toBe(process.versions.node.split('.')[0] !== '20')
  }, 60_000)
})
