import type { LineBatch } from '../lines.js'
import { badLine, ColumnsBuilder, type LogReader, type ReadBatch, type ReadContext } from './reader.js'
import { READ, readBatchLines, type FastScanner } from './fast-lines.js'
import { CR, DASH, decimal, DIGIT_0, DIGIT_9, LF, newDecimalScan, scanDecimal, SPACE } from './scan.js'

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
function readTextLine(line: string, lineNo: number, ctx: ReadContext, out: ColumnsBuilder): typeof READ {
  if (line.trim() === '') return READ
  const m = LINE.exec(line)
  if (!m) {
    badLine(ctx, lineNo, 'expected "<timestamp_ms> <value> <step>"', { suggestion: '1741944428512 287.4 0' })
    return READ
  }
  const watts = Number(m[2])
  if (Number.isNaN(watts)) ctx.missing++
  else if (!(watts >= 0)) badLine(ctx, lineNo, `value "${m[2]}" is not a power in W`)
  else out.push(Number(m[1]), watts, 0)
  return READ
}

/**
 * Reads lines from b[pos] while they are plain (`1741944413000 287.4 0`: single spaces, up to 15
 * digits each, so the numbers are exact and equal Number()'s) into `out`, without a string.
 * @returns the start of the first line left to the general path.
 */
function scanLines(scanner: FastScanner, b: Uint8Array, pos: number, length: number, out: ColumnsBuilder): number {
  while (pos < length) {
    let k = scanDecimal(b, pos, length, number)
    // Whole milliseconds: digits only, no point.
    if (number.digits !== k - pos || number.digits === 0 || number.digits > 15 || b[k] !== SPACE) return pos
    const atMs = number.mantissa
    k = scanDecimal(b, k + 1, length, number)
    if (number.digits === 0 || number.digits > 15 || b[k] !== SPACE) return pos
    const watts = decimal(number.mantissa, number.fraction)
    k++
    if (b[k] === DASH) k++
    const step = k
    while (k < length && b[k]! >= DIGIT_0 && b[k]! <= DIGIT_9) k++
    if (k === step) return pos
    if (b[k] === CR) k++
    if (k < length && b[k] !== LF) return pos
    out.push(atMs, watts, 0)
    scanner.lines++
    pos = k + 1
  }
  return length
}

async function* readMlflow(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  const devices = [mlflowDevice(ctx.file)]
  const out = new ColumnsBuilder()
  const scanner: FastScanner = { lines: 0, scan: (b, _view, pos, length) => scanLines(scanner, b, pos, length, out) }
  const general = (line: string, lineNo: number): typeof READ => readTextLine(line, lineNo, ctx, out)
  for await (const batch of lines) {
    readBatchLines(batch, () => scanner, general)
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
