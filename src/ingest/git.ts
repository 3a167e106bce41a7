import { CarbonError, problem } from '../core/errors.js'
import { nearest } from '../core/units.js'
import { gitText, runGit } from './git-exec.js'

export { gitSource, listTree, normalizeRepoPath, type TreeEntry, type GitSourceOptions } from './git-source.js'
export { runGit, gitText } from './git-exec.js'

/** A commit of the history: full id, committer date (ISO 8601, UTC), subject line. */
export interface CommitInfo {
  readonly sha: string
  readonly date: string
  readonly subject: string
}

/** Files of interest for `commitsTouching`: globs (`**\/*.carbon.yml`) and exact paths. */
export interface PathFilter {
  readonly globs?: readonly string[]
  readonly paths?: readonly string[]
}

// A ref that starts with '-' would be read by git as an option (`--upload-pack=...`).
function checkRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) {
    throw new CarbonError([problem('ref-invalid', { ref })])
  }
}

/** True when the repository is a shallow clone (`actions/checkout` with its default depth of 1). */
export async function isShallow(repoDir: string): Promise<boolean> {
  return (await gitText(repoDir, ['rev-parse', '--is-shallow-repository'])) === 'true'
}

/** The top-level directory of the work tree that contains `dir`. */
export async function repoRoot(dir: string): Promise<string> {
  return gitText(dir, ['rev-parse', '--show-toplevel'])
}

async function tryResolve(repoDir: string, ref: string): Promise<string | undefined> {
  const { stdout, code } = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1, 128] })
  const sha = stdout.toString('utf8').trim()
  return code === 0 && sha !== '' ? sha : undefined
}

/**
 * The full commit id of a ref (`main`, `origin/main`, `HEAD~2`, a short or full sha).
 * @throws CarbonError (`git`) naming the ref and the nearest branch or tag
 */
export async function resolveRef(repoDir: string, ref: string): Promise<string> {
  checkRef(ref)
  const sha = await tryResolve(repoDir, ref)
  if (sha !== undefined) return sha
  const names = (await gitText(repoDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags']))
    .split('\n')
    .filter((n) => n !== '')
  const suggestion = names.length > 0 ? nearest(ref, names) : undefined
  throw new CarbonError([problem('ref-unknown', { ref, suggestion })])
}

async function hasOrigin(repoDir: string): Promise<boolean> {
  const { code } = await runGit(repoDir, ['remote', 'get-url', 'origin'], { okCodes: [2, 128] })
  return code === 0
}

/**
 * Makes sure a commit is in the clone and returns its full id. When it is missing (a shallow
 * checkout has only the head), fetches it: `git fetch --depth=1 origin <ref>`.
 * @throws CarbonError (`git`) that says which `fetch-depth` the workflow needs
 */
export async function ensureCommit(repoDir: string, ref: string): Promise<string> {
  checkRef(ref)
  const present = await tryResolve(repoDir, ref)
  if (present !== undefined) return present
  const shallow = await isShallow(repoDir)
  if (!(await hasOrigin(repoDir))) {
    if (!shallow) return resolveRef(repoDir, ref)
    throw new CarbonError([problem('commit-no-origin', { ref })])
  }
  // `<sha>^` (a new branch's first push compares with the parent) is not something a remote can be
  // asked for: fetch the commit two deep, which brings its parent, then resolve the parent here.
  const parentOf = /^([0-9a-f]{40})\^$/.exec(ref)?.[1]
  if (parentOf !== undefined) {
    const fetched = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=2'] : []), 'origin', parentOf], { okCodes: [1, 128] })
    const parent = await tryResolve(repoDir, ref)
    if (parent !== undefined) return parent
    if (fetched.code === 0 && (await tryResolve(repoDir, parentOf))) throw new CarbonError([problem('commit-no-parent', { sha: parentOf })])
    throw new CarbonError([problem('parent-not-fetchable', { sha: parentOf })])
  }
  const depth = shallow ? ['--depth=1'] : []
  const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', ...depth, 'origin', ref], { okCodes: [1, 128] })
  const fetched = code === 0 ? await tryResolve(repoDir, 'FETCH_HEAD') : undefined
  if (fetched !== undefined) return fetched
  throw new CarbonError([problem('commit-not-fetchable', { ref })])
}

// Deepening steps for a shallow clone whose history does not reach the merge base.
const DEEPEN_STEPS = [50, 500, 5000] as const

/**
 * The merge base of two commits, as GitHub's pull-request diff uses it. In a shallow clone the
 * history is deepened step by step until the merge base appears.
 * @throws CarbonError (`git`) when there is none, or the clone cannot be deepened far enough
 */
export async function mergeBase(repoDir: string, a: string, b: string): Promise<string> {
  checkRef(a)
  checkRef(b)
  const find = async (): Promise<string | undefined> => {
    const { stdout, code } = await runGit(repoDir, ['merge-base', a, b], { okCodes: [1] })
    const sha = stdout.toString('utf8').trim()
    return code === 0 && sha !== '' ? sha : undefined
  }
  const found = await find()
  if (found !== undefined) return found
  if (!(await isShallow(repoDir))) {
    throw new CarbonError([problem('no-common-ancestor', { a, b })])
  }
  const origin = await hasOrigin(repoDir)
  for (const step of origin ? DEEPEN_STEPS : []) {
    const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', `--deepen=${step}`, 'origin', a, b], { okCodes: [1, 128] })
    if (code !== 0) break
    const deeper = await find()
    if (deeper !== undefined) return deeper
    if (!(await isShallow(repoDir))) break
  }
  throw new CarbonError([problem('merge-base-shallow', { a, b })])
}

// Git prints the committer's own offset; reports use UTC so dates sort and compare as text.
function utc(isoWithOffset: string): string {
  const ms = Date.parse(isoWithOffset)
  return Number.isNaN(ms) ? isoWithOffset : new Date(ms).toISOString()
}

/** The committer date of a commit, ISO 8601 in UTC. */
export async function commitDate(repoDir: string, sha: string): Promise<string> {
  checkRef(sha)
  return utc(await gitText(repoDir, ['show', '-s', '--format=%cI', sha]))
}

/**
 * The last `count` commits of `ref`'s mainline (first parents) that changed any of the files,
 * newest first, from `git log` alone.
 */
export async function commitsTouching(repoDir: string, ref: string, files: PathFilter, count: number): Promise<CommitInfo[]> {
  checkRef(ref)
  const pathspecs = [
    ...(files.globs ?? []).map((g) => `:(glob)${g}`),
    ...(files.paths ?? []).map((p) => `:(literal)${p}`),
  ]
  if (pathspecs.length === 0 || count <= 0) return []
  const format = '--format=%H%x1f%cI%x1f%s%x1e'
  const out = await gitText(repoDir, ['log', '--first-parent', `--max-count=${count}`, format, ref, '--', ...pathspecs])
  return out
    .split('\x1e')
    .map((record) => record.trim())
    .filter((record) => record !== '')
    .map((record) => {
      const [sha = '', date = '', subject = ''] = record.split('\x1f')
      return { sha, date: utc(date), subject }
    })
}

/**
 * Deepens a shallow clone's history of `ref` by `commits` (for the trend). False when the clone is
 * not shallow, has no `origin`, or the fetch failed: the caller then says the trend was cut.
 */
export async function deepen(repoDir: string, ref: string, commits: number): Promise<boolean> {
  checkRef(ref)
  if (!(await isShallow(repoDir)) || !(await hasOrigin(repoDir))) return false
  const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', `--deepen=${commits}`, 'origin', ref], { okCodes: [1, 128] })
  return code === 0
}
