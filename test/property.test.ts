/**
 * Properties of the whole computation (fast-check). Attribution terms summing to the delta is in
 * compare.test.ts and the unit round-trip of every unit in units.test.ts; these extend them.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare } from '../src/compare/compare.js'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import type { Experiment, Report } from '../src/core/model.js'
import type { Range } from '../src/core/range.js'
import { buildReport } from '../src/core/report.js'
import { addSample, createAccumulator, finishAccumulator, type PowerSample } from '../src/core/samples.js'
import { formatQuantity, unitsOf, type Dimension } from '../src/core/units.js'
import { readManifest } from '../src/ingest/manifest.js'
import { measureEnergy } from '../src/ingest/measure.js'
import { logSpec, memorySource } from './fixtures/logs/fixture-source.js'

const T0 = Date.UTC(2024, 5, 1, 22, 30)
const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b))

/** A run of one GPU: steps of 0.2–20 s (below the 30 s gap threshold), 0–700 W, ISO times with ms. */
const gpuRun = fc.array(fc.record({ stepMs: fc.integer({ min: 200, max: 20_000 }), watts: fc.double({ min: 0, max: 700, noNaN: true }) }), { minLength: 2, maxLength: 400 })
  .map((steps) => {
    let t = T0
    return steps.map((s) => ({ atMs: (t += s.stepMs), watts: Math.round(s.watts * 1000) / 1000 }))
  })
const csv = (rows: readonly { atMs: number; watts: number }[]) => `timestamp,watts\n${rows.map((r) => `${new Date(r.atMs).toISOString()},${r.watts}`).join('\n')}\n`
const measure = (files: Record<string, string>, paths: readonly string[]) =>
  measureEnergy(paths.map((p) => logSpec(p, { format: 'power-csv' })), memorySource(files, 4096), { maxLogBytes: 1e9, manifestFile: 'a.carbon.yml' })

