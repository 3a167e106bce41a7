import * as core from '@actions/core'

// Everything the action says to the runner goes through this module, over `@actions/core`: inputs
// and masking, the step log and annotations, outputs, the job summary and the step's failure.

export type { AnnotationProperties } from '@actions/core'
export { debug, getBooleanInput, getInput, setOutput, setSecret } from '@actions/core'

/** A line in the step log. */
export function info(line: string): void {
  core.info(line)
}

/** An error annotation (at `properties.file`/`startLine` when given) and a line in the log. */
export function error(message: string, properties: core.AnnotationProperties = {}): void {
  core.error(message, properties)
}

/** A warning annotation. */
export function warning(message: string, properties: core.AnnotationProperties = {}): void {
  core.warning(message, properties)
}

/** A notice annotation. */
export function notice(message: string, properties: core.AnnotationProperties = {}): void {
  core.notice(message, properties)
}

/** Fails the step: exit code 1 when the process ends and an error annotation. */
export function setFailed(message: string): void {
  core.setFailed(message)
}

/**
 * Writes the job summary (`GITHUB_STEP_SUMMARY`): appended, or replacing what this step wrote
 * before (`overwrite`), so a first summary written early can be completed later.
 * @throws Error when the runner gave no summary file or it cannot be written
 */
export async function writeSummary(markdown: string, opts: { overwrite?: boolean } = {}): Promise<void> {
  await core.summary.emptyBuffer().addRaw(markdown, true).write({ overwrite: opts.overwrite ?? false })
}
