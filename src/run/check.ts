import type { FailOn } from '../core/config.js'
import { CarbonError, problem, type Problem } from '../core/errors.js'
import { worktreeSource } from '../ingest/worktree-source.js'
import { ensureCommit, gitSource, gitText, mergeBase, resolveRef } from '../ingest/git.js'
import type { MeasureProgress } from '../ingest/measure.js'
import type { RepoSource } from '../ingest/source.js'
import type { AttributionSide } from '../compare/attribute.js'
import { compare } from '../compare/compare.js'
import type { Comparison } from '../compare/types.js'
import { baseHistory } from './history.js'
import { createLoadCache, loadReport, type Loaded } from './load-report.js'
import { runReport } from './report.js'

export interface CheckOptions {
  /** The folder to report on (the repository root or a folder inside it). */
  readonly repoDir: string
  /** The base branch or commit; the comparison uses its merge base with the head. Absent: the
   * folder as it is on disk is reported on its own (no git needed), budgets judged without a base. */
  readonly baseRef?: string | undefined
  /** A ref or commit for the head; absent: the working tree as it is (dirty or not). */
  readonly headRef?: string | undefined
  /** Commits in the base branch's trend; absent: the config's `history`. 0: no trend. */
  readonly history?: number | undefined
  readonly configPath?: string | undefined
  /** Overrides the config's `fail-on` (the action's input). */
  readonly failOn?: FailOn | undefined
  /** `base`: judge by the base commit's budgets, so a pull request cannot loosen them. */
  readonly budgetsFrom?: 'head' | 'base'
  /** Overrides the config's `min-change` (the action's input). */
  readonly minChange?: number | undefined
  /** The base's name for people (`main`) when `baseRef` is a SHA (the action's merge base). */
  readonly baseName?: string | undefined
  /** Progress of long log reads (the CLI draws it on a terminal). */
  readonly onProgress?: ((progress: MeasureProgress) => void) | undefined
  /**
   * When git cannot get the base: `error` (default; a ref the user typed) or `report` (a base the
   * event named: report on the head alone, with a warning that names git).
   */
  readonly missingBase?: 'error' | 'report'
}

export interface CheckResult {
  /** Absent when errors prevented it; then `problems` says why. */
  readonly comparison?: Comparison
  readonly problems: Problem[]
}

// Problems of the base commit are about another commit: say which, so nobody edits the wrong file.
const aboutBase = (sha: string) => (p: Problem): Problem => ({ ...p, message: `at base ${sha.slice(0, 7)}: ${p.message}` })

const toProblems = (error: unknown): Problem[] =>
  error instanceof CarbonError ? [...error.problems] : [problem('git-failed', { reason: error instanceof Error ? error.message : String(error) })]

function sideOf(loaded: Loaded): AttributionSide {
  const series = loaded.series
  return { config: loaded.config, ...(series ? { seriesOf: (path: string) => series.get(path) } : {}) }
}

/**
 * `carbon-budget check`: reads the head (a commit, or the working tree) and the base (the merge
 * base of the base ref and the head, as GitHub's pull-request diff uses) from git, compares them,
 * judges the budgets and draws the base branch's trend.
 * Budgets come from the head's config, or from the base's when the option or either config says
 * `budgets-from: base` (a pull request cannot switch back to its own budgets).
 * @returns the comparison, or no comparison and the problems that prevented it
 */
