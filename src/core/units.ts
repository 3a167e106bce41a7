/**
 * Quantities with units. Manifests write `400 W`, `0.385 kgCO2e/kWh`, `6 y`; the core keeps one
 * canonical unit per dimension and puts it in every name (`powerW`, `durationH`, `energyKWh`).
 */

export type Dimension = 'power' | 'duration' | 'energy' | 'mass' | 'intensity' | 'ratio' | 'capacity-carbon'

/** The canonical unit of each dimension: every number inside the core is in one of these. */
export const CANONICAL_UNIT: Readonly<Record<Dimension, string>> = {
  power: 'W',
  duration: 'h',
  energy: 'kWh',
  mass: 'kgCO2e',
  intensity: 'kgCO2e/kWh',
  ratio: '%',
  'capacity-carbon': 'kgCO2e/kW',
}

// A year is 365 days (8,760 h), the convention of the hardware LCAs and of BLOOM's amortization.
export const HOURS_PER_YEAR = 8760
export const SECOND_MS = 1000
export const HOUR_S = 3600
export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000
/** Watts in a kilowatt: W × h / W_PER_KW is kWh. */
export const W_PER_KW = 1000
/** Grams in a kilogram: intensities are kept in kgCO2e/kWh and written in gCO2e/kWh. */
export const G_PER_KG = 1000
/** Joules in a kilowatt-hour. */
export const J_PER_KWH = 3.6e6
export const KG_PER_LB = 0.45359237

/** Factor from each accepted unit to the canonical unit of its dimension. */
const FACTORS: Readonly<Record<Dimension, Readonly<Record<string, number>>>> = {
  power: { mW: 1e-3, W: 1, kW: 1e3, MW: 1e6 },
  duration: { ms: 1 / HOUR_MS, s: 1 / 3600, min: 1 / 60, h: 1, d: 24, w: 168, y: HOURS_PER_YEAR },
  energy: { mJ: 1 / 3.6e9, J: 1 / J_PER_KWH, kJ: 1 / 3.6e3, MJ: 1 / 3.6, Wh: 1e-3, kWh: 1, MWh: 1e3, GWh: 1e6 },
  mass: { gCO2e: 1e-3, kgCO2e: 1, tCO2e: 1e3, ktCO2e: 1e6, lbsCO2e: KG_PER_LB },
  intensity: {
    'gCO2e/kWh': 1e-3,
    'kgCO2e/kWh': 1,
    'tCO2e/MWh': 1,
    'kgCO2e/MWh': 1e-3,
    'lbsCO2e/MWh': KG_PER_LB / 1000,
  },
  ratio: { '%': 1 },
  'capacity-carbon': { 'kgCO2e/kW': 1, 'tCO2e/MW': 1, 'kgCO2e/MW': 1e-3, 'tCO2e/kW': 1e3 },
}

/** Spellings users write for the same unit; folded before lookup. */
const ALIASES: Readonly<Record<string, string>> = {
  sec: 's', secs: 's', second: 's', seconds: 's', mins: 'min', minute: 'min', minutes: 'min',
  hr: 'h', hrs: 'h', hour: 'h', hours: 'h', day: 'd', days: 'd', week: 'w', weeks: 'w',
  yr: 'y', yrs: 'y', year: 'y', years: 'y', a: 'y',
}

/** The units accepted for a dimension, for error messages. */
export function unitsOf(dimension: Dimension): string[] {
  return Object.keys(FACTORS[dimension])
}

export interface ParsedQuantity {
  /** The value in the canonical unit of the dimension (for `ratio`, a fraction: 85 % is 0.85). */
  readonly value: number
  /** The unit as written, normalized. */
  readonly unit: string
}

export interface UnitProblem {
  readonly expected: string
  readonly message: string
  /** A valid spelling close to what was written, when there is one. */
  readonly suggestion?: string
}

