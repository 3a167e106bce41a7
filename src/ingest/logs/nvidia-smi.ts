import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import { fastLine, learnMinute, newFastState, NOT_MINE } from './nvidia-smi-fast.js'
import { DeviceSlots, newTimeCache, parseLocalMs, parseWatts } from './nvidia-smi-scan.js'
import { COMMA, CR, decode, DIGIT_0, DIGIT_9, LF, LOWER_T, SPACE } from './scan.js'
import { badLine, ColumnsBuilder, type FastPathOptions, headerKey, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

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

/**
 * A headerless line's layout, only where nothing else can be meant: the timestamp first, one GPU
 * (`timestamp,power.draw`), the documented `timestamp,index,power.draw`, or a `GPU-…` uuid cell
 * with a single cell in W. Any other bare number may be a temperature, a clock or a fan speed as
 * well as an index (a query of `timestamp,utilization.gpu,…,temperature.gpu,power.draw` has one):
 * that is an error showing the cells, never a guess.
 */
function layoutFromRow(line: string): Layout | string {
  const cells = line.split(',').map((c) => c.trim())
  // A power cell in W; `[N/A]` where a GPU reports none.
  const watts = cells.flatMap((c, i) => (/^[\d.]+ W$|^\[.*\]$/.test(c) ? [i] : []))
  const uuids = cells.flatMap((c, i) => (c.startsWith('GPU-') ? [i] : []))
  if (cells.length === 2) return { tsCol: 0, powerCol: 1, deviceCol: -1, lastCol: 1 }
  if (cells.length === 3 && /^\d+$/.test(cells[1]!)) return { tsCol: 0, powerCol: 2, deviceCol: 1, lastCol: 2 }
  if (watts.length === 1 && uuids.length === 1) return { tsCol: 0, powerCol: watts[0]!, deviceCol: uuids[0]!, lastCol: Math.max(watts[0]!, uuids[0]!) }
  const power = watts.length === 1 ? watts[0]! + 1 : cells.length
  const seen = cells.map((c, i) => `${i + 1}: ${c === '' ? '(empty)' : c.slice(0, 40)}`).join(' | ')
  const why = watts.length > 1 ? `${watts.length} cells are in W` : watts.length === 0 && cells.length > 3 ? 'no cell carries a unit' : 'a bare number may be an index, a temperature or a clock'
  return (
    `a headerless nvidia-smi line of ${cells.length} cells (${seen}) does not say which is the power and which the GPU (${why}); ` +
    `keep the header (--format=csv without noheader), or map the columns in the manifest: logs[].columns: { time: 1, power: ${power} } (1-based positions; add device: N for the GPU column)`
  )
}

/** The device of the cell b[start, end) (spaces trimmed), or `gpu` when there is no device cell (start < 0). */
function deviceSlot(b: Uint8Array, start: number, end: number, slots: DeviceSlots): number {
  if (start < 0) return slots.named('gpu')
  while (b[start] === SPACE) start++
  while (end > start && b[end - 1] === SPACE) end--
  return slots.get(b, start, end)
}

function createRead(options: FastPathOptions): LogReader['read'] {
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
        if (fast.enabled && !Number.isNaN(fast.minuteMs)) {
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
        let k = b.indexOf(LF, pos)
        if (k < 0) k = length
        let col = 0
        let cellStart = pos
        let tsStart = -1, tsEnd = -1, pStart = -1, pEnd = -1, dStart = -1, dEnd = -1
        while (col <= lastCol) {
          let comma = cellStart
          while (comma < k && b[comma] !== COMMA) comma++
          if (col === tsCol) { tsStart = cellStart; tsEnd = comma }
          else if (col === powerCol) { pStart = cellStart; pEnd = comma }
          else if (col === deviceCol) { dStart = cellStart; dEnd = comma }
          col++
          if (comma === k) break
          cellStart = comma + 1
        }
        let end = k
        if (end > pos && b[end - 1] === CR) {
          end--
          if (tsEnd === k) tsEnd = end
          if (pEnd === k) pEnd = end
          if (dEnd === k) dEnd = end
        }
        const lineStart = pos
        pos = k + 1
        if (end === lineStart) continue
        // A header: the first line, or again after nvidia-smi was restarted into the same file.
        if (layout === undefined || b[lineStart] === LOWER_T) {
          const line = decode(b, lineStart, end)
          const isHeader = line.startsWith('timestamp') || line.includes('power.draw')
          if (isHeader || layout === undefined) {
            const found = isHeader ? layoutFromHeader(line) : layoutFromRow(line)
            if (typeof found === 'string') {
              ctx.problems.push(problem('log-header', { reason: found, file: ctx.file, line: lineNo }))
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
          if (b[lineStart]! >= DIGIT_0 && b[lineStart]! <= DIGIT_9) learnMinute(fast, b, lineStart, time.minuteMs)
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
export function createNvidiaSmiReader(options: FastPathOptions): LogReader {
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
