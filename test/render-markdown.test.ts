import { describe, expect, test } from 'vitest'
import hostileStrings from './fixtures/reports/hostile-strings.json' with { type: 'json' }
import { marked } from 'marked'
import { renderCheckMarkdown, renderReportMarkdown, DEFAULT_MAX_CHARS } from '../src/render/markdown.js'
import { formatMass, formatMassDelta } from '../src/render/format.js'
import { sampleReport, type SampleSpec } from './support/sample-report.js'
import { llamaComparison, manyExperimentsComparison, sampleBudget, sampleComparison } from './support/sample-comparison.js'

const hostile: readonly string[] = hostileStrings.strings
const html = (md: string): string => marked.parse(md, { gfm: true, async: false })

/** Rows of the first table (the experiments table), without header and delimiter. */
function experimentRows(md: string): string[] {
  const lines = md.split('\n')
  const start = lines.findIndex((l) => l.startsWith('| experiment |'))
  const rows: string[] = []
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!)
  return rows
}

describe('check markdown', () => {
  const c = llamaComparison()
  const md = renderCheckMarkdown(c)

  test('headline: total, delta and share versus the base, verdict and its reason', () => {
    const headline = md.split('\n')[0]!
    expect(headline).toMatch(/^### ❌ Carbon budget: /)
    expect(headline).toContain(formatMass(c.head.totals.totalKgCO2e.central, { co2e: true }))
    expect(headline).toContain(`${formatMassDelta(c.delta.totalKgCO2e.central)}, +`)
    expect(headline).toContain('vs main')
    expect(headline).toContain(c.verdictReason)
  })

  test('one row per experiment, most changed first, then a totals row', () => {
    const rows = experimentRows(md)
    expect(rows).toHaveLength(c.experiments.length + 1)
    expect(rows.at(-1)).toMatch(/^\| \*\*total\*\* /)
    const deltas = c.experiments.filter((d) => d.status !== 'unchanged' && d.status !== 'added').map((d) => Math.abs(d.deltaKgCO2e.central))
    const order = rows.slice(0, -1).map((r) => r.split(' | ')[0]!.slice(2))
    expect(order[0]).toBe('eval-harness-7b') // added experiments lead
    expect(order[1]).toBe('llama-7b-pretrain') // then the largest change
    expect(Math.max(...deltas)).toBe(Math.abs(c.experiments.find((d) => d.name === 'llama-7b-pretrain')!.deltaKgCO2e.central))
    expect(rows.find((r) => r.includes('eval-harness-7b'))).toContain('(new)')
    expect(rows.find((r) => r.includes('chat-serving-march'))).toContain('unchanged')
  })

  test('budgets with margins, the why, the trend with its numbers, defaults and method', () => {
    expect(md).toMatch(/\| increase \| 10 % \| 15 % \| 5\.0 % over \| ❌ fail \|/)
    expect(md).toMatch(/\| total \| 50 tCO2e \| 18\.8 t \| 31\.2 t left \| ✅ pass \|/)
    expect(md).toContain('**llama-7b-pretrain** +2.2 t: duration 40.25 h → 46 h: +2.2 t')
    expect(md).toContain('```mermaid\nxychart-beta')
    // the numbers table lists each history commit, plus this PR
    for (const h of c.history) expect(md).toContain(`\`${h.sha.slice(0, 7)}\``)
    expect(md).toContain('| **this PR** |')
    expect(md).toContain('pue 1.1 from carbon-budget.yml (2 experiments)')
    expect(md).toMatch(/Method: location-based, annual average · grid: \[Ember yearly electricity data 2024\]\(https:\/\/ember-energy\.org/)
    expect(md).toContain('PUE 1.10–1.14')
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
    expect(md.split('\n')[0]).toBe('### Carbon footprint: 16.3 tCO2e (13.6–21.0 t)')
    const rows = experimentRows(md)
    expect(rows[0]).toBe('| llama-7b-pretrain | training | 36.3 MWh | 14.0 t | 1.8 t | 15.7 t |')
    expect(md).toContain('973 kWh (measured)')
    expect(md).toMatch(/\| training \| 36\.6 MWh \| 14\.1 t \| 1\.8 t \| 15\.9 t \| 97 % \|/)
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
