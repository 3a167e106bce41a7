import { averageIntensity, marginalIntensity } from '@tgwf/co2/data'
import { ZONE_CENTRAL_YEAR, ZONE_FIRST_YEAR, ZONES } from './electricity-maps-zones.js'
import { ISO3_TO_ISO2, zoneCountry } from './iso-countries.js'
import { SOURCES } from './sources.js'
import type { Coefficient, GridIntensity } from './types.js'

/*
 * Annual location-based grid intensity, read from @tgwf/co2 0.19 and converted from gCO2e/kWh to
 * kgCO2e/kWh. Ember and IFI tables are imported (a static import, so the bundle carries them); the
 * Electricity Maps zones come from a table generated from co2.js's yearly tables
 * (electricity-maps-zones.ts, `npm run grid-zones`), which holds only what is read here: loading
 * the five yearly tables whole cost every run's start-up.
 *
 * Ranges:
 * - Electricity Maps zones: central the 2024 value; low/high the minimum/maximum of 2021-2025, the
 *   years co2.js ships, so the range shows how much one year's figure moves.
 * - Ember country averages and IFI operating margins: ±10 %. co2.js ships one year of each, so there
 *   is no year-to-year spread to read; ±10 % is our estimate of that spread.
 */

const SINGLE_YEAR_SPREAD = 0.1
const G_PER_KG = 1000

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

/** Problems found while reading the package tables; the data tests require it to stay empty. */
const issues: string[] = []

/** Entries of the co2.js tables that could not be read (non-numeric, negative, wrong unit). */
export function gridDataIssues(): readonly string[] {
  gridIndex()
  return issues
}

function kgPerKWh(gPerKWh: unknown, where: string): number | undefined {
  const n = typeof gPerKWh === 'string' && /^\d+(\.\d+)?$/.test(gPerKWh.trim()) ? Number(gPerKWh) : gPerKWh
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    issues.push(`${where}: ${JSON.stringify(gPerKWh)} is not a non-negative number of gCO2e/kWh`)
    return undefined
  }
  return n / G_PER_KG
}

function spread(id: string, central: number, source: Coefficient['source'], note: string): Coefficient {
  return {
    id, unit: 'kgCO2e/kWh', source, note,
    low: round6(central * (1 - SINGLE_YEAR_SPREAD)), central, high: round6(central * (1 + SINGLE_YEAR_SPREAD)),
  }
}

/** Electricity Maps zone names, also used to name ISO-3 countries (Ember's table has codes only). */
function zoneName(key: string): string | undefined {
  return ZONES[key]?.[0]
}

function readMarginals(): Map<string, Coefficient> {
  const out = new Map<string, Coefficient>()
  for (const [rawKey, value] of Object.entries(marginalIntensity.data)) {
    // The IFI table also lists islands by name and an EU-27 memo line; only ISO-3 keys and the EU
    // aggregate (Ember's `EU`) have an average to pair with.
    const key = rawKey === 'MEMO:  EU 27' ? 'EU' : rawKey
    if (!/^[A-Z]{3}$/.test(key) && key !== 'EU') continue
    const kg = kgPerKWh(value, `marginal ${rawKey}`)
    if (kg === undefined) continue
    out.set(key, spread(`grid-marginal:${key}`, kg, SOURCES.ifi2021, 'UNFCCC/IFI 2021 operating margin; range ±10 % (estimate).'))
  }
  return out
}

function countryEntry(key: string, value: unknown, marginals: ReadonlyMap<string, Coefficient>): GridIntensity | undefined {
  const kg = kgPerKWh(value, `average ${key}`)
  if (kg === undefined) return undefined
  const iso2 = ISO3_TO_ISO2.get(key)
  const marginal = marginals.get(key)
  return {
    key,
    name: (iso2 && zoneName(iso2)) ?? key.charAt(0) + key.slice(1).toLowerCase(),
    averageKgPerKWh: spread(`grid-average:${key}`, kg, SOURCES.ember2024, 'Ember latest year per country (2024 for most); range ±10 % (estimate).'),
    ...(marginal ? { marginalKgPerKWh: marginal } : {}),
  }
}

function readCountries(marginals: ReadonlyMap<string, Coefficient>): GridIntensity[] {
  const out: GridIntensity[] = []
  for (const [key, value] of Object.entries(averageIntensity.data)) {
    // WORLD was read at load (the fallback everyone may name): the index holds that same object.
    const entry = key === WORLD_KEY ? WORLD_GRID : countryEntry(key, value, marginals)
    if (entry !== undefined) out.push(entry)
  }
  return out
}

function readZones(marginals: ReadonlyMap<string, Coefficient>): GridIntensity[] {
  const out: GridIntensity[] = []
  for (const [key, [name, ...values]] of Object.entries(ZONES)) {
    const central = kgPerKWh(values[ZONE_CENTRAL_YEAR - ZONE_FIRST_YEAR], `zone ${key} ${ZONE_CENTRAL_YEAR}`)
    if (central === undefined) continue
    const years = values.flatMap((v, i) => (v === null ? [] : [kgPerKWh(v, `zone ${key} ${ZONE_FIRST_YEAR + i}`)])).filter((v): v is number => v !== undefined)
    const country = zoneCountry(key)
    const marginal = country === undefined ? undefined : marginals.get(country)
    out.push({
      key,
      name,
      averageKgPerKWh: {
        id: `grid-average:${key}`, unit: 'kgCO2e/kWh', source: SOURCES.electricityMaps2024,
        low: Math.min(central, ...years), central, high: Math.max(central, ...years),
        note: 'Electricity Maps 2024 life-cycle average; range: min-max of the 2021-2025 yearly values.',
      },
      // The operating margin is published per country: a zone takes its country's.
      ...(marginal ? { marginalKgPerKWh: marginal } : {}),
    })
  }
  return out
}

function buildIndex(): ReadonlyMap<string, GridIntensity> {
  const marginals = readMarginals()
  const index = new Map<string, GridIntensity>()
  for (const g of [...readCountries(marginals), ...readZones(marginals)]) {
    if (index.has(g.key)) throw new Error(`grid catalog: key ${g.key} is both a country and a zone`)
    index.set(g.key, g)
  }
  return index
}

// Built on first lookup, not at load: a run that names its grid intensity never pays for the tables.
let index: ReadonlyMap<string, GridIntensity> | undefined
const gridIndex = (): ReadonlyMap<string, GridIntensity> => (index ??= buildIndex())

/**
 * Finds the annual intensity of an ISO-3 country (`USA`), an Electricity Maps zone (`FR`,
 * `US-MIDA-PJM`) or an Ember aggregate (`WORLD`, `EU`), case-insensitively.
 * @example findGrid('usa')?.averageKgPerKWh.central // 0.38355
 */
export function findGrid(key: string): GridIntensity | undefined {
  return gridIndex().get(key.trim().toUpperCase())
}

/** Every key `findGrid` accepts, in canonical case. */
export function gridKeys(): readonly string[] {
  return [...gridIndex().keys()]
}

const WORLD_KEY = 'WORLD'

function world(): GridIntensity {
  // No marginal: the IFI table has ISO-3 countries and the EU, no world line (readMarginals).
  const w = countryEntry(WORLD_KEY, averageIntensity.data[WORLD_KEY], new Map())
  if (!w) throw new Error('grid catalog: @tgwf/co2 has no WORLD average')
  return w
}

/** The Ember world average (472.94 gCO2e/kWh in co2.js 0.19): the fallback a report must name. */
export const WORLD_GRID: GridIntensity = world()
