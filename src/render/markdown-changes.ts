/**
 * What changed, for the PR comment: a three-column table (experiment, total, change) of the
 * experiments this PR added, removed or changed by at least `min-change`, largest change first, and
 * the full breakdown (phase, energy, operational, embodied) of every experiment folded below it.
 */
import type { Comparison } from '../compare/types.js'
import { formatCount, formatEnergy, formatMass, formatMassDelta, formatPercent, formatPercentDelta } from '../core/format.js'
import type { Block } from './markdown-blocks.js'
import { experimentsTable, md } from './markdown-sections.js'
import type { BaseLabel } from './markdown-headline.js'
import type { ExperimentRow } from './rows.js'

function nameCell(r: ExperimentRow): string {
  return r.status === 'removed' ? `~~${md(r.name)}~~` : md(r.name)
}

/** `+1.1 t (+21 %)`: the total's change, bold in the totals row. */
export function totalChange(c: Comparison): string {
  const share = c.delta.share === undefined ? '' : ` (${formatPercentDelta(c.delta.share)})`
  return `${formatMassDelta(c.delta.totalKgCO2e.central)}${share}`
}

/**
 * The changed experiments, the first `shown` of `rows` that are significant, with a totals row.
 * @param rows from `checkRows`, significant first
 */
export function changesTable(c: Comparison, rows: readonly ExperimentRow[], shown: number, base: BaseLabel): Block[] {
  const changed = rows.filter((r) => r.significant)
  if (changed.length === 0) return []
  const body = changed.slice(0, shown).map((r) => [nameCell(r), r.total, r.change ?? ''])
  const rest = changed.length - Math.min(shown, changed.length)
  const more = rest > 0 ? [[`… ${formatCount(rest)} more changed`, '', '']] : []
  const total = ['**total**', `**${formatMass(c.head.totals.totalKgCO2e.central)}**`, `**${totalChange(c)}**`]
  return [{ kind: 'table', header: ['experiment', 'total', `change vs ${base.name}`], rows: [...body, ...more, total], align: ['l', 'r', 'r'] }]
}

/** `44 unchanged experiments · energy, operational and embodied of all 52`. */
function breakdownSummary(rows: readonly ExperimentRow[], minChange: number): string {
  const unchanged = rows.filter((r) => !r.significant).length
  const below = rows.some((r) => !r.significant && r.status === 'changed')
  const what = unchanged === 0 ? '' : `${formatCount(unchanged)} unchanged ${unchanged === 1 ? 'experiment' : 'experiments'}${below ? ` (or changed by less than ${formatPercent(minChange)})` : ''} · `
  return `${what}energy, operational and embodied of all ${formatCount(rows.length)}`
}

/**
 * Every experiment with the full breakdown; in the comment folded in a `<details>` whose summary
 * counts the unchanged ones, in the job summary (`open`) under its own heading.
 */
export function breakdownSection(c: Comparison, rows: readonly ExperimentRow[], shown: number, opts: { readonly open: boolean; readonly base: BaseLabel; readonly foldNote: readonly Block[] }): Block[] {
  if (rows.length === 0) return []
  const table = experimentsTable(rows, shown, { ...(c.base ? { deltaHeader: `vs ${opts.base.name}` } : {}), totals: totalsCells(c) })
  const blocks: Block[] = [table, ...opts.foldNote]
  if (opts.open) return [{ kind: 'heading', level: 4, text: 'All experiments' }, ...blocks]
  return [{ kind: 'details', summary: breakdownSummary(rows, c.minChange), blocks }]
}

/** Cells of the bold totals row of the full breakdown. */
export function totalsCells(c: Comparison): string[] {
  const t = c.head.totals
  return [formatEnergy(t.energyKWh), formatMass(t.operationalKgCO2e.central), formatMass(t.embodiedKgCO2e.central), formatMass(t.totalKgCO2e.central), ...(c.base ? [totalChange(c)] : [])]
}
