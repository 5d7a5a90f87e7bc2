import {execFile, execFileSync} from 'node:child_process'
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {exitCode} from './exit-code.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built CLI, as CI and newsrooms do; one worker thread, to leave the other core to the other test file. */
export function copydesk(args: string[], cwd: string, input = ''): Promise<Run> {
  const argv = args[0] === 'check' ? ['check', '--jobs', '1', ...args.slice(1)] : args
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...argv], {cwd, env: {...process.env, NO_COLOR: '1'}, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      resolve({code: exitCode(error), stdout, stderr})
    })
    child.stdin?.end(input)
  })
}

export function workspace(files: Record<string, string>, prefix = 'copydesk-gate-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  write(dir, files)
  return dir
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), content)
  }
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.org', '-c', 'commit.gpgsign=false', ...args], {cwd: dir, encoding: 'utf8'})
}

export function gitRepository(files: Record<string, string>): string {
  const dir = workspace(files, 'copydesk-repo-')
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'first draft')
  return dir
}
