import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import type {Input} from '../inputs.js'
import type {BatchItem} from './run.js'

/** One ninjs item of a JSON Lines feed; `path` is `source:line`. */
export interface JsonlItem extends BatchItem {
  source: string
  line: number
  /** The line's bytes when they are not UTF-8: refused, and written back as they were. */
  raw?: Uint8Array
}

/**
 * Feeds named on the command line: `-` for standard input, files of any
 * name, and the `.jsonl`/`.ndjson` files in directories and globs.
 */
export async function expandFeeds(operands: string[], options: {cwd: string; ignore: string[]; stdinFilename?: string}): Promise<Input[]> {
  const inputs: Input[] = []
  for (const operand of operands) {
    if (operand === '-') {
      inputs.push({path: options.stdinFilename ?? '-', stdin: true, format: 'ninjs'})
      continue
    }
    const info = await stat(path.resolve(options.cwd, operand)).catch(() => undefined)
    if (info?.isFile()) {
      inputs.push({path: operand, format: 'ninjs'})
    } else if (info?.isDirectory() || isDynamicPattern(operand)) {
      const directory = info?.isDirectory()
      const matches = await glob(directory ? '**/*.{jsonl,ndjson}' : operand, {
        cwd: directory ? path.resolve(options.cwd, operand) : options.cwd,
        ignore: ['**/node_modules/**', '**/.git/**', ...options.ignore],
        onlyFiles: true,
      })
      if (matches.length === 0) inputs.push({path: operand, error: directory ? 'no .jsonl or .ndjson feeds in this directory' : 'no files match this pattern'})
      for (const file of matches.sort()) inputs.push({path: directory ? path.join(operand, file) : file, format: 'ninjs'})
    } else {
      inputs.push({path: operand, error: 'no such file or directory'})
    }
  }
  return inputs
}

/**
 * Streams the items of JSON Lines feeds (files or standard input), one ninjs
 * item a line, without reading a whole feed into memory. Blank lines are
 * skipped; a line that is not a ninjs item is reported on its own.
 */
export async function* jsonlItems(inputs: Input[], cwd: string): AsyncGenerator<JsonlItem> {
  for (const input of inputs) {
    if (input.error) {
      yield {path: input.path, source: input.path, line: 0, error: input.error}
      continue
    }
    const stream = input.stdin ? process.stdin : createReadStream(path.resolve(cwd, input.path))
    let line = 0
    try {
      for await (const bytes of lines(stream)) {
        line++
        const where = {path: `${input.path}:${line}`, source: input.path, line, ...(input.stdin ? {stdin: true} : {})}
        let text: string
        try {
          text = utf8.decode(bytes)
        } catch {
          yield {...where, error: 'not valid UTF-8', raw: bytes}
          continue
        }
        const item = line === 1 ? text.replace(/^\uFEFF/, '') : text
        if (item.trim() === '') continue
        yield {...where, format: 'ninjs', text: item}
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      yield {path: input.path, source: input.path, line, error: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})`}
    }
  }
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Splits a byte stream at LF (dropping a CR before it), without decoding:
 * each line is decoded on its own, so one bad byte costs one item, never
 * a silent U+FFFD written back into the feed. A line's chunks are joined
 * once, when its end arrives, so a very long line is copied once, not once a chunk.
 */
async function* lines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Uint8Array> {
  let parts: Buffer[] = []
  for await (const chunk of stream) {
    let rest = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let newline = rest.indexOf(0x0a)
    while (newline !== -1) {
      parts.push(rest.subarray(0, newline))
      yield withoutCr(parts.length === 1 ? parts[0]! : Buffer.concat(parts))
      parts = []
      rest = rest.subarray(newline + 1)
      newline = rest.indexOf(0x0a)
    }
    if (rest.length > 0) parts.push(rest)
  }
  if (parts.length > 0) yield withoutCr(Buffer.concat(parts))
}

function withoutCr(line: Buffer): Buffer {
  return line.at(-1) === 0x0d ? line.subarray(0, -1) : line
}
