import { DAY_MS, HOUR_MS, MINUTE_MS, nearest, SECOND_MS } from '../core/units.js'

// The one timestamp grammar of carbon-budget: the manifest's `timezone`, `start` and `end` and
// every log reader's time cells are read here, so a form one accepts the others accept too.
//
//   zone      = "UTC" | "Z" | "GMT" | "Etc/UTC" | offset | ("UTC" | "GMT") offset | IANA name
//   offset    = ("+" | "-") HH [":"? MM]                        (+02:00, +0200, -5, UTC-5)
//   timestamp = unix | date [("T" | " ") time] [" "* zone-of-time]
//   unix      = digits ["." digits]    seconds or ms since 1970, told apart by magnitude
//   date      = YYYY "-" MM "-" DD | YYYY "/" MM "/" DD | YYYYMMDD
//   time      = HH ":" MM [":" SS [("." | ",") 1*9 digits]]
//   zone-of-time = "Z" | "UTC" | offset
//
// A time without a zone is local wall-clock time, read in the log's `timezone`. Dates such as
// 01/02/2022 (day and month in either order) are never guessed.


/** A zone as the grammar reads it: UTC, a fixed offset, or an IANA name for Intl. */
export type Zone = { readonly kind: 'offset'; readonly offsetMs: number } | { readonly kind: 'iana'; readonly name: string }

const UTC_NAMES = /^(?:UTC|GMT|Z|Etc\/UTC|Etc\/GMT|Universal|Zulu)$/i
const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i

function offsetMs(sign: string, hours: string, minutes: string | undefined): number | undefined {
  const h = Number(hours)
  const m = Number(minutes ?? 0)
  if (h > 14 || m > 59) return undefined
  return (sign === '-' ? -1 : 1) * (h * 60 + m) * MINUTE_MS
}

/** Whether Intl knows an IANA zone name. */
function knownZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/**
 * Reads a zone: `UTC`, `+02:00`, `+0200`, `-5`, `UTC-5`, `GMT+1`, or an IANA name (`Europe/Berlin`).
 * @returns the zone, or a message with the nearest valid spelling.
 */
