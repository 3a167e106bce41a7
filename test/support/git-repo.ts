/**
 * Real git repositories for tests, built with the git CLI in a temp directory. No global or system
 * git config is read (each repo sets its own user), and commit dates are fixed, one hour apart, so
 * ids and dates are the same on every run.
 *
 * @example
 * const repo = makeRepo()
 * repo.write('a.carbon.yml', 'name: a\n...')
 * const base = repo.commit('add a')
 * repo.branch('feature')
 * repo.write('a.carbon.yml', '...')
 * const head = repo.commit('grow a')
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, unlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface TestRepo {
  /** Absolute path of the work tree. */
  readonly dir: string
  /** Runs `git ...args` in the repo and returns trimmed stdout. */
  git(...args: string[]): string
  /** Writes a file (creating directories) in the work tree; does not stage it. */
  write(path: string, content: string | Uint8Array): void
  /** Deletes a file from the work tree. */
  remove(path: string): void
  /** Creates a symlink at `path` pointing to `target`. */
  symlink(target: string, path: string): void
  /** Stages everything and commits; returns the new commit id. */
  commit(message: string): string
  /** Creates a branch at HEAD and switches to it. */
  branch(name: string): void
  /** Switches to an existing branch or commit. */
  checkout(ref: string): void
  /** Merges a branch into the current one with a merge commit; returns its id. */
  merge(ref: string, message?: string): string
  /** The current HEAD commit id. */
  head(): string
}

const created: string[] = []
let isolated: string | undefined

// Tests must not depend on the machine's git config: no system file, an empty global file.
function isolateGitConfig(): void {
  if (isolated !== undefined) return
  isolated = mkdtempSync(join(tmpdir(), 'cb-gitcfg-'))
  created.push(isolated)
  const globalConfig = join(isolated, 'gitconfig')
  writeFileSync(globalConfig, '')
  process.env.GIT_CONFIG_NOSYSTEM = '1'
  process.env.GIT_CONFIG_GLOBAL = globalConfig
  process.env.GIT_TERMINAL_PROMPT = '0'
}

function gitIn(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

function wrap(dir: string): TestRepo {
  // Commit dates: 2024-01-01T00:00:00Z plus one hour per commit, per repository.
  let commits = Number(gitIn(dir, ['rev-list', '--count', '--all']) || '0')
  const at = (): string => new Date(Date.UTC(2024, 0, 1) + commits * 3_600_000).toISOString()
  const repo: TestRepo = {
    dir,
    git: (...args) => gitIn(dir, args),
    write(path, content) {
      const full = join(dir, path)
      mkdirSync(dirname(full), { recursive: true })
      writeFileSync(full, content)
    },
    remove(path) {
      unlinkSync(join(dir, path))
    },
    symlink(target, path) {
      const full = join(dir, path)
      mkdirSync(dirname(full), { recursive: true })
      symlinkSync(target, full)
    },
    commit(message) {
      gitIn(dir, ['add', '-A'])
      const date = at()
      commits += 1
      gitIn(dir, ['commit', '--quiet', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
      return repo.head()
    },
    branch(name) {
      gitIn(dir, ['checkout', '--quiet', '-b', name])
    },
    checkout(ref) {
      gitIn(dir, ['checkout', '--quiet', ref])
    },
    merge(ref, message = `Merge ${ref}`) {
      const date = at()
      commits += 1
      gitIn(dir, ['merge', '--quiet', '--no-ff', '-m', message, ref], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
      return repo.head()
    },
    head: () => gitIn(dir, ['rev-parse', 'HEAD']),
  }
  return repo
}

function configure(dir: string): void {
  gitIn(dir, ['config', 'user.name', 'Carbon Test'])
  gitIn(dir, ['config', 'user.email', 'carbon-test@example.com'])
  gitIn(dir, ['config', 'commit.gpgsign', 'false'])
  gitIn(dir, ['config', 'core.autocrlf', 'false'])
}

/** A new empty repository on branch `main`, with its own user config. */
export function makeRepo(): TestRepo {
  isolateGitConfig()
  const dir = mkdtempSync(join(tmpdir(), 'cb-repo-'))
  created.push(dir)
  gitIn(dir, ['init', '--quiet', '--initial-branch=main'])
  configure(dir)
  // A pull request's head may be fetched by id, as GitHub allows.
  gitIn(dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true'])
  return wrap(dir)
}

/**
 * A bare copy of `repo` that serves fetches of any reachable commit by its id, as GitHub does
 * (`uploadpack.allowReachableSHA1InWant`): the origin a shallow checkout fetches from.
 */
export function bareOrigin(repo: TestRepo): TestRepo {
  isolateGitConfig()
  const dir = mkdtempSync(join(tmpdir(), 'cb-bare-'))
  created.push(dir)
  execFileSync('git', ['clone', '--quiet', '--bare', repo.dir, dir], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
  gitIn(dir, ['config', 'uploadpack.allowReachableSHA1InWant', 'true'])
  return wrap(dir)
}

/**
 * `git clone --depth=<depth> file://<origin>` of one branch, as actions/checkout does by default.
 * The clone's `origin` is the source repo, so fetches of the base work.
 */
export function cloneShallow(origin: TestRepo, opts: { branch?: string; depth?: number } = {}): TestRepo {
  isolateGitConfig()
  const dir = mkdtempSync(join(tmpdir(), 'cb-clone-'))
  created.push(dir)
  const branch = opts.branch ? ['--branch', opts.branch] : []
  execFileSync('git', ['clone', '--quiet', `--depth=${opts.depth ?? 1}`, '--no-tags', ...branch, `file://${origin.dir}`, dir], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  configure(dir)
  return wrap(dir)
}

/** Deletes every repository made in this test file (call from `afterAll`). */
export function removeRepos(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
  isolated = undefined
}
