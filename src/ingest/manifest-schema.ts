import { z } from 'zod'
import { PHASES } from '../core/model.js'
import { QUANTITY_OF, percent, quantity } from './quantity-schema.js'
import { HOURS_PER_YEAR } from '../core/units.js'

const name = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters').meta({ pattern: '\\S' })

// Each refine below carries its JSON Schema twin in `.meta()`, so schema/ (for editors) says the same.
/** JSON Schema: at most one of these keys. */
const atMostOne = (keys: readonly string[]) => ({ not: { anyOf: keys.flatMap((a, i) => keys.slice(i + 1).map((b) => ({ required: [a, b] }))) } })
/** JSON Schema: at least one of these keys. */
const anyOf = (keys: readonly string[]) => ({ anyOf: keys.map((k) => ({ required: [k] })) })

const gridSchema = z
  .strictObject({
    intensity: quantity('intensity', { max: 3 }).optional(),
    zone: z.string().min(1).max(64).optional(),
    country: z.string().min(2).max(64).optional(),
    region: z.string().min(3).max(64).optional(),
    series: z.string().min(1).max(1024).optional(),
    // An annual marginal for this grid (a zone's own, e.g. from WattTime or a utility), instead of the national operating margin.
    'marginal-intensity': quantity('intensity', { max: 3 }).optional(),
  })
  .refine((g) => [g.intensity, g.zone, g.country, g.region].filter((x) => x !== undefined).length <= 1, {
    message: 'give one of intensity, zone, country or region (series may go with any of them)',
  })
  .meta(atMostOne(['intensity', 'zone', 'country', 'region']))

const marketSchema = z
  .strictObject({
    intensity: quantity('intensity', { max: 3 }).optional(),
    'carbon-free-energy': percent().optional(),
    // The supplier's or region's residual mix, for the energy no instrument covers (GHG Protocol Scope 2 guidance).
    'residual-intensity': quantity('intensity', { max: 3 }).optional(),
    matching: z.enum(['annual', 'hourly']).optional(),
    // matching: hourly: a repo file of the contracted carbon-free supply hour by hour (docs/formats.md).
    supply: z.string().min(1).max(1024).optional(),
    // Accepted only to be refused with the reason: offsets are not a Scope 2 instrument.
    offsets: z.unknown().optional(),
  })
  // Hourly matching (supply) is checked by ingest, which says what goes with it.
  .refine((m) => m.offsets !== undefined || m.supply !== undefined || m.matching === 'hourly' || (m.intensity === undefined) !== (m['carbon-free-energy'] === undefined && m['residual-intensity'] === undefined), {
    message: 'give either intensity (a contract for all the energy), or carbon-free-energy and/or residual-intensity, or matching: hourly with supply',
  })
  // intensity alone, or a share and/or a residual mix (zod also refuses intensity with either), or a supply file.
  .meta({ ...anyOf(['intensity', 'carbon-free-energy', 'residual-intensity', 'supply']), not: { anyOf: [{ required: ['intensity', 'carbon-free-energy'] }, { required: ['intensity', 'residual-intensity'] }] } })

const embodiedSchema = z.strictObject({
  lifetime: quantity('duration', { positive: true, min: 0.25 * HOURS_PER_YEAR, max: 30 * HOURS_PER_YEAR }).optional(),
  'active-share': percent().refine((x) => x > 0, 'must be greater than 0 %').register(QUANTITY_OF, { dimension: 'ratio', bounds: { positive: true } }).optional(),
  datacenter: z.boolean().optional(),
  // false leaves the stage out, to match a published cradle-to-gate boundary (BLOOM's counts manufacturing only).
  transport: z.boolean().optional(),
  'end-of-life': z.boolean().optional(),
})

const hardwareSchema = z
  .strictObject({
    device: z.string().min(1).max(100),
    count: z.number().int('must be a whole number').min(1).max(10_000_000).optional(),
    // 10 kW per device is far above any accelerator board (B200: 1.2 kW): a larger figure is a unit slip.
    power: quantity('power', { max: 10_000 }).optional(),
    embodied: quantity('mass', { max: 100_000 }).optional(),
    'device-hours': quantity('duration', { positive: true, max: 1e10 }).optional(),
    transport: quantity('mass', { max: 100_000 }).optional(),
    'end-of-life': quantity('mass', { max: 100_000 }).optional(),
    'idle-power': quantity('power', { max: 10_000 }).optional(),
    'rated-power': quantity('power', { max: 10_000 }).optional(),
  })
  .refine((h) => h.count !== undefined || h['device-hours'] !== undefined, { message: 'give count (with the duration) or device-hours' })
  .meta(anyOf(['count', 'device-hours']))

// A column by its header name, or its 1-based position (headerless files).
const columnRef = z.union([z.string().trim().min(1, 'must not be empty').max(200).meta({ pattern: '\\S' }), z.number().int('must be a whole number').min(1, 'positions start at 1').max(10_000)])
const columnsSchema = z.strictObject({
  time: columnRef.optional(),
  power: z.union([columnRef, z.array(columnRef).min(1, 'list at least one column').max(256)]).optional(),
  device: columnRef.optional(),
})

