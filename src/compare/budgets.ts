import picomatch from 'picomatch'
import type { SourcePos } from '../core/errors.js'
import type { Budgets, FailOn, Limit } from '../core/config.js'
import { PHASES, type ExperimentResult, type Report } from '../core/model.js'
import type { BudgetResult, TotalsDelta } from './types.js'
import { formatMassSet, formatPercentSet } from '../core/format.js'

/** What budgets are judged on: the head's report, and the base's for the increase budget. */
export interface BudgetInput {
  readonly base: Report | undefined
  readonly head: Report
  readonly delta: TotalsDelta
}

/** A limit as written in the config, else its mass (`50 tCO2e`) for configs built in code. */
const limitText = (text: string | undefined, kgCO2e: number): string => text ?? formatMassSet(kgCO2e, { co2e: true })

function subjectPos(result: ExperimentResult): SourcePos {
  return result.input.positions['name'] ?? { file: result.file, line: result.line ?? 1, col: 1 }
}

function judged(
  base: Omit<BudgetResult, 'verdict' | 'margin' | 'blocking'>,
): BudgetResult {
  const margin = base.limitValue - base.actual
  return { ...base, margin, verdict: margin >= 0 ? 'pass' : 'fail', blocking: false }
}

function massBudget(name: string, kind: BudgetResult['kind'], limit: Limit, actual: number, subject?: ExperimentResult): BudgetResult {
  return judged({
    name,
    kind,
    limit: limitText(limit.text, limit.kgCO2e),
    limitValue: limit.kgCO2e,
    actual,
    unit: 'kgCO2e',
    ...(limit.pos ? { pos: limit.pos } : {}),
    ...(subject ? { subjectPos: subjectPos(subject) } : {}),
  })
}

// An experiment matched by several globs is named once per glob, so names stay unique.
function uniqueName(name: string, glob: string, seen: Set<string>): string {
  const unique = seen.has(name) ? `${name} (${glob})` : name
  seen.add(unique)
  return unique
}

function increaseBudgets(budgets: Budgets, input: BudgetInput): BudgetResult[] {
  const inc = budgets.increase
  if (!inc) return []
  const both = inc.share !== undefined && inc.kgCO2e !== undefined
  const pos = inc.pos ? { pos: inc.pos } : {}
  const out: BudgetResult[] = []
  const baseTotal = input.base?.totals.totalKgCO2e.central
  const deltaKg = input.delta.totalKgCO2e.central
  if (inc.share !== undefined) {
    const name = both ? 'increase:share' : 'increase'
    const common = { name, kind: 'increase' as const, limit: inc.text ?? formatPercentSet(inc.share), limitValue: inc.share, unit: 'ratio' as const, ...pos }
    if (baseTotal === undefined || baseTotal === 0) {
      // A share of nothing is undefined: the budget cannot fail, and the report says why.
      const note = baseTotal === undefined ? 'not applicable: no base to compare against' : 'not applicable: the base total is zero'
      out.push({ ...common, actual: 0, margin: inc.share, verdict: 'pass', blocking: false, note })
    } else {
      out.push(judged({ ...common, actual: deltaKg / baseTotal }))
    }
  }
  if (inc.kgCO2e !== undefined) {
    const name = both ? 'increase:kgCO2e' : 'increase'
    const common = { name, kind: 'increase' as const, limit: inc.text ?? formatMassSet(inc.kgCO2e, { co2e: true, signed: true }), limitValue: inc.kgCO2e, unit: 'kgCO2e' as const, ...pos }
    if (input.base === undefined) {
      out.push({ ...common, actual: 0, margin: inc.kgCO2e, verdict: 'pass', blocking: false, note: 'not applicable: no base to compare against' })
    } else {
      out.push(judged({ ...common, actual: deltaKg }))
    }
  }
  return out
}

/**
 * Every budget of the config judged on the head (central figures): total, per phase, per
 * experiment glob, maximum increase against the base, and maximum SCI per functional unit. Each
 * result carries its margin, where it was set and, for experiment budgets, the manifest line.
 */
