import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LogSpec } from '../src/core/model.js'
import type { LineBatch } from '../src/ingest/lines.js'
import type { LogReader } from '../src/ingest/logs/reader.js'
import { createWandbReader, wandbGeneralReader } from '../src/ingest/logs/wandb.js'
import { batches, copies, readBatches } from './support/read-log.js'

// The W&B reader reads plain history-CSV lines and flat wandb-events.jsonl objects from their
// bytes. These properties check that it gives exactly what the general path (splitCsv or
// JSON.parse per line) gives: samples, problems, missing and bad-line counts, line counts.

const spec: LogSpec = { path: 'system.csv', timezone: 'UTC', replicas: 1, gapThresholdS: 30, gaps: 'bridge' }
const read = (reader: LogReader, parts: readonly LineBatch[]) => readBatches(reader, parts, spec, 'UTC')

const power = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((n) => (n % 4 === 0 ? String(n) : (n / 100).toFixed(2))) },
  { weight: 1, arbitrary: fc.constantFrom('', '-', 'NaN', '[N/A]', ' 12.5', '1e2', '-3', '.5', '12.', 'abc', '12345678901234567890', '007') },
)
const oddity = fc.constantFrom('blank', 'quoted', 'short', 'bad-time', 'spaced-time', 'cr-inside', 'leading-space', 'unicode', 'json-line', 'header-again', 'long-time')
const row = fc.record({
  power: fc.array(power, { minLength: 4, maxLength: 4 }),
  oddity: fc.oneof({ weight: 10, arbitrary: fc.constant('none') }, { weight: 1, arbitrary: oddity }),
})
type Row = { readonly power: readonly string[]; readonly oddity: string }

/** A history CSV: `_runtime`, `_timestamp` and per GPU its power and another metric, in a few orders. */
function renderCsv(order: number, gpus: number, rows: readonly Row[], t0: number, crlf: boolean): string {
  const names: string[] = ['_runtime', '_timestamp']
  for (let g = 0; g < gpus; g++) names.push(`system.gpu.${g}.powerWatts`, `system.gpu.${g}.gpu`)
  if (order === 1) names.reverse()
  if (order === 2) names.push('system.cpu', '_step')
  const lines = [names.join(',')]
  let tick = 0
  for (const [i, r] of rows.entries()) {
    tick++
    const t = t0 + i * 15.1
    let ts = [t.toFixed(1), t.toFixed(6), String(Math.floor(t))][tick % 3]!
    if (r.oddity === 'bad-time') ts = ['', 'x', '1.7e9', '-5'][tick % 4]!
    if (r.oddity === 'spaced-time') ts = ` ${ts}`
    if (r.oddity === 'long-time') ts = '17419444130000000001'
    const cells = names.map((n) => {
      if (n === '_timestamp') return ts
      if (n === '_runtime') return (i * 15.1).toFixed(1)
      const m = /^system\.gpu\.(\d+)\.powerWatts$/.exec(n)
      if (m) return r.power[Number(m[1])]!
      return String(90 + (tick % 10))
    })
    let line = cells.join(',')
    if (r.oddity === 'quoted') line = tick % 2 === 0 ? line.replace(/,([^,]*)$/, ',"$1"') : `"1,5,6",${line}`
    if (r.oddity === 'short') line = cells.slice(0, 2).join(',')
    if (r.oddity === 'cr-inside') line = line.replace(',', '\r,')
    if (r.oddity === 'leading-space') line = ` ${line}`
    if (r.oddity === 'unicode') line = `\u00a0${line}`
    if (r.oddity === 'json-line') line = `{"_timestamp": ${t}, "system.gpu.0.powerWatts": 300.5}`
    if (r.oddity === 'header-again') lines.push(names.join(','))
    if (r.oddity === 'blank') lines.push('')
    lines.push(line)
  }
  return lines.join(crlf ? '\r\n' : '\n') + '\n'
}

