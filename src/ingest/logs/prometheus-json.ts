import { problem } from '../../core/errors.js'
import { SECOND_MS } from '../../core/units.js'
import type { LineBatch } from '../lines.js'
import { DcgmFold, dcgmDevice, ENERGY_METRICS, POWER_METRIC } from './dcgm.js'
import { HeldPower } from './held-power.js'
import type { ReadBatch, ReadContext } from './reader.js'
import { COMMA, CR, decimal, decode, DIGIT_0, DIGIT_9, DOT, LF, newDecimalScan, OPEN_BRACKET, QUOTE, scanDecimal, SPACE } from './scan.js'

const number = newDecimalScan()

// A Prometheus `query_range` response, read as it streams in flat memory:
//   {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[t,"v"],…]},…]}}
// Prometheus writes it on one line (the line reader hands it out in pieces). The structure around
// the series is walked by a small scanner that knows where it is (root, data, result, a series, its
// values); small values (`status`, `metric`, anything unknown) are cut out whole and parsed with
// JSON.parse; the pairs of `values`, almost all of the file, are read from their bytes when plain
// (`[1741944413.107,"287.4"]`) and through JSON.parse otherwise. Keys may come in any order (`jq -S`
// sorts them): status and resultType are checked when met and at the end.

const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const COLON = 0x3a
const TAB = 0x09
const BACKSLASH = 0x5c

/** Where a container sits: what its keys or elements mean. */
const ROOT = 0
const DATA = 1
const RESULT = 2
const SERIES = 3
const VALUES = 4
/** A container's state: just opened, after an element, after a comma. */
const OPENED = 0
const AFTER_VALUE = 1
const AFTER_COMMA = 2
/** What a step returns when the bytes so far do not hold the next unit whole. */
const MORE = -1
/** A value cut out whole and parsed may not be longer than this (a label set is a few hundred bytes). */
const MAX_VALUE_BYTES = 1 << 20

const NONE = 0
const POWER = 1
const ENERGY = 2

const isSpace = (c: number): boolean => c === SPACE || c === LF || c === CR || c === TAB

/** Thrown inside the scanner for input that is not a query_range; caught by the reader. */
class NotQueryRange extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message)
  }
}

