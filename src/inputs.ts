import {readFileSync} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {addAbortSignal} from 'node:stream'
import picomatch from 'picomatch'
import {glob, isDynamicPattern} from 'tinyglobby'
import {formatOf, supportedExtensions} from './parse/index.js'
import type {Format} from './types.js'

/** One thing to check: a file, or standard input (`path` is then the `--stdin-filename` or `-`). */
export interface Input {
  path: string
  format?: Format
  stdin?: boolean
  /** Set when the input cannot even be listed (missing path, unsupported type, empty directory). */
  error?: string
}

/** An input that cannot be checked; the message is the one-line reason. */
export class InputError extends Error {}

/** Largest file read by default; bigger files fail alone with a clear reason. */
export const defaultMaxBytes = 32 * 1024 * 1024

/**
 * A glob for files ending in any of `extensions`, in any case (`UP.MD`), as `formatOf` reads a path named
 * on its own. Spelled out letter by letter: tinyglobby's `caseSensitiveMatch` would fold the folder names too.
 */
export function extensionsPattern(extensions: readonly string[]): string {
  const anyCase = (extension: string) => [...extension].map((character) => (character.toLowerCase() === character.toUpperCase() ? character : `[${character.toLowerCase()}${character.toUpperCase()}]`)).join('')
  return `**/*{${extensions.map(anyCase).join(',')}}`
}

const pattern = extensionsPattern(supportedExtensions)

const unsupported = `unsupported file type (use ${supportedExtensions.join(' ')})`

/** An extension as file names have them: letters only (`.docx`, `.jsonl`), not `.10` or `.v2`. */
const fileExtension = /^\.\p{L}+$/u

/** Folders a walk or glob never enters. */
export const neverWalked = ['**/node_modules/**', '**/.git/**']

/**
 * Files a directory walk passes over: the JSON of JavaScript and PHP tooling, which sits beside the copy in a
 * newsroom's repository (copydesk as a dev dependency, `copydesk check .` in CI) and is no ninjs item. Named on its
 * own, or matched by a glob, such a file is still checked.
 */
const toolingFiles = ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'tsconfig.json', 'tsconfig.*.json', 'jsconfig.json', 'composer.json', 'deno.json', 'lerna.json', 'renovate.json'].map((name) => `**/${name}`)

/** `drafts/` as `drafts`; a loop, as `/\/+$/` backtracks polynomially on a long run of slashes. */
function withoutTrailingSlashes(pattern: string): string {
  let end = pattern.length
  while (end > 0 && pattern[end - 1] === '/') end--
  return pattern.slice(0, end)
}

/**
 * Whether the configuration's `ignore` (absolute globs, anchored to the configuration's folder by
 * `loadConfig`) leaves out a file found at `relative` below `cwd`. Matched after the walk, since the
 * walk's own patterns are relative to the folder walked, which need not be the configuration's.
 */
export function ignoredBy(patterns: string[]): (cwd: string, relative: string) => boolean {
  const positive = patterns.filter((pattern) => !pattern.startsWith('!')).map(withoutTrailingSlashes)
  if (positive.length === 0) return () => false
  const leftOut = picomatch(positive, {dot: true})
  const negative = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1))
  const keptBack = negative.length > 0 ? picomatch(negative, {dot: true}) : () => false
  // As a walk with these patterns would: a pattern naming a folder (`drafts`, `drafts/`, `sub/*`) leaves out all
  // below it, and a `!` pattern takes a file back.
  return (cwd, relative) => {
    const file = path.resolve(cwd, relative).split(path.sep).join('/')
    if (keptBack(file)) return false
    for (let at = file.length; at > 0; at = file.lastIndexOf('/', at - 1)) if (leftOut(file.slice(0, at))) return true
    return false
  }
}

/**
 * Inputs in operand order, each file once however it is named (`a.md ./a.md`, a directory and a
 * file in it): `fix --write` would otherwise fix it twice over. Standard input is no file, even
 * when `--stdin-filename` names one; errors are all kept.
 */
export function inputList(cwd: string): {inputs: Input[]; add: (input: Input) => void} {
  const inputs: Input[] = []
  const seen = new Set<string>()
  const add = (input: Input) => {
    if (input.error || input.stdin) return void inputs.push(input)
    const where = path.resolve(cwd, input.path)
    if (!seen.has(where)) inputs.push(input)
    seen.add(where)
  }
  return {inputs, add}
}

