/**
 * The comment and the JSON agree: every quantity the PR comment and the job summary show (a number
 * with a unit: mass, energy, share, duration, intensity) is a figure of the JSON report, formatted
 * by the one formatter, or text the JSON report carries (a limit as written, a why-it-changed term).
 * Checked on the five scenarios of the example repository, built as real git repositories.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import {
  formatEnergy,
  formatIntensity,
  formatMass,
  formatMassIn,
  formatPercent,
  formatPercentDelta,
  formatRangeEnds,
  formatShareOfTotal,
} from '../src/core/format.js'
import { removeRepos } from './support/git-repo.js'
import { buildScenario, SCENARIOS, type Scenario } from './support/comment-scenarios.js'
import { afterAll } from 'vitest'

afterAll(removeRepos)

const UNIT = String.raw`(?:tCO2e|kgCO2e|gCO2e(?:\/kWh)?|t|kg|g|MWh|kWh|Wh|%|h|min|s)`
/** `+1.1 t`, `−18.7 kg`, `5.7–12.6 t`, `<1 %`: a quantity as the formatter writes it (no-break space before the unit). */
const QUANTITY = new RegExp(String.raw`[+−±<>]?\d[\d,.]*(?:–\d[\d,.]*)?\u00a0${UNIT}(?![A-Za-z0-9])`, 'g')

/** Every way the formatter can show each number of the report, and every string the report holds. */
function shownForms(json: unknown): { readonly forms: Set<string>; readonly texts: string[] } {
  const forms = new Set<string>()
  const texts: string[] = []
  const add = (x: number): void => {
    for (const v of [x, -x]) {
      for (const co2e of [false, true]) {
        forms.add(formatMass(v, { co2e }))
        forms.add(formatMass(v, { co2e, signed: true }))
        for (const unit of ['g', 'kg', 't'] as const) forms.add(formatMassIn(v, unit, { co2e }))
      }
      forms.add(formatEnergy(v))
      forms.add(formatPercent(v))
      forms.add(formatPercentDelta(v))
      forms.add(formatShareOfTotal(v))
    }
  }
  const walk = (v: unknown): void => {
    if (typeof v === 'number') add(v)
    else if (typeof v === 'string') texts.push(v)
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>
      const range = o['range'] as { lowKgCO2e: number; highKgCO2e: number } | undefined
      if (range && typeof o['totalKgCO2e'] === 'number') forms.add(formatRangeEnds({ low: range.lowKgCO2e, central: o['totalKgCO2e'], high: range.highKgCO2e }))
      Object.values(o).forEach(walk)
    }
  }
  walk(json)
  // The intensity a figure implies over the experiment's energy (the measured section's `9.3 g (412 gCO2e/kWh)`).
  for (const e of (json as { experiments: { energyKWh: number; annualLocationKgCO2e: number; operational: Record<string, number> }[] }).experiments) {
    for (const kg of [e.operational['locationKgCO2e'], e.operational['marginalKgCO2e'], e.annualLocationKgCO2e]) if (kg !== undefined && e.energyKWh > 0) forms.add(formatIntensity(kg / e.energyKWh))
  }
  // Shares of a phase in the total: a quotient of two report figures.
  const head = json as { phases: Record<string, { totalKgCO2e: number }>; totals: { totalKgCO2e: number } }
  for (const p of Object.values(head.phases)) if (head.totals.totalKgCO2e > 0) forms.add(formatShareOfTotal(p.totalKgCO2e / head.totals.totalKgCO2e))
  // Shares of each life-cycle stage and of idle carbon in the total (the reference's life-cycle line): quotients too.
  const totals = (json as { totals: { totalKgCO2e: number; lca: Record<string, number>; idle?: { kgCO2e: number } } }).totals
  const parts = [...Object.values(totals.lca), ...(totals.idle ? [totals.idle.kgCO2e] : [])]
  for (const kg of parts) if (totals.totalKgCO2e > 0) forms.add(formatShareOfTotal(kg / totals.totalKgCO2e))
  return { forms, texts }
}

/** Quantities of a markdown text, outside the Mermaid chart (its axis is decoration; its data is the trend table's). */
const quantities = (md: string): string[] => [...md.replace(/```mermaid[\s\S]*?```/g, '').matchAll(QUANTITY)].map((m) => m[0])

describe('every number in the comment is in the JSON report', () => {
  const built = new Map<string, Scenario>()
  beforeAll(async () => {
    for (const name of SCENARIOS) built.set(name, await buildScenario(name))
  }, 180_000)

  test.each(SCENARIOS)('%s: comment and job summary', (name) => {
    const s = built.get(name)!
    const { forms, texts } = shownForms(s.json)
    for (const md of [s.comment, s.summary]) {
      const found = quantities(md)
      expect(found.length).toBeGreaterThan(0)
      const missing = found.filter((q) => !forms.has(q) && !texts.some((t) => t.includes(q.replace(/^[+−±]/, ''))))
      expect(missing, `${name}: shown but not in the JSON report`).toEqual([])
    }
  })

  test('the check is not vacuous: a number the report does not hold is caught', () => {
    const s = built.get('failing')!
    const { forms, texts } = shownForms(s.json)
    const forged = s.comment.replace(/\| 6\.4\u00a0t \|/, '| 7.7\u00a0t |')
    expect(forged).not.toBe(s.comment)
    const missing = quantities(forged).filter((q) => !forms.has(q) && !texts.some((t) => t.includes(q)))
    expect(missing).toEqual(['7.7\u00a0t'])
  })
})
