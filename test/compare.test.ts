import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG, type Config } from '../src/core/config.js'
import type { Experiment, HardwareSpec, Report } from '../src/core/model.js'
import { buildReport } from '../src/core/report.js'
import { attributeChange } from '../src/compare/attribute.js'
import { compare, deltaRange } from '../src/compare/compare.js'
import { findDevice, findGrid } from '../src/core/data/index.js'
import { formatIntensity } from '../src/core/format.js'
import { testExperiment } from './support/experiment.js'

const LOCATION: Config = DEFAULT_CONFIG
const MARKET: Config = { ...DEFAULT_CONFIG, basis: 'market' }
const A100: HardwareSpec = { device: 'nvidia-a100-sxm4-80gb', count: 64, powerW: 400 }

const exp = (name: string, over: Partial<Experiment> = {}): Experiment => testExperiment(name, { hardware: [A100], ...over })

const report = (exps: readonly Experiment[], config: Config = LOCATION): Report =>
  buildReport(exps.map((e) => assessExperiment(e, { config })), config, [])
const totalOf = (e: Experiment, config: Config = LOCATION): number => assessExperiment(e, { config }).totalKgCO2e.central
const sides = { base: { config: LOCATION }, head: { config: LOCATION } }
const sum = (xs: readonly { deltaKgCO2e: number }[]): number => xs.reduce((s, x) => s + x.deltaKgCO2e, 0)

describe('compare', () => {
  const base = report([exp('sweep', { phase: 'experimentation', durationH: 6 }), exp('pretrain'), exp('old-eval', { phase: 'inference' })])
  const head = report([exp('sweep', { phase: 'experimentation', durationH: 6 }), exp('pretrain', { durationH: 52 }), exp('chat', { phase: 'inference' })])
  const c = compare(base, head, DEFAULT_CONFIG.budgets, { failOn: 'never', attribution: sides })
  const byName = new Map(c.experiments.map((e) => [e.name, e]))

  it('matches experiments by name over the union of both sides', () => {
    expect(c.experiments.map((e) => [e.name, e.status])).toEqual([
      ['chat', 'added'],
      ['old-eval', 'removed'],
      ['pretrain', 'changed'],
      ['sweep', 'unchanged'],
    ])
  })

  it('computes deltas per experiment, phase and total, with relative change only against a non-zero base', () => {
    const pretrain = byName.get('pretrain')!
    const expected = totalOf(exp('pretrain', { durationH: 52 })) - totalOf(exp('pretrain'))
    expect(pretrain.deltaKgCO2e.central).toBeCloseTo(expected, 9)
    expect(pretrain.deltaShare).toBeCloseTo(expected / totalOf(exp('pretrain')), 12)
    // Same coefficients on both sides: the range moves end with end.
    expect(pretrain.deltaKgCO2e.low).toBeGreaterThan(0)
    expect(pretrain.deltaKgCO2e.low).toBeLessThan(pretrain.deltaKgCO2e.high)
    const chat = byName.get('chat')!
    expect(chat.deltaShare).toBeUndefined()
    expect(chat.baseKgCO2e).toBeUndefined()
    expect(chat.deltaKgCO2e).toEqual(chat.headKgCO2e)
    const removed = byName.get('old-eval')!
    expect(removed.deltaKgCO2e.central).toBe(-removed.baseKgCO2e!.central)
    expect(removed.deltaShare).toBe(-1)
    expect(byName.get('sweep')!.deltaKgCO2e).toEqual({ low: 0, central: 0, high: 0 })

    expect(c.delta.totalKgCO2e.central).toBeCloseTo(head.totals.totalKgCO2e.central - base.totals.totalKgCO2e.central, 9)
    expect(c.delta.energyKWh).toBeCloseTo(head.totals.energyKWh - base.totals.energyKWh, 9)
    expect(c.delta.share).toBeCloseTo(c.delta.totalKgCO2e.central / base.totals.totalKgCO2e.central, 12)
    expect(c.phases.training.totalKgCO2e.central).toBeCloseTo(expected, 9)
    expect(c.phases.experimentation.totalKgCO2e).toEqual({ low: 0, central: 0, high: 0 })
    expect(c.phases.experimentation.share).toBe(0)
    const inference = c.phases.inference.totalKgCO2e.central
    expect(inference).toBeCloseTo(head.phases.inference.totalKgCO2e.central - base.phases.inference.totalKgCO2e.central, 9)
  })

  it('never reports a relative change against nothing', () => {
    const first = compare(undefined, head, DEFAULT_CONFIG.budgets, { failOn: 'never' })
    expect(first.experiments.every((e) => e.status === 'added' && e.deltaShare === undefined)).toBe(true)
    expect(first.delta.share).toBeUndefined()
    expect(first.delta.totalKgCO2e).toEqual(head.totals.totalKgCO2e)
    const empty = report([])
    const fromEmpty = compare(empty, head, DEFAULT_CONFIG.budgets, { failOn: 'never' })
    expect(fromEmpty.delta.share).toBeUndefined()
    const idle = report([exp('pretrain', { durationH: 0, datacenter: false })])
    expect(idle.totals.totalKgCO2e.central).toBe(0)
    expect(compare(idle, head, DEFAULT_CONFIG.budgets, { failOn: 'never' }).experiments.find((e) => e.name === 'pretrain')?.deltaShare).toBeUndefined()
  })

  it('attributes the changed experiment to its duration', () => {
    const terms = byName.get('pretrain')!.attribution
    expect(terms.map((t) => [t.input, t.from, t.to])).toEqual([['duration', '40\u00a0h', '52\u00a0h']])
    expect(terms[0]!.deltaKgCO2e).toBe(byName.get('pretrain')!.deltaKgCO2e.central)
    expect(byName.get('chat')!.attribution).toEqual([])
  })

  it('deltaRange keeps an unchanged range at zero and orders the ends', () => {
    expect(deltaRange({ low: 8, central: 10, high: 14 }, { low: 8, central: 10, high: 14 })).toEqual({ low: 0, central: 0, high: 0 })
    expect(deltaRange({ low: 1, central: 2, high: 3 }, { low: 4, central: 8, high: 12 })).toEqual({ low: -9, central: -6, high: -3 })
  })
})

