import {createReadStream} from 'node:fs'
import path from 'node:path'
import {createInterface} from 'node:readline'
import type {Input} from '../inputs.js'
import type {BatchItem} from './run.js'

/** One ninjs item of a JSON Lines feed; `path` is `source:line`. */
export interface JsonlItem extends BatchItem {
  source: string
  line: number
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
    const stream = input.stdin ? process.stdin : createReadStream(path.resolve(cwd, input.path), {encoding: 'utf8'})
    let line = 0
    try {
      for await (const text of createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})) {
        line++
        const item = line === 1 ? text.replace(/^\uFEFF/, '') : text
        if (item.trim() === '') continue
        yield {path: `${input.path}:${line}`, source: input.path, line, format: 'ninjs', text: item, ...(input.stdin ? {stdin: true} : {})}
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      yield {path: input.path, source: input.path, line, error: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (error as Error).message})`}
    }
  }
}
