// `carbon-budget check` on the bundled example repo with 20 commits of base-branch history (issue 4:
// under 1 s). Builds a real git repo from examples/ with 24 commits on main that each change the
// pretraining manifest (so the trend recomputes every point) and a feature branch, then times
// `check --base main --history 20` as the bundled CLI process (dist/cli), interleaved with bare Node.
// Usage: `node bench/check-example.bench.js [RUNS]` (default 7).
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bareNode, interleave, loadLine, machine, median, ratios, ratioText, runOk, target, timesTable } from './support/rounds.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.argv[2] ?? 7)
const work = mkdtempSync(join(tmpdir(), 'cb-check-bench-'))
const repo = join(work, 'repo')
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(work, 'gitconfig'), GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.com' }
writeFileSync(env.GIT_CONFIG_GLOBAL, '')
const git = (...args) => execFileSync('git', ['-C', repo, ...args], { env, encoding: 'utf8' }).trim()

cpSync(join(root, 'examples'), repo, { recursive: true })
execFileSync('git', ['init', '--quiet', '--initial-branch=main', repo], { env })
git('add', '-A')
git('commit', '--quiet', '-m', 'example repo')
const manifest = join(repo, 'experiments', 'pretrain.carbon.yml')
for (let i = 1; i <= 24; i++) {
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^duration: .*$/m, `duration: ${100 + i} h`))
  git('commit', '--quiet', '-am', `pretrain: ${100 + i} h`)
}
git('checkout', '--quiet', '-b', 'feature')
writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('count: 128', 'count: 160'))
git('commit', '--quiet', '-am', 'pretrain on 160 GPUs')

const bin = join(root, 'bin', 'carbon-budget.js')
let verdictLine = ''
const result = interleave([
  bareNode(),
  {
    name: 'carbon-budget check --history 20',
    run: () => {
      const r = runOk(process.execPath, [bin, 'check', repo, '--base', 'main', '--history', '20', '--format', 'json'], { env, cwd: repo }, [0, 1])
      const json = JSON.parse(r.stdout)
      verdictLine = `${json.history.length} history points, delta ${(json.delta.totalKgCO2e / 1000).toFixed(2)} t`
      return r
    },
  },
], { rounds: runs, warmup: 1 })
rmSync(work, { recursive: true, force: true })
console.log(`${machine()}; check on examples/ (5 experiments, real H100 log + hourly series) with --history 20; ${verdictLine}; ${runs} interleaved rounds after 1 warm-up\n`)
console.log(timesTable(result, 'ms'))
console.log(`\n${loadLine(result)}`)
console.log(`check / node -e 0: ${ratioText(ratios(result, 1, 0), 2)}\n`)
const ms = median(result.rounds.map((r) => r[1].seconds)) * 1000
target('check on examples/ with --history 20, wall', ms, '<=', 1000, ' ms')
