import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { manifest, runCli, writeTree } from './support/cli.js'

const ROOT = new URL('..', import.meta.url).pathname
const nvidiaSmi = (rows: string[]) => ['timestamp, name, index, power.draw [W]', ...rows].join('\n') + '\n'
const row = (s: number, w: number | string) => `2026/11/26 10:00:${String(s).padStart(2, '0')}.000, NVIDIA H100 80GB HBM3, 0, ${w} W`
/** Error lines of a run's stderr (the closing summary line left out). */
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.includes(': error: ')).sort()

describe('carbon-budget validate', () => {
  it('passes the example repository, counting what it checked', async () => {
    const run = await runCli(['validate', join(ROOT, 'examples')])
    expect(run.stderr).toBe('')
    const manifests = readdirSync(join(ROOT, 'examples/experiments')).filter((f) => f.includes('.carbon.')).length
    expect(run.stdout).toBe(`carbon-budget: ${manifests} manifests, 1 config, 2 log or series files checked: no errors\n`)
    expect(run.code).toBe(0)
  })

  it('reports the same errors as report for manifests, config and missing files', async () => {
    const dir = writeTree({
      'carbon-budget.yml': 'fail-on: budgets\n',
      'a.carbon.yml': manifest('one').replace('duration: 2 h', 'duration: 2'),
      'b.carbon.yml': manifest('one'),
      'c.carbon.yml': manifest('three', 'logs:\n  - path: runs/missing.csv\n'),
      'd.carbon.yml': manifest('four').replace('country: FRA', 'country: FRA\n  series: grid/none.csv'),
      'e.carbon.yml': manifest('five').replace('nvidia-h100-sxm5-80gb', 'h100-sxm9'),
    })
    const [validate, report] = [await runCli(['validate', dir]), await runCli(['report', dir])]
    expect(validate.code).toBe(2)
    expect(errorLines(validate.stderr)).toEqual(errorLines(report.stderr))
    expect(errorLines(validate.stderr).length).toBe(5)
    expect(validate.stderr).toMatch(/c\.carbon\.yml:\d+:\d+: error: logs\.0\.path: log file runs\/missing\.csv \(listed in c\.carbon\.yml\) does not exist/)
    expect(validate.stderr).toContain('d.carbon.yml:')
    expect(validate.stderr).toContain('error: grid.series: grid series grid/none.csv does not exist')
    expect(validate.stderr).toMatch(/\ncarbon-budget: 5 errors in 5 manifests, 1 config, 0 log or series files\n$/)
    expect(validate.stdout).toBe('')
  })

  it('refuses a log whose format its first lines do not tell, unless format names it', async () => {
    const files = { 'runs/power.txt': 'hello\nworld\n', 'a.carbon.yml': manifest('a', 'logs:\n  - path: runs/power.txt\n') }
    const run = await runCli(['validate', writeTree(files)])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('runs/power.txt:1:1: error: logs.0.format: cannot tell the format of runs/power.txt from its first lines; set logs[].format to one of')
    const named = await runCli(['validate', writeTree({ ...files, 'a.carbon.yml': manifest('a', 'logs:\n  - path: runs/power.txt\n    format: power-csv\n') })])
    expect(named.code).toBe(0)
  })

  it('reads no log past its first lines: a bad line deep in a log is left to report', async () => {
    const rows = Array.from({ length: 40 }, (_, s) => row(s, s === 30 ? 'lots of' : 300))
    const dir = writeTree({ 'runs/smi.csv': nvidiaSmi(rows), 'a.carbon.yml': manifest('a', 'logs:\n  - path: runs/smi.csv\n') })
    const validate = await runCli(['validate', dir])
    expect(validate.stderr).toBe('')
    expect(validate.code).toBe(0)
    const report = await runCli(['report', dir])
    expect(report.code).toBe(2)
    expect(report.stderr).toContain('runs/smi.csv:32:')
  })

  it('takes --config and one DIR, and says what is wrong with other arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cb-validate-'))
    cpSync(join(ROOT, 'examples'), dir, { recursive: true })
    writeFileSync(join(dir, 'budgets.yml'), 'basis: market\n')
    expect((await runCli(['validate', dir, '--config', 'budgets.yml'])).code).toBe(0)
    const missing = await runCli(['validate', dir, '--config', 'nope.yml'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.yml:1:1: error: config file not found')
    const two = await runCli(['validate', dir, dir])
    expect([two.code, two.stderr.split('\n')[0]]).toEqual([2, `carbon-budget: one DIR at most, got 2: ${dir} ${dir}`])
    const flag = await runCli(['validate', '--base', 'main'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain("Unknown option '--base'")
    expect(flag.stderr).toContain('carbon-budget validate [DIR] [--config FILE]')
  })
})

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string; pass_filenames: boolean }[]
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }

  it('runs the package bin with validate, on the whole repository', () => {
    expect(hooks.map((h) => h.id)).toEqual(['carbon-budget-validate'])
    const [hook] = hooks
    expect(hook!.language).toBe('node')
    const [bin, ...args] = hook!.entry.split(' ')
    expect(Object.keys(pkg.bin)).toContain(bin)
    expect(args).toEqual(['validate'])
    expect(hook!.pass_filenames).toBe(false)
  })

  it('triggers on manifests and the config, as pre-commit matches paths (Python re.search)', () => {
    // The pattern uses only syntax Python's re and JavaScript agree on.
    const files = new RegExp(hooks[0]!.files)
    for (const p of ['carbon-budget.yml', 'experiments/a.carbon.yml', 'b.carbon.yaml', 'x/y/serve.carbon.json', 'sub/carbon-budget.yml']) expect(files.test(p), p).toBe(true)
    for (const p of ['README.md', 'a.carbon.yml.bak', 'runs/nvidia-smi.csv', 'my-carbon-budget.yml', 'carbon.yml']) expect(files.test(p), p).toBe(false)
  })
})
