/**
 * Hourly (24/7) matching of market instruments, as the GHG Protocol's proposed Scope 2 revision
 * (2025 consultation) and 24/7 carbon-free energy practice count it: in each hour, the contracted
 * carbon-free supply of that hour covers that hour's use and no other; supply beyond the hour's use
 * is lost (never carried to another hour), and the uncovered rest takes the residual mix.
 */
import { formatPercent } from './format.js'
import { spreadFlat } from './hourly.js'
import type { CfeSupply, GridSeries, MarketMatching, MarketSpec, MeasuredEnergy } from './model.js'
import { range, type Range } from './range.js'
import { HOUR_MS } from './units.js'

export interface HourlyMatchInput {
  /** Facility energy per UTC hour start, kWh. */
  readonly facilityKWhByHour: ReadonlyMap<number, number>
  readonly supply: CfeSupply
  /** The intensity of the hour's uncovered energy, kgCO2e/kWh: the residual mix, or a labelled fallback. */
  readonly uncoveredKgPerKWh: (hourMs: number) => number
}

export interface HourlyMatch {
  /** Facility energy of all hours, kWh. */
  readonly energyKWh: number
  /** Of which covered by the same hour's carbon-free supply, kWh. */
  readonly coveredKWh: number
  /** Market-based emissions: covered energy at the supply's own factor (0 for carbon-free), the rest at the uncovered intensity. */
  readonly kgCO2e: number
  /** Hours with use that the supply file has no row for (counted uncovered). */
  readonly hoursWithoutSupply: number
  /** Energy supply only: everything the file supplies, kWh (what annual volume matching would count). */
  readonly supplyKWh?: number
}

/**
 * @example
 * // use 10 kWh at 00:00 and 10 kWh at 01:00; supply 20 kWh at 00:00, 5 kWh at 01:00; residual 0.5 kg/kWh
 * // covered: min(10, 20) + min(10, 5) = 15 kWh (75 %); the 10 kWh surplus at 00:00 is lost;
 * // kgCO2e = (20 - 15) x 0.5 = 2.5; annual volume would claim min(1, 25 / 20) = 100 %
 */
export function matchHourly(input: HourlyMatchInput): HourlyMatch {
  const { supply } = input
  let energyKWh = 0
  let coveredKWh = 0
  let kgCO2e = 0
  let hoursWithoutSupply = 0
  for (const [hour, kWh] of input.facilityKWhByHour) {
    if (!(kWh > 0)) continue
    energyKWh += kWh
    const supplied = supply.hours.get(hour)
    if (supplied === undefined) hoursWithoutSupply++
    const covered = supplied === undefined ? 0 : supply.kind === 'share' ? kWh * Math.min(1, supplied) : Math.min(kWh, supplied)
    coveredKWh += covered
    // Certificates that state a production factor carry it into the covered energy, pro rata.
    const suppliedKg = supply.kgCO2eByHour?.get(hour)
    if (suppliedKg !== undefined && supplied !== undefined && supplied > 0) kgCO2e += (covered * suppliedKg) / supplied
    kgCO2e += (kWh - covered) * input.uncoveredKgPerKWh(hour)
  }
  let supplyKWh: number | undefined
  if (supply.kind === 'energy') {
    supplyKWh = 0
    for (const kWh of supply.hours.values()) supplyKWh += kWh
  }
  return { energyKWh, coveredKWh, kgCO2e, hoursWithoutSupply, ...(supplyKWh !== undefined ? { supplyKWh } : {}) }
}

export interface HourlyMarketInputs {
  readonly market: HourlyMarketSpec
  readonly supply: CfeSupply
  /** Logged energy per hour (IT, or facility when `facilityIncluded`); absent: a modelled run spread flat from `startMs`. */
  readonly measured?: MeasuredEnergy
  readonly startMs?: number
  readonly durationH: number
  /** IT energy with no time profile of its own (a modelled run; hosts beside logged GPUs): spread flat over the run. */
  readonly modelledKWh: Range
  readonly pue: Range
  /** The committed grid series, for the hourly location fallback when no residual mix is given. */
  readonly series?: GridSeries
  readonly annualAverageKgPerKWh: Range
}

