import { assessExperiment } from '../core/assess.js'
import type { Config } from '../core/config.js'
import type { CfeSupply, Experiment, ExperimentResult, GridSeries, GridSpec, HardwareSpec, MarketSpec, MeasuredEnergy } from '../core/model.js'
import { findDevice } from '../core/data/index.js'
import { formatDuration, formatEnergy, formatIntensity, formatMass, formatNumber, formatPercent, formatPower } from '../core/format.js'
import { resolveGrid } from '../core/grid-resolve.js'
import { HOURS_PER_YEAR } from '../core/units.js'
import type { Attribution } from './types.js'

/** What one side (base or head) needs to re-run its experiments: its config and grid series. */
export interface AttributionSide {
  readonly config: Config
  /** The hourly series at a repo path as this side has it; absent when no experiment uses one. */
  readonly seriesOf?: (path: string) => GridSeries | undefined
}

export interface AttributionContext {
  readonly base: AttributionSide
  readonly head: AttributionSide
}

/** The inputs of one assessment, swapped one at a time from base to head. */
interface State {
  readonly exp: Experiment
  readonly measured?: MeasuredEnergy
  readonly series?: GridSeries
  readonly supply?: CfeSupply
  readonly config: Config
}

interface Step {
  readonly input: string
  readonly apply: (s: State) => State
  readonly text: (s: State) => string
}

// Texts for people (the PR comment shows them as `from → to`), formatted by the one formatter.
const num = (x: number): string => formatNumber(x, Number.isInteger(x) ? 0 : undefined)
const hours = (h: number | undefined): string => (h === undefined ? 'none' : formatDuration(h))
const years = (h: number): string => (h % HOURS_PER_YEAR === 0 ? `${num(h / HOURS_PER_YEAR)}\u00a0y` : formatDuration(h))
/** A device by its catalog name (`NVIDIA A100 SXM4 80GB`), else as written. */
const deviceName = (id: string): string => findDevice(id)?.name ?? id

/** A grid with the annual intensity it resolves to: `gcp/us-central1 (490 gCO2e/kWh)`. */
function gridText(g: GridSpec): string {
  if (g.kind === 'intensity') return formatIntensity(g.kgPerKWh)
  const key = g.kind === 'zone' ? g.zone : g.kind === 'country' ? g.country : g.region
  try {
    return `${key} (${formatIntensity(resolveGrid(g).averageKgPerKWh.central)})`
  } catch {
    return key
  }
}

function marketText(m: MarketSpec | undefined, supply: CfeSupply | undefined): string {
  if (!m) return 'same as location'
  if (m.kind === 'intensity') return formatIntensity(m.kgPerKWh)
  // What the supply file held (bundles or rows) tells a changed file from an unchanged one; short, as the comment cuts at 80.
  return m.kind === 'hourly' ? `hourly: ${supply ? supply.description.replace(`${supply.file}: `, '') : m.supplyPath}` : `${formatPercent(m.share)} carbon-free`
}

function logsText(s: State): string {
  if (s.measured) return `${formatEnergy(s.measured.energyKWh)} measured`
  return s.exp.logs.length > 0 ? s.exp.logs.map((l) => l.path).join(', ') : 'none (modelled)'
}

type HardwareField = { key: string; get: (h: HardwareSpec) => string; set: (h: HardwareSpec, from: HardwareSpec) => HardwareSpec }

