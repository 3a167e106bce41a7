import { describe, expect, it } from 'vitest'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG, type Budgets, type FailOn } from '../src/core/config.js'
import type { Experiment, Report } from '../src/core/model.js'
import { buildReport } from '../src/core/report.js'
import { evaluateBudgets, verdict } from '../src/compare/budgets.js'
import { formatMassSet } from '../src/core/format.js'

/** A limit built in code (no text from a config) shows as its mass in CO2e. */
const formatMass = (kg: number): string => formatMassSet(kg, { co2e: true })
import { compare } from '../src/compare/compare.js'
import type { BudgetResult } from '../src/compare/types.js'
import { testExperiment } from './support/experiment.js'

const CONFIG_FILE = 'carbon-budget.yml'
const at = (line: number) => ({ file: CONFIG_FILE, line, col: 3 })

const exp = (name: string, over: Partial<Experiment> = {}): Experiment => testExperiment(name, over, 2)

const report = (exps: readonly Experiment[]): Report =>
  buildReport(exps.map((e) => assessExperiment(e, { config: DEFAULT_CONFIG })), DEFAULT_CONFIG, [])

const FU = { name: '1M tokens', count: 500 }
const base = report([exp('llama-7b'), exp('llama-13b', { durationH: 20 }), exp('serve-chat', { phase: 'inference', durationH: 100, functionalUnit: FU })])
const head = report([exp('llama-7b', { durationH: 52 }), exp('llama-13b', { durationH: 20 }), exp('serve-chat', { phase: 'inference', durationH: 100, functionalUnit: FU })])
const total = head.totals.totalKgCO2e.central
const baseTotal = base.totals.totalKgCO2e.central
const find = (results: readonly BudgetResult[], name: string): BudgetResult => {
  const r = results.find((x) => x.name === name)
  if (!r) throw new Error(`no budget ${name} in ${results.map((x) => x.name).join(', ')}`)
  return r
}
// `against` is explicit (not a default parameter) so that passing undefined means "no base".
const judgeAgainst = (budgets: Budgets, against: Report | undefined) => compare(against, head, budgets, { failOn: 'never' }).budgets
const judge = (budgets: Budgets) => judgeAgainst(budgets, base)
const NONE: Budgets = { phases: {}, experiments: [], sci: [] }

