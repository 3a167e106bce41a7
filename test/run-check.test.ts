import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCheck } from '../src/run/check.js'
import { baseHistory } from '../src/run/history.js'
import { gitSource, resolveRef } from '../src/ingest/git.js'
import { loadReport } from '../src/run/load-report.js'
import { findGrid } from '../src/core/data/index.js'
import { formatIntensity } from '../src/core/format.js'
import { bareOrigin, cloneShallow, makeRepo, removeRepos, type TestRepo } from './support/git-repo.js'

afterAll(removeRepos)

function manifest(name: string, o: { durationH: number; country?: string; count?: number; phase?: string }): string {
  return [
    `name: ${name}`,
    `phase: ${o.phase ?? 'training'}`,
    `duration: ${o.durationH} h`,
    'hardware:',
    '  - device: nvidia-a100-sxm4-80gb',
    `    count: ${o.count ?? 64}`,
    '    power: 400 W',
    'grid:',
    `  country: ${o.country ?? 'USA'}`,
    '',
  ].join('\n')
}

function config(o: { total?: string; increase?: string; failOn?: string; budgetsFrom?: string } = {}): string {
  return [
    'budgets:',
    `  total: ${o.total ?? '500 tCO2e'}`,
    `  increase: ${o.increase ?? '10 %'}`,
    '  experiments:',
    '    "pretrain-*": 400 tCO2e',
    `fail-on: ${o.failOn ?? 'budget'}`,
    ...(o.budgetsFrom ? [`budgets-from: ${o.budgetsFrom}`] : []),
    '',
  ].join('\n')
}

const totalAt = async (repo: TestRepo, sha: string): Promise<number> => {
  const loaded = await loadReport(gitSource(repo.dir, sha))
  return loaded.report!.totals.totalKgCO2e.central
}

/**
 * main: config + pretrain + sweep, a docs commit, the sweep grows, docs again, then (after the
 * feature branch forked) an eval experiment. feature: pretrain runs longer in France, chat added.
 */
let repo: TestRepo
const shas: Record<string, string> = {}
beforeAll(() => {
  repo = makeRepo()
  repo.write('carbon-budget.yml', config())
  repo.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 40 }))
  repo.write('experiments/sweep.carbon.yml', manifest('sweep', { durationH: 3, count: 8, phase: 'experimentation' }))
  shas.c1 = repo.commit('carbon files')
  repo.write('README.md', 'docs\n')
  repo.commit('docs')
  repo.write('experiments/sweep.carbon.yml', manifest('sweep', { durationH: 6, count: 8, phase: 'experimentation' }))
  shas.c3 = repo.commit('longer sweep')
  repo.write('README.md', 'more docs\n')
  shas.fork = repo.commit('docs again')
  repo.branch('feature')
  repo.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 52, country: 'FRA' }))
  repo.write('serving/chat.carbon.yml', manifest('chat', { durationH: 720, count: 2, phase: 'inference' }))
  shas.feature = repo.commit('longer pretraining in Paris; serve chat')
  repo.checkout('main')
  repo.write('experiments/eval.carbon.yml', manifest('eval', { durationH: 2, count: 8, phase: 'experimentation' }))
  shas.c5 = repo.commit('add eval')
})

