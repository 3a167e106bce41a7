import picomatch from 'picomatch'
import { assessExperiment, type AssessContext } from '../core/assess.js'
import type { Config } from '../core/config.js'
import { CarbonError, problem, type Problem, type SourcePos } from '../core/errors.js'
import type { CfeSupply, Experiment, ExperimentResult, GridSeries, MeasuredEnergy, Report } from '../core/model.js'
import { buildReport, compareNames, ReportSum } from '../core/report.js'
import { CONFIG_FILE, readConfig } from '../ingest/config.js'
import { readManifest } from '../ingest/manifest.js'
import type { MeasureProgress } from '../ingest/measure.js'
import type { RepoSource } from '../ingest/source.js'
import { mapBounded } from './map-bounded.js'

/**
 * Work that depends only on file contents, shared across the commits of one `check` (head, base and
 * the trend): a manifest, log or series whose blob did not change is not read again, and an
 * experiment whose inputs did not change is not assessed again.
 */
export interface LoadCache {
  readonly manifests: Map<string, Promise<{ readonly experiment?: Experiment; readonly problems: readonly Problem[] }>>
  readonly measured: Map<string, Promise<{ readonly measured?: MeasuredEnergy; readonly problems: readonly Problem[] }>>
  readonly series: Map<string, Promise<{ readonly series?: GridSeries; readonly problems: readonly Problem[] }>>
  readonly supply: Map<string, Promise<{ readonly supply?: CfeSupply; readonly problems: readonly Problem[] }>>
  /**
   * Assessments by everything they depend on. The experiment, measured energy and series objects
   * come from the maps above, one object per set of blob ids (manifest with the config's defaults,
   * logs, series), so their identities stand for those ids; the config is keyed by its content.
   */
  readonly assessments: WeakMap<Experiment, Map<string, ExperimentResult>>
  readonly configs: Map<string, Promise<{ readonly config: Config; readonly problems: readonly Problem[] }>>
  /** A small number per config content, so assessment keys stay short (the config is long). */
  readonly configIds: Map<string, number>
}

export function createLoadCache(): LoadCache {
  return { configs: new Map(), manifests: new Map(), measured: new Map(), series: new Map(), supply: new Map(), assessments: new WeakMap(), configIds: new Map() }
}

const configIdOf = (cache: LoadCache, config: Config): number => {
  const text = JSON.stringify(config)
  let id = cache.configIds.get(text)
  if (id === undefined) cache.configIds.set(text, (id = cache.configIds.size + 1))
  return id
}

const objectIds = new WeakMap<object, number>()
let lastObjectId = 0
/** A number per object, for keys made of object identities (0 for none). */
const idOf = (o: object | undefined): number => {
  if (o === undefined) return 0
  let id = objectIds.get(o)
  if (id === undefined) objectIds.set(o, (id = ++lastObjectId))
  return id
}

/** assessExperiment through the cache: the same experiment, config, measured energy and series, the same result. */
function assessCached(cache: LoadCache | undefined, configKey: number, exp: Experiment, ctx: AssessContext): ExperimentResult {
  if (!cache) return assessExperiment(exp, ctx)
  let byInputs = cache.assessments.get(exp)
  if (!byInputs) cache.assessments.set(exp, (byInputs = new Map()))
  const key = `${configKey}:${idOf(ctx.measured)}:${idOf(ctx.series)}:${idOf(ctx.supply)}`
  let result = byInputs.get(key)
  if (!result) byInputs.set(key, (result = assessExperiment(exp, ctx)))
  return result
}

/** A cache key from content ids, or undefined when any file has none (a working tree): then nothing is cached. */
async function contentKey(source: RepoSource, paths: readonly string[], salt: string): Promise<string | undefined> {
  if (!source.contentId) return undefined
  const ids = await Promise.all(paths.map((p) => source.contentId!(p)))
  return ids.every((id) => id !== undefined) ? `${salt}\0${paths.join('\0')}\0${ids.join('\0')}` : undefined
}

/**
 * Reads through the cache when the key is known. The promise is kept, so commits of the trend loaded
 * side by side read a file they share once.
 */
