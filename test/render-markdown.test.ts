import { describe, expect, test } from 'vitest'
import hostileStrings from './fixtures/reports/hostile-strings.json' with { type: 'json' }
import { marked } from 'marked'
import { renderCheckMarkdown, renderReportMarkdown, DEFAULT_MAX_CHARS } from '../src/render/markdown.js'
import { formatMass, formatPercentDelta } from '../src/core/format.js'
import { LLAMA_SPECS, sampleReport, specOf, type SampleSpec } from './support/sample-report.js'
import type { ExperimentResult } from '../src/core/model.js'

const specOfResult = (e: ExperimentResult): SampleSpec => specOf(e)!
import { llamaComparison, manyExperimentsComparison, sampleBudget, sampleComparison } from './support/sample-comparison.js'

const hostile: readonly string[] = hostileStrings.strings
const html = (md: string): string => marked.parse(md, { gfm: true, async: false })

/** Rows of the full breakdown table (experiment, phase, …), without header and delimiter. */
function experimentRows(md: string): string[] {
  return tableRows(md, '| experiment | phase |')
}

/** Rows of the first table whose header starts with `header`. */
function tableRows(md: string, header: string): string[] {
  const lines = md.split('\n')
  const start = lines.findIndex((l) => l.startsWith(header))
  if (start < 0) return []
  const rows: string[] = []
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!)
  return rows
}

const cells = (row: string): string[] => row.split('|').slice(1, -1).map((x) => x.trim())
/** The text a reader sees: tags and their attributes (link targets) dropped. */
const visible = (md: string): string => html(md).replace(/<[^>]*>/g, ' ')
const OPTS = { runUrl: 'https://github.com/o/r/actions/runs/7', repoUrl: 'https://github.com/o/r', docsUrl: 'https://github.com/o/carbon-budget#readme' }

