import { problem } from '../../core/errors.js'
import type { LineBatch } from '../lines.js'
import { DcgmFold, dcgmDevice, ENERGY_METRICS, POWER_METRIC } from './dcgm.js'
import { badLine, numbered, type ReadBatch, type ReadContext } from './reader.js'

// Prometheus text exposition (the body of GET /metrics) of the DCGM exporter, scraped again and
// again into one file (`while sleep 15; do curl -s node:9400/metrics >> dcgm.prom; done`), read
// line by line:   name{label="value",...} value [timestamp_ms]

/** One sample line: its metric, labels text, value, and timestamp (ms) if it carries one. */
interface Sample {
  readonly name: string
  readonly labelsText: string
  readonly value: number
  readonly timestampMs?: number
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/

/** Parses `name{labels} value [timestamp]`, or says why it cannot. */
function parseSampleLine(line: string): Sample | string {
  const name = NAME.exec(line)?.[0]
  if (name === undefined) return 'expected a metric name'
  let k = name.length
  let labelsText = ''
  if (line[k] === '{') {
    // Label values may hold escaped quotes and braces: walk to the closing brace outside quotes.
    let quoted = false
    let end = -1
    for (let i = k + 1; i < line.length; i++) {
      const c = line[i]
      if (quoted) {
        if (c === '\\') i++
        else if (c === '"') quoted = false
      } else if (c === '"') quoted = true
      else if (c === '}') {
        end = i
        break
      }
    }
    if (end < 0) return 'labels are not closed with }'
    labelsText = line.slice(k + 1, end)
    k = end + 1
  }
  const rest = line.slice(k).trim().split(/\s+/)
  if (rest.length < 1 || rest.length > 2 || rest[0] === '') return 'expected a value and an optional timestamp after the metric'
  const value = rest[0] === '+Inf' ? Infinity : rest[0] === '-Inf' ? -Infinity : Number(rest[0])
  if (Number.isNaN(value) && rest[0] !== 'NaN') return `value "${rest[0]}" is not a number`
  if (rest[1] !== undefined && !/^-?\d+$/.test(rest[1])) return `timestamp "${rest[1]}" is not whole milliseconds`
  return { name, labelsText, value, ...(rest[1] !== undefined ? { timestampMs: Number(rest[1]) } : {}) }
}

/** Labels from `a="x",b="y\"z"`. */
function parseLabels(text: string): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const m of text.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"/g)) {
    labels[m[1]!] = m[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))
  }
  return labels
}

/** A line of the text format that is about DCGM power or energy (the sniff uses it). */
export const isDcgmLine = (line: string): boolean => /^(?:#\s*(?:HELP|TYPE)\s+)?DCGM_FI_DEV_\w+/.test(line.trim())

/**
 * Reads repeated scrapes. Samples carry their own timestamp, or a scrape's time is
 * `logs[].start` + its index × `logs[].interval` (a series seen again starts the next scrape). The
 * first scrape decides which GPUs have an energy counter; their power gauge is then not used.
 */
export async function* readPrometheusText(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  const fold = new DcgmFold()
  const { startMs, intervalS } = ctx.spec
  let scrape = 0
  const seen = new Set<string>()
  let firstDone = false
  const uncounted = new Set<string>()
  // The first scrape's power readings, held until it is known which GPUs have a counter.
  const held: [string, number, number][] = []
  const endFirst = (): void => {
    firstDone = true
    for (const [device, atMs, watts] of held) fold.power(device, atMs, watts)
    held.length = 0
  }
  for await (const batch of lines) {
    for (const [line, lineNo] of numbered(batch)) {
      const text = line.trim()
      if (text === '' || text.startsWith('#')) continue
      const isPower = text.startsWith(POWER_METRIC)
      const isEnergy = !isPower && text.startsWith('DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION')
      if (!isPower && !isEnergy) continue
      const sample = parseSampleLine(text)
      if (typeof sample === 'string') {
        badLine(ctx, lineNo, sample)
        continue
      }
      if (sample.name !== POWER_METRIC && !ENERGY_METRICS.has(sample.name)) continue
      const key = `${sample.name}{${sample.labelsText}}`
      if (seen.has(key)) {
        seen.clear()
        scrape++
        if (!firstDone) endFirst()
      }
      seen.add(key)
      let atMs = sample.timestampMs
      if (atMs === undefined) {
        if (startMs === undefined || intervalS === undefined) {
          ctx.problems.push(
            problem('log', 'these scrapes carry no timestamps, so their readings cannot be placed in time; give logs[].start (the first scrape) and logs[].interval (the scrape interval), or scrape with timestamps', {
              pos: { file: ctx.file, line: lineNo, col: 1 },
              field: 'logs.start',
            }),
          )
          return
        }
        atMs = startMs + scrape * intervalS * 1000
      }
      if (!Number.isFinite(sample.value)) {
        ctx.missing++
        continue
      }
      const device = dcgmDevice(parseLabels(sample.labelsText))
      if (isEnergy) {
        if (!firstDone) fold.counted.add(device)
        // A counter that appears after its GPU's power was taken would count it twice.
        if (fold.counted.has(device)) fold.counter(device, atMs, sample.value)
        else uncounted.add(device)
      } else if (firstDone) fold.power(device, atMs, sample.value)
      else held.push([device, atMs, sample.value])
    }
    const out = fold.take()
    if (out) yield out
  }
  if (!firstDone) endFirst()
  const last = fold.take()
  if (last) yield last
  if (uncounted.size > 0) ctx.warnings.push(`the energy counter of ${[...uncounted].join(', ')} appears only after the first scrape: its power readings are used instead`)
  const refused = fold.finish(ctx)
  if (refused) ctx.problems.push(problem('log', refused, { pos: { file: ctx.file, line: 1, col: 1 } }))
}
