// Generated hostile repositories for the fuzz run: a valid manifest, config and log, then random
// mutations (deleted fields, swapped types and units, huge or negative numbers, unicode, garbage
// lines, bad bytes). `runFuzz` pushes each through the real ingest + core (`loadReport` over an
// in-memory repository) and sorts the outcome: a report, structured problems, or a failure
// (an exception, a non-finite figure in a report, a problem without a message).
// Plain JS so that bench/fuzz.js (lib/) and test/fuzz.test.ts (src/) share it.
import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'
import { stringify } from 'yaml'

/** A small seeded PRNG (mulberry32): the same seed gives the same cases. */
export function makeRng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  }
}

const DEVICES = ['nvidia-a100-sxm4-80gb', 'nvidia-h100-sxm5-80gb', 'nvidia-l4', 'custom', 'a100', 'tpu-v4', 'nvidia-h100-sxm9']
const UNITS = ['W', 'kW', 'mW', 'MW', 'h', 'min', 's', 'y', 'd', 'kWh', 'Wh', 'kgCO2e', 'gCO2e', 'tCO2e', 'kgCO2e/kWh', 'gCO2e/kWh', 'lbsCO2e/MWh', '%', 'furlongs', '']
const WEIRD_NUMBERS = [0, -1, -0, 1e308, -1e308, 5e-324, 1e21, 2 ** 53 + 1, 0.1 + 0.2, 1e-9, 10_000_000, 123456789012]
const WEIRD_TEXT = [
  '', ' ', 'NaN', 'Infinity', '-Infinity', '1e999 W', '0x10 W', '1_000 W', '١٢٣ W', '400 W W', '400W', '400 w', '4e2 kW', '--5 h',
  '🔥🔥🔥', 'e\u0301\u0301\u0301', '\u202eevil', 'zero\u200bwidth', '\ud800', 'a'.repeat(5000), '<img src=x onerror=alert(1)>', '@octocat',
  '../../../etc/passwd', '/etc/passwd', 'C:\\x', 'runs/\0nul.csv', '*', '**/*', '{{ secrets.TOKEN }}', '&a', '!!js/function f()', '2024-13-45T99:99:99Z',
]
const CODECARBON = (() => {
  try {
    return readFileSync(new URL('../../test/fixtures/logs/codecarbon/emissions-v2.3.4.csv', import.meta.url), 'utf8')
  } catch {
    return undefined
  }
})()

function baseManifest(rng, logPath) {
  const m = {
    name: `run-${rng.int(1000)}`,
    phase: rng.pick(['training', 'inference', 'experimentation']),
    description: 'a run',
    duration: `${1 + rng.int(100)} h`,
    hardware: [{ device: rng.pick(DEVICES.slice(0, 3)), count: 1 + rng.int(64), ...(rng.chance(0.5) ? { power: `${100 + rng.int(600)} W` } : {}) }],
    pue: 1 + rng.int(50) / 100,
    grid: rng.pick([{ intensity: '0.385 kgCO2e/kWh' }, { country: 'FRA' }, { zone: 'US-MIDA-PJM' }, { region: 'aws/us-east-1' }]),
    ...(rng.chance(0.3) ? { market: { 'carbon-free-energy': `${rng.int(100)} %` } } : {}),
    embodied: { lifetime: `${1 + rng.int(8)} y`, 'active-share': `${1 + rng.int(99)} %`, datacenter: rng.chance(0.5) },
    ...(rng.chance(0.3) ? { 'functional-unit': { name: '1M tokens', count: 1 + rng.int(1e6) } } : {}),
  }
  if (logPath) m.logs = [{ path: logPath, ...(rng.chance(0.5) ? { format: 'auto' } : {}), ...(rng.chance(0.2) ? { replicas: 1 + rng.int(8) } : {}) }]
  return m
}

function baseLog(rng) {
  const n = 2 + rng.int(60)
  let t = Date.UTC(2024, rng.int(12), 1 + rng.int(28), rng.int(24))
  const times = Array.from({ length: n }, () => (t += 1000 * (1 + rng.int(5))))
  const iso = (i) => new Date(times[i]).toISOString()
  const kind = rng.int(CODECARBON ? 4 : 3)
  if (kind === 0) return ['timestamp,watts,device', ...Array.from({ length: n }, (_, i) => `${iso(i)},${(200 + rng.next() * 300).toFixed(2)},${rng.int(2)}`)]
  if (kind === 1) return Array.from({ length: n }, (_, i) => JSON.stringify({ timestamp: iso(i), watts: 200 + rng.int(300), device: String(rng.int(2)) }))
  if (kind === 2) {
    return ['timestamp, index, power.draw [W]', ...Array.from({ length: n }, (_, i) => `${iso(i).replace('T', ' ').replace('Z', '').replace(/-/g, '/')}, ${rng.int(2)}, ${(200 + rng.next() * 300).toFixed(2)} W`)]
  }
  return CODECARBON.trimEnd().split('\n')
}

