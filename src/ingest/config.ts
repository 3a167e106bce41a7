import { z } from 'zod'
import { DEFAULT_CONFIG, FAIL_ON, MAX_HISTORY, type Budgets, type Config, type Defaults, type Limit } from '../core/config.js'
import { problem, type Problem, type SourcePos } from '../core/errors.js'
import { PHASES, type MarketSpec } from '../core/model.js'
import { findGrid, findRegion, gridKeys, regionIds } from '../core/data/index.js'
import { nearest } from '../core/units.js'
import { marketOf } from './manifest.js'
import { embodiedSchema, gridSchema, marketSchema } from './manifest-schema.js'
import { percent, quantity, quantityJsonSchema } from './quantity-schema.js'
import { parseYamlDoc } from './yaml-doc.js'
import { zodProblems } from './zod-problems.js'

export const CONFIG_FILE = 'carbon-budget.yml'

const mass = () => quantity('mass', { max: 1e12 })
// An increase budget is a share ("10 %") or an amount ("2 tCO2e").
const increase = () => z.string().transform((raw, ctx) => {
  const isShare = raw.trim().endsWith('%')
  const parsed = (isShare ? percent() : mass()).safeParse(raw)
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: `${parsed.error.issues[0]?.message ?? 'invalid'}; an increase budget is a share ("10 %") or an amount ("2 tCO2e")` })
    return z.NEVER
  }
  return isShare ? { share: parsed.data } : { kgCO2e: parsed.data }
}).meta({ type: 'string', anyOf: [{ pattern: quantityJsonSchema('ratio').pattern }, { pattern: quantityJsonSchema('mass').pattern }], description: 'a share ("10 %") or an amount ("2 tCO2e")' })

const buildConfigSchema = () => z.strictObject({
  manifests: z.array(z.string().min(1).max(256)).min(1).max(50).optional(),
  defaults: z
    .strictObject({
      pue: z.number().min(1).max(5).optional(),
      grid: gridSchema.optional(),
      market: marketSchema.optional(),
      embodied: embodiedSchema.optional(),
    })
    .optional(),
  basis: z.enum(['location', 'market']).optional(),
  intensity: z.enum(['average', 'marginal']).optional(),
  budgets: z
    .strictObject({
      total: mass().optional(),
      increase: increase().optional(),
      phases: z.strictObject({ experimentation: mass().optional(), training: mass().optional(), inference: mass().optional() }).optional(),
      experiments: z.record(z.string().min(1).max(200), mass()).optional(),
      sci: z.record(z.string().min(1).max(200), mass()).optional(),
    })
    .optional(),
  'fail-on': z.enum(FAIL_ON).optional(),
  'budgets-from': z.enum(['head', 'base']).optional(),
  history: z.number().int().min(0).max(MAX_HISTORY).optional(),
  'min-change': percent().optional(),
  limits: z
    .strictObject({
      'manifest-bytes': z.number().int().min(1024).max(64 * 1024 ** 2).optional(),
      'log-bytes': z.number().int().min(1024).max(1024 ** 4).optional(),
    })
    .optional(),
})

let schema: ReturnType<typeof buildConfigSchema> | undefined
/** The schema of `carbon-budget.yml`, built on first use: a repository without one never pays for it (start-up). */
export const configSchema = (): ReturnType<typeof buildConfigSchema> => (schema ??= buildConfigSchema())

const CONFIG_KEYS: Record<string, readonly string[]> = {
  defaults: ['pue', 'grid', 'market', 'embodied'],
  'defaults.grid': ['intensity', 'zone', 'country', 'region', 'marginal-intensity'],
  'defaults.market': ['intensity', 'carbon-free-energy', 'residual-intensity', 'matching'],
  'defaults.embodied': ['lifetime', 'active-share', 'datacenter', 'transport', 'end-of-life'],
  budgets: ['total', 'increase', 'phases', 'experiments', 'sci'],
  'budgets.phases': [...PHASES],
  limits: ['manifest-bytes', 'log-bytes'],
}

