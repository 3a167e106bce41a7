/**
 * The fuzz run of bench/fuzz.js, small: 2,000 generated repositories (valid manifests, configs and
 * logs, mutated) through loadReport and the renderers. Every case ends in a report with finite
 * figures or structured problems. `node bench/fuzz.js` runs 100,000.
 */
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JS shared with bench/fuzz.js, no declarations
import { generateCase, makeRng, runFuzz } from '../bench/support/fuzz-cases.js'
import type { Report } from '../src/core/model.js'
import { decodeUtf8 } from '../src/ingest/fs-source.js'
import { loadReport } from '../src/run/load-report.js'
import { renderReportMarkdown } from '../src/render/markdown.js'
import { renderReportText } from '../src/render/text.js'
import { reportJson } from '../src/render/json.js'

interface FuzzResult {
  counts: { cases: number; mutated: number; reports: number; problems: number; failures: number }
  codes: Record<string, number>
  failures: { index: number; kind: string; detail: string; files: Record<string, string> }[]
}

describe('fuzz', () => {
  it('generates the same cases from the same seed, most of them mutated', () => {
    const a = makeRng(7)
    const b = makeRng(7)
    for (let i = 0; i < 50; i++) expect(JSON.stringify(generateCase(a))).toBe(JSON.stringify(generateCase(b)))
  })

  it('2,000 generated repositories: a report or structured problems, never an exception or a non-finite figure', async () => {
    const render = (r: Report) => {
      renderReportMarkdown(r)
      renderReportText(r)
      JSON.stringify(reportJson(r))
    }
    const { counts, codes, failures } = (await runFuzz({ loadReport, decodeUtf8, render }, { count: 2_000, seed: 20_240_601 })) as FuzzResult
    expect(failures).toEqual([])
    expect(counts.cases).toBe(2_000)
    // Both outcomes occur in numbers, so the run exercises the computation and the refusals.
    expect(counts.reports).toBeGreaterThan(100)
    expect(counts.problems).toBeGreaterThan(1_000)
    // Each family of refusal occurs: YAML, manifest fields, files, logs.
    for (const code of ['yaml-syntax', 'field-invalid', 'unknown-field', 'file-binary', 'log-format-unknown']) expect(codes[code]).toBeGreaterThan(0)
  }, 180_000)
})
