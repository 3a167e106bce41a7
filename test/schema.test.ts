/**
 * The JSON Schemas under schema/ (for editors and SchemaStore): equal to a fresh generation from the
 * zod schemas, accepted by a standard validator (ajv) on every example, refusing what `report`
 * refuses on the documented mistakes, and agreeing with the zod schemas on generated cases.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PHASES } from '../src/core/model.js'
import { isUnitProblem, parseQuantity, quantityPattern, unitsOf, type Dimension } from '../src/core/units.js'
import { configSchema, readConfig } from '../src/ingest/config.js'
import { jsonSchemas, schemaText, SCHEMA_FILES } from '../src/ingest/json-schema.js'
import { manifestSchema } from '../src/ingest/manifest-schema.js'
import { readManifest } from '../src/ingest/manifest.js'
import { codeBlocks, section } from './support/markdown.js'

const ROOT = new URL('..', import.meta.url).pathname
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const committed = (key: keyof typeof SCHEMA_FILES) => JSON.parse(read(`schema/${SCHEMA_FILES[key]}`)) as Record<string, unknown>

// strict: an unknown keyword or a type mix-up in the schema is an error, not silently ignored
// (strictRequired is off: `anyOf: [{ required: [count] }, …]` names properties defined one level up).
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false })
const validateManifest = ajv.compile(committed('manifest'))
const validateConfig = ajv.compile(committed('config'))

/** The manifest fields ajv flags, dotted as `report` names them (`hardware.0.power`). */
function flagged(validate: ValidateFunction, value: unknown): string[] {
  validate(value)
  const field = (e: ErrorObject) => {
    const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty))
    if (e.keyword === 'required') path.push(String(e.params.missingProperty))
    return path.join('.')
  }
  return [...new Set((validate.errors ?? []).map(field))].sort()
}

