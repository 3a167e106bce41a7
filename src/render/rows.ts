/**
 * Display rows shared by the markdown and text renderers: one `Report` or `Comparison` in, rounded
 * strings out. Fields marked "user" are raw user text: each renderer escapes them for its medium.
 */
import type { ExperimentResult, Phase, Report } from '../core/model.js'
import type { BudgetResult, Comparison, ExperimentDelta, HistoryPoint } from '../compare/types.js'
import { formatCount, formatEnergy, formatMass, formatMassDelta, formatMassIn, formatPercent, formatPercentDelta } from '../core/format.js'
import { isUnitProblem, parseQuantity } from '../core/units.js'
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
  /** `+1.8 t (+14 %)`, `+2.1 t (new)`, `−0.4 t (removed)`, `±0 kg` */
  readonly delta?: string
  /** With a direction mark, for the PR comment: `🔺 +1.8 t (+14 %)` (see `changeCell`). */
  readonly change?: string
  /** Changed by at least `min-change` (or added, removed): shown in the comment's main table. */
  readonly significant?: boolean
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

/**
 * The change cell of the PR comment: a direction mark, the signed mass and the relative change:
 * `🔺 +1.1 t (+21 %)`, `🔽 −12.5 kg (−81 %)`, `🆕 +48.5 kg`, `🗑️ −6.7 kg`.
 */
export function changeCell(d: Pick<ExperimentDelta, 'status' | 'deltaKgCO2e' | 'deltaShare'>): string {
  const mass = formatMassDelta(d.deltaKgCO2e.central)
  if (d.status === 'added') return `🆕 ${mass}`
  if (d.status === 'removed') return `🗑️ ${mass}`
  if (d.status === 'unchanged') return 'unchanged'
  const mark = d.deltaKgCO2e.central > 0 ? '🔺' : d.deltaKgCO2e.central < 0 ? '🔽' : ''
  const share = d.deltaShare === undefined ? '' : ` (${formatPercentDelta(d.deltaShare)})`
  return `${mark} ${mass}${share}`.trim()
}

/**
 * Whether a PR reader should see this experiment as changed: added, removed, or changed by at
 * least `minChange` of its base (a change against a zero base always counts).
 */
export function isSignificant(d: Pick<ExperimentDelta, 'status' | 'deltaShare'>, minChange: number): boolean {
  if (d.status === 'added' || d.status === 'removed') return true
  if (d.status === 'unchanged') return false
  return d.deltaShare === undefined || Math.abs(d.deltaShare) >= minChange
}

/** Whether the PR changes no footprint that counts: no experiment added, removed or changed by `minChange`. */
export function changesNothing(c: Pick<Comparison, 'experiments' | 'minChange'>): boolean {
  return !c.experiments.some((d) => isSignificant(d, c.minChange))
}

const STATUS_ORDER: Readonly<Record<ExperimentDelta['status'], number>> = { added: 0, removed: 0, changed: 1, unchanged: 2 }

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Experiments of a comparison, largest change first (absolute delta, whether added, removed or
 * changed), then significant before insignificant and unchanged: folding the tail of this order
 * hides the least changed. The change that decided the verdict is never below a small new run.
 */
export function checkRows(c: Comparison): ExperimentRow[] {
  const head = new Map(c.head.experiments.map((e) => [e.name, e]))
  const base = new Map(c.base?.experiments.map((e) => [e.name, e]) ?? [])
  const rank = (d: ExperimentDelta): number => (isSignificant(d, c.minChange) ? 0 : d.status === 'unchanged' ? 2 : 1)
  return [...c.experiments]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central) ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (b.headKgCO2e?.central ?? 0) - (a.headKgCO2e?.central ?? 0) ||
        compareText(a.name, b.name),
    )
    .map((d) => ({
      name: d.name,
      phase: d.phase,
      file: d.file,
      status: d.status,
      significant: isSignificant(d, c.minChange),
      ...figureCells(d.status === 'removed' ? undefined : head.get(d.name)),
      ...(d.status === 'removed' ? { measured: base.get(d.name)?.energySource === 'measured' } : {}),
      delta: deltaCell(d),
      change: changeCell(d),
    }))
}

/** Where a budget stands, in the words of the PR comment. */
export type BudgetState = 'newly-over' | 'already-over' | 'not-blocking' | 'ok'

export interface BudgetRow {
  /** user (globs): `total`, `training phase`, `pretrain-1.3b`, `serve-chat per 1M tokens`, `increase` */
  readonly name: string
  /** user: the budget's name in the report (`phase:training`) */
  readonly rawName: string
  readonly kind: BudgetResult['kind']
  /** user: the limit as written (`20 gCO2e`), without its `per` unit for SCI */
  readonly limit: string
  /** The base's figure in the limit's unit; absent without a base (and for increase budgets). */
  readonly base?: string
  /** This PR's figure in the limit's unit. */
  readonly head: string
  readonly state: BudgetState
  /** How far over (`+304 kg`); absent when within. */
  readonly over?: string
  /** Over by the kg or share above the limit: orders the rows. */
  readonly overValue: number
  readonly verdict: 'pass' | 'fail'
  /** Still within the margin: `33.9 t left`, `7 % over` (the text renderer's column). */
  readonly margin: string
  /** user-ish: why it could not be judged */
  readonly note?: string
}

