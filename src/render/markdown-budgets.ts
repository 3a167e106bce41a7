/**
 * Budgets that say what to do: each budget over its limit with the base's figure, this PR's and the
 * limit as written, marked `newly over` (this PR broke it), `already over on <base>`, or `over, not
 * blocking` (under this `fail-on`); budgets within their limits collapse to one line; a blocked
 * merge gets one line saying how to unblock it.
 */
import type { Comparison } from '../compare/types.js'
import { formatCount } from '../core/format.js'
import type { Block } from './markdown-blocks.js'
import type { BaseLabel } from './markdown-headline.js'
import { md } from './markdown-sections.js'
import { budgetRows, stateWords, type BudgetRow } from './rows.js'

const MARK: Readonly<Record<BudgetRow['state'], string>> = { 'newly-over': '❌', 'already-over': '⚠️', 'not-blocking': 'ℹ️', ok: '✅' }

function stateCell(r: BudgetRow, base: BaseLabel): string {
  const over = r.state === 'newly-over' && r.over !== undefined ? ` (${r.over})` : ''
  return `${MARK[r.state]} ${stateWords(r.state, base.name)}${over}`
}

function nameCell(r: BudgetRow, base: BaseLabel): string {
  return r.kind === 'increase' ? `${md(r.name, 40)} vs ${base.name}` : md(r.name)
}

/** `within their limits: total, training phase`: the budgets that pass, named on one line. */
function withinLine(ok: readonly BudgetRow[], allOk: boolean): string {
  const names = ok.slice(0, 8).map((r) => md(r.name, 40)).join(', ')
  const more = ok.length > 8 ? ` and ${formatCount(ok.length - 8)} more` : ''
  const n = formatCount(ok.length)
  return allOk
    ? `✅ ${ok.length === 1 ? 'The budget is' : `All ${n} budgets are`} within ${ok.length === 1 ? 'its limit' : 'their limits'}: ${names}${more}.`
    : `✅ ${n} more ${ok.length === 1 ? 'budget' : 'budgets'} within ${ok.length === 1 ? 'its limit' : 'their limits'}: ${names}${more}.`
}

/** The budget that decides, named with where its limit is set (`carbon-budget.yml` line 10). */
function whereSet(c: Comparison, row: BudgetRow): string {
  const b = c.budgets.find((x) => x.name === row.rawName)
  const file = md(c.budgetsFrom.file ?? b?.pos?.file ?? 'carbon-budget.yml', 80)
  return b?.pos ? `<code>${file}</code> line ${b.pos.line}` : `<code>${file}</code>`
}

/** One line on how to unblock a failed check. */
export function unblockLine(c: Comparison, rows: readonly BudgetRow[], base: BaseLabel): string | undefined {
  if (c.verdict !== 'fail') return undefined
  const newly = rows.filter((r) => r.state === 'newly-over')
  const already = rows.filter((r) => r.state === 'already-over')
  const from = c.budgetsFrom.side === 'base' ? ` (budgets are read from ${base.name}: change it there first)` : ''
  if (newly.length === 1) {
    const r = newly[0]!
    return `**To unblock:** bring ${nameCell(r, base)} from ${r.head} back under ${md(r.limit, 40)}, or raise its limit in ${whereSet(c, r)}${from}.`
  }
  if (newly.length > 1) return `**To unblock:** bring the ${formatCount(newly.length)} newly over budgets back under their limits, or raise the limits in ${whereSet(c, newly[0]!)}${from}.`
  if (already.length > 0) {
    return `**To unblock:** ${already.length === 1 ? 'this budget was' : 'these budgets were'} already over on ${base.name}; raise ${already.length === 1 ? 'its limit' : 'the limits'} in ${whereSet(c, already[0]!)}${from}, or bring ${base.name} back under first.`
  }
  return undefined
}

/**
 * The budgets section: the rows not within their limits (at most `shown`), the others in one line,
 * and how to unblock. All within: one line and no heading.
 */
export function budgetsSection(c: Comparison, base: BaseLabel, shown: number): Block[] {
  const rows = budgetRows(c.budgets)
  if (rows.length === 0) return []
  const over = rows.filter((r) => r.state !== 'ok')
  const ok = rows.filter((r) => r.state === 'ok')
  if (over.length === 0) return [{ kind: 'paragraph', text: withinLine(ok, true) }]
  if (shown <= 0) return [{ kind: 'paragraph', text: `Budgets: ${formatCount(over.length)} of ${formatCount(rows.length)} over (details in the job summary).` }]
  const withBase = c.base !== undefined
  const body = over.slice(0, shown).map((r) => [nameCell(r, base), md(r.limit, 40), ...(withBase ? [r.base ?? ''] : []), r.head, stateCell(r, base)])
  const unblock = unblockLine(c, rows, base)
  return [
    { kind: 'heading', level: 4, text: 'Budgets' },
    {
      kind: 'table',
      header: ['budget', 'limit', ...(withBase ? [base.name] : []), 'this PR', ''],
      rows: body,
      align: ['l', 'r', ...(withBase ? (['r'] as const) : []), 'r', 'l'],
    },
    ...(over.length > shown ? [{ kind: 'paragraph' as const, text: `… ${formatCount(over.length - shown)} more over their limits, all shown in the job summary.` }] : []),
    ...(ok.length > 0 ? [{ kind: 'paragraph' as const, text: withinLine(ok, false) }] : []),
    ...(unblock === undefined ? [] : [{ kind: 'paragraph' as const, text: unblock }]),
  ]
}
