/** What the action tried to write, for naming the permission it lacks. */
export type Surface = 'comment' | 'status'

const NEEDED: Readonly<Record<Surface, { permission: string; what: string }>> = {
  comment: { permission: 'pull-requests: write', what: 'post the pull-request comment' },
  status: { permission: 'statuses: write', what: 'set the commit status `carbon-budget`' },
}

const FORK_HELP =
  'On pull requests from forks (and Dependabot) the GITHUB_TOKEN is read-only whatever the workflow asks for; ' +
  'use the two-workflow setup (pull_request uploads the event file, workflow_run publishes) described in the README. ' +
  'The job summary, annotations and outputs of this run are complete.'

interface HttpLikeError {
  readonly status?: number
  readonly message?: string
  readonly response?: { readonly headers?: Readonly<Record<string, string | number | undefined>> }
}

function asHttpError(err: unknown): HttpLikeError | undefined {
  return typeof err === 'object' && err !== null && 'status' in err ? (err as HttpLikeError) : undefined
}

/** True for GitHub's answer to a token without the right scope (not a rate limit, which is also a 403). */
export function isPermissionDenied(err: unknown): boolean {
  const e = asHttpError(err)
  if (!e || e.status !== 403) return false
  return !/rate limit/i.test(e.message ?? '')
}

/**
 * One line for the log and the summary explaining why a write failed. A 403 names the missing
 * permission (from GitHub's `x-accepted-github-permissions` header when present) and the fork setup.
 * Never throws: publishing problems do not decide the run's exit code, `fail-on` does.
 */
export function describeApiFailure(err: unknown, surface: Surface): string {
  const need = NEEDED[surface]
  const e = asHttpError(err)
  const said = firstLine(e?.message ?? (err instanceof Error ? err.message : String(err)))
  if (isPermissionDenied(err)) {
    const accepted = e?.response?.headers?.['x-accepted-github-permissions']
    const alternatives = typeof accepted === 'string' && accepted ? ` (GitHub accepts: ${accepted.replace(/=/g, ': ').replace(/_/g, '-')})` : ''
    return `Could not ${need.what}: the token lacks \`${need.permission}\`${alternatives}; GitHub said "${said}". ` +
      `Add \`permissions: { ${need.permission} }\` to the job. ${FORK_HELP}`
  }
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError' || /^no answer within|deadline for API calls/.test(said))) {
    return `Could not ${need.what}: GitHub did not answer in time (${said}). The job summary and outputs of this run are complete.`
  }
  if (e?.status === 403 || e?.status === 429) return `Could not ${need.what}: GitHub's rate limit (${said}). The next run will try again.`
  // GitHub answers 404, not 403, to a token that may not see or write the resource.
  if (e?.status === 404) return `Could not ${need.what}: GitHub answered 404 (${said}); the token may lack \`${need.permission}\`: add \`permissions: { ${need.permission} }\` to the job.`
  if (e?.status !== undefined) return `Could not ${need.what}: GitHub answered ${e.status} (${said}).`
  return `Could not ${need.what}: ${said}.`
}

function firstLine(s: string): string {
  // Octokit appends " - https://docs.github.com/..." to messages; keep GitHub's own words.
  return (s.split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim()
}
