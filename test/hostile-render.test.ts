/**
 * User strings that reach the comment from a pull request (experiment names, descriptions, manifest,
 * log and series file names, budget globs, the comment key) go through the real pipeline: files in
 * a git repo → loadReport → runCheck → renderers. The rendering must have exactly the structure of
 * the same repository with plain names: no element, link, mention or control character of theirs.
 */
import { marked } from 'marked'
import { afterAll, describe, expect, it } from 'vitest'
import { runCheck } from '../src/run/check.js'
import { compare } from '../src/compare/compare.js'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import { buildReport } from '../src/core/report.js'
import { readManifest } from '../src/ingest/manifest.js'
import type { Comparison } from '../src/compare/types.js'
import { DEFAULT_MAX_CHARS, GITHUB_COMMENT_MAX_CHARS, renderCheckMarkdown, renderReportMarkdown } from '../src/render/markdown.js'
import { renderCheckText } from '../src/render/text.js'
import hostileStrings from './fixtures/reports/hostile-strings.json' with { type: 'json' }
import { makeRepo, removeRepos } from './support/git-repo.js'

afterAll(removeRepos)

const hostile: readonly string[] = hostileStrings.strings

/**
 * A file-name-safe form of a string: no slash or NUL, at most 120 bytes. Backslashes go too (repo
 * paths treat them as separators: such a file reads as missing), and control characters (the
 * manifest globs do not match a name with a newline: such a manifest is not read at all).
 */
const fileSafe = (s: string): string => Buffer.from(s.replace(/[/\\\u0000-\u001f]/g, '_')).subarray(0, 120).toString('utf8').replace(/\uFFFD/g, '')

interface Labels {
  readonly name: (i: number) => string
  readonly file: (i: number) => string
  readonly glob: (i: number) => string
  readonly key: string
}

const plain: Labels = { name: (i) => `exp-${i}`, file: (i) => `file-${i}`, glob: (i) => `exp-${i}`, key: 'key' }
const evil: Labels = {
  name: (i) => `${hostile[i]!} ${i}`.slice(0, 190),
  file: (i) => `${fileSafe(hostile[i]!)} ${i}`,
  // The name itself, each glob character made a one-character wildcard, so it matches this name only.
  glob: (i) => evil.name(i).replace(/[*?[\]{}()!+@\\]/g, '?'),
  key: '<img src=x onerror=alert(1)> @octocat',
}

const power = (startMs: number, rows: number, gapAt: number): string => {
  const lines = ['timestamp,watts']
  for (let i = 0; i < rows; i++) lines.push(`${new Date(startMs + (i < gapAt ? i : i + 120) * 1000).toISOString()},${250 + (i % 7)}`)
  return lines.join('\n') + '\n'
}

/**
 * A base commit and a head working tree with one experiment per hostile string: each has a log
 * (whose gap gives a warning naming the log file), half of them grow in the head, one is added and
 * one removed, and the config sets a budget per experiment glob.
 */
async function check(labels: Labels): Promise<Comparison> {
  const n = hostile.length
  const repo = makeRepo()
  const config = (factor: number) =>
    `fail-on: never\nbudgets:\n  total: 500 tCO2e\n  increase: 10 %\n  experiments:\n${Array.from({ length: n }, (_, i) => `    ${JSON.stringify(labels.glob(i))}: ${factor} kgCO2e`).join('\n')}\n`
  const write = (i: number, hours: number) => {
    const dir = `experiments/${labels.file(i)}`
    repo.write(`${dir}/${labels.file(i)}.carbon.json`, JSON.stringify({
      name: labels.name(i),
      phase: i % 3 === 0 ? 'training' : 'experimentation',
      description: hostile[i],
      duration: `${hours} h`,
      hardware: [{ device: 'nvidia-a100-sxm4-80gb', count: 1 + (i % 4) }],
      grid: { country: i % 2 === 0 ? 'USA' : 'FRA' },
      logs: i % 5 === 0 ? [{ path: `${labels.file(i)}.csv`, format: 'power-csv', 'gap-threshold': '30 s' }] : undefined,
    }))
    if (i % 5 === 0) repo.write(`${dir}/${labels.file(i)}.csv`, power(Date.UTC(2024, 2, 1) + i * 3_600_000, 60, 30))
  }
  for (let i = 0; i < n - 1; i++) write(i, 10)
  repo.write('carbon-budget.yml', config(200))
  repo.commit('base')
  for (let i = 1; i < n; i++) write(i, i % 2 === 0 ? 10 : 16)
  repo.remove(`experiments/${labels.file(0)}/${labels.file(0)}.carbon.json`)
  repo.write('carbon-budget.yml', config(150))
  const { comparison, problems } = await runCheck({ repoDir: repo.dir, baseRef: 'main', history: 0 })
  expect(problems.filter((p) => p.severity === 'error')).toEqual([])
  return comparison!
}

// A limit at which the plain (9 kB) and the hostile (12 kB) comments both fold, at the same level of detail
// (7.7 to 8.2 kB since the reference holds the life-cycle line).
const FOLDED_CHARS = 8_000
const html = (md: string): string => marked.parse(md, { gfm: true, async: false })
function tagCounts(h: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const m of h.matchAll(/<([a-z][a-z0-9]*)[\s/>]/gi)) counts[m[1]!.toLowerCase()] = (counts[m[1]!.toLowerCase()] ?? 0) + 1
  return counts
}
/** Per table: its header cells, and the distinct cell counts of its rows (one value: no row broken). */
const tableShapes = (h: string): { header: number; rows: number[] }[] =>
  [...h.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) => ({
    header: (t[1]!.match(/<th[\s>]/g) ?? []).length,
    rows: [...new Set([...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => (r[1]!.match(/<td[\s>]/g) ?? []).length).filter((n) => n > 0))],
  }))
