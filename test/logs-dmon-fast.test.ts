import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import type { LineBatch } from '../src/ingest/lines.js'
import { createDmonReader, nvidiaSmiDmonGeneralReader } from '../src/ingest/logs/nvidia-smi-dmon.js'
import type { LogReader } from '../src/ingest/logs/reader.js'
import { batches, copies, readBatches } from './support/read-log.js'

// The dmon reader reads plain `-o DT` lines from their bytes (a cached date, hand-parsed digits).
// These properties check that it gives exactly what the general path (every line split as text)
// gives: samples, problems, missing and bad-line counts, line counts.

const spec: LogSpec = { path: 'dmon.log', timezone: 'UTC', replicas: 1, gapThresholdS: 30, gaps: 'bridge' }
const read = (reader: LogReader, parts: readonly LineBatch[], timezone: string) => readBatches(reader, parts, spec, timezone)

/** Header pairs as `nvidia-smi dmon -o DT -s …` writes them (names, then units). */
const HEADERS: readonly (readonly [string, string])[] = [
  ['#Date       Time        gpu    pwr  gtemp  mtemp', '#YYYYMMDD   HH:MM:SS    Idx      W      C      C'],
  ['#Date       Time        gpu    pwr  gtemp  mtemp     sm    mem    enc    dec', '#YYYYMMDD   HH:MM:SS    Idx      W      C      C      %      %      %      %'],
  ['# Date       Time        gpu     sm    mem    pwr', '# YYYYMMDD   HH:MM:SS    Idx      %      %      W'],
  ['#Date       Time    pwr', '#YYYYMMDD   HH:MM:SS      W'],
]

const pad = (n: number, w: number): string => String(n).padStart(w, '0')

const row = fc.record({
  stepMs: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(1000, 1000, 5000) }, { weight: 1, arbitrary: fc.integer({ min: -3000, max: 90_000_000 }) }, { weight: 1, arbitrary: fc.constantFrom(-3_600_000, -2_400_000, 3_600_000) }),
  pwr: fc.array(
    fc.oneof(
      { weight: 12, arbitrary: fc.integer({ min: 0, max: 999 }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom('-', 'NaN', '[N/A]', '12.5', '.5', '12.', '1e2', 'abc', '-5', '007', '0x10', '99999999999999999999') },
    ),
    { minLength: 4, maxLength: 4 },
  ),
  oddity: fc.oneof(
    { weight: 12, arbitrary: fc.constant('none') },
    { weight: 1, arbitrary: fc.constantFrom('blank', 'tab', 'short', 'bad-date', 'bad-time', 'header-again', 'nbsp', 'comment', 'cr-inside', 'leap-second', 'long-gpu') },
  ),
})

type Row = { readonly stepMs: number; readonly pwr: readonly string[]; readonly oddity: string }

