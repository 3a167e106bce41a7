import type { SourcePos, Problem } from './errors.js'
import type { Range } from './range.js'
import type { Coefficient, Source } from './data/types.js'

export const PHASES = ['experimentation', 'training', 'inference'] as const
export type Phase = (typeof PHASES)[number]

export type Basis = 'location' | 'market'
export type IntensityKind = 'average' | 'marginal'

/** One hardware line of a manifest, in canonical units. */
export interface HardwareSpec {
  /** Catalog id (resolved from an alias by ingest), or `custom`. */
  readonly device: string
  readonly count: number
  /** Average draw per device; absent: the catalog's TDP. */
  readonly powerW?: number
  /** Manufacturing carbon per unit; absent: the catalog's figure. */
  readonly embodiedKgCO2e?: number
  /** Total device-hours of this line; absent: count x the experiment's duration. */
  readonly deviceHours?: number
  /** Transport to the datacenter per unit, kgCO2e; absent: the catalog's (see `data/lifecycle.ts`). */
  readonly transportKgCO2e?: number
  /** End-of-life processing per unit, kgCO2e; absent: the catalog's. */
  readonly endOfLifeKgCO2e?: number
  /** Draw per device while reserved but idle; absent: the catalog's idle share of the rated power. */
  readonly idlePowerW?: number
  /** Power the building provisions per device (sizes datacenter construction); absent: the catalog's TDP, or `power` for custom. */
  readonly ratedPowerW?: number
}

/** Where the location-based annual intensity comes from. */
export type GridSpec =
  | { readonly kind: 'intensity'; readonly kgPerKWh: number }
  | { readonly kind: 'zone'; readonly zone: string }
  | { readonly kind: 'country'; readonly country: string }
  | { readonly kind: 'region'; readonly region: string }

/**
 * Market-based instruments (GHG Protocol Scope 2 guidance): a contractual intensity for all of the
 * energy, or a carbon-free share (PPAs, certificates) with the rest at a residual mix; without a
 * residual mix the rest falls back to the location average, and the report says so.
 */
export type MarketSpec =
  | { readonly kind: 'intensity'; readonly kgPerKWh: number }
  | { readonly kind: 'carbon-free-share'; readonly share: number; readonly residualKgPerKWh?: number }
  /**
   * Hourly (24/7) matching: the contracted carbon-free supply of each hour (a repo file) covers that
   * hour's use only; the rest takes the residual mix (the location figure as a labelled fallback).
   */
  | { readonly kind: 'hourly'; readonly supplyPath: string; readonly residualKgPerKWh?: number }

/**
 * The buyer's contracted carbon-free supply hour by hour (`market.supply`), keyed by UTC hour start:
 * energy (granular certificates cancelled for this use, a PPA's hourly allocation) or the share of
 * the hour's use a 24/7 contract matched.
 */
export interface CfeSupply {
  readonly file: string
  readonly kind: 'energy' | 'share'
  /** kWh of carbon-free energy (kind energy) or the matched share 0-1 (kind share) per hour. */
  readonly hours: ReadonlyMap<number, number>
  /** The emissions of the supplied energy per hour, kgCO2e, where the certificates state a production factor above 0. */
  readonly kgCO2eByHour?: ReadonlyMap<number, number>
  /** The file's own description (`EnergyTag granular certificates: 12 bundles cancelled, …`). */
  readonly description: string
}

/** Which matching the market figure used, and how much of the use the instruments covered. */
export interface MarketMatching {
  readonly method: 'annual' | 'hourly'
  /** Hourly: the share of the facility energy covered by carbon-free supply in the same hour (0-1). */
  readonly hourlyCoverage?: number
  /** Hourly, energy supply: what annual volume matching would claim from the same file (supply over use, at most 1). */
  readonly annualVolumeShare?: number
  /** Hourly: the supply file. */
  readonly supplyFile?: string
  /** Hourly: hours with use and no supply row (counted uncovered, never filled from neighbours). */
  readonly hoursWithoutSupply?: number
}

export type LogFormat =
  | 'nvidia-smi'
  | 'nvidia-smi-dmon'
  | 'codecarbon'
  | 'power-csv'
  | 'power-jsonl'
  | 'prometheus'
  | 'wandb'
  | 'mlflow'

export type GapPolicy = 'bridge' | 'zero' | 'fail'

/** A column of a CSV log: a name from its header, or a 1-based position. */
export type ColumnRef = string | number
export type PowerUnit = 'mW' | 'W' | 'kW'

