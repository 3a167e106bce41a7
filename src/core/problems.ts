import { FAIL_ON, MAX_HISTORY } from './config.js'
import { formatBytes, formatCount } from './format.js'

/**
 * Every problem carbon-budget reports, by its stable code: the one place its wording lives. A code
 * never changes meaning once released, so scripts can match `code` in the JSON report and the
 * annotations' titles; the message may be reworded. `problem(code, details)` in `errors.ts` builds
 * one, filling the position and severity.
 *
 * A template takes what the message names (a file, a value, the nearest valid one) and nothing
 * else; where a reader or a library already explains the refusal (`reason`), the code says which
 * step refused and the reason is passed through.
 */
export const PROBLEMS = {
  // The action's environment, event and inputs (github/)
  'env-missing': (a: { name: string }) => `environment variable ${a.name} is not set; is this running inside GitHub Actions?`,
  'event-invalid': (a: { source: string; path: string; reason: string }) => `${a.source}: ${a.path || '(root)'}: ${a.reason}`,
  'event-before-sha': (a: { before: string }) => `event payload: before: expected a 40-hex-digit commit sha, got ${JSON.stringify(a.before)}`,
  'event-file-needed': () =>
    'workflow_run mode needs the `event-file` input: the pull_request event JSON uploaded as an artifact by the workflow that ran on the pull request',
  'event-file-other-commit': (a: { eventFile: string; uploadedSha: string; runSha: string }) =>
    `${a.eventFile}: pull_request.head.sha ${a.uploadedSha} is not the commit of the triggering run (${a.runSha})`,
  'event-file-too-large': (a: { what: string; file: string; bytes: number; maxBytes: number }) =>
    `${a.what} ${a.file} is ${a.bytes} bytes; at most ${a.maxBytes} are read`,
  'event-file-not-json': (a: { what: string; file: string; reason: string }) => `${a.what} ${a.file} cannot be read as JSON: ${a.reason}`,
  'event-unreadable': (a: { event: string }) => `cannot read the ${a.event} event`,
  'head-sha-missing': (a: { sha: string }) => `no head commit: GITHUB_SHA is ${JSON.stringify(a.sha)}`,
  'input-fail-on': (a: { value: string }) => `input fail-on is "${a.value}"; expected one of ${FAIL_ON.join(', ')}`,
  'input-history': (a: { value: string }) => `input history is "${a.value}"; expected a whole number from 0 to ${MAX_HISTORY}`,
  'input-comment-key': (a: { value: string }) => `input comment-key is "${a.value}"; expected 1 to 64 letters, digits, ".", "_" or "-"`,
  'input-min-change': (a: { value: string }) => `input min-change is "${a.value}"; expected a share from 0 % to 100 %, such as "1 %"`,
  'input-comment-unchanged': (a: { value: string }) => `input comment-unchanged is "${a.value}"; expected true or false`,
  'input-publish-timeout': (a: { value: string; min: number; max: number }) => `input publish-timeout is "${a.value}"; expected seconds from ${a.min} to ${a.max}`,

  // The run: base, trend, the files it lists (run/)
  'git-failed': (a: { reason: string }) => a.reason,
  'base-unreachable': (a: { reason: string }) => `no comparison: git could not get the base (${a.reason})`,
  'base-broken': (a: { sha: string }) => `the base commit ${short(a.sha)} has errors in its carbon files; every experiment counts as added`,
  'trend-commit-broken': (a: { sha: string; subject: string }) =>
    `commit ${short(a.sha)} ("${a.subject}") has errors in its carbon files; it is left out of the trend`,
  'trend-shallow': (a: { covered: number; count: number }) =>
    `the trend covers ${a.covered} of ${a.count} commits: the clone is shallow and git could not fetch more history; set \`fetch-depth: 0\` on actions/checkout for the full trend`,
  'file-name-control': (a: { name: string }) => `the file name ${a.name} has control characters; rename it so manifests are found`,
  'config-missing': (a: { description: string }) => `config file not found in ${a.description}`,
  'duplicate-name': (a: { name: string; firstFile: string; firstLine: number | undefined }) =>
    `experiment name "${a.name}" is already used by ${a.firstFile}${a.firstLine === undefined ? '' : `:${a.firstLine}`}; names are unique in a repository (they match head to base)`,

  // git (ingest/git*.ts)
  'git-missing': () => 'git is not installed or not on PATH; carbon-budget reads commits with the git CLI',
  'git-command-failed': (a: { command: string; stderr: string }) => `git ${a.command} failed: ${a.stderr}`,
  'git-output-too-large': (a: { command: string; maxBytes: number }) => `git ${a.command} printed more than ${a.maxBytes} bytes`,
  'git-object-missing': (a: { oid: string }) => `object ${a.oid} is missing from the repository`,
  'ref-invalid': (a: { ref: string }) => `"${a.ref}" is not a git ref or commit id`,
  'ref-unknown': (a: { ref: string }) => `"${a.ref}" is not a commit, branch or tag in this repository`,
  'commit-missing': (a: { sha: string }) => `commit ${a.sha} is not in this repository`,
  'commit-not-fetchable': (a: { ref: string }) => `commit ${a.ref} is not in this clone and \`git fetch origin ${a.ref}\` could not get it; ${FETCH_DEPTH_HINT}`,
  'commit-no-origin': (a: { ref: string }) => `commit ${a.ref} is not in this shallow clone and there is no \`origin\` remote to fetch it from; ${FETCH_DEPTH_HINT}`,
  'commit-no-parent': (a: { sha: string }) => `commit ${short(a.sha)} has no parent: there is nothing before it to compare with`,
  'parent-not-fetchable': (a: { sha: string }) =>
    `the parent of ${short(a.sha)} is not in this clone and \`git fetch --depth=2 origin ${a.sha}\` could not get it; ${FETCH_DEPTH_HINT}`,
  'no-common-ancestor': (a: { a: string; b: string }) => `${a.a} and ${a.b} have no common ancestor, so there is no base to compare against`,
  'merge-base-shallow': (a: { a: string; b: string }) => `no merge base of ${a.a} and ${a.b} in the fetched history of this shallow clone; ${FETCH_DEPTH_HINT}`,

  // YAML and the fields of manifests and the config (ingest/)
  'yaml-syntax': (a: { reason: string }) => a.reason,
  'yaml-too-deep': (a: { depth?: number; max: number }) =>
    a.depth === undefined ? `nesting is too deep to read; at most ${a.max} levels are read` : `nesting is ${a.depth} levels deep; at most ${a.max} are read`,
  'yaml-aliases': (a: { reason: string; max: number }) => `${a.reason} (aliases expand at most ${a.max} times)`,
  'unknown-field': (a: { key: string; valid: readonly string[] }) => `unknown field "${a.key}"; expected one of ${a.valid.join(', ')}`,
  'value-not-allowed': (a: { shown: string | undefined; values: readonly string[] }) =>
    `${a.shown === undefined ? 'missing' : `${a.shown} is not allowed`}; expected one of ${a.values.join(', ')}`,
  'field-missing': (a: { expected: string }) => `required field is missing (expected ${a.expected})`,
  'field-invalid': (a: { reason: string }) => a.reason,
  'unknown-device': (a: { device: string }) => `unknown device "${a.device}"`,
  'unknown-zone': (a: { kind: 'zone' | 'country'; key: string }) => `unknown ${a.kind} "${a.key}"`,
  'unknown-region': (a: { region: string }) => `unknown cloud region "${a.region}" (write provider/region, e.g. aws/us-east-1)`,
  'config-series-in-defaults': () => 'a grid series belongs in a manifest, not in defaults',

  // Files in the repository (ingest/, run/)
  'file-missing': (a: { in?: string }) =>
    a.in === undefined ? 'no such file in the repository (symlinks are not followed)' : `does not exist in ${a.in} (or is a symlink or submodule)`,
  'file-binary': () => 'is a binary file (it contains NUL bytes); expected UTF-8 text',
  'file-not-utf8': (a: { in?: string }) => `is not valid UTF-8 text${a.in === undefined ? '' : ` in ${a.in}`}`,
  'file-too-large': (a: { path: string; in: string; bytes: number; maxBytes: number }) =>
    `${a.path} is ${a.bytes} bytes in ${a.in}; the limit for a text file is ${a.maxBytes} bytes`,
  'path-outside': (a: { path: string }) => `"${a.path}" is outside the repository; paths are relative to the repository root`,
  'file-unreadable': (a: { reason: string }) => a.reason,
  'manifest-too-large': (a: { bytes: number; maxBytes: number }) =>
    `is ${formatCount(a.bytes)} bytes, over the ${formatCount(a.maxBytes)}-byte cap (limits.manifest-bytes in carbon-budget.yml)`,

  // Logs and grid series a manifest names (ingest/, commands/validate)
  'log-missing': (a: { path: string; manifest: string; description: string }) => `log file ${a.path} (listed in ${a.manifest}) does not exist in ${a.description}`,
  'log-too-large': (a: { path: string; bytes: number; maxBytes: number }) =>
    `log file ${a.path} is ${formatBytes(a.bytes)}, over the ${formatBytes(a.maxBytes)} cap on log size (limits.log-bytes in carbon-budget.yml); raise the cap or split the log`,
  'log-empty': (a: { file: string }) => `log file ${a.file} is empty`,
  'log-format-unknown': (a: { file: string; formats: readonly string[] }) =>
    `cannot tell the format of ${a.file} from its first lines; set logs[].format to one of ${a.formats.join(', ')}`,
  'log-unreadable': (a: { path: string; reason: string }) => `cannot read log file ${a.path}: ${a.reason}`,
  'series-missing': (a: { path: string; description: string }) => `grid series ${a.path} does not exist in ${a.description}`,
  'series-too-large': (a: { path: string; bytes: number; maxBytes: number }) =>
    `grid series ${a.path} is ${formatBytes(a.bytes)}, over the ${formatBytes(a.maxBytes)} cap (limits.log-bytes in carbon-budget.yml)`,
} as const

export type ProblemCode = keyof typeof PROBLEMS

/** What a code's message names; `{}` for a message that names nothing. */
export type ProblemArgs<C extends ProblemCode> = Parameters<(typeof PROBLEMS)[C]> extends [infer A] ? A : object

const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout so the base branch history is in the clone'

function short(sha: string): string {
  return sha.slice(0, 7)
}
