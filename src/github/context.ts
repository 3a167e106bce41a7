import { readFileSync, statSync } from 'node:fs'
import { CarbonError, problem, type Problem } from '../core/errors.js'
import { isSha, readEventPayload, type PayloadIssue, type PullRequestEvent } from './events.js'
import type { GitHubApi } from './octokit.js'

/**
 * What to compare the head with.
 * - `merge-base`: the merge base of `sha` (the PR's base branch tip) and the head: what the PR adds.
 * - `commit`: exactly this commit (push: the branch's previous tip; merge_group: the queue's base).
 * - `parent`: the head's first parent (push of a new branch, whose `before` is all zeros).
 * - `ref`: a ref the user named (`base-ref` input); resolve it with git.
 */
export type BaseSpec =
  | { readonly kind: 'merge-base'; readonly sha: string; readonly ref?: string }
  | { readonly kind: 'commit'; readonly sha: string; readonly ref?: string }
  | { readonly kind: 'parent' }
  | { readonly kind: 'ref'; readonly ref: string }

export type EventName = 'pull_request' | 'pull_request_target' | 'push' | 'merge_group' | 'workflow_dispatch' | 'workflow_run'

/** Everything the GitHub edge needs to know about this run, read once from the runner's environment. */
export interface RunTarget {
  readonly event: EventName | 'other'
  /** The event that caused the report: for `workflow_run`, the triggering event (`pull_request`). */
  readonly sourceEvent: string
  readonly owner: string
  readonly repo: string
  /** The commit to report on and to put the status on. For a PR: the PR head, never the merge commit. */
  readonly headSha: string
  readonly headRef?: string
  /** Absent: report only (nothing to compare with). */
  readonly base?: BaseSpec
  /** Where the comment goes; absent outside pull requests. */
  readonly pullNumber?: number
  /** True in `workflow_run` mode: the PR number came from an uploaded artifact and must be checked with `verifyForkTarget`. */
  readonly untrustedPull: boolean
  readonly serverUrl: string
  readonly apiUrl: string
  /** Link to this workflow run, for the status's target URL and the comment footer. */
  readonly runUrl?: string
}

export interface TargetInputs {
  /** `base-ref` input: overrides the event's base. */
  readonly baseRef?: string | undefined
  /** `event-file` input, `workflow_run` mode: the `pull_request` event JSON the unprivileged workflow uploaded. */
  readonly eventFile?: string | undefined
}

const ZERO_SHA = /^0{40}$/

/** Largest uploaded event file we read: a real `pull_request` payload is ~30 KB. */
const MAX_EVENT_FILE_BYTES = 1024 ** 2

/**
 * Reads the runner's environment and event payload into a `RunTarget`. Throws `CarbonError` with
 * every problem when the environment or an uploaded event file is not what GitHub would produce.
 */
