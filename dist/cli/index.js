import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 6683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ EXPLAIN),
/* harmony export */   Zz: () => (/* binding */ INIT),
/* harmony export */   vY: () => (/* binding */ VALIDATE)
/* harmony export */ });
const VALIDATE = {
    name: 'validate',
    usage: 'carbon-budget validate [DIR] [--config FILE]',
    summary: 'a fast check of manifests, config and the logs and series they name; nothing is computed (pre-commit)',
};
const INIT = {
    name: 'init',
    usage: 'carbon-budget init [DIR] [--dry-run] [--force]',
    summary: 'writes a report-only carbon-budget.yml, the GitHub workflow and a manifest per run log found',
};
const EXPLAIN = {
    name: 'explain',
    usage: 'carbon-budget explain NAME [DIR] [--config FILE] [--format text|json]',
    summary: "one experiment's derivation, step by step, from its inputs and coefficients to the report's figures",
};


/***/ }),

/***/ 6641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ DEFAULT_MIN_CHANGE),
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   i6: () => (/* binding */ parseHistory),
/* harmony export */   oe: () => (/* binding */ MAX_HISTORY)
/* harmony export */ });
/* unused harmony export DEFAULT_MANIFEST_GLOBS */
/** When a broken budget fails the run: the config's `fail-on`, the action's input (one list for both). */
const FAIL_ON = ['never', 'budget', 'increase', 'any'];
/** Commits in the base branch's trend (`history` in the config, the input and `--history`): 0 to this. */
const MAX_HISTORY = 500;
/** A `history` count written as text (an input or a flag); undefined unless a whole number from 0 to MAX_HISTORY. */
function parseHistory(text) {
    const n = Number(text);
    return text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_HISTORY ? n : undefined;
}
/** `min-change` default: an experiment that moved by less than 1 % folds in with the unchanged ones. */
const DEFAULT_MIN_CHANGE = 0.01;
const DEFAULT_MANIFEST_GLOBS = ['**/*.carbon.yml', '**/*.carbon.yaml', '**/*.carbon.json'];
const DEFAULT_CONFIG = {
    manifests: DEFAULT_MANIFEST_GLOBS,
    defaults: {},
    basis: 'location',
    intensity: 'average',
    budgets: { phases: {}, experiments: [], sci: [] },
    failOn: 'never',
    budgetsFrom: 'head',
    history: 20,
    minChange: DEFAULT_MIN_CHANGE,
    maxManifestBytes: 1024 ** 2,
    maxLogBytes: 16 * 1024 ** 3,
    positions: {},
};


/***/ }),

/***/ 8782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kk: () => (/* binding */ CarbonError),
  t5: () => (/* binding */ filePos),
  Vw: () => (/* binding */ formatProblem),
  CC: () => (/* binding */ problem)
});