type HourlyMarketSpec = Extract<MarketSpec, { kind: 'hourly' }>
const ENDS = ['low', 'central', 'high'] as const

/**
 * The market-based figure under hourly matching, at each end of the energy's and intensity's ranges
 * (a range cannot be pushed through min(use, supply) end by end otherwise), and the coverage it achieved.
 */
export function hourlyMarket(inputs: HourlyMarketInputs): { marketKgCO2e: Range; marketMethod: string; marketMatching: MarketMatching } {
  const { measured, supply, market } = inputs
  const startMs = measured?.startMs ?? inputs.startMs
  // Ingest refuses hourly matching without logs or a start: a run without hours cannot be matched by the hour.
  if (startMs === undefined) throw new RangeError('hourly matching needs the run\'s hours: logs, or start and end')
  const endMs = measured ? measured.endMs : startMs + inputs.durationH * HOUR_MS
  const unprofiled = spreadFlat(startMs, endMs, 1)
  const at = (end: (typeof ENDS)[number]): HourlyMatch => {
    const profile = new Map<number, number>()
    const loggedFactor = measured?.facilityIncluded ? 1 : inputs.pue[end]
    for (const [hour, kWh] of measured?.hourlyKWh ?? []) profile.set(hour, kWh * loggedFactor)
    const rest = inputs.modelledKWh[end] * inputs.pue[end]
    for (const [hour, part] of unprofiled) profile.set(hour, (profile.get(hour) ?? 0) + part * rest)
    const fallback = (hour: number): number => inputs.series?.hours.get(hour)?.averageKgPerKWh ?? inputs.annualAverageKgPerKWh[end]
    const residual = market.residualKgPerKWh
    return matchHourly({ facilityKWhByHour: profile, supply, uncoveredKgPerKWh: residual !== undefined ? () => residual : fallback })
  }
  const [low, central, high] = ENDS.map(at) as [HourlyMatch, HourlyMatch, HourlyMatch]
  const coverage = central.energyKWh > 0 ? central.coveredKWh / central.energyKWh : 0
  const annualVolumeShare = central.supplyKWh !== undefined && central.energyKWh > 0 ? Math.min(1, central.supplyKWh / central.energyKWh) : undefined
  const rest =
    market.residualKgPerKWh !== undefined
      ? `the rest at the residual mix ${+(market.residualKgPerKWh * 1000).toPrecision(6)} gCO2e/kWh`
      : `the rest at the location-based average${inputs.series ? ' of each hour' : ''} (fallback: no residual-intensity given, which understates it where certificates are sold)`
  return {
    marketKgCO2e: range(low.kgCO2e, central.kgCO2e, high.kgCO2e),
    marketMethod: `${matchingSummary({ method: 'hourly', hourlyCoverage: coverage, ...(annualVolumeShare !== undefined ? { annualVolumeShare } : {}) })} (${supply.file}); ${rest}`,
    marketMatching: {
      method: 'hourly',
      hourlyCoverage: coverage,
      ...(annualVolumeShare !== undefined ? { annualVolumeShare } : {}),
      supplyFile: supply.file,
      hoursWithoutSupply: central.hoursWithoutSupply,
    },
  }
}

/** `hourly matched: 71 % of use covered hour by hour; annual volume would claim 100 %`, or `annual matching`. */
export function matchingSummary(m: MarketMatching): string {
  if (m.method === 'annual') return 'annual matching'
  const covered = `hourly matched: ${formatPercent(m.hourlyCoverage ?? 0)} of use covered hour by hour`
  return m.annualVolumeShare !== undefined ? `${covered}; annual volume would claim ${formatPercent(m.annualVolumeShare)}` : covered
}