const HARDWARE_FIELDS: readonly HardwareField[] = [
  { key: 'device', get: (h) => deviceName(h.device), set: (h, f) => ({ ...h, device: f.device }) },
  { key: 'count', get: (h) => `${num(h.count)} × ${deviceName(h.device)}`, set: (h, f) => ({ ...h, count: f.count }) },
  { key: 'power', get: (h) => (h.powerW === undefined ? 'catalog' : formatPower(h.powerW)), set: (h, f) => withOptional(h, 'powerW', f.powerW) },
  {
    key: 'embodied',
    get: (h) => (h.embodiedKgCO2e === undefined ? 'catalog' : formatMass(h.embodiedKgCO2e, { co2e: true })),
    set: (h, f) => withOptional(h, 'embodiedKgCO2e', f.embodiedKgCO2e),
  },
  {
    key: 'device-hours',
    get: (h) => (h.deviceHours === undefined ? 'count × duration' : `${num(h.deviceHours)}\u00a0device-h`),
    set: (h, f) => withOptional(h, 'deviceHours', f.deviceHours),
  },
  ...(['transportKgCO2e', 'endOfLifeKgCO2e', 'idlePowerW', 'ratedPowerW'] as const).map(
    (k): HardwareField => ({ key: { transportKgCO2e: 'transport', endOfLifeKgCO2e: 'end-of-life', idlePowerW: 'idle-power', ratedPowerW: 'rated-power' }[k], get: (h) => (h[k] === undefined ? 'catalog' : num(h[k])), set: (h, f) => withOptional(h, k, f[k]) }),
  ),
]

// exactOptionalPropertyTypes-safe: an absent value removes the key rather than writing undefined.
function withOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const copy = { ...obj } as Record<PropertyKey, unknown>
  if (value === undefined) delete copy[key]
  else copy[key] = value
  return copy as T
}

/** Experiment-level inputs of the lifecycle views, swapped like the others (after embodied, before the config). */
const LIFECYCLE_FIELDS: readonly { readonly input: string; readonly key: keyof Experiment }[] = [
  { input: 'start', key: 'startMs' },
  { input: 'utilisation', key: 'utilisation' },
  { input: 'idle-energy', key: 'idleEnergyKWh' },
  { input: 'inference', key: 'inference' },
  { input: 'grid.marginal-intensity', key: 'marginalKgPerKWh' },
  { input: 'scope1-intensity', key: 'scope1KgPerKWh' },
  { input: 'embodied.transport', key: 'transport' },
  { input: 'embodied.end-of-life', key: 'endOfLife' },
]
const show = (v: unknown): string => (v === undefined ? 'none' : typeof v === 'number' ? num(v) : typeof v === 'object' ? JSON.stringify(v) : String(v))

const setExp = (s: State, patch: Partial<Experiment>): State => ({ ...s, exp: { ...s.exp, ...patch } })

/**
 * The substitutions, in this fixed order: duration, hardware (per line: device, count, power,
 * embodied, device-hours; the whole list when lines were added or removed), logs and measured
 * energy, pue, grid, grid series, market, embodied lifetime, active share, datacenter, and last the
 * config's basis and intensity. Order matters for interacting inputs (duration x grid): the
 * documented order makes the split reproducible.
 */
function stepsFor(base: State, head: State): Step[] {
  const h = head.exp
  const steps: Step[] = [{ input: 'duration', apply: (s) => setExp(s, withOptional({ ...s.exp }, 'durationH', h.durationH)), text: (s) => hours(s.exp.durationH) }]
  if (base.exp.hardware.length === h.hardware.length) {
    h.hardware.forEach((line, i) => {
      for (const field of HARDWARE_FIELDS) {
        steps.push({
          input: `hardware.${i}.${field.key}`,
          apply: (s) => setExp(s, { hardware: s.exp.hardware.map((x, j) => (j === i ? field.set(x, line) : x)) }),
          text: (s) => field.get(s.exp.hardware[i]!),
        })
      }
    })
  } else {
    const lines = (x: readonly HardwareSpec[]): string => x.map((l) => `${num(l.count)} × ${deviceName(l.device)}`).join(' + ') || 'none'
    steps.push({ input: 'hardware', apply: (s) => setExp(s, { hardware: h.hardware }), text: (s) => lines(s.exp.hardware) })
  }
  steps.push(
    { input: 'logs', apply: (s) => withOptional({ ...setExp(s, { logs: h.logs }) }, 'measured', head.measured), text: logsText },
    { input: 'pue', apply: (s) => setExp(s, { pue: h.pue }), text: (s) => String(s.exp.pue) },
    { input: 'grid', apply: (s) => setExp(s, { grid: h.grid }), text: (s) => gridText(s.exp.grid) },
    {
      input: 'grid.series',
      apply: (s) => withOptional({ ...s, exp: withOptional({ ...s.exp }, 'seriesPath', h.seriesPath) }, 'series', head.series),
      text: (s) => s.exp.seriesPath ?? 'none',
    },
    // The supply file goes with the market spec that names it.
    { input: 'market', apply: (s) => withOptional(setExp(s, withOptional({ ...s.exp }, 'market', h.market)), 'supply', head.supply), text: (s) => marketText(s.exp.market, s.supply) },
    { input: 'embodied.lifetime', apply: (s) => setExp(s, { lifetimeH: h.lifetimeH }), text: (s) => years(s.exp.lifetimeH) },
    { input: 'embodied.active-share', apply: (s) => setExp(s, { activeShare: h.activeShare }), text: (s) => formatPercent(s.exp.activeShare) },
    {
      input: 'embodied.datacenter',
      apply: (s) => setExp(s, { datacenter: h.datacenter }),
      text: (s) => (s.exp.datacenter ? 'included' : 'excluded'),
    },
    ...LIFECYCLE_FIELDS.map(
      (f): Step => ({ input: f.input, apply: (s) => setExp(s, withOptional({ ...s.exp }, f.key, h[f.key])), text: (s) => show(s.exp[f.key]) }),
    ),
    { input: 'basis', apply: (s) => ({ ...s, config: head.config }), text: (s) => `${s.config.basis}, ${s.config.intensity}` },
  )
  return steps
}

