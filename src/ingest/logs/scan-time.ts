import { daysFromCivil, isCivil, unixMs, type TimeSeen } from '../time.js'
import type { LocalClock } from './local-time.js'
import { COLON, DASH, decimal, DIGIT_0, DIGIT_9, DOT, EXACT_MANTISSA, newDecimalScan, PLUS, POW10, scanDecimal, SLASH, SPACE, twoDigits, UPPER_T, UPPER_Z } from './scan.js'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/units.js'

// The timestamp grammar of ingest/time.ts read from bytes, for the fast paths of the power-csv and
// power-jsonl readers: the common forms only (ISO with `Z`, an offset or no zone, Unix seconds or
// ms); anything else is left to the general path (`-1`), which reads the text with parseTimestamp.
// The date and hour of a time are read once per minute: the 16 bytes `YYYY-MM-DDTHH:MM` are kept
// as four words and compared with the next time's, so a line in the same minute costs a compare,
// the seconds and the zone. Every sum is done in parseTimestamp's order (whole ms of the minute,
// then the seconds, then the fraction, then the zone), so both give the same double.

const number = newDecimalScan()

/** How a scanned time becomes UTC: it carried its zone (or is a Unix time), or it is local wall-clock time. */
const ZONED = 0
const NAIVE = 1

/** A fast path's time state: the minute being read and what the last scan found. */
export interface TimeScan {
  /** `YYYY-MM-DDTHH:MM` of the minute being read, as four little-endian words. */
  readonly prefixWords: Int32Array
  /** Wall-clock ms of that minute's start (as if UTC); NaN: none yet. */
  minuteMs: number
  /** The last scan: ms (UTC when ZONED, else wall-clock), and whether it is ZONED or NAIVE. */
  ms: number
  kind: number
  /** Bit of `TimeSeen.unixUnits` the last scan met (0: not a Unix time). */
  unixBit: number
  /** The first digits of the last long Unix time, as two words, and their value (-1: none yet). */
  readonly unixWords: Int32Array
  unixHead: number
}

/** A fresh time state. */
export const newTimeScan = (): TimeScan => ({ prefixWords: new Int32Array(4), minuteMs: NaN, ms: 0.5, kind: ZONED, unixBit: 0, unixWords: new Int32Array(2), unixHead: -1 })

/** Takes the `YYYY-MM-DD[T ]HH:MM` (or `/` in the date) at b[k] as the minute being read; false when it is none. */
function learnMinute(t: TimeScan, b: Uint8Array, view: DataView, k: number): boolean {
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
  // The grammar writes one separator twice (`2025-03-14`, `2025/03/14`), never a mix.
  if (b[k + 4] !== b[k + 7]) return false
  const year = twoDigits(b, k) * 100 + twoDigits(b, k + 2)
  const month = twoDigits(b, k + 5)
  const day = twoDigits(b, k + 8)
  const hour = twoDigits(b, k + 11)
  const minute = twoDigits(b, k + 14)
  if (!isCivil(year, month, day, hour, minute)) return false
  t.minuteMs = daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS
  for (let w = 0; w < 4; w++) t.prefixWords[w] = view.getInt32(k + w * 4, true)
  return true
}

/** Reads `+HH`, `+HH:MM` or `+HHMM` at b[k] into `t.ms` (subtracted); the end, or -1. */
function offset(t: TimeScan, b: Uint8Array, k: number, length: number): number {
  const sign = b[k] === DASH ? -1 : 1
  if (k + 3 > length) return -1
  const h1 = b[k + 1]! - DIGIT_0
  const h2 = b[k + 2]! - DIGIT_0
  if (h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9) return -1
  k += 3
  let minutes = 0
  const at = b[k] === COLON ? k + 1 : k
  const m1 = b[at]! - DIGIT_0
  if (at + 2 <= length && m1 >= 0 && m1 <= 9) {
    const m2 = b[at + 1]! - DIGIT_0
    if (m2 < 0 || m2 > 9) return -1
    minutes = m1 * 10 + m2
    k = at + 2
  } else if (at !== k) return -1
  const hours = h1 * 10 + h2
  if (hours > 14 || minutes > 59) return -1
  t.ms -= sign * (hours * 60 + minutes) * MINUTE_MS
  return k
}

/** Digits of a Unix time whose value is cached: they change every 100 s (seconds) or 100,000 s (ms), not per line. */
const UNIX_HEAD = 8

