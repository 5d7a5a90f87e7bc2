import {closeSync, createReadStream, openSync, readSync, rmSync, writeFileSync} from 'node:fs'
import {addAbortSignal} from 'node:stream'
import {randomBytes} from 'node:crypto'
import {stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {type Input, defaultMaxBytes, extensionsPattern, ignoredBy, inputList, neverWalked} from '../inputs.js'
import type {BatchItem} from './run.js'

/** One ninjs item of a JSON Lines feed; `path` is `source:line`. */
export interface JsonlItem extends BatchItem {
  source: string
  line: number
  /** The line's bytes when they are not UTF-8: refused, and written back as they were. */
  raw?: Uint8Array
  /** A line too large to hold in memory: refused, and kept in a temporary file to be written back as it was. */
  spooled?: SpooledLine
  /** The feed could not be read to its end: what was read of it must not replace it. */
  feedFailed?: boolean
  /**
   * The bytes around the item that a rewritten feed must keep as they were: `before`, the blank lines
   * before it (and the first line's byte-order mark); `ending`, its own line end (`\n`, `\r\n`, or none at
   * the feed's end); `after`, blank lines after the feed's last item, set on that item once the feed has ended.
   */
  before?: string
  ending?: string
  after?: string
}

/**
 * A line's bytes (without the line's end) in an unnamed temporary file: removed from its
 * directory as soon as it is opened, so that nothing is left behind however the process ends.
 */
export interface SpooledLine {
  handle: number
  bytes: number
}

const feedPattern = extensionsPattern(['.jsonl', '.ndjson'])

/**
 * Feeds named on the command line: `-` for standard input, files of any
 * name, and the `.jsonl`/`.ndjson` files in directories and globs.
 */
export async function expandFeeds(operands: string[], options: {cwd: string; ignore: string[]; stdinFilename?: string}): Promise<Input[]> {
  const {inputs, add} = inputList(options.cwd)
  const ignored = ignoredBy(options.ignore)
  for (const operand of operands) {
    if (operand === '-') {
      add({path: options.stdinFilename ?? '-', stdin: true, format: 'ninjs'})
      continue
    }
    const info = await stat(path.resolve(options.cwd, operand)).catch(() => undefined)
    if (info?.isFile()) {
      add({path: operand, format: 'ninjs'})
    } else if (info?.isDirectory() || isDynamicPattern(operand)) {
      const directory = info?.isDirectory()
      const cwd = directory ? path.resolve(options.cwd, operand) : options.cwd
      const matches = (await glob(directory ? feedPattern : operand, {cwd, ignore: neverWalked, onlyFiles: true})).filter((file) => !ignored(cwd, file))
      if (matches.length === 0) add({path: operand, error: directory ? 'no .jsonl or .ndjson feeds in this directory' : 'no files match this pattern'})
      for (const file of matches.sort()) add({path: directory ? path.join(operand, file) : file, format: 'ninjs'})
    } else {
      add({path: operand, error: 'no such file or directory'})
    }
  }
  return inputs
}

/**
 * Streams the items of JSON Lines feeds (files or standard input), one ninjs
 * item a line, without reading a whole feed into memory. Blank lines are
 * no items (with `keepBlank`, they are kept on a neighbouring item, for `fix` to write back);
 * a line that is not a ninjs item is reported on its own.
 */
export async function* jsonlItems(
  inputs: Input[],
  cwd: string,
  {maxLineBytes = defaultMaxBytes, signal, keepBlank = true}: {maxLineBytes?: number; signal?: AbortSignal; keepBlank?: boolean} = {},
): AsyncGenerator<JsonlItem> {
  for (const input of inputs) {
    // Ctrl-C: no more feeds are opened (a later `-` would wait on standard input).
    if (signal?.aborted) return
    if (input.error) {
      yield {path: input.path, source: input.path, line: 0, error: input.error}
      continue
    }
    const stream = input.stdin ? process.stdin : createReadStream(path.resolve(cwd, input.path))
    // Stopped, the feed is closed at once: a live feed may send nothing more for a long time.
    if (signal) addAbortSignal(signal, stream)
    let line = 0
    // Blank lines not yet kept on an item, and the feed's last item so far, which keeps those at the feed's end.
    let blank = ''
    let last: JsonlItem | undefined
    const kept = (item: JsonlItem): JsonlItem => {
      if (blank) item.before = blank + (item.before ?? '')
      blank = ''
      last = item
      return item
    }
    try {
      for await (const {bytes, ending} of lines(stream, maxLineBytes, signal)) {
        line++
        const where = {path: `${input.path}:${line}`, source: input.path, line, ending, ...(input.stdin ? {stdin: true} : {})}
        if (!(bytes instanceof Uint8Array)) {
          yield kept({...where, error: tooLarge(bytes.bytes, maxLineBytes), spooled: bytes})
          continue
        }
        if (bytes.length > maxLineBytes) {
          yield kept({...where, error: tooLarge(bytes.length, maxLineBytes), raw: bytes})
          continue
        }
        let text: string
        try {
          text = utf8.decode(bytes)
        } catch {
          yield kept({...where, error: 'not valid UTF-8', raw: bytes})
          continue
        }
        const item = line === 1 ? text.replace(/^\uFEFF/, '') : text
        if (item.trim() === '') {
          if (!keepBlank) continue
          blank += text + ending
          // Held until an item comes, blank lines are bounded like one line: a run beyond the limit is refused whole, and written back as it was.
          if (blank.length > maxLineBytes) {
            const run = Buffer.from(blank)
            blank = ''
            yield kept({...where, error: `blank lines up to here too large (${run.length} bytes; the limit is ${maxLineBytes})`, raw: run, ending: ''})
          }
          continue
        }
        yield kept({...where, format: 'ninjs', text: item, ...(item === text ? {} : {before: '\uFEFF'})})
      }
      if (blank && last) last.after = blank
    } catch (error) {
      if (signal?.aborted) return
      const code = (error as NodeJS.ErrnoException).code
      const reason = error instanceof SpoolError ? error.message : code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})`
      yield {path: input.path, source: input.path, line, error: reason, feedFailed: true}
    }
  }
}

const tooLarge = (bytes: number, limit: number) => `too large (${bytes} bytes; the limit is ${limit})`

/** The temporary file of an oversized line could not be written. */
class SpoolError extends Error {}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Splits a byte stream at LF (a CR before it is part of the line's end, kept apart), without decoding:
 * each line is decoded on its own, so one bad byte costs one item, never
 * a silent U+FFFD written back into the feed. A line's chunks are joined
 * once, when its end arrives, so a very long line is copied once, not once a chunk.
 * A line beyond `maxBytes` (and the CR that may end it) goes on to a temporary file instead,
 * so that a feed holding a line of gigabytes costs no memory and loses neither that line nor the rest of the feed.
 * Ctrl-C stops it between two chunks.
 */
async function* lines(stream: AsyncIterable<Buffer | string>, maxBytes: number, signal?: AbortSignal): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let size = 0
  let spool: Spool | undefined
  const add = (part: Buffer) => {
    if (spool) return spool.write(part)
    parts.push(part)
    size += part.length
    if (size <= maxBytes + 1) return
    spool = new Spool()
    for (const held of parts) spool.write(held)
    parts = []
  }
  /** The line held, and how it ended: at a line feed (after a CR or not), or at the stream's end. */
  const end = (lineFeed: boolean): Line => {
    const whole = spool ? undefined : parts.length === 1 ? parts[0]! : Buffer.concat(parts)
    const cr = spool ? spool.endsInCr : whole!.at(-1) === 0x0d
    const bytes = spool ? spool.finish() : cr ? whole!.subarray(0, -1) : whole!
    parts = []
    size = 0
    spool = undefined
    return {bytes, ending: (cr ? '\r' : '') + (lineFeed ? '\n' : '')}
  }
  try {
    for await (const chunk of stream) {
      if (signal?.aborted) return
      let rest = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      let newline = rest.indexOf(0x0a)
      while (newline !== -1) {
        add(rest.subarray(0, newline))
        yield end(true)
        rest = rest.subarray(newline + 1)
        newline = rest.indexOf(0x0a)
      }
      if (rest.length > 0) add(rest)
    }
    if (parts.length > 0 || spool) yield end(false)
  } finally {
    // A feed that failed or was stopped mid-line: its temporary file goes now.
    if (spool) releaseSpooled(spool.finish())
  }
}

/** A line's bytes without its end (held, or spooled when too large), and that end as it was. */
interface Line {
  bytes: Uint8Array | SpooledLine
  ending: string
}

/** One line being written to a temporary file, removed from its directory at once (see `SpooledLine`). */
class Spool {
  private readonly handle: number
  private bytes = 0
  private lastByte = -1

  constructor() {
    const file = path.join(tmpdir(), `copydesk-line-${process.pid}-${randomBytes(6).toString('hex')}`)
    this.handle = this.attempt(() => openSync(file, 'wx+', 0o600))
    // Removing an open file keeps its data until the handle is closed (libuv opens files shareable for deletion on Windows too).
    try {
      rmSync(file)
    } catch {
      // Left to the system's temporary-file clean-up, where removing an open file is refused.
    }
  }

  write(part: Buffer): void {
    if (part.length === 0) return
    this.attempt(() => writeFileSync(this.handle, part))
    this.bytes += part.length
    this.lastByte = part.at(-1)!
  }

  get endsInCr(): boolean {
    return this.lastByte === 0x0d
  }

  /** The line as written so far, ended: its handle stays open for reading back. */
  finish(): SpooledLine {
    return {handle: this.handle, bytes: this.endsInCr ? this.bytes - 1 : this.bytes}
  }

  private attempt<T>(step: () => T): T {
    try {
      return step()
    } catch (error) {
      throw new SpoolError(`a line is too large to hold in memory, and the temporary directory (${tmpdir()}) cannot take it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }
}

/** A spooled line's bytes, a chunk at a time. */
export function* spooledBytes(line: SpooledLine): Generator<Uint8Array> {
  for (let done = 0; done < line.bytes; ) {
    // A fresh buffer a chunk: a writer may still hold the last one (an asynchronous pipe).
    const chunk = Buffer.allocUnsafe(Math.min(line.bytes - done, 1 << 20))
    const read = readSync(line.handle, chunk, 0, chunk.length, done)
    if (read === 0) throw new Error('a spooled line ended early')
    done += read
    yield chunk.subarray(0, read)
  }
}

/** A spooled line's handle once closed. */
const released = -1

/** Closes a spooled line's temporary file, which the system then frees; once its item is done with, read or not. */
export function releaseSpooled(line: SpooledLine): void {
  // Closed once only: a descriptor's number is reused at once by the next open in any thread, which a second close would close.
  if (line.handle === released) return
  const {handle} = line
  line.handle = released
  closeSync(handle)
}

