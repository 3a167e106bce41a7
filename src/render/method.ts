/**
 * The method behind a report's figures, from the report itself: the headline basis and intensity,
 * and the datasets (with their years) that supplied each kind of coefficient. The markdown and
 * text renderers both print it.
 */
import type { MarketMatching, Report } from '../core/model.js'
import { matchingSummary } from '../core/matching.js'
import type { Source } from '../core/data/types.js'
import { formatCount, formatPue } from '../core/format.js'

export interface Method {
  /** `location-based` or `market-based` */
  readonly basis: string
  /** `annual average`, `hourly average where a series is committed`, `marginal` */
  readonly intensity: string
  readonly grid: readonly Source[]
  /** `1.10`, `1.10–1.19`, or `n/a` without experiments */
  readonly pue: string
  /** Where the PUE figures come from (provider defaults), when a coefficient names one; empty when every manifest set its PUE. */
  readonly pueSources: readonly Source[]
  /** Datasheets behind modelled power (TDP), when some energy was modelled. */
  readonly power: readonly Source[]
  readonly embodied: readonly Source[]
  readonly datacenter: readonly Source[]
  /** Sources in the report that no coefficient names (region maps, grid series). */
  readonly other: readonly Source[]
  /** Which matching the market figures used and the hourly coverage achieved (`hourly matched: 71 % of use …`). */
  readonly market: string
}

/** The market instruments' matching over the report: hourly coverage weighted by energy, and how many experiments match annually. */
function marketMatching(report: Report): string {
  const hourly = report.experiments.filter((e) => e.operational.marketMatching?.method === 'hourly')
  const annual = report.experiments.filter((e) => e.operational.marketMatching?.method === 'annual').length
  const count = (n: number) => `${formatCount(n)} experiment${n === 1 ? '' : 's'}`
  const parts: string[] = []
  if (hourly.length > 0) {
    const energy = hourly.reduce((s, e) => s + e.energyKWh, 0)
    const weighted = (pick: (m: MarketMatching) => number | undefined): number | undefined => {
      if (hourly.some((e) => pick(e.operational.marketMatching!) === undefined)) return undefined
      return energy > 0 ? hourly.reduce((s, e) => s + pick(e.operational.marketMatching!)! * e.energyKWh, 0) / energy : 0
    }
    const volume = weighted((m) => m.annualVolumeShare)
    parts.push(`${matchingSummary({ method: 'hourly', hourlyCoverage: weighted((m) => m.hourlyCoverage) ?? 0, ...(volume !== undefined ? { annualVolumeShare: volume } : {}) })} (${count(hourly.length)})`)
  }
  if (annual > 0) parts.push(`annual matching (${count(annual)})`)
  return parts.length > 0 ? parts.join('; ') : 'no market instruments: market-based = location-based'
}

/** The margins the marginal figures use, distinct, or a note that none exists (the average stands in). */
function marginSources(report: Report): string {
  const sources = [...new Set(report.experiments.flatMap((e) => (e.operational.marginalSource ? [e.operational.marginalSource] : [])))]
  return sources.length > 0 ? sources.join('; ') : 'none published for these grids: the average is used'
}

/** Gathers the method of a report. */
export function describeMethod(report: Report): Method {
  const byUnit = new Map<string, Map<string, Source>>()
  const used = new Set<string>()
  for (const e of report.experiments) {
    for (const c of e.coefficients) {
      // Ratios are PUEs, active shares and life-cycle shares: only a PUE coefficient names the PUE's source.
      const kind = c.unit === 'ratio' ? (c.id.startsWith('pue:') ? 'pue' : 'share') : c.unit
      const group = byUnit.get(kind) ?? new Map<string, Source>()
      group.set(c.source.id, c.source)
      byUnit.set(kind, group)
      used.add(c.source.id)
    }
  }
  const of = (unit: string): Source[] => [...(byUnit.get(unit)?.values() ?? [])]
  const pues = report.experiments.map((e) => e.pue)
  const low = Math.min(...pues)
  const high = Math.max(...pues)
  const hourly = report.experiments.some((e) => e.operational.locationMethod === 'hourly')
  return {
    basis: report.basis === 'market' ? 'market-based' : 'location-based',
    intensity:
      report.intensity === 'marginal' ? `marginal (${marginSources(report)})` : hourly ? 'hourly average where a series is committed, else annual average' : 'annual average',
    grid: of('kgCO2e/kWh'),
    pue: pues.length === 0 ? 'n/a' : formatPue(low) === formatPue(high) ? formatPue(low) : `${formatPue(low)}–${formatPue(high)}`,
    pueSources: of('pue'),
    power: of('W'),
    embodied: of('kgCO2e'),
    datacenter: of('kgCO2e/kW'),
    other: report.sources.filter((s) => !used.has(s.id)),
    market: marketMatching(report),
  }
}
