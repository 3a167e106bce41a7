import type { Defaults } from '../core/config.js'
import { DEFAULT_ACTIVE_SHARE, DEFAULT_HARDWARE_LIFETIME, DEFAULT_PUE, PUE_BY_PROVIDER, WORLD_GRID, deviceIds, findDevice, findGrid, findRegion, gridKeys, listDevices, regionIds } from '../core/data/index.js'
import { problem, type Problem, type SourcePos } from '../core/errors.js'
import type { Experiment, GridSpec, HardwareSpec, InferenceSpec, LogColumns, LogSpec, MarketSpec } from '../core/model.js'
import type { Coefficient } from '../core/data/types.js'
import { HOUR_MS, HOUR_S, nearest } from '../core/units.js'
import { formatIntensityGiven, formatLifetime, formatPercentSet, formatPueGiven } from '../core/format.js'
import { MANIFEST_KEYS, manifestSchema, type RawGrid, type RawManifest } from './manifest-schema.js'
import { resolveRepoPath } from './paths.js'
import { explainTimestamp, parseZone, parseZonedTimestamp } from './time.js'
import { parseYamlDoc } from './yaml-doc.js'
import { zodProblems } from './zod-problems.js'

const DEFAULT_GAP_THRESHOLD_S = 60

/**
 * Reads one manifest: YAML or JSON, schema, units, catalog ids, paths. Returns every problem found,
 * each with its line; defaults that were applied are listed on the experiment so the report shows them.
 */
