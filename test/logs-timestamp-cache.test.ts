import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createLocalClock, newMinuteCache, parseTimestampCached, type LocalClock } from '../src/ingest/logs/local-time.js'
import { parseTimestamp } from '../src/ingest/time.js'

const clockOf = (zone: string): LocalClock => {
  const c = createLocalClock(zone)
  if (!('toUtcMs' in c)) throw new Error(c.message)
  return c
}

describe('parseTimestampCached', () => {
  it('gives exactly what parseTimestamp gives, line after line, whatever the mix of forms', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0')
    const stamp = fc.record({
      ms: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2020, 0, 1, 0, 10) }),
      form: fc.constantFrom('Z', 'Zms', 'Zus', 'space', 'offset', 'naive', 'unix', 'bad', 'badtail'),
    }).map(({ ms, form }) => {
      const d = new Date(ms)
      const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
      switch (form) {
        case 'Z': return `${base}Z`
        case 'Zms': return `${base}.${pad(d.getUTCMilliseconds(), 3)}Z`
        case 'Zus': return `${base}.${pad(d.getUTCMilliseconds(), 3)}417Z`
        case 'space': return `${base.replace('T', ' ')}Z`
        case 'offset': return `${base}+02:00`
        case 'naive': return base
        case 'unix': return String(ms / 1000)
        case 'bad': return `${base}Q`
        default: return `${base.slice(0, 17)}7xZ`
      }
    })
    fc.assert(
      fc.property(fc.array(stamp, { minLength: 1, maxLength: 60 }), fc.constantFrom('UTC', 'Europe/Berlin', '+05:30'), (stamps, zone) => {
        const cache = newMinuteCache()
        const cachedClock = clockOf(zone)
        const plainClock = clockOf(zone)
        for (const s of stamps) expect(parseTimestampCached(s, cachedClock, cache)).toBe(parseTimestamp(s, plainClock))
      }),
      { numRuns: 300 },
    )
  })
})
