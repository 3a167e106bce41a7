/**
 * The first two lines of the PR comment, read in two seconds: the verdict, the delta and the total
 * (`❌ Carbon budget failed: +1.1 tCO2e (+21 %) vs main → 6.3 tCO2e`), then the budget counts, whether
 * the check blocks merges, and the base as a short SHA linked to its commit. A full SHA is never shown.
 */
import type { Comparison } from '../compare/types.js'
import { formatMass, formatPercentDelta } from '../core/format.js'
import { safeUrl } from './escape.js'
import { md } from './markdown-sections.js'
import { budgetRows, type BudgetRow, type BudgetState } from './rows.js'

/** The base's name for the comment: its branch (`main`) in code style, escaped. */
export interface BaseLabel {
  /** `` `main` `` */
  readonly name: string
  /** `[9b69a28](https://github.com/o/r/commit/9b69a28…)`, or the short SHA alone without a repo URL. */
  readonly commit?: string
}

const SHA = /^[0-9a-f]{40}$/i

/**
 * Code style for an escaped string. An HTML `<code>` element, not backticks: inside a code span the
 * escapes (`\_`, `&amp;`) would show literally, inside the element they are decoded as elsewhere.
 */
export const code = (escaped: string): string => `<code>${escaped}</code>`

/**
 * The base label: the branch name (a full SHA given as the ref is cut to 7 characters), and the
 * short SHA linked to the commit when the repository URL is known.
 */
export function baseLabel(c: Pick<Comparison, 'baseRef'>, repoUrl?: string): BaseLabel {
  if (!c.baseRef) return { name: 'the base' }
  const ref = c.baseRef.ref
  const name = code(md(SHA.test(ref) ? ref.slice(0, 7) : ref, 60))
  const sha = c.baseRef.sha
  if (!SHA.test(sha)) return { name }
  const short = sha.slice(0, 7)
  const url = safeUrl(repoUrl === undefined ? undefined : `${repoUrl.replace(/\/+$/, '')}/commit/${sha}`)
  return { name, commit: url === undefined ? `\`${short}\`` : `[\`${short}\`](${url})` }
}

/** The comment key beside the verdict, only when one was set (`default` is the unset key). */
export function keyLabel(commentKey: string | undefined): string {
  return commentKey === undefined || commentKey === '' || commentKey === 'default' ? '' : ` (${md(commentKey, 60)})`
}

/** Icon and verdict words: failed (blocks), over but not blocking, passed, or a plain footprint. */
function verdictWords(c: Comparison): string {
  if (c.verdict === 'fail') return '❌ Carbon budget failed'
  if (c.budgets.some((b) => b.verdict === 'fail')) return '⚠️ Carbon budget over, not blocking'
  if (c.budgets.length === 0) return '📊 Carbon footprint'
  return '✅ Carbon budget passed'
}

/**
 * `❌ Carbon budget failed: +1.1 tCO2e (+21 %) vs `main` → 6.3 tCO2e`.
 * @param base from `baseLabel`
 */
export function headline(c: Comparison, base: BaseLabel, commentKey?: string): string {
  const total = formatMass(c.head.totals.totalKgCO2e.central, { co2e: true })
  const words = `${verdictWords(c)}${keyLabel(commentKey)}`
  if (!c.base) return `${words}: ${total} (no base to compare against)`
  const d = c.delta.totalKgCO2e.central
  const share = c.delta.share === undefined ? '' : ` (${formatPercentDelta(c.delta.share)})`
  return `${words}: ${formatMass(d, { co2e: true, signed: true })}${share} vs ${base.name} → ${total}`
}

const STATE_COUNT: Readonly<Record<Exclude<BudgetState, 'ok'>, (n: number, base: string) => string>> = {
  'newly-over': (n) => `**${n} ${n === 1 ? 'budget' : 'budgets'} newly over**`,
  'already-over': (n, base) => `${n} already over on ${base}`,
  'not-blocking': (n) => `${n} over, not blocking`,
}

/** `**1 budget newly over** (total) · 4 already over on `main` · 1 over, not blocking`: the counts equal the budget rows. */
export function budgetCounts(rows: readonly BudgetRow[], base: BaseLabel): string {
  const parts: string[] = []
  for (const state of ['newly-over', 'already-over', 'not-blocking'] as const) {
    const of = rows.filter((r) => r.state === state)
    if (of.length === 0) continue
    const names = state === 'newly-over' ? ` (${of.slice(0, 3).map((r) => md(r.name, 40)).join(', ')}${of.length > 3 ? ', …' : ''})` : ''
    parts.push(`${STATE_COUNT[state](of.length, base.name)}${names}`)
  }
  if (parts.length === 0 && rows.length > 0) parts.push(`${rows.length === 1 ? 'the budget is' : `all ${rows.length} budgets are`} within ${rows.length === 1 ? 'its limit' : 'their limits'}`)
  return parts.join(' · ')
}

/** Whether the check can block merges, in plain words. */
export function modeWords(c: Pick<Comparison, 'failOn'>): string {
  return c.failOn === 'never' ? 'report only, not blocking' : 'blocking merges'
}

/** The line under the headline: budget counts, blocking or not, and the base commit. */
export function statusLine(c: Comparison, base: BaseLabel): string {
  const parts = [
    ...(c.budgets.length > 0 ? [budgetCounts(budgetRows(c.budgets), base), modeWords(c)] : []),
    ...(base.commit === undefined ? [] : [`base ${base.name} at ${base.commit}`]),
  ]
  return parts.join(' · ')
}
