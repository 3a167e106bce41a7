import { problem } from '../../core/errors.js'
import type { EnergySegment } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { parseTimestamp } from '../time.js'
import { fastRow, KEY_COLUMNS, newFastRows, rememberKey, sameKey, type FastRows } from './codecarbon-fast.js'
import { badLine, badTime, isMissing, splitCsv, type LogReader, type ReadBatch, type ReadContext } from './reader.js'
import { READ, readBatchLines, STOP, type FastScanner } from './fast-lines.js'
import { decode } from './scan.js'
import { J_PER_KWH } from '../../core/units.js'

/** Lines named in full in a warning; more are counted. */
const LINES_NAMED = 5

/**
 * The last row seen of one run (or one part of a run, after a reset). CodeCarbon's rows are
 * cumulative: each flush (`api_call_interval`, `flush()`, `stop()`) appends the run's totals so
 * far, so only the last row of a run in time order counts; the rows before it are folded into it.
 */
interface RunState {
  readonly label: string
  part: number
  endMs: number
  durationS: number
  energyKWh: number
  emissionsKg: number
  line: number
}

/** What the reader keeps while streaming: the header, the open runs, and counts for the report. */
interface CodeCarbonState {
  index?: Map<string, number>
  width: number
  readonly runs: Map<string, RunState>
  rows: number
  parts: number
  emissionsKg: number
  energyKWh: number
  /** The first few restarts, in full; `resetCount` counts them all. */
  readonly resets: string[]
  resetCount: number
  readonly emptyLines: number[]
  /** Whether rows may be read on the fast path (off: the general path alone, for tests). */
  readonly fastPath: boolean
  /** Set once the header is read: where the fast path finds its cells. */
  fast?: FastRows | undefined
  /** The fast path's scanner (made with `fast`), and the number of the next line it reads. */
  scanner?: FastScanner | undefined
  nextLine: number
  /** The run of the last row read on the fast path (undefined: a row of its own). */
  key?: string | undefined
}

const REQUIRED = ['timestamp', 'duration', 'energy_consumed'] as const

/**
 * The run a row belongs to: its `run_id` (2.x, 3.x), else `experiment_id` + `project_name` (1.x
 * writes a fresh experiment_id per tracker and no run_id), else none: the row is a run of its own.
 * A task file (`task_name`) holds one row per task of a run: each task is its own entry.
 */
function runKey(cell: (name: string) => string): string | undefined {
  const task = cell('task_name').trim()
  const run = cell('run_id').trim()
  if (run !== '') return task === '' ? run : `${run}/${task}`
  const experiment = cell('experiment_id').trim()
  const project = cell('project_name').trim()
  if (experiment !== '') return project === '' ? experiment : `${project}/${experiment}`
  return task === '' ? undefined : task
}

function segmentOf(run: RunState): EnergySegment {
  const name = run.part > 1 ? `${run.label} (part ${run.part})` : run.label
  return { startMs: run.endMs - run.durationS * 1000, endMs: run.endMs, energyJ: run.energyKWh * J_PER_KWH, device: `codecarbon:${name}` }
}

/** Closes a run (part): its last row is its energy. */
function finish(s: CodeCarbonState, run: RunState, out: EnergySegment[]): void {
  out.push(segmentOf(run))
  s.parts++
  s.energyKWh += run.energyKWh
  s.emissionsKg += run.emissionsKg
}

/**
 * Folds a valid row into its run. In time order the cumulative columns never go down within a
 * run; a row that breaks this starts a new part (the tracker restarted under the same id, or was
 * reset) and the part before it is closed and counted whole. Rows in the same second are ordered
 * by their cumulative energy (the larger is the later). Takes the row's values, not an object:
 * most rows only move their run's last row on.
 */
function foldRow(s: CodeCarbonState, key: string, endMs: number, durationS: number, energyKWh: number, emissionsKg: number, line: number, out: EnergySegment[]): void {
  const run = s.runs.get(key)
  if (run === undefined) {
    // The key may be a slice of a whole batch of text: keep a copy of its own, not the batch.
    const own = ownString(key)
    s.runs.set(own, { label: own, part: 1, endMs, durationS, energyKWh, emissionsKg, line })
    return
  }
  const later = endMs > run.endMs || (endMs === run.endMs && energyKWh >= run.energyKWh)
  if (later ? energyKWh >= run.energyKWh && durationS >= run.durationS : run.energyKWh >= energyKWh && run.durationS >= durationS) {
    if (later) {
      run.endMs = endMs
      run.durationS = durationS
      run.energyKWh = energyKWh
      run.emissionsKg = emissionsKg
      run.line = line
    }
    return
  }
  const row: RunState = { label: run.label, part: run.part, endMs, durationS, energyKWh, emissionsKg, line }
  const [before, after] = later ? [{ ...run }, row] : [row, { ...run }]
  s.resetCount++
  if (s.resets.length < LINES_NAMED) s.resets.push(
    `run ${key}: the cumulative energy_consumed or duration goes down from line ${before.line} (${before.energyKWh} kWh, ${before.durationS} s) to line ${after.line} (${after.energyKWh} kWh, ${after.durationS} s): read as a restart of the run under the same id, both parts counted`,
  )
  // The earlier part is complete: count it, and carry on with the later one.
  finish(s, before, out)
  Object.assign(run, { part: run.part + 1, endMs: after.endMs, durationS: after.durationS, energyKWh: after.energyKWh, emissionsKg: after.emissionsKg, line: after.line })
}