function cached<T>(map: Map<string, Promise<T>>, key: string | undefined, read: () => Promise<T>): Promise<T> {
  if (key === undefined) return read()
  let hit = map.get(key)
  if (!hit) {
    map.set(key, (hit = read()))
    hit.catch(() => map.delete(key))
  }
  return hit
}

export interface LoadOptions {
  /** Repo-relative config path; default `carbon-budget.yml` (optional file). */
  readonly configPath?: string
  /** Called with progress of long log reads (the CLI shows it on a terminal only). */
  readonly onProgress?: (progress: MeasureProgress) => void
  /** Shared across the commits of one run; absent: nothing is reused. */
  readonly cache?: LoadCache
  /**
   * Keep of a manifest that names no file only what assessment reads (streamed reports): its field
   * positions but the name's, and its defaults' notes shared between manifests that wrote the same.
   */
  readonly slim?: boolean
}

export interface Loaded {
  /** Absent when any error was found: a partial report would understate the footprint. */
  readonly report?: Report
  readonly config: Config
  readonly problems: readonly Problem[]
  /** Every file the report was computed from (manifests, config, logs, series), for history caching. */
  readonly inputs: readonly string[]
  /** The grid series read, by repo path, so attribution can re-run hourly figures with the other side's inputs. */
  readonly series: ReadonlyMap<string, GridSeries>
}

export interface LoadedExperiments {
  readonly config: Config
  /** Validated manifests; a manifest with a problem is left out (its problems are listed). */
  readonly experiments: readonly Experiment[]
  /** Every manifest file found by the config's globs, in listing order. */
  readonly manifests: readonly string[]
  readonly problems: readonly Problem[]
}

/**
 * The first half of a run, shared by `report` and `validate`: the config, then every manifest its
 * globs find, validated (schema, units, catalog ids, paths), and names checked unique. No log is read.
 */
export async function loadExperiments(source: RepoSource, opts: Pick<LoadOptions, 'configPath' | 'cache' | 'slim'> = {}): Promise<LoadedExperiments> {
  const problems: Problem[] = []
  const configFile = opts.configPath ?? CONFIG_FILE
  const required = opts.configPath !== undefined
  // The config is read and validated once per blob: the trend reads it at every commit.
  const configKey = opts.cache ? await contentKey(source, [configFile], `config:${required}`) : undefined
  const read = await cached(opts.cache?.configs ?? new Map(), configKey, async () => {
    const found: Problem[] = []
    const { config } = await loadConfig(source, configFile, required, found)
    return { config, problems: found }
  })
  // A copy per load: callers tell head's config from base's by identity (check.ts, budgets-from).
  const config = { ...read.config }
  problems.push(...read.problems)

  const isManifest = picomatch([...config.manifests], { dot: false })
  const listed = await source.listFiles()
  const files = listed.filter((f) => isManifest(f))
  // Globs do not match names with control characters: say so, or such a manifest would hide silently.
  for (const f of listed) {
    if (/[\u0000-\u001f\u007f]/.test(f) && /\.carbon\.(ya?ml|json)$/.test(f)) {
      problems.push(problem('file-name-control', { name: JSON.stringify(f), file: JSON.stringify(f) }))
    }
  }
  const experiments: Experiment[] = []
  const cache = opts.cache
  // Defaults change what a manifest means: they are part of its cache key.
  const configSalt = JSON.stringify([config.file, config.defaults, config.maxManifestBytes])
  const readOne = async (file: string) => {
    const key = cache ? await contentKey(source, [file], configSalt) : undefined
    return cached(cache?.manifests ?? new Map(), key, async () => {
      const found: Problem[] = []
      const text = await readCapped(source, file, config.maxManifestBytes, found)
      return text === undefined ? { problems: found } : readManifest(text, file, config.defaults, config.file ?? CONFIG_FILE)
    })
  }
  const notes = new Map<string, string>()
  const readKept = opts.slim ? async (file: string) => {
    const read = await readOne(file)
    return read.experiment ? { ...read, experiment: slimmed(read.experiment, notes) } : read
  } : readOne
  // File system and git answers overlap when a few are in flight; results keep the listing's order.
  for (const read of await mapBounded(files, MANIFEST_READS_IN_FLIGHT, readKept)) {
    problems.push(...read.problems)
    if (read.experiment) experiments.push(read.experiment)
  }
  problems.push(...duplicateNames(experiments))
  return { config, experiments, manifests: files, problems }
}

