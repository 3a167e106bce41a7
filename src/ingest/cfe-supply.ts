/**
 * Reads the buyer's contracted carbon-free supply hour by hour (`market.supply`, hourly matching):
 * EnergyTag granular certificates as the registry API returns them, or a CSV of carbon-free energy
 * or of the matched share per hour. The grid's own carbon-free share (Electricity Maps' CFE%) is
 * refused: it is location-based, no instrument of the buyer's, and counting it would claim the
 * attributes other consumers' certificates already carry.
 */
import { filePos, problem, type Problem, type SourcePos } from '../core/errors.js'
import type { CfeSupply } from '../core/model.js'
import { HOUR_MS, isUnitProblem, parseQuantity } from '../core/units.js'
import { createLocalClock, type LocalClock } from './logs/local-time.js'
import { headerUnit, splitCsv } from './logs/reader.js'
import type { RepoSource } from './source.js'
import { parseTimestamp } from './time.js'

const UTC = createLocalClock('UTC') as LocalClock
const FIELD = 'market.supply'
// Retired for the buyer: the only certificates a Scope 2 claim may use (an active one is still for sale).
const CLAIMED = new Set(['cancelled', 'claimed'])
// EnergyTag registry energy sources (EnergySourceType) that emit nothing at production; any other
// (biomass, chp, other) must state its emissions_factor_production_device to be counted.
const CARBON_FREE = new Set(['solar_pv', 'solar', 'wind', 'hydro', 'nuclear', 'geothermal', 'battery_storage'])

class SupplyHours {
  readonly kWh = new Map<number, number>()
  readonly kg = new Map<number, number>()
  add(hour: number, kWh: number, kgCO2e = 0): void {
    this.kWh.set(hour, (this.kWh.get(hour) ?? 0) + kWh)
    if (kgCO2e > 0) this.kg.set(hour, (this.kg.get(hour) ?? 0) + kgCO2e)
  }
}

const hourOf = (ms: number): number => Math.floor(ms / HOUR_MS) * HOUR_MS

function readCsv(text: string, file: string, problems: Problem[]): Omit<CfeSupply, 'file' | 'description'> & { rows: number } | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const headerIndex = lines.findIndex((l) => l.trim() !== '')
  const at = (line: number, col = 1): { pos: SourcePos; field: string } => ({ pos: filePos(file, line, col), field: FIELD })
  if (headerIndex < 0) {
    problems.push(problem('supply-empty', { file, ...at(1) }))
    return undefined
  }
  const header = splitCsv(lines[headerIndex]!)
  const keys = header.map((h) => h.trim().toLowerCase())
  if (keys.some((k) => k.startsWith('carbon-free energy percentage'))) {
    problems.push(problem('supply-grid-cfe', { file, ...at(headerIndex + 1) }))
    return undefined
  }
  const time = keys.findIndex((k) => k === 'timestamp' || k === 'datetime (utc)')
  const col = keys.findIndex((k) => k.replace(/\s*\[.*\]$/, '') === 'carbon-free')
  if (time < 0 || col < 0) {
    problems.push(problem('supply-header', { header: lines[headerIndex]!.trim().slice(0, 200), missing: time < 0 ? 'timestamp' : 'carbon-free', ...at(headerIndex + 1) }))
    return undefined
  }
  const unit = headerUnit(header[col]!)
  let kind: CfeSupply['kind']
  let factor = 1
  if (unit === '%') kind = 'share'
  else {
    const parsed = unit === undefined ? undefined : parseQuantity(`1 ${unit}`, 'energy')
    if (parsed === undefined || isUnitProblem(parsed)) {
      problems.push(problem('supply-unit', { column: header[col]!.trim(), ...at(headerIndex + 1, col + 1), suggestion: 'carbon-free [kWh]' }))
      return undefined
    }
    kind = 'energy'
    factor = parsed.value
  }
  const hours = new SupplyHours()
  let rows = 0
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue
    const cells = splitCsv(lines[i]!)
    const atMs = parseTimestamp(cells[time] ?? '', UTC)
    if (Number.isNaN(atMs)) {
      problems.push(problem('supply-timestamp', { value: (cells[time] ?? '').slice(0, 64), ...at(i + 1, time + 1), suggestion: '2024-06-03T13:00:00Z' }))
      continue
    }
    const cell = (cells[col] ?? '').trim()
    const value = Number(cell)
    if (cell === '' || !(value >= 0) || (kind === 'share' && value > 100)) {
      problems.push(problem('supply-value', { value: cell.slice(0, 32), expected: kind === 'share' ? 'a share from 0 to 100 (%)' : `an energy ≥ 0 (${unit})`, ...at(i + 1, col + 1) }))
      continue
    }
    const hour = hourOf(atMs)
    if (kind === 'share' && hours.kWh.has(hour)) {
      problems.push(problem('supply-hour-twice', { hourMs: hour, ...at(i + 1, time + 1) }))
      continue
    }
    hours.add(hour, kind === 'share' ? value / 100 : value * factor)
    rows++
  }
  return { kind, hours: hours.kWh, rows }
}

interface Bundle {
  readonly production_starting_interval?: unknown
  readonly production_ending_interval?: unknown
  readonly bundle_quantity?: unknown
  readonly face_value?: unknown
  readonly certificate_status?: unknown
  readonly energy_source?: unknown
  readonly energy_carrier?: unknown
  readonly emissions_factor_production_device?: unknown
}

