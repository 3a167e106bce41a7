/**
 * End to end: the committed bundle `dist/index.js`, spawned as the runner spawns it, in a real git
 * checkout (shallow, like actions/checkout's default), against a fake GitHub that checks every
 * request against GitHub's REST description.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { FakeGitHub } from './support/fake-github.js'
import { removeRunnerTemps, runAction, type ActionRun, type RunActionOptions } from './support/fake-github-runner.js'
import { bareOrigin, cloneShallow, makeRepo, removeRepos, type TestRepo } from './support/git-repo.js'

const TOKEN = 'ghs_e2eSecretTokenValue0123456789abcdef'
const MARKER = '<!-- carbon-budget:default -->'
const MANIFEST = 'experiments/finetune.carbon.yml'

const CONFIG = (failOn: string) => `# budgets of the lab
budgets:
  total: 8 kgCO2e
  increase: 50 %
  experiments:
    "finetune-*": 6 kgCO2e
fail-on: ${failOn}
`
const finetune = (hours: number) => `# Instruction fine-tune of the pretrained checkpoint, run in a Paris colocation.
name: finetune-chat-1.3b
phase: training
duration: ${hours} h
hardware:
  - device: nvidia-a100-sxm4-80gb
    count: 8
pue: 1.3
grid:
  country: FRA
`

interface Lab { readonly origin: TestRepo; readonly base: string }
interface Pull { readonly number: number; readonly head: string; readonly base: string; readonly merge: string; readonly branch: string }

function lab(failOn = 'budget'): Lab {
  const origin = makeRepo()
  origin.write('carbon-budget.yml', CONFIG(failOn))
  origin.write(MANIFEST, finetune(14.5))
  origin.write('README.md', '# ml-lab\n')
  const base = origin.commit('fine-tune recipe')
  return { origin, base }
}

/** Commits `hours` on the PR branch and makes GitHub's `refs/pull/N/merge` (here a branch) on top of main. */
function pushToPull(l: Lab, number: number, hours: number): Pull {
  const { origin } = l
  const branch = `feature-${number}`
  const exists = origin.git('branch', '--list', branch) !== ''
  origin.checkout(exists ? branch : 'main')
  if (!exists) origin.branch(branch)
  origin.write(MANIFEST, finetune(hours))
  const head = origin.commit(`fine-tune for ${hours} h`)
  origin.checkout('main')
  const base = origin.head()
  origin.git('checkout', '--quiet', '-B', `pull-${number}-merge`)
  const merge = origin.merge(branch, `Merge ${head} into ${base}`)
  origin.checkout('main')
  return { number, head, base, merge, branch: `pull-${number}-merge` }
}

const repository = (gh: FakeGitHub) => ({ full_name: gh.fullName, name: gh.repo, owner: { login: gh.owner }, default_branch: 'main' })
const prPayload = (gh: FakeGitHub, p: Pull) => ({
  action: 'synchronize', number: p.number,
  pull_request: {
    number: p.number, state: 'open', title: 'Longer fine-tune',
    head: { sha: p.head, ref: `feature-${p.number}`, repo: { full_name: gh.fullName, fork: false } },
    base: { sha: p.base, ref: 'main', repo: { full_name: gh.fullName } },
  },
  repository: repository(gh),
})

let gh: FakeGitHub
let knownShas: string[]
beforeEach(async () => {
  knownShas = []
  gh = await FakeGitHub.start({ token: TOKEN, knownShas })
})
afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})
afterAll(() => {
  removeRepos()
  removeRunnerTemps()
})

function known(l: Lab): void { knownShas.push(...l.origin.git('rev-list', '--all').split('\n')) }

async function runPull(l: Lab, p: Pull, extra: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  known(l)
  const checkout = cloneShallow(l.origin, { branch: p.branch, depth: 1 })
  const run = await runAction({
    workspace: checkout.dir, apiUrl: gh.apiUrl, token: TOKEN, eventName: 'pull_request', payload: prPayload(gh, p),
    sha: p.merge, ref: `refs/pull/${p.number}/merge`, repository: gh.fullName, ...extra,
  })
  expectClean(run)
  return run
}

