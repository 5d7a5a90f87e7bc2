import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {FileReport} from '../file-report.js'
import type {BatchItem} from '../batch/run.js'
import {decodeInput, defaultMaxBytes, type Input, InputError, readInput} from '../inputs.js'
import copydeskParse, {formatOf} from '../parse/index.js'
import type {Format} from '../types.js'

/**
 * The original text of each checked file, keyed by report path. The JSON
 * report carries only the path, so the gate, the cache and the HTML report
 * re-read files here (once per run) instead of widening the report contract.
 */
export type Texts = Map<string, string>

/**
 * Reads the inputs' texts. Standard input can be read only once, so it is
 * read here and handed on to the batch with its text (or its error).
 */
export async function readTexts(inputs: Input[], cwd: string): Promise<{texts: Texts; inputs: BatchItem[]}> {
  const texts: Texts = new Map()
  const items: BatchItem[] = []
  for (const input of inputs) {
    if (input.error) {
      items.push(input)
      continue
    }
    try {
      const text = input.stdin ? await readInput(input, {cwd}) : decodeInput(await readFile(path.resolve(cwd, input.path)), defaultMaxBytes)
      texts.set(input.path, text)
      items.push(input.stdin ? {...input, text} : input)
    } catch (error) {
      // A file that cannot be read is left to the batch, which reports why; standard input is gone once read.
      items.push(input.stdin && error instanceof InputError ? {...input, error: error.message} : input)
    }
  }
  return {texts, inputs: items}
}

/** Text for a report, only when it still matches every finding (the file may have changed since it was checked). */
export function textOf(report: FileReport, texts: Texts | undefined): string | undefined {
  const text = texts?.get(report.path)
  if (text === undefined) return undefined
  const matches = report.messages.every((message) => text.slice(message.place.start.offset, message.place.end.offset) === message.actual)
  return matches ? text : undefined
}

export function formatOfReport(report: FileReport): Format {
  return formatOf(report.path) ?? 'markdown'
}

/** The nlcst tree of a file, parsed as the pipeline parses it but without running any stage. */
export function parseArticle(text: string, format: Format): Root {
  const file = new VFile({value: text})
  file.data.format = format
  return unified().use(copydeskParse).parse(file) as Root
}
