import { filePos, problem, type Problem, type SourcePos } from '../core/errors.js'
import type { GridSeries, SeriesHour } from '../core/model.js'
import { HOUR_MS, isUnitProblem, KG_PER_LB, parseQuantity } from '../core/units.js'
import { createLocalClock, type LocalClock } from './logs/local-time.js'
import { parseTimestamp } from './time.js'
import { headerUnit, splitCsv } from './logs/reader.js'
import type { RepoSource } from './source.js'

const KG_PER_LB_MWH = KG_PER_LB / 1000
const UTC = createLocalClock('UTC') as LocalClock

type Kind = 'average' | 'marginal' | 'direct'

interface Column {
  readonly index: number
  readonly kind: Kind
  /** To kgCO2e/kWh. */
  readonly factor: number
}

/** Means per UTC hour of the points given (5-minute WattTime data becomes hourly). */
class HourBins {
  private readonly sums = new Map<number, { average: number; averageN: number; marginal: number; marginalN: number; direct: number; directN: number }>()

  add(atMs: number, kind: Kind, kgPerKWh: number): void {
    const hour = Math.floor(atMs / HOUR_MS) * HOUR_MS
    const bin = this.sums.get(hour) ?? { average: 0, averageN: 0, marginal: 0, marginalN: 0, direct: 0, directN: 0 }
    bin[kind] += kgPerKWh
    bin[`${kind}N`]++
    this.sums.set(hour, bin)
  }

  hours(): Map<number, SeriesHour> {
    const out = new Map<number, SeriesHour>()
    for (const [hour, b] of [...this.sums].sort((x, y) => x[0] - y[0])) {
      out.set(hour, {
        ...(b.averageN > 0 ? { averageKgPerKWh: b.average / b.averageN } : {}),
        ...(b.marginalN > 0 ? { marginalKgPerKWh: b.marginal / b.marginalN } : {}),
        ...(b.directN > 0 ? { directKgPerKWh: b.direct / b.directN } : {}),
      })
    }
    return out
  }
}

// Electricity Maps: `Carbon Intensity gCO₂eq/kWh (LCA)` (old) or `Carbon intensity gCO₂eq/kWh (Life cycle)` (new).
const EM_LIFECYCLE = /^carbon intensity gco[2₂]eq\/kwh \((?:lca|life cycle)\)$/
const EM_DIRECT = /^carbon intensity gco[2₂]eq\/kwh \(direct\)$/

function columnsOf(header: readonly string[], at: SourcePos): { time: number; columns: Column[]; description: string } | Problem {
  const keys = header.map((h) => h.trim().toLowerCase())
  const emTime = keys.indexOf('datetime (utc)')
  const lifecycle = keys.findIndex((k) => EM_LIFECYCLE.test(k))
  const direct = keys.findIndex((k) => EM_DIRECT.test(k))
  if (lifecycle >= 0 || direct >= 0) {
    const time = emTime >= 0 ? emTime : keys.indexOf('timestamp')
    if (time < 0) return problem('series-header-time', { pos: at })
    // With both columns the life-cycle one is the average and the direct one splits Scope 2 from its upstream (Scope 3.3).
    const both = lifecycle >= 0 && direct >= 0
    return {
      time,
      columns: [{ index: lifecycle >= 0 ? lifecycle : direct, kind: 'average', factor: 1e-3 }, ...(both ? [{ index: direct, kind: 'direct' as const, factor: 1e-3 }] : [])],
      description: `Electricity Maps, ${lifecycle >= 0 ? 'life-cycle' : 'direct'}`,
    }
  }
  const pointTime = keys.indexOf('point_time')
  if (pointTime >= 0 && keys.includes('value')) {
    return { time: pointTime, columns: [{ index: keys.indexOf('value'), kind: 'marginal', factor: KG_PER_LB_MWH }], description: 'WattTime marginal (MOER, lbs CO2/MWh)' }
  }
  const time = keys.indexOf('timestamp')
  const columns: Column[] = []
  for (const [index, cell] of header.entries()) {
    const name = keys[index]!.replace(/\s*\[.*\]$/, '')
    if (name !== 'average' && name !== 'marginal') continue
    const unit = headerUnit(cell) ?? 'gCO2e/kWh'
    const parsed = parseQuantity(`1 ${unit}`, 'intensity')
    if (isUnitProblem(parsed)) return problem('series-header-unit', { column: cell.trim(), reason: parsed.message, pos: at })
    columns.push({ index, kind: name, factor: parsed.value })
  }
  if (time < 0 || columns.length === 0) {
    return problem('series-header', { pos: at })
  }
  return { time, columns, description: `hourly ${columns.map((c) => c.kind).join(' and ')} series` }
}