class QueryRangeScanner {
  private b: Uint8Array = new Uint8Array(0)
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0))
  private k = 0
  /** The first 8 bytes of the last plain pair's time, and their digits' value (-1: none). */
  private readonly timeWords = new Int32Array(2)
  private timePrefix = -1
  /** Offset in the file of b[0]; line of b[k] and the offset where that line starts. */
  private base = 0
  line = 1
  private lineStart = 0
  private readonly where: number[] = []
  private readonly state: number[] = []
  /** The root object was closed: only whitespace may follow. */
  private done = false
  status?: unknown
  resultType?: unknown
  sawResult = false
  // The series being read: its kind and device slot once its metric is known, values met before it.
  private kind = NONE
  private slot = -1
  private metricSeen = false
  private pending: number[] = []
  private seriesAt = 0

  constructor(
    private readonly fold: DcgmFold,
    private readonly held: HeldPower,
    private readonly ctx: ReadContext,
  ) {}

  /** Line and column (1-based) of a file offset at or after the current line's start. */
  position(at: number): { line: number; col: number } {
    return { line: this.line, col: at - this.lineStart + 1 }
  }

  /** Reads what it can of `bytes` (after what was left of the last call). */
  feed(bytes: Uint8Array): void {
    const rest = this.b.subarray(this.k)
    this.base += this.k
    this.b = rest.length === 0 ? bytes : Buffer.concat([rest, bytes])
    this.view = new DataView(this.b.buffer, this.b.byteOffset, this.b.byteLength)
    this.k = 0
    this.run()
    if (this.b.length - this.k > MAX_VALUE_BYTES) this.fail('a value longer than 1 MiB (a query_range holds label sets and [time, "value"] pairs)', this.k)
  }

  /** Checks the end of the file: the document must be whole. */
  end(): void {
    this.skipSpace()
    if (this.k < this.b.length) this.fail(`the document ends early: it stops inside ${this.seen(this.k)}`, this.k)
    if (!this.done) this.fail('the document ends early: the file stops before its closing brackets (cut short?)', this.k)
  }

  private fail(message: string, k: number): never {
    throw new NotQueryRange(message, this.base + k)
  }

  /** Up to 24 characters from b[k], for messages. */
  private seen(k: number): string {
    const text = decode(this.b, k, Math.min(this.b.length, k + 24))
    return k >= this.b.length ? 'nothing' : JSON.stringify(text.length === 24 ? `${text}…` : text)
  }

  private skipSpace(): void {
    const b = this.b
    let k = this.k
    for (; k < b.length; k++) {
      const c = b[k]!
      if (c === LF) {
        this.line++
        this.lineStart = this.base + k + 1
      } else if (c !== SPACE && c !== CR && c !== TAB) break
    }
    this.k = k
  }

  /** Moves to `to`, counting the newlines passed (inside a value cut out whole). */
  private advance(to: number): void {
    for (let i = this.b.indexOf(LF, this.k); i >= 0 && i < to; i = this.b.indexOf(LF, i + 1)) {
      this.line++
      this.lineStart = this.base + i + 1
    }
    this.k = to
  }

  private run(): void {
    for (;;) {
      this.skipSpace()
      const b = this.b
      const k = this.k
      if (k >= b.length) return
      const depth = this.where.length
      if (depth === 0) {
        if (this.done) this.fail(`unexpected ${this.seen(k)} after the end of the document`, k)
        if (b[k] !== OPEN_BRACE) this.fail(`expected a JSON object, saw ${this.seen(k)}`, k)
        this.open(ROOT, k + 1)
        continue
      }
      const where = this.where[depth - 1]!
      if (where === VALUES) {
        if (this.values() === MORE) return
        continue
      }
      const state = this.state[depth - 1]!
      const c = b[k]!
      const closer = where === RESULT ? CLOSE_BRACKET : CLOSE_BRACE
      if (state === AFTER_VALUE) {
        if (c === COMMA) {
          this.state[depth - 1] = AFTER_COMMA
          this.k = k + 1
        } else if (c === closer) this.close(k + 1)
        else this.fail(`expected , or ${where === RESULT ? ']' : '}'} after a value, saw ${this.seen(k)}`, k)
        continue
      }
      if (state === OPENED && c === closer) {
        this.close(k + 1)
        continue
      }
      if (where === RESULT) {
        if (c !== OPEN_BRACE) this.fail(`expected a series {"metric": {…}, "values": […]} in "result", saw ${this.seen(k)}`, k)
        this.state[depth - 1] = AFTER_VALUE
        this.startSeries(k)
        this.open(SERIES, k + 1)
        continue
      }
      if (this.member(where, k) === MORE) return
    }
  }

  private open(where: number, k: number): void {
    this.where.push(where)
    this.state.push(OPENED)
    this.k = k
  }

  private close(k: number): void {
    const where = this.where.pop()
    this.state.pop()
    this.k = k
    if (where === SERIES) this.endSeries()
    if (this.where.length === 0) this.done = true
  }

  /** A key and its value in an object at b[k]. */
  private member(where: number, k: number): number {
    const b = this.b
    if (b[k] !== QUOTE) this.fail(`expected a key in quotes, saw ${this.seen(k)}`, k)
    const keyEnd = this.extent(k)
    if (keyEnd === MORE) return MORE
    const key = JSON.parse(decode(b, k, keyEnd)) as string
    let v = keyEnd
    while (v < b.length && isSpace(b[v]!)) v++
    if (v >= b.length) return MORE
    if (b[v] !== COLON) this.fail(`expected : after the key ${JSON.stringify(key)}, saw ${this.seen(v)}`, v)
    v++
    while (v < b.length && isSpace(b[v]!)) v++
    if (v >= b.length) return MORE
    const container = (kind: number, opener: number, what: string): number => {
      if (b[v] !== opener) this.fail(`expected "${key}" to be ${what}, saw ${this.seen(v)}`, v)
      this.state[this.where.length - 1] = AFTER_VALUE
      this.advance(v)
      this.open(kind, v + 1)
      return 0
    }
    if (where === ROOT && key === 'data') return container(DATA, OPEN_BRACE, 'an object')
    if (where === DATA && key === 'result') {
      this.sawResult = true
      return container(RESULT, OPEN_BRACKET, 'an array of series')
    }
    if (where === SERIES && key === 'values') return container(VALUES, OPEN_BRACKET, 'an array of [unix_seconds, "value"] pairs')
    // Anything else is a small value: cut out whole, parsed, used where it means something.
    const end = this.extent(v)
    if (end === MORE) return MORE
    const value = this.parse(v, end)
    this.state[this.where.length - 1] = AFTER_VALUE
    this.advance(end)
    if (where === ROOT && key === 'status') this.checkStatus(value, v)
    else if (where === DATA && key === 'resultType') this.checkResultType(value, v)
    else if (where === SERIES && key === 'metric') this.metric(value, v)
    return 0
  }

  private parse(start: number, end: number): unknown {
    try {
      return JSON.parse(decode(this.b, start, end))
    } catch (e) {
      const at = /position (\d+)/.exec(String(e))
      this.fail(`not valid JSON: ${(e as Error).message}`, start + (at ? Number(at[1]) : 0))
    }
  }

  /**
   * The end of the JSON value at b[k] (strings, objects and arrays by their brackets, outside
   * strings; a scalar up to the next delimiter), or MORE when the bytes so far end inside it.
   */
  private extent(k: number): number {
    const b = this.b
    const limit = Math.min(b.length, k + MAX_VALUE_BYTES)
    let depth = 0
    let quoted = false
    for (let i = k; i < limit; i++) {
      const c = b[i]!
      if (quoted) {
        if (c === BACKSLASH) i++
        else if (c === QUOTE) {
          quoted = false
          if (depth === 0) return i + 1
        }
      } else if (c === QUOTE) quoted = true
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (depth === 0) return i
        if (--depth === 0) return i + 1
      } else if (depth === 0 && (c === COMMA || isSpace(c))) return i
    }
    if (limit < b.length) this.fail('a value longer than 1 MiB (a query_range holds label sets and [time, "value"] pairs)', k)
    return MORE
  }

  private checkStatus(value: unknown, k: number): void {
    this.status = value
    if (value !== 'success') this.fail(`expected a Prometheus query_range response with "status":"success", saw "status":${JSON.stringify(value)}`, k)
  }

  private checkResultType(value: unknown, k: number): void {
    this.resultType = value
    if (value !== 'matrix') this.fail(`expected a query_range response, "resultType":"matrix" (a series of values over time), saw "resultType":${JSON.stringify(value)}`, k)
  }

  private startSeries(k: number): void {
    this.kind = NONE
    this.slot = -1
    this.metricSeen = false
    this.pending = []
    this.seriesAt = k
  }

  private metric(value: unknown, k: number): void {
    const labels = (value !== null && typeof value === 'object' ? value : {}) as Record<string, string>
    const name = labels.__name__ ?? ''
    if (name !== POWER_METRIC && !ENERGY_METRICS.has(name)) {
      this.fail(`series "${name || '(no __name__)'}" is neither ${POWER_METRIC} (W) nor DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION (mJ); query the metric itself, not an expression over it`, k)
    }
    this.metricSeen = true
    this.kind = name === POWER_METRIC ? POWER : ENERGY
    this.slot = this.fold.slot(dcgmDevice(labels))
    if (this.kind === ENERGY) this.fold.count(this.slot)
    // Values met before the metric (keys in another order) are taken now.
    const p = this.pending
    this.pending = []
    for (let i = 0; i < p.length; i += 2) this.take(p[i]!, p[i + 1]!)
  }

  private endSeries(): void {
    if (!this.metricSeen) this.metric(undefined, this.seriesAt)
    this.kind = NONE
  }

  /** One reading of the series being read: `seconds` Unix time, `value` W or mJ. */
  private take(seconds: number, value: number): void {
    if (this.kind === NONE) {
      this.pending.push(seconds, value)
      return
    }
    if (!Number.isFinite(value)) this.ctx.missing++
    else if (this.kind === POWER) {
      if (!this.fold.isCounted(this.slot)) this.held.push(this.slot, seconds * SECOND_MS, value)
    } else this.fold.counter(this.slot, seconds * SECOND_MS, value)
  }

  /**
   * The pairs of `values`, from b[k]: plain ones read from bytes, others cut out and parsed.
   * @returns MORE when the bytes so far end inside a pair, else 0 (the array closed, or a space).
   */
  private values(): number {
    const b = this.b
    const length = b.length
    const depth = this.where.length
    let state = this.state[depth - 1]!
    let k = this.k
    for (;;) {
      if (k >= length) break
      const c = b[k]!
      if (c === COMMA && state === AFTER_VALUE) {
        state = AFTER_COMMA
        k++
      } else if (c === OPEN_BRACKET && state !== AFTER_VALUE) {
        const end = k + 64 <= length ? this.plainPair(k) : -1
        if (end >= 0) {
          this.take(decimal(pairTime.mantissa, pairTime.fraction), decimal(number.mantissa, number.fraction))
          k = end
        } else {
          const whole = this.extent(k)
          if (whole === MORE) {
            this.state[depth - 1] = state
            this.k = k
            return MORE
          }
          const v = this.parse(k, whole)
          if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'string') {
            this.fail(`expected values as [unix_seconds, "value"], saw ${this.seen(k)}`, k)
          }
          this.k = k
          this.advance(whole)
          this.take(v[0], Number(v[1]))
          k = whole
        }
        state = AFTER_VALUE
      } else if (c === CLOSE_BRACKET && state !== AFTER_COMMA) {
        this.state[depth - 1] = state
        this.close(k + 1)
        return 0
      } else if (isSpace(c)) {
        break
      } else {
        this.fail(`expected ${state === AFTER_VALUE ? ', or ]' : 'a [unix_seconds, "value"] pair'} in "values", saw ${this.seen(k)}`, k)
      }
    }
    this.state[depth - 1] = state
    this.k = k
    return k >= length ? MORE : 0
  }

  /**
   * Reads `[1741944413.107,"287.4"]` at b[k] (the caller leaves 64 bytes after k): a JSON number
   * of up to 15 digits and a string of a plain decimal of up to 15 digits, so both are exact and
   * equal to JSON.parse and Number(). Leaves them in `pairTime` and `number`.
   * @returns the end of the pair, or -1 when it is anything else.
   */
  private plainPair(k: number): number {
    const b = this.b
    let i = k + 1
    // The time's first 8 digits change once in 1e2 s (Unix seconds): compared as two words, not read.
    let mantissa: number
    if (this.view.getInt32(i, true) === this.timeWords[0] && this.view.getInt32(i + 4, true) === this.timeWords[1] && this.timePrefix >= 0) {
      mantissa = this.timePrefix
      i += 8
    } else {
      mantissa = 0
      for (let j = 0; j < 8; j++) {
        const d = b[i + j]! - DIGIT_0
        if (d < 0 || d > 9) return this.plainPairSlow(k)
        mantissa = mantissa * 10 + d
      }
      // JSON's grammar: no leading zero.
      if (b[i] === DIGIT_0) return -1
      this.timeWords[0] = this.view.getInt32(i, true)
      this.timeWords[1] = this.view.getInt32(i + 4, true)
      this.timePrefix = mantissa
      i += 8
    }
    let digits = 8
    for (let d = b[i]! - DIGIT_0; d >= 0 && d <= 9; d = b[++i]! - DIGIT_0) {
      mantissa = mantissa * 10 + d
      digits++
    }
    let fraction = 0
    if (b[i] === DOT) {
      for (let d = b[++i]! - DIGIT_0; d >= 0 && d <= 9; d = b[++i]! - DIGIT_0) {
        mantissa = mantissa * 10 + d
        fraction++
      }
      // Digits after a point.
      if (fraction === 0) return -1
    }
    if (digits + fraction > 15 || b[i] !== COMMA || b[i + 1] !== QUOTE) return -1
    pairTime.mantissa = mantissa
    pairTime.fraction = fraction
    return this.plainValue(i + 2)
  }

  /** `plainPair` for a time of fewer than 8 digits (or other bytes there). */
  private plainPairSlow(k: number): number {
    const b = this.b
    let i = k + 1
    const first = b[i]!
    // JSON's grammar: a digit first, no leading zero, digits after a point.
    if (first < DIGIT_0 || first > DIGIT_9 || (first === DIGIT_0 && b[i + 1] !== DOT && b[i + 1] !== COMMA)) return -1
    i = scanDecimal(b, i, b.length, pairTime)
    if (pairTime.digits > 15 || b[i - 1] === DOT || b[i] !== COMMA || b[i + 1] !== QUOTE) return -1
    return this.plainValue(i + 2)
  }

  /** The `"287.4"]` of a pair at b[i] into `number`; the end of the pair, or -1. */
  private plainValue(i: number): number {
    const b = this.b
    i = scanDecimal(b, i, b.length, number)
    if (number.digits === 0 || number.digits > 15 || b[i] !== QUOTE || b[i + 1] !== CLOSE_BRACKET) return -1
    return i + 2
  }
}