/** What every run must do, whatever happened: summary, outputs, no token in any log line. */
function expectClean(run: ActionRun): void {
  // The one place the token may appear is the command that asks the runner to mask it.
  const logged = (run.stdout + run.stderr).split('\n').filter((l) => l !== `::add-mask::${TOKEN}`)
  expect(logged.join('\n')).not.toContain(TOKEN)
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  expect(run.summary.length).toBeGreaterThan(0)
  expect(Object.keys(run.outputs).sort()).toEqual(['delta-kgco2e', 'report-path', 'total-kgco2e', 'verdict'])
  expect(Number.isFinite(Number(run.outputs['total-kgco2e']))).toBe(true)
  const report = JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { schemaVersion: number }
  expect(report.schemaVersion).toBe(1)
  expect(run.outputs['report-path']?.startsWith(run.runnerTemp)).toBe(true)
}

const ours = () => gh.commentsOn(7).filter((c) => c.body.startsWith(MARKER))

describe('dist/index.js on a pull request', { timeout: 90_000 }, () => {
  it('first run creates the comment and a success status on the PR head; second run edits it', async () => {
    const l = lab()
    const first = pushToPull(l, 7, 18)
    const r1 = await runPull(l, first)
    expect(r1.code, r1.stderr + r1.stdout).toBe(0)
    expect(r1.outputs['verdict']).toBe('pass')
    expect(Number(r1.outputs['delta-kgco2e'])).toBeGreaterThan(0)
    expect(ours()).toHaveLength(1)
    const [s1] = gh.statusesFor(first.head)
    expect(s1).toMatchObject({ state: 'success', context: 'carbon-budget', targetUrl: `https://github.com/${gh.fullName}/actions/runs/4242` })
    expect(gh.statusesFor(first.merge)).toEqual([])
    const firstBody = ours()[0]?.body

    const second = pushToPull(l, 7, 20)
    const r2 = await runPull(l, second)
    expect(r2.code, r2.stderr + r2.stdout).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.body).not.toBe(firstBody)
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(1)
    expect(gh.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(1)
    expect(gh.statusesFor(second.head)).toHaveLength(1)
  })

  it('an unchanged re-run writes no comment', async () => {
    const l = lab()
    const p = pushToPull(l, 7, 18)
    await runPull(l, p)
    await runPull(l, p)
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment' || r.operationId === 'issues/update-comment')).toHaveLength(1)
  })

  it('two racing runs leave one comment', async () => {
    const l = lab()
    const p = pushToPull(l, 7, 18)
    gh.inject({ kind: 'barrier', operationId: 'issues/list-comments', count: 2 })
    const [a, b] = await Promise.all([runPull(l, p, { runId: 1 }), runPull(l, p, { runId: 2 })])
    expect([a.code, b.code]).toEqual([0, 0])
    expect(ours()).toHaveLength(1)
    expect(gh.requests.filter((r) => r.operationId === 'issues/delete-comment')).toHaveLength(1)
  })

  it('over budget: exits 1, status failure on the head, an error annotation at the manifest', async () => {
    const l = lab('budget')
    const p = pushToPull(l, 7, 40)
    const r = await runPull(l, p)
    expect(r.code).toBe(1)
    expect(r.outputs['verdict']).toBe('fail')
    expect(gh.statusesFor(p.head)).toMatchObject([{ state: 'failure', context: 'carbon-budget' }])
    expect(gh.statusesFor(p.head)[0]?.description?.length).toBeLessThanOrEqual(140)
    // The total is about the repo: annotated where it is set; the experiment budget at the manifest.
    expect(r.stdout).toMatch(/^::error title=Carbon budget total exceeded,file=carbon-budget\.yml,line=3,col=\d+::/m)
    expect(r.stdout).toMatch(/^::error title=Carbon budget experiment%3Afinetune-chat-1\.3b exceeded,file=experiments\/finetune\.carbon\.yml,line=\d+,col=\d+::/m)
    expect(ours()).toHaveLength(1)
  })

  it('fork token (403 on writes): warns naming the permissions, writes the summary, exits per fail-on', async () => {
    gh.inject({ kind: 'forbidden', writesOnly: true })
    const l = lab('budget')
    const over = pushToPull(l, 7, 40)
    const r = await runPull(l, over)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^::warning::.*pull-requests: write/m)
    expect(r.stdout).toMatch(/^::warning::.*statuses: write/m)
    expect(r.summary).toContain('pull-requests: write')
    expect(gh.comments).toHaveLength(0)
    const reportOnly = await runPull(l, over, { inputs: { 'fail-on': 'never' } })
    expect(reportOnly.code).toBe(0)
  })

  it('a 500 is retried and the comment is created', async () => {
    gh.inject({ kind: 'server-error', operationId: 'issues/create-comment' })
    const l = lab()
    const r = await runPull(l, pushToPull(l, 7, 18))
    expect(r.code).toBe(0)
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([500, 201])
    expect(ours()).toHaveLength(1)
  })

  it('a secondary rate limit is waited out (retry-after) and the status is set', async () => {
    gh.inject({ kind: 'secondary-rate-limit', operationId: 'repos/create-commit-status', retryAfterS: 1 })
    const l = lab()
    const p = pushToPull(l, 7, 18)
    const r = await runPull(l, p)
    expect(r.code).toBe(0)
    expect(gh.requests.filter((q) => q.operationId === 'repos/create-commit-status').map((q) => q.status)).toEqual([403, 201])
    expect(gh.statusesFor(p.head)).toHaveLength(1)
  })
})

