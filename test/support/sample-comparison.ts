/**
 * `Comparison` values for tests, built from two sample reports the way compare will (union of names,
 * deltas by subtraction, attribution by substituting one input at a time), plus budgets and history.
 */
import { createHash } from 'node:crypto'
import { exact, subtract, type Range } from '../../src/core/range.js'
import { PHASES, type Phase, type Report, type Totals, type ExperimentResult } from '../../src/core/model.js'
import type { Attribution, BudgetKind, BudgetResult, Comparison, ExperimentDelta, HistoryPoint, TotalsDelta } from '../../src/compare/types.js'
import type { FailOn } from '../../src/core/config.js'
import { sampleExperiment, sampleReport, specOf, type SampleSpec } from './sample-report.js'

function totalsDelta(base: Totals | undefined, head: Totals): TotalsDelta {
  const b = base
  const d = (h: Range, x: Range | undefined): Range => subtract(h, x ?? exact(0))
  const share = b && b.totalKgCO2e.central > 0 ? (head.totalKgCO2e.central - b.totalKgCO2e.central) / b.totalKgCO2e.central : undefined
  return {
    energyKWh: head.energyKWh - (b?.energyKWh ?? 0),
    operationalKgCO2e: d(head.operationalKgCO2e, b?.operationalKgCO2e),
    embodiedKgCO2e: d(head.embodiedKgCO2e, b?.embodiedKgCO2e),
    totalKgCO2e: d(head.totalKgCO2e, b?.totalKgCO2e),
    operational: {
      locationKgCO2e: d(head.operational.locationKgCO2e, b?.operational.locationKgCO2e),
      marketKgCO2e: d(head.operational.marketKgCO2e, b?.operational.marketKgCO2e),
    },
    embodied: {
      hardwareKgCO2e: d(head.embodied.hardwareKgCO2e, b?.embodied.hardwareKgCO2e),
      datacenterKgCO2e: d(head.embodied.datacenterKgCO2e, b?.embodied.datacenterKgCO2e),
    },
    ...(share === undefined ? {} : { share }),
  }
}

const ATTRIBUTED: readonly { readonly input: string; readonly key: keyof SampleSpec; readonly show: (s: SampleSpec) => string }[] = [
  { input: 'duration', key: 'hours', show: (s) => `${s.hours} h` },
  { input: 'hardware.0.count', key: 'count', show: (s) => String(s.count) },
  { input: 'hardware.0.power', key: 'powerW', show: (s) => `${s.powerW} W` },
  { input: 'pue', key: 'pue', show: (s) => String(s.pue ?? 1.1) },
  { input: 'grid', key: 'gridDescription', show: (s) => s.gridDescription ?? 'USA' },
  { input: 'grid.intensity', key: 'gridKgPerKWh', show: (s) => `${s.gridKgPerKWh ?? 0.385} kgCO2e/kWh` },
]

/** Sequential substitution: terms sum to the delta exactly (up to float rounding). */
function attribute(base: ExperimentResult, head: ExperimentResult): Attribution[] {
  const b = specOf(base)
  const h = specOf(head)
  if (!b || !h) return []
  const terms: Attribution[] = []
  let current: SampleSpec = b
  let before = base.totalKgCO2e.central
  for (const a of ATTRIBUTED) {
    if (b[a.key] === h[a.key]) continue
    current = { ...current, [a.key]: h[a.key] }
    const after = sampleExperiment(current).totalKgCO2e.central
    if (a.key !== 'gridDescription' || after !== before) terms.push({ input: a.input, from: a.show(b), to: a.show(h), deltaKgCO2e: after - before })
    before = after
  }
  return terms
}

