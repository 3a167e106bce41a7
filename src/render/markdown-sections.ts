/**
 * The sections of the markdown report as blocks. Each takes display rows (see `rows.ts`) and how
 * many entries to show, escapes every user string, and says how many it left out.
 */
import type { Problem } from '../core/errors.js'
import type { Source } from '../core/data/types.js'
import type { Block } from './markdown-blocks.js'
import type { ExperimentRow } from './rows.js'
import type { Method } from './method.js'
import type { MeasuredItem } from './measured.js'
import { escapeMarkdown, safeUrl } from './escape.js'
import { formatCount } from '../core/format.js'

/** Caps on user strings in the comment, in code points (names are long in sweeps). */
export const NAME_MAX_CHARS = 80
const TEXT_MAX_CHARS = 200

export const md = (text: string, maxChars = NAME_MAX_CHARS): string => escapeMarkdown(text, { maxChars })

/** A `[title year](url)` link when the URL is https, else the plain title. */
export function sourceLink(s: Source): string {
  const label = `${md(s.title, 72)} ${s.year}`
  const url = safeUrl(s.url)
  return url === undefined ? label : `[${label}](${url})`
}

function energyCell(r: ExperimentRow): string {
  return r.measured && r.energy !== '—' ? `${r.energy} (measured)` : r.energy
}

export interface TableOptions {
  /** Header of the delta column (`vs main`), already escaped; absent: no delta column. */
  readonly deltaHeader?: string
  /** Cells of the bold totals row, same columns as the rows after the name. */
  readonly totals?: readonly string[]
}

/** The experiments table over the first `shown` rows, with a totals row. */
export function experimentsTable(rows: readonly ExperimentRow[], shown: number, opts: TableOptions): Block {
  const withDelta = opts.deltaHeader !== undefined
  const header = ['experiment', 'phase', 'energy', 'operational', 'embodied', 'total', ...(withDelta ? [opts.deltaHeader!] : [])]
  const body = rows.slice(0, shown).map((r) => [
    r.status === 'removed' ? `~~${md(r.name)}~~` : md(r.name),
    r.phase,
    energyCell(r),
    r.operational,
    r.embodied,
    r.total,
    ...(withDelta ? [r.delta ?? ''] : []),
  ])
  const totals = opts.totals ? [['**total**', '', ...opts.totals.map((c) => (c === '' ? '' : `**${c}**`))]] : []
  return { kind: 'table', header, rows: [...body, ...totals], align: ['l', 'l', 'r', 'r', 'r', 'r', 'r'] }
}

/** `… 9,874 least-changed experiments not shown; see the job summary.` */
export function foldNote(hidden: number, what: string, hint: string): Block[] {
  if (hidden <= 0) return []
  return [{ kind: 'paragraph', text: `… ${formatCount(hidden)} ${what} ${hidden === 1 ? 'experiment' : 'experiments'} not shown; see ${hint}.` }]
}

/** Defaults that were applied, so no default changes a result unseen. */
export function defaultsSection(list: readonly { readonly text: string; readonly count: number }[], shown: number): Block[] {
  if (list.length === 0 || shown <= 0) return []
  const items = list.slice(0, shown).map((d) => `${md(d.text, TEXT_MAX_CHARS)} (${formatCount(d.count)} ${d.count === 1 ? 'experiment' : 'experiments'})`)
  const rest = list.length - Math.min(shown, list.length)
  return [
    { kind: 'heading', level: 4, text: 'Defaults used' },
    { kind: 'list', items: rest > 0 ? [...items, `… ${formatCount(rest)} more`] : items },
  ]
}

/** Warnings of the run (`file:line: message`). */
export function warningsSection(problems: readonly Problem[], shown: number): Block[] {
  if (problems.length === 0 || shown <= 0) return []
  const items = problems.slice(0, shown).map((p) => {
    const where = p.pos ? `${md(`${p.pos.file}:${p.pos.line}`, 120)}: ` : ''
    return `${where}${md(p.message, TEXT_MAX_CHARS)}`
  })
  const rest = problems.length - Math.min(shown, problems.length)
  return [
    { kind: 'heading', level: 4, text: `Warnings (${formatCount(problems.length)})` },
    { kind: 'list', items: rest > 0 ? [...items, `… ${formatCount(rest)} more`] : items },
  ]
}

function sourceList(sources: readonly Source[], max: number): string {
  if (sources.length === 0) return 'n/a'
  if (max <= 0) return `${formatCount(sources.length)} ${sources.length === 1 ? 'source' : 'sources'} (see the JSON report)`
  const shown = sources.slice(0, max).map(sourceLink).join(', ')
  return sources.length > max ? `${shown} and ${formatCount(sources.length - max)} more` : shown
}

/**
 * "Measured energy and hourly intensity": the first `shown` of `items` (already escaped), each a
 * bold name and a list of its lines; the rest counted. With nothing shown, one sentence with the count.
 */
export function measuredSection(items: readonly MeasuredItem[], total: number, shown: number, hint: string): Block[] {
  if (total === 0) return []
  const what = `${formatCount(total)} ${total === 1 ? 'experiment' : 'experiments'} with power logs or an hourly grid series`
  if (shown <= 0) return [{ kind: 'paragraph', text: `Measured energy and hourly intensity: ${what} (details in ${hint}).` }]
  const blocks: Block[] = [{ kind: 'heading', level: 4, text: 'Measured energy and hourly intensity' }]
  for (const item of items.slice(0, shown)) {
    blocks.push({ kind: 'paragraph', text: `**${item.name}** (${item.file})` })
    blocks.push({ kind: 'list', items: item.lines.map((l) => `${l.flag ? '⚠️ ' : ''}${l.label}: ${l.parts.join(' · ')}`) })
  }
  const rest = total - Math.min(shown, items.length)
  if (rest > 0) blocks.push({ kind: 'paragraph', text: `… ${formatCount(rest)} more ${rest === 1 ? 'experiment' : 'experiments'} with power logs or an hourly series; see ${hint}.` })
  return blocks
}

/** The method line: basis, intensity, datasets with years, PUE, embodied data; the run link only when given. */
export function methodLine(m: Method, maxSourcesPerKind: number, runUrl?: string): Block {
  const parts = [
    `Method: ${m.basis}, ${m.intensity}`,
    `grid: ${sourceList(m.grid, maxSourcesPerKind)}`,
    `market: ${m.market}`,
    `PUE ${m.pue}${m.pueSources.length > 0 ? ` (${sourceList(m.pueSources, maxSourcesPerKind)})` : ''}`,
    ...(m.power.length > 0 ? [`power: ${sourceList(m.power, maxSourcesPerKind)}`] : []),
    `embodied: ${sourceList(m.embodied, maxSourcesPerKind)}`,
    ...(m.datacenter.length > 0 ? [`datacenter construction: ${sourceList(m.datacenter, maxSourcesPerKind)}`] : []),
    ...(m.other.length > 0 ? [`also: ${sourceList(m.other, maxSourcesPerKind)}`] : []),
  ]
  const url = safeUrl(runUrl)
  return { kind: 'paragraph', text: `<sub>${parts.join(' · ')}${url === undefined ? '' : ` · [run](${url})`}</sub>` }
}
