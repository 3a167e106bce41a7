import { problem } from '../../core/errors.js'
import type { EnergySegment } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { parseTimestamp } from './local-time.js'
import { badLine, isMissing, numbered, splitCsv, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

const J_PER_KWH = 3.6e6

/**
 * CodeCarbon `emissions.csv`, every version: columns by name. One row per run; `timestamp` is the
 * end of the run (local time), `duration` s, `energy_consumed` kWh including CodeCarbon's own PUE.
 */
async function* readCodeCarbon(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  let index: Map<string, number> | undefined
  let emissionsKg = 0
  let energyKWh = 0
  for await (const batch of lines) {
    const segments: EnergySegment[] = []
    for (const [line, lineNo] of numbered(batch)) {
      if (line.trim() === '') continue
      const cells = splitCsv(line)
      if (index === undefined || cells[0] === 'timestamp' || cells[0] === 'task_name') {
        index = new Map(cells.map((c, i) => [c.trim(), i]))
        const absent = ['timestamp', 'duration', 'energy_consumed'].filter((c) => !index!.has(c))
        if (absent.length > 0) {
          ctx.problems.push(problem('log', `not a CodeCarbon emissions.csv header: no ${absent.join(', ')} column`, { pos: { file: ctx.file, line: lineNo, col: 1 } }))
          return
        }
        continue
      }
      const cell = (name: string): string => cells[index!.get(name) ?? -1] ?? ''
      const endMs = parseTimestamp(cell('timestamp'), ctx.clock)
      const durationS = Number(cell('duration'))
      const kWh = Number(cell('energy_consumed'))
      if (Number.isNaN(endMs)) {
        badLine(ctx, lineNo, `timestamp "${cell('timestamp')}" is not YYYY-MM-DDTHH:MM:SS`)
        continue
      }
      if (isMissing(cell('energy_consumed'))) {
        ctx.missing++
        continue
      }
      if (!(durationS >= 0) || !(kWh >= 0)) {
        badLine(ctx, lineNo, `duration "${cell('duration')}" (s) and energy_consumed "${cell('energy_consumed')}" (kWh) must be numbers ≥ 0`)
        continue
      }
      const runId = cell('run_id') || cell('task_name') || `line ${lineNo}`
      segments.push({ startMs: endMs - durationS * 1000, endMs, energyJ: kWh * J_PER_KWH, device: `codecarbon:${runId}` })
      energyKWh += kWh
      const emissions = Number(cell('emissions'))
      if (!isMissing(cell('emissions')) && emissions >= 0) emissionsKg += emissions
    }
    if (segments.length > 0) yield { samples: [], segments }
  }
  ctx.facilityIncluded = true
  ctx.reported = {
    tool: 'CodeCarbon',
    emissionsKgCO2e: emissionsKg,
    ...(energyKWh > 0 ? { intensityKgPerKWh: emissionsKg / energyKWh } : {}),
  }
}

export const codecarbonReader: LogReader = {
  format: 'codecarbon',
  sniff(head) {
    const first = head.find((l) => l.trim() !== '') ?? ''
    const names = first.split(',')
    return names.includes('energy_consumed') && names.includes('emissions') && (names.includes('run_id') || names.includes('task_name'))
  },
  read: readCodeCarbon,
}