describe('schema/', () => {
  it('equals a fresh generation from the zod schemas (npm run schema)', () => {
    const fresh = jsonSchemas()
    for (const key of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
      expect(read(`schema/${SCHEMA_FILES[key]}`), `schema/${SCHEMA_FILES[key]} is stale: run npm run schema`).toBe(schemaText(fresh[key]))
    }
  })

  it('names the schema in every example, and every example is valid', () => {
    const dir = join(ROOT, 'examples/experiments')
    const files = readdirSync(dir).filter((f) => /\.carbon\.(ya?ml|json)$/.test(f))
    expect(files.length).toBeGreaterThanOrEqual(5)
    for (const f of files) {
      const text = read(`examples/experiments/${f}`)
      const value = parse(text) as Record<string, unknown>
      if (f.endsWith('.json')) expect(value.$schema, f).toBe('../../schema/manifest.json')
      else expect(text.split('\n')[0], f).toBe('# yaml-language-server: $schema=../../schema/manifest.json')
      expect(flagged(validateManifest, value), f).toEqual([])
    }
    const config = read('examples/carbon-budget.yml')
    expect(config.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/config.json')
    expect(flagged(validateConfig, parse(config)), 'examples/carbon-budget.yml').toEqual([])
  })

  it('accepts every manifest and config example of the docs and the README', () => {
    const blocks = [...codeBlocks(read('docs/manifest.md')), ...codeBlocks(read('README.md'))].filter((b) => b.lang === 'yaml' && b.annotation?.kind !== 'mistakes')
    let manifests = 0
    let configs = 0
    for (const b of blocks) {
      const value = parse(b.text) as Record<string, unknown> // workflows too: a copied block must parse
      if ('jobs' in value || 'on' in value) continue
      const isConfig = b.text.startsWith('# carbon-budget.yml') || 'manifests' in value || 'fail-on' in value
      if (isConfig) configs++
      else manifests++
      expect(flagged(isConfig ? validateConfig : validateManifest, value), b.text).toEqual([])
    }
    expect(manifests).toBeGreaterThanOrEqual(5)
    expect(configs).toBeGreaterThanOrEqual(2)
  })

  it('flags the same fields as report on the documented mistakes', () => {
    const mistakes = codeBlocks(section(read('docs/manifest.md'), 'Errors')).find((b) => b.annotation?.kind === 'mistakes')!
    const { problems } = readManifest(mistakes.text, 'a.carbon.yml', {})
    const fromReport = [...new Set(problems.map((p) => p.field!))].sort()
    expect(fromReport.length).toBeGreaterThanOrEqual(3)
    expect(flagged(validateManifest, parse(mistakes.text))).toEqual(fromReport)
  })

  it('flags what report flags in a bad config', () => {
    const cases = ['budgets:\n  total: 50\n', 'fail-on: budgets\n', 'basis: locaton\n', 'budgets:\n  increase: 10 percent\n', 'budgets: { phases: { traning: 5 tCO2e } }\n', 'history: 2.5\n']
    for (const text of cases) {
      const fromReport = [...new Set(readConfig(text).problems.map((p) => p.field!))].sort()
      expect(fromReport.length, text).toBeGreaterThan(0)
      expect(flagged(validateConfig, parse(text)), text).toEqual(fromReport)
    }
  })
})

describe('schema/ and zod agree', () => {
  // Quantities are drawn inside each field's bounds: a pattern cannot compare "20 kW" with 10 kW
  // (bounds and catalog ids are for `carbon-budget validate`); everything else is generated freely.
  // Each value is valid 30 times in 31, so a fair share of the cases are valid manifests.
  const pick = <T>(valid: readonly T[], invalid: readonly T[]) => fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 30 }, { arbitrary: fc.constantFrom(...invalid), weight: 1 })
  const q = (valid: string[], invalid: (string | number)[] = []) => pick<unknown>(valid, [...invalid, 400, '400', 'W', '-5 h', '5 parsecs'])
  const junk = fc.constantFrom<unknown>(null, true, [], {}, 'x', 3)
  const some = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: (keyof T)[] = []) => fc.record(model, { requiredKeys: required as never })
  /** One object in ten gets a misspelt key. */
  const typo = <T extends object>(arb: fc.Arbitrary<T>, key: string) => fc.tuple(arb, fc.nat(9)).map(([o, n]) => (n === 0 ? { ...o, [key]: 1 } : o))
  const hardware = typo(some(
    {
      device: pick<unknown>(['nvidia-h100-sxm5-80gb', 'custom', 'a100'], ['', 7]),
      count: pick<unknown>([1, 8, 10_000_000], [0, 2.5, '8', 10_000_001]),
      power: q(['400 W', '0.4 kW', '350W', '1,200 mW', '52 W'], ['400 kWh', '4 MWh']),
      embodied: q(['150 kgCO2e', '0.15 tCO2e', '150 kg CO2-eq', '150 kgCO₂e', '300 lbCO2e']),
      'device-hours': q(['200 h', '3 d', '90 min', '2 weeks'], ['0 h', '0.0 d']),
      transport: q(['12 kgCO2e']),
      'end-of-life': q(['0.5 kgCO2e']),
    },
    ['device', 'count'],
  ), 'colour')
  const grid = fc.oneof(
    some({ intensity: q(['385 gCO2e/kWh', '0.385 kgCO2e/kWh', '0.4 tCO2e/MWh']), series: pick(['grid/a.csv'], ['']) }),
    some({ zone: pick(['FR', 'US-MIDA-PJM'], ['']), series: pick(['grid/a.csv'], ['']) }),
    some({ country: pick(['USA', 'FRA'], ['F']), region: pick(['aws/us-east-1'], ['x']) }),
    typo(some({ region: pick(['aws/us-east-1', 'gcp/europe-west4'], ['x']) }), 'colour'),
  )
  const market = fc.oneof(
    some({ intensity: q(['95 gCO2e/kWh', '80 g CO2e / kWh']) }, ['intensity']),
    some({ 'carbon-free-energy': q(['62 %', '62%', '0 %', '100 %']) }, ['carbon-free-energy']),
    some({ intensity: q(['95 gCO2e/kWh']), 'carbon-free-energy': q(['62 %']) }),
  )
  const embodied = some({ lifetime: q(['5 y', '4 years', '6 yr', '730 d'], ['0 y']), 'active-share': q(['85 %', '100%', '0.5 %'], ['0 %', '0.0 %', '85']), datacenter: pick<unknown>([true, false], ['yes']), transport: pick<unknown>([true, false], ['no']), 'end-of-life': pick<unknown>([false], [0]) })
  const log = some(
    {
      path: pick<unknown>(['runs/a.csv'], ['', 3]),
      format: pick(['nvidia-smi', 'auto', 'mlflow'], ['nvidia']),
      timezone: pick(['UTC', 'Europe/Paris'], ['']),
      replicas: pick<unknown>([1, 32], [0, 1.5]),
      'gap-threshold': q(['5 min', '60 s', '1 h'], ['0 s']),
      gaps: pick(['bridge', 'zero', 'fail'], ['skip']),
      start: pick(['2026-03-01T08:00:00Z'], ['']),
      interval: q(['1 s', '500 ms']),
      columns: some({ time: pick<unknown>(['timestamp', 1], ['', 0, 1.5]), power: pick<unknown>(['power_w', 2, ['p0', 'p1'], [3, 4]], [[], '  ', [0]]), device: pick<unknown>(['gpu'], [true]) }),
      'power-unit': pick(['mW', 'W', 'kW'], ['MW', 'w']),
    },
    ['path'],
  )
  const manifest = typo(some(
    {
      $schema: pick<unknown>(['../schema/manifest.json'], [3]),
      name: pick<unknown>(['pretrain', ' a '], ['', '   ', 'x'.repeat(201), 5]),
      phase: pick<unknown>(PHASES, ['trainng', 3]),
      description: pick<unknown>(['a sweep'], ['x'.repeat(2001)]),
      duration: q(['132 h', '30 d', '90 min', '2.5 hours'], ['0 h']),
      start: fc.constantFrom('2026-03-01T08:00:00Z'),
      end: fc.constantFrom('2026-03-02T08:00:00Z'),
      hardware: fc.oneof({ arbitrary: fc.array(hardware, { minLength: 1, maxLength: 3 }), weight: 30 }, { arbitrary: fc.oneof(fc.constant([]), junk), weight: 1 }),
      pue: pick<unknown>([1, 1.135, 5], [0.9, 6, '1.1']),
      grid: fc.oneof({ arbitrary: grid, weight: 30 }, { arbitrary: junk, weight: 1 }),
      market: fc.oneof({ arbitrary: market, weight: 30 }, { arbitrary: junk, weight: 1 }),
      embodied: fc.oneof({ arbitrary: embodied, weight: 30 }, { arbitrary: junk, weight: 1 }),
      'scope1-intensity': q(['20 gCO2e/kWh']),
      logs: fc.oneof({ arbitrary: fc.array(log, { maxLength: 2 }), weight: 30 }, { arbitrary: junk, weight: 1 }),
      'functional-unit': some({ name: pick(['1M tokens'], ['']), count: pick<unknown>([300, 1e-9], [0, 1e-12, '3']) }, ['name', 'count']),
    },
    ['name', 'phase', 'hardware'],
  ), 'hardwre')
  const mass = (extra: string[] = []) => q(['50 tCO2e', '500 kgCO2e', '2 t CO2e'], extra)
  const config = typo(some({
    manifests: pick<unknown>([['**/*.carbon.yml']], [[], [''], 'x']),
    defaults: typo(some({ pue: pick<unknown>([1.1], [0.5]), grid, market, embodied }, ['pue']), 'colour'),
    basis: pick(['location', 'market'], ['locaton']),
    intensity: pick(['average', 'marginal'], ['hourly']),
    budgets: some({
      total: mass(),
      increase: pick<unknown>(['10 %', '2 tCO2e', '5%'], ['10', 10, '10 percent']),
      phases: some({ training: mass(), inference: mass(), traning: mass() }, ['training']),
      experiments: fc.dictionary(pick(['llama-*', 'serve-*'], ['']), mass(), { maxKeys: 2 }),
      sci: fc.dictionary(fc.constantFrom('*', 'serve-*'), q(['5 gCO2e', '0.5 kgCO2e'])),
    }),
    'fail-on': pick(['never', 'budget', 'increase', 'any'], ['budgets']),
    'budgets-from': pick(['head', 'base'], ['pr']),
    history: pick<unknown>([0, 20, 500], [501, 2.5]),
    limits: some({ 'manifest-bytes': pick<unknown>([1024, 2 ** 20], [1000, 2 ** 30]), 'log-bytes': pick<unknown>([2 ** 30], [512]) }),
  }), 'colour')

  /** ajv and zod give the same verdict on every case; enough cases are valid that both sides are exercised. */
  const agree = (cases: fc.Arbitrary<unknown>, zod: { safeParse: (v: unknown) => { success: boolean } }, validate: ValidateFunction, minValid: number) => {
    let valid = 0
    fc.assert(
      fc.property(cases, (value) => {
        const ok = zod.safeParse(value).success
        if (ok) valid++
        expect(validate(value), JSON.stringify(validate.errors)).toBe(ok)
      }),
      { numRuns: 2000, seed: 13 },
    )
    expect(valid).toBeGreaterThan(minValid)
  }

  it('on generated manifests', () => agree(manifest, manifestSchema, validateManifest, 200))
  it('on the cases the generator reaches rarely', () => {
    const base = { name: 'a', phase: 'training', hardware: [{ device: 'nvidia-l4', count: 1 }] }
    const log = (extra: object) => ({ ...base, logs: [{ path: 'a.csv', ...extra }] })
    const cases = [{ ...base, name: '  ' }, log({ columns: { power: '  ' } }), log({ columns: { power: ['p', ' '] } }), log({ columns: { time: 0 } }), log({ 'power-unit': 'MW' }), { ...base, grid: { zone: 'FR', series: 'a.csv' } }]
    for (const c of cases) expect(validateManifest(c), JSON.stringify(c)).toBe(manifestSchema.safeParse(c).success)
  })
  it('on generated configs', () => agree(config, configSchema(), validateConfig, 100))

  it('on generated quantities: the unit pattern accepts what parseQuantity accepts', () => {
    const dimensions: Dimension[] = ['power', 'duration', 'energy', 'mass', 'intensity', 'ratio', 'capacity-carbon']
    const units = dimensions.flatMap((d) => unitsOf(d))
    const spelled = fc.oneof(
      fc.constantFrom(...units, 'hours', 'hr', 'yrs', 'a', 'days', 'minutes', 'sec', 'kgCO2eq/kWh', 'g CO2-eq/kWh', 'tCO₂e', 'lbCO2e', 'kgCO2', 'kg CO2 e', 'k W'),
      fc.constantFrom(...units).map((u) => u.toLowerCase()),
      fc.constantFrom(...units).chain((u) => fc.nat(u.length).map((i) => u.slice(0, i) + ' ' + u.slice(i))),
      fc.constantFrom(...units).chain((u) => fc.nat(u.length - 1).map((i) => u.slice(0, i) + u.slice(i + 1))),
      fc.constantFrom('', 'CO2e', 'parsec', '%%', 'e5 W'),
    )
    const number = fc.oneof(
      fc.nat(100_000).map(String),
      fc.double({ min: 1e-6, max: 1e6, noNaN: true }).map(String),
      fc.constantFrom('0', '00', '0.0', '.5', '5.', '1,200', '1_000', '1e3', '2E-2', '+4', '0e5', '.0'),
    )
    const text = fc.tuple(fc.constantFrom('', ' '), number, fc.constantFrom('', ' ', '  '), spelled, fc.constantFrom('', ' ')).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.constantFrom(...dimensions), fc.boolean(), (s, dimension, positive) => {
        const parsed = parseQuantity(s, dimension)
        const parses = !isUnitProblem(parsed) && (positive ? parsed.value > 0 : parsed.value >= 0)
        expect(new RegExp(quantityPattern(dimension, { positive }), 'u').test(s), `${JSON.stringify(s)} as ${dimension}${positive ? ' > 0' : ''}`).toBe(parses)
      }),
      { numRuns: 5000, seed: 13 },
    )
  })
})
