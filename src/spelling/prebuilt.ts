import {readFileSync} from 'node:fs'

/**
 * The bytes after `notice` of a table `npm run build` wrote (`dist/spelling-index/`), ready to be read as typed-array
 * views: undefined when the file is missing, shorter than its notice and `headerBytes`, or headed by another notice.
 */
export function readPrebuiltTable(file: URL, notice: Buffer, headerBytes: number): Buffer | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return undefined
  }
  // Typed arrays need offsets that are multiples of their element size (each notice is padded to eight bytes).
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes)
  if (aligned.length < notice.length + headerBytes || !aligned.subarray(0, notice.length).equals(notice)) return undefined
  return aligned.subarray(notice.length)
}
