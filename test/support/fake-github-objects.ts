/**
 * JSON shapes the fake GitHub answers with, complete enough to pass the REST description's response
 * schemas (the fake checks its own answers, so a test cannot pass against a response GitHub would never send).
 */

export interface StoredComment {
  readonly id: number
  readonly issue: number
  body: string
  readonly user: string
  readonly createdAt: string
  updatedAt: string
}

export interface StoredStatus {
  readonly id: number
  readonly sha: string
  readonly state: string
  readonly context: string
  readonly description: string | null
  readonly targetUrl: string | null
  readonly createdAt: string
}

export interface StoredPull {
  readonly number: number
  readonly headSha: string
  readonly baseSha: string
  readonly headRef: string
  readonly baseRef: string
}

export function simpleUser(origin: string, login: string): Record<string, unknown> {
  const api = `${origin}/users/${login}`
  const bot = login.endsWith('[bot]')
  return {
    login, id: bot ? 41898282 : 583231, node_id: bot ? 'MDM6Qm90NDE4OTgyODI=' : 'MDQ6VXNlcjU4MzIzMQ==',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4', gravatar_id: '', url: api,
    html_url: `https://github.com/${login}`, followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`, gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`, subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`, repos_url: `${api}/repos`, events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`, type: bot ? 'Bot' : 'User', site_admin: false,
  }
}

export function commentJson(origin: string, repo: string, c: StoredComment): Record<string, unknown> {
  return {
    id: c.id,
    node_id: `IC_kwDO${c.id.toString(36)}`,
    url: `${origin}/repos/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${origin}/repos/${repo}/issues/${c.issue}`,
    body: c.body,
    user: simpleUser(origin, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
  }
}

export function statusJson(origin: string, repo: string, s: StoredStatus): Record<string, unknown> {
  return {
    url: `${origin}/repos/${repo}/statuses/${s.sha}`,
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    id: s.id,
    node_id: `SC_kwDO${s.id.toString(36)}`,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: simpleUser(origin, 'github-actions[bot]'),
  }
}

/** A pull request as `pulls/get` returns it, reduced to what callers read (responses of this one are not schema-checked). */
export function pullJson(origin: string, repo: string, p: StoredPull): Record<string, unknown> {
  const side = (sha: string, ref: string) => ({ label: `${repo.split('/')[0]}:${ref}`, ref, sha, user: simpleUser(origin, 'octocat') })
  return {
    url: `${origin}/repos/${repo}/pulls/${p.number}`, id: 1_000_000 + p.number, number: p.number, state: 'open',
    html_url: `https://github.com/${repo}/pull/${p.number}`, title: `PR ${p.number}`,
    head: side(p.headSha, p.headRef), base: side(p.baseSha, p.baseRef),
  }
}

export const GITHUB_MESSAGES = {
  forbidden: 'Resource not accessible by integration',
  secondary: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
  serverError: 'Server Error',
} as const