function stateOf(result: ExperimentResult, side: AttributionSide): State {
  const series = result.input.seriesPath !== undefined ? side.seriesOf?.(result.input.seriesPath) : undefined
  return {
    exp: result.input,
    config: side.config,
    ...(result.measured ? { measured: result.measured } : {}),
    ...(series ? { series } : {}),
    ...(result.supply ? { supply: result.supply } : {}),
  }
}

const totalOf = (s: State): number =>
  assessExperiment(s.exp, {
    config: s.config,
    ...(s.measured ? { measured: s.measured } : {}),
    ...(s.series ? { series: s.series } : {}),
    ...(s.supply ? { supply: s.supply } : {}),
  }).totalKgCO2e.central

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

/**
 * Why an experiment's total changed: sequential substitution from the base's inputs to the head's,
 * one input at a time in a fixed order, re-running the assessment after each swap. Each term is the
 * change that swap caused; terms of inputs that did not change and caused nothing are left out,
 * and the last term absorbs floating-point residue, so the terms sum to head - base (central).
 * When the base or head cannot be reproduced from its inputs (a series that was not supplied),
 * the whole delta is one `inputs` term rather than a wrong split.
 */
export function attributeChange(base: ExperimentResult, head: ExperimentResult, ctx: AttributionContext): Attribution[] {
  const deltaKgCO2e = head.totalKgCO2e.central - base.totalKgCO2e.central
  const whole: Attribution[] = [{ input: 'inputs', from: 'base', to: 'head', deltaKgCO2e }]
  const headState = stateOf(head, ctx.head)
  let state = stateOf(base, ctx.base)
  try {
    let previous = totalOf(state)
    if (!close(previous, base.totalKgCO2e.central)) return whole
    const terms: Attribution[] = []
    for (const step of stepsFor(state, headState)) {
      const from = step.text(state)
      state = step.apply(state)
      const to = step.text(state)
      const next = totalOf(state)
      const term = next - previous
      previous = next
      const moved = Math.abs(term) > 1e-9 * Math.max(1, Math.abs(next))
      if (from === to && !moved) continue
      terms.push({ input: step.input, from, to: from === to ? `${to} (contents changed)` : to, deltaKgCO2e: term })
    }
    if (!close(previous, head.totalKgCO2e.central) || terms.length === 0) return whole
    const beforeLast = terms.slice(0, -1).reduce((sum, t) => sum + t.deltaKgCO2e, 0)
    const last = terms[terms.length - 1]!
    terms[terms.length - 1] = { ...last, deltaKgCO2e: deltaKgCO2e - beforeLast }
    return terms
  } catch {
    // An input the core rejects (a device no longer in the catalog) cannot be split: keep the total.
    return whole
  }
}
