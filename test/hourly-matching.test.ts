/**
 * Hourly (24/7) matching of market instruments: the contracted carbon-free supply of an hour covers
 * that hour's use only; the rest takes the residual mix. Expected values are computed here from the
 * fixture files with plain arithmetic, not with the code under test.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fsSource } from '../src/ingest/fs-source.js'
import { readCfeSupply } from '../src/ingest/cfe-supply.js'
import { readManifest } from '../src/ingest/manifest.js'
import { readConfig } from '../src/ingest/config.js'
import { runCli, writeTree } from './support/cli.js'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import type { CfeSupply } from '../src/core/model.js'
import { attributeChange } from '../src/compare/attribute.js'

const FIXTURES = 'test/fixtures/supply'
const gcText = readFileSync(`${FIXTURES}/energytag-gc-query.json`, 'utf8')
const shareText = readFileSync(`${FIXTURES}/hourly-share.csv`, 'utf8')
const HOUR = 3_600_000

/** Carbon-free kWh per UTC hour from the certificates cancelled or claimed for the buyer, split evenly over each bundle's period. */
function suppliedByHour(): Map<number, number> {
  const out = new Map<number, number>()
  for (const b of JSON.parse(gcText).granular_certificate_bundles) {
    if (!['Cancelled', 'Claimed'].includes(b.certificate_status)) continue
    const start = Date.parse(`${b.production_starting_interval}Z`)
    const end = Date.parse(`${b.production_ending_interval}Z`)
    const kWh = (b.bundle_quantity * b.face_value) / 1000
    for (let t = start; t < end; t = Math.floor(t / HOUR) * HOUR + HOUR) {
      const hour = Math.floor(t / HOUR) * HOUR
      const part = (kWh * (Math.min(hour + HOUR, end) - t)) / (end - start)
      out.set(hour, (out.get(hour) ?? 0) + part)
    }
  }
  return out
}

// 4 devices x 500 W x PUE 1.2 = 2.4 kWh of facility energy in each of 8 hours from 08:00 UTC.
const USE_KWH = 4 * 0.5 * 1.2
const HOURS = Array.from({ length: 8 }, (_, i) => Date.UTC(2024, 5, 3, 8 + i))
const manifestWith = (market: string, timing = 'start: 2024-06-03T08:00:00Z\nend: 2024-06-03T16:00:00Z') => `name: finetune
phase: training
${timing}
hardware:
  - device: custom
    count: 4
    power: 500 W
    embodied: 100 kgCO2e
pue: 1.2
grid: { intensity: 350 gCO2e/kWh }
market: ${market}
`

const report = async (market: string, supplyFile = 'energytag-gc-query.json', supplyText = gcText) => {
  const root = writeTree({ 'experiments/finetune.carbon.yml': manifestWith(market), [`experiments/supply/${supplyFile}`]: supplyText })
  const run = await runCli(['report', root, '--format', 'json'])
  expect(run.stderr).not.toMatch(/error/)
  return JSON.parse(run.stdout)
}

