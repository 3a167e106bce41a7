/**
 * Display rows shared by the markdown and text renderers: one `Report` or `Comparison` in, rounded
 * strings out. Fields marked "user" are raw user text: each renderer escapes them for its medium.
 */
import type { ExperimentResult, Phase, Report } from '../core/model.js'
import type { BudgetResult, Comparison, ExperimentDelta, HistoryPoint } from '../compare/types.js'
import { formatCount, formatEnergy, formatMass, formatMassDelta, formatPercent, formatPercentDelta } from './format.js'
import { historyOldestFirst } from './json.js'

export interface ExperimentRow {
  /** user */
  readonly name: string
  readonly phase: Phase
  /** user */
  readonly file: string
  readonly status?: ExperimentDelta['status']
  readonly measured: boolean
  readonly energy: string
  readonly operational: string
  readonly embodied: string
  readonly total: string
  /** `+1.8 t (+14 %)`, `+2.1 t (new)`, `-0.4 t (removed)`, `±0 kg` */
  readonly delta?: string
}

/** Figures cells of one result; `—` for a side that does not exist. */
function figureCells(e: ExperimentResult | undefined): Pick<ExperimentRow, 'energy' | 'operational' | 'embodied' | 'total' | 'measured'> {
  if (!e) return { energy: '—', operational: '—', embodied: '—', total: '—', measured: false }
  return {
    energy: formatEnergy(e.energyKWh),
    operational: formatMass(e.operationalKgCO2e.central),
    embodied: formatMass(e.embodiedKgCO2e.central),
    total: formatMass(e.totalKgCO2e.central),
    measured: e.energySource === 'measured',
  }
}

/** The report's experiments, largest total first. */
export function reportRows(report: Report): ExperimentRow[] {
  return [...report.experiments]
    .sort((a, b) => b.totalKgCO2e.central - a.totalKgCO2e.central || compareText(a.name, b.name))
    .map((e) => ({ name: e.name, phase: e.phase, file: e.file, ...figureCells(e) }))
}

/** The delta cell: signed mass, and the relative change or the status when there is no base. */
export function deltaCell(d: Pick<ExperimentDelta, 'status' | 'deltaKgCO2e' | 'deltaShare'>): string {
  const mass = formatMassDelta(d.deltaKgCO2e.central)
  if (d.status === 'added') return `${mass} (new)`
  if (d.status === 'removed') return `${mass} (removed)`
  if (d.status === 'unchanged') return 'unchanged'
  return d.deltaShare === undefined ? mass : `${mass} (${formatPercentDelta(d.deltaShare)})`
}

const STATUS_ORDER: Readonly<Record<ExperimentDelta['status'], number>> = { added: 0, removed: 0, changed: 1, unchanged: 2 }

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Experiments of a comparison, most changed first (absolute delta), unchanged last: folding the
 * tail of this order hides the least changed.
 */
export function checkRows(c: Comparison): ExperimentRow[] {
  const head = new Map(c.head.experiments.map((e) => [e.name, e]))
  const base = new Map(c.base?.experiments.map((e) => [e.name, e]) ?? [])
  return [...c.experiments]
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central) ||
        (b.headKgCO2e?.central ?? 0) - (a.headKgCO2e?.central ?? 0) ||
        compareText(a.name, b.name),
    )
    .map((d) => ({
      name: d.name,
      phase: d.phase,
      file: d.file,
      status: d.status,
      ...figureCells(d.status === 'removed' ? undefined : head.get(d.name)),
      ...(d.status === 'removed' ? { measured: base.get(d.name)?.energySource === 'measured' } : {}),
      delta: deltaCell(d),
    }))
}

export interface BudgetRow {
  /** user (globs) */
  readonly name: string
  /** user: the limit as written */
  readonly limit: string
  readonly actual: string
  /** `33.9 t left`, `7 % over` */
  readonly margin: string
  readonly verdict: 'pass' | 'fail'
  /** user-ish: why it could not be judged */
  readonly note?: string
}

function amount(value: number, unit: BudgetResult['unit']): string {
  if (unit === 'ratio') return formatPercent(value)
  if (unit === 'kgCO2e/unit') return `${formatMass(value)}/unit`
  return formatMass(value)
}

/** Budgets, failing first, each with its margin in words. */
export function budgetRows(budgets: readonly BudgetResult[]): BudgetRow[] {
  return [...budgets]
    .sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'fail' ? -1 : 1))
    .map((b) => ({
      name: b.name,
      limit: b.limit,
      actual: amount(b.actual, b.unit),
      margin: b.note !== undefined ? 'n/a' : `${amount(Math.abs(b.margin), b.unit)} ${b.margin < 0 ? 'over' : 'left'}`,
      verdict: b.verdict,
      ...(b.note === undefined ? {} : { note: b.note }),
    }))
}

export interface WhyTerm {
  /** user-ish: the input path */
  readonly input: string
  /** user */
  readonly from: string
  /** user */
  readonly to: string
  readonly delta: string
}

export interface WhyItem {
  /** user */
  readonly name: string
  readonly delta: string
  readonly terms: readonly WhyTerm[]
}

/** Changed experiments with attribution terms, largest delta first. */
export function whyItems(c: Comparison): WhyItem[] {
  return c.experiments
    .filter((d) => d.status === 'changed' && d.attribution.length > 0)
    .sort((a, b) => Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central) || compareText(a.name, b.name))
    .map((d) => ({
      name: d.name,
      delta: formatMassDelta(d.deltaKgCO2e.central),
      terms: [...d.attribution]
        .sort((a, b) => Math.abs(b.deltaKgCO2e) - Math.abs(a.deltaKgCO2e))
        .map((a) => ({ input: a.input, from: a.from, to: a.to, delta: formatMassDelta(a.deltaKgCO2e) })),
    }))
}

export interface TrendPoint {
  /** Short sha, or `this PR` for the head. */
  readonly label: string
  readonly sha?: string
  readonly date?: string
  /** user */
  readonly subject?: string
  readonly kgCO2e: number
}

/** The base branch's totals, oldest first, and the head as the last point when there is history. */
export function trendPoints(c: Comparison): TrendPoint[] {
  const history: HistoryPoint[] = historyOldestFirst(c.history)
  if (history.length === 0) return []
  const points: TrendPoint[] = history.map((h) => ({
    label: h.sha.slice(0, 7),
    sha: h.sha,
    date: h.date,
    ...(h.subject === undefined ? {} : { subject: h.subject }),
    kgCO2e: h.totalKgCO2e,
  }))
  points.push({ label: 'this PR', ...(c.headRef ? { sha: c.headRef.sha } : {}), kgCO2e: c.head.totals.totalKgCO2e.central })
  return points
}

/** Defaults applied across the report, with how many experiments used each, most used first. */
export function defaultsUsed(report: Report): { readonly text: string; readonly count: number }[] {
  const counts = new Map<string, number>()
  for (const e of report.experiments) for (const d of new Set(e.defaultsUsed)) counts.set(d, (counts.get(d) ?? 0) + 1)
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || compareText(a.text, b.text))
}

/** `1 added, 2 changed, 3 unchanged`. */
export function statusSummary(c: Comparison): string {
  const counts: Record<ExperimentDelta['status'], number> = { added: 0, removed: 0, changed: 0, unchanged: 0 }
  for (const d of c.experiments) counts[d.status]++
  return (['added', 'removed', 'changed', 'unchanged'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${formatCount(counts[s])} ${s}`)
    .join(', ')
}
