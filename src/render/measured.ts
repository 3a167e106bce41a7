/**
 * The "Measured energy and hourly intensity" section, as lines shared by the markdown and text
 * renderers: for each experiment with power logs or an hourly grid series, what the logs measured
 * (and what was bridged, zeroed or dropped), the location-based figure priced hour by hour beside
 * the annual average and the marginal, hours the series missed, and the greenest start hour.
 * User strings (names, files, series descriptions, tool names) pass through the caller's escape.
 */
import type { ExperimentResult, MeasuredEnergy, Report } from '../core/model.js'
import { formatCount, formatDuration, formatEnergy, formatInstant, formatIntensity, formatMass, formatPueGiven } from '../core/format.js'
import { HOUR_MS } from '../core/units.js'

/** Escapes one user string for the medium, capped at `maxChars` code points. */
export type Escape = (text: string, maxChars: number) => string

export interface MeasuredLine {
  /** `energy`, `logs`, `gaps`, `operational`, `series`, `greenest start`, or the reporting tool. */
  readonly label: string
  /** Escaped, medium-neutral fragments; the renderer joins them (` · ` in markdown). */
  readonly parts: readonly string[]
  /** Something the reader should not miss (hours the series did not cover). */
  readonly flag?: boolean
}

export interface MeasuredItem {
  /** escaped */
  readonly name: string
  /** escaped */
  readonly file: string
  readonly lines: readonly MeasuredLine[]
}

/** Gap spans listed per policy before the rest are counted. */
const GAP_SPANS_SHOWN = 3

/** Whether an experiment belongs in the section: it has power logs or names an hourly series. */
export function hasMeasuredDetail(e: ExperimentResult): boolean {
  return e.measured !== undefined || e.operational.locationMethod === 'hourly' || e.input.seriesPath !== undefined
}

