import type { ColumnsBuilder } from './reader.js'
import { daysFromCivil, isCivil } from '../time.js'
import type { DeviceSlots } from './nvidia-smi-scan.js'
import { COLON, COMMA, CR, DASH, decimal, DIGIT_0, DIGIT_9, DOT, LF, NON_ASCII, newDecimalScan, QUOTE, scanDecimal, SLASH, SPACE, twoDigits, UPPER_T, UPPER_Z } from './scan.js'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/units.js'

const number = newDecimalScan()


// The fast path of the power-csv reader: a line of plain cells with a UTC ISO time
// (`2026-01-01T00:00:07.250Z,350.12`) is parsed from its bytes: the minute's 16-byte prefix
// compared with the last line's, the seconds, the power digits, the device cell interned as bytes.
// No string is made per line. Anything else (quotes, spaces, [N/A], offsets, naive or Unix times,
// a bad value) is left to the general path in power-csv.ts, which gives the same result;
// test/logs-power-fast.test.ts checks it.

/** Where the cells the reader needs sit in a line (0-based columns; device -1 when there is none). */
export interface PowerCsvLayout {
  readonly time: number
  readonly power: number
  readonly device: number
  /** The factor from the header's unit to W. */
  readonly factor: number
}

/** The fast path's state: the layout, the minute being read, the device names. */
export interface PowerFastState {
  readonly layout: PowerCsvLayout
  readonly lastCol: number
  /** `YYYY-MM-DDTHH:MM` of the minute being read, as four little-endian words. */
  readonly prefixWords: Int32Array
  /** Epoch ms of the minute's start (NaN: none yet). */
  baseMs: number
  readonly slots: DeviceSlots
  /** The slot of the single unnamed device (`power`), when there is no device column. */
  readonly powerSlot: number
  /** The time and power of the line being read. */
  atMs: number
  watts: number
}

/** A fresh state for a layout; samples are named through `slots`, shared with the general path. */
export function newPowerFastState(layout: PowerCsvLayout, slots: DeviceSlots): PowerFastState {
  return {
    layout,
    lastCol: Math.max(layout.time, layout.power, layout.device),
    prefixWords: new Int32Array(4),
    baseMs: NaN,
    slots,
    powerSlot: layout.device < 0 ? slots.named('power') : -1,
    // Doubles from the start, so the first line's values do not change the object's shape.
    atMs: 0.5,
    watts: 0.5,
  }
}

const two = twoDigits

/**
 * Takes the minute of a `YYYY-MM-DDTHH:MM` (or `/`, or a space before the hour) at b[k] as the one
 * being read; false when the bytes are not one. Its start is what parseTimestamp sums before the
 * seconds (days, hours, minutes: whole ms, exact), so the sums that follow match it bit for bit.
 */
function learnMinute(f: PowerFastState, b: Uint8Array, view: DataView, k: number): boolean {
  for (let i = 0; i < 16; i++) {
    const c = b[k + i]!
    // Positions in `YYYY-MM-DDTHH:MM`: separators at 4, 7, 10 and 13, digits elsewhere.
    if (i === 4 || i === 7) {
      if (c !== DASH && c !== SLASH) return false
    } else if (i === 10) {
      if (c !== UPPER_T && c !== SPACE) return false
    } else if (i === 13) {
      if (c !== COLON) return false
    } else if (c < DIGIT_0 || c > DIGIT_9) return false
  }
  const year = two(b, k) * 100 + two(b, k + 2)
  if (!isCivil(year, two(b, k + 5), two(b, k + 8), two(b, k + 11), two(b, k + 14))) return false
  f.baseMs = daysFromCivil(year, two(b, k + 5), two(b, k + 8)) * DAY_MS + two(b, k + 11) * HOUR_MS + two(b, k + 14) * MINUTE_MS
  for (let w = 0; w < 4; w++) f.prefixWords[w] = view.getInt32(k + w * 4, true)
  return true
}

/**
 * Parses the time cell at b[k] (the cached minute, `:SS`, `:SS.f…` with 1 to 9 digits, `Z`: what
 * the general path's cached parse accepts) into `f.atMs`.
 * @returns the end of the cell, or -1 when it is anything else.
 */