/** wandb-events.jsonl: per line the GPUs' power and another metric, `_wandb`, `_timestamp`, `_runtime`. */
function renderJsonl(order: number, gpus: number, rows: readonly Row[], t0: number, crlf: boolean): string {
  const lines: string[] = []
  let tick = 0
  for (const [i, r] of rows.entries()) {
    tick++
    const t = t0 + i * 2.05
    const members: string[] = []
    for (let g = 0; g < gpus; g++) {
      let p = r.power[g]!
      p = p === '' ? 'null' : /^[\d.]+$/.test(p) && !/^\.|\.$|^0\d/.test(p) && p.length < 16 ? p : ['"NaN"', 'null', 'true', '-3', '1e2', `"${p}"`][tick % 6]!
      members.push(`"system.gpu.${g}.powerWatts": ${p}`, `"system.gpu.${g}.gpu": ${tick % 100}`)
    }
    let ts = [t.toFixed(6), t.toFixed(1), String(Math.floor(t))][tick % 3]!
    if (r.oddity === 'bad-time') ts = ['"x"', 'null', '1.7e9', '-5', `"${t}"`][tick % 5]!
    if (r.oddity === 'long-time') ts = '17419444130000000001'
    members.push('"_wandb": true', `"_timestamp": ${ts}`, `"_runtime": ${(i * 2.05).toFixed(1)}`)
    if (order === 1) members.reverse()
    if (order === 2) members.push('"system.gpu.process.0.powerWatts": 12.5', '"system.gpu.0.powerWatts": 1.5', '"7": 1')
    if (r.oddity === 'quoted') members.push('"note": "a \\"b\\""')
    if (r.oddity === 'unicode') members.push('"système": "ü"')
    if (r.oddity === 'short') members.splice(1, members.length)
    let line = `{${members.join(', ')}}`
    if (r.oddity === 'cr-inside') line = line.replace(', ', ',\r ')
    if (r.oddity === 'leading-space') line = `  ${line}`
    if (r.oddity === 'spaced-time') line = line.replace('"_timestamp": ', '"_timestamp" :  ')
    if (r.oddity === 'json-line') line = '{"_timestamp": 1741944413, "system.gpu.0.powerWatts": {"v": 1}}'
    if (r.oddity === 'header-again') line = `${line} x`
    if (r.oddity === 'blank') lines.push('   ')
    lines.push(line)
  }
  return lines.join(crlf ? '\r\n' : '\n') + '\n'
}

describe('W&B fast path', () => {
  it('gives the samples, problems and counts of the general path on generated history CSV and wandb-events.jsonl', async () => {
    const stats = { fastLines: 0 }
    let total = 0
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(row, { minLength: 1, maxLength: 100 }),
        fc.integer({ min: 1_704_067_200, max: 1_798_675_200 }),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        async (jsonl, order, gpus, rows, t0, crlf, cuts) => {
          const text = (jsonl ? renderJsonl : renderCsv)(order, gpus, rows, t0 + 0.25, crlf)
          const parts = batches(text, cuts)
          const general = await read(wandbGeneralReader, copies(parts))
          const fast = await read(createWandbReader({ fastPath: true, stats }), copies(parts))
          expect(fast).toEqual(general)
          total += stats.fastLines
        },
      ),
      { numRuns: 400 },
    )
    // Not vacuous: the generated logs do take the fast path.
    expect(total).toBeGreaterThan(1000)
  })

  it.each([
    ['history CSV', renderCsv],
    ['wandb-events.jsonl', renderJsonl],
  ] as const)('reads every line of a plain %s on the fast path', async (_, render) => {
    const rows: Row[] = Array.from({ length: 2000 }, (_, i) => ({ power: [(380 + (i % 7)).toFixed(1), '412.25', '0', '655'], oddity: 'none' }))
    const parts = batches(render(0, 4, rows, 1_741_944_413.5, false), [0.3, 0.7])
    const stats = { fastLines: 0 }
    const general = await read(wandbGeneralReader, copies(parts))
    const fast = await read(createWandbReader({ fastPath: true, stats }), copies(parts))
    expect(fast).toEqual(general)
    expect(fast.problems).toEqual([])
    expect(fast.samples).toHaveLength(8000)
    expect(stats.fastLines).toBe(2000)
  })
})
