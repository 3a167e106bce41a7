import type { FastScanner } from './fast-lines.js'
import type { DeviceSlots } from './nvidia-smi-scan.js'
import type { ColumnsBuilder, ReadContext } from './reader.js'
import { COMMA, CR, exactDecimal, LF, newDecimalScan, NON_ASCII, OPEN_BRACE, QUOTE, scanDecimal, SPACE, TAB } from './scan.js'
import { BOOLEAN, FlatObject, NULL, PLAIN_NUMBER, STRING } from './scan-json.js'

const number = newDecimalScan()

// The fast path of the W&B reader, for both of its layouts: a CSV line (`run.history(stream=
// "system")` written out) has its `_timestamp` and `system.gpu.N.powerWatts` cells read from their
// bytes at the header's positions; a `wandb-events.jsonl` line is scanned as a flat object
// (scan-json.ts), its GPU keys matched as bytes. No string and no object is made per line.
// Anything else (quotes, an exponent, `NaN`, a repeated key, a bad value) is left to the general
// path in wandb.ts, which gives the same result; test/logs-wandb-fast.test.ts checks it.

/** The CSV header's layout: the `_timestamp` column, and per GPU column its device slot. */
export interface WandbCsvLayout {
  readonly time: number
  /** Device slots of the GPU columns, in column order. */
  readonly gpuSlots: readonly number[]
  /** Per column up to the last one read, 1 when it is read (time or a GPU), else 0. */
  readonly needed: Uint8Array
}

/** The layout of a header whose `_timestamp` is column `time` and whose GPU columns are `gpus` (column, slot), in column order. */
export function wandbCsvLayout(time: number, gpus: readonly (readonly [number, number])[]): WandbCsvLayout {
  const needed = new Uint8Array(Math.max(time, ...gpus.map(([col]) => col)) + 1)
  needed[time] = 1
  for (const [col] of gpus) needed[col] = 1
  return { time, gpuSlots: gpus.map(([, slot]) => slot), needed }
}

const PREFIX = Buffer.from('system.gpu.', 'latin1')
const SUFFIX = Buffer.from('.powerWatts', 'latin1')
const TIMESTAMP = Buffer.from('_timestamp', 'latin1')

/** The fast path's state. */
export interface WandbFastState extends FastScanner {
  /** Set once the general path has read the CSV header. */
  csv: WandbCsvLayout | undefined
  readonly out: ColumnsBuilder
  readonly slots: DeviceSlots
  readonly ctx: ReadContext
  readonly object: FlatObject
  /** GPU numbers as written in keys (`0`, `01`), interned as bytes; their device slots by that index. */
  readonly gpuNumbers: DeviceSlots
  readonly gpuSlots: number[]
  /** Per device slot, the JSON line (by `jsonLines`) that last gave it a reading: a key repeated in a line is the general path's. */
  readonly lastLine: number[]
  jsonLines: number
  /** A line's samples before it is taken whole: watts per reading (NaN: missing), device slots. */
  readonly watts: Float64Array
  readonly devices: Uint32Array
}

/** A fresh state; samples go to `out`, devices through `slots` (shared with the general path). */
export function newWandbFastState(slots: DeviceSlots, gpuNumbers: DeviceSlots, out: ColumnsBuilder, ctx: ReadContext): WandbFastState {
  return {
    lines: 0,
    scan(b, view, pos, length) {
      return scanWandbLines(this, b, pos, length)
    },
    csv: undefined,
    out,
    slots,
    ctx,
    object: new FlatObject(),
    gpuNumbers,
    gpuSlots: [],
    lastLine: [],
    jsonLines: 0,
    watts: new Float64Array(64),
    devices: new Uint32Array(64),
  }
}

/** The value of the plain decimal b[start, end) as Number() reads it, or NaN when it is not one or not exact. */
function plainDecimal(b: Uint8Array, start: number, end: number): number {
  return scanDecimal(b, start, end, number) === end ? exactDecimal(number) : NaN
}

const startsWith = (b: Uint8Array, k: number, known: Uint8Array): boolean => {
  for (let i = 0; i < known.length; i++) if (b[k + i] !== known[i]) return false
  return true
}

/** Commits a line's readings (`n` of them) at `atMs`, missing ones counted, as the general path does. */
function commit(f: WandbFastState, atMs: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const w = f.watts[i]!
    if (Number.isNaN(w)) f.ctx.missing++
    else f.out.push(atMs, w, f.devices[i]!)
  }
  f.lines++
}

/** Whether b[k] ends a CSV cell of a line the fast path takes: a comma, the newline, a CR before it, the end. */
const cellEnds = (b: Uint8Array, k: number, length: number): boolean => {
  const c = b[k]
  return k === length || c === COMMA || c === LF || (c === CR && (k + 1 === length || b[k + 1] === LF))
}