function timeCell(f: PowerFastState, b: Uint8Array, view: DataView, k: number, length: number): number {
  if (k + 20 > length) return -1
  const p = f.prefixWords
  if (view.getInt32(k, true) !== p[0] || view.getInt32(k + 4, true) !== p[1] || view.getInt32(k + 8, true) !== p[2] || view.getInt32(k + 12, true) !== p[3] || Number.isNaN(f.baseMs)) {
    if (!learnMinute(f, b, view, k)) return -1
  }
  const s1 = b[k + 17]! - DIGIT_0
  const s2 = b[k + 18]! - DIGIT_0
  if (b[k + 16] !== COLON || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return -1
  k += 19
  let fractionMs = 0
  if (b[k] === DOT) {
    k = scanDecimal(b, k, length, number)
    if (number.digits === 0 || number.digits > 9) return -1
    // Number(`0.${digits}`) * 1000, as the general path computes it: both round the same quotient once.
    fractionMs = decimal(number.mantissa, number.fraction) * 1000
  }
  if (b[k] !== UPPER_Z) return -1
  f.atMs = f.baseMs + (s1 * 10 + s2) * 1000 + fractionMs
  return k + 1
}

/**
 * Parses a power cell of plain digits (`350`, `350.12`, `.5`, `12.`) at b[k] into `f.watts`.
 * @returns the end of the digits, or -1 when there are none or too many.
 */
function powerCell(f: PowerFastState, b: Uint8Array, k: number, length: number): number {
  k = scanDecimal(b, k, length, number)
  const { mantissa, fraction, digits } = number
  // Up to 15 digits the mantissa is exact, so the quotient is Number()'s correctly rounded value.
  if (digits === 0 || digits > 15) return -1
  f.watts = decimal(mantissa, fraction) * f.layout.factor
  return k
}

/** The start of the line after the one whose last needed cell ends at b[k], or -1 when that cell has more in it. */
function nextLine(b: Uint8Array, k: number, length: number): number {
  const c = b[k]
  if (c === LF) return k + 1
  if (k === length) return length
  if (c === COMMA) {
    const nl = b.indexOf(LF, k + 1)
    return nl < 0 ? length : nl + 1
  }
  if (c === CR && (k + 1 === length || b[k + 1] === LF)) return Math.min(k + 2, length)
  return -1
}

/**
 * Reads lines from `pos` on as the general path would, while they are plain; stops at the first
 * line it leaves to the general path (or at `length`). Each line read is one sample in `out`.
 * The read is short, so much of it runs before the JIT has optimized anything: the loop and its
 * helpers are small (they are optimized sooner) and allocate nothing.
 * @returns the start of the first line not read.
 */
export function scanPowerLines(f: PowerFastState, b: Uint8Array, view: DataView, pos: number, length: number, out: ColumnsBuilder): number {
  const { time, power, device } = f.layout
  const last = f.lastCol
  while (pos < length) {
    let dStart = -1
    let dEnd = -1
    let k = pos
    for (let col = 0; k >= 0; col++) {
      if (col === time) k = timeCell(f, b, view, k, length)
      else if (col === power) k = powerCell(f, b, k, length)
      else {
        const start = k
        for (; k < length; k++) {
          const c = b[k]!
          if (c === COMMA || c === LF || (c === CR && (k + 1 === length || b[k + 1] === LF))) break
          if (c === QUOTE) return pos
        }
        // The general path trims the name: leave names with any space (or non-ASCII) at an edge to it.
        if (col === device) {
          if (k > start && (b[start]! <= SPACE || b[start]! >= NON_ASCII || b[k - 1]! <= SPACE || b[k - 1]! >= NON_ASCII)) return pos
          dStart = start
          dEnd = k
        }
      }
      if (col === last) break
      if (k >= 0) k = b[k] === COMMA ? k + 1 : -1
    }
    const next = k < 0 ? -1 : nextLine(b, k, length)
    if (next < 0) return pos
    out.push(f.atMs, f.watts, device < 0 ? f.powerSlot : f.slots.get(b, dStart, dEnd))
    pos = next
  }
  return pos
}
