import * as log from './log.js'
import type { Problem } from '../core/errors.js'
import type { Comparison } from '../compare/types.js'
import type { GitHubApi } from './octokit.js'
import type { RunTarget } from './context.js'
import { upsertComment, type UpsertResult } from './comment.js'
import { setCommitStatus, type StatusResult, type StatusState } from './status.js'
import { budgetAnnotations, emitAnnotations, problemAnnotations, type EmitSummary } from './annotations.js'
import { setActionOutputs, writeJobSummary, type ActionOutputs } from './outputs.js'
import { describeApiFailure } from './permissions.js'
import { describeComparison } from './describe.js'
import { SECOND_MS } from '../core/units.js'

export interface PublishInputs {
  /** `comment` input: upsert the PR comment. */
  readonly comment: boolean
  /** `status` input: set the commit status. */
  readonly status: boolean
  /** `comment-key` input: one comment (and one status context) per key. */
  readonly commentKey: string
  /** false: update an existing comment but create none (`comment-unchanged: false` on a PR that changes nothing). */
  readonly createComment?: boolean
}

export interface PublishRequest {
  /** Absent when there is no token: only the token-free surfaces (summary, annotations, outputs). */
  readonly api?: GitHubApi
  readonly target: RunTarget
  /** Absent when the input was bad and nothing could be compared (verdict `error`). */
  readonly comparison?: Comparison
  /** The PR comment's markdown (without the marker). */
  readonly markdown: string
  /** The job summary's markdown; default `markdown`. */
  readonly summaryMarkdown?: string
  readonly inputs: PublishInputs
  readonly outputs: ActionOutputs
  /** Default: total, delta and the verdict's reason (`describeComparison`), or the first problem. */
  readonly statusDescription?: string
  /** Input problems, annotated at their lines. */
  readonly problems?: readonly Problem[]
  /** The folder manifests were read from: the `path` input, or its absolute path inside `GITHUB_WORKSPACE` (made repo-relative). */
  readonly root?: string
  /** How long the comment and status may take together, ms; absent: no bound beyond each request's. */
  readonly deadlineMs?: number
}

export interface PublishResult {
  readonly comment?: UpsertResult
  readonly status?: StatusResult
  /** One line per surface that could not be written (also printed as a warning, and in the summary). */
  readonly warnings: readonly string[]
  readonly summaryWritten: boolean
  readonly annotations: EmitSummary
}

const STATE: Readonly<Record<ActionOutputs['verdict'], StatusState>> = { pass: 'success', fail: 'failure', error: 'error' }

/**
 * Everything the action shows, in the order that keeps the most under faults: first what needs no
 * API (annotations, outputs, the job summary), so a job killed while GitHub is slow still has them;
 * then the comment and the status, bounded by `deadlineMs` (failures and the deadline become
 * warnings, never exceptions); then, when something could not be posted, the summary again with
 * those warnings on top. The exit code is not set here: the caller decides it from `fail-on`.
 */
export async function publish(req: PublishRequest): Promise<PublishResult> {
  const { api, target, inputs } = req
  const annotations = emitAnnotations(
    [...problemAnnotations(req.problems ?? []), ...(req.comparison ? budgetAnnotations(req.comparison) : [])],
    { root: req.root ?? '.' },
  )
  setActionOutputs(req.outputs)
  const summary = req.summaryMarkdown ?? req.markdown
  let summaryWritten = await writeJobSummary(summary, req.outputs.reportPath)

  const warnings: string[] = []
  const posted: { comment?: UpsertResult; status?: StatusResult } = {}
  const wantComment = inputs.comment && target.pullNumber !== undefined
  if (!api) {
    if (wantComment) warnings.push('No `github-token`: the pull-request comment is skipped.')
    if (inputs.status) warnings.push('No `github-token`: the commit status is skipped.')
  } else {
    const calls = (async () => {
      if (wantComment) {
        try {
          posted.comment = await upsertComment(api, target, inputs.commentKey, req.markdown, { create: inputs.createComment !== false })
          if (posted.comment.action === 'skipped') log.info('Comment skipped: the pull request changes no footprint.')
          else if (posted.comment.action !== 'stale') log.info(`Comment ${posted.comment.action}: ${posted.comment.url}`)
        } catch (err) {
          warnings.push(describeApiFailure(err, 'comment'))
        }
      }
      if (inputs.status) {
        const description = req.statusDescription ?? (req.comparison ? describeComparison(req.comparison) : firstProblem(req.problems))
        try {
          posted.status = await setCommitStatus(api, target, { state: STATE[req.outputs.verdict], description, key: inputs.commentKey })
          log.info(`Status ${posted.status.context} set on ${posted.status.sha}: ${posted.status.description}`)
        } catch (err) {
          warnings.push(describeApiFailure(err, 'status'))
        }
      }
    })()
    // The requests themselves stop at the deadline; this bounds whatever else might wait (a retry's sleep).
    // The requests stop at the deadline by themselves and say why; the grace lets them. This bounds
    // whatever else might wait (a retry's sleep).
    const late = await raceDeadline(calls, req.deadlineMs === undefined ? undefined : req.deadlineMs + DEADLINE_GRACE_MS)
    if (late) warnings.push(`Publishing stopped at its deadline (${Math.round((req.deadlineMs ?? 0) / SECOND_MS)} s, input \`publish-timeout\`): GitHub was too slow. The job summary and outputs are complete; the next run will try again.`)
  }
  for (const w of warnings) log.warning(w)
  // Warnings go first: a folded (over 1 MiB) summary loses its end, never what could not be posted.
  if (warnings.length > 0 && summaryWritten) {
    const notes = `> [!WARNING]\n${warnings.map((w) => `> ${w}`).join('\n>\n')}\n\n`
    summaryWritten = await writeJobSummary(notes + summary, req.outputs.reportPath, { overwrite: true })
  }
  return { ...posted, warnings: [...warnings], summaryWritten, annotations }
}

/** How long after the deadline requests that it aborted get to report their own failure. */
const DEADLINE_GRACE_MS = 1000

/** True when `work` did not end within `ms` (it is then left to the process's end). */
async function raceDeadline(work: Promise<void>, ms: number | undefined): Promise<boolean> {
  if (ms === undefined) {
    await work
    return false
  }
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), ms)
  })
  try {
    return await Promise.race([work.then(() => false), late])
  } finally {
    clearTimeout(timer)
  }
}

function firstProblem(problems: readonly Problem[] | undefined): string {
  const p = problems?.find((x) => x.severity === 'error')
  return p ? `Bad input: ${p.pos ? `${p.pos.file}:${p.pos.line} ` : ''}${p.message}` : 'No report'
}