const pairTime = newDecimalScan()

/**
 * Reads a query_range response of DCGM exporter metrics. Counter series give energy as they
 * stream; power readings are held (HeldPower: flat memory) until the end, because a GPU's counter
 * may come after its power, and a GPU with a counter takes its energy from it.
 */
export async function* readQueryRange(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  const fold = new DcgmFold()
  const held = new HeldPower()
  const scanner = new QueryRangeScanner(fold, held, ctx)
  try {
    try {
      for await (const batch of lines) {
        scanner.feed(batch.bytes)
        const out = fold.take()
        if (out) yield out
      }
      scanner.end()
    } catch (e) {
      if (!(e instanceof NotQueryRange)) throw e
      ctx.problems.push(problem('prometheus-not-query-range', { reason: e.message, file: ctx.file, ...scanner.position(e.at) }))
      return
    }
    if (scanner.status === undefined || scanner.resultType === undefined || !scanner.sawResult) {
      const absent = [scanner.status === undefined ? '"status"' : '', scanner.resultType === undefined ? '"resultType"' : '', scanner.sawResult ? '' : '"result"'].filter(Boolean).join(', ')
      ctx.problems.push(problem('prometheus-shape', { absent, file: ctx.file }))
      return
    }
    for (const { readings, count } of held.replay()) {
      for (let i = 0; i < count * 3; i += 3) fold.power(readings[i]!, readings[i + 1]!, readings[i + 2]!)
      const out = fold.take()
      if (out) yield out
    }
    const refused = fold.finish(ctx)
    if (refused) ctx.problems.push(problem('log-refused', { reason: refused, file: ctx.file }))
  } finally {
    held.close()
  }
}