export function readManifest(text: string, file: string, defaults: Defaults, defaultsFile = 'carbon-budget.yml'): { experiment?: Experiment; problems: Problem[] } {
  const doc = parseYamlDoc(text, file)
  if (doc.problems.length) return { problems: [...doc.problems] }
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    return { problems: [problem('manifest-not-mapping', { file })] }
  }
  const parsed = manifestSchema.safeParse(doc.value)
  if (!parsed.success) {
    const keysAt = (path: readonly PropertyKey[]) => MANIFEST_KEYS[path.filter((p) => typeof p === 'string').join('.')]
    return { problems: zodProblems(parsed.error, doc.value, doc.posOf, keysAt, doc.keyPosOf) }
  }
  const raw = parsed.data
  const problems: Problem[] = []
  const posOf = doc.posOf
  const defaultsUsed: string[] = []

  const hardware = raw.hardware.map((h, i): HardwareSpec => {
    let device = h.device
    if (device !== 'custom') {
      const found = findDevice(device)
      if (!found) {
        problems.push(problem('unknown-device', { device, pos: posOf(['hardware', i, 'device']), field: `hardware.${i}.device`, suggestion: nearestDevice(device) }))
      } else device = found.id
    } else if (h.power === undefined || h.embodied === undefined) {
      problems.push(problem('custom-device-incomplete', { pos: posOf(['hardware', i]), field: `hardware.${i}` }))
    }
    return {
      device,
      count: h.count ?? 1,
      ...(h.power !== undefined ? { powerW: h.power } : {}),
      ...(h.embodied !== undefined ? { embodiedKgCO2e: h.embodied } : {}),
      ...(h['device-hours'] !== undefined ? { deviceHours: h['device-hours'] } : {}),
      ...(h.transport !== undefined ? { transportKgCO2e: h.transport } : {}),
      ...(h['end-of-life'] !== undefined ? { endOfLifeKgCO2e: h['end-of-life'] } : {}),
      ...(h['idle-power'] !== undefined ? { idlePowerW: h['idle-power'] } : {}),
      ...(h['rated-power'] !== undefined ? { ratedPowerW: h['rated-power'] } : {}),
    }
  })

  const durationH = durationOf(raw, file, posOf, problems)
  const utilisation = utilisationOf(raw, posOf, problems)
  const inference = inferenceOf(raw, durationH, posOf, problems)
  if (durationH === undefined && (raw.logs ?? []).length === 0 && raw.hardware.some((h) => h['device-hours'] === undefined)) {
    problems.push(problem('duration-missing', { pos: posOf(['name']), field: 'duration' }))
  }

  const grid = gridOf(raw.grid, defaults, posOf, problems, defaultsUsed, defaultsFile)
  const seriesPath = raw.grid?.series !== undefined ? checkedPath(raw.grid.series, file, ['grid', 'series'], posOf, problems) : undefined
  // The manifest's own grid takes its own marginal; a defaulted grid takes the config's.
  const marginalKgPerKWh = raw.grid ? raw.grid['marginal-intensity'] : defaults.marginalKgPerKWh
  const pueCoefficient = raw.pue === undefined && defaults.pue === undefined ? catalogPue(grid) : undefined
  const pue = pueOf(raw, grid, defaults, defaultsUsed, defaultsFile)
  const timed = (raw.logs ?? []).length > 0 || (raw.start !== undefined && durationH !== undefined)
  const market = raw.market ? marketOf(raw.market, posOf, problems, ['market'], { file, timed }) : defaults.market
  if (!raw.market && defaults.market) defaultsUsed.push(`market from ${defaultsFile}`)

  const lifetimeH = raw.embodied?.lifetime ?? defaults.lifetimeH ?? DEFAULT_HARDWARE_LIFETIME.central
  if (raw.embodied?.lifetime === undefined) defaultsUsed.push(`hardware lifetime ${formatLifetime(lifetimeH)} from ${defaults.lifetimeH !== undefined ? defaultsFile : `the catalog (${DEFAULT_HARDWARE_LIFETIME.source.title})`}`)
  const activeShare = raw.embodied?.['active-share'] ?? defaults.activeShare ?? DEFAULT_ACTIVE_SHARE.central
  if (raw.embodied?.['active-share'] === undefined) defaultsUsed.push(`active share ${formatPercentSet(activeShare)} from ${defaults.activeShare !== undefined ? defaultsFile : 'the catalog'}`)
  const datacenter = raw.embodied?.datacenter ?? defaults.datacenter ?? true
  const transport = raw.embodied?.transport ?? defaults.transport
  const endOfLife = raw.embodied?.['end-of-life'] ?? defaults.endOfLife
  if (raw.embodied?.transport === undefined && defaults.transport !== undefined) defaultsUsed.push(`transport ${defaults.transport ? 'counted' : 'left out'} from ${defaultsFile}`)
  if (raw.embodied?.['end-of-life'] === undefined && defaults.endOfLife !== undefined) defaultsUsed.push(`end of life ${defaults.endOfLife ? 'counted' : 'left out'} from ${defaultsFile}`)

  const logs = (raw.logs ?? []).map((l, i): LogSpec => logOf(l, i, file, posOf, problems))
  if (problems.length) return { problems }

  const positions: Record<string, SourcePos> = {}
  for (const key of ['name', 'phase', 'duration', 'hardware', 'pue', 'grid', 'market', 'embodied', 'logs', 'functional-unit']) {
    positions[key] = posOf([key])
  }
  raw.hardware.forEach((_, i) => (positions[`hardware.${i}`] = posOf(['hardware', i])))
  ;(raw.logs ?? []).forEach((_, i) => {
    for (const key of ['path', 'timezone', 'format']) positions[`logs.${i}.${key}`] = posOf(['logs', i, key])
    positions[`logs.${i}`] = posOf(['logs', i])
  })
  if (raw.grid?.series !== undefined) positions['grid.series'] = posOf(['grid', 'series'])
  if (raw.market?.supply !== undefined) positions['market.supply'] = posOf(['market', 'supply'])
  return {
    problems,
    experiment: {
      name: raw.name,
      phase: raw.phase,
      file,
      ...(raw.description !== undefined ? { description: raw.description } : {}),
      ...(raw.model !== undefined ? { model: raw.model } : {}),
      ...(durationH !== undefined ? { durationH } : {}),
      hardware,
      pue,
      grid,
      ...(seriesPath !== undefined ? { seriesPath } : {}),
      ...(marginalKgPerKWh !== undefined ? { marginalKgPerKWh } : {}),
      ...(raw.start !== undefined && durationH !== undefined ? { startMs: parseZonedTimestamp(raw.start)! } : {}),
      ...(market ? { market } : {}),
      lifetimeH,
      activeShare,
      datacenter,
      ...(transport !== undefined ? { transport } : {}),
      ...(endOfLife !== undefined ? { endOfLife } : {}),
      ...(raw['scope1-intensity'] !== undefined ? { scope1KgPerKWh: raw['scope1-intensity'] } : {}),
      ...(utilisation !== undefined ? { utilisation } : {}),
      ...(raw['idle-energy'] !== undefined ? { idleEnergyKWh: raw['idle-energy'] } : {}),
      ...(inference ? { inference } : {}),
      logs,
      ...(raw['functional-unit'] ? { functionalUnit: raw['functional-unit'] } : {}),
      ...defaultCoefficientsOf({
        pue: pueCoefficient,
        lifetimeH: raw.embodied?.lifetime === undefined && defaults.lifetimeH === undefined ? DEFAULT_HARDWARE_LIFETIME : undefined,
        activeShare: raw.embodied?.['active-share'] === undefined && defaults.activeShare === undefined ? DEFAULT_ACTIVE_SHARE : undefined,
      }),
      defaultsUsed,
      positions,
    },
  }
}