function experimentDelta(base: ExperimentResult | undefined, head: ExperimentResult | undefined): ExperimentDelta {
  const any = (head ?? base)!
  const b = base?.totalKgCO2e
  const h = head?.totalKgCO2e
  const delta = subtract(h ?? exact(0), b ?? exact(0))
  const status = !base ? 'added' : !head ? 'removed' : delta.central === 0 ? 'unchanged' : 'changed'
  return {
    name: any.name,
    phase: any.phase,
    file: any.file,
    status,
    ...(b ? { baseKgCO2e: b } : {}),
    ...(h ? { headKgCO2e: h } : {}),
    deltaKgCO2e: delta,
    ...(b && h && b.central > 0 ? { deltaShare: delta.central / b.central } : {}),
    deltaEnergyKWh: (head?.energyKWh ?? 0) - (base?.energyKWh ?? 0),
    deltaOperationalKgCO2e: subtract(head?.operationalKgCO2e ?? exact(0), base?.operationalKgCO2e ?? exact(0)),
    deltaEmbodiedKgCO2e: subtract(head?.embodiedKgCO2e ?? exact(0), base?.embodiedKgCO2e ?? exact(0)),
    attribution: base && head && status === 'changed' ? attribute(base, head) : [],
  }
}

/** A budget result with its verdict and margin computed from the limit and the actual value. */
export function sampleBudget(b: {
  readonly name: string
  readonly kind: BudgetKind
  readonly limit: string
  readonly limitValue: number
  readonly actual: number
  readonly unit?: BudgetResult['unit']
  /** The same budget on the base: its actual, judged against the same limit. */
  readonly baseActual?: number
}): BudgetResult {
  const margin = b.limitValue - b.actual
  return {
    ...b,
    unit: b.unit ?? 'kgCO2e',
    verdict: margin >= 0 ? 'pass' : 'fail',
    margin,
    // set by sampleComparison from its fail-on
    blocking: false,
    ...(b.baseActual === undefined ? {} : { baseVerdict: b.limitValue - b.baseActual >= 0 ? ('pass' as const) : ('fail' as const) }),
    pos: { file: 'carbon-budget.yml', line: 4, col: 10 },
  }
}

/** `n` commits of the base branch, oldest first, totals drifting upward from `startKg`. */
export function sampleHistory(n: number, startKg = 14_100, stepKg = 55): HistoryPoint[] {
  return Array.from({ length: n }, (_, i) => ({
    sha: createHash('sha1').update(`commit ${i}`).digest('hex'),
    date: new Date(Date.UTC(2026, 2, 1 + i, 9, 30)).toISOString(),
    totalKgCO2e: startKg + i * stepKg + (i % 3) * stepKg * 0.2,
    subject: `train: step ${i}`,
  }))
}

export interface SampleComparisonOptions {
  readonly budgets?: readonly BudgetResult[]
  readonly history?: readonly HistoryPoint[]
  readonly failOn?: FailOn
  readonly baseRef?: string
  readonly minChange?: number
}

