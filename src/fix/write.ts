import {chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync} from 'node:fs'
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
  private readonly mode: number | undefined

  constructor(readonly target: string, mode?: number) {
    this.mode = mode ?? modeOf(target)
    mkdirSync(path.dirname(target), {recursive: true})
    const random = Math.random().toString(36).slice(2, 10)
    this.temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${random}.copydesk-tmp`)
    this.handle = openSync(this.temporary, 'wx', this.mode ?? 0o666)
  }

  write(text: string): void {
    writeSync(this.handle, text)
  }

  finish(): void {
    fsyncSync(this.handle)
    closeSync(this.handle)
    // openSync's mode is filtered by the umask; restore the original exactly.
    if (this.mode !== undefined) chmodSync(this.temporary, this.mode)
    renameSync(this.temporary, this.target)
  }

  abort(): void {
    try {
      closeSync(this.handle)
    } catch {
      // already closed by finish()
    }
    rmSync(this.temporary, {force: true})
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

export function modeOf(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o7777
  } catch {
    return undefined
  }
}