/**
 * An experiment as a streamed report holds it until it is written. 50,000 manifests are held at
 * once: a field position each (only the name's is read after loading) and a copy of the same
 * defaults note in each were two thirds of a manifest's memory. One that names a log, series or
 * supply file is kept whole: its files' problems point at its lines.
 */
function slimmed(exp: Experiment, notes: Map<string, string>): Experiment {
  if (exp.logs.length > 0 || exp.seriesPath !== undefined || exp.market?.kind === 'hourly') return exp
  const shared = (note: string): string => {
    const kept = notes.get(note)
    if (kept !== undefined) return kept
    notes.set(note, note)
    return note
  }
  const name = exp.positions['name']
  return { ...exp, positions: name ? { name } : {}, defaultsUsed: exp.defaultsUsed.map(shared) }
}

/** An experiment ready to assess: its validated manifest with the measured energy, series and supply it names. */
interface Assessable {
  readonly exp: Experiment
  readonly ctx: AssessContext
}

interface LoadedInputs extends Omit<Loaded, 'report'> {
  /** Absent when any error was found. */
  readonly assessable?: readonly Assessable[]
  /** The report's warnings: the run's, then each measured energy's. */
  readonly warnings: readonly Problem[]
}

/** Everything a report is computed from: config, manifests, logs, series and supply, all problems of the run collected together. */
async function loadInputs(source: RepoSource, opts: LoadOptions): Promise<LoadedInputs> {
  const loaded = await loadExperiments(source, opts)
  const { config, experiments } = loaded
  const problems: Problem[] = [...loaded.problems]
  const inputs: string[] = [...(config.file ? [config.file] : []), ...loaded.manifests]
  const cache = opts.cache

  const assessable: Assessable[] = []
  const seriesByPath = new Map<string, GridSeries>()
  for (const exp of experiments) {
    let measured: MeasuredEnergy | undefined
    let series: GridSeries | undefined
    if (exp.logs.length > 0) {
      const key = cache ? await contentKey(source, exp.logs.map((l) => l.path), JSON.stringify([exp.file, exp.logs, config.maxLogBytes])) : undefined
      // The log, series and supply readers are loaded by the first manifest that names such a file (start-up).
      const m = await cached(cache?.measured ?? new Map(), key, async () =>
        (await import('../ingest/measure.js')).measureEnergy(exp.logs, source, { maxLogBytes: config.maxLogBytes, manifestFile: exp.file, positions: exp.positions, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) }),
      )
      problems.push(...m.problems.map(at(exp.positions['logs'])))
      measured = m.measured
      inputs.push(...exp.logs.map((l) => l.path))
    }
    if (exp.seriesPath !== undefined) {
      const path = exp.seriesPath
      const key = cache ? await contentKey(source, [path], String(config.maxLogBytes)) : undefined
      const s = await cached(cache?.series ?? new Map(), key, async () => (await import('../ingest/grid-series.js')).readGridSeries(path, source, { maxLogBytes: config.maxLogBytes }))
      problems.push(...s.problems.map(at(exp.positions['grid.series'])))
      series = s.series
      if (series) seriesByPath.set(exp.seriesPath, series)
      inputs.push(exp.seriesPath)
    }
    let supply: CfeSupply | undefined
    if (exp.market?.kind === 'hourly') {
      const path = exp.market.supplyPath
      const key = cache ? await contentKey(source, [path], String(config.maxLogBytes)) : undefined
      const s = await cached(cache?.supply ?? new Map(), key, async () => (await import('../ingest/cfe-supply.js')).readCfeSupply(path, source, { maxLogBytes: config.maxLogBytes }))
      problems.push(...s.problems.map(at(exp.positions['market.supply'])))
      supply = s.supply
      inputs.push(path)
    }
    if (problems.some((p) => p.severity === 'error')) continue
    assessable.push({ exp, ctx: { config, ...(measured ? { measured } : {}), ...(series ? { series } : {}), ...(supply ? { supply } : {}) } })
  }
  const ok = !problems.some((p) => p.severity === 'error')
  const warnings = [...problems.filter((p) => p.severity === 'warning'), ...assessable.flatMap((a) => a.ctx.measured?.warnings ?? [])]
  return { config, problems, inputs: [...new Set(inputs)].sort(), series: seriesByPath, warnings, ...(ok ? { assessable } : {}) }
}

