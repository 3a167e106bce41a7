import type { LineBatch } from '../lines.js'
import { badLine, ColumnsBuilder, type LogReader, type ReadBatch, type ReadContext } from './reader.js'
import { CR, DASH, decimal, decode, DIGIT_0, DIGIT_9, LF, newDecimalScan, scanDecimal, SPACE } from './scan.js'

const number = newDecimalScan()

// Each line is `<timestamp_ms> <value> <step>`; plain lines are read from their bytes (fastLine),
// anything else as text with the same result (test/logs-mlflow-fast.test.ts checks it).

const PATH = /(?:^|\/)metrics\/system\/(?:(.+)\/)?gpu_(\d+)_power_usage_watts$/
const LINE = /^\s*(\d+)\s+(\S+)(?:\s+(-?\d+))?\s*$/

/** The device of an MLflow metric file from its path: `gpu0`, or `<node>/gpu0` with a node id. */
export function mlflowDevice(path: string): string {
  const m = PATH.exec(path)
  if (!m) return 'gpu'
  return m[1] ? `${m[1]}/gpu${m[2]}` : `gpu${m[2]}`
}

/** Reads one line as text (the general path) into `out`. */
function readTextLine(line: string, lineNo: number, ctx: ReadContext, out: ColumnsBuilder): void {
  if (line.trim() === '') return
  const m = LINE.exec(line)
  if (!m) {
    badLine(ctx, lineNo, 'expected "<timestamp_ms> <value> <step>"', { suggestion: '1741944428512 287.4 0' })
    return
  }
  const watts = Number(m[2])
  if (Number.isNaN(watts)) {
    ctx.missing++
    return
  }
  if (!(watts >= 0)) {
    badLine(ctx, lineNo, `value "${m[2]}" is not a power in W`)
    return
  }
  out.push(Number(m[1]), watts, 0)
}

/**
 * Reads the line at b[pos] when it is plain (`1741944413000 287.4 0`: single spaces, up to 15
 * digits each, so the numbers are exact and equal Number()'s) into `out`, without a string.
 * @returns the start of the next line, or -1 to leave the line to the general path.
 */
function fastLine(b: Uint8Array, pos: number, length: number, out: ColumnsBuilder): number {
  let k = scanDecimal(b, pos, length, number)
  // Whole milliseconds: digits only, no point.
  if (number.digits !== k - pos || number.digits === 0 || number.digits > 15 || b[k] !== SPACE) return -1
  const atMs = number.mantissa
  k = scanDecimal(b, k + 1, length, number)
  if (number.digits === 0 || number.digits > 15 || b[k] !== SPACE) return -1
  const watts = decimal(number.mantissa, number.fraction)
  k++
  if (b[k] === DASH) k++
  const step = k
  while (k < length && b[k]! >= DIGIT_0 && b[k]! <= DIGIT_9) k++
  if (k === step) return -1
  if (b[k] === CR) k++
  if (k < length && b[k] !== LF) return -1
  out.push(atMs, watts, 0)
  return k + 1
}

async function* readMlflow(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  const devices = [mlflowDevice(ctx.file)]
  const out = new ColumnsBuilder()
  for await (const batch of lines) {
    const b = batch.bytes
    let lineNo = batch.firstLine
    for (let pos = 0; pos < b.length; lineNo++) {
      const next = fastLine(b, pos, b.length, out)
      if (next >= 0) {
        pos = next
        continue
      }
      const nl = b.indexOf(LF, pos)
      const end = nl < 0 ? b.length : nl > pos && b[nl - 1] === CR ? nl - 1 : nl
      readTextLine(decode(b, pos, end), lineNo, ctx, out)
      pos = nl < 0 ? b.length : nl + 1
    }
    batch.reportLineCount(lineNo - batch.firstLine)
    if (out.count > 0) yield { columns: out.take(devices) }
  }
}

/** An MLflow file-store metric file, `mlruns/<exp>/<run>/metrics/system/gpu_0_power_usage_watts`. */
export const mlflowReader: LogReader = {
  format: 'mlflow',
  sniff(head, path) {
    if (PATH.test(path)) return true
    const first = head.find((l) => l.trim() !== '')
    return first !== undefined && /^\d{13} \d+(?:\.\d+)? \d+$/.test(first.trim()) && /power_usage_watts/.test(path)
  },
  read: readMlflow,
}
