import { randomUUID } from 'node:crypto'
import { appendFileSync, constants, existsSync } from 'node:fs'
import { access, appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

// The runner's protocols (inputs in INPUT_* variables, workflow commands on stdout, file commands in
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY), spoken directly. `@actions/core` does the same, but it also
// loads an OIDC client and with it undici (a WebAssembly HTTP parser): about half of the action's
// cold start, for tokens the action never asks for. Every function here writes the same bytes as
// its `@actions/core` 3 namesake (test/github-runner.test.ts compares them).

/** Where an annotation points; the same shape as `@actions/core`'s `AnnotationProperties`. */
export interface AnnotationProperties {
  readonly title?: string
  /** Repo-relative path of the file. */
  readonly file?: string
  /** 1-based. */
  readonly startLine?: number
  readonly endLine?: number
  /** 1-based; GitHub ignores columns when the annotation spans several lines. */
  readonly startColumn?: number
  readonly endColumn?: number
}

/** Options of `getInput`, as in `@actions/core`. */
export interface InputOptions {
  /** Throw when the input is empty or absent. */
  readonly required?: boolean
  /** Trim leading and trailing white space (default true). */
  readonly trimWhitespace?: boolean
}

/**
 * The value of an action input (from `INPUT_<NAME>`, spaces as `_`, upper case); '' when absent.
 *
 * @example
 * const path = getInput('path') || '.'
 */
export function getInput(name: string, options: InputOptions = {}): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  if (options.required && !value) throw new Error(`Input required and not supplied: ${name}`)
  return options.trimWhitespace === false ? value : value.trim()
}

const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

/**
 * A boolean input under the YAML 1.2 core schema (`true | True | TRUE | false | False | FALSE`).
 * @throws TypeError naming the input for anything else, the empty string included.
 */
export function getBooleanInput(name: string, options: InputOptions = {}): boolean {
  const value = getInput(name, options)
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
    'Support boolean input list: `true | True | TRUE | false | False | FALSE`')
}

/** Strings pass as they are, `null`/`undefined` become '', anything else its JSON. */
function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return ''
  if (typeof input === 'string' || input instanceof String) return String(input)
  return JSON.stringify(input)
}

function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: unknown): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Prints `::command key=value,...::message`. A property with an empty value is left out; a non-empty
 * property object still gets the space after the command, as `@actions/core` writes it.
 * @internal
 */
export function issueCommand(command: string, properties: Readonly<Record<string, unknown>>, message: unknown): void {
  let line = `::${command}`
  const keys = Object.keys(properties)
  if (keys.length > 0) {
    line += ' '
    line += keys.filter((k) => properties[k]).map((k) => `${k}=${escapeProperty(properties[k])}`).join(',')
  }
  process.stdout.write(`${line}::${escapeData(message)}${EOL}`)
}

// The runner's wire names, in the order `@actions/core` sends them; all six whenever any is given.
function toCommandProperties(p: AnnotationProperties): Record<string, unknown> {
  if (Object.keys(p).length === 0) return {}
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
}

function annotate(level: 'error' | 'warning' | 'notice', message: string | Error, properties: AnnotationProperties): void {
  issueCommand(level, toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

/** An error annotation (at `properties.file`/`startLine` when given) and a line in the log. */
export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('error', message, properties)
}

/** A warning annotation. */
export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('warning', message, properties)
}

/** A notice annotation. */
export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  annotate('notice', message, properties)
}

/** A plain line in the step log (not parsed as a command only if it does not start with `::`). */
export function info(message: string): void {
  process.stdout.write(message + EOL)
}

/** A line shown only when step debug logging is on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

/**
 * Masks `secret` in every later log line of the job.
 *
 * @example
 * setSecret(getInput('github-token'))
 */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

/** Fails the step: exit code 1 when the process ends (it does not exit now) and an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/**
 * `name<<ghadelimiter_<uuid>` EOL value EOL delimiter: the runner's multi-line file-command format.
 * @throws Error when the name or the value contains the delimiter (it cannot be escaped).
 * @internal
 */
export function prepareKeyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  const converted = toCommandValue(value)
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`
}

/**
 * Sets a step output: appended to the `GITHUB_OUTPUT` file, or the legacy `::set-output` command
 * when the runner gives no file. Non-strings are written as JSON.
 * @throws Error when `GITHUB_OUTPUT` names a file that does not exist.
 */
export function setOutput(name: string, value: unknown): void {
  const file = process.env['GITHUB_OUTPUT'] || ''
  if (file) {
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
    appendFileSync(file, `${prepareKeyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' })
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

/**
 * Appends markdown (and a line end) to the job summary, `GITHUB_STEP_SUMMARY`.
 * @throws Error when the variable is unset or the file cannot be read and written.
 */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY']
  if (!file) {
    throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.')
  }
  try {
    await access(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`)
  }
  await appendFile(file, markdown + EOL, { encoding: 'utf8' })
}
