import type { Config } from './config.js'
import type { Problem } from './errors.js'
import type { Source } from './data/types.js'
import { PHASES, type ExperimentResult, type ModelView, type Phase, type Report, type Totals } from './model.js'
import { sumBy, ZERO, type Range } from './range.js'

/** Sums experiments; every range is summed end by end, so the totals carry the coefficient ranges. */
export function sumTotals(results: readonly ExperimentResult[]): Totals {
  const sum = (pick: (r: ExperimentResult) => Range) => sumBy(results, pick)
  const marginals = results.map((r) => r.operational.marginalKgCO2e)
  // A total marginal figure is only meaningful when every experiment has one.
  const allMarginal = results.length > 0 && marginals.every((m) => m !== undefined)
  const upstream = results.flatMap((r) => (r.scopes.scope3UpstreamEnergyKgCO2e ? [r.scopes.scope3UpstreamEnergyKgCO2e] : []))
  return {
    energyKWh: results.reduce((s, r) => s + r.energyKWh, 0),
    capacityKW: results.reduce((s, r) => s + r.capacityKW, 0),
    idle: { energyKWh: results.reduce((s, r) => s + (r.idle?.energyKWh ?? 0), 0), kgCO2e: sum((r) => r.idle?.kgCO2e ?? ZERO) },
    operationalKgCO2e: sum((r) => r.operationalKgCO2e),
    embodiedKgCO2e: sum((r) => r.embodiedKgCO2e),
    totalKgCO2e: sum((r) => r.totalKgCO2e),
    operational: {
      locationKgCO2e: sum((r) => r.operational.locationKgCO2e),
      marketKgCO2e: sum((r) => r.operational.marketKgCO2e),
      ...(allMarginal ? { marginalKgCO2e: sumBy(marginals, (m) => m!) } : {}),
    },
    embodied: {
      hardwareKgCO2e: sum((r) => r.embodied.hardwareKgCO2e),
      datacenterKgCO2e: sum((r) => r.embodied.datacenterKgCO2e),
      transportKgCO2e: sum((r) => r.embodied.transportKgCO2e),
      endOfLifeKgCO2e: sum((r) => r.embodied.endOfLifeKgCO2e),
    },
    lca: {
      manufacturingKgCO2e: sum((r) => r.lca.manufacturingKgCO2e),
      transportKgCO2e: sum((r) => r.lca.transportKgCO2e),
      useKgCO2e: sum((r) => r.lca.useKgCO2e),
      endOfLifeKgCO2e: sum((r) => r.lca.endOfLifeKgCO2e),
    },
    scopes: {
      scope1KgCO2e: sum((r) => r.scopes.scope1KgCO2e),
      scope2LocationKgCO2e: sum((r) => r.scopes.scope2LocationKgCO2e),
      scope2MarketKgCO2e: sum((r) => r.scopes.scope2MarketKgCO2e),
      scope3KgCO2e: sum((r) => r.scopes.scope3KgCO2e),
      // Summed over the experiments whose grid data separates it; absent when none does.
      ...(upstream.length ? { scope3UpstreamEnergyKgCO2e: sumBy(upstream, (u) => u) } : {}),
    },
  }
}

function phasesOf(results: readonly ExperimentResult[]): Record<Phase, Totals> {
  return Object.fromEntries(PHASES.map((p) => [p, sumTotals(results.filter((r) => r.phase === p))])) as Record<Phase, Totals>
}

/** Experiments grouped by model: each model's phases side by side and its training:inference ratio. */
export function modelViews(results: readonly ExperimentResult[]): ModelView[] {
  const byModel = new Map<string, ExperimentResult[]>()
  for (const r of results) {
    if (r.model === undefined) continue
    const list = byModel.get(r.model)
    // Pushed, not copied: a model shared by many experiments stays linear.
    if (list) list.push(r)
    else byModel.set(r.model, [r])
  }
  return [...byModel.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, list]) => {
      const phases = phasesOf(list)
      const training = phases.training.totalKgCO2e.central
      const inference = phases.inference.totalKgCO2e.central
      return {
        name,
        experiments: list.map((r) => r.name).sort(),
        totals: sumTotals(list),
        phases,
        ...(training > 0 && inference > 0 ? { trainingToInference: training / inference } : {}),
      }
    })
}

/** The report of a repository: experiments sorted by name, totals, phases and every source used. */
export function buildReport(results: readonly ExperimentResult[], config: Config, warnings: readonly Problem[]): Report {
  const experiments = [...results].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const phases = phasesOf(experiments)
  const sources = new Map<string, Source>()
  for (const r of experiments) for (const c of r.coefficients) sources.set(c.source.id, c.source)
  return {
    schemaVersion: 1,
    basis: config.basis,
    intensity: config.intensity,
    experiments,
    totals: sumTotals(experiments),
    phases,
    models: modelViews(experiments),
    // Ids are lower-case ASCII: code-unit order is their order, and localeCompare's collator costs start-up.
    sources: [...sources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    warnings,
  }
}