// EXTERNAL MODULE: ./lib/core/config.js
var config = __nccwpck_require__(6641);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __nccwpck_require__(5888);
// EXTERNAL MODULE: ./lib/core/units.js
var units = __nccwpck_require__(7564);
;// CONCATENATED MODULE: ./lib/core/problems.js



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
const PROBLEMS = {
    // The action's environment, event and inputs (github/)
    'env-missing': (a) => `environment variable ${a.name} is not set; is this running inside GitHub Actions?`,
    'event-invalid': (a) => `${a.source}: ${a.path || '(root)'}: ${a.reason}`,
    'event-before-sha': (a) => `event payload: before: expected a 40-hex-digit commit sha, got ${JSON.stringify(a.before)}`,
    'event-file-needed': () => 'workflow_run mode needs the `event-file` input: the pull_request event JSON uploaded as an artifact by the workflow that ran on the pull request',
    'event-file-other-commit': (a) => `${a.eventFile}: pull_request.head.sha ${a.uploadedSha} is not the commit of the triggering run (${a.runSha})`,
    'event-file-too-large': (a) => `${a.what} ${a.file} is ${a.bytes} bytes; at most ${a.maxBytes} are read`,
    'event-file-not-json': (a) => `${a.what} ${a.file} cannot be read as JSON: ${a.reason}`,
    'event-unreadable': (a) => `cannot read the ${a.event} event`,
    'head-sha-missing': (a) => `no head commit: GITHUB_SHA is ${JSON.stringify(a.sha)}`,
    'input-fail-on': (a) => `input fail-on is "${a.value}"; expected one of ${config/* FAIL_ON */.d$.join(', ')}`,
    'input-history': (a) => `input history is "${a.value}"; expected a whole number from 0 to ${config/* MAX_HISTORY */.oe}`,
    'input-comment-key': (a) => `input comment-key is "${a.value}"; expected 1 to 64 letters, digits, ".", "_" or "-"`,
    'input-min-change': (a) => `input min-change is "${a.value}"; expected a share from 0 % to 100 %, such as "1 %"`,
    'input-comment-unchanged': (a) => `input comment-unchanged is "${a.value}"; expected true or false`,
    'input-publish-timeout': (a) => `input publish-timeout is "${a.value}"; expected seconds from ${a.min} to ${a.max}`,
    // The run: base, trend, the files it lists (run/)
    'git-failed': (a) => a.reason,
    'base-unreachable': (a) => `no comparison: git could not get the base (${a.reason})`,
    'base-broken': (a) => `the base commit ${problems_short(a.sha)} has errors in its carbon files; every experiment counts as added`,
    'trend-commit-broken': (a) => `commit ${problems_short(a.sha)} ("${a.subject}") has errors in its carbon files; it is left out of the trend`,
    'trend-shallow': (a) => `the trend covers ${a.covered} of ${a.count} commits: the clone is shallow and git could not fetch more history; set \`fetch-depth: 0\` on actions/checkout for the full trend`,
    'file-name-control': (a) => `the file name ${a.name} has control characters; rename it so manifests are found`,
    'config-missing': (a) => `config file not found in ${a.description}`,
    'duplicate-name': (a) => `experiment name "${a.name}" is already used by ${a.firstFile}${a.firstLine === undefined ? '' : `:${a.firstLine}`}; names are unique in a repository (they match head to base)`,
    // git (ingest/git*.ts)
    'git-missing': () => 'git is not installed or not on PATH; carbon-budget reads commits with the git CLI',
    'git-command-failed': (a) => `git ${a.command} failed: ${a.stderr}`,
    'git-output-too-large': (a) => `git ${a.command} printed more than ${a.maxBytes} bytes`,
    'git-object-missing': (a) => `object ${a.oid} is missing from the repository`,
    'ref-invalid': (a) => `"${a.ref}" is not a git ref or commit id`,
    'ref-unknown': (a) => `"${a.ref}" is not a commit, branch or tag in this repository`,
    'commit-missing': (a) => `commit ${a.sha} is not in this repository`,
    'commit-not-fetchable': (a) => `commit ${a.ref} is not in this clone and \`git fetch origin ${a.ref}\` could not get it; ${FETCH_DEPTH_HINT}`,
    'commit-no-origin': (a) => `commit ${a.ref} is not in this shallow clone and there is no \`origin\` remote to fetch it from; ${FETCH_DEPTH_HINT}`,
    'commit-no-parent': (a) => `commit ${problems_short(a.sha)} has no parent: there is nothing before it to compare with`,
    'parent-not-fetchable': (a) => `the parent of ${problems_short(a.sha)} is not in this clone and \`git fetch --depth=2 origin ${a.sha}\` could not get it; ${FETCH_DEPTH_HINT}`,
    'no-common-ancestor': (a) => `${a.a} and ${a.b} have no common ancestor, so there is no base to compare against`,
    'merge-base-shallow': (a) => `no merge base of ${a.a} and ${a.b} in the fetched history of this shallow clone; ${FETCH_DEPTH_HINT}`,
    // YAML and the fields of manifests and the config (ingest/)
    'yaml-syntax': (a) => a.reason,
    'yaml-too-deep': (a) => a.depth === undefined ? `nesting is too deep to read; at most ${a.max} levels are read` : `nesting is ${a.depth} levels deep; at most ${a.max} are read`,
    'yaml-aliases': (a) => `${a.reason} (aliases expand at most ${a.max} times)`,
    'unknown-field': (a) => `unknown field "${a.key}"; expected one of ${a.valid.join(', ')}`,
    'value-not-allowed': (a) => `${a.shown === undefined ? 'missing' : `${a.shown} is not allowed`}; expected one of ${a.values.join(', ')}`,
    'field-missing': (a) => `required field is missing (expected ${a.expected})`,
    'field-invalid': (a) => a.reason,
    'unknown-device': (a) => `unknown device "${a.device}"`,
    'unknown-zone': (a) => `unknown ${a.kind} "${a.key}"`,
    'unknown-region': (a) => `unknown cloud region "${a.region}" (write provider/region, e.g. aws/us-east-1)`,
    'config-series-in-defaults': () => 'a grid series belongs in a manifest, not in defaults',
    // What a manifest says, read together (ingest/manifest.ts); user values are echoed as written
    'manifest-not-mapping': () => 'a manifest is a mapping with name, phase and hardware',
    'custom-device-incomplete': () => 'device: custom needs both power (e.g. "350 W") and embodied (e.g. "150 kgCO2e")',
    'custom-device-idle': () => 'device: custom with idle time needs idle-power (e.g. "60 W"): the catalog has no idle figure for it',
    'duration-missing': () => 'give duration (e.g. "40.25 h"), or start and end, or logs, or device-hours on every hardware entry',
    'duration-disagrees': (a) => `duration ${a.durationH} h disagrees with end - start = ${a.fromTimesH} h; give one of them`,
    'time-no-zone': (a) => `"${a.value}" has no zone; add Z (UTC) or an offset`,
    'time-invalid': (a) => `${a.reason}; expected an ISO 8601 timestamp with a zone, e.g. "2026-03-01T08:00:00Z"`,
    'start-end-pair': () => 'start and end go together',
    'end-before-start': () => 'end must be after start',
    'timezone-invalid': (a) => a.reason,
    'utilisation-both': () => 'give utilisation, or busy-hours and reserved-hours, not both',
    'busy-reserved-pair': (a) => `busy-hours and reserved-hours go together; add ${a.missing} (e.g. "${a.missing}: 720 h")`,
    'busy-over-reserved': (a) => `busy-hours (${a.busyH} h) exceed reserved-hours (${a.reservedH} h)`,
    'inference-requests': () => 'give requests (a total, e.g. 60,000,000) or requests-per-day (over the duration), one of them',
    'inference-per-day-duration': () => 'requests-per-day needs the duration (or start and end) to count the requests',
    'inference-two-ways': (a) => `give one of energy-per-request, requests-per-second or tokens-per-second, not ${a.ways.join(' and ')}`,
    'inference-energy-unknown': () => 'say how the requests use energy: energy-per-request (e.g. "0.3 Wh"), requests-per-second or tokens-per-second per device, or logs over these requests',
    'inference-logged': (a) => `the logs measure this experiment's energy: leave out ${a.way} (the energy per request is the logged energy over the requests)`,
    'inference-tokens-per-request': () => 'tokens-per-second needs tokens-per-request (e.g. 450) to count requests',
    'inference-one-accelerator': (a) => `throughput is per device: list exactly one accelerator line (found ${a.found}); hosts may be listed beside it`,
    'market-offsets': () => 'offsets are not a market-based instrument: the GHG Protocol Scope 2 guidance counts energy attribute certificates, contracts and supplier rates only, and offsets never reduce Scope 2; report them separately, outside carbon-budget',
    'path-invalid': (a) => `path "${a.written}" ${a.reason}`,
    // Files in the repository (ingest/, run/)
    'file-missing': (a) => a.in === undefined ? 'no such file in the repository (symlinks are not followed)' : `does not exist in ${a.in} (or is a symlink or submodule)`,
    'file-binary': () => 'is a binary file (it contains NUL bytes); expected UTF-8 text',
    'file-not-utf8': (a) => `is not valid UTF-8 text${a.in === undefined ? '' : ` in ${a.in}`}`,
    'file-too-large': (a) => `${a.path} is ${a.bytes} bytes in ${a.in}; the limit for a text file is ${a.maxBytes} bytes`,
    'path-outside': (a) => `"${a.path}" is outside the repository; paths are relative to the repository root`,
    'file-unreadable': (a) => a.reason,
    'manifest-too-large': (a) => `is ${(0,format/* formatCount */.B4)(a.bytes)} bytes, over the ${(0,format/* formatCount */.B4)(a.maxBytes)}-byte cap (limits.manifest-bytes in carbon-budget.yml)`,
    // Logs and grid series a manifest names (ingest/, commands/validate)
    'log-missing': (a) => `log file ${a.path} (listed in ${a.manifest}) does not exist in ${a.description}`,
    'log-too-large': (a) => `log file ${a.path} is ${(0,format/* formatBytes */.z3)(a.bytes)}, over the ${(0,format/* formatBytes */.z3)(a.maxBytes)} cap on log size (limits.log-bytes in carbon-budget.yml); raise the cap or split the log`,
    'log-empty': (a) => `log file ${a.file} is empty`,
    'log-format-unknown': (a) => `cannot tell the format of ${a.file} from its first lines; set logs[].format to one of ${a.formats.join(', ')}`,
    'log-unreadable': (a) => `cannot read log file ${a.path}: ${a.reason}`,
    'log-utf16-be': () => 'the file is UTF-16 big-endian; save it as UTF-8',
    'log-binary': () => 'the file is binary, not a text log (a NUL byte); export it as CSV or JSON lines',
    'log-not-utf8': () => 'the file is not valid UTF-8 text; save it as UTF-8',
    'log-line-too-long': (a) => `line ${a.line} is longer than ${a.maxMiB} MiB: not a line of a ${a.format} log; check the file and logs[].format`,
    'log-line': (a) => a.reason,
    'log-header': (a) => a.reason,
    'log-refused': (a) => a.reason,
    'codecarbon-header': (a) => `not a CodeCarbon emissions.csv header: no ${a.absent.join(', ')} column`,
    'wandb-header': () => 'expected a W&B system-metrics header with _timestamp and system.gpu.N.powerWatts columns',
    'dmon-no-timestamps': () => 'this dmon log has no timestamps (run nvidia-smi dmon with -o DT), so its samples cannot be placed in time; or give logs[].start and logs[].interval',
    'prometheus-no-timestamps': () => 'these scrapes carry no timestamps, so their readings cannot be placed in time; give logs[].start (the first scrape) and logs[].interval (the scrape interval), or scrape with timestamps',
    'prometheus-not-query-range': (a) => a.reason,
    'prometheus-shape': (a) => `expected a Prometheus query_range response: {"status":"success","data":{"resultType":"matrix","result":[...]}}; ${a.absent} not found`,
    'log-columns-format': (a) => `columns maps the cells of a CSV power log (power-csv, nvidia-smi); ${a.format} logs are read by their own names: remove columns or format`,
    'log-no-readings': (a) => `no power readings in ${a.file} (${a.missing} values were [N/A] or empty)`,
    'log-more-bad-lines': (a) => `${a.count} more bad lines in ${a.file}`,
    'log-gap': (a) => `device ${a.device} has no samples from ${(0,format/* formatTimestamp */.Ey)(a.fromMs)} to ${(0,format/* formatTimestamp */.Ey)(a.toMs)} (${((a.toMs - a.fromMs) / units/* SECOND_MS */._L).toFixed(1)} s, over the ${a.thresholdS} s gap threshold); ${a.policy === 'fail' ? 'gaps: fail' : a.policy === 'bridge' ? 'bridged by a straight line (set gaps: zero or fail to change)' : 'counted as zero'}`,
    'log-more-gaps': (a) => `${a.count} more gaps in ${a.file}`,
    'log-duplicates': (a) => `${a.count} duplicate samples (same device and time) in ${a.file}: the first of each kept`,
    'log-out-of-order': (a) => `${a.count} samples out of time order in ${a.file}: put back in order`,
    'log-dropped': (a) => `${a.count} samples in ${a.file} arrived too late to put back in order: dropped`,
    'log-values-missing': (a) => `${a.count} values in ${a.file} were [N/A], [Not Supported] or empty: skipped, not counted as 0 W`,
    'log-reader-note': (a) => `${a.file}: ${a.note}`,
    'sample-time-implausible': (a) => `a reading of device ${a.device} is timestamped ${(0,format/* formatTimestamp */.Ey)(a.atMs)}, outside 2000–2099: a clock that was not set, or a wrong time unit`,
    'sample-power-implausible': (a) => `a reading of ${a.watts} W for device ${a.device} at ${(0,format/* formatTimestamp */.Ey)(a.atMs)} is not plausible (0 to ${a.maxW / 1e6} MW per device); check the power unit`,
    'sample-jump-implausible': (a) => `device ${a.device} jumps from ${(0,format/* formatTimestamp */.Ey)(a.fromMs)} to ${(0,format/* formatTimestamp */.Ey)(a.toMs)} between two readings (over a year): timestamps off by years`,
    'record-time-implausible': (a) => `an energy record is timestamped ${(0,format/* formatTimestamp */.Ey)(a.atMs)}, outside 2000–2099`,
    'record-energy-implausible': (a) => `an energy record of ${a.energyJ / units/* J_PER_KWH */.es} kWh is not plausible`,
    'record-span-implausible': (a) => `an energy record spans ${(0,format/* formatTimestamp */.Ey)(a.fromMs)} to ${(0,format/* formatTimestamp */.Ey)(a.toMs)} (over a year): timestamps off by years`,
    'logs-mixed-facility': () => 'CodeCarbon files (energy that includes its PUE) and power logs (IT energy) cannot be combined in one experiment; list one kind',
    'logs-overlap': (a) => `${a.files[0]} and ${a.files[1]} both hold device ${a.device} over the same time; list one of them (they would be counted twice)`,
    'logs-join-gap': (a) => `device ${a.device} has no samples from ${(0,format/* formatTimestamp */.Ey)(a.fromMs)} to ${(0,format/* formatTimestamp */.Ey)(a.toMs)} between two logs${a.policy === 'fail' ? ' (gaps: fail)' : a.policy === 'bridge' ? '; bridged' : '; counted as zero'}`,
    'series-missing': (a) => `grid series ${a.path} does not exist in ${a.description}`,
    'series-unreadable': (a) => `cannot read grid series ${a.path}: ${a.reason}`,
    'series-empty': (a) => `grid series ${a.file} is empty`,
    'series-no-values': (a) => `grid series ${a.file} has no values`,
    'series-header': () => 'expected an Electricity Maps hourly CSV, a WattTime point_time,value CSV, or a header "timestamp,average,marginal" (gCO2e/kWh unless a unit is named, e.g. "average [kgCO2e/kWh]")',
    'series-header-time': () => 'an Electricity Maps file needs a "Datetime (UTC)" column',
    'series-header-unit': (a) => `column "${a.column}": ${a.reason}`,
    'series-timestamp': (a) => `timestamp "${a.value}" is not ISO 8601 (UTC)`,
    'series-value': (a) => `${a.kind} intensity "${a.value}" is not a number ≥ 0`,
    'watttime-units': (a) => `expected WattTime data with meta.units "lbs_co2_per_mwh" and signal_type co2_moer or co2_aoer; found units "${a.units}", signal "${a.signal}"`,
    'watttime-point': (a) => `data[${a.index}]: expected {"point_time": ISO 8601, "value": lbs CO2/MWh}`,
    'json-invalid': (a) => `not valid JSON: ${a.reason}`,
    'series-too-large': (a) => `grid series ${a.path} is ${(0,format/* formatBytes */.z3)(a.bytes)}, over the ${(0,format/* formatBytes */.z3)(a.maxBytes)} cap (limits.log-bytes in carbon-budget.yml)`,
    // Hourly matching: market.supply (ingest/cfe-supply.ts) and market in a manifest (ingest/manifest.ts)
    'supply-missing': (a) => `carbon-free supply ${a.path} does not exist in ${a.description}`,
    'supply-too-large': (a) => `carbon-free supply ${a.path} is ${(0,format/* formatBytes */.z3)(a.bytes)}, over the ${(0,format/* formatBytes */.z3)(a.maxBytes)} cap (limits.log-bytes in carbon-budget.yml)`,
    'supply-unreadable': (a) => `cannot read carbon-free supply ${a.path}: ${a.reason}`,
    'supply-empty': (a) => `carbon-free supply ${a.file} is empty; ${SUPPLY_HELP}`,
    'supply-grid-cfe': (a) => `${a.file} is an Electricity Maps grid export: its carbon-free percentage is the grid's (location-based), not your contracted supply, and counting it would claim attributes other buyers hold; name it in grid.series, and give supply your own hourly certificates or contract data (${SUPPLY_HELP})`,
    'supply-header': (a) => `header "${a.header}" names no ${a.missing} column; ${SUPPLY_HELP}`,
    'supply-unit': (a) => `column "${a.column}" needs its unit in brackets: an energy (Wh, kWh, MWh) or %`,
    'supply-timestamp': (a) => `timestamp "${a.value}" is not ISO 8601 (the hour's start, UTC unless an offset is given)`,
    'supply-value': (a) => `carbon-free "${a.value}" is not ${a.expected}`,
    'supply-hour-twice': (a) => `a second row for the hour ${(0,format/* formatInstant */.r4)(a.hourMs)}: a matched share is per hour, one row each`,
    'supply-json': (a) => `not valid JSON: ${a.reason}; ${SUPPLY_HELP}`,
    'supply-no-bundles': () => `JSON without granular_certificate_bundles; ${SUPPLY_HELP}`,
    'supply-bundle-fields': (a) => `${a.where}: expected production_starting_interval and production_ending_interval (UTC), bundle_quantity ≥ 0 and face_value (Wh per certificate) > 0`,
    'supply-bundle-period': (a) => `${a.where}: a granular certificate covers at most one hour (EnergyTag Standard); this one runs from ${a.start} to ${a.end}`,
    'supply-bundle-factor': (a) => `${a.where}: emissions_factor_production_device must be kgCO2e/MWh ≥ 0`,
    'supply-bundle-source': (a) => `${a.where}: energy_source "${a.source}" is not known to be carbon-free and the certificate states no emissions_factor_production_device (kgCO2e/MWh) to price it; expected one of ${a.carbonFree.join(', ')}, or a factor`,
    'supply-bundle-carrier': (a) => `${a.where}: energy_carrier "${a.carrier}" is not electricity`,
    'supply-not-retired': (a) => `${a.count} granular certificate bundle(s), ${(0,format/* formatEnergy */.QE)(a.kWh)}, are not cancelled or claimed for you and were not counted: only retired certificates back a Scope 2 claim`,
    'supply-no-hours': (a) => `carbon-free supply ${a.path} has no counted hours`,
    'hourly-in-config': () => "hourly matching belongs in a manifest: its supply file covers that experiment's hours; write matching: hourly and supply in each manifest, or matching: annual here",
    'hourly-no-supply': () => `matching: hourly needs supply: a file of your contracted carbon-free supply hour by hour (${SUPPLY_FORMATS}; docs/formats.md, "Carbon-free supply"); without one write matching: annual with carbon-free-energy`,
    'supply-without-hourly': () => 'supply is read for hourly matching only: add matching: hourly (or remove supply and give carbon-free-energy for annual matching)',
    'hourly-annual-field': (a) => `with matching: hourly the supply file says what each hour's carbon-free energy covers; remove ${a.key} (an annual figure), keep residual-intensity for the uncovered rest`,
    'hourly-untimed': () => 'hourly matching needs the hours the energy was used: add logs, or start and end, to this manifest',
};
const SUPPLY_FORMATS = 'EnergyTag granular certificates (JSON), or a CSV "timestamp,carbon-free [kWh]" or "timestamp,carbon-free [%]"';
const SUPPLY_HELP = 'expected EnergyTag granular certificates (JSON: granular_certificate_bundles), or a CSV with a header "timestamp,carbon-free [kWh]" (contracted carbon-free energy per hour; Wh, kWh or MWh) or "timestamp,carbon-free [%]" (the share of the hour\'s use your 24/7 contract matched)';
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout so the base branch history is in the clone';
function problems_short(sha) {
    return sha.slice(0, 7);
}

