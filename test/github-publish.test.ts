import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { budgetAnnotations, emitAnnotations, problemAnnotations, type Annotation } from '../src/github/annotations.js'
import { foldSummary, MAX_SUMMARY_BYTES, setActionOutputs } from '../src/github/outputs.js'
import { publish } from '../src/github/publish.js'
import { createApi } from '../src/github/octokit.js'
import { describeComparison } from '../src/github/describe.js'
import type { RunTarget } from '../src/github/context.js'
import { FakeGitHub } from './support/fake-github.js'
import { llamaComparison } from './support/sample-comparison.js'

const dir = mkdtempSync(join(tmpdir(), 'cb-publish-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let stdout: string[] = []
beforeEach(() => {
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout.push(String(chunk)); return true })
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    const file = join(dir, `${name}-${Math.random().toString(36).slice(2)}`)
    writeFileSync(file, '')
    process.env[name] = file
  }
})
afterEach(() => { vi.restoreAllMocks() })
const lines = () => stdout.join('').split('\n').filter(Boolean)

/** Parses `name<<delimiter\nvalue\ndelimiter` blocks the way the runner does. */
function readOutputs(): Record<string, string> {
  const text = readFileSync(process.env['GITHUB_OUTPUT'] ?? '', 'utf8')
  const out: Record<string, string> = {}
  const re = /^(.+?)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm
  for (const m of text.matchAll(re)) out[m[1] ?? ''] = m[3] ?? ''
  return out
}

describe('annotations', () => {
  it('prints workflow commands at the manifest line, escaped as @actions/core does', () => {
    emitAnnotations([{ level: 'error', title: 'Budget, total: exceeded', message: '100% over\nsee summary', pos: { file: 'exp/llama,7b.carbon.yml', line: 3, col: 5 } }], { root: 'ml' })
    expect(lines()).toEqual(['::error title=Budget%2C total%3A exceeded,file=ml/exp/llama%2C7b.carbon.yml,line=3,col=5::100%25 over%0Asee summary'])
  })

  it('makes an absolute root relative to GITHUB_WORKSPACE, as GitHub matches repo-relative paths', () => {
    const before = process.env['GITHUB_WORKSPACE']
    process.env['GITHUB_WORKSPACE'] = '/home/runner/work/ml-lab/ml-lab'
    try {
      emitAnnotations([{ level: 'warning', message: 'm', pos: { file: 'exp/a.carbon.yml', line: 2, col: 1 } }], { root: '/home/runner/work/ml-lab/ml-lab/services/train' })
      expect(lines()).toEqual(['::warning file=services/train/exp/a.carbon.yml,line=2,col=1::m'])
    } finally {
      if (before === undefined) delete process.env['GITHUB_WORKSPACE']
      else process.env['GITHUB_WORKSPACE'] = before
    }
  })

  it('keeps 10 per level per step and says how many were left out', () => {
    const many: Annotation[] = Array.from({ length: 14 }, (_, i) => ({ level: 'error', message: `budget ${i}`, pos: { file: 'a.carbon.yml', line: i + 1, col: 1 } }))
    const r = emitAnnotations([...many, { level: 'warning', message: 'w' }])
    const errors = lines().filter((l) => l.startsWith('::error'))
    expect(errors).toHaveLength(10)
    expect(errors[9]).toContain('5 more errors not shown')
    expect(r).toEqual({ shown: { error: 10, warning: 1, notice: 0 }, leftOut: { error: 5, warning: 0, notice: 0 } })
    expect(lines().filter((l) => l.startsWith('error: a.carbon.yml:14:1'))).toHaveLength(1)
  })

  it('annotates failed budgets at the experiment line, as warnings under fail-on: never', () => {
    const c = llamaComparison()
    const failed = c.budgets.filter((b) => b.verdict === 'fail')
    expect(failed.length).toBeGreaterThan(0)
    const a = budgetAnnotations(c)
    expect(a.map((x) => x.level)).toEqual(failed.map(() => 'error'))
    expect(a[0]?.pos).toEqual(failed[0]?.subjectPos ?? failed[0]?.pos)
    const never = { ...c, failOn: 'never' as const, budgets: c.budgets.map((b) => ({ ...b, blocking: false })) }
    expect(budgetAnnotations(never).every((x) => x.level === 'warning')).toBe(true)
    // an over budget that does not block (an increase budget under fail-on: budget) is a warning too
    const mixed = { ...c, budgets: c.budgets.map((b) => ({ ...b, blocking: b.verdict === 'fail' && b.kind !== 'increase' })) }
    expect(budgetAnnotations(mixed).map((x) => [x.title, x.level])).toEqual(failed.map((b) => [`Carbon budget ${b.name} exceeded`, b.kind === 'increase' ? 'warning' : 'error']))
    expect(problemAnnotations([{ severity: 'error', code: 'field-invalid', message: 'expected a power', field: 'hardware.0.power', suggestion: '400 W', pos: { file: 'x.carbon.yml', line: 7, col: 12 } }]))
      .toEqual([{ level: 'error', title: 'carbon-budget: field-invalid (hardware.0.power)', message: 'expected a power; did you mean 400 W?', pos: { file: 'x.carbon.yml', line: 7, col: 12 } }])
  })
})

