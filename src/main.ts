import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CarbonError, formatProblem } from './core/errors.js'
import { readRunTarget, verifyForkTarget, type BaseSpec, type RunTarget } from './github/context.js'
import type { Deadline, GitHubApi } from './github/octokit.js'
import { readInputs, type Inputs } from './github/inputs.js'
import * as log from './github/log.js'
import { escapeMarkdown } from './render/escape.js'
import { SECOND_MS } from './core/units.js'

// Only what every run needs before its work is imported statically (inputs, the event, the runner's
// commands): the pipeline, the renderers and Octokit load when the run gets to them, so a run that
// stops at bad input starts as fast as the smallest action, and the start is measured against that
// floor in bench/cold-start.bench.js.

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
 * The action: inputs → run target → head vs base → annotations, outputs, summary → comment, status.
 * Sets the exit code from `fail-on`; bad input fails the step with every problem at its line. Never
 * ends with a stack trace: whatever goes wrong becomes one error, a summary and `verdict: error`.
 */
export async function run(): Promise<void> {
  try {
    await act()
  } catch (error) {
    await failSafe(error)
  }
}

async function act(): Promise<void> {
  let inputs: Inputs
  let target: RunTarget
  try {
    inputs = readInputs()
    target = readRunTarget(process.env, { ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}), ...(inputs.eventFile ? { eventFile: inputs.eventFile } : {}) })
  } catch (error) {
    if (!(error instanceof CarbonError)) throw error
    return refuse(error.message)
  }
  const dir = resolve(process.env['GITHUB_WORKSPACE'] ?? process.cwd(), inputs.path)
  const retryBaseMs = Number(process.env['CARBON_BUDGET_RETRY_BASE_MS'] ?? '') || undefined
  const timeoutMs = inputs.publishTimeoutS * SECOND_MS
  const deadline: Deadline = { endsAtMs: Date.now() + timeoutMs }
  // Octokit and its HTTP stack load only when there is a token to use them.
  const api: GitHubApi | undefined = inputs.token
    ? (await import('./github/octokit.js')).createApi({ token: inputs.token, baseUrl: target.apiUrl, deadline, ...(retryBaseMs ? { retryBaseMs } : {}) })
    : undefined
  if (target.untrustedPull && api) {
    let checked: Awaited<ReturnType<typeof verifyForkTarget>>
    try {
      checked = await verifyForkTarget(api, target)
    } catch (error) {
      return refuse(`carbon-budget: could not check pull request #${target.pullNumber} with GitHub: ${error instanceof Error ? error.message : String(error)}`)
    }
    if ('stale' in checked) {
      // The pull request moved on: the run for its new head reports. Nothing here is wrong.
      const message = `carbon-budget: ${checked.stale}; nothing is posted by this run.`
      emptyOutputs('')
      await writeSummarySafely(errorSummary('stale run, nothing posted', message))
      log.notice(message)
      return
    }
    target = checked
  }

  log.debug(`carbon-budget: ready to work after ${startCost()}`)

  const [{ runCheck }, { checkJson }, { renderCheckMarkdown }, { publish }, { changesNothing }] = await Promise.all([
    import('./run/check.js'),
    import('./render/json.js'),
    import('./render/markdown.js'),
    import('./github/publish.js'),
    import('./render/rows.js'),
  ])
  // Without a base (a manual run without base-ref) the checked-out folder is reported on its own.
  const baseRef = baseRefOf(target.base, target.headSha)
  const { comparison, problems } = await runCheck({
    repoDir: dir,
    ...(baseRef !== undefined ? { baseRef, headRef: target.headSha, history: inputs.history } : {}),
    // A base the event named degrades to a report without comparison when git cannot get it; one the user typed is an error.
    missingBase: target.base?.kind === 'ref' ? 'error' : 'report',
    ...(inputs.config !== undefined ? { configPath: inputs.config } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    ...(inputs.minChange !== undefined ? { minChange: inputs.minChange } : {}),
    // the branch name for people, where the base is given as a SHA
    ...(target.base && 'ref' in target.base && target.base.ref !== undefined ? { baseName: target.base.ref } : {}),
  })
  const reportPath = join(process.env['RUNNER_TEMP'] ?? dir, `carbon-budget-${inputs.commentKey}.json`)
  const errors = problems.filter((p) => p.severity === 'error')
  if (comparison) {
    await mkdir(join(reportPath, '..'), { recursive: true })
    await writeFile(reportPath, JSON.stringify(checkJson(comparison), null, 2) + '\n')
  }
  const actionRepo = process.env['GITHUB_ACTION_REPOSITORY']
  const links = {
    repoUrl: `${target.serverUrl}/${target.owner}/${target.repo}`,
    ...(target.runUrl ? { runUrl: target.runUrl } : {}),
    ...(actionRepo ? { docsUrl: `${target.serverUrl}/${actionRepo}#readme` } : {}),
  }
  const markdown = comparison
    ? renderCheckMarkdown(comparison, { commentKey: inputs.commentKey, ...links })
    : errorSummary('the carbon files have errors', `${errors.length} error${errors.length === 1 ? '' : 's'}; see the annotations and the job log.`)
  const summaryMarkdown = comparison
    ? renderCheckMarkdown(comparison, { commentKey: inputs.commentKey, ...links, maxChars: 1_000_000, fullReportHint: 'the JSON report (output report-path)', summary: true })
    : markdown
  // A PR that changes no footprint: no new comment when the input says so; an earlier one is still updated.
  const createComment = inputs.commentUnchanged || !comparison?.base || !changesNothing(comparison)
  deadline.endsAtMs = Date.now() + timeoutMs
  await publish({
    ...(api ? { api } : {}),
    target,
    ...(comparison ? { comparison } : {}),
    markdown,
    summaryMarkdown,
    inputs: { comment: inputs.comment, status: inputs.status, commentKey: inputs.commentKey, createComment },
    outputs: {
      totalKgCO2e: comparison?.head.totals.totalKgCO2e.central ?? Number.NaN,
      ...(comparison?.base ? { deltaKgCO2e: comparison.delta.totalKgCO2e.central } : {}),
      verdict: comparison ? comparison.verdict : 'error',
      reportPath: comparison ? reportPath : '',
    },
    problems,
    root: dir,
    deadlineMs: timeoutMs,
  })
  if (!comparison) log.setFailed(`carbon-budget: ${errors.length} error${errors.length === 1 ? '' : 's'} in the carbon files:\n${errors.map(formatProblem).join('\n')}`)
  else if (comparison.verdict === 'fail') log.setFailed(`carbon-budget: ${comparison.verdictReason} (fail-on: ${comparison.failOn})`)
}

