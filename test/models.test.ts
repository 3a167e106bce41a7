/**
 * One model's lifecycle (Wu et al. 2024, Fig. 3a): manifests naming the same `model` are grouped,
 * phase by phase, operational and embodied, with the training:inference ratio, in the JSON report,
 * the terminal and markdown reports, and the PR comment.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../src/compare/compare.js'
import { assessExperiment } from '../src/core/assess.js'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import { buildReport } from '../src/core/report.js'
import { readManifest } from '../src/ingest/manifest.js'
import type { ReportJson } from '../src/render/json.js'
import { renderCheckMarkdown } from '../src/render/markdown.js'
import { runCli, writeTree } from './support/cli.js'

const manifest = (name: string, phase: string, hours: number, model = 'chat-7b') => `name: ${name}
phase: ${phase}
model: ${model}
duration: ${hours} h
hardware:
  - device: nvidia-a100-sxm4-80gb
    count: 8
    power: 400 W
    embodied: 150 kgCO2e
pue: 1.1
grid: { intensity: 400 gCO2e/kWh }
embodied: { lifetime: 4 y, datacenter: false, transport: false, end-of-life: false }
`
const REPO = {
  'exp/sweep.carbon.yml': manifest('sweep', 'experimentation', 10),
  'exp/pretrain.carbon.yml': manifest('pretrain', 'training', 100),
  'exp/serve.carbon.yml': manifest('serve', 'inference', 200),
  'exp/other.carbon.yml': manifest('other-train', 'training', 5, 'vision-1b'),
  'exp/loose.carbon.yml': manifest('loose', 'training', 1).replace('model: chat-7b\n', ''),
}
// 8 GPUs at 0.4 kW, PUE 1.1, 0.4 kg/kWh per hour; 8 x 150 kg over 35,040 h per hour.
const operationalPerH = 8 * 0.4 * 1.1 * 0.4
const embodiedPerH = (8 * 150) / 35_040

describe('models', () => {
  it('groups experiments per model in the JSON report, with each phase and the training:inference ratio', async () => {
    const run = await runCli(['report', writeTree(REPO), '--format', 'json'])
    expect(run.stderr).toBe('')
    const json = JSON.parse(run.stdout) as ReportJson
    expect(json.models.map((m) => m.name)).toEqual(['chat-7b', 'vision-1b'])
    const chat = json.models[0]!
    expect(chat.experiments).toEqual(['pretrain', 'serve', 'sweep'])
    expect(chat.phases.training.operationalKgCO2e).toBeCloseTo(100 * operationalPerH, 9)
    expect(chat.phases.inference.embodiedKgCO2e).toBeCloseTo(200 * embodiedPerH, 9)
    expect(chat.phases.experimentation.totalKgCO2e).toBeCloseTo(10 * (operationalPerH + embodiedPerH), 9)
    expect(chat.trainingToInference).toBeCloseTo(0.5, 12)
    expect(chat.totals.totalKgCO2e).toBeCloseTo(310 * (operationalPerH + embodiedPerH), 9)
    // A model without inference has no ratio; an experiment without a model is in no model.
    expect(json.models[1]!.trainingToInference).toBeUndefined()
    expect(json.experiments.find((e) => e.name === 'loose')!.model).toBeUndefined()
    expect(json.experiments.find((e) => e.name === 'serve')!.model).toBe('chat-7b')
  })

  it('shows the per-model table in the terminal and markdown reports', async () => {
    const dir = writeTree(REPO)
    const text = (await runCli(['report', dir])).stdout
    expect(text).toContain('Per model:')
    expect(text).toMatch(/chat-7b .* 1:2\.0/)
    const markdown = (await runCli(['report', dir, '--format', 'markdown'])).stdout
    expect(markdown).toContain('#### Per model: operational + embodied in each phase')
    expect(markdown).toMatch(/\| chat-7b \|.*\| 1:2\.0 \|/)
    expect(markdown).toMatch(/Life cycle: manufacturing .* · transport 0\skg .* · use .* · end of life 0\skg/)
  })

  it('shows the per-model table in the pull-request comment (folded with the reference)', () => {
    const results = Object.entries(REPO).map(([file, text]) => assessExperiment(readManifest(text, file, {}).experiment!, { config: DEFAULT_CONFIG }))
    const head = buildReport(results, DEFAULT_CONFIG, [])
    const base = buildReport(results.filter((r) => r.name !== 'serve'), DEFAULT_CONFIG, [])
    const comment = renderCheckMarkdown(compare(base, head, DEFAULT_CONFIG.budgets, { failOn: 'never' }))
    expect(comment).toMatch(/<details><summary>Reference: per model · [^\n]*<\/summary>\n\n#### Per model: operational \+ embodied in each phase/)
    expect(comment).toMatch(/\| chat-7b \|.*\| 1:2\.0 \|/)
  })

  it('escapes a model name in markdown', () => {
    const text = manifest('x', 'training', 1, '"<img src=x>"')
    const r = assessExperiment(readManifest(text, 'x.carbon.yml', {}).experiment!, { config: DEFAULT_CONFIG })
    const comment = renderCheckMarkdown(compare(undefined, buildReport([r], DEFAULT_CONFIG, []), DEFAULT_CONFIG.budgets, { failOn: 'never' }))
    expect(comment).not.toContain('<img')
  })

  it('sums more experiments than a call takes arguments, one shared model among them, without a stack overflow', () => {
    // V8 refuses a spread of ~125,000 arguments (RangeError); 200,000 results of one model would
    // overflow a sum that spreads them and make a copy-per-push grouping quadratic.
    const one = (name: string, phase: string) => assessExperiment(readManifest(manifest(name, phase, 1), `${name}.carbon.yml`, {}).experiment!, { config: DEFAULT_CONFIG })
    const train = one('t', 'training')
    const serve = one('s', 'inference')
    const count = 200_000
    const results = Array.from({ length: count }, (_, i) => ({ ...(i % 2 === 0 ? train : serve), name: `e${i}` }))
    const report = buildReport(results, DEFAULT_CONFIG, [])
    const half = count / 2
    expect(report.totals.totalKgCO2e.central).toBeCloseTo(half * (train.totalKgCO2e.central + serve.totalKgCO2e.central), 3)
    expect(report.totals.totalKgCO2e.high).toBeCloseTo(half * (train.totalKgCO2e.high + serve.totalKgCO2e.high), 3)
    expect(report.models).toHaveLength(1)
    expect(report.models[0]!.experiments).toHaveLength(count)
    expect(report.models[0]!.trainingToInference).toBeCloseTo(train.totalKgCO2e.central / serve.totalKgCO2e.central, 9)
  })
})