/** The display unit of a limit as written (`6 tCO2e` → `t`), so actuals read in the same unit. */
function unitOfLimit(limit: string): 'g' | 'kg' | 't' | undefined {
  const parsed = parseQuantity(limit.split(' per ')[0]!.replace(/^\+/, ''), 'mass')
  if (isUnitProblem(parsed)) return undefined
  return parsed.unit === 'gCO2e' ? 'g' : parsed.unit === 'kgCO2e' ? 'kg' : parsed.unit === 'tCO2e' || parsed.unit === 'ktCO2e' ? 't' : undefined
}

function amount(value: number, b: Pick<BudgetResult, 'unit' | 'limit'>, signed = false): string {
  if (b.unit === 'ratio') return signed ? formatPercentDelta(value) : formatPercent(value)
  const unit = unitOfLimit(b.limit)
  return unit === undefined ? formatMass(value, { signed }) : formatMassIn(value, unit, { signed })
}

/** Where a budget stands: over because of this PR, already over on the base, over but not gating, or within. */
export function budgetState(b: BudgetResult): BudgetState {
  if (b.verdict === 'pass') return 'ok'
  if (!b.blocking) return 'not-blocking'
  return b.baseVerdict === 'fail' ? 'already-over' : 'newly-over'
}

/** A budget's state in plain words; `base` is the base's name, already escaped for the medium. */
export function stateWords(state: BudgetState, base: string): string {
  return state === 'newly-over' ? 'newly over' : state === 'already-over' ? `already over on ${base}` : state === 'not-blocking' ? 'over, not blocking' : 'ok'
}

const STATE_ORDER: Readonly<Record<BudgetState, number>> = { 'newly-over': 0, 'already-over': 1, 'not-blocking': 2, ok: 3 }

/** `phase:training` → `training phase`; `experiment:x` → `x`; `sci:x` → `x per 1M tokens`. */
function budgetName(b: BudgetResult): string {
  const [kind, ...rest] = b.name.split(':')
  const subject = rest.join(':')
  if (b.kind === 'phase') return `${subject} phase`
  if (b.kind === 'experiment') return subject
  if (b.kind === 'sci') {
    const per = b.limit.indexOf(' per ')
    return per < 0 ? subject : `${subject}${b.limit.slice(per)}`
  }
  return b.kind === 'increase' && subject !== '' ? `increase (${subject})` : (kind ?? b.name)
}

/** Budgets, newly over first, then already over, over but not blocking, and within; most over first. */
export function budgetRows(budgets: readonly BudgetResult[]): BudgetRow[] {
  return budgets
    .map((b): BudgetRow => {
      const state = budgetState(b)
      const per = b.kind === 'sci' ? b.limit.indexOf(' per ') : -1
      return {
        name: budgetName(b),
        rawName: b.name,
        kind: b.kind,
        limit: per < 0 ? b.limit : b.limit.slice(0, per),
        ...(b.baseActual === undefined ? {} : { base: amount(b.baseActual, b) }),
        head: amount(b.actual, b),
        state,
        // how far over reads best in its own unit (`+793 kg` beside a `6 tCO2e` limit)
        ...(b.verdict === 'fail' ? { over: b.unit === 'ratio' ? formatPercentDelta(-b.margin) : formatMassDelta(-b.margin) } : {}),
        overValue: -b.margin / (b.limitValue || 1),
        verdict: b.verdict,
        margin: b.note !== undefined ? 'n/a' : `${amount(Math.abs(b.margin), b)} ${b.margin < 0 ? 'over' : 'left'}`,
        ...(b.note === undefined ? {} : { note: b.note }),
      }
    })
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.overValue - a.overValue)
}

export interface WhyTerm {
  /** user-ish: the input path (`hardware.0.count`) */
  readonly input: string
  /** The input in people words (`devices`, `grid`, `PUE`) */
  readonly label: string
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

/** People words for an attribution input: `hardware.0.count` → `devices` (the texts name the device). */
export function inputLabel(input: string): string {
  const hardware = /^hardware\.\d+\.(.+)$/.exec(input)
  if (hardware) {
    const field = hardware[1]!
    return field === 'count' ? 'devices' : field === 'device' ? 'device' : field === 'power' ? 'device power' : field === 'embodied' ? 'embodied per device' : field
  }
  const words: Readonly<Record<string, string>> = {
    logs: 'power logs',
    pue: 'PUE',
    'grid.series': 'hourly grid series',
    market: 'market instruments',
    'embodied.lifetime': 'hardware lifetime',
    'embodied.active-share': 'active share',
    'embodied.datacenter': 'datacenter construction',
    basis: 'accounting basis',
  }
  return words[input] ?? input
}

/** Changed experiments (by at least `min-change`) with attribution terms, largest delta first. */
export function whyItems(c: Comparison): WhyItem[] {
  return c.experiments
    .filter((d) => d.status === 'changed' && d.attribution.length > 0 && isSignificant(d, c.minChange))
    .sort((a, b) => Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central) || compareText(a.name, b.name))
    .map((d) => ({
      name: d.name,
      delta: formatMassDelta(d.deltaKgCO2e.central),
      terms: [...d.attribution]
        .sort((a, b) => Math.abs(b.deltaKgCO2e) - Math.abs(a.deltaKgCO2e))
        .map((a) => ({ input: a.input, label: inputLabel(a.input), from: a.from, to: a.to, delta: formatMassDelta(a.deltaKgCO2e) })),
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