describe('runCheck', () => {
  it('compares a feature branch against its merge base with main', async () => {
    const { comparison, problems } = await runCheck({ repoDir: repo.dir, baseRef: 'main', headRef: 'feature' })
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    const c = comparison!
    expect(c.baseRef).toEqual({ ref: 'main', sha: shas.fork })
    expect(c.headRef).toEqual({ ref: 'feature', sha: shas.feature })
    // eval was added to main after the fork: it is not part of this pull request's diff.
    expect(c.experiments.map((e) => [e.name, e.status])).toEqual([
      ['chat', 'added'],
      ['pretrain-1b', 'changed'],
      ['sweep', 'unchanged'],
    ])
    const pretrain = c.experiments.find((e) => e.name === 'pretrain-1b')!
    expect(pretrain.attribution.map((t) => `${t.input}: ${t.from} -> ${t.to}`)).toEqual([
      'duration: 40\u00a0h -> 52\u00a0h',
      `grid: USA (${formatIntensity(findGrid('USA')!.averageKgPerKWh.central)}) -> FRA (${formatIntensity(findGrid('FRA')!.averageKgPerKWh.central)})`,
    ])
    const sum = pretrain.attribution.reduce((s, t) => s + t.deltaKgCO2e, 0)
    expect(sum).toBeCloseTo(pretrain.deltaKgCO2e.central, 9)
    expect(c.delta.totalKgCO2e.central).toBeCloseTo((await totalAt(repo, shas.feature!)) - (await totalAt(repo, shas.fork!)), 9)
    expect(c.budgetsFrom).toEqual({ side: 'head', sha: shas.feature, file: 'carbon-budget.yml' })
  })

  it('draws the trend of main from the commits that touched carbon files, oldest first', async () => {
    const { comparison } = await runCheck({ repoDir: repo.dir, baseRef: 'main', headRef: 'feature' })
    const history = comparison!.history
    expect(history.map((p) => p.sha)).toEqual([shas.c1, shas.c3, shas.c5])
    for (const point of history) expect(point.totalKgCO2e).toBeCloseTo(await totalAt(repo, point.sha), 9)
    expect([...history.map((p) => p.date)].sort()).toEqual(history.map((p) => p.date))
    const two = await runCheck({ repoDir: repo.dir, baseRef: 'main', headRef: 'feature', history: 2 })
    expect(two.comparison!.history.map((p) => p.sha)).toEqual([shas.c3, shas.c5])
  })

  it('reads the working tree as the head, uncommitted edits included', async () => {
    repo.checkout('feature')
    try {
      repo.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 80, country: 'FRA' }))
      const { comparison } = await runCheck({ repoDir: repo.dir, baseRef: 'main', history: 0 })
      const pretrain = comparison!.experiments.find((e) => e.name === 'pretrain-1b')!
      expect(pretrain.attribution[0]).toMatchObject({ input: 'duration', from: '40\u00a0h', to: '80\u00a0h' })
      expect(comparison!.headRef).toEqual({ ref: 'working tree', sha: shas.feature })
      expect(comparison!.history).toEqual([])
    } finally {
      repo.git('checkout', '--', '.')
      repo.checkout('main')
    }
  })

  it('judges by the base commit budgets when budgets-from: base, so a pull request cannot loosen them', async () => {
    const strict = makeRepo()
    strict.write('carbon-budget.yml', config({ total: '100 kgCO2e', budgetsFrom: 'base' }))
    strict.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 40 }))
    const baseSha = strict.commit('strict budget')
    strict.branch('loosen')
    strict.write('carbon-budget.yml', config({ total: '5000 tCO2e', budgetsFrom: 'head' }))
    strict.commit('loosen the budget')
    const { comparison } = await runCheck({ repoDir: strict.dir, baseRef: 'main', headRef: 'loosen' })
    expect(comparison!.budgetsFrom).toEqual({ side: 'base', sha: baseSha, file: 'carbon-budget.yml' })
    expect(comparison!.budgets.find((b) => b.name === 'total')).toMatchObject({ limit: '100 kgCO2e', verdict: 'fail' }) // as written in the config
    expect(comparison!.verdict).toBe('fail')
  })

  it('works from a shallow clone of the feature branch, fetching the base', async () => {
    const clone = cloneShallow(repo, { branch: 'feature' })
    const full = await runCheck({ repoDir: repo.dir, baseRef: 'main', headRef: 'feature', history: 0 })
    const shallow = await runCheck({ repoDir: clone.dir, baseRef: 'main', headRef: 'HEAD', history: 0 })
    expect(shallow.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(shallow.comparison!.baseRef!.sha).toBe(shas.fork)
    expect(shallow.comparison!.delta).toEqual(full.comparison!.delta)
  })

  it('without a base, reports the folder on disk alone (no git needed) and judges its budgets', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'carbon-alone-'))
    try {
      mkdirSync(join(plain, 'experiments'))
      writeFileSync(join(plain, 'carbon-budget.yml'), config({ total: '1 kgCO2e' }))
      writeFileSync(join(plain, 'experiments/pretrain-1b.carbon.yml'), manifest('pretrain-1b', { durationH: 40 }))
      const { comparison, problems } = await runCheck({ repoDir: plain, history: 5 })
      expect(problems.filter((p) => p.severity === 'error')).toEqual([])
      expect(comparison!.base).toBeUndefined()
      expect(comparison!.history).toEqual([])
      expect(comparison!.experiments.map((e) => [e.name, e.status])).toEqual([['pretrain-1b', 'added']])
      // The same manifest committed at c1, read from git, gives the same figure.
      const atC1 = (await loadReport(gitSource(repo.dir, shas.c1!))).report!.experiments.find((e) => e.name === 'pretrain-1b')!
      expect(comparison!.head.totals.totalKgCO2e.central).toBeCloseTo(atC1.totalKgCO2e.central, 9)
      expect(comparison!.budgets.find((b) => b.name === 'total')).toMatchObject({ verdict: 'fail' })
      expect(comparison!.verdict).toBe('fail')
    } finally {
      rmSync(plain, { recursive: true, force: true })
    }
  })

  it('reports an unknown base ref as a problem, not an exception', async () => {
    const { comparison, problems } = await runCheck({ repoDir: repo.dir, baseRef: 'mian', headRef: 'feature' })
    expect(comparison).toBeUndefined()
    expect(problems[0]).toMatchObject({ code: 'ref-unknown', suggestion: 'main' })
  })
})

