/**
 * Terminal text for `report` and `check`: aligned columns, plain ASCII layout, fine in CI logs. No
 * colors unless asked. User strings pass through `escapeTerminal`, so a manifest cannot send ANSI
 * sequences or workflow commands (`::error::`) to the log.
 */
import type { Report } from '../core/model.js'
import type { BudgetResult, Comparison } from '../compare/types.js'
import { PHASES } from '../core/model.js'
import { formatProblem } from '../core/errors.js'
import { escapeTerminal } from './escape.js'
import { MINUS, formatCount, formatEnergy, formatMass, formatMassDelta, formatMassRange, formatShareOfTotal, formatPercentDelta, formatDate } from '../core/format.js'
import { budgetRows, checkRows, stateWords, type BudgetRow, defaultsUsed, reportRows, statusSummary, trendPoints, whyItems, type ExperimentRow } from './rows.js'
import { describeMethod, type Method } from './method.js'
import { measuredExperiments, measuredItem } from './measured.js'
import { lifecycleLines } from './lifecycle-sections.js'

export interface TextOptions {
  /** ANSI colors on the verdict and the deltas; default false. */
  readonly color?: boolean
  /** Terminal width: prose lines wrap at it (tables keep their lines); default no wrapping. */
  readonly width?: number | undefined
  /** The config's budgets judged on this report (`report` with budgets in the config). */
  readonly budgets?: readonly BudgetResult[]
}

/** Marks a table line: the wrap leaves it whole (a table cut in two columns reads worse than a long line). */
const TABLE = '\u0000'
const table = (lines: readonly string[]): string[] => lines.map((l) => TABLE + l)

/**
 * Wraps a prose line at `width` on spaces (never inside a word or a number with its unit, which a
 * no-break space joins); continuation lines are indented two spaces past the line's own indent.
 */
export function wrapLine(line: string, width: number | undefined): string[] {
  const visible = (x: string): number => Array.from(x.replace(/\u001b\[[0-9;]*m/g, '')).length
  if (width === undefined || width < 20 || visible(line) <= width) return [line]
  const indent = ' '.repeat((/^ */.exec(line)?.[0].length ?? 0) + 2)
  const out: string[] = []
  let current = ''
  for (const word of line.trimStart().split(/ +/)) {
    const lead = out.length === 0 && current === '' ? line.slice(0, line.length - line.trimStart().length) : current === '' ? indent : ''
    const candidate = current === '' ? `${lead}${word}` : `${current} ${word}`
    if (current !== '' && visible(candidate) > width) {
      out.push(current)
      current = `${indent}${word}`
    } else current = candidate
  }
  if (current !== '') out.push(current)
  return out
}

/** The final text: prose lines wrapped at `width`, table lines whole, ending in a newline. */
function finish(lines: readonly string[], width: number | undefined): string {
  return `${lines.flatMap((l) => (l.includes(TABLE) ? [l.replace(TABLE, '')] : wrapLine(l, width))).join('\n')}\n`
}

const NAME_MAX_CHARS = 80
const t = (s: string, max = NAME_MAX_CHARS): string => escapeTerminal(s, { maxChars: max })

type Paint = (s: string, tone: 'good' | 'bad' | 'dim') => string
const paintWith = (color: boolean | undefined): Paint =>
  color ? (s, tone) => `\u001b[${tone === 'good' ? 32 : tone === 'bad' ? 31 : 2}m${s}\u001b[0m` : (s) => s

/**
 * Aligns cells in columns: text left, figures right (`align[i] === 'r'`). Widths are measured in
 * code points before painting, so colors do not break alignment.
 */
export function alignColumns(rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[], paint?: (cell: string, row: number, col: number) => string): string[] {
  const widths: number[] = []
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, Array.from(c).length)))
  return rows.map((r, ri) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - Array.from(c).length)
        const painted = paint ? paint(c, ri, i) : c
        return align[i] === 'r' ? pad + painted : i === r.length - 1 ? painted : painted + pad
      })
      .join('  ')
      .trimEnd(),
  )
}

