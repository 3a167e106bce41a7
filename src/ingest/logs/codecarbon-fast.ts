import type { TimeSeen } from '../time.js'
import type { LocalClock } from './local-time.js'
import { COMMA, CR, decimal, LF, newDecimalScan, QUOTE, scanDecimal } from './scan.js'
import { newTimeScan, resolveTime, scanTime, type TimeScan } from './scan-time.js'

const number = newDecimalScan()

// The fast path of the CodeCarbon reader: a row of plain cells (no quotes) whose timestamp is of
// the common forms (scan-time.ts; CodeCarbon writes a naive `YYYY-MM-DDTHH:MM:SS`) and whose
// duration, energy and emissions are plain decimals is read from its bytes: cells found in one
// pass, the minute compared with the last row's, numbers without a string, the run's id compared
// with the last row's bytes. Anything else is left to the general
// path in codecarbon.ts, which gives the same result; test/logs-codecarbon-fast.test.ts checks it.

/** The cells that name a row's run (see runKey in codecarbon.ts). */
export const KEY_COLUMNS = ['task_name', 'run_id', 'experiment_id', 'project_name'] as const

/** The fast path's state: where its cells are, the minute being read, the last run's id bytes. */
export interface FastRows {
  readonly width: number
  readonly ts: number
  readonly duration: number
  readonly energy: number
  /** -1: no emissions column. */
  readonly emissions: number
  /** Columns of KEY_COLUMNS, -1 where absent. */
  readonly keyCols: readonly number[]
  /** The columns of keyCols that are present. */
  readonly keyPresent: Int32Array
  /** Start of each cell of the row being read; starts[width] is one past its end. */
  readonly starts: Int32Array
  readonly time: TimeScan
  /** The key cells of the last row whose run is known, separated by commas. */
  keyBytes: Uint8Array
  keyLength: number
  /** Whether keyBytes holds a row's key (none before the first row). */
  keyKnown: boolean
  /** The next quote in `quoteBytes` (its length: none) at or after the row being read, if quoteAt ≥ its start. */
  quoteBytes: Uint8Array | undefined
  quoteAt: number
  /** The row read: its time (UTC ms), duration (s), energy (kWh), emissions (kg). */
  endMs: number
  durationS: number
  energyKWh: number
  emissionsKg: number
}

/** A fresh state for a header (columns by name). */
export function newFastRows(index: ReadonlyMap<string, number>, width: number): FastRows {
  return {
    width,
    ts: index.get('timestamp')!,
    duration: index.get('duration')!,
    energy: index.get('energy_consumed')!,
    emissions: index.get('emissions') ?? -1,
    keyCols: KEY_COLUMNS.map((c) => index.get(c) ?? -1),
    keyPresent: Int32Array.from(KEY_COLUMNS.map((c) => index.get(c) ?? -1).filter((c) => c >= 0)),
    starts: new Int32Array(width + 1),
    time: newTimeScan(),
    keyBytes: new Uint8Array(256),
    keyLength: 0,
    keyKnown: false,
    quoteBytes: undefined,
    quoteAt: 0,
    // Doubles from the start, so the first row does not change the object's shape.
    endMs: 0.5,
    durationS: 0.5,
    energyKWh: 0.5,
    emissionsKg: 0.5,
  }
}

/** A cell of plain digits (up to 15: exact, so the quotient is Number()'s value), or NaN. */
function plainNumber(b: Uint8Array, start: number, end: number): number {
  if (scanDecimal(b, start, end, number) !== end || number.digits === 0 || number.digits > 15) return NaN
  return decimal(number.mantissa, number.fraction)
}

/**
 * Reads the row at b[start] when it is plain, into `f.endMs` … `f.emissionsKg`.
 * @returns the start of the next line, or -1 to leave the row to the general path.
 */