/** Devices and grids are named for people: the catalog's device name, the grid with its intensity. */
const A100_NAME = findDevice('nvidia-a100-sxm4-80gb')!.name

describe('attributeChange', () => {
  it('splits a change of duration, device count and grid (USA -> FRA) into terms that sum to the delta', () => {
    const before = exp('pretrain')
    const after = exp('pretrain', { durationH: 52, hardware: [{ ...A100, count: 128 }], grid: { kind: 'country', country: 'FRA' } })
    const b = assessExperiment(before, { config: LOCATION })
    const h = assessExperiment(after, { config: LOCATION })
    const terms = attributeChange(b, h, sides)
    expect(terms.map((t) => `${t.input}: ${t.from} -> ${t.to}`)).toEqual([
      'duration: 40\u00a0h -> 52\u00a0h',
      `hardware.0.count: 64 × ${A100_NAME} -> 128 × ${A100_NAME}`,
      // a grid move names both intensities, as the catalog resolves them
      `grid: USA (${formatIntensity(findGrid('USA')!.averageKgPerKWh.central)}) -> FRA (${formatIntensity(findGrid('FRA')!.averageKgPerKWh.central)})`,
    ])
    // Sequential substitution: each term is the change its swap makes, given the swaps before it.
    const step1 = exp('pretrain', { durationH: 52 })
    expect(terms[0]!.deltaKgCO2e).toBeCloseTo(totalOf(step1) - totalOf(before), 9)
    const step2 = { ...step1, hardware: [{ ...A100, count: 128 }] }
    expect(terms[1]!.deltaKgCO2e).toBeCloseTo(totalOf(step2) - totalOf(step1), 9)
    expect(terms[2]!.deltaKgCO2e).toBeLessThan(0)
    expect(sum(terms)).toBeCloseTo(h.totalKgCO2e.central - b.totalKgCO2e.central, 9)
  })

  it('names hardware, embodied and market changes in user units', () => {
    const before = exp('ft', { market: { kind: 'carbon-free-share', share: 0.5 } })
    const after = exp('ft', {
      hardware: [{ device: 'nvidia-h100-sxm5-80gb', count: 64, powerW: 550, embodiedKgCO2e: 200 }],
      market: { kind: 'carbon-free-share', share: 0.83 },
      lifetimeH: 5 * 8760,
      activeShare: 0.85,
      datacenter: false,
      pue: 1.3,
    })
    const terms = attributeChange(assessExperiment(before, { config: MARKET }), assessExperiment(after, { config: MARKET }), {
      base: { config: MARKET },
      head: { config: MARKET },
    })
    expect(terms.map((t) => `${t.input}: ${t.from} -> ${t.to}`)).toEqual([
      `hardware.0.device: ${A100_NAME} -> ${findDevice('nvidia-h100-sxm5-80gb')!.name}`,
      'hardware.0.power: 400\u00a0W -> 550\u00a0W',
      'hardware.0.embodied: catalog -> 200\u00a0kgCO2e',
      'pue: 1.1 -> 1.3',
      'market: 50\u00a0% carbon-free -> 83\u00a0% carbon-free',
      'embodied.lifetime: 4\u00a0y -> 5\u00a0y',
      'embodied.active-share: 100\u00a0% -> 85\u00a0%',
      'embodied.datacenter: included -> excluded',
    ])
  })

  it('attributes a change of headline basis to the config', () => {
    const e = exp('pretrain', { market: { kind: 'intensity', kgPerKWh: 0.08 } })
    const terms = attributeChange(assessExperiment(e, { config: LOCATION }), assessExperiment(e, { config: MARKET }), {
      base: { config: LOCATION },
      head: { config: MARKET },
    })
    expect(terms.map((t) => `${t.input}: ${t.from} -> ${t.to}`)).toEqual(['basis: location, average -> market, average'])
  })

  it('keeps the whole delta as one term when the base cannot be reproduced from its inputs', () => {
    const market = { kind: 'intensity', kgPerKWh: 0.08 } as const
    const b = assessExperiment(exp('pretrain', { market }), { config: LOCATION })
    const h = assessExperiment(exp('pretrain', { market, durationH: 80 }), { config: LOCATION })
    // The context claims the base used the market basis: re-running it gives another figure.
    const terms = attributeChange(b, h, { base: { config: { ...MARKET } }, head: { config: LOCATION } })
    expect(terms.length).toBe(1)
    expect(terms[0]!.input).toBe('inputs')
    expect(terms[0]!.deltaKgCO2e).toBe(h.totalKgCO2e.central - b.totalKgCO2e.central)
  })

  it('always sums to the delta (property)', () => {
    const side = fc.record({
      durationH: fc.double({ min: 0.5, max: 5000, noNaN: true }),
      count: fc.integer({ min: 1, max: 4096 }),
      powerW: fc.double({ min: 50, max: 1200, noNaN: true }),
      pue: fc.double({ min: 1, max: 2, noNaN: true }),
      country: fc.constantFrom('USA', 'FRA', 'DEU', 'IND', 'SWE'),
      lifetimeY: fc.integer({ min: 1, max: 8 }),
      datacenter: fc.boolean(),
    })
    const build = (s: typeof side extends fc.Arbitrary<infer T> ? T : never): Experiment =>
      exp('x', {
        durationH: s.durationH,
        hardware: [{ ...A100, count: s.count, powerW: s.powerW }],
        pue: s.pue,
        grid: { kind: 'country', country: s.country },
        lifetimeH: s.lifetimeY * 8760,
        datacenter: s.datacenter,
      })
    fc.assert(
      fc.property(side, side, (x, y) => {
        const b = assessExperiment(build(x), { config: LOCATION })
        const h = assessExperiment(build(y), { config: LOCATION })
        const delta = h.totalKgCO2e.central - b.totalKgCO2e.central
        const terms = attributeChange(b, h, sides)
        expect(terms.every((t) => t.input !== 'inputs')).toBe(true)
        expect(Math.abs(sum(terms) - delta)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(delta), b.totalKgCO2e.central))
      }),
      { numRuns: 200 },
    )
  })
})
