import { daysFromCivil, isCivil } from '../time.js'
import { COLON, decimal, decode, DIGIT_0, DOT, fractionMs, newDecimalScan, OPEN_BRACKET, scanDecimal, SLASH, SPACE, UPPER_W } from './scan.js'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../core/units.js'

const number = newDecimalScan()

// Byte-level cell parsers of nvidia-smi CSV, shared by the general and the fast path of the reader
// so that both give bit-identical numbers.


/** Scratch of `parseLocalMs`: the day last parsed, and the minute of the last parse. */
export interface TimeCache {
  dayKey: number
  dayMs: number
  /** Naive local ms of the `YYYY/MM/DD HH:MM` of the last successful parse. */
  minuteMs: number
}

/** An empty `TimeCache`. */
export const newTimeCache = (): TimeCache => ({ dayKey: -1, dayMs: 0, minuteMs: NaN })

/**
 * Parses `2025/03/14 09:26:53.107` in b[i, end), spaces trimmed: naive local time as if UTC, or
 * NaN. Leaves the minute's start in `cache.minuteMs` for the fast path.
 */
export function parseLocalMs(b: Uint8Array, i: number, end: number, cache: TimeCache): number {
  while (i < end && b[i] === SPACE) i++
  while (end > i && b[end - 1] === SPACE) end--
  if (end - i < 19) return NaN
  if (b[i + 4] !== SLASH || b[i + 7] !== SLASH || b[i + 10] !== SPACE || b[i + 13] !== COLON || b[i + 16] !== COLON) return NaN
  let bad = 0
  const d = (k: number): number => {
    const c = b[i + k]! - DIGIT_0
    bad |= c < 0 || c > 9 ? 1 : 0
    return c
  }
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)
  const month = d(5) * 10 + d(6)
  const day = d(8) * 10 + d(9)
  const hour = d(11) * 10 + d(12)
  const minute = d(14) * 10 + d(15)
  const second = d(17) * 10 + d(18)
  if (bad !== 0) return NaN
  let ms = 0
  if (end - i > 19) {
    // `.107`: the fraction, read by the one decimal scanner from its dot, must fill the cell.
    if (b[i + 19] !== DOT || scanDecimal(b, i + 19, end, number) !== end || number.digits === 0) return NaN
    ms = fractionMs(number.mantissa, number.fraction)
  }
  const dayKey = year * 10000 + month * 100 + day
  if (dayKey !== cache.dayKey) {
    if (!isCivil(year, month, day)) return NaN
    cache.dayKey = dayKey
    cache.dayMs = daysFromCivil(year, month, day) * DAY_MS
  }
  if (hour > 23 || minute > 59 || second > 60) return NaN
  const minuteMs = cache.dayMs + hour * HOUR_MS + minute * MINUTE_MS
  cache.minuteMs = minuteMs
  return minuteMs + second * 1000 + ms
}

const SLOW_WATTS = /^[\d.eE+-]+(?:\s*W)?\s*$/

/** Watts from `287.41 W`, `287.41` or `1.2e2` in b[i, end); NaN when not a number; -1 for a `[N/A]` sentinel. */
export function parseWatts(b: Uint8Array, i: number, end: number): number {
  while (i < end && b[i] === SPACE) i++
  if (b[i] === OPEN_BRACKET && i < end) return -1
  let k = scanDecimal(b, i, end, number)
  if (number.digits === 0) return NaN
  while (k < end && b[k] === SPACE) k++
  if (k === end || (b[k] === UPPER_W && k + 1 >= end)) return decimal(number.mantissa, number.fraction)
  // An exponent or junk: the slow path decides.
  const text = decode(b, i, end)
  return SLOW_WATTS.test(text) ? Number.parseFloat(text) : NaN
}

// A copy that owns its memory (a Buffer's `slice` is a view that would keep a whole chunk alive).
const copy = (b: Uint8Array, start: number, end: number): Uint8Array => new Uint8Array(b.subarray(start, end))

