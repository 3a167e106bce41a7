import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { checkJson, reportJson, reportJsonStream, reportJsonText, stringifyJson, type FiguresJson } from '../src/render/json.js'
import { manifest, writeTree } from './support/cli.js'
import { LLAMA_SPECS, sampleReport } from './support/sample-report.js'
import { llamaComparison, sampleComparison, sampleHistory } from './support/sample-comparison.js'

const CONTRACT_NUMBERS = [
  'energyKWh',
  'operationalKgCO2e',
  'embodiedKgCO2e',
  'totalKgCO2e',
  'operational.locationKgCO2e',
  'operational.marketKgCO2e',
  'embodied.hardwareKgCO2e',
  'embodied.datacenterKgCO2e',
  'range.lowKgCO2e',
  'range.highKgCO2e',
] as const

const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o)

describe('reportJson', () => {
  const report = sampleReport()
  const json = reportJson(report)

  test('streamed a piece at a time, is the same text as JSON.stringify of the whole', () => {
    for (const r of [report, { ...report, experiments: [] }, { ...report, experiments: report.experiments.slice(0, 1) }]) {
      const pieces = [...reportJsonText(r)]
      expect(pieces.join('')).toBe(JSON.stringify(reportJson(r), null, 2))
      // One piece per experiment at least: the whole is never built as one string.
      expect(pieces.length).toBeGreaterThan(r.experiments.length)
    }
  })

  test('carries every contract field, as numbers, on experiments and totals', () => {
    expect(json.schemaVersion).toBe(1)
    for (const e of [...json.experiments, json.totals, ...Object.values(json.phases)]) {
      for (const path of CONTRACT_NUMBERS) expect(typeof at(e, path), path).toBe('number')
    }
    for (const e of json.experiments) {
      expect(e).toEqual(expect.objectContaining({ name: expect.any(String), phase: expect.any(String), file: expect.stringMatching(/\.carbon\.yml$/) }))
    }
  })

  test('keeps full precision (no rounding anywhere)', () => {
    const spec = LLAMA_SPECS.find((s) => s.name === 'llama-7b-pretrain')!
    const e = json.experiments.find((x) => x.name === spec.name)!
    const energyKWh = ((spec.count * spec.powerW * spec.hours) / 1000) * spec.pue!
    expect(e.energyKWh).toBe(energyKWh)
    expect(e.operationalKgCO2e).toBe(energyKWh * spec.gridKgPerKWh!)
    expect(e.operational.marketKgCO2e).toBe(energyKWh * spec.marketKgPerKWh!)
    expect(e.operational.marginalKgCO2e).toBe(energyKWh * spec.marginalKgPerKWh!)
    // a survives-serialization check: JSON keeps every digit
    expect(JSON.parse(stringifyJson(json)).experiments[1].energyKWh).toBe(e.energyKWh)
  })

  test('totals are the sum of the experiments; the headline basis follows the report', () => {
    const sum = (f: (x: FiguresJson) => number): number => json.experiments.reduce((s, x) => s + f(x), 0)
    expect(json.totals.totalKgCO2e).toBeCloseTo(sum((x) => x.totalKgCO2e), 9)
    expect(json.totals.range.lowKgCO2e).toBeLessThan(json.totals.totalKgCO2e)
    expect(json.totals.range.highKgCO2e).toBeGreaterThan(json.totals.totalKgCO2e)
    const market = reportJson({ ...report, basis: 'market', experiments: report.experiments.map((x) => ({ ...x, operationalKgCO2e: x.operational.marketKgCO2e })) })
    expect(market.basis).toBe('market')
    expect(market.experiments[1]!.operationalKgCO2e).toBe(market.experiments[1]!.operational.marketKgCO2e)
  })

  test('omits marginal where it is unknown rather than writing zero or null', () => {
    const sweep = json.experiments.find((x) => x.name === 'lr-sweep-7b')!
    expect('marginalKgCO2e' in sweep.operational).toBe(false)
    expect(stringifyJson(json)).not.toMatch(/null|NaN/)
  })

  test('names coefficients by id and lists every source they cite', () => {
    const ids = new Set(json.sources.map((s) => s.id))
    for (const e of json.experiments) for (const c of e.coefficients) expect(ids.has(c.sourceId), c.id).toBe(true)
    const serving = json.experiments.find((x) => x.name === 'chat-serving-march')!
    expect(serving.energySource).toBe('measured')
    expect(serving.sci?.unit).toBe('1M tokens')
    expect(serving.sci!.kgCO2ePerUnit * serving.sci!.count).toBeCloseTo(serving.totalKgCO2e, 9)
  })
})

