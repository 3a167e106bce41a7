import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import { newMinuteCache, parseTimestampCached, type LocalClock, type MinuteCache } from './local-time.js'
import { DeviceSlots, decode } from './nvidia-smi-scan.js'
import { newPowerFastState, scanPowerLines, type PowerCsvLayout, type PowerFastState } from './power-csv-fast.js'
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

/** Options of `createPowerCsvReader`. */
export interface PowerCsvOptions {
  /** False reads every line on the general path (tests compare the two). */
  readonly fastPath: boolean
  /** Counts the lines read on the fast path, when given. */
  readonly stats?: { fastLines: number }
}

/** What the general path keeps between lines. */
interface GeneralState {
  layout?: PowerCsvLayout
  readonly out: ColumnsBuilder
  // Devices as small integers (samples go out as columns: power logs are long), shared with the fast path.
  readonly slots: DeviceSlots
  readonly minute: MinuteCache
  readonly clock: LocalClock
  // Only the cells up to the last column read are cut out of each line, into one reused array.
  readonly cells: (string | undefined)[]
}

/** What `generalLine` says of a line: read (or skipped), or the end of the read (a bad header). */
const READ = 0
const STOP = 1

/** Reads one line from its text: the header first, then samples; problems go to `ctx`. */
function generalLine(s: GeneralState, line: string, lineNo: number, ctx: ReadContext): typeof READ | typeof STOP {
  if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim() === '')) return READ
  const cols = s.layout
  if (cols === undefined) {
    const header = splitCsv(line)
    const keys = header.map(headerKey)
    const time = keys.findIndex((k) => TIME_NAMES.includes(k))
    const power = header.findIndex((c) => powerFactor(c) !== undefined)
    const factor = power >= 0 ? powerFactor(header[power]!) : undefined
    if (time < 0 || power < 0 || typeof factor !== 'number') {
      const why = typeof factor === 'string' ? factor : `expected a header with a time column (${TIME_NAMES.join(', ')}) and a power column (watts, power [W], power_kw)`
      ctx.problems.push(problem('log', why, { pos: { file: ctx.file, line: lineNo, col: 1 } }))
      return STOP
    }
    s.layout = { time, power, factor, device: keys.findIndex((k) => DEVICE_NAMES.includes(k)) }
    s.cells.length = Math.max(time, power, s.layout.device) + 1
    return READ
  }
  const cells = s.cells
  const found = line.includes('"') ? splitInto(splitCsv(line), cells) : cellsInto(line, cells)
  const powerCell = cells[cols.power]
  const timeCell = cells[cols.time] ?? ''
  if (powerCell === undefined || found <= cols.power) {
    badLine(ctx, lineNo, `expected ${cols.power + 1} or more cells, found ${found}`)
    return READ
  }
  if (isMissing(powerCell)) {
    ctx.missing++
    return READ
  }
  const watts = Number(powerCell) * cols.factor
  const atMs = parseTimestampCached(timeCell.trim(), s.clock, s.minute)
  if (!(watts >= 0)) {
    badLine(ctx, lineNo, `power "${powerCell}" is not a number of W`)
    return READ
  }
  if (Number.isNaN(atMs)) {
    badLine(ctx, lineNo, `timestamp "${timeCell}" is not ISO 8601 or Unix seconds/ms`, { suggestion: '2025-03-14T09:26:53Z' })
    return READ
  }
  s.out.push(atMs, watts, s.slots.named(cols.device >= 0 ? (cells[cols.device] ?? '').trim() : 'power'))
  return READ
}

function createRead(options: PowerCsvOptions): LogReader['read'] {
  return async function* readPowerCsv(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
    const s: GeneralState = { out: new ColumnsBuilder(), slots: new DeviceSlots(), minute: newMinuteCache(), clock: ctx.clock, cells: [] }
    let fast: PowerFastState | undefined
    let fastLines = 0
    for await (const batch of lines) {
      if (!options.fastPath) {
        for (let i = 0; i < batch.lines.length; i++) if (generalLine(s, batch.lines[i]!, batch.firstLine + i, ctx) === STOP) return
      } else {
        // Lines are found in the bytes; a line the fast path leaves is decoded and read as text.
        const b = batch.bytes
        const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
        const length = b.length
        let pos = 0
        let index = 0
        while (pos < length) {
          if (fast !== undefined) {
            // Each line the fast path reads is a sample (it leaves [N/A] and bad lines to the general path).
            const before = s.out.count
            pos = scanPowerLines(fast, b, view, pos, length, s.out)
            index += s.out.count - before
            fastLines += s.out.count - before
            if (pos >= length) break
          }
          const nl = b.indexOf(10, pos)
          let end = nl < 0 ? length : nl
          if (end > pos && b[end - 1] === 13) end--
          if (generalLine(s, decode(b, pos, end), batch.firstLine + index, ctx) === STOP) return
          pos = nl < 0 ? length : nl + 1
          index++
          if (s.layout !== undefined) fast ??= newPowerFastState(s.layout, s.slots)
        }
        batch.reportLineCount(index)
        if (options.stats) options.stats.fastLines = fastLines
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
  return cells.some((c) => TIME_NAMES.includes(headerKey(c))) && cells.some((c) => powerFactor(c) !== undefined)
}

/**
 * The power-csv reader with options. Lines of plain cells with UTC ISO times (`…T09:26:53.107Z`)
 * are read from their bytes on a fast path; other lines go through the general path, which gives
 * the same result.
 */
export function createPowerCsvReader(options: PowerCsvOptions): LogReader {
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
