import type {FileReport} from '../file-report.js'

/**
 * The contract's JSON report written one entry at a time, byte for byte what
 * `JSON.stringify(reports, null, 2)` gives: a batch of 10,000 articles never
 * holds its whole report as one string (that string and its copy for stdout
 * took the peak RSS of a 10,000-article run from about 470 MB to 931 MB).
 */
export function jsonArrayWriter(write: (chunk: string | Uint8Array) => void): {item(report: FileReport): void; entry(bytes: Uint8Array): void; end(): void} {
  let count = 0
  const separator = () => (count++ === 0 ? '[\n  ' : ',\n  ')
  return {
    item(report) {
      write(`${separator()}${jsonEntry(report)}`)
    },
    /** An entry made by `jsonEntry` elsewhere (in a worker thread), as UTF-8. */
    entry(bytes) {
      write(Buffer.concat([Buffer.from(separator()), bytes]))
    },
    end() {
      write(count === 0 ? '[]\n' : '\n]\n')
    },
  }
}

/** One report as an entry of the JSON array, indented as `JSON.stringify(reports, null, 2)` indents it. */
export function jsonEntry(report: FileReport): string {
  // JSON strings never hold a raw line break, so indenting every line is safe.
  return JSON.stringify(report, null, 2).replaceAll('\n', '\n  ')
}
