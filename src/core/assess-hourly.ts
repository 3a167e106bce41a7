import { greenestWindow, hourlyOperational } from './hourly.js'
import type { GridSeries, MarketSpec, MeasuredEnergy, Operational } from './model.js'
import { add, exact, multiply, scale, type Range } from './range.js'

export interface HourlyInputs {
  readonly measured: MeasuredEnergy
  readonly series: GridSeries
  /** The PUE with its range (exact when the manifest or config gave it). */
  readonly pue: Range
  readonly annualAverageKgPerKWh: Range
  readonly annualMarginalKgPerKWh: Range | undefined
  /** Facility energy of lines the logs did not measure (hosts): no time profile, priced at the annual average. */
  readonly modelledFacilityKWh: Range
  readonly market: MarketSpec | undefined
}

/**
 * Replaces the annual-average location figure by the hourly one: the measured energy of each UTC
 * hour times that hour's intensity. Hours the series does not cover are priced at the annual
 * average and counted in `uncoveredHours`, never filled from neighbours.
 */
export function applyHourly(annual: Operational, inputs: HourlyInputs): Operational {
  const { measured, series, pue } = inputs
  // Priced per logged kWh, then scaled by the PUE range: a catalog PUE keeps its spread here too.
  const hourly = hourlyOperational({ hourlyKWh: measured.hourlyKWh, series, annualAverageKgPerKWh: inputs.annualAverageKgPerKWh.central })
  const factor = measured.facilityIncluded ? exact(1) : pue
  const restKWh = add(inputs.modelledFacilityKWh, multiply(exact(hourly.uncoveredKWh), factor))
  const locationKgCO2e = add(multiply(exact(hourly.averageKgCO2e), factor), multiply(restKWh, inputs.annualAverageKgPerKWh))
  // Energy the series does not price (uncovered hours, unlogged hosts) takes the annual operating
  // margin; with none published for this grid the marginal total is unknown rather than understated.
  const restMarginal = restKWh.central === 0 ? exact(0) : inputs.annualMarginalKgPerKWh ? multiply(restKWh, inputs.annualMarginalKgPerKWh) : undefined
  const marginalKgCO2e =
    hourly.marginalKgCO2e !== undefined
      ? restMarginal && add(multiply(exact(hourly.marginalKgCO2e), factor), restMarginal)
      : annual.marginalKgCO2e
  // A carbon-free share scales whatever location figure is in force; an explicit contract intensity does not move.
  // A residual mix or a contract intensity is annual: it does not move with the hourly location figure.
  const followsLocation = !inputs.market || (inputs.market.kind === 'carbon-free-share' && inputs.market.residualKgPerKWh === undefined)
  const marketKgCO2e = followsLocation ? scale(locationKgCO2e, inputs.market?.kind === 'carbon-free-share' ? 1 - inputs.market.share : 1) : annual.marketKgCO2e
  // Scheduling asks what moving the load changes: the marginal answers that, so it ranks starts when
  // the series has it for the run's hours; the average otherwise (the window says which).
  // Upstream of the electricity: life-cycle minus direct, over the hours whose series gives both.
  let upstreamKWhKg = 0
  let separated = false
  for (const [hour, kWh] of measured.hourlyKWh) {
    const h = series.hours.get(hour)
    if (h?.averageKgPerKWh === undefined || h.directKgPerKWh === undefined) continue
    separated = true
    upstreamKWhKg += kWh * Math.max(0, h.averageKgPerKWh - h.directKgPerKWh)
  }
  const window = greenestWindow(measured.hourlyKWh, series, 'marginal') ?? greenestWindow(measured.hourlyKWh, series, 'average')
  // The annual marginal fields are replaced as a whole: an unknown hourly marginal leaves none behind.
  const { marginalKgCO2e: _annualMarginal, marginalMethod: _annualMethod, marginalSource: annualSource, ...rest } = annual
  const hourlyMarginal = hourly.marginalKgCO2e !== undefined
  const marginalSource = hourlyMarginal ? `hourly marginal of the committed series (${series.file}); the rest at ${annualSource ?? 'the annual margin'}` : annualSource
  return {
    ...rest,
    locationKgCO2e,
    marketKgCO2e,
    ...(marginalKgCO2e
      ? { marginalKgCO2e, marginalMethod: hourlyMarginal ? ('hourly' as const) : ('annual' as const), ...(marginalSource === undefined ? {} : { marginalSource }) }
      : {}),
    locationMethod: 'hourly',
    ...(separated ? { upstreamKgCO2e: multiply(exact(upstreamKWhKg), factor) } : {}),
    uncoveredHours: hourly.uncoveredHours,
    ...(window ? { greenestWindow: scaleWindow(window, factor.central) } : {}),
  }
}

function scaleWindow<T extends { kgCO2e: number; savingKgCO2e: number }>(w: T, factor: number): T {
  return { ...w, kgCO2e: w.kgCO2e * factor, savingKgCO2e: w.savingKgCO2e * factor }
}
