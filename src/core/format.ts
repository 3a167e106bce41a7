/**
 * The one module that formats numbers for people: full-precision numbers in, rounded text out.
 * Every output (PR comment, job summary, commit status, annotations, terminal text, why-it-changed
 * terms) calls these; the JSON report keeps every digit.
 *
 * One rounding rule everywhere, so a column reads evenly: in the chosen unit, values of 100 and up
 * are whole numbers (grouped: `1,234 t`), values from 1 to 100 carry one decimal (`14.0 t`, `3.1 g`),
 * values under 1 carry two significant figures (`0.042 g`). The unit steps up when the rounded
 * value would reach 1,000 (999.96 kg is `1.0 t`, never `1,000 kg`).
 *
 * Typography: a no-break space joins a number to its unit (`6.3 t` never wraps into `6.3 /
 * t` in a narrow table cell), and negatives carry a real minus sign (U+2212, `−320 kg`), which
 * is as wide as the plus sign and reads as a minus where a hyphen reads as a dash.
 */

import type { Range } from './range.js'
import { G_PER_KG, HOURS_PER_YEAR } from './units.js'

/** Joins a number and its unit: a no-break space. */
export const UNIT_SPACE = '\u00a0'
/** The minus sign of every negative figure. */
export const MINUS = '\u2212'

interface Scale {
  readonly unit: string
  /** Canonical units per one of this unit. */
  readonly factor: number
}

/** Mass scales, smallest first; `t` is tCO2e. */
const MASS: readonly Scale[] = [
  { unit: 'g', factor: 1e-3 },
  { unit: 'kg', factor: 1 },
  // tCO2e stays the top unit: ML footprints are quoted in tonnes, even GPT-scale ones (`15,000 t`).
  { unit: 't', factor: 1e3 },
]

/** Power scales from W. */
const POWER: readonly Scale[] = [
  { unit: 'W', factor: 1 },
  { unit: 'kW', factor: 1e3 },
  { unit: 'MW', factor: 1e6 },
]

/** Energy scales from kWh. */
const ENERGY: readonly Scale[] = [
  { unit: 'Wh', factor: 1e-3 },
  { unit: 'kWh', factor: 1 },
  // MWh stays the top unit, as the papers quote it (GPT-3: 1,287 MWh).
  { unit: 'MWh', factor: 1e3 },
]

/**
 * Decimals the rounding rule gives a value already expressed in its display unit, decided on the
 * rounded value (99.96 rounds to `100`, not `100.0`; 0.996 to `1.0`, not `1.00`).
 */
export function decimalsFor(value: number): number {
  const first = rawDecimals(value)
  const second = rawDecimals(Number(value.toFixed(first)))
  return Math.min(first, second)
}

function rawDecimals(value: number): number {
  const a = Math.abs(value)
  if (a === 0 || !Number.isFinite(a)) return 0
  if (a >= 100) return 0
  if (a >= 1) return 1
  // two significant figures below 1
  return Math.min(20, 1 - Math.floor(Math.log10(a)))
}

/** Groups the integer part with commas: `1234567.5` with 1 decimal is `1,234,567.5`. */
export function formatNumber(value: number, decimals: number = decimalsFor(value)): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? `${MINUS}∞` : 'n/a'
  const fixed = Math.abs(value).toFixed(decimals)
  const [whole = '0', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const negative = value < 0 && Number(fixed) !== 0
  return `${negative ? MINUS : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`
}

/** A whole count with grouping (`9,874`). */
export function formatCount(n: number): string {
  return formatNumber(Math.round(n), 0)
}

interface Picked {
  readonly scale: Scale
  readonly inUnit: number
  readonly decimals: number
}

/** Picks the display unit by the rounded magnitude, so rounding never shows `1,000` of a unit. */
function pick(canonical: number, scales: readonly Scale[]): Picked {
  const a = Math.abs(canonical)
  let index = 0
  for (let i = scales.length - 1; i >= 0; i--) {
    if (a >= scales[i]!.factor) {
      index = i
      break
    }
  }
  if (a === 0) index = scales.findIndex((s) => s.factor === 1)
  let scale = scales[index]!
  let inUnit = canonical / scale.factor
  let decimals = decimalsFor(inUnit)
  const next = scales[index + 1]
  if (next && Math.abs(Number(inUnit.toFixed(decimals))) >= next.factor / scale.factor) {
    scale = next
    inUnit = canonical / scale.factor
    decimals = decimalsFor(inUnit)
  }
  return { scale, inUnit, decimals }
}

export interface MassOptions {
  /** Append `CO2e` to the unit (`12.4 tCO2e`); default `false` (`12.4 t`). */
  readonly co2e?: boolean
  /** Show `+` on positive values (for deltas). */
  readonly signed?: boolean
}

function sign(value: number, text: string, signed: boolean | undefined): string {
  if (!signed || text.startsWith(MINUS)) return text
  return /^[0.,]+$/.test(text.split(UNIT_SPACE)[0] ?? '') ? `±${text}` : value > 0 ? `+${text}` : text
}

