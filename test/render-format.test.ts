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
} from '../src/render/format.js'
import { sampleExperiment, LLAMA_SPECS } from './support/sample-report.js'

describe('published figures display as published', () => {
  test('LLaMA-7B (Touvron et al. 2023, Table 15): 36 MWh and 14 tCO2e', () => {
    const llama = sampleExperiment(LLAMA_SPECS.find((s) => s.name === 'llama-7b-pretrain')!)
    expect(formatEnergy(llama.energyKWh)).toBe('36.3 MWh')
    expect(formatMass(llama.operational.locationKgCO2e.central)).toBe('14.0 t')
    expect(formatMass(llama.operational.locationKgCO2e.central, { co2e: true })).toBe('14.0 tCO2e')
  })

  test('GPT-3 (Patterson et al. 2021): in t and MWh, as published (552 t; 1,287 MWh from unrounded days)', () => {
    const energyKWh = (10_000 * 330 * 14.8 * 24 * 1.1) / 1000
    expect(formatEnergy(energyKWh)).toBe('1,289 MWh')
    expect(formatMass(552_100)).toBe('552 t')
  })
})

describe('one rounding rule', () => {
  test.each([
    [552, '552 kg'],
    [0.0031, '3.1 g'],
    [0.000042, '0.042 g'],
    [13_964.3, '14.0 t'],
    [1_234_567, '1,235 t'],
    [0, '0 kg'],
    [-320, '-320 kg'],
  ])('formatMass(%d) is %s', (kg, text) => expect(formatMass(kg)).toBe(text))

  test('rounding never shows 1,000 of a unit or a spurious decimal', () => {
    expect(formatMass(999.96)).toBe('1.0 t')
    expect(formatMass(99.96)).toBe('100 kg')
    expect(formatMass(0.99996)).toBe('1.0 kg')
    expect(formatEnergy(999.96)).toBe('1.0 MWh')
    expect(decimalsFor(99.96)).toBe(0)
  })

  test('signed deltas and percentages', () => {
    expect(formatMassDelta(1_800)).toBe('+1.8 t')
    expect(formatMassDelta(-420)).toBe('-420 kg')
    expect(formatMassDelta(0)).toBe('±0 kg')
    expect(formatMassDelta(0.00001)).toBe('+0.010 g')
    expect(formatPercentDelta(0.17)).toBe('+17 %')
    expect(formatPercentDelta(-0.042)).toBe('-4.2 %')
    expect(formatPercent(0.9999)).toBe('100 %')
    expect(formatCount(9874)).toBe('9,874')
    expect(formatIntensity(0.385)).toBe('385 gCO2e/kWh')
  })

  test('ranges are shown in the central value’s unit', () => {
    expect(formatMassRange({ low: 9_200, central: 14_000, high: 21_500 })).toBe('14.0 t (9.2–21.5 t)')
    expect(formatMassRange({ low: 800, central: 1_200, high: 2_100 })).toBe('1.2 t (0.8–2.1 t)')
    expect(formatMassRange({ low: 552, central: 552, high: 552 })).toBe('552 kg')
    expect(formatMassRange({ low: -500, central: 1_800, high: 4_000 }, { signed: true })).toBe('+1.8 t (-0.5 to +4.0 t)')
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
        const shown = Number(formatMass(kg).split(' ')[0]!.replace(/,/g, ''))
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
        expect(formatMassDelta(-kg)).toBe(`-${formatMassDelta(kg).slice(1)}`)
      }),
    )
  })
})
