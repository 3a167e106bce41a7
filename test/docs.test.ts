import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  IDLE_SHARE,
  CARD_END_OF_LIFE,
  CARD_TRANSPORT,
  SERVER_END_OF_LIFE_SHARE,
  SERVER_TRANSPORT_SHARE,
  DATACENTER_CONSTRUCTION,
  DATACENTER_LIFETIME,
  DEFAULT_ACTIVE_SHARE,
  DEFAULT_HARDWARE_LIFETIME,
  findGrid,
  gridKeys,
  listDevices,
  listSources,
  PUE_BY_PROVIDER,
  regionIds,
  type Coefficient,
} from '../src/core/data/index.js'
import { formatProblem } from '../src/core/errors.js'
import type { LogSpec } from '../src/core/model.js'
import { unitsOf, type Dimension } from '../src/core/units.js'
import { readConfig } from '../src/ingest/config.js'
import { readCfeSupply } from '../src/ingest/cfe-supply.js'
import { readGridSeries } from '../src/ingest/grid-series.js'
import { LOG_READERS, detectReader } from '../src/ingest/logs/index.js'
import { readManifest } from '../src/ingest/manifest.js'
import { MANIFEST_KEYS } from '../src/ingest/manifest-schema.js'
import { measureEnergy } from '../src/ingest/measure.js'
import { parseYamlDoc } from '../src/ingest/yaml-doc.js'
import { memorySource } from './fixtures/logs/fixture-source.js'
import { codeBlocks, section, tableRows } from './support/markdown.js'

// The docs are checked against the code so they cannot drift: catalog tables against the catalog,
// field lists against the schemas, every example against the readers that read users' files.

const doc = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const methodology = doc('docs/methodology.md')
const manifestDoc = doc('docs/manifest.md')
const formatsDoc = doc('docs/formats.md')

const num = (cell: string | undefined): number => Number((cell ?? '').replace(/,/g, ''))
const sourceCell = (c: Coefficient): string => `${c.source.id} (${c.source.year})`

describe('docs/methodology.md', () => {
  it('lists every catalog device once, with the catalog\'s power, embodied figures and sources', () => {
    const rows = tableRows(section(methodology, '8.1 Hardware'))
    const devices = listDevices()
    expect(rows.map((r) => r[0]).sort()).toEqual(devices.map((d) => d.id).sort())
    for (const d of devices) {
      const [, , kind, pLow, pCentral, pHigh, pSource, eLow, eCentral, eHigh, boundary, eSource] = rows.find((r) => r[0] === d.id)!
      expect([num(pLow), num(pCentral), num(pHigh)], `${d.id} power`).toEqual([d.powerW.low, d.powerW.central, d.powerW.high])
      expect([num(eLow), num(eCentral), num(eHigh)], `${d.id} embodied`).toEqual([d.embodiedKgCO2e.low, d.embodiedKgCO2e.central, d.embodiedKgCO2e.high])
      expect([kind, boundary, pSource, eSource], d.id).toEqual([d.kind, d.boundary, sourceCell(d.powerW), sourceCell(d.embodiedKgCO2e)])
    }
  })

  it('gives every provider PUE as the catalog has it', () => {
    const rows = tableRows(section(methodology, '8.2 PUE'))
    expect(rows.map((r) => r[0]).sort()).toEqual(Object.keys(PUE_BY_PROVIDER).sort())
    for (const [provider, c] of Object.entries(PUE_BY_PROVIDER)) {
      const [, low, central, high, source] = rows.find((r) => r[0] === provider)!
      expect([num(low), num(central), num(high), source], provider).toEqual([c.low, c.central, c.high, sourceCell(c)])
    }
  })

  /** A table of `| id | unit | low | central | high | source | note |` rows equals these coefficients. */
  const expectCoefficientTable = (heading: string, coefficients: readonly Coefficient[]) => {
    const rows = tableRows(section(methodology, heading))
    expect(rows.map((r) => r[0]).sort()).toEqual(coefficients.map((c) => c.id).sort())
    for (const c of coefficients) {
      const [, unit, low, central, high, source] = rows.find((r) => r[0] === c.id)!
      expect([unit, num(low), num(central), num(high), source], c.id).toEqual([c.unit, c.low, c.central, c.high, sourceCell(c)])
    }
  }

  it('gives the amortization and construction coefficients as the catalog has them', () => {
    expectCoefficientTable('8.3 Amortization and construction', [DEFAULT_HARDWARE_LIFETIME, DEFAULT_ACTIVE_SHARE, DATACENTER_CONSTRUCTION, DATACENTER_LIFETIME])
  })

  it('gives the idle shares as the catalog has them', () => {
    expectCoefficientTable('8.8 Idle share', Object.values(IDLE_SHARE))
  })

  it('gives the transport and end-of-life coefficients as the catalog has them', () => {
    expectCoefficientTable('8.7 Transport and end of life', [CARD_TRANSPORT, CARD_END_OF_LIFE, SERVER_TRANSPORT_SHARE, SERVER_END_OF_LIFE_SHARE])
  })

  it('gives the sampled grid intensities as the catalog has them', () => {
    const text = section(methodology, '8.4 Grid intensity')
    const rows = tableRows(text.slice(text.indexOf('| key |')))
    expect(rows.length).toBeGreaterThanOrEqual(10)
    for (const [key, , aLow, aCentral, aHigh, aSource, mLow, mCentral, mHigh] of rows) {
      const g = findGrid(key!)
      expect(g, `${key} is a catalog key`).toBeDefined()
      const avg = g!.averageKgPerKWh
      for (const [cell, value] of [[aLow, avg.low], [aCentral, avg.central], [aHigh, avg.high]] as const) {
        expect(num(cell), `${key} average`).toBeCloseTo(value, 9)
      }
      expect(aSource, key).toBe(sourceCell(avg))
      const m = g!.marginalKgPerKWh
      if (!m) expect([mLow, mCentral, mHigh], `${key} has no marginal`).toEqual(['–', '–', '–'])
      else for (const [cell, value] of [[mLow, m.low], [mCentral, m.central], [mHigh, m.high]] as const) expect(num(cell), `${key} marginal`).toBeCloseTo(value, 9)
    }
    expect(text).toContain(`The catalog holds ${gridKeys().length} keys`)
    expect(section(methodology, '8.5 Cloud regions')).toContain(`maps ${regionIds().length} regions`)
  })

  it('lists every source with its year and licence', () => {
    const rows = tableRows(section(methodology, '8.6 Sources'))
    expect(rows.map((r) => r[0]).sort()).toEqual(listSources().map((s) => s.id).sort())
    for (const s of listSources()) {
      const [, , year, licence, url] = rows.find((r) => r[0] === s.id)!
      expect([num(year), licence, url], s.id).toEqual([s.year, s.license ?? '', s.url])
    }
  })
})