function readCsv(text: string, file: string, bins: HourBins, problems: Problem[]): string | undefined {
  const lines = text.split(/\r?\n/)
  const headerIndex = lines.findIndex((l) => l.trim() !== '')
  if (headerIndex < 0) {
    problems.push(problem('series-empty', { file }))
    return undefined
  }
  const header = splitCsv(lines[headerIndex]!.replace(/^\uFEFF/, ''))
  const found = columnsOf(header, filePos(file, headerIndex + 1))
  if ('code' in found) {
    problems.push(found)
    return undefined
  }
  const zoneCol = header.findIndex((h) => h.trim().toLowerCase() === 'zone id')
  let zone: string | undefined
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '') continue
    const cells = splitCsv(line)
    const pos = filePos(file, i + 1)
    const atMs = parseTimestamp(cells[found.time] ?? '', UTC)
    if (Number.isNaN(atMs)) {
      problems.push(problem('series-timestamp', { value: cells[found.time] ?? '', pos, suggestion: '2024-06-03 13:00:00' }))
      continue
    }
    if (zoneCol >= 0) zone ??= cells[zoneCol]?.trim()
    for (const col of found.columns) {
      const cell = (cells[col.index] ?? '').trim()
      if (cell === '') continue
      const value = Number(cell)
      if (!(value >= 0)) {
        problems.push(problem('series-value', { kind: col.kind, value: cell, file, line: i + 1, col: col.index + 1 }))
        continue
      }
      bins.add(atMs, col.kind, value * col.factor)
    }
  }
  return zone ? found.description.replace('Electricity Maps', `Electricity Maps, ${zone}`) : found.description
}

interface WattTimeDoc {
  readonly data?: readonly { readonly point_time?: unknown; readonly value?: unknown }[]
  readonly meta?: { readonly units?: string; readonly signal_type?: string; readonly region?: string }
}

function readWattTime(text: string, file: string, bins: HourBins, problems: Problem[]): string | undefined {
  const pos = filePos(file)
  let doc: WattTimeDoc
  try {
    const parsed = JSON.parse(text) as WattTimeDoc | WattTimeDoc['data']
    doc = Array.isArray(parsed) ? { data: parsed, meta: { units: 'lbs_co2_per_mwh', signal_type: 'co2_moer' } } : (parsed as WattTimeDoc)
  } catch (e) {
    problems.push(problem('json-invalid', { reason: (e as Error).message, pos }))
    return undefined
  }
  const units = doc.meta?.units
  const signal = doc.meta?.signal_type ?? 'co2_moer'
  if (!Array.isArray(doc.data) || units !== 'lbs_co2_per_mwh' || (signal !== 'co2_moer' && signal !== 'co2_aoer')) {
    problems.push(problem('watttime-units', { units: units ?? '', signal, pos }))
    return undefined
  }
  const kind: Kind = signal === 'co2_moer' ? 'marginal' : 'average'
  for (const [i, point] of doc.data.entries()) {
    const atMs = typeof point.point_time === 'string' ? parseTimestamp(point.point_time, UTC) : NaN
    const value = typeof point.value === 'number' ? point.value : NaN
    if (Number.isNaN(atMs) || !(value >= 0)) {
      problems.push(problem('watttime-point', { index: i, pos }))
      continue
    }
    bins.add(atMs, kind, value * KG_PER_LB_MWH)
  }
  return `WattTime${doc.meta?.region ? ` ${doc.meta.region}` : ''}, ${kind} (${signal})`
}

/**
 * Reads an hourly grid-intensity series committed in the repo: an Electricity Maps hourly CSV
 * export (either header version; life-cycle preferred over direct), WattTime marginal data (JSON
 * or `point_time,value` CSV, lbs CO2/MWh), or `timestamp,average,marginal` (gCO2e/kWh unless the
 * header names a unit). Values become kgCO2e/kWh per UTC hour start; sub-hourly points are averaged.
 */
export async function readGridSeries(
  path: string,
  source: RepoSource,
  opts: { readonly maxLogBytes: number },
): Promise<{ series?: GridSeries; problems: Problem[] }> {
  const stat = await source.stat(path)
  if (!stat) return { problems: [problem('series-missing', { path, description: source.description, field: 'grid.series' })] }
  if (stat.size > opts.maxLogBytes) {
    return { problems: [problem('series-too-large', { path, bytes: stat.size, maxBytes: opts.maxLogBytes, field: 'grid.series' })] }
  }
  let text: string
  try {
    text = await source.readText(path)
  } catch (e) {
    return { problems: [problem('series-unreadable', { path, reason: (e as Error).message, field: 'grid.series' })] }
  }
  const problems: Problem[] = []
  const bins = new HourBins()
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  const description = trimmed.startsWith('{') || trimmed.startsWith('[') ? readWattTime(trimmed, path, bins, problems) : readCsv(text, path, bins, problems)
  if (description === undefined || problems.some((p) => p.severity === 'error')) return { problems }
  const hours = bins.hours()
  if (hours.size === 0) return { problems: [problem('series-no-values', { file: path })] }
  const keys = [...hours.keys()]
  const span = `${hours.size} h, ${hourText(Math.min(...keys))} to ${hourText(Math.max(...keys))}`
  return { series: { file: path, hours, description: `${path}: ${description} (${span})` }, problems }
}

const hourText = (ms: number): string => new Date(ms).toISOString().slice(0, 13) + 'Z'
