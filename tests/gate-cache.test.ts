import {execFile} from 'node:child_process'
import {appendFileSync, cpSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {FileReport} from '../src/file-report.js'
import {exitCode} from './exit-code.js'
import {copydesk, workspace, write} from './gate-helpers.js'

const marker = 'served from the cache'

/** Rewrites every cached reason, so that a report that shows it can only have come from the cache. */
function markCache(dir: string): void {
  const file = path.join(dir, '.copydesk-cache', 'results.json')
  const cache = JSON.parse(readFileSync(file, 'utf8')) as {entries: Record<string, {report: FileReport}>}
  for (const entry of Object.values(cache.entries)) for (const message of entry.report.messages) message.reason = marker
  writeFileSync(file, JSON.stringify(cache))
}

async function reasons(dir: string, args: string[] = []): Promise<Record<string, string[]>> {
  const run = await copydesk(['check', '--cache', '--format', 'json', ...args, 'a.md', 'b.md'], dir)
  expect(run.code, run.stderr).not.toBe(2)
  expect(run.stdout, run.stderr).not.toBe('')
  const reports = JSON.parse(run.stdout) as FileReport[]
  return Object.fromEntries(reports.map((report) => [report.path, report.messages.map((message) => message.reason)]))
}

describe('--cache', () => {
  it('reuses results for unchanged files, and checks again when the content or the configuration changes', async () => {
    const dir = workspace({
      'a.md': 'Exports fell by 3,5 percent, the ministry said.\n',
      'b.md': 'Imports rose by 2,5 percent, the ministry said.\n',
    })
    const first = await reasons(dir)
    expect(first['a.md']).toEqual([expect.stringContaining('decimal comma')])
    expect(first['b.md']).toEqual([expect.stringContaining('decimal comma')])

    markCache(dir)
    expect(await reasons(dir)).toEqual({'a.md': [marker], 'b.md': [marker]})

    // New content: that file only is checked again.
    write(dir, {'b.md': 'Imports rose by 4,5 percent, the ministry said.\n'})
    const edited = await reasons(dir)
    expect(edited['a.md']).toEqual([marker])
    expect(edited['b.md']).toEqual([expect.stringContaining('`4,5`')])

    // Another configuration: everything is checked again.
    markCache(dir)
    write(dir, {'.copydeskrc.yml': 'rules:\n  typography/decimal-comma: error\n'})
    const reconfigured = await copydesk(['check', '--cache', '--format', 'json', 'a.md', 'b.md'], dir)
    const reports = JSON.parse(reconfigured.stdout) as FileReport[]
    expect(reports.flatMap((report) => report.messages.map((message) => [message.reason.includes(marker), message.severity]))).toEqual([
      [false, 'error'],
      [false, 'error'],
    ])
    // And another --lang: checked again too.
    markCache(dir)
    expect(Object.values(await reasons(dir, ['--lang', 'en'])).flat()).not.toContain(marker)
    // And another --date: checked again too.
    markCache(dir)
    expect(Object.values(await reasons(dir, ['--lang', 'en', '--date', '2025-06-10'])).flat()).not.toContain(marker)
  }, 120_000)

  it('checks again after a rebuild under the same version number', async () => {
    // A copy of this build, whose bundle is then changed as a rebuild would change it.
    const root = fileURLToPath(new URL('..', import.meta.url))
    const build = workspace({})
    for (const part of ['dist', 'rules', 'package.json']) cpSync(path.join(root, part), path.join(build, part), {recursive: true})
    symlinkSync(path.join(root, 'node_modules'), path.join(build, 'node_modules'))
    const dir = workspace({'a.md': 'Exports fell by 3,5 percent, the ministry said.\n', 'b.md': 'Imports rose by 2,5 percent, the ministry said.\n'})
    const check = () =>
      new Promise<string>((resolve) => {
        const env = {...process.env, COPYDESK_CODE_CACHE: '0'}
        execFile(process.execPath, [path.join(build, 'dist', 'cli.js'), 'check', '--cache', '--format', 'json', 'a.md', 'b.md'], {cwd: dir, env}, (error, stdout) => {
          expect(exitCode(error)).not.toBe(2)
          resolve(stdout)
        })
      })
    await check()
    markCache(dir)
    expect(await check()).toContain(marker)
    appendFileSync(path.join(build, 'dist', 'cli.cjs'), '\n// rebuilt\n')
    expect(await check()).not.toContain(marker)
  }, 60_000)
})