function nearestDevice(written: string): string {
  const names: [string, string][] = []
  for (const d of listDevices()) for (const n of [d.id, ...d.aliases]) names.push([n, d.id])
  const best = nearest(written, names.map(([n]) => n))
  return names.find(([n]) => n === best)?.[1] ?? deviceIds()[0] ?? ''
}

/** Why a manifest time is not a timestamp with a zone, with the user's value converted where it can be. */
function zonedTimestampProblem(value: string, at: { pos: SourcePos; field: string }): Problem {
  const naive = parseZonedTimestamp(`${value.trim()}Z`)
  if (naive !== undefined) {
    return problem('time-no-zone', { value, ...at, suggestion: `${value.trim().replace(' ', 'T')}Z` })
  }
  const why = explainTimestamp(value)
  return problem('time-invalid', { reason: why.message, ...at, suggestion: why.suggestion })
}

function durationOf(raw: RawManifest, _file: string, posOf: (p: readonly PropertyKey[]) => SourcePos, problems: Problem[]): number | undefined {
  if (raw.start === undefined && raw.end === undefined) return raw.duration
  const start = raw.start !== undefined ? parseZonedTimestamp(raw.start) : undefined
  const end = raw.end !== undefined ? parseZonedTimestamp(raw.end) : undefined
  for (const [key, value, ms] of [['start', raw.start, start], ['end', raw.end, end]] as const) {
    if (value !== undefined && ms === undefined) problems.push(zonedTimestampProblem(value, { pos: posOf([key]), field: key }))
  }
  if (start === undefined || end === undefined) {
    if (raw.start !== undefined && raw.end !== undefined) return undefined
    problems.push(problem('start-end-pair', { pos: posOf([raw.start !== undefined ? 'start' : 'end']), field: raw.start !== undefined ? 'end' : 'start' }))
    return undefined
  }
  if (end <= start) {
    problems.push(problem('end-before-start', { pos: posOf(['end']), field: 'end' }))
    return undefined
  }
  const fromTimes = (end - start) / HOUR_MS
  if (raw.duration !== undefined && Math.abs(raw.duration - fromTimes) > 1e-9 * fromTimes) {
    problems.push(problem('duration-disagrees', { durationH: raw.duration, fromTimesH: fromTimes, pos: posOf(['duration']), field: 'duration' }))
  }
  return fromTimes
}

/**
 * The inference block: requests (a total, or a daily rate over the duration) and how their energy is
 * known: per request, from throughput per accelerator (requests, or tokens over tokens per request),
 * or from the manifest's logs (energy over the request count).
 */