describe('dist/index.js on other events and hosts', { timeout: 90_000 }, () => {
  it('push: compares with the previous tip, sets the status on the pushed commit, no comment', async () => {
    const l = lab()
    l.origin.write(MANIFEST, finetune(16))
    const after = l.origin.commit('fine-tune a bit longer')
    known(l)
    const checkout = cloneShallow(l.origin, { branch: 'main', depth: 1 })
    const r = await runAction({
      workspace: checkout.dir, apiUrl: gh.apiUrl, token: TOKEN, eventName: 'push', sha: after, ref: 'refs/heads/main', repository: gh.fullName,
      payload: { ref: 'refs/heads/main', before: l.base, after, forced: false, repository: repository(gh), head_commit: { id: after } },
    })
    expectClean(r)
    expect(r.code, r.stderr + r.stdout).toBe(0)
    expect(Number(r.outputs['delta-kgco2e'])).toBeGreaterThan(0)
    expect(gh.statusesFor(after)).toMatchObject([{ state: 'success' }])
    expect(gh.requests.filter((q) => q.path.includes('/issues/'))).toEqual([])
  })

  it('GitHub Enterprise Server: everything goes under /api/v3', async () => {
    const ghes = await FakeGitHub.start({ token: TOKEN, basePath: '/api/v3' })
    try {
      const l = lab()
      const p = pushToPull(l, 7, 18)
      const r = await runPull(l, p, { apiUrl: ghes.apiUrl })
      expect(r.code, r.stderr + r.stdout).toBe(0)
      expect(ghes.commentsOn(7)).toHaveLength(1)
      expect(ghes.statusesFor(p.head)).toHaveLength(1)
      expect(ghes.violations).toEqual([])
      expect(gh.requests).toEqual([])
    } finally {
      await ghes.close()
    }
  })
})

/**
 * Chaos: GitHub misbehaving in the ways it does, against the real bundle. Each run must end within
 * its publishing deadline (`publish-timeout`, here its minimum of 5 s; retry waits shrunk by
 * CARBON_BUDGET_RETRY_BASE_MS so that a 60 s retry-after is 6 s and must be refused), with the job
 * summary and outputs written, at most one comment of ours, no warning twice, and the exit code of
 * `fail-on`.
 */