/**
 * Reads a Unix time of plain digits (`1741944413`, `1741944413.107`, `1741944413107`) into `t`.
 * Its first 8 digits are compared as two words with the last time's and their value reused.
 */
function unix(t: TimeScan, b: Uint8Array, view: DataView, k: number, length: number): number {
  const start = k
  const cached = k + UNIX_HEAD <= length && view.getInt32(k, true) === t.unixWords[0] && view.getInt32(k + 4, true) === t.unixWords[1] && t.unixHead >= 0
  k = scanDecimal(b, cached ? k + UNIX_HEAD : k, length, number)
  let { mantissa, digits } = number
  const fraction = number.fraction
  if (cached) {
    if (digits > 15) return -1
    // Exact while the whole is below 2^53 (checked below: a larger true value cannot round under it).
    mantissa += t.unixHead * POW10[digits]!
    digits += UNIX_HEAD
  } else if (digits - fraction >= UNIX_HEAD) {
    t.unixWords[0] = view.getInt32(start, true)
    t.unixWords[1] = view.getInt32(start + 4, true)
    t.unixHead = 0
    for (let i = 0; i < UNIX_HEAD; i++) t.unixHead = t.unixHead * 10 + (b[start + i]! - DIGIT_0)
  }
  // As the grammar: digits, then optionally a point and more digits (`12.` and `.5` are not times).
  const dot = k - start !== digits
  if (digits === fraction || (dot && fraction === 0) || mantissa >= EXACT_MANTISSA) return -1
  const seen: TimeSeen = scratchSeen
  seen.unixUnits = 0
  t.ms = unixMs(decimal(mantissa, fraction), seen)
  t.unixBit = seen.unixUnits
  t.kind = ZONED
  return k
}
const scratchSeen: TimeSeen = { unixUnits: 0 }

/**
 * Reads the time cell at b[k] into `t`, as parseTimestamp would read its text: an ISO time of the
 * cached minute (or a new one) with `:SS`, a fraction of 1 to 9 digits, and `Z`, an offset or no
 * zone; or a Unix time. `resolveTime` then gives its UTC ms.
 * @returns the end of the time, or -1 when it is anything else (the caller checks what follows).
 */
export function scanTime(t: TimeScan, b: Uint8Array, view: DataView, k: number, length: number): number {
  t.unixBit = 0
  if (k + 5 <= length && b[k + 4]! >= DIGIT_0 && b[k + 4]! <= DIGIT_9) return unix(t, b, view, k, length)
  if (k + 19 > length) return -1
  const p = t.prefixWords
  if (view.getInt32(k, true) !== p[0] || view.getInt32(k + 4, true) !== p[1] || view.getInt32(k + 8, true) !== p[2] || view.getInt32(k + 12, true) !== p[3] || Number.isNaN(t.minuteMs)) {
    if (!learnMinute(t, b, view, k)) return -1
  }
  const s1 = b[k + 17]! - DIGIT_0
  const s2 = b[k + 18]! - DIGIT_0
  // Seconds 00 to 59 (a leap second is left to the general path).
  if (b[k + 16] !== COLON || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return -1
  k += 19
  let fractionMs = 0
  if (b[k] === DOT) {
    k = scanDecimal(b, k, length, number)
    if (number.digits === 0 || number.digits > 9) return -1
    // Number(`0.${digits}`) * 1000, as parseTimestamp computes it: both round the same quotient once.
    fractionMs = decimal(number.mantissa, number.fraction) * 1000
  }
  t.ms = t.minuteMs + (s1 * 10 + s2) * 1000 + fractionMs
  const c = b[k]
  if (c === UPPER_Z) {
    t.kind = ZONED
    return k + 1
  }
  if (c === PLUS || c === DASH) {
    t.kind = ZONED
    return offset(t, b, k, length)
  }
  t.kind = NAIVE
  return k
}

/**
 * The UTC ms of the last scan; a naive time goes through the log's clock. Call it once per sample
 * taken, in line order, as the general path does: the clock of a zone with DST follows the order.
 */
export function resolveTime(t: TimeScan, clock: LocalClock, seen: TimeSeen): number {
  seen.unixUnits |= t.unixBit
  return t.kind === NAIVE ? clock.toUtcMs(t.ms) : t.ms
}