const withUnit = (number: string, unit: string): string => `${number}${UNIT_SPACE}${unit}`

/**
 * A mass of CO2e for display.
 * @param kgCO2e full-precision kilograms
 * @example formatMass(13964.3) // "14.0 t"; formatMass(552) // "552 kg"; formatMass(0.0031) // "3.1 g"
 */
export function formatMass(kgCO2e: number, opts: MassOptions = {}): string {
  const p = pick(kgCO2e, MASS)
  const unit = opts.co2e ? `${p.scale.unit}CO2e` : p.scale.unit
  return sign(kgCO2e, withUnit(formatNumber(p.inUnit, p.decimals), unit), opts.signed)
}

/**
 * A mass the user set (a budget limit built without its config text): the display unit, but up to
 * six significant figures and no trailing zeros, since a limit is exact (`50 tCO2e`, `0.25 kgCO2e`).
 */
export function formatMassSet(kgCO2e: number, opts: MassOptions = {}): string {
  const p = pick(kgCO2e, MASS)
  const unit = opts.co2e ? `${p.scale.unit}CO2e` : p.scale.unit
  const exact = Number(p.inUnit.toPrecision(6))
  return sign(kgCO2e, withUnit(formatNumber(exact, Math.min(6, (String(Math.abs(exact)).split('.')[1] ?? '').length)), unit), opts.signed)
}

/**
 * A mass in a given unit (a budget's actuals in the unit its limit was written in: `5.2 t` beside
 * `6 tCO2e`), with the rounding rule applied in that unit.
 */
export function formatMassIn(kgCO2e: number, unit: 'g' | 'kg' | 't', opts: MassOptions = {}): string {
  const scale = MASS.find((s) => s.unit === unit)!
  const inUnit = kgCO2e / scale.factor
  return sign(kgCO2e, withUnit(formatNumber(inUnit, decimalsFor(inUnit)), opts.co2e ? `${unit}CO2e` : unit), opts.signed)
}

/** A signed mass difference: `+1.8 t`, `−320 kg`, `±0 kg`. */
export function formatMassDelta(kgCO2e: number, opts: Omit<MassOptions, 'signed'> = {}): string {
  return formatMass(kgCO2e, { ...opts, signed: true })
}

/**
 * Facility or IT energy for display.
 * @param kWh full-precision kilowatt-hours
 * @example formatEnergy(36270.08) // "36.3 MWh"
 */
export function formatEnergy(kWh: number, opts: { readonly signed?: boolean } = {}): string {
  const p = pick(kWh, ENERGY)
  return sign(kWh, withUnit(formatNumber(p.inUnit, p.decimals), p.scale.unit), opts.signed)
}

/**
 * A share as a percentage: `0.17` is `17 %` (`+17 %` when signed).
 * @param share a ratio (1 is 100 %)
 */
export function formatPercent(share: number, opts: { readonly signed?: boolean } = {}): string {
  const pct = share * 100
  // Whole percents from 10 up (`17 %`): a tenth of a percent there is noise, not information.
  const rounded = Number(pct.toFixed(decimalsFor(pct)))
  const decimals = Math.abs(rounded) >= 10 ? 0 : decimalsFor(pct)
  return sign(share, withUnit(formatNumber(pct, decimals), '%'), opts.signed)
}

/** A share the user set (an increase limit built without its config text): `10 %`, `2.5 %`, exact. */
export function formatPercentSet(share: number): string {
  return withUnit(String(Number((share * 100).toPrecision(6))), '%')
}

/**
 * A part of a whole (a phase's share of the total): whole percents, and `<1 %` for a part that is
 * not zero but would round to `0 %` or show noise decimals beside `98 %`.
 */
export function formatShareOfTotal(share: number): string {
  if (share > 0 && share < 0.01) return withUnit('<1', '%')
  if (share < 1 && share > 0.99) return withUnit('>99', '%')
  return withUnit(formatNumber(share * 100, 0), '%')
}

/** A signed percentage change: `+17 %`, `−4.2 %`. */
export function formatPercentDelta(share: number): string {
  return formatPercent(share, { signed: true })
}

/** Ends of a range in the central value's unit, with at least the central's decimals for small ends. */
function endsInUnit(r: Range, p: Picked, signed: boolean): string {
  const end = (v: number): string => {
    const inUnit = v / p.scale.factor
    const d = Math.abs(inUnit) < 1 ? Math.max(p.decimals, 1) : decimalsFor(inUnit)
    const text = formatNumber(inUnit, d)
    return signed && inUnit > 0 && !/^[0.,]+$/.test(text) ? `+${text}` : text
  }
  // An en dash between two signed numbers reads as a minus; spell it out then.
  const separator = signed && (r.low < 0 || r.high < 0) ? ' to ' : '–'
  return withUnit(`${end(r.low)}${separator}${end(r.high)}`, p.scale.unit)
}