const QUANTITY = /^\s*([+-]?(?:\d[\d_,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([^\s\d].*?)?\s*$/

function normalizeUnit(raw: string): string {
  const compact = raw.replace(/\s+/g, '').replace(/CO2eq|CO₂e|CO2-eq|CO2/g, (m) => (m === 'CO2' ? 'CO2e' : 'CO2e'))
  const fixed = compact.replace(/CO2ee/g, 'CO2e').replace(/^lb(?=CO2e)/, 'lbs')
  return ALIASES[fixed] ?? fixed
}

/** Expected-unit text for messages: `a power such as "400 W" (W, kW, MW)`. */
export function expectedText(dimension: Dimension): string {
  const examples: Record<Dimension, string> = {
    power: '400 W', duration: '40.25 h', energy: '36 MWh', mass: '150 kgCO2e',
    intensity: '385 gCO2e/kWh', ratio: '85 %', 'capacity-carbon': '1200 kgCO2e/kW',
  }
  return `a ${dimension === 'capacity-carbon' ? 'construction carbon per IT capacity' : dimension} with a unit, such as "${examples[dimension]}" (${unitsOf(dimension).join(', ')})`
}

/**
 * Parses `"400 W"` as 400 W, `"30 min"` as 0.5 h, `"85 %"` as 0.85.
 * @returns the canonical value, or a problem naming the expected unit; never a guess.
 * @example parseQuantity('0.4 kW', 'power') // { value: 400, unit: 'kW' }
 */
export function parseQuantity(text: string, dimension: Dimension): ParsedQuantity | UnitProblem {
  const expected = expectedText(dimension)
  const match = QUANTITY.exec(text)
  if (!match) return { expected, message: `"${text}" is not a number with a unit; expected ${expected}` }
  const numberText = match[1]!.replace(/[_,]/g, '')
  const value = Number(numberText)
  const unitText = match[2]
  if (!Number.isFinite(value)) return { expected, message: `"${text}" is not a finite number; expected ${expected}` }
  if (unitText === undefined || unitText === '') {
    const suggestion = `${numberText} ${CANONICAL_UNIT[dimension]}`
    return { expected, suggestion, message: `"${text}" has no unit; expected ${expected}` }
  }
  const unit = normalizeUnit(unitText)
  const factor = FACTORS[dimension][unit]
  if (factor === undefined) {
    const near = nearest(unit, unitsOf(dimension))
    const other = (Object.keys(FACTORS) as Dimension[]).find((d) => FACTORS[d][unit] !== undefined)
    const hint = other ? ` ("${unitText}" is a unit of ${other}, not ${dimension})` : ''
    return {
      expected,
      suggestion: `${numberText} ${near}`,
      message: `unknown unit "${unitText}" in "${text}"${hint}; expected ${expected}`,
    }
  }
  const scaled = dimension === 'ratio' ? value / 100 : value * factor
  return { value: scaled, unit }
}

export function isUnitProblem(x: ParsedQuantity | UnitProblem): x is UnitProblem {
  return 'message' in x
}

/**
 * A regular expression (ECMA-262, as JSON Schema's `pattern`) for the quantities `parseQuantity`
 * accepts in a dimension: the same number grammar without a sign, every unit and alias spelling,
 * spaces anywhere in the unit and the CO2 variants `normalizeUnit` folds. Bounds are not in it (a
 * pattern cannot compare values across units), except `positive`, which refuses a written zero.
 */
export function quantityPattern(dimension: Dimension, bounds: { readonly positive?: boolean } = {}): string {
  const spaced = (text: string) => [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*')
  const co2 = CO2_PATTERN
  const unit = (spelling: string) => {
    const [before, after] = spelling.split('CO2e')
    if (after === undefined) return spaced(spelling)
    const prefix = before === 'lbs' ? `${spaced('lb')}(?:\\s*s)?` : spaced(before!)
    return `${prefix}${before ? '\\s*' : ''}${co2}${after ? `\\s*${spaced(after)}` : ''}`
  }
  const spellings = [...unitsOf(dimension), ...Object.keys(ALIASES).filter((a) => FACTORS[dimension][ALIASES[a]!] !== undefined)]
  const number = '\\+?(?:\\d[\\d_,]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?'
  const zero = bounds.positive ? '(?!\\s*\\+?(?:0[0_,]*(?:\\.0*)?|\\.0+)(?:[eE][+-]?\\d+)?\\s*[^\\s\\d.eE_,0])' : ''
  return `^${zero}\\s*${number}\\s*(?:${spellings.map(unit).join('|')})\\s*$`
}

/** CO2, CO2e, CO2eq, CO2-eq, CO₂e, spaces anywhere: the spellings `normalizeUnit` folds to CO2e. */
const CO2_PATTERN = '(?:C\\s*O\\s*(?:2(?:\\s*e(?:\\s*q)?|\\s*-\\s*e\\s*q)?|\u2082\\s*e))'

/**
 * Writes a canonical value in the given unit, with enough digits that parsing it back gives the
 * same number (`formatQuantity(400, 'power', 'kW')` is `"0.4 kW"`).
 */
export function formatQuantity(value: number, dimension: Dimension, unit: string = CANONICAL_UNIT[dimension]): string {
  const factor = FACTORS[dimension][unit]
  if (factor === undefined) throw new RangeError(`unit ${unit} is not a unit of ${dimension}`)
  const inUnit = dimension === 'ratio' ? value * 100 : value / factor
  return `${String(inUnit)} ${unit}`
}

/** The closest string by edit distance (ties: the first); for "did you mean". */
export function nearest(word: string, candidates: readonly string[]): string {
  let best = candidates[0] ?? ''
  let bestDistance = Infinity
  const lower = word.toLowerCase()
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

/** Levenshtein distance, bounded to short strings (names, units, ids). */
export function editDistance(a: string, b: string): number {
  const x = a.slice(0, 200)
  const y = b.slice(0, 200)
  let previous = Array.from({ length: y.length + 1 }, (_, i) => i)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
    }
    previous = current
  }
  return previous[y.length]!
}
