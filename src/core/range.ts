/**
 * A central estimate with the low and high ends that the coefficient ranges allow. Every sum and
 * product of non-negative factors carries the range through: low with low, high with high.
 */
export interface Range {
  readonly low: number
  readonly central: number
  readonly high: number
}

export const ZERO: Range = { low: 0, central: 0, high: 0 }

/** A value known exactly (no range). */
export function exact(value: number): Range {
  return { low: value, central: value, high: value }
}

export function range(low: number, central: number, high: number): Range {
  return { low: Math.min(low, central), central, high: Math.max(high, central) }
}

export function add(...terms: readonly Range[]): Range {
  let low = 0
  let central = 0
  let high = 0
  for (const t of terms) {
    low += t.low
    central += t.central
    high += t.high
  }
  return { low, central, high }
}

/** Subtraction for deltas: the range of a - b is [a.low - b.high, a.high - b.low]. */
export function subtract(a: Range, b: Range): Range {
  return { low: a.low - b.high, central: a.central - b.central, high: a.high - b.low }
}

/** Product of non-negative ranges. */
export function multiply(...factors: readonly Range[]): Range {
  let low = 1
  let central = 1
  let high = 1
  for (const f of factors) {
    low *= f.low
    central *= f.central
    high *= f.high
  }
  return { low, central, high }
}

/** Scales by an exact factor (negative factors swap the ends). */
export function scale(r: Range, k: number): Range {
  return k >= 0 ? { low: r.low * k, central: r.central * k, high: r.high * k } : { low: r.high * k, central: r.central * k, high: r.low * k }
}

/** Division by a positive range: the low end divides by the high end of the divisor. */
export function divide(a: Range, b: Range): Range {
  return { low: a.low / b.high, central: a.central / b.central, high: a.high / b.low }
}