describe('shallow checkouts (actions/checkout with its default depth of 1)', () => {
  /** main: three commits that each change the pretrain manifest; served by a bare origin as GitHub serves it. */
  function pushedRepo(): { origin: TestRepo; shas: string[] } {
    const r = makeRepo()
    r.write('carbon-budget.yml', config())
    const shas: string[] = []
    for (const hours of [10, 20, 30]) {
      r.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: hours }))
      shas.push(r.commit(`pretrain ${hours} h`))
    }
    return { origin: bareOrigin(r), shas }
  }
  const warningsOf = (c: { head: { warnings: readonly { message: string }[] } }) => c.head.warnings.map((w) => w.message)

  it('a new branch\'s first push (before = 40 zeros) compares with the parent, fetched two deep', async () => {
    const { origin, shas } = pushedRepo()
    const clone = cloneShallow(origin)
    const head = shas[2]!
    const { comparison, problems } = await runCheck({ repoDir: clone.dir, baseRef: `${head}^`, headRef: head, history: 0, missingBase: 'report' })
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(comparison!.baseRef!.sha).toBe(shas[1])
    expect(comparison!.delta.totalKgCO2e.central).toBeCloseTo((await totalAt(origin, shas[2]!)) - (await totalAt(origin, shas[1]!)), 9)
  })

  it('a first commit has no parent: a report without comparison and a warning that names git', async () => {
    const r = makeRepo()
    r.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 10 }))
    const only = r.commit('first')
    const clone = cloneShallow(bareOrigin(r))
    const { comparison, problems } = await runCheck({ repoDir: clone.dir, baseRef: `${only}^`, headRef: only, history: 0, missingBase: 'report' })
    expect(comparison!.base).toBeUndefined()
    expect(comparison!.head.totals.totalKgCO2e.central).toBeCloseTo(await totalAt(r, only), 9)
    expect(problems).toEqual([expect.objectContaining({ code: 'base-unreachable', severity: 'warning', message: expect.stringMatching(/^no comparison: git could not get the base \(commit \w{7} has no parent/) })])
    expect(warningsOf(comparison!)).toContain(problems[0]!.message)
  })

  it('an unfetchable base degrades to a report without comparison when the event named it, and is an error when typed', async () => {
    const { origin, shas } = pushedRepo()
    const clone = cloneShallow(origin)
    const gone = 'd'.repeat(40)
    const degraded = await runCheck({ repoDir: clone.dir, baseRef: gone, headRef: shas[2]!, history: 0, missingBase: 'report' })
    expect(degraded.comparison!.base).toBeUndefined()
    expect(degraded.problems.map((p) => [p.severity, p.message])).toEqual([['warning', expect.stringMatching(/^no comparison: git could not get the base \(commit d{40} is not in this clone.*fetch-depth: 0/)]])
    const typed = await runCheck({ repoDir: clone.dir, baseRef: gone, headRef: shas[2]! })
    expect(typed.comparison).toBeUndefined()
    expect(typed.problems[0]).toMatchObject({ code: 'commit-not-fetchable', severity: 'error' })
  })

  it('the trend deepens the clone to reach its commits, and says in the comment when it could not', async () => {
    const { origin, shas } = pushedRepo()
    const deep = cloneShallow(origin)
    const full = await runCheck({ repoDir: deep.dir, baseRef: shas[2]!, headRef: shas[2]!, history: 3, missingBase: 'report' })
    expect(full.comparison!.history.map((p) => p.sha)).toEqual(shas)
    expect(warningsOf(full.comparison!).filter((m) => m.includes('trend'))).toEqual([])

    const cut = cloneShallow(origin)
    cut.git('remote', 'remove', 'origin')
    const short = await runCheck({ repoDir: cut.dir, baseRef: shas[2]!, headRef: shas[2]!, history: 3, missingBase: 'report' })
    expect(short.comparison!.history.map((p) => p.sha)).toEqual([shas[2]])
    expect(warningsOf(short.comparison!)).toContainEqual(expect.stringMatching(/^the trend covers 1 of 3 commits: the clone is shallow and git could not fetch more history/))
  })
})

