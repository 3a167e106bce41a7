// Generated power logs of about N bytes, one per format and timestamp style, laid out as each tool
// writes them (the examples of docs/formats.md, repeated with moving times and values): 8 GPUs polled
// once a second where the tool logs per GPU. Deterministic (a fixed LCG), written in 4 MB chunks so
// generating 1 GB holds no more than that.
import { closeSync, openSync, writeSync } from 'node:fs'

const GPUS = 8
const UUIDS = Array.from({ length: GPUS }, (_, i) => `GPU-a9c4dd49-f417-1dba-fc81-37105${String(i).padStart(2, '0')}b6b134`)
const T0 = Date.UTC(2025, 2, 14, 9, 26, 53, 107) // 2025-03-14: no DST change in Europe/Berlin for weeks either side
const p2 = (n) => (n < 10 ? `0${n}` : String(n))
const p3 = (n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n))

/** `YYYY-MM-DDTHH:MM:SS.mmm` parts of a UTC instant, shifted by `offsetMin` minutes. */
function parts(ms, offsetMin = 0) {
  const d = new Date(ms + offsetMin * 60_000)
  return { date: `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`, time: `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`, ms: p3(d.getUTCMilliseconds()) }
}

const promLabels = (g) => `gpu="${g}",UUID="${UUIDS[g]}",device="nvidia${g}",modelName="NVIDIA H100 80GB HBM3",Hostname="node-0",DCGM_FI_DRIVER_VERSION="550.54.15"`

/**
 * Each style: the file name, the manifest's `logs[]` entry fields, a header, and the lines of one
 * poll (all GPUs at one time step). `step(t, rand)` returns the text of one poll at time `t`, ms.
 */
