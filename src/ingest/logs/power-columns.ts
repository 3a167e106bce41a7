import type { ColumnRef, LogColumns, PowerUnit } from '../../core/model.js'
import { nearest } from '../../core/units.js'
import { headerKey } from './reader.js'

// Which cells of a power CSV hold the time, the power and the device: from the header's names as
// people write them, or from the manifest's `columns` mapping (names or 1-based positions). Never
// a guess: two candidate power columns, or a headerless file without a mapping, are errors.

export const TIME_NAMES = ['timestamp', 'time', 'ts', 'datetime', 'date', 'time_utc']
export const DEVICE_NAMES = ['device', 'gpu', 'index', 'uuid', 'gpu_index', 'gpu_uuid']

/** Factors to W of the units a power column or cell may carry. */
export const POWER_UNITS: Readonly<Record<PowerUnit, number>> = { mW: 1e-3, W: 1, kW: 1e3 }

// Spellings of each unit (`Power(W)`, `power_W`, `power [kW]`, `power_mw`); `MW` (megawatts) is
// not one: no single device draws it, so it is a slip to report.
const UNIT_SPELLINGS: Readonly<Record<string, PowerUnit>> = {
  w: 'W', watt: 'W', watts: 'W', kw: 'kW', kilowatt: 'kW', kilowatts: 'kW', mw: 'mW', milliwatt: 'mW', milliwatts: 'mW',
}
const unitOf = (text: string): PowerUnit | undefined => (text === 'MW' ? undefined : UNIT_SPELLINGS[text.toLowerCase()])

// Names of a power column, after the unit is taken off, lower case, separators as one space.
const POWER_NAMES: Readonly<Record<string, PowerUnit | undefined>> = {
  power: undefined, 'power draw': undefined, 'power usage': undefined, 'power consumption': undefined,
  'power draw average': undefined, 'power draw instant': undefined, watts: 'W', watt: 'W', w: 'W', powerw: 'W', kw: 'kW', mw: 'mW',
}

/** What a header cell says of power: not a power column, one with a unit (or none said), or a unit that is not one. */
export type PowerHeader = { readonly unit?: PowerUnit } | { readonly badUnit: string } | undefined

/**
 * Reads a header cell as a power column: `watts`, `power [W]`, `Power(W)`, `Power Draw (W)`,
 * `power_W`, `power_kw`, `power.draw [W]`.
 */
export function powerHeader(cell: string): PowerHeader {
  let name = cell.trim().replace(/^\uFEFF/, '')
  let unitText: string | undefined
  const bracket = /^(.*?)\s*[[(]\s*([^\])]*?)\s*[\])]\s*$/.exec(name)
  if (bracket) {
    name = bracket[1]!
    unitText = bracket[2]!
  } else {
    const suffix = /^(.*?)[\s_.-]+([a-z]+)$/i.exec(name)
    if (suffix && suffix[1]!.toLowerCase().replace(/[\s_.-]+/g, ' ') in POWER_NAMES && (unitOf(suffix[2]!) || suffix[2] === 'MW')) {
      name = suffix[1]!
      unitText = suffix[2]!
    }
  }
  const key = name.toLowerCase().replace(/[\s_.-]+/g, ' ').trim()
  if (!(key in POWER_NAMES)) return undefined
  const implied = POWER_NAMES[key]
  if (unitText === undefined) return implied === undefined ? {} : { unit: implied }
  const unit = unitOf(unitText)
  if (unit === undefined || (implied !== undefined && implied !== unit)) return { badUnit: unitText }
  return { unit }
}

/** One power column to read: its 0-based position, its unit (undefined: from the cells), the device it is. */
export interface PowerColumn {
  readonly col: number
  readonly unit?: PowerUnit
  /** The device of this column's readings; undefined: from the device column (or one unnamed device). */
  readonly device?: string
}

/** Where the cells a power CSV reader needs sit in a line (0-based). */
export interface ColumnLayout {
  readonly time: number
  readonly powers: readonly PowerColumn[]
  /** -1: none. */
  readonly device: number
  /** The header line as written (a repeat of it later in the file is skipped), or undefined when headerless. */
  readonly header?: string
}

/** Looks a mapped column up: a name in the header, or a 1-based position. */
function resolve(ref: ColumnRef, field: string, header: readonly string[] | undefined, width: number): number | string {
  if (typeof ref === 'number') {
    return ref <= width ? ref - 1 : `columns.${field} is column ${ref}, but line 1 has ${width} cells`
  }
  if (header === undefined) return `columns.${field} names "${ref}", but the file has no header; give its 1-based position`
  const keys = header.map((h) => h.trim().replace(/^\uFEFF/, ''))
  const exact = keys.indexOf(ref)
  if (exact >= 0) return exact
  const loose = keys.findIndex((k) => k.toLowerCase() === ref.toLowerCase())
  if (loose >= 0) return loose
  const near = nearest(ref, keys)
  return `columns.${field} names "${ref}", which is not in the header (${keys.join(', ')})${near ? `; did you mean "${near}"?` : ''}`
}

