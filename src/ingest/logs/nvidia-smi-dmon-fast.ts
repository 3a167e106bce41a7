import { daysFromCivil, isCivil } from '../time.js'
import type { LocalClock } from './local-time.js'
import type { FastScanner } from './fast-lines.js'
import type { DeviceSlots } from './nvidia-smi-scan.js'
import type { ColumnsBuilder, ReadContext } from './reader.js'
import { COLON, CR, DASH, DIGIT_0, exactDecimal, HASH, LF, newDecimalScan, NON_ASCII, scanDecimal, SPACE, twoDigits } from './scan.js'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/units.js'

const number = newDecimalScan()

// The fast path of the nvidia-smi dmon reader (`dmon -o DT`): a line of space-separated cells is
// read from its bytes: the date's 8 bytes compared with the last line's (its day computed once),
// the time's digits, the GPU cell interned as bytes, the power digits. No string is made per line.
// Anything else (a `#` line, tabs or other spaces, a bad cell, `NaN` or `[N/A]`) is left to the
// general path in nvidia-smi-dmon.ts, which gives the same result; test/logs-dmon-fast.test.ts
// checks it.

/** Where the cells sit (0-based, counted as `line.trim().split(/\s+/)` counts them; gpu -1: none). */
export interface DmonLayout {
  readonly date: number
  readonly time: number
  readonly gpu: number
  readonly pwr: number
}

/** The fast path's state. */
export interface DmonFastState extends FastScanner {
  readonly layout: DmonLayout
  readonly lastCol: number
  readonly out: ColumnsBuilder
  readonly slots: DeviceSlots
  readonly clock: LocalClock
  readonly ctx: ReadContext
  /** The date cell being read, as two little-endian words, and its day's ms (NaN: none yet). */
  readonly dateWords: Int32Array
  dayMs: number
}

/** A fresh state for a layout with date and time columns; samples go to `out`, devices through `slots`. */
export function newDmonFastState(layout: DmonLayout, slots: DeviceSlots, out: ColumnsBuilder, clock: LocalClock, ctx: ReadContext, lines = 0): DmonFastState {
  return {
    lines,
    scan(b, view, pos, length) {
      return scanDmonLines(this, b, view, pos, length)
    },
    layout,
    lastCol: Math.max(layout.date, layout.time, layout.gpu, layout.pwr),
    out,
    slots,
    clock,
    ctx,
    dateWords: new Int32Array(2),
    dayMs: NaN,
  }
}

/** Whether b[k] ends a cell here: a space, the line's end, or a CR before it. */
const cellEnd = (b: Uint8Array, k: number, length: number): boolean => k === length || b[k] === SPACE || b[k] === LF || (b[k] === CR && (k + 1 === length || b[k + 1] === LF))

/** The day of the `YYYYMMDD` cell at b[k] (8 bytes checked by the caller); false when not a date. */
function learnDate(f: DmonFastState, b: Uint8Array, view: DataView, k: number): boolean {
  for (let i = 0; i < 8; i++) {
    const d = b[k + i]! - DIGIT_0
    if (d < 0 || d > 9) return false
  }
  const year = twoDigits(b, k) * 100 + twoDigits(b, k + 2)
  const month = twoDigits(b, k + 4)
  const day = twoDigits(b, k + 6)
  if (!isCivil(year, month, day)) return false
  f.dayMs = daysFromCivil(year, month, day) * DAY_MS
  f.dateWords[0] = view.getInt32(k, true)
  f.dateWords[1] = view.getInt32(k + 4, true)
  return true
}

/** Wall-clock ms of the `HH:MM:SS` cell at b[k] (8 bytes checked by the caller) on the cached day, or NaN. */
function timeOfDay(f: DmonFastState, b: Uint8Array, k: number): number {
  if (b[k + 2] !== COLON || b[k + 5] !== COLON) return NaN
  let bad = 0
  const d = (i: number): number => {
    const c = b[k + i]! - DIGIT_0
    bad |= c < 0 || c > 9 ? 1 : 0
    return c
  }
  const hour = d(0) * 10 + d(1)
  const minute = d(3) * 10 + d(4)
  const second = d(6) * 10 + d(7)
  if (bad !== 0 || hour > 23 || minute > 59 || second > 60) return NaN
  // parseTimestamp's sum: the day, hours, minutes, seconds (then a zero fraction).
  return f.dayMs + hour * HOUR_MS + minute * MINUTE_MS + second * 1000
}

/**
 * Reads lines from `pos` on as the general path would, while they are plain; stops at the first
 * line it leaves to the general path (or at `length`).
 * @returns the start of the first line not read.
 */
function scanDmonLines(f: DmonFastState, b: Uint8Array, view: DataView, pos: number, length: number): number {
  const { date, time, gpu, pwr } = f.layout
  const last = f.lastCol
  while (pos < length) {
    let k = pos
    while (k < length && b[k] === SPACE) k++
    // A `#` line (the header again), or a blank one: the general path's.
    if (k === length || b[k] === HASH || b[k] === LF || b[k] === CR) return pos
    let dateAt = -1, timeAt = -1, gStart = -1, gEnd = -1, pStart = -1, pEnd = -1
    for (let col = 0; ; col++) {
      const start = k
      for (; k < length; k++) {
        const c = b[k]!
        if (c === SPACE || c === LF || c === CR) break
        // Tabs and other whitespace (which the general path splits at too), non-ASCII: leave the line.
        if (c < SPACE || c >= NON_ASCII) return pos
      }
      if (!cellEnd(b, k, length)) return pos
      if (col === date) dateAt = k - start === 8 ? start : -2
      else if (col === time) timeAt = k - start === 8 ? start : -2
      if (col === gpu) { gStart = start; gEnd = k }
      if (col === pwr) { pStart = start; pEnd = k }
      if (col === last) break
      while (k < length && b[k] === SPACE) k++
      // Fewer cells than the layout needs: the general path reports it.
      if (k === length || b[k] === LF || b[k] === CR) return pos
    }
    if (dateAt < 0 || timeAt < 0) return pos
    const d = f.dateWords
    if ((view.getInt32(dateAt, true) !== d[0] || view.getInt32(dateAt + 4, true) !== d[1] || Number.isNaN(f.dayMs)) && !learnDate(f, b, view, dateAt)) return pos
    const localMs = timeOfDay(f, b, timeAt)
    if (Number.isNaN(localMs)) return pos
    // Power: `-` (missing) or plain digits; anything else (`NaN`, an exponent) is the general path's.
    let watts = -1
    if (!(pEnd - pStart === 1 && b[pStart] === DASH)) {
      watts = scanDecimal(b, pStart, pEnd, number) === pEnd ? exactDecimal(number) : NaN
      if (Number.isNaN(watts)) return pos
    }
    // The rest of the line is not read (the general path ignores the cells after the last it needs).
    const nl = b.indexOf(LF, k)
    // The general path places every line in time, a missing reading too: the clock follows the order.
    const atMs = f.clock.toUtcMs(localMs)
    if (watts < 0) f.ctx.missing++
    else f.out.push(atMs, watts, gpu < 0 ? f.slots.named('0') : f.slots.get(b, gStart, gEnd))
    f.lines++
    pos = nl < 0 ? length : nl + 1
  }
  return pos
}
