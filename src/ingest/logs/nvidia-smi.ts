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
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]

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

/** Parses `2025/03/14 09:26:53.107` at `i`; naive local time as if UTC, or NaN. */
function parseLocalMs(line: string, i: number, end: number, cache: { dayKey: number; dayMs: number }): number {
  while (line.charCodeAt(i) === 32) i++
  while (end > i && line.charCodeAt(end - 1) === 32) end--
  if (end - i < 19) return NaN
  const d = (k: number): number => line.charCodeAt(i + k) - 48
  for (const k of DIGIT_POSITIONS) {
    const c = d(k)
    if (c < 0 || c > 9) return NaN
  }
  if (line.charCodeAt(i + 4) !== 47 || line.charCodeAt(i + 7) !== 47 || line.charCodeAt(i + 10) !== 32) return NaN
  if (line.charCodeAt(i + 13) !== 58 || line.charCodeAt(i + 16) !== 58) return NaN
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)
  const month = d(5) * 10 + d(6)
  const day = d(8) * 10 + d(9)
  const hour = d(11) * 10 + d(12)
  const minute = d(14) * 10 + d(15)
  const second = d(17) * 10 + d(18)
  let ms = 0
  if (end - i > 19) {
    if (line.charCodeAt(i + 19) !== 46) return NaN
    let scale = 100
    for (let k = i + 20; k < end; k++) {
      const c = line.charCodeAt(k) - 48
      if (c < 0 || c > 9) return NaN
      ms += c * scale
      scale /= 10
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return NaN
  const dayKey = year * 10000 + month * 100 + day
  if (dayKey !== cache.dayKey) {
    cache.dayKey = dayKey
    cache.dayMs = daysFromCivil(year, month, day) * DAY_MS
  }
  return cache.dayMs + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms
}

/** Watts from `287.41 W`, `287.41` or `1.2e2`; NaN when not a number; -1 for a `[N/A]` sentinel. */
function parseWatts(line: string, i: number, end: number): number {
  while (line.charCodeAt(i) === 32) i++
  if (line.charCodeAt(i) === 91) return -1
  let value = 0
  let digits = 0
  let k = i
  for (; k < end; k++) {
    const c = line.charCodeAt(k) - 48
    if (c < 0 || c > 9) break
    value = value * 10 + c
    digits++
  }
  if (line.charCodeAt(k) === 46) {
    let scale = 0.1
    for (k++; k < end; k++) {
      const c = line.charCodeAt(k) - 48
      if (c < 0 || c > 9) break
      value += c * scale
      scale /= 10
      digits++
    }
  }
  if (digits === 0) return NaN
  // Whatever follows must be a unit or spaces; anything else (an exponent, junk) gets the slow path.
  while (k < end && line.charCodeAt(k) === 32) k++
  if (k === end || (line.charCodeAt(k) === 87 && k + 1 >= end)) return value
  const slow = Number.parseFloat(line.slice(i, end))
  return /^[\d.eE+-]+(?:\s*W)?\s*$/.test(line.slice(i, end)) ? slow : NaN
}

async function* readNvidiaSmi(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  let layout: Layout | undefined
  const dayCache = { dayKey: -1, dayMs: 0 }
  let lastDevice = 'gpu'
  const clock = ctx.clock
  for await (const batch of lines) {
    const samples: PowerSample[] = []
    const { lines: texts, firstLine } = batch
    for (let n = 0; n < texts.length; n++) {
      const line = texts[n]!
      if (line.length === 0) continue
      if (layout === undefined || line.charCodeAt(0) === 116 /* t: a header, again after a restart */) {
        if (line.startsWith('timestamp') || layout === undefined) {
          const found = line.startsWith('timestamp') || line.includes('power.draw') ? layoutFromHeader(line) : layoutFromRow(line)
          if (typeof found === 'string') {
            ctx.problems.push(problem('log', found, { pos: { file: ctx.file, line: firstLine + n, col: 1 } }))
            return
          }
          layout = found
          if (line.startsWith('timestamp') || line.includes('power.draw')) continue
        }
      }
      let start = 0
      let tsStart = -1
      let tsEnd = -1
      let pStart = -1
      let pEnd = -1
      let dStart = -1
      let dEnd = -1
      for (let col = 0; col <= layout.lastCol; col++) {
        let end = line.indexOf(',', start)
        if (end < 0) end = line.length
        if (col === layout.tsCol) {
          tsStart = start
          tsEnd = end
        } else if (col === layout.powerCol) {
          pStart = start
          pEnd = end
        } else if (col === layout.deviceCol) {
          dStart = start
          dEnd = end
        }
        if (end === line.length && col < layout.lastCol) break
        start = end + 1
      }
      const lineNo = firstLine + n
      if (pStart < 0 || tsStart < 0 || (layout.deviceCol >= 0 && dStart < 0)) {
        badLine(ctx, lineNo, `expected at least ${layout.lastCol + 1} comma-separated cells, found ${line.split(',').length}`)
        continue
      }
      const watts = parseWatts(line, pStart, pEnd)
      if (watts === -1) {
        ctx.missing++
        continue
      }
      if (!(watts >= 0)) {
        badLine(ctx, lineNo, `power.draw "${line.slice(pStart, pEnd).trim()}" is not a power in W`, { col: pStart + 1 })
        continue
      }
      const localMs = parseLocalMs(line, tsStart, tsEnd, dayCache)
      if (Number.isNaN(localMs)) {
        const text = line.slice(tsStart, tsEnd).trim()
        const hint = TIMESTAMP.test(text) ? ' (a date that does not exist)' : ''
        badLine(ctx, lineNo, `timestamp "${text}" is not YYYY/MM/DD HH:MM:SS.mmm${hint}`, { col: tsStart + 1, suggestion: '2025/03/14 09:26:53.107' })
        continue
      }
      let device = lastDevice
      if (layout.deviceCol >= 0) {
        while (line.charCodeAt(dStart) === 32) dStart++
        while (dEnd > dStart && line.charCodeAt(dEnd - 1) === 32) dEnd--
        // Reuse the previous device string when it matches: no allocation, and its hash is cached.
        if (dEnd - dStart !== lastDevice.length || !line.startsWith(lastDevice, dStart)) {
          device = line.slice(dStart, dEnd)
          lastDevice = device
        }
      }
      samples.push({ atMs: clock.toUtcMs(localMs), watts, device })
    }
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
