import { problem, type Problem } from '../../core/errors.js'
import { parseTimestamp, parseZone, type TimeSeen } from '../time.js'
import { COLON, DIGIT_0, DOT, SPACE, UPPER_T, UPPER_Z } from './scan.js'
import { DAY_MS } from '../../core/units.js'

/**
 * Turns naive local wall-clock times (nvidia-smi, dmon -o DT, CodeCarbon) into UTC in a given
 * zone, DST-correct. Offsets come from Intl and are cached per 15-minute slot of local time, so a
 * log pays for Intl a few times per hour, not per line.
 */
export interface LocalClock {
  /**
   * @param localMs the wall-clock time written as if it were UTC (`Date.UTC(y, m, d, h, min, s, ms)`).
   * @returns ms since epoch. In the hour repeated when clocks go back, the first occurrence is
   *   taken until the log steps back in time, then the second: logs run forwards.
   */
  toUtcMs(localMs: number): number
}

const SLOT_MS = 15 * 60_000

/** A clock for a zone of the shared grammar (`UTC`, `+02:00`, `UTC-5`, `Europe/Berlin`; see ingest/time.ts). */
export function createLocalClock(timezone: string): LocalClock | Problem {
  const zone = parseZone(timezone)
  if ('error' in zone) return problem('timezone-invalid', { reason: zone.error, field: 'timezone', suggestion: zone.suggestion })
  if (zone.kind === 'offset') {
    const offsetMs = zone.offsetMs
    return { toUtcMs: (ms) => ms - offsetMs }
  }
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone.name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  })
  return new ZoneClock(format)
}

class ZoneClock implements LocalClock {
  private slot = NaN
  private early = 0
  private late = 0
  private lastUtc = -Infinity
  private readonly offsets = new Map<number, number>()

  constructor(private readonly format: Intl.DateTimeFormat) {}

  toUtcMs(localMs: number): number {
    const slot = Math.floor(localMs / SLOT_MS)
    if (slot !== this.slot) this.resolve(slot)
    let utc = localMs - this.early
    // Ambiguous (clocks went back): step to the second occurrence once the log would go backwards.
    if (this.early !== this.late && utc < this.lastUtc - 30 * 60_000) utc = localMs - this.late
    if (utc > this.lastUtc) this.lastUtc = utc
    return utc
  }

  private resolve(slot: number): void {
    const local = slot * SLOT_MS
    const before = this.offsetAt(local - DAY_MS)
    const after = this.offsetAt(local + DAY_MS)
    const candidates = [before, after].filter((o) => this.offsetAt(local - o) === o)
    this.slot = slot
    if (candidates.length === 0) {
      // Skipped (clocks went forward): read it with the offset before the change, as Temporal does.
      this.early = this.late = before
    } else {
      this.early = Math.max(...candidates)
      this.late = Math.min(...candidates)
    }
  }

  private offsetAt(utcMs: number): number {
    const key = Math.floor(utcMs / SLOT_MS)
    const cached = this.offsets.get(key)
    if (cached !== undefined) return cached
    const parts: Record<string, number> = {}
    for (const p of this.format.formatToParts(new Date(key * SLOT_MS))) if (p.type !== 'literal') parts[p.type] = Number(p.value)
    const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
    const offset = asUtc - key * SLOT_MS
    if (this.offsets.size > 4096) this.offsets.clear()
    this.offsets.set(key, offset)
    return offset
  }
}

/** The last minute prefix seen (`2025-03-14T09:26`) and its epoch ms, for `parseTimestampCached`. */
export interface MinuteCache {
  prefix: string
  baseMs: number
  /** Scratch: the fraction of a second (ms) of the tail last read. */
  fractionMs: number
}

export const newMinuteCache = (): MinuteCache => ({ prefix: '\0', baseMs: 0, fractionMs: 0 })

/**
 * Whole-second ms of a `:SS` or `:SS.fff…` tail followed by `Z` at `from` (its fraction goes to
 * `cache.fractionMs`), or NaN when the tail is anything else.
 */
function utcTail(text: string, from: number, cache: MinuteCache): number {
  const end = text.length - 1
  if (text.charCodeAt(end) !== UPPER_Z || text.charCodeAt(from) !== COLON || end < from + 3) return NaN
  const s1 = text.charCodeAt(from + 1) - DIGIT_0
  const s2 = text.charCodeAt(from + 2) - DIGIT_0
  if (s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return NaN
  cache.fractionMs = 0
  if (end === from + 3) return (s1 * 10 + s2) * 1000
  if (text.charCodeAt(from + 3) !== DOT || end === from + 4 || end > from + 13) return NaN
  for (let i = from + 4; i < end; i++) {
    const d = text.charCodeAt(i) - DIGIT_0
    if (d < 0 || d > 9) return NaN
  }
  cache.fractionMs = Number(`0.${text.slice(from + 4, end)}`) * 1000
  return (s1 * 10 + s2) * 1000
}

/**
 * `parseTimestamp` for logs of UTC ISO times (`2025-03-14T09:26:53.107Z`): a line in the same
 * minute as the last one costs a prefix compare and a few digits, not a regex and a date
 * computation. Anything else (naive local times, offsets, Unix seconds) takes the full parse. The
 * sum is done in parseTimestamp's order (whole ms first, then the fraction), so both give the same double.
 */
export function parseTimestampCached(text: string, clock: LocalClock, cache: MinuteCache, seen?: TimeSeen): number {
  if (text.startsWith(cache.prefix)) {
    const secondsMs = utcTail(text, cache.prefix.length, cache)
    if (!Number.isNaN(secondsMs)) return cache.baseMs + secondsMs + cache.fractionMs
  }
  const ms = parseTimestamp(text, clock, seen)
  // Cache only UTC times in the plain form: naive times depend on the order-aware local clock.
  if (!Number.isNaN(ms) && text.length >= 20 && (text.charCodeAt(10) === UPPER_T || text.charCodeAt(10) === SPACE)) {
    const secondsMs = utcTail(text, 16, cache)
    if (!Number.isNaN(secondsMs)) {
      cache.prefix = text.slice(0, 16)
      cache.baseMs = parseTimestamp(`${cache.prefix}:00Z`, clock)
    }
  }
  return ms
}
