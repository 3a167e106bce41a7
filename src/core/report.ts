import type { Config } from './config.js'
import type { Problem } from './errors.js'
import type { Source } from './data/types.js'
import { PHASES, type ExperimentResult, type ModelView, type Phase, type Report, type Totals } from './model.js'
import type { Range } from './range.js'

/** A range being summed end by end. */
interface RangeSum {
  low: number
  central: number
  high: number
}
const zero = (): RangeSum => ({ low: 0, central: 0, high: 0 })
const addTo = (sum: RangeSum, r: Range): void => {
  sum.low += r.low
  sum.central += r.central
  sum.high += r.high
}
const rangeOf = (sum: RangeSum): Range => ({ low: sum.low, central: sum.central, high: sum.high })

/**
 * Totals of experiments added one at a time: a report written experiment by experiment sums the
 * same figures, in the same order, as one summed at once. Every range is summed end by end, so the
 * totals carry the coefficient ranges.
 */
export class TotalsSum {
  private count = 0
  private energyKWh = 0
  private capacityKW = 0
  private idleEnergyKWh = 0
  private readonly idle = zero()
  private readonly operational = zero()
  private readonly embodied = zero()
  private readonly total = zero()
  private readonly location = zero()
  private readonly market = zero()
  // A total marginal figure is only meaningful when every experiment has one: dropped at the first without.
  private marginal: RangeSum | undefined = zero()
  // Summed over the experiments whose grid data separates it; absent when none does.
  private upstream: RangeSum | undefined
  private readonly hardware = zero()
  private readonly datacenter = zero()
  private readonly transport = zero()
  private readonly endOfLife = zero()
  private readonly manufacturing = zero()
  private readonly lcaTransport = zero()
  private readonly use = zero()
  private readonly lcaEndOfLife = zero()
  private readonly scope1 = zero()
  private readonly scope2Location = zero()
  private readonly scope2Market = zero()
  private readonly scope3 = zero()

  add(r: ExperimentResult): void {
    this.count++
    this.energyKWh += r.energyKWh
    this.capacityKW += r.capacityKW
    this.idleEnergyKWh += r.idle?.energyKWh ?? 0
    if (r.idle) addTo(this.idle, r.idle.kgCO2e)
    addTo(this.operational, r.operationalKgCO2e)
    addTo(this.embodied, r.embodiedKgCO2e)
    addTo(this.total, r.totalKgCO2e)
    addTo(this.location, r.operational.locationKgCO2e)
    addTo(this.market, r.operational.marketKgCO2e)
    const marginal = r.operational.marginalKgCO2e
    if (marginal === undefined) this.marginal = undefined
    else if (this.marginal) addTo(this.marginal, marginal)
    const upstream = r.scopes.scope3UpstreamEnergyKgCO2e
    if (upstream) addTo((this.upstream ??= zero()), upstream)
    addTo(this.hardware, r.embodied.hardwareKgCO2e)
    addTo(this.datacenter, r.embodied.datacenterKgCO2e)
    addTo(this.transport, r.embodied.transportKgCO2e)
    addTo(this.endOfLife, r.embodied.endOfLifeKgCO2e)
    addTo(this.manufacturing, r.lca.manufacturingKgCO2e)
    addTo(this.lcaTransport, r.lca.transportKgCO2e)
    addTo(this.use, r.lca.useKgCO2e)
    addTo(this.lcaEndOfLife, r.lca.endOfLifeKgCO2e)
    addTo(this.scope1, r.scopes.scope1KgCO2e)
    addTo(this.scope2Location, r.scopes.scope2LocationKgCO2e)
    addTo(this.scope2Market, r.scopes.scope2MarketKgCO2e)
    addTo(this.scope3, r.scopes.scope3KgCO2e)
  }