;// CONCATENATED MODULE: ./lib/core/errors.js

/** A place in a file; its start unless said: where a problem about the whole file, or a value with no better place, points. */
function filePos(file, line = 1, col = 1) {
    return { file, line, col };
}
/** The one error class: thrown at I/O edges, carries every problem of the run. */
class CarbonError extends Error {
    problems;
    name = 'CarbonError';
    constructor(problems, opts) {
        super(problems.map(formatProblem).join('\n'), opts);
        this.problems = problems;
    }
}
/** `file:line:col: error: field: message (did you mean X?)`: the form editors and CI logs link. */
function formatProblem(p) {
    const where = p.pos ? `${p.pos.file}:${p.pos.line}:${p.pos.col}: ` : '';
    const field = p.field ? `${p.field}: ` : '';
    const hint = p.suggestion !== undefined && !p.message.includes('did you mean') ? `; did you mean ${p.suggestion}?` : '';
    return `${where}${p.severity}: ${field}${p.message}${hint}`;
}
function problem(code, details = {}) {
    const template = PROBLEMS[code];
    const pos = details.pos ?? (details.file === undefined ? undefined : filePos(details.file, details.line, details.col));
    return {
        severity: details.severity ?? 'error',
        code,
        message: template(details),
        ...(pos ? { pos } : {}),
        ...(details.field === undefined ? {} : { field: details.field }),
        ...(details.suggestion === undefined ? {} : { suggestion: details.suggestion }),
    };
}


