import * as log from './log.js'

/** GitHub refuses to show a step summary larger than this (the upload fails with an error annotation). */
export const MAX_SUMMARY_BYTES = 1024 ** 2

export interface ActionOutputs {
  readonly totalKgCO2e: number
  /** Absent when there is no base (report only): the output is then the empty string. */
  readonly deltaKgCO2e?: number
  readonly verdict: 'pass' | 'fail' | 'error'
  /** The JSON report, written under `RUNNER_TEMP`. */
  readonly reportPath: string
}

/** Sets `total-kgco2e`, `delta-kgco2e`, `verdict`, `report-path` (numbers as plain decimals in kgCO2e). */
export function setActionOutputs(o: ActionOutputs): void {
  log.setOutput('total-kgco2e', plainNumber(o.totalKgCO2e))
  log.setOutput('delta-kgco2e', o.deltaKgCO2e === undefined ? '' : plainNumber(o.deltaKgCO2e))
  log.setOutput('verdict', o.verdict)
  log.setOutput('report-path', o.reportPath)
}

// Workflow expressions compare strings; keep a fixed number of decimals and no exponent.
function plainNumber(kg: number): string {
  return Number.isFinite(kg) ? String(Math.round(kg * 1000) / 1000) : ''
}

/**
 * Fits markdown into the 1 MiB step-summary limit (UTF-8 bytes): cuts at a line, closes an open code
 * fence or `<details>`, and says where the full report is.
 */
export function foldSummary(markdown: string, maxBytes: number = MAX_SUMMARY_BYTES, reportPath?: string): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown
  const note = `\n\n> [!NOTE]\n> The summary was cut at GitHub's 1 MiB limit.${reportPath ? ` The full report is in \`${reportPath}\` (output \`report-path\`).` : ''}\n`
  // Room for closing a fence and a few nested <details>.
  const budget = maxBytes - Buffer.byteLength(note, 'utf8') - 256
  // Byte-accurate cut without splitting a multi-byte character: cut the buffer, decode, drop a partial last char.
  let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8').replace(/\uFFFD$/, '')
  const lastNewline = cut.lastIndexOf('\n')
  if (lastNewline > 0) cut = cut.slice(0, lastNewline)
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += '\n```'
  const open = (cut.match(/<details\b/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length
  cut += '\n</details>'.repeat(Math.min(20, Math.max(0, open)))
  return cut + note
}

/**
 * Appends the report to the job summary, or replaces what this step wrote (`overwrite`). Works with a
 * read-only token (it is a file on the runner).
 * Returns false (and warns) when the runner gave no summary file, e.g. a local run.
 */
export async function writeJobSummary(markdown: string, reportPath?: string, opts: { overwrite?: boolean } = {}): Promise<boolean> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    log.info('No GITHUB_STEP_SUMMARY file: the job summary is skipped (not running on a GitHub runner).')
    return false
  }
  try {
    await log.writeSummary(foldSummary(markdown, MAX_SUMMARY_BYTES, reportPath), opts)
    return true
  } catch (err) {
    log.warning(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`)
    return false
  }
}
