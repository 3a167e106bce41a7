import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FakeGitHub } from './support/fake-github.js'
import { createApi } from '../src/github/octokit.js'
import { commentBody, commentMarker, MAX_COMMENT_CHARS, upsertComment } from '../src/github/comment.js'
import { setCommitStatus, fitDescription, statusContext } from '../src/github/status.js'
import { describeApiFailure, isPermissionDenied } from '../src/github/permissions.js'
import type { RunTarget } from '../src/github/context.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)
const TOKEN = 'ghs_fakeTokenValue1234567890'

let gh: FakeGitHub
beforeEach(async () => { gh = await FakeGitHub.start({ token: TOKEN, knownShas: [HEAD, BASE] }) })
afterEach(async () => {
  expect(gh.violations).toEqual([])
  await gh.close()
})

const target = (over: Partial<RunTarget> = {}): RunTarget => ({
  event: 'pull_request', sourceEvent: 'pull_request', owner: gh.owner, repo: gh.repo, headSha: HEAD,
  base: { kind: 'merge-base', sha: BASE, ref: 'main' }, pullNumber: 7, untrustedPull: false,
  serverUrl: 'https://github.com', apiUrl: gh.apiUrl, runUrl: `https://github.com/${gh.fullName}/actions/runs/42`, ...over,
})
const api = (baseUrl = gh.apiUrl) => createApi({ token: TOKEN, baseUrl, retryBaseMs: 5 })

describe('upsertComment', () => {
  it('creates on the first run, edits on the second, and writes nothing when unchanged', async () => {
    const first = await upsertComment(api(), target(), 'default', '### Carbon budget: 1.2 tCO2e')
    expect(first.action).toBe('created')
    const second = await upsertComment(api(), target(), 'default', '### Carbon budget: 1.4 tCO2e')
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId })
    const writesBefore = gh.writes().length
    const third = await upsertComment(api(), target(), 'default', '### Carbon budget: 1.4 tCO2e')
    expect(third.action).toBe('unchanged')
    expect(gh.writes().length).toBe(writesBefore)
    expect(gh.commentsOn(7)).toHaveLength(1)
    expect(gh.commentsOn(7)[0]?.body).toBe(`${commentMarker('default')}\n### Carbon budget: 1.4 tCO2e`)
    expect(gh.requests.every((r) => r.headers['authorization'] === 'token [redacted]')).toBe(true)
    expect(JSON.stringify(gh.requests)).not.toContain(TOKEN)
  })

  it('with create: false (a PR that changes nothing, comment-unchanged: false) writes no new comment but updates an earlier one', async () => {
    const skipped = await upsertComment(api(), target(), 'default', '✅ no footprint change', { create: false })
    expect(skipped).toEqual({ action: 'skipped', commentId: 0, url: '', removedDuplicates: 0 })
    expect(gh.writes()).toHaveLength(0)
    expect(gh.commentsOn(7)).toHaveLength(0)
    // an earlier comment (from a push that changed the footprint) is brought up to date, not left stale
    const first = await upsertComment(api(), target(), 'default', '### Carbon budget failed')
    const updated = await upsertComment(api(), target(), 'default', '✅ no footprint change', { create: false })
    expect(updated).toMatchObject({ action: 'updated', commentId: first.commentId })
    expect(gh.commentsOn(7)).toHaveLength(1)
  })

  it('finds its comment on page 3 of a busy PR and asks for 100 per page', async () => {
    gh.seedComments(7, 230)
    gh.comments.push({ id: 1_999_999_999, issue: 7, body: `${commentMarker('default')}\nold`, user: 'github-actions[bot]', createdAt: '2024-07-01T00:00:00Z', updatedAt: '2024-07-01T00:00:00Z' })
    const r = await upsertComment(api(), target(), 'default', 'new')
    expect(r).toMatchObject({ action: 'updated', commentId: 1_999_999_999 })
    const lists = gh.requests.filter((q) => q.operationId === 'issues/list-comments')
    expect(lists.map((q) => q.query['page'] ?? '1')).toEqual(['1', '2', '3'])
    expect(lists.every((q) => q.query['per_page'] === '100')).toBe(true)
    expect(gh.commentsOn(7).filter((c) => c.body.includes('carbon-budget:'))).toHaveLength(1)
  })

  it('keeps one comment per key, and ignores a comment that only quotes the marker', async () => {
    gh.seedComments(7, 1, () => `> ${commentMarker('default')}\n> quoted by a reviewer`)
    await upsertComment(api(), target(), 'default', 'root report')
    await upsertComment(api(), target(), 'services/api', 'api report')
    await upsertComment(api(), target(), 'default', 'root report v2')
    const ours = gh.commentsOn(7).filter((c) => c.user === 'github-actions[bot]')
    expect(ours.map((c) => c.body.split('\n')[0])).toEqual([commentMarker('default'), commentMarker('services/api')])
  })

  it('leaves exactly one comment when two runs race, the later writer\'s body in the older comment', async () => {
    // Both runs list before either creates: the race the marker alone cannot prevent.
    gh.inject({ kind: 'barrier', operationId: 'issues/list-comments', count: 2 })
    const [a, b] = await Promise.all([
      upsertComment(api(), target(), 'default', 'report A'),
      upsertComment(api(), target(), 'default', 'report B'),
    ])
    const left = gh.commentsOn(7)
    expect(left).toHaveLength(1)
    expect([a.commentId, b.commentId]).toEqual([left[0]?.id, left[0]?.id])
    expect(a.removedDuplicates + b.removedDuplicates).toBe(1)
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(2)
    expect(gh.requests.filter((r) => r.operationId === 'issues/delete-comment')).toHaveLength(1)
  })

  it('caps the body at 65,536 characters and closes an open code fence', () => {
    const huge = 'intro\n```mermaid\n' + 'line of chart data\n'.repeat(5000)
    const body = commentBody('default', huge)
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0)
    expect(body).toContain('65,536-character limit')
    expect(commentBody('default', 'short')).toBe(`${commentMarker('default')}\nshort`)
  })

  it('posts a cut body that GitHub accepts', async () => {
    const r = await upsertComment(api(), target(), 'default', 'x'.repeat(70_000))
    expect(r.action).toBe('created')
    expect(gh.commentsOn(7)[0]?.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
  })
})