function render(header: readonly [string, string], crlf: boolean, gpus: number, rows: readonly Row[], startMs: number): string {
  const names = header[0].slice(1).trim().split(/\s+/).map((n) => n.toLowerCase())
  const lines: string[] = [...header]
  let t = startMs
  let tick = 0
  for (const r of rows) {
    t += r.stepMs
    const d = new Date(t)
    for (let g = 0; g < gpus; g++) {
      tick++
      let date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`
      let time = `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`
      if (r.oddity === 'bad-date') date = ['20251301', '20250230', '2025031', '2025O314'][tick % 4]!
      if (r.oddity === 'bad-time') time = ['24:00:00', '09:61:00', '9:26:53', '09-26-53'][tick % 4]!
      if (r.oddity === 'leap-second') time = time.replace(/\d\d$/, '60')
      const cells = names.map((n) => {
        if (n === 'date') return ` ${date}`
        if (n === 'time') return time
        if (n === 'gpu') return r.oddity === 'long-gpu' ? `0000000${g}` : String(g).padStart(3)
        if (n === 'pwr') return r.pwr[g]!.padStart(4)
        return String((tick * 7) % 100).padStart(5)
      })
      let line = cells.join(tick % 2 === 0 ? '   ' : ' ')
      if (r.oddity === 'tab') line = line.replace(' ', '\t')
      if (r.oddity === 'nbsp') line = line.replace(/ (\S+)$/, '\u00a0$1')
      if (r.oddity === 'short') line = cells.slice(0, 2).join(' ')
      if (r.oddity === 'cr-inside') line = line.replace(/ (\S+)$/, '\r$1')
      if (r.oddity === 'blank') lines.push(tick % 2 === 0 ? '' : '   ')
      if (r.oddity === 'header-again' && g === 0) lines.push(...header)
      if (r.oddity === 'comment' && g === 0) lines.push(' # a comment')
      lines.push(line)
      if (names.indexOf('gpu') < 0) break
    }
  }
  return lines.join(crlf ? '\r\n' : '\n') + '\n'
}

describe('nvidia-smi dmon fast path', () => {
  it('gives the samples, problems and counts of the general path on generated logs', async () => {
    const stats = { fastLines: 0 }
    let total = 0
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HEADERS),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        fc.array(row, { minLength: 1, maxLength: 120 }),
        fc.oneof(
          fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
          // Around midnight, and into Europe/Berlin's repeated and skipped hours (times are written from UTC fields).
          fc.constantFrom(Date.UTC(2025, 2, 13, 23, 59, 0), Date.UTC(2025, 9, 26, 1, 58), Date.UTC(2025, 2, 30, 1, 59)),
        ),
        fc.constantFrom('UTC', '-05:00', 'Europe/Berlin'),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        async (header, crlf, gpus, rows, startMs, timezone, cuts) => {
          const parts = batches(render(header, crlf, gpus, rows, startMs), cuts)
          const general = await read(nvidiaSmiDmonGeneralReader, copies(parts), timezone)
          const fast = await read(createDmonReader({ fastPath: true, stats }), copies(parts), timezone)
          expect(fast).toEqual(general)
          total += stats.fastLines
        },
      ),
      { numRuns: 300 },
    )
    // Not vacuous: the generated logs do take the fast path.
    expect(total).toBeGreaterThan(2000)
  })

  it('reads every sample line of a plain log on the fast path', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ stepMs: 1000, pwr: [String(280 + (i % 50)), '301', '-', '299'], oddity: 'none' }))
    const parts = batches(render(HEADERS[1]!, false, 4, rows, Date.UTC(2025, 2, 13, 23, 30)), [0.25, 0.7])
    const stats = { fastLines: 0 }
    const general = await read(nvidiaSmiDmonGeneralReader, copies(parts), 'Europe/Berlin')
    const fast = await read(createDmonReader({ fastPath: true, stats }), copies(parts), 'Europe/Berlin')
    expect(fast).toEqual(general)
    expect(fast.problems).toEqual([])
    expect(fast.samples).toHaveLength(9000)
    expect(fast.missing).toBe(3000)
    expect(stats.fastLines).toBe(12000)
  })

  it('places a missing reading in time too, as the general path does: the clock of the repeated DST hour follows the order', async () => {
    // Europe/Berlin repeats 02:00-03:00 on 2025-10-26. 02:50 is read as the first 02:50 (00:50Z);
    // the missing 02:59 moves the clock on, so 02:25 is a step back in time: the second 02:25 (01:25Z).
    const text = ['#Date       Time        gpu    pwr', '#YYYYMMDD   HH:MM:SS    Idx      W', ' 20251026   02:50:00      0    300', ' 20251026   02:59:00      0      -', ' 20251026   02:25:00      0    310', ''].join('\n')
    const stats = { fastLines: 0 }
    const general = await read(nvidiaSmiDmonGeneralReader, batches(text, []), 'Europe/Berlin')
    const fast = await read(createDmonReader({ fastPath: true, stats }), batches(text, []), 'Europe/Berlin')
    expect(fast).toEqual(general)
    expect(stats.fastLines).toBe(3)
    expect(fast.samples.map((x) => new Date(x.atMs).toISOString())).toEqual(['2025-10-26T00:50:00.000Z', '2025-10-26T01:25:00.000Z'])
  })
})
