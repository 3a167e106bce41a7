import { afterAll, describe, expect, it } from 'vitest'
import { text } from 'node:stream/consumers'
import { CarbonError } from '../src/core/errors.js'
import {
  commitDate,
  commitsTouching,
  ensureCommit,
  gitSource,
  isShallow,
  mergeBase,
  normalizeRepoPath,
  resolveRef,
  runGit,
} from '../src/ingest/git.js'
import { cloneShallow, makeRepo, removeRepos } from './support/git-repo.js'

afterAll(removeRepos)

const MANIFEST_V1 = 'name: llama-7b-pretrain\nphase: training\nduration: 40 h\n'
const MANIFEST_V2 = 'name: llama-7b-pretrain\nphase: training\nduration: 52 h\n'

async function problemOf(promise: Promise<unknown>, code: string): Promise<string> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(CarbonError)
    const problems = (error as CarbonError).problems
    expect(problems[0]?.code).toBe(code)
    return problems[0]?.message ?? ''
  }
  throw new Error('expected a CarbonError')
}

describe('gitSource', () => {
  it('reads files at a commit while the work tree is dirty and on another branch', async () => {
    const repo = makeRepo()
    repo.write('experiments/llama.carbon.yml', MANIFEST_V1)
    repo.write('runs/llama/nvidia-smi.csv', 'timestamp, power.draw [W]\n2024/01/01 00:00:00.000, 300.00 W\n')
    const base = repo.commit('add llama')
    repo.branch('feature')
    repo.write('experiments/llama.carbon.yml', MANIFEST_V2)
    repo.commit('longer run')
    // Uncommitted edits and an untracked file must not leak into the commit's view.
    repo.write('experiments/llama.carbon.yml', 'name: dirty\n')
    repo.write('experiments/untracked.carbon.yml', 'name: untracked\n')

    const source = gitSource(repo.dir, base)
    expect(source.description).toBe(`commit ${base.slice(0, 7)}`)
    expect([...(await source.listFiles())].sort()).toEqual(['experiments/llama.carbon.yml', 'runs/llama/nvidia-smi.csv'])
    expect(await source.readText('experiments/llama.carbon.yml')).toBe(MANIFEST_V1)
    expect(await source.readText('./experiments//llama.carbon.yml')).toBe(MANIFEST_V1)
    expect(await source.stat('experiments/llama.carbon.yml')).toEqual({ size: Buffer.byteLength(MANIFEST_V1) })
    expect(await source.stat('missing.csv')).toBeUndefined()
    const streamed = await text(source.openStream('runs/llama/nvidia-smi.csv'))
    expect(streamed).toContain('300.00 W')
    const head = gitSource(repo.dir, await resolveRef(repo.dir, 'feature'))
    expect(await head.readText('experiments/llama.carbon.yml')).toBe(MANIFEST_V2)
  })

  it('skips symlinks, node_modules and refuses paths that leave the repository', async () => {
    const repo = makeRepo()
    repo.write('a.carbon.yml', MANIFEST_V1)
    repo.symlink('a.carbon.yml', 'link.carbon.yml')
    repo.symlink('/etc/passwd', 'runs/passwd.csv')
    repo.write('node_modules/pkg/x.carbon.yml', MANIFEST_V1)
    const sha = repo.commit('with links')
    const source = gitSource(repo.dir, sha)
    expect(await source.listFiles()).toEqual(['a.carbon.yml'])
    expect(await source.stat('link.carbon.yml')).toBeUndefined()
    await expect(source.readText('runs/passwd.csv')).rejects.toThrow(/symlink/)
    await expect(source.readText('../outside.yml')).rejects.toThrow(/outside the repository/)
    await expect(source.readText('/etc/passwd')).rejects.toThrow(/outside the repository/)
    await expect(text(source.openStream('runs/../../x.csv'))).rejects.toThrow(/outside the repository/)
  })

  it('refuses invalid UTF-8 and files over the text limit', async () => {
    const repo = makeRepo()
    // A Latin-1 é, as an editor on an old system would save it.
    repo.write('bad.carbon.yml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]))
    repo.write('big.csv', 'x'.repeat(2000))
    const sha = repo.commit('odd files')
    const source = gitSource(repo.dir, sha, { maxTextBytes: 1000 })
    await expect(source.readText('bad.carbon.yml')).rejects.toThrow(/not valid UTF-8/)
    await expect(source.readText('big.csv')).rejects.toThrow(/2000 bytes/)
    expect((await text(source.openStream('big.csv'))).length).toBe(2000)
  })

  it('normalizes repo paths', () => {
    expect(normalizeRepoPath('a/./b//c.yml')).toBe('a/b/c.yml')
    expect(normalizeRepoPath('a\\b.yml')).toBe('a/b.yml')
    expect(normalizeRepoPath('a/../b.yml')).toBe('b.yml')
    expect(normalizeRepoPath('a/../../b.yml')).toBeUndefined()
    expect(normalizeRepoPath('C:/x')).toBeUndefined()
    expect(normalizeRepoPath('.')).toBeUndefined()
  })
})

describe('refs and history', () => {
  it('resolves refs, suggests the nearest branch, and finds the merge base of a feature branch', async () => {
    const repo = makeRepo()
    repo.write('a.carbon.yml', MANIFEST_V1)
    const first = repo.commit('first')
    repo.branch('feature')
    repo.write('a.carbon.yml', MANIFEST_V2)
    const feature = repo.commit('feature work')
    repo.checkout('main')
    repo.write('README.md', 'docs\n')
    const mainTip = repo.commit('docs on main')
    expect(await resolveRef(repo.dir, 'main')).toBe(mainTip)
    expect(await resolveRef(repo.dir, feature.slice(0, 10))).toBe(feature)
    expect(await mergeBase(repo.dir, 'main', 'feature')).toBe(first)
    const message = await problemOf(resolveRef(repo.dir, 'featur'), 'ref-unknown')
    expect(message).toMatch(/"featur" is not a commit/)
    await expect(resolveRef(repo.dir, 'featur')).rejects.toSatisfy((e: CarbonError) => e.problems[0]?.suggestion === 'feature')
    await expect(resolveRef(repo.dir, '--upload-pack=evil')).rejects.toThrow(/not a git ref/)
    expect(await commitDate(repo.dir, first)).toBe('2024-01-01T00:00:00.000Z')
  })

  it('lists the mainline commits that touched carbon files, newest first, merges included', async () => {
    const repo = makeRepo()
    repo.write('carbon-budget.yml', 'history: 20\n')
    const c1 = repo.commit('config')
    repo.write('README.md', 'docs\n')
    repo.commit('docs only')
    repo.write('exp/a.carbon.yml', MANIFEST_V1)
    const c3 = repo.commit('add a')
    repo.branch('feature')
    repo.write('exp/a.carbon.yml', MANIFEST_V2)
    repo.commit('grow a on a branch')
    repo.checkout('main')
    const merge = repo.merge('feature')
    repo.write('runs/a.csv', 'w\n1\n')
    const c5 = repo.commit('log')
    const all = await commitsTouching(repo.dir, 'main', { globs: ['**/*.carbon.yml'], paths: ['carbon-budget.yml', 'runs/a.csv'] }, 10)
    expect(all.map((c) => c.sha)).toEqual([c5, merge, c3, c1])
    expect(all[0]?.subject).toBe('log')
    expect(all[0]?.date).toBe(await commitDate(repo.dir, c5))
    const manifestsOnly = await commitsTouching(repo.dir, 'main', { globs: ['**/*.carbon.yml'] }, 1)
    expect(manifestsOnly.map((c) => c.sha)).toEqual([merge])
  })
})

describe('shallow clones', () => {
  it('fetches a missing base commit and deepens until the merge base appears', async () => {
    const origin = makeRepo()
    origin.write('a.carbon.yml', MANIFEST_V1)
    const root = origin.commit('root')
    for (let i = 0; i < 3; i++) {
      origin.write('notes.md', `note ${i}\n`)
      origin.commit(`main ${i}`)
    }
    const mainTip = origin.head()
    origin.checkout(root)
    origin.branch('feature')
    origin.write('a.carbon.yml', MANIFEST_V2)
    origin.commit('feature 1')
    origin.write('b.carbon.yml', MANIFEST_V1)
    const featureTip = origin.commit('feature 2')

    const clone = cloneShallow(origin, { branch: 'feature' })
    expect(await isShallow(clone.dir)).toBe(true)
    expect(clone.head()).toBe(featureTip)
    const base = await ensureCommit(clone.dir, mainTip)
    expect(base).toBe(mainTip)
    expect(await gitSource(clone.dir, base).readText('notes.md')).toBe('note 2\n')
    expect(await mergeBase(clone.dir, base, 'HEAD')).toBe(root)
  })

  it('fetches a base branch by name', async () => {
    const origin = makeRepo()
    origin.write('a.carbon.yml', MANIFEST_V1)
    const mainTip = origin.commit('root')
    origin.branch('feature')
    origin.write('a.carbon.yml', MANIFEST_V2)
    origin.commit('feature')
    const clone = cloneShallow(origin, { branch: 'feature' })
    expect(await ensureCommit(clone.dir, 'main')).toBe(mainTip)
  })

  it('says which fetch-depth the workflow needs when the base cannot be fetched', async () => {
    const origin = makeRepo()
    origin.write('a.carbon.yml', MANIFEST_V1)
    origin.commit('root')
    const clone = cloneShallow(origin)
    clone.git('remote', 'remove', 'origin')
    const message = await problemOf(ensureCommit(clone.dir, 'a'.repeat(40)), 'commit-no-origin')
    expect(message).toContain('fetch-depth: 0')
    const fromOrigin = cloneShallow(origin)
    const message2 = await problemOf(ensureCommit(fromOrigin.dir, 'b'.repeat(40)), 'commit-not-fetchable')
    expect(message2).toContain('fetch-depth: 0')
    expect(message2).not.toMatch(/\n|at .*\.ts/)
  })
})

describe('the environment git runs in', () => {
  it('carries its own settings, the path and proxies, never the action token or the runner tokens', async () => {
    const repo = makeRepo()
    const secrets = { 'INPUT_GITHUB-TOKEN': 'ghs_input', GITHUB_TOKEN: 'ghs_env', ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc' }
    const saved = { ...process.env }
    Object.assign(process.env, secrets, { HTTPS_PROXY: 'http://proxy.invalid:3128' })
    try {
      // `!env` runs in a shell git starts: what it prints is exactly what git was given.
      const { stdout } = await runGit(repo.dir, ['-c', 'alias.showenv=!env', 'showenv'])
      const names = new Set(stdout.toString('utf8').split('\n').map((l) => l.split('=')[0]))
      for (const name of Object.keys(secrets)) expect(names.has(name), name).toBe(false)
      expect(stdout.toString('utf8')).not.toMatch(/ghs_|=rt$|=oidc$/m)
      for (const name of ['PATH', 'HTTPS_PROXY', 'GIT_CONFIG_GLOBAL', 'GIT_TERMINAL_PROMPT']) expect(names.has(name), name).toBe(true)
    } finally {
      for (const name of [...Object.keys(secrets), 'HTTPS_PROXY']) delete process.env[name]
      Object.assign(process.env, saved)
    }
  })
})