/** A CSV line at b[pos]: its end, or -1 when it is the general path's. */
function csvLine(f: WandbFastState, layout: WandbCsvLayout, b: Uint8Array, pos: number, length: number): number {
  const { time, gpuSlots, needed } = layout
  const last = needed.length - 1
  let atMs = NaN
  let g = 0
  let k = pos
  for (let col = 0; ; col++) {
    if (needed[col] === 1) {
      // A cell read: its digits are scanned once, and must fill it.
      const start = k
      k = scanDecimal(b, k, length, number)
      if (!cellEnds(b, k, length)) return -1
      // An empty power cell is a missing reading (NaN); other cells must be plain digits, read exactly.
      const value = exactDecimal(number)
      if (col === time) {
        if (Number.isNaN(value)) return -1
        atMs = value * 1000
      } else {
        if (Number.isNaN(value) && k !== start) return -1
        f.watts[g] = value
        f.devices[g] = gpuSlots[g]!
        g++
      }
    } else {
      for (; k < length; k++) {
        const c = b[k]!
        if (c === COMMA || c === LF) break
        if (c === QUOTE || c === CR) return -1
      }
    }
    if (col === last) break
    // Fewer cells than the header: the general path's.
    if (b[k] !== COMMA) return -1
    k++
  }
  commit(f, atMs, g)
  const nl = b.indexOf(LF, k)
  return nl < 0 ? length : nl + 1
}

/** The device slot of a `system.gpu.N.powerWatts` key b[start, end), or -1 when the key is another. */
function gpuKey(f: WandbFastState, b: Uint8Array, start: number, end: number): number {
  const digits = end - start - PREFIX.length - SUFFIX.length
  if (digits < 1 || !startsWith(b, start, PREFIX) || !startsWith(b, end - SUFFIX.length, SUFFIX)) return -1
  const from = start + PREFIX.length
  for (let k = from; k < from + digits; k++) if (b[k]! < 0x30 || b[k]! > 0x39) return -1
  const i = f.gpuNumbers.get(b, from, from + digits)
  if (i === f.gpuSlots.length) f.gpuSlots.push(f.slots.named(`gpu${f.gpuNumbers.names[i]!}`))
  return f.gpuSlots[i]!
}

/** A JSON line at b[pos]: its end, or -1 when it is the general path's. */
function jsonLine(f: WandbFastState, b: Uint8Array, pos: number, length: number): number {
  const o = f.object
  const next = o.scan(b, pos, length)
  if (next < 0) return -1
  const line = ++f.jsonLines
  let atMs = NaN
  let n = 0
  for (let m = 0; m < o.count; m++) {
    const ks = o.keyStart[m]!
    const ke = o.keyEnd[m]!
    if (ke - ks === TIMESTAMP.length && startsWith(b, ks, TIMESTAMP)) {
      // The last `_timestamp` is JSON.parse's; it must be a number Number() reads exactly.
      atMs = o.kind[m] === PLAIN_NUMBER ? plainDecimal(b, o.valueStart[m]!, o.valueEnd[m]!) * 1000 : NaN
      continue
    }
    const slot = gpuKey(f, b, ks, ke)
    if (slot < 0) continue
    if (f.lastLine[slot] === line || n === f.watts.length) return -1
    f.lastLine[slot] = line
    // Any value but a number is a missing reading; a number other than plain digits is the general path's.
    const kind = o.kind[m]!
    let w = NaN
    if (kind === PLAIN_NUMBER) {
      w = plainDecimal(b, o.valueStart[m]!, o.valueEnd[m]!)
      if (Number.isNaN(w)) return -1
    } else if (kind !== STRING && kind !== NULL && kind !== BOOLEAN) return -1
    f.watts[n] = w
    f.devices[n] = slot
    n++
  }
  if (Number.isNaN(atMs)) return -1
  commit(f, atMs, n)
  return next
}

function scanWandbLines(f: WandbFastState, b: Uint8Array, pos: number, length: number): number {
  while (pos < length) {
    let k = pos
    while (k < length && (b[k] === SPACE || b[k] === TAB)) k++
    const c = b[k]
    let next: number
    if (c === OPEN_BRACE) next = jsonLine(f, b, pos, length)
    // A CSV line starts with its first cell (text the general path trims to `{` or to nothing is its own).
    else if (f.csv !== undefined && k === pos && c !== undefined && c !== LF && c !== CR && c < NON_ASCII) next = csvLine(f, f.csv, b, pos, length)
    else next = -1
    if (next < 0) return pos
    pos = next
  }
  return pos
}
