import { problem, type Problem } from '../../core/errors.js'
import { nearest } from '../../core/units.js'

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
const DAY_MS = 86_400_000
const FIXED = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/

/** A clock for `UTC`, a fixed offset (`+02:00`, `UTC-5`), or an IANA zone (`Europe/Berlin`). */
export function createLocalClock(timezone: string): LocalClock | Problem {
  const zone = timezone.trim()
  if (zone === '' || /^(?:UTC|GMT|Z|Etc\/UTC)$/i.test(zone)) return { toUtcMs: (ms) => ms }
  const fixed = FIXED.exec(zone)
  if (fixed) {
    const offsetMs = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) * 60_000
    return { toUtcMs: (ms) => ms - offsetMs }
  }
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    })
  } catch {
    const zones = Intl.supportedValuesOf('timeZone')
    return problem('value', `unknown timezone "${timezone}"; expected an IANA zone such as "Europe/Berlin", "UTC" or an offset such as "+02:00"`, {
      field: 'timezone',
      suggestion: nearest(zone, zones),
    })
  }
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

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm); no Date object. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const ISO = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * Parses `2025-03-14T09:26:53.107Z`, `2025-03-14 09:26:53+01:00`, or a naive time read in `clock`;
 * also Unix seconds or milliseconds as numbers (10 or 13 digits before any fraction).
 * @returns ms since epoch, or NaN when the text is none of these.
 */
export function parseTimestamp(text: string, clock: LocalClock): number {
  const t = text.trim()
  if (/^\d+(?:\.\d+)?$/.test(t)) {
    const n = Number(t)
    return n >= 1e11 ? n : n * 1000
  }
  const m = ISO.exec(t)
  if (!m) return NaN
  const fraction = m[7] ? Number(`0.${m[7]}`) * 1000 : 0
  const local =
    daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) * DAY_MS +
    Number(m[4] ?? 0) * 3_600_000 + Number(m[5] ?? 0) * 60_000 + Number(m[6] ?? 0) * 1000 + fraction
  const zone = m[8]
  if (zone === undefined) return clock.toUtcMs(local)
  if (/^(?:Z|z|UTC)$/.test(zone)) return local
  const sign = zone[0] === '-' ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return local - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000
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
  if (text.charCodeAt(end) !== 90 /* Z */ || text.charCodeAt(from) !== 58 /* : */ || end < from + 3) return NaN
  const s1 = text.charCodeAt(from + 1) - 48
  const s2 = text.charCodeAt(from + 2) - 48
  if (s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return NaN
  cache.fractionMs = 0
  if (end === from + 3) return (s1 * 10 + s2) * 1000
  if (text.charCodeAt(from + 3) !== 46 /* . */ || end === from + 4 || end > from + 13) return NaN
  for (let i = from + 4; i < end; i++) {
    const d = text.charCodeAt(i) - 48
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
export function parseTimestampCached(text: string, clock: LocalClock, cache: MinuteCache): number {
  if (text.startsWith(cache.prefix)) {
    const secondsMs = utcTail(text, cache.prefix.length, cache)
    if (secondsMs === secondsMs) return cache.baseMs + secondsMs + cache.fractionMs
  }
  const ms = parseTimestamp(text, clock)
  // Cache only UTC times in the plain form: naive times depend on the order-aware local clock.
  if (ms === ms && text.length >= 20 && (text.charCodeAt(10) === 84 || text.charCodeAt(10) === 32)) {
    const secondsMs = utcTail(text, 16, cache)
    if (secondsMs === secondsMs) {
      cache.prefix = text.slice(0, 16)
      cache.baseMs = parseTimestamp(`${cache.prefix}:00Z`, clock)
    }
  }
  return ms
}
