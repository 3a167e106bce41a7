/**
 * The PR-comment scenarios of the example repository, as real git repositories: `main` grows over
 * ten commits a few days apart (the trend), and a pull-request branch changes it. Each scenario is
 * run through the real pipeline (`runCheck`: git, manifests, logs, assessment, budgets, history) and
 * rendered as the PR comment and the job summary, exactly as the action renders them.
 *
 * - `pass`: a longer pretraining run, every budget within its limit (`fail-on: budget`);
 * - `warning`: the same PR breaks the total and increase budgets in a report-only repo (`fail-on: never`);
 * - `failing`: the PR breaks the total budget; four budgets were already over on `main`; the increase
 *   budget is over but does not block under `fail-on: budget`; it also moves the sweep to another
 *   region, removes the fine-tune and adds a distillation run;
 * - `many`: 50 experiments, the PR changes three, adds one and removes one;
 * - `unchanged`: the PR edits the README only.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runCheck } from '../../src/run/check.js'
import type { Comparison } from '../../src/compare/types.js'
import { checkJson, type CheckJson } from '../../src/render/json.js'
import { renderCheckMarkdown, type MarkdownOptions } from '../../src/render/markdown.js'
import { makeRepo, type TestRepo } from './git-repo.js'

export const SCENARIOS = ['pass', 'warning', 'failing', 'many', 'unchanged'] as const
export type ScenarioName = (typeof SCENARIOS)[number]

export interface Scenario {
  readonly name: ScenarioName
  readonly comparison: Comparison
  readonly json: CheckJson
  /** The PR comment's markdown. */
  readonly comment: string
  /** The job summary's markdown. */
  readonly summary: string
}

const EXAMPLES = resolve(import.meta.dirname, '..', '..', 'examples')
const PRETRAIN = 'experiments/pretrain.carbon.yml'
const SWEEP = 'experiments/lr-sweep.carbon.yml'

/** Links as the action makes them for `acme/llm`, run 123456. */
export const LINKS: MarkdownOptions = {
  repoUrl: 'https://github.com/acme/llm',
  runUrl: 'https://github.com/acme/llm/actions/runs/123456',
  docsUrl: 'https://github.com/carbon-budget/carbon-budget#readme',
}

const pretrain = (hours: number): string => readFileSync(join(EXAMPLES, PRETRAIN), 'utf8').replace(/^duration: .*$/m, `duration: ${hours} h`)

function config(o: { readonly failOn: string; readonly total: string; readonly tight?: boolean }): string {
  const tight = o.tight
    ? ['  phases:', '    training: 5 tCO2e', '    inference: 50 kgCO2e', '  experiments:', '    "pretrain-*": 5 tCO2e', '  sci:', '    serve-*: 20 gCO2e']
    : ['  phases:', '    training: 7 tCO2e', '    inference: 100 kgCO2e', '  sci:', '    serve-*: 50 gCO2e']
  return ['# carbon-budget configuration of the example repository', 'defaults:', '  pue: 1.1', '  grid: { country: USA }', '  embodied: { lifetime: 5 y, active-share: 85 % }', 'budgets:', `  total: ${o.total}`, '  increase: 10 %', ...tight, `fail-on: ${o.failOn}`, ''].join('\n')
}

/** A sweep variant (`lr-sweep-07`), for the 50-experiment repository. */
const variant = (i: number, hours: number): string =>
  readFileSync(join(EXAMPLES, SWEEP), 'utf8')
    .replace(/^name: .*$/m, `name: lr-sweep-${String(i).padStart(2, '0')}`)
    .replace(/^duration: .*$/m, `duration: ${hours} h`)
    .replace(/count: 48/, `count: ${8 + (i % 5) * 8}`)

const distill = `# Distillation of the 1.3B model into 350M, on 16 A100 in Iowa.
name: distill-350m
phase: training
duration: 30 h
hardware:
  - device: nvidia-a100-sxm4-80gb
    count: 16
grid:
  region: gcp/us-central1
`

/** Commits with a fixed date (`day` days after 2026-10-06), so the trend's x-axis has real dates. */
function commitOn(repo: TestRepo, day: number, message: string): string {
  const date = new Date(Date.UTC(2026, 9, 6 + day, 14, 0)).toISOString()
  repo.git('add', '-A')
  execFileSync('git', ['-C', repo.dir, 'commit', '--quiet', '--allow-empty', '-m', message], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'ignore' })
  return repo.head()
}

