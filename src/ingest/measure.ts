import { filePos, problem, type Problem, type ProblemDetails, type SourcePos } from '../core/errors.js'
import type { GapPolicy, LogSpec, MeasuredEnergy } from '../core/model.js'
import { mergeResults, type ResultPart } from '../core/merge-logs.js'
import { addSegment } from '../core/integrate.js'
import { addSample, addSampleColumns, createAccumulator, finishAccumulator, type SampleColumns } from '../core/samples.js'
import { longLineError, readLineBatches, NotTextError, type LineBatch } from './lines.js'
import { unixNote } from './time.js'
import { detectReader, LOG_READERS, readerFor } from './logs/index.js'
import { createLocalClock } from './logs/local-time.js'
import { powerCsvReader } from './logs/power-csv.js'
import { MAX_LINE_PROBLEMS, newReadContext, type LogReader, type ReadContext } from './logs/reader.js'
import type { RepoSource } from './source.js'
import { DAY_MS, J_PER_KWH, SECOND_MS } from '../core/units.js'

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
    return { problems: [problem('logs-mixed-facility', { field: 'logs', pos: opts.positions?.['logs'] ?? filePos(opts.manifestFile) }), ...warnings] }
  }
  const merged = mergeResults(parts)
  for (const o of merged.overlaps) {
    errors.push(problem('logs-overlap', { files: o.files, device: o.device, field: 'logs' }))
  }
  const gaps: { startMs: number; endMs: number; file: string; policy: GapPolicy }[] = []
  for (const part of parts) {
    for (const g of part.result.gaps) gaps.push({ startMs: g.startMs, endMs: g.endMs, file: part.file, policy: part.options.gaps })
  }
  for (const g of merged.joinGaps) {
    const policy = parts.find((p) => p.file === g.file)?.options.gaps ?? 'bridge'
    gaps.push({ startMs: g.startMs, endMs: g.endMs, file: g.file, policy })
    const gap = problem('logs-join-gap', { device: g.device, fromMs: g.startMs, toMs: g.endMs, policy, file: g.file, severity: policy === 'fail' ? 'error' : 'warning' })
    ;(policy === 'fail' ? errors : warnings).push(gap)
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

function implausibleSample(atMs: number, watts: number, device: string, lastMs: Map<string, number>, at: ProblemDetails): Problem | undefined {
  if (!Number.isFinite(atMs) || atMs < MIN_LOG_MS || atMs >= MAX_LOG_MS) return problem('sample-time-implausible', { device, atMs, ...at })
  if (!Number.isFinite(watts) || watts < 0 || watts > MAX_SAMPLE_W) return problem('sample-power-implausible', { device, atMs, watts, maxW: MAX_SAMPLE_W, ...at })
  const last = lastMs.get(device)
  if (last !== undefined && Math.abs(atMs - last) > MAX_JUMP_MS) return problem('sample-jump-implausible', { device, fromMs: last, toMs: atMs, ...at })
  lastMs.set(device, atMs)
  return undefined
}

/** `implausibleSample` over columns: one Map lookup per device and batch, not per sample. */
function implausibleColumns(columns: SampleColumns, lastMs: Map<string, number>, at: ProblemDetails): Problem | undefined {
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
    return implausibleSample(t, w, devices[d]!, lastMs, at)
  }
  save()
  return undefined
}

function implausibleSegment(startMs: number, endMs: number, energyJ: number, at: ProblemDetails): Problem | undefined {
  for (const t of [startMs, endMs]) {
    if (!Number.isFinite(t) || t < MIN_LOG_MS || t >= MAX_LOG_MS) return problem('record-time-implausible', { atMs: t, ...at })
  }
  if (!Number.isFinite(energyJ) || energyJ < 0) return problem('record-energy-implausible', { energyJ, ...at })
  if (endMs - startMs > MAX_JUMP_MS) return problem('record-span-implausible', { fromMs: startMs, toMs: endMs, ...at })
  return undefined
}

/** With a column mapping, a CSV log is read by the mapped CSV reader, whatever wrote it. */
function mappedReader(spec: LogSpec, at: ProblemDetails): LogReader | Problem {
  if (spec.format === undefined || spec.format === 'power-csv' || spec.format === 'nvidia-smi') return powerCsvReader
  return problem('log-columns-format', { format: spec.format, ...at })
}

