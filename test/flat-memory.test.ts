import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// docs/formats.md: "Logs are streamed line by line in constant memory." Each format is read as
// users read it (the bundled CLI, bin/carbon-budget.js, in a child process) from a generated log
// several times larger than the JS heap the child is given, with a small young generation so that
// what the reader keeps shows in the peak RSS. A reader that holds the file (as strings: the heap
// overflows; as bytes: the RSS grows by the file) fails. The peak RSS is compared with the same
// CLI's on a log of a few lines, so the bound does not depend on the machine.

const HEAP_MB = 16
const LOG_MB = 64
/**
 * What a reader may add to the peak RSS of a tiny log: its batches, its state, the fold's, and the
 * stream's spent 1 MB chunks (memory outside the JS heap, freed at a later GC): 17-27 MB measured
 * across the formats. Still half the log, so a reader that keeps the file's bytes fails.
 */
const SLACK_MB = 32

const T0 = Date.UTC(2025, 2, 14, 9, 26, 53)
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 19)
const labels = (g: number, q: string): string => `${q}gpu${q}:"${g}",${q}UUID${q}:"GPU-4f0e1c52-7b3a-4c55-9a1e-2d3c4b5a6f7${g}",${q}Hostname${q}:"node-0"`.replaceAll(':', q === '' ? '=' : ':')
/** Readings of 8 GPUs polled once a second: item i is GPU i % 8 at second i / 8. */
const GPU = (i: number): number => i % 8
const POLL = (i: number): number => T0 + Math.floor(i / 8) * 1000
const smiTime = (ms: number): string => new Date(ms).toISOString().slice(0, 23).replace('T', ' ').replaceAll('-', '/')
const dmonTime = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', '   ').replaceAll('-', '')
const wandbGpus = (i: number, cell: (g: number, watts: string) => string): string => [0, 1, 2, 3].map((g) => cell(g, `${300 + ((i + g) % 97)}.5`)).join(', ')
const CC_HEADER = 'timestamp,project_name,run_id,experiment_id,duration,emissions,cpu_power,gpu_power,ram_power,energy_consumed,country_name,pue\n'

interface Format {
  /** The manifest's `logs[]` fields. */
  readonly log: string
  readonly path: string
  /** The log is `head`, then `item(0)`, `item(1)`, … until it is LOG_MB long, then `tail`. */
  readonly head?: string
  readonly item: (i: number) => string
  readonly tail?: string
}