/** `main`: the example repository grown over ten commits, three days apart. */
function exampleMain(cfg: string, extra: (repo: TestRepo) => void = () => {}): { repo: TestRepo; day: number } {
  const repo = makeRepo()
  cpSync(EXAMPLES, repo.dir, { recursive: true })
  repo.remove('experiments/finetune.carbon.yml')
  repo.remove('experiments/serving.carbon.json')
  repo.remove('experiments/h100-smoke.carbon.yml')
  repo.remove(SWEEP)
  repo.write('carbon-budget.yml', cfg)
  repo.write('README.md', '# llm\n')
  repo.write(PRETRAIN, pretrain(96))
  let day = 0
  commitOn(repo, day, 'pretraining recipe')
  const steps: readonly [string, () => void][] = [
    ['lr sweep', () => repo.write(SWEEP, readFileSync(join(EXAMPLES, SWEEP), 'utf8'))],
    ['pretrain to 120 h', () => repo.write(PRETRAIN, pretrain(120))],
    ['fine-tune for chat', () => repo.write('experiments/finetune.carbon.yml', readFileSync(join(EXAMPLES, 'experiments/finetune.carbon.yml'), 'utf8'))],
    ['pretrain to 126 h', () => repo.write(PRETRAIN, pretrain(126))],
    ['serve the chat model', () => repo.write('experiments/serving.carbon.json', readFileSync(join(EXAMPLES, 'experiments/serving.carbon.json'), 'utf8'))],
    ['pretrain to 132 h', () => repo.write(PRETRAIN, pretrain(132))],
    ['H100 smoke test with logs', () => repo.write('experiments/h100-smoke.carbon.yml', readFileSync(join(EXAMPLES, 'experiments/h100-smoke.carbon.yml'), 'utf8'))],
    ['more experiments', () => extra(repo)],
  ]
  for (const [message, apply] of steps) {
    apply()
    day += 3
    commitOn(repo, day, message)
  }
  return { repo, day }
}

async function rendered(name: ScenarioName, repo: TestRepo): Promise<Scenario> {
  const { comparison, problems } = await runCheck({ repoDir: repo.dir, baseRef: 'main', headRef: 'feature', history: 10 })
  const errors = problems.filter((p) => p.severity === 'error')
  if (!comparison || errors.length > 0) throw new Error(`scenario ${name}: ${errors.map((p) => p.message).join('; ')}`)
  return {
    name,
    comparison,
    json: checkJson(comparison),
    comment: renderCheckMarkdown(comparison, { ...LINKS, commentKey: 'default' }),
    summary: renderCheckMarkdown(comparison, { ...LINKS, commentKey: 'default', maxChars: 1_000_000, fullReportHint: 'the JSON report (output report-path)', summary: true }),
  }
}

/** Builds one scenario's repository and renders it. */
export async function buildScenario(name: ScenarioName): Promise<Scenario> {
  if (name === 'many') {
    const { repo, day } = exampleMain(config({ failOn: 'budget', total: '8 tCO2e' }), (r) => {
      for (let i = 1; i <= 45; i++) r.write(`experiments/sweeps/lr-sweep-${String(i).padStart(2, '0')}.carbon.yml`, variant(i, 1 + (i % 6)))
    })
    repo.branch('feature')
    repo.write('experiments/sweeps/lr-sweep-03.carbon.yml', variant(3, 9))
    repo.write('experiments/sweeps/lr-sweep-11.carbon.yml', variant(11, 2))
    repo.write('experiments/sweeps/lr-sweep-20.carbon.yml', variant(20, 7))
    repo.remove('experiments/sweeps/lr-sweep-42.carbon.yml')
    repo.write('experiments/distill.carbon.yml', distill)
    commitOn(repo, day + 2, 'sweeps: rerun three, drop one, distill')
    return rendered(name, repo)
  }
  const cfg =
    name === 'failing'
      ? config({ failOn: 'budget', total: '6 tCO2e', tight: true })
      : name === 'warning'
        ? config({ failOn: 'never', total: '6 tCO2e' })
        : config({ failOn: 'budget', total: '8 tCO2e' })
  const { repo, day } = exampleMain(cfg)
  repo.branch('feature')
  if (name === 'unchanged') repo.write('README.md', '# llm\n\nHow to run the experiments.\n')
  else repo.write(PRETRAIN, pretrain(name === 'pass' ? 145 : 160))
  if (name === 'failing') {
    repo.write(SWEEP, readFileSync(join(EXAMPLES, SWEEP), 'utf8').replace('region: gcp/us-central1', 'region: gcp/europe-north1'))
    repo.remove('experiments/finetune.carbon.yml')
    repo.write('experiments/distill.carbon.yml', distill)
  }
  commitOn(repo, day + 2, `the pull request (${name})`)
  return rendered(name, repo)
}
