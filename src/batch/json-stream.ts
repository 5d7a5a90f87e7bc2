import type {FileReport} from '../file-report.js'

/**
 * The contract's JSON report written one entry at a time, byte for byte what
 * `JSON.stringify(reports, null, 2)` gives: a batch of 10,000 articles never
 * holds its whole report as one string (that string and its copy for stdout
 * took the peak RSS of a 10,000-article run from about 470 MB to 931 MB).
 */
export function jsonArrayWriter(write: (text: string) => void): {item(report: FileReport): void; end(): void} {
  let count = 0
  return {
    item(report) {
      // JSON strings never hold a raw line break, so indenting every line is safe.
      write(`${count++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(report, null, 2).replaceAll('\n', '\n  ')}`)
    },
    end() {
      write(count === 0 ? '[]\n' : '\n]\n')
    },
  }
}