describe('carbon-free supply files', () => {
  it('reads EnergyTag granular certificates: cancelled and claimed bundles only, a quarter-hour bundle in its hour, the rest warned about', async () => {
    const read = await readCfeSupply('energytag-gc-query.json', fsSource(FIXTURES), { maxLogBytes: 1e6 })
    const expected = suppliedByHour()
    expect(read.supply!.kind).toBe('energy')
    expect([...read.supply!.hours.keys()].sort()).toEqual([...expected.keys()].sort())
    for (const [hour, kWh] of expected) expect(read.supply!.hours.get(hour)).toBeCloseTo(kWh, 12)
    const warning = read.problems.find((p) => p.severity === 'warning')!
    expect(warning.message).toMatch(/^1 granular certificate bundle\(s\), 1\.5\skWh, are not cancelled or claimed/)
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('reads an hourly matched share in %, and refuses a grid export, a unitless column, a share over 100 %', async () => {
    const share = await readCfeSupply('hourly-share.csv', fsSource(FIXTURES), { maxLogBytes: 1e6 })
    expect(share.supply!.kind).toBe('share')
    expect(share.supply!.hours.get(Date.UTC(2024, 5, 3, 9))).toBeCloseTo(0.625, 12)
    const refuse = async (text: string) => (await readCfeSupply('s.csv', fsSource(writeTree({ 's.csv': text })), { maxLogBytes: 1e6 })).problems.map((p) => `${p.pos?.line}:${p.pos?.col} ${p.message}`)
    const em = readFileSync('test/fixtures/series/em-de-2024-new-header.csv', 'utf8')
    expect((await refuse(em))[0]).toMatch(/^1:1 s\.csv is an Electricity Maps grid export: its carbon-free percentage is the grid's \(location-based\)/)
    expect((await refuse('timestamp,carbon-free\n2024-06-03T08:00:00Z,3\n'))[0]).toMatch(/^1:2 column "carbon-free" needs its unit in brackets/)
    expect((await refuse('timestamp,carbon-free [%]\n2024-06-03T08:00:00Z,130\n'))[0]).toMatch(/^2:2 carbon-free "130" is not a share from 0 to 100/)
    expect((await refuse('timestamp,carbon-free [kWh]\n2024-06-03 8h,3\n'))[0]).toMatch(/^2:1 timestamp "2024-06-03 8h" is not ISO 8601/)
  })
})

describe('hourly matching', () => {
  it('covers each hour with that hour\'s supply only, prices the rest at the residual mix, and says what annual volume would claim', async () => {
    const json = await report('{ matching: hourly, supply: supply/energytag-gc-query.json, residual-intensity: 520 gCO2e/kWh }')
    const e = json.experiments[0]
    const supply = suppliedByHour()
    const covered = HOURS.reduce((s, h) => s + Math.min(USE_KWH, supply.get(h) ?? 0), 0)
    const use = USE_KWH * HOURS.length
    const supplied = [...supply.values()].reduce((s, x) => s + x, 0)
    expect(e.energyKWh).toBeCloseTo(use, 9)
    expect(e.operational.marketKgCO2e).toBeCloseTo((use - covered) * 0.52, 9)
    expect(e.scopes.scope2MarketKgCO2e).toBeCloseTo((use - covered) * 0.52, 9)
    expect(e.marketMatching.method).toBe('hourly')
    expect(e.marketMatching.hourlyCoverage).toBeCloseTo(covered / use, 12)
    expect(e.marketMatching.annualVolumeShare).toBeCloseTo(Math.min(1, supplied / use), 12)
    // Two evening hours have no certificate at all: counted, never filled from a neighbour.
    expect(e.marketMatching.hoursWithoutSupply).toBe(2)
    const pct = (x: number) => `${Math.round(x * 100)}\u00a0%` // formatPercent's no-break space
    expect(e.marketMethod).toContain(`hourly matched: ${pct(covered / use)} of use covered hour by hour; annual volume would claim ${pct(Math.min(1, supplied / use))}`)
    expect(e.marketMethod).toMatch(/the rest at the residual mix 520 gCO2e\/kWh/)
    // Annual matching of the same volume would have claimed far more: the hourly figure is the honest one.
    expect(covered / use).toBeLessThan(Math.min(1, supplied / use))
  })

  it('prices an hourly matched share, and the uncovered rest at the location average as a labelled fallback without a residual mix', async () => {
    const json = await report('{ matching: hourly, supply: supply/hourly-share.csv }', 'hourly-share.csv', shareText)
    const e = json.experiments[0]
    const shares = new Map(shareText.trim().split('\n').slice(1).map((l) => [Date.parse(l.split(',')[0]!), Number(l.split(',')[1]) / 100] as const))
    const covered = HOURS.reduce((s, h) => s + USE_KWH * (shares.get(h) ?? 0), 0)
    const use = USE_KWH * HOURS.length
    expect(e.operational.marketKgCO2e).toBeCloseTo((use - covered) * 0.35, 9)
    expect(e.marketMatching.hourlyCoverage).toBeCloseTo(covered / use, 12)
    expect(e.marketMatching.annualVolumeShare).toBeUndefined()
    expect(e.marketMethod).toMatch(/location-based average \(fallback: no residual-intensity given/)
  })

  it('says the matching in every output: text report, comment method line, explain', async () => {
    const root = writeTree({
      'experiments/finetune.carbon.yml': manifestWith('{ matching: hourly, supply: supply/gc.json, residual-intensity: 520 gCO2e/kWh }'),
      'experiments/annual.carbon.yml': manifestWith('{ carbon-free-energy: 100 %, residual-intensity: 520 gCO2e/kWh }').replace('name: finetune', 'name: annual'),
      'experiments/supply/gc.json': gcText,
    })
    const text = (await runCli(['report', root])).stdout
    expect(text).toMatch(/market: hourly matched: \d+\s% of use covered hour by hour; annual volume would claim \d+\s% \(1 experiment\); annual matching \(1 experiment\)/)
    const markdown = (await runCli(['report', root, '--format', 'markdown'])).stdout
    expect(markdown).toMatch(/market: hourly matched: \d+\s% of use covered hour by hour/)
    const explain = JSON.parse((await runCli(['explain', 'finetune', root, '--format', 'json'])).stdout)
    const step = explain.steps.find((s: { figure?: string }) => s.figure === 'operational.marketKgCO2e')
    expect(step.how).toMatch(/hourly matched: \d+\s% of use covered hour by hour/)
    expect(step.value).toBeCloseTo(explain.figures.operational.marketKgCO2e, 12)
  })
})

describe('why it changed', () => {
  it('attributes a changed supply file to market, naming what each side read', () => {
    const config = { ...DEFAULT_CONFIG, basis: 'market' as const }
    const exp = readManifest(manifestWith('{ matching: hourly, supply: s.csv, residual-intensity: 520 gCO2e/kWh }'), 'a.carbon.yml', {}).experiment!
    const supply = (share: number, description: string): CfeSupply => ({ file: 's.csv', kind: 'share', hours: new Map(HOURS.map((h) => [h, share])), description })
    const base = assessExperiment(exp, { config, supply: supply(0.5, 's.csv: carbon-free share matched per hour, 8 row(s)') })
    const head = assessExperiment(exp, { config, supply: supply(0.8, 's.csv: carbon-free share matched per hour, 9 row(s)') })
    const terms = attributeChange(base, head, { base: { config }, head: { config } })
    expect(terms).toHaveLength(1)
    expect(terms[0]).toMatchObject({ input: 'market', from: 'hourly: carbon-free share matched per hour, 8 row(s)', to: 'hourly: carbon-free share matched per hour, 9 row(s)' })
    // 30 points more of 19.2 kWh covered, no longer at the residual mix.
    expect(terms[0]!.deltaKgCO2e).toBeCloseTo(-USE_KWH * HOURS.length * 0.3 * 0.52, 9)
  })
})

describe('hourly matching refused where it cannot be honest', () => {
  const problems = (text: string) => readManifest(text, 'experiments/a.carbon.yml', {}).problems.map((p) => `${p.pos?.line}:${p.field}: ${p.message}`)
  it('needs a supply file, the run\'s hours, and no annual figure beside it', () => {
    expect(problems(manifestWith('{ matching: hourly }'))[0]).toMatch(/^12:market\.matching: matching: hourly needs supply: a file of your contracted carbon-free supply hour by hour/)
    expect(problems(manifestWith('{ matching: hourly, supply: s.json }', 'duration: 8 h'))[0]).toMatch(/^11:market\.matching: hourly matching needs the hours the energy was used: add logs, or start and end/)
    expect(problems(manifestWith('{ matching: hourly, supply: s.json, carbon-free-energy: 60 % }'))[0]).toMatch(/^12:market\.carbon-free-energy: with matching: hourly the supply file says what each hour's carbon-free energy covers/)
    expect(problems(manifestWith('{ supply: s.json, carbon-free-energy: 60 % }'))[0]).toMatch(/market\.supply: supply is read for hourly matching only: add matching: hourly/)
    expect(problems(manifestWith('{ matching: hourly, supply: ../../outside.json }'))[0]).toMatch(/market\.supply: path "\.\.\/\.\.\/outside\.json"/)
    const config = readConfig('defaults:\n  market: { matching: hourly, supply: s.json }\n')
    expect(config.problems.map((p) => `${p.field}: ${p.message}`)[0]).toMatch(/^defaults\.market\.matching: hourly matching belongs in a manifest/)
  })

  it('a missing supply file is an error naming the manifest field, in report and validate', async () => {
    const root = writeTree({ 'experiments/finetune.carbon.yml': manifestWith('{ matching: hourly, supply: supply/missing.json }') })
    for (const command of ['report', 'validate']) {
      const run = await runCli([command, root])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/experiments\/finetune\.carbon\.yml:12:\d+: error: market\.supply: carbon-free supply experiments\/supply\/missing\.json does not exist/)
    }
  })
})
