import { FAIL_ON, MAX_HISTORY } from './config.js'
import { formatBytes, formatCount, formatEnergy, formatInstant, formatTimestamp } from './format.js'
import type { GapPolicy } from './model.js'
import { J_PER_KWH, SECOND_MS } from './units.js'

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

  // What a manifest says, read together (ingest/manifest.ts); user values are echoed as written
  'manifest-not-mapping': () => 'a manifest is a mapping with name, phase and hardware',
  'custom-device-incomplete': () => 'device: custom needs both power (e.g. "350 W") and embodied (e.g. "150 kgCO2e")',
  'custom-device-idle': () => 'device: custom with idle time needs idle-power (e.g. "60 W"): the catalog has no idle figure for it',
  'duration-missing': () => 'give duration (e.g. "40.25 h"), or start and end, or logs, or device-hours on every hardware entry',
  'duration-disagrees': (a: { durationH: number; fromTimesH: number }) => `duration ${a.durationH} h disagrees with end - start = ${a.fromTimesH} h; give one of them`,
  'time-no-zone': (a: { value: string }) => `"${a.value}" has no zone; add Z (UTC) or an offset`,
  'time-invalid': (a: { reason: string }) => `${a.reason}; expected an ISO 8601 timestamp with a zone, e.g. "2026-03-01T08:00:00Z"`,
  'start-end-pair': () => 'start and end go together',
  'end-before-start': () => 'end must be after start',
  'timezone-invalid': (a: { reason: string }) => a.reason,
  'utilisation-both': () => 'give utilisation, or busy-hours and reserved-hours, not both',
  'busy-reserved-pair': (a: { missing: string }) => `busy-hours and reserved-hours go together; add ${a.missing} (e.g. "${a.missing}: 720 h")`,
  'busy-over-reserved': (a: { busyH: number; reservedH: number }) => `busy-hours (${a.busyH} h) exceed reserved-hours (${a.reservedH} h)`,
  'inference-requests': () => 'give requests (a total, e.g. 60,000,000) or requests-per-day (over the duration), one of them',
  'inference-per-day-duration': () => 'requests-per-day needs the duration (or start and end) to count the requests',
  'inference-two-ways': (a: { ways: readonly string[] }) => `give one of energy-per-request, requests-per-second or tokens-per-second, not ${a.ways.join(' and ')}`,
  'inference-energy-unknown': () =>
    'say how the requests use energy: energy-per-request (e.g. "0.3 Wh"), requests-per-second or tokens-per-second per device, or logs over these requests',
  'inference-logged': (a: { way: string }) => `the logs measure this experiment's energy: leave out ${a.way} (the energy per request is the logged energy over the requests)`,
  'inference-tokens-per-request': () => 'tokens-per-second needs tokens-per-request (e.g. 450) to count requests',
  'inference-one-accelerator': (a: { found: number }) =>
    `throughput is per device: list exactly one accelerator line (found ${a.found}); hosts may be listed beside it`,
  'market-offsets': () =>
    'offsets are not a market-based instrument: the GHG Protocol Scope 2 guidance counts energy attribute certificates, contracts and supplier rates only, and offsets never reduce Scope 2; report them separately, outside carbon-budget',
  'path-invalid': (a: { written: string; reason: string }) => `path "${a.written}" ${a.reason}`,

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
  'log-utf16-be': () => 'the file is UTF-16 big-endian; save it as UTF-8',
  'log-binary': () => 'the file is binary, not a text log (a NUL byte); export it as CSV or JSON lines',
  'log-not-utf8': () => 'the file is not valid UTF-8 text; save it as UTF-8',
  'log-line-too-long': (a: { line: number; maxMiB: number; format: string }) =>
    `line ${a.line} is longer than ${a.maxMiB} MiB: not a line of a ${a.format} log; check the file and logs[].format`,
  'log-line': (a: { reason: string }) => a.reason,
  'log-header': (a: { reason: string }) => a.reason,
  'log-refused': (a: { reason: string }) => a.reason,
  'codecarbon-header': (a: { absent: readonly string[] }) => `not a CodeCarbon emissions.csv header: no ${a.absent.join(', ')} column`,
  'wandb-header': () => 'expected a W&B system-metrics header with _timestamp and system.gpu.N.powerWatts columns',
  'dmon-no-timestamps': () =>
    'this dmon log has no timestamps (run nvidia-smi dmon with -o DT), so its samples cannot be placed in time; or give logs[].start and logs[].interval',
  'prometheus-no-timestamps': () =>
    'these scrapes carry no timestamps, so their readings cannot be placed in time; give logs[].start (the first scrape) and logs[].interval (the scrape interval), or scrape with timestamps',
  'prometheus-not-query-range': (a: { reason: string }) => a.reason,
  'prometheus-shape': (a: { absent: string }) =>
    `expected a Prometheus query_range response: {"status":"success","data":{"resultType":"matrix","result":[...]}}; ${a.absent} not found`,
  'log-columns-format': (a: { format: string }) =>
    `columns maps the cells of a CSV power log (power-csv, nvidia-smi); ${a.format} logs are read by their own names: remove columns or format`,
  'log-no-readings': (a: { file: string; missing: number }) => `no power readings in ${a.file} (${a.missing} values were [N/A] or empty)`,
  'log-more-bad-lines': (a: { file: string; count: number }) => `${a.count} more bad lines in ${a.file}`,
  'log-gap': (a: { device: string; fromMs: number; toMs: number; thresholdS: number; policy: GapPolicy }) =>
    `device ${a.device} has no samples from ${formatTimestamp(a.fromMs)} to ${formatTimestamp(a.toMs)} (${((a.toMs - a.fromMs) / SECOND_MS).toFixed(1)} s, over the ${a.thresholdS} s gap threshold); ${
      a.policy === 'fail' ? 'gaps: fail' : a.policy === 'bridge' ? 'bridged by a straight line (set gaps: zero or fail to change)' : 'counted as zero'
    }`,
  'log-more-gaps': (a: { file: string; count: number }) => `${a.count} more gaps in ${a.file}`,
  'log-duplicates': (a: { file: string; count: number }) => `${a.count} duplicate samples (same device and time) in ${a.file}: the first of each kept`,
  'log-out-of-order': (a: { file: string; count: number }) => `${a.count} samples out of time order in ${a.file}: put back in order`,
  'log-dropped': (a: { file: string; count: number }) => `${a.count} samples in ${a.file} arrived too late to put back in order: dropped`,
  'log-values-missing': (a: { file: string; count: number }) => `${a.count} values in ${a.file} were [N/A], [Not Supported] or empty: skipped, not counted as 0 W`,
  'log-reader-note': (a: { file: string; note: string }) => `${a.file}: ${a.note}`,
  'sample-time-implausible': (a: { device: string; atMs: number }) =>
    `a reading of device ${a.device} is timestamped ${formatTimestamp(a.atMs)}, outside 2000–2099: a clock that was not set, or a wrong time unit`,
  'sample-power-implausible': (a: { device: string; atMs: number; watts: number; maxW: number }) =>
    `a reading of ${a.watts} W for device ${a.device} at ${formatTimestamp(a.atMs)} is not plausible (0 to ${a.maxW / 1e6} MW per device); check the power unit`,
  'sample-jump-implausible': (a: { device: string; fromMs: number; toMs: number }) =>
    `device ${a.device} jumps from ${formatTimestamp(a.fromMs)} to ${formatTimestamp(a.toMs)} between two readings (over a year): timestamps off by years`,
  'record-time-implausible': (a: { atMs: number }) => `an energy record is timestamped ${formatTimestamp(a.atMs)}, outside 2000–2099`,
  'record-energy-implausible': (a: { energyJ: number }) => `an energy record of ${a.energyJ / J_PER_KWH} kWh is not plausible`,
  'record-span-implausible': (a: { fromMs: number; toMs: number }) =>
    `an energy record spans ${formatTimestamp(a.fromMs)} to ${formatTimestamp(a.toMs)} (over a year): timestamps off by years`,
  'logs-mixed-facility': () =>
    'CodeCarbon files (energy that includes its PUE) and power logs (IT energy) cannot be combined in one experiment; list one kind',
  'logs-overlap': (a: { files: readonly [string, string]; device: string }) =>
    `${a.files[0]} and ${a.files[1]} both hold device ${a.device} over the same time; list one of them (they would be counted twice)`,
  'logs-join-gap': (a: { device: string; fromMs: number; toMs: number; policy: GapPolicy }) =>
    `device ${a.device} has no samples from ${formatTimestamp(a.fromMs)} to ${formatTimestamp(a.toMs)} between two logs${
      a.policy === 'fail' ? ' (gaps: fail)' : a.policy === 'bridge' ? '; bridged' : '; counted as zero'
    }`,
  'series-missing': (a: { path: string; description: string }) => `grid series ${a.path} does not exist in ${a.description}`,
  'series-unreadable': (a: { path: string; reason: string }) => `cannot read grid series ${a.path}: ${a.reason}`,
  'series-empty': (a: { file: string }) => `grid series ${a.file} is empty`,
  'series-no-values': (a: { file: string }) => `grid series ${a.file} has no values`,
  'series-header': () =>
    'expected an Electricity Maps hourly CSV, a WattTime point_time,value CSV, or a header "timestamp,average,marginal" (gCO2e/kWh unless a unit is named, e.g. "average [kgCO2e/kWh]")',
  'series-header-time': () => 'an Electricity Maps file needs a "Datetime (UTC)" column',
  'series-header-unit': (a: { column: string; reason: string }) => `column "${a.column}": ${a.reason}`,
  'series-timestamp': (a: { value: string }) => `timestamp "${a.value}" is not ISO 8601 (UTC)`,
  'series-value': (a: { kind: string; value: string }) => `${a.kind} intensity "${a.value}" is not a number ≥ 0`,
  'watttime-units': (a: { units: string; signal: string }) =>
    `expected WattTime data with meta.units "lbs_co2_per_mwh" and signal_type co2_moer or co2_aoer; found units "${a.units}", signal "${a.signal}"`,
  'watttime-point': (a: { index: number }) => `data[${a.index}]: expected {"point_time": ISO 8601, "value": lbs CO2/MWh}`,
  'json-invalid': (a: { reason: string }) => `not valid JSON: ${a.reason}`,
  'series-too-large': (a: { path: string; bytes: number; maxBytes: number }) =>
    `grid series ${a.path} is ${formatBytes(a.bytes)}, over the ${formatBytes(a.maxBytes)} cap (limits.log-bytes in carbon-budget.yml)`,
  // Hourly matching: market.supply (ingest/cfe-supply.ts) and market in a manifest (ingest/manifest.ts)
  'supply-missing': (a: { path: string; description: string }) => `carbon-free supply ${a.path} does not exist in ${a.description}`,
  'supply-too-large': (a: { path: string; bytes: number; maxBytes: number }) =>
    `carbon-free supply ${a.path} is ${formatBytes(a.bytes)}, over the ${formatBytes(a.maxBytes)} cap (limits.log-bytes in carbon-budget.yml)`,
  'supply-unreadable': (a: { path: string; reason: string }) => `cannot read carbon-free supply ${a.path}: ${a.reason}`,
  'supply-empty': (a: { file: string }) => `carbon-free supply ${a.file} is empty; ${SUPPLY_HELP}`,
  'supply-grid-cfe': (a: { file: string }) =>
    `${a.file} is an Electricity Maps grid export: its carbon-free percentage is the grid's (location-based), not your contracted supply, and counting it would claim attributes other buyers hold; name it in grid.series, and give supply your own hourly certificates or contract data (${SUPPLY_HELP})`,
  'supply-header': (a: { header: string; missing: 'timestamp' | 'carbon-free' }) => `header "${a.header}" names no ${a.missing} column; ${SUPPLY_HELP}`,
  'supply-unit': (a: { column: string }) => `column "${a.column}" needs its unit in brackets: an energy (Wh, kWh, MWh) or %`,
  'supply-timestamp': (a: { value: string }) => `timestamp "${a.value}" is not ISO 8601 (the hour's start, UTC unless an offset is given)`,
  'supply-value': (a: { value: string; expected: string }) => `carbon-free "${a.value}" is not ${a.expected}`,
  'supply-hour-twice': (a: { hourMs: number }) => `a second row for the hour ${formatInstant(a.hourMs)}: a matched share is per hour, one row each`,
  'supply-json': (a: { reason: string }) => `not valid JSON: ${a.reason}; ${SUPPLY_HELP}`,
  'supply-no-bundles': () => `JSON without granular_certificate_bundles; ${SUPPLY_HELP}`,
  'supply-bundle-fields': (a: { where: string }) =>
    `${a.where}: expected production_starting_interval and production_ending_interval (UTC), bundle_quantity ≥ 0 and face_value (Wh per certificate) > 0`,
  'supply-bundle-period': (a: { where: string; start: string; end: string }) =>
    `${a.where}: a granular certificate covers at most one hour (EnergyTag Standard); this one runs from ${a.start} to ${a.end}`,
  'supply-bundle-factor': (a: { where: string }) => `${a.where}: emissions_factor_production_device must be kgCO2e/MWh ≥ 0`,
  'supply-bundle-source': (a: { where: string; source: string; carbonFree: readonly string[] }) =>
    `${a.where}: energy_source "${a.source}" is not known to be carbon-free and the certificate states no emissions_factor_production_device (kgCO2e/MWh) to price it; expected one of ${a.carbonFree.join(', ')}, or a factor`,
  'supply-bundle-carrier': (a: { where: string; carrier: string }) => `${a.where}: energy_carrier "${a.carrier}" is not electricity`,
  'supply-not-retired': (a: { count: number; kWh: number }) =>
    `${a.count} granular certificate bundle(s), ${formatEnergy(a.kWh)}, are not cancelled or claimed for you and were not counted: only retired certificates back a Scope 2 claim`,
  'supply-no-hours': (a: { path: string }) => `carbon-free supply ${a.path} has no counted hours`,
  'hourly-in-config': () =>
    "hourly matching belongs in a manifest: its supply file covers that experiment's hours; write matching: hourly and supply in each manifest, or matching: annual here",
  'hourly-no-supply': () =>
    `matching: hourly needs supply: a file of your contracted carbon-free supply hour by hour (${SUPPLY_FORMATS}; docs/formats.md, "Carbon-free supply"); without one write matching: annual with carbon-free-energy`,
  'supply-without-hourly': () => 'supply is read for hourly matching only: add matching: hourly (or remove supply and give carbon-free-energy for annual matching)',
  'hourly-annual-field': (a: { key: string }) =>
    `with matching: hourly the supply file says what each hour's carbon-free energy covers; remove ${a.key} (an annual figure), keep residual-intensity for the uncovered rest`,
  'hourly-untimed': () => 'hourly matching needs the hours the energy was used: add logs, or start and end, to this manifest',
} as const

export type ProblemCode = keyof typeof PROBLEMS

/** What a code's message names; `{}` for a message that names nothing. */
export type ProblemArgs<C extends ProblemCode> = Parameters<(typeof PROBLEMS)[C]> extends [infer A] ? A : object

const SUPPLY_FORMATS = 'EnergyTag granular certificates (JSON), or a CSV "timestamp,carbon-free [kWh]" or "timestamp,carbon-free [%]"'
const SUPPLY_HELP =
  'expected EnergyTag granular certificates (JSON: granular_certificate_bundles), or a CSV with a header "timestamp,carbon-free [kWh]" (contracted carbon-free energy per hour; Wh, kWh or MWh) or "timestamp,carbon-free [%]" (the share of the hour\'s use your 24/7 contract matched)'
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout so the base branch history is in the clone'

function short(sha: string): string {
  return sha.slice(0, 7)
}
