// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest'
import hostileStrings from './fixtures/reports/hostile-strings.json' with { type: 'json' }
import { chartUnit, niceBounds, niceCeiling, renderTrendChart } from '../src/render/mermaid.js'
import { renderCheckMarkdown, DEFAULT_MAX_CHARS, GITHUB_COMMENT_MAX_CHARS } from '../src/render/markdown.js'
import { llamaComparison, manyExperimentsComparison, sampleHistory } from './support/sample-comparison.js'

const hostile: readonly string[] = hostileStrings.strings

type Mermaid = { parse: (text: string) => Promise<{ diagramType: string } | false> }
let mermaid: Mermaid

beforeAll(async () => {
  mermaid = (await import('mermaid')).default as unknown as Mermaid
})

/** The text of each ```mermaid block in a markdown document. */
function mermaidBlocks(md: string): string[] {
  return [...md.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((m) => m[2]!)
}

describe('trend chart', () => {
  test('the comment’s chart parses as an xychart with one point per commit plus this PR', async () => {
    const c = llamaComparison()
    const [chart] = mermaidBlocks(renderCheckMarkdown(c))
    expect(chart).toBeDefined()
    await expect(mermaid.parse(chart!)).resolves.toMatchObject({ diagramType: 'xychart' })
    const values = /line \[(.*)\]/.exec(chart!)![1]!.split(', ').map(Number)
    expect(values).toHaveLength(c.history.length + 1)
    // tCO2e for a 14-19 t repo, the head last, the axis spanning the data (not from zero) so the change shows
    expect(values.at(-1)).toBeCloseTo(c.head.totals.totalKgCO2e.central / 1000, 2)
    const [, low, high] = /y-axis "tCO2e" ([\d.]+) --> ([\d.]+)/.exec(chart!)!.map(Number)
    expect(high).toBeGreaterThan(Math.max(...values))
    expect(low).toBeGreaterThan(0)
    expect(low).toBeLessThan(Math.min(...values))
    // the change fills at least half of the axis
    expect((Math.max(...values) - Math.min(...values)) / (high! - low!)).toBeGreaterThan(0.5)
  })

  test('hostile labels and titles still parse', async () => {
    const points = hostile.map((label, i) => ({ label, kgCO2e: 100 + i }))
    const chart = renderTrendChart(points, { title: hostile.join(' ') })
    await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: 'xychart' })
    // repeated labels stay distinct categories
    const dup = renderTrendChart([{ label: '2026-03-01', kgCO2e: 1 }, { label: '2026-03-01', kgCO2e: 2 }])
    expect(dup).toContain('"2026-03-01", "2026-03-01 (2)"')
    await expect(mermaid.parse(dup)).resolves.toBeTruthy()
  })

  test('a broken chart would be caught (the parser is strict)', async () => {
    await expect(mermaid.parse('xychart-beta\n    x-axis ["a" "b]\n    line [1, 2]')).rejects.toThrow()
  })

  test('units follow the magnitude and the axis has a round top', async () => {
    expect(chartUnit(14_000).unit).toBe('tCO2e')
    expect(chartUnit(552).unit).toBe('kgCO2e')
    expect(chartUnit(0.4).unit).toBe('gCO2e')
    expect(niceCeiling(18.79)).toBe(25)
    expect(niceCeiling(0.42)).toBe(0.5)
    const grams = renderTrendChart(sampleHistory(3, 0.2, 0.05).map((h) => ({ label: h.sha.slice(0, 7), kgCO2e: h.totalKgCO2e })))
    expect(grams).toMatch(/y-axis "gCO2e" \d+ --> \d+/)
    expect(niceBounds(3.914, 6.304)).toEqual({ low: 3.5, high: 7 })
    expect(niceBounds(5, 5)).toEqual({ low: 4.8, high: 5.2 })
    await expect(mermaid.parse(grams)).resolves.toBeTruthy()
  })
})

describe('comment size with a huge comparison', () => {
  test('10,000 experiments: within the limit, and the chart in it still parses', async () => {
    const md = renderCheckMarkdown(manyExperimentsComparison(10_000, 200))
    expect(md.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS)
    expect(md.length + '<!-- carbon-budget:default -->\n'.length).toBeLessThan(GITHUB_COMMENT_MAX_CHARS)
    const blocks = mermaidBlocks(md)
    expect(blocks).toHaveLength(1)
    await expect(mermaid.parse(blocks[0]!)).resolves.toMatchObject({ diagramType: 'xychart' })
  })
})