describe('faults', () => {
  it('turns a fork token\'s 403 into a message naming the permission and the fork setup', async () => {
    gh.inject({ kind: 'forbidden', writesOnly: true })
    const err = await upsertComment(api(), target(), 'default', 'x').catch((e: unknown) => e)
    expect(isPermissionDenied(err)).toBe(true)
    const text = describeApiFailure(err, 'comment')
    expect(text).toContain('`pull-requests: write`')
    expect(text).toContain('Resource not accessible by integration')
    expect(text).toContain('workflow_run')
    const statusErr = await setCommitStatus(api(), target(), { state: 'success', description: 'ok' }).catch((e: unknown) => e)
    expect(describeApiFailure(statusErr, 'status')).toContain('`statuses: write`')
    // A 403 is not retried: exactly one attempt per write.
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(1)
  })

  it('retries a 500 and succeeds', async () => {
    gh.inject({ kind: 'server-error', operationId: 'issues/create-comment' })
    const r = await upsertComment(api(), target(), 'default', 'x')
    expect(r.action).toBe('created')
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([500, 201])
    expect(gh.commentsOn(7)).toHaveLength(1)
  })

  it('waits out a secondary rate limit with retry-after, then succeeds', async () => {
    gh.inject({ kind: 'secondary-rate-limit', operationId: 'repos/create-commit-status', retryAfterS: 2 })
    const r = await setCommitStatus(api(), target(), { state: 'failure', description: 'over budget' })
    expect(r.sha).toBe(HEAD)
    expect(gh.requests.filter((q) => q.operationId === 'repos/create-commit-status').map((q) => q.status)).toEqual([403, 201])
  })

  it('gives up on a secondary rate limit whose retry-after is too long', async () => {
    gh.inject({ kind: 'secondary-rate-limit', operationId: 'repos/create-commit-status', retryAfterS: 3600 })
    const err = await setCommitStatus(api(), target(), { state: 'success', description: 'ok' }).catch((e: unknown) => e)
    expect(isPermissionDenied(err)).toBe(false)
    expect(describeApiFailure(err, 'status')).toContain('rate limit')
    expect(gh.statuses).toHaveLength(0)
  })

  it('works under a GHES base path', async () => {
    const ghes = await FakeGitHub.start({ basePath: '/api/v3', token: TOKEN })
    try {
      ghes.seedComments(7, 120)
      await upsertComment(api(ghes.apiUrl), target(), 'default', 'first')
      await upsertComment(api(ghes.apiUrl), target(), 'default', 'second')
      expect(ghes.commentsOn(7).filter((c) => c.body.includes('carbon-budget')).map((c) => c.body)).toEqual([`${commentMarker('default')}\nsecond`])
      expect(ghes.requests.length).toBeGreaterThan(0)
      expect(ghes.violations).toEqual([])
    } finally {
      await ghes.close()
    }
  })
})

describe('commit status', () => {
  it('goes to the PR head with the run link and a description within 140 characters', async () => {
    const long = `12.4 tCO2e (+1.80 tCO2e, +17 % vs main) · over the 10 % increase budget; ${'and more detail '.repeat(10)}`
    const r = await setCommitStatus(api(), target(), { state: 'failure', description: long })
    const [s] = gh.statusesFor(HEAD)
    expect(s).toMatchObject({ state: 'failure', context: 'carbon-budget', targetUrl: `https://github.com/${gh.fullName}/actions/runs/42` })
    expect(s?.description?.length).toBeLessThanOrEqual(140)
    expect(s?.description).toBe(r.description)
    expect(r.description.endsWith('…')).toBe(true)
  })

  it('names the context per key and keeps short descriptions as they are', () => {
    expect(statusContext(undefined)).toBe('carbon-budget')
    expect(statusContext('default')).toBe('carbon-budget')
    expect(statusContext('services/api')).toBe('carbon-budget/services/api')
    expect(fitDescription('  1.2 tCO2e\n· within budget ')).toBe('1.2 tCO2e · within budget')
  })
})