async function readOne(
  spec: LogSpec,
  field: string,
  source: RepoSource,
  opts: MeasureOptions,
): Promise<{ part?: ResultPart; ctx?: ReadContext; problems: Problem[] }> {
  const file = spec.path
  const at = opts.positions?.[`${field}.path`] ?? opts.positions?.[field] ?? filePos(opts.manifestFile)
  const stat = await source.stat(file)
  if (!stat) return { problems: [problem('log-missing', { path: file, manifest: opts.manifestFile, description: source.description, field: `${field}.path`, pos: at })] }
  if (stat.size > opts.maxLogBytes) return { problems: [problem('log-too-large', { path: file, bytes: stat.size, maxBytes: opts.maxLogBytes, field: `${field}.path`, pos: at })] }
  const clock = createLocalClock(spec.timezone)
  if ('code' in clock) return { problems: [{ ...clock, field: `${field}.timezone`, pos: opts.positions?.[`${field}.timezone`] ?? at }] }
  const stream = source.openStream(file)
  const ctx = newReadContext(file, spec, clock)
  const acc = createAccumulator({ gapThresholdMs: spec.gapThresholdS * SECOND_MS, gaps: spec.gaps })
  try {
    const batches = readLineBatches(stream, file)
    const first = await batches.next()
    if (first.done) return { problems: [problem('log-empty', { file })] }
    const head = first.value.headLines(HEAD_LINES)
    const reader = spec.columns
      ? mappedReader(spec, { pos: opts.positions?.[`${field}.format`] ?? at, field: `${field}.columns` })
      : spec.format
        ? readerFor(spec.format)
        : detectReader(head, file)
    if (reader && 'code' in reader) return { problems: [reader] }
    if (!reader) return { problems: [problem('log-format-unknown', { file, formats: LOG_READERS.map((r) => r.format), field: `${field}.format` })] }
    // A line over LONG_LINE_BYTES comes in pieces; only a reader of one-line documents takes them.
    const whole = (b: LineBatch): LineBatch => {
      if (b.continues && reader.longLines !== true) throw longLineError(b, file, reader.format)
      return b
    }
    const withProgress = async function* (): AsyncGenerator<LineBatch> {
      opts.onProgress?.({ file, bytesRead: first.value.bytesRead, totalBytes: stat.size })
      yield whole(first.value)
      for await (const b of batches) {
        opts.onProgress?.({ file, bytesRead: b.bytesRead, totalBytes: stat.size })
        yield whole(b)
      }
    }
    const lastMs = new Map<string, number>()
    const implausible = { file, field: `${field}.path` }
    for await (const batch of reader.read(withProgress(), ctx)) {
      for (const s of batch.samples ?? []) {
        const why = implausibleSample(s.atMs, s.watts, s.device, lastMs, implausible)
        if (why) return { problems: [why] }
        addSample(acc, s)
      }
      if (batch.columns) {
        const why = implausibleColumns(batch.columns, lastMs, implausible)
        if (why) return { problems: [why] }
        addSampleColumns(acc, batch.columns)
      }
      if (batch.segments) {
        for (const seg of batch.segments) {
          const why = implausibleSegment(seg.startMs, seg.endMs, seg.energyJ, implausible)
          if (why) return { problems: [why] }
          addSegment(acc, seg)
        }
      }
    }
  } catch (e) {
    if (e instanceof NotTextError) return { problems: [e.problem] }
    return { problems: [problem('log-unreadable', { path: file, reason: (e as Error).message, field: `${field}.path` })] }
  } finally {
    stream.destroy()
  }
  const result = finishAccumulator(acc)
  const problems = [...ctx.problems]
  const warning = { file, severity: 'warning' } as const
  if (ctx.badLines > MAX_LINE_PROBLEMS) problems.push(problem('log-more-bad-lines', { file, count: ctx.badLines - MAX_LINE_PROBLEMS }))
  if (result.samples === 0 && !problems.some((p) => p.severity === 'error')) problems.push(problem('log-no-readings', { file, missing: ctx.missing }))
  for (const g of result.gaps) {
    const gap = { device: g.device, fromMs: g.startMs, toMs: g.endMs, thresholdS: spec.gapThresholdS, policy: spec.gaps }
    problems.push(spec.gaps === 'fail' ? problem('log-gap', { ...gap, file, field: `${field}.gaps` }) : problem('log-gap', { ...gap, ...warning }))
  }
  if (result.gapCount > result.gaps.length) problems.push(problem('log-more-gaps', { count: result.gapCount - result.gaps.length, ...warning }))
  if (result.duplicates > 0) problems.push(problem('log-duplicates', { count: result.duplicates, ...warning }))
  if (result.outOfOrder > 0) problems.push(problem('log-out-of-order', { count: result.outOfOrder, ...warning }))
  if (result.dropped > 0) problems.push(problem('log-dropped', { count: result.dropped, ...warning }))
  if (ctx.missing > 0) problems.push(problem('log-values-missing', { count: ctx.missing, ...warning }))
  for (const note of ctx.warnings) problems.push(problem('log-reader-note', { note, ...warning }))
  const unix = unixNote(ctx.timeSeen)
  if (unix !== undefined) ctx.notes.push(unix)
  return { part: { file, result, replicas: spec.replicas, options: { gapThresholdMs: spec.gapThresholdS * SECOND_MS, gaps: spec.gaps } }, ctx, problems }
}