/** Which columns of a CSV log hold the time, the power (a list: one device per column) and the device. */
export interface LogColumns {
  readonly time?: ColumnRef
  readonly power?: readonly ColumnRef[]
  readonly device?: ColumnRef
}

export interface LogSpec {
  /** Repo-relative path, checked by ingest to stay inside the repo. */
  readonly path: string
  readonly format?: LogFormat
  /** IANA zone or `UTC` / `+02:00` for timestamps that carry no zone. */
  readonly timezone: string
  readonly replicas: number
  /** Seconds without a sample after which a gap is reported. */
  readonly gapThresholdS: number
  readonly gaps: GapPolicy
  /** The columns to read, where a header does not say or says it ambiguously. */
  readonly columns?: LogColumns
  /** The unit of the power column(s) when the header carries none. */
  readonly powerUnit?: PowerUnit
  /** For logs without timestamps (dmon without -o DT): first sample time and interval. */
  readonly startMs?: number
  readonly intervalS?: number
}

/**
 * An experiment manifest after validation: every quantity in canonical units, every default that
 * was applied listed in `defaultsUsed` so the report can show it.
 */
export interface Experiment {
  readonly name: string
  readonly phase: Phase
  /** Repo-relative manifest path. */
  readonly file: string
  readonly description?: string
  /** The model this experiment belongs to: groups experimentation, training and inference into one lifecycle. */
  readonly model?: string
  readonly durationH?: number
  readonly hardware: readonly HardwareSpec[]
  readonly pue: number
  readonly grid: GridSpec
  /** An annual marginal intensity for the grid (manifest `grid.marginal-intensity` or the config's), kgCO2e/kWh. */
  readonly marginalKgPerKWh?: number
  /** Start of the run (manifest `start`), ms: a modelled run with a series is priced hour by hour from here. */
  readonly startMs?: number
  readonly seriesPath?: string
  readonly market?: MarketSpec
  readonly lifetimeH: number
  readonly activeShare: number
  readonly datacenter: boolean
  /** Whether transport and end of life enter the footprint; absent: they do (false matches a cradle-to-gate boundary). */
  readonly transport?: boolean
  readonly endOfLife?: boolean
  /** The site's own (Scope 1) emissions per facility kWh: backup generation, refrigerant leaks. */
  readonly scope1KgPerKWh?: number
  /**
   * Share of the reserved device-hours the hardware was busy (from `utilisation`, or `busy-hours` /
   * `reserved-hours`); the rest draws idle power. Absent: busy the whole time.
   */
  readonly utilisation?: number
  /** Idle IT energy known as a figure (a meter, a paper), kWh, added to the idle energy. */
  readonly idleEnergyKWh?: number
  /** Inference written as requests rather than device-hours. */
  readonly inference?: InferenceSpec
  readonly logs: readonly LogSpec[]
  readonly functionalUnit?: { readonly name: string; readonly count: number }
  /**
   * Catalog coefficients behind defaulted figures (PUE, lifetime, active share) when neither the
   * manifest nor the config gave one: their low-high range is carried into the results.
   */
  readonly defaultCoefficients?: { readonly pue?: Coefficient; readonly lifetimeH?: Coefficient; readonly activeShare?: Coefficient }
  /** Human-readable notes of defaults applied (`pue 1.1 from carbon-budget.yml`). */
  readonly defaultsUsed: readonly string[]
  /** Positions of fields in the manifest (dotted path to position), for errors and annotations. */
  readonly positions: Readonly<Record<string, SourcePos>>
}

/**
 * Inference as users think of it: requests (total; ingest turns a daily rate into a total over the
 * duration) and either the IT energy of one request, or the requests one accelerator serves per
 * second while busy (tokens per second over tokens per request).
 */
export interface InferenceSpec {
  readonly requests: number
  readonly energyPerRequestKWh?: number
  readonly requestsPerSecondPerDevice?: number
}

