import {chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/**
 * A file replaced atomically: text goes to a temporary file in the same
 * directory (same file system, so `rename` is atomic), is flushed to disk by
 * `finish` and renamed over the target. A reader, a crash or Ctrl-C sees the
 * old file or the new one, never half of either; `abort` leaves the target
 * untouched. The mode is the target's own unless given.
 * Hand-written because write-file-atomic needs Node 22.
 */
export class AtomicFile {
  private readonly temporary: string
  private readonly handle: number
  /**
   * Whether `handle` is closed. A descriptor must never be closed twice: its number is reused at once by
   * the next open in any thread (a batch worker reading its word lists), and a second close would close that file.
   */
  private closed = false
  private readonly mode: number | undefined
  /** Where the bytes go: through a symbolic link to the file it names, so that the link stays a link. */
  private readonly destination: string

  constructor(readonly target: string, mode?: number) {
    this.destination = resolveLink(target)
    this.mode = mode ?? modeOf(this.destination)
    makeDirectories(path.dirname(this.destination))
    const random = Math.random().toString(36).slice(2, 10)
    this.temporary = path.join(path.dirname(this.destination), `.${path.basename(this.destination)}.${process.pid}-${random}.copydesk-tmp`)
    this.handle = openSync(this.temporary, 'wx', this.mode ?? 0o666)
  }

  write(text: string | Uint8Array): void {
    // writeFileSync on a descriptor loops until every byte is written; writeSync may stop short.
    writeFileSync(this.handle, text)
  }

  finish(): void {
    fsyncSync(this.handle)
    this.close()
    // openSync's mode is filtered by the umask; restore the original exactly.
    if (this.mode !== undefined) chmodSync(this.temporary, this.mode)
    renameSync(this.temporary, this.destination)
  }

  abort(): void {
    this.close()
    rmSync(this.temporary, {force: true})
  }

  private close(): void {
    if (this.closed) return
    this.closed = true
    closeSync(this.handle)
  }
}

/**
 * `mkdir -p`, one folder at a time. Hand-written because Node's recursive mkdir never returns when a file system
 * answers "no such file" for a folder whose parent exists, as /proc does (`fix --out /proc/x` spun forever): here
 * that answer is an error naming the folder.
 */
function makeDirectories(directory: string): void {
  const missing: string[] = []
  for (let at = directory; !existsSync(at); at = path.dirname(at)) {
    missing.unshift(at)
    if (path.dirname(at) === at) break
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder)
    } catch (error) {
      // Another worker of the batch made it first.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

export function writeAtomic(target: string, text: string, mode?: number): void {
  const file = new AtomicFile(target, mode)
  try {
    file.write(text)
    file.finish()
  } catch (error) {
    file.abort()
    throw error
  }
}

function resolveLink(target: string): string {
  try {
    return realpathSync(target)
  } catch {
    return target
  }
}

export function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777
  } catch {
    return undefined
  }
}
