/**
 * Measured experiments for render tests: energy per UTC hour from power logs, priced hour by hour
 * against a small grid series with the methodology's formulas (facility kWh of each hour x that
 * hour's intensity; hours the series lacks priced at the annual average and counted; the greenest
 * start found by trying every series hour). Independent of the core, like `sample-report.ts`.
 */
import { add, exact } from '../../src/core/range.js'
import type { ExperimentResult, GapPolicy, GreenestWindow, MeasuredEnergy } from '../../src/core/model.js'
import { sampleExperiment, type SampleSpec } from './sample-report.js'

const HOUR_MS = 3_600_000
const at = (iso: string): number => Date.parse(iso)

export interface MeasuredSampleSpec extends Omit<SampleSpec, 'hours' | 'powerW' | 'measured'> {
  /** IT energy per UTC hour (`2026-11-26T01:00Z`), kWh; facility energy when `facilityIncluded`. */
  readonly hourlyKWh: readonly (readonly [hour: string, kWh: number])[]
  /** The committed series: hour, average and marginal intensity, kgCO2e/kWh. */
  readonly series?: readonly (readonly [hour: string, averageKgPerKWh: number, marginalKgPerKWh: number])[]
  readonly seriesPath?: string
  readonly seriesDescription?: string
  readonly facilityIncluded?: boolean
  readonly startIso: string
  readonly endIso: string
  readonly samples: number
  readonly devices: number
  readonly duplicates?: number
  readonly outOfOrder?: number
  readonly files: readonly string[]
  readonly gaps?: readonly { readonly start: string; readonly end: string; readonly file: string; readonly policy: GapPolicy }[]
  readonly reported?: MeasuredEnergy['reported']
}

/** The greenest start: the hourly profile shifted to every series hour, average intensity. */
function greenest(profile: readonly (readonly [number, number])[], avg: ReadonlyMap<number, number>, factor: number): GreenestWindow | undefined {
  const first = profile[0]?.[0]
  if (first === undefined) return undefined
  const emissions = (startMs: number): number | undefined => {
    let kg = 0
    for (const [hour, kWh] of profile) {
      const intensity = avg.get(startMs + hour - first)
      if (intensity === undefined) return undefined
      kg += kWh * intensity
    }
    return kg
  }
  const actual = emissions(first)
  if (actual === undefined) return undefined
  let best = { startMs: first, kg: actual }
  for (const start of [...avg.keys()].sort((a, b) => a - b)) {
    const kg = emissions(start)
    if (kg !== undefined && kg < best.kg) best = { startMs: start, kg }
  }
  return { startMs: best.startMs, kgCO2e: best.kg * factor, savingKgCO2e: (actual - best.kg) * factor, basis: 'average' }
}

/** One measured experiment result, hourly-priced when it has a series. */
export function sampleMeasuredExperiment(spec: MeasuredSampleSpec): ExperimentResult {
  const pue = spec.pue ?? 1.1
  const grid = spec.gridKgPerKWh ?? 0.385
  const startMs = at(spec.startIso)
  const endMs = at(spec.endIso)
  const hours = (endMs - startMs) / HOUR_MS
  const profile = spec.hourlyKWh.map(([h, kWh]) => [at(h), kWh] as const).sort((a, b) => a[0] - b[0])
  const measuredKWh = profile.reduce((s, [, kWh]) => s + kWh, 0)
  const factor = spec.facilityIncluded ? 1 : pue
  const facilityKWh = measuredKWh * factor
  // Power chosen so the base builder's count x power x hours is the measured energy.
  const powerW = ((facilityKWh / pue) * 1000) / (spec.count * hours)
  const base = sampleExperiment({ ...spec, pue, gridKgPerKWh: grid, hours, powerW, measured: true })
  const measured: MeasuredEnergy = {
    energyKWh: measuredKWh,
    facilityIncluded: spec.facilityIncluded ?? false,
    hourlyKWh: new Map(profile),
    startMs,
    endMs,
    samples: spec.samples,
    devices: spec.devices,
    duplicates: spec.duplicates ?? 0,
    outOfOrder: spec.outOfOrder ?? 0,
    gaps: (spec.gaps ?? []).map((g) => ({ startMs: at(g.start), endMs: at(g.end), file: g.file, policy: g.policy })),
    files: spec.files,
    ...(spec.reported ? { reported: spec.reported } : {}),
    warnings: [],
  }
  const annual = base.operational.annualLocationKgCO2e
  if (spec.series === undefined) return { ...base, itEnergyKWh: facilityKWh / pue, energyKWh: facilityKWh, measured }

  const avg = new Map(spec.series.map(([h, a]) => [at(h), a]))
  const marg = new Map(spec.series.map(([h, , m]) => [at(h), m]))
  let averageKg = 0
  let marginalKg = 0
  let uncoveredHours = 0
  let uncoveredKWh = 0
  for (const [hour, kWh] of profile) {
    const a = avg.get(hour)
    const m = marg.get(hour)
    if (a === undefined || m === undefined) {
      uncoveredHours++
      uncoveredKWh += kWh * factor
      continue
    }
    averageKg += kWh * factor * a
    marginalKg += kWh * factor * m
  }
  const location = exact(averageKg + uncoveredKWh * grid)
  const window = greenest(profile, avg, factor)
  const operational = {
    ...base.operational,
    locationKgCO2e: location,
    marketKgCO2e: location,
    marginalKgCO2e: exact(marginalKg + uncoveredKWh * (spec.marginalKgPerKWh ?? grid)),
    annualLocationKgCO2e: annual,
    locationMethod: 'hourly' as const,
    marginalMethod: 'hourly' as const,
    uncoveredHours,
    ...(window ? { greenestWindow: window } : {}),
  }
  return {
    ...base,
    input: { ...base.input, ...(spec.seriesPath ? { seriesPath: spec.seriesPath } : {}) },
    itEnergyKWh: facilityKWh / pue,
    energyKWh: facilityKWh,
    operational,
    operationalKgCO2e: location,
    totalKgCO2e: add(location, base.embodiedKgCO2e),
    scopes: { ...base.scopes, scope2LocationKgCO2e: location, scope2MarketKgCO2e: location },
    measured,
    gridDescription: `${spec.seriesDescription ?? 'hourly series'}; annual: ${base.gridDescription}`,
  }
}