describe('checkJson', () => {
  const c = llamaComparison()
  const json = checkJson(c)

  test('adds base, head, delta, budgets, verdict and history to the head report', () => {
    expect(json.verdict).toBe('fail')
    expect(json.base?.totals.totalKgCO2e).toBe(c.base!.totals.totalKgCO2e.central)
    expect(json.head.totals.totalKgCO2e).toBe(c.head.totals.totalKgCO2e.central)
    // a reader of `report` JSON reads the head from the top level
    expect(json.experiments).toEqual(json.head.experiments)
    for (const path of CONTRACT_NUMBERS) expect(typeof at(json.delta, path), path).toBe('number')
    expect(json.delta.totalKgCO2e).toBe(json.head.totals.totalKgCO2e - json.base!.totals.totalKgCO2e)
    expect(json.budgets.map((b) => [b.name, b.verdict])).toEqual([
      ['total', 'pass'],
      ['increase', 'fail'],
      ['phase:training', 'pass'],
    ])
    for (const b of json.budgets) expect(b.margin).toBe(b.limitValue - b.actual)
  })

  test('per-experiment deltas sum to the total delta and carry their attribution', () => {
    const sum = json.delta.experiments.reduce((s, d) => s + d.deltaKgCO2e, 0)
    expect(sum).toBeCloseTo(json.delta.totalKgCO2e, 6)
    const added = json.delta.experiments.find((d) => d.status === 'added')!
    expect(added.name).toBe('eval-harness-7b')
    expect(added.baseKgCO2e).toBeUndefined()
    expect(added.deltaShare).toBeUndefined()
    const pretrain = json.delta.experiments.find((d) => d.name === 'llama-7b-pretrain')!
    expect(pretrain.attribution.reduce((s, a) => s + a.deltaKgCO2e, 0)).toBeCloseTo(pretrain.deltaKgCO2e, 6)
  })

  test('history is oldest first even when given newest first', () => {
    const history = sampleHistory(5)
    const reversed = checkJson(sampleComparison(c.base, c.head, { history: [...history].reverse() }))
    expect(reversed.history.map((h) => h.sha)).toEqual(history.map((h) => h.sha))
    expect(reversed.history[0]).toEqual({ sha: history[0]!.sha, date: history[0]!.date, totalKgCO2e: history[0]!.totalKgCO2e, subject: history[0]!.subject })
  })

  test('without a base: base is null, delta equals the head', () => {
    const first = checkJson(sampleComparison(undefined, sampleReport()))
    expect(first.base).toBeNull()
    expect(first.baseRef).toBeNull()
    expect(first.delta.totalKgCO2e).toBe(first.totals.totalKgCO2e)
    expect(first.delta.share).toBeUndefined()
    expect(first.delta.experiments.every((d) => d.status === 'added')).toBe(true)
  })
})

describe('report --format json, streamed', () => {
  test('writes the same text as the whole report, with experiments assessed one at a time (logs, series, models)', async () => {
    const { fsSource } = await import('../src/ingest/fs-source.js')
    const { loadReport, streamReport } = await import('../src/run/load-report.js')
    const examples = fileURLToPath(new URL('../examples', import.meta.url))
    const whole = await loadReport(fsSource(examples))
    const streamed = await streamReport(fsSource(examples))
    expect(whole.report!.models.length).toBeGreaterThan(0)
    expect(whole.report!.experiments.some((e) => e.measured)).toBe(true)
    const { start, experiments, end } = streamed.stream!
    expect([...reportJsonStream(start, experiments, end)].join('')).toBe(JSON.stringify(reportJson(whole.report!), null, 2))
    expect(streamed.problems).toEqual(whole.problems)
  })

  test('writes nothing when an input has an error: the run stops before the first experiment', async () => {
    const { fsSource } = await import('../src/ingest/fs-source.js')
    const { streamReport } = await import('../src/run/load-report.js')
    const dir = writeTree({ 'a.carbon.yml': manifest('a'), 'b.carbon.yml': `${manifest('b')}logs:\n  - path: missing.csv\n` })
    const streamed = await streamReport(fsSource(dir))
    expect(streamed.stream).toBeUndefined()
    expect(streamed.problems.some((p) => p.severity === 'error' && p.message.includes('missing.csv'))).toBe(true)
  })
})