export const STYLES = [
  {
    id: 'nvidia-smi', label: 'nvidia-smi (csv, units, header)', file: 'nvidia-smi.csv', log: { format: 'nvidia-smi', timezone: 'UTC' },
    header: 'timestamp, name, index, uuid, power.draw [W], utilization.gpu [%], memory.used [MiB], temperature.gpu\n',
    step: (t, rand) => {
      const { date, time, ms } = parts(t)
      const ts = `${date.replaceAll('-', '/')} ${time}.${ms}`
      let s = ''
      for (let g = 0; g < GPUS; g++) s += `${ts}, NVIDIA H100 80GB HBM3, ${g}, ${UUIDS[g]}, ${(380 + 300 * rand()).toFixed(2)} W, ${90 + Math.floor(10 * rand())} %, 61234 MiB, ${60 + Math.floor(8 * rand())}\n`
      return s
    },
  },
  {
    id: 'nvidia-smi-nounits', label: 'nvidia-smi (noheader, nounits)', file: 'power.log', log: { format: 'nvidia-smi', timezone: 'UTC' },
    header: '',
    step: (t, rand) => {
      const { date, time, ms } = parts(t)
      const ts = `${date.replaceAll('-', '/')} ${time}.${ms}`
      let s = ''
      for (let g = 0; g < GPUS; g++) s += `${ts}, ${g}, ${(380 + 300 * rand()).toFixed(2)}\n`
      return s
    },
  },
  {
    id: 'dmon', label: 'nvidia-smi dmon -o DT', file: 'dmon.log', log: { format: 'nvidia-smi-dmon', timezone: 'UTC' },
    header: '#Date       Time        gpu    pwr  gtemp  mtemp     sm    mem    enc    dec\n#YYYYMMDD   HH:MM:SS    Idx      W      C      C      %      %      %      %\n',
    step: (t, rand) => {
      const { date, time } = parts(t)
      const d = date.replaceAll('-', '')
      let s = ''
      for (let g = 0; g < GPUS; g++) s += ` ${d}   ${time}    ${String(g).padStart(3)}    ${String(380 + Math.floor(300 * rand())).padStart(3)}     ${45 + Math.floor(10 * rand())}      -     ${String(90 + Math.floor(10 * rand())).padStart(2)}     41      0      0\n`
      return s
    },
  },
  {
    // One run per 100 flushes: each row the run's totals so far (CodeCarbon's cumulative rows).
    id: 'codecarbon', label: 'CodeCarbon emissions.csv', file: 'emissions.csv', log: { format: 'codecarbon', timezone: 'UTC' },
    header: 'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,pue\n',
    stepMs: 15_000,
    step: (t, rand, i) => {
      const run = Math.floor(i / 100)
      const k = (i % 100) + 1
      const { date, time } = parts(t)
      const dur = 15 * k
      const gpuKWh = (2400 * dur) / 3.6e6
      const cpuKWh = (42.5 * dur) / 3.6e6
      const ramKWh = (10 * dur) / 3.6e6
      const total = gpuKWh + cpuKWh + ramKWh
      return `${date}T${time},bert-finetune,${String(run).padStart(8, '0')}-2b3a-4e51-9c77-1a2b3c4d5e6f,${dur.toFixed(2)},${(total * 0.38).toFixed(6)},${(1e-4 * rand()).toFixed(8)},42.5,${(2400 + rand()).toFixed(1)},10.0,${cpuKWh.toFixed(6)},${gpuKWh.toFixed(6)},${ramKWh.toFixed(6)},${total.toFixed(6)},United States,USA,1.0\n`
    },
  },
  ...[
    ['z', 'ISO, Z', (t) => { const { date, time, ms } = parts(t); return `${date}T${time}.${ms}Z` }, 'UTC'],
    ['offset', 'ISO, +01:00', (t) => { const { date, time, ms } = parts(t, 60); return `${date}T${time}.${ms}+01:00` }, 'UTC'],
    ['naive', 'ISO, naive, Europe/Berlin', (t) => { const { date, time, ms } = parts(t, 60); return `${date} ${time}.${ms}` }, 'Europe/Berlin'],
    ['unix-s', 'Unix s', (t) => String(Math.floor(t / 1000)), 'UTC'],
    ['unix-ms', 'Unix ms', (t) => String(t), 'UTC'],
  ].map(([id, what, ts, timezone]) => ({
    id: `power-csv-${id}`, label: `power-csv (${what})`, file: 'power.csv', log: { format: 'power-csv', timezone },
    header: 'timestamp,device,watts\n',
    step: (t, rand) => {
      const time = ts(t)
      let s = ''
      for (let g = 0; g < GPUS; g++) s += `${time},gpu${g},${(380 + 300 * rand()).toFixed(2)}\n`
      return s
    },
  })),
  ...[
    ['z', 'ISO, Z', (t) => { const { date, time, ms } = parts(t); return `"${date}T${time}.${ms}Z"` }],
    ['unix-s', 'Unix s', (t) => String(Math.floor(t / 1000))],
  ].map(([id, what, ts]) => ({
    id: `power-jsonl-${id}`, label: `power-jsonl (${what})`, file: 'power.jsonl', log: { format: 'power-jsonl', timezone: 'UTC' },
    header: '',
    step: (t, rand) => {
      const time = ts(t)
      let s = ''
      for (let g = 0; g < GPUS; g++) s += `{"timestamp": ${time}, "device": "${g}", "watts": ${(380 + 300 * rand()).toFixed(1)}}\n`
      return s
    },
  })),
  {
    id: 'wandb-csv', label: 'W&B history CSV', file: 'system.csv', log: { format: 'wandb' },
    header: `_runtime,_timestamp,${Array.from({ length: GPUS }, (_, g) => `system.gpu.${g}.powerWatts,system.gpu.${g}.gpu`).join(',')}\n`,
    step: (t, rand, i) => `${(i * 1.0 + 15.2).toFixed(1)},${(t / 1000).toFixed(1)},${Array.from({ length: GPUS }, () => `${(380 + 300 * rand()).toFixed(1)},${90 + Math.floor(10 * rand())}`).join(',')}\n`,
  },
  {
    id: 'wandb-jsonl', label: 'W&B wandb-events.jsonl', file: 'wandb-events.jsonl', log: { format: 'wandb' },
    header: '',
    step: (t, rand, i) => `{${Array.from({ length: GPUS }, (_, g) => `"system.gpu.${g}.powerWatts": ${(380 + 300 * rand()).toFixed(2)}, "system.gpu.${g}.gpu": ${90 + Math.floor(10 * rand())}`).join(', ')}, "_wandb": true, "_timestamp": ${(t / 1000).toFixed(6)}, "_runtime": ${(i + 15.2).toFixed(1)}}\n`,
  },
  {
    id: 'mlflow', label: 'MLflow metric file', file: 'mlruns/1/4f0e1c52/metrics/system/gpu_0_power_usage_watts', log: { format: 'mlflow' },
    header: '',
    step: (t, rand, i) => `${t} ${(380 + 300 * rand()).toFixed(1)} ${i}\n`,
  },
  {
    // Repeated `/metrics` scrapes of DCGM exporter, each sample with its millisecond timestamp.
    id: 'prometheus-text', label: 'Prometheus text (DCGM scrapes)', file: 'dcgm.prom', log: { format: 'prometheus' },
    header: '',
    stepMs: 15_000,
    step: (t, rand, i) => {
      let s = '# HELP DCGM_FI_DEV_POWER_USAGE Power draw (in W).\n# TYPE DCGM_FI_DEV_POWER_USAGE gauge\n'
      for (let g = 0; g < GPUS; g++) s += `DCGM_FI_DEV_POWER_USAGE{${promLabels(g)}} ${(380 + 300 * rand()).toFixed(3)} ${t}\n`
      s += '# HELP DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION Total energy consumption since boot (in mJ).\n# TYPE DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION counter\n'
      for (let g = 0; g < GPUS; g++) s += `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{${promLabels(g)}} ${912_000_000 + i * 15 * 500_000 + g} ${t}\n`
      return s
    },
  },
  {
    // A query_range response: one series per GPU, its values in time order. Written series by
    // series, so the generator needs the poll count up front: `series` gives it from the size.
    id: 'prometheus-json', label: 'Prometheus query_range JSON', file: 'dcgm.json', log: { format: 'prometheus' },
    json: true,
  },
]

