/**
 * The base branch's trend: a line chart of the total at each commit that changed carbon files
 * (dates on the x-axis, this PR last) with the `total` budget as a second line, and the same
 * numbers in a folded table for screen readers and mail (which show the chart's source).
 */
import type { Comparison } from '../compare/types.js'
import { formatCount, formatDate, formatDay, formatMass } from '../core/format.js'
import type { Block } from './markdown-blocks.js'
import type { BaseLabel } from './markdown-headline.js'
import { md } from './markdown-sections.js'
import { renderTrendChart } from './mermaid.js'
import { trendPoints } from './rows.js'

/** A total budget this many times the highest point or more is named in the caption, not drawn. */
const BUDGET_IN_CHART_MAX = 1.5

/** The chart and its numbers; nothing with fewer than two points. */
export function trendSection(c: Comparison, base: BaseLabel): Block[] {
  const points = trendPoints(c)
  if (points.length < 2) return []
  const commits = points.length - 1
  // The total budget as a second line, when it is near enough to the data not to flatten the change.
  const highest = Math.max(...points.map((p) => p.kgCO2e))
  const total = c.budgets.find((b) => b.kind === 'total' && b.unit === 'kgCO2e' && b.limitValue <= highest * BUDGET_IN_CHART_MAX)
  const chart = renderTrendChart(
    points.map((p) => ({ label: p.label === 'this PR' ? 'this PR' : p.date === undefined ? p.label : formatDay(p.date), kgCO2e: p.kgCO2e })),
    total === undefined ? {} : { budgetKgCO2e: total.limitValue },
  )
  const rows = points.map((p) => [
    p.label === 'this PR' ? '**this PR**' : `<code>${p.label.replace(/[^0-9a-f]/gi, '')}</code>`,
    p.date === undefined ? '' : formatDate(p.date),
    formatMass(p.kgCO2e),
    p.subject === undefined ? '' : md(p.subject, 72),
  ])
  const anyTotal = c.budgets.find((b) => b.kind === 'total')
  const budget = total !== undefined ? ` Red: the total budget (${md(total.limit, 40)}).` : anyTotal !== undefined ? ` The total budget (${md(anyTotal.limit, 40)}) is far above.` : ''
  return [
    { kind: 'heading', level: 4, text: `📈 ${base.name} over its last ${formatCount(commits)} carbon-changing ${commits === 1 ? 'commit' : 'commits'}, and this PR` },
    { kind: 'code', lang: 'mermaid', text: chart },
    { kind: 'paragraph', text: `<sub>Blue: total footprint at each commit; last point: this PR.${budget}</sub>` },
    { kind: 'details', summary: 'Trend numbers', blocks: [{ kind: 'table', header: ['commit', 'date', 'total', 'subject'], rows, align: ['l', 'l', 'r', 'l'] }] },
  ]
}