/** EnergyTag GC bundles (API v2 field names): energy = bundle_quantity x face_value Wh, over at most one hour, spread evenly. */
function readEnergyTag(text: string, file: string, problems: Problem[]): { supply: Omit<CfeSupply, 'file' | 'description'>; counted: number; skipped: number; skippedKWh: number } | undefined {
  const at = (field = FIELD): { pos: SourcePos; field: string } => ({ pos: filePos(file), field })
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    problems.push(problem('supply-json', { reason: (e as Error).message, ...at() }))
    return undefined
  }
  const bundles = Array.isArray(doc) ? doc : (doc as { granular_certificate_bundles?: unknown } | null)?.granular_certificate_bundles
  if (!Array.isArray(bundles)) {
    problems.push(problem('supply-no-bundles', at()))
    return undefined
  }
  const hours = new SupplyHours()
  let counted = 0
  let skipped = 0
  let skippedKWh = 0
  for (const [i, raw] of bundles.entries()) {
    const b = (raw ?? {}) as Bundle
    const where = `granular_certificate_bundles[${i}]`
    const start = typeof b.production_starting_interval === 'string' ? parseTimestamp(b.production_starting_interval, UTC) : NaN
    const end = typeof b.production_ending_interval === 'string' ? parseTimestamp(b.production_ending_interval, UTC) : NaN
    const quantity = b.bundle_quantity
    const faceWh = b.face_value
    if (Number.isNaN(start) || Number.isNaN(end) || typeof quantity !== 'number' || !(quantity >= 0) || typeof faceWh !== 'number' || !(faceWh > 0)) {
      problems.push(problem('supply-bundle-fields', { where, ...at(where) }))
      continue
    }
    if (!(end > start) || end - start > HOUR_MS) {
      problems.push(problem('supply-bundle-period', { where, start: String(b.production_starting_interval), end: String(b.production_ending_interval), ...at(`${where}.production_ending_interval`) }))
      continue
    }
    const kWh = (quantity * faceWh) / 1000
    if (!CLAIMED.has(String(b.certificate_status ?? '').toLowerCase())) {
      skipped++
      skippedKWh += kWh
      continue
    }
    const factor = b.emissions_factor_production_device
    const source = String(b.energy_source ?? '').toLowerCase()
    if (factor !== undefined && factor !== null && !(typeof factor === 'number' && factor >= 0)) {
      problems.push(problem('supply-bundle-factor', { where, ...at(`${where}.emissions_factor_production_device`) }))
      continue
    }
    if (!CARBON_FREE.has(source) && typeof factor !== 'number') {
      problems.push(problem('supply-bundle-source', { where, source: source.slice(0, 40), carbonFree: [...CARBON_FREE], ...at(`${where}.energy_source`) }))
      continue
    }
    if (b.energy_carrier !== undefined && String(b.energy_carrier).toLowerCase() !== 'electricity') {
      problems.push(problem('supply-bundle-carrier', { where, carrier: String(b.energy_carrier).slice(0, 40), ...at(`${where}.energy_carrier`) }))
      continue
    }
    const kgPerKWh = typeof factor === 'number' ? factor / 1000 : 0
    // The standard assumes an even production over the certificate's period: split at the hour boundary.
    for (let t = start; t < end; ) {
      const hour = hourOf(t)
      const next = Math.min(hour + HOUR_MS, end)
      const part = (kWh * (next - t)) / (end - start)
      hours.add(hour, part, part * kgPerKWh)
      t = next
    }
    counted++
  }
  return { supply: { kind: 'energy', hours: hours.kWh, ...(hours.kg.size > 0 ? { kgCO2eByHour: hours.kg } : {}) }, counted, skipped, skippedKWh }
}

/**
 * Reads `market.supply` into carbon-free kWh (or a matched share) per UTC hour start. Problems carry
 * the file, line and field; certificates not cancelled for the buyer are left out with a warning.
 */
export async function readCfeSupply(path: string, source: RepoSource, opts: { readonly maxLogBytes: number }): Promise<{ supply?: CfeSupply; problems: Problem[] }> {
  const stat = await source.stat(path)
  if (!stat) return { problems: [problem('supply-missing', { path, description: source.description, field: FIELD })] }
  if (stat.size > opts.maxLogBytes) {
    return { problems: [problem('supply-too-large', { path, bytes: stat.size, maxBytes: opts.maxLogBytes, field: FIELD })] }
  }
  let text: string
  try {
    text = await source.readText(path)
  } catch (e) {
    return { problems: [problem('supply-unreadable', { path, reason: (e as Error).message, field: FIELD })] }
  }
  const problems: Problem[] = []
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  let supply: CfeSupply | undefined
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const read = readEnergyTag(trimmed, path, problems)
    if (read) {
      if (read.skipped > 0) {
        problems.push(problem('supply-not-retired', { count: read.skipped, kWh: read.skippedKWh, file: path, field: FIELD, severity: 'warning' }))
      }
      supply = { ...read.supply, file: path, description: `${path}: EnergyTag granular certificates, ${read.counted} bundle(s) cancelled or claimed` }
    }
  } else {
    const read = readCsv(text, path, problems)
    if (read) supply = { kind: read.kind, hours: read.hours, file: path, description: `${path}: carbon-free ${read.kind === 'share' ? 'share matched' : 'energy'} per hour, ${read.rows} row(s)` }
  }
  if (!supply || problems.some((p) => p.severity === 'error')) return { problems }
  if (supply.hours.size === 0) return { problems: [...problems, problem('supply-no-hours', { path, file: path, field: FIELD })] }
  return { supply, problems }
}
