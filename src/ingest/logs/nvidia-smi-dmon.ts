import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import { parseTimestamp } from '../time.js'
import { READ, readBatchLines, STOP } from './fast-lines.js'
import { newDmonFastState, type DmonFastState } from './nvidia-smi-dmon-fast.js'
import { DeviceSlots } from './nvidia-smi-scan.js'
import { badLine, ColumnsBuilder, type FastPathOptions, isMissing, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

interface Columns {
  readonly date: number
  readonly time: number
  readonly gpu: number
  readonly pwr: number
}

function columnsOf(nameLine: string): Columns {
  // `#Date Time gpu pwr ...` or `# gpu pwr ...`: the '#' may stand alone or prefix the first name.
  const names = nameLine.slice(1).trim().split(/\s+/).map((n) => n.toLowerCase())
  return { date: names.indexOf('date'), time: names.indexOf('time'), gpu: names.indexOf('gpu'), pwr: names.indexOf('pwr') }
}

/** What the general path keeps between lines. */
interface DmonState {
  cols?: Columns
  poll: number
  lastGpu: number
  readonly out: ColumnsBuilder
  // Devices as small integers (samples go out as columns), shared with the fast path.
  readonly slots: DeviceSlots
}

/** Reads one line from its text: a `#` header line, or a sample; problems go to `ctx`. */
function generalLine(s: DmonState, line: string, lineNo: number, ctx: ReadContext): typeof READ | typeof STOP {
  const { startMs, intervalS } = ctx.spec
  if (line.trim() === '') return READ
  if (line.startsWith('#')) {
    // The first of each pair of header lines names the columns; the second gives units.
    const found = columnsOf(line)
    if (found.pwr >= 0) {
      s.cols = found
      if (found.date < 0 || found.time < 0) {
        if (startMs === undefined || intervalS === undefined) {
          ctx.problems.push(problem('dmon-no-timestamps', { file: ctx.file, line: lineNo, field: 'logs.start' }))
          return STOP
        }
      }
    }
    return READ
  }
  const cols = s.cols
  if (cols === undefined) {
    badLine(ctx, lineNo, 'a data line before the "# gpu pwr ..." header line')
    return READ
  }
  const cells = line.trim().split(/\s+/)
  const pwr = cells[cols.pwr]
  const gpu = cols.gpu >= 0 ? (cells[cols.gpu] ?? '') : '0'
  if (pwr === undefined) {
    badLine(ctx, lineNo, `expected a pwr value in column ${cols.pwr + 1}, found ${cells.length} columns`)
    return READ
  }
  let atMs: number
  if (cols.date >= 0 && cols.time >= 0) {
    // `YYYYMMDD HH:MM:SS`, local time: a form of the shared grammar.
    const text = `${cells[cols.date] ?? ''} ${cells[cols.time] ?? ''}`
    atMs = /^\d{8} \d{2}:\d{2}:\d{2}$/.test(text) ? parseTimestamp(text, ctx.clock) : NaN
    if (Number.isNaN(atMs)) {
      badLine(ctx, lineNo, `date and time "${text}" are not YYYYMMDD HH:MM:SS`)
      return READ
    }
  } else {
    // Without timestamps each poll prints one row per GPU in index order: a GPU index that
    // does not grow starts the next poll.
    const index = Number(gpu)
    if (!(index > s.lastGpu)) s.poll++
    s.lastGpu = index
    atMs = startMs! + s.poll * intervalS! * 1000
  }
  if (isMissing(pwr)) {
    ctx.missing++
    return READ
  }
  const watts = Number(pwr)
  if (!(watts >= 0)) {
    badLine(ctx, lineNo, `pwr "${pwr}" is not a power in W`)
    return READ
  }
  s.out.push(atMs, watts, s.slots.named(gpu))
  return READ
}

function createRead(options: FastPathOptions): LogReader['read'] {
  return async function* readDmon(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
    const s: DmonState = { poll: -1, lastGpu: Infinity, out: new ColumnsBuilder(), slots: new DeviceSlots() }
    // The fast path follows the header in force (a restart into the file may bring another).
    let fast: DmonFastState | undefined
    const scanner = (): DmonFastState | undefined => {
      const cols = s.cols
      if (cols === undefined || cols.date < 0 || cols.time < 0) return undefined
      if (fast?.layout !== cols) fast = newDmonFastState(cols, s.slots, s.out, ctx.clock, ctx, fast?.lines ?? 0)
      return fast
    }
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

const sniff = (head: readonly string[]): boolean => {
  const first = head.find((l) => l.trim() !== '')
  return first !== undefined && /^#\s*(gpu|date)\b/i.test(first) && /\bpwr\b/.test(first)
}

/**
 * The dmon reader with options. With `-o DT`, plain lines are read from their bytes on a fast
 * path (nvidia-smi-dmon-fast.ts); other lines go through the general path, which gives the same result.
 */
export function createDmonReader(options: FastPathOptions): LogReader {
  return { format: 'nvidia-smi-dmon', sniff, read: createRead(options) }
}

/**
 * The reader with its fast path off. For tests that check the fast path gives the same samples,
 * problems and counts.
 * @internal
 */
export const nvidiaSmiDmonGeneralReader: LogReader = createDmonReader({ fastPath: false })

/** `nvidia-smi dmon` text logs, with `-o DT` timestamps or an explicit start and interval. */
export const nvidiaSmiDmonReader: LogReader = createDmonReader({ fastPath: true })
