import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CarbonError, formatProblem } from './core/errors.js'
import { readRunTarget, verifyForkTarget, type BaseSpec, type RunTarget } from './github/context.js'
import type { GitHubApi } from './github/octokit.js'
import { readInputs, type Inputs } from './github/inputs.js'
import * as log from './github/log.js'

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
    log.setFailed(error instanceof CarbonError ? error.message : String(error))
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
      log.setFailed(error instanceof CarbonError ? error.message : String(error))
      return
    }
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
    ...(inputs.config !== undefined ? { configPath: inputs.config } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    ...(inputs.minChange !== undefined ? { minChange: inputs.minChange } : {}),
    // the branch name for people, where the base is given as a SHA
    ...(target.base && 'ref' in target.base && target.base.ref !== undefined ? { baseName: target.base.ref } : {}),
  })
  for (const p of problems.filter((x) => x.severity === 'warning')) log.warning(formatProblem(p))
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
    : `### Carbon budget: the carbon files have errors\n\n${errors.length} error${errors.length === 1 ? '' : 's'}; see the annotations and the job log.\n`
  const summaryMarkdown = comparison
    ? renderCheckMarkdown(comparison, { commentKey: inputs.commentKey, ...links, maxChars: 1_000_000, fullReportHint: 'the JSON report (output report-path)', summary: true })
    : markdown
  // A PR that changes no footprint: no new comment when the input says so; an earlier one is still updated.
  const createComment = inputs.commentUnchanged || !comparison?.base || !changesNothing(comparison)
  const verdict = comparison ? comparison.verdict : 'error'
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
      verdict,
      reportPath: comparison ? reportPath : '',
    },
    problems,
    root: dir,
  })
  if (!comparison) log.setFailed(`carbon-budget: ${errors.length} error${errors.length === 1 ? '' : 's'} in the carbon files:\n${errors.map(formatProblem).join('\n')}`)
  else if (comparison.verdict === 'fail') log.setFailed(`carbon-budget: ${comparison.verdictReason} (fail-on: ${comparison.failOn})`)
}

/** Wall time since the process started and CPU time used so far: the cost of starting, for the benchmark. */
function startCost(): string {
  const cpu = process.cpuUsage()
  return `${performance.now().toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`
}
