/**
 * Reference material a reviewer rarely needs, folded into one `<details>` at the end of the PR
 * comment (measured-run details of the experiments this PR changed, defaults used, warnings, the
 * method with its datasets), and the footer: who wrote the comment, where the budgets come from,
 * the uncertainty, and links to the docs and the run.
 */
import type { Comparison } from '../compare/types.js'
import { formatCount, formatRangeEnds } from '../core/format.js'
import type { Block } from './markdown-blocks.js'
import { safeUrl } from './escape.js'
import { md } from './markdown-sections.js'
import type { BaseLabel } from './markdown-headline.js'

/** The one `<details>` of reference material; nothing when every part is empty. */
export function referenceSection(parts: readonly { readonly label: string; readonly blocks: readonly Block[] }[]): Block[] {
  const shown = parts.filter((p) => p.blocks.length > 0)
  if (shown.length === 0) return []
  return [{ kind: 'details', summary: `Reference: ${shown.map((p) => p.label).join(' · ')}`, blocks: shown.flatMap((p) => p.blocks) }]
}

export interface FooterOptions {
  /** https link to carbon-budget's docs (the action's repository README). */
  readonly docsUrl?: string
  readonly runUrl?: string
}

/** `carbon-budget · budgets from carbon-budget.yml (this PR) · uncertainty 5.4–12.3 t · workflow run`. */
export function footer(c: Comparison, base: BaseLabel, opts: FooterOptions): Block {
  const docs = safeUrl(opts.docsUrl)
  const run = safeUrl(opts.runUrl)
  const t = c.head.totals.totalKgCO2e
  const file = c.budgetsFrom.file === undefined ? undefined : `<code>${md(c.budgetsFrom.file, 80)}</code>`
  const side = c.budgetsFrom.side === 'base' ? `at ${base.name}` : 'of this PR'
  const parts = [
    docs === undefined ? 'carbon-budget' : `[carbon-budget](${docs})`,
    c.budgets.length === 0 ? 'no budgets set' : `${formatCount(c.budgets.length)} ${c.budgets.length === 1 ? 'budget' : 'budgets'} from ${file ?? 'the config'} ${side}`,
    ...(t.low === t.central && t.high === t.central ? [] : [`uncertainty ${formatRangeEnds(t)}`]),
    ...(run === undefined ? [] : [`[workflow run](${run})`]),
  ]
  return { kind: 'paragraph', text: `<sub>${parts.join(' · ')}</sub>` }
}
