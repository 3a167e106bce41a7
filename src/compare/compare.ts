import { DEFAULT_MIN_CHANGE, type Budgets, type FailOn } from '../core/config.js'
import { PHASES, type ExperimentResult, type Phase, type Report, type Totals } from '../core/model.js'
import { range, ZERO, type Range } from '../core/range.js'
import { attributeChange, type AttributionContext } from './attribute.js'
import { evaluateBudgets, verdict, withBaseAndBlocking } from './budgets.js'
import type { Attribution, Comparison, ExperimentDelta, HistoryPoint, TotalsDelta } from './types.js'

export interface CompareOptions {
  readonly failOn: FailOn
  /** Which commit's config supplied `budgets` (the comparison says so). */
  readonly budgetsFrom?: Comparison['budgetsFrom']
  readonly baseRef?: { readonly ref: string; readonly sha: string }
  readonly headRef?: { readonly ref: string; readonly sha: string }
  readonly history?: readonly HistoryPoint[]
  /** Configs and series of both sides, to attribute changed experiments; absent: no "why". */
  readonly attribution?: AttributionContext
  /** Smallest relative change shown as a change; default `DEFAULT_MIN_CHANGE` (1 %). */
  readonly minChange?: number
}

/**
 * Head minus base for two ranges that come from the same coefficient tables: the low ends move
 * together and the high ends move together, so an unchanged experiment has a delta of exactly
 * zero rather than the +/- spread that independent ranges would give.
 */
export function deltaRange(head: Range, base: Range): Range {
  const lowEnds = head.low - base.low
  const highEnds = head.high - base.high
  return range(Math.min(lowEnds, highEnds), head.central - base.central, Math.max(lowEnds, highEnds))
}

/** Relative change, or undefined when the base is zero (never "+100 %" for something new). */
export function shareOf(delta: number, base: number | undefined): number | undefined {
  return base === undefined || base === 0 ? undefined : delta / base
}

const EMPTY_TOTALS: Totals = {
  energyKWh: 0,
  capacityKW: 0,
  idle: { energyKWh: 0, kgCO2e: ZERO },
  operationalKgCO2e: ZERO,
  embodiedKgCO2e: ZERO,
  totalKgCO2e: ZERO,
  operational: { locationKgCO2e: ZERO, marketKgCO2e: ZERO },
  embodied: { hardwareKgCO2e: ZERO, datacenterKgCO2e: ZERO, transportKgCO2e: ZERO, endOfLifeKgCO2e: ZERO },
  lca: { manufacturingKgCO2e: ZERO, transportKgCO2e: ZERO, useKgCO2e: ZERO, endOfLifeKgCO2e: ZERO },
  scopes: { scope1KgCO2e: ZERO, scope2LocationKgCO2e: ZERO, scope2MarketKgCO2e: ZERO, scope3KgCO2e: ZERO },
}

/** Delta of two totals; `base` absent counts as zero and gives no share. */
export function totalsDelta(base: Totals | undefined, head: Totals): TotalsDelta {
  const b = base ?? EMPTY_TOTALS
  const marginal =
    head.operational.marginalKgCO2e && (base === undefined || b.operational.marginalKgCO2e)
      ? { marginalKgCO2e: deltaRange(head.operational.marginalKgCO2e, b.operational.marginalKgCO2e ?? ZERO) }
      : {}
  const totalDelta = deltaRange(head.totalKgCO2e, b.totalKgCO2e)
  const share = shareOf(totalDelta.central, base?.totalKgCO2e.central)
  return {
    energyKWh: head.energyKWh - b.energyKWh,
    operationalKgCO2e: deltaRange(head.operationalKgCO2e, b.operationalKgCO2e),
    embodiedKgCO2e: deltaRange(head.embodiedKgCO2e, b.embodiedKgCO2e),
    totalKgCO2e: totalDelta,
    operational: {
      locationKgCO2e: deltaRange(head.operational.locationKgCO2e, b.operational.locationKgCO2e),
      marketKgCO2e: deltaRange(head.operational.marketKgCO2e, b.operational.marketKgCO2e),
      ...marginal,
    },
    embodied: {
      hardwareKgCO2e: deltaRange(head.embodied.hardwareKgCO2e, b.embodied.hardwareKgCO2e),
      datacenterKgCO2e: deltaRange(head.embodied.datacenterKgCO2e, b.embodied.datacenterKgCO2e),
    },
    ...(share !== undefined ? { share } : {}),
  }
}

