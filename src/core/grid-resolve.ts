import type { Coefficient, Source } from './data/types.js'
import { findGrid, findRegion } from './data/index.js'
import type { GridSpec, MarketSpec } from './model.js'
import { formatIntensityGiven, formatPercentSet } from './format.js'
import { exact, range, type Range } from './range.js'

/** The annual intensities an experiment's grid spec resolves to, with the coefficients behind them. */
export interface ResolvedGrid {
  readonly averageKgPerKWh: Range
  readonly marginalKgPerKWh?: Range
  /** Which margin the marginal figure is, in words. */
  readonly marginalSource?: string
  readonly description: string
  /** What the average factor counts: combustion only (direct) or the whole fuel chain (life-cycle). */
  readonly boundary: string
  readonly coefficients: readonly Coefficient[]
}

// Ember's and Electricity Maps' averages both use life-cycle emission factors (fuel chain and plant construction included).
const LIFE_CYCLE_EMBER = 'life-cycle factors (Ember)'
const LIFE_CYCLE_EM = 'life-cycle factors (Electricity Maps)'

function fromCoefficient(c: Coefficient): Range {
  return range(c.low, c.central, c.high)
}

const MANIFEST_SOURCE: Source = { id: 'manifest', title: 'the experiment manifest', url: '', year: 0 }

/**
 * Resolves a grid spec against the catalog. Ingest has already checked that keys exist, so an
 * unknown key here is a programming error, not user input.
 */
export function resolveGrid(spec: GridSpec): ResolvedGrid {
  switch (spec.kind) {
    case 'intensity':
      return { averageKgPerKWh: exact(spec.kgPerKWh), description: `${formatIntensityGiven(spec.kgPerKWh)} (manifest)`, boundary: 'the manifest\'s factor (direct or life-cycle not stated)', coefficients: [] }
    case 'zone':
    case 'country': {
      const key = spec.kind === 'zone' ? spec.zone : spec.country
      const grid = findGrid(key)
      if (!grid) throw new RangeError(`grid key ${key} is not in the catalog`)
      return {
        averageKgPerKWh: fromCoefficient(grid.averageKgPerKWh),
        ...(grid.marginalKgPerKWh ? { marginalKgPerKWh: fromCoefficient(grid.marginalKgPerKWh), marginalSource: operatingMargin(grid.marginalKgPerKWh, grid.key) } : {}),
        description: `${grid.name} (${grid.averageKgPerKWh.source.title} ${grid.averageKgPerKWh.source.year})`,
        boundary: grid.averageKgPerKWh.source.id.startsWith('ember') ? LIFE_CYCLE_EMBER : LIFE_CYCLE_EM,
        coefficients: [grid.averageKgPerKWh, ...(grid.marginalKgPerKWh ? [grid.marginalKgPerKWh] : [])],
      }
    }
    case 'region': {
      const region = findRegion(spec.region)
      if (!region) throw new RangeError(`region ${spec.region} is not in the catalog`)
      const zone = findGrid(region.zone) ?? findGrid(region.country)
      if (!zone) throw new RangeError(`zone ${region.zone} of ${region.id} is not in the catalog`)
      // The zone carries the average; the operating-margin factor is published per country only.
      const country = findGrid(region.country)
      const marginal = zone.marginalKgPerKWh ?? country?.marginalKgPerKWh
      return {
        averageKgPerKWh: fromCoefficient(zone.averageKgPerKWh),
        ...(marginal ? { marginalKgPerKWh: fromCoefficient(marginal), marginalSource: `${operatingMargin(marginal, region.country)}, for every zone of that country (no zone margin)` } : {}),
        description: `${region.id} → ${zone.name} (${zone.averageKgPerKWh.source.title} ${zone.averageKgPerKWh.source.year}; region map: ${region.source.title})`,
        boundary: zone.averageKgPerKWh.source.id.startsWith('ember') ? LIFE_CYCLE_EMBER : LIFE_CYCLE_EM,
        coefficients: [zone.averageKgPerKWh, ...(marginal ? [marginal] : [])],
      }
    }
  }
}

function operatingMargin(c: Coefficient, key: string): string {
  return `national operating margin of ${key} (${c.source.id} ${c.source.year})`
}

/** Market-based intensity: an explicit contractual intensity, or the location figure less a carbon-free share. */
export function resolveMarket(spec: MarketSpec | undefined, location: Range): { kgPerKWh: Range; description: string } {
  if (!spec) return { kgPerKWh: location, description: 'no market instruments given: the location-based average (fallback)' }
  // Hourly matching is priced hour by hour once the supply is read (core/matching.ts); the rest is never annual.
  if (spec.kind === 'hourly') return { kgPerKWh: spec.residualKgPerKWh !== undefined ? exact(spec.residualKgPerKWh) : location, description: 'hourly matching' }
  if (spec.kind === 'intensity') return { kgPerKWh: exact(spec.kgPerKWh), description: `contractual ${formatIntensityGiven(spec.kgPerKWh)} (manifest)` }
  const keep = 1 - spec.share
  const share = `carbon-free energy ${formatPercentSet(spec.share)}`
  // GHG Protocol Scope 2: the energy no instrument covers takes the residual mix; the location average only as a fallback.
  if (spec.residualKgPerKWh !== undefined) {
    return { kgPerKWh: exact(keep * spec.residualKgPerKWh), description: `${share}; the rest at the residual mix ${formatIntensityGiven(spec.residualKgPerKWh)}` }
  }
  return {
    kgPerKWh: { low: location.low * keep, central: location.central * keep, high: location.high * keep },
    description: `${share}; the rest at the location-based average (fallback: no residual-intensity given, which understates it where certificates are sold)`,
  }
}

export { MANIFEST_SOURCE }