  totals(): Totals {
    return {
      energyKWh: this.energyKWh,
      capacityKW: this.capacityKW,
      idle: { energyKWh: this.idleEnergyKWh, kgCO2e: rangeOf(this.idle) },
      operationalKgCO2e: rangeOf(this.operational),
      embodiedKgCO2e: rangeOf(this.embodied),
      totalKgCO2e: rangeOf(this.total),
      operational: {
        locationKgCO2e: rangeOf(this.location),
        marketKgCO2e: rangeOf(this.market),
        ...(this.count > 0 && this.marginal ? { marginalKgCO2e: rangeOf(this.marginal) } : {}),
      },
      embodied: {
        hardwareKgCO2e: rangeOf(this.hardware),
        datacenterKgCO2e: rangeOf(this.datacenter),
        transportKgCO2e: rangeOf(this.transport),
        endOfLifeKgCO2e: rangeOf(this.endOfLife),
      },
      lca: {
        manufacturingKgCO2e: rangeOf(this.manufacturing),
        transportKgCO2e: rangeOf(this.lcaTransport),
        useKgCO2e: rangeOf(this.use),
        endOfLifeKgCO2e: rangeOf(this.lcaEndOfLife),
      },
      scopes: {
        scope1KgCO2e: rangeOf(this.scope1),
        scope2LocationKgCO2e: rangeOf(this.scope2Location),
        scope2MarketKgCO2e: rangeOf(this.scope2Market),
        scope3KgCO2e: rangeOf(this.scope3),
        ...(this.upstream ? { scope3UpstreamEnergyKgCO2e: rangeOf(this.upstream) } : {}),
      },
    }
  }
}

/** Sums experiments (in a loop: a count as large as a repository's never becomes call arguments). */
export function sumTotals(results: Iterable<ExperimentResult>): Totals {
  const sum = new TotalsSum()
  for (const r of results) sum.add(r)
  return sum.totals()
}

/** A total per phase. */
class PhasesSum {
  private readonly byPhase = new Map<Phase, TotalsSum>(PHASES.map((p) => [p, new TotalsSum()]))
  add(r: ExperimentResult): void {
    this.byPhase.get(r.phase)?.add(r)
  }
  totals(): Record<Phase, Totals> {
    return Object.fromEntries(PHASES.map((p) => [p, this.byPhase.get(p)!.totals()])) as Record<Phase, Totals>
  }
}

/** Report order of names: code units (names are compared the same everywhere, whatever the locale). */
export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Everything of a report but its experiments (totals, phases, models, sources), folded one
 * experiment at a time, so a report can be written without holding every experiment.
 */
export class ReportSum {
  private readonly totals = new TotalsSum()
  private readonly phases = new PhasesSum()
  private readonly models = new Map<string, { readonly names: string[]; readonly totals: TotalsSum; readonly phases: PhasesSum }>()
  private readonly sources = new Map<string, Source>()

  add(r: ExperimentResult): void {
    this.totals.add(r)
    this.phases.add(r)
    if (r.model !== undefined) {
      let model = this.models.get(r.model)
      if (!model) this.models.set(r.model, (model = { names: [], totals: new TotalsSum(), phases: new PhasesSum() }))
      model.names.push(r.name)
      model.totals.add(r)
      model.phases.add(r)
    }
    for (const c of r.coefficients) this.sources.set(c.source.id, c.source)
  }

  /** The report around its experiments; `experiments` is left for the caller to fill or stream. */
  finish(config: Pick<Config, 'basis' | 'intensity'>, warnings: readonly Problem[]): Omit<Report, 'experiments'> {
    return {
      schemaVersion: 1,
      basis: config.basis,
      intensity: config.intensity,
      totals: this.totals.totals(),
      phases: this.phases.totals(),
      models: [...this.models.entries()].sort(([a], [b]) => compareNames(a, b)).map(([name, m]): ModelView => {
        const phases = m.phases.totals()
        const training = phases.training.totalKgCO2e.central
        const inference = phases.inference.totalKgCO2e.central
        return {
          name,
          experiments: [...m.names].sort(),
          totals: m.totals.totals(),
          phases,
          ...(training > 0 && inference > 0 ? { trainingToInference: training / inference } : {}),
        }
      }),
      // Ids are lower-case ASCII: code-unit order is their order, and localeCompare's collator costs start-up.
      sources: [...this.sources.values()].sort((a, b) => compareNames(a.id, b.id)),
      warnings,
    }
  }
}

/** The report of a repository: experiments sorted by name, totals, phases and every source used. */
export function buildReport(results: readonly ExperimentResult[], config: Config, warnings: readonly Problem[]): Report {
  const experiments = [...results].sort((a, b) => compareNames(a.name, b.name))
  const sum = new ReportSum()
  for (const r of experiments) sum.add(r)
  const { schemaVersion, basis, intensity, ...rest } = sum.finish(config, warnings)
  return { schemaVersion, basis, intensity, experiments, ...rest }
}