export function evaluateBudgets(budgets: Budgets, input: BudgetInput): BudgetResult[] {
  const { head } = input
  const out: BudgetResult[] = []
  if (budgets.total) out.push(massBudget('total', 'total', budgets.total, head.totals.totalKgCO2e.central))
  out.push(...increaseBudgets(budgets, input))
  for (const phase of PHASES) {
    const limit = budgets.phases[phase]
    if (limit) out.push(massBudget(`phase:${phase}`, 'phase', limit, head.phases[phase].totalKgCO2e.central))
  }
  const seen = new Set<string>()
  for (const { glob, limit } of budgets.experiments) {
    const matches = picomatch(glob, { dot: true })
    for (const exp of head.experiments.filter((e) => matches(e.name))) {
      out.push(massBudget(uniqueName(`experiment:${exp.name}`, glob, seen), 'experiment', limit, exp.totalKgCO2e.central, exp))
    }
  }
  for (const { glob, kgCO2ePerUnit, text, pos } of budgets.sci) {
    const matches = picomatch(glob, { dot: true })
    for (const exp of head.experiments.filter((e) => matches(e.name) && e.sci)) {
      out.push(
        judged({
          name: uniqueName(`sci:${exp.name}`, glob, seen),
          kind: 'sci',
          limit: `${limitText(text, kgCO2ePerUnit)} per ${exp.sci!.unit}`,
          limitValue: kgCO2ePerUnit,
          actual: exp.sci!.kgCO2ePerUnit.central,
          unit: 'kgCO2e/unit',
          ...(pos ? { pos } : {}),
          subjectPos: subjectPos(exp),
        }),
      )
    }
  }
  return out
}

const describe = (r: BudgetResult): string =>
  r.kind === 'increase' ? `the ${r.limit} increase budget` : r.name === 'total' ? `the total budget (${r.limit})` : `the ${r.name} budget (${r.limit})`

/**
 * Whether a failing budget of this kind fails the check under `fail-on`: `never` passes always
 * (report only), `budget` gates the absolute budgets (total, phase, experiment, SCI), `increase`
 * the increase budget, `any` both.
 */
export function gates(kind: BudgetResult['kind'], failOn: FailOn): boolean {
  return failOn === 'any' ? true : failOn === 'budget' ? kind !== 'increase' : failOn === 'increase' ? kind === 'increase' : false
}

/**
 * Each budget with whether it blocks under `fail-on`, and how it stood on the base (the same
 * budget judged on the base's report), so a reader can tell "this PR broke it" from "already over".
 */
export function withBaseAndBlocking(results: readonly BudgetResult[], onBase: readonly BudgetResult[] | undefined, failOn: FailOn): BudgetResult[] {
  const base = new Map((onBase ?? []).filter((b) => b.kind !== 'increase' && b.note === undefined).map((b) => [b.name, b]))
  return results.map((r) => {
    const b = base.get(r.name)
    return { ...r, blocking: r.verdict === 'fail' && gates(r.kind, failOn), ...(b ? { baseActual: b.actual, baseVerdict: b.verdict } : {}) }
  })
}

/** The verdict under `fail-on` (see `gates`); the reason names what decided it. */
export function verdict(results: readonly BudgetResult[], failOn: FailOn): { verdict: 'pass' | 'fail'; reason: string } {
  const failed = results.filter((r) => r.verdict === 'fail')
  const gating = failed.filter((r) => gates(r.kind, failOn))
  const over = (list: readonly BudgetResult[]): string => {
    const first = list[0]!
    return list.length === 1 ? `over ${describe(first)}` : `over ${describe(first)} and ${list.length - 1} more`
  }
  if (gating.length > 0) return { verdict: 'fail', reason: over(gating) }
  if (results.length === 0) return { verdict: 'pass', reason: 'no budgets set' }
  if (failed.length === 0) return { verdict: 'pass', reason: `within ${results.length === 1 ? 'the budget' : `all ${results.length} budgets`}` }
  const mode = failOn === 'never' ? 'report only' : `fail-on: ${failOn}`
  return { verdict: 'pass', reason: `${over(failed)} (${mode})` }
}