describe('dist/index.js when GitHub misbehaves', { timeout: 90_000 }, () => {
  const DEADLINE_S = 5
  // From the first API request to the process's end: the deadline, 1 s of grace for aborted requests, writing the summary again and exiting.
  const PUBLISH_BOUND_MS = DEADLINE_S * 1000 + 4000
  const chaos: Partial<RunActionOptions> = { inputs: { 'publish-timeout': String(DEADLINE_S) }, env: { CARBON_BUDGET_RETRY_BASE_MS: '100' } }

  function expectBounded(run: ActionRun): void {
    const first = gh.requests[0]?.at ?? run.endedAt
    expect(run.endedAt - first).toBeLessThan(PUBLISH_BOUND_MS)
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning'))
    expect(new Set(warnings).size).toBe(warnings.length)
  }

  it('an API that accepts and never answers: the deadline ends publishing, summary and outputs stand', async () => {
    gh.inject({ kind: 'hang' })
    const l = lab('budget')
    const r = await runPull(l, pushToPull(l, 7, 18), chaos)
    expectBounded(r)
    expect(r.code).toBe(0)
    expect(r.outputs['verdict']).toBe('pass')
    expect(gh.comments).toHaveLength(0)
    expect(r.stdout).toMatch(/^::warning::Could not post the pull-request comment: GitHub did not answer in time/m)
    expect(r.summary).toMatch(/did not answer in time/)
  })

  it('every connection reset: warnings, not a failure, and still within the deadline', async () => {
    gh.inject({ kind: 'reset' })
    const l = lab('budget')
    const over = pushToPull(l, 7, 40)
    const r = await runPull(l, over, chaos)
    expectBounded(r)
    expect(r.code).toBe(1) // fail-on: budget decides, not the API
    expect(r.outputs['verdict']).toBe('fail')
    expect(gh.comments).toHaveLength(0)
    expect(r.stdout).toMatch(/^::warning::(Could not set the commit status|Publishing stopped at its deadline)/m)
  })

  it('a burst of 5xx is retried through, each request with fresh retry state', async () => {
    gh.inject({ kind: 'server-error', operationId: 'issues/list-comments', times: 3 })
    gh.inject({ kind: 'server-error', operationId: 'repos/create-commit-status', times: 3 })
    const l = lab()
    const p = pushToPull(l, 7, 18)
    // Waits of 1, 4, 9 x 300 ms; the deadline has room for all of them.
    const r = await runPull(l, p, { inputs: { 'publish-timeout': '30' }, env: { CARBON_BUDGET_RETRY_BASE_MS: '300' } })
    expect(r.code).toBe(0)
    expect(ours()).toHaveLength(1)
    const status = gh.requests.filter((q) => q.operationId === 'repos/create-commit-status')
    expect(status.map((q) => q.status)).toEqual([500, 500, 500, 201])
    // The status's first retry waits 1 x 300 ms (plus the 1 s spacing of writes): had it inherited the
    // comment listing's count of 3 retries, it would wait (3 + 1)^2 x 300 ms = 4.8 s.
    expect(status[1]!.at - status[0]!.at).toBeLessThan(2500)
    expect(gh.statusesFor(p.head)).toHaveLength(1)
  })

  it('a secondary rate limit on every call: waits that would pass the deadline are refused', async () => {
    gh.inject({ kind: 'secondary-rate-limit', retryAfterS: 60, times: Infinity })
    const l = lab()
    const r = await runPull(l, pushToPull(l, 7, 18), chaos)
    expectBounded(r)
    expect(r.code).toBe(0)
    expect(gh.comments).toHaveLength(0)
    expect(r.stdout).toMatch(/giving up \(retry-after 60 s would pass the deadline/)
    expect(r.stdout).toMatch(/^::warning::Could not post the pull-request comment: GitHub's rate limit/m)
  })

  it('a comment by another user that starts with our marker is never taken over', async () => {
    const forged = `${MARKER}\n### Carbon budget: within the budget ✅`
    gh.seedComments(7, 1, () => forged, 'mallory')
    const l = lab('budget')
    const r = await runPull(l, pushToPull(l, 7, 40), chaos)
    expectBounded(r)
    expect(r.code).toBe(1)
    expect(gh.commentsOn(7).find((c) => c.user === 'mallory')?.body).toBe(forged)
    const mine = ours().filter((c) => c.user === 'github-actions[bot]')
    expect(mine).toHaveLength(1)
    expect(mine[0]?.body).not.toContain('within the budget ✅')
    // A second run edits its own comment, still not mallory's.
    const again = await runPull(l, pushToPull(l, 7, 41), chaos)
    expect(again.code).toBe(1)
    expect(ours().filter((c) => c.user === 'github-actions[bot]')).toHaveLength(1)
    expect(gh.commentsOn(7).find((c) => c.user === 'mallory')?.body).toBe(forged)
  })

  it('an older run that finishes after a newer one leaves the newer report alone', async () => {
    const l = lab()
    const older = pushToPull(l, 7, 18)
    const newer = pushToPull(l, 7, 22)
    gh.addPull({ number: 7, headSha: newer.head, baseSha: newer.base })
    const rNew = await runPull(l, newer, chaos)
    expect(rNew.code).toBe(0)
    const body = ours()[0]?.body
    const rOld = await runPull(l, older, { ...chaos, runId: 1 })
    expectBounded(rOld)
    expect(rOld.code).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0]?.body).toBe(body)
    expect(rOld.stdout).toContain(`moved on to ${newer.head}`)
  })

  it('a new branch pushed to a depth-1 clone of a bare origin compares with its parent', async () => {
    const l = lab()
    l.origin.branch('topic')
    l.origin.write(MANIFEST, finetune(16))
    const after = l.origin.commit('fine-tune a bit longer')
    known(l)
    const checkout = cloneShallow(bareOrigin(l.origin), { branch: 'topic', depth: 1 })
    const r = await runAction({
      workspace: checkout.dir, apiUrl: gh.apiUrl, token: TOKEN, eventName: 'push', sha: after, ref: 'refs/heads/topic', repository: gh.fullName,
      payload: { ref: 'refs/heads/topic', before: '0'.repeat(40), after, created: true, forced: false, repository: repository(gh), head_commit: { id: after } },
      ...chaos, inputs: { 'publish-timeout': String(DEADLINE_S), 'fail-on': 'never' },
    })
    expectClean(r)
    expectBounded(r)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.outputs['verdict']).toBe('pass')
    expect(Number(r.outputs['delta-kgco2e'])).toBeGreaterThan(0)
    expect(gh.statusesFor(after)).toMatchObject([{ state: 'success' }])
    expect(gh.comments).toHaveLength(0)
  })

  it('a stale workflow_run (the pull request moved on) ends with a notice and exit 0, posting nothing', async () => {
    const l = lab()
    const older = pushToPull(l, 7, 18)
    const newer = pushToPull(l, 7, 22)
    gh.addPull({ number: 7, headSha: newer.head, baseSha: newer.base })
    known(l)
    const checkout = cloneShallow(l.origin, { branch: 'main', depth: 1 })
    checkout.write('event.json', JSON.stringify(prPayload(gh, older)))
    const r = await runAction({
      workspace: checkout.dir, apiUrl: gh.apiUrl, token: TOKEN, eventName: 'workflow_run', sha: l.base, ref: 'refs/heads/main', repository: gh.fullName,
      payload: { action: 'completed', workflow_run: { head_sha: older.head, event: 'pull_request', head_branch: older.branch }, repository: repository(gh) },
      ...chaos, inputs: { 'publish-timeout': String(DEADLINE_S), 'event-file': `${checkout.dir}/event.json` },
    })
    expectBounded(r)
    expect(r.code, r.stdout + r.stderr).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^::notice::carbon-budget: pull request #7 has head ${newer.head}, not ${older.head}`, 'm'))
    expect(r.stdout).not.toMatch(/^::error/m)
    expect(r.outputs).toEqual({ 'total-kgco2e': '', 'delta-kgco2e': '', verdict: '', 'report-path': '' })
    expect(r.summary).toContain('stale run, nothing posted')
    expect(gh.writes()).toEqual([])
  })

  it('bad input is refused with a summary and verdict error; nothing is posted', async () => {
    const l = lab()
    known(l)
    const p = pushToPull(l, 7, 18)
    const checkout = cloneShallow(l.origin, { branch: p.branch, depth: 1 })
    const r = await runAction({
      workspace: checkout.dir, apiUrl: gh.apiUrl, token: TOKEN, eventName: 'pull_request', payload: prPayload(gh, p),
      sha: p.merge, ref: `refs/pull/${p.number}/merge`, repository: gh.fullName, inputs: { 'fail-on': 'sometimes' },
    })
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([expect.stringContaining('input fail-on is "sometimes"')])
    expect(r.outputs).toEqual({ 'total-kgco2e': '', 'delta-kgco2e': '', verdict: 'error', 'report-path': '' })
    expect(r.summary).toContain('Carbon budget: not run')
    expect(r.stderr).toBe('')
    expect(gh.requests).toEqual([])
  })
})
