import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { formatProblem, problem, type Problem } from '../core/errors.js'
import type { Experiment } from '../core/model.js'
import { readCfeSupply } from '../ingest/cfe-supply.js'
import { CONFIG_FILE } from '../ingest/config.js'
import { fsSource } from '../ingest/fs-source.js'
import { NotTextError, readLineBatches } from '../ingest/lines.js'
import { detectReader, LOG_READERS } from '../ingest/logs/index.js'
import type { RepoSource } from '../ingest/source.js'
import { loadExperiments } from '../run/load-report.js'
import type { Command } from './command.js'
import { VALIDATE } from './descriptions.js'

/** Lines a log's format is told from (as `report` reads them). */
const HEAD_LINES = 10

export const validateCommand: Command = {
  ...VALIDATE,
  async run(args, io) {
    let parsed
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { config: { type: 'string' } } })
    } catch (error) {
      return io.usage(error instanceof Error ? error.message : String(error))
    }
    if (parsed.positionals.length > 1) return io.usage(`one DIR at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`)
    const dir = resolve(io.cwd, parsed.positionals[0] ?? '.')
    const result = await runValidate(fsSource(dir), parsed.values.config)
    const errors = result.problems.filter((p) => p.severity === 'error')
    if (result.problems.length) io.stderr(result.problems.map(formatProblem).join('\n') + '\n')
    const checked = `${count(result.manifests, 'manifest')}, ${result.config ? '1 config' : 'no config (defaults)'}, ${count(result.files, 'log or series file')}`
    if (errors.length) {
      io.stderr(`\ncarbon-budget: ${count(errors.length, 'error')} in ${checked}\n`)
      return 2
    }
    io.stdout(`carbon-budget: ${checked} checked: no errors\n`)
    return 0
  },
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`

export interface Validated {
  readonly problems: readonly Problem[]
  readonly manifests: number
  readonly config: boolean
  /** Logs and series named by the manifests and found. */
  readonly files: number
}

/**
 * `validate`: what `report` checks before it computes — config, manifests (schema, units, catalog
 * ids, paths, unique names) — plus that every log and series a manifest names exists, is under the
 * size cap and, for a log without `format`, has a format its first lines tell. Logs are not read
 * past their first lines, so it runs in the time of a pre-commit hook.
 */
export async function runValidate(source: RepoSource, configPath?: string): Promise<Validated> {
  const loaded = await loadExperiments(source, { configPath })
  const problems = [...loaded.problems]
  let files = 0
  for (const exp of loaded.experiments) {
    for (const [i, spec] of exp.logs.entries()) {
      const found = await checkLog(source, exp, i, loaded.config.maxLogBytes, spec.format !== undefined || spec.columns !== undefined)
      problems.push(...found)
      if (!found.some((p) => p.code === 'log-missing')) files++
    }
    if (exp.seriesPath !== undefined) {
      const found = await checkFile(source, exp, exp.seriesPath, 'grid.series', loaded.config.maxLogBytes)
      problems.push(...found)
      if (found.length === 0) files++
    }
    if (exp.market?.kind === 'hourly') {
      // A supply file is small (one row per hour): read it whole, so its format errors show here too.
      const pos = exp.positions['market.supply']
      const found = (await readCfeSupply(exp.market.supplyPath, source, { maxLogBytes: loaded.config.maxLogBytes })).problems.map((p) => (p.pos || !pos ? p : { ...p, pos }))
      problems.push(...found)
      if (!found.some((p) => p.code === 'supply-missing')) files++
    }
  }
  return { problems, manifests: loaded.manifests.length, config: (await source.stat(configPath ?? CONFIG_FILE)) !== undefined, files }
}

/** Whether a file a manifest names exists and is under the cap; the messages are report's (ingest/measure.ts, ingest/grid-series.ts). */
async function checkFile(source: RepoSource, exp: Experiment, path: string, field: string, maxBytes: number): Promise<Problem[]> {
  const pos = exp.positions[field] ?? exp.positions['name']
  const at = { field, pos }
  const isLog = field.startsWith('logs.')
  const stat = await source.stat(path)
  if (!stat) return [isLog ? problem('log-missing', { path, manifest: exp.file, description: source.description, ...at }) : problem('series-missing', { path, description: source.description, ...at })]
  if (stat.size > maxBytes) return [problem(isLog ? 'log-too-large' : 'series-too-large', { path, bytes: stat.size, maxBytes, ...at })]
  return []
}

async function checkLog(source: RepoSource, exp: Experiment, i: number, maxBytes: number, formatGiven: boolean): Promise<Problem[]> {
  const path = exp.logs[i]!.path
  const missing = await checkFile(source, exp, path, `logs.${i}.path`, maxBytes)
  if (missing.length || formatGiven) return missing
  const stream = source.openStream(path)
  try {
    const first = await readLineBatches(stream, path).next()
    if (first.done) return [problem('log-empty', { file: path })]
    if (detectReader(first.value.headLines(HEAD_LINES), path)) return []
    return [problem('log-format-unknown', { file: path, formats: LOG_READERS.map((r) => r.format), field: `logs.${i}.format` })]
  } catch (error) {
    if (error instanceof NotTextError) return [error.problem]
    return [problem('log-unreadable', { path, reason: (error as Error).message, field: `logs.${i}.path` })]
  } finally {
    stream.destroy()
  }
}
