import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import type { LocalClock } from './local-time.js'
import { decimal, decode, DeviceSlots, fractionMs, LineShapes, newTimeCache, parseLocalMs, parseWatts } from './nvidia-smi-scan.js'
import { badLine, ColumnsBuilder, headerKey, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

/** Where the cells this reader needs sit in a line. */
interface Layout {
  readonly tsCol: number
  readonly powerCol: number
  /** -1: a single unnamed GPU. */
  readonly deviceCol: number
  readonly lastCol: number
}

const POWER_HEADERS = ['power.draw', 'power.draw.average', 'power.draw.instant']
const TIMESTAMP = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/

function layoutFromHeader(line: string): Layout | string {
  const keys = line.split(',').map(headerKey)
  const tsCol = keys.indexOf('timestamp')
  const powerCol = POWER_HEADERS.map((h) => keys.indexOf(h)).find((i) => i >= 0) ?? -1
  if (tsCol < 0) return 'the header has no timestamp column; add timestamp to --query-gpu'
  if (powerCol < 0) return `the header has no power column; expected one of ${POWER_HEADERS.join(', ')} in --query-gpu`
  const uuidCol = keys.indexOf('uuid')
  const deviceCol = uuidCol >= 0 ? uuidCol : keys.indexOf('index')
  return { tsCol, powerCol, deviceCol, lastCol: Math.max(tsCol, powerCol, deviceCol) }
}

// noheader: the timestamp is first; a value with " W" is the power (units kept); a "GPU-" cell is
// the uuid. Without units, only the 3-column `timestamp,index,power.draw` is unambiguous.
function layoutFromRow(line: string): Layout | string {
  const cells = line.split(',').map((c) => c.trim())
  const powerCol = cells.findIndex((c) => / W$/.test(c))
  const uuidCol = cells.findIndex((c) => c.startsWith('GPU-'))
  const indexCol = cells.findIndex((c, i) => i > 0 && /^\d+$/.test(c))
  if (powerCol > 0) {
    const deviceCol = uuidCol >= 0 ? uuidCol : indexCol
    return { tsCol: 0, powerCol, deviceCol, lastCol: Math.max(powerCol, deviceCol) }
  }
  if (cells.length === 3) return { tsCol: 0, powerCol: 2, deviceCol: 1, lastCol: 2 }
  return 'a headerless nvidia-smi log without units has no way to tell which column is power.draw; keep the header (use --format=csv,nounits without noheader)'
}

/** The fast path's state: the minute being read and the shapes of the lines seen so far. */
interface FastState {
  /** The layout allows it: timestamp first, the device cell (if any) before the power cell. */
  enabled: boolean
  /** `YYYY/MM/DD HH:MM:` of the minute being read (17 bytes; the last one separate). */
  readonly prefixWords: Int32Array
  prefixLast: number
  /** Its naive local ms; NaN until a line on the general path sets it. */
  minuteMs: number
  shapes: LineShapes
  hits: number
  misses: number
}

const newFastState = (layout: Layout | undefined): FastState => ({
  enabled: layout !== undefined && layout.tsCol === 0 && layout.powerCol > layout.deviceCol,
  prefixWords: new Int32Array(4),
  prefixLast: -1,
  minuteMs: NaN,
  shapes: new LineShapes(),
  hits: 0,
  misses: 0,
})

/** What `fastLine` returns for a line it leaves to the general path. */
const NOT_MINE = -1

/**
 * Reads the line at `pos` without looking for commas: a known minute prefix, seconds, a known
 * shape (which fixes the device and where power starts), the power digits, then the newline.
 * Gives what the general path would (shared parsers), or `NOT_MINE` to leave the line to it.
 * @returns the start of the next line.
 */
function fastLine(f: FastState, b: Uint8Array, view: DataView, pos: number, length: number, out: ColumnsBuilder, clock: LocalClock, ctx: ReadContext): number {
  if (pos + 20 > length) return NOT_MINE
  const p = f.prefixWords
  if (view.getInt32(pos, true) !== p[0] || view.getInt32(pos + 4, true) !== p[1] || view.getInt32(pos + 8, true) !== p[2] || view.getInt32(pos + 12, true) !== p[3] || b[pos + 16] !== f.prefixLast) return NOT_MINE
  const s1 = b[pos + 17]! - 48
  const s2 = b[pos + 18]! - 48
  if (s1 < 0 || s1 > 9 || s2 < 0 || s2 > 9 || s1 * 10 + s2 > 60) return NOT_MINE
  let i = pos + 19
  let ms = 0
  if (b[i] === 46) {
    let value = 0
    let k = i + 1
    for (; k < length; k++) {
      const c = b[k]! - 48
      if (c < 0 || c > 9) break
      value = value * 10 + c
    }
    if (k === i + 1) return NOT_MINE
    ms = fractionMs(value, k - i - 1)
    i = k
  }
  if (b[i] !== 44) return NOT_MINE
  const localMs = f.minuteMs + (s1 * 10 + s2) * 1000 + ms
  const shape = f.shapes.find(view, b, i, length)
  if (shape < 0) {
    f.misses++
    return NOT_MINE
  }
  let k = i + f.shapes.length(shape)
  while (k < length && b[k] === 32) k++
  if (b[k] === 91) {
    // [N/A], [Not Supported]: counted, skipped.
    ctx.missing++
    f.hits++
    const nl = b.indexOf(10, k)
    return nl < 0 ? length : nl + 1
  }
  const start = k
  let mantissa = 0
  let fraction = 0
  for (; k < length; k++) {
    const c = b[k]! - 48
    if (c < 0 || c > 9) break
    mantissa = mantissa * 10 + c
  }
  let digits = k - start
  if (b[k] === 46) {
    const dot = ++k
    for (; k < length; k++) {
      const c = b[k]! - 48
      if (c < 0 || c > 9) break
      mantissa = mantissa * 10 + c
    }
    fraction = k - dot
    digits += fraction
  }
  if (digits === 0) return NOT_MINE
  if (b[k] === 32 && b[k + 1] === 87) k += 2
  else if (b[k] === 87) k++
  let next: number
  const c = b[k]
  if (k === length) next = length
  else if (c === 10) next = k + 1
  else if (c === 13 && b[k + 1] === 10) next = k + 2
  else if (c === 44) {
    const nl = newlineFrom(b, view, k + 1, length)
    next = nl < length ? nl + 1 : length
  } else return NOT_MINE
  f.hits++
  out.push(clock.toUtcMs(localMs), decimal(mantissa, fraction), f.shapes.slot(shape))
  return next
}

/**
 * The first `\n` at or after `k` (or `length`). The cells after power are short, so four bytes at a
 * time in place beats a call into indexOf: a word holds a newline when (x - 0x01010101) & ~x &
 * 0x80808080 is non-zero for x = word ^ 0x0a0a0a0a, and its lowest flagged byte is the first one.
 */
function newlineFrom(b: Uint8Array, view: DataView, k: number, length: number): number {
  for (; k + 4 <= length; k += 4) {
    const x = view.getInt32(k, true) ^ 0x0a0a0a0a
    const hit = (x - 0x01010101) & ~x & 0x80808080
    if (hit !== 0) return k + ((31 - Math.clz32(hit & -hit)) >> 3)
  }
  while (k < length && b[k] !== 10) k++
  return k
}

/** Remembers the minute of a line the general path read, for the fast path. */
function learnMinute(f: FastState, b: Uint8Array, lineStart: number, minuteMs: number): void {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
  for (let k = 0; k < 4; k++) f.prefixWords[k] = view.getInt32(lineStart + k * 4, true)
  f.prefixLast = b[lineStart + 16]!
  f.minuteMs = minuteMs
}

/** The device of the cell b[start, end) (spaces trimmed), or `gpu` when there is no device cell (start < 0). */
function deviceSlot(b: Uint8Array, start: number, end: number, slots: DeviceSlots): number {
  if (start < 0) return slots.named('gpu')
  while (b[start] === 32) start++
  while (end > start && b[end - 1] === 32) end--
  return slots.get(b, start, end)
}

/** Options of `createNvidiaSmiReader`. */
export interface NvidiaSmiOptions {
  /** False reads every line on the general path (tests compare the two). */
  readonly fastPath: boolean
  /** Counts the lines read on the fast path, when given. */
  readonly stats?: { fastLines: number }
}

function createRead(options: NvidiaSmiOptions): LogReader['read'] {
  return async function* readNvidiaSmi(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
    let layout: Layout | undefined
    const time = newTimeCache()
    const slots = new DeviceSlots()
    const out = new ColumnsBuilder()
    const clock = ctx.clock
    let fast = newFastState(undefined)
    let lineNo = 0
    let fastLines = 0
    for await (const batch of lines) {
      const b = batch.bytes
      const view = new DataView(b.buffer, b.byteOffset, b.byteLength)
      const length = b.length
      const firstLineNo = lineNo
      let pos = 0
      while (pos < length) {
        lineNo++
        if (fast.enabled && fast.minuteMs === fast.minuteMs) {
          const next = fastLine(fast, b, view, pos, length, out, clock, ctx)
          if (next !== NOT_MINE) {
            pos = next
            fastLines++
            continue
          }
          // A log whose cells before power change every line (no fixed shape): stop trying.
          if (fast.misses > 256 && fast.misses > fast.hits) fast.enabled = false
        }
        const lastCol = layout === undefined ? -1 : layout.lastCol
        const tsCol = layout?.tsCol ?? -1
        const powerCol = layout?.powerCol ?? -1
        const deviceCol = layout?.deviceCol ?? -1
        let k = b.indexOf(10, pos)
        if (k < 0) k = length
        let col = 0
        let cellStart = pos
        let tsStart = -1, tsEnd = -1, pStart = -1, pEnd = -1, dStart = -1, dEnd = -1
        while (col <= lastCol) {
          let comma = cellStart
          while (comma < k && b[comma] !== 44) comma++
          if (col === tsCol) { tsStart = cellStart; tsEnd = comma }
          else if (col === powerCol) { pStart = cellStart; pEnd = comma }
          else if (col === deviceCol) { dStart = cellStart; dEnd = comma }
          col++
          if (comma === k) break
          cellStart = comma + 1
        }
        let end = k
        if (end > pos && b[end - 1] === 13) {
          end--
          if (tsEnd === k) tsEnd = end
          if (pEnd === k) pEnd = end
          if (dEnd === k) dEnd = end
        }
        const lineStart = pos
        pos = k + 1
        if (end === lineStart) continue
        // A header: the first line, or again after nvidia-smi was restarted into the same file.
        if (layout === undefined || b[lineStart] === 116 /* t */) {
          const line = decode(b, lineStart, end)
          const isHeader = line.startsWith('timestamp') || line.includes('power.draw')
          if (isHeader || layout === undefined) {
            const found = isHeader ? layoutFromHeader(line) : layoutFromRow(line)
            if (typeof found === 'string') {
              ctx.problems.push(problem('log', found, { pos: { file: ctx.file, line: lineNo, col: 1 } }))
              return
            }
            layout = found
            fast = newFastState(options.fastPath ? layout : undefined)
            // Re-read this line with the layout now known.
            if (!isHeader) {
              pos = lineStart
              lineNo--
            }
            continue
          }
        }
        if (pStart < 0 || tsStart < 0 || (deviceCol >= 0 && dStart < 0)) {
          badLine(ctx, lineNo, `expected at least ${lastCol + 1} comma-separated cells, found ${col}`)
          continue
        }
        const watts = parseWatts(b, pStart, pEnd)
        if (watts === -1) {
          ctx.missing++
          // A GPU that never reports power still gets a shape, so its lines take the fast path.
          if (fast.enabled) fast.shapes.learn(b, tsEnd, pStart, deviceSlot(b, dStart, dEnd, slots))
          continue
        }
        if (!(watts >= 0)) {
          badLine(ctx, lineNo, `power.draw "${decode(b, pStart, pEnd).trim()}" is not a power in W`, { col: pStart - lineStart + 1 })
          continue
        }
        const localMs = parseLocalMs(b, tsStart, tsEnd, time)
        if (Number.isNaN(localMs)) {
          const cell = decode(b, tsStart, tsEnd).trim()
          const hint = TIMESTAMP.test(cell) ? ' (a date that does not exist)' : ''
          badLine(ctx, lineNo, `timestamp "${cell}" is not YYYY/MM/DD HH:MM:SS.mmm${hint}`, { col: tsStart - lineStart + 1, suggestion: '2025/03/14 09:26:53.107' })
          continue
        }
        const slot = deviceSlot(b, dStart, dEnd, slots)
        if (fast.enabled) {
          if (b[lineStart]! >= 48 && b[lineStart]! <= 57) learnMinute(fast, b, lineStart, time.minuteMs)
          fast.shapes.learn(b, tsEnd, pStart, slot)
        }
        out.push(clock.toUtcMs(localMs), watts, slot)
      }
      batch.reportLineCount(lineNo - firstLineNo)
      if (options.stats) options.stats.fastLines = fastLines
      if (out.count > 0) yield { columns: out.take(slots.names) }
    }
  }
}

/** nvidia-smi `--query-gpu=timestamp,...,power.draw --format=csv[,noheader][,nounits]`. */
export const nvidiaSmiReader: LogReader = createNvidiaSmiReader({ fastPath: true })

/**
 * The nvidia-smi reader with options. A log with the timestamp first and the device before power
 * (any `--query-gpu` order nvidia-smi users write) is read on a fast path: the minute's prefix and
 * each GPU's fixed cells are compared as bytes, so no comma is searched; other lines, and other
 * layouts, go through the general path, which gives the same result.
 */
export function createNvidiaSmiReader(options: NvidiaSmiOptions): LogReader {
  return {
    format: 'nvidia-smi',
    sniff(head) {
      const first = head.find((l) => l.trim() !== '')
      if (first === undefined) return false
      if (/(^|,)\s*power\.draw(\.average|\.instant)?\s*(\[W\])?\s*(,|$)/.test(first) && first.includes('timestamp')) return true
      return TIMESTAMP.test(first.split(',')[0]!.trim())
    },
    read: createRead(options),
  }
}

/**
 * The reader with its fast path off: every line split at its commas. For tests that check the
 * fast path gives the same samples, problems and counts.
 * @internal
 */
export const nvidiaSmiGeneralReader: LogReader = createNvidiaSmiReader({ fastPath: false })
