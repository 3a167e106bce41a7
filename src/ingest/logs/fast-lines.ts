import type { LineBatch } from '../lines.js'
import { CR, decode, LF } from './scan.js'

// How a reader with a fast path walks a batch: the fast scanner reads lines from their bytes for
// as long as it can; the first line it leaves is decoded and read as text by the general path,
// then the fast scanner goes on from the next. Both paths give the same result (each reader's
// property test checks it), so this only decides which of them reads a line.

/** A reader's fast path over bytes. */
export interface FastScanner {
  /** Lines read so far (a skipped `[N/A]` line counts; the reader's stats and line numbers use it). */
  lines: number
  /**
   * Reads lines from `pos` on while it can, stopping at the first it leaves to the general path.
   * @returns the start of the first line not read (`length` when it read to the end).
   */
  scan(b: Uint8Array, view: DataView, pos: number, length: number): number
}

/** What the general path says of a line: read (or skipped), or the end of the read (a bad header). */
export const READ = 0
export const STOP = 1

/**
 * Reads one batch: runs of lines on `fast()` (when it gives a scanner), the others through
 * `general` as text with their line numbers. Reports the batch's line count.
 * @returns STOP when the general path ended the read.
 */
export function readBatchLines(batch: LineBatch, fast: () => FastScanner | undefined, general: (line: string, lineNo: number) => typeof READ | typeof STOP): typeof READ | typeof STOP {
  const b = batch.bytes
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  const length = b.length
  let pos = 0
  let index = 0
  while (pos < length) {
    const scanner = fast()
    if (scanner !== undefined) {
      const before = scanner.lines
      pos = scanner.scan(b, view, pos, length)
      index += scanner.lines - before
      if (pos >= length) break
    }
    const nl = b.indexOf(LF, pos)
    let end = nl < 0 ? length : nl
    if (end > pos && b[end - 1] === CR) end--
    if (general(decode(b, pos, end), batch.firstLine + index) === STOP) return STOP
    pos = nl < 0 ? length : nl + 1
    index++
  }
  batch.reportLineCount(index)
  return READ
}