/** Reads `carbon-budget.yml`; every problem with its line. Absent file: the defaults. */
export function readConfig(text: string | undefined, file: string = CONFIG_FILE): { config: Config; problems: Problem[] } {
  if (text === undefined) return { config: DEFAULT_CONFIG, problems: [] }
  const doc = parseYamlDoc(text, file)
  if (doc.problems.length) return { config: DEFAULT_CONFIG, problems: [...doc.problems] }
  if (doc.value === null || doc.value === undefined) return { config: { ...DEFAULT_CONFIG, file }, problems: [] }
  const parsed = configSchema().safeParse(doc.value)
  if (!parsed.success) {
    const keysAt = (path: readonly PropertyKey[]) => (path.length === 0 ? Object.keys(configSchema().shape) : CONFIG_KEYS[path.map(String).join('.')])
    return { config: DEFAULT_CONFIG, problems: zodProblems(parsed.error, doc.value, doc.posOf, keysAt, doc.keyPosOf) }
  }
  const raw = parsed.data
  const problems: Problem[] = []
  const pos = doc.posOf
  const defaults: Defaults = {
    ...(raw.defaults?.pue !== undefined ? { pue: raw.defaults.pue } : {}),
    ...(raw.defaults?.grid ? { grid: defaultGrid(raw.defaults.grid, pos, problems) } : {}),
    ...(raw.defaults?.grid?.['marginal-intensity'] !== undefined ? { marginalKgPerKWh: raw.defaults.grid['marginal-intensity'] } : {}),
    ...(raw.defaults?.market ? marketDefault(marketOf(raw.defaults.market, pos, problems, ['defaults', 'market'])) : {}),
    ...(raw.defaults?.embodied?.lifetime !== undefined ? { lifetimeH: raw.defaults.embodied.lifetime } : {}),
    ...(raw.defaults?.embodied?.['active-share'] !== undefined ? { activeShare: raw.defaults.embodied['active-share'] } : {}),
    ...(raw.defaults?.embodied?.datacenter !== undefined ? { datacenter: raw.defaults.embodied.datacenter } : {}),
    // The shared embodied schema accepts the stage switches here: honour them, never read and drop them.
    ...(raw.defaults?.embodied?.transport !== undefined ? { transport: raw.defaults.embodied.transport } : {}),
    ...(raw.defaults?.embodied?.['end-of-life'] !== undefined ? { endOfLife: raw.defaults.embodied['end-of-life'] } : {}),
  }
  // The limit as the user wrote it (`20 gCO2e`), so the comment shows it unconverted.
  const written = (path: readonly PropertyKey[]): { text?: string } => {
    let v: unknown = doc.value
    for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined
    return typeof v === 'string' ? { text: v.trim().replace(/\s+/g, ' ') } : {}
  }
  const limit = (kgCO2e: number, path: PropertyKey[]): Limit => ({ kgCO2e, ...written(path), pos: pos(path) })
  const b = raw.budgets
  const budgets: Budgets = {
    ...(b?.total !== undefined ? { total: limit(b.total, ['budgets', 'total']) } : {}),
    ...(b?.increase !== undefined ? { increase: { ...b.increase, ...written(['budgets', 'increase']), pos: pos(['budgets', 'increase']) } } : {}),
    phases: Object.fromEntries(Object.entries(b?.phases ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => [k, limit(v as number, ['budgets', 'phases', k])])),
    experiments: Object.entries(b?.experiments ?? {}).map(([glob, v]) => ({ glob, limit: limit(v, ['budgets', 'experiments', glob]) })),
    sci: Object.entries(b?.sci ?? {}).map(([glob, v]) => ({ glob, kgCO2ePerUnit: v, ...written(['budgets', 'sci', glob]), pos: pos(['budgets', 'sci', glob]) })),
  }
  const positions: Record<string, SourcePos> = { budgets: pos(['budgets']), 'fail-on': pos(['fail-on']) }
  return {
    problems,
    config: {
      file,
      manifests: raw.manifests ?? DEFAULT_CONFIG.manifests,
      defaults,
      basis: raw.basis ?? DEFAULT_CONFIG.basis,
      intensity: raw.intensity ?? DEFAULT_CONFIG.intensity,
      budgets,
      failOn: raw['fail-on'] ?? DEFAULT_CONFIG.failOn,
      budgetsFrom: raw['budgets-from'] ?? DEFAULT_CONFIG.budgetsFrom,
      history: raw.history ?? DEFAULT_CONFIG.history,
      minChange: raw['min-change'] ?? DEFAULT_CONFIG.minChange,
      maxManifestBytes: raw.limits?.['manifest-bytes'] ?? DEFAULT_CONFIG.maxManifestBytes,
      maxLogBytes: raw.limits?.['log-bytes'] ?? DEFAULT_CONFIG.maxLogBytes,
      positions,
    },
  }
}

function marketDefault(m: MarketSpec | undefined): { market?: MarketSpec } {
  return m ? { market: m } : {}
}

function defaultGrid(g: z.infer<typeof gridSchema>, pos: (p: readonly PropertyKey[]) => SourcePos, problems: Problem[]): NonNullable<Defaults['grid']> {
  if (g.series !== undefined) problems.push(problem('config-series-in-defaults', { pos: pos(['defaults', 'grid', 'series']), field: 'defaults.grid.series' }))
  if (g.intensity !== undefined) return { kind: 'intensity', kgPerKWh: g.intensity }
  if (g.region !== undefined) {
    const r = findRegion(g.region)
    if (r) return { kind: 'region', region: r.id }
    problems.push(problem('unknown-region', { region: g.region, pos: pos(['defaults', 'grid', 'region']), field: 'defaults.grid.region', suggestion: nearest(g.region, regionIds()) }))
    return { kind: 'intensity', kgPerKWh: 0 }
  }
  const key = g.zone ?? g.country
  const field = g.zone !== undefined ? 'zone' : 'country'
  const found = key !== undefined ? findGrid(key) : undefined
  if (!found) {
    problems.push(problem('unknown-zone', { kind: field, key: key ?? '', pos: pos(['defaults', 'grid', field]), field: `defaults.grid.${field}`, suggestion: nearest(key ?? '', gridKeys()) }))
    return { kind: 'intensity', kgPerKWh: 0 }
  }
  return field === 'zone' ? { kind: 'zone', zone: found.key } : { kind: 'country', country: found.key }
}