describe('check markdown', () => {
  const c = llamaComparison()
  const md = renderCheckMarkdown(c, OPTS)

  test('headline: verdict, delta with share, the base by name, then the total; no full SHA or default key visible', () => {
    const first = md.split('\n')[0]!
    const delta = formatMass(c.delta.totalKgCO2e.central, { co2e: true, signed: true })
    const total = formatMass(c.head.totals.totalKgCO2e.central, { co2e: true })
    expect(first).toBe(`### ❌ Carbon budget failed: ${delta} (${formatPercentDelta(c.delta.share!)}) vs <code>main</code> → ${total}`)
    // the base commit once, as a short SHA linked to the commit
    const sha = c.baseRef!.sha
    expect(md).toContain(`[\`${sha.slice(0, 7)}\`](https://github.com/o/r/commit/${sha})`)
    expect(visible(md)).not.toMatch(/[0-9a-f]{40}/)
    expect(md.split('\n').slice(0, 3).join('\n')).not.toContain('default')
    expect(renderCheckMarkdown(c, { commentKey: 'gpu-lab' }).split('\n')[0]).toContain('Carbon budget failed (gpu-lab):')
    expect(md.split('\n')[2]).toContain('blocking merges')
    expect(renderCheckMarkdown({ ...c, failOn: 'never' }).split('\n')[2]).toContain('report only, not blocking')
  })

  test('only what changed: three columns, largest change first, direction marks, real minus, no-break spaces', () => {
    const rows = tableRows(md, '| experiment | total |')
    const changed = c.experiments.filter((d) => d.status !== 'unchanged').sort((a, b) => Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central))
    expect(rows.map((r) => cells(r)[0])).toEqual([...changed.map((d) => d.name), '**total**'])
    for (const r of rows) expect(cells(r)).toHaveLength(3)
    const pretrain = c.experiments.find((d) => d.name === 'llama-7b-pretrain')!
    expect(cells(rows[0]!)[2]).toBe(`🔺 +${formatMass(pretrain.deltaKgCO2e.central)} (+${Math.round(pretrain.deltaShare! * 100)}\u00a0%)`)
    expect(rows.find((r) => r.includes('eval-harness-7b'))).toContain('🆕 +')
    // unchanged experiments fold into a details block that counts them
    const unchanged = c.experiments.filter((d) => d.status === 'unchanged').length
    expect(md).toContain(`<details><summary>${unchanged} unchanged experiments · energy, operational and embodied of all ${c.experiments.length}</summary>`)
    expect(experimentRows(md)).toHaveLength(c.experiments.length + 1)
    // a removed experiment: struck through, a bin and a real minus sign
    const removed = renderCheckMarkdown(sampleComparison(sampleReport(), sampleReport(sampleReport().experiments.slice(1).map(specOfResult))), OPTS)
    expect(removed).toMatch(/\| ~~[^|]+~~ \| — \| 🗑️ \u2212[\d.,]+\u00a0(t|kg|g) \|/)
  })

  test('budgets: base, this PR and limit as written; the state of each; the count in the status line equals the rows', () => {
    const base = sampleReport()
    const head = c.head
    const budgets = [
      sampleBudget({ name: 'total', kind: 'total', limit: '18 tCO2e', limitValue: 18_000, actual: head.totals.totalKgCO2e.central, baseActual: base.totals.totalKgCO2e.central }),
      sampleBudget({ name: 'phase:training', kind: 'phase', limit: '10 tCO2e', limitValue: 10_000, actual: head.phases.training.totalKgCO2e.central, baseActual: base.phases.training.totalKgCO2e.central }),
      sampleBudget({ name: 'sci:chat-serving-march', kind: 'sci', limit: '20 gCO2e per 1M tokens', limitValue: 0.02, actual: 0.032, unit: 'kgCO2e/unit', baseActual: 0.032 }),
      sampleBudget({ name: 'increase', kind: 'increase', limit: '10 %', limitValue: 0.1, actual: c.delta.share!, unit: 'ratio' }),
      sampleBudget({ name: 'phase:inference', kind: 'phase', limit: '5 tCO2e', limitValue: 5_000, actual: head.phases.inference.totalKgCO2e.central, baseActual: base.phases.inference.totalKgCO2e.central }),
    ]
    const cmp = llamaComparison({ budgets, failOn: 'budget' })
    // under fail-on: budget, the increase budget does not gate
    const out = renderCheckMarkdown({ ...cmp, budgets: cmp.budgets.map((b) => ({ ...b, blocking: b.verdict === 'fail' && b.kind !== 'increase' })) }, OPTS)
    const rows = tableRows(out, '| budget |').map(cells)
    expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['total', '18 tCO2e', `❌ newly over (+${formatMass(head.totals.totalKgCO2e.central - 18_000)})`],
      ['training phase', '10 tCO2e', '⚠️ already over on <code>main</code>'],
      ['chat-serving-march per 1M tokens', '20 gCO2e', '⚠️ already over on <code>main</code>'],
      ['increase vs <code>main</code>', '10 %', 'ℹ️ over, not blocking'],
    ])
    // actuals in the unit the limit was written in
    expect(rows[2]![2]).toBe('32.0\u00a0g')
    expect(rows[2]![3]).toBe('32.0\u00a0g')
    expect(out.split('\n')[2]).toMatch(/^\*\*1 budget newly over\*\* \(total\) · 2 already over on <code>main<\/code> · 1 over, not blocking · blocking merges/)
    expect(out).toContain('✅ 1 more budget within its limit: inference phase.')
    expect(out).toMatch(/\*\*To unblock:\*\* bring total from [\d.]+\u00a0t back under 18 tCO2e, or raise its limit in <code>carbon-budget.yml<\/code> line 4\./)
    // all within: one line, no table
    const fine = renderCheckMarkdown(llamaComparison({ budgets: [sampleBudget({ name: 'total', kind: 'total', limit: '60 tCO2e', limitValue: 60_000, actual: 1 })] }), OPTS)
    expect(fine).not.toContain('#### Budgets')
    expect(fine).toContain('✅ The budget is within its limit: total.')
  })

  test('why it changed in people words, one delta per term only when there are several', () => {
    expect(md).toContain('**llama-7b-pretrain** +2.2\u00a0t: duration 40.25 h → 46 h\n')
  })

  test('the trend: explicit colours for both themes, dates on the x-axis, the total budget as a second line, 280 px', () => {
    const near = llamaComparison({ budgets: [sampleBudget({ name: 'total', kind: 'total', limit: '20 tCO2e', limitValue: 20_000, actual: c.head.totals.totalKgCO2e.central })] })
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(renderCheckMarkdown(near))![1]!
    expect(chart).toMatch(/^%%\{init: .*"plotColorPalette":"#[0-9a-f]{6}, #[0-9a-f]{6}"/)
    expect(chart).toContain('"height":280')
    expect(chart).toContain('x-axis ["Mar 1", "Mar 2"')
    expect(chart.match(/^ {4}line \[/gm)).toHaveLength(2)
    // the numbers table stays, for screen readers and mail
    for (const h of c.history) expect(md).toContain(`<code>${h.sha.slice(0, 7)}</code>`)
    expect(md).toContain('| **this PR** |')
  })

  test('reference folded into one details block; a footer with the docs and the run', () => {
    expect(md).toContain('<details><summary>Reference: life cycle · defaults · method</summary>')
    expect(md).toContain('- pue 1.1 from carbon-budget.yml (2 experiments)')
    expect(md).toMatch(/Method: location-based, annual average · grid: \[Ember yearly electricity data 2024\]\(https:\/\/ember-energy\.org/)
    const last = md.trimEnd().split('\n').at(-1)!
    expect(last).toMatch(/^<sub>\[carbon-budget\]\(https:\/\/github\.com\/o\/carbon-budget#readme\) · 3 budgets from <code>carbon-budget\.yml<\/code> of this PR · uncertainty .* · \[workflow run\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/7\)<\/sub>$/)
  })

  test("the head's life-cycle stages sit in the folded reference, not above it; the job summary shows them open", () => {
    const lca = c.head.totals.lca
    const stages = `Life cycle: manufacturing ${formatMass(lca.manufacturingKgCO2e.central)} (`
    const at = md.indexOf(stages)
    expect(at).toBeGreaterThan(md.indexOf('<details><summary>Reference: life cycle'))
    expect(at).toBeLessThan(md.indexOf('</details>', md.indexOf('<details><summary>Reference:')))
    for (const [name, r] of [['transport', lca.transportKgCO2e], ['use', lca.useKgCO2e], ['end of life', lca.endOfLifeKgCO2e]] as const) {
      expect(md.slice(at).split('\n')[0]).toContain(`${name} ${formatMass(r.central)} (`)
    }
    const summary = renderCheckMarkdown(c, { ...OPTS, summary: true })
    expect(summary.indexOf(stages)).toBeGreaterThan(0)
    expect(summary).not.toContain('Reference: life cycle')
  })

  test('min-change decides what counts as unchanged; a PR that changes nothing gets one line', () => {
    const specs = LLAMA_SPECS
    const base = sampleReport(specs)
    // lengthen the sweep by 0.5 %: below the default 1 %, above 0.1 %
    const head = sampleReport(specs.map((s) => (s.name === 'lr-sweep-7b' ? { ...s, hours: s.hours * 1.005 } : s)))
    const tiny = sampleComparison(base, head)
    const line = renderCheckMarkdown(tiny, OPTS)
    expect(line.split('\n')).toHaveLength(1)
    expect(line).toMatch(/^✅ \*\*Carbon budget:\*\* no experiment changed by 1\.0\u00a0% or more vs <code>main<\/code> \(\[`a1b2c3d`\]\(.*\)\) · total [\d.]+\u00a0tCO2e · \[details\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/7\)$/)
    const strict = renderCheckMarkdown({ ...tiny, minChange: 0.001 }, OPTS)
    expect(tableRows(strict, '| experiment | total |').map((r) => cells(r)[0])).toEqual(['lr-sweep-7b', '**total**'])
    // the job summary always has everything
    expect(renderCheckMarkdown(tiny, { summary: true })).toContain('#### All experiments')
    expect(renderCheckMarkdown(sampleComparison(base, base), OPTS)).toMatch(/^✅ \*\*Carbon budget:\*\* no footprint change vs <code>main<\/code>/)
  })

  test('without a base there is no delta column and the headline says so', () => {
    const first = renderCheckMarkdown(sampleComparison(undefined, sampleReport()))
    expect(first.split('\n')[0]).toContain('no base to compare against')
    expect(first).not.toContain('| vs ')
  })

  test('hostile names, globs, refs and reasons render as inert text: same HTML structure as benign ones', () => {
    const render = (names: readonly string[], ref: string, key: string): string => {
      const specs: SampleSpec[] = names.map((name, i) => ({ name, phase: 'training', count: 8, hours: 1 + i, powerW: 400, defaultsUsed: [`pue from ${name}`] }))
      const base = sampleReport(specs)
      const head = sampleReport(specs.map((s, i) => ({ ...s, hours: s.hours + i })))
      const budgets = names.map((name) => sampleBudget({ name: `experiment:${name}`, kind: 'experiment', limit: name, limitValue: 1, actual: 2 }))
      const cmp = sampleComparison(base, head, { budgets, baseRef: ref })
      return html(renderCheckMarkdown({ ...cmp, verdictReason: `over the ${names[0]} budget` }, { commentKey: key }))
    }
    const evil = render(hostile, '<b>@octocat</b>', '@octocat #1 <!--')
    const benign = render(hostile.map((_, i) => `experiment-${i}`), 'main', 'key')
    expect(tagCounts(evil)).toEqual(tagCounts(benign))
    expect(evil.replace(/&#8203;|\u200b/g, '\u200b')).not.toMatch(/(^|[^\u200b])@octocat/)
  })
})

/** How many of each element: injected markup would change it. */
function tagCounts(h: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const m of h.matchAll(/<([a-z][a-z0-9]*)[\s>]/gi)) counts[m[1]!.toLowerCase()] = (counts[m[1]!.toLowerCase()] ?? 0) + 1
  return counts
}

describe('size limit', () => {
  test('10,000 experiments with long names fit in the limit, least changed folded with a count', () => {
    const c = manyExperimentsComparison(10_000, 180)
    const md = renderCheckMarkdown(c)
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS)
    const rows = experimentRows(md).slice(0, -1)
    const hidden = c.experiments.length - rows.length
    expect(rows.length).toBeGreaterThan(25)
    expect(hidden).toBeGreaterThan(0)
    expect(md).toContain(`… ${hidden.toLocaleString('en-US')} unchanged or least-changed experiments not shown; see the job summary`)
    // the rows shown changed at least as much as any row folded away
    const shown = new Set(rows.map((r) => r.split(' | ')[0]!.slice(2).replace(/…$/, '')))
    const byChange = c.experiments.filter((d) => d.status !== 'added').sort((a, b) => Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central))
    const smallestShown = Math.min(...byChange.filter((d) => [...shown].some((s) => d.name.startsWith(s))).map((d) => Math.abs(d.deltaKgCO2e.central)))
    const largestHidden = Math.max(...byChange.filter((d) => ![...shown].some((s) => d.name.startsWith(s))).map((d) => Math.abs(d.deltaKgCO2e.central)))
    expect(smallestShown).toBeGreaterThanOrEqual(largestHidden)
    // the folded comment is still well-formed: totals row, budgets-free, method line last
    expect(experimentRows(md).at(-1)).toMatch(/^\| \*\*total\*\* /)
    expect(md.trimEnd().endsWith('</sub>')).toBe(true)
  })

  test.each([2_500, 4_000, 12_000, 30_000, 1_000_000])('any maxChars (%d) holds, and more room shows more rows', (maxChars) => {
    const c = manyExperimentsComparison(600, 120)
    const md = renderCheckMarkdown(c, { maxChars, runUrl: 'https://github.com/o/r/actions/runs/42' })
    expect(md.length).toBeLessThanOrEqual(maxChars)
    const rows = experimentRows(md).length - 1
    if (maxChars === 1_000_000) {
      expect(rows).toBe(c.experiments.length)
      expect(md).not.toContain('not shown')
    } else {
      expect(md).toContain('([workflow run](https://github.com/o/r/actions/runs/42))')
      const larger = experimentRows(renderCheckMarkdown(c, { maxChars: maxChars * 2 })).length - 1
      expect(larger).toBeGreaterThan(rows)
    }
  })

  test('the report (no comparison) folds its smallest experiments the same way', () => {
    const specs: SampleSpec[] = Array.from({ length: 3_000 }, (_, i) => ({ name: `run-${i}-${'x'.repeat(100)}`, phase: 'experimentation', count: 1, hours: 1 + i, powerW: 300 }))
    const md = renderReportMarkdown(sampleReport(specs), { maxChars: 20_000, fullReportHint: 'the uploaded artifact' })
    expect(md.length).toBeLessThanOrEqual(20_000)
    const rows = experimentRows(md).slice(0, -1)
    expect(rows[0]).toContain('run-2999-')
    expect(md).toContain(`… ${(3_000 - rows.length).toLocaleString('en-US')} smallest experiments not shown; see the uploaded artifact.`)
  })
})

describe('report markdown', () => {
  test('headline with range, experiments largest first, phases and method', () => {
    const report = sampleReport()
    const md = renderReportMarkdown(report)
    expect(md.split('\n')[0]).toBe('### Carbon footprint: 16.3\u00a0tCO2e (13.6–21.0\u00a0t)')
    const rows = experimentRows(md)
    expect(rows[0]).toBe('| llama-7b-pretrain | training | 36.3\u00a0MWh | 14.0\u00a0t | 1.8\u00a0t | 15.7\u00a0t |')
    expect(md).toContain('973\u00a0kWh (measured)')
    expect(md).toMatch(/\| training \| 36\.6\u00a0MWh \| 14\.1\u00a0t \| 1\.8\u00a0t \| 15\.9\u00a0t \| 97\u00a0% \|/)
  })
})

describe('the headline icon', () => {
  const over = sampleBudget({ name: 'total', kind: 'total', limit: '1 tCO2e', limitValue: 1000, actual: 5000 })
  const under = sampleBudget({ name: 'total', kind: 'total', limit: '100 tCO2e', limitValue: 100000, actual: 5000 })
  const headline = (c: ReturnType<typeof llamaComparison>) => renderCheckMarkdown(c).split('\n')[0]!
  test('is a warning, not a tick, when a budget is broken in a report-only run', () => {
    expect(headline(llamaComparison({ budgets: [over], failOn: 'never' }))).toMatch(/^### ⚠️ /)
    expect(headline(llamaComparison({ budgets: [over], failOn: 'budget' }))).toMatch(/^### ❌ /)
    expect(headline(llamaComparison({ budgets: [under], failOn: 'budget' }))).toMatch(/^### ✅ /)
  })
})