describe('measured energy', () => {
  it('a log split into two files (either order) gives the energy and hours of the whole', async () => {
    await fc.assert(
      fc.asyncProperty(gpuRun, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), async (rows, at, reversed) => {
        const k = Math.min(rows.length - 1, 1 + Math.floor(at * (rows.length - 1)))
        const files = { 'whole.csv': csv(rows), 'part1.csv': csv(rows.slice(0, k)), 'part2.csv': csv(rows.slice(k)) }
        const whole = await measure(files, ['whole.csv'])
        const parts = await measure(files, reversed ? ['part2.csv', 'part1.csv'] : ['part1.csv', 'part2.csv'])
        expect(parts.problems).toEqual([])
        expect(close(parts.measured!.energyKWh, whole.measured!.energyKWh)).toBe(true)
        const hours = (m: typeof whole) => [...m.measured!.hourlyKWh].sort((a, b) => a[0] - b[0])
        expect(hours(parts).map(([h]) => h)).toEqual(hours(whole).map(([h]) => h))
        for (const [i, [, kWh]] of hours(parts).entries()) expect(close(kWh, hours(whole)[i]![1], 1e-8)).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('samples in any order within the reorder window give the same energy', () => {
    // Shuffling within blocks of 32 moves no sample more than 31 places: inside the window of 64.
    const shuffled = gpuRun.chain((rows) =>
      fc.tuple(fc.constant(rows), fc.array(fc.nat(), { minLength: rows.length, maxLength: rows.length })),
    )
    fc.assert(
      fc.property(shuffled, fc.constantFrom(2, 8, 32), ([rows, keys], block) => {
        const fold = (samples: readonly PowerSample[]) => {
          const acc = createAccumulator({ gapThresholdMs: 30_000, gaps: 'bridge' })
          for (const s of samples) addSample(acc, s)
          return finishAccumulator(acc)
        }
        const inOrder = rows.map((r) => ({ ...r, device: 'gpu0' }))
        const moved: PowerSample[] = []
        for (let i = 0; i < inOrder.length; i += block) {
          const chunk = inOrder.slice(i, i + block).map((s, j) => ({ s, key: keys[i + j]! }))
          moved.push(...chunk.sort((a, b) => a.key - b.key).map((c) => c.s))
        }
        const a = fold(inOrder)
        const b = fold(moved)
        expect(b.dropped).toBe(0)
        expect(b.samples).toBe(a.samples)
        expect(close(b.energyJ, a.energyJ)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

const experimentArb = fc.record({
  device: fc.constantFrom('nvidia-a100-sxm4-80gb', 'nvidia-h100-sxm5-80gb', 'nvidia-l4', 'nvidia-v100-sxm2-32gb'),
  count: fc.integer({ min: 1, max: 4096 }),
  powerW: fc.option(fc.integer({ min: 20, max: 1200 }), { nil: undefined }),
  durationH: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
  pue: fc.double({ min: 1, max: 2.5, noNaN: true }),
  country: fc.constantFrom('USA', 'FRA', 'DEU', 'IND', 'SWE', 'NOR', 'POL'),
  datacenter: fc.boolean(),
  cfe: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
})
type ExperimentArgs = typeof experimentArb extends fc.Arbitrary<infer T> ? T : never

/** The manifest text a user would write for these arguments. */
const manifestText = (a: ExperimentArgs, name = 'run', powerUnit = 'W', durationUnit = 'h'): string => `name: ${name}
phase: training
duration: ${formatQuantity(a.durationH, 'duration', durationUnit)}
hardware:
  - device: ${a.device}
    count: ${a.count}
${a.powerW !== undefined ? `    power: ${formatQuantity(a.powerW, 'power', powerUnit)}\n` : ''}pue: ${a.pue}
grid:
  country: ${a.country}
${a.cfe !== undefined ? `market:\n  carbon-free-energy: ${formatQuantity(a.cfe, 'ratio', '%')}\n` : ''}embodied:
  datacenter: ${a.datacenter}
`
function experimentOf(text: string, file = 'run.carbon.yml'): Experiment {
  const read = readManifest(text, file, {})
  expect(read.problems).toEqual([])
  return read.experiment!
}
const assess = (e: Experiment) => assessExperiment(e, { config: DEFAULT_CONFIG })
const ends = (r: Range) => [r.low, r.central, r.high]

describe('manifests', () => {
  it('a quantity written in any unit of its dimension gives the same footprint', () => {
    const unitOf = (d: Dimension) => fc.constantFrom(...unitsOf(d))
    fc.assert(
      fc.property(experimentArb, unitOf('power'), unitOf('duration'), (a, powerUnit, durationUnit) => {
        const inW = assess(experimentOf(manifestText(a)))
        const other = assess(experimentOf(manifestText(a, 'run', powerUnit, durationUnit)))
        for (const [x, y] of [[inW.totalKgCO2e, other.totalKgCO2e], [inW.operationalKgCO2e, other.operationalKgCO2e]] as const) {
          ends(x).forEach((v, i) => expect(close(v, ends(y)[i]!, 1e-9)).toBe(true))
        }
        expect(close(inW.energyKWh, other.energyKWh, 1e-9)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('more hours never lower the footprint (any end of the range, any basis)', () => {
    fc.assert(
      fc.property(experimentArb, fc.double({ min: 0, max: 5000, noNaN: true }), (a, moreH) => {
        const short = assess(experimentOf(manifestText(a)))
        const long = assess(experimentOf(manifestText({ ...a, durationH: a.durationH + moreH })))
        const tolerance = (x: number) => x * 1e-12
        for (const key of ['totalKgCO2e', 'operationalKgCO2e', 'embodiedKgCO2e'] as const) {
          ends(short[key]).forEach((v, i) => expect(ends(long[key])[i]! + tolerance(v)).toBeGreaterThanOrEqual(v))
        }
        for (const key of ['locationKgCO2e', 'marketKgCO2e'] as const) {
          expect(long.operational[key].central + tolerance(short.operational[key].central)).toBeGreaterThanOrEqual(short.operational[key].central)
        }
        expect(long.energyKWh).toBeGreaterThanOrEqual(short.energyKWh)
      }),
      { numRuns: 300 },
    )
  })
})

describe('head equal to base', () => {
  it('gives a zero delta, every experiment unchanged, no attribution term, and passes an increase budget', () => {
    fc.assert(
      fc.property(fc.array(experimentArb, { minLength: 1, maxLength: 12 }), (args) => {
        // Read twice from text, as base and head are: equal inputs, separately computed.
        const side = (): Report =>
          buildReport(args.map((a, i) => assess(experimentOf(manifestText(a, `run-${i}`), `runs/${i}.carbon.yml`))), DEFAULT_CONFIG, [])
        const budgets = { ...DEFAULT_CONFIG.budgets, increase: { share: 0 } }
        const c = compare(side(), side(), budgets, { failOn: 'increase', attribution: { base: { config: DEFAULT_CONFIG }, head: { config: DEFAULT_CONFIG } } })
        expect(ends(c.delta.totalKgCO2e)).toEqual([0, 0, 0])
        expect(c.delta.energyKWh).toBe(0)
        expect(c.experiments.every((e) => e.status === 'unchanged' && e.deltaKgCO2e.central === 0 && e.attribution.length === 0)).toBe(true)
        expect(c.verdict).toBe('pass')
      }),
      { numRuns: 100 },
    )
  })
})
