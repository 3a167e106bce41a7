/**
 * The LCA view (manufacturing, transport, use, end of life) and the GHG scopes beyond Scope 2 and 3:
 * expected figures are computed here from the published factors, not read back from the code.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG, type Config } from '../src/core/config.js'
import type { Experiment, ExperimentResult, LcaStages } from '../src/core/model.js'
import { add, type Range } from '../src/core/range.js'
import { buildReport } from '../src/core/report.js'
import { readConfig } from '../src/ingest/config.js'
import { readManifest } from '../src/ingest/manifest.js'
import { describeMethod } from '../src/render/method.js'

const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b))
const ends = (r: Range) => [r.low, r.central, r.high] as const

function experimentOf(text: string, file = 'run.carbon.yml'): Experiment {
  const read = readManifest(text, file, {})
  expect(read.problems).toEqual([])
  return read.experiment!
}
const assess = (text: string, config: Config = DEFAULT_CONFIG): ExperimentResult => assessExperiment(experimentOf(text), { config })
const stagesSum = (l: LcaStages): Range => add(l.manufacturingKgCO2e, l.transportKgCO2e, l.useKgCO2e, l.endOfLifeKgCO2e)

// Boavizta's large GPU: 1.69 kg; sea 19,000 km at 1.33e-5, truck 1,000 km at 5.04e-5 kgCO2e/kg·km; end of life 1.5062 kgCO2e/kg.
const CARD_TRANSPORT_KG = 1.69 * (19_000 * 1.33e-5 + 1_000 * 5.04e-5)
const CARD_EOL_KG = 1.69 * 1.5062

const manifestArb = fc.record({
  device: fc.constantFrom('nvidia-a100-sxm4-80gb', 'nvidia-h100-sxm5-80gb', 'gpu-server-host', 'custom'),
  count: fc.integer({ min: 1, max: 4096 }),
  durationH: fc.double({ min: 0.01, max: 10_000, noNaN: true }),
  pue: fc.double({ min: 1, max: 2.5, noNaN: true }),
  country: fc.constantFrom('USA', 'FRA', 'IND'),
  datacenter: fc.boolean(),
  transport: fc.boolean(),
  endOfLife: fc.boolean(),
  scope1G: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: undefined }),
  cfe: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
})
type ManifestArgs = typeof manifestArb extends fc.Arbitrary<infer T> ? T : never

const manifestText = (a: ManifestArgs, name = 'run'): string => `name: ${name}
phase: training
duration: ${a.durationH} h
hardware:
  - device: ${a.device}
    count: ${a.count}
${a.device === 'custom' ? '    power: 350 W\n    embodied: 120 kgCO2e\n' : ''}pue: ${a.pue}
grid:
  country: ${a.country}
${a.cfe !== undefined ? `market:\n  carbon-free-energy: ${a.cfe} %\n` : ''}${a.scope1G !== undefined ? `scope1-intensity: ${a.scope1G} gCO2e/kWh\n` : ''}embodied:
  datacenter: ${a.datacenter}
  transport: ${a.transport}
  end-of-life: ${a.endOfLife}
`

describe('LCA stages', () => {
  it('add up to the total at every end of the range, for any manifest, basis and intensity, and in the totals', () => {
    const configArb = fc.record({ basis: fc.constantFrom('location', 'market'), intensity: fc.constantFrom('average', 'marginal') }) as fc.Arbitrary<Pick<Config, 'basis' | 'intensity'>>
    fc.assert(
      fc.property(fc.array(manifestArb, { minLength: 1, maxLength: 6 }), configArb, (args, headline) => {
        const config = { ...DEFAULT_CONFIG, ...headline }
        const results = args.map((a, i) => assessExperiment(experimentOf(manifestText(a, `run-${i}`), `r/${i}.carbon.yml`), { config }))
        for (const r of [...results, buildReport(results, config, []).totals]) {
          const sum = stagesSum(r.lca)
          ends(sum).forEach((v, i) => expect(close(v, ends(r.totalKgCO2e)[i]!)).toBe(true))
          expect(close(r.lca.useKgCO2e.central, r.operationalKgCO2e.central)).toBe(true)
          expect(close(add(r.lca.manufacturingKgCO2e, r.lca.transportKgCO2e, r.lca.endOfLifeKgCO2e).central, r.embodiedKgCO2e.central)).toBe(true)
        }
        for (const [i, a] of args.entries()) {
          if (!a.transport) expect(ends(results[i]!.lca.transportKgCO2e)).toEqual([0, 0, 0])
          if (!a.endOfLife) expect(ends(results[i]!.lca.endOfLifeKgCO2e)).toEqual([0, 0, 0])
        }
      }),
      { numRuns: 150 },
    )
  })

  it("charges a catalog GPU Boavizta's per-card transport and end of life, amortized like its manufacturing", () => {
    const r = assess(`name: a
phase: training
duration: 100 h
hardware:
  - device: nvidia-a100-sxm4-80gb
    count: 8
    embodied: 150 kgCO2e
pue: 1.1
grid: { intensity: 400 gCO2e/kWh }
embodied: { lifetime: 4 y, active-share: 100 %, datacenter: false }
`)
    const share = (8 * 100) / (4 * 8760)
    expect(r.embodied.hardwareKgCO2e.central).toBeCloseTo(150 * share, 12)
    // The catalog keeps four decimals of a kilogram per card.
    expect(close(r.lca.transportKgCO2e.central, CARD_TRANSPORT_KG * share, 1e-4)).toBe(true)
    expect(close(r.lca.endOfLifeKgCO2e.central, CARD_EOL_KG * share, 1e-4)).toBe(true)
    // Air freight of the same 19,000 km is the high end: two orders of magnitude above sea.
    expect(r.lca.transportKgCO2e.high / r.lca.transportKgCO2e.central).toBeGreaterThan(100)
    expect(r.coefficients.map((c) => c.id)).toEqual(expect.arrayContaining(['transport:card', 'end-of-life:card']))
  })

  it("charges a server host the HPE PCFs' shares of its manufacturing, and takes a manifest's own figures per unit", () => {
    const text = (extra: string) => `name: h
phase: training
duration: 1000 h
hardware:
  - device: gpu-server-host
    count: 2
    embodied: 2500 kgCO2e
${extra}grid: { intensity: 400 gCO2e/kWh }
embodied: { lifetime: 5 y, active-share: 50 %, datacenter: false }
`
    const share = (2 * 1000) / (5 * 8760 * 0.5)
    const host = assess(text(''))
    expect(host.lca.manufacturingKgCO2e.central).toBeCloseTo(2500 * share, 9)
    expect(host.lca.transportKgCO2e.central).toBeCloseTo(2500 * 0.0506 * share, 9)
    expect(host.lca.endOfLifeKgCO2e.central).toBeCloseTo(2500 * 0.0274 * share, 9)
    // DL345 Gen10 Plus (BLOOM's server) is the low end: transport 0.4 % and end of life 0.2 % of an 8,370 kg total, manufacturing 29.9 %.
    expect(host.lca.transportKgCO2e.low).toBeCloseTo(2500 * 0.0134 * share, 9)
    const own = assess(text('    transport: 40 kgCO2e\n    end-of-life: 12 kgCO2e\n'))
    expect(own.lca.transportKgCO2e.central).toBeCloseTo(40 * share, 12)
    expect(own.lca.endOfLifeKgCO2e.central).toBeCloseTo(12 * share, 12)
    expect(own.lca.transportKgCO2e.low).toBe(own.lca.transportKgCO2e.high)
  })

  it("takes the stage switches from the config's defaults.embodied, and says so; a manifest's own switch wins", () => {
    const { config, problems } = readConfig('defaults:\n  embodied: { transport: false, end-of-life: false }\n')
    expect(problems).toEqual([])
    const text = (embodied: string) => `name: c\nphase: training\nduration: 10 h\nhardware: [{ device: nvidia-h100-sxm5-80gb, count: 2 }]\ngrid: { intensity: 300 gCO2e/kWh }\n${embodied}`
    const read = readManifest(text(''), 'c.carbon.yml', config!.defaults)
    expect(read.experiment!.defaultsUsed).toEqual(expect.arrayContaining(['transport left out from carbon-budget.yml', 'end of life left out from carbon-budget.yml']))
    const r = assessExperiment(read.experiment!, { config: DEFAULT_CONFIG })
    expect([r.lca.transportKgCO2e.central, r.lca.endOfLifeKgCO2e.central]).toEqual([0, 0])
    const own = assessExperiment(readManifest(text('embodied: { transport: true }\n'), 'c.carbon.yml', config!.defaults).experiment!, { config: DEFAULT_CONFIG })
    // 2 cards x 10 h over the catalog's 4 y x 100 % active, each shipped once: Boavizta's per-card transport.
    // (the catalog keeps four decimals of a kilogram per card)
    expect(Math.abs(own.lca.transportKgCO2e.central / ((CARD_TRANSPORT_KG * 2 * 10) / (4 * 8760)) - 1)).toBeLessThan(1e-3)
    expect(own.lca.endOfLifeKgCO2e.central).toBe(0)
  })
})

describe('scopes', () => {
  const text = (extra: string) => `name: s
phase: inference
duration: 10 h
hardware:
  - device: custom
    count: 10
    power: 500 W
    embodied: 100 kgCO2e
pue: 1.2
grid: { intensity: 300 gCO2e/kWh }
${extra}`

  it('puts a site figure per facility kWh in Scope 1 and in the operational headline; 0 with a note without one', () => {
    const facilityKWh = 10 * 0.5 * 10 * 1.2
    const none = assess(text(''))
    expect(none.scopes.scope1KgCO2e.central).toBe(0)
    expect(none.scopes.boundaries.scope1).toMatch(/no site figure/)
    const site = assess(text('scope1-intensity: 4 gCO2e/kWh\n'))
    expect(site.scopes.scope1KgCO2e.central).toBeCloseTo(facilityKWh * 0.004, 12)
    expect(site.operationalKgCO2e.central).toBeCloseTo(facilityKWh * (0.3 + 0.004), 12)
    expect(site.operational.locationKgCO2e.central).toBeCloseTo(facilityKWh * 0.3, 12)
    expect(site.totalKgCO2e.central).toBeCloseTo(site.operationalKgCO2e.central + site.embodiedKgCO2e.central, 12)
  })

  it("says which boundary the grid factor uses: the manifest's, Ember's or Electricity Maps' life-cycle factors", () => {
    expect(assess(text('')).scopes.boundaries.scope2).toMatch(/manifest's factor/)
    expect(assess(text('').replace('{ intensity: 300 gCO2e/kWh }', '{ country: FRA }')).scopes.boundaries.scope2).toMatch(/life-cycle factors \(Ember\)/)
    expect(assess(text('').replace('{ intensity: 300 gCO2e/kWh }', '{ zone: US-CAL-CISO }')).scopes.boundaries.scope2).toMatch(/life-cycle factors \(Electricity Maps\)/)
  })

  it('rejects a Scope 1 intensity without a unit, naming the unit', () => {
    const { problems } = readManifest(text('scope1-intensity: 4\n'), 'a.carbon.yml', {})
    expect(problems.map((p) => p.message).join('\n')).toMatch(/gCO2e\/kWh|kgCO2e\/kWh/)
  })
})

describe('the method line', () => {
  it('names no PUE source when every manifest set its PUE, and the catalog PUE source when one was defaulted', () => {
    const set = assess(`name: a
phase: training
duration: 1 h
hardware: [{ device: nvidia-a100-sxm4-80gb, count: 1 }]
pue: 1.2
grid: { country: USA }
`)
    expect(describeMethod(buildReport([set], DEFAULT_CONFIG, [])).pueSources).toEqual([])
    const defaulted = assess(`name: b
phase: training
duration: 1 h
hardware: [{ device: nvidia-a100-sxm4-80gb, count: 1 }]
grid: { region: aws/us-east-1 }
`)
    expect(describeMethod(buildReport([defaulted], DEFAULT_CONFIG, [])).pueSources.map((s) => s.id)).toEqual(['ccf-methodology'])
  })
})

describe('upstream of the electricity', () => {
  it('splits an hourly figure into Scope 2 on direct factors and Scope 3 category 3 when the series gives both', async () => {
    const { readGridSeries } = await import('../src/ingest/grid-series.js')
    const { memorySource } = await import('./fixtures/logs/fixture-source.js')
    const csv =
      'Datetime (UTC),Zone id,Carbon intensity gCO₂eq/kWh (direct),Carbon intensity gCO₂eq/kWh (Life cycle)\n' +
      '2026-01-01 00:00:00,FR,16,34\n2026-01-01 01:00:00,FR,20,40\n'
    const { series, problems } = await readGridSeries('grid/fr.csv', memorySource({ 'grid/fr.csv': csv }), { maxLogBytes: 1e6 })
    expect(problems).toEqual([])
    const H = (h: number) => Date.UTC(2026, 0, 1, h)
    const measured = {
      energyKWh: 30, facilityIncluded: false, hourlyKWh: new Map([[H(0), 10], [H(1), 20]]), startMs: H(0), endMs: H(2),
      samples: 10, devices: 1, duplicates: 0, outOfOrder: 0, gaps: [], files: ['log.csv'], warnings: [],
    }
    const exp = experimentOf(`name: fr
phase: training
hardware:
  - device: nvidia-a100-sxm4-80gb
    count: 1
pue: 1.5
grid: { zone: FR, series: grid/fr.csv }
logs:
  - path: log.csv
`)
    const r = assessExperiment(exp, { config: DEFAULT_CONFIG, measured, series: series! })
    const location = 1.5 * (10 * 0.034 + 20 * 0.04)
    const upstream = 1.5 * (10 * (0.034 - 0.016) + 20 * (0.04 - 0.02))
    expect(r.operational.locationKgCO2e.central).toBeCloseTo(location, 12)
    expect(r.scopes.scope3UpstreamEnergyKgCO2e!.central).toBeCloseTo(upstream, 12)
    expect(r.scopes.scope2LocationKgCO2e.central).toBeCloseTo(location - upstream, 12)
    expect(r.scopes.boundaries.scope2).toMatch(/^direct factors of the committed series/)
    const totals = buildReport([r], DEFAULT_CONFIG, []).totals
    expect(totals.scopes.scope3UpstreamEnergyKgCO2e!.central).toBeCloseTo(upstream, 12)
  })
})
