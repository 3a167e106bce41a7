import type { Problem } from '../core/errors.js'
import type { Report } from '../core/model.js'
import type { Config } from '../core/config.js'
import { fsSource } from '../ingest/fs-source.js'
import type { MeasureProgress } from '../ingest/measure.js'
import { loadReport } from './load-report.js'

export interface ReportOptions {
  /** The folder to report on, read from disk as it is (no git needed). */
  readonly dir: string
  readonly configPath?: string | undefined
  /** Progress of long log reads (the CLI draws it on a terminal). */
  readonly onProgress?: ((progress: MeasureProgress) => void) | undefined
}

/**
 * `carbon-budget report`: the footprint of the folder on disk.
 * @returns the report (absent when any error was found), its config and every problem
 */
export async function runReport(opts: ReportOptions): Promise<{ report?: Report; config: Config; problems: readonly Problem[] }> {
  return loadReport(fsSource(opts.dir), { configPath: opts.configPath, onProgress: opts.onProgress })
}
