/**
 * Hostile input, read the way the action reads it: the working tree (fsSource) and the same files
 * at a commit (gitSource). Each case must end in a Problem naming the file, never an exception, a
 * hang, a silent default or a byte of a file outside the repository.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Problem } from '../src/core/errors.js'
import { fsSource } from '../src/ingest/fs-source.js'
import { gitSource } from '../src/ingest/git.js'
import { loadReport, type Loaded } from '../src/run/load-report.js'
import { runCli } from './support/cli.js'
import { makeRepo, removeRepos } from './support/git-repo.js'

afterAll(removeRepos)

const SECRET = 'SECRET-OUTSIDE-THE-REPO'
const outside = mkdtempSync(join(tmpdir(), 'cb-outside-'))
writeFileSync(join(outside, 'power.csv'), `timestamp,watts\n2024-03-01T00:00:00Z,300\n2024-03-01T00:00:01Z,310\n${SECRET},1\n`)
writeFileSync(join(outside, 'grid.csv'), `timestamp,average\n2024-03-01T00:00:00Z,400\n${SECRET},1\n`)

const manifest = (extra = '', name = 'llama-7b-sft') => `name: ${name}
phase: training
duration: 2 h
hardware:
  - device: nvidia-a100-sxm4-80gb
    count: 8
grid:
  intensity: 0.4 kgCO2e/kWh
${extra}`
const withLog = (path: string) => manifest(`logs:\n  - path: ${path}\n    format: power-csv\n`)
const withSeries = (path: string) => manifest().replace('  intensity: 0.4 kgCO2e/kWh\n', `  intensity: 0.4 kgCO2e/kWh\n  series: ${path}\n`)
const powerLog = (rows: readonly string[]) => `timestamp,watts\n${rows.join('\n')}\n`
const steady = Array.from({ length: 10 }, (_, i) => `2024-03-01T00:00:${String(i).padStart(2, '0')}Z,300`)

interface Sides { readonly tree: Loaded; readonly commit: Loaded }

/** Commits the files (and symlinks: path → target) to a real repo and loads both sides. */
async function loadBoth(files: Readonly<Record<string, string | Uint8Array>>, links: Readonly<Record<string, string>> = {}): Promise<Sides> {
  const repo = makeRepo()
  for (const [path, content] of Object.entries(files)) repo.write(path, content)
  for (const [path, target] of Object.entries(links)) repo.symlink(target, path)
  const sha = repo.commit('hostile files')
  return { tree: await loadReport(fsSource(repo.dir)), commit: await loadReport(gitSource(repo.dir, sha)) }
}

const errorsOf = (l: Loaded): Problem[] => l.problems.filter((p) => p.severity === 'error')

/** Both sides refused the input with an error matching `message`, and leaked nothing from outside. */
function expectRefused(sides: Sides, message: RegExp, code?: string): void {
  for (const [side, loaded] of Object.entries(sides) as [string, Loaded][]) {
    expect(loaded.report, side).toBeUndefined()
    const errors = errorsOf(loaded)
    expect(errors.map((p) => p.message).join('\n'), side).toMatch(message)
    if (code) expect(errors.some((p) => p.code === code), side).toBe(true)
    expect(JSON.stringify(loaded.problems), side).not.toContain(SECRET)
  }
}

