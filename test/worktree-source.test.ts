import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { worktreeSource } from '../src/ingest/worktree-source.js'
import { makeRepo } from './support/git-repo.js'

describe('worktreeSource', () => {
  it('gives the index blob id of unchanged files only, so check reuses them and rereads the rest', async () => {
    const repo = makeRepo()
    repo.write('runs/a.csv', 'timestamp,watts\n2026-01-01T00:00:00Z,100\n')
    repo.write('runs/b.csv', 'timestamp,watts\n2026-01-01T00:00:00Z,200\n')
    repo.write('sub/c.csv', 'x\n')
    repo.commit('logs')
    repo.write('runs/b.csv', 'timestamp,watts\n2026-01-01T00:00:00Z,999\n')
    repo.write('runs/new.csv', 'untracked\n')
    const source = await worktreeSource(repo.dir)
    expect(await source.contentId!('runs/a.csv')).toBe(repo.git('rev-parse', 'HEAD:runs/a.csv'))
    expect(await source.contentId!('runs/b.csv')).toBeUndefined()
    expect(await source.contentId!('runs/new.csv')).toBeUndefined()
    expect(await source.readText('runs/b.csv')).toContain('999')
    // from a folder inside the repository, paths are relative to that folder
    const sub = await worktreeSource(join(repo.dir, 'sub'))
    expect(await sub.contentId!('c.csv')).toBe(repo.git('rev-parse', 'HEAD:sub/c.csv'))
  })
})
