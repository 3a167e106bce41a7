import { daysFromCivil, isCivil } from '../time.js'
import { COLON, DASH, DIGIT_0, DIGIT_9, SLASH, SPACE, twoDigits, UPPER_T } from './scan.js'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/units.js'

/**
 * The minute of an ISO time being read, `YYYY-MM-DDTHH:MM` (or `/` in the date, a space before
 * the hour), kept as four little-endian words: most lines of a log share their minute with the line
 * before, so it is compared in four loads instead of parsed. Its value is the naive ms that
 * parseTimestamp sums before the seconds (days, hours, minutes: whole ms, exact), so the sums that
 * follow match the general path bit for bit.
 */
export class IsoMinute {
  private readonly words = new Int32Array(4)
  /** Naive ms of the minute's start (NaN: none yet). */
  private ms = NaN

  /**
   * Naive ms of the minute whose 16 bytes start at b[k] (the caller checks that they exist), or
   * NaN when they are not a minute.
   */
  at(b: Uint8Array, view: DataView, k: number): number {
    const w = this.words
    if (view.getInt32(k, true) === w[0] && view.getInt32(k + 4, true) === w[1] && view.getInt32(k + 8, true) === w[2] && view.getInt32(k + 12, true) === w[3] && this.ms === this.ms) return this.ms
    return this.learn(b, view, k)
  }

  private learn(b: Uint8Array, view: DataView, k: number): number {
    for (let i = 0; i < 16; i++) {
      const c = b[k + i]!
      // Separators at 4, 7, 10 and 13, digits elsewhere.
      if (i === 4 || i === 7) {
        if (c !== DASH && c !== SLASH) return NaN
      } else if (i === 10) {
        if (c !== UPPER_T && c !== SPACE) return NaN
      } else if (i === 13) {
        if (c !== COLON) return NaN
      } else if (c < DIGIT_0 || c > DIGIT_9) return NaN
    }
    // The date's two separators must agree (the grammar's `\2`).
    if (b[k + 4] !== b[k + 7]) return NaN
    const year = twoDigits(b, k) * 100 + twoDigits(b, k + 2)
    const month = twoDigits(b, k + 5)
    const day = twoDigits(b, k + 8)
    if (!isCivil(year, month, day, twoDigits(b, k + 11), twoDigits(b, k + 14))) return NaN
    this.ms = daysFromCivil(year, month, day) * DAY_MS + twoDigits(b, k + 11) * HOUR_MS + twoDigits(b, k + 14) * MINUTE_MS
    for (let i = 0; i < 4; i++) this.words[i] = view.getInt32(k + i * 4, true)
    return this.ms
  }
}
