import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'
import type {Input} from '../inputs.js'

const run = promisify(execFile)

export class GitError extends Error {}

/**
 * Absolute paths of files changed since `ref` (committed, staged or not)
 * plus untracked files that git does not ignore, asked of git itself so
 * that renames, submodules and `.gitignore` behave as they do for git.
 */
export async function changedSince(ref: string, cwd: string): Promise<Set<string>> {
  const git = async (args: string[]) => {
    try {
      const {stdout} = await run('git', args, {cwd, maxBuffer: 64 * 1024 * 1024})
      return stdout
    } catch (error) {
      const reason = String((error as {stderr?: string}).stderr ?? (error as Error).message).trim().split('\n')[0]
      throw new GitError(`--changed-since ${ref}: ${reason || 'git failed'}`)
    }
  }
  const top = (await git(['rev-parse', '--show-toplevel'])).trim()
  // `--end-of-options` keeps a ref such as `--output=x` from being read as an option.
  const changed = await git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', '--end-of-options', ref, '--'])
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name', '--', top])
  const files = new Set<string>()
  for (const name of `${changed}${untracked}`.split('\0')) if (name) files.add(path.resolve(top, name))
  return files
}

/** Keeps inputs that changed; standard input and inputs that carry an error are always kept. */
export function onlyChanged(inputs: Input[], changed: Set<string>, cwd: string): Input[] {
  return inputs.filter((input) => input.stdin || input.error || changed.has(path.resolve(cwd, input.path)))
}