/** Energy integrated from power logs, per experiment (ingest produces it, the core consumes it). */
export interface MeasuredEnergy {
  /** IT energy (before PUE), unless `facilityIncluded`. Replicas already applied. */
  readonly energyKWh: number
  /** CodeCarbon's energy already includes its own PUE: no PUE is applied again. */
  readonly facilityIncluded: boolean
  /** Energy per UTC hour, keyed by the hour's start (ms since epoch); sums to `energyKWh`. */
  readonly hourlyKWh: ReadonlyMap<number, number>
  readonly startMs: number
  readonly endMs: number
  readonly samples: number
  readonly devices: number
  readonly duplicates: number
  readonly outOfOrder: number
  readonly gaps: readonly { readonly startMs: number; readonly endMs: number; readonly file: string; readonly policy: GapPolicy }[]
  readonly files: readonly string[]
  /** How each file was read (`runs/emissions.csv: CodeCarbon: 3 runs from 12 rows, …`), for the report. */
  readonly notes?: readonly string[]
  /** What a tool reported beside the energy (CodeCarbon's own kgCO2e and intensity), shown, never used. */
  readonly reported?: { readonly emissionsKgCO2e?: number; readonly intensityKgPerKWh?: number; readonly tool: string }
  readonly warnings: readonly Problem[]
}

export interface SeriesHour {
  readonly averageKgPerKWh?: number
  readonly marginalKgPerKWh?: number
  /** The direct (combustion) factor, when the series gives it beside a life-cycle average. */
  readonly directKgPerKWh?: number
}

/** An hourly grid-intensity series committed in the repo, keyed by UTC hour start (ms). */
export interface GridSeries {
  readonly file: string
  readonly hours: ReadonlyMap<number, SeriesHour>
  /** The dataset's own description (`Electricity Maps, US-MIDA-PJM, life-cycle`). */
  readonly description: string
}

/** The operational figures of one experiment, kgCO2e. */
export interface Operational {
  /** Location-based; with a series, hourly average; else annual average. */
  readonly locationKgCO2e: Range
  readonly marketKgCO2e: Range
  /** Hourly marginal (series) or annual operating margin (catalog), when known. */
  readonly marginalKgCO2e?: Range
  /** The annual-average location figure, shown beside the hourly one when a series is used. */
  readonly annualLocationKgCO2e: Range
  /** How the location figure was obtained. */
  readonly locationMethod: 'annual' | 'hourly'
  /** How the marginal figure was obtained: a series' hourly marginal column, or the annual operating margin. */
  readonly marginalMethod?: 'annual' | 'hourly'
  /** Which margin, in words: `national operating margin (IFI 2021, USA)`, `the manifest's annual marginal`, `hourly marginal of the committed series`. */
  readonly marginalSource?: string
  /** How the market figure was obtained, in words (contract, residual mix, or the location fallback). */
  readonly marketMethod: string
  /** Which matching the market instruments used (annual or hourly) and the hourly coverage; absent without instruments. */
  readonly marketMatching?: MarketMatching
  /**
   * The upstream part of the hourly location figure (life-cycle minus direct factors, hours that give
   * both), Scope 3 category 3; present only when the series separates them.
   */
  readonly upstreamKgCO2e?: Range
  /** Hours of energy the series did not cover (their energy is priced at the annual average, flagged). */
  readonly uncoveredHours?: number
  readonly greenestWindow?: GreenestWindow
}

/** Energy drawn while reserved but not busy: operational, reported apart. */
export interface Idle {
  /** Facility energy of the idle time, kWh (part of `energyKWh`). */
  readonly energyKWh: number
  /** Its share of the headline operational figure (part of `operationalKgCO2e`). */
  readonly kgCO2e: Range
  readonly utilisation?: number
}

export interface GreenestWindow {
  readonly startMs: number
  readonly kgCO2e: number
  readonly savingKgCO2e: number
  readonly basis: IntensityKind
}

/** Embodied carbon by origin: hardware manufacturing, datacenter construction, transport, end of life. */
export interface Embodied {
  /** Manufacturing of the hardware, amortized. */
  readonly hardwareKgCO2e: Range
  readonly datacenterKgCO2e: Range
  /** Transport of the hardware to the datacenter, amortized like manufacturing. */
  readonly transportKgCO2e: Range
  /** End-of-life processing of the hardware, amortized like manufacturing. */
  readonly endOfLifeKgCO2e: Range
}

/**
 * The LCA view (Wu et al. 2024, Fig. 5b): the same total split into life-cycle stages. Use is the
 * headline operational figure; datacenter construction is in manufacturing. The four add up to the total.
 */
export interface LcaStages {
  readonly manufacturingKgCO2e: Range
  readonly transportKgCO2e: Range
  readonly useKgCO2e: Range
  readonly endOfLifeKgCO2e: Range
}