/***/ }),

/***/ 5888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ formatRatio),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   D5: () => (/* binding */ formatPercentSet),
/* harmony export */   Ey: () => (/* binding */ formatTimestamp),
/* harmony export */   JF: () => (/* binding */ formatShareOfTotal),
/* harmony export */   N5: () => (/* binding */ MINUS),
/* harmony export */   QE: () => (/* binding */ formatEnergy),
/* harmony export */   Re: () => (/* binding */ formatLifetime),
/* harmony export */   TA: () => (/* binding */ formatIntensity),
/* harmony export */   Ws: () => (/* binding */ formatPue),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   ZM: () => (/* binding */ formatMassIn),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   Zo: () => (/* binding */ formatRangeEnds),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bk: () => (/* binding */ formatMassRange),
/* harmony export */   d5: () => (/* binding */ formatPower),
/* harmony export */   e0: () => (/* binding */ formatMassDelta),
/* harmony export */   iI: () => (/* binding */ formatIntensityGiven),
/* harmony export */   im: () => (/* binding */ formatDay),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   r4: () => (/* binding */ formatInstant),
/* harmony export */   so: () => (/* binding */ formatMass),
/* harmony export */   wq: () => (/* binding */ formatMassSet),
/* harmony export */   xc: () => (/* binding */ formatPueGiven),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zy: () => (/* binding */ formatPercentDelta)
/* harmony export */ });
/* unused harmony exports UNIT_SPACE, decimalsFor */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7564);
/**
 * The one module that formats numbers for people: full-precision numbers in, rounded text out.
 * Every output (PR comment, job summary, commit status, annotations, terminal text, why-it-changed
 * terms) calls these; the JSON report keeps every digit.
 *
 * One rounding rule everywhere, so a column reads evenly: in the chosen unit, values of 100 and up
 * are whole numbers (grouped: `1,234 t`), values from 1 to 100 carry one decimal (`14.0 t`, `3.1 g`),
 * values under 1 carry two significant figures (`0.042 g`). The unit steps up when the rounded
 * value would reach 1,000 (999.96 kg is `1.0 t`, never `1,000 kg`).
 *
 * Typography: a no-break space joins a number to its unit (`6.3 t` never wraps into `6.3 /
 * t` in a narrow table cell), and negatives carry a real minus sign (U+2212, `−320 kg`), which
 * is as wide as the plus sign and reads as a minus where a hyphen reads as a dash.
 */

/** Joins a number and its unit: a no-break space. */
const UNIT_SPACE = '\u00a0';
/** The minus sign of every negative figure. */
const MINUS = '\u2212';
/** Mass scales, smallest first; `t` is tCO2e. */
const MASS = [
    { unit: 'g', factor: 1e-3 },
    { unit: 'kg', factor: 1 },
    // tCO2e stays the top unit: ML footprints are quoted in tonnes, even GPT-scale ones (`15,000 t`).
    { unit: 't', factor: 1e3 },
];
/** Power scales from W. */
const POWER = [
    { unit: 'W', factor: 1 },
    { unit: 'kW', factor: 1e3 },
    { unit: 'MW', factor: 1e6 },
];
/** Energy scales from kWh. */
const ENERGY = [
    { unit: 'Wh', factor: 1e-3 },
    { unit: 'kWh', factor: 1 },
    // MWh stays the top unit, as the papers quote it (GPT-3: 1,287 MWh).
    { unit: 'MWh', factor: 1e3 },
];
/**
 * Decimals the rounding rule gives a value already expressed in its display unit, decided on the
 * rounded value (99.96 rounds to `100`, not `100.0`; 0.996 to `1.0`, not `1.00`).
 */
