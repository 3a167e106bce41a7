/**
 * The trend chart: a Mermaid `xychart-beta` line chart (the keyword every Mermaid since 10.6 knows;
 * GitHub's bundled Mermaid lags upstream). The y-axis starts at 0 so small changes do not look
 * dramatic, and its unit follows the magnitude (gCO2e, kgCO2e or tCO2e).
 */
import { escapeMermaidLabel } from './escape.js'

export interface ChartPoint {
  /** Short sha, date or `this PR`; escaped here. */
  readonly label: string
  readonly kgCO2e: number
}

export interface ChartUnit {
  readonly unit: 'gCO2e' | 'kgCO2e' | 'tCO2e'
  /** kgCO2e per one of `unit`. */
  readonly factor: number
}

/** The unit that keeps the largest value between 1 and 1,000. */
export function chartUnit(maxKgCO2e: number): ChartUnit {
  if (maxKgCO2e >= 1000) return { unit: 'tCO2e', factor: 1000 }
  if (maxKgCO2e >= 1 || maxKgCO2e <= 0) return { unit: 'kgCO2e', factor: 1 }
  return { unit: 'gCO2e', factor: 1e-3 }
}

/** A round upper bound a little above `max` (1, 2, 2.5 or 5 times a power of ten). */
export function niceCeiling(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1
  const target = max * 1.1
  const magnitude = 10 ** Math.floor(Math.log10(target))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= target) return Number((step * magnitude).toPrecision(12))
  return 10 * magnitude
}

/** Four significant figures: enough for a chart, short in the comment's character budget. */
function chartNumber(v: number): string {
  if (!Number.isFinite(v)) return '0'
  return String(Number(v.toPrecision(4)))
}

export interface TrendChartOptions {
  /** Chart title, escaped here (`Total of main`). */
  readonly title?: string
}

/**
 * The Mermaid text of the trend (without the ```` ```mermaid ```` fence).
 * @example renderTrendChart([{ label: 'a1b2c3d', kgCO2e: 14100 }, { label: 'this PR', kgCO2e: 15900 }])
 */
export function renderTrendChart(points: readonly ChartPoint[], opts: TrendChartOptions = {}): string {
  const max = Math.max(0, ...points.map((p) => p.kgCO2e))
  const unit = chartUnit(max)
  const values = points.map((p) => Math.max(0, p.kgCO2e) / unit.factor)
  const top = niceCeiling(Math.max(...values, 0))
  // Labels must be distinct categories; a repeated sha or date gets its position appended.
  const seen = new Map<string, number>()
  const labels = points.map((p) => {
    const base = escapeMermaidLabel(p.label, { maxChars: 24 }) || '?'
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return `"${n > 1 ? `${base} (${n})` : base}"`
  })
  const lines = ['xychart-beta']
  if (opts.title !== undefined) lines.push(`    title "${escapeMermaidLabel(opts.title, { maxChars: 60 })}"`)
  lines.push(`    x-axis [${labels.join(', ')}]`)
  lines.push(`    y-axis "${unit.unit}" 0 --> ${chartNumber(top)}`)
  lines.push(`    line [${values.map(chartNumber).join(', ')}]`)
  return lines.join('\n')
}
