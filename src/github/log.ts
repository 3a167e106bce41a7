import * as core from '@actions/core'

// Everything the action says to the runner goes through this module, over `@actions/core`: inputs
// and masking, the step log and annotations, outputs, the job summary and the step's failure.
// `@actions/core` escapes the messages of the commands it writes; a plain log line it prints as it is,
// and the runner reads any line that starts with `::` (after white space) or holds `##[` as a command.
// Text from a pull request (names, devices, paths) reaches plain lines, so each goes through `logLine`.

export type { AnnotationProperties } from '@actions/core'
export { debug, getBooleanInput, getInput, setOutput, setSecret } from '@actions/core'

/**
 * Text as one inert log line: line breaks (the runner splits on CR and LF; Unicode's NEL, LS and PS
 * too, to be safe), other control characters and `%` are percent-escaped, the old `##[` command
 * prefix is broken wherever it is, and a line that would start with `::` starts with `%3A:` instead.
 * @example logLine('a\n::add-mask::x') // 'a%0A::add-mask::x'
 */
export function logLine(text: string): string {
  const escaped = text
    .replace(/%/g, '%25')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/g, (c) => encodeURIComponent(c).replace(/^%(?=[0-9A-F]$)/, '%0'))
    .replace(/##\[/g, '##%5B')
  return /^\s*::/.test(escaped) ? escaped.replace('::', '%3A:') : escaped
}

/** A line in the step log; never a workflow command, whatever it holds. */
export function info(text: string): void {
  core.info(logLine(text))
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
