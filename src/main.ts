import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { runCheck } from './run/check.js'
import type { FailOn } from './core/config.js'
import { CarbonError, formatProblem, problem } from './core/errors.js'
import { readRunTarget, verifyForkTarget, type BaseSpec, type RunTarget } from './github/context.js'
import type { GitHubApi } from './github/octokit.js'
import { publish } from './github/publish.js'
import * as runner from './github/runner.js'
import { checkJson } from './render/json.js'
import { renderCheckMarkdown } from './render/markdown.js'

const FAIL_ON = ['never', 'budget', 'increase', 'any'] as const

interface Inputs {
  readonly path: string
  readonly config?: string
  readonly token: string
  readonly baseRef?: string
  readonly comment: boolean
  readonly status: boolean
  readonly failOn?: FailOn
  readonly history: number
  readonly commentKey: string
  readonly eventFile?: string
}

function readInputs(): Inputs {
  const optional = (name: string) => runner.getInput(name) || undefined
  const failOn = optional('fail-on')
  if (failOn !== undefined && !FAIL_ON.includes(failOn as FailOn)) throw new CarbonError([problem('usage', `input fail-on is "${failOn}"; expected one of ${FAIL_ON.join(', ')}`)])
  const historyText = runner.getInput('history') || '20'
  const history = Number(historyText)
  if (!Number.isInteger(history) || history < 0 || history > 500) throw new CarbonError([problem('usage', `input history is "${historyText}"; expected a whole number from 0 to 500`)])
  const key = runner.getInput('comment-key') || 'default'
  if (!/^[\w.-]{1,64}$/.test(key)) throw new CarbonError([problem('usage', `input comment-key is "${key}"; expected 1 to 64 letters, digits, ".", "_" or "-"`)])
  const token = runner.getInput('github-token')
  if (token) runner.setSecret(token)
  return {
    path: runner.getInput('path') || '.',
    ...(optional('config') !== undefined ? { config: optional('config')! } : {}),
    token,
    ...(optional('base-ref') !== undefined ? { baseRef: optional('base-ref')! } : {}),
    comment: runner.getBooleanInput('comment'),
    status: runner.getBooleanInput('status'),
    ...(failOn !== undefined ? { failOn: failOn as FailOn } : {}),
    history,
    commentKey: key,
    ...(optional('event-file') !== undefined ? { eventFile: optional('event-file')! } : {}),
  }
}

/** The base ref `runCheck` compares with: it takes the merge base of that ref and the head itself. */
function baseRefOf(base: BaseSpec | undefined, headSha: string): string | undefined {
  if (!base) return undefined
  switch (base.kind) {
    case 'merge-base':
    case 'commit':
      return base.sha
    case 'parent':
      return `${headSha}^`
    case 'ref':
      return base.ref
  }
}

/**
 * The action: inputs → run target → head vs base → comment, status, annotations, outputs, summary.
 * Sets the exit code from `fail-on`; bad input fails the step with every problem at its line.
 */
export async function run(): Promise<void> {
  let inputs: Inputs
  let target: RunTarget
  try {
    inputs = readInputs()
    target = readRunTarget(process.env, { ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}), ...(inputs.eventFile ? { eventFile: inputs.eventFile } : {}) })
  } catch (error) {
    runner.setFailed(error instanceof CarbonError ? error.message : String(error))
    return
  }
  const dir = resolve(process.env['GITHUB_WORKSPACE'] ?? process.cwd(), inputs.path)
  const retryBaseMs = Number(process.env['CARBON_BUDGET_RETRY_BASE_MS'] ?? '') || undefined
  // Octokit and its HTTP stack load only when there is a token to use them: a read-only run starts faster.
  const api: GitHubApi | undefined = inputs.token
    ? (await import('./github/octokit.js')).createApi({ token: inputs.token, baseUrl: target.apiUrl, ...(retryBaseMs ? { retryBaseMs } : {}) })
    : undefined
  if (target.untrustedPull && api) {
    try {
      target = await verifyForkTarget(api, target)
    } catch (error) {
      runner.setFailed(error instanceof CarbonError ? error.message : String(error))
      return
    }
  }

  // Without a base (a manual run without base-ref) the checked-out folder is reported on its own.
  const baseRef = baseRefOf(target.base, target.headSha)
  const { comparison, problems } = await runCheck({
    repoDir: dir,
    ...(baseRef !== undefined ? { baseRef, headRef: target.headSha, history: inputs.history } : {}),
    ...(inputs.config !== undefined ? { configPath: inputs.config } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
  })
  for (const p of problems.filter((x) => x.severity === 'warning')) runner.warning(formatProblem(p))
  const reportPath = join(process.env['RUNNER_TEMP'] ?? dir, `carbon-budget-${inputs.commentKey}.json`)
  const errors = problems.filter((p) => p.severity === 'error')
  if (comparison) {
    await mkdir(join(reportPath, '..'), { recursive: true })
    await writeFile(reportPath, JSON.stringify(checkJson(comparison), null, 2) + '\n')
  }
  const markdown = comparison
    ? renderCheckMarkdown(comparison, { commentKey: inputs.commentKey, ...(target.runUrl ? { runUrl: target.runUrl } : {}) })
    : `### Carbon budget: the carbon files have errors\n\n${errors.length} error${errors.length === 1 ? '' : 's'}; see the annotations and the job log.\n`
  const summaryMarkdown = comparison ? renderCheckMarkdown(comparison, { commentKey: inputs.commentKey, maxChars: 1_000_000, fullReportHint: 'the JSON report (output report-path)' }) : markdown
  const verdict = comparison ? comparison.verdict : 'error'
  await publish({
    ...(api ? { api } : {}),
    target,
    ...(comparison ? { comparison } : {}),
    markdown,
    summaryMarkdown,
    inputs: { comment: inputs.comment, status: inputs.status, commentKey: inputs.commentKey },
    outputs: {
      totalKgCO2e: comparison?.head.totals.totalKgCO2e.central ?? Number.NaN,
      ...(comparison?.base ? { deltaKgCO2e: comparison.delta.totalKgCO2e.central } : {}),
      verdict,
      reportPath: comparison ? reportPath : '',
    },
    problems,
    root: dir,
  })
  if (!comparison) runner.setFailed(`carbon-budget: ${errors.length} error${errors.length === 1 ? '' : 's'} in the carbon files:\n${errors.map(formatProblem).join('\n')}`)
  else if (comparison.verdict === 'fail') runner.setFailed(`carbon-budget: ${comparison.verdictReason} (fail-on: ${comparison.failOn})`)
}
