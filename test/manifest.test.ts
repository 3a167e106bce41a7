import { describe, expect, it } from 'vitest'
import { formatProblem } from '../src/core/errors.js'
import { readConfig } from '../src/ingest/config.js'
import { readManifest } from '../src/ingest/manifest.js'

const read = (text: string, file = 'exp/a.carbon.yml') => readManifest(text, file, {})
const messages = (text: string) => read(text).problems.map(formatProblem)

const VALID = `name: llama-7b
phase: training
hardware:
  - device: nvidia-a100-sxm4-80gb
    device-hours: 82432 h
    power: 400 W
pue: 1.1
grid:
  intensity: 0.385 kgCO2e/kWh
`

describe('readManifest', () => {
  it('reads a valid manifest into canonical units', () => {
    const { experiment, problems } = read(VALID)
    expect(problems).toEqual([])
    expect(experiment?.hardware[0]).toMatchObject({ device: 'nvidia-a100-sxm4-80gb', powerW: 400, deviceHours: 82432 })
    expect(experiment?.grid).toEqual({ kind: 'intensity', kgPerKWh: 0.385 })
    expect(experiment?.positions['name']).toEqual({ file: 'exp/a.carbon.yml', line: 1, col: 7 })
  })

  it('names file, line, column and field for a bare number, with the unit it needs', () => {
    const out = messages(VALID.replace('power: 400 W', 'power: 400'))
    expect(out).toHaveLength(1)
    expect(out[0]).toMatch(/^exp\/a\.carbon\.yml:6:12: error: hardware\.0\.power: bare number 400 has no unit.*did you mean "400 W"\?/)
  })

  it('suggests the nearest catalog id for an unknown device', () => {
    const out = messages(VALID.replace('nvidia-a100-sxm4-80gb', 'a100-80'))
    expect(out[0]).toContain('exp/a.carbon.yml:4:13')
    expect(out[0]).toContain('unknown device "a100-80"; did you mean nvidia-a100-sxm4-80gb?')
  })

  it('reports every error of a manifest together, not just the first', () => {
    const text = VALID.replace('phase: training', 'phase: trainig').replace('power: 400 W', 'power: 400 V').replace('pue: 1.1', 'pue: 0.5')
    const out = messages(text)
    expect(out.length).toBe(3)
    expect(out.join('\n')).toContain('did you mean training?')
    expect(out.join('\n')).toContain('unknown unit "V"')
    expect(out.join('\n')).toContain('a PUE is 1 or more')
  })

  it('suggests the nearest field name for an unknown key', () => {
    const out = messages(VALID.replace('pue: 1.1', 'peu: 1.1'))
    expect(out.some((m) => m.includes('unknown field "peu"') && m.includes('did you mean pue?') && m.includes(':7:1:'))).toBe(true)
  })

  it('refuses absurd values rather than computing with them', () => {
    expect(messages(VALID.replace('400 W', '10 MW'))[0]).toContain('above the largest plausible value')
    expect(messages(VALID.replace('82432 h', '-5 h'))[0]).toContain('greater than zero')
  })

  it('refuses log paths that leave the repository', () => {
    for (const path of ['../../etc/passwd', '/etc/passwd', '..\\x']) {
      const out = messages(VALID + `logs:\n  - path: "${path.replace(/\\/g, '\\\\')}"\n`)
      expect(out[0]).toMatch(/logs\.0\.path: path .* (leaves the repository|is absolute|backslashes)/)
    }
  })

  it('requires a duration unless every hardware line has device-hours', () => {
    const out = messages(VALID.replace('    device-hours: 82432 h\n', '    count: 8\n'))
    expect(out[0]).toContain('give duration')
  })

  it('lists the defaults it applied so the report can show them', () => {
    const { experiment } = read(VALID.replace('pue: 1.1\n', '').replace('grid:\n  intensity: 0.385 kgCO2e/kWh\n', ''))
    expect(experiment?.defaultsUsed.join('\n')).toMatch(/PUE 1\.56/)
    expect(experiment?.defaultsUsed.join('\n')).toMatch(/world average/)
  })

  it('stops YAML alias bombs and reports syntax errors with their line', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n'
    expect(messages(bomb)[0]).toMatch(/alias|Excessive/i)
    expect(messages('name: [unclosed\nphase: training\n')[0]).toMatch(/^exp\/a\.carbon\.yml:\d+:\d+: error:/)
  })
})

describe('readConfig', () => {
  it('reads budgets with the line where each was set', () => {
    const { config, problems } = readConfig('budgets:\n  total: 50 tCO2e\n  increase: 10 %\n  phases: { training: 30 tCO2e }\nfail-on: budget\n', 'carbon-budget.yml')
    expect(problems).toEqual([])
    // each limit keeps its text as written, to be shown unconverted
    expect(config.budgets.total).toEqual({ kgCO2e: 50000, text: '50 tCO2e', pos: { file: 'carbon-budget.yml', line: 2, col: 10 } })
    expect(config.budgets.increase?.share).toBeCloseTo(0.1, 12)
    expect(config.budgets.increase?.text).toBe('10 %')
    expect(config.budgets.phases.training?.kgCO2e).toBe(30000)
    expect(config.failOn).toBe('budget')
  })

  it('reads min-change as a share, 1 % by default', () => {
    expect(readConfig('min-change: 5 %\n', 'carbon-budget.yml').config.minChange).toBeCloseTo(0.05, 12)
    expect(readConfig('history: 3\n', 'carbon-budget.yml').config.minChange).toBe(0.01)
    expect(formatProblem(readConfig('min-change: 5\n', 'carbon-budget.yml').problems[0]!)).toContain('did you mean "5 %"')
  })

  it('reports an unknown fail-on value with the nearest valid one', () => {
    const { problems } = readConfig('fail-on: budgets\n', 'carbon-budget.yml')
    expect(formatProblem(problems[0]!)).toContain('did you mean budget?')
  })
})

describe('readManifest: values that are not numbers', () => {
  it('says a NaN PUE is not a valid number rather than missing', () => {
    const out = messages(VALID.replace('pue: 1.1', 'pue: .nan'))
    expect(out[0]).toContain('pue:')
    expect(out[0]).not.toContain('missing')
  })
})