/**
 * The unit of power column `col`: the header's (`power [kW]`, `Power(W)`, `watts`), else the
 * manifest's `power-unit`, else W for a column named as power (`power`, `Power Draw`), as the
 * formats page says; headerless without power-unit: undefined, each cell must carry its unit.
 */
function columnUnit(header: readonly string[] | undefined, col: number, powerUnit: PowerUnit | undefined): { unit?: PowerUnit } | { error: string } {
  const cell = header?.[col]?.trim()
  const said = cell === undefined ? undefined : powerHeader(cell)
  if (said && 'badUnit' in said) return { error: `power column "${cell}" has unit "${said.badUnit}"; expected W, kW or mW` }
  if (said?.unit !== undefined && powerUnit !== undefined && said.unit !== powerUnit) {
    return { error: `power-unit is ${powerUnit} but the header "${cell}" says ${said.unit}; remove power-unit or fix the header` }
  }
  const unit = said?.unit ?? powerUnit ?? (said !== undefined ? 'W' : undefined)
  return unit === undefined ? {} : { unit }
}

/**
 * The layout of a power CSV from its first line: a header read by names, or (with a mapping) the
 * columns the manifest names. With a mapping of positions only, the first line is a header when
 * its time cell is not a time (`isTime`).
 * @returns the layout, or a message for an error at line 1.
 */
export function columnLayout(
  first: readonly string[],
  mapping: LogColumns | undefined,
  powerUnit: PowerUnit | undefined,
  isTime: (cell: string) => boolean,
  firstLine: string,
): ColumnLayout | string {
  if (mapping === undefined) return layoutFromNames(first, powerUnit, firstLine)
  const refs = [mapping.time, mapping.device, ...(mapping.power ?? [])]
  const named = refs.some((r) => typeof r === 'string')
  const timeAt = typeof mapping.time === 'number' ? mapping.time - 1 : -1
  const hasHeader = named || (timeAt >= 0 && !isTime(first[timeAt] ?? ''))
  const header = hasHeader ? first : undefined
  const byName = header ? layoutFromNames(header, powerUnit, firstLine) : undefined
  const pick = (ref: ColumnRef | undefined, field: string, fallback: number | undefined): number | string => {
    if (ref !== undefined) return resolve(ref, field, header, first.length)
    if (fallback !== undefined && fallback >= 0) return fallback
    return `give columns.${field}: ${header ? 'the header names none this reader knows' : 'the file has no header'}`
  }
  const fromNames = typeof byName === 'object' ? byName : undefined
  const time = pick(mapping.time, 'time', fromNames?.time ?? (header ? header.findIndex((h) => TIME_NAMES.includes(headerKey(h))) : undefined))
  if (typeof time === 'string') return time
  const powerRefs = mapping.power ?? []
  if (powerRefs.length > 1 && mapping.device !== undefined) return 'columns.power lists several columns, one device each: columns.device does not apply; remove it'
  const device = powerRefs.length > 1 ? -1 : mapping.device !== undefined ? pick(mapping.device, 'device', undefined) : (fromNames?.device ?? -1)
  if (typeof device === 'string') return device
  const powers: PowerColumn[] = []
  if (powerRefs.length === 0) {
    if (fromNames === undefined) return typeof byName === 'string' ? byName : 'give columns.power: the file has no header'
    powers.push(...fromNames.powers)
  }
  for (const ref of powerRefs) {
    const col = resolve(ref, 'power', header, first.length)
    if (typeof col === 'string') return col
    const unit = columnUnit(header, col, powerUnit)
    if ('error' in unit) return unit.error
    const name = header ? header[col]!.trim() : `column ${col + 1}`
    powers.push({ col, ...unit, ...(powerRefs.length > 1 ? { device: name } : {}) })
  }
  return { time, powers, device, ...(header ? { header: firstLine } : {}) }
}

/** The layout of a header by its names alone; several candidate power columns are an error. */
function layoutFromNames(header: readonly string[], powerUnit: PowerUnit | undefined, firstLine: string): ColumnLayout | string {
  const keys = header.map(headerKey)
  const time = keys.findIndex((k) => TIME_NAMES.includes(k))
  const candidates = header.flatMap((c, i) => (powerHeader(c) !== undefined ? [i] : []))
  const seen = header.map((c) => c.trim()).join(', ')
  if (time < 0 || candidates.length === 0) {
    return `expected a header with a time column (${TIME_NAMES.join(', ')}) and a power column (watts, power [W], Power(W), power_kw), found ${seen}; or map the columns with logs[].columns`
  }
  if (candidates.length > 1) {
    const names = candidates.map((i) => `"${header[i]!.trim()}"`).join(', ')
    return `${candidates.length} columns could be the power (${names}); set logs[].columns.power to one of them, or to a list of them (one device per column)`
  }
  const col = candidates[0]!
  const unit = columnUnit(header, col, powerUnit)
  if ('error' in unit) return unit.error
  return { time, powers: [{ col, ...unit }], device: keys.findIndex((k) => DEVICE_NAMES.includes(k)), header: firstLine }
}
