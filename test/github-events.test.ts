import { describe, expect, it } from 'vitest'
import { readEventPayload, type PayloadIssue } from '../src/github/events.js'

const HEAD = 'a'.repeat(40)
const BASE = 'b'.repeat(40)

function read(kind: Parameters<typeof readEventPayload>[0], payload: unknown): { value: unknown; issues: PayloadIssue[] } {
  const issues: PayloadIssue[] = []
  return { value: readEventPayload(kind, payload, issues), issues }
}

describe('readEventPayload', () => {
  it('returns the fields used from a real pull_request payload, ignoring the rest', () => {
    const payload = {
      action: 'synchronize', number: 7,
      pull_request: { number: 7, title: 'Train bigger', user: { login: 'octo' }, head: { sha: HEAD, ref: 'feature/llama', repo: {} }, base: { sha: BASE, ref: 'main' } },
      repository: { full_name: 'acme/ml-lab' },
    }
    const { value, issues } = read('pullRequest', payload)
    expect(issues).toEqual([])
    expect(value).toEqual({ pull_request: { number: 7, head: { sha: HEAD, ref: 'feature/llama' }, base: { sha: BASE, ref: 'main' } } })
  })

  it('reports every bad field at once, with its path and the value seen', () => {
    const { value, issues } = read('pullRequest', { pull_request: { number: '12; rm -rf /', head: { sha: 'not-a-sha', ref: 'a b' }, base: {} } })
    expect(value).toBeUndefined()
    expect(issues.map((i) => i.path)).toEqual(['pull_request.number', 'pull_request.head.sha', 'pull_request.head.ref', 'pull_request.base.sha'])
    expect(issues[1]?.message).toBe('expected a 40-hex-digit commit sha, got "not-a-sha"')
    expect(issues[3]?.message).toBe('expected a 40-hex-digit commit sha, got nothing')
  })

  it('accepts pull request numbers 1 to 2^31 only, whole', () => {
    const pr = (number: unknown) => ({ pull_request: { number, head: { sha: HEAD }, base: { sha: BASE } } })
    for (const ok of [1, 12, 2 ** 31]) expect(read('pullRequest', pr(ok)).issues).toEqual([])
    for (const bad of [0, -3, 12.5, 2 ** 31 + 1, Number.NaN, '12', null]) expect(read('pullRequest', pr(bad)).issues.map((i) => i.path)).toEqual(['pull_request.number'])
  })

  it('checks ref names: 1 to 255 characters without spaces or ~^:?*[\\', () => {
    const pr = (ref: unknown) => ({ pull_request: { number: 1, head: { sha: HEAD, ref }, base: { sha: BASE } } })
    expect(read('pullRequest', pr('release/v1.2')).issues).toEqual([])
    expect(read('pullRequest', pr(undefined)).issues).toEqual([])
    for (const bad of ['', 'a'.repeat(256), 'x~1', 'HEAD^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', 'a\tb', null, 3]) {
      expect(read('pullRequest', pr(bad)).issues.map((i) => i.path)).toEqual(['pull_request.head.ref'])
    }
  })

  it('names the root when the payload is not an object', () => {
    for (const bad of [null, [], 'x', 3]) {
      const { value, issues } = read('push', bad)
      expect(value).toBeUndefined()
      expect(issues).toEqual([{ path: '', message: expect.stringMatching(/^expected an object, got /) }])
    }
  })

  it('push, merge_group and workflow_run shapes: optional fields may be absent, not null, except head_branch', () => {
    expect(read('push', { before: BASE, after: HEAD, ref: 'refs/heads/main' }).value).toEqual({ before: BASE, after: HEAD, ref: 'refs/heads/main' })
    expect(read('push', { before: '0'.repeat(40) }).value).toEqual({ before: '0'.repeat(40) })
    expect(read('push', { before: BASE, after: null }).issues.map((i) => i.path)).toEqual(['after'])
    expect(read('push', {}).issues.map((i) => i.path)).toEqual(['before'])
    expect(read('mergeGroup', { merge_group: { head_sha: HEAD, base_sha: BASE, base_ref: 'refs/heads/main' } }).value)
      .toEqual({ merge_group: { head_sha: HEAD, base_sha: BASE, base_ref: 'refs/heads/main' } })
    expect(read('mergeGroup', { merge_group: { head_sha: HEAD } }).issues.map((i) => i.path)).toEqual(['merge_group.base_sha'])
    expect(read('workflowRun', { workflow_run: { head_sha: HEAD, event: 'pull_request', head_branch: null } }).value)
      .toEqual({ workflow_run: { head_sha: HEAD, event: 'pull_request' } })
    expect(read('workflowRun', { workflow_run: { head_sha: HEAD.toUpperCase(), event: 1 } }).issues.map((i) => i.path)).toEqual(['workflow_run.head_sha', 'workflow_run.event'])
  })

  it('shortens long values in messages', () => {
    const { issues } = read('push', { before: BASE, after: 'x'.repeat(500) })
    expect(issues[0]?.message.length).toBeLessThan(120)
    expect(issues[0]?.message).toMatch(/\.\.\.$/)
  })
})
