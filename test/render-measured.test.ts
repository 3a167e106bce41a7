import { describe, expect, test } from 'vitest'
import { marked } from 'marked'
import hostileStrings from './fixtures/reports/hostile-strings.json' with { type: 'json' }
import { renderCheckText, renderReportText } from '../src/render/text.js'
import { DEFAULT_MAX_CHARS, renderCheckMarkdown, renderReportMarkdown } from '../src/render/markdown.js'
import { formatEnergy, formatIntensity, formatMass } from '../src/core/format.js'
import { sampleReport } from './support/sample-report.js'
import { sampleComparison } from './support/sample-comparison.js'
import { sampleMeasuredExperiment, type MeasuredSampleSpec } from './support/sample-measured.js'

const HEADING = 'Measured energy and hourly intensity'

/** Six hours of series: average and marginal intensity, kgCO2e/kWh. */
const SERIES: MeasuredSampleSpec['series'] = [
  ['2026-11-26T00:00Z', 0.4, 0.7],
  ['2026-11-26T01:00Z', 0.35, 0.66],
  ['2026-11-26T02:00Z', 0.3, 0.6],
  ['2026-11-26T03:00Z', 0.2, 0.55],
  ['2026-11-26T04:00Z', 0.1, 0.5],
  ['2026-11-26T05:00Z', 0.25, 0.6],
  ['2026-11-26T10:00Z', 0.3, 0.6],
  ['2026-11-26T11:00Z', 0.32, 0.62],
]

/** 2 kWh then 1 kWh of IT energy at 01:00 and 02:00, PUE 1.5, one H100 logged by nvidia-smi. */
const SMOKE: MeasuredSampleSpec = {
  name: 'h100-smoke-test',
  phase: 'experimentation',
  device: 'nvidia-h100-sxm5-80gb',
  count: 1,
  pue: 1.5,
  gridKgPerKWh: 0.385,
  hourlyKWh: [
    ['2026-11-26T01:00Z', 2],
    ['2026-11-26T02:00Z', 1],
  ],
  series: SERIES,
  seriesPath: 'grid/pjm-2026-11-26.csv',
  seriesDescription: 'Electricity Maps, US-MIDA-PJM, life-cycle',
  startIso: '2026-11-26T01:00:00Z',
  endIso: '2026-11-26T02:59:59Z',
  samples: 7_199,
  devices: 1,
  files: ['runs/h100-smoke/nvidia-smi.csv'],
}

/** CodeCarbon facility energy over 10:00–12:00, the last hour missing from the series, with gaps. */
const CODECARBON: MeasuredSampleSpec = {
  name: 'bert-finetune-cc',
  phase: 'training',
  count: 4,
  pue: 1.2,
  hourlyKWh: [
    ['2026-11-26T10:00Z', 3],
    ['2026-11-26T11:00Z', 2],
    ['2026-11-26T12:00Z', 1],
  ],
  series: SERIES,
  seriesPath: 'grid/pjm-2026-11-26.csv',
  facilityIncluded: true,
  startIso: '2026-11-26T10:00:00Z',
  endIso: '2026-11-26T12:30:00Z',
  samples: 600,
  devices: 4,
  duplicates: 4,
  outOfOrder: 2,
  files: ['runs/bert/emissions.csv', 'runs/bert/emissions-2.csv'],
  gaps: [
    { start: '2026-11-26T10:15:00Z', end: '2026-11-26T10:15:30Z', file: 'runs/bert/emissions.csv', policy: 'bridge' },
    { start: '2026-11-26T11:20:00Z', end: '2026-11-26T11:22:00Z', file: 'runs/bert/emissions-2.csv', policy: 'zero' },
  ],
  reported: { tool: 'CodeCarbon', emissionsKgCO2e: 2.1, intensityKgPerKWh: 0.35 },
}

const smoke = sampleMeasuredExperiment(SMOKE)
const codecarbon = sampleMeasuredExperiment(CODECARBON)
const modelled = { name: 'eval-harness', phase: 'experimentation' as const, count: 8, hours: 6, powerW: 400 }
const report = sampleReport([smoke, codecarbon, modelled])

