import type { Comparison } from '../compare/types.js'
import { formatMass, formatMassDelta, formatPercentDelta } from '../core/format.js'

/** The base's name for people: its branch or ref, a full sha cut to 7 characters. */
export function baseName(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref
}

/**
 * The status line, rounded like the comment: `6.3 tCO2e (+1.1 t, +21 % vs main) · over the total budget`.
 * Callers fit it into 140 characters (`fitDescription`); the reason goes last so a cut loses the least.
 */
export function describeComparison(c: Pick<Comparison, 'head' | 'base' | 'delta' | 'verdictReason' | 'baseRef'>): string {
  const total = formatMass(c.head.totals.totalKgCO2e.central, { co2e: true })
  let delta = ''
  if (c.base) {
    const share = c.delta.share !== undefined && Number.isFinite(c.delta.share) ? `, ${formatPercentDelta(c.delta.share)}` : ''
    const vs = c.baseRef ? ` vs ${baseName(c.baseRef.ref)}` : ''
    delta = ` (${formatMassDelta(c.delta.totalKgCO2e.central)}${share}${vs})`
  }
  return `${total}${delta} · ${c.verdictReason}`
}