function inferenceOf(raw: RawManifest, durationH: number | undefined, posOf: (p: readonly PropertyKey[]) => SourcePos, problems: Problem[]): InferenceSpec | undefined {
  const inf = raw.inference
  if (!inf) return undefined
  const at = (key: string) => ({ pos: posOf(['inference', key]), field: `inference.${key}` })
  const fail = (p: Problem): undefined => {
    problems.push(p)
    return undefined
  }
  if ((inf.requests === undefined) === (inf['requests-per-day'] === undefined)) {
    return fail(problem('inference-requests', at('requests')))
  }
  if (inf['requests-per-day'] !== undefined && durationH === undefined) return fail(problem('inference-per-day-duration', at('requests-per-day')))
  const requests = inf.requests ?? (inf['requests-per-day']! * durationH!) / 24
  const ways = (['energy-per-request', 'requests-per-second', 'tokens-per-second'] as const).filter((k) => inf[k] !== undefined)
  if (ways.length > 1) return fail(problem('inference-two-ways', { ways, ...at(ways[1]!) }))
  const logged = (raw.logs ?? []).length > 0
  if (ways.length === 0 && !logged) {
    return fail(problem('inference-energy-unknown', at('requests')))
  }
  if (ways.length > 0 && logged) return fail(problem('inference-logged', { way: ways[0]!, ...at(ways[0]!) }))
  if (inf['tokens-per-second'] !== undefined && inf['tokens-per-request'] === undefined) return fail(problem('inference-tokens-per-request', at('tokens-per-second')))
  const perSecond = inf['requests-per-second'] ?? (inf['tokens-per-second'] !== undefined ? inf['tokens-per-second'] / inf['tokens-per-request']! : undefined)
  if (perSecond !== undefined) {
    const accelerators = raw.hardware.filter((h) => findDevice(h.device)?.kind !== 'host')
    if (accelerators.length !== 1) return fail(problem('inference-one-accelerator', { found: accelerators.length, ...at(ways[0]!) }))
  }
  return { requests, ...(inf['energy-per-request'] !== undefined ? { energyPerRequestKWh: inf['energy-per-request'] } : {}), ...(perSecond !== undefined ? { requestsPerSecondPerDevice: perSecond } : {}) }
}

/**
 * The busy share of the reserved time: `utilisation`, or `busy-hours` / `reserved-hours` (given
 * together, busy at most reserved). Custom lines with idle time must say what they draw idle.
 */
function utilisationOf(raw: RawManifest, posOf: (p: readonly PropertyKey[]) => SourcePos, problems: Problem[]): number | undefined {
  const busy = raw['busy-hours']
  const reserved = raw['reserved-hours']
  if (raw.utilisation !== undefined && (busy !== undefined || reserved !== undefined)) {
    problems.push(problem('utilisation-both', { pos: posOf(['utilisation']), field: 'utilisation' }))
    return undefined
  }
  if ((busy === undefined) !== (reserved === undefined)) {
    const missing = busy === undefined ? 'busy-hours' : 'reserved-hours'
    problems.push(problem('busy-reserved-pair', { missing, pos: posOf([busy === undefined ? 'reserved-hours' : 'busy-hours']), field: missing }))
    return undefined
  }
  if (busy !== undefined && reserved !== undefined && busy > reserved) {
    problems.push(problem('busy-over-reserved', { busyH: busy, reservedH: reserved, pos: posOf(['busy-hours']), field: 'busy-hours' }))
    return undefined
  }
  const share = raw.utilisation ?? (busy !== undefined && reserved !== undefined ? busy / reserved : undefined)
  if (share !== undefined && share < 1) {
    raw.hardware.forEach((h, i) => {
      if (h.device === 'custom' && h['idle-power'] === undefined) {
        problems.push(problem('custom-device-idle', { pos: posOf(['hardware', i]), field: `hardware.${i}.idle-power` }))
      }
    })
  }
  return share
}