const sameBytes = (b: Uint8Array, start: number, known: Uint8Array): boolean => {
  for (let k = 0; k < known.length; k++) if (b[start + k] !== known[k]) return false
  return true
}

// Beyond this many devices (a node has 8 or 16 GPUs; more means a changing cell), look names up by text.
const MAX_SCANNED_DEVICES = 64

/** Interns device names as small integer slots, without allocating when a name was seen before. */
export class DeviceSlots {
  /** Names by slot. */
  readonly names: string[] = []
  private readonly raw: Uint8Array[] = []
  private readonly byName = new Map<string, number>()
  private last = 0

  /** The slot of the device named by b[start, end). */
  get(b: Uint8Array, start: number, end: number): number {
    const n = this.raw.length
    if (n > MAX_SCANNED_DEVICES) return this.named(decode(b, start, end))
    const len = end - start
    // Polls list GPUs in order: try the one after the last first.
    for (let k = 0; k < n; k++) {
      const i = (this.last + 1 + k) % n
      const known = this.raw[i]!
      if (known.length === len && sameBytes(b, start, known)) return (this.last = i)
    }
    return this.add(decode(b, start, end), copy(b, start, end))
  }

  /** The slot of a name given as text. */
  named(name: string): number {
    const i = this.byName.get(name)
    return i ?? this.add(name, Buffer.from(name, 'utf8'))
  }

  private add(name: string, raw: Uint8Array): number {
    this.names.push(name)
    this.raw.push(raw)
    this.byName.set(name, this.names.length - 1)
    return (this.last = this.names.length - 1)
  }
}

/** Shapes kept; a log with more distinct ones (a changing cell before power) reads on the general path. */
const MAX_SHAPES = 64

/**
 * The bytes from the comma after the timestamp to the start of the power cell, one per device:
 * in a log whose cells between the two are fixed per GPU (name, index, uuid), a line that carries
 * a known shape has its power cell and device known without looking for commas. Compared four
 * bytes at a time.
 */
export class LineShapes {
  private readonly words: Int32Array[] = []
  private readonly bytes: Uint8Array[] = []
  /** Device slot per shape. */
  private readonly slots: number[] = []
  private last = 0

  /** Shapes known. */
  get size(): number {
    return this.bytes.length
  }

  /** Remembers b[start, end) as the shape of `slot`'s lines (no-op when known or full). */
  learn(b: Uint8Array, start: number, end: number, slot: number): void {
    if (this.bytes.length >= MAX_SHAPES || this.find(new DataView(b.buffer, b.byteOffset, b.byteLength), b, start, b.length) >= 0) return
    const bytes = copy(b, start, end)
    const view = new DataView(bytes.buffer)
    const words = new Int32Array(bytes.length >> 2)
    for (let k = 0; k < words.length; k++) words[k] = view.getInt32(k * 4, true)
    this.bytes.push(bytes)
    this.words.push(words)
    this.slots.push(slot)
  }

  /** The shape b[at, …) starts with, or -1; `limit` bounds the bytes that may be read. */
  find(view: DataView, b: Uint8Array, at: number, limit: number): number {
    const n = this.bytes.length
    for (let k = 0; k < n; k++) {
      const i = (this.last + 1 + k) % n
      if (this.matches(i, view, b, at, limit)) return (this.last = i)
    }
    return -1
  }

  /** Bytes of a shape: the power cell starts this far after the timestamp's comma. */
  length(shape: number): number {
    return this.bytes[shape]!.length
  }

  /** The device slot of a shape's lines. */
  slot(shape: number): number {
    return this.slots[shape]!
  }

  private matches(i: number, view: DataView, b: Uint8Array, at: number, limit: number): boolean {
    const bytes = this.bytes[i]!
    if (at + bytes.length > limit) return false
    const words = this.words[i]!
    for (let k = 0; k < words.length; k++) if (view.getInt32(at + k * 4, true) !== words[k]) return false
    for (let k = words.length * 4; k < bytes.length; k++) if (b[at + k] !== bytes[k]) return false
    return true
  }
}
