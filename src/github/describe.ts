import type { Comparison } from '../compare/types.js'

/** `12.4 tCO2e`, `310 kgCO2e`, `42.0 gCO2e`: three significant digits, for one-line texts. */
export function formatMassShort(kg: number): string {
  const abs = Math.abs(kg)
  if (abs >= 1000) return `${(kg / 1000).toPrecision(3)} tCO2e`
  if (abs >= 1 || abs === 0) return `${abs === 0 ? '0' : kg.toPrecision(3)} kgCO2e`
  return `${(kg * 1000).toPrecision(3)} gCO2e`
}

/**
 * The status line: `12.4 tCO2e (+1.80 tCO2e, +17 % vs main) · over the 10 % increase budget`.
 * Callers fit it into 140 characters (`fitDescription`); the reason goes last so a cut loses the least.
 */
export function describeComparison(c: Pick<Comparison, 'head' | 'base' | 'delta' | 'verdictReason' | 'baseRef'>): string {
  const total = formatMassShort(c.head.totals.totalKgCO2e.central)
  let delta = ''
  if (c.base) {
    const d = c.delta.totalKgCO2e.central
    const sign = d > 0 ? '+' : d < 0 ? '−' : '±'
    const share = c.delta.share !== undefined && Number.isFinite(c.delta.share) ? `, ${sign}${Math.abs(c.delta.share * 100).toFixed(0)} %` : ''
    const ref = c.baseRef?.ref
    const vs = ref ? ` vs ${/^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref}` : ''
    delta = ` (${sign}${formatMassShort(Math.abs(d))}${share}${vs})`
  }
  return `${total}${delta} · ${c.verdictReason}`
}
