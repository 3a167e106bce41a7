import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { parseQuantity, isUnitProblem } from '../src/core/units.js'
import {
  decimalsFor,
  formatCount,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatMassDelta,
  formatMassRange,
  formatPercent,
  formatPercentDelta,
  formatDuration,
  formatShareOfTotal,
  formatBytes,
  formatIntensityGiven,
  formatLifetime,
  formatPower,
  formatPue,
  formatPueGiven,
  formatRatio,
  formatTimestamp,
} from '../src/core/format.js'
import { sampleExperiment, LLAMA_SPECS } from './support/sample-report.js'

describe('published figures display as published', () => {
  test('LLaMA-7B (Touvron et al. 2023, Table 15): 36 MWh and 14 tCO2e', () => {
    const llama = sampleExperiment(LLAMA_SPECS.find((s) => s.name === 'llama-7b-pretrain')!)
    expect(formatEnergy(llama.energyKWh)).toBe('36.3\u00a0MWh')
    expect(formatMass(llama.operational.locationKgCO2e.central)).toBe('14.0\u00a0t')
    expect(formatMass(llama.operational.locationKgCO2e.central, { co2e: true })).toBe('14.0\u00a0tCO2e')
  })

  test('GPT-3 (Patterson et al. 2021): in t and MWh, as published (552 t; 1,287 MWh from unrounded days)', () => {
    const energyKWh = (10_000 * 330 * 14.8 * 24 * 1.1) / 1000
    expect(formatEnergy(energyKWh)).toBe('1,289\u00a0MWh')
    expect(formatMass(552_100)).toBe('552\u00a0t')
  })
})

describe('one rounding rule', () => {
  test.each([
    [552, '552\u00a0kg'],
    [0.0031, '3.1\u00a0g'],
    [0.000042, '0.042\u00a0g'],
    [13_964.3, '14.0\u00a0t'],
    [1_234_567, '1,235\u00a0t'],
    [0, '0\u00a0kg'],
    [-320, '\u2212320\u00a0kg'],
  ])('formatMass(%d) is %s', (kg, text) => expect(formatMass(kg)).toBe(text))

  test('rounding never shows 1,000 of a unit or a spurious decimal', () => {
    expect(formatMass(999.96)).toBe('1.0\u00a0t')
    expect(formatMass(99.96)).toBe('100\u00a0kg')
    expect(formatMass(0.99996)).toBe('1.0\u00a0kg')
    expect(formatEnergy(999.96)).toBe('1.0\u00a0MWh')
    expect(decimalsFor(99.96)).toBe(0)
  })

  test('signed deltas and percentages', () => {
    expect(formatMassDelta(1_800)).toBe('+1.8\u00a0t')
    expect(formatMassDelta(-420)).toBe('\u2212420\u00a0kg')
    expect(formatMassDelta(0)).toBe('±0\u00a0kg')
    expect(formatMassDelta(0.00001)).toBe('+0.010\u00a0g')
    expect(formatPercentDelta(0.17)).toBe('+17\u00a0%')
    expect(formatPercentDelta(-0.042)).toBe('\u22124.2\u00a0%')
    expect(formatPercent(0.9999)).toBe('100\u00a0%')
    expect(formatCount(9874)).toBe('9,874')
    expect(formatIntensity(0.385)).toBe('385\u00a0gCO2e/kWh')
  })

  test('ranges are shown in the central value’s unit', () => {
    expect(formatMassRange({ low: 9_200, central: 14_000, high: 21_500 })).toBe('14.0\u00a0t (9.2–21.5\u00a0t)')
    expect(formatMassRange({ low: 800, central: 1_200, high: 2_100 })).toBe('1.2\u00a0t (0.8–2.1\u00a0t)')
    expect(formatMassRange({ low: 552, central: 552, high: 552 })).toBe('552\u00a0kg')
    expect(formatMassRange({ low: -500, central: 1_800, high: 4_000 }, { signed: true })).toBe('+1.8\u00a0t (\u22120.5 to +4.0\u00a0t)')
  })
})

