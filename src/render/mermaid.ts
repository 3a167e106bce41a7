/**
 * The trend chart: a Mermaid `xychart-beta` line chart (the keyword every Mermaid since 10.6 knows;
 * GitHub's bundled Mermaid lags upstream). An init directive sets the size (280 px high) and the
 * colours of both series explicitly, so the line keeps a contrast of at least 3:1 on GitHub's light
 * (#ffffff) and dark (#0d1117) backgrounds instead of Mermaid's first palette colour (a pale
 * lavender on white). The y-axis spans the data, not 0, so a 3.9 → 5.5 t rise is visible; its unit
 * follows the magnitude (gCO2e, kgCO2e or tCO2e).
 */
import { escapeMermaidLabel } from './escape.js'

export interface ChartPoint {
  /** Date (`Oct 6`), short sha or `this PR`; escaped here. */
  readonly label: string
  readonly kgCO2e: number
}

export interface ChartUnit {
  readonly unit: 'gCO2e' | 'kgCO2e' | 'tCO2e'
  /** kgCO2e per one of `unit`. */
  readonly factor: number
}

/**
 * Series colours: the footprint in GitHub's blue (#1f6feb: 4.6:1 on white, 4.1:1 on #0d1117) and the
 * budget in GitHub's red (#cf222e: 5.4:1 and 3.5:1), so both read in either theme.
 */
export const TREND_COLOR = '#1f6feb'
export const BUDGET_COLOR = '#cf222e'
/** Chart size: about 280 px high, as wide as GitHub's conversation column allows. */
export const CHART_HEIGHT_PX = 280
export const CHART_WIDTH_PX = 760

/** The unit that keeps the largest value between 1 and 1,000. */
export function chartUnit(maxKgCO2e: number): ChartUnit {
  if (maxKgCO2e >= 1000) return { unit: 'tCO2e', factor: 1000 }
  if (maxKgCO2e >= 1 || maxKgCO2e <= 0) return { unit: 'kgCO2e', factor: 1 }
  return { unit: 'gCO2e', factor: 1e-3 }
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= raw) return Number((step * magnitude).toPrecision(12))
  return 10 * magnitude
}

/** A round upper bound a little above `max` (1, 2, 2.5 or 5 times a power of ten). */
export function niceCeiling(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1
  return niceStep(max * 1.1)
}

/**
 * Round axis bounds around the data, with a margin of a tenth of the span on each side, never
 * below zero: 3.914 … 6.304 gives 3.5 → 7, so the change fills the chart.
 */
export function niceBounds(min: number, max: number): { readonly low: number; readonly high: number } {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max <= 0) return { low: 0, high: niceCeiling(max) }
  const span = max - min > 0 ? max - min : Math.abs(max) * 0.2
  const step = niceStep(span / 5)
  const low = Math.max(0, Math.floor((min - span * 0.1) / step) * step)
  const high = Math.ceil((max + span * 0.1) / step) * step
  return { low: Number(low.toPrecision(12)), high: Number((high > low ? high : low + step).toPrecision(12)) }
}

/** Four significant figures: enough for a chart, short in the comment's character budget. */
function chartNumber(v: number): string {
  if (!Number.isFinite(v)) return '0'
  return String(Number(v.toPrecision(4)))
}

export interface TrendChartOptions {
  /** Chart title, escaped here; default none (the section heading names the chart). */
  readonly title?: string
  /** A limit drawn as a second, flat line (the `total` budget), kgCO2e. */
  readonly budgetKgCO2e?: number
}

/**
 * The Mermaid text of the trend (without the ```` ```mermaid ```` fence).
 * @example renderTrendChart([{ label: 'Oct 6', kgCO2e: 14100 }, { label: 'this PR', kgCO2e: 15900 }], { budgetKgCO2e: 16000 })
 */
export function renderTrendChart(points: readonly ChartPoint[], opts: TrendChartOptions = {}): string {
  const budget = opts.budgetKgCO2e
  const max = Math.max(0, ...points.map((p) => p.kgCO2e), budget ?? 0)
  const unit = chartUnit(max)
  const values = points.map((p) => Math.max(0, p.kgCO2e) / unit.factor)
  const limit = budget === undefined ? undefined : budget / unit.factor
  const all = limit === undefined ? values : [...values, limit]
  const bounds = niceBounds(Math.min(...all), Math.max(...all))
  // Labels must be distinct categories; a repeated date gets its position appended.
  const seen = new Map<string, number>()
  const labels = points.map((p) => {
    const base = escapeMermaidLabel(p.label, { maxChars: 24 }) || '?'
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return `"${n > 1 ? `${base} (${n})` : base}"`
  })
  const init = {
    xyChart: { height: CHART_HEIGHT_PX, width: CHART_WIDTH_PX },
    themeVariables: { xyChart: { plotColorPalette: limit === undefined ? TREND_COLOR : `${TREND_COLOR}, ${BUDGET_COLOR}` } },
  }
  const lines = [`%%{init: ${JSON.stringify(init)}}%%`, 'xychart-beta']
  if (opts.title !== undefined) lines.push(`    title "${escapeMermaidLabel(opts.title, { maxChars: 60 })}"`)
  lines.push(`    x-axis [${labels.join(', ')}]`)
  lines.push(`    y-axis "${unit.unit}" ${chartNumber(bounds.low)} --> ${chartNumber(bounds.high)}`)
  lines.push(`    line [${values.map(chartNumber).join(', ')}]`)
  if (limit !== undefined) lines.push(`    line [${values.map(() => chartNumber(limit)).join(', ')}]`)
  return lines.join('\n')
}
