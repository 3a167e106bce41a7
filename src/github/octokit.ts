import * as log from './log.js'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { SECOND_MS } from '../core/units.js'

/** The Octokit this action uses: REST methods, pagination, retry and throttling. */
export type GitHubApi = ReturnType<typeof getOctokit>

export interface CreateApiOptions {
  /** The repo token or `GITHUB_TOKEN`. Registered as a secret so the runner masks it in every log line. */
  readonly token: string
  /** REST root; default `GITHUB_API_URL` read now (not at import), else `https://api.github.com`. GHES: `https://host/api/v3`. */
  readonly baseUrl?: string
  readonly userAgent?: string
  /**
   * Multiplier for every wait, in ms per second of wait (default 1000). Tests shrink it; a real run
   * keeps GitHub's `retry-after` and Octokit's 1 s, 4 s, 9 s backoff as they are.
   */
  readonly retryBaseMs?: number
  /** Longest `retry-after` we are willing to sleep through, seconds (default 60): a job should not hang for an hour. */
  readonly maxRetryAfterS?: number
  /** Retries on a 5xx or a secondary rate limit (default 3). */
  readonly retries?: number
  /** Longest wait for one answer, ms (default 15 s): an API that accepts and never answers costs this, not undici's 300 s. */
  readonly requestTimeoutMs?: number
  /** When the current phase of API calls must end: no request runs and no retry waits past it. */
  readonly deadline?: Deadline
}

/**
 * The end of a phase of API calls (checking a fork's pull request; publishing), as epoch ms. The
 * caller moves it when a phase starts; every request and wait reads it then.
 */
export interface Deadline {
  endsAtMs: number
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000

let apiCount = 0

/**
 * Builds the Octokit for this run. Writes are spaced (1 s, GitHub's advice against secondary limits)
 * by the throttling plugin; 5xx answers are retried with backoff; a secondary rate limit is waited out
 * when its `retry-after` is short, otherwise the request fails and the caller turns it into a warning.
 *
 * @example
 * const api = createApi({ token: getInput('github-token') })
 */
export function createApi(opts: CreateApiOptions): GitHubApi {
  if (opts.token) log.setSecret(opts.token)
  const baseUrl = (opts.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '')
  const retryBaseMs = opts.retryBaseMs ?? 1000
  const maxRetryAfterS = opts.maxRetryAfterS ?? 60
  const retries = opts.retries ?? 3
  const requestTimeoutMs = opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  const deadline = opts.deadline
  const leftMs = (): number => (deadline ? deadline.endsAtMs - Date.now() : Infinity)
  // The throttling plugin keeps its limiters in module-wide groups keyed by id: one key per client,
  // so two clients in one process (tests, or a future multi-repo run) do not wait on each other.
  apiCount += 1
  const waitOrGiveUp = (kind: string) => (retryAfterS: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number): boolean => {
    const what = `${options.method ?? ''} ${options.url ?? ''}`.trim()
    if (retryCount < retries && retryAfterS <= maxRetryAfterS && retryAfterS * retryBaseMs < leftMs()) {
      log.info(`GitHub ${kind} on ${what}: retrying in ${retryAfterS} s (attempt ${retryCount + 2} of ${retries + 1}).`)
      return true
    }
    const why = retryCount >= retries ? `${retryCount} retries made` : retryAfterS > maxRetryAfterS ? `retry-after ${retryAfterS} s is too long` : `retry-after ${retryAfterS} s would pass the deadline (publish-timeout)`
    // A line, not a warning: the caller warns once about what could not be posted.
    log.info(`GitHub ${kind} on ${what}: giving up (${why}).`)
    return false
  }
  // Every request gets its own timeout, cut short by the deadline: a silent server costs seconds, not minutes.
  // A request that outlives its own timeout fails as a TimeoutError, which Octokit turns into a 500
  // and retries; one cut by the deadline fails as an AbortError, which Octokit passes on unretried.
  const timedFetch: typeof fetch = async (input, init) => {
    const left = leftMs()
    const byDeadline = left <= requestTimeoutMs
    const reason = byDeadline
      ? new DOMException('the deadline for API calls (publish-timeout) passed', 'AbortError')
      : new DOMException(`no answer within ${requestTimeoutMs / SECOND_MS} s`, 'TimeoutError')
    const limit = new AbortController()
    const timer = setTimeout(() => limit.abort(reason), Math.max(0, byDeadline ? left : requestTimeoutMs))
    try {
      return await fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([limit.signal, init.signal]) : limit.signal })
    } finally {
      clearTimeout(timer)
    }
  }
  const octokit = getOctokit(
    opts.token,
    {
      baseUrl,
      userAgent: opts.userAgent ?? 'carbon-budget-action',
      log: {
        // Octokit's default logger writes to the console; route it through the runner's commands so it lands in the
        // step log as debug/warning lines (the runner masks the registered token there).
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.debug(m),
        error: (m: string) => log.debug(m),
      },
      request: { fetch: timedFetch },
      retry: { retryAfterBaseValue: retryBaseMs, retries },
      throttle: {
        id: `carbon-budget-${process.pid}-${apiCount}`,
        retryAfterBaseValue: retryBaseMs,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: waitOrGiveUp('rate limit'),
        onSecondaryRateLimit: waitOrGiveUp('secondary rate limit'),
      },
    },
    retry,
    throttling,
  )
  // plugin-retry and plugin-throttling count retries in `options.request`, one object shared by every
  // request of the client: after one request used its retries, the next started at its 4th (a 25 s
  // first wait). The outermost hook gives each request a fresh copy.
  octokit.hook.wrap('request', async (request, options) => {
    // Hooks all see the one options object of this call (before-after-hook binds it to each), so the
    // copy is put there, not passed on: `options` is this request's own, `options.request` is shared.
    // Past the deadline a request still goes through the plugins (so it fails as theirs do, as a
    // timeout) but without retries, and its fetch is aborted at once.
    const { retryCount: _, ...fresh } = (options.request ?? {}) as Record<string, unknown>
    options.request = leftMs() > 0 ? fresh : { ...fresh, retries: 0 }
    return request(options)
  })
  return octokit
}
