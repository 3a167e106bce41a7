/**
 * A stateful fake of the GitHub REST API on 127.0.0.1 (random port) for unit and end-to-end tests.
 * Every request is checked against GitHub's published description (`@octokit/openapi`): one the
 * description does not allow gets a 4xx and is recorded in `violations`, which tests assert empty.
 * Keeps issue comments (paginated with `Link` headers like GitHub), commit statuses and pull requests;
 * injects faults (fork token 403, 500, secondary rate limit with `retry-after`, delays, barriers).
 *
 * @example
 * const gh = await FakeGitHub.start({ basePath: '/api/v3' })
 * gh.addPull({ number: 7, headSha, baseSha })
 * // ... run the code under test with GITHUB_API_URL=gh.apiUrl ...
 * expect(gh.violations).toEqual([])
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadGitHubSpec, type SpecBackend } from './fake-github-spec.js'
import { GITHUB_MESSAGES, commentJson, pullJson, simpleUser, statusJson, type StoredComment, type StoredPull, type StoredStatus } from './fake-github-objects.js'
import { handleFault, type Fault, type FaultRule } from './fake-github-faults.js'

export type { Fault, FaultRule } from './fake-github-faults.js'
export type { StoredComment, StoredPull, StoredStatus } from './fake-github-objects.js'

export interface RecordedRequest {
  readonly method: string
  /** Path below the base path, without the query. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  /** Lower-case names; `authorization` is reduced to its scheme (`token [redacted]`). */
  readonly headers: Readonly<Record<string, string>>
  readonly body?: unknown
  readonly operationId?: string
  status: number
  /** When it arrived, epoch ms. */
  readonly at: number
}

export interface Violation {
  readonly method: string
  readonly path: string
  readonly operationId?: string
  readonly problem: string
}

export interface FakeGitHubOptions {
  /** GHES serves the API under `/api/v3`. */
  readonly basePath?: string
  readonly owner?: string
  readonly repo?: string
  /** The token requests must carry (`Authorization: token X`); default any. */
  readonly token?: string
  /** Login of the token's user, the author of comments it creates. */
  readonly login?: string
  /** When set, statuses for other shas answer 422 "No commit found for SHA" as GitHub does. */
  readonly knownShas?: readonly string[]
}

