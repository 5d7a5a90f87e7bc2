import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {FileReport} from '../file-report.js'
import type {Input} from '../inputs.js'
import {decodeInput, defaultMaxBytes} from '../inputs.js'
import copydeskParse, {formatOf} from '../parse/index.js'
import type {Format} from '../types.js'

/**
 * The original text of each checked file, keyed by report path. The JSON
 * report carries only the path, so the gate, the cache and the HTML report
 * re-read files here (once per run) instead of widening the report contract.
 * Standard input cannot be read twice and is absent.
 */
export type Texts = Map<string, string>

export async function readTexts(inputs: Input[], cwd: string, texts: Texts = new Map()): Promise<Texts> {
  for (const input of inputs) {
    if (input.stdin || input.error || texts.has(input.path)) continue
    const text = await readFile(path.resolve(cwd, input.path)).then(
      (buffer) => decodeInput(buffer, defaultMaxBytes),
      () => undefined,
    ).catch(() => undefined)
    if (text !== undefined) texts.set(input.path, text)
  }
  return texts
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
