/**
 * Realistic `Report` and `Comparison` values for tests, computed from a few physical inputs with the
 * methodology's formulas (so LLaMA-7B comes out at 36.3 MWh and 14.0 tCO2e, as Touvron et al. 2023
 * report). This is a test fixture, not the core: it exists so render and github tests do not depend
 * on the core's progress, and others may reuse it.
 */
import { add, exact, type Range } from '../../src/core/range.js'
import { PHASES, type Basis, type ExperimentResult, type IntensityKind, type Phase, type Report, type Totals } from '../../src/core/model.js'
import type { Coefficient, Source } from '../../src/core/data/types.js'
import type { Problem } from '../../src/core/errors.js'



export const SOURCES = {
  ember: { id: 'ember-2024', title: 'Ember yearly electricity data', url: 'https://ember-energy.org/data/yearly-electricity-data/', year: 2024, license: 'CC BY-SA 4.0' },
  llama: { id: 'touvron-2023', title: 'Touvron et al., LLaMA (Table 15)', url: 'https://arxiv.org/abs/2302.13971', year: 2023 },
  bloom: { id: 'luccioni-2022', title: 'Luccioni et al., BLOOM carbon footprint', url: 'https://arxiv.org/abs/2211.02001', year: 2022 },
  uptime: { id: 'uptime-2024', title: 'Uptime Institute global data center survey', url: 'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024', year: 2024 },
  construction: { id: 'dc-construction', title: 'Datacenter construction per kW of IT', url: 'https://example.org/datacenter-construction', year: 2023 },
} satisfies Record<string, Source>

/** The physical inputs of one sample experiment. */
export interface SampleSpec {
  readonly name: string
  readonly phase: Phase
  readonly file?: string
  readonly device?: string
  readonly count: number
  /** Wall-clock hours each device ran. */
  readonly hours: number
  readonly powerW: number
  readonly pue?: number
  readonly gridKgPerKWh?: number
  readonly gridDescription?: string
  /** Market-based intensity; absent: market = location. */
  readonly marketKgPerKWh?: number
  readonly marginalKgPerKWh?: number
  readonly embodiedKgPerDevice?: number
  readonly lifetimeH?: number
  readonly activeShare?: number
  readonly datacenter?: boolean
  readonly measured?: boolean
  readonly functionalUnit?: { readonly name: string; readonly count: number }
  readonly defaultsUsed?: readonly string[]
  readonly description?: string
}

const DATACENTER_KG_PER_KW: Range = { low: 500, central: 1500, high: 4000 }
const specs = new WeakMap<ExperimentResult, SampleSpec>()

function coef(id: string, unit: Coefficient['unit'], r: Range, source: Source): Coefficient {
  return { id, unit, low: r.low, central: r.central, high: r.high, source }
}
const times = (r: Range, k: number): Range => ({ low: r.low * k, central: r.central * k, high: r.high * k })