export interface ExperimentResult {
  readonly name: string
  readonly phase: Phase
  readonly file: string
  readonly line?: number
  readonly description?: string
  readonly model?: string
  /** The validated manifest this result was computed from (compare re-runs it to attribute deltas). */
  readonly input: Experiment
  readonly energySource: 'modelled' | 'measured'
  /** IT energy before PUE. */
  readonly itEnergyKWh: number
  /** Facility energy (IT x PUE): the contract's `energyKWh`. */
  readonly energyKWh: number
  readonly pue: number
  readonly deviceHours: number
  /** Rated power the experiment's hardware holds at once, kW (Σ rated power x device-hours / duration). */
  readonly capacityKW: number
  /** Idle share of the energy and of the headline operational figure, when utilisation or idle energy was given. */
  readonly idle?: Idle
  readonly operational: Operational
  readonly embodied: Embodied
  /** The headline operational figure (config's basis and intensity). */
  readonly operationalKgCO2e: Range
  readonly embodiedKgCO2e: Range
  readonly totalKgCO2e: Range
  readonly lca: LcaStages
  readonly scopes: Scopes
  /** Per request, when the manifest has an `inference` block: requests, IT energy and carbon (SCI, location-based) per request. */
  readonly inference?: { readonly requests: number; readonly itEnergyPerRequestKWh: number; readonly kgCO2ePerRequest: Range }
  /** SCI per functional unit, location-based (the SCI spec excludes market-based figures). */
  readonly sci?: { readonly unit: string; readonly count: number; readonly kgCO2ePerUnit: Range }
  readonly measured?: MeasuredEnergy
  /** The hourly carbon-free supply the market figure was matched against (kept so a comparison can re-run it). */
  readonly supply?: CfeSupply
  readonly coefficients: readonly Coefficient[]
  readonly defaultsUsed: readonly string[]
  readonly intensityKgPerKWh: Range
  readonly gridDescription: string
}

/**
 * GHG Protocol view: the site's own emissions are Scope 1, purchased electricity Scope 2, capital
 * goods (hardware, buildings, their transport and end of life) Scope 3.
 */
export interface Scopes {
  /** The site's direct emissions (manifest `scope1-intensity` x facility energy); 0 when no figure was given. */
  readonly scope1KgCO2e: Range
  readonly scope2LocationKgCO2e: Range
  readonly scope2MarketKgCO2e: Range
  /** Capital goods: embodied carbon (Scope 3 categories 2, 4 and 5 for the hardware and buildings). */
  readonly scope3KgCO2e: Range
  /**
   * Upstream of the electricity (fuel extraction, plant construction: Scope 3 category 3), present only
   * where the grid data gives direct and life-cycle factors apart; Scope 2 location is then on direct factors.
   */
  readonly scope3UpstreamEnergyKgCO2e?: Range
  /** Which boundary each figure uses, in words (`scope2: life-cycle factors; upstream not separable`). */
  readonly boundaries: { readonly scope1: string; readonly scope2: string }
}

export interface Totals {
  readonly energyKWh: number
  /** Rated power held at once, kW, summed over experiments as if they ran together (Fig. 3b's view). */
  readonly capacityKW: number
  /** Idle facility energy and carbon, summed over the experiments that report it. */
  readonly idle: { readonly energyKWh: number; readonly kgCO2e: Range }
  readonly operationalKgCO2e: Range
  readonly embodiedKgCO2e: Range
  readonly totalKgCO2e: Range
  readonly operational: { readonly locationKgCO2e: Range; readonly marketKgCO2e: Range; readonly marginalKgCO2e?: Range }
  readonly embodied: Embodied
  readonly lca: LcaStages
  readonly scopes: TotalScopes
}

/** Scopes summed over experiments: the boundaries are per experiment, so totals carry none. */
export type TotalScopes = Omit<Scopes, 'boundaries'>

/** One model's lifecycle (Wu et al. 2024, Fig. 3a): its experiments summed per phase. */
export interface ModelView {
  readonly name: string
  /** Names of its experiments, sorted. */
  readonly experiments: readonly string[]
  readonly totals: Totals
  readonly phases: Readonly<Record<Phase, Totals>>
  /** Training total over inference total (central figures), when both are above zero. */
  readonly trainingToInference?: number
}

export interface Report {
  readonly schemaVersion: 1
  readonly basis: Basis
  readonly intensity: IntensityKind
  readonly experiments: readonly ExperimentResult[]
  readonly totals: Totals
  readonly phases: Readonly<Record<Phase, Totals>>
  /** Experiments grouped by their manifest's `model`, sorted by name; empty when no manifest names one. */
  readonly models: readonly ModelView[]
  /** Every source used by some figure in the report, for the Method line and attribution. */
  readonly sources: readonly Source[]
  readonly warnings: readonly Problem[]
}
