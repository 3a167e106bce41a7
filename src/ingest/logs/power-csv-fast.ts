import type { ColumnsBuilder } from './reader.js'
import { daysFromCivil } from './local-time.js'
import { decimal, type DeviceSlots } from './nvidia-smi-scan.js'

const DAY_MS = 86_400_000

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
  }
}

/** Whether b[k] ends a line: `\n`, `\r\n`, a `\r` or nothing at the end of the batch (its last line). */
const endsLine = (b: Uint8Array, k: number, length: number): boolean =>
  k === length || b[k] === 10 || (b[k] === 13 && (k + 1 === length || b[k + 1] === 10))

const two = (b: Uint8Array, k: number): number => (b[k]! - 48) * 10 + (b[k + 1]! - 48)

/**
 * Takes the minute of a `YYYY-MM-DDTHH:MM` (or `/`, or a space before the hour) at b[k] as the one
 * being read; false when the bytes are not one. Its start is what parseTimestamp sums before the
 * seconds (days, hours, minutes: whole ms, exact), so the sums that follow match it bit for bit.
 */
function learnMinute(f: PowerFastState, b: Uint8Array, view: DataView, k: number): boolean {
  for (let i = 0; i < 16; i++) {
    const c = b[k + i]!
    if (i === 4 || i === 7) {
      if (c !== 45 && c !== 47) return false
    } else if (i === 10) {
      if (c !== 84 && c !== 32) return false
    } else if (i === 13) {
      if (c !== 58) return false
    } else if (c < 48 || c > 57) return false
  }
  const year = two(b, k) * 100 + two(b, k + 2)
  f.baseMs = daysFromCivil(year, two(b, k + 5), two(b, k + 8)) * DAY_MS + two(b, k + 11) * 3_600_000 + two(b, k + 14) * 60_000
  for (let w = 0; w < 4; w++) f.prefixWords[w] = view.getInt32(k + w * 4, true)
  return true
}

/**
 * Reads lines from `pos` on as the general path would, while they are plain; stops at the first
 * line it leaves to the general path (or at `length`). Each line read is one sample in `out`.
 * One loop, no call per line: the read is short, so most of it runs before the JIT has optimized
 * anything, where every call and allocation shows.
 * @returns the start of the first line not read.
 */
export function scanPowerLines(f: PowerFastState, b: Uint8Array, view: DataView, pos: number, length: number, out: ColumnsBuilder): number {
  const { time, power, device, factor } = f.layout
  const last = f.lastCol
  const p = f.prefixWords
  lines: while (pos < length) {
    let atMs = 0
    let watts = 0
    let dStart = -1
    let dEnd = -1
    let k = pos
    for (let col = 0; ; col++) {
      if (col === time) {
        if (k + 20 > length) break lines
        if (view.getInt32(k, true) !== p[0] || view.getInt32(k + 4, true) !== p[1] || view.getInt32(k + 8, true) !== p[2] || view.getInt32(k + 12, true) !== p[3] || f.baseMs !== f.baseMs) {
          if (!learnMinute(f, b, view, k)) break lines
        }
        // `:SS`, `:SS.f…` (1 to 9 digits), then `Z`: what the cached parse accepts.
        const s1 = b[k + 17]! - 48
        const s2 = b[k + 18]! - 48
        if (b[k + 16] !== 58 || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) break lines
        k += 19
        let fractionMs = 0
        if (b[k] === 46) {
          const from = ++k
          let value = 0
          for (; k < length; k++) {
            const c = b[k]! - 48
            if (c < 0 || c > 9) break
            value = value * 10 + c
          }
          const digits = k - from
          if (digits === 0 || digits > 9) break lines
          // Number(`0.${digits}`) * 1000, as the general path computes it: both round the same quotient once.
          fractionMs = decimal(value, digits) * 1000
        }
        if (b[k] !== 90) break lines
        k++
        atMs = f.baseMs + (s1 * 10 + s2) * 1000 + fractionMs
      } else if (col === power) {
        const start = k
        let mantissa = 0
        for (; k < length; k++) {
          const c = b[k]! - 48
          if (c < 0 || c > 9) break
          mantissa = mantissa * 10 + c
        }
        let digits = k - start
        let fraction = 0
        if (b[k] === 46) {
          const dot = ++k
          for (; k < length; k++) {
            const c = b[k]! - 48
            if (c < 0 || c > 9) break
            mantissa = mantissa * 10 + c
          }
          fraction = k - dot
          digits += fraction
        }
        // Up to 15 digits the mantissa is exact, so the quotient is Number()'s correctly rounded value.
        if (digits === 0 || digits > 15) break lines
        watts = decimal(mantissa, fraction) * factor
      } else {
        const start = k
        for (; k < length; k++) {
          const c = b[k]!
          if (c === 44 || c === 10) break
          if (c === 34 || c === 13) break lines
        }
        if (col === device) {
          // The general path trims the name: leave names with any space (or non-ASCII) at an edge to it.
          if (k > start && (b[start]! <= 32 || b[start]! >= 128 || b[k - 1]! <= 32 || b[k - 1]! >= 128)) break lines
          dStart = start
          dEnd = k
        }
      }
      if (col === last) break
      if (b[k] !== 44) break lines
      k++
    }
    let next: number
    if (b[k] === 44) {
      const nl = b.indexOf(10, k + 1)
      next = nl < 0 ? length : nl + 1
    } else if (endsLine(b, k, length)) {
      next = k === length ? length : b[k] === 10 ? k + 1 : Math.min(k + 2, length)
    } else break
    out.push(atMs, watts, device < 0 ? f.powerSlot : f.slots.get(b, dStart, dEnd))
    pos = next
  }
  return pos
}
