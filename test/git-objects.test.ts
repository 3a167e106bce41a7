/**
 * Reading git objects through the shared `cat-file --batch` process: tree listings kept by tree id
 * must list each commit exactly as git does, and objects of any size, many in flight, must come
 * back whole and each to its own request. Expected values come from git itself (ls-tree, cat-file).
 */
import { execFileSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { readObject, statObject } from '../src/ingest/git-batch.js'
import { listTree } from '../src/ingest/git.js'
import { makeRepo, removeRepos, type TestRepo } from './support/git-repo.js'

afterAll(removeRepos)

/** Regular files of a commit with their blob ids, from `git ls-tree -r` (no symlinks, no submodules, no node_modules). */
function lsTree(repo: TestRepo, sha: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of repo.git('ls-tree', '-r', '-z', sha).split('\0')) {
    const m = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(line)
    if (!m || !['100644', '100755'].includes(m[1]!) || m[3]!.split('/').includes('node_modules')) continue
    out.set(m[3]!, m[2]!)
  }
  return out
}

const listing = async (repo: TestRepo, sha: string) => new Map([...(await listTree(repo.dir, sha))].map(([path, e]) => [path, e.oid]))

describe('tree listings', () => {
  it('list every commit as git does, when commits share most of their trees', async () => {
    const repo = makeRepo()
    for (let i = 0; i < 12; i++) repo.write(`experiments/${String(i).padStart(2, '0')}/run.carbon.yml`, `name: run-${i}\n`)
    repo.write('a/b/c/deep.txt', 'deep\n')
    repo.write('node_modules/x/index.js', 'ignored\n')
    const shas = [repo.commit('first')]
    repo.write('experiments/03/run.carbon.yml', 'name: run-3\nphase: training\n')
    shas.push(repo.commit('change one'))
    repo.write('experiments/12/run.carbon.yml', 'name: run-12\n')
    repo.write('a/b/c/deeper/more.txt', 'more\n')
    shas.push(repo.commit('add a folder and a deeper one'))
    repo.remove('experiments/05/run.carbon.yml')
    shas.push(repo.commit('remove a folder'))
    repo.write('experiments/03/run.carbon.yml', 'name: run-3\n')
    shas.push(repo.commit('change it back: the first commit\'s subtree again'))
    // All at once (listings in flight together) and again one by one (from the cache).
    const together = await Promise.all(shas.map((sha) => listing(repo, sha)))
    for (const [i, sha] of shas.entries()) {
      const expected = lsTree(repo, sha)
      expect(together[i]).toEqual(expected)
      expect(await listing(repo, sha)).toEqual(expected)
      expect([...together[i]!.keys()]).toEqual([...expected.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    }
    expect(together[4]!.get('experiments/03/run.carbon.yml')).toBe(together[0]!.get('experiments/03/run.carbon.yml'))
  })
})

describe('cat-file --batch', () => {
  it('returns objects of every size whole, each to its own request, with many in flight', async () => {
    const repo = makeRepo()
    let seed = 7
    const bytesOf = (n: number) => Uint8Array.from({ length: n }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)
    // Around the 64 KiB a pipe delivers at once, and well over it, with small ones between.
    const sizes = [0, 1, 10, 65_535, 65_536, 65_537, 3, 1_000_003, 17, 200_000, 2]
    sizes.forEach((n, i) => repo.write(`blobs/${i}.bin`, bytesOf(n)))
    const sha = repo.commit('blobs')
    const oids = sizes.map((_, i) => repo.git('rev-parse', `${sha}:blobs/${i}.bin`))
    const read = await Promise.all([...oids, ...oids.slice().reverse()].map((oid) => readObject(repo.dir, oid)))
    for (const [k, object] of read.entries()) {
      const oid = k < oids.length ? oids[k]! : oids[2 * oids.length - 1 - k]!
      const expected = execFileSync('git', ['-C', repo.dir, 'cat-file', 'blob', oid], { maxBuffer: 1 << 24 })
      expect(object.oid).toBe(oid)
      expect(object.size).toBe(expected.length)
      expect(Buffer.compare(object.bytes, expected)).toBe(0)
    }
    const stats = await Promise.all(oids.map((oid) => statObject(repo.dir, oid)))
    expect(stats.map((s) => s.size)).toEqual(sizes)
    await expect(readObject(repo.dir, 'f'.repeat(40))).rejects.toThrow(/missing/)
    // The process goes on after a missing object.
    expect((await readObject(repo.dir, oids[1]!)).bytes.length).toBe(1)
  })
})
