/**
 * The npm package as a user gets it: `npm pack`, installed into an empty folder without dev
 * dependencies, then the bin through `npx` and the library entry through `import`.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../src/core/config.js'
import { assessExperiment } from '../src/core/assess.js'
import { readManifest } from '../src/ingest/manifest.js'
import { fsSource } from '../src/ingest/fs-source.js'
import { loadReport } from '../src/run/load-report.js'
import { reportJson } from '../src/render/json.js'
import { installedPackages, packAndInstall, type Installed } from './support/packed.js'

const ROOT = new URL('..', import.meta.url).pathname
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; files: string[] }

describe('the packed npm package', { timeout: 240_000 }, () => {
  let installed: Installed
  beforeAll(() => {
    installed = packAndInstall()
  }, 240_000)
  afterAll(() => installed?.remove())

  it('installs without any dev dependency', () => {
    const names = installedPackages(installed.app)
    expect(names).toContain('carbon-budget')
    for (const dev of Object.keys(pkg.devDependencies)) expect(names, dev).not.toContain(dev)
  })

  it('ships the bin, the CLI bundle, the library with its types and no sources or tests', () => {
    const files = installed.run('tar', ['-tzf', installed.tarball]).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''))
    for (const f of ['bin/carbon-budget.js', 'dist/cli/index.js', 'lib/api.js', 'lib/api.d.ts', 'LICENSE', 'NOTICE', 'README.md']) expect(files, f).toContain(f)
    expect(files.filter((f) => /^(src|test|bench|examples|node_modules)\//.test(f))).toEqual([])
    // the action's bundle is for the runner, not for npm users
    expect(files).not.toContain('dist/index.js')
  })

  it('`npx carbon-budget report` on a repository gives the same JSON as the sources', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'cb-repo-'))
    cpSync(join(ROOT, 'examples'), repo, { recursive: true })
    const out = JSON.parse(installed.run('npx', ['--no-install', 'carbon-budget', 'report', repo, '--format', 'json'])) as unknown
    const loaded = await loadReport(fsSource(repo))
    expect(loaded.report).toBeDefined()
    expect(out).toEqual(JSON.parse(JSON.stringify(reportJson(loaded.report!))))
  })

  it('`npx carbon-budget report` and `validate` in the repository folder read the current folder', () => {
    const repo = mkdtempSync(join(tmpdir(), 'cb-repo-'))
    cpSync(join(ROOT, 'examples'), repo, { recursive: true })
    const text = installed.run(join(installed.app, 'node_modules/.bin/carbon-budget'), ['report'], repo)
    expect(text).toMatch(/^Carbon footprint: /)
    expect(text).toContain('pretrain-1.3b')
    expect(installed.run(join(installed.app, 'node_modules/.bin/carbon-budget'), ['validate'], repo)).toMatch(/^carbon-budget: \d+ manifests, 1 config, 2 log or series files checked: no errors\n$/)
  })

  it('`npx carbon-budget init` on the example repository without its manifests, then `report`, gives a footprint', () => {
    const repo = mkdtempSync(join(tmpdir(), 'cb-repo-'))
    cpSync(join(ROOT, 'examples'), repo, { recursive: true, filter: (src) => !/\.carbon\.(ya?ml|json)$|carbon-budget\.yml$/.test(src) })
    // npx from inside the app folder, as a user who installed the package there runs it
    const init = installed.run('npx', ['--no-install', 'carbon-budget', 'init', repo])
    expect(init).toContain('wrote experiments/h100-smoke.carbon.yml')
    const report = JSON.parse(installed.run('npx', ['--no-install', 'carbon-budget', 'report', repo, '--format', 'json'])) as { experiments: { name: string }[]; totals: { totalKgCO2e: number; energyKWh: number } }
    expect(report.experiments.map((e) => e.name)).toEqual(['h100-smoke'])
    expect(report.totals.totalKgCO2e).toBeGreaterThan(0)
    expect(report.totals.energyKWh).toBeGreaterThan(0)
  })

  it('the library entry exports the core: assessExperiment on a manifest gives the sources\' figures', () => {
    const yaml = 'name: a\nphase: training\nduration: 2 h\nhardware: [{ device: nvidia-l4, count: 3 }]\ngrid: { country: FRA }\n'
    const script = `import { assessExperiment, DEFAULT_CONFIG, readManifest, reportJson, buildReport } from 'carbon-budget'
const { experiment } = readManifest(${JSON.stringify(yaml)}, 'a.carbon.yml', DEFAULT_CONFIG.defaults)
const result = assessExperiment(experiment, { config: DEFAULT_CONFIG })
console.log(JSON.stringify(reportJson(buildReport([result], DEFAULT_CONFIG, [])).totals))`
    const out = JSON.parse(installed.run('node', ['--input-type=module', '-e', script])) as { totalKgCO2e: number }
    const { experiment } = readManifest(yaml, 'a.carbon.yml', DEFAULT_CONFIG.defaults)
    expect(out.totalKgCO2e).toBe(assessExperiment(experiment!, { config: DEFAULT_CONFIG }).totalKgCO2e.central)
    expect(out.totalKgCO2e).toBeGreaterThan(0)
  })

  it('the types resolve for a TypeScript user (tsc over an importing file)', () => {
    const { app } = installed
    writeFileSync(join(app, 'use.ts'), `import { assessExperiment, DEFAULT_CONFIG, readManifest, type ExperimentResult, type ReportJson, type Report } from 'carbon-budget'
const { experiment } = readManifest('', 'a.carbon.yml', DEFAULT_CONFIG.defaults)
const r: ExperimentResult | undefined = experiment ? assessExperiment(experiment, { config: DEFAULT_CONFIG }) : undefined
const kg: number | undefined = r?.totalKgCO2e.central
const total = (j: ReportJson): number => j.totals.totalKgCO2e
const n = (rep: Report): number => rep.experiments.length
export { kg, total, n }
`)
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }))
    installed.run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'])
    // a mistake is caught, so the check above is not vacuous
    writeFileSync(join(app, 'use.ts'), `import { assessExperiment } from 'carbon-budget'\nconst x: string = assessExperiment\nexport { x }\n`)
    expect(() => installed.run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'])).toThrow(/not assignable/)
  })
})