/** A copy of a string that shares no memory with the text it was cut from. */
const ownString = (text: string): string => Buffer.from(text, 'utf8').toString('utf8')

function readHeader(s: CodeCarbonState, cells: readonly string[], lineNo: number, ctx: ReadContext): boolean {
  const index = new Map(cells.map((c, i) => [c.trim().replace(/^\uFEFF/, ''), i]))
  const absent = REQUIRED.filter((c) => !index.has(c))
  if (absent.length > 0) {
    ctx.problems.push(problem('codecarbon-header', { absent, file: ctx.file, line: lineNo }))
    return false
  }
  s.index = index
  s.width = cells.length
  if (s.fastPath) s.fast = newFastRows(index, cells.length)
  return true
}

/** Reads one data row into its run; problems go to `ctx`. */
function readRow(s: CodeCarbonState, cells: readonly string[], lineNo: number, ctx: ReadContext, out: EnergySegment[]): void {
  if (cells.every((c) => c.trim() === '')) {
    // pandas writes a row of NaN as bare commas: nothing to read, and nothing lost.
    s.emptyLines.push(lineNo)
    return
  }
  if (cells.length !== s.width) {
    // CodeCarbon's append mode drops all-empty columns of the new row, which shifts its cells.
    badLine(ctx, lineNo, `has ${cells.length} cells where the header has ${s.width}: its values cannot be matched to columns; remove the line or fix its cells`)
    return
  }
  const index = s.index!
  const cell = (name: string): string => cells[index.get(name) ?? -1] ?? ''
  s.rows++
  const endMs = parseTimestamp(cell('timestamp'), ctx.clock, ctx.timeSeen)
  if (Number.isNaN(endMs)) {
    badTime(ctx, lineNo, cell('timestamp'), 'timestamp')
    return
  }
  if (isMissing(cell('energy_consumed'))) {
    ctx.missing++
    return
  }
  const durationS = Number(cell('duration'))
  const energyKWh = Number(cell('energy_consumed'))
  if (!(durationS >= 0) || !(energyKWh >= 0)) {
    badLine(ctx, lineNo, `duration "${cell('duration')}" (s) and energy_consumed "${cell('energy_consumed')}" (kWh) must be numbers ≥ 0`)
    return
  }
  const emissions = Number(cell('emissions'))
  const emissionsKg = !isMissing(cell('emissions')) && emissions >= 0 ? emissions : 0
  const key = runKey(cell)
  if (key === undefined) finish(s, { label: `line ${lineNo}`, part: 1, endMs, durationS, energyKWh, emissionsKg, line: lineNo }, out)
  else foldRow(s, key, endMs, durationS, energyKWh, emissionsKg, lineNo, out)
}

const isHeaderLine = (cells: readonly string[]): boolean => {
  const first = cells[0]?.trim().replace(/^\uFEFF/, '')
  return first === 'timestamp' || first === 'task_name'
}

/**
 * The fast path as a scanner for readBatchLines: rows while they are plain, each folded into its
 * run; the run's key is made (a string) only when the id cells differ from the last row's.
 */
function fastScanner(s: CodeCarbonState, f: FastRows, ctx: ReadContext, out: () => EnergySegment[]): FastScanner {
  const scanner: FastScanner = {
    lines: 0,
    scan(b, view, pos, length) {
      const segments = out()
      while (pos < length) {
        const next = fastRow(f, b, view, pos, length, ctx.clock, ctx.timeSeen)
        if (next < 0) break
        const lineNo = s.nextLine++
        scanner.lines++
        s.rows++
        if (!sameKey(f, b)) {
          s.key = runKey((name) => {
            const col = f.keyCols[KEY_COLUMNS.indexOf(name as (typeof KEY_COLUMNS)[number])]!
            return col < 0 ? '' : decode(b, f.starts[col]!, f.starts[col + 1]! - 1)
          })
          rememberKey(f, b)
        }
        if (s.key === undefined) finish(s, { label: `line ${lineNo}`, part: 1, endMs: f.endMs, durationS: f.durationS, energyKWh: f.energyKWh, emissionsKg: f.emissionsKg, line: lineNo }, segments)
        else foldRow(s, s.key, f.endMs, f.durationS, f.energyKWh, f.emissionsKg, lineNo, segments)
        pos = next
      }
      return pos
    },
  }
  return scanner
}