export function parseZone(text: string): Zone | { readonly error: string; readonly suggestion?: string } {
  const zone = text.trim()
  if (zone === '' || UTC_NAMES.test(zone)) return { kind: 'offset', offsetMs: 0 }
  const fixed = OFFSET.exec(zone)
  if (fixed) {
    const ms = offsetMs(fixed[1]!, fixed[2]!, fixed[3])
    if (ms !== undefined) return { kind: 'offset', offsetMs: ms }
    return { error: `offset "${text}" is beyond ±14:00` }
  }
  // IANA's own Etc/GMT+5 means UTC-5: Intl reads it so, and so does this.
  if (knownZone(zone)) return { kind: 'iana', name: zone }
  const zones = Intl.supportedValuesOf('timeZone')
  const byCity = zones.find((z) => z.split('/').pop()!.toLowerCase() === zone.toLowerCase().replace(/\s+/g, '_'))
  return {
    error: `unknown timezone "${text}"; expected an IANA zone such as "Europe/Paris", "UTC", or an offset such as "+02:00" or "UTC-5"`,
    suggestion: byCity ?? nearest(zone, zones),
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

/** Whether a date and time of day exist (a leap second allowed); every reader's fast path checks with it. */
export function isCivil(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 60
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Turns naive wall-clock ms (written as if UTC) into UTC ms; see `LocalClock` in logs/local-time.ts. */
export interface WallClock {
  toUtcMs(localMs: number): number
}

/** Units of Unix times seen while reading, for the report: by magnitude, so the report says which. */
export const UNIX_UNITS = ['s', 'ms'] as const
export type UnixUnit = (typeof UNIX_UNITS)[number]
// Below 1e11 a number is seconds (up to year 5138), from there ms (from 1973). Microseconds are
// not guessed: read as ms they fall centuries out, and the plausibility check refuses them.
const UNIX_LIMITS = [1e11]
const UNIX_TO_MS = [1000, 1]

/** Which Unix units a read met (bit i: UNIX_UNITS[i]). */
export interface TimeSeen {
  unixUnits: number
}

const UNIX = /^\d+(?:\.\d+)?$/

/** A Unix time in s or ms, told apart by magnitude, as UTC ms; NaN when negative or not finite. */
export function unixMs(n: number, seen?: TimeSeen): number {
  if (!(n >= 0) || !Number.isFinite(n)) return NaN
  let unit = 0
  while (unit < UNIX_LIMITS.length && n >= UNIX_LIMITS[unit]!) unit++
  if (seen) seen.unixUnits |= 1 << unit
  return unit === 1 ? n : n * UNIX_TO_MS[unit]!
}

/** What the report says of the Unix times a read met, or undefined when it met none. */
export function unixNote(seen: TimeSeen): string | undefined {
  const units = UNIX_UNITS.filter((_, i) => (seen.unixUnits & (1 << i)) !== 0)
  if (units.length === 0) return undefined
  const names: Record<UnixUnit, string> = { s: 'seconds', ms: 'milliseconds' }
  return `Unix times read as ${units.map((u) => names[u]).join(' and ')} since 1970, told apart by magnitude (below 1e11: seconds, else milliseconds)`
}
const DATE_TIME =
  /^(\d{4})(?:([-/])(\d{2})\2(\d{2})|(\d{2})(\d{2}))(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * Reads a timestamp of the grammar above into UTC ms; a time without a zone goes through `clock`.
 * @returns NaN when the text is not of the grammar or not a real date (see `explainTimestamp`).
 */
export function parseTimestamp(text: string, clock: WallClock, seen?: TimeSeen): number {
  const t = text.trim()
  if (UNIX.test(t)) return unixMs(Number(t), seen)
  const m = DATE_TIME.exec(t)
  if (!m) return NaN
  const year = Number(m[1])
  const month = Number(m[3] ?? m[5])
  const day = Number(m[4] ?? m[6])
  const hour = Number(m[7] ?? 0)
  const minute = Number(m[8] ?? 0)
  const second = Number(m[9] ?? 0)
  if (!isCivil(year, month, day, hour, minute, second)) return NaN
  const fraction = m[10] ? Number(`0.${m[10]}`) * SECOND_MS : 0
  const local = daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * SECOND_MS + fraction
  const zone = m[11]
  if (zone === undefined) return clock.toUtcMs(local)
  if (zone === 'Z' || zone === 'z' || zone === 'UTC') return local
  const off = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!
  const ms = offsetMs(off[1]!, off[2]!, off[3])
  return ms === undefined ? NaN : local - ms
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
const iso = (y: number, mo: number, d: number, rest: string): string => `${y}-${pad(mo)}-${pad(d)}${rest}`
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * Why a time cell is not of the grammar, with the user's own value converted where it can be: a
 * day-first or month-first date whose order is clear (`14/03/2025` → `2025-03-14`), a one-digit
 * hour, a date that does not exist. Day/month-ambiguous dates (`01/02/2022`) name both readings.
 */
export function explainTimestamp(text: string): { readonly message: string; readonly suggestion?: string } {
  const t = text.trim()
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(.*)$/.exec(t)
  if (dmy) {
    const a = Number(dmy[1])
    const b = Number(dmy[3])
    const year = Number(dmy[4])
    const time = dmy[5] !== undefined ? `T${pad(Number(dmy[5]))}:${dmy[6]}${dmy[7] !== undefined ? `:${dmy[7]}` : ''}${dmy[8] !== undefined ? `.${dmy[8]}` : ''}` : ''
    const rest = `${time}${dmy[9]!.trim()}`
    const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= daysInMonth(year, b)
    const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= daysInMonth(year, a)
    if (dayFirst && monthFirst && a !== b) {
      return {
        message: `"${t}" could be ${a} ${MONTHS[b - 1]} or ${MONTHS[a - 1]} ${b} ${year}: day and month are ambiguous; write dates as ISO 8601 (${iso(year, b, a, '')} or ${iso(year, a, b, '')})`,
      }
    }
    if (dayFirst || monthFirst) {
      const [month, day] = dayFirst ? [b, a] : [a, b]
      return { message: `"${t}" is not ISO 8601 (YYYY-MM-DD); convert the dates`, suggestion: iso(year, month, day, rest) }
    }
  }
  const loose = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?(.*)$/.exec(t)
  if (loose) {
    const [year, month, day] = [Number(loose[1]), Number(loose[2]), Number(loose[3])]
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { message: `"${t}" is a date that does not exist` }
    const time = loose[4] !== undefined ? `T${pad(Number(loose[4]))}:${pad(Number(loose[5]))}${loose[6] !== undefined ? `:${pad(Number(loose[6]))}` : ''}${loose[7] !== undefined ? `.${loose[7]}` : ''}` : ''
    const suggestion = iso(year, month, day, `${time}${loose[8]!.trim()}`)
    if (!Number.isNaN(parseTimestamp(suggestion, { toUtcMs: (ms) => ms }))) return { message: `"${t}" is not ISO 8601: two digits each for month, day, hour, minute and second`, suggestion }
    if (Number(loose[4] ?? 0) > 23 || Number(loose[5] ?? 0) > 59 || Number(loose[6] ?? 0) > 60) return { message: `"${t}" is a time that does not exist` }
  }
  const parsed = Date.parse(t)
  if (t !== '' && Number.isFinite(parsed) && /[a-z]{3}/i.test(t)) {
    // A written-out date (`Mar 14 2025 09:26:53 GMT`): Date reads it; ISO says it plainly.
    return { message: `"${t}" is not ISO 8601 or a Unix time`, suggestion: new Date(parsed).toISOString().replace('.000Z', 'Z') }
  }
  return { message: `"${t}" is not a timestamp: expected ISO 8601 (2025-03-14T09:26:53Z, 2025-03-14 09:26:53+01:00), nvidia-smi's 2025/03/14 09:26:53.107, or Unix seconds or milliseconds` }
}

/** A timestamp that carries its zone (`Z` or an offset), as the manifest's `start` and `end` need; undefined otherwise. */
export function parseZonedTimestamp(text: string): number | undefined {
  const ms = parseTimestamp(text, { toUtcMs: () => NaN })
  return Number.isFinite(ms) && !UNIX.test(text.trim()) ? ms : undefined
}
