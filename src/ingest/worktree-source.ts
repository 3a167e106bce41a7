import { fsSource } from './fs-source.js'
import { runGit } from './git-exec.js'
import type { RepoSource } from './source.js'

/**
 * The working tree of a git repository, as `fsSource`, plus content ids for the files git knows
 * to be unchanged: such a file holds exactly its index blob, so `check` can reuse what it read of
 * the same blob at the base instead of reading a large log twice. Modified and untracked files
 * have no id and are always read.
 * @param dir the folder to report on (the repository root or a folder inside it)
 */
export async function worktreeSource(dir: string): Promise<RepoSource> {
  const source = fsSource(dir)
  // Paths from ls-files are relative to `dir`; status -z prints them from the repository root.
  const [listed, status, prefix] = await Promise.all([
    runGit(dir, ['ls-files', '--stage', '-z', '--', '.']),
    runGit(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', '.']),
    runGit(dir, ['rev-parse', '--show-prefix']),
  ])
  const root = prefix.stdout.toString('utf8').trim()
  const dirty = new Set<string>()
  const records = status.stdout.toString('utf8').split('\0')
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!
    if (r.length < 4) continue
    // A rename or copy carries its source path in the next record.
    if (r[0] === 'R' || r[0] === 'C') i++
    if (r[1] !== ' ') dirty.add(r.slice(3).startsWith(root) ? r.slice(3 + root.length) : r.slice(3))
  }
  const ids = new Map<string, string>()
  for (const record of listed.stdout.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t')
    if (tab < 0) continue
    const [, oid, stage] = record.slice(0, tab).split(' ')
    const path = record.slice(tab + 1)
    if (stage === '0' && oid !== undefined && !dirty.has(path)) ids.set(path, oid)
  }
  return { ...source, contentId: async (path) => ids.get(path) }
}