describe('evaluateBudgets', () => {
  it('judges the total with its margin and where it was set', () => {
    const over = find(judge({ ...NONE, total: { kgCO2e: total - 1000, pos: at(3) } }), 'total')
    expect(over).toMatchObject({ kind: 'total', verdict: 'fail', unit: 'kgCO2e', actual: total, limitValue: total - 1000, pos: at(3) })
    expect(over.margin).toBeCloseTo(-1000, 6)
    expect(over.limit).toBe(formatMass(total - 1000))
    const within = find(judge({ ...NONE, total: { kgCO2e: 50_000 } }), 'total')
    expect(within.verdict).toBe('pass')
    expect(within.limit).toBe('50\u00a0tCO2e')
    expect(within.margin).toBeCloseTo(50_000 - total, 6)
  })

  it('judges each phase', () => {
    const results = judge({ ...NONE, phases: { training: { kgCO2e: 1, pos: at(6) }, inference: { kgCO2e: 1e9 } } })
    expect(find(results, 'phase:training')).toMatchObject({ verdict: 'fail', actual: head.phases.training.totalKgCO2e.central, pos: at(6) })
    expect(find(results, 'phase:inference')).toMatchObject({ verdict: 'pass', actual: head.phases.inference.totalKgCO2e.central })
    expect(results.some((r) => r.name === 'phase:experimentation')).toBe(false)
  })

  it('judges every experiment an experiment glob matches, pointing at its manifest', () => {
    const llama7b = head.experiments.find((e) => e.name === 'llama-7b')!.totalKgCO2e.central
    const llama13b = head.experiments.find((e) => e.name === 'llama-13b')!.totalKgCO2e.central
    const limit = (llama7b + llama13b) / 2
    const results = judge({ ...NONE, experiments: [{ glob: 'llama-*', limit: { kgCO2e: limit, pos: at(9) } }] })
    expect(results.map((r) => r.name)).toEqual(['experiment:llama-13b', 'experiment:llama-7b'])
    expect(find(results, 'experiment:llama-7b')).toMatchObject({
      verdict: 'fail',
      actual: llama7b,
      pos: at(9),
      subjectPos: { file: 'experiments/llama-7b.carbon.yml', line: 2, col: 7 },
    })
    expect(find(results, 'experiment:llama-13b').verdict).toBe('pass')
  })

  it('judges the increase as a share and as an amount against the base', () => {
    const delta = total - baseTotal
    const share = find(judge({ ...NONE, increase: { share: 0.1, pos: at(4) } }), 'increase')
    expect(share).toMatchObject({ kind: 'increase', unit: 'ratio', limit: '10\u00a0%', pos: at(4) })
    expect(share.actual).toBeCloseTo(delta / baseTotal, 12)
    expect(share.verdict).toBe(delta / baseTotal > 0.1 ? 'fail' : 'pass')
    const loose = find(judge({ ...NONE, increase: { share: 2 } }), 'increase')
    expect(loose.verdict).toBe('pass')
    const both = judge({ ...NONE, increase: { share: 1, kgCO2e: delta / 2 } })
    expect(find(both, 'increase:kgCO2e')).toMatchObject({ verdict: 'fail', actual: delta, unit: 'kgCO2e' })
    expect(find(both, 'increase:kgCO2e').limit).toBe(`+${formatMass(delta / 2)}`)
    expect(find(both, 'increase:share').verdict).toBe('pass')
  })

  it('says an increase budget is not applicable without a base or against a zero base', () => {
    const noBase = find(judgeAgainst({ ...NONE, increase: { share: 0.1 } }, undefined), 'increase')
    expect(noBase).toMatchObject({ verdict: 'pass', note: 'not applicable: no base to compare against' })
    const absolute = find(judgeAgainst({ ...NONE, increase: { kgCO2e: 1 } }, undefined), 'increase')
    expect(absolute.note).toMatch(/not applicable/)
    const zero = find(judgeAgainst({ ...NONE, increase: { share: 0.1 } }, report([])), 'increase')
    expect(zero.note).toBe('not applicable: the base total is zero')
    // An amount is meaningful against an empty base: all of the head is the increase.
    const amount = find(judgeAgainst({ ...NONE, increase: { kgCO2e: 1 } }, report([])), 'increase')
    expect(amount).toMatchObject({ verdict: 'fail', actual: total })
  })

  it('judges SCI per functional unit for experiments that have one', () => {
    const sci = head.experiments.find((e) => e.name === 'serve-chat')!.sci!.kgCO2ePerUnit.central
    const results = judge({ ...NONE, sci: [{ glob: '*', kgCO2ePerUnit: sci * 0.9, pos: at(12) }] })
    expect(results.map((r) => r.name)).toEqual(['sci:serve-chat'])
    expect(results[0]).toMatchObject({ kind: 'sci', unit: 'kgCO2e/unit', verdict: 'fail', actual: sci, pos: at(12) })
    expect(results[0]!.limit).toBe(`${formatMass(sci * 0.9)} per 1M tokens`)
    expect(evaluateBudgets({ ...NONE, sci: [{ glob: 'serve-*', kgCO2ePerUnit: sci * 2 }] }, { base, head, delta: compare(base, head, NONE, { failOn: 'never' }).delta })[0]?.verdict).toBe('pass')
  })
})

describe('verdict under fail-on', () => {
  const absoluteFails: Budgets = { ...NONE, total: { kgCO2e: 1 }, increase: { share: 100 } }
  const increaseFails: Budgets = { ...NONE, total: { kgCO2e: 1e9 }, increase: { share: 0.01 } }
  const bothFail: Budgets = { ...NONE, total: { kgCO2e: 1 }, increase: { share: 0.01 } }
  const noneFail: Budgets = { ...NONE, total: { kgCO2e: 1e9 }, increase: { share: 100 } }
  const cases: readonly [FailOn, Budgets, 'pass' | 'fail'][] = [
    ['never', bothFail, 'pass'],
    ['budget', absoluteFails, 'fail'],
    ['budget', increaseFails, 'pass'],
    ['increase', increaseFails, 'fail'],
    ['increase', absoluteFails, 'pass'],
    ['any', absoluteFails, 'fail'],
    ['any', increaseFails, 'fail'],
    ['any', noneFail, 'pass'],
  ]
  it.each(cases)('fail-on %s', (failOn, budgets, expected) => {
    const c = compare(base, head, budgets, { failOn })
    expect(c.verdict).toBe(expected)
    expect(c.failOn).toBe(failOn)
  })

  it('gives a reason that names what decided it', () => {
    expect(compare(base, head, bothFail, { failOn: 'never' }).verdictReason).toBe('over the total budget (1\u00a0kgCO2e) and 1 more (report only)')
    expect(compare(base, head, increaseFails, { failOn: 'increase' }).verdictReason).toBe('over the 1\u00a0% increase budget')
    expect(compare(base, head, absoluteFails, { failOn: 'increase' }).verdictReason).toBe('over the total budget (1\u00a0kgCO2e) (fail-on: increase)')
    expect(compare(base, head, noneFail, { failOn: 'any' }).verdictReason).toBe('within all 2 budgets')
    expect(verdict([], 'any')).toEqual({ verdict: 'pass', reason: 'no budgets set' })
  })
})
