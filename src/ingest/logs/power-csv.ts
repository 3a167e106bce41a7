import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import type { PowerUnit } from '../../core/model.js'
import { parseTimestamp } from '../time.js'
import { newMinuteCache, parseTimestampCached, type LocalClock, type MinuteCache } from './local-time.js'
import { columnLayout, POWER_UNITS, powerHeader, TIME_NAMES, type ColumnLayout } from './power-columns.js'
import { DeviceSlots } from './nvidia-smi-scan.js'
import { SPACE } from './scan.js'
import { READ, readBatchLines, STOP } from './fast-lines.js'
import { newPowerFastState, type PowerCsvLayout, type PowerFastState } from './power-csv-fast.js'
import { badLine, badTime, ColumnsBuilder, type FastPathOptions, headerKey, isMissing, type LogReader, type ReadBatch, type ReadContext, splitCsv } from './reader.js'

/** What the general path keeps between lines. */
interface GeneralState {
  layout?: ColumnLayout
  /** The layout as the fast path takes it: one power column of a known unit. */
  fastLayout?: PowerCsvLayout
  readonly out: ColumnsBuilder
  // Devices as small integers (samples go out as columns: power logs are long), shared with the fast path.
  readonly slots: DeviceSlots
  readonly minute: MinuteCache
  readonly clock: LocalClock
  // Only the cells up to the last column read are cut out of each line, into one reused array.
  readonly cells: (string | undefined)[]
}


/** A power cell with its unit, if it carries one (`287.41 W`, `1.2 kW`, `350`). */
const POWER_CELL = /^\s*([^\s]*?)\s*(mW|kW|W)?\s*$/

/** Reads the layout from the first line: its names, or the manifest's mapping. */
function readLayout(s: GeneralState, line: string, lineNo: number, ctx: ReadContext): typeof READ | typeof STOP {
  const first = splitCsv(line)
  const isTime = (cell: string): boolean => !Number.isNaN(parseTimestamp(cell.trim(), s.clock))
  const found = columnLayout(first, ctx.spec.columns, ctx.spec.powerUnit, isTime, line)
  if (typeof found === 'string') {
    ctx.problems.push(problem('log-header', { reason: found, file: ctx.file, line: lineNo, field: ctx.spec.columns ? 'columns' : undefined }))
    return STOP
  }
  s.layout = found
  s.cells.length = Math.max(found.time, found.device, ...found.powers.map((p) => p.col)) + 1
  const only = found.powers.length === 1 ? found.powers[0]! : undefined
  if (only?.unit !== undefined) s.fastLayout = { time: found.time, power: only.col, device: found.device, factor: POWER_UNITS[only.unit] }
  // Headerless: the first line is a sample.
  return found.header === undefined ? generalLine(s, line, lineNo, ctx) : READ
}

/** Reads one line from its text: the header first, then samples; problems go to `ctx`. */
function generalLine(s: GeneralState, line: string, lineNo: number, ctx: ReadContext): typeof READ | typeof STOP {
  if (line.length === 0 || (line.charCodeAt(0) <= SPACE && line.trim() === '')) return READ
  const cols = s.layout
  if (cols === undefined) return readLayout(s, line, lineNo, ctx)
  // The header again (a tool restarted into the same file).
  if (line === cols.header) return READ
  const cells = s.cells
  const found = line.includes('"') ? splitInto(splitCsv(line), cells) : cellsInto(line, cells)
  const timeCell = cells[cols.time] ?? ''
  let atMs = NaN
  for (const power of cols.powers) {
    const powerCell = cells[power.col]
    if (powerCell === undefined || found <= power.col) {
      badLine(ctx, lineNo, `expected ${power.col + 1} or more cells, found ${found}`)
      return READ
    }
    if (isMissing(powerCell)) {
      ctx.missing++
      continue
    }
    const m = POWER_CELL.exec(powerCell)
    const unit = (m?.[2] as PowerUnit | undefined) ?? power.unit
    const watts = m && m[1] !== '' && unit !== undefined ? Number(m[1]) * POWER_UNITS[unit] : NaN
    if (m?.[2] !== undefined && power.unit !== undefined && m[2] !== power.unit) {
      badLine(ctx, lineNo, `power "${powerCell.trim()}" is in ${m[2]}, but the column is in ${power.unit}`)
      return READ
    }
    if (unit === undefined && m && m[1] !== '') {
      badLine(ctx, lineNo, `power "${powerCell.trim()}" has no unit, and neither has its column; set logs[].power-unit (mW, W or kW)`)
      return READ
    }
    if (!(watts >= 0)) {
      badLine(ctx, lineNo, `power "${powerCell}" is not a number of ${power.unit ?? 'W'}`)
      return READ
    }
    if (Number.isNaN(atMs)) {
      atMs = parseTimestampCached(timeCell.trim(), s.clock, s.minute, ctx.timeSeen)
      if (Number.isNaN(atMs)) {
        badTime(ctx, lineNo, timeCell, 'time')
        return READ
      }
    }
    const device = power.device ?? (cols.device >= 0 ? (cells[cols.device] ?? '').trim() : 'power')
    s.out.push(atMs, watts, s.slots.named(device))
  }
  return READ
}

function createRead(options: FastPathOptions): LogReader['read'] {
  return async function* readPowerCsv(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
    const s: GeneralState = { out: new ColumnsBuilder(), slots: new DeviceSlots(), minute: newMinuteCache(), clock: ctx.clock, cells: [] }
    let fast: PowerFastState | undefined
    // The fast path starts once the header has given a layout it takes.
    const scanner = (): PowerFastState | undefined => (fast ??= s.fastLayout && newPowerFastState(s.fastLayout, s.slots, s.clock, ctx.timeSeen, s.out))
    const general = (line: string, lineNo: number): typeof READ | typeof STOP => generalLine(s, line, lineNo, ctx)
    for await (const batch of lines) {
      if (!options.fastPath) {
        for (let i = 0; i < batch.lines.length; i++) if (generalLine(s, batch.lines[i]!, batch.firstLine + i, ctx) === STOP) return
      } else {
        if (readBatchLines(batch, scanner, general) === STOP) return
        if (options.stats) options.stats.fastLines = fast?.lines ?? 0
      }
      if (s.out.count > 0) yield { columns: s.out.take(s.slots.names) }
    }
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

function sniff(head: readonly string[]): boolean {
  const first = head.find((l) => l.trim() !== '')
  if (first === undefined || first.trimStart().startsWith('{')) return false
  const cells = splitCsv(first)
  return cells.some((c) => TIME_NAMES.includes(headerKey(c))) && cells.some((c) => powerHeader(c) !== undefined)
}

/**
 * The power-csv reader with options. Lines of plain cells with ISO or Unix times are read from
 * their bytes on a fast path; other lines go through the general path, which gives
 * the same result.
 */
export function createPowerCsvReader(options: FastPathOptions): LogReader {
  return { format: 'power-csv', sniff, read: createRead(options) }
}

/** A plain CSV of power samples: a time column, a power column in W (or as the header says), an optional device. */
export const powerCsvReader: LogReader = createPowerCsvReader({ fastPath: true })

/**
 * The reader with its fast path off: every line read as text. For tests that check the fast path
 * gives the same samples, problems and counts.
 * @internal
 */
export const powerCsvGeneralReader: LogReader = createPowerCsvReader({ fastPath: false })
