import { averageIntensity, marginalIntensity } from '@tgwf/co2/data'
import { yearly2021, yearly2022, yearly2023, yearly2024, yearly2025 } from '@tgwf/co2/data/electricity-maps'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JS shared with scripts/write-grid-zones.js, no declarations
import { COUNTRIES_FILE, gridCountriesSource, gridZonesSource, ZONES_FILE } from '../scripts/support-grid-zones.js'
import {
  DATACENTER_CONSTRUCTION,
  DATACENTER_LIFETIME,
  DEFAULT_ACTIVE_SHARE,
  DEFAULT_HARDWARE_LIFETIME,
  DEFAULT_PUE,
  deviceIds,
  deviceKeys,
  findDevice,
  findGrid,
  findRegion,
  gridDataIssues,
  gridKeys,
  listDevices,
  listSources,
  normalizeDeviceKey,
  PUE_BY_PROVIDER,
  regionIds,
  WORLD_GRID,
  zoneCountry,
  type Coefficient,
} from '../src/core/data/index.js'

const EM_YEARS = [yearly2021, yearly2022, yearly2023, yearly2024, yearly2025]
const sourceIds = new Set(listSources().map((s) => s.id))

function expectWellFormed(c: Coefficient, unit: Coefficient['unit']): void {
  expect(c.unit, c.id).toBe(unit)
  expect(Number.isFinite(c.low) && Number.isFinite(c.high), c.id).toBe(true)
  expect(c.low, c.id).toBeGreaterThanOrEqual(0)
  expect(c.low, c.id).toBeLessThanOrEqual(c.central)
  expect(c.central, c.id).toBeLessThanOrEqual(c.high)
  expect(c.source.url, c.id).toMatch(/^https:\/\//)
  expect(sourceIds.has(c.source.id), `${c.id} cites ${c.source.id}, which is not in SOURCES`).toBe(true)
}

describe('sources', () => {
  it('every source has an id, a title, an https url and a data year', () => {
    const ids = new Set<string>()
    for (const s of listSources()) {
      expect(ids.has(s.id), s.id).toBe(false)
      ids.add(s.id)
      expect(s.title.length, s.id).toBeGreaterThan(10)
      expect(s.url, s.id).toMatch(/^https:\/\/[^\s]+$/)
      expect(Number.isInteger(s.year) && s.year >= 2015 && s.year <= 2026, `${s.id} year ${s.year}`).toBe(true)
    }
  })
})

describe('hardware catalog', () => {
  const required = [
    'nvidia-a100-sxm4-40gb', 'nvidia-a100-sxm4-80gb', 'nvidia-a100-pcie-40gb', 'nvidia-a100-pcie-80gb',
    'nvidia-h100-sxm5-80gb', 'nvidia-h100-pcie-80gb', 'nvidia-h200-sxm-141gb', 'nvidia-b200', 'nvidia-v100-sxm2-32gb',
    'nvidia-t4', 'nvidia-l4', 'nvidia-l40s', 'nvidia-a10g', 'amd-mi250x', 'amd-mi300x', 'google-tpu-v3', 'google-tpu-v4',
    'google-tpu-v5p', 'gpu-server-host',
  ]

  it('has every required device', () => {
    expect(deviceIds()).toEqual(expect.arrayContaining(required))
  })

  it('gives every device power and embodied figures with a source and an ordered range', () => {
    for (const d of listDevices()) {
      expectWellFormed(d.powerW, 'W')
      expectWellFormed(d.embodiedKgCO2e, 'kgCO2e')
      expect(d.powerW.id).toBe(`power:${d.id}`)
      expect(d.embodiedKgCO2e.id).toBe(`embodied:${d.id}`)
      expect(d.powerW.central, d.id).toBeGreaterThan(0)
      expect(d.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('has unique ids and aliases that each name exactly one device', () => {
    const owners = new Map<string, string[]>()
    for (const d of listDevices()) {
      for (const key of new Set([d.id, ...d.aliases].map(normalizeDeviceKey))) {
        owners.set(key, [...(owners.get(key) ?? []), d.id])
      }
    }
    const ambiguous = [...owners].filter(([, ids]) => ids.length > 1)
    expect(ambiguous).toEqual([])
    expect(new Set(deviceIds()).size).toBe(listDevices().length)
    for (const [key, [id]] of owners) expect(findDevice(key)?.id, key).toBe(id)
    expect(deviceKeys().length).toBe(owners.size)
  })

  it('resolves what users and nvidia-smi write', () => {
    expect(findDevice('A100-80GB')?.id).toBe('nvidia-a100-sxm4-80gb')
    expect(findDevice(' h100 ')?.id).toBe('nvidia-h100-sxm5-80gb')
    expect(findDevice('NVIDIA H100 80GB HBM3')?.id).toBe('nvidia-h100-sxm5-80gb')
    expect(findDevice('NVIDIA A100-SXM4-40GB')?.id).toBe('nvidia-a100-sxm4-40gb')
    expect(findDevice('Tesla V100-SXM2-16GB')?.id).toBe('nvidia-v100-sxm2-16gb')
    expect(findDevice('Tesla T4')?.id).toBe('nvidia-t4')
    expect(findDevice('tpu_v4')?.id).toBe('google-tpu-v4')
    expect(findDevice('h100-sxm6')).toBeUndefined()
  })

  it('carries the published anchors of methodology §3', () => {
    // Datasheet TDPs used by LLaMA (400 W), the V100 (300 W) and the H100 SXM (700 W).
    expect(findDevice('a100-80gb')?.powerW.central).toBe(400)
    expect(findDevice('v100')?.powerW.central).toBe(300)
    expect(findDevice('h100')?.powerW.central).toBe(700)
    const h100 = findDevice('h100')?.embodiedKgCO2e
    expect([h100?.low, h100?.central, h100?.high]).toEqual([14.65, 150, 575.1])
    expect(findDevice('nvidia-a100-sxm4-80gb')?.embodiedKgCO2e.central).toBe(150) // BLOOM's per-GPU figure
    const host = findDevice('gpu-server-host')
    expect(host?.embodiedKgCO2e.central).toBe(2500) // HPE DL345 Gen10 Plus, as BLOOM
    expect(host?.boundary).toBe('server')
    expect(host?.kind).toBe('host')
  })

  it('scales the low-profile cards below the datacenter-card convention', () => {
    for (const id of ['nvidia-t4', 'nvidia-l4']) {
      const e = findDevice(id)?.embodiedKgCO2e
      expect(e?.central, id).toBeLessThan(150)
      expect(e?.high, id).toBeGreaterThanOrEqual(150)
    }
  })

  it('marks every unsourced figure as an estimate', () => {
    const estimated = ['google-tpu-v5p', 'gpu-server-host']
    for (const id of estimated) expect(findDevice(id)?.powerW.note, id).toMatch(/estimate/)
  })
})

describe('grid intensity', () => {
  it('reads every co2.js entry without a problem', () => {
    expect(gridDataIssues()).toEqual([])
  })

  it('converts the Ember country averages to kg/kWh', () => {
    const usa = findGrid('usa')
    expect(usa?.key).toBe('USA')
    expect(usa?.averageKgPerKWh.central).toBeCloseTo((averageIntensity.data.USA ?? NaN) / 1000, 12)
    expect(usa?.averageKgPerKWh.central).toBeCloseTo(0.38355, 5)
    expect(usa?.averageKgPerKWh.source.id).toBe('ember-2024')
    expect(WORLD_GRID.averageKgPerKWh.central).toBeCloseTo((averageIntensity.data.WORLD ?? NaN) / 1000, 12)
    expect(findGrid('World')).toBe(WORLD_GRID)
  })

  it('parses the string marginal factors as numbers', () => {
    const raw = marginalIntensity.data.USA
    expect(typeof raw).toBe('string')
    const usa = findGrid('USA')?.marginalKgPerKWh
    expect(typeof usa?.central).toBe('number')
    expect(usa?.central).toBeCloseTo(Number(raw) / 1000, 12)
    expect(usa?.source.year).toBe(2021)
    expect(findGrid('EU')?.marginalKgPerKWh?.central).toBeCloseTo(Number(marginalIntensity.data['MEMO:  EU 27']) / 1000, 12)
  })

  it.each(['FR', 'US-MIDA-PJM', 'SE-SE3'])('takes zone %s from Electricity Maps 2024 with the 2021-2025 spread', (key) => {
    const values = EM_YEARS.map((y) => y.data[key]?.carbonIntensity.value).filter((v): v is number => v !== undefined)
    const grid = findGrid(key.toLowerCase())
    expect(grid?.key).toBe(key)
    expect(grid?.averageKgPerKWh.central).toBeCloseTo((yearly2024.data[key]?.carbonIntensity.value ?? NaN) / 1000, 12)
    expect(grid?.averageKgPerKWh.low).toBeCloseTo(Math.min(...values) / 1000, 12)
    expect(grid?.averageKgPerKWh.high).toBeCloseTo(Math.max(...values) / 1000, 12)
  })

  it("gives a zone its country's operating margin", () => {
    expect(findGrid('FR')?.marginalKgPerKWh).toBe(findGrid('FRA')?.marginalKgPerKWh)
    expect(findGrid('US-MIDA-PJM')?.marginalKgPerKWh).toBe(findGrid('USA')?.marginalKgPerKWh)
    expect(zoneCountry('DK-DK1')).toBe('DNK')
  })

  it('has well-formed coefficients for every key, and no unknown key', () => {
    for (const key of gridKeys()) {
      const g = findGrid(key)
      expect(g?.key, key).toBe(key)
      if (!g) continue
      expectWellFormed(g.averageKgPerKWh, 'kgCO2e/kWh')
      if (g.marginalKgPerKWh) expectWellFormed(g.marginalKgPerKWh, 'kgCO2e/kWh')
      expect(g.averageKgPerKWh.central, key).toBeLessThan(2) // no g/kWh left unconverted
    }
    expect(gridKeys().length).toBe(Object.keys(averageIntensity.data).length + Object.keys(yearly2024.data).length)
    expect(findGrid('XYZ')).toBeUndefined()
  })

  it('maps every Electricity Maps zone to an ISO-3 country', () => {
    const unmapped = Object.keys(yearly2024.data).filter((k) => zoneCountry(k) === undefined)
    expect(unmapped).toEqual([])
  })
})

describe('cloud regions', () => {
  const required = [
    'aws/us-east-1', 'aws/us-east-2', 'aws/us-west-1', 'aws/us-west-2', 'aws/eu-west-1', 'aws/eu-central-1', 'aws/eu-north-1',
    'aws/ap-northeast-1', 'aws/ap-southeast-1', 'gcp/us-central1', 'gcp/us-east1', 'gcp/us-west1', 'gcp/europe-west1',
    'gcp/europe-west4', 'gcp/europe-north1', 'gcp/asia-east1', 'azure/eastus', 'azure/eastus2', 'azure/westus2',
    'azure/westeurope', 'azure/northeurope', 'azure/swedencentral',
  ]

  it('covers the main regions', () => {
    expect(regionIds()).toEqual(expect.arrayContaining(required))
    expect(findRegion('AWS/US-EAST-1')?.zone).toBe('US-MIDA-PJM')
  })

  it('maps every region to a zone and a country that findGrid knows, consistently', () => {
    for (const id of regionIds()) {
      const r = findRegion(id)
      expect(r?.id).toBe(id)
      if (!r) continue
      expect(id.startsWith(`${r.provider}/`)).toBe(true)
      expect(findGrid(r.zone)?.key, `${id} zone ${r.zone}`).toBe(r.zone)
      expect(findGrid(r.country)?.key, `${id} country ${r.country}`).toBe(r.country)
      expect(zoneCountry(r.zone), id).toBe(r.country)
      expect(r.source.url).toMatch(/^https:\/\//)
    }
  })
})

describe('PUE, lifetimes and datacenter construction', () => {
  it('has the published central PUE figures with ordered ranges', () => {
    expect(PUE_BY_PROVIDER.aws.central).toBe(1.135)
    expect(PUE_BY_PROVIDER.azure.central).toBe(1.185)
    expect(PUE_BY_PROVIDER.gcp.central).toBe(1.1)
    expect(DEFAULT_PUE.central).toBe(1.56)
    for (const c of Object.values(PUE_BY_PROVIDER)) {
      expectWellFormed(c, 'ratio')
      expect(c.low).toBeGreaterThanOrEqual(1)
    }
  })

  it('has construction per kW and lifetimes in hours', () => {
    expectWellFormed(DATACENTER_CONSTRUCTION, 'kgCO2e/kW')
    expect(DATACENTER_CONSTRUCTION.note).toMatch(/estimate/)
    expectWellFormed(DATACENTER_LIFETIME, 'h')
    expectWellFormed(DEFAULT_HARDWARE_LIFETIME, 'h')
    expect(DEFAULT_HARDWARE_LIFETIME.central).toBe(35_040) // CCF's SERVER_EXPECTED_LIFESPAN
    expect(DATACENTER_LIFETIME.low).toBeGreaterThan(DEFAULT_HARDWARE_LIFETIME.high)
    expectWellFormed(DEFAULT_ACTIVE_SHARE, 'ratio')
    expect(DEFAULT_ACTIVE_SHARE.high).toBeLessThanOrEqual(1)
  })
})

describe('the generated grid tables', () => {
  it('are what scripts/write-grid-zones.js writes from the installed @tgwf/co2 (npm run grid-zones)', () => {
    const root = new URL('../', import.meta.url)
    const { version } = JSON.parse(readFileSync(new URL('node_modules/@tgwf/co2/package.json', root), 'utf8')) as { version: string }
    expect(readFileSync(new URL(ZONES_FILE, root), 'utf8')).toBe(gridZonesSource(version))
    expect(readFileSync(new URL(COUNTRIES_FILE, root), 'utf8')).toBe(gridCountriesSource(version))
  })
})