// Counts may be written with thousands separators ("60,000,000"), as people write them; YAML reads that as a string.
const count = (max: number) =>
  z
    .union([z.number(), z.string().regex(/^\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$/, 'expected a number such as 60,000,000').transform((x) => Number(x.replace(/,/g, '')))])
    .pipe(z.number().min(0, 'must be zero or more').max(max, `at most ${max}`))
const rate = (max: number) => count(max).pipe(z.number().positive('must be greater than 0'))
const inferenceSchema = z.strictObject({
  requests: count(1e15).optional(),
  'requests-per-day': count(1e13).optional(),
  // 10 kWh for one request is far above any model's: a larger figure is a unit slip (Wh vs kWh).
  'energy-per-request': quantity('energy', { positive: true, max: 10 }).optional(),
  'requests-per-second': rate(1e7).optional(),
  'tokens-per-second': rate(1e9).optional(),
  'tokens-per-request': rate(1e8).optional(),
})

const logSchema = z.strictObject({
  path: z.string().min(1).max(1024),
  format: z.enum(['nvidia-smi', 'nvidia-smi-dmon', 'codecarbon', 'power-csv', 'power-jsonl', 'prometheus', 'wandb', 'mlflow', 'auto']).optional(),
  timezone: z.string().min(1).max(64).optional(),
  replicas: z.number().int('must be a whole number').min(1).max(1_000_000).optional(),
  'gap-threshold': quantity('duration', { positive: true, max: 24 }).optional(),
  gaps: z.enum(['bridge', 'zero', 'fail']).optional(),
  start: z.string().min(1).max(64).optional(),
  interval: quantity('duration', { positive: true, max: 1 }).optional(),
  columns: columnsSchema.optional(),
  'power-unit': z.enum(['mW', 'W', 'kW']).optional(),
})

/** The manifest as users write it (contract: design.md "Files a user writes"). */
export const manifestSchema = z.strictObject({
  // JSON manifests name their JSON Schema here for editors (YAML ones use a `# yaml-language-server` comment).
  $schema: z.string().max(1024).optional(),
  name,
  phase: z.enum(PHASES),
  description: z.string().max(2000).optional(),
  model: name.optional(),
  duration: quantity('duration', { positive: true, max: 100 * HOURS_PER_YEAR }).optional(),
  start: z.string().max(64).optional(),
  end: z.string().max(64).optional(),
  hardware: z.array(hardwareSchema).min(1, 'list at least one hardware entry').max(1000),
  pue: z.number().min(1, 'a PUE is 1 or more').max(5, 'a PUE above 5 is not plausible').optional(),
  grid: gridSchema.optional(),
  market: marketSchema.optional(),
  embodied: embodiedSchema.optional(),
  // Scope 1 of the site per facility kWh (diesel backup, refrigerant leaks); 1 kg/kWh is already above a diesel generator's.
  'scope1-intensity': quantity('intensity', { max: 1 }).optional(),
  utilisation: percent().optional(),
  'busy-hours': quantity('duration', { max: 1e10 }).optional(),
  'reserved-hours': quantity('duration', { positive: true, max: 1e10 }).optional(),
  // 1 TWh is far above any training run's idle energy: a larger figure is a unit slip.
  'idle-energy': quantity('energy', { max: 1e9 }).optional(),
  inference: inferenceSchema.optional(),
  logs: z.array(logSchema).max(1000).optional(),
  // A count below 1e-9 makes SCI overflow to Infinity (5e-324 units is a typo, not a unit of work).
  'functional-unit': z.strictObject({ name: z.string().min(1).max(200), count: z.number().min(1e-9, 'must be at least 1e-9').max(1e18) }).optional(),
})

export type RawManifest = z.infer<typeof manifestSchema>
export type RawGrid = z.infer<typeof gridSchema>
export type RawMarket = z.infer<typeof marketSchema>
export type RawEmbodied = z.infer<typeof embodiedSchema>
export { gridSchema, marketSchema, embodiedSchema }

/** Every key the manifest accepts at each level, for "did you mean" on unknown keys. */
export const MANIFEST_KEYS: Readonly<Record<string, readonly string[]>> = {
  // `$schema` is for editors, not a field to suggest for a misspelt key.
  '': Object.keys(manifestSchema.shape).filter((k) => k !== '$schema'),
  hardware: ['device', 'count', 'power', 'embodied', 'device-hours', 'transport', 'end-of-life', 'idle-power', 'rated-power'],
  grid: ['intensity', 'zone', 'country', 'region', 'series', 'marginal-intensity'],
  market: ['intensity', 'carbon-free-energy', 'residual-intensity', 'matching', 'supply'],
  embodied: ['lifetime', 'active-share', 'datacenter', 'transport', 'end-of-life'],
  logs: ['path', 'format', 'timezone', 'replicas', 'gap-threshold', 'gaps', 'start', 'interval', 'columns', 'power-unit'],
  'logs.columns': ['time', 'power', 'device'],
  'functional-unit': ['name', 'count'],
  inference: ['requests', 'requests-per-day', 'energy-per-request', 'requests-per-second', 'tokens-per-second', 'tokens-per-request'],
}