describe('outputs and summary', () => {
  it('sets the four outputs through GITHUB_OUTPUT', () => {
    setActionOutputs({ totalKgCO2e: 12_403.456_78, deltaKgCO2e: -1800.25, verdict: 'fail', reportPath: '/tmp/r.json' })
    expect(readOutputs()).toEqual({ 'total-kgco2e': '12403.457', 'delta-kgco2e': '-1800.25', verdict: 'fail', 'report-path': '/tmp/r.json' })
  })

  it('folds a summary over 1 MiB at a line, closing fences and details', () => {
    const row = '| exp-ü | 1.2 t |\n'
    const md = '<details><summary>All</summary>\n\n```mermaid\n' + row.repeat(Math.ceil((MAX_SUMMARY_BYTES * 1.5) / row.length))
    const folded = foldSummary(md, MAX_SUMMARY_BYTES, '/tmp/r.json')
    expect(Buffer.byteLength(folded)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    expect((folded.match(/^```/gm) ?? []).length % 2).toBe(0)
    expect(folded).toContain('</details>')
    expect(folded).toContain('/tmp/r.json')
    expect(folded).not.toContain('\uFFFD')
    expect(foldSummary('small')).toBe('small')
  })
})

describe('publish', () => {
  it('with a fork token: warns naming both permissions, still writes outputs, annotations and the summary', async () => {
    const gh = await FakeGitHub.start()
    try {
      gh.inject({ kind: 'forbidden', writesOnly: true })
      const c = llamaComparison()
      const target: RunTarget = { event: 'pull_request', sourceEvent: 'pull_request', owner: gh.owner, repo: gh.repo, headSha: 'c'.repeat(40), pullNumber: 3, untrustedPull: false, serverUrl: 'https://github.com', apiUrl: gh.apiUrl }
      const r = await publish({
        api: createApi({ token: 'ghs_x', baseUrl: gh.apiUrl, retryBaseMs: 5 }), target, comparison: c, markdown: '### Carbon budget report',
        inputs: { comment: true, status: true, commentKey: 'default' },
        outputs: { totalKgCO2e: c.head.totals.totalKgCO2e.central, deltaKgCO2e: c.delta.totalKgCO2e.central, verdict: c.verdict, reportPath: '/tmp/r.json' },
      })
      expect(r.comment).toBeUndefined()
      expect(r.status).toBeUndefined()
      expect(r.warnings).toHaveLength(2)
      expect(r.warnings[0]).toContain('pull-requests: write')
      expect(r.warnings[1]).toContain('statuses: write')
      expect(r.summaryWritten).toBe(true)
      const summary = readFileSync(process.env['GITHUB_STEP_SUMMARY'] ?? '', 'utf8')
      expect(summary).toContain('### Carbon budget report')
      expect(summary).toContain('[!WARNING]')
      expect(lines().filter((l) => l.startsWith('::warning::Could not'))).toHaveLength(2)
      expect(lines().some((l) => l.startsWith('::error '))).toBe(true)
      expect(readOutputs()['verdict']).toBe(c.verdict)
      expect(gh.violations).toEqual([])
    } finally {
      await gh.close()
    }
  })

  it('describes a comparison in one status line', () => {
    const c = llamaComparison()
    const text = describeComparison(c)
    // rounded like the comment: the one formatter, a no-break space between number and unit
    expect(text).toMatch(/^\d[\d.]*\u00a0tCO2e \(\+\d[\d.]*\u00a0t, \+\d+\u00a0% vs main\) · over the /)
  })
})
