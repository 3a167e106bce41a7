import type { GitHubApi } from './octokit.js'
import type { RunTarget } from './context.js'

/** GitHub silently rejects longer status descriptions (422 on some versions, truncation on others). */
export const MAX_STATUS_DESCRIPTION_CHARS = 140

export type StatusState = 'success' | 'failure' | 'error' | 'pending'

export interface StatusRequest {
  readonly state: StatusState
  readonly description: string
  /** Key of the report (`comment-key`): several reports in one repo get one status each. */
  readonly key?: string
}

export interface StatusResult {
  readonly context: string
  readonly sha: string
  readonly description: string
}

/** `carbon-budget`, or `carbon-budget (KEY)` for a non-default key: the name users mark as required. */
export function statusContext(key?: string): string {
  const k = key?.trim()
  return !k || k === 'default' ? 'carbon-budget' : `carbon-budget/${k}`
}

/** Fits a description into 140 characters, cutting at a word and marking the cut with an ellipsis. */
export function fitDescription(text: string, maxChars: number = MAX_STATUS_DESCRIPTION_CHARS): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  if (oneLine.length <= maxChars) return oneLine
  const room = oneLine.slice(0, maxChars - 1)
  const space = room.lastIndexOf(' ')
  return `${(space > maxChars / 2 ? room.slice(0, space) : room).trimEnd()}…`
}

/**
 * Sets the commit status on the report's head commit: the PR head, never the merge commit that
 * `GITHUB_SHA` names on pull_request. Throws Octokit's errors; `publish` turns them into warnings.
 */
export async function setCommitStatus(api: GitHubApi, target: RunTarget, req: StatusRequest): Promise<StatusResult> {
  const context = statusContext(req.key)
  const description = fitDescription(req.description)
  await api.rest.repos.createCommitStatus({
    owner: target.owner,
    repo: target.repo,
    sha: target.headSha,
    state: req.state,
    context,
    description,
    ...(target.runUrl ? { target_url: target.runUrl } : {}),
  })
  return { context, sha: target.headSha, description }
}
