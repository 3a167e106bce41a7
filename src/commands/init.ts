import { lstatSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, posix, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { findDevice } from '../core/data/index.js'
import type { LogFormat } from '../core/model.js'
import { CONFIG_FILE } from '../ingest/config.js'
import { fsSource } from '../ingest/fs-source.js'
import { readLineBatches } from '../ingest/lines.js'
import { detectReader } from '../ingest/logs/index.js'
import { headerKey, splitCsv } from '../ingest/logs/reader.js'
import { measureEnergy } from '../ingest/measure.js'
import { SCHEMA_FILES, SCHEMA_URL } from '../ingest/json-schema.js'
import type { RepoSource } from '../ingest/source.js'
import { loadExperiments } from '../run/load-report.js'
import type { Command } from './command.js'
import { INIT } from './descriptions.js'
import { CONFIG_TEMPLATE, WORKFLOW, WORKFLOW_FILE } from './init-templates.js'

/** Lines a log's format and GPU model are read from (as `report` sniffs them). */
const HEAD_LINES = 10
/** Logs larger than this are left to a hand-written manifest: init reads each log in full. */
const MAX_INIT_LOG_BYTES = 2 * 1024 ** 3
/** The device written when a log does not name a catalog GPU: marked to check. */
const FALLBACK_DEVICE = 'nvidia-a100-sxm4-80gb'
/** File names that say nothing about the run: the manifest is named after the log's folder. */
const GENERIC_NAMES = /^(nvidia-smi|nvidia_smi|smi|dmon|power|gpu|gpu-power|emissions|metrics|system-metrics|wandb-events|events|log|logs|dcgm|prometheus)$/i

export const initCommand: Command = {
  ...INIT,
  async run(args, io) {
    let parsed
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' } } })
    } catch (error) {
      return io.usage(error instanceof Error ? error.message : String(error))
    }
    if (parsed.positionals.length > 1) return io.usage(`one DIR at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`)
    const dir = resolve(io.cwd, parsed.positionals[0] ?? '.')
    const plan = await planInit(fsSource(dir))
    for (const note of plan.notes) io.stderr(`carbon-budget: ${note}\n`)
    if (parsed.values['dry-run']) {
      for (const f of plan.files) io.stdout(`--- ${f.path} ---\n${f.text}\n`)
      io.stdout(`carbon-budget: --dry-run: nothing written (${plan.files.length} files planned)\n`)
      return 0
    }
    for (const f of plan.files) {
      const target = join(dir, ...f.path.split('/'))
      const existing = lstatOrUndefined(target)
      if (existing && (!parsed.values.force || !existing.isFile())) {
        io.stderr(`carbon-budget: kept ${f.path}: it exists${existing.isFile() ? '; --force overwrites it' : ' and is not a regular file'}\n`)
        continue
      }
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, f.text, { flag: existing ? 'w' : 'wx' })
      io.stdout(`wrote ${f.path}${f.about ? ` (${f.about})` : ''}\n`)
    }
    io.stdout(`\nNext: check the lines marked CHECK in the manifests, then run \`npx carbon-budget report${parsed.positionals[0] ? ` ${parsed.positionals[0]}` : ''}\`; commit, and the workflow comments on pull requests.\n`)
    return 0
  },
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

export interface PlannedFile {
  /** Repo-relative POSIX path. */
  readonly path: string
  readonly text: string
  /** Where its content came from, for the summary line. */
  readonly about?: string
}

/**
 * What `init` writes into a repository: the config, the workflow, and a manifest for every run log
 * it recognizes that no manifest names yet, filled from the log (devices, start, end) with what a
 * log cannot say marked CHECK. Reads the repository; writes nothing.
 */