describe('measured energy and hourly intensity', () => {
  const text = renderReportText(report)
  const md = renderReportMarkdown(report)

  test('hourly average, annual average and hourly marginal, each with the intensity it implies', () => {
    const facilityKWh = (2 + 1) * 1.5
    const hourlyAverageKg = 1.5 * (2 * 0.35 + 1 * 0.3)
    const hourlyMarginalKg = 1.5 * (2 * 0.66 + 1 * 0.6)
    const annualKg = facilityKWh * 0.385
    expect(smoke.operational.locationKgCO2e.central).toBeCloseTo(hourlyAverageKg, 12)
    const expected =
      `hourly average ${formatMass(hourlyAverageKg)} (${formatIntensity(hourlyAverageKg / facilityKWh)}) · ` +
      `annual average ${formatMass(annualKg)} (${formatIntensity(0.385)}) · ` +
      `hourly marginal ${formatMass(hourlyMarginalKg)} (${formatIntensity(hourlyMarginalKg / facilityKWh)})`
    expect(md).toContain(`- operational, location-based: ${expected}`)
    expect(text).toContain(`    operational, location-based: ${expected.replaceAll(' · ', '; ')}`)
  })

  test('measured energy: facility from IT x PUE, samples, devices, files, span, duplicates', () => {
    expect(md).toContain(`- energy: ${formatEnergy(3 * 1.5)} facility = ${formatEnergy(3)} IT measured × PUE 1.50`)
    expect(md).toContain('- logs: 7,199 samples · 1 device · 1 file (runs/h100-smoke/nvidia-smi.csv) · 2.0\u00a0h starting 2026-11-26T01:00Z · 0 duplicates · 0 out of order')
    expect(md).toContain('- energy: 6.0\u00a0kWh facility, measured (the tool')
    expect(md).toContain('- logs: 600 samples · 4 devices · 2 files (runs/bert/emissions.csv, runs/bert/emissions-2.csv) · 2.5\u00a0h starting 2026-11-26T10:00Z · 4 duplicates · 2 out of order')
  })

  test('gaps with their spans and policies, and CodeCarbon figures shown beside ours, not used', () => {
    expect(md).toContain(
      '- gaps: 1 gap bridged: 2026-11-26T10:15Z to 2026-11-26T10:15:30Z (30\u00a0s, runs/bert/emissions.csv) · ' +
        '1 gap counted as zero: 2026-11-26T11:20Z to 2026-11-26T11:22Z (2\u00a0min, runs/bert/emissions-2.csv)',
    )
    expect(md).toContain('- gaps: none')
    expect(md).toContain(`- CodeCarbon: ${formatMass(2.1)} at ${formatIntensity(0.35)}: reported by CodeCarbon, not used · ours ${formatMass(codecarbon.operationalKgCO2e.central)}`)
    expect(text).toContain('    CodeCarbon: 2.1\u00a0kg at 350\u00a0gCO2e/kWh: reported by CodeCarbon, not used; ours ')
  })

  test('hours the series does not cover are flagged and priced at the annual average', () => {
    // 10:00 and 11:00 hourly, 12:00 (1 kWh facility, CodeCarbon's own PUE) at the annual average
    const locationKg = 3 * 0.3 + 2 * 0.32 + 1 * 0.385
    expect(codecarbon.operational.locationKgCO2e.central).toBeCloseTo(locationKg, 12)
    expect(md).toContain(`- operational, location-based: hourly average ${formatMass(locationKg)}`)
    expect(md).toContain('- ⚠️ hours: 1 hour of 3 with energy not covered by the series: priced at the annual average')
    expect(text).toContain('    ! hours: 1 hour of 3 with energy not covered by the series')
    expect(md).toContain('- hours: all 2 hours with energy are covered by the series')
  })

  test('greenest start hour in UTC with the saving, found over every start in the series', () => {
    // the same 2 + 1 kWh profile started at each series hour; 04:00 (0.1 then 0.25) is the lowest
    const startsKg = [0, 1, 2, 3, 4].map((i) => 1.5 * (2 * SERIES![i]![1] + 1 * SERIES![i + 1]![1]))
    const bestKg = Math.min(...startsKg)
    expect(startsKg.indexOf(bestKg)).toBe(4)
    const actualKg = smoke.operational.locationKgCO2e.central
    expect(md).toContain(`- greenest start: starting at 2026-11-26T04:00Z would have emitted ${formatMass(bestKg)}, ${formatMass(actualKg - bestKg)} less · hourly average, same energy profile`)
    expect(text).toContain(`    greenest start: starting at 2026-11-26T04:00Z would have emitted ${formatMass(bestKg)}, ${formatMass(actualKg - bestKg)} less`)
  })

  test('listed largest first, with the series named; modelled experiments without a series are not listed', () => {
    const section = md.slice(md.indexOf(`#### ${HEADING}`))
    expect(section.indexOf('**bert-finetune-cc**')).toBeLessThan(section.indexOf('**h100-smoke-test**'))
    expect(section).not.toContain('eval-harness')
    expect(section).toContain('- grid: series grid/pjm-2026-11-26.csv · Electricity Maps, US-MIDA-PJM, life-cycle; annual: USA \\(Ember 2024\\)')
    expect(renderReportText(sampleReport([modelled]))).not.toContain(HEADING)
    expect(renderReportMarkdown(sampleReport([modelled]))).not.toContain(HEADING)
  })

  test('a series without logs says the annual average is used; logs without a series show the annual figures only', () => {
    const base = sampleReport([{ ...modelled, name: 'series-only' }]).experiments[0]!
    const seriesOnly = { ...base, input: { ...base.input, seriesPath: 'grid/pjm.csv' } }
    const { series: _series, seriesPath: _path, ...noSeries } = SMOKE
    const logsOnly = sampleMeasuredExperiment({ ...noSeries, name: 'logs-only' })
    const out = renderReportMarkdown(sampleReport([seriesOnly, logsOnly]))
    expect(out).toContain('- ⚠️ hours: no power logs to bin by hour: the annual average is used')
    expect(out).toContain(`- operational, location-based: annual average ${formatMass(4.5 * 0.385)} (${formatIntensity(0.385)})\n`)
    expect(out).not.toContain('greenest start')
  })

  test('check renderings carry the section too, for the head', () => {
    const c = sampleComparison(sampleReport([modelled]), report)
    expect(renderCheckText(c)).toContain(`${HEADING}:\n  bert-finetune-cc (experiments/bert-finetune-cc.carbon.yml)`)
    expect(renderCheckMarkdown(c)).toContain(`#### ${HEADING}\n\n**bert-finetune-cc** (experiments/bert-finetune-cc.carbon.yml)`)
  })

  test('user strings are escaped: names, files, tool and series descriptions', () => {
    const evil = sampleMeasuredExperiment({
      ...CODECARBON,
      name: '<img src=x> @octocat | *x*',
      files: ['runs/<b>bad</b>.csv'],
      reported: { tool: '@octocat</details>', emissionsKgCO2e: 1 },
      seriesDescription: '[click](https://evil.example)',
    })
    const out = renderReportMarkdown(sampleReport([evil]))
    const section = out.slice(out.indexOf(`#### ${HEADING}`))
    expect(section).not.toMatch(/<img|<b>|<\/details>|\[click\]\(/)
    expect(section).toContain('**&lt;img src=x&gt; @&#8203;octocat \\| \\*x\\***')
    // every hostile string of the shared fixture, as name, log file, tool and series: same HTML structure as benign text
    const html = (xs: readonly string[]): Record<string, number> => {
      const out = marked.parse(renderReportMarkdown(sampleReport(xs.map((x, i) => sampleMeasuredExperiment({ ...CODECARBON, name: x, files: [x, `b-${i}`], reported: { tool: x, emissionsKgCO2e: 1 }, seriesPath: x, seriesDescription: x }))), { maxChars: 1_000_000 }), { gfm: true, async: false })
      const counts: Record<string, number> = {}
      for (const m of out.matchAll(/<([a-z][a-z0-9]*)[\s>]/gi)) counts[m[1]!.toLowerCase()] = (counts[m[1]!.toLowerCase()] ?? 0) + 1
      return counts
    }
    const hostile: readonly string[] = hostileStrings.strings.slice(0, 20)
    expect(html(hostile)).toEqual(html(hostile.map((_, i) => `run-${i}`)))
    const term = renderReportText(sampleReport([{ ...evil, name: 'x\u001b[2Jy\nz' }]))
    expect(term).not.toContain('\u001b')
    expect(term).toContain('  xy z (')
  })
})

describe('size budget with the measured section', () => {
  const many = (n: number, nameLength: number, offset = 0): ReturnType<typeof sampleMeasuredExperiment>[] =>
    Array.from({ length: n }, (_, i) =>
      sampleMeasuredExperiment({
        ...CODECARBON,
        name: `run-${String(i).padStart(5, '0')}-${'lr-3e-4-cosine-'.repeat(20)}`.slice(0, nameLength),
        hourlyKWh: CODECARBON.hourlyKWh.map(([h, kWh]) => [h, kWh * (1 + ((i + offset) % 97) / 10)] as const),
      }),
    )

  test('10,000 measured experiments: report and check fit the comment, the section folds with its count', () => {
    const head = sampleReport(many(10_000, 180, 1))
    const reportMd = renderReportMarkdown(head)
    // the job summary's layout: measured details of every experiment (the comment keeps those this PR changed)
    const checkMd = renderCheckMarkdown(sampleComparison(sampleReport(many(10_000, 180)), head), { summary: true })
    for (const out of [reportMd, checkMd]) {
      expect(out.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS)
      const detailed = (out.match(/^\*\*run-/gm) ?? []).length
      const folded = detailed > 0 ? `… ${(10_000 - detailed).toLocaleString('en-US')} more experiments with power logs or an hourly series` : `${HEADING}: 10,000 experiments with power logs or an hourly grid series (details in`
      expect(out).toContain(folded)
      expect(out.trimEnd().endsWith('</sub>')).toBe(true)
    }
  })

  test('a job summary details more of them than a comment, and tiny limits still hold', () => {
    const head = sampleReport(many(300, 120))
    const summary = renderReportMarkdown(head, { maxChars: 1_000_000 })
    expect((summary.match(/^\*\*run-/gm) ?? []).length).toBe(20)
    expect(summary).toContain('… 280 more experiments with power logs or an hourly series; see the job summary')
    for (const maxChars of [3_000, 8_000, 20_000]) {
      const out = renderReportMarkdown(head, { maxChars })
      expect(out.length).toBeLessThanOrEqual(maxChars)
    }
  })
})
