/**
 * One markdown builder for the PR comment and the job summary. Sections are built as blocks from
 * display rows, then serialized; when the text would pass `maxChars`, the least changed experiment
 * rows fold away (with a count and a pointer to the full report), then the optional sections
 * shrink, so the result always fits, even for 10,000 experiments with long names.
 */
import type { ExperimentResult, Report } from '../core/model.js'
import type { BudgetResult, Comparison } from '../compare/types.js'
import { serializeBlocks, type Block } from './markdown-blocks.js'
import { defaultsSection, experimentsTable, foldNote, md, measuredSection, methodLine, warningsSection } from './markdown-sections.js'
import { baseLabel, headline, keyLabel as commentKeyLabel, statusLine, type BaseLabel } from './markdown-headline.js'
import { breakdownSection, changesTable } from './markdown-changes.js'
import { budgetsSection, reportBudgetsSection } from './markdown-budgets.js'
import { whySection } from './markdown-why.js'
import { trendSection } from './markdown-trend.js'
import { footer, referenceSection } from './markdown-reference.js'
import { budgetRows, changesNothing, checkRows, defaultsUsed, reportRows, whyItems, type ExperimentRow } from './rows.js'
import { describeMethod } from './method.js'
import { lcaBlocks, modelBlocks } from './lifecycle-sections.js'
import { measuredExperiments, measuredItem, type MeasuredItem } from './measured.js'
import { formatCount, formatEnergy, formatMass, formatMassRange, formatPercent, formatShareOfTotal } from '../core/format.js'
import { escapeMarkdown, safeUrl } from './escape.js'
import { PHASES } from '../core/model.js'

/** GitHub's limit on a comment body, in characters. */
export const GITHUB_COMMENT_MAX_CHARS = 65_536
/**
 * The default cap: GitHub's limit less room for the hidden marker and notes that the GitHub layer
 * puts around the markdown (`commentBody`), so it never has to cut our text.
 */
export const DEFAULT_MAX_CHARS = GITHUB_COMMENT_MAX_CHARS - 512

export interface MarkdownOptions {
  /** The comment key (monorepos: one comment per key), shown in the heading. The marker is the GitHub layer's. */
  readonly commentKey?: string
  /** Link to the workflow run (its job summary has everything); https only. */
  readonly runUrl?: string
  /** Most characters in the output; default 65,024 (a comment); pass 1,000,000 for a job summary. */
  readonly maxChars?: number
  /** Where folded rows can be read, plain text (`the job summary`); default names the job summary and JSON report. */
  readonly fullReportHint?: string
  /** https URL of the repository (`https://github.com/o/r`): links the base's short SHA to its commit. */
  readonly repoUrl?: string
  /** https link to carbon-budget's docs, in the footer. */
  readonly docsUrl?: string
  /**
   * The job summary rather than the comment: every experiment's breakdown open, measured-run
   * details for every experiment, and the full comment even when the PR changes nothing.
   */
  readonly summary?: boolean
  /** The config's budgets judged on the report (`report` with budgets in the config). */
  readonly budgets?: readonly BudgetResult[]
}

/** How much of each section a rendering shows. */
interface Plan {
  readonly rows: number
  readonly budgets: number
  readonly why: number
  readonly whyTerms: number
  readonly trend: boolean
  /** Experiments detailed in "Measured energy and hourly intensity"; 0: one sentence with the count. */
  readonly measured: number
  readonly defaults: number
  readonly warnings: number
  readonly sources: number
}

const LEVELS: readonly Omit<Plan, 'rows'>[] = [
  { budgets: 50, why: 10, whyTerms: 6, trend: true, measured: 20, defaults: 20, warnings: 20, sources: 6 },
  { budgets: 20, why: 5, whyTerms: 4, trend: true, measured: 8, defaults: 8, warnings: 8, sources: 4 },
  { budgets: 10, why: 3, whyTerms: 3, trend: true, measured: 3, defaults: 3, warnings: 3, sources: 3 },
  { budgets: 5, why: 0, whyTerms: 0, trend: false, measured: 0, defaults: 0, warnings: 0, sources: 2 },
  { budgets: 0, why: 0, whyTerms: 0, trend: false, measured: 0, defaults: 0, warnings: 0, sources: 0 },
]

/** Most experiments any level details, so only those are formatted. */
const MEASURED_MAX = Math.max(...LEVELS.map((l) => l.measured))

/** The measured section's experiments (those `keep` selects), escaped for markdown: the count, and the first few as items. */
function measuredInput(report: Report, keep: (e: ExperimentResult) => boolean = () => true): { readonly items: MeasuredItem[]; readonly total: number } {
  const list = measuredExperiments(report).filter(keep)
  return { items: list.slice(0, MEASURED_MAX).map((e) => measuredItem(e, md)), total: list.length }
}

/** Rows a level must keep before the next level trades optional sections for rows. */
const MIN_ROWS = 25

