import type { Problem } from '../core/errors.js'
import type { Report } from '../core/model.js'
import type { Config } from '../core/config.js'
import { fsSource } from '../ingest/fs-source.js'
import type { MeasureProgress } from '../ingest/measure.js'
import { loadReport, streamReport as streamLoaded, type ReportStream } from './load-report.js'

export interface ReportOptions {
  /** The folder to report on, read from disk as it is (no git needed). */
  readonly dir: string
  readonly configPath?: string
  /** Progress of long log reads (the CLI draws it on a terminal). */
  readonly onProgress?: (progress: MeasureProgress) => void
}

/**
 * `carbon-budget report`: the footprint of the folder on disk.
 * @returns the report (absent when any error was found), its config and every problem
 */
export async function runReport(opts: ReportOptions): Promise<{ report?: Report; config: Config; problems: readonly Problem[] }> {
  return loadReport(fsSource(opts.dir), loadOptions(opts))
}

/**
 * `carbon-budget report --format json`: the same report, its experiments assessed one at a time as
 * they are written (a repository of 50,000 manifests is never held as 50,000 results).
 * @returns the stream (absent when any error was found), its config and every problem
 */
export async function streamReport(opts: ReportOptions): Promise<{ stream?: ReportStream; config: Config; problems: readonly Problem[] }> {
  return streamLoaded(fsSource(opts.dir), loadOptions(opts))
}

const loadOptions = (opts: ReportOptions) => ({
  ...(opts.configPath !== undefined ? { configPath: opts.configPath } : {}),
  ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
})