describe('docs/manifest.md', () => {
  it('documents every manifest field at every level', () => {
    for (const [level, keys] of Object.entries(MANIFEST_KEYS)) {
      for (const key of keys) expect(manifestDoc, `${level ? `${level}.` : ''}${key}`).toContain(`\`${key}\``)
    }
    expect(manifestDoc).toContain('### `hardware`')
  })

  it('documents every carbon-budget.yml field at every level', () => {
    // The config schema names its valid keys in the unknown-field message: read them from there.
    const keysAt = (yaml: string): string[] => {
      const { problems } = readConfig(yaml)
      const listed = /expected one of (.*)$/.exec(problems[0]?.message ?? '')
      expect(listed, yaml).not.toBeNull()
      return listed![1]!.split(', ')
    }
    const keys = [
      ...keysAt('not-a-key: 1\n'),
      ...keysAt('defaults: { not-a-key: 1 }\n'),
      ...keysAt('budgets: { not-a-key: 1 }\n'),
      ...keysAt('budgets: { phases: { not-a-key: 1 } }\n'),
      ...keysAt('limits: { not-a-key: 1 }\n'),
    ]
    expect(keys).toContain('budgets-from')
    for (const key of keys) expect(manifestDoc, key).toContain(`\`${key}\``)
  })

  it('lists every accepted unit', () => {
    for (const dimension of ['power', 'duration', 'mass', 'intensity', 'ratio'] as Dimension[]) {
      for (const unit of unitsOf(dimension)) expect(manifestDoc, `${dimension} ${unit}`).toContain(`\`${unit}\``)
    }
  })

  it('has examples that read without a problem', () => {
    const blocks = codeBlocks(manifestDoc).filter((b) => b.lang === 'yaml')
    let manifests = 0
    let configs = 0
    for (const block of blocks) {
      const first = block.text.split('\n')[0]!
      if (block.annotation?.kind === 'mistakes') {
        expect(parseYamlDoc(block.text, 'mistakes.yml').problems, block.text).toEqual([])
      } else if (first === '# carbon-budget.yml') {
        configs++
        expect(readConfig(block.text).problems.map(formatProblem), block.text).toEqual([])
      } else {
        manifests++
        const read = readManifest(block.text, 'experiments/example.carbon.yml', {})
        expect(read.problems.map(formatProblem), block.text).toEqual([])
        expect(read.experiment).toBeDefined()
      }
    }
    expect(manifests).toBeGreaterThanOrEqual(4)
    expect(configs).toBe(1)
  })

  it('shows the errors the documented mistakes really give', () => {
    const blocks = codeBlocks(section(manifestDoc, 'Errors'))
    const mistakes = blocks.find((b) => b.annotation?.kind === 'mistakes')!
    const shown = blocks.find((b) => b.lang === 'text')!
    const { problems } = readManifest(mistakes.text, mistakes.annotation!.attrs.file!, {})
    expect(problems.map(formatProblem).join('\n') + '\n').toBe(shown.text)
  })

  it('names every log format', () => {
    for (const r of LOG_READERS) expect(manifestDoc, r.format).toContain(`\`${r.format}\``)
  })
})