export function fastRow(f: FastRows, b: Uint8Array, view: DataView, start: number, length: number, clock: LocalClock, seen: TimeSeen): number {
  const starts = f.starts
  const width = f.width
  let cells = 1
  starts[0] = start
  let k = start
  // Four bytes at a time: a word holds a comma (a newline) when (x - 0x01010101) & ~x & 0x80808080
  // is non-zero for x = word ^ 0x2c2c2c2c (0x0a0a0a0a); its lowest flagged byte is the first such.
  for (;;) {
    if (k + 4 > length) {
      while (k < length && b[k] !== LF && b[k] !== COMMA) k++
      if (k === length || b[k] === LF) break
    } else {
      const w = view.getInt32(k, true)
      const x = w ^ 0x2c2c2c2c
      const z = w ^ 0x0a0a0a0a
      const hit = (((x - 0x01010101) & ~x) | ((z - 0x01010101) & ~z)) & 0x80808080
      if (hit === 0) {
        k += 4
        continue
      }
      k += (31 - Math.clz32(hit & -hit)) >> 3
      if (b[k] === LF) break
    }
    if (b[k] !== COMMA || cells === width) return -1
    starts[cells++] = ++k
  }
  const next = k < length ? k + 1 : length
  const end = k > start && b[k - 1] === CR ? k - 1 : k
  // Quoted cells are the general path's (the next quote is found once per batch, not per row).
  if (f.quoteBytes !== b || f.quoteAt < start) {
    f.quoteBytes = b
    f.quoteAt = b.indexOf(QUOTE, start)
    if (f.quoteAt < 0) f.quoteAt = length
  }
  if (f.quoteAt < end) return -1
  // Rows of bare commas and rows of the wrong width are the general path's to report.
  if (cells !== width || end - start === width - 1) return -1
  starts[width] = end + 1

  const t = starts[f.ts]!
  if (scanTime(f.time, b, view, t, starts[f.ts + 1]! - 1) !== starts[f.ts + 1]! - 1) return -1

  const durationS = plainNumber(b, starts[f.duration]!, starts[f.duration + 1]! - 1)
  const energyKWh = plainNumber(b, starts[f.energy]!, starts[f.energy + 1]! - 1)
  const emissionsKg = f.emissions < 0 ? 0 : plainNumber(b, starts[f.emissions]!, starts[f.emissions + 1]! - 1)
  if (durationS !== durationS || energyKWh !== energyKWh || emissionsKg !== emissionsKg) return -1
  f.endMs = resolveTime(f.time, clock, seen)
  f.durationS = durationS
  f.energyKWh = energyKWh
  f.emissionsKg = emissionsKg
  return next
}

/** Whether the key cells of the row just read are those of the last row whose run is known. */
export function sameKey(f: FastRows, b: Uint8Array): boolean {
  if (!f.keyKnown) return false
  const known = f.keyBytes
  const cols = f.keyPresent
  const starts = f.starts
  let j = 0
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i]!
    const start = starts[col]!
    const length = starts[col + 1]! - 1 - start
    if (j + length + 1 > f.keyLength) return false
    for (let k = 0; k < length; k++) if (b[start + k] !== known[j + k]) return false
    j += length
    if (known[j++] !== COMMA) return false
  }
  return j === f.keyLength
}

/** Remembers the key cells of the row just read (its run is then known). */
export function rememberKey(f: FastRows, b: Uint8Array): void {
  let j = 0
  for (const col of f.keyPresent) {
    const start = f.starts[col]!
    const end = f.starts[col + 1]! - 1
    if (j + end - start + 1 > f.keyBytes.length) {
      const grown = new Uint8Array(2 * (j + end - start + 1))
      grown.set(f.keyBytes.subarray(0, j))
      f.keyBytes = grown
    }
    f.keyBytes.set(b.subarray(start, end), j)
    j += end - start
    f.keyBytes[j++] = COMMA
  }
  f.keyLength = j
  f.keyKnown = true
}
