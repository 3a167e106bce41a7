import { problem } from '../../core/errors.js'
import type { EnergySegment, PowerSample } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import type { LogReader, ReadBatch, ReadContext } from './reader.js'

const POWER = 'DCGM_FI_DEV_POWER_USAGE'
const ENERGY = new Set(['DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION', 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION_total'])

interface Series {
  readonly metric?: Record<string, string>
  readonly values?: unknown
}

function deviceOf(labels: Record<string, string>): string {
  const host = labels.Hostname ?? labels.instance ?? ''
  const gpu = labels.UUID ?? labels.gpu ?? labels.device ?? ''
  return host ? `${host}/${gpu}` : gpu
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * A Prometheus `query_range` JSON of DCGM exporter metrics. The power gauge (W) becomes samples;
 * the energy counter (mJ since the driver loaded) becomes energy per interval, where a drop means
 * the driver reloaded and the counter restarted from zero (as Prometheus' `increase()` reads it).
 * When a GPU has both, the counter is used: it is exact across gaps.
 */
async function* readPrometheus(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  const parts: string[] = []
  for await (const batch of lines) parts.push(batch.text)
  const text = parts.join('')
  let doc: { status?: string; data?: { resultType?: string; result?: Series[] } }
  try {
    doc = JSON.parse(text) as typeof doc
  } catch (e) {
    const at = /position (\d+)/.exec(String(e))
    const line = at ? lineOfOffset(text, Number(at[1])) : 1
    ctx.problems.push(problem('log', `not valid JSON: ${(e as Error).message}`, { pos: { file: ctx.file, line, col: 1 } }))
    return
  }
  const pos = { file: ctx.file, line: 1, col: 1 }
  if (doc.status !== 'success' || doc.data?.resultType !== 'matrix' || !Array.isArray(doc.data.result)) {
    ctx.problems.push(problem('log', 'expected a Prometheus query_range response: {"status":"success","data":{"resultType":"matrix","result":[...]}}', { pos }))
    return
  }
  const counted = new Set<string>()
  for (const s of doc.data.result) if (ENERGY.has(s.metric?.__name__ ?? '')) counted.add(deviceOf(s.metric ?? {}))
  const samples: PowerSample[] = []
  const segments: EnergySegment[] = []
  let resets = 0
  for (const s of doc.data.result) {
    const labels = s.metric ?? {}
    const name = labels.__name__ ?? ''
    const device = deviceOf(labels)
    if (!Array.isArray(s.values)) continue
    const points: [number, number][] = []
    for (const v of s.values as unknown[]) {
      if (!Array.isArray(v) || typeof v[0] !== 'number' || typeof v[1] !== 'string') {
        ctx.problems.push(problem('log', `series ${name} of ${device}: expected values as [unix_seconds, "value"]`, { pos }))
        return
      }
      const value = Number(v[1])
      if (!Number.isFinite(value)) ctx.missing++
      else points.push([v[0] * 1000, value])
    }
    if (name === POWER) {
      if (counted.has(device)) continue
      for (const [atMs, watts] of points) samples.push({ atMs, watts, device })
    } else if (ENERGY.has(name)) {
      points.sort((a, b) => a[0] - b[0])
      for (let i = 1; i < points.length; i++) {
        const [t0, e0] = points[i - 1]!
        const [t1, e1] = points[i]!
        let deltaMJ = e1 - e0
        if (deltaMJ < 0) {
          resets++
          deltaMJ = e1
        }
        segments.push({ startMs: t0, endMs: t1, energyJ: deltaMJ / 1000, device })
      }
    } else {
      ctx.problems.push(problem('log', `series "${name || '(no __name__)'}" is neither ${POWER} (W) nor DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION (mJ); query the metric itself, not an expression over it`, { pos }))
      return
    }
  }
  if (resets > 0) ctx.warnings.push(`the DCGM energy counter reset ${resets} time(s) (driver reload); counted from zero after each`)
  yield { samples, segments }
}

export const prometheusReader: LogReader = {
  format: 'prometheus',
  sniff(head) {
    const text = head.join('\n')
    return text.trimStart().startsWith('{') && /"resultType"\s*:\s*"matrix"/.test(text)
  },
  read: readPrometheus,
}
