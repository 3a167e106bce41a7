import type { SourcePos } from './errors.js'
import type { Basis, IntensityKind, Phase, GridSpec, MarketSpec } from './model.js'

/** When a broken budget fails the run: the config's `fail-on`, the action's input (one list for both). */
export const FAIL_ON = ['never', 'budget', 'increase', 'any'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** Commits in the base branch's trend (`history` in the config, the input and `--history`): 0 to this. */
export const MAX_HISTORY = 500

/** A `history` count written as text (an input or a flag); undefined unless a whole number from 0 to MAX_HISTORY. */
export function parseHistory(text: string): number | undefined {
  const n = Number(text)
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_HISTORY ? n : undefined
}

/** A budget limit with where it was set, for verdicts and annotations. */
export interface Limit {
  readonly kgCO2e: number
  /** The limit as written in the config (`20 gCO2e`), shown as is. */
  readonly text?: string
  readonly pos?: SourcePos
}

export interface Budgets {
  readonly total?: Limit
  /** Maximum increase against the base: a share (0.1 for 10 %) or an absolute amount. */
  readonly increase?: { readonly share?: number; readonly kgCO2e?: number; readonly text?: string; readonly pos?: SourcePos }
  readonly phases: Readonly<Partial<Record<Phase, Limit>>>
  /** Experiment-name globs (`llama-*`) to a limit on each matching experiment. */
  readonly experiments: readonly { readonly glob: string; readonly limit: Limit }[]
  /** Maximum SCI per functional unit, by experiment glob (`*` for all with a functional unit). */
  readonly sci: readonly { readonly glob: string; readonly kgCO2ePerUnit: number; readonly text?: string; readonly pos?: SourcePos }[]
}

export interface Defaults {
  readonly pue?: number
  readonly grid?: GridSpec
  /** Annual marginal intensity of the default grid (`defaults.grid.marginal-intensity`), kgCO2e/kWh. */
  readonly marginalKgPerKWh?: number
  readonly market?: MarketSpec
  readonly lifetimeH?: number
  readonly activeShare?: number
  readonly datacenter?: boolean
  /** Whether transport and end of life enter the footprint (`defaults.embodied.transport`, `.end-of-life`). */
  readonly transport?: boolean
  readonly endOfLife?: boolean
}

/** `carbon-budget.yml`, validated; `file` is absent when the repo has none (all defaults). */
export interface Config {
  readonly file?: string
  readonly manifests: readonly string[]
  readonly defaults: Defaults
  readonly basis: Basis
  readonly intensity: IntensityKind
  readonly budgets: Budgets
  readonly failOn: FailOn
  readonly budgetsFrom: 'head' | 'base'
  readonly history: number
  /** Smallest relative change of an experiment that the PR comment shows as a change (`min-change`). */
  readonly minChange: number
  /** Largest manifest or config file read, bytes (YAML is parsed whole, so this stays small). */
  readonly maxManifestBytes: number
  /** Largest log or grid-series file read, bytes (logs are streamed, so this can be large). */
  readonly maxLogBytes: number
  readonly positions: Readonly<Record<string, SourcePos>>
}

/** `min-change` default: an experiment that moved by less than 1 % folds in with the unchanged ones. */
export const DEFAULT_MIN_CHANGE = 0.01

export const DEFAULT_MANIFEST_GLOBS = ['**/*.carbon.yml', '**/*.carbon.yaml', '**/*.carbon.json'] as const

export const DEFAULT_CONFIG: Config = {
  manifests: DEFAULT_MANIFEST_GLOBS,
  defaults: {},
  basis: 'location',
  intensity: 'average',
  budgets: { phases: {}, experiments: [], sci: [] },
  failOn: 'never',
  budgetsFrom: 'head',
  history: 20,
  minChange: DEFAULT_MIN_CHANGE,
  maxManifestBytes: 1024 ** 2,
  maxLogBytes: 16 * 1024 ** 3,
  positions: {},
}