function experimentLines(rows: readonly ExperimentRow[], withDelta: boolean, totals: readonly string[], paint: Paint): string[] {
  const header = ['experiment', 'phase', 'energy', 'operational', 'embodied', 'total', ...(withDelta ? ['delta'] : [])]
  const body = rows.map((r) => [
    `${t(r.name)}${r.status === 'removed' ? ' (removed)' : ''}`,
    r.phase,
    r.measured && r.energy !== '—' ? `${r.energy} m` : r.energy,
    r.operational,
    r.embodied,
    r.total,
    ...(withDelta ? [r.delta ?? ''] : []),
  ])
  const all = [header, ...body, ['total', '', ...totals]]
  const lines = alignColumns(all, ['l', 'l', 'r', 'r', 'r', 'r', 'r'], (cell, ri, ci) =>
    ci === 6 && ri > 0 ? paint(cell, cell.startsWith('+') ? 'bad' : cell.startsWith(MINUS) ? 'good' : 'dim') : cell,
  )
  const rule = '-'.repeat(Math.max(...lines.map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').length)))
  return table([lines[0]!, rule, ...lines.slice(1, -1), rule, lines[lines.length - 1]!])
}

function methodLines(m: Method): string[] {
  const list = (xs: Method['grid']): string => (xs.length === 0 ? 'n/a' : xs.map((s) => `${t(s.title, 100)} ${s.year}`).join(', '))
  return [
    `Method: ${m.basis}, ${m.intensity}; PUE ${m.pue}${m.pueSources.length > 0 ? ` (${list(m.pueSources)})` : ''}`,
    `  grid: ${list(m.grid)}`,
    `  market: ${m.market}`,
    ...(m.power.length > 0 ? [`  power: ${list(m.power)}`] : []),
    `  embodied: ${list(m.embodied)}${m.datacenter.length > 0 ? `; datacenter construction: ${list(m.datacenter)}` : ''}`,
    ...(m.other.length > 0 ? [`  also: ${list(m.other)}`] : []),
  ]
}

/** "Measured energy and hourly intensity", every experiment with logs or a series (the terminal has no size budget). */
function measuredLines(report: Report): string[] {
  const list = measuredExperiments(report)
  if (list.length === 0) return []
  const lines = ['', 'Measured energy and hourly intensity:']
  for (const e of list) {
    const item = measuredItem(e, (s, max) => t(s, max), NAME_MAX_CHARS)
    lines.push(`  ${item.name} (${item.file})`, ...item.lines.map((l) => `    ${l.flag ? '! ' : ''}${l.label}: ${l.parts.join('; ')}`))
  }
  return lines
}

function tailLines(report: Report): string[] {
  const lines: string[] = []
  const defaults = defaultsUsed(report)
  if (defaults.length > 0) lines.push('', 'Defaults used:', ...defaults.map((d) => `  ${t(d.text, 200)} (${formatCount(d.count)})`))
  if (report.warnings.length > 0) lines.push('', `Warnings (${formatCount(report.warnings.length)}):`, ...report.warnings.map((p) => `  ${t(formatProblem(p), 300)}`))
  lines.push('', ...methodLines(describeMethod(report)))
  return lines
}

/**
 * `carbon-budget report` in a terminal.
 * @returns text ending in a newline
 */
export function renderReportText(report: Report, opts: TextOptions = {}): string {
  const paint = paintWith(opts.color)
  const tt = report.totals
  const lines = [
    `Carbon footprint: ${formatMassRange(tt.totalKgCO2e, { co2e: true })}`,
    `${formatCount(report.experiments.length)} experiments, ${formatEnergy(tt.energyKWh)}; operational ${formatMass(tt.operationalKgCO2e.central)}, embodied ${formatMass(tt.embodiedKgCO2e.central)}`,
    '',
    ...experimentLines(reportRows(report), false, [formatEnergy(tt.energyKWh), formatMass(tt.operationalKgCO2e.central), formatMass(tt.embodiedKgCO2e.central), formatMass(tt.totalKgCO2e.central)], paint),
    '',
    ...table(alignColumns(
      [
        ['phase', 'energy', 'total', 'share'],
        ...PHASES.map((p) => {
          const x = report.phases[p]
          return [p, formatEnergy(x.energyKWh), formatMass(x.totalKgCO2e.central), tt.totalKgCO2e.central > 0 ? formatShareOfTotal(x.totalKgCO2e.central / tt.totalKgCO2e.central) : '—']
        }),
      ],
      ['l', 'r', 'r', 'r'],
    )),
    ...((opts.budgets ?? []).length > 0 ? ['', 'Budgets (judged on this tree alone):', ...budgetLines(budgetRows(opts.budgets ?? []), undefined, paint)] : []),
    ...lifecycleLines(report, (rows, dirs) => table(alignColumns(rows, dirs))),
    ...measuredLines(report),
    ...tailLines(report),
  ]
  if (report.experiments.some((e) => e.energySource === 'measured')) lines.push('', 'm: energy measured from power logs')
  return finish(lines, opts.width)
}

/** Budgets with limit, the base's and this figure, margin and state; `base` absent: no base column. */
function budgetLines(budgets: readonly BudgetRow[], base: string | undefined, paint: Paint): string[] {
  if (budgets.length === 0) return []
  const header = ['budget', 'limit', ...(base !== undefined ? [base] : []), base !== undefined ? 'this change' : 'actual', 'margin', '']
  const rows = budgets.map((b) => [
    t(b.name),
    t(b.limit, 40),
    ...(base !== undefined ? [b.base ?? ''] : []),
    b.head,
    b.note === undefined ? b.margin : `${b.margin} (${t(b.note, 200)})`,
    stateWords(b.state, base ?? 'the base'),
  ])
  const last = header.length - 1
  return table(alignColumns([header, ...rows], ['l', 'r', ...(base !== undefined ? (['r'] as const) : []), 'r', 'r', 'l'], (cell, r, ci) => (ci === last && r > 0 ? paint(cell, cell === 'ok' ? 'good' : 'bad') : cell)).map((l) => `  ${l}`))
}

/**
 * `carbon-budget check` in a terminal: verdict, experiments with deltas, budgets, why, trend.
 * @returns text ending in a newline
 */
export function renderCheckText(c: Comparison, opts: TextOptions = {}): string {
  const paint = paintWith(opts.color)
  const head = c.head.totals
  const base = c.baseRef ? t(c.baseRef.ref, 60) : 'base'
  const verdict = c.verdict === 'pass' ? paint('PASS', 'good') : paint('FAIL', 'bad')
  const change = c.base
    ? `, ${formatMassDelta(c.delta.totalKgCO2e.central)}${c.delta.share === undefined ? '' : ` (${formatPercentDelta(c.delta.share)})`} vs ${base}`
    : ' (no base to compare against)'
  const deltaTotal = c.base ? [`${formatMassDelta(c.delta.totalKgCO2e.central)}`] : []
  const lines = [
    `Carbon budget: ${verdict} (${t(c.verdictReason, 160)})`,
    `Total ${formatMassRange(head.totalKgCO2e, { co2e: true })}${change}`,
    // the head's experiments, not the union with the base (a removed one is counted on its own)
    `${formatCount(c.head.experiments.length)} experiments: ${statusSummary(c) || 'none'}; fail-on: ${c.failOn}`,
    '',
    ...experimentLines(checkRows(c), c.base !== undefined, [formatEnergy(head.energyKWh), formatMass(head.operationalKgCO2e.central), formatMass(head.embodiedKgCO2e.central), formatMass(head.totalKgCO2e.central), ...deltaTotal], paint),
  ]
  const budgets = budgetRows(c.budgets)
  if (budgets.length > 0) {
    const from = `${c.budgetsFrom.side}${c.budgetsFrom.file === undefined ? '' : `, ${t(c.budgetsFrom.file, 120)}`}${c.budgetsFrom.sha === undefined ? '' : ` at ${t(c.budgetsFrom.sha.slice(0, 7), 7)}`}`
    lines.push('', `Budgets (from ${from}):`, ...budgetLines(budgets, c.base ? base : undefined, paint))
  }
  const why = whyItems(c)
  if (why.length > 0) {
    lines.push('', 'Why it changed:')
    for (const w of why) {
      lines.push(`  ${t(w.name)} ${w.delta}`)
      for (const term of w.terms) lines.push(`    ${t(term.input, 40)} ${t(term.from, 40)} -> ${t(term.to, 40)}: ${term.delta}`)
    }
  }
  const points = trendPoints(c)
  if (points.length >= 2) {
    lines.push('', `Trend of ${base} (${formatCount(points.length - 1)} commits, oldest first):`)
    const rows = points.map((p) => [p.label === 'this PR' ? 'this PR' : p.label.replace(/[^0-9a-f]/gi, ''), p.date === undefined ? '' : formatDate(p.date), formatMass(p.kgCO2e)])
    lines.push(...table(alignColumns(rows, ['l', 'l', 'r']).map((l) => `  ${l}`)))
  }
  lines.push(...measuredLines(c.head), ...tailLines(c.head))
  return finish(lines, opts.width)
}
