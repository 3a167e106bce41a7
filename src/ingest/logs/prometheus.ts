import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import { DcgmFold, dcgmDevice, ENERGY_METRICS, POWER_METRIC } from './dcgm.js'
import { isDcgmLine, readPrometheusText } from './prometheus-text.js'
import type { LogReader, ReadBatch, ReadContext } from './reader.js'

interface Series {
  readonly metric?: Record<string, string>
  readonly values?: unknown
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * A Prometheus `query_range` JSON of DCGM exporter metrics. Every series is known before any is
 * folded, so a GPU with an energy counter takes its energy from it and its power gauge is not used.
 * The response is one JSON document (Prometheus writes it on one line): parsed whole, under the
 * log size cap.
 */
async function* readQueryRange(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
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
  const fold = new DcgmFold()
  for (const s of doc.data.result) if (ENERGY_METRICS.has(s.metric?.__name__ ?? '')) fold.count(fold.slot(dcgmDevice(s.metric ?? {})))
  for (const s of doc.data.result) {
    const labels = s.metric ?? {}
    const name = labels.__name__ ?? ''
    const device = dcgmDevice(labels)
    const slot = fold.slot(device)
    if (name !== POWER_METRIC && !ENERGY_METRICS.has(name)) {
      ctx.problems.push(problem('log', `series "${name || '(no __name__)'}" is neither ${POWER_METRIC} (W) nor DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION (mJ); query the metric itself, not an expression over it`, { pos }))
      return
    }
    if (!Array.isArray(s.values)) continue
    for (const v of s.values as unknown[]) {
      if (!Array.isArray(v) || typeof v[0] !== 'number' || typeof v[1] !== 'string') {
        ctx.problems.push(problem('log', `series ${name} of ${device}: expected values as [unix_seconds, "value"]`, { pos }))
        return
      }
      const value = Number(v[1])
      if (!Number.isFinite(value)) ctx.missing++
      else if (name === POWER_METRIC) fold.power(slot, v[0] * 1000, value)
      else fold.counter(slot, v[0] * 1000, value)
    }
  }
  const out = fold.take()
  if (out) yield out
  const refused = fold.finish(ctx)
  if (refused) ctx.problems.push(problem('log', refused, { pos }))
}

/** NVIDIA DCGM exporter metrics: Prometheus text scrapes, or a `query_range` JSON response. */
export const prometheusReader: LogReader = {
  format: 'prometheus',
  sniff(head) {
    const text = head.join('\n')
    if (text.trimStart().startsWith('{')) return /"resultType"\s*:\s*"matrix"/.test(text)
    return head.some(isDcgmLine)
  },
  async *read(lines, ctx) {
    // Which layout: the first non-empty line says (JSON opens with a brace).
    const it = lines[Symbol.asyncIterator]()
    const first = await it.next()
    if (first.done) return
    const rest = async function* (): AsyncGenerator<LineBatch> {
      yield first.value
      for (let n = await it.next(); !n.done; n = await it.next()) yield n.value
    }
    const json = first.value.headLines(10).find((l) => l.trim() !== '')?.trimStart().startsWith('{') ?? false
    yield* json ? readQueryRange(rest(), ctx) : readPrometheusText(rest(), ctx)
  },
}