// One line per format (every reader, each in its usual layout); a run of 100 rows per CodeCarbon run.
const FORMATS: Readonly<Record<string, Format>> = {
  codecarbon: { log: 'format: codecarbon', path: 'emissions.csv', head: CC_HEADER, item: (i) => `${iso(T0 + i * 15_000)},bert,${String(Math.floor(i / 100)).padStart(8, '0')}-2b3a-4e51-9c77-1a2b3c4d5e6f,5b0fa12a-3dd7-45bb-9766-cc326314d9f1,${15 * ((i % 100) + 1)},${0.0038 * ((i % 100) + 1)},42.5,298.7,10.0,${0.01 * ((i % 100) + 1)},United States,1.0\n` },
  'nvidia-smi': { log: 'format: nvidia-smi', path: 'nvidia-smi.csv', head: 'timestamp, index, uuid, power.draw [W]\n', item: (i) => `${smiTime(POLL(i))}, ${GPU(i)}, GPU-4f0e1c52-7b3a-4c55-9a1e-2d3c4b5a6f7${GPU(i)}, ${300 + (i % 97)}.41 W\n` },
  'nvidia-smi-dmon': { log: 'format: nvidia-smi-dmon', path: 'dmon.log', head: '#Date       Time        gpu    pwr  gtemp  mtemp\n#YYYYMMDD   HH:MM:SS    Idx      W      C      C\n', item: (i) => ` ${dmonTime(POLL(i))}    ${GPU(i)}    ${300 + (i % 97)}     45      -\n` },
  'power-csv': { log: 'format: power-csv\n    timezone: Europe/Berlin', path: 'power.csv', head: 'timestamp,device,watts\n', item: (i) => `${iso(POLL(i)).replace('T', ' ')}.${i % 1000},gpu${GPU(i)},${300 + (i % 97)}.5\n` },
  'power-jsonl': { log: 'format: power-jsonl', path: 'power.jsonl', item: (i) => `{"timestamp": ${POLL(i) / 1000}, "device": "${GPU(i)}", "watts": ${300 + (i % 97)}.5}\n` },
  'wandb (history CSV)': { log: 'format: wandb', path: 'system.csv', head: `_runtime,_timestamp,${wandbGpus(0, (g) => `system.gpu.${g}.powerWatts`).replaceAll(' ', '')}\n`, item: (i) => `${i * 2},${(T0 + i * 2000) / 1000},${wandbGpus(i, (_, w) => w).replaceAll(' ', '')}\n` },
  'wandb (wandb-events.jsonl)': { log: 'format: wandb', path: 'wandb-events.jsonl', item: (i) => `{${wandbGpus(i, (g, w) => `"system.gpu.${g}.powerWatts": ${w}`)}, "_timestamp": ${(T0 + i * 2000) / 1000}, "_runtime": ${i * 2}}\n` },
  mlflow: { log: 'format: mlflow', path: 'mlruns/1/4f0e1c52/metrics/system/gpu_0_power_usage_watts', item: (i) => `${T0 + i * 1000} ${300 + (i % 97)}.5 ${i}\n` },
  'prometheus text': { log: 'format: prometheus', path: 'dcgm.prom', item: (i) => `DCGM_FI_DEV_${i % 16 < 8 ? 'POWER_USAGE' : 'TOTAL_ENERGY_CONSUMPTION'}{${labels(i % 8, '')}} ${i % 16 < 8 ? 300 + (i % 7) : 912_000_000 + i * 300} ${T0 + Math.floor(i / 16) * 15_000}\n` },
  // As Prometheus writes it: one line; series of 10,000 points (query_range's own cap is 11,000).
  'prometheus query_range': { log: 'format: prometheus', path: 'dcgm.json', head: '{"status":"success","data":{"resultType":"matrix","result":[', item: (i) => `${i % 10_000 === 0 ? `${i > 0 ? ']},' : ''}{"metric":{"__name__":"DCGM_FI_DEV_POWER_USAGE",${labels(Math.floor(i / 10_000), '"')}},"values":[` : ','}[${(T0 + (i % 10_000) * 15_000) / 1000},"${300 + (i % 7)}.25"]`, tail: ']}]}}' },
}

const BIN = join(import.meta.dirname, '..', 'bin', 'carbon-budget.js')
// Writes the child's peak RSS (kB) to the file named by CB_RSS_FILE when it exits.
const RSS_HOOK = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(process.env.CB_RSS_FILE,String(process.resourceUsage().maxRSS)))`
const root = mkdtempSync(join(tmpdir(), 'cb-flat-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A repo with one experiment whose log is the format's, about `bytes` long. */
function repo(name: string, f: Format, bytes: number): string {
  const dir = join(root, `${name.replace(/\W/g, '-')}-${bytes}`)
  const path = join(dir, f.path)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(join(dir, 'exp.carbon.yml'), `name: flat\nphase: training\nhardware:\n  - device: nvidia-h100-sxm5-80gb\n    count: 8\ngrid:\n  country: USA\nlogs:\n  - path: ${f.path}\n    ${f.log}\n`)
  const fd = openSync(path, 'w')
  let written = 0
  let chunk = f.head ?? ''
  for (let i = 0; written + chunk.length < bytes || i < 32; i++) {
    chunk += f.item(i)
    if (chunk.length > 1 << 20) {
      written += writeSync(fd, chunk)
      chunk = ''
    }
  }
  writeSync(fd, chunk + (f.tail ?? ''))
  closeSync(fd)
  return dir
}

/** Runs `report` on a repo with a small heap; its energy and peak RSS (MB). */
function report(dir: string): { energyKWh: number; rssMB: number } {
  const rssFile = join(dir, 'rss')
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--max-semi-space-size=1', '--import', RSS_HOOK, BIN, 'report', dir, '--format', 'json'], {
    encoding: 'utf8',
    env: { ...process.env, CB_RSS_FILE: rssFile },
  })
  expect(r.status, r.stderr.slice(-2000)).toBe(0)
  return { energyKWh: JSON.parse(r.stdout).experiments[0].energyKWh, rssMB: Number(readFileSync(rssFile, 'utf8')) / 1024 }
}

describe('logs are read in constant memory', () => {
  it.each(Object.entries(FORMATS))('%s: a log 4x the heap, read with the RSS of a tiny one', { timeout: 120_000 }, (name, f) => {
    const tiny = report(repo(name, f, 0))
    const big = report(repo(name, f, LOG_MB * 1e6))
    expect(big.energyKWh).toBeGreaterThan(tiny.energyKWh)
    expect(big.rssMB).toBeLessThan(tiny.rssMB + SLACK_MB)
  })
})
