import { problem } from '../../core/errors.js'
import type { PowerSample } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { daysFromCivil } from './local-time.js'
import { badLine, headerKey, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

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
const DAY_MS = 86_400_000

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

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

/** Parses `2025/03/14 09:26:53.107` in b[i, end); naive local time as if UTC, or NaN. */
function parseLocalMs(b: string, i: number, end: number, cache: { dayKey: number; dayMs: number }): number {
  while (b.charCodeAt(i) === 32) i++
  while (end > i && b.charCodeAt(end - 1) === 32) end--
  if (end - i < 19) return NaN
  if (b.charCodeAt(i + 4) !== 47 || b.charCodeAt(i + 7) !== 47 || b.charCodeAt(i + 10) !== 32 || b.charCodeAt(i + 13) !== 58 || b.charCodeAt(i + 16) !== 58) return NaN
  let bad = 0
  const d = (k: number): number => {
    const c = b.charCodeAt(i + k) - 48
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
    if (b.charCodeAt(i + 19) !== 46) return NaN
    let scale = 100
    for (let k = i + 20; k < end; k++) {
      const c = b.charCodeAt(k) - 48
      if (c < 0 || c > 9) return NaN
      ms += c * scale
      scale /= 10
    }
  }
  const dayKey = year * 10000 + month * 100 + day
  if (dayKey !== cache.dayKey) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN
    cache.dayKey = dayKey
    cache.dayMs = daysFromCivil(year, month, day) * DAY_MS
  }
  if (hour > 23 || minute > 59 || second > 60) return NaN
  return cache.dayMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms
}

/** Watts from `287.41 W`, `287.41` or `1.2e2` in b.charCodeAt(i, end); NaN when not a number; -1 for a `[N/A)` sentinel. */
function parseWatts(b: string, i: number, end: number): number {
  while (b.charCodeAt(i) === 32) i++
  if (b.charCodeAt(i) === 91) return -1
  let value = 0
  let digits = 0
  let k = i
  for (; k < end; k++) {
    const c = b.charCodeAt(k) - 48
    if (c < 0 || c > 9) break
    value = value * 10 + c
    digits++
  }
  if (b.charCodeAt(k) === 46) {
    let scale = 0.1
    for (k++; k < end; k++) {
      const c = b.charCodeAt(k) - 48
      if (c < 0 || c > 9) break
      value += c * scale
      scale /= 10
      digits++
    }
  }
  if (digits === 0) return NaN
  while (k < end && b.charCodeAt(k) === 32) k++
  if (k === end || (b.charCodeAt(k) === 87 && k + 1 >= end)) return value
  // An exponent or junk: the slow path decides.
  const text = decode(b, i, end)
  return /^[\d.eE+-]+(?:\s*W)?\s*$/.test(text) ? Number.parseFloat(text) : NaN
}

/** Text of s[start, end), where s is the file's bytes read as latin1 (validated UTF-8 underneath). */
const decode = (s: string, start: number, end: number): string => Buffer.from(s.slice(start, end), 'latin1').toString('utf8')

/** Interns device names so the fold's Map sees the same string (hash cached) every time. */
class DeviceNames {
  private readonly names: string[] = []
  private readonly raw: string[] = []
  private last = 0

  /** The device named by s[start, end), without allocating when it was seen before. */
  get(s: string, start: number, end: number): string {
    const n = this.names.length
    const len = end - start
    // Polls list GPUs in order: try the one after the last first.
    for (let k = 0; k < n; k++) {
      const i = (this.last + 1 + k) % n
      const known = this.raw[i]!
      if (known.length === len && s.startsWith(known, start)) {
        this.last = i
        return this.names[i]!
      }
    }
    const name = decode(s, start, end)
    if (n < 1024) {
      this.names.push(name)
      this.raw.push(Buffer.from(name, 'utf8').toString('latin1'))
      this.last = n
    }
    return name
  }
}