export async function runCheck(opts: CheckOptions): Promise<CheckResult> {
  if (opts.baseRef === undefined) return runAlone(opts)
  const baseRef = opts.baseRef
  const problems: Problem[] = []
  // One cache for head, base and trend: unchanged manifests, logs and series are read once.
  const loadOpts = { ...configOf(opts), cache: createLoadCache() }
  let root: string
  let subdir: string
  let headSha: string
  let baseTip: string
  let baseSha: string
  try {
    root = await gitText(opts.repoDir, ['rev-parse', '--show-toplevel'])
    subdir = (await gitText(opts.repoDir, ['rev-parse', '--show-prefix'])).replace(/\/$/, '')
    headSha = opts.headRef !== undefined ? await ensureCommit(root, opts.headRef) : await resolveRef(root, 'HEAD')
  } catch (error) {
    return { problems: toProblems(error) }
  }
  const sourceAt = (sha: string): RepoSource => gitSource(root, sha, subdir === '' ? {} : { subdir })
  try {
    baseTip = await ensureCommit(root, baseRef)
    baseSha = await mergeBase(root, baseTip, headSha)
  } catch (error) {
    if (opts.missingBase !== 'report') return { problems: toProblems(error) }
    // The base came from the event (a shallow checkout that cannot fetch it, a first commit): the
    // head's report is still worth having. Say so, naming git, in the log and in the comment.
    const said = toProblems(error).map((p) => problem('base-unreachable', { reason: p.message, severity: 'warning' }))
    const head = await loadReport(opts.headRef !== undefined ? sourceAt(headSha) : await worktreeSource(opts.repoDir), loadOpts)
    if (!head.report) return { problems: [...head.problems, ...said] }
    const report = { ...head.report, warnings: [...head.report.warnings, ...said] }
    const comparison = compare(undefined, report, head.config.budgets, {
      failOn: opts.failOn ?? head.config.failOn,
      minChange: opts.minChange ?? head.config.minChange,
      headRef: { ref: opts.headRef ?? 'working tree', sha: headSha },
    })
    return { comparison, problems: [...head.problems, ...said] }
  }

  const head = await loadReport(opts.headRef !== undefined ? sourceAt(headSha) : await worktreeSource(opts.repoDir), loadOpts)
  problems.push(...head.problems)
  if (!head.report) return { problems }
  const base = await loadReport(sourceAt(baseSha), loadOpts)
  const baseReport = base.report
  if (!baseReport) {
    // A broken base must not block the fix: compare against nothing, and say why.
    problems.push(...base.problems.map(aboutBase(baseSha)).map((p) => ({ ...p, severity: 'warning' as const })))
    problems.push(problem('base-broken', { sha: baseSha, severity: 'warning' }))
  } else {
    problems.push(...base.problems.map(aboutBase(baseSha)))
  }

  const fromBase = opts.budgetsFrom === 'base' || head.config.budgetsFrom === 'base' || base.config.budgetsFrom === 'base'
  const judge = fromBase ? base.config : head.config
  const budgetsFrom: Comparison['budgetsFrom'] = judge === base.config
    ? { side: 'base', sha: baseSha, ...(base.config.file ? { file: base.config.file } : {}) }
    : { side: 'head', ...(opts.headRef !== undefined ? { sha: headSha } : {}), ...(head.config.file ? { file: head.config.file } : {}) }

  const prefixed = (p: string): string => (subdir === '' ? p : `${subdir}/${p}`)
  const trendConfig = baseReport ? base.config : head.config
  const history = await baseHistory({
    repoDir: root,
    ref: baseTip,
    count: opts.history ?? judge.history,
    files: {
      globs: trendConfig.manifests.map(prefixed),
      paths: [opts.configPath ?? trendConfig.file ?? 'carbon-budget.yml', ...(base.inputs ?? [])].map(prefixed),
    },
    // The merge base is often on the trend: its report is already loaded.
    reportAt: async (sha) => (sha === baseSha ? baseReport : (await loadReport(sourceAt(sha), loadOpts)).report),
  })
  problems.push(...history.problems)

  // A trend cut short is said in the comment too, not only in the log.
  const headReport = history.cut ? { ...head.report, warnings: [...head.report.warnings, history.cut] } : head.report
  const comparison = compare(baseReport, headReport, judge.budgets, {
    failOn: opts.failOn ?? judge.failOn,
    budgetsFrom,
    baseRef: { ref: opts.baseName ?? baseRef, sha: baseSha },
    headRef: { ref: opts.headRef ?? 'working tree', sha: headSha },
    history: history.points,
    attribution: { base: sideOf(base), head: sideOf(head) },
    minChange: opts.minChange ?? judge.minChange,
  })
  return { comparison, problems }
}

const configOf = (opts: CheckOptions) => ({ configPath: opts.configPath, onProgress: opts.onProgress })

/** Nothing to compare with (a manual run without a base): the folder on disk, judged on its own. */
async function runAlone(opts: CheckOptions): Promise<CheckResult> {
  const loaded = await runReport({ dir: opts.repoDir, ...configOf(opts) })
  if (!loaded.report) return { problems: [...loaded.problems] }
  const comparison = compare(undefined, loaded.report, loaded.config.budgets, { failOn: opts.failOn ?? loaded.config.failOn, minChange: opts.minChange ?? loaded.config.minChange })
  return { comparison, problems: [...loaded.problems] }
}
