import picomatch from 'picomatch'
import { CarbonError, problem, type Problem } from '../core/errors.js'
import type { Report } from '../core/model.js'
import { commitsTouching, deepen, isShallow, listTree, type CommitInfo, type PathFilter } from '../ingest/git.js'
import { mapBounded } from './map-bounded.js'
import type { HistoryPoint } from '../compare/types.js'

export interface HistoryOptions {
  /** The repository (any folder inside it). */
  readonly repoDir: string
  /** The tip of the base branch (a ref or commit id). */
  readonly ref: string
  /** How many commits that touched carbon files (`history`, default 20). */
  readonly count: number
  /** The carbon files, repo-relative: manifest globs, and the config, logs and series by path. */
  readonly files: PathFilter
  /** The report of the repository at a commit; undefined when it has errors (that point is left out). */
  readonly reportAt: (sha: string) => Promise<Report | undefined>
}

export interface HistoryResult {
  /** Oldest first. */
  readonly points: readonly HistoryPoint[]
  /** Commits whose report was computed, and those that reused an earlier one (same carbon files). */
  readonly computed: number
  readonly reused: number
  readonly problems: readonly Problem[]
  /** Set when a shallow clone that could not be deepened enough cut the trend short (also in `problems`). */
  readonly cut?: Problem
}

// How far a shallow clone is deepened for the trend, step by step, in commits of the base branch.
const DEEPEN_STEPS = [100, 1000] as const
const COMMITS_IN_FLIGHT = 4

/** The blob ids of the carbon files at a commit, as one string: equal keys, equal reports. */
async function carbonKey(repoDir: string, sha: string, isCarbon: (path: string) => boolean): Promise<string> {
  const tree = await listTree(repoDir, sha)
  const parts: string[] = []
  for (const [path, entry] of tree) if (isCarbon(path)) parts.push(`${path}\0${entry.oid}`)
  return parts.sort().join('\n')
}

/**
 * The base branch's trend: its total over the last `count` mainline commits that touched carbon
 * files, oldest first, from git history alone. Cost is bounded: a commit whose carbon files have
 * the same blob ids as an earlier one (a revert, a merge that changed nothing carbon) reuses that
 * report instead of loading again. Commits whose report has errors are left out with a warning.
 */
export async function baseHistory(opts: HistoryOptions): Promise<HistoryResult> {
  const problems: Problem[] = []
  if (opts.count <= 0) return { points: [], computed: 0, reused: 0, problems }
  try {
    let touching = await commitsTouching(opts.repoDir, opts.ref, opts.files, opts.count)
    // A shallow checkout holds too little history for the trend: fetch more, when origin allows it.
    for (const step of DEEPEN_STEPS) {
      if (touching.length >= opts.count || !(await deepen(opts.repoDir, opts.ref, step))) break
      touching = await commitsTouching(opts.repoDir, opts.ref, opts.files, opts.count)
    }
    const commits = touching.reverse()
    const globs = picomatch([...(opts.files.globs ?? [])], { dot: true })
    const paths = new Set(opts.files.paths ?? [])
    // The same paths come back at every commit: match each once.
    const matched = new Map<string, boolean>()
    const isCarbon = (path: string): boolean => {
      let m = matched.get(path)
      if (m === undefined) matched.set(path, (m = paths.has(path) || globs(path)))
      return m
    }
    // A report per distinct set of carbon files, its promise kept: commits loaded side by side
    // that hold the same files share one load.
    const totals = new Map<string, Promise<number | undefined>>()
    let computed = 0
    let reused = 0
    const totalAt = async (commit: CommitInfo): Promise<number | undefined> => {
      const key = await carbonKey(opts.repoDir, commit.sha, isCarbon)
      let total = totals.get(key)
      if (total) reused += 1
      else {
        computed += 1
        totals.set(key, (total = opts.reportAt(commit.sha).then((r) => r?.totals.totalKgCO2e.central)))
      }
      return total
    }
    // Several commits in flight: git answers one while another is assessed, rather than the run
    // waiting on one round trip at a time. Few enough that their tree listings stay small.
    const found = await mapBounded(commits, COMMITS_IN_FLIGHT, totalAt)
    const points: HistoryPoint[] = []
    for (const [i, commit] of commits.entries()) {
      const total = found[i]
      if (total === undefined) {
        problems.push(problem('trend-commit-broken', { sha: commit.sha, subject: commit.subject, severity: 'warning' }))
        continue
      }
      points.push({ sha: commit.sha, date: commit.date, totalKgCO2e: total, subject: commit.subject })
    }
    let cut: Problem | undefined
    if (commits.length < opts.count && (await isShallow(opts.repoDir))) {
      cut = problem('trend-shallow', { covered: commits.length, count: opts.count, severity: 'warning' })
      problems.push(cut)
    }
    return { points, computed, reused, problems, ...(cut ? { cut } : {}) }
  } catch (error) {
    // The trend is context, not the verdict: a git failure here is reported and the check goes on.
    const found = error instanceof CarbonError ? error.problems : [problem('git-failed', { reason: String(error) })]
    return { points: [], computed: 0, reused: 0, problems: found.map((p) => ({ ...p, severity: 'warning' as const })) }
  }
}