// --- mutations of a parsed value -------------------------------------------------------------

function paths(value, prefix = []) {
  const out = [prefix]
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))
  }
  return out
}
function parentOf(root, path) {
  let node = root
  for (const k of path.slice(0, -1)) node = node[k]
  return node
}
const text = (v) => {
  try {
    return String(v)
  } catch {
    return 'object'
  }
}
// Own properties even for `__proto__`, as a parsed document has them.
const setOwn = (o, k, v) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true })

function weirdValue(rng, old) {
  switch (rng.int(9)) {
    case 0: return rng.pick(WEIRD_NUMBERS)
    case 1: return rng.pick(WEIRD_TEXT)
    case 2: return typeof old === 'string' ? old.replace(/[A-Za-z%/0-9]+$/, rng.pick(UNITS)) : `${text(old)} ${rng.pick(UNITS)}`
    case 3: return typeof old === 'number' ? String(old) : Number.parseFloat(text(old))
    case 4: return [old, old]
    case 5: return { value: old }
    case 6: return null
    case 7: return rng.chance(0.5)
    default: return typeof old === 'string' ? `${rng.pick(['-', '1e308', '0', '999999999'])}${old}` : -Math.abs(typeof old === 'number' ? old || 1 : 1) * 10 ** rng.int(300)
  }
}
function mutateValue(rng, root) {
  const all = paths(root).filter((p) => p.length > 0)
  const path = rng.pick(all)
  const parent = parentOf(root, path)
  const key = path.at(-1)
  const op = rng.int(4)
  if (op === 0) {
    if (Array.isArray(parent)) parent.splice(key, 1)
    else delete parent[key]
  } else if (op === 1 && !Array.isArray(parent)) {
    setOwn(parent, rng.pick(['nmae', 'power', 'logs', 'grid', 'extra', '__proto__', 'constructor', 'toString']), weirdValue(rng, parent[key]))
  } else if (Array.isArray(parent)) parent[key] = weirdValue(rng, parent[key])
  else setOwn(parent, key, weirdValue(rng, parent[key]))
}

// --- text mutations --------------------------------------------------------------------------

const GARBAGE_LINES = ['', ',,,,', '\t\t', '#!binary', '{"timestamp":', 'timestamp,watts', '\u0000\u0001\u0002', '💥,💥', '"unterminated,1', ']]]]', '- - - - x', '&a *a', 'a'.repeat(10_000), '2024-01-01T00:00:00Z,1e308', '1970-01-01T00:00:00Z,300', '9999-12-31T23:59:59Z,300', '99999999999999,300', '2024-01-01T00:00:00Z,-300', '2024-01-01T00:00:00Z,NaN']
function mutateLines(rng, lines) {
  const out = [...lines]
  const times = 1 + rng.int(3)
  for (let t = 0; t < times && out.length > 0; t++) {
    const i = rng.int(out.length)
    switch (rng.int(8)) {
      case 0: out.splice(i, 0, rng.pick(GARBAGE_LINES)); break
      case 1: out.splice(i, 1); break
      case 2: out.splice(i, 0, out[i]); break
      case 3: out[i] = out[i].split('').reverse().join(''); break
      case 4: out[i] = out[i].slice(0, rng.int(out[i].length + 1)); break
      case 5: out[i] = out[i].replace(/\d+(\.\d+)?/, () => String(rng.pick(WEIRD_NUMBERS))); break
      case 6: out[i] = out[i].replace(/,/g, rng.pick([';', '\t', ', ', ''])); break
      default: [out[i], out[0]] = [out[0], out[i]]
    }
  }
  return out
}
function toBytes(rng, text) {
  const r = rng.int(40)
  if (r === 0) return Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe, 0xc3])]) // invalid UTF-8
  if (r === 1) return Buffer.concat([Buffer.from(text.slice(0, 20)), Buffer.from([0, 1, 2, 3])]) // binary
  if (r === 2) return Buffer.from('\ufeff' + text.replace(/\n/g, '\r\n'))
  if (r === 3) return Buffer.from(text, 'utf16le')
  return text
}

function yamlOf(rng, value) {
  if (rng.chance(0.25)) return JSON.stringify(value)
  try {
    return stringify(value, { aliasDuplicateObjects: rng.chance(0.1) })
  } catch {
    return JSON.stringify(value)
  }
}

/**
 * One generated repository: `{ files }` with a manifest, usually a log, sometimes a config, each
 * valid or mutated. `mutated` says whether any mutation was applied.
 */
