import type { TimeSeen } from '../time.js'
import type { FastScanner } from './fast-lines.js'
import type { LocalClock } from './local-time.js'
import type { DeviceSlots } from './nvidia-smi-scan.js'
import type { ColumnsBuilder, ReadContext } from './reader.js'
import { DOT, exactDecimal, newDecimalScan, scanDecimal } from './scan.js'
import { FlatObject, NULL, PLAIN_NUMBER, STRING } from './scan-json.js'
import { newTimeScan, resolveTime, scanTime, type TimeScan } from './scan-time.js'

const number = newDecimalScan()

// The fast path of the power-jsonl reader: a line that is one flat object is read from its bytes
// (scan-json.ts), its keys matched as bytes, the time read by scan-time.ts, the device interned
// as bytes. No string and no object is made per line. A line it does not take in full (a string
// power, `NaN`, an escape, a nested value, a device that is not a string or a whole number, a bad
// value) is left to the general path in power-jsonl.ts, which gives the same result;
// test/logs-jsonl-fast.test.ts checks it.

/** The keys a reader looks for, in order of preference per role (what `pick` takes first). */
export interface KeyRoles {
  readonly power: readonly string[]
  readonly time: readonly string[]
  readonly device: readonly string[]
}

const POWER = 0
const TIME = 1
const DEVICE = 2

/** The keys as bytes, each with its role and rank (its place in its role's list). */
class KeyTable {
  private readonly bytes: Uint8Array[] = []
  private readonly roles: number[] = []
  private readonly ranks: number[] = []
  /** Role and rank of the last `find`. */
  role = -1
  rank = 0

  constructor(keys: KeyRoles) {
    for (const [role, names] of [[POWER, keys.power], [TIME, keys.time], [DEVICE, keys.device]] as const) {
      names.forEach((name, rank) => {
        this.bytes.push(Buffer.from(name, 'utf8'))
        this.roles.push(role)
        this.ranks.push(rank)
      })
    }
  }

  /** Looks up the key b[start, end): sets `role` (-1: none of them) and `rank`. */
  find(b: Uint8Array, start: number, end: number): void {
    const len = end - start
    for (let i = 0; i < this.bytes.length; i++) {
      const known = this.bytes[i]!
      if (known.length !== len) continue
      let k = 0
      while (k < len && b[start + k] === known[k]) k++
      if (k === len) {
        this.role = this.roles[i]!
        this.rank = this.ranks[i]!
        return
      }
    }
    this.role = -1
  }
}

/** The fast path's state. */
export interface JsonlFastState extends FastScanner {
  readonly object: FlatObject
  readonly keys: KeyTable
  readonly time: TimeScan
  readonly out: ColumnsBuilder
  readonly slots: DeviceSlots
  readonly clock: LocalClock
  readonly seen: TimeSeen
  readonly ctx: ReadContext
  /** The slot of samples without a device key. */
  readonly unnamed: number
}

/** A fresh state; samples go to `out`, devices through `slots` (shared with the general path). */
export function newJsonlFastState(keys: KeyRoles, slots: DeviceSlots, out: ColumnsBuilder, ctx: ReadContext, unnamed: string): JsonlFastState {
  return {
    lines: 0,
    scan(b, view, pos, length) {
      return scanJsonlLines(this, b, view, pos, length)
    },
    object: new FlatObject(),
    keys: new KeyTable(keys),
    time: newTimeScan(),
    out,
    slots,
    clock: ctx.clock,
    seen: ctx.timeSeen,
    ctx,
    unnamed: slots.named(unnamed),
  }
}

/** The value of a plain JSON number b[start, end) as Number() reads it, or NaN when it has too many digits to read exactly. */
function plainNumber(b: Uint8Array, start: number, end: number): number {
  scanDecimal(b, start, end, number)
  return exactDecimal(number)
}

function hasDot(b: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (b[k] === DOT) return true
  return false
}

function scanJsonlLines(f: JsonlFastState, b: Uint8Array, view: DataView, pos: number, length: number): number {
  const o = f.object
  const keys = f.keys
  while (pos < length) {
    const next = o.scan(b, pos, length)
    if (next < 0) return pos
    // Per role, the member `pick` takes: the first key of the role's list present; JSON.parse keeps the last of a repeated key.
    let power = -1, powerRank = 1 << 30, time = -1, timeRank = 1 << 30, device = -1, deviceRank = 1 << 30
    for (let m = 0; m < o.count; m++) {
      keys.find(b, o.keyStart[m]!, o.keyEnd[m]!)
      const role = keys.role
      const rank = keys.rank
      if (role === POWER && rank <= powerRank) { power = m; powerRank = rank }
      else if (role === TIME && rank <= timeRank) { time = m; timeRank = rank }
      else if (role === DEVICE && rank <= deviceRank) { device = m; deviceRank = rank }
    }
    if (power < 0 || time < 0) return pos
    const powerKind = o.kind[power]!
    if (powerKind === NULL) {
      // A missing reading: counted; its time is not read.
      f.ctx.missing++
      f.lines++
      pos = next
      continue
    }
    if (powerKind !== PLAIN_NUMBER) return pos
    const watts = plainNumber(b, o.valueStart[power]!, o.valueEnd[power]!)
    if (Number.isNaN(watts)) return pos
    // The time: a string of the grammar, or a number (Unix s or ms); scanned within its own bytes.
    const timeKind = o.kind[time]!
    const tStart = o.valueStart[time]!
    const tEnd = o.valueEnd[time]!
    if (timeKind !== STRING && timeKind !== PLAIN_NUMBER) return pos
    if (scanTime(f.time, b, view, tStart, tEnd) !== tEnd) return pos
    if (timeKind === PLAIN_NUMBER && f.time.unixBit === 0) return pos
    let slot = f.unnamed
    if (device >= 0) {
      const dStart = o.valueStart[device]!
      const dEnd = o.valueEnd[device]!
      const kind = o.kind[device]!
      // A string names itself; a whole number of up to 15 digits is named by its digits (String(n)).
      if (kind !== STRING && !(kind === PLAIN_NUMBER && dEnd - dStart <= 15 && !hasDot(b, dStart, dEnd))) return pos
      slot = f.slots.get(b, dStart, dEnd)
    }
    f.out.push(resolveTime(f.time, f.clock, f.seen), watts, slot)
    f.lines++
    pos = next
  }
  return pos
}
