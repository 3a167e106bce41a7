import { problem } from '../../core/errors.js'
import type { PowerSample } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { badLine, isMissing, numbered, splitCsv, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

const POWER_KEY = /^system\.gpu\.(\d+)\.powerWatts$/

function timeMs(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
  return n * 1000
}

/**
 * A Weights & Biases system-metrics export: `run.history(stream="system")` written to CSV, or the
 * older local `wandb-events.jsonl`. `_timestamp` is Unix seconds; each `system.gpu.N.powerWatts`
 * column is one GPU.
 */
async function* readWandb(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  let columns: { time: number; gpus: [number, string][] } | undefined
  for await (const batch of lines) {
    const samples: PowerSample[] = []
    for (const [line, lineNo] of numbered(batch)) {
      const text = line.trim()
      if (text === '') continue
      if (text.startsWith('{')) {
        let rec: Record<string, unknown>
        try {
          rec = JSON.parse(text) as Record<string, unknown>
        } catch {
          badLine(ctx, lineNo, 'not a JSON object')
          continue
        }
        const atMs = timeMs(rec._timestamp)
        if (Number.isNaN(atMs)) {
          badLine(ctx, lineNo, 'no _timestamp (Unix seconds)')
          continue
        }
        for (const [key, value] of Object.entries(rec)) {
          const m = POWER_KEY.exec(key)
          if (!m) continue
          if (typeof value !== 'number') ctx.missing++
          else samples.push({ atMs, watts: value, device: `gpu${m[1]}` })
        }
        continue
      }
      const cells = splitCsv(line)
      if (columns === undefined) {
        const keys = cells.map((c) => c.trim())
        const time = keys.indexOf('_timestamp')
        const gpus = keys.flatMap((k, i): [number, string][] => {
          const m = POWER_KEY.exec(k)
          return m ? [[i, `gpu${m[1]}`]] : []
        })
        if (time < 0 || gpus.length === 0) {
          ctx.problems.push(problem('log', 'expected a W&B system-metrics header with _timestamp and system.gpu.N.powerWatts columns', { pos: { file: ctx.file, line: lineNo, col: 1 } }))
          return
        }
        columns = { time, gpus }
        continue
      }
      const atMs = timeMs(cells[columns.time])
      if (Number.isNaN(atMs)) {
        badLine(ctx, lineNo, `_timestamp "${cells[columns.time] ?? ''}" is not Unix seconds`)
        continue
      }
      for (const [i, device] of columns.gpus) {
        const cell = cells[i] ?? ''
        if (isMissing(cell)) {
          ctx.missing++
          continue
        }
        const watts = Number(cell)
        if (!(watts >= 0)) badLine(ctx, lineNo, `"${cell}" in column ${i + 1} is not a power in W`, { col: 1 })
        else samples.push({ atMs, watts, device })
      }
    }
    if (samples.length > 0) yield { samples }
  }
}

export const wandbReader: LogReader = {
  format: 'wandb',
  sniff(head) {
    const first = head.find((l) => l.trim() !== '') ?? ''
    return /(^|[,"])system\.gpu\.\d+\.powerWatts($|[,"])/.test(first)
  },
  read: readWandb,
}