/** Experiments of the section, largest total first (the order of the report's table). */
export function measuredExperiments(report: Report): ExperimentResult[] {
  return report.experiments
    .filter(hasMeasuredDetail)
    .sort((a, b) => b.totalKgCO2e.central - a.totalKgCO2e.central || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** A span of milliseconds as a duration (`30 s`, `2.8 min`, `3.0 h`). */
const formatSpan = (ms: number): string => formatDuration(ms / HOUR_MS)

const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`

function energyLine(e: ExperimentResult, m: MeasuredEnergy): MeasuredLine {
  const facilityKWh = m.facilityIncluded ? m.energyKWh : m.energyKWh * e.pue
  const parts = m.facilityIncluded
    ? [`${formatEnergy(facilityKWh)} facility, measured (the tool's own PUE included; no PUE applied again)`]
    : [`${formatEnergy(facilityKWh)} facility = ${formatEnergy(m.energyKWh)} IT measured × PUE ${formatPueGiven(e.pue)}`]
  // Lines the logs did not measure (hosts) are modelled and added: say so, or the sums look wrong.
  if (Math.abs(e.energyKWh - facilityKWh) > 1e-9 * Math.max(1, e.energyKWh)) {
    parts.push(`experiment ${formatEnergy(e.energyKWh)} facility, ${formatEnergy(e.itEnergyKWh)} IT with modelled lines`)
  }
  return { label: 'energy', parts }
}

function logsLine(m: MeasuredEnergy, esc: Escape): MeasuredLine {
  const files = m.files.slice(0, 2).map((f) => esc(f, 100))
  const more = m.files.length > 2 ? ` and ${formatCount(m.files.length - 2)} more` : ''
  return {
    label: 'logs',
    parts: [
      plural(m.samples, 'sample'),
      plural(m.devices, 'device'),
      `${plural(m.files.length, 'file')}${files.length > 0 ? ` (${files.join(', ')}${more})` : ''}`,
      `${formatSpan(m.endMs - m.startMs)} starting ${formatInstant(m.startMs)}`,
      plural(m.duplicates, 'duplicate'),
      `${formatCount(m.outOfOrder)} out of order`,
    ],
  }
}

/** How the files were read (CodeCarbon runs folded, counter or power, Unix time unit); none when nothing to say. */
function readLine(m: MeasuredEnergy, esc: Escape): MeasuredLine | undefined {
  const notes = m.notes ?? []
  if (notes.length === 0) return undefined
  const more = notes.length > 4 ? [`${formatCount(notes.length - 4)} more`] : []
  return { label: 'read', parts: [...notes.slice(0, 4).map((n) => esc(n, 200)), ...more] }
}

function gapsLine(m: MeasuredEnergy, esc: Escape): MeasuredLine {
  if (m.gaps.length === 0) return { label: 'gaps', parts: ['none'] }
  const parts = (['bridge', 'zero', 'fail'] as const).flatMap((policy) => {
    const gaps = m.gaps.filter((g) => g.policy === policy)
    if (gaps.length === 0) return []
    const verb = policy === 'bridge' ? 'bridged' : policy === 'zero' ? 'counted as zero' : 'failed'
    const spans = gaps
      .slice(0, GAP_SPANS_SHOWN)
      .map((g) => `${formatInstant(g.startMs)} to ${formatInstant(g.endMs)} (${formatSpan(g.endMs - g.startMs)}${m.files.length > 1 ? `, ${esc(g.file, 60)}` : ''})`)
    const more = gaps.length > GAP_SPANS_SHOWN ? `, ${formatCount(gaps.length - GAP_SPANS_SHOWN)} more` : ''
    return [`${plural(gaps.length, 'gap')} ${verb}: ${spans.join(', ')}${more}`]
  })
  return { label: 'gaps', parts }
}

function reportedLine(e: ExperimentResult, m: MeasuredEnergy, esc: Escape): MeasuredLine | undefined {
  const r = m.reported
  if (r === undefined || (r.emissionsKgCO2e === undefined && r.intensityKgPerKWh === undefined)) return undefined
  const tool = esc(r.tool, 40)
  const figure = [
    ...(r.emissionsKgCO2e === undefined ? [] : [formatMass(r.emissionsKgCO2e)]),
    ...(r.intensityKgPerKWh === undefined ? [] : [`at ${formatIntensity(r.intensityKgPerKWh)}`]),
  ].join(' ')
  return { label: tool, parts: [`${figure}: reported by ${tool}, not used`, `ours ${formatMass(e.operationalKgCO2e.central)}`] }
}

/** `hourly average 9.3 g (412 gCO2e/kWh)`: the mass and the intensity it implies over the facility energy. */
function figure(label: string, kgCO2e: number, energyKWh: number): string {
  return energyKWh > 0 ? `${label} ${formatMass(kgCO2e)} (${formatIntensity(kgCO2e / energyKWh)})` : `${label} ${formatMass(kgCO2e)}`
}

function operationalLines(e: ExperimentResult, esc: Escape): MeasuredLine[] {
  const o = e.operational
  const hourly = o.locationMethod === 'hourly'
  const parts = [
    ...(hourly ? [figure('hourly average', o.locationKgCO2e.central, e.energyKWh)] : []),
    figure('annual average', o.annualLocationKgCO2e.central, e.energyKWh),
    ...(o.marginalKgCO2e ? [figure(o.marginalMethod === 'hourly' ? 'hourly marginal' : 'annual marginal', o.marginalKgCO2e.central, e.energyKWh)] : []),
  ]
  const lines: MeasuredLine[] = [{ label: 'operational, location-based', parts }]
  const series = e.input.seriesPath === undefined ? [] : [`series ${esc(e.input.seriesPath, 100)}`]
  lines.push({ label: 'grid', parts: [...series, esc(e.gridDescription, 160)] })
  if (!hourly && e.input.seriesPath !== undefined) {
    lines.push({ label: 'hours', parts: ['no power logs to bin by hour: the annual average is used'], flag: true })
  } else if (hourly && e.measured) {
    const hours = [...e.measured.hourlyKWh.values()].filter((kWh) => kWh > 0).length
    const uncovered = o.uncoveredHours ?? 0
    lines.push(
      uncovered > 0
        ? { label: 'hours', parts: [`${plural(uncovered, 'hour')} of ${formatCount(hours)} with energy not covered by the series: priced at the annual average`], flag: true }
        : { label: 'hours', parts: [hours === 1 ? 'the 1 hour with energy is covered by the series' : `all ${formatCount(hours)} hours with energy are covered by the series`] },
    )
  }
  return lines
}

function greenestLine(e: ExperimentResult): MeasuredLine | undefined {
  const w = e.operational.greenestWindow
  if (w === undefined) return undefined
  const basis = `hourly ${w.basis}, same energy profile`
  const first = e.measured ? Math.floor(e.measured.startMs / HOUR_MS) * HOUR_MS : undefined
  if (w.savingKgCO2e <= 0 || w.startMs === first) {
    return { label: 'greenest start', parts: [`it started in the greenest hour of the series (${formatMass(w.kgCO2e)})`, basis] }
  }
  return {
    label: 'greenest start',
    parts: [`starting at ${formatInstant(w.startMs)} would have emitted ${formatMass(w.kgCO2e)}, ${formatMass(w.savingKgCO2e)} less`, basis],
  }
}

/** The section's lines for one experiment. */
export function measuredItem(e: ExperimentResult, esc: Escape, nameMaxChars = 80): MeasuredItem {
  const m = e.measured
  const lines: MeasuredLine[] = m
    ? [energyLine(e, m), logsLine(m, esc), ...optional(readLine(m, esc)), gapsLine(m, esc), ...optional(reportedLine(e, m, esc))]
    : [{ label: 'energy', parts: [`${formatEnergy(e.energyKWh)} facility, modelled (no power logs)`] }]
  lines.push(...operationalLines(e, esc), ...optional(greenestLine(e)))
  return { name: esc(e.name, nameMaxChars), file: esc(e.file, 120), lines }
}

function optional<T>(x: T | undefined): T[] {
  return x === undefined ? [] : [x]
}