describe('docs/formats.md', () => {
  const blocks = codeBlocks(formatsDoc)

  it('has a section and an example for every log format', () => {
    for (const r of LOG_READERS) {
      expect(formatsDoc, r.format).toContain(`### \`${r.format}\``)
      expect(blocks.some((b) => b.annotation?.attrs.format === r.format), `example of ${r.format}`).toBe(true)
    }
  })

  it('has examples that are detected as their format and give the energy stated', async () => {
    const examples = blocks.filter((b) => b.annotation?.kind === 'example')
    expect(examples.length).toBeGreaterThanOrEqual(LOG_READERS.length)
    for (const b of examples) {
      const { format, path, manifest } = b.annotation!.attrs as { format: string; path: string; manifest?: string }
      let spec: LogSpec = { path, timezone: 'UTC', replicas: 1, gapThresholdS: 60, gaps: 'bridge' as const }
      if (manifest === 'above') {
        // The `logs:` entry shown in the YAML block just above, read as a manifest would be.
        const yaml = blocks[blocks.indexOf(b) - 1]!
        expect(yaml.lang, `the block above ${path}`).toBe('yaml')
        const { experiment, problems } = readManifest(`name: x\nphase: training\nhardware: [{ device: nvidia-h100-sxm5-80gb, count: 1 }]\n${yaml.text}`, 'x.carbon.yml', {})
        expect(problems.map(formatProblem), path).toEqual([])
        spec = { ...experiment!.logs[0]!, gapThresholdS: 60 }
        expect(spec.path, path).toBe(path)
      } else {
        expect(detectReader(b.text.split('\n').slice(0, 10), path)?.format, path).toBe(format)
      }
      const { measured, problems } = await measureEnergy([spec], memorySource({ [path]: b.text }), { maxLogBytes: 1e6, manifestFile: 'a.carbon.yml' })
      expect(problems.map(formatProblem), path).toEqual([])
      const stated = /^Energy: ([\d.]+) Wh\b/.exec(b.after)
      expect(stated, `"Energy: … Wh" after the ${path} example`).not.toBeNull()
      const decimals = stated![1]!.split('.')[1]?.length ?? 0
      expect(Math.abs(measured!.energyKWh * 1000 - Number(stated![1])), path).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12)
    }
  })

  it('has carbon-free supply examples that read without a problem', async () => {
    const examples = blocks.filter((b) => b.annotation?.kind === 'supply-example')
    expect(examples.length).toBeGreaterThanOrEqual(3)
    for (const b of examples) {
      const { path, hours, kind } = b.annotation!.attrs as { path: string; hours: string; kind: string }
      const { supply, problems } = await readCfeSupply(path, memorySource({ [path]: b.text }), { maxLogBytes: 1e6 })
      expect(problems.map(formatProblem), path).toEqual([])
      expect([supply?.hours.size, supply?.kind], path).toEqual([Number(hours), kind])
    }
  })

  it('has grid-series examples that read without a problem', async () => {
    const examples = blocks.filter((b) => b.annotation?.kind === 'series-example')
    expect(examples.length).toBeGreaterThanOrEqual(4)
    for (const b of examples) {
      const { path, hours } = b.annotation!.attrs as { path: string; hours: string }
      const { series, problems } = await readGridSeries(path, memorySource({ [path]: b.text }), { maxLogBytes: 1e6 })
      expect(problems.map(formatProblem), path).toEqual([])
      expect(series?.hours.size, path).toBe(Number(hours))
    }
  })
})

describe('attribution', () => {
  const attribution = doc('docs/data-attribution.md')
  const notice = doc('NOTICE')

  it('names every licensed source the catalog uses', () => {
    for (const s of listSources().filter((x) => x.license !== undefined)) {
      expect(attribution, s.id).toContain(s.id)
      expect(attribution, `${s.id} licence`).toContain(s.license!.split(' (')[0]!)
    }
  })

  it('keeps the NOTICE attributions the data licences require', () => {
    for (const name of ['Ember', 'CC BY-SA 4.0', 'Electricity Maps', 'ODbL', 'UNFCCC', 'co2.js', 'Cloud Carbon Footprint']) {
      expect(notice, name).toContain(name)
    }
    expect(doc('LICENSE')).toContain('Apache License')
  })
})