export function readRunTarget(env: NodeJS.ProcessEnv = process.env, inputs: TargetInputs = {}): RunTarget {
  const problems: Problem[] = []
  const need = (name: string): string => {
    const v = env[name]
    if (!v) problems.push(problem('env-missing', { name }))
    return v ?? ''
  }
  const [owner = '', repo = ''] = need('GITHUB_REPOSITORY').split('/')
  const eventName = need('GITHUB_EVENT_NAME')
  const eventPath = env['GITHUB_EVENT_PATH']
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '')
  const apiUrl = (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/+$/, '')
  const runId = env['GITHUB_RUN_ID']
  const common = {
    owner, repo, serverUrl, apiUrl, sourceEvent: eventName, untrustedPull: false,
    ...(runId && owner ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` } : {}),
  }
  const payload = eventPath ? readJson(eventPath, 'GITHUB_EVENT_PATH', problems) : {}
  const parse = <K extends Parameters<typeof readEventPayload>[0]>(kind: K, data: unknown, file: string) => {
    const issues: PayloadIssue[] = []
    const r = readEventPayload(kind, data, issues)
    for (const issue of issues) problems.push(problem('event-invalid', { source: file, path: issue.path, reason: issue.message, field: issue.path }))
    return r
  }
  const override: BaseSpec | undefined = inputs.baseRef ? { kind: 'ref', ref: inputs.baseRef } : undefined
  let target: RunTarget | undefined
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const e = parse('pullRequest', payload, 'event payload')
      if (e) target = fromPull(eventName, e.pull_request, common, override, false)
      break
    }
    case 'push': {
      const e = parse('push', payload, 'event payload')
      const head = e?.after ?? env['GITHUB_SHA'] ?? ''
      if (e) {
        const before: BaseSpec = ZERO_SHA.test(e.before) ? { kind: 'parent' } : { kind: 'commit', sha: e.before }
        if (!ZERO_SHA.test(e.before) && !isSha(e.before)) problems.push(problem('event-before-sha', { before: e.before }))
        target = { ...common, event: 'push', headSha: head, ...refName(e.ref), base: override ?? before }
      }
      break
    }
    case 'merge_group': {
      const e = parse('mergeGroup', payload, 'event payload')
      if (e) {
        const mg = e.merge_group
        target = { ...common, event: 'merge_group', headSha: mg.head_sha, ...refName(mg.head_ref), base: override ?? { kind: 'commit', sha: mg.base_sha, ...(mg.base_ref ? { ref: shortRef(mg.base_ref) ?? mg.base_ref } : {}) } }
      }
      break
    }
    case 'workflow_run': {
      const e = parse('workflowRun', payload, 'event payload')
      if (!inputs.eventFile) {
        problems.push(problem('event-file-needed'))
        break
      }
      // Untrusted: anyone who opens a PR controls this file. Validate every field we use, then
      // require that it describes the very commit GitHub says the triggering run was for.
      const uploaded = parse('pullRequest', readJson(inputs.eventFile, 'event-file', problems), inputs.eventFile)
      if (e && uploaded) {
        if (uploaded.pull_request.head.sha !== e.workflow_run.head_sha) {
          problems.push(problem('event-file-other-commit', { eventFile: inputs.eventFile, uploadedSha: uploaded.pull_request.head.sha, runSha: e.workflow_run.head_sha }))
        } else {
          target = { ...fromPull('workflow_run', uploaded.pull_request, common, override, true), sourceEvent: e.workflow_run.event }
        }
      }
      break
    }
    case 'workflow_dispatch':
      target = { ...common, event: 'workflow_dispatch', headSha: env['GITHUB_SHA'] ?? '', ...refName(env['GITHUB_REF']), ...(override ? { base: override } : {}) }
      break
    default:
      target = { ...common, event: 'other', headSha: env['GITHUB_SHA'] ?? '', ...refName(env['GITHUB_REF']), ...(override ? { base: override } : {}) }
  }
  if (target && !isSha(target.headSha)) problems.push(problem('head-sha-missing', { sha: target.headSha }))
  if (problems.length > 0 || !target) throw new CarbonError(problems.length ? problems : [problem('event-unreadable', { event: eventName })])
  return target
}

type Common = Pick<RunTarget, 'owner' | 'repo' | 'serverUrl' | 'apiUrl' | 'sourceEvent' | 'untrustedPull' | 'runUrl'>

function fromPull(
  event: EventName,
  pr: PullRequestEvent['pull_request'],
  common: Common,
  override: BaseSpec | undefined,
  untrusted: boolean,
): RunTarget {
  return {
    ...common,
    event,
    untrustedPull: untrusted,
    pullNumber: pr.number,
    headSha: pr.head.sha,
    ...(pr.head.ref ? { headRef: pr.head.ref } : {}),
    base: override ?? { kind: 'merge-base', sha: pr.base.sha, ...(pr.base.ref ? { ref: pr.base.ref } : {}) },
  }
}

function refName(fullRef: string | undefined): { headRef?: string } {
  const short = shortRef(fullRef)
  return short ? { headRef: short } : {}
}

function shortRef(fullRef: string | undefined): string | undefined {
  return fullRef ? fullRef.replace(/^refs\/(heads|tags)\//, '') : undefined
}

function readJson(file: string, what: string, problems: Problem[]): unknown {
  try {
    const size = statSync(file).size
    if (size > MAX_EVENT_FILE_BYTES) {
      problems.push(problem('event-file-too-large', { what, file, bytes: size, maxBytes: MAX_EVENT_FILE_BYTES }))
      return {}
    }
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch (err) {
    problems.push(problem('event-file-not-json', { what, file, reason: err instanceof Error ? err.message : String(err) }))
    return {}
  }
}

/**
 * `workflow_run` mode: the PR number came from an artifact anyone can forge. Asks GitHub for that PR
 * and accepts it only when its head is the commit the triggering run built; the base then comes from
 * GitHub, not from the artifact. When the heads differ the run is stale (the PR moved on, and the
 * run for its new head reports) or the file names another PR: either way nothing may be posted, and
 * nothing is wrong with the PR, so the caller ends with a notice. Other targets are returned unchanged.
 */
export async function verifyForkTarget(api: GitHubApi, target: RunTarget): Promise<RunTarget | { readonly stale: string }> {
  if (!target.untrustedPull || target.pullNumber === undefined) return target
  const { data: pr } = await api.rest.pulls.get({ owner: target.owner, repo: target.repo, pull_number: target.pullNumber })
  if (pr.head.sha !== target.headSha) {
    return { stale: `pull request #${target.pullNumber} has head ${pr.head.sha}, not ${target.headSha} (the commit of the triggering run): the pull request moved on, or the uploaded event file names another one` }
  }
  const base: BaseSpec = target.base?.kind === 'ref' ? target.base : { kind: 'merge-base', sha: pr.base.sha, ref: pr.base.ref }
  return { ...target, base, untrustedPull: false }
}
