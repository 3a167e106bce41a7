/** Fault injection for the fake GitHub: what GitHub really answers under each fault. */
import { GITHUB_MESSAGES } from './fake-github-objects.js'

interface Match {
  /** `issues/create-comment`, `repos/create-commit-status`, ... */
  readonly operationId?: string
  /** Only state-changing requests (what a read-only fork token cannot do). */
  readonly writesOnly?: boolean
  /** How many matching requests the fault applies to. */
  readonly times?: number
}

export type Fault =
  /** Fork token: 403 "Resource not accessible by integration" (default: every time). */
  | (Match & { readonly kind: 'forbidden' })
  /** 500 (default: once), then the real answer. */
  | (Match & { readonly kind: 'server-error' })
  /** 403 secondary rate limit with `retry-after` (default: once). */
  | (Match & { readonly kind: 'secondary-rate-limit'; readonly retryAfterS: number })
  /** Answer after a pause (default: every time). */
  | (Match & { readonly kind: 'delay'; readonly delayMs: number })
  /** Hold the first `count` matching requests until all `count` have arrived: two runs interleave without timing. */
  | (Match & { readonly kind: 'barrier'; readonly count: number })
  /** Accept the request and never answer (default: every time): a stuck proxy or load balancer. */
  | (Match & { readonly kind: 'hang' })
  /** Close the connection without an answer (default: every time): ECONNRESET on the client. */
  | (Match & { readonly kind: 'reset' })

export type FaultRule = Fault & { used: number; waiting?: (() => void)[] }

type Send = (status: number, json?: unknown, extra?: Record<string, string>) => void

const DEFAULT_TIMES: Readonly<Record<Fault['kind'], number>> = {
  forbidden: Infinity, 'server-error': 1, 'secondary-rate-limit': 1, delay: Infinity, barrier: Infinity, hang: Infinity, reset: Infinity,
}

// GitHub names the permissions an endpoint accepts in this header on a 403.
const ACCEPTED: Readonly<Record<string, string>> = {
  'issues/create-comment': 'issues=write; pull_requests=write',
  'issues/update-comment': 'issues=write; pull_requests=write',
  'issues/delete-comment': 'issues=write; pull_requests=write',
  'repos/create-commit-status': 'statuses=write',
}

/** Applies the first fault rule that matches; true when it answered the request itself. */
export async function handleFault(rules: FaultRule[], req: { method: string; operationId: string; path: string }, send: Send, reset: () => void): Promise<boolean> {
  const isWrite = req.method !== 'GET' && req.method !== 'HEAD'
  const rule = rules.find((r) =>
    (r.operationId === undefined || r.operationId === req.operationId) &&
    (!r.writesOnly || isWrite) &&
    r.used < (r.kind === 'barrier' ? r.count : (r.times ?? DEFAULT_TIMES[r.kind])))
  if (!rule) return false
  rule.used += 1
  switch (rule.kind) {
    case 'forbidden':
      send(403, { message: GITHUB_MESSAGES.forbidden, documentation_url: 'https://docs.github.com/rest', status: '403' },
        ACCEPTED[req.operationId] ? { 'x-accepted-github-permissions': ACCEPTED[req.operationId] ?? '' } : {})
      return true
    case 'server-error':
      send(500, { message: GITHUB_MESSAGES.serverError, status: '500' })
      return true
    case 'secondary-rate-limit':
      send(403, { message: GITHUB_MESSAGES.secondary, documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', status: '403' },
        { 'retry-after': String(rule.retryAfterS) })
      return true
    case 'delay':
      await new Promise((resolve) => setTimeout(resolve, rule.delayMs))
      return false
    case 'hang':
      return true // never answered; the server's close() drops the connection
    case 'reset':
      reset()
      return true
    case 'barrier': {
      rule.waiting ??= []
      if (rule.used < rule.count) await new Promise<void>((resolve) => rule.waiting?.push(resolve))
      else for (const release of rule.waiting.splice(0)) release()
      return false
    }
  }
}