function gridOf(raw: RawGrid | undefined, defaults: Defaults, posOf: (p: readonly PropertyKey[]) => SourcePos, problems: Problem[], used: string[], defaultsFile: string): GridSpec {
  if (raw?.intensity !== undefined) return { kind: 'intensity', kgPerKWh: raw.intensity }
  if (raw?.zone !== undefined || raw?.country !== undefined) {
    const field = raw.zone !== undefined ? 'zone' : 'country'
    const key = (raw.zone ?? raw.country)!
    const found = findGrid(key)
    if (!found) {
      problems.push(problem('unknown-zone', { kind: field, key, pos: posOf(['grid', field]), field: `grid.${field}`, suggestion: nearest(key, gridKeys()) }))
      return { kind: 'intensity', kgPerKWh: 0 }
    }
    return field === 'zone' ? { kind: 'zone', zone: found.key } : { kind: 'country', country: found.key }
  }
  if (raw?.region !== undefined) {
    const found = findRegion(raw.region)
    if (!found) {
      problems.push(problem('unknown-region', { region: raw.region, pos: posOf(['grid', 'region']), field: 'grid.region', suggestion: nearest(raw.region, regionIds()) }))
      return { kind: 'intensity', kgPerKWh: 0 }
    }
    return { kind: 'region', region: found.id }
  }
  if (defaults.grid) {
    used.push(`grid ${describeGrid(defaults.grid)} from ${defaultsFile}`)
    return defaults.grid
  }
  used.push(`grid: world average (${WORLD_GRID.averageKgPerKWh.source.title} ${WORLD_GRID.averageKgPerKWh.source.year}): no grid in the manifest or ${defaultsFile}`)
  return { kind: 'country', country: WORLD_GRID.key }
}

export function describeGrid(g: GridSpec): string {
  switch (g.kind) {
    case 'intensity': return formatIntensityGiven(g.kgPerKWh)
    case 'zone': return g.zone
    case 'country': return g.country
    case 'region': return g.region
  }
}

function catalogPue(grid: GridSpec): Coefficient {
  const provider = grid.kind === 'region' ? (grid.region.split('/')[0] as keyof typeof PUE_BY_PROVIDER) : undefined
  return (provider ? PUE_BY_PROVIDER[provider] : undefined) ?? DEFAULT_PUE
}

function defaultCoefficientsOf(c: { pue: Coefficient | undefined; lifetimeH: Coefficient | undefined; activeShare: Coefficient | undefined }): Pick<Experiment, 'defaultCoefficients'> {
  const picked = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))
  return Object.keys(picked).length ? { defaultCoefficients: picked } : {}
}

function pueOf(raw: RawManifest, grid: GridSpec, defaults: Defaults, used: string[], defaultsFile: string): number {
  if (raw.pue !== undefined) return raw.pue
  if (defaults.pue !== undefined) {
    used.push(`PUE ${formatPueGiven(defaults.pue)} from ${defaultsFile}`)
    return defaults.pue
  }
  const provider = grid.kind === 'region' ? (grid.region.split('/')[0] as keyof typeof PUE_BY_PROVIDER) : undefined
  const byProvider = provider ? PUE_BY_PROVIDER[provider] : undefined
  const c = byProvider ?? DEFAULT_PUE
  used.push(`PUE ${formatPueGiven(c.central)} (${c.source.title} ${c.source.year}${byProvider ? `, ${String(provider)}` : ', unknown datacenter'})`)
  return c.central
}

/**
 * Market instruments as the GHG Protocol Scope 2 guidance counts them. Offsets are refused: they
 * are not energy attribute certificates, contracts or supplier rates, and never lower Scope 2.
 * Hourly (24/7) matching reads the buyer's carbon-free supply hour by hour from `supply`, a file
 * beside the manifest, over the hours the run used energy (its logs, or start and end).
 */
export function marketOf(
  raw: NonNullable<RawManifest['market']>,
  posOf: (p: readonly PropertyKey[]) => SourcePos,
  problems: Problem[],
  prefix: readonly string[] = ['market'],
  manifest?: { readonly file: string; readonly timed: boolean },
): MarketSpec | undefined {
  const at = (key: string) => ({ pos: posOf([...prefix, key]), field: [...prefix, key].join('.') })
  if (raw.offsets !== undefined) {
    problems.push(problem('market-offsets', at('offsets')))
    return undefined
  }
  if (raw.matching === 'hourly' || raw.supply !== undefined) return hourlyMarketOf(raw, at, problems, manifest)
  if (raw.intensity !== undefined) return { kind: 'intensity', kgPerKWh: raw.intensity }
  return {
    kind: 'carbon-free-share',
    share: raw['carbon-free-energy'] ?? 0,
    ...(raw['residual-intensity'] !== undefined ? { residualKgPerKWh: raw['residual-intensity'] } : {}),
  }
}