function decimalsFor(value) {
    const first = rawDecimals(value);
    const second = rawDecimals(Number(value.toFixed(first)));
    return Math.min(first, second);
}
function rawDecimals(value) {
    const a = Math.abs(value);
    if (a === 0 || !Number.isFinite(a))
        return 0;
    if (a >= 100)
        return 0;
    if (a >= 1)
        return 1;
    // two significant figures below 1
    return Math.min(20, 1 - Math.floor(Math.log10(a)));
}
/** Groups the integer part with commas: `1234567.5` with 1 decimal is `1,234,567.5`. */
function formatNumber(value, decimals = decimalsFor(value)) {
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : value < 0 ? `${MINUS}∞` : 'n/a';
    const fixed = Math.abs(value).toFixed(decimals);
    const [whole = '0', fraction] = fixed.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const negative = value < 0 && Number(fixed) !== 0;
    return `${negative ? MINUS : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
/** A whole count with grouping (`9,874`). */
function formatCount(n) {
    return formatNumber(Math.round(n), 0);
}
/** Picks the display unit by the rounded magnitude, so rounding never shows `1,000` of a unit. */
function pick(canonical, scales) {
    const a = Math.abs(canonical);
    let index = 0;
    for (let i = scales.length - 1; i >= 0; i--) {
        if (a >= scales[i].factor) {
            index = i;
            break;
        }
    }
    if (a === 0)
        index = scales.findIndex((s) => s.factor === 1);
    let scale = scales[index];
    let inUnit = canonical / scale.factor;
    let decimals = decimalsFor(inUnit);
    const next = scales[index + 1];
    if (next && Math.abs(Number(inUnit.toFixed(decimals))) >= next.factor / scale.factor) {
        scale = next;
        inUnit = canonical / scale.factor;
        decimals = decimalsFor(inUnit);
    }
    return { scale, inUnit, decimals };
}
function sign(value, text, signed) {
    if (!signed || text.startsWith(MINUS))
        return text;
    return /^[0.,]+$/.test(text.split(UNIT_SPACE)[0] ?? '') ? `±${text}` : value > 0 ? `+${text}` : text;
}
const withUnit = (number, unit) => `${number}${UNIT_SPACE}${unit}`;
/**
 * A mass of CO2e for display.
 * @param kgCO2e full-precision kilograms
 * @example formatMass(13964.3) // "14.0 t"; formatMass(552) // "552 kg"; formatMass(0.0031) // "3.1 g"
 */
function formatMass(kgCO2e, opts = {}) {
    const p = pick(kgCO2e, MASS);
    const unit = opts.co2e ? `${p.scale.unit}CO2e` : p.scale.unit;
    return sign(kgCO2e, withUnit(formatNumber(p.inUnit, p.decimals), unit), opts.signed);
}
/**
 * A mass the user set (a budget limit built without its config text): the display unit, but up to
 * six significant figures and no trailing zeros, since a limit is exact (`50 tCO2e`, `0.25 kgCO2e`).
 */
function formatMassSet(kgCO2e, opts = {}) {
    const p = pick(kgCO2e, MASS);
    const unit = opts.co2e ? `${p.scale.unit}CO2e` : p.scale.unit;
    const exact = Number(p.inUnit.toPrecision(6));
    return sign(kgCO2e, withUnit(formatNumber(exact, Math.min(6, (String(Math.abs(exact)).split('.')[1] ?? '').length)), unit), opts.signed);
}
/**
 * A mass in a given unit (a budget's actuals in the unit its limit was written in: `5.2 t` beside
 * `6 tCO2e`), with the rounding rule applied in that unit.
 */
function formatMassIn(kgCO2e, unit, opts = {}) {
    const scale = MASS.find((s) => s.unit === unit);
    const inUnit = kgCO2e / scale.factor;
    return sign(kgCO2e, withUnit(formatNumber(inUnit, decimalsFor(inUnit)), opts.co2e ? `${unit}CO2e` : unit), opts.signed);
}
/** A signed mass difference: `+1.8 t`, `−320 kg`, `±0 kg`. */
function formatMassDelta(kgCO2e, opts = {}) {
    return formatMass(kgCO2e, { ...opts, signed: true });
}
/**
 * Facility or IT energy for display.
 * @param kWh full-precision kilowatt-hours
 * @example formatEnergy(36270.08) // "36.3 MWh"
 */
function formatEnergy(kWh, opts = {}) {
    const p = pick(kWh, ENERGY);
    return sign(kWh, withUnit(formatNumber(p.inUnit, p.decimals), p.scale.unit), opts.signed);
}
/**
 * A share as a percentage: `0.17` is `17 %` (`+17 %` when signed).
 * @param share a ratio (1 is 100 %)
 */
function formatPercent(share, opts = {}) {
    const pct = share * 100;
    // Whole percents from 10 up (`17 %`): a tenth of a percent there is noise, not information.
    const rounded = Number(pct.toFixed(decimalsFor(pct)));
    const decimals = Math.abs(rounded) >= 10 ? 0 : decimalsFor(pct);
    return sign(share, withUnit(formatNumber(pct, decimals), '%'), opts.signed);
}
/** A share the user set (an increase limit built without its config text): `10 %`, `2.5 %`, exact. */
function formatPercentSet(share) {
    return withUnit(String(Number((share * 100).toPrecision(6))), '%');
}
/**
 * A part of a whole (a phase's share of the total): whole percents, and `<1 %` for a part that is
 * not zero but would round to `0 %` or show noise decimals beside `98 %`.
 */
function formatShareOfTotal(share) {
    if (share > 0 && share < 0.01)
        return withUnit('<1', '%');
    if (share < 1 && share > 0.99)
        return withUnit('>99', '%');
    return withUnit(formatNumber(share * 100, 0), '%');
}
/** A signed percentage change: `+17 %`, `−4.2 %`. */
function formatPercentDelta(share) {
    return formatPercent(share, { signed: true });
}
/** Ends of a range in the central value's unit, with at least the central's decimals for small ends. */
function endsInUnit(r, p, signed) {
    const end = (v) => {
        const inUnit = v / p.scale.factor;
        const d = Math.abs(inUnit) < 1 ? Math.max(p.decimals, 1) : decimalsFor(inUnit);
        const text = formatNumber(inUnit, d);
        return signed && inUnit > 0 && !/^[0.,]+$/.test(text) ? `+${text}` : text;
    };
    // An en dash between two signed numbers reads as a minus; spell it out then.
    const separator = signed && (r.low < 0 || r.high < 0) ? ' to ' : '–';
    return withUnit(`${end(r.low)}${separator}${end(r.high)}`, p.scale.unit);
}
/**
 * A central mass with its low-high range, both in the central's unit: `14.0 t (9.2–21.5 t)`.
 * An exact value (low = central = high) is shown alone.
 */
function formatMassRange(r, opts = {}) {
    const head = formatMass(r.central, opts);
    if (r.low === r.central && r.high === r.central)
        return head;
    const p = pick(r.central, MASS);
    return `${head} (${endsInUnit(r, p, opts.signed === true)})`;
}
/** The low-high range alone, in the central's unit: `9.2–21.5 t`. */
function formatRangeEnds(r, opts = {}) {
    return endsInUnit(r, pick(r.central, MASS), opts.signed === true);
}
/**
 * Grid intensity for display, in gCO2e/kWh (the unit grid datasets publish): `385 gCO2e/kWh`.
 * @param kgPerKWh kgCO2e per kWh
 */
function formatIntensity(kgPerKWh) {
    return withUnit(formatNumber(kgPerKWh * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .G_PER_KG */ .P$), 'gCO2e/kWh');
}
/** An intensity as a manifest or a dataset gave it, to six significant figures (a description, not a table cell): `412.5 gCO2e/kWh`. */
function formatIntensityGiven(kgPerKWh) {
    return `${+(kgPerKWh * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .G_PER_KG */ .P$).toPrecision(6)} gCO2e/kWh`;
}
/**
 * A duration in the largest sensible unit: `45 s`, `2.8 min`, `40.3 h`; a whole number of its unit
 * stays whole (`30 s`, `40 h`). Hours stay the top unit, as training runs are quoted (`1,200 h`), and
 * a `from → to` pair never mixes hours and days.
 * @param hours full-precision hours
 */
function formatDuration(hours) {
    const a = Math.abs(hours);
    const [value, unit] = a * 60 < 1 ? [hours * 3600, 's'] : a < 1 ? [hours * 60, 'min'] : [hours, 'h'];
    // A whole number of its unit stays whole (`40 h`, not `40.0 h`): durations are often set, not measured.
    const whole = Math.abs(value - Math.round(value)) < 1e-9 * Math.max(1, Math.abs(value));
    return withUnit(formatNumber(value, whole ? 0 : decimalsFor(value)), unit);
}
/** Power for display: `400 W`, `1.2 kW`, `3.4 MW` (a phase's rated capacity). */
function formatPower(watts) {
    const p = pick(watts, POWER);
    return withUnit(formatNumber(p.inUnit, p.decimals), p.scale.unit);
}
/** Training against inference carbon as a ratio of the larger to 1: 2 reads `2.0:1`, 0.5 reads `1:2.0`. */
function formatRatio(trainingToInference) {
    return trainingToInference >= 1 ? `${trainingToInference.toFixed(1)}:1` : `1:${(1 / trainingToInference).toFixed(1)}`;
}
/** A hardware lifetime in years (a year is 8,760 h): `4 y`, `5.5 y`. */
function formatLifetime(hours) {
    return withUnit(String(+(hours / _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOURS_PER_YEAR */ .yw).toFixed(3)), 'y');
}
/** PUE to the two decimals datacenters publish: `1.10` (a range reads evenly: `1.10–1.14`). */
function formatPue(pue) {
    return pue.toFixed(2);
}
/** A PUE as given: at least two decimals and any more it had (`1.10`, `1.135`), for a figure one experiment used. */
function formatPueGiven(pue) {
    return Math.abs(Math.round(pue * 100) - pue * 100) < 1e-9 ? pue.toFixed(2) : String(Number(pue.toFixed(4)));
}
/** A UTC date (`2026-03-01`) from ms or an ISO string; pure (no clock). */
function formatDate(at) {
    const ms = typeof at === 'number' ? at : Date.parse(at);
    return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : String(at).slice(0, 10);
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A short UTC day (`Oct 6`) from ms or an ISO string, for chart axes; pure (no clock, no locale). */
function formatDay(at) {
    const ms = typeof at === 'number' ? at : Date.parse(at);
    if (!Number.isFinite(ms))
        return String(at).slice(0, 10);
    const d = new Date(ms);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
}
/** `2026-11-26T04:00Z` for an hour start; seconds only when they are not zero. */
function formatInstant(ms) {
    const iso = new Date(ms).toISOString();
    return iso.slice(17, 23) === '00.000' ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}
/**
 * A UTC instant in ISO 8601 with its seconds, without `.000` (`2024-03-01T00:00:10Z`), as logs and
 * manifests write it (messages quote it); a time Date cannot hold (beyond ±8.64e15 ms, or not a
 * number) as its raw ms.
 */
function formatTimestamp(ms) {
    return Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString().replace('.000Z', 'Z') : `${ms} ms after 1970`;
}
/**
 * A file size for a message (`6.3 kB`, `420 MB`, `1.2 GB`): decimal units, as `ls -h --si` and
 * the limits in carbon-budget.yml count them. A plain space: it is read in logs, not typeset.
 */
function formatBytes(bytes) {
    if (bytes >= 1e9)
        return `${(bytes / 1e9).toFixed(1)} GB`;
    if (bytes >= 1e6)
        return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
    return `${(bytes / 1e3).toFixed(1)} kB`;
}


/***/ }),

/***/ 7564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ KG_PER_LB),
/* harmony export */   GD: () => (/* binding */ expectedText),
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   P$: () => (/* binding */ G_PER_KG),
/* harmony export */   VZ: () => (/* binding */ formatQuantity),
/* harmony export */   WN: () => (/* binding */ isUnitProblem),
/* harmony export */   _L: () => (/* binding */ SECOND_MS),
/* harmony export */   es: () => (/* binding */ J_PER_KWH),
/* harmony export */   iQ: () => (/* binding */ HOUR_MS),
/* harmony export */   "in": () => (/* binding */ quantityPattern),
/* harmony export */   kg: () => (/* binding */ MINUTE_MS),
/* harmony export */   nT: () => (/* binding */ HOUR_S),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   pg: () => (/* binding */ W_PER_KW),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   yw: () => (/* binding */ HOURS_PER_YEAR)
/* harmony export */ });
/* unused harmony exports CANONICAL_UNIT, unitsOf, editDistance */
/**
 * Quantities with units. Manifests write `400 W`, `0.385 kgCO2e/kWh`, `6 y`; the core keeps one
 * canonical unit per dimension and puts it in every name (`powerW`, `durationH`, `energyKWh`).
 */
/** The canonical unit of each dimension: every number inside the core is in one of these. */
const CANONICAL_UNIT = {
    power: 'W',
    duration: 'h',
    energy: 'kWh',
    mass: 'kgCO2e',
    intensity: 'kgCO2e/kWh',
    ratio: '%',
    'capacity-carbon': 'kgCO2e/kW',
};
// A year is 365 days (8,760 h), the convention of the hardware LCAs and of BLOOM's amortization.
const HOURS_PER_YEAR = 8760;
const SECOND_MS = 1000;
const HOUR_S = 3600;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Watts in a kilowatt: W × h / W_PER_KW is kWh. */
const W_PER_KW = 1000;
/** Grams in a kilogram: intensities are kept in kgCO2e/kWh and written in gCO2e/kWh. */
const G_PER_KG = 1000;
/** Joules in a kilowatt-hour. */
const J_PER_KWH = 3.6e6;
const KG_PER_LB = 0.45359237;
/** Factor from each accepted unit to the canonical unit of its dimension. */
const FACTORS = {
    power: { mW: 1e-3, W: 1, kW: 1e3, MW: 1e6 },
    duration: { ms: 1 / HOUR_MS, s: 1 / 3600, min: 1 / 60, h: 1, d: 24, w: 168, y: HOURS_PER_YEAR },
    energy: { mJ: 1 / 3.6e9, J: 1 / J_PER_KWH, kJ: 1 / 3.6e3, MJ: 1 / 3.6, Wh: 1e-3, kWh: 1, MWh: 1e3, GWh: 1e6 },
    mass: { gCO2e: 1e-3, kgCO2e: 1, tCO2e: 1e3, ktCO2e: 1e6, lbsCO2e: KG_PER_LB },
    intensity: {
        'gCO2e/kWh': 1e-3,
        'kgCO2e/kWh': 1,
        'tCO2e/MWh': 1,
        'kgCO2e/MWh': 1e-3,
        'lbsCO2e/MWh': KG_PER_LB / 1000,
    },
    ratio: { '%': 1 },
    'capacity-carbon': { 'kgCO2e/kW': 1, 'tCO2e/MW': 1, 'kgCO2e/MW': 1e-3, 'tCO2e/kW': 1e3 },
};
/** Spellings users write for the same unit; folded before lookup. */
const ALIASES = {
    sec: 's', secs: 's', second: 's', seconds: 's', mins: 'min', minute: 'min', minutes: 'min',
    hr: 'h', hrs: 'h', hour: 'h', hours: 'h', day: 'd', days: 'd', week: 'w', weeks: 'w',
    yr: 'y', yrs: 'y', year: 'y', years: 'y', a: 'y',
};
/** The units accepted for a dimension, for error messages. */
function unitsOf(dimension) {
    return Object.keys(FACTORS[dimension]);
}
const QUANTITY = /^\s*([+-]?(?:\d[\d_,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([^\s\d].*?)?\s*$/;
function normalizeUnit(raw) {
    const compact = raw.replace(/\s+/g, '').replace(/CO2eq|CO₂e|CO2-eq|CO2/g, (m) => (m === 'CO2' ? 'CO2e' : 'CO2e'));
    const fixed = compact.replace(/CO2ee/g, 'CO2e').replace(/^lb(?=CO2e)/, 'lbs');
    return ALIASES[fixed] ?? fixed;
}
/** Expected-unit text for messages: `a power such as "400 W" (W, kW, MW)`. */
function expectedText(dimension) {
    const examples = {
        power: '400 W', duration: '40.25 h', energy: '36 MWh', mass: '150 kgCO2e',
        intensity: '385 gCO2e/kWh', ratio: '85 %', 'capacity-carbon': '1200 kgCO2e/kW',
    };
    return `a ${dimension === 'capacity-carbon' ? 'construction carbon per IT capacity' : dimension} with a unit, such as "${examples[dimension]}" (${unitsOf(dimension).join(', ')})`;
}
/**
 * Parses `"400 W"` as 400 W, `"30 min"` as 0.5 h, `"85 %"` as 0.85.
 * @returns the canonical value, or a problem naming the expected unit; never a guess.
 * @example parseQuantity('0.4 kW', 'power') // { value: 400, unit: 'kW' }
 */
function parseQuantity(text, dimension) {
    const expected = expectedText(dimension);
    const match = QUANTITY.exec(text);
    if (!match)
        return { expected, message: `"${text}" is not a number with a unit; expected ${expected}` };
    const numberText = match[1].replace(/[_,]/g, '');
    const value = Number(numberText);
    const unitText = match[2];
    if (!Number.isFinite(value))
        return { expected, message: `"${text}" is not a finite number; expected ${expected}` };
    if (unitText === undefined || unitText === '') {
        const suggestion = `${numberText} ${CANONICAL_UNIT[dimension]}`;
        return { expected, suggestion, message: `"${text}" has no unit; expected ${expected}` };
    }
    const unit = normalizeUnit(unitText);
    const factor = FACTORS[dimension][unit];
    if (factor === undefined) {
        const near = nearest(unit, unitsOf(dimension));
        const other = Object.keys(FACTORS).find((d) => FACTORS[d][unit] !== undefined);
        const hint = other ? ` ("${unitText}" is a unit of ${other}, not ${dimension})` : '';
        return {
            expected,
            suggestion: `${numberText} ${near}`,
            message: `unknown unit "${unitText}" in "${text}"${hint}; expected ${expected}`,
        };
    }
    const scaled = dimension === 'ratio' ? value / 100 : value * factor;
    return { value: scaled, unit };
}
function isUnitProblem(x) {
    return 'message' in x;
}
/**
 * A regular expression (ECMA-262, as JSON Schema's `pattern`) for the quantities `parseQuantity`
 * accepts in a dimension: the same number grammar without a sign, every unit and alias spelling,
 * spaces anywhere in the unit and the CO2 variants `normalizeUnit` folds. Bounds are not in it (a
 * pattern cannot compare values across units), except `positive`, which refuses a written zero.
 */
function quantityPattern(dimension, bounds = {}) {
    const spaced = (text) => [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*');
    const co2 = CO2_PATTERN;
    const unit = (spelling) => {
        const [before, after] = spelling.split('CO2e');
        if (after === undefined)
            return spaced(spelling);
        const prefix = before === 'lbs' ? `${spaced('lb')}(?:\\s*s)?` : spaced(before);
        return `${prefix}${before ? '\\s*' : ''}${co2}${after ? `\\s*${spaced(after)}` : ''}`;
    };
    const spellings = [...unitsOf(dimension), ...Object.keys(ALIASES).filter((a) => FACTORS[dimension][ALIASES[a]] !== undefined)];
    const number = '\\+?(?:\\d[\\d_,]*(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?';
    const zero = bounds.positive ? '(?!\\s*\\+?(?:0[0_,]*(?:\\.0*)?|\\.0+)(?:[eE][+-]?\\d+)?\\s*[^\\s\\d.eE_,0])' : '';
    return `^${zero}\\s*${number}\\s*(?:${spellings.map(unit).join('|')})\\s*$`;
}
/** CO2, CO2e, CO2eq, CO2-eq, CO₂e, spaces anywhere: the spellings `normalizeUnit` folds to CO2e. */
const CO2_PATTERN = '(?:C\\s*O\\s*(?:2(?:\\s*e(?:\\s*q)?|\\s*-\\s*e\\s*q)?|\u2082\\s*e))';
/**
 * Writes a canonical value in the given unit, with enough digits that parsing it back gives the
 * same number (`formatQuantity(400, 'power', 'kW')` is `"0.4 kW"`).
 */
function formatQuantity(value, dimension, unit = CANONICAL_UNIT[dimension]) {
    const factor = FACTORS[dimension][unit];
    if (factor === undefined)
        throw new RangeError(`unit ${unit} is not a unit of ${dimension}`);
    const inUnit = dimension === 'ratio' ? value * 100 : value / factor;
    return `${String(inUnit)} ${unit}`;
}
/** The closest string by edit distance (ties: the first); for "did you mean". */
function nearest(word, candidates) {
    let best = candidates[0] ?? '';
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
        const d = editDistance(lower, candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** Levenshtein distance, bounded to short strings (names, units, ids). */
function editDistance(a, b) {
    const x = a.slice(0, 200);
    const y = b.slice(0, 200);
    let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            const cost = x[i - 1] === y[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[y.length];
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: external "node:tty"
const external_node_tty_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./lib/core/config.js
var config = __nccwpck_require__(6641);
// EXTERNAL MODULE: ./lib/core/errors.js + 1 modules
var core_errors = __nccwpck_require__(8782);
// EXTERNAL MODULE: ./lib/commands/descriptions.js
var descriptions = __nccwpck_require__(6683);
;// CONCATENATED MODULE: ./lib/commands/index.js

/** A command whose code is imported when it runs (start-up: `--help` and report load none). */
const lazy = (description, load) => ({
    ...description,
    run: async (args, io) => (await load()).run(args, io),
});
/** The commands beside report and check, by name. */
const COMMANDS = new Map([
    lazy(descriptions/* INIT */.Zz, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(90), __nccwpck_require__.e(170), __nccwpck_require__.e(441), __nccwpck_require__.e(331), __nccwpck_require__.e(790)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4790))).initCommand),
    lazy(descriptions/* VALIDATE */.vY, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(90), __nccwpck_require__.e(170), __nccwpck_require__.e(441), __nccwpck_require__.e(331), __nccwpck_require__.e(374)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6374))).validateCommand),
    lazy(descriptions/* EXPLAIN */.GM, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(90), __nccwpck_require__.e(170), __nccwpck_require__.e(441), __nccwpck_require__.e(325)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7325))).explainCommand),
].map((c) => [c.name, c]));

;// CONCATENATED MODULE: ./lib/cli.js





const USAGE = `Usage:
  carbon-budget report [DIR] [--config FILE] [--format text|markdown|json]
  carbon-budget check [DIR] --base REF [--head REF] [--history N] [--config FILE] [--format text|markdown|json]

${[...COMMANDS.values()].map((c) => `  ${c.usage}`).join('\n')}

report  the footprint of the experiments in DIR (default: the current folder)
check   head vs base with budgets and the base branch's trend; exit 0 pass, 1 a budget failed under fail-on, 2 bad input
${[...COMMANDS.values()].map((c) => `${c.name.padEnd(7)} ${c.summary}`).join('\n')}`;
/**
 * Runs one command. Never throws for bad input: problems go to stderr with file, line and field.
 * @returns the exit code; only the bin sets `process.exitCode`.
 */
async function main(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.stdout(USAGE + '\n');
        return command === undefined ? 2 : 0;
    }
    // init, validate, explain: src/commands/, each parsing its own arguments.
    const other = COMMANDS.get(command);
    if (other)
        return other.run(rest, { ...io, usage: (message) => usage(io, message) });
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...rest],
            allowPositionals: true,
            options: {
                config: { type: 'string' },
                format: { type: 'string', default: 'text' },
                base: { type: 'string' },
                head: { type: 'string' },
                history: { type: 'string' },
            },
        });
    }
    catch (error) {
        io.stderr(`carbon-budget: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    const format = values.format;
    if (!['text', 'markdown', 'json'].includes(format))
        return usage(io, `--format must be text, markdown or json, not "${format}"`);
    if (positionals.length > 1)
        return usage(io, `one DIR at most, got ${positionals.length}: ${positionals.join(' ')}`);
    const dir = (0,external_node_path_.resolve)(io.cwd, positionals[0] ?? '.');
    const progress = io.onProgress;
    if (command === 'report') {
        if (values.base !== undefined || values.head !== undefined || values.history !== undefined)
            return usage(io, '--base, --head and --history belong to check');
        const { runReport, streamReport } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(90), __nccwpck_require__.e(170), __nccwpck_require__.e(441), __nccwpck_require__.e(755)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1755));
        const opts = { dir, configPath: values.config, onProgress: progress };
        if (format === 'json') {
            // Streamed, a batch of experiments at a time, each assessed as it is written: a large repo's
            // JSON is never one string, nor its results one array.
            const loaded = await streamReport(opts);
            if (!loaded.stream)
                return fail(io, loaded.problems);
            warn(io, loaded.problems);
            const { reportJsonStream } = await __nccwpck_require__.e(/* import() */ 544).then(__nccwpck_require__.bind(__nccwpck_require__, 7544));
            const { start, experiments, end } = loaded.stream;
            let batch = '';
            for (const piece of reportJsonStream(start, experiments, end)) {
                batch += piece;
                if (batch.length > OUTPUT_BATCH_CHARS) {
                    io.stdout(batch);
                    batch = '';
                    await io.drained?.();
                }
            }
            io.stdout(`${batch}\n`);
        }
        else {
            const loaded = await runReport(opts);
            if (!loaded.report)
                return fail(io, loaded.problems);
            warn(io, loaded.problems);
            const r = loaded.report;
            // Budgets in the config: judged on this tree alone (no base, so the increase budget does not apply).
            const b = loaded.config.budgets;
            const hasBudgets = b.total !== undefined || Object.keys(b.phases).length > 0 || b.experiments.length > 0 || b.sci.length > 0;
            const budgets = hasBudgets ? (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(170), __nccwpck_require__.e(344)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9344))).compare(undefined, r, b, { failOn: loaded.config.failOn }).budgets.filter((x) => x.kind !== 'increase') : [];
            if (format === 'markdown')
                io.stdout(lines((await Promise.all(/* import() */[__nccwpck_require__.e(486), __nccwpck_require__.e(952)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6952))).renderReportMarkdown(r, { budgets })));
            else
                io.stdout(lines((await Promise.all(/* import() */[__nccwpck_require__.e(486), __nccwpck_require__.e(801)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2801))).renderReportText(r, { budgets, width: io.columns })));
        }
        return 0;
    }
    if (command === 'check') {
        if (values.base === undefined)
            return usage(io, 'check needs --base REF (the branch or commit to compare against)');
        const history = values.history === undefined ? undefined : (0,config/* parseHistory */.i6)(values.history);
        if (values.history !== undefined && history === undefined)
            return usage(io, `--history takes a whole number from 0 to ${config/* MAX_HISTORY */.oe}, not "${values.history}"`);
        const { runCheck } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(90), __nccwpck_require__.e(170), __nccwpck_require__.e(441), __nccwpck_require__.e(344), __nccwpck_require__.e(826)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5826));
        const result = await runCheck({
            repoDir: dir,
            baseRef: values.base,
            headRef: values.head,
            history,
            configPath: values.config,
            onProgress: progress,
        });
        if (!result.comparison)
            return fail(io, result.problems);
        warn(io, result.problems);
        const c = result.comparison;
        if (format === 'json')
            io.stdout(lines(JSON.stringify((await __nccwpck_require__.e(/* import() */ 544).then(__nccwpck_require__.bind(__nccwpck_require__, 7544))).checkJson(c), null, 2)));
        else if (format === 'markdown')
            io.stdout(lines((await Promise.all(/* import() */[__nccwpck_require__.e(486), __nccwpck_require__.e(952)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6952))).renderCheckMarkdown(c)));
        else
            io.stdout(lines((await Promise.all(/* import() */[__nccwpck_require__.e(486), __nccwpck_require__.e(801)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2801))).renderCheckText(c, { width: io.columns })));
        return c.verdict === 'fail' ? 1 : 0;
    }
    return usage(io, `unknown command "${command}"; expected report, check or ${[...COMMANDS.keys()].join(', ')}`);
}
const OUTPUT_BATCH_CHARS = 1 << 16;
/** Output ends with exactly one newline, whatever the renderer returned (a loop: `/\n*$/` retries at every position of a long text). */
function lines(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10)
        end--;
    return `${text.slice(0, end)}\n`;
}
function usage(io, message) {
    io.stderr(`carbon-budget: ${message}\n\n${USAGE}\n`);
    return 2;
}
function fail(io, problems) {
    const errors = problems.filter((p) => p.severity === 'error');
    io.stderr(problems.map(core_errors/* formatProblem */.Vw).join('\n') + `\n\ncarbon-budget: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was computed.\n`);
    return 2;
}
function warn(io, problems) {
    const warnings = problems.filter((p) => p.severity === 'warning');
    if (warnings.length)
        io.stderr(warnings.map(core_errors/* formatProblem */.Vw).join('\n') + '\n');
}

