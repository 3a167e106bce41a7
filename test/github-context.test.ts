import { afterAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRunTarget, verifyForkTarget } from '../src/github/context.js'
import { CarbonError } from '../src/core/errors.js'
import { createApi } from '../src/github/octokit.js'
import { FakeGitHub } from './support/fake-github.js'

const dir = mkdtempSync(join(tmpdir(), 'cb-ctx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const HEAD = '1'.repeat(40)
const BASE = '2'.repeat(40)
const MERGE = '3'.repeat(40)
let n = 0
function json(value: unknown): string {
  const file = join(dir, `event-${n++}.json`)
  writeFileSync(file, JSON.stringify(value))
  return file
}
const env = (event: string, payload: unknown, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  GITHUB_REPOSITORY: 'acme/ml-lab', GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: json(payload), GITHUB_SHA: MERGE,
  GITHUB_SERVER_URL: 'https://ghe.example.com', GITHUB_API_URL: 'https://ghe.example.com/api/v3', GITHUB_RUN_ID: '99', ...extra,
})
const pr = (number: unknown = 12, head = HEAD, base = BASE) => ({ pull_request: { number, head: { sha: head, ref: 'feature' }, base: { sha: base, ref: 'main' } } })

function problemsOf(f: () => unknown): string {
  try { f() } catch (e) { if (e instanceof CarbonError) return e.message; throw e }
  throw new Error('expected a CarbonError')
}

describe('readRunTarget', () => {
  it('pull_request: the PR head (not the merge commit GITHUB_SHA), the merge base with the base branch', () => {
    const t = readRunTarget(env('pull_request', pr()))
    expect(t).toMatchObject({ event: 'pull_request', owner: 'acme', repo: 'ml-lab', headSha: HEAD, pullNumber: 12, untrustedPull: false,
      base: { kind: 'merge-base', sha: BASE, ref: 'main' }, runUrl: 'https://ghe.example.com/acme/ml-lab/actions/runs/99', apiUrl: 'https://ghe.example.com/api/v3' })
  })

  it('push: compares with the previous tip; a new branch (all-zero before) with the parent', () => {
    expect(readRunTarget(env('push', { before: BASE, after: HEAD, ref: 'refs/heads/main' }))).toMatchObject({ headSha: HEAD, headRef: 'main', base: { kind: 'commit', sha: BASE } })
    expect(readRunTarget(env('push', { before: '0'.repeat(40), after: HEAD, ref: 'refs/heads/new' })).base).toEqual({ kind: 'parent' })
  })

  it('merge_group: the queue\'s base and head', () => {
    const t = readRunTarget(env('merge_group', { merge_group: { head_sha: HEAD, base_sha: BASE, head_ref: 'refs/heads/gh-readonly-queue/main/pr-12-abc', base_ref: 'refs/heads/main' } }))
    expect(t).toMatchObject({ headSha: HEAD, base: { kind: 'commit', sha: BASE, ref: 'main' } })
    expect(t.pullNumber).toBeUndefined()
  })

  it('workflow_dispatch: base from the base-ref input, or report only', () => {
    expect(readRunTarget(env('workflow_dispatch', { inputs: {} }, { GITHUB_SHA: HEAD })).base).toBeUndefined()
    expect(readRunTarget(env('workflow_dispatch', {}, { GITHUB_SHA: HEAD }), { baseRef: 'v1.2' }).base).toEqual({ kind: 'ref', ref: 'v1.2' })
  })

  it('workflow_run: takes the PR from the uploaded event file when it describes the triggering run\'s commit', () => {
    const t = readRunTarget(env('workflow_run', { workflow_run: { head_sha: HEAD, event: 'pull_request', head_branch: 'feature' } }), { eventFile: json(pr(12)) })
    expect(t).toMatchObject({ event: 'workflow_run', sourceEvent: 'pull_request', pullNumber: 12, headSha: HEAD, untrustedPull: true })
  })

  it('workflow_run: rejects forged or malformed uploaded files with every problem named', () => {
    const run = env('workflow_run', { workflow_run: { head_sha: HEAD, event: 'pull_request' } })
    const bad = problemsOf(() => readRunTarget(run, { eventFile: json(pr('12; rm -rf /', 'not-a-sha')) }))
    expect(bad).toContain('pull_request.number')
    expect(bad).toContain('pull_request.head.sha')
    expect(problemsOf(() => readRunTarget(run, { eventFile: json(pr(12.5)) }))).toContain('pull_request.number')
    expect(problemsOf(() => readRunTarget(run, { eventFile: json(pr(12, BASE)) }))).toContain('is not the commit of the triggering run')
    expect(problemsOf(() => readRunTarget(run, {}))).toContain('`event-file` input')
    const notJson = join(dir, 'garbage.json')
    writeFileSync(notJson, '{"pull_request":')
    expect(problemsOf(() => readRunTarget(run, { eventFile: notJson }))).toContain('cannot be read as JSON')
  })

  it('names missing environment variables', () => {
    expect(problemsOf(() => readRunTarget({ GITHUB_EVENT_NAME: 'push' }))).toContain('GITHUB_REPOSITORY')
  })
})

describe('verifyForkTarget', () => {
  it('accepts a PR whose head is the run\'s commit and takes the base from GitHub; calls another PR\'s head stale', async () => {
    const gh = await FakeGitHub.start()
    try {
      gh.addPull({ number: 12, headSha: HEAD, baseSha: BASE, baseRef: 'main' })
      gh.addPull({ number: 13, headSha: '4'.repeat(40), baseSha: BASE })
      const api = createApi({ token: 't', baseUrl: gh.apiUrl, retryBaseMs: 5 })
      const run = { ...env('workflow_run', { workflow_run: { head_sha: HEAD, event: 'pull_request' } }), GITHUB_REPOSITORY: gh.fullName }
      const forged = readRunTarget(run, { eventFile: json(pr(12, HEAD, '5'.repeat(40))) })
      const ok = await verifyForkTarget(api, forged)
      expect(ok).toMatchObject({ pullNumber: 12, untrustedPull: false, base: { kind: 'merge-base', sha: BASE, ref: 'main' } })
      const other = readRunTarget(run, { eventFile: json(pr(13)) })
      // Stale or forged, nothing may be posted for it: the caller ends with a notice.
      expect(await verifyForkTarget(api, other)).toEqual({ stale: expect.stringMatching(/^pull request #13 has head 4{40}, not 1{40}/) })
      expect(gh.violations).toEqual([])
    } finally {
      await gh.close()
    }
  })
})