/**
 * Reads a repository version (working tree or commit) into a report: config, manifests, logs and
 * series, all problems of the run collected together.
 */
export async function loadReport(source: RepoSource, opts: LoadOptions = {}): Promise<Loaded> {
  const { assessable, warnings, ...loaded } = await loadInputs(source, opts)
  if (!assessable) return loaded
  const configKey = opts.cache ? configIdOf(opts.cache, loaded.config) : 0
  const results = assessable.map((a) => assessCached(opts.cache, configKey, a.exp, a.ctx))
  return { ...loaded, report: buildReport(results, loaded.config, warnings) }
}

/** A report whose experiments are assessed as they are taken, in report order, and not kept. */
export interface ReportStream {
  /** The report before any experiment: its basis and intensity (its sums are still zero). */
  readonly start: Omit<Report, 'experiments'>
  /** Each experiment's result, assessed when taken; take them all before `end`. */
  readonly experiments: Iterable<ExperimentResult>
  /** The report's totals, phases, models, sources and warnings, once every experiment was taken. */
  readonly end: () => Omit<Report, 'experiments'>
}

/**
 * `loadReport` for a writer that takes one experiment at a time (`report --format json`): every
 * input is read and checked first, so a problem still stops the run before anything is written,
 * but results are summed as they are assessed and dropped. On 50,000 manifests the run holds their
 * inputs, not their results (a result with its ranges is three times a manifest's size).
 */
export async function streamReport(source: RepoSource, opts: LoadOptions = {}): Promise<Omit<Loaded, 'report'> & { readonly stream?: ReportStream }> {
  const { assessable, warnings, ...loaded } = await loadInputs(source, { ...opts, slim: true })
  if (!assessable) return loaded
  const { config } = loaded
  const sum = new ReportSum()
  const inOrder = [...assessable].sort((a, b) => compareNames(a.exp.name, b.exp.name))
  function* experiments(): Generator<ExperimentResult> {
    for (const a of inOrder) {
      const r = assessExperiment(a.exp, a.ctx)
      sum.add(r)
      yield r
    }
  }
  return { ...loaded, stream: { start: new ReportSum().finish(config, []), experiments: experiments(), end: () => sum.finish(config, warnings) } }
}


async function loadConfig(source: RepoSource, file: string, required: boolean, problems: Problem[]): Promise<{ config: Config; text?: string }> {
  const stat = await source.stat(file)
  if (!stat) {
    if (required) problems.push(problem('config-missing', { description: source.description, file }))
    return readConfig(undefined)
  }
  const text = await readCapped(source, file, 1024 ** 2, problems)
  const read = readConfig(text, file)
  problems.push(...read.problems)
  return read
}

/** Reads a small text file with its size checked first; problems instead of exceptions. */
export async function readCapped(source: RepoSource, file: string, maxBytes: number, problems: Problem[]): Promise<string | undefined> {
  const stat = await source.stat(file)
  if (!stat) {
    problems.push(problem('file-missing', { file }))
    return undefined
  }
  if (stat.size > maxBytes) {
    problems.push(problem('manifest-too-large', { bytes: stat.size, maxBytes, file }))
    return undefined
  }
  try {
    return await source.readText(file)
  } catch (error) {
    if (error instanceof CarbonError) problems.push(...error.problems)
    else problems.push(problem('file-unreadable', { reason: error instanceof Error ? error.message : String(error), file }))
    return undefined
  }
}

const MANIFEST_READS_IN_FLIGHT = 16

/** Gives a problem that has no position the manifest line it came from. */
const at = (pos: SourcePos | undefined) => (p: Problem): Problem => (p.pos || !pos ? p : { ...p, pos })


function duplicateNames(experiments: readonly Experiment[]): Problem[] {
  const seen = new Map<string, Experiment>()
  const out: Problem[] = []
  for (const exp of experiments) {
    const first = seen.get(exp.name)
    if (!first) {
      seen.set(exp.name, exp)
      continue
    }
    out.push(problem('duplicate-name', { name: exp.name, firstFile: first.file, firstLine: first.positions['name']?.line, pos: exp.positions['name'], field: 'name' }))
  }
  return out
}
