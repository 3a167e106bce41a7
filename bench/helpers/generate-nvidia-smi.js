// Writes a realistic nvidia-smi --query-gpu CSV (8 H100s, one poll a second, units on) of about
// `bytes` bytes, the shape of test/fixtures/logs/gpu-h100/nvidia-smi-1s.csv. Deterministic.
import { openSync, writeSync, closeSync } from 'node:fs'

const HEADER = 'timestamp, name, index, uuid, power.draw [W], utilization.gpu [%], memory.used [MiB], temperature.gpu\n'
const UUIDS = Array.from({ length: 8 }, (_, i) => `GPU-a9c4dd49-f417-1dba-fc81-37105${String(i).padStart(2, '0')}b6b134`)
const pad = (n, w) => String(n).padStart(w, '0')

export function generateNvidiaSmi(path, bytes) {
  const fd = openSync(path, 'w')
  writeSync(fd, HEADER)
  let written = HEADER.length
  let seed = 12345
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  let t = Date.UTC(2026, 10, 20, 0, 0, 0, 107)
  let chunk = []
  let chunkLen = 0
  while (written < bytes) {
    const d = new Date(t)
    const ts = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1, 2)}/${pad(d.getUTCDate(), 2)} ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}.${pad(d.getUTCMilliseconds(), 3)}`
    for (let gpu = 0; gpu < 8; gpu++) {
      const watts = (380 + 300 * rand()).toFixed(2)
      const line = `${ts}, NVIDIA H100 80GB HBM3, ${gpu}, ${UUIDS[gpu]}, ${watts} W, ${90 + Math.floor(10 * rand())} %, 61234 MiB, ${60 + Math.floor(8 * rand())}\n`
      chunk.push(line)
      chunkLen += line.length
    }
    t += 1000 + Math.floor(rand() * 8)
    if (chunkLen > 4 << 20) {
      writeSync(fd, chunk.join(''))
      written += chunkLen
      chunk = []
      chunkLen = 0
    }
  }
  if (chunkLen > 0) writeSync(fd, chunk.join(''))
  closeSync(fd)
}