const sameRange = (a: Range, b: Range): boolean => a.low === b.low && a.central === b.central && a.high === b.high

// Same inputs through the same code give bit-identical figures, so exact equality is the test.
function figuresEqual(a: ExperimentResult, b: ExperimentResult): boolean {
  return (
    a.energyKWh === b.energyKWh &&
    sameRange(a.totalKgCO2e, b.totalKgCO2e) &&
    sameRange(a.operationalKgCO2e, b.operationalKgCO2e) &&
    sameRange(a.embodiedKgCO2e, b.embodiedKgCO2e)
  )
}

function experimentDelta(base: ExperimentResult | undefined, head: ExperimentResult | undefined, ctx?: AttributionContext): ExperimentDelta {
  const subject = (head ?? base)!
  const status: ExperimentDelta['status'] = !base ? 'added' : !head ? 'removed' : figuresEqual(base, head) ? 'unchanged' : 'changed'
  const baseTotal = base?.totalKgCO2e ?? ZERO
  const headTotal = head?.totalKgCO2e ?? ZERO
  const delta = deltaRange(headTotal, baseTotal)
  const share = status === 'added' ? undefined : shareOf(delta.central, base?.totalKgCO2e.central)
  let attribution: readonly Attribution[] = []
  if (status === 'changed' && base && head && ctx) attribution = attributeChange(base, head, ctx)
  return {
    name: subject.name,
    phase: subject.phase,
    file: subject.file,
    status,
    ...(base ? { baseKgCO2e: base.totalKgCO2e } : {}),
    ...(head ? { headKgCO2e: head.totalKgCO2e } : {}),
    deltaKgCO2e: delta,
    ...(share !== undefined ? { deltaShare: share } : {}),
    deltaEnergyKWh: (head?.energyKWh ?? 0) - (base?.energyKWh ?? 0),
    deltaOperationalKgCO2e: deltaRange(head?.operationalKgCO2e ?? ZERO, base?.operationalKgCO2e ?? ZERO),
    deltaEmbodiedKgCO2e: deltaRange(head?.embodiedKgCO2e ?? ZERO, base?.embodiedKgCO2e ?? ZERO),
    attribution,
  }
}

/**
 * Head against base: experiments matched by name over the union of both sides (added, removed,
 * changed, unchanged), deltas per experiment, phase and total with their ranges, the budgets
 * evaluated on the head, and the verdict under `fail-on`. Pure.
 * @param base the base commit's report; undefined when the base has no carbon files (all added)
 * @example compare(baseReport, headReport, config.budgets, { failOn: config.failOn })
 */
export function compare(base: Report | undefined, head: Report, budgets: Budgets, opts: CompareOptions): Comparison {
  const baseByName = new Map((base?.experiments ?? []).map((e) => [e.name, e]))
  const headByName = new Map(head.experiments.map((e) => [e.name, e]))
  const names = [...new Set([...headByName.keys(), ...baseByName.keys()])].sort()
  const experiments = names.map((name) => experimentDelta(baseByName.get(name), headByName.get(name), opts.attribution))
  const phases = Object.fromEntries(PHASES.map((p) => [p, totalsDelta(base?.phases[p], head.phases[p])])) as Record<Phase, TotalsDelta>
  const delta = totalsDelta(base?.totals, head.totals)
  const onBase = base ? evaluateBudgets(budgets, { base: undefined, head: base, delta: totalsDelta(undefined, base.totals) }) : undefined
  const results = withBaseAndBlocking(evaluateBudgets(budgets, { base, head, delta }), onBase, opts.failOn)
  const decided = verdict(results, opts.failOn)
  return {
    ...(base ? { base } : {}),
    head,
    ...(opts.baseRef ? { baseRef: opts.baseRef } : {}),
    ...(opts.headRef ? { headRef: opts.headRef } : {}),
    experiments,
    phases,
    delta,
    budgets: results,
    budgetsFrom: opts.budgetsFrom ?? { side: 'head' },
    failOn: opts.failOn,
    verdict: decided.verdict,
    verdictReason: decided.reason,
    history: opts.history ?? [],
    minChange: opts.minChange ?? DEFAULT_MIN_CHANGE,
  }
}
