import { describe, expect, it } from 'vitest'
import { formatProblem } from '../src/core/errors.js'
import { readManifest } from '../src/ingest/manifest.js'
import { measureEnergy } from '../src/ingest/measure.js'
import { explainTimestamp, parseTimestamp, parseZone, parseZonedTimestamp } from '../src/ingest/time.js'
import { logSpec, memorySource } from './fixtures/logs/fixture-source.js'

const utc = { toUtcMs: (ms: number) => ms }
const HOUR = 3_600_000

describe('one zone grammar for the manifest and the readers', () => {
  it.each([
    ['UTC', 0], ['Z', 0], ['Etc/UTC', 0], ['+02:00', 2 * HOUR], ['+0530', 5.5 * HOUR], ['-5', -5 * HOUR], ['UTC-5', -5 * HOUR], ['GMT+1', HOUR], ['UTC+05:45', 5.75 * HOUR],
  ])('%s is a fixed offset of %d ms', (text, offsetMs) => {
    expect(parseZone(text)).toEqual({ kind: 'offset', offsetMs })
  })

  it('takes IANA names, and suggests one for a city or a typo', () => {
    expect(parseZone('Europe/Berlin')).toEqual({ kind: 'iana', name: 'Europe/Berlin' })
    expect(parseZone('Berlin')).toMatchObject({ suggestion: 'Europe/Berlin' })
    expect(parseZone('Europe/Berlinn')).toMatchObject({ suggestion: 'Europe/Berlin' })
    expect(parseZone('+15:00')).toHaveProperty('error')
  })

  const manifest = (timezone: string) => `name: a\nphase: training\nhardware: [{ device: nvidia-h100-sxm5-80gb, count: 1 }]\nlogs:\n  - { path: p.csv, timezone: "${timezone}" }\n`

  it('the manifest accepts UTC-5, which the readers read, and they agree on its offset', async () => {
    const { experiment, problems } = readManifest(manifest('UTC-5'), 'a.carbon.yml', {})
    expect(problems).toEqual([])
    const log = 'timestamp,watts\n2025-03-14 09:00:00,100\n2025-03-14 09:00:10,100\n'
    const { measured } = await measureEnergy([{ ...experiment!.logs[0]!, gapThresholdS: 60 }], memorySource({ 'p.csv': log }), { maxLogBytes: 1e6, manifestFile: 'a.carbon.yml' })
    expect(measured!.startMs).toBe(Date.UTC(2025, 2, 14, 14, 0, 0))
  })

  it('the manifest names the zone it cannot read, with the nearest one', () => {
    const { problems } = readManifest(manifest('Berlin'), 'a.carbon.yml', {})
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/logs\.0\.timezone: unknown timezone "Berlin".*did you mean Europe\/Berlin\?/)])
  })
})

describe('one timestamp grammar', () => {
  it.each([
    ['2025-03-14T09:26:53Z', Date.UTC(2025, 2, 14, 9, 26, 53)],
    ['2025-03-14T09:26:53.107+01:00', Date.UTC(2025, 2, 14, 8, 26, 53, 107)],
    ['2025-03-14 09:26:53,5 -0430', Date.UTC(2025, 2, 14, 13, 56, 53, 500)],
    ['2025/03/14 09:26:53.107', Date.UTC(2025, 2, 14, 9, 26, 53, 107)],
    ['20250314 09:26:53', Date.UTC(2025, 2, 14, 9, 26, 53)],
    ['2025-03-14T09:26', Date.UTC(2025, 2, 14, 9, 26)],
    ['1741944413', 1741944413_000],
    ['1741944413.25', 1741944413_250],
    ['1741944413250', 1741944413_250],
    ['1741944413250.5', 1741944413_250.5],
  ])('%s', (text, ms) => {
    expect(parseTimestamp(text, utc)).toBeCloseTo(ms, 3)
  })

  it.each(['2025-02-29T00:00:00Z', '2025-13-01T00:00:00Z', '2025-03-14T24:00:00Z', '2025-03-14T09:60:00Z', '14/03/2025 09:26:53', 'yesterday'])('%s is not a time', (text) => {
    expect(parseTimestamp(text, utc)).toBeNaN()
  })

  it('names both readings of a day/month-ambiguous date, and converts one whose order is clear', () => {
    expect(explainTimestamp('01/02/2022 10:00:00').message).toMatch(/could be 1 February or January 2 2022: day and month are ambiguous.*2022-02-01 or 2022-01-02/)
    expect(explainTimestamp('01/02/2022').suggestion).toBeUndefined()
    expect(explainTimestamp('14/03/2025 09:26:53').suggestion).toBe('2025-03-14T09:26:53')
    expect(explainTimestamp('03/14/2025 09:26:53 UTC').suggestion).toBe('2025-03-14T09:26:53UTC')
    expect(explainTimestamp('2025-3-14 9:26:53').suggestion).toBe('2025-03-14T09:26:53')
    expect(explainTimestamp('Fri Mar 14 2025 09:26:53 GMT').suggestion).toBe('2025-03-14T09:26:53Z')
    expect(explainTimestamp('2025-02-30 10:00').message).toMatch(/does not exist/)
  })

  it('a log with an ambiguous date is an error at its line that names the ambiguity', async () => {
    const src = memorySource({ 'p.csv': 'time,watts\n01/02/2022 10:00:00,100\n' })
    const { problems } = await measureEnergy([logSpec('p.csv')], src, { maxLogBytes: 1e6, manifestFile: 'a.carbon.yml' })
    expect(problems[0]).toMatchObject({ pos: { line: 2 }, message: expect.stringMatching(/could be 1 February or January 2/) })
  })

  it('a log shows the user its own time converted', async () => {
    const src = memorySource({ 'p.csv': 'time,watts\n14/03/2025 09:26:53,100\n' })
    const { problems } = await measureEnergy([logSpec('p.csv')], src, { maxLogBytes: 1e6, manifestFile: 'a.carbon.yml' })
    expect(formatProblem(problems[0]!)).toMatch(/did you mean 2025-03-14T09:26:53\?/)
  })

  it('says in the report which Unix unit it read, by magnitude', async () => {
    for (const [t0, t1, unit] of [['1741944413.5', '1741944423.5', 'seconds'], ['1741944413500', '1741944423500', 'milliseconds']] as const) {
      const src = memorySource({ 'p.csv': `time,watts\n${t0},100\n${t1},100\n` })
      const { measured } = await measureEnergy([logSpec('p.csv')], src, { maxLogBytes: 1e6, manifestFile: 'a.carbon.yml' })
      expect(measured!.startMs).toBe(1741944413500)
      expect(measured!.notes).toEqual([expect.stringContaining(`p.csv: Unix times read as ${unit} since 1970, told apart by magnitude`)])
    }
  })

  it('the manifest start and end need a zone, and a naive one is shown with Z added', () => {
    expect(parseZonedTimestamp('2026-03-01T08:00:00Z')).toBe(Date.UTC(2026, 2, 1, 8))
    expect(parseZonedTimestamp('2026-03-01 08:00:00')).toBeUndefined()
    const yaml = 'name: a\nphase: training\nstart: 2026-03-01 08:00\nend: 2026-03-01T10:00:00+01:00\nhardware: [{ device: nvidia-h100-sxm5-80gb, count: 1 }]\n'
    const { problems } = readManifest(yaml, 'a.carbon.yml', {})
    expect(formatProblem(problems[0]!)).toMatch(/start: "2026-03-01 08:00" has no zone; add Z \(UTC\) or an offset; did you mean 2026-03-01T08:00Z\?/)
  })
})