/** A summary for a run that produced no report: a heading and one line of plain text. */
function errorSummary(heading: string, text: string): string {
  return `### Carbon budget: ${heading}\n\n${escapeMarkdown(text, { maxChars: 4000 })}\n`
}

/** Outputs of a run that did not get to a report: empty figures and the verdict given (`error`, or '' for a stale run). */
function emptyOutputs(verdict: 'error' | ''): void {
  log.setOutput('total-kgco2e', '')
  log.setOutput('delta-kgco2e', '')
  log.setOutput('verdict', verdict)
  log.setOutput('report-path', '')
}

/** Bad inputs or environment: the step fails with every problem, and still leaves a summary and outputs. */
async function refuse(message: string): Promise<void> {
  emptyOutputs('error')
  await writeSummarySafely(errorSummary('not run', message))
  log.setFailed(message)
}

/** The last resort: one error line (no stack trace), a summary and `verdict: error`, exit code 1. */
async function failSafe(error: unknown): Promise<void> {
  const message = `carbon-budget: internal error: ${error instanceof Error ? error.message : String(error)}. Please report it with the job log.`
  try {
    emptyOutputs('error')
  } catch {
    // The outputs file itself is broken: the error line below still tells the story.
  }
  await writeSummarySafely(errorSummary('internal error', message))
  log.setFailed(message)
}

async function writeSummarySafely(markdown: string): Promise<void> {
  try {
    await log.writeSummary(markdown, { overwrite: true })
  } catch {
    // No summary file (a local run): the failure line is enough.
  }
}

/** Wall time since the process started and CPU time used so far: the cost of starting, for the benchmark. */
function startCost(): string {
  const cpu = process.cpuUsage()
  return `${performance.now().toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`
}