const MAX_COMMENT_CHARS = 65_536
const MAX_STATUS_DESCRIPTION_CHARS = 140
// Operations whose answers the fake builds completely; their responses are checked against the description too.
const RESPONSE_CHECKED = new Set(['issues/list-comments', 'issues/create-comment', 'issues/update-comment', 'issues/get-comment', 'repos/create-commit-status'])

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly violations: Violation[] = []
  readonly comments: StoredComment[] = []
  readonly statuses: StoredStatus[] = []
  readonly pulls = new Map<number, StoredPull>()
  readonly faults: FaultRule[] = []
  private nextId = 2_000_000_001
  private clockS = Date.UTC(2024, 5, 1) / 1000
  private origin = ''

  private constructor(private readonly server: Server, private readonly spec: SpecBackend, private readonly opts: FakeGitHubOptions) {}

  /** Starts a server; the description is loaded once per test file and shared. */
  static async start(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const spec = await loadGitHubSpec()
    let fake: FakeGitHub | undefined
    const server = createServer((req, res) => void fake?.handle(req, res))
    fake = new FakeGitHub(server, spec, opts)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    fake.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}${opts.basePath ?? ''}`
    return fake
  }

  /** The value for `GITHUB_API_URL` / Octokit's `baseUrl`. */
  get apiUrl(): string { return this.origin }
  get owner(): string { return this.opts.owner ?? 'acme' }
  get repo(): string { return this.opts.repo ?? 'ml-lab' }
  get fullName(): string { return `${this.owner}/${this.repo}` }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  /** Adds a fault rule; rules are tried in order, each until its `times` is used up. */
  inject(rule: Fault): void { this.faults.push({ ...rule, used: 0 }) }

  addPull(p: Partial<StoredPull> & Pick<StoredPull, 'number' | 'headSha' | 'baseSha'>): void {
    this.pulls.set(p.number, { headRef: 'feature', baseRef: 'main', ...p })
  }

  /** Comments by others (or an older run), to put ours on a later page. */
  seedComments(issue: number, count: number, body: (i: number) => string = (i) => `LGTM ${i}`, user = 'octocat'): void {
    for (let i = 0; i < count; i++) this.storeComment(issue, body(i), user)
  }

  commentsOn(issue: number): StoredComment[] { return this.comments.filter((c) => c.issue === issue) }
  statusesFor(sha: string): StoredStatus[] { return this.statuses.filter((s) => s.sha === sha) }
  /** Requests that changed state (POST/PATCH/PUT/DELETE), for "no write when unchanged". */
  writes(): RecordedRequest[] { return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD') }

  private storeComment(issue: number, body: string, user: string): StoredComment {
    const at = this.tick()
    const c: StoredComment = { id: this.nextId++, issue, body, user, createdAt: at, updatedAt: at }
    this.comments.push(c)
    return c
  }

  private tick(): string {
    this.clockS += 1
    return new Date(this.clockS * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const base = this.opts.basePath ?? ''
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname
    const raw = await readBody(req)
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : (v ?? '')
    const auth = headers['authorization'] ?? ''
    if (auth) headers['authorization'] = `${auth.split(' ')[0] ?? ''} [redacted]`
    let body: unknown
    try { body = raw ? JSON.parse(raw) : undefined } catch { body = raw }
    const query = Object.fromEntries(url.searchParams)
    const record: RecordedRequest = { method, path, query, headers, ...(body !== undefined ? { body } : {}), status: 0, at: Date.now() }
    this.requests.push(record)
    const send = (status: number, json?: unknown, extra: Record<string, string> = {}): void => {
      record.status = status
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '990', 'x-github-api-version-selected': '2022-11-28', ...extra })
      res.end(json === undefined ? '' : JSON.stringify(json))
    }
    const violate = (status: number, problem: string, operationId?: string): void => {
      this.violations.push({ method, path, problem, ...(operationId ? { operationId } : {}) })
      send(status, { message: problem, documentation_url: 'https://docs.github.com/rest', status: String(status) })
    }
    if (!url.pathname.startsWith(base)) return violate(404, `not under the base path ${base}`)
    const specReq = { method: method.toLowerCase(), path, query, headers, body }
    const op = this.spec.router.matchOperation(specReq)
    if (!op) return violate(404, 'Not Found: no such operation in the REST description')
    const operationId = op.operationId ?? ''
    Object.assign(record, { operationId })
    const v = this.spec.validator.validateRequest(specReq, op)
    if (!v.valid) return violate(v.errors?.some((e: { instancePath: string }) => e.instancePath.startsWith('/query')) ? 400 : 422, `Invalid request: ${JSON.stringify(v.errors)}`, operationId)
    if (this.opts.token !== undefined && auth !== `token ${this.opts.token}` && auth !== `Bearer ${this.opts.token}`) {
      return violate(401, 'Bad credentials', operationId)
    }
    if (await handleFault(this.faults, { method, operationId, path }, send, () => req.socket.destroy())) return
    const respond = (status: number, json?: unknown, extra?: Record<string, string>): void => {
      if (RESPONSE_CHECKED.has(operationId) && status < 300 && json !== undefined) {
        const r = this.spec.validator.validateResponse(json, op, status)
        if (!r.valid) this.violations.push({ method, path, operationId, problem: `fake's own response does not match the description: ${JSON.stringify(r.errors).slice(0, 400)}` })
      }
      send(status, json, extra)
    }
    this.route(operationId, op.operationId ? paramsOf(op.path ?? '', path) : {}, query, body as Record<string, unknown> | undefined, respond, violate)
  }

  private route(
    operationId: string, params: Record<string, string>, query: Record<string, string>, body: Record<string, unknown> | undefined,
    respond: (status: number, json?: unknown, extra?: Record<string, string>) => void,
    violate: (status: number, problem: string, operationId?: string) => void,
  ): void {
    const repo = `${params['owner']}/${params['repo']}`
    if (params['owner'] !== undefined && repo !== this.fullName) return violate(404, `Not Found: repository ${repo}`, operationId)
    const commentById = (): StoredComment | undefined => this.comments.find((c) => c.id === Number(params['comment_id']))
    switch (operationId) {
      case 'issues/list-comments': {
        const perPage = Math.min(Number(query['per_page'] ?? 30), 100)
        const page = Number(query['page'] ?? 1)
        const all = this.commentsOn(Number(params['issue_number']))
        const last = Math.max(1, Math.ceil(all.length / perPage))
        const link = (p: number, rel: string) => `<${this.origin}/repos/${repo}/issues/${params['issue_number']}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`
        const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])]
        return respond(200, all.slice((page - 1) * perPage, page * perPage).map((c) => commentJson(this.origin, repo, c)), links.length ? { link: links.join(', ') } : {})
      }
      case 'issues/create-comment': {
        const text = String(body?.['body'] ?? '')
        if (text.length > MAX_COMMENT_CHARS) return violate(422, `Body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`, operationId)
        const c = this.storeComment(Number(params['issue_number']), text, this.opts.login ?? 'github-actions[bot]')
        return respond(201, commentJson(this.origin, repo, c))
      }
      case 'issues/get-comment':
      case 'issues/update-comment':
      case 'issues/delete-comment': {
        const c = commentById()
        if (!c) return respond(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/comments', status: '404' })
        if (operationId === 'issues/delete-comment') {
          this.comments.splice(this.comments.indexOf(c), 1)
          return respond(204)
        }
        if (operationId === 'issues/update-comment') {
          const text = String(body?.['body'] ?? '')
          if (text.length > MAX_COMMENT_CHARS) return violate(422, `Body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`, operationId)
          c.body = text
          c.updatedAt = this.tick()
        }
        return respond(200, commentJson(this.origin, repo, c))
      }
      case 'repos/create-commit-status': {
        const sha = params['sha'] ?? ''
        const description = body?.['description'] === undefined ? null : String(body['description'])
        if (description !== null && description.length > MAX_STATUS_DESCRIPTION_CHARS) return violate(422, `description is too long (maximum is ${MAX_STATUS_DESCRIPTION_CHARS} characters)`, operationId)
        if (this.opts.knownShas && !this.opts.knownShas.includes(sha)) return respond(422, { message: `No commit found for SHA: ${sha}`, documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status', status: '422' })
        const s: StoredStatus = {
          id: this.nextId++, sha, state: String(body?.['state']), context: String(body?.['context'] ?? 'default'),
          description, targetUrl: body?.['target_url'] === undefined ? null : String(body['target_url']), createdAt: this.tick(),
        }
        this.statuses.push(s)
        return respond(201, statusJson(this.origin, repo, s))
      }
      case 'users/get-authenticated': {
        // An app's installation token (GITHUB_TOKEN) may not read /user; a person's token can.
        const login = this.opts.login ?? 'github-actions[bot]'
        if (login.endsWith('[bot]')) return respond(403, { message: GITHUB_MESSAGES.forbidden, documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' })
        return respond(200, { ...simpleUser(this.origin, login), name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, public_repos: 0, public_gists: 0, followers: 0, following: 0, created_at: '2020-01-01T00:00:00Z', updated_at: '2020-01-01T00:00:00Z' })
      }
      case 'pulls/get': {
        const p = this.pulls.get(Number(params['pull_number']))
        return p ? respond(200, pullJson(this.origin, repo, p)) : respond(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request', status: '404' })
      }
      default:
        return violate(501, `the fake does not implement ${operationId} (the request itself is valid)`, operationId)
    }
  }
}

/** `/repos/{owner}/{repo}/issues/{issue_number}/comments` + a concrete path → the named parameters. */
function paramsOf(template: string, path: string): Record<string, string> {
  const names = template.split('/')
  const parts = path.split('/')
  const out: Record<string, string> = {}
  names.forEach((n, i) => {
    const m = /^\{(.+)\}$/.exec(n)
    if (m?.[1] && parts[i] !== undefined) out[m[1]] = decodeURIComponent(parts[i])
  })
  return out
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export { GITHUB_MESSAGES }