/** `matching: hourly` with its `supply`: every way it cannot give an honest hourly figure is an error that says what to write. */
function hourlyMarketOf(
  raw: NonNullable<RawManifest['market']>,
  at: (key: string) => { pos: SourcePos; field: string },
  problems: Problem[],
  manifest: { readonly file: string; readonly timed: boolean } | undefined,
): MarketSpec | undefined {
  const before = problems.length
  if (!manifest) {
    problems.push(problem('hourly-in-config', { ...at(raw.matching === 'hourly' ? 'matching' : 'supply'), suggestion: 'annual' }))
    return undefined
  }
  if (raw.supply === undefined) problems.push(problem('hourly-no-supply', at('matching')))
  else if (raw.matching !== 'hourly') problems.push(problem('supply-without-hourly', { ...at('supply'), suggestion: 'hourly' }))
  for (const key of ['carbon-free-energy', 'intensity'] as const) {
    if (raw[key] !== undefined) problems.push(problem('hourly-annual-field', { key, ...at(key) }))
  }
  if (!manifest.timed) problems.push(problem('hourly-untimed', at('matching')))
  if (problems.length > before || raw.supply === undefined) return undefined
  const supplyPath = checkedPath(raw.supply, manifest.file, [...at('supply').field.split('.')], (p) => at(String(p[p.length - 1])).pos, problems)
  return { kind: 'hourly', supplyPath, ...(raw['residual-intensity'] !== undefined ? { residualKgPerKWh: raw['residual-intensity'] } : {}) }
}

function checkedPath(written: string, file: string, path: PropertyKey[], posOf: (p: readonly PropertyKey[]) => SourcePos, problems: Problem[]): string {
  const resolved = resolveRepoPath(written, file)
  if ('error' in resolved) {
    problems.push(problem('path-invalid', { written, reason: resolved.error, pos: posOf(path), field: path.map(String).join(".") }))
    return ''
  }
  return resolved.path
}

function columnsOf(c: NonNullable<NonNullable<RawManifest['logs']>[number]['columns']>): LogColumns {
  return {
    ...(c.time !== undefined ? { time: c.time } : {}),
    ...(c.power !== undefined ? { power: Array.isArray(c.power) ? c.power : [c.power] } : {}),
    ...(c.device !== undefined ? { device: c.device } : {}),
  }
}

function logOf(l: NonNullable<RawManifest['logs']>[number], i: number, file: string, posOf: (p: readonly PropertyKey[]) => SourcePos, problems: Problem[]): LogSpec {
  const timezone = l.timezone ?? 'UTC'
  const zone = parseZone(timezone)
  if ('error' in zone) {
    problems.push(problem('timezone-invalid', { reason: zone.error, pos: posOf(['logs', i, 'timezone']), field: `logs.${i}.timezone`, suggestion: zone.suggestion }))
  }
  let startMs: number | undefined
  if (l.start !== undefined) {
    startMs = parseZonedTimestamp(l.start)
    if (startMs === undefined) problems.push(zonedTimestampProblem(l.start, { pos: posOf(['logs', i, 'start']), field: `logs.${i}.start` }))
  }
  return {
    path: checkedPath(l.path, file, ['logs', i, 'path'], posOf, problems),
    ...(l.format !== undefined && l.format !== 'auto' ? { format: l.format } : {}),
    timezone,
    replicas: l.replicas ?? 1,
    gapThresholdS: l['gap-threshold'] !== undefined ? l['gap-threshold'] * HOUR_S : DEFAULT_GAP_THRESHOLD_S,
    gaps: l.gaps ?? 'bridge',
    ...(startMs !== undefined ? { startMs } : {}),
    ...(l.interval !== undefined ? { intervalS: l.interval * HOUR_S } : {}),
    ...(l.columns !== undefined ? { columns: columnsOf(l.columns) } : {}),
    ...(l['power-unit'] !== undefined ? { powerUnit: l['power-unit'] } : {}),
  }
}
