import type { GreenestWindow, GridSeries, IntensityKind, SeriesHour } from './model.js'
import { HOUR_MS } from './units.js'


export interface HourlyInput {
  /** Logged energy per UTC hour start, kWh; priced as it is: the caller applies the PUE (and its range) when the log holds IT energy. */
  readonly hourlyKWh: ReadonlyMap<number, number>
  readonly series: GridSeries
  /** Prices the hours of a series that has no average column at all (a marginal-only WattTime file). */
  readonly annualAverageKgPerKWh: number
}

export interface HourlyOperational {
  /** Facility energy of the covered hours x each hour's average intensity, kgCO2e. */
  readonly averageKgCO2e: number
  /** Facility energy of the covered hours x each hour's marginal intensity; absent when the series has no marginal column. */
  readonly marginalKgCO2e?: number
  /** Hours with energy that the series lacks (or lacks one of its columns for): not priced here. */
  readonly uncoveredHours: number
  /** IT energy (as given, before PUE) of those hours, kWh. */
  readonly uncoveredKWh: number
  /** Whether the average came from the series (false: the series has no average column, annual used). */
  readonly averageFromSeries: boolean
}

function kindsOf(series: GridSeries): { average: boolean; marginal: boolean } {
  let average = false
  let marginal = false
  for (const hour of series.hours.values()) {
    if (hour.averageKgPerKWh !== undefined) average = true
    if (hour.marginalKgPerKWh !== undefined) marginal = true
    if (average && marginal) break
  }
  return { average, marginal }
}

function covers(hour: SeriesHour | undefined, kinds: { average: boolean; marginal: boolean }): hour is SeriesHour {
  if (hour === undefined) return false
  if (kinds.average && hour.averageKgPerKWh === undefined) return false
  if (kinds.marginal && hour.marginalKgPerKWh === undefined) return false
  return true
}

/**
 * Operational carbon hour by hour: each UTC hour's facility energy times that hour's average and
 * marginal intensity. An hour the series does not cover is counted and returned, never filled in
 * from its neighbours; the caller prices it (at the annual average) and flags it.
 * @example
 * // 2 kWh at 00:00 (0.3 avg, 0.6 marg) and 1 kWh at 01:00 (0.1, 0.5), PUE 1.5
 * // average: 1.5 * (2*0.3 + 1*0.1) = 1.05 kg; marginal: 1.5 * (2*0.6 + 1*0.5) = 2.55 kg
 */
export function hourlyOperational(input: HourlyInput): HourlyOperational {
  const kinds = kindsOf(input.series)
  let averageKgCO2e = 0
  let marginalKgCO2e = 0
  let uncoveredHours = 0
  let uncoveredKWh = 0
  for (const [hourMs, kWh] of input.hourlyKWh) {
    if (kWh === 0) continue
    const hour = input.series.hours.get(hourMs)
    if (!covers(hour, kinds)) {
      uncoveredHours++
      uncoveredKWh += kWh
      continue
    }
    averageKgCO2e += kWh * (hour.averageKgPerKWh ?? input.annualAverageKgPerKWh)
    if (hour.marginalKgPerKWh !== undefined) marginalKgCO2e += kWh * hour.marginalKgPerKWh
  }
  return {
    averageKgCO2e,
    ...(kinds.marginal ? { marginalKgCO2e } : {}),
    uncoveredHours,
    uncoveredKWh,
    averageFromSeries: kinds.average,
  }
}

/** `kWh` spread flat from `startMs` to `endMs`, split at UTC hour boundaries (all in the first hour when the span is empty). */
export function spreadFlat(startMs: number, endMs: number, kWh: number): Map<number, number> {
  const hourlyKWh = new Map<number, number>()
  if (!(endMs > startMs)) return hourlyKWh.set(Math.floor(startMs / HOUR_MS) * HOUR_MS, kWh)
  for (let t = startMs; t < endMs; ) {
    const hour = Math.floor(t / HOUR_MS) * HOUR_MS
    const next = Math.min(hour + HOUR_MS, endMs)
    hourlyKWh.set(hour, (kWh * (next - t)) / (endMs - startMs))
    t = next
  }
  return hourlyKWh
}

function intensityOf(hour: SeriesHour | undefined, basis: IntensityKind): number | undefined {
  return basis === 'average' ? hour?.averageKgPerKWh : hour?.marginalKgPerKWh
}

/**
 * The start hour in the series that would have minimized emissions for the same hourly energy
 * profile shifted in time, and the saving against when it actually ran. The profile's energy is
 * used as given (pass facility kWh, or scale the result by the PUE).
 * @returns undefined when the series has no value of `basis` for every hour of the actual run,
 *   so there is nothing to compare against.
 */
export function greenestWindow(
  hourlyKWh: ReadonlyMap<number, number>,
  series: GridSeries,
  basis: IntensityKind,
): GreenestWindow | undefined {
  const profile = [...hourlyKWh].filter(([, kWh]) => kWh > 0).sort((a, b) => a[0] - b[0])
  const first = profile[0]
  if (first === undefined) return undefined
  const offsetsMs = profile.map(([hour]) => hour - first[0])
  const energiesKWh = profile.map(([, kWh]) => kWh)
  const emissionsFrom = (startMs: number): number | undefined => {
    let kg = 0
    for (let i = 0; i < offsetsMs.length; i++) {
      const intensity = intensityOf(series.hours.get(startMs + offsetsMs[i]!), basis)
      if (intensity === undefined) return undefined
      kg += energiesKWh[i]! * intensity
    }
    return kg
  }
  const actualKg = emissionsFrom(first[0])
  if (actualKg === undefined) return undefined
  let best = { startMs: first[0], kgCO2e: actualKg }
  const starts = [...series.hours.keys()].filter((h) => h % HOUR_MS === 0).sort((a, b) => a - b)
  for (const startMs of starts) {
    const kg = emissionsFrom(startMs)
    // Ties keep the earlier start (or the actual one): moving a job for nothing is no advice.
    if (kg !== undefined && kg < best.kgCO2e - 1e-12 * Math.abs(best.kgCO2e)) best = { startMs, kgCO2e: kg }
  }
  return { startMs: best.startMs, kgCO2e: best.kgCO2e, savingKgCO2e: actualKg - best.kgCO2e, basis }
}
