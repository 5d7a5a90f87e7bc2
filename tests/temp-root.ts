import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * Vitest global setup: the tests' temporary files (workspaces, caches, fixed copies) go under one directory of
 * this run, removed when the run ends, instead of piling up in the system's temporary directory. `os.tmpdir()`
 * reads TMPDIR, which the test workers and the CLI processes they start inherit.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'copydesk-tests-'))
  process.env.TMPDIR = root
  return () => rmSync(root, {recursive: true, force: true})
}
