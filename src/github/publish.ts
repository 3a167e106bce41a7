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
 * Everything the action shows, in the order that keeps the most working under faults: comment and
 * status first (they may fail with a read-only token; failures become warnings, never exceptions),
 * then annotations and outputs, then the job summary, which also lists what could not be posted.
 * The exit code is not set here: the caller decides it from `fail-on`.
 */
export async function publish(req: PublishRequest): Promise<PublishResult> {
  const { api, target, inputs } = req
  const warnings: string[] = []
  let comment: UpsertResult | undefined
  let status: StatusResult | undefined
  if (inputs.comment && target.pullNumber !== undefined) {
    if (!api) warnings.push('No `github-token`: the pull-request comment is skipped.')
    else {
      try {
        comment = await upsertComment(api, target, inputs.commentKey, req.markdown, { create: inputs.createComment !== false })
        log.info(comment.action === 'skipped' ? 'Comment skipped: the pull request changes no footprint.' : `Comment ${comment.action}: ${comment.url}`)
      } catch (err) {
        warnings.push(describeApiFailure(err, 'comment'))
      }
    }
  }
  if (inputs.status) {
    if (!api) warnings.push('No `github-token`: the commit status is skipped.')
    else {
      const description = req.statusDescription ?? (req.comparison ? describeComparison(req.comparison) : firstProblem(req.problems))
      try {
        status = await setCommitStatus(api, target, { state: STATE[req.outputs.verdict], description, key: inputs.commentKey })
        log.info(`Status ${status.context} set on ${status.sha}: ${status.description}`)
      } catch (err) {
        warnings.push(describeApiFailure(err, 'status'))
      }
    }
  }
  for (const w of warnings) log.warning(w)
  const annotations = emitAnnotations(
    [...problemAnnotations(req.problems ?? []), ...(req.comparison ? budgetAnnotations(req.comparison) : [])],
    { root: req.root ?? '.' },
  )
  setActionOutputs(req.outputs)
  // Warnings go first: a folded (over 1 MiB) summary loses its end, never what could not be posted.
  const notes = warnings.length ? `> [!WARNING]\n${warnings.map((w) => `> ${w}`).join('\n>\n')}\n\n` : ''
  const summaryWritten = await writeJobSummary(notes + (req.summaryMarkdown ?? req.markdown), req.outputs.reportPath)
  return { ...(comment ? { comment } : {}), ...(status ? { status } : {}), warnings, summaryWritten, annotations }
}

function firstProblem(problems: readonly Problem[] | undefined): string {
  const p = problems?.find((x) => x.severity === 'error')
  return p ? `Bad input: ${p.pos ? `${p.pos.file}:${p.pos.line} ` : ''}${p.message}` : 'No report'
}
