import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main, type Io } from '../src/cli.js'
import { makeRepo, removeRepos, type TestRepo } from './support/git-repo.js'

afterAll(removeRepos)

const manifest = (durationH: number): string =>
  ['name: pretrain-1b', 'phase: training', `duration: ${durationH} h`, 'hardware:', '  - device: nvidia-a100-sxm4-80gb', '    count: 64', 'grid:', '  country: USA', ''].join('\n')

function run(repo: TestRepo, argv: string[]): Promise<{ exit: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: Io = { cwd: repo.dir, stdout: (t) => void (out += t), stderr: (t) => void (err += t) }
  return main(argv, io).then((exit) => ({ exit, out, err }))
}

let repo: TestRepo
beforeAll(() => {
  repo = makeRepo()
  repo.write('carbon-budget.yml', 'budgets:\n  increase: 10 %\n  total: 50 tCO2e\nfail-on: increase\n')
  repo.write('experiments/pretrain.carbon.yml', manifest(40))
  repo.commit('base')
  repo.branch('small')
  repo.write('experiments/pretrain.carbon.yml', manifest(41))
  repo.commit('1 h more')
  repo.checkout('main')
  repo.branch('big')
  repo.write('experiments/pretrain.carbon.yml', manifest(80))
  repo.commit('twice as long')
  repo.checkout('main')
})

describe('carbon-budget check exit codes', () => {
  it('exits 0 when the head is within the budgets under fail-on', async () => {
    const r = await run(repo, ['check', '.', '--base', 'main', '--head', 'small', '--format', 'json'])
    expect(r.err).toBe('')
    expect(r.exit).toBe(0)
    const json = JSON.parse(r.out) as { verdict: string; budgets: { name: string; verdict: string }[]; history: { sha: string }[] }
    expect(json.verdict).toBe('pass')
    expect(json.budgets.find((b) => b.name === 'increase')?.verdict).toBe('pass')
    expect(json.history.length).toBe(1)
  })

  it('exits 1 when the increase budget fails under fail-on: increase', async () => {
    const r = await run(repo, ['check', repo.dir, '--base', 'main', '--head', 'big', '--format', 'json'])
    expect(r.exit).toBe(1)
    expect((JSON.parse(r.out) as { verdict: string }).verdict).toBe('fail')
  })

  it('exits 2 for a base that does not exist, naming the nearest branch', async () => {
    const r = await run(repo, ['check', '.', '--base', 'mian'])
    expect(r.exit).toBe(2)
    expect(r.err).toContain('did you mean main?')
    expect(r.err).not.toMatch(/\n\s+at /)
  })
})
