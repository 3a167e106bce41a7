import { type SourcePos, problem, type Problem } from '../core/errors.js'
import type { GapPolicy, LogSpec, MeasuredEnergy } from '../core/model.js'
import { mergeResults, type ResultPart } from '../core/merge-logs.js'
import { addSegment } from '../core/integrate.js'
import { addSample, addSampleColumns, createAccumulator, finishAccumulator, type SampleColumns } from '../core/samples.js'
import { readLineBatches, NotTextError, type LineBatch } from './lines.js'
import { unixNote } from './time.js'
import { detectReader, LOG_READERS, readerFor } from './logs/index.js'
import { createLocalClock } from './logs/local-time.js'
import { powerCsvReader } from './logs/power-csv.js'
import { MAX_LINE_PROBLEMS, newReadContext, type LogReader, type ReadContext } from './logs/reader.js'
import type { RepoSource } from './source.js'
import { DAY_MS, J_PER_KWH } from '../core/units.js'
import { formatBytes } from '../core/format.js'

const HEAD_LINES = 10

export interface MeasureProgress {
  readonly file: string
  readonly bytesRead: number
  readonly totalBytes: number
}

export interface MeasureOptions {
  /** Logs larger than this are refused (the message names the cap). */
  readonly maxLogBytes: number
  /** The manifest that lists the logs, for messages. */
  readonly manifestFile: string
  /** Called after each chunk of a log; the CLI draws it (`src/cli-progress.ts`). */
  readonly onProgress?: (p: MeasureProgress) => void
  /** Where each `logs.N.*` field is in the manifest, so a problem with a log points at the line that names it. */
  readonly positions?: Readonly<Record<string, SourcePos>>
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z')

/**
 * Integrates the power logs of one experiment: each log streamed line by line in constant memory,
 * samples folded per device, logs of one device joined, different devices added, replicas applied.
 * @returns the energy (its warnings in `measured.warnings`, `problems` empty), or no energy and
 *   every problem (errors first, then warnings).
 */
export async function measureEnergy(
  specs: readonly LogSpec[],
  source: RepoSource,
  opts: MeasureOptions,
): Promise<{ measured?: MeasuredEnergy; problems: Problem[] }> {
  const errors: Problem[] = []
  const warnings: Problem[] = []
  const parts: ResultPart[] = []
  const contexts: ReadContext[] = []
  for (const [i, spec] of specs.entries()) {
    const field = `logs.${i}`
    const read = await readOne(spec, field, source, opts)
    for (const p of read.problems) (p.severity === 'error' ? errors : warnings).push(p)
    if (read.part) parts.push(read.part)
    if (read.ctx) contexts.push(read.ctx)
  }
  if (errors.length > 0 || parts.length === 0) return { problems: [...errors, ...warnings] }

  const facility = contexts.map((c) => c.facilityIncluded)
  if (facility.includes(true) && facility.includes(false)) {
    const message = 'CodeCarbon files (energy that includes its PUE) and power logs (IT energy) cannot be combined in one experiment; list one kind'
    return { problems: [problem('log', message, { field: 'logs', pos: opts.positions?.['logs'] ?? { file: opts.manifestFile, line: 1, col: 1 } }), ...warnings] }
  }
  const merged = mergeResults(parts)
  for (const o of merged.overlaps) {
    errors.push(problem('log', `${o.files[0]} and ${o.files[1]} both hold device ${o.device} over the same time; list one of them (they would be counted twice)`, { field: 'logs' }))
  }
  const gaps: { startMs: number; endMs: number; file: string; policy: GapPolicy }[] = []
  for (const part of parts) {
    for (const g of part.result.gaps) gaps.push({ startMs: g.startMs, endMs: g.endMs, file: part.file, policy: part.options.gaps })
  }
  for (const g of merged.joinGaps) {
    const policy = parts.find((p) => p.file === g.file)?.options.gaps ?? 'bridge'
    gaps.push({ startMs: g.startMs, endMs: g.endMs, file: g.file, policy })
    const message = `device ${g.device} has no samples from ${iso(g.startMs)} to ${iso(g.endMs)} between two logs`
    if (policy === 'fail') errors.push(problem('log', `${message} (gaps: fail)`, { pos: { file: g.file, line: 1, col: 1 } }))
    else warnings.push({ ...problem('log', `${message}; ${policy === 'bridge' ? 'bridged' : 'counted as zero'}`, { pos: { file: g.file, line: 1, col: 1 } }), severity: 'warning' })
  }
  if (errors.length > 0) return { problems: [...errors, ...warnings] }

  const hourlyKWh = new Map<number, number>()
  for (const [hour, j] of [...merged.hourlyJ].sort((a, b) => a[0] - b[0])) hourlyKWh.set(hour, j / J_PER_KWH)
  const reported = combineReported(contexts)
  const measured: MeasuredEnergy = {
    energyKWh: merged.energyJ / J_PER_KWH,
    facilityIncluded: facility.every(Boolean),
    hourlyKWh,
    startMs: Math.min(...parts.map((p) => p.result.startMs)),
    endMs: Math.max(...parts.map((p) => p.result.endMs)),
    samples: parts.reduce((n, p) => n + p.result.samples, 0),
    devices: merged.devices,
    duplicates: parts.reduce((n, p) => n + p.result.duplicates, 0),
    outOfOrder: parts.reduce((n, p) => n + p.result.outOfOrder, 0),
    gaps,
    files: parts.map((p) => p.file),
    notes: contexts.flatMap((c) => c.notes.map((n) => `${c.file}: ${n}`)),
    ...(reported ? { reported } : {}),
    warnings,
  }
  return { measured, problems: [] }
}

function combineReported(contexts: readonly ReadContext[]): MeasuredEnergy['reported'] {
  const with_ = contexts.filter((c) => c.reported)
  if (with_.length === 0) return undefined
  const emissionsKgCO2e = with_.reduce((s, c) => s + (c.reported?.emissionsKgCO2e ?? 0), 0)
  const energyKWh = with_.reduce((s, c) => {
    const r = c.reported!
    return s + (r.intensityKgPerKWh ? (r.emissionsKgCO2e ?? 0) / r.intensityKgPerKWh : 0)
  }, 0)
  return { tool: with_[0]!.reported!.tool, emissionsKgCO2e, ...(energyKWh > 0 ? { intensityKgPerKWh: emissionsKgCO2e / energyKWh } : {}) }
}

// Bounds on what a log may say, checked before the fold: a reading of 1e308 W would make the total
// Infinity, and one stray timestamp decades off would be bridged hour by hour (millions of hours).
const MIN_LOG_MS = Date.UTC(2000, 0, 1)
const MAX_LOG_MS = Date.UTC(2100, 0, 1)
/** One device: above this a reading is a unit slip (a whole rack is ~120 kW). */
const MAX_SAMPLE_W = 1e6
/** A jump between two readings of one device longer than this is a clock error, not a pause. */
const MAX_JUMP_MS = 366 * DAY_MS

// Date cannot print times beyond ±8.64e15 ms; say the raw number then.
const when = (ms: number): string => (Math.abs(ms) <= 8.64e15 ? iso(ms) : `${ms} ms after 1970`)

function implausibleSample(atMs: number, watts: number, device: string, lastMs: Map<string, number>): string | undefined {
  if (!Number.isFinite(atMs) || atMs < MIN_LOG_MS || atMs >= MAX_LOG_MS) {
    return `a reading of device ${device} is timestamped ${when(atMs)}, outside 2000–2099: a clock that was not set, or a wrong time unit`
  }
  if (!Number.isFinite(watts) || watts < 0 || watts > MAX_SAMPLE_W) {
    return `a reading of ${watts} W for device ${device} at ${iso(atMs)} is not plausible (0 to ${MAX_SAMPLE_W / 1e6} MW per device); check the power unit`
  }
  const last = lastMs.get(device)
  if (last !== undefined && Math.abs(atMs - last) > MAX_JUMP_MS) {
    return `device ${device} jumps from ${iso(last)} to ${iso(atMs)} between two readings (over a year): timestamps off by years`
  }
  lastMs.set(device, atMs)
  return undefined
}

/** `implausibleSample` over columns: one Map lookup per device and batch, not per sample. */
function implausibleColumns(columns: SampleColumns, lastMs: Map<string, number>): string | undefined {
  const { atMs, watts, device, devices } = columns
  const last = Float64Array.from(devices, (d) => lastMs.get(d) ?? NaN)
  const save = (): void => last.forEach((t, d) => Number.isNaN(t) || lastMs.set(devices[d]!, t))
  for (let i = 0; i < columns.count; i++) {
    const t = atMs[i]!
    const w = watts[i]!
    const d = device[i]!
    if (t >= MIN_LOG_MS && t < MAX_LOG_MS && w >= 0 && w <= MAX_SAMPLE_W && !(Math.abs(t - last[d]!) > MAX_JUMP_MS)) {
      last[d] = t
      continue
    }
    save()
    return implausibleSample(t, w, devices[d]!, lastMs)
  }
  save()
  return undefined
}

function implausibleSegment(startMs: number, endMs: number, energyJ: number): string | undefined {
  for (const t of [startMs, endMs]) {
    if (!Number.isFinite(t) || t < MIN_LOG_MS || t >= MAX_LOG_MS) return `an energy record is timestamped ${when(t)}, outside 2000–2099`
  }
  if (!Number.isFinite(energyJ) || energyJ < 0) return `an energy record of ${energyJ / J_PER_KWH} kWh is not plausible`
  if (endMs - startMs > MAX_JUMP_MS) return `an energy record spans ${iso(startMs)} to ${iso(endMs)} (over a year): timestamps off by years`
  return undefined
}

/** With a column mapping, a CSV log is read by the mapped CSV reader, whatever wrote it. */
function mappedReader(spec: LogSpec): LogReader | string {
  if (spec.format === undefined || spec.format === 'power-csv' || spec.format === 'nvidia-smi') return powerCsvReader
  return `columns maps the cells of a CSV power log (power-csv, nvidia-smi); ${spec.format} logs are read by their own names: remove columns or format`
}

async function readOne(
  spec: LogSpec,
  field: string,
  source: RepoSource,
  opts: MeasureOptions,
): Promise<{ part?: ResultPart; ctx?: ReadContext; problems: Problem[] }> {
  const file = spec.path
  const at = opts.positions?.[`${field}.path`] ?? opts.positions?.[field] ?? { file: opts.manifestFile, line: 1, col: 1 }
  const stat = await source.stat(file)
  if (!stat) return { problems: [problem('path', `log file ${file} (listed in ${opts.manifestFile}) does not exist in ${source.description}`, { field: `${field}.path`, pos: at })] }
  if (stat.size > opts.maxLogBytes) {
    const message = `log file ${file} is ${formatBytes(stat.size)}, over the ${formatBytes(opts.maxLogBytes)} cap on log size (limits.log-bytes in carbon-budget.yml); raise the cap or split the log`
    return { problems: [problem('too-large', message, { field: `${field}.path`, pos: at })] }
  }
  const clock = createLocalClock(spec.timezone)
  if ('code' in clock) return { problems: [{ ...clock, field: `${field}.timezone`, pos: opts.positions?.[`${field}.timezone`] ?? at }] }
  const stream = source.openStream(file)
  const ctx = newReadContext(file, spec, clock)
  const acc = createAccumulator({ gapThresholdMs: spec.gapThresholdS * 1000, gaps: spec.gaps })
  try {
    const batches = readLineBatches(stream, file)
    const first = await batches.next()
    if (first.done) return { problems: [problem('log', `log file ${file} is empty`, { pos: { file, line: 1, col: 1 } })] }
    const head = first.value.headLines(HEAD_LINES)
    const reader = spec.columns ? mappedReader(spec) : spec.format ? readerFor(spec.format) : detectReader(head, file)
    if (typeof reader === 'string') return { problems: [problem('log', reader, { pos: opts.positions?.[`${field}.format`] ?? at, field: `${field}.columns` })] }
    if (!reader) {
      const formats = LOG_READERS.map((r) => r.format).join(', ')
      const message = `cannot tell the format of ${file} from its first lines; set logs[].format to one of ${formats}`
      return { problems: [problem('log', message, { pos: { file, line: 1, col: 1 }, field: `${field}.format` })] }
    }
    const withProgress = async function* (): AsyncGenerator<LineBatch> {
      opts.onProgress?.({ file, bytesRead: first.value.bytesRead, totalBytes: stat.size })
      yield first.value
      for await (const b of batches) {
        opts.onProgress?.({ file, bytesRead: b.bytesRead, totalBytes: stat.size })
        yield b
      }
    }
    const lastMs = new Map<string, number>()
    for await (const batch of reader.read(withProgress(), ctx)) {
      for (const s of batch.samples ?? []) {
        const why = implausibleSample(s.atMs, s.watts, s.device, lastMs)
        if (why) return { problems: [problem('log', why, { pos: { file, line: 1, col: 1 }, field: `${field}.path` })] }
        addSample(acc, s)
      }
      if (batch.columns) {
        const why = implausibleColumns(batch.columns, lastMs)
        if (why) return { problems: [problem('log', why, { pos: { file, line: 1, col: 1 }, field: `${field}.path` })] }
        addSampleColumns(acc, batch.columns)
      }
      if (batch.segments) {
        for (const seg of batch.segments) {
          const why = implausibleSegment(seg.startMs, seg.endMs, seg.energyJ)
          if (why) return { problems: [problem('log', why, { pos: { file, line: 1, col: 1 }, field: `${field}.path` })] }
          addSegment(acc, seg)
        }
      }
    }
  } catch (e) {
    if (e instanceof NotTextError) return { problems: [e.problem] }
    return { problems: [problem('io', `cannot read log file ${file}: ${(e as Error).message}`, { field: `${field}.path` })] }
  } finally {
    stream.destroy()
  }
  const result = finishAccumulator(acc)
  const problems = [...ctx.problems]
  const warn = (message: string): void => {
    problems.push({ ...problem('log', message, { pos: { file, line: 1, col: 1 } }), severity: 'warning' })
  }
  if (ctx.badLines > MAX_LINE_PROBLEMS) problems.push(problem('log', `${ctx.badLines - MAX_LINE_PROBLEMS} more bad lines in ${file}`, { pos: { file, line: 1, col: 1 } }))
  if (result.samples === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push(problem('log', `no power readings in ${file} (${ctx.missing} values were [N/A] or empty)`, { pos: { file, line: 1, col: 1 } }))
  }
  for (const g of result.gaps) {
    const message = `device ${g.device} has no samples from ${iso(g.startMs)} to ${iso(g.endMs)} (${((g.endMs - g.startMs) / 1000).toFixed(1)} s, over the ${spec.gapThresholdS} s gap threshold)`
    if (spec.gaps === 'fail') problems.push(problem('log', `${message}; gaps: fail`, { pos: { file, line: 1, col: 1 }, field: `${field}.gaps` }))
    else warn(`${message}; ${spec.gaps === 'bridge' ? 'bridged by a straight line (set gaps: zero or fail to change)' : 'counted as zero'}`)
  }
  if (result.gapCount > result.gaps.length) warn(`${result.gapCount - result.gaps.length} more gaps in ${file}`)
  if (result.duplicates > 0) warn(`${result.duplicates} duplicate samples (same device and time) in ${file}: the first of each kept`)
  if (result.outOfOrder > 0) warn(`${result.outOfOrder} samples out of time order in ${file}: put back in order`)
  if (result.dropped > 0) warn(`${result.dropped} samples in ${file} arrived too late to put back in order: dropped`)
  if (ctx.missing > 0) warn(`${ctx.missing} values in ${file} were [N/A], [Not Supported] or empty: skipped, not counted as 0 W`)
  for (const w of ctx.warnings) warn(`${file}: ${w}`)
  const unix = unixNote(ctx.timeSeen)
  if (unix !== undefined) ctx.notes.push(unix)
  return { part: { file, result, replicas: spec.replicas, options: { gapThresholdMs: spec.gapThresholdS * 1000, gaps: spec.gaps } }, ctx, problems }
}
