import { problem } from '../../core/errors.js'
import type { PowerSample } from '../../core/samples.js'
import type { LineBatch } from '../lines.js'
import { parseTimestamp } from '../time.js'
import { badLine, isMissing, type LogReader, type ReadBatch, type ReadContext } from './reader.js'

interface Columns {
  readonly date: number
  readonly time: number
  readonly gpu: number
  readonly pwr: number
}

function columnsOf(nameLine: string): Columns {
  // `#Date Time gpu pwr ...` or `# gpu pwr ...`: the '#' may stand alone or prefix the first name.
  const names = nameLine.slice(1).trim().split(/\s+/).map((n) => n.toLowerCase())
  return { date: names.indexOf('date'), time: names.indexOf('time'), gpu: names.indexOf('gpu'), pwr: names.indexOf('pwr') }
}

async function* readDmon(lines: AsyncIterable<LineBatch>, ctx: ReadContext): AsyncGenerator<ReadBatch> {
  let cols: Columns | undefined
  let poll = -1
  let lastGpu = Infinity
  const { startMs, intervalS } = ctx.spec
  for await (const batch of lines) {
    const samples: PowerSample[] = []
    for (let n = 0; n < batch.lines.length; n++) {
      const line = batch.lines[n]!
      const lineNo = batch.firstLine + n
      if (line.trim() === '') continue
      if (line.startsWith('#')) {
        // The first of each pair of header lines names the columns; the second gives units.
        const found = columnsOf(line)
        if (found.pwr >= 0) {
          cols = found
          if (cols.date < 0 || cols.time < 0) {
            if (startMs === undefined || intervalS === undefined) {
              ctx.problems.push(
                problem('log', 'this dmon log has no timestamps (run nvidia-smi dmon with -o DT), so its samples cannot be placed in time; or give logs[].start and logs[].interval', {
                  pos: { file: ctx.file, line: lineNo, col: 1 },
                  field: 'logs.start',
                }),
              )
              return
            }
          }
        }
        continue
      }
      if (cols === undefined) {
        badLine(ctx, lineNo, 'a data line before the "# gpu pwr ..." header line')
        continue
      }
      const cells = line.trim().split(/\s+/)
      const pwr = cells[cols.pwr]
      const gpu = cols.gpu >= 0 ? (cells[cols.gpu] ?? '') : '0'
      if (pwr === undefined) {
        badLine(ctx, lineNo, `expected a pwr value in column ${cols.pwr + 1}, found ${cells.length} columns`)
        continue
      }
      let atMs: number
      if (cols.date >= 0 && cols.time >= 0) {
        // `YYYYMMDD HH:MM:SS`, local time: a form of the shared grammar.
        const text = `${cells[cols.date] ?? ''} ${cells[cols.time] ?? ''}`
        atMs = /^\d{8} \d{2}:\d{2}:\d{2}$/.test(text) ? parseTimestamp(text, ctx.clock) : NaN
        if (Number.isNaN(atMs)) {
          badLine(ctx, lineNo, `date and time "${text}" are not YYYYMMDD HH:MM:SS`)
          continue
        }
      } else {
        // Without timestamps each poll prints one row per GPU in index order: a GPU index that
        // does not grow starts the next poll.
        const index = Number(gpu)
        if (!(index > lastGpu)) poll++
        lastGpu = index
        atMs = startMs! + poll * intervalS! * 1000
      }
      if (isMissing(pwr)) {
        ctx.missing++
        continue
      }
      const watts = Number(pwr)
      if (!(watts >= 0)) {
        badLine(ctx, lineNo, `pwr "${pwr}" is not a power in W`)
        continue
      }
      samples.push({ atMs, watts, device: gpu })
    }
    if (samples.length > 0) yield { samples }
  }
}

/** `nvidia-smi dmon` text logs, with `-o DT` timestamps or an explicit start and interval. */
export const nvidiaSmiDmonReader: LogReader = {
  format: 'nvidia-smi-dmon',
  sniff(head) {
    const first = head.find((l) => l.trim() !== '')
    return first !== undefined && /^#\s*(gpu|date)\b/i.test(first) && /\bpwr\b/.test(first)
  },
  read: readDmon,
}
