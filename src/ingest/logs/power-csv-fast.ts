import type { TimeSeen } from '../time.js'
import type { LocalClock } from './local-time.js'
import type { ColumnsBuilder } from './reader.js'
import type { DeviceSlots } from './nvidia-smi-scan.js'
import { COMMA, CR, decimal, LF, NON_ASCII, newDecimalScan, QUOTE, scanDecimal, SPACE } from './scan.js'
import { newTimeScan, resolveTime, scanTime, type TimeScan } from './scan-time.js'
import type { FastScanner } from './fast-lines.js'

const number = newDecimalScan()


// The fast path of the power-csv reader: a line of plain cells (`2026-01-01T00:00:07.250Z,350.12`)
// is parsed from its bytes: the time by scan-time.ts (ISO with Z, an offset or no zone, with the
// minute's prefix cached; Unix seconds or ms), the power digits, the device cell interned as bytes.
// No string is made per line. Anything else (quotes, spaces, [N/A], other time forms, a bad value)
// is left to the general path in power-csv.ts, which gives the same result;
// test/logs-power-fast.test.ts checks it.

/** Where the cells the reader needs sit in a line (0-based columns; device -1 when there is none). */
export interface PowerCsvLayout {
  readonly time: number
  readonly power: number
  readonly device: number
  /** The factor from the header's unit to W. */
  readonly factor: number
}

/** The fast path's state: the layout, the minute being read, the device names, where samples go. */
export interface PowerFastState extends FastScanner {
  readonly layout: PowerCsvLayout
  readonly lastCol: number
  readonly time: TimeScan
  readonly clock: LocalClock
  /** Where the Unix units met go (the read's context). */
  readonly seen: TimeSeen
  readonly slots: DeviceSlots
  /** The slot of the single unnamed device (`power`), when there is no device column. */
  readonly powerSlot: number
  readonly out: ColumnsBuilder
  /** The power of the line being read. */
  watts: number
}

/** A fresh state for a layout; samples are named through `slots`, shared with the general path. */
export function newPowerFastState(layout: PowerCsvLayout, slots: DeviceSlots, clock: LocalClock, seen: TimeSeen, out: ColumnsBuilder): PowerFastState {
  return {
    lines: 0,
    scan(b, view, pos, length) {
      return scanPowerLines(this, b, view, pos, length)
    },
    out,
    layout,
    lastCol: Math.max(layout.time, layout.power, layout.device),
    time: newTimeScan(),
    clock,
    seen,
    slots,
    powerSlot: layout.device < 0 ? slots.named('power') : -1,
    // A double from the start, so the first line's value does not change the object's shape.
    watts: 0.5,
  }
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
 * line it leaves to the general path (or at `length`). Each line read is one sample in `f.out`.
 * The read is short, so much of it runs before the JIT has optimized anything: the loop and its
 * helpers are small (they are optimized sooner) and allocate nothing.
 * @returns the start of the first line not read.
 */
function scanPowerLines(f: PowerFastState, b: Uint8Array, view: DataView, pos: number, length: number): number {
  const { time, power, device } = f.layout
  const last = f.lastCol
  while (pos < length) {
    let dStart = -1
    let dEnd = -1
    let k = pos
    for (let col = 0; k >= 0; col++) {
      if (col === time) k = scanTime(f.time, b, view, k, length)
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
    f.out.push(resolveTime(f.time, f.clock, f.seen), f.watts, device < 0 ? f.powerSlot : f.slots.get(b, dStart, dEnd))
    f.lines++
    pos = next
  }
  return pos
}
