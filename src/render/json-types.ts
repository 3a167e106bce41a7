/**
 * The types of the JSON report (`schemaVersion: 1`): the contract users' workflows read. Every mass
 * in kgCO2e and every energy in kWh, at full precision; fields are only added, never renamed.
 */
import type { MarketMatching, Phase, Report } from '../core/model.js'
import type { Source } from '../core/data/types.js'
import type { BudgetResult, Comparison, ExperimentDelta } from '../compare/types.js'

/** The low and high ends of a central figure. */
export interface RangeJson {
  readonly lowKgCO2e: number
  readonly highKgCO2e: number
}

/** The numeric fields shared by an experiment, the totals, a phase and a delta. */
export interface FiguresJson {
  /** Facility energy (IT x PUE), kWh. */
  readonly energyKWh: number
  /** The headline operational figure (the report's basis and intensity), central. */
  readonly operationalKgCO2e: number
  readonly embodiedKgCO2e: number
  readonly totalKgCO2e: number
  readonly operational: { readonly locationKgCO2e: number; readonly marketKgCO2e: number; readonly marginalKgCO2e?: number }
  readonly embodied: { readonly hardwareKgCO2e: number; readonly datacenterKgCO2e: number }
  /** Range of `totalKgCO2e`. */
  readonly range: RangeJson
  /** Ranges of the headline operational and embodied figures. */
  readonly ranges: { readonly operationalKgCO2e: RangeJson; readonly embodiedKgCO2e: RangeJson }
}

/** Embodied carbon by origin (experiments and totals; deltas carry only hardware and datacenter). */
export interface EmbodiedJson {
  /** Hardware manufacturing, amortized. */
  readonly hardwareKgCO2e: number
  readonly datacenterKgCO2e: number
  readonly transportKgCO2e: number
  readonly endOfLifeKgCO2e: number
}

/** The LCA view: adds up to `totalKgCO2e`; datacenter construction is in manufacturing, use is the headline operational. */
export interface LcaJson {
  readonly manufacturingKgCO2e: number
  readonly transportKgCO2e: number
  readonly useKgCO2e: number
  readonly endOfLifeKgCO2e: number
}

/** Energy drawn while reserved but idle (part of `energyKWh`) and its share of the headline operational figure. */
export interface IdleJson {
  readonly energyKWh: number
  readonly kgCO2e: number
  /** Busy share of the reserved device-hours, when the manifest gave one. */
  readonly utilisation?: number
}

export interface TotalsJson extends FiguresJson {
  readonly embodied: EmbodiedJson
  readonly lca: LcaJson
  /** Rated power held at once, kW, summed over experiments (per phase: the Fig. 3b power-capacity view). */
  readonly capacityKW: number
  readonly idle: IdleJson
  readonly scopes: ScopesJson
}

export interface ScopesJson {
  /** The site's own emissions; 0 when the manifest gives no `scope1-intensity`. */
  readonly scope1KgCO2e: number
  readonly scope2LocationKgCO2e: number
  readonly scope2MarketKgCO2e: number
  /** Capital goods: manufacturing, construction, transport and end of life of the hardware. */
  readonly scope3KgCO2e: number
  /** Upstream of the electricity (Scope 3 category 3), only where the grid data separates direct and life-cycle factors. */
  readonly scope3UpstreamEnergyKgCO2e?: number
  /** Per experiment: which boundary each figure uses. */
  readonly boundaries?: { readonly scope1: string; readonly scope2: string }
}

export interface ExperimentJson extends FiguresJson {
  readonly embodied: EmbodiedJson
  readonly lca: LcaJson
  readonly name: string
  readonly phase: Phase
  readonly file: string
  readonly line?: number
  readonly description?: string
  /** The manifest's `model`, when it names one. */
  readonly model?: string
  readonly energySource: 'modelled' | 'measured'
  readonly itEnergyKWh: number
  readonly pue: number
  readonly deviceHours: number
  /** Rated power held at once, kW: Σ rated power x device-hours / duration. */
  readonly capacityKW: number
  /** Present when the manifest gave `utilisation` (or busy and reserved hours) or `idle-energy`. */
  readonly idle?: IdleJson
  /** Intensity used for the location figure, kgCO2e/kWh, central, and where it comes from. */
  readonly intensityKgPerKWh: number
  readonly gridDescription: string
  readonly locationMethod: 'annual' | 'hourly'
  /** How the market figure was obtained: a contract, a carbon-free share with the residual mix, or the location fallback. */
  readonly marketMethod: string
  /**
   * With market instruments: `method` annual or hourly; hourly adds `hourlyCoverage` (share of the
   * facility energy covered by the same hour's carbon-free supply), `annualVolumeShare` (what annual
   * volume matching would claim from the same supply, energy files only), `supplyFile`, `hoursWithoutSupply`.
   */
  readonly marketMatching?: MarketMatching
  /** Which margin `operational.marginalKgCO2e` is: the national operating margin, a given annual marginal, or a series' hourly one. */
  readonly marginalSource?: string
  readonly annualLocationKgCO2e: number
  readonly uncoveredHours?: number
  readonly scopes: ScopesJson
  /** With an `inference` block: requests, IT energy per request (kWh), and SCI per request (location-based, kgCO2e). */
  readonly inference?: { readonly requests: number; readonly itEnergyPerRequestKWh: number; readonly kgCO2ePerRequest: number; readonly range: RangeJson }
  readonly sci?: { readonly unit: string; readonly count: number; readonly kgCO2ePerUnit: number; readonly range: RangeJson }
  readonly defaultsUsed: readonly string[]
  readonly measured?: MeasuredJson
  readonly greenestWindow?: { readonly start: string; readonly kgCO2e: number; readonly savingKgCO2e: number; readonly basis: string }
  /** Coefficients used, by id, with the id of their source (see top-level `sources`). */
  readonly coefficients: readonly { readonly id: string; readonly unit: string; readonly low: number; readonly central: number; readonly high: number; readonly sourceId: string }[]
}