/**
 * A lower bound on the characters of each row's table line: its figure cells and delimiters (the
 * name cell only adds). Lets the search skip row counts that cannot fit without serializing them.
 */
function rowFloors(rows: readonly ExperimentRow[]): number[] {
  const floors = [0]
  for (const r of rows) {
    const cells = r.phase.length + r.energy.length + r.operational.length + r.embodied.length + r.total.length + (r.delta?.length ?? 0)
    floors.push(floors[floors.length - 1]! + cells + 3 * 7 + 1)
  }
  return floors
}

/**
 * The largest rendering within `maxChars`: the first level that keeps `MIN_ROWS` rows (or all of
 * them), with as many rows as fit; the last level otherwise. Size grows with rows, so a binary
 * search over the row count finds the most that fit; `floors` (cumulative lower bounds) caps the
 * search so 10,000 rows are never serialized for a 64 kB comment.
 */
function fit(floors: readonly number[], maxChars: number, render: (plan: Plan) => string): string {
  const total = floors.length - 1
  let ceiling = total
  while (ceiling > 0 && floors[ceiling]! > maxChars) ceiling--
  let fallback = ''
  for (const [i, level] of LEVELS.entries()) {
    const at = (rows: number): string => render({ ...level, rows })
    if (ceiling === total) {
      const all = at(total)
      if (all.length <= maxChars) return all
    }
    let lo = 0
    let hi = ceiling
    let best = at(0)
    if (best.length > maxChars) {
      fallback = best
      continue
    }
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      const text = at(mid)
      if (text.length <= maxChars) {
        lo = mid
        best = text
      } else hi = mid - 1
    }
    if (lo >= Math.min(total, MIN_ROWS) || i === LEVELS.length - 1) return best
    fallback = best
  }
  return fallback
}

function hintText(opts: MarkdownOptions): string {
  const hint = escapeMarkdown(opts.fullReportHint ?? 'the job summary or the JSON report', { maxChars: 200 })
  const url = safeUrl(opts.runUrl)
  return url === undefined ? hint : `${hint} ([workflow run](${url}))`
}

const keyLabel = (opts: MarkdownOptions): string => commentKeyLabel(opts.commentKey)

/**
 * The footprint of one tree (`carbon-budget report --format markdown`, the job summary on push).
 * @example renderReportMarkdown(report) // "### Carbon footprint: 16.1 tCO2e (11.3–27.0 t)\n\n..."
 */
export function renderReportMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const rows = reportRows(report)
  const t = report.totals
  const method = describeMethod(report)
  const defaults = defaultsUsed(report)
  const measured = measuredInput(report)
  const phaseRows = PHASES.filter((p) => report.experiments.some((e) => e.phase === p)).map((p) => {
    const x = report.phases[p]
    const share = t.totalKgCO2e.central > 0 ? formatShareOfTotal(x.totalKgCO2e.central / t.totalKgCO2e.central) : '—'
    return [p, formatEnergy(x.energyKWh), formatMass(x.operationalKgCO2e.central), formatMass(x.embodiedKgCO2e.central), formatMass(x.totalKgCO2e.central), share]
  })
  const render = (plan: Plan): string => {
    const blocks: Block[] = [
      { kind: 'heading', level: 3, text: `Carbon footprint${keyLabel(opts)}: ${formatMassRange(t.totalKgCO2e, { co2e: true })}` },
      {
        kind: 'paragraph',
        text: `${formatCount(report.experiments.length)} experiments · ${formatEnergy(t.energyKWh)} · operational ${formatMass(t.operationalKgCO2e.central)} (${method.basis}) · embodied ${formatMass(t.embodiedKgCO2e.central)} · scope 2 market-based ${formatMass(t.scopes.scope2MarketKgCO2e.central)}`,
      },
      experimentsTable(rows, plan.rows, {
        totals: [formatEnergy(t.energyKWh), formatMass(t.operationalKgCO2e.central), formatMass(t.embodiedKgCO2e.central), formatMass(t.totalKgCO2e.central)],
      }),
      ...foldNote(rows.length - plan.rows, 'smallest', hintText(opts)),
      ...(phaseRows.length > 1
        ? [{ kind: 'table' as const, header: ['phase', 'energy', 'operational', 'embodied', 'total', 'share'], rows: phaseRows, align: ['l' as const, 'r' as const, 'r' as const, 'r' as const, 'r' as const, 'r' as const] }]
        : []),
      ...reportBudgetsSection(opts.budgets ?? [], plan.budgets),
      ...lcaBlocks(report),
      ...modelBlocks(report),
      ...measuredSection(measured.items, measured.total, plan.measured, hintText(opts)),
      ...defaultsSection(defaults, plan.defaults),
      ...warningsSection(report.warnings, plan.warnings),
      methodLine(method, plan.sources, opts.runUrl),
    ]
    return serializeBlocks(blocks)
  }
  return fit(rowFloors(rows), opts.maxChars ?? DEFAULT_MAX_CHARS, render)
}

