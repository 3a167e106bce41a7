import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatQuantity, isUnitProblem, parseQuantity, unitsOf, type Dimension } from '../src/core/units.js'

const value = (text: string, d: Dimension) => {
  const q = parseQuantity(text, d)
  if (isUnitProblem(q)) throw new Error(q.message)
  return q.value
}

describe('parseQuantity', () => {
  it('reads the spellings manifests use into canonical units', () => {
    expect(value('400 W', 'power')).toBe(400)
    expect(value('0.4 kW', 'power')).toBe(400)
    expect(value('57 gCO2e/kWh', 'intensity')).toBeCloseTo(0.057, 12)
    expect(value('0.385 kgCO2e/kWh', 'intensity')).toBe(0.385)
    expect(value('150 s', 'duration')).toBeCloseTo(150 / 3600, 12)
    expect(value('30 min', 'duration')).toBe(0.5)
    expect(value('40.25 h', 'duration')).toBe(40.25)
    expect(value('6 y', 'duration')).toBe(6 * 8760)
    expect(value('85 %', 'ratio')).toBeCloseTo(0.85, 12)
    expect(value('2 tCO2e', 'mass')).toBe(2000)
    expect(value('1,082,990 h', 'duration')).toBe(1082990)
    expect(value('943 lbsCO2e/MWh', 'intensity')).toBeCloseTo(943 * 0.45359237 / 1000, 12)
  })

  it('refuses a bare number and names the unit it expects, with a nearby valid value', () => {
    const q = parseQuantity('400', 'power')
    expect(isUnitProblem(q) && q.message).toContain('has no unit')
    expect(isUnitProblem(q) && q.message).toContain('400 W')
    expect(isUnitProblem(q) && q.suggestion).toBe('400 W')
  })

  it('says which dimension a unit of the wrong kind belongs to', () => {
    const q = parseQuantity('400 kWh', 'power')
    expect(isUnitProblem(q) && q.message).toContain('is a unit of energy, not power')
  })

  it('suggests the nearest unit for a misspelling', () => {
    const q = parseQuantity('400 kw', 'power')
    expect(isUnitProblem(q) && q.suggestion).toBe('400 kW')
  })

  it('refuses non-finite and non-numeric text', () => {
    for (const bad of ['NaN W', 'Infinity W', 'lots W', '', '1e999 W']) expect(isUnitProblem(parseQuantity(bad, 'power'))).toBe(true)
  })

  it('round-trips every unit of every dimension', () => {
    const dims: Dimension[] = ['power', 'duration', 'energy', 'mass', 'intensity', 'ratio', 'capacity-carbon']
    fc.assert(
      fc.property(fc.constantFrom(...dims), fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (d, x) => {
        for (const unit of unitsOf(d)) {
          const back = value(formatQuantity(x, d, unit), d)
          expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-12)
        }
      }),
    )
  })
})