/** The general path: one line as text. */
function readTextLine(s: CodeCarbonState, line: string, lineNo: number, ctx: ReadContext, out: EnergySegment[]): typeof READ | typeof STOP {
  if (line.trim() === '') return READ
  const cells = splitCsv(line)
  if (s.index === undefined || isHeaderLine(cells)) {
    // A new header: the fast path's key cache is of the old columns.
    s.fast = undefined
    s.scanner = undefined
    return readHeader(s, cells, lineNo, ctx) ? READ : STOP
  }
  // The fast path caches the last run's key bytes; a row read here may belong to another run.
  if (s.fast) s.fast.keyKnown = false
  readRow(s, cells, lineNo, ctx, out)
  return READ
}

/**
 * CodeCarbon `emissions.csv`, 1.x to 3.x, `on_csv_write` append or update, and task files: columns
 * by name. A run is a `run_id` (see `runKey`); its energy and duration are those of its last row
 * in time order. `timestamp` is the time of the row (local, no zone), `duration` s,
 * `energy_consumed` kWh including CodeCarbon's own PUE. Streams: one state per open run, not per row.
 */
async function* readCodeCarbon(lines: AsyncIterable<LineBatch>, ctx: ReadContext, fast = true): AsyncGenerator<ReadBatch> {
  const s: CodeCarbonState = { width: 0, runs: new Map(), rows: 0, parts: 0, emissionsKg: 0, energyKWh: 0, resets: [], resetCount: 0, emptyLines: [], fastPath: fast, nextLine: 1 }
  let segments: EnergySegment[] = []
  const fastPath = (): FastScanner | undefined => {
    if (s.scanner === undefined && s.fast !== undefined) s.scanner = fastScanner(s, s.fast, ctx, () => segments)
    return s.scanner
  }
  const general = (line: string, lineNo: number): typeof READ | typeof STOP => {
    s.nextLine = lineNo + 1
    return readTextLine(s, line, lineNo, ctx, segments)
  }
  for await (const batch of lines) {
    s.nextLine = batch.firstLine
    if (readBatchLines(batch, fastPath, general) === STOP) return
    if (segments.length > 0) yield { segments }
    segments = []
  }
  const last: EnergySegment[] = []
  for (const run of s.runs.values()) finish(s, run, last)
  if (last.length > 0) yield { segments: last }
  const idless = s.parts - s.runs.size - s.resetCount
  const runs = s.runs.size + idless
  const folded = s.rows - s.parts
  ctx.notes.push(`CodeCarbon: ${runs} run${runs === 1 ? '' : 's'} from ${s.rows} row${s.rows === 1 ? '' : 's'}, ${folded} cumulative row${folded === 1 ? '' : 's'} folded into their run's last`)
  ctx.warnings.push(...s.resets)
  if (s.resetCount > LINES_NAMED) ctx.warnings.push(`${s.resetCount - LINES_NAMED} more CodeCarbon runs restarted under the same id`)
  if (s.emptyLines.length > 0) {
    const named = s.emptyLines.slice(0, LINES_NAMED).join(', ')
    const more = s.emptyLines.length > LINES_NAMED ? ` and ${s.emptyLines.length - LINES_NAMED} more` : ''
    ctx.warnings.push(`line${s.emptyLines.length === 1 ? '' : 's'} ${named}${more}: every cell empty (a corrupt row): skipped`)
  }
  ctx.facilityIncluded = true
  ctx.reported = {
    tool: 'CodeCarbon',
    emissionsKgCO2e: s.emissionsKg,
    ...(s.energyKWh > 0 ? { intensityKgPerKWh: s.emissionsKg / s.energyKWh } : {}),
  }
}

export const codecarbonReader: LogReader = {
  format: 'codecarbon',
  sniff(head) {
    const first = head.find((l) => l.trim() !== '') ?? ''
    const names = first.split(',').map((n) => n.trim())
    return names.includes('energy_consumed') && names.includes('emissions') && names.includes('duration')
  },
  read: (lines, ctx) => readCodeCarbon(lines, ctx),
}

/** The same reader without its fast path: what the fast path must reproduce (tests). */
export const codecarbonGeneralReader: LogReader = { ...codecarbonReader, read: (lines, ctx) => readCodeCarbon(lines, ctx, false) }
