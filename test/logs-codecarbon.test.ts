import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { measureEnergy } from '../src/ingest/measure.js'
import { FIXTURES, folderSource, logSpec, memorySource } from './fixtures/logs/fixture-source.js'

const opts = { maxLogBytes: 10_000_000, manifestFile: 'exp.carbon.yml' }
const measure = (specs: Parameters<typeof measureEnergy>[0], src = folderSource()) => measureEnergy(specs, src, opts)
const DIR = 'logs/codecarbon/'

/** The rows of a CSV as records, by a regex split (not the reader's splitter). */
function records(text: string): Record<string, string>[] {
  const rows = text.split(/\r?\n/).filter((l) => l !== '').map((l) => [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!).slice(0, -1))
  const [header, ...data] = rows
  return data.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? ''])))
}

/**
 * The expected energy of a CodeCarbon file, computed apart from the reader: group rows by run
 * (run_id with task_name, else experiment_id), keep each group's row with the latest timestamp
 * (the larger energy on a tie), and add those rows' energy_consumed.
 */
function lastRowsKWh(file: string): { kWh: number; runs: number; rows: number } {
  const rows = records(readFileSync(`${FIXTURES}${DIR}${file}`, 'utf8')).filter((r) => Object.values(r).some((v) => v !== ''))
  const last = new Map<string, Record<string, string>>()
  for (const r of rows) {
    const key = `${r.run_id ?? ''}|${r.task_name ?? ''}|${r.run_id ? '' : (r.experiment_id ?? '')}`
    const held = last.get(key)
    const newer = !held || r.timestamp! > held.timestamp! || (r.timestamp === held.timestamp && Number(r.energy_consumed) >= Number(held.energy_consumed))
    if (newer) last.set(key, r)
  }
  return { kWh: [...last.values()].reduce((s, r) => s + Number(r.energy_consumed), 0), runs: last.size, rows: rows.length }
}

describe('CodeCarbon cumulative rows, every version', () => {
  const files = [
    'emissions-v1.2.0-crlf.csv',
    'emissions-v2.2.3-append.csv',
    'emissions-v2.3.4.csv',
    'emissions-v2.8.2-update.csv',
    'emissions-v3.2.1-append.csv',
    'emissions-v3.2.csv',
    'emissions_bert-finetune_0cb1e29c-658c-4a14-95e6-0af593bd04cf.csv',
  ]
  it.each(files)('%s: the sum of each run’s last row, with runs and folded rows reported', async (file) => {
    const expected = lastRowsKWh(file)
    const { measured, problems } = await measure([logSpec(DIR + file)])
    expect(problems).toEqual([])
    expect(measured!.energyKWh).toBeCloseTo(expected.kWh, 12)
    expect(measured!.facilityIncluded).toBe(true)
    const folded = expected.rows - expected.runs
    expect(measured!.notes).toEqual([expect.stringContaining(`CodeCarbon: ${expected.runs} run${expected.runs === 1 ? '' : 's'} from ${expected.rows} row${expected.rows === 1 ? '' : 's'}, ${folded} cumulative`)])
  })

  it('is detected without a run_id (1.x) and reads its CRLF rows', async () => {
    const { measured } = await measure([logSpec(`${DIR}emissions-v1.2.0-crlf.csv`)])
    expect(measured!.devices).toBe(2)
  })

  it('folds a run flushed five times into one, far below the sum of its rows', async () => {
    const all = records(readFileSync(`${FIXTURES}${DIR}emissions-v2.2.3-append.csv`, 'utf8')).reduce((s, r) => s + Number(r.energy_consumed), 0)
    const { measured } = await measure([logSpec(`${DIR}emissions-v2.2.3-append.csv`)])
    expect(measured!.devices).toBe(2)
    expect(all / measured!.energyKWh).toBeGreaterThan(2.5)
    // Each run's span is its last row's duration, ending at its last timestamp.
    expect(measured!.endMs - measured!.startMs).toBeGreaterThan(4012 * 1000)
  })

  it('warns of the corrupt empty row, and takes the later of two rows in the same second', async () => {
    const { measured } = await measure([logSpec(`${DIR}emissions-v3.2.1-append.csv`)])
    expect(measured!.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/line 4: every cell empty \(a corrupt row\): skipped/)])
  })

  it('reads a cumulative value that goes down within a run as a restart, counts both parts, and warns', async () => {
    const header = 'timestamp,project_name,run_id,duration,emissions,energy_consumed'
    const csv = [header, '2025-01-01T10:00:00,p,r1,60,0.01,0.5', '2025-01-01T10:01:00,p,r1,120,0.02,1.0', '2025-01-01T10:02:00,p,r1,30,0.005,0.2', '2025-01-01T10:03:00,p,r1,90,0.01,0.6', ''].join('\n')
    const { measured, problems } = await measure([logSpec('e.csv', { format: 'codecarbon' })], memorySource({ 'e.csv': csv }))
    expect(problems).toEqual([])
    expect(measured!.energyKWh).toBeCloseTo(1.0 + 0.6, 12)
    expect(measured!.warnings[0]!.message).toMatch(/run r1: the cumulative energy_consumed or duration goes down from line 3 .* to line 4 .*restart/)
    expect(measured!.notes![0]).toMatch(/1 run from 4 rows, 2 cumulative rows folded/)
  })

  it('adds rows without any id, each its own run', async () => {
    const csv = 'timestamp,project_name,run_id,duration,emissions,energy_consumed\n2025-01-01T10:00:00,,,60,0.01,0.5\n2025-01-01T11:00:00,,,60,0.01,0.25\n'
    const { measured } = await measure([logSpec('e.csv', { format: 'codecarbon' })], memorySource({ 'e.csv': csv }))
    expect(measured!.energyKWh).toBeCloseTo(0.75, 12)
    expect(measured!.notes![0]).toMatch(/2 runs from 2 rows, 0 cumulative rows folded/)
  })

  it('refuses a row whose cells do not match the header (shifted columns), at its line', async () => {
    const csv = 'timestamp,project_name,run_id,duration,emissions,energy_consumed\n2025-01-01T10:00:00,p,r1,60,0.01,0.5\n2025-01-01T10:01:00,p,r1,0.02,1.0\n'
    const { measured, problems } = await measure([logSpec('e.csv', { format: 'codecarbon' })], memorySource({ 'e.csv': csv }))
    expect(measured).toBeUndefined()
    expect(problems[0]).toMatchObject({ pos: { line: 3 }, message: expect.stringMatching(/5 cells where the header has 6/) })
  })
})