export function generateCase(rng) {
  const withLog = rng.chance(0.6)
  const logPath = withLog ? rng.pick(['power.csv', 'runs/gpu.jsonl', 'nvidia-smi.csv', 'emissions.csv']) : undefined
  const manifest = baseManifest(rng, logPath)
  let mutated = false
  const files = {}
  if (rng.chance(0.8)) {
    for (let i = rng.int(4); i >= 0; i--) mutateValue(rng, manifest)
    mutated = true
  }
  let text = yamlOf(rng, manifest)
  if (rng.chance(0.2)) {
    text = mutateLines(rng, text.split('\n')).join('\n')
    mutated = true
  }
  const bytes = toBytes(rng, text)
  if (typeof bytes !== 'string') mutated = true
  const manifestPath = rng.pick(['exp.carbon.yml', 'a/b/exp.carbon.yaml', 'exp.carbon.json'])
  files[manifestPath] = bytes
  const dir = manifestPath.includes('/') ? manifestPath.slice(0, manifestPath.lastIndexOf('/') + 1) : ''
  if (withLog) {
    let lines = baseLog(rng)
    if (rng.chance(0.6)) {
      lines = mutateLines(rng, lines)
      mutated = true
    }
    const logBytes = toBytes(rng, lines.join('\n') + (rng.chance(0.8) ? '\n' : ''))
    if (typeof logBytes !== 'string') mutated = true
    // Usually beside the manifest (paths are relative to it); sometimes at the root, where it is missing.
    const misplaced = dir !== '' && rng.chance(0.05)
    if (misplaced) mutated = true
    files[misplaced ? logPath : dir + logPath] = logBytes
  }
  if (rng.chance(0.15)) {
    const config = { defaults: { pue: 1.2, grid: { country: 'DEU' } }, budgets: { total: '50 tCO2e', increase: '10 %' }, 'fail-on': 'budget', limits: { 'log-bytes': 1 << 20 } }
    if (rng.chance(0.7)) mutateValue(rng, config)
    files['carbon-budget.yml'] = yamlOf(rng, config)
    mutated = true
  }
  return { files, mutated }
}

/** A RepoSource over in-memory files, decoding text the way the real sources do. */
export function memoryRepo(files, decodeUtf8) {
  const bytes = (path) => (typeof files[path] === 'string' ? Buffer.from(files[path]) : files[path])
  return {
    description: 'fuzz case',
    listFiles: async () => Object.keys(files).sort(),
    stat: async (path) => (Object.hasOwn(files, path) ? { size: bytes(path).length } : undefined),
    readText: async (path) => decodeUtf8(bytes(path), path),
    openStream: (path) => Readable.from([bytes(path)]),
  }
}

function finiteReport(report) {
  const bad = []
  const walk = (v, at) => {
    if (typeof v === 'number' && !Number.isFinite(v)) bad.push(at)
    else if (v instanceof Map) for (const [k, x] of v) walk(x, `${at}[${k}]`)
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'input' && k !== 'positions') walk(x, `${at}.${k}`)
  }
  walk(report.totals, 'totals')
  report.experiments.forEach((e, i) => walk({ energyKWh: e.energyKWh, totalKgCO2e: e.totalKgCO2e, operational: e.operational, embodied: e.embodied, sci: e.sci }, `experiments[${i}]`))
  return bad
}

/**
 * Runs `count` cases from `seed` through `loadReport` (and the renderers, when given).
 * @param deps `{ loadReport, decodeUtf8, render? }` from lib/ or src/
 * @returns counts and the failures (at most `maxFailures` kept, each with its seed index and files)
 */
export async function runFuzz({ loadReport, decodeUtf8, render }, { count, seed = 1, maxFailures = 5, onProgress } = {}) {
  const rng = makeRng(seed)
  const counts = { cases: 0, mutated: 0, reports: 0, problems: 0, failures: 0 }
  const codes = {}
  const failures = []
  for (let i = 0; i < count; i++) {
    const c = generateCase(rng)
    counts.cases++
    if (c.mutated) counts.mutated++
    let failure
    try {
      const loaded = await loadReport(memoryRepo(c.files, decodeUtf8))
      const malformed = loaded.problems.find((p) => typeof p.message !== 'string' || p.message === '' || typeof p.code !== 'string')
      if (malformed) failure = { kind: 'malformed problem', detail: JSON.stringify(malformed) }
      else if (loaded.report) {
        const bad = finiteReport(loaded.report)
        if (bad.length > 0) failure = { kind: 'non-finite figure', detail: bad.slice(0, 5).join(', ') }
        else {
          counts.reports++
          if (render) render(loaded.report)
        }
      } else if (loaded.problems.some((p) => p.severity === 'error')) {
        counts.problems++
        for (const p of loaded.problems) codes[p.code] = (codes[p.code] ?? 0) + 1
      } else failure = { kind: 'no report and no error', detail: JSON.stringify(loaded.problems) }
    } catch (error) {
      failure = { kind: 'uncaught exception', detail: error instanceof Error ? error.stack ?? error.message : String(error) }
    }
    if (failure) {
      counts.failures++
      if (failures.length < maxFailures) failures.push({ index: i, ...failure, files: Object.fromEntries(Object.entries(c.files).map(([k, v]) => [k, String(v).slice(0, 2000)])) })
    }
    if (onProgress && (i + 1) % 10_000 === 0) onProgress(i + 1, counts)
  }
  return { counts, codes, failures }
}
