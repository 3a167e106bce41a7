import type { ColumnsBuilder } from './reader.js'
import type { MinuteCache } from './local-time.js'
import { decimal, type DeviceSlots } from './nvidia-smi-scan.js'

// The fast path of the power-csv reader: a line of plain cells (`2026-01-01T00:00:07.250Z,350.12`)
// in the minute the general path last read is parsed from its bytes: a 16-byte prefix compare,
// the seconds, the power digits, and the device cell interned as bytes. No string is made per
// line. Anything else (quotes, spaces, [N/A], offsets, naive or Unix times, a new minute, a bad
// value) is left to the general path in power-csv.ts, which gives the same result;
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
  /** The minute cache's prefix the words hold ('' until the general path has read a UTC time). */
  prefix: string
  /** Epoch ms of the minute's start. */
  baseMs: number
  readonly slots: DeviceSlots
  /** The slot of the single unnamed device (`power`), when there is no device column. */
  readonly powerSlot: number
  hits: number
}

/** A fresh state for a layout; samples are named through `slots`, shared with the general path. */
export function newPowerFastState(layout: PowerCsvLayout, slots: DeviceSlots): PowerFastState {
  return {
    layout,
    lastCol: Math.max(layout.time, layout.power, layout.device),
    prefixWords: new Int32Array(4),
    prefix: '',
    baseMs: NaN,
    slots,
    powerSlot: layout.device < 0 ? slots.named('power') : -1,
    hits: 0,
  }
}

/**
 * Takes over the minute the general path's cache holds, when it changed. The prefix is ASCII (it
 * matched the ISO pattern), so its characters are its bytes.
 */
export function syncMinute(f: PowerFastState, cache: MinuteCache): void {
  if (cache.prefix === f.prefix || cache.prefix.length !== 16) return
  for (let w = 0; w < 4; w++) {
    let word = 0
    for (let k = 3; k >= 0; k--) word = (word << 8) | (cache.prefix.charCodeAt(w * 4 + k) & 0xff)
    f.prefixWords[w] = word
  }
  f.prefix = cache.prefix
  f.baseMs = cache.baseMs
}

/** What `fastPowerLine` returns for a line it leaves to the general path. */
export const NOT_MINE = -1

/** Whether b[k] ends a line: `\n`, `\r\n`, a `\r` or nothing at the end of the batch (its last line). */
const endsLine = (b: Uint8Array, k: number, length: number): boolean =>
  k === length || b[k] === 10 || (b[k] === 13 && (k + 1 === length || b[k + 1] === 10))

/**
 * Reads the line at `pos` as the general path would, or returns `NOT_MINE`.
 * @returns the start of the next line.
 */
export function fastPowerLine(f: PowerFastState, b: Uint8Array, view: DataView, pos: number, length: number, out: ColumnsBuilder): number {
  const { time, power, device, factor } = f.layout
  const last = f.lastCol
  let atMs = NaN
  let watts = NaN
  let dStart = -1
  let dEnd = -1
  let k = pos
  for (let col = 0; ; col++) {
    if (col === time) {
      if (k + 20 > length) return NOT_MINE
      const p = f.prefixWords
      if (view.getInt32(k, true) !== p[0] || view.getInt32(k + 4, true) !== p[1] || view.getInt32(k + 8, true) !== p[2] || view.getInt32(k + 12, true) !== p[3]) return NOT_MINE
      // `:SS`, `:SS.f…` (1 to 9 digits), then `Z`: what the cached parse accepts.
      const s1 = b[k + 17]! - 48
      const s2 = b[k + 18]! - 48
      if (b[k + 16] !== 58 || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return NOT_MINE
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
        if (digits === 0 || digits > 9) return NOT_MINE
        // Number(`0.${digits}`) * 1000, as the general path computes it: both round the same quotient once.
        fractionMs = decimal(value, digits) * 1000
      }
      if (b[k] !== 90) return NOT_MINE
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
      if (digits === 0 || digits > 15) return NOT_MINE
      watts = decimal(mantissa, fraction) * factor
    } else {
      const start = k
      for (; k < length; k++) {
        const c = b[k]!
        if (c === 44 || c === 10) break
        if (c === 34 || c === 13) return NOT_MINE
      }
      if (col === device) {
        // The general path trims the name: leave names with any space (or non-ASCII) at an edge to it.
        if (k > start && (b[start]! <= 32 || b[start]! >= 128 || b[k - 1]! <= 32 || b[k - 1]! >= 128)) return NOT_MINE
        dStart = start
        dEnd = k
      }
    }
    if (col === last) break
    if (b[k] !== 44) return NOT_MINE
    k++
  }
  let next: number
  if (b[k] === 44) {
    const nl = b.indexOf(10, k + 1)
    next = nl < 0 ? length : nl + 1
  } else if (endsLine(b, k, length)) {
    next = k === length ? length : b[k] === 10 ? k + 1 : k + 2
  } else return NOT_MINE
  f.hits++
  out.push(atMs, watts, device < 0 ? f.powerSlot : f.slots.get(b, dStart, dEnd))
  return next > length ? length : next
}