/** One experiment result, computed from its physical inputs with the methodology's formulas. */
export function sampleExperiment(spec: SampleSpec): ExperimentResult {
  const pue = spec.pue ?? 1.1
  const grid = spec.gridKgPerKWh ?? 0.385
  const itEnergyKWh = (spec.count * spec.powerW * spec.hours) / 1000
  const energyKWh = itEnergyKWh * pue
  const intensity: Range = { low: grid * 0.9, central: grid, high: grid * 1.1 }
  const location = times(intensity, energyKWh)
  const market = spec.marketKgPerKWh === undefined ? location : exact(energyKWh * spec.marketKgPerKWh)
  const marginal = spec.marginalKgPerKWh === undefined ? undefined : exact(energyKWh * spec.marginalKgPerKWh)
  const perDevice = spec.embodiedKgPerDevice ?? 150
  const embodiedPerDevice: Range = { low: perDevice * 0.1, central: perDevice, high: perDevice * 3 }
  const lifetimeH = spec.lifetimeH ?? 4 * 8760
  const activeShare = spec.activeShare ?? 1
  const share = (spec.count * spec.hours) / (lifetimeH * activeShare)
  const hardware = times(embodiedPerDevice, share)
  const itKW = (spec.count * spec.powerW) / 1000
  const datacenter = spec.datacenter === false ? exact(0) : times(DATACENTER_KG_PER_KW, (itKW * spec.hours) / (lifetimeH * activeShare))
  const embodied = add(hardware, datacenter)
  const total = add(location, embodied)
  const device = spec.device ?? 'nvidia-a100-sxm4-80gb'
  const file = spec.file ?? `experiments/${spec.name}.carbon.yml`
  const result: ExperimentResult = {
    name: spec.name,
    phase: spec.phase,
    file,
    line: 1,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    input: {
      name: spec.name,
      phase: spec.phase,
      file,
      durationH: spec.hours,
      hardware: [{ device, count: spec.count, powerW: spec.powerW, embodiedKgCO2e: perDevice }],
      pue,
      grid: { kind: 'intensity', kgPerKWh: grid },
      ...(spec.marketKgPerKWh === undefined ? {} : { market: { kind: 'intensity' as const, kgPerKWh: spec.marketKgPerKWh } }),
      lifetimeH,
      activeShare,
      datacenter: spec.datacenter !== false,
      logs: [],
      ...(spec.functionalUnit ? { functionalUnit: spec.functionalUnit } : {}),
      defaultsUsed: spec.defaultsUsed ?? [],
      positions: { name: { file, line: 1, col: 7 }, duration: { file, line: 3, col: 11 } },
    },
    energySource: spec.measured ? 'measured' : 'modelled',
    itEnergyKWh,
    energyKWh,
    pue,
    deviceHours: spec.count * spec.hours,
    capacityKW: (spec.count * spec.powerW) / 1000,
    operational: {
      locationKgCO2e: location,
      marketKgCO2e: market,
      ...(marginal ? { marginalKgCO2e: marginal } : {}),
      annualLocationKgCO2e: location,
      locationMethod: 'annual',
      marketMethod: spec.marketKgPerKWh === undefined ? 'no market instruments given: the location-based average (fallback)' : 'contractual (manifest)',
    },
    embodied: { hardwareKgCO2e: hardware, datacenterKgCO2e: datacenter, transportKgCO2e: exact(0), endOfLifeKgCO2e: exact(0) },
    operationalKgCO2e: location,
    embodiedKgCO2e: embodied,
    totalKgCO2e: total,
    lca: { manufacturingKgCO2e: embodied, transportKgCO2e: exact(0), useKgCO2e: location, endOfLifeKgCO2e: exact(0) },
    scopes: {
      scope1KgCO2e: exact(0), scope2LocationKgCO2e: location, scope2MarketKgCO2e: market, scope3KgCO2e: embodied,
      boundaries: { scope1: 'no site figure given', scope2: 'the manifest\'s factor' },
    },
    ...(spec.functionalUnit
      ? { sci: { unit: spec.functionalUnit.name, count: spec.functionalUnit.count, kgCO2ePerUnit: times(add(location, embodied), 1 / spec.functionalUnit.count) } }
      : {}),
    coefficients: [
      coef(`grid:${spec.gridDescription ?? 'USA'}`, 'kgCO2e/kWh', intensity, SOURCES.ember),
      coef(`device:${device}:embodied`, 'kgCO2e', embodiedPerDevice, SOURCES.bloom),
      coef('pue:manifest', 'ratio', exact(pue), SOURCES.uptime),
      ...(spec.datacenter === false ? [] : [coef('datacenter:construction', 'kgCO2e/kW', DATACENTER_KG_PER_KW, SOURCES.construction)]),
    ],
    defaultsUsed: spec.defaultsUsed ?? [],
    intensityKgPerKWh: intensity,
    gridDescription: spec.gridDescription ?? 'USA (Ember 2024)',
  }
  specs.set(result, spec)
  return result
}

/** The spec a sample result was built from (for attribution in `sampleComparison`). */
export function specOf(result: ExperimentResult): SampleSpec | undefined {
  return specs.get(result)
}

/** A LLaMA-like repo: a sweep, a pretraining run, a fine-tune and a month of inference, two regions. */
export const LLAMA_SPECS: readonly SampleSpec[] = [
  { name: 'lr-sweep-7b', phase: 'experimentation', device: 'nvidia-h100-sxm5-80gb', count: 64, hours: 12, powerW: 700, pue: 1.1, gridKgPerKWh: 0.056, gridDescription: 'FRA (Ember 2024)', embodiedKgPerDevice: 463, defaultsUsed: ['pue 1.1 from carbon-budget.yml'] },
  { name: 'llama-7b-pretrain', phase: 'training', count: 2048, hours: 40.25, powerW: 400, pue: 1.1, gridKgPerKWh: 0.385, marketKgPerKWh: 0.08, marginalKgPerKWh: 0.62, description: 'LLaMA-7B on 1T tokens' },
  { name: 'llama-7b-chat-sft', phase: 'training', count: 32, hours: 20, powerW: 400, pue: 1.1, gridKgPerKWh: 0.385, defaultsUsed: ['pue 1.1 from carbon-budget.yml', 'embodied 150 kgCO2e per nvidia-a100-sxm4-80gb from the catalog'] },
  { name: 'chat-serving-march', phase: 'inference', device: 'nvidia-l4', count: 16, hours: 744, powerW: 72, pue: 1.135, gridKgPerKWh: 0.379, gridDescription: 'aws/us-east-1 → US-MIDA-PJM', embodiedKgPerDevice: 60, functionalUnit: { name: '1M tokens', count: 5400 }, measured: true },
]

