import { EMBER_AVERAGES, IFI_MARGINALS } from './ember-ifi.js'
import { ZONE_CENTRAL_YEAR, ZONE_FIRST_YEAR, ZONES } from './electricity-maps-zones.js'
import { ISO3_TO_ISO2, zoneCountry } from './iso-countries.js'
import { SOURCES } from './sources.js'
import type { Coefficient, GridIntensity } from './types.js'

/*
 * Annual location-based grid intensity, read from @tgwf/co2 0.19 and converted from gCO2e/kWh to
 * kgCO2e/kWh. The tables come from files generated from co2.js (`npm run grid-zones`): the Ember
 * averages and IFI operating margins (ember-ifi.ts) and the Electricity Maps zones
 * (electricity-maps-zones.ts). They hold only what is read here: importing co2.js's data module
 * also loads its five yearly zone tables, which cost every run's start-up.
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

const has = (table: object, key: string): boolean => Object.prototype.hasOwnProperty.call(table, key)

// The IFI table also lists islands by name and an EU-27 memo line; only ISO-3 keys and the EU
// aggregate (Ember's `EU`) have an average to pair with.
const EU_MEMO = 'MEMO:  EU 27'
const marginalKey = (rawKey: string): string | undefined => (rawKey === EU_MEMO ? 'EU' : /^[A-Z]{3}$/.test(rawKey) ? rawKey : undefined)

// Read on first use, one object per key: a zone and its country share their margin (the same object).
const marginals = new Map<string, Coefficient | undefined>()
function marginalOf(key: string): Coefficient | undefined {
  if (marginals.has(key)) return marginals.get(key)
  const rawKey = key === 'EU' ? EU_MEMO : key
  let out: Coefficient | undefined
  if (marginalKey(rawKey) !== undefined && has(IFI_MARGINALS, rawKey)) {
    const kg = kgPerKWh(IFI_MARGINALS[rawKey], `marginal ${rawKey}`)
    if (kg !== undefined) out = spread(`grid-marginal:${key}`, kg, SOURCES.ifi2021, 'UNFCCC/IFI 2021 operating margin; range ±10 % (estimate).')
  }
  marginals.set(key, out)
  return out
}

function countryEntry(key: string, value: unknown, marginal: Coefficient | undefined): GridIntensity | undefined {
  const kg = kgPerKWh(value, `average ${key}`)
  if (kg === undefined) return undefined
  const iso2 = ISO3_TO_ISO2.get(key)
  return {
    key,
    name: (iso2 && zoneName(iso2)) ?? key.charAt(0) + key.slice(1).toLowerCase(),
    averageKgPerKWh: spread(`grid-average:${key}`, kg, SOURCES.ember2024, 'Ember latest year per country (2024 for most); range ±10 % (estimate).'),
    ...(marginal ? { marginalKgPerKWh: marginal } : {}),
  }
}

function zoneEntry(key: string, [name, ...values]: readonly [string, ...(number | null)[]]): GridIntensity | undefined {
  const central = kgPerKWh(values[ZONE_CENTRAL_YEAR - ZONE_FIRST_YEAR], `zone ${key} ${ZONE_CENTRAL_YEAR}`)
  if (central === undefined) return undefined
  const years = values.flatMap((v, i) => (v === null ? [] : [kgPerKWh(v, `zone ${key} ${ZONE_FIRST_YEAR + i}`)])).filter((v): v is number => v !== undefined)
  const country = zoneCountry(key)
  // The operating margin is published per country: a zone takes its country's.
  const marginal = country === undefined ? undefined : marginalOf(country)
  return {
    key,
    name,
    averageKgPerKWh: {
      id: `grid-average:${key}`, unit: 'kgCO2e/kWh', source: SOURCES.electricityMaps2024,
      low: Math.min(central, ...years), central, high: Math.max(central, ...years),
      note: 'Electricity Maps 2024 life-cycle average; range: min-max of the 2021-2025 yearly values.',
    },
    ...(marginal ? { marginalKgPerKWh: marginal } : {}),
  }
}

// Entries are read one key at a time, on first lookup: a run reads the few its manifests name, not
// the whole catalog (start-up). Each key's object is kept, so lookups return the same object.
const entries = new Map<string, GridIntensity | undefined>()
function entry(key: string): GridIntensity | undefined {
  if (entries.has(key)) return entries.get(key)
  let out: GridIntensity | undefined
  if (key === WORLD_KEY) out = WORLD_GRID
  else if (has(EMBER_AVERAGES, key)) out = countryEntry(key, EMBER_AVERAGES[key], marginalOf(key))
  else if (has(ZONES, key)) out = zoneEntry(key, ZONES[key]!)
  else return undefined // not a key: nothing kept, so unknown input cannot grow the map
  entries.set(key, out)
  return out
}

function buildIndex(): ReadonlyMap<string, GridIntensity> {
  // Every margin is read, so a malformed one is an issue even when no average pairs with it.
  for (const rawKey of Object.keys(IFI_MARGINALS)) {
    const key = marginalKey(rawKey)
    if (key !== undefined) marginalOf(key)
  }
  const index = new Map<string, GridIntensity>()
  for (const key of [...Object.keys(EMBER_AVERAGES), ...Object.keys(ZONES)]) {
    if (index.has(key)) throw new Error(`grid catalog: key ${key} is both a country and a zone`)
    const g = entry(key)
    if (g !== undefined) index.set(key, g)
  }
  return index
}

// The whole catalog, built only to list or check it (suggestions, data tests).
let index: ReadonlyMap<string, GridIntensity> | undefined
const gridIndex = (): ReadonlyMap<string, GridIntensity> => (index ??= buildIndex())

/**
 * Finds the annual intensity of an ISO-3 country (`USA`), an Electricity Maps zone (`FR`,
 * `US-MIDA-PJM`) or an Ember aggregate (`WORLD`, `EU`), case-insensitively.
 * @example findGrid('usa')?.averageKgPerKWh.central // 0.38355
 */
export function findGrid(key: string): GridIntensity | undefined {
  return entry(key.trim().toUpperCase())
}

/** Every key `findGrid` accepts, in canonical case. */
export function gridKeys(): readonly string[] {
  return [...gridIndex().keys()]
}

const WORLD_KEY = 'WORLD'

function world(): GridIntensity {
  // No marginal: the IFI table has ISO-3 countries and the EU, no world line.
  const w = countryEntry(WORLD_KEY, EMBER_AVERAGES[WORLD_KEY], undefined)
  if (!w) throw new Error('grid catalog: @tgwf/co2 has no WORLD average')
  return w
}

/** The Ember world average (472.94 gCO2e/kWh in co2.js 0.19): the fallback a report must name. */
export const WORLD_GRID: GridIntensity = world()