export async function planInit(source: RepoSource): Promise<{ files: PlannedFile[]; notes: string[] }> {
  const files: PlannedFile[] = [
    { path: CONFIG_FILE, text: CONFIG_TEMPLATE, about: 'report only' },
    { path: WORKFLOW_FILE, text: WORKFLOW, about: 'the README\'s workflow' },
  ]
  const notes: string[] = []
  const existing = await loadExperiments(source)
  const named = new Set(existing.experiments.flatMap((e) => [...e.logs.map((l) => l.path), ...(e.seriesPath !== undefined ? [e.seriesPath] : [])]))
  const names = new Set(existing.experiments.map((e) => e.name))
  const manifests = new Set(existing.manifests)
  for (const path of await source.listFiles()) {
    if (named.has(path) || manifests.has(path) || path === CONFIG_FILE || path.startsWith('.github/') || !/\.(csv|jsonl?|log|txt|prom)$|\/metrics\/[^/.]+$/i.test(path)) continue
    const log = await sniffLog(source, path)
    if (!log) continue
    const stat = await source.stat(path)
    if (!stat || stat.size > MAX_INIT_LOG_BYTES) {
      notes.push(`${path} looks like a ${log.format} log but is over ${MAX_INIT_LOG_BYTES / 1024 ** 3} GiB; write its manifest by hand (docs/manifest.md)`)
      continue
    }
    const spec = { path, format: log.format, timezone: 'UTC', replicas: 1, gapThresholdS: 60, gaps: 'bridge' as const }
    const { measured, problems } = await measureEnergy([spec], source, { maxLogBytes: MAX_INIT_LOG_BYTES, manifestFile: path })
    if (!measured) {
      const first = problems.find((p) => p.severity === 'error') ?? problems[0]
      notes.push(`${path} looks like a ${log.format} log but cannot be read (${first?.message ?? 'no readings'}); write its manifest by hand (docs/manifest.md)`)
      continue
    }
    const name = uniqueName(nameOf(path), names)
    names.add(name)
    const manifestPath = `experiments/${name}.carbon.yml`
    files.push({
      path: manifestPath,
      text: manifestText({ name, logPath: posix.relative(posix.dirname(manifestPath), path), format: log.format, model: log.model, devices: Math.max(1, measured.devices), startMs: measured.startMs, endMs: measured.endMs, source: path }),
      about: `from ${path}, ${log.format}`,
    })
  }
  return { files, notes }
}

/** The format of a log and the GPU model it names, from its first lines; undefined when no reader knows it. */
async function sniffLog(source: RepoSource, path: string): Promise<{ format: LogFormat; model: string | undefined } | undefined> {
  const stream = source.openStream(path)
  try {
    const first = await readLineBatches(stream, path).next()
    if (first.done) return undefined
    const head = first.value.headLines(HEAD_LINES)
    const reader = detectReader(head, path)
    if (!reader) return undefined
    return { format: reader.format, model: gpuModel(head) }
  } catch {
    return undefined // binary or unreadable: not a log init can fill a manifest from
  } finally {
    stream.destroy()
  }
}

/** The GPU model a CSV log names: nvidia-smi's `name`, CodeCarbon's `gpu_model` (`4 x NVIDIA A100 ...`). */
function gpuModel(head: readonly string[]): string | undefined {
  const [header, row] = head.filter((l) => l.trim() !== '')
  if (header === undefined || row === undefined) return undefined
  const keys = splitCsv(header).map(headerKey)
  const at = keys.findIndex((k) => k === 'name' || k === 'gpu_model' || k === 'gpu_name')
  const cell = at < 0 ? undefined : splitCsv(row)[at]?.trim().replace(/^\d+\s*x\s*/i, '')
  return cell ? cell : undefined
}

/** A manifest name from a log path: its file name, or its folder's when the file name is generic. */
function nameOf(path: string): string {
  const parts = path.split('/')
  const base = parts.at(-1)!.replace(/\.[^.]*$/, '')
  const pick = GENERIC_NAMES.test(base) && parts.length > 1 ? parts.at(-2)! : base
  const slug = pick.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60)
  return slug || 'run'
}

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  let i = 2
  while (taken.has(`${name}-${i}`)) i++
  return `${name}-${i}`
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

function manifestText(m: { name: string; logPath: string; format: LogFormat; model: string | undefined; devices: number; startMs: number; endMs: number; source: string }): string {
  const device = m.model ? findDevice(m.model) : undefined
  const deviceNote = device
    ? `# from the log: "${m.model}"`
    : `# CHECK: ${m.model ? `the log names "${m.model}", not in the catalog` : 'the log does not name the GPU model'}; a default (docs/methodology.md lists the catalog)`
  const zoneNote = m.format === 'nvidia-smi' || m.format === 'power-csv' ? '# CHECK: the zone of timestamps written without one (nvidia-smi writes local time)' : '# timestamps that carry no zone are read in this zone'
  return `# yaml-language-server: $schema=${SCHEMA_URL}${SCHEMA_FILES.manifest}
# Written by \`carbon-budget init\` from ${m.source} (${m.format}).
# Lines marked CHECK are defaults: the log cannot say them. Fields: docs/manifest.md.
name: ${m.name}
phase: experimentation              # CHECK: experimentation | training | inference
start: ${iso(m.startMs)}        # from the log: first reading
end: ${iso(m.endMs)}          # from the log: last reading
hardware:
  - device: ${device?.id ?? FALLBACK_DEVICE}   ${deviceNote}
    count: ${m.devices}                        # from the log: ${m.devices} device${m.devices === 1 ? '' : 's'} logged
# pue: 1.1                          # CHECK: the datacenter's PUE; absent: the catalog's default
# grid: { region: aws/us-east-1 }   # CHECK: where it ran (region, zone or country); absent: the world average
logs:
  - path: ${m.logPath}
    format: ${m.format}
    timezone: UTC                   ${zoneNote}
`
}