async function* readNvidiaSmi(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  let layout: Layout | undefined
  const dayCache = { dayKey: -1, dayMs: 0 }
  const names = new DeviceNames()
  const clock = ctx.clock
  let lineNo = 0
  for await (const batch of lines) {
    const samples: PowerSample[] = []
    const b = batch.latin1
    const length = b.length
    const firstLineNo = lineNo
    let pos = 0
    while (pos < length) {
      lineNo++
      const lastCol = layout === undefined ? -1 : layout.lastCol
      const tsCol = layout?.tsCol ?? -1
      const powerCol = layout?.powerCol ?? -1
      const deviceCol = layout?.deviceCol ?? -1
      // String indexOf is a SIMD scan: find the newline, then only the commas of the cells we need.
      let k = b.indexOf('\n', pos)
      if (k < 0) k = length
      let col = 0
      let cellStart = pos
      let tsStart = -1, tsEnd = -1, pStart = -1, pEnd = -1, dStart = -1, dEnd = -1
      while (col <= lastCol) {
        let comma = b.indexOf(',', cellStart)
        if (comma < 0 || comma > k) comma = k
        if (col === tsCol) { tsStart = cellStart; tsEnd = comma }
        else if (col === powerCol) { pStart = cellStart; pEnd = comma }
        else if (col === deviceCol) { dStart = cellStart; dEnd = comma }
        col++
        if (comma === k) break
        cellStart = comma + 1
      }
      let end = k
      if (end > pos && b.charCodeAt(end - 1) === 13) {
        end--
        if (tsEnd === k) tsEnd = end
        if (pEnd === k) pEnd = end
        if (dEnd === k) dEnd = end
      }
      const lineStart = pos
      pos = k + 1
      if (end === lineStart) continue
      // A header: the first line, or again after nvidia-smi was restarted into the same file.
      if (layout === undefined || b.charCodeAt(lineStart) === 116 /* t */) {
        const line = decode(b, lineStart, end)
        const isHeader = line.startsWith('timestamp') || line.includes('power.draw')
        if (isHeader || layout === undefined) {
          const found = isHeader ? layoutFromHeader(line) : layoutFromRow(line)
          if (typeof found === 'string') {
            ctx.problems.push(problem('log', found, { pos: { file: ctx.file, line: lineNo, col: 1 } }))
            return
          }
          layout = found
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
        continue
      }
      if (!(watts >= 0)) {
        badLine(ctx, lineNo, `power.draw "${decode(b, pStart, pEnd).trim()}" is not a power in W`, { col: pStart - lineStart + 1 })
        continue
      }
      const localMs = parseLocalMs(b, tsStart, tsEnd, dayCache)
      if (Number.isNaN(localMs)) {
        const cell = decode(b, tsStart, tsEnd).trim()
        const hint = TIMESTAMP.test(cell) ? ' (a date that does not exist)' : ''
        badLine(ctx, lineNo, `timestamp "${cell}" is not YYYY/MM/DD HH:MM:SS.mmm${hint}`, { col: tsStart - lineStart + 1, suggestion: '2025/03/14 09:26:53.107' })
        continue
      }
      let device = 'gpu'
      if (dStart >= 0) {
        while (b.charCodeAt(dStart) === 32) dStart++
        while (dEnd > dStart && b.charCodeAt(dEnd - 1) === 32) dEnd--
        device = names.get(b, dStart, dEnd)
      }
      samples.push({ atMs: clock.toUtcMs(localMs), watts, device })
    }
    batch.reportLineCount(lineNo - firstLineNo)
    if (samples.length > 0) yield { samples }
  }
}

/** nvidia-smi `--query-gpu=timestamp,...,power.draw --format=csv[,noheader][,nounits]`. */
export const nvidiaSmiReader: LogReader = {
  format: 'nvidia-smi',
  sniff(head) {
    const first = head.find((l) => l.trim() !== '')
    if (first === undefined) return false
    if (/(^|,)\s*power\.draw(\.average|\.instant)?\s*(\[W\])?\s*(,|$)/.test(first) && first.includes('timestamp')) return true
    return TIMESTAMP.test(first.split(',')[0]!.trim())
  },
  read: readNvidiaSmi,
}