/**
 * The one-line comment of a PR that changes no footprint (nothing added, removed, or changed by
 * `min-change` or more): the verdict, the total and how the budgets stand.
 */
export function renderNoChangeMarkdown(c: Comparison, opts: MarkdownOptions = {}): string {
  const base = baseLabel(c, opts.repoUrl)
  const rows = budgetRows(c.budgets)
  const over = rows.filter((r) => r.state !== 'ok').length
  const icon = c.verdict === 'fail' ? '❌' : over > 0 ? '⚠️' : '✅'
  const small = c.experiments.some((d) => d.status === 'changed')
  const what = small ? `no experiment changed by ${formatPercent(c.minChange)} or more` : 'no footprint change'
  const budgets = rows.length === 0 ? [] : [over === 0 ? `${rows.length === 1 ? 'the budget' : `all ${formatCount(rows.length)} budgets`} within limits` : `${formatCount(over)} of ${formatCount(rows.length)} budgets over`]
  const run = safeUrl(opts.runUrl)
  const parts = [
    `${icon} **Carbon budget${keyLabel(opts)}:** ${what} vs ${base.name}${base.commit === undefined ? '' : ` (${base.commit})`}`,
    `total ${formatMass(c.head.totals.totalKgCO2e.central, { co2e: true })}`,
    ...budgets,
    ...(run === undefined ? [] : [`[details](${run})`]),
  ]
  return parts.join(' · ')
}

/**
 * The PR comment and job summary of `check`: the verdict with delta and total, the experiments this
 * PR changed (the full breakdown folded), budgets that say what to do, why it changed, the base
 * branch's trend, reference material folded, and a footer, within `maxChars`. A PR that changes no
 * footprint gets one line (`renderNoChangeMarkdown`), except in the job summary.
 * @example renderCheckMarkdown(comparison, { runUrl, repoUrl, maxChars: 65_000 })
 */
export function renderCheckMarkdown(c: Comparison, opts: MarkdownOptions = {}): string {
  if (c.base && !opts.summary && changesNothing(c)) return renderNoChangeMarkdown(c, opts)
  const base: BaseLabel = baseLabel(c, opts.repoUrl)
  const rows: ExperimentRow[] = checkRows(c)
  const why = whyItems(c)
  const changed = new Set(rows.filter((r) => r.significant).map((r) => r.name))
  const measured = measuredInput(c.head, (e) => opts.summary === true || !c.base || changed.has(e.name))
  const defaults = defaultsUsed(c.head)
  const method = describeMethod(c.head)
  const status = statusLine(c, base)
  const hidden = (shown: number): string => {
    const unchanged = rows.slice(shown).every((r) => r.status === 'unchanged')
    return unchanged ? 'unchanged' : 'unchanged or least-changed'
  }
  const warnings = c.head.warnings.length
  const render = (plan: Plan): string =>
    serializeBlocks([
      { kind: 'heading', level: 3, text: headline(c, base, opts.commentKey) },
      ...(status === '' ? [] : [{ kind: 'paragraph' as const, text: status }]),
      ...(c.base ? changesTable(c, rows, plan.rows, base) : []),
      ...breakdownSection(c, rows, plan.rows, { open: opts.summary === true || !c.base, base, foldNote: foldNote(rows.length - plan.rows, hidden(plan.rows), hintText(opts)) }),
      ...budgetsSection(c, base, plan.budgets),
      // the job summary shows the per-model table and the life-cycle stages; the comment folds them with the reference
      ...(opts.summary ? [...modelBlocks(c.head), ...lcaBlocks(c.head)] : []),
      ...whySection(why, plan.why, plan.whyTerms),
      ...(plan.trend ? trendSection(c, base) : []),
      ...referenceSection([
        { label: 'per model', blocks: opts.summary ? [] : modelBlocks(c.head) },
        // LCA stages (manufacturing, transport, use, end of life), Scope 1, idle and capacity of the head
        { label: 'life cycle', blocks: opts.summary ? [] : lcaBlocks(c.head) },
        { label: 'measured runs', blocks: measuredSection(measured.items, measured.total, plan.measured, hintText(opts)) },
        { label: 'defaults', blocks: defaultsSection(defaults, plan.defaults) },
        { label: `${formatCount(warnings)} ${warnings === 1 ? 'warning' : 'warnings'}`, blocks: warningsSection(c.head.warnings, plan.warnings) },
        { label: 'method', blocks: [methodLine(method, plan.sources)] },
      ]),
      footer(c, base, { ...(opts.docsUrl ? { docsUrl: opts.docsUrl } : {}), ...(opts.runUrl ? { runUrl: opts.runUrl } : {}) }),
    ])
  return fit(rowFloors(rows), opts.maxChars ?? DEFAULT_MAX_CHARS, render)
}