const hrefs = (h: string): string[] => [...h.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((m) => m[1]!).sort()
/** The text a reader sees, entities decoded. */
const visible = (h: string): string =>
  h.replace(/<[^>]*>/g, '').replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&#x([0-9a-f]+);/gi, (_, x: string) => String.fromCodePoint(parseInt(x, 16)))
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

describe('markdown and HTML in every user string', () => {
  let plainCheck: Comparison
  let evilCheck: Comparison
  it('reads the hostile repository like the plain one', async () => {
    ;[plainCheck, evilCheck] = [await check(plain), await check(evil)]
    const statuses = (c: Comparison) => c.experiments.map((e) => e.status).sort()
    expect(statuses(evilCheck)).toEqual(statuses(plainCheck))
    expect(evilCheck.experiments.map((e) => e.name)).toContain(evil.name(7))
    expect(evilCheck.head.warnings.length).toBeGreaterThan(0)
  }, 60_000)

  it.each([
    ['the PR comment', (c: Comparison, key: string) => renderCheckMarkdown(c, { commentKey: key, runUrl: 'https://github.com/o/r/actions/runs/1', maxChars: 1_000_000 })],
    ['the folded PR comment', (c: Comparison, key: string) => renderCheckMarkdown(c, { commentKey: key, maxChars: FOLDED_CHARS })],
    ['the report', (c: Comparison) => renderReportMarkdown(c.head, { maxChars: 1_000_000 })],
  ])('%s has the elements and links of the plain rendering, and no mention', (what, render) => {
    // the folded rendering really folds: the full one is longer than its limit
    if (what === 'the folded PR comment') expect(renderCheckMarkdown(plainCheck, { commentKey: plain.key, maxChars: 1_000_000 }).length).toBeGreaterThan(FOLDED_CHARS)
    const a = html(render(plainCheck, plain.key))
    const b = html(render(evilCheck, evil.key))
    // Budget rows depend on which globs match, so rows are compared by shape, everything else by count.
    const { tr: _trA, td: _tdA, ...restA } = tagCounts(a)
    const { tr: _trB, td: _tdB, ...restB } = tagCounts(b)
    expect(restB).toEqual(restA)
    expect(tableShapes(b)).toEqual(tableShapes(a))
    expect(hrefs(b)).toEqual(hrefs(a))
    const seen = visible(b)
    expect(seen).not.toMatch(/(^|[^\u200b])@[A-Za-z0-9]/)
    expect(seen).not.toMatch(/(^|[^\u200b])#\d|GH-\d/)
    expect(seen).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/)
    expect(b).not.toContain('<!-- carbon-budget')
    // the names are there, as text
    expect(seen).toContain("<script>alert('x')</script> 1")
  })

  it('the terminal text carries no escape sequence or bidi override from a name', () => {
    const text = renderCheckText(evilCheck, { color: false })
    expect(text).toContain('alert(1)')
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/)
    expect(text).not.toMatch(/^::/m)
  })
})

describe('10,000 experiments', () => {
  // Manifest text → readManifest → assessExperiment → compare → render, without the file system
  // (loadReport of 10,000 files on both sides takes over a minute on a CI runner; bench/check.bench.js
  // measures that path).
  it('the comment stays within GitHub\'s limit, the biggest changes shown', () => {
    const name = (i: number) => `sweep-lr${(i % 97) / 1000}-bs${64 << (i % 5)}-seed${i}-${'ablation-'.repeat(12)}${i}`
    const manifest = (i: number, hours: number) =>
      `name: ${name(i)}\nphase: experimentation\nduration: ${hours} h\nhardware:\n  - device: nvidia-h100-sxm5-80gb\n    count: ${1 + (i % 8)}\ngrid:\n  country: ${['USA', 'FRA', 'DEU', 'IND'][i % 4]}\n`
    const side = (hoursOf: (i: number) => number, count: number) => {
      const results = Array.from({ length: count }, (_, i) => {
        const read = readManifest(manifest(i, hoursOf(i)), `sweeps/${Math.floor(i / 100)}/run-${i}.carbon.yml`, {})
        expect(read.problems).toEqual([])
        return assessExperiment(read.experiment!, { config: DEFAULT_CONFIG })
      })
      return buildReport(results, DEFAULT_CONFIG, [])
    }
    // The head doubles every 50th run and adds 20 runs.
    const base = side((i) => 1 + (i % 13), 10_000)
    const head = side((i) => (i % 50 === 0 ? 2 : 1) * (1 + (i % 13)), 10_020)
    const attribution = { base: { config: DEFAULT_CONFIG }, head: { config: DEFAULT_CONFIG } }
    const comparison = compare(base, head, DEFAULT_CONFIG.budgets, { failOn: 'never', attribution })
    expect(comparison.experiments).toHaveLength(10_020)
    const body = renderCheckMarkdown(comparison)
    expect(body.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS)
    expect(body.length).toBeLessThan(GITHUB_COMMENT_MAX_CHARS)
    const hidden = /… ([\d,]+) [a-z -]+ experiments not shown/.exec(body)
    expect(Number(hidden![1]!.replace(/,/g, ''))).toBeGreaterThan(9_000)
    // the largest increase is among the rows shown
    const biggest = [...comparison.experiments].sort((a, b) => Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central))[0]!
    expect(body).toContain(biggest.name.slice(0, 60))
    expect(tagCounts(html(body))['table']).toBeGreaterThanOrEqual(1)
  }, 120_000)
})
