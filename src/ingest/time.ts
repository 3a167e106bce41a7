/** True when `zone` is `UTC`, a fixed offset (`+02:00`) or an IANA zone this runtime knows. */
export function isValidTimezone(zone: string): boolean {
  if (/^[+-]\d{2}:?\d{2}$/.test(zone) || zone === 'UTC' || zone === 'Z') return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Parses an ISO 8601 timestamp that carries its zone (`Z` or an offset); undefined otherwise. */
export function parseZonedTimestamp(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text.trim())) return undefined
  const ms = Date.parse(text.trim().replace(' ', 'T'))
  return Number.isFinite(ms) ? ms : undefined
}
