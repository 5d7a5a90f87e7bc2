import type {Point} from 'unist'

/**
 * Offset → line and column, as vfile-location computes them (a line ends at
 * LF, CR or CRLF), but from a cursor: the parser asks for points in file
 * order, so nearly every look-up hits the line of the one before and the
 * binary search runs only when the offset jumps back.
 */
export class Lines {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0]
  private line = 0
  private last: Point | undefined

  constructor(text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) this.starts.push(index + 1)
    }
  }

  /**
   * The point at `offset`. Asked twice in a row for one offset (a token's end
   * is the next one's start) it returns the same object: points are never
   * changed once made, and one object fewer per token is less garbage.
   */
  point(offset: number): Point {
    if (offset === this.last?.offset) return this.last
    const starts = this.starts
    let line = this.line
    if (offset < starts[line]!) line = this.search(offset)
    else while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
    this.line = line
    this.last = {line: line + 1, column: offset - starts[line]! + 1, offset}
    return this.last
  }

  /** The last line starting at or before `offset`. */
  private search(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
}
