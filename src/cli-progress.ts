import { formatBytes } from './core/format.js'
import type { MeasureProgress } from './ingest/measure.js'

/**
 * A progress callback that draws `file 42 % (420 MB of 1.0 GB)` on a terminal once an ingest has
 * run for a second; nothing when `out` is not a TTY or in CI, so JSON output and CI logs stay clean.
 * @param now the clock (injected for tests).
 */
export function createTtyProgress(
  out: { isTTY?: boolean; write(s: string): unknown },
  env: Readonly<Record<string, string | undefined>>,
  now: () => number,
): { onProgress: (p: MeasureProgress) => void; done: () => void } {
  const enabled = out.isTTY === true && !env.CI
  const started = now()
  let drawn = false
  let lastDraw = 0
  return {
    onProgress(p) {
      if (!enabled) return
      const t = now()
      if (t - started < 1000 || t - lastDraw < 100) return
      lastDraw = t
      drawn = true
      const pct = p.totalBytes > 0 ? Math.floor((100 * p.bytesRead) / p.totalBytes) : 0
      out.write(`\r${p.file} ${pct} % (${formatBytes(p.bytesRead)} of ${formatBytes(p.totalBytes)})\u001b[K`)
    },
    done() {
      if (drawn) out.write('\r\u001b[K')
    },
  }
}
