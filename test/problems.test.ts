import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem, problem } from '../src/core/errors.js'
import { PROBLEMS } from '../src/core/problems.js'
import { reportJson } from '../src/render/json.js'
import { sampleReport } from './support/sample-report.js'

const srcFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? srcFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))

describe('problem()', () => {
  it('words the message from the table and places a file-only problem at line 1, column 1', () => {
    const p = problem('log-empty', { file: 'runs/power.csv' })
    expect(p).toStrictEqual({ severity: 'error', code: 'log-empty', message: 'log file runs/power.csv is empty', pos: { file: 'runs/power.csv', line: 1, col: 1 } })
    expect(formatProblem(p)).toBe('runs/power.csv:1:1: error: log file runs/power.csv is empty')
  })

  it('keeps a given line and column, prefers a parser position, and leaves undefined fields out', () => {
    expect(problem('log-binary', { file: 'a.csv', line: 7 }).pos).toStrictEqual({ file: 'a.csv', line: 7, col: 1 })
    const pos = { file: 'exp.carbon.yml', line: 4, col: 9 }
    const p = problem('unknown-device', { device: 'a1000', pos, field: 'hardware.0.device', suggestion: undefined })
    expect(p.pos).toBe(pos)
    expect(Object.keys(p).sort()).toEqual(['code', 'field', 'message', 'pos', 'severity'])
    expect(problem('git-missing')).toStrictEqual({ severity: 'error', code: 'git-missing', message: PROBLEMS['git-missing']() })
  })

  it('makes a warning when told, and the suggestion reaches the formatted line', () => {
    const p = problem('ref-unknown', { ref: 'mian', suggestion: 'main', severity: 'warning' })
    expect(p.severity).toBe('warning')
    expect(formatProblem(p)).toBe('warning: "mian" is not a commit, branch or tag in this repository; did you mean main?')
  })
})

describe('the table of problem codes', () => {
  const source = srcFiles('src')
    .filter((f) => !f.endsWith(join('core', 'problems.ts')))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')

  it('spells every code in lower-case words joined by hyphens', () => {
    for (const code of Object.keys(PROBLEMS)) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('holds no message that nothing reports', () => {
    const unused = Object.keys(PROBLEMS).filter((code) => !source.includes(`'${code}'`))
    expect(unused).toEqual([])
  })

  it('reaches the JSON report: every warning carries its code', () => {
    const warning = problem('log-duplicates', { file: 'runs/power.csv', count: 3, severity: 'warning' })
    const json = reportJson({ ...sampleReport(), warnings: [warning] })
    expect(json.warnings).toEqual([{ severity: 'warning', code: 'log-duplicates', message: warning.message, file: 'runs/power.csv', line: 1, col: 1 }])
  })
})
