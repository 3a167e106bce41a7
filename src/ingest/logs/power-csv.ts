import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import { newMinuteCache, parseTimestampCached } from './local-time.js'
import { badLine, ColumnsBuilder, headerKey, headerUnit, isMissing, splitCsv, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

export const TIME_NAMES = ['timestamp', 'time', 'ts', 'datetime', 'date', 'time_utc']
export const DEVICE_NAMES = ['device', 'gpu', 'index', 'uuid', 'gpu_index', 'gpu_uuid']
const POWER_FACTORS: Readonly<Record<string, number>> = {
  watts: 1, watt: 1, power: 1, power_w: 1, power_watts: 1, powerw: 1, w: 1, power_kw: 1000, kw: 1000, power_mw: 1e-3,
}
const UNIT_FACTORS: Readonly<Record<string, number>> = { mW: 1e-3, W: 1, kW: 1e3 }

/** The factor to watts of a power column header (`watts`, `power [kW]`, `power_kw`), or a message. */
export function powerFactor(cell: string): number | string | undefined {
  const key = headerKey(cell)
  const base = POWER_FACTORS[key]
  if (base === undefined) return undefined
  const unit = headerUnit(cell)
  if (unit === undefined) return base
  const factor = UNIT_FACTORS[unit]
  return factor ?? `power column "${cell.trim()}" has unit "${unit}"; expected W, kW or mW`
}

async function* readPowerCsv(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  let cols: { time: number; power: number; factor: number; device: number } | undefined
  // Samples go out as columns (no object per line) with devices as small integers: power logs are long.
  const out = new ColumnsBuilder()
  const devices: string[] = []
  const slots = new Map<string, number>()
  const slotOf = (name: string): number => {
    let slot = slots.get(name)
    if (slot === undefined) {
      slot = devices.push(name) - 1
      slots.set(name, slot)
    }
    return slot
  }
  const minute = newMinuteCache()
  // Only the cells up to the last column we read are cut out of each line, into one reused array.
  const cells: (string | undefined)[] = []
  for await (const batch of lines) {
    for (let i = 0; i < batch.lines.length; i++) {
      const line = batch.lines[i]!
      const lineNo = batch.firstLine + i
      if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '')) continue
      if (cols === undefined) {
        const header = splitCsv(line)
        const keys = header.map(headerKey)
        const time = keys.findIndex((k) => TIME_NAMES.includes(k))
        const power = header.findIndex((c) => powerFactor(c) !== undefined)
        const factor = power >= 0 ? powerFactor(header[power]!) : undefined
        if (time < 0 || power < 0 || typeof factor !== 'number') {
          const why = typeof factor === 'string' ? factor : `expected a header with a time column (${TIME_NAMES.join(', ')}) and a power column (watts, power [W], power_kw)`
          ctx.problems.push(problem('log', why, { pos: { file: ctx.file, line: lineNo, col: 1 } }))
          return
        }
        cols = { time, power, factor, device: keys.findIndex((k) => DEVICE_NAMES.includes(k)) }
        cells.length = Math.max(time, power, cols.device) + 1
        continue
      }
      const found = line.includes('"') ? splitInto(splitCsv(line), cells) : cellsInto(line, cells)
      const powerCell = cells[cols.power]
      const timeCell = cells[cols.time] ?? ''
      if (powerCell === undefined || found <= cols.power) {
        badLine(ctx, lineNo, `expected ${cols.power + 1} or more cells, found ${found}`)
        continue
      }
      if (isMissing(powerCell)) {
        ctx.missing++
        continue
      }
      const watts = Number(powerCell) * cols.factor
      const atMs = parseTimestampCached(timeCell.trim(), ctx.clock, minute)
      if (!(watts >= 0)) {
        badLine(ctx, lineNo, `power "${powerCell}" is not a number of W`)
        continue
      }
      if (Number.isNaN(atMs)) {
        badLine(ctx, lineNo, `timestamp "${timeCell}" is not ISO 8601 or Unix seconds/ms`, { suggestion: '2025-03-14T09:26:53Z' })
        continue
      }
      out.push(atMs, watts, slotOf(cols.device >= 0 ? (cells[cols.device] ?? '').trim() : 'power'))
    }
    if (out.count > 0) yield { columns: out.take(devices) }
  }
}

/** Cuts the first `cells.length` comma-separated cells of an unquoted line into `cells`; returns how many there were. */
function cellsInto(line: string, cells: (string | undefined)[]): number {
  let start = 0
  for (let i = 0; i < cells.length; i++) {
    if (start > line.length) {
      cells[i] = undefined
      continue
    }
    const comma = line.indexOf(',', start)
    const end = comma < 0 ? line.length : comma
    cells[i] = line.slice(start, end)
    start = comma < 0 ? line.length + 1 : comma + 1
  }
  return start > line.length ? cells.filter((c) => c !== undefined).length : cells.length
}

/** Copies split cells into the reused array. */
function splitInto(all: readonly string[], cells: (string | undefined)[]): number {
  for (let i = 0; i < cells.length; i++) cells[i] = all[i]
  return all.length
}

/** A plain CSV of power samples: a time column, a power column in W (or as the header says), an optional device. */
export const powerCsvReader: LogReader = {
  format: 'power-csv',
  sniff(head) {
    const first = head.find((l) => l.trim() !== '')
    if (first === undefined || first.trimStart().startsWith('{')) return false
    const cells = splitCsv(first)
    return cells.some((c) => TIME_NAMES.includes(headerKey(c))) && cells.some((c) => powerFactor(c) !== undefined)
  },
  read: readPowerCsv,
}