/**
 * A central mass with its low-high range, both in the central's unit: `14.0 t (9.2–21.5 t)`.
 * An exact value (low = central = high) is shown alone.
 */
export function formatMassRange(r: Range, opts: MassOptions = {}): string {
  const head = formatMass(r.central, opts)
  if (r.low === r.central && r.high === r.central) return head
  const p = pick(r.central, MASS)
  return `${head} (${endsInUnit(r, p, opts.signed === true)})`
}

/** The low-high range alone, in the central's unit: `9.2–21.5 t`. */
export function formatRangeEnds(r: Range, opts: { readonly signed?: boolean } = {}): string {
  return endsInUnit(r, pick(r.central, MASS), opts.signed === true)
}

/**
 * Grid intensity for display, in gCO2e/kWh (the unit grid datasets publish): `385 gCO2e/kWh`.
 * @param kgPerKWh kgCO2e per kWh
 */
export function formatIntensity(kgPerKWh: number): string {
  return withUnit(formatNumber(kgPerKWh * G_PER_KG), 'gCO2e/kWh')
}

/** An intensity as a manifest or a dataset gave it, to six significant figures (a description, not a table cell): `412.5 gCO2e/kWh`. */
export function formatIntensityGiven(kgPerKWh: number): string {
  return `${+(kgPerKWh * G_PER_KG).toPrecision(6)} gCO2e/kWh`
}

/**
 * A duration in the largest sensible unit: `45 s`, `2.8 min`, `40.3 h`; a whole number of its unit
 * stays whole (`30 s`, `40 h`). Hours stay the top unit, as training runs are quoted (`1,200 h`), and
 * a `from → to` pair never mixes hours and days.
 * @param hours full-precision hours
 */
export function formatDuration(hours: number): string {
  const a = Math.abs(hours)
  const [value, unit] = a * 60 < 1 ? [hours * 3600, 's'] : a < 1 ? [hours * 60, 'min'] : [hours, 'h']
  // A whole number of its unit stays whole (`40 h`, not `40.0 h`): durations are often set, not measured.
  const whole = Math.abs(value - Math.round(value)) < 1e-9 * Math.max(1, Math.abs(value))
  return withUnit(formatNumber(value, whole ? 0 : decimalsFor(value)), unit)
}

/** Power for display: `400 W`, `1.2 kW`, `3.4 MW` (a phase's rated capacity). */
export function formatPower(watts: number): string {
  const p = pick(watts, POWER)
  return withUnit(formatNumber(p.inUnit, p.decimals), p.scale.unit)
}

/** Training against inference carbon as a ratio of the larger to 1: 2 reads `2.0:1`, 0.5 reads `1:2.0`. */
export function formatRatio(trainingToInference: number): string {
  return trainingToInference >= 1 ? `${trainingToInference.toFixed(1)}:1` : `1:${(1 / trainingToInference).toFixed(1)}`
}

/** A hardware lifetime in years (a year is 8,760 h): `4 y`, `5.5 y`. */
export function formatLifetime(hours: number): string {
  return withUnit(String(+(hours / HOURS_PER_YEAR).toFixed(3)), 'y')
}

/** PUE to the two decimals datacenters publish: `1.10` (a range reads evenly: `1.10–1.14`). */
export function formatPue(pue: number): string {
  return pue.toFixed(2)
}

/** A PUE as given: at least two decimals and any more it had (`1.10`, `1.135`), for a figure one experiment used. */
export function formatPueGiven(pue: number): string {
  return Math.abs(Math.round(pue * 100) - pue * 100) < 1e-9 ? pue.toFixed(2) : String(Number(pue.toFixed(4)))
}

/** A UTC date (`2026-03-01`) from ms or an ISO string; pure (no clock). */
export function formatDate(at: number | string): string {
  const ms = typeof at === 'number' ? at : Date.parse(at)
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : String(at).slice(0, 10)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** A short UTC day (`Oct 6`) from ms or an ISO string, for chart axes; pure (no clock, no locale). */
export function formatDay(at: number | string): string {
  const ms = typeof at === 'number' ? at : Date.parse(at)
  if (!Number.isFinite(ms)) return String(at).slice(0, 10)
  const d = new Date(ms)
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`
}

/** `2026-11-26T04:00Z` for an hour start; seconds only when they are not zero. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString()
  return iso.slice(17, 23) === '00.000' ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`
}

/**
 * A UTC instant in ISO 8601 with its seconds, without `.000` (`2024-03-01T00:00:10Z`), as logs and
 * manifests write it (messages quote it); a time Date cannot hold (beyond ±8.64e15 ms, or not a
 * number) as its raw ms.
 */
export function formatTimestamp(ms: number): string {
  return Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString().replace('.000Z', 'Z') : `${ms} ms after 1970`
}

/**
 * A file size for a message (`6.3 kB`, `420 MB`, `1.2 GB`): decimal units, as `ls -h --si` and
 * the limits in carbon-budget.yml count them. A plain space: it is read in logs, not typeset.
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`
  return `${(bytes / 1e3).toFixed(1)} kB`
}