const ZERO_TOTALS = (): Totals => ({
  energyKWh: 0,
  capacityKW: 0,
  idle: { energyKWh: 0, kgCO2e: exact(0) },
  operationalKgCO2e: exact(0),
  embodiedKgCO2e: exact(0),
  totalKgCO2e: exact(0),
  operational: { locationKgCO2e: exact(0), marketKgCO2e: exact(0) },
  embodied: { hardwareKgCO2e: exact(0), datacenterKgCO2e: exact(0), transportKgCO2e: exact(0), endOfLifeKgCO2e: exact(0) },
  lca: { manufacturingKgCO2e: exact(0), transportKgCO2e: exact(0), useKgCO2e: exact(0), endOfLifeKgCO2e: exact(0) },
  scopes: { scope1KgCO2e: exact(0), scope2LocationKgCO2e: exact(0), scope2MarketKgCO2e: exact(0), scope3KgCO2e: exact(0) },
})

function sumTotals(results: readonly ExperimentResult[]): Totals {
  let t = ZERO_TOTALS()
  for (const r of results) {
    const marginal = r.operational.marginalKgCO2e ?? t.operational.marginalKgCO2e
    t = {
      energyKWh: t.energyKWh + r.energyKWh,
      capacityKW: t.capacityKW + r.capacityKW,
      idle: t.idle,
      operationalKgCO2e: add(t.operationalKgCO2e, r.operationalKgCO2e),
      embodiedKgCO2e: add(t.embodiedKgCO2e, r.embodiedKgCO2e),
      totalKgCO2e: add(t.totalKgCO2e, r.totalKgCO2e),
      operational: {
        locationKgCO2e: add(t.operational.locationKgCO2e, r.operational.locationKgCO2e),
        marketKgCO2e: add(t.operational.marketKgCO2e, r.operational.marketKgCO2e),
        ...(marginal ? { marginalKgCO2e: r.operational.marginalKgCO2e && t.operational.marginalKgCO2e ? add(t.operational.marginalKgCO2e, r.operational.marginalKgCO2e) : marginal } : {}),
      },
      embodied: {
        hardwareKgCO2e: add(t.embodied.hardwareKgCO2e, r.embodied.hardwareKgCO2e),
        datacenterKgCO2e: add(t.embodied.datacenterKgCO2e, r.embodied.datacenterKgCO2e),
        transportKgCO2e: add(t.embodied.transportKgCO2e, r.embodied.transportKgCO2e),
        endOfLifeKgCO2e: add(t.embodied.endOfLifeKgCO2e, r.embodied.endOfLifeKgCO2e),
      },
      lca: {
        manufacturingKgCO2e: add(t.lca.manufacturingKgCO2e, r.lca.manufacturingKgCO2e),
        transportKgCO2e: add(t.lca.transportKgCO2e, r.lca.transportKgCO2e),
        useKgCO2e: add(t.lca.useKgCO2e, r.lca.useKgCO2e),
        endOfLifeKgCO2e: add(t.lca.endOfLifeKgCO2e, r.lca.endOfLifeKgCO2e),
      },
      scopes: {
        scope1KgCO2e: add(t.scopes.scope1KgCO2e, r.scopes.scope1KgCO2e),
        scope2LocationKgCO2e: add(t.scopes.scope2LocationKgCO2e, r.scopes.scope2LocationKgCO2e),
        scope2MarketKgCO2e: add(t.scopes.scope2MarketKgCO2e, r.scopes.scope2MarketKgCO2e),
        scope3KgCO2e: add(t.scopes.scope3KgCO2e, r.scopes.scope3KgCO2e),
      },
    }
  }
  return t
}

/** A report over the given specs (default: the LLaMA-like repo). */
export function sampleReport(
  input: readonly (SampleSpec | ExperimentResult)[] = LLAMA_SPECS,
  opts: { readonly basis?: Basis; readonly intensity?: IntensityKind; readonly warnings?: readonly Problem[] } = {},
): Report {
  const experiments = input.map((x) => ('input' in x ? x : sampleExperiment(x)))
  const phases = Object.fromEntries(PHASES.map((p) => [p, sumTotals(experiments.filter((e) => e.phase === p))])) as Record<Phase, Totals>
  const sources = new Map<string, Source>()
  for (const e of experiments) for (const c of e.coefficients) sources.set(c.source.id, c.source)
  return {
    schemaVersion: 1,
    basis: opts.basis ?? 'location',
    intensity: opts.intensity ?? 'average',
    experiments,
    totals: sumTotals(experiments),
    phases,
    models: [],
    sources: [...sources.values()],
    warnings: opts.warnings ?? [],
  }
}