/** Writes `bytes` (about) of a style's log to `path`. */
export function generateLog(style, path, bytes) {
  const fd = openSync(path, 'w')
  let seed = 12345
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  let chunk = ''
  let written = 0
  const put = (s) => {
    chunk += s
    if (chunk.length > 4 << 20) {
      writeSync(fd, chunk)
      written += chunk.length
      chunk = ''
    }
  }
  if (style.json) {
    // Each point `[1741944413.107,"512.345"],` is ~27 bytes: share the size among the GPUs.
    const perSeries = Math.max(2, Math.floor(bytes / GPUS / 27))
    put('{"status":"success","data":{"resultType":"matrix","result":[')
    for (let g = 0; g < GPUS; g++) {
      put(`${g ? ',' : ''}\n{"metric":{"__name__":"DCGM_FI_DEV_POWER_USAGE",${promLabels(g).replace(/(\w+)="/g, '"$1":"')}},"values":[`)
      for (let i = 0; i < perSeries; i++) put(`${i ? ',' : ''}[${((T0 + i * 1000) / 1000).toFixed(3)},"${(380 + 300 * rand()).toFixed(3)}"]`)
      put(']}')
    }
    put('\n]}}\n')
  } else {
    put(style.header)
    const stepMs = style.stepMs ?? 1000
    for (let i = 0, t = T0; written + chunk.length < bytes; i++, t += stepMs) put(style.step(t, rand, i))
  }
  writeSync(fd, chunk)
  closeSync(fd)
}

/** A manifest for the log: 8 H100s whose measured power replaces the modelled one. */
export function manifestFor(style) {
  const extra = Object.entries(style.log).map(([k, v]) => `\n    ${k}: ${v}`).join('')
  return `name: ingest-${style.id}
phase: training
hardware:
  - device: nvidia-h100-sxm5-80gb
    count: 8
grid:
  country: USA
logs:
  - path: ${style.file}${extra}
`
}
