import type { ColumnsBuilder, ReadContext } from './reader.js'
import type { LocalClock } from './local-time.js'
import { LineShapes } from './nvidia-smi-scan.js'
import { COMMA, CR, decimal, DIGIT_0, DOT, fractionMs, LF, newDecimalScan, OPEN_BRACKET, scanDecimal, SPACE, UPPER_W } from './scan.js'

const number = newDecimalScan()

// The fast path of the nvidia-smi reader: most lines of a log are one GPU's fixed cells (name,
// index, uuid) between a timestamp and a power reading, so they are read by comparing bytes with
// what earlier lines held instead of searching for commas. Anything unexpected is left to the
// general path in nvidia-smi.ts, which gives the same result; test/logs-fast-path.test.ts checks it.

/** The fast path's state: the minute being read and the shapes of the lines seen so far. */
export interface FastState {
  /** The layout allows it: timestamp first, the device cell (if any) before the power cell. */
  enabled: boolean
  /** `YYYY/MM/DD HH:MM:` of the minute being read (17 bytes; the last one separate). */
  readonly prefixWords: Int32Array
  prefixLast: number
  /** Its naive local ms; NaN until a line on the general path sets it. */
  minuteMs: number
  shapes: LineShapes
  hits: number
  misses: number
}

/**
 * A fresh state for a layout (none: the fast path stays off). It applies when the timestamp is the
 * first cell and the device cell, if any, comes before power.
 */
export const newFastState = (layout: { readonly tsCol: number; readonly powerCol: number; readonly deviceCol: number } | undefined): FastState => ({
  enabled: layout !== undefined && layout.tsCol === 0 && layout.powerCol > layout.deviceCol,
  prefixWords: new Int32Array(4),
  prefixLast: -1,
  minuteMs: NaN,
  shapes: new LineShapes(),
  hits: 0,
  misses: 0,
})

/** What `fastLine` returns for a line it leaves to the general path. */
export const NOT_MINE = -1

/**
 * Reads the line at `pos` without looking for commas: a known minute prefix, seconds, a known
 * shape (which fixes the device and where power starts), the power digits, then the newline.
 * Gives what the general path would (shared parsers), or `NOT_MINE` to leave the line to it.
 * @returns the start of the next line.
 */
export function fastLine(f: FastState, b: Uint8Array, view: DataView, pos: number, length: number, out: ColumnsBuilder, clock: LocalClock, ctx: ReadContext): number {
  if (pos + 20 > length) return NOT_MINE
  const p = f.prefixWords
  if (view.getInt32(pos, true) !== p[0] || view.getInt32(pos + 4, true) !== p[1] || view.getInt32(pos + 8, true) !== p[2] || view.getInt32(pos + 12, true) !== p[3] || b[pos + 16] !== f.prefixLast) return NOT_MINE
  const s1 = b[pos + 17]! - DIGIT_0
  const s2 = b[pos + 18]! - DIGIT_0
  if (s1 < 0 || s1 > 9 || s2 < 0 || s2 > 9 || s1 * 10 + s2 > 60) return NOT_MINE
  let i = pos + 19
  let ms = 0
  if (b[i] === DOT) {
    const k = scanDecimal(b, i, length, number)
    if (number.digits === 0) return NOT_MINE
    ms = fractionMs(number.mantissa, number.fraction)
    i = k
  }
  if (b[i] !== COMMA) return NOT_MINE
  const localMs = f.minuteMs + (s1 * 10 + s2) * 1000 + ms
  const shape = f.shapes.find(view, b, i, length)
  if (shape < 0) {
    f.misses++
    return NOT_MINE
  }
  let k = i + f.shapes.length(shape)
  while (k < length && b[k] === SPACE) k++
  if (b[k] === OPEN_BRACKET) {
    // [N/A], [Not Supported]: counted, skipped.
    ctx.missing++
    f.hits++
    const nl = b.indexOf(LF, k)
    return nl < 0 ? length : nl + 1
  }
  k = scanDecimal(b, k, length, number)
  const { mantissa, fraction, digits } = number
  if (digits === 0) return NOT_MINE
  if (b[k] === SPACE && b[k + 1] === UPPER_W) k += 2
  else if (b[k] === UPPER_W) k++
  let next: number
  const c = b[k]
  if (k === length) next = length
  else if (c === LF) next = k + 1
  else if (c === CR && b[k + 1] === LF) next = k + 2
  else if (c === COMMA) {
    const nl = newlineFrom(b, view, k + 1, length)
    next = nl < length ? nl + 1 : length
  } else return NOT_MINE
  f.hits++
  out.push(clock.toUtcMs(localMs), decimal(mantissa, fraction), f.shapes.slot(shape))
  return next
}

/**
 * The first `\n` at or after `k` (or `length`). The cells after power are short, so four bytes at a
 * time in place beats a call into indexOf: a word holds a newline when (x - 0x01010101) & ~x &
 * 0x80808080 is non-zero for x = word ^ 0x0a0a0a0a, and its lowest flagged byte is the first one.
 */
function newlineFrom(b: Uint8Array, view: DataView, k: number, length: number): number {
  for (; k + 4 <= length; k += 4) {
    const x = view.getInt32(k, true) ^ 0x0a0a0a0a
    const hit = (x - 0x01010101) & ~x & 0x80808080
    if (hit !== 0) return k + ((31 - Math.clz32(hit & -hit)) >> 3)
  }
  while (k < length && b[k] !== LF) k++
  return k
}

/** Remembers the minute of a line the general path read, for the fast path. */
export function learnMinute(f: FastState, b: Uint8Array, lineStart: number, minuteMs: number): void {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  for (let k = 0; k < 4; k++) f.prefixWords[k] = view.getInt32(lineStart + k * 4, true)
  f.prefixLast = b[lineStart + 16]!
  f.minuteMs = minuteMs
}
