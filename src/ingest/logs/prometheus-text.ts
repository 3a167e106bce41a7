import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import { DcgmFold, dcgmDevice, ENERGY_METRICS, POWER_METRIC } from './dcgm.js'
import { READ, readBatchLines, STOP, type FastScanner } from './fast-lines.js'
import { badLine, type ReadBatch, type ReadContext } from './reader.js'
import { CR, decimal, DIGIT_0, DIGIT_9, LF, newDecimalScan, scanDecimal, SPACE } from './scan.js'

const number = newDecimalScan()

// Prometheus text exposition (the body of GET /metrics) of the DCGM exporter, scraped again and
// again into one file (`while sleep 15; do curl -s node:9400/metrics >> dcgm.prom; done`), read
// line by line:   name{label="value",...} value [timestamp_ms]
// Each series (a metric and its labels) is met once per scrape, so its line starts with the same
// bytes every time: the fast path compares a line's start with the series it knows (`shapes`),
// skips comments and other metrics by their first bytes, and reads the value and timestamp from
// bytes. Anything else goes to the general path (parseSampleLine), which gives the same result and
// teaches the fast path the series it reads; test/logs-prometheus-fast.test.ts checks both agree.

/** One sample line: its metric, labels text, value, and timestamp (ms) if it carries one. */
interface Sample {
  readonly name: string
  readonly labelsText: string
  readonly value: number
  readonly timestampMs?: number
  /** Characters of the line before the value (name, labels, and the space after them). */
  readonly valueAt: number
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/

/** Parses `name{labels} value [timestamp]`, or says why it cannot. */
function parseSampleLine(line: string): Sample | string {
  const name = NAME.exec(line)?.[0]
  if (name === undefined) return 'expected a metric name'
  let k = name.length
  let labelsText = ''
  if (line[k] === '{') {
    // Label values may hold escaped quotes and braces: walk to the closing brace outside quotes.
    let quoted = false
    let end = -1
    for (let i = k + 1; i < line.length; i++) {
      const c = line[i]
      if (quoted) {
        if (c === '\\') i++
        else if (c === '"') quoted = false
      } else if (c === '"') quoted = true
      else if (c === '}') {
        end = i
        break
      }
    }
    if (end < 0) return 'labels are not closed with }'
    labelsText = line.slice(k + 1, end)
    k = end + 1
  }
  const rest = line.slice(k).trim().split(/\s+/)
  if (rest.length < 1 || rest.length > 2 || rest[0] === '') return 'expected a value and an optional timestamp after the metric'
  const value = rest[0] === '+Inf' ? Infinity : rest[0] === '-Inf' ? -Infinity : Number(rest[0])
  if (Number.isNaN(value) && rest[0] !== 'NaN') return `value "${rest[0]}" is not a number`
  if (rest[1] !== undefined && !/^-?\d+$/.test(rest[1])) return `timestamp "${rest[1]}" is not whole milliseconds`
  return { name, labelsText, value, ...(rest[1] !== undefined ? { timestampMs: Number(rest[1]) } : {}), valueAt: k + 1 }
}

/** Labels from `a="x",b="y\"z"`. */
function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const m of text.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"/g)) {
    labels[m[1]!] = m[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))
  }
  return labels
}