describe('baseHistory', () => {
  it('gives each commit of the trend its own report when reads and assessments are reused across commits', async () => {
    // One manifest changed per commit, then config changes that change what unchanged manifests
    // mean (a default PUE, the headline basis), then a manifest changed back: every point must
    // equal a fresh load of its commit, with nothing shared.
    const r = makeRepo()
    const names = ['pretrain-a', 'pretrain-b', 'sweep-c', 'sweep-d', 'eval-e']
    r.write('carbon-budget.yml', config())
    names.forEach((n, i) => r.write(`experiments/${n}/run.carbon.yml`, manifest(n, { durationH: 10 + i, country: ['USA', 'FRA', 'DEU'][i % 3]! })))
    r.write('experiments/serve.carbon.yml', manifest('serve', { durationH: 100, phase: 'inference' }) + 'market:\n  carbon-free-energy: 60 %\n')
    r.commit('six experiments')
    for (let c = 0; c < 7; c++) {
      const i = (c * 2) % names.length
      r.write(`experiments/${names[i]}/run.carbon.yml`, manifest(names[i]!, { durationH: 20 + c, country: ['USA', 'FRA', 'DEU'][i % 3]! }))
      r.commit(`${names[i]} runs ${20 + c} h`)
    }
    r.write('carbon-budget.yml', config() + 'defaults:\n  pue: 1.6\n')
    r.commit('default PUE')
    r.write('carbon-budget.yml', config() + 'defaults:\n  pue: 1.6\nbasis: market\n')
    r.commit('market basis')
    r.write(`experiments/${names[0]}/run.carbon.yml`, manifest(names[0]!, { durationH: 10, country: 'USA' }))
    r.commit('pretrain-a back to its first version')
    const { comparison, problems } = await runCheck({ repoDir: r.dir, baseRef: 'main', headRef: 'main', history: 20 })
    const history = comparison!.history
    expect(problems).toEqual([])
    expect(history.map((p) => p.subject)).toEqual(r.git('log', '--format=%s').split('\n').reverse())
    const fresh = await Promise.all(history.map((p) => totalAt(r, p.sha)))
    expect(history.map((p) => p.totalKgCO2e)).toEqual(fresh)
    expect(new Set(fresh).size).toBe(fresh.length)
  })

  it('reuses the report of a commit whose carbon files are unchanged (a revert)', async () => {
    const r = makeRepo()
    r.write('carbon-budget.yml', config())
    r.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 40 }))
    r.commit('first')
    r.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 60 }))
    r.commit('longer')
    r.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 40 }))
    r.commit('revert longer')
    r.write('experiments/pretrain-1b.carbon.yml', manifest('pretrain-1b', { durationH: 60 }))
    r.commit('longer again')
    const loaded: string[] = []
    const result = await baseHistory({
      repoDir: r.dir,
      ref: await resolveRef(r.dir, 'main'),
      count: 20,
      files: { globs: ['**/*.carbon.yml'], paths: ['carbon-budget.yml'] },
      reportAt: async (sha) => {
        loaded.push(sha)
        return (await loadReport(gitSource(r.dir, sha))).report
      },
    })
    expect(result.points.length).toBe(4)
    expect(result.computed).toBe(2)
    expect(result.reused).toBe(2)
    expect(loaded.length).toBe(2)
    const totals = result.points.map((p) => p.totalKgCO2e)
    expect(totals[0]).toBe(totals[2])
    expect(totals[1]).toBe(totals[3])
    expect(totals[1]!).toBeGreaterThan(totals[0]!)
  })
})