/** Head vs base over the union of experiment names; verdict from budgets under `failOn`. */
export function sampleComparison(base: Report | undefined, head: Report, opts: SampleComparisonOptions = {}): Comparison {
  const baseByName = new Map(base?.experiments.map((e) => [e.name, e]) ?? [])
  const headByName = new Map(head.experiments.map((e) => [e.name, e]))
  const names = [...new Set([...baseByName.keys(), ...headByName.keys()])]
  const budgets = opts.budgets ?? []
  const failOn = opts.failOn ?? 'budget'
  const failed = budgets.filter((b) => b.verdict === 'fail')
  const gating = failOn === 'never' ? [] : failOn === 'increase' ? failed.filter((b) => b.kind === 'increase') : failed
  return {
    ...(base ? { base } : {}),
    head,
    ...(base ? { baseRef: { ref: opts.baseRef ?? 'main', sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' } } : {}),
    headRef: { ref: 'feature/longer-pretrain', sha: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432' },
    experiments: names.map((n) => experimentDelta(baseByName.get(n), headByName.get(n))),
    phases: Object.fromEntries(PHASES.map((p) => [p, totalsDelta(base?.phases[p], head.phases[p])])) as Record<Phase, TotalsDelta>,
    delta: totalsDelta(base?.totals, head.totals),
    budgets: budgets.map((b) => ({ ...b, blocking: gating.includes(b) })),
    budgetsFrom: { side: 'head', file: 'carbon-budget.yml' },
    failOn,
    verdict: gating.length > 0 ? 'fail' : 'pass',
    verdictReason: failOn === 'never' ? 'report only' : failed.length > 0 ? `over the ${failed[0]!.name} budget` : 'within every budget',
    history: opts.history ?? [],
    minChange: opts.minChange ?? 0.01,
  }
}

/** The LLaMA-like repo where the PR lengthens pretraining, moves the sweep to the US and adds an eval. */
export function llamaComparison(opts: SampleComparisonOptions = {}): Comparison {
  const base = sampleReport()
  const head = sampleReport([
    { name: 'lr-sweep-7b', phase: 'experimentation', device: 'nvidia-h100-sxm5-80gb', count: 64, hours: 12, powerW: 700, pue: 1.1, gridKgPerKWh: 0.385, gridDescription: 'USA (Ember 2024)', embodiedKgPerDevice: 463, defaultsUsed: ['pue 1.1 from carbon-budget.yml'] },
    { name: 'llama-7b-pretrain', phase: 'training', count: 2048, hours: 46, powerW: 400, pue: 1.1, gridKgPerKWh: 0.385, marketKgPerKWh: 0.08, marginalKgPerKWh: 0.62, description: 'LLaMA-7B on 1T tokens' },
    { name: 'llama-7b-chat-sft', phase: 'training', count: 32, hours: 20, powerW: 400, pue: 1.1, gridKgPerKWh: 0.385, defaultsUsed: ['pue 1.1 from carbon-budget.yml', 'embodied 150 kgCO2e per nvidia-a100-sxm4-80gb from the catalog'] },
    { name: 'chat-serving-march', phase: 'inference', device: 'nvidia-l4', count: 16, hours: 744, powerW: 72, pue: 1.135, gridKgPerKWh: 0.379, gridDescription: 'aws/us-east-1 → US-MIDA-PJM', embodiedKgPerDevice: 60, functionalUnit: { name: '1M tokens', count: 5400 }, measured: true },
    { name: 'eval-harness-7b', phase: 'experimentation', count: 8, hours: 6, powerW: 400 },
  ])
  const increase = (head.totals.totalKgCO2e.central - base.totals.totalKgCO2e.central) / base.totals.totalKgCO2e.central
  return sampleComparison(base, head, {
    budgets: opts.budgets ?? [
      sampleBudget({ name: 'total', kind: 'total', limit: '50 tCO2e', limitValue: 50_000, actual: head.totals.totalKgCO2e.central }),
      sampleBudget({ name: 'increase', kind: 'increase', limit: '10 %', limitValue: 0.1, actual: increase, unit: 'ratio' }),
      sampleBudget({ name: 'phase:training', kind: 'phase', limit: '30 tCO2e', limitValue: 30_000, actual: head.phases.training.totalKgCO2e.central }),
    ],
    history: opts.history ?? sampleHistory(12),
    ...(opts.failOn ? { failOn: opts.failOn } : {}),
    ...(opts.baseRef ? { baseRef: opts.baseRef } : {}),
  })
}

/**
 * `n` experiments with long names (`nameLength` characters), each run with a distinct duration so
 * every delta differs; the head lengthens every third one and adds one.
 */
export function manyExperimentsComparison(n: number, nameLength = 180): Comparison {
  const spec = (i: number, hours: number): SampleSpec => ({
    name: `${`sweep-${String(i).padStart(5, '0')}-`}${'lr-3e-4-warmup-2000-cosine-'.repeat(20)}`.slice(0, nameLength),
    phase: (['experimentation', 'training', 'inference'] as const)[i % 3]!,
    count: 8,
    hours,
    powerW: 400,
  })
  const baseSpecs = Array.from({ length: n }, (_, i) => spec(i, 1 + (i % 97)))
  const headSpecs = baseSpecs.map((s, i) => (i % 3 === 0 ? { ...s, hours: s.hours + 1 + (i % 7) } : s))
  return sampleComparison(sampleReport(baseSpecs), sampleReport([...headSpecs, spec(n, 5)]), { history: sampleHistory(20) })
}