/** A line of the text format that is about DCGM power or energy (the sniff uses it). */
export const isDcgmLine = (line: string): boolean => /^(?:#\s*(?:HELP|TYPE)\s+)?DCGM_FI_DEV_\w+/.test(line.trim())

const POWER = 0
const ENERGY = 1
/** A series of another metric whose name starts like ours (`DCGM_FI_DEV_POWER_USAGE_INSTANT`): checked, not used. */
const OTHER = 2

interface Series {
  readonly kind: number
  /** The fold's slot of its device. */
  readonly slot: number
  /** The scrape (`TextState.epoch`) it was last met in. */
  mark: number
}

/** What the reader keeps while streaming: its series, where the scrape is, the first scrape's power. */
interface TextState {
  readonly fold: DcgmFold
  readonly series: Map<string, Series>
  /** Bumped when a series is met again (a new scrape): a series met in this scrape has mark === epoch. */
  epoch: number
  scrape: number
  firstDone: boolean
  /** Slots whose counter appears only after the first scrape (their power is used). */
  readonly uncounted: Set<number>
  /** The first scrape's power readings (slot, ms, W), held until it is known which GPUs have a counter. */
  readonly held: number[]
  /** The fast path, if any: the line starts (`name{labels} `) of known series. */
  readonly shapes?: Shapes
  /** The next line's number (the fast path counts on from the general path's last line). */
  nextLine: number
}

const PREFIX = Buffer.from('DCGM_FI_DEV_')
const POWER_REST = Buffer.from(POWER_METRIC.slice(PREFIX.length))
const ENERGY_REST = Buffer.from('DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION'.slice(PREFIX.length))
const HASH = 0x23

const startsWith = (b: Uint8Array, k: number, length: number, known: Uint8Array): boolean => {
  if (k + known.length > length) return false
  for (let i = 0; i < known.length; i++) if (b[k + i] !== known[i]) return false
  return true
}

/** Whether the line at b[k] starts with the name of a metric the general path reads (it may be another). */
const oursByName = (b: Uint8Array, k: number, length: number): boolean =>
  startsWith(b, k, length, PREFIX) && (startsWith(b, k + PREFIX.length, length, POWER_REST) || startsWith(b, k + PREFIX.length, length, ENERGY_REST))

/** The line starts of known series, compared four bytes at a time; the series after the last one met is tried first. */
class Shapes {
  private readonly bytes: Uint8Array[] = []
  private readonly words: Int32Array[] = []
  readonly series: Series[] = []
  private last = 0

  learn(line: string, valueAt: number, series: Series): void {
    if (this.bytes.length >= 4096) return
    const bytes = Buffer.from(line.slice(0, valueAt), 'utf8')
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const words = new Int32Array(bytes.length >> 2)
    for (let k = 0; k < words.length; k++) words[k] = view.getInt32(k * 4, true)
    this.bytes.push(new Uint8Array(bytes))
    this.words.push(words)
    this.series.push(series)
  }

  /** The shape b[at, …) starts with, or -1. */
  find(view: DataView, b: Uint8Array, at: number, length: number): number {
    const n = this.bytes.length
    for (let j = 0; j < n; j++) {
      let i = this.last + 1 + j
      if (i >= n) i -= n
      if (this.matches(i, view, b, at, length)) return (this.last = i)
    }
    return -1
  }

  length(i: number): number {
    return this.bytes[i]!.length
  }

  private matches(i: number, view: DataView, b: Uint8Array, at: number, length: number): boolean {
    const bytes = this.bytes[i]!
    if (at + bytes.length > length) return false
    const words = this.words[i]!
    for (let k = 0; k < words.length; k++) if (view.getInt32(at + k * 4, true) !== words[k]) return false
    for (let k = words.length * 4; k < bytes.length; k++) if (b[at + k] !== bytes[k]) return false
    return true
  }
}

function endFirst(st: TextState): void {
  st.firstDone = true
  const h = st.held
  for (let i = 0; i < h.length; i += 3) st.fold.power(h[i]!, h[i + 1]!, h[i + 2]!)
  h.length = 0
}

/**
 * Takes one reading of a series (timestamp NaN: none in the line): a series met again starts the
 * next scrape; without a timestamp a reading is placed at `logs[].start` + scrape × interval.
 * @returns false when the file cannot be read on (no timestamps and no start).
 */
function take(st: TextState, series: Series, value: number, timestampMs: number, lineNo: number, ctx: ReadContext): boolean {
  if (series.kind === OTHER) return true
  if (series.mark === st.epoch) {
    st.epoch++
    st.scrape++
    if (!st.firstDone) endFirst(st)
  }
  series.mark = st.epoch
  let atMs = timestampMs
  if (atMs !== atMs) {
    const { startMs, intervalS } = ctx.spec
    if (startMs === undefined || intervalS === undefined) {
      ctx.problems.push(
        problem('log', 'these scrapes carry no timestamps, so their readings cannot be placed in time; give logs[].start (the first scrape) and logs[].interval (the scrape interval), or scrape with timestamps', {
          pos: { file: ctx.file, line: lineNo, col: 1 },
          field: 'logs.start',
        }),
      )
      return false
    }
    atMs = startMs + st.scrape * intervalS * 1000
  }
  if (!Number.isFinite(value)) {
    ctx.missing++
    return true
  }
  const fold = st.fold
  const slot = series.slot
  if (series.kind === ENERGY) {
    if (!st.firstDone) fold.count(slot)
    // A counter that appears after its GPU's power was taken would count it twice.
    if (fold.isCounted(slot)) fold.counter(slot, atMs, value)
    else st.uncounted.add(slot)
  } else if (st.firstDone) fold.power(slot, atMs, value)
  else st.held.push(slot, atMs, value)
  return true
}

/** The general path: one line as text. */
function readTextLine(st: TextState, line: string, lineNo: number, ctx: ReadContext): typeof READ | typeof STOP {
  st.nextLine = lineNo + 1
  const text = line.trim()
  if (text === '' || text.startsWith('#')) return READ
  const isPower = text.startsWith(POWER_METRIC)
  const isEnergy = !isPower && text.startsWith('DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION')
  if (!isPower && !isEnergy) return READ
  const sample = parseSampleLine(text)
  if (typeof sample === 'string') {
    badLine(ctx, lineNo, sample)
    return READ
  }
  const key = `${sample.name}{${sample.labelsText}}`
  let series = st.series.get(key)
  if (series === undefined) {
    const kind = sample.name === POWER_METRIC ? POWER : ENERGY_METRICS.has(sample.name) ? (isEnergy ? ENERGY : OTHER) : OTHER
    series = { kind, slot: kind === OTHER ? -1 : st.fold.slot(dcgmDevice(parseLabels(sample.labelsText))), mark: 0 }
    st.series.set(key, series)
    // The fast path knows a series by its line's start: only where that start is exactly the name, labels and one space.
    if (st.shapes && text === line && line[sample.valueAt - 1] === ' ' && line[sample.valueAt] !== ' ') st.shapes.learn(line, sample.valueAt, series)
  }
  return take(st, series, sample.value, sample.timestampMs ?? NaN, lineNo, ctx) ? READ : STOP
}

/**
 * The fast path: lines while they are comments, other metrics, or a known series with a plain
 * value (up to 15 digits: exact, so equal to Number()'s) and whole-ms timestamp, one space apart.
 */
function fastScanner(st: TextState, shapes: Shapes, ctx: ReadContext): FastScanner {
  const scanner: FastScanner = {
    lines: 0,
    scan(b, view, pos, length) {
      while (pos < length) {
        const c = b[pos]!
        // A comment, or a metric the general path skips by its name (a line that starts with anything
        // but printable ASCII, which trim() might remove, is the general path's).
        if (c === HASH || (c > SPACE && c < 0x7f && !oursByName(b, pos, length))) {
          const nl = b.indexOf(LF, pos)
          pos = nl < 0 ? length : nl + 1
          scanner.lines++
          st.nextLine++
          continue
        }
        const shape = shapes.find(view, b, pos, length)
        if (shape < 0) return pos
        let k = scanDecimal(b, pos + shapes.length(shape), length, number)
        if (number.digits === 0 || number.digits > 15) return pos
        const value = decimal(number.mantissa, number.fraction)
        let timestampMs = NaN
        if (b[k] === SPACE) {
          const start = ++k
          while (k < length && b[k]! >= DIGIT_0 && b[k]! <= DIGIT_9) k++
          if (k === start || k - start > 15) return pos
          timestampMs = scanDecimal(b, start, k, number) === k ? number.mantissa : NaN
        } else if (ctx.spec.startMs === undefined || ctx.spec.intervalS === undefined) return pos
        if (b[k] === CR) k++
        if (k < length && b[k] !== LF) return pos
        if (!take(st, shapes.series[shape]!, value, timestampMs, st.nextLine, ctx)) return pos
        st.nextLine++
        scanner.lines++
        pos = k + 1
      }
      return length
    },
  }
  return scanner
}

/**
 * Reads repeated scrapes. Samples carry their own timestamp, or a scrape's time is
 * `logs[].start` + its index × `logs[].interval` (a series seen again starts the next scrape). The
 * first scrape decides which GPUs have an energy counter; their power gauge is then not used.
 */
export async function* readPrometheusText(lines: AsyncIterable<LineBatch>, ctx: ReadContext, fast = true): AsyncGenerator<ReadBatch> {
  const fold = new DcgmFold()
  const shapes = fast ? new Shapes() : undefined
  const st: TextState = { fold, series: new Map(), epoch: 1, scrape: 0, firstDone: false, uncounted: new Set(), held: [], ...(shapes ? { shapes } : {}), nextLine: 1 }
  const scanner = shapes ? fastScanner(st, shapes, ctx) : undefined
  const general = (line: string, lineNo: number): typeof READ | typeof STOP => readTextLine(st, line, lineNo, ctx)
  for await (const batch of lines) {
    st.nextLine = batch.firstLine
    if (readBatchLines(batch, () => scanner, general) === STOP) return
    const out = fold.take()
    if (out) yield out
  }
  if (!st.firstDone) endFirst(st)
  const last = fold.take()
  if (last) yield last
  if (st.uncounted.size > 0) ctx.warnings.push(`the energy counter of ${[...st.uncounted].map((s) => fold.name(s)).join(', ')} appears only after the first scrape: its power readings are used instead`)
  const refused = fold.finish(ctx)
  if (refused) ctx.problems.push(problem('log', refused, { pos: { file: ctx.file, line: 1, col: 1 } }))
}