export interface MeasuredJson {
  readonly energyKWh: number
  readonly facilityIncluded: boolean
  readonly start: string
  readonly end: string
  readonly samples: number
  readonly devices: number
  readonly duplicates: number
  readonly outOfOrder: number
  readonly gaps: number
  readonly files: readonly string[]
  /** How each file was read (`runs/emissions.csv: CodeCarbon: 3 runs from 12 rows, …`). */
  readonly notes?: readonly string[]
  readonly reported?: { readonly emissionsKgCO2e?: number; readonly intensityKgPerKWh?: number; readonly tool: string }
}

export interface ProblemJson {
  readonly severity: 'error' | 'warning'
  readonly code: string
  readonly message: string
  readonly file?: string
  readonly line?: number
  readonly col?: number
  readonly field?: string
  readonly suggestion?: string
}

export interface ReportJson {
  readonly schemaVersion: 1
  readonly basis: Report['basis']
  readonly intensity: Report['intensity']
  readonly experiments: readonly ExperimentJson[]
  readonly totals: TotalsJson
  readonly phases: Readonly<Record<Phase, TotalsJson>>
  /** One entry per `model` named by some manifest (Fig. 3a of Wu et al. 2024); empty when none is. */
  readonly models: readonly ModelJson[]
  readonly sources: readonly Source[]
  readonly warnings: readonly ProblemJson[]
}

/** A model's lifecycle: its experiments summed in total and per phase. */
export interface ModelJson {
  readonly name: string
  readonly experiments: readonly string[]
  readonly totals: TotalsJson
  readonly phases: Readonly<Record<Phase, TotalsJson>>
  /** Training total / inference total (central), when both are above zero: 0.5 reads 1:2. */
  readonly trainingToInference?: number
}

export interface DeltaJson extends FiguresJson {
  /** Relative change of the total against the base; absent when the base total is zero. */
  readonly share?: number
}

export interface ExperimentDeltaJson {
  readonly name: string
  readonly phase: Phase
  readonly file: string
  readonly status: ExperimentDelta['status']
  readonly baseKgCO2e?: number
  readonly headKgCO2e?: number
  readonly deltaKgCO2e: number
  readonly range: RangeJson
  readonly deltaShare?: number
  readonly deltaEnergyKWh: number
  readonly deltaOperationalKgCO2e: number
  readonly deltaEmbodiedKgCO2e: number
  readonly attribution: readonly { readonly input: string; readonly from: string; readonly to: string; readonly deltaKgCO2e: number }[]
}

export interface BudgetJson {
  readonly name: string
  readonly kind: BudgetResult['kind']
  /** The limit as written (`50 tCO2e`, `10 %`). */
  readonly limit: string
  /** The limit in `unit`. */
  readonly limitValue: number
  readonly actual: number
  readonly unit: BudgetResult['unit']
  readonly verdict: 'pass' | 'fail'
  /** limit - actual, in `unit`; negative when over. */
  readonly margin: number
  readonly file?: string
  readonly line?: number
  readonly subject?: { readonly file: string; readonly line: number }
  /** Whether this budget, failing, fails the check under `failOn`. */
  readonly blocking: boolean
  /** The same budget judged on the base, in `unit` (absent without a base, and for `increase`). */
  readonly baseActual?: number
  readonly baseVerdict?: 'pass' | 'fail'
}

export interface CheckJson extends ReportJson {
  readonly verdict: 'pass' | 'fail'
  readonly verdictReason: string
  readonly failOn: Comparison['failOn']
  readonly budgetsFrom: Comparison['budgetsFrom']
  readonly baseRef: { readonly ref: string; readonly sha: string } | null
  readonly headRef: { readonly ref: string; readonly sha: string } | null
  readonly base: ReportJson | null
  readonly head: ReportJson
  /** Head minus base: the figures, plus per experiment and per phase. */
  readonly delta: DeltaJson & { readonly experiments: readonly ExperimentDeltaJson[]; readonly phases: Readonly<Record<Phase, DeltaJson>> }
  readonly budgets: readonly BudgetJson[]
  readonly history: readonly { readonly sha: string; readonly date: string; readonly totalKgCO2e: number; readonly subject?: string }[]
  /** Smallest relative change of an experiment shown as a change (`min-change`; 0.01 is 1 %). */
  readonly minChange: number
}
