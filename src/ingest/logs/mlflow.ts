import type { PowerSample } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { badLine, numbered, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

const PATH = /(?:^|\/)metrics\/system\/(?:(.+)\/)?gpu_(\d+)_power_usage_watts$/
const LINE = /^\s*(\d+)\s+(\S+)(?:\s+(-?\d+))?\s*$/

/** The device of an MLflow metric file from its path: `gpu0`, or `<node>/gpu0` with a node id. */
export function mlflowDevice(path: string): string {
  const m = PATH.exec(path)
  if (!m) return 'gpu'
  return m[1] ? `${m[1]}/gpu${m[2]}` : `gpu${m[2]}`
}

async function* readMlflow(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  const device = mlflowDevice(ctx.file)
  for await (const batch of lines) {
    const samples: PowerSample[] = []
    for (const [line, lineNo] of numbered(batch)) {
      if (line.trim() === '') continue
      const m = LINE.exec(line)
      if (!m) {
        badLine(ctx, lineNo, 'expected "<timestamp_ms> <value> <step>"', { suggestion: '1741944428512 287.4 0' })
        continue
      }
      const watts = Number(m[2])
      if (Number.isNaN(watts)) {
        ctx.missing++
        continue
      }
      if (!(watts >= 0)) {
        badLine(ctx, lineNo, `value "${m[2]}" is not a power in W`)
        continue
      }
      samples.push({ atMs: Number(m[1]), watts, device })
    }
    if (samples.length > 0) yield { samples }
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
