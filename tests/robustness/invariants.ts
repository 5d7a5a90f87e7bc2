import type {Node, Root} from 'nlcst'
import {expect} from 'vitest'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {toFileReport} from '../../src/file-report.js'
import {MalformedInputError} from '../../src/parse/index.js'
import {reporters} from '../../src/reporters/index.js'
import type {CopydeskMessage, Format} from '../../src/types.js'
import {checkText} from '../../src/pipeline.js'

type Processor = Parameters<typeof checkText>[0]

/**
 * Crashes already reported to the owner of the code, each with its fixture in
 * regressions/ (marked `it.fails` there). The properties skip only these, so
 * that one open bug does not hide new ones; delete the entry once it is fixed.
 */
export function knownOpenBug(_error: unknown): boolean {
  // None open: the script stage's look-alike crash (regressions/script-astral-lookalike-with-combining-mark.txt) is fixed.
  return false
}

/**
 * Checks `text` and asserts the report contract (CONTRACT.md): offsets inside
 * the file, `slice === actual`, line/column agreeing with the offset, and a
 * JSON report that parses back to the same data. A `MalformedInputError` is
 * the one documented way to refuse a file; anything else thrown is a bug.
 */
export async function checkSoundly(processor: Processor, text: string, format: Format): Promise<VFile | undefined> {
  let file: VFile
  try {
    file = await checkText(processor, text, {format, path: `fuzz.${format}`})
  } catch (error) {
    if (error instanceof MalformedInputError) {
      expect(error.message).toMatch(/^[^\n]+$/)
      return undefined
    }
    if (knownOpenBug(error)) return undefined
    throw error
  }
  const where = location(text)
  for (const message of file.messages as CopydeskMessage[]) {
    const place = message.place
    expect(place && 'start' in place, `${message.ruleId} has a range`).toBe(true)
    if (!place || !('start' in place)) continue
    const start = place.start.offset!
    const end = place.end.offset!
    expect(0 <= start && start <= end && end <= text.length, `${message.source}/${message.ruleId} ${start}-${end} inside ${text.length}`).toBe(true)
    expect(message.actual, `${message.source}/${message.ruleId} actual`).toBe(text.slice(start, end))
    expect(where.toPoint(start)).toEqual(expect.objectContaining({line: place.start.line, column: place.start.column}))
    expect(['error', 'warning', 'info']).toContain(message.severity)
    expect(Array.isArray(message.expected)).toBe(true)
  }
  const report = toFileReport(`fuzz.${format}`, file)
  const json = reporters.json!([report], {color: false})
  expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify([report])))
  expect(typeof reporters.pretty!([report], {color: false})).toBe('string')
  return file
}

/**
 * Every node of the parsed tree lies inside the file and siblings come in
 * order; below a paragraph, children lie inside their parent; every
 * character that is not inserted white space has a source span. (A paragraph's
 * own position spans its sentences only, so leading white space may precede it.)
 */
export function assertPositions(tree: Root, length: number): void {
  const check = (node: Node, from: number, to: number): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    expect(from <= start && start <= end && end <= to, `${node.type} ${start}-${end} within ${from}-${to}`).toBe(true)
    // Only inserted separators (white space) have no source; a word or mark with an empty span means the offset map lost step.
    const value = (node as {value?: string}).value
    if (value && node.type !== 'WhiteSpaceNode') expect(end > start, `${node.type} ${JSON.stringify(value)} has an empty span at ${start}`).toBe(true)
    let previous = node.type === 'ParagraphNode' ? 0 : start
    for (const child of (node as {children?: Node[]}).children ?? []) {
      const childStart = child.position?.start.offset
      if (childStart === undefined) continue
      expect(childStart >= previous, `${child.type} at ${childStart} after ${previous}`).toBe(true)
      if (node.type === 'ParagraphNode') check(child, 0, length)
      else check(child, start, end)
      previous = child.position?.end.offset ?? childStart
    }
  }
  for (const paragraph of tree.children) check(paragraph, 0, length)
}