/**
 * Expands command-line operands into inputs, in operand order: files as
 * given, directories walked recursively, globs matched. Problems become
 * inputs with `error`, so that one bad operand never hides the others.
 */
export async function expandInputs(
  operands: string[],
  options: {cwd: string; ignore: string[]; stdinFilename?: string},
): Promise<Input[]> {
  const {inputs, add} = inputList(options.cwd)
  const ignored = ignoredBy(options.ignore)
  for (const operand of operands) {
    if (operand === '-') {
      const name = options.stdinFilename ?? '-'
      const format = formatOf(name) ?? (fileExtension.test(path.extname(name)) ? undefined : 'markdown')
      // A name with an extension copydesk does not read (`x.docx`, `feed.jsonl`) is refused, as that file would be;
      // a name whose last dot starts no extension of letters is Markdown (`budget-2024.06.10`, `story.v2`).
      add(format ? {path: name, stdin: true, format} : {path: name, error: unsupported})
      continue
    }
    const info = await stat(path.resolve(options.cwd, operand)).catch(() => undefined)
    if (info?.isFile()) {
      const format = formatOf(operand)
      add(format ? {path: operand, format} : {path: operand, error: unsupported})
    } else if (info?.isDirectory() || isDynamicPattern(operand)) {
      const cwd = info?.isDirectory() ? path.resolve(options.cwd, operand) : options.cwd
      const matches = await glob(info?.isDirectory() ? pattern : operand, {cwd, ignore: info?.isDirectory() ? [...neverWalked, ...toolingFiles] : neverWalked, dot: false, onlyFiles: true})
      const supported = matches.filter((file) => formatOf(file))
      const files = supported.filter((file) => !ignored(cwd, file)).sort()
      if (files.length === 0) {
        const none = info ? 'no supported files in this directory' : 'no files match this pattern'
        add({path: operand, error: supported.length > 0 ? 'every file here is left out by `ignore` in the configuration' : none})
      }
      for (const file of files) {
        const relative = info?.isDirectory() ? path.join(operand, file) : file
        add({path: relative, format: formatOf(file)!})
      }
    } else {
      // A FIFO, socket or device: reading it could block the batch, or never end.
      add({path: operand, error: info ? 'not a regular file or directory' : 'no such file or directory'})
    }
  }
  return inputs
}

/**
 * Reads an input as text, refusing what cannot be checked without losing or corrupting text.
 * A file is read in one blocking call: a batch's worker thread has nothing else to do meanwhile,
 * and an asynchronous read left it waiting on the round trips through libuv's thread pool (open,
 * stat, read, close) while the other threads held both cores. 10,000 bench articles, 2 workers:
 * 35.1 -> 28.1 s wall (1,000: 4.83 -> 4.47 s, four interleaved runs).
 */
export async function readInput(input: Input, options: {cwd: string; maxBytes?: number; signal?: AbortSignal}): Promise<string> {
  let buffer: Buffer
  try {
    buffer = input.stdin ? await readStdin(options.signal) : readFileSync(path.resolve(options.cwd, input.path))
  } catch (error) {
    if (options.signal?.aborted) throw new InputError('interrupted')
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`)
  }
  return decodeInput(buffer, options.maxBytes ?? defaultMaxBytes)
}

export function decodeInput(buffer: Uint8Array, maxBytes: number): string {
  if (buffer.length > maxBytes) throw new InputError(`too large (${buffer.length} bytes; the limit is ${maxBytes})`)
  if (buffer.includes(0)) throw new InputError('binary file (contains NUL bytes)')
  let text: string
  try {
    // ignoreBOM keeps a byte-order mark in the text, so offsets match the file.
    text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(buffer)
  } catch {
    throw new InputError('not valid UTF-8')
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError('empty file')
  return text
}

/** Standard input to its end; closed at once when `signal` aborts (Ctrl-C while the writer is silent). */
async function readStdin(signal?: AbortSignal): Promise<Buffer> {
  if (signal) addAbortSignal(signal, process.stdin)
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