describe('properties', () => {
  const mass = fc.double({ min: 1e-6, max: 1e9, noNaN: true })

  test('a displayed mass parses back to within its rounding', () => {
    fc.assert(
      fc.property(mass, (kg) => {
        const text = formatMass(kg, { co2e: true })
        const parsed = parseQuantity(text, 'mass')
        if (isUnitProblem(parsed)) throw new Error(parsed.message)
        // two significant figures at worst: within 5 % (half a unit in the last place of 10)
        expect(Math.abs(parsed.value - kg) / kg).toBeLessThanOrEqual(0.05 + 1e-12)
      }),
      { numRuns: 2000 },
    )
  })

  test('the number shown is between 1 and 1,000 of its unit, except at the ends of the scale', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 9e5, noNaN: true }), (kg) => {
        const shown = Number(formatMass(kg).split('\u00a0')[0]!.replace(/,/g, ''))
        expect(shown).toBeGreaterThanOrEqual(1)
        expect(shown).toBeLessThan(1000)
      }),
      { numRuns: 2000 },
    )
  })

  test('a delta is signed by its direction and mirrors its negation', () => {
    fc.assert(
      fc.property(mass, (kg) => {
        expect(formatMassDelta(kg).startsWith('+')).toBe(true)
        expect(formatMassDelta(-kg)).toBe(`\u2212${formatMassDelta(kg).slice(1)}`)
      }),
    )
  })
})

describe('typography and the other quantities', () => {
  test('a no-break space joins number and unit; negatives carry a real minus sign', () => {
    for (const text of [formatMass(-1234.5), formatEnergy(-2.5), formatPercentDelta(-0.21), formatDuration(-3)]) {
      expect(text).toMatch(/^\u2212[\d.,]+\u00a0\S+$/)
    }
  })

  test('durations in the largest sensible unit', () => {
    expect(formatDuration(30 / 3600)).toBe('30\u00a0s')
    expect(formatDuration(2.8 / 60)).toBe('2.8\u00a0min')
    expect(formatDuration(0.04585)).toBe('2.8\u00a0min')
    expect(formatDuration(40.25)).toBe('40.3\u00a0h')
    expect(formatDuration(160)).toBe('160\u00a0h')
    expect(formatDuration(1234.56)).toBe('1,235\u00a0h')
  })

  test('a part of a whole under 1 % is <1 %, never 0.43 % beside 98 %', () => {
    expect(formatShareOfTotal(0.0043)).toBe('<1\u00a0%')
    expect(formatShareOfTotal(0.98)).toBe('98\u00a0%')
    expect(formatShareOfTotal(0.996)).toBe('>99\u00a0%')
    expect(formatShareOfTotal(0)).toBe('0\u00a0%')
    expect(formatShareOfTotal(1)).toBe('100\u00a0%')
  })
})

describe('the other quantities messages and descriptions name', () => {
  test('power steps from W to kW to MW by the rounded value', () => {
    expect(formatPower(400)).toBe('400\u00a0W')
    expect(formatPower(999.96)).toBe('1.0\u00a0kW')
    expect(formatPower(5_600)).toBe('5.6\u00a0kW')
    expect(formatPower(832_000)).toBe('832\u00a0kW')
    expect(formatPower(1_200_000)).toBe('1.2\u00a0MW')
  })

  test('training against inference as the larger to 1', () => {
    expect(formatRatio(2)).toBe('2.0:1')
    expect(formatRatio(0.5)).toBe('1:2.0')
  })

  test('file sizes, timestamps, lifetimes, intensities and PUEs as given', () => {
    expect(formatBytes(6_123)).toBe('6.1 kB')
    expect(formatBytes(4_200_000)).toBe('4.2 MB')
    expect(formatBytes(420_000_000)).toBe('420 MB')
    expect(formatBytes(1.5e9)).toBe('1.5 GB')
    expect(formatTimestamp(Date.UTC(2024, 2, 1, 0, 0, 10))).toBe('2024-03-01T00:00:10Z')
    expect(formatTimestamp(Date.UTC(2024, 2, 1) + 250)).toBe('2024-03-01T00:00:00.250Z')
    expect(formatTimestamp(1e17)).toBe('100000000000000000 ms after 1970')
    expect(formatTimestamp(NaN)).toBe('NaN ms after 1970')
    expect(formatLifetime(5 * 8760)).toBe('5\u00a0y')
    expect(formatLifetime(4.5 * 8760)).toBe('4.5\u00a0y')
    // 0.0563 kg/kWh × 1000 is 56.300000000000004 in floating point: six significant figures show it as given
    expect(formatIntensityGiven(0.0563)).toBe('56.3 gCO2e/kWh')
    expect(formatPue(1.135)).toBe('1.14')
    expect(formatPueGiven(1.135)).toBe('1.135')
    expect(formatPueGiven(1.1)).toBe('1.10')
  })
})