// EXTERNAL MODULE: ./lib/core/format.js
var format = __nccwpck_require__(5888);
;// CONCATENATED MODULE: ./lib/cli-progress.js

/**
 * A progress callback that draws `file 42 % (420 MB of 1.0 GB)` on a terminal once an ingest has
 * run for a second; nothing when `out` is not a TTY or in CI, so JSON output and CI logs stay clean.
 * @param now the clock (injected for tests).
 */
function createTtyProgress(out, env, now) {
    const enabled = out.isTTY === true && !env.CI;
    const started = now();
    let drawn = false;
    let lastDraw = 0;
    return {
        onProgress(p) {
            if (!enabled)
                return;
            const t = now();
            if (t - started < 1000 || t - lastDraw < 100)
                return;
            lastDraw = t;
            drawn = true;
            const pct = p.totalBytes > 0 ? Math.floor((100 * p.bytesRead) / p.totalBytes) : 0;
            out.write(`\r${p.file} ${pct} % (${(0,format/* formatBytes */.z3)(p.bytesRead)} of ${(0,format/* formatBytes */.z3)(p.totalBytes)})\u001b[K`);
        },
        done() {
            if (drawn)
                out.write('\r\u001b[K');
        },
    };
}

;// CONCATENATED MODULE: ./lib/bin.js




// process.stderr is a stream built on first touch (a few ms of start-up): asked whether it is a
// terminal by its descriptor, it is built only when something is written to it.
const progress = createTtyProgress({ isTTY: (0,external_node_tty_namespaceObject.isatty)(2), write: (s) => process.stderr.write(s) }, process.env, Date.now);
// `carbon-budget report | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
// The only place that touches the process: argv in, exit code out. Never a stack trace for input.
main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    onProgress: progress.onProgress,
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    // A pipe takes writes asynchronously: without waiting, a large JSON would queue whole in memory.
    drained: () => (process.stdout.writableNeedDrain ? (0,external_node_events_namespaceObject.once)(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
}).then((code) => {
    progress.done();
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`carbon-budget: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report it with the command you ran.\n`);
    process.exitCode = 2;
});

