import { problem, type Problem } from '../../core/errors.js'
import type { LogFormat, LogSpec } from '../../core/model.js'
import type { EnergySegment, PowerSample, SampleColumns } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { explainTimestamp, type TimeSeen } from '../time.js'
import type { LocalClock } from './local-time.js'

/** What a reader hands the fold per batch of lines. */
export interface ReadBatch {
  readonly samples?: readonly PowerSample[]
  /** Samples without an object each (large logs); folded after `samples`. Valid until the next batch is read. */
  readonly columns?: SampleColumns
  /** Energy known over an interval (counters, CodeCarbon runs). */
  readonly segments?: readonly EnergySegment[]
}

/** Side results of a read: problems and facts that are not samples. Readers mutate it. */
export interface ReadContext {
  readonly file: string
  readonly spec: LogSpec
  readonly clock: LocalClock
  readonly problems: Problem[]
  /** Values that say "no reading" (`[N/A]`, `[Not Supported]`, `NaN`, `-`, empty): skipped, counted. */
  missing: number
  /** Lines with an error; after `MAX_LINE_PROBLEMS` only counted. */
  badLines: number
  /** CodeCarbon: its energy already includes its PUE. */
  facilityIncluded: boolean
  reported?: { emissionsKgCO2e?: number; intensityKgPerKWh?: number; tool: string }
  /** How the file was read, for the report (`CodeCarbon: 3 runs from 12 rows`, `energy from the DCGM counter`). */
  readonly notes: string[]
  /** The Unix time units met, for the report (times are told apart by magnitude). */
  readonly timeSeen: TimeSeen
  /** Warnings that are not about one line (`the DCGM energy counter reset 2 times`). */
  readonly warnings: string[]
}

/** A fresh context for reading `file`. */
export function newReadContext(file: string, spec: LogSpec, clock: LocalClock): ReadContext {
  return { file, spec, clock, problems: [], missing: 0, badLines: 0, facilityIncluded: false, notes: [], warnings: [], timeSeen: { unixUnits: 0 } }
}

/** One log format. */
export interface LogReader {
  readonly format: LogFormat
  /** Whether the first lines (and the path) look like this format. */
  sniff(head: readonly string[], path: string): boolean
  read(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncIterable<ReadBatch>
  /** Reads lines longer than LONG_LINE_BYTES, given in pieces (`LineBatch.continues`): a one-line JSON document. */
  readonly longLines?: boolean
}

/** How a reader with a byte-level fast path reads: the same for every such format. */
export interface FastPathOptions {
  /** False reads every line on the general path (tests compare the two). */
  readonly fastPath: boolean
  /** Counts the lines read on the fast path, when given. */
  readonly stats?: { fastLines: number }
}

/** Bad lines reported in full per file; more are counted in one closing problem. */
export const MAX_LINE_PROBLEMS = 10

/** Records a time cell that is not of the timestamp grammar, with the user's value converted where it can be. */
export function badTime(ctx: ReadContext, line: number, cell: string, column: string, col?: number): void {
  const why = explainTimestamp(cell)
  badLine(ctx, line, `${column}: ${why.message}`, { ...(col !== undefined ? { col } : {}), ...(why.suggestion !== undefined ? { suggestion: why.suggestion } : {}) })
}

/** Records a bad line as an error at its position. */
export function badLine(ctx: ReadContext, line: number, message: string, extra: { col?: number; suggestion?: string } = {}): void {
  ctx.badLines++
  if (ctx.badLines > MAX_LINE_PROBLEMS) return
  ctx.problems.push(
    problem('log-line', { reason: message, file: ctx.file, line, col: extra.col, suggestion: extra.suggestion }),
  )
}

/** A cell that means "no reading" rather than a bad value. */
export function isMissing(cell: string): boolean {
  const t = cell.trim()
  return t === '' || t === '-' || t === 'NaN' || t === 'nan' || (t.startsWith('[') && t.endsWith(']'))
}

/** Splits one CSV line, honouring double quotes (pandas quotes cells with commas). */
export function splitCsv(line: string): string[] {
  if (!line.includes('"')) return line.split(',')
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      cells.push(cell)
      cell = ''
    } else cell += c
  }
  cells.push(cell)
  return cells
}

/** Normalizes a header cell for matching: lower case, no unit in brackets, no surrounding space. */
export function headerKey(cell: string): string {
  return cell.trim().replace(/^\uFEFF/, '').replace(/\s*\[[^\]]*\]\s*$/, '').toLowerCase()
}

/** The unit in brackets of a header cell (`power.draw [W]` → `W`). */
export function headerUnit(cell: string): string | undefined {
  return /\[([^\]]+)\]\s*$/.exec(cell)?.[1]?.trim()
}

/** Iterates the lines of batches with their numbers; for readers of small files. */
export function* numbered(batch: LineBatch): Generator<[string, number]> {
  for (let i = 0; i < batch.lines.length; i++) yield [batch.lines[i]!, batch.firstLine + i]
}

/** Collects samples as columns in reused memory, growing as needed; `take` hands them out. */
export class ColumnsBuilder {
  private atMs: Float64Array
  private watts: Float64Array
  private device: Uint32Array
  count = 0

  constructor(capacity = 1024) {
    this.atMs = new Float64Array(capacity)
    this.watts = new Float64Array(capacity)
    this.device = new Uint32Array(capacity)
  }

  push(atMs: number, watts: number, device: number): void {
    if (this.count === this.atMs.length) this.grow(this.count * 2)
    this.atMs[this.count] = atMs
    this.watts[this.count] = watts
    this.device[this.count] = device
    this.count++
  }

  /**
   * The columns so far, naming devices by `devices`; the builder starts afresh and reuses their
   * memory, so they are valid until the next `push` (a reader yields them and the consumer folds
   * them before asking for more). Reuse keeps a long read from churning through buffers.
   */
  take(devices: readonly string[]): SampleColumns {
    const columns: SampleColumns = { count: this.count, atMs: this.atMs, watts: this.watts, device: this.device, devices }
    this.count = 0
    return columns
  }

  private grow(capacity: number): void {
    const atMs = new Float64Array(capacity)
    const watts = new Float64Array(capacity)
    const device = new Uint32Array(capacity)
    atMs.set(this.atMs)
    watts.set(this.watts)
    device.set(this.device)
    this.atMs = atMs
    this.watts = watts
    this.device = device
  }
}

/** The samples of a batch as objects (`samples`, then the rows of `columns`); for tests and small logs. */
export function batchSamples(batch: ReadBatch): PowerSample[] {
  const out = [...(batch.samples ?? [])]
  const c = batch.columns
  if (c) for (let i = 0; i < c.count; i++) out.push({ atMs: c.atMs[i]!, watts: c.watts[i]!, device: c.devices[c.device[i]!]! })
  return out
}
