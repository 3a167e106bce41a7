import type { SourcePos } from '../core/errors.js'
import type { Range } from '../core/range.js'
import type { Phase, Report } from '../core/model.js'
import type { FailOn } from '../core/config.js'

/** One term of "why it changed": an input that changed and the share of the delta it explains. */
export interface Attribution {
  /** The input, as the user wrote it: `duration`, `grid`, `hardware.0.count`, `pue`, `logs`. */
  readonly input: string
  readonly from: string
  readonly to: string
  readonly deltaKgCO2e: number
}

export interface ExperimentDelta {
  readonly name: string
  readonly phase: Phase
  readonly file: string
  readonly status: 'added' | 'removed' | 'changed' | 'unchanged'
  readonly baseKgCO2e?: Range
  readonly headKgCO2e?: Range
  /** head - base (added: head; removed: -base). */
  readonly deltaKgCO2e: Range
  /** Relative change, absent when the base is zero or the experiment is new. */
  readonly deltaShare?: number
  readonly deltaEnergyKWh: number
  readonly deltaOperationalKgCO2e: Range
  readonly deltaEmbodiedKgCO2e: Range
  /** Terms that sum to `deltaKgCO2e.central`. */
  readonly attribution: readonly Attribution[]
}

export interface TotalsDelta {
  readonly energyKWh: number
  readonly operationalKgCO2e: Range
  readonly embodiedKgCO2e: Range
  readonly totalKgCO2e: Range
  readonly operational: { readonly locationKgCO2e: Range; readonly marketKgCO2e: Range; readonly marginalKgCO2e?: Range }
  readonly embodied: { readonly hardwareKgCO2e: Range; readonly datacenterKgCO2e: Range }
  readonly share?: number
}

export type BudgetKind = 'total' | 'increase' | 'phase' | 'experiment' | 'sci'

export interface BudgetResult {
  /** `total`, `increase`, `phase:training`, `experiment:llama-*`, `sci:llama-7b`. */
  readonly name: string
  readonly kind: BudgetKind
  /** The limit as the user wrote it (`50 tCO2e`, `10 %`). */
  readonly limit: string
  readonly limitValue: number
  readonly actual: number
  /** Unit of limitValue/actual: `kgCO2e`, `ratio` (share of base) or `kgCO2e/unit`. */
  readonly unit: 'kgCO2e' | 'ratio' | 'kgCO2e/unit'
  readonly verdict: 'pass' | 'fail'
  /** limit - actual (negative when over). */
  readonly margin: number
  /** Where the budget was set (config file and line). */
  readonly pos?: SourcePos
  /** Where the offending experiment is (manifest line), for annotations. */
  readonly subjectPos?: SourcePos
  /** Why a budget could not be judged (`not applicable: no base to compare against`); it then passes. */
  readonly note?: string
  /** The same budget judged on the base (absent without a base, or for the increase budget). */
  readonly baseActual?: number
  readonly baseVerdict?: 'pass' | 'fail'
  /** Whether this budget, failing, fails the check under `fail-on` (false when it passes). */
  readonly blocking: boolean
}

export interface HistoryPoint {
  readonly sha: string
  /** ISO 8601 commit date. */
  readonly date: string
  readonly totalKgCO2e: number
  readonly subject?: string
}

export interface Comparison {
  readonly base?: Report
  readonly head: Report
  readonly baseRef?: { readonly ref: string; readonly sha: string }
  readonly headRef?: { readonly ref: string; readonly sha: string }
  readonly experiments: readonly ExperimentDelta[]
  readonly phases: Readonly<Record<Phase, TotalsDelta>>
  readonly delta: TotalsDelta
  readonly budgets: readonly BudgetResult[]
  /** Which commit's config supplied the budgets. */
  readonly budgetsFrom: { readonly side: 'head' | 'base'; readonly sha?: string; readonly file?: string }
  readonly failOn: FailOn
  readonly verdict: 'pass' | 'fail'
  /** Why the verdict is what it is (`over the total budget`, `report only`). */
  readonly verdictReason: string
  readonly history: readonly HistoryPoint[]
  /** Smallest relative change of an experiment shown as changed (0.01 for 1 %); smaller ones read as unchanged. */
  readonly minChange: number
}
