import { longLineError, type LineBatch } from '../lines.js'
import { readQueryRange } from './prometheus-json.js'
import { isDcgmLine, readPrometheusText } from './prometheus-text.js'
import type { LogReader } from './reader.js'

/** NVIDIA DCGM exporter metrics: Prometheus text scrapes, or a `query_range` JSON response. */
export const prometheusReader: LogReader = {
  format: 'prometheus',
  // query_range JSON; its text scrapes refuse a line over LONG_LINE_BYTES themselves.
  longLines: true,
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
    const json = first.value.headLines(10).find((l) => l.trim() !== '')?.trimStart().startsWith('{') ?? false
    // A query_range is one JSON document, often on one line (given in pieces); scrapes are lines.
    const rest = async function* (): AsyncGenerator<LineBatch> {
      for (let n: IteratorResult<LineBatch> = first; !n.done; n = await it.next()) {
        if (n.value.continues && !json) throw longLineError(n.value, ctx.file, 'prometheus text')
        yield n.value
      }
    }
    yield* json ? readQueryRange(rest(), ctx) : readPrometheusText(rest(), ctx)
  },
}
