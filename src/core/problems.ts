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

  // Files in the repository (ingest/, run/)
  'file-missing': () => 'no such file in the repository (symlinks are not followed)',
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

function short(sha: string): string {
  return sha.slice(0, 7)
}
