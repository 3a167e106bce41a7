import { describe, expect, test } from 'vitest'
import { alignColumns, renderCheckText, renderReportText } from '../src/render/text.js'
import { formatMassDelta } from '../src/core/format.js'
import { sampleReport } from './support/sample-report.js'
import { llamaComparison, sampleComparison } from './support/sample-comparison.js'

/** Lines of the experiments table, between the header and the closing rule. */
function tableLines(text: string): string[] {
  const lines = text.split('\n')
  const header = lines.findIndex((l) => l.startsWith('experiment '))
  const end = lines.findIndex((l, i) => i > header + 1 && /^-+$/.test(l))
  return [lines[header]!, ...lines.slice(header + 2, end), lines[end + 1]!]
}

describe('report text', () => {
  const text = renderReportText(sampleReport())

  test('figure columns are right-aligned: every line ends its total at the same column', () => {
    const lines = tableLines(text)
    expect(lines).toHaveLength(1 + 4 + 1)
    const ends = new Set(lines.map((l) => l.length))
    expect(ends.size).toBe(1)
    expect(lines[1]).toMatch(/^llama-7b-pretrain\s+training\s+36\.3\u00a0MWh\s+14\.0\u00a0t\s+1\.8\u00a0t\s+15\.7\u00a0t$/)
    expect(lines.at(-1)).toMatch(/^total\s+38\.1\u00a0MWh\s+14\.5\u00a0t\s+1\.9\u00a0t\s+16\.3\u00a0t$/)
  })

  test('no colors unless asked; measured energy marked and explained', () => {
    expect(text).not.toContain('\u001b')
    expect(text).toContain('973\u00a0kWh m')
    expect(text).toContain('m: energy measured from power logs')
    expect(text).toMatch(/^Method: location-based, annual average; PUE 1\.10–1\.14 \(Uptime Institute global data center survey 2024\)$/m)
    expect(text.endsWith('\n')).toBe(true)
  })
})

describe('check text', () => {
  const c = llamaComparison()

  test('verdict, delta versus the base, budgets with margins and why', () => {
    const text = renderCheckText(c)
    expect(text.split('\n')[0]).toBe('Carbon budget: FAIL (over the increase budget)')
    expect(text).toContain(`${formatMassDelta(c.delta.totalKgCO2e.central)} (+15\u00a0%) vs main`)
    expect(text).toMatch(/^ {2}increase\s+10 %\s+15\u00a0%\s+5\.0\u00a0% over\s+newly over$/m)
    expect(text).toMatch(/^ {2}total\s+50 tCO2e\s+18\.8\u00a0t\s+31\.2\u00a0t left\s+ok$/m)
    expect(text).toContain('    duration 40.25 h -> 46 h: +2.2\u00a0t')
    expect(text).toMatch(/^ {2}this PR\s+18\.8\u00a0t$/m)
  })

  test('colors only with color: true, and alignment survives them', () => {
    const plain = renderCheckText(c)
    const colored = renderCheckText(c, { color: true })
    expect(colored).toContain('\u001b[31mFAIL\u001b[0m')
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain)
  })

  test('hostile names reach the log without escapes or workflow commands', () => {
    const report = sampleReport([{ name: '::error::x\u001b[2Jwiped\nnext', phase: 'training', count: 1, hours: 1, powerW: 300 }])
    const text = renderCheckText(sampleComparison(undefined, report))
    expect(text).not.toMatch(/\u001b/)
    expect(text).not.toMatch(/^::/m)
    expect(text).toContain('wiped next')
  })
})

test('alignColumns pads text left and figures right', () => {
  expect(alignColumns([['a', '1'], ['bbb', '22']], ['l', 'r'])).toEqual(['a     1', 'bbb  22'])
})