describe('YAML that would expand or recurse without bound', () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (const [prev, cur] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi'].map((p) => p.split(''))) {
    laughs.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`)
  }
  const bomb = laughs.join('\n') + '\n'

  it('stops a billion-laughs alias bomb in a manifest and in the config', async () => {
    const sides = await loadBoth({ 'bomb.carbon.yml': bomb, 'ok.carbon.yml': manifest() })
    expectRefused(sides, /aliases expand at most \d+ times/, 'yaml-aliases')
    const config = await loadBoth({ 'carbon-budget.yml': bomb, 'ok.carbon.yml': manifest() })
    expectRefused(config, /aliases expand at most/)
    expect(errorsOf(config.tree)[0]!.pos?.file).toBe('carbon-budget.yml')
  })

  // 20,000 levels once aborted the process (a stack overflow in V8's regexp compiler is fatal);
  // 200,000 in a 1 MB manifest took 8 s to refuse. The bound is now checked before parsing.
  it.each([
    ['flow sequences', `name: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`],
    ['flow mappings', `name: ${'{a: '.repeat(200_000)}1${'}'.repeat(200_000)}\n`],
    ['block sequences on one line', `name:\n${'- '.repeat(200_000)}x\n`],
    ['explicit keys', `name:\n${'? '.repeat(200_000)}x\n`],
  ])('refuses 200,000 levels of %s with a message about depth, not a crash', async (_, deep) => {
    const sides = await loadBoth({ 'carbon-budget.yml': 'limits:\n  manifest-bytes: 4194304\n', 'deep.carbon.yml': deep })
    expectRefused(sides, /nesting is too deep/, 'yaml-too-deep')
    expect(errorsOf(sides.commit)[0]!.pos).toEqual({ file: 'deep.carbon.yml', line: 1, col: 1 })
  })

  it('refuses 40 levels of block nesting, naming the limit', async () => {
    const nested = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n'
    expectRefused(await loadBoth({ 'nested.carbon.yml': `name: x\n${nested}` }), /nesting is \d+ levels deep; at most 32/, 'yaml-too-deep')
  })
})

describe('size caps from limits in carbon-budget.yml', () => {
  it('refuses a manifest over limits.manifest-bytes, naming its size and the cap', async () => {
    const sides = await loadBoth({
      'carbon-budget.yml': 'limits:\n  manifest-bytes: 2048\n',
      'big.carbon.yml': manifest(`description: "${'notes '.repeat(500)}"\n`),
    })
    expectRefused(sides, /is 3,\d{3} bytes, over the 2,048-byte cap \(limits\.manifest-bytes/, 'manifest-too-large')
  })

  it('refuses a log and a grid series over limits.log-bytes with the cap in the message', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `${1709251200 + i},300`)
    const log = await loadBoth({ 'carbon-budget.yml': 'limits:\n  log-bytes: 4096\n', 'a.carbon.yml': withLog('power.csv'), 'power.csv': powerLog(rows) })
    expectRefused(log, /power\.csv is 6\.\d kB, over the 4\.1 kB cap/, 'log-too-large')
    const series = await loadBoth({
      'carbon-budget.yml': 'limits:\n  log-bytes: 4096\n',
      'a.carbon.yml': withSeries('grid.csv'),
      'grid.csv': `timestamp,average\n${Array.from({ length: 400 }, (_, i) => `${1709251200 + 3600 * i},400`).join('\n')}\n`,
    })
    expectRefused(series, /grid\.csv is 6\.\d kB, over the 4\.1 kB cap/, 'series-too-large')
  })

  it('refuses a cap below 1 KiB in the config itself', async () => {
    const sides = await loadBoth({ 'carbon-budget.yml': 'limits:\n  log-bytes: 10\n', 'a.carbon.yml': manifest() })
    expectRefused(sides, />=1024/)
  })
})

describe('paths that leave the repository', () => {
  const name = outside.split('/').pop()!
  it.each([
    ['logs[].path by ..', { 'exp/a.carbon.yml': withLog(`../../${name}/power.csv`) }, /leaves the repository/],
    ['logs[].path absolute', { 'a.carbon.yml': withLog(join(outside, 'power.csv')) }, /is absolute/],
    ['grid.series by ..', { 'a.carbon.yml': withSeries(`../${name}/grid.csv`) }, /leaves the repository/],
    ['grid.series absolute', { 'a.carbon.yml': withSeries(join(outside, 'grid.csv')) }, /is absolute/],
  ])('refuses %s, with the line of the field', async (_, files, message) => {
    const sides = await loadBoth(files)
    expectRefused(sides, message, 'path-invalid')
    expect(errorsOf(sides.tree)[0]!.pos?.line).toBeGreaterThan(1)
  })

  it.each([
    ['a log symlinked to a file outside', { 'a.carbon.yml': withLog('runs/power.csv') }, { 'runs/power.csv': join(outside, 'power.csv') }, 'log-missing'],
    ['a log under a symlinked folder', { 'a.carbon.yml': withLog('runs/power.csv') }, { runs: outside }, 'log-missing'],
    ['a grid series symlinked outside', { 'a.carbon.yml': withSeries('grid/pjm.csv') }, { 'grid/pjm.csv': join(outside, 'grid.csv') }, 'series-missing'],
    ['a manifest symlinked outside', { 'a.carbon.yml': manifest() }, { 'b.carbon.yml': join(outside, 'power.csv') }, ''],
  ])('never follows %s, at a commit or in the working tree', async (label, files, links, code) => {
    const sides = await loadBoth(files, links)
    if (label.startsWith('a manifest')) {
      // The link is skipped in listings: only the real manifest is read.
      for (const l of Object.values(sides)) expect(l.report?.experiments.map((e: { name: string }) => e.name)).toEqual(['llama-7b-sft'])
    } else expectRefused(sides, /does not exist/, code)
  })
})

describe('binary and non-UTF-8 files', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  const latin1 = (s: string) => Buffer.from(s, 'latin1')
  it.each([
    ['a binary manifest', { 'a.carbon.yml': png }, /binary|not valid UTF-8/],
    ['a Latin-1 manifest', { 'a.carbon.yml': latin1(manifest('', 'caf\xe9-sweep')) }, /not valid UTF-8/],
    ['a binary log', { 'a.carbon.yml': withLog('power.csv'), 'power.csv': png }, /binary, not a text log/],
    ['a Latin-1 log', { 'a.carbon.yml': withLog('power.csv'), 'power.csv': latin1('timestamp,watts,device\n2024-03-01T00:00:00Z,300,caf\xe9\n') }, /not valid UTF-8/],
    ['a binary grid series', { 'a.carbon.yml': withSeries('grid.csv'), 'grid.csv': png }, /binary|UTF-8/],
  ])('refuses %s, naming the file', async (_, files, message) => {
    const sides = await loadBoth(files)
    expectRefused(sides, message)
    const file = Object.keys(files).at(-1)!
    for (const l of Object.values(sides)) expect(JSON.stringify(errorsOf(l))).toContain(file)
  })
})

describe('impossible numbers', () => {
  const hw = (line: string) => manifest().replace('    count: 8\n', `    count: 8\n${line}\n`)
  it.each([
    ['a 10 MW GPU', hw('    power: 10 MW'), /above the largest plausible value/, 'field-invalid'],
    ['NaN watts', hw('    power: NaN W'), /not a number with a unit/, 'field-invalid'],
    ['Infinity watts', hw('    power: Infinity W'), /not a number with a unit/, 'field-invalid'],
    ['a negative count', manifest().replace('count: 8', 'count: -8'), /Too small/, 'field-invalid'],
    ['a count of 1e308', manifest().replace('count: 8', 'count: 1e308'), /Too big|whole number/, 'field-invalid'],
    ['a negative duration', manifest().replace('2 h', '-2 h'), /zero/, 'field-invalid'],
    ['a YAML .nan PUE', manifest('pue: .nan\n'), /expected number/, 'field-invalid'],
    ['a YAML .inf PUE', manifest('pue: .inf\n'), /expected number|Too big/, 'field-invalid'],
    ['an absurd grid intensity', manifest().replace('0.4 kgCO2e/kWh', '400 kgCO2e/kWh'), /above the largest plausible/, 'field-invalid'],
    // Found by bench/fuzz.js: SCI was Infinity for a count of 5e-324, and a phase mapping whose
    // toString key is false threw in the message builder.
    ['a functional-unit count of 5e-324', manifest('functional-unit:\n  name: 1M tokens\n  count: 5e-324\n'), /at least 1e-9/, 'field-invalid'],
    ['a phase mapping with toString: false', manifest().replace('phase: training', 'phase:\n  value: training\n  toString: false'), /a mapping is not allowed; expected one of/, 'value-not-allowed'],
  ])('refuses %s in a manifest', async (_, text, message, code) => {
    expectRefused(await loadBoth({ 'a.carbon.yml': text }), message, code)
  })

  it.each([
    ['a 10 MW reading', [...steady, '2024-03-01T00:00:10Z,10000000'], /10000000 W .* not plausible/, 'sample-power-implausible'],
    ['a 1e308 W reading (would make the total Infinity)', [...steady, '2024-03-01T00:00:10Z,1e308'], /not plausible/, 'sample-power-implausible'],
    ['an Infinity W reading', [...steady, '2024-03-01T00:00:10Z,Infinity'], /Infinity W .* not plausible/, 'sample-power-implausible'],
    ['a negative reading', [...steady, '2024-03-01T00:00:10Z,-300'], /-300" is not a number of W/, 'log-line'],
  ])('refuses %s in a log', async (_, rows, message, code) => {
    expectRefused(await loadBoth({ 'a.carbon.yml': withLog('power.csv'), 'power.csv': powerLog(rows) }), message, code)
  })
})

describe('timestamps decades off', () => {
  it.each([
    ['a clock that was never set (1970)', ['1970-01-01T00:00:00Z,300', ...steady], /1970-01-01T00:00:00Z, outside 2000–2099/, 'sample-time-implausible'],
    ['a year typed as 9999 (would bridge 70 million hours)', [...steady, '9999-12-31T00:00:00Z,300'], /9999-12-31.*outside 2000–2099/, 'sample-time-implausible'],
    ['Unix milliseconds with three extra digits', ['1709251200000000,300', '1709251201000000,300'], /outside 2000–2099/, 'sample-time-implausible'],
    ['one stray reading 30 years later', [...steady, '2054-03-01T00:00:00Z,300'], /jumps from 2024-03-01T00:00:09Z to 2054-03-01T00:00:00Z/, 'sample-jump-implausible'],
  ])('refuses %s in a log', async (_, rows, message, code) => {
    expectRefused(await loadBoth({ 'a.carbon.yml': withLog('power.csv'), 'power.csv': powerLog(rows) }), message, code)
  })
})

describe('names', () => {
  it('refuses every duplicate of a name across YAML and JSON manifests, naming the first place', async () => {
    const json = JSON.stringify({ name: 'llama-7b-sft', phase: 'inference', duration: '1 h', hardware: [{ device: 'nvidia-l4', count: 1 }] })
    const sides = await loadBoth({ 'a.carbon.yml': manifest(), 'b/b.carbon.yml': manifest('', '"  llama-7b-sft  "'), 'c.carbon.json': json })
    for (const l of Object.values(sides)) {
      const dups = errorsOf(l).filter((p) => p.code === 'duplicate-name')
      expect(dups.map((p) => p.pos?.file)).toEqual(['b/b.carbon.yml', 'c.carbon.json'])
      expect(dups[0]!.message).toContain('already used by a.carbon.yml:1')
    }
  })
})

describe('through the CLI', () => {
  it('prints the problems of a hostile repository with exit 2 and no stack trace', async () => {
    const repo = makeRepo()
    repo.write('a.carbon.yml', withLog('power.csv'))
    repo.write('power.csv', powerLog([...steady, '9999-12-31T00:00:00Z,300']))
    repo.write('b.carbon.yml', manifest(`description: x\n`, 'b').replace('2 h', '2'))
    repo.symlink(join(outside, 'power.csv'), 'runs/link.csv')
    const run = await runCli(['report', repo.dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('power.csv:1:1: error: logs.0.path: a reading of device power is timestamped 9999-12-31T00:00:00Z')
    expect(run.stderr).toContain('b.carbon.yml:3:11')
    expect(run.stderr).not.toMatch(/\bat \S+\.(js|ts):\d+|RangeError|TypeError/)
    expect(run.stdout + run.stderr).not.toContain(SECRET)
  })
})
