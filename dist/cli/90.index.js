export const id = 90;
export const ids = [90,755];
export const modules = {

/***/ 5888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   D5: () => (/* binding */ formatPercentSet),
/* harmony export */   JF: () => (/* binding */ formatShareOfTotal),
/* harmony export */   N5: () => (/* binding */ MINUS),
/* harmony export */   QE: () => (/* binding */ formatEnergy),
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
/* harmony export */   im: () => (/* binding */ formatDay),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   so: () => (/* binding */ formatMass),
/* harmony export */   wq: () => (/* binding */ formatMassSet),
/* harmony export */   zy: () => (/* binding */ formatPercentDelta)
/* harmony export */ });
/* unused harmony exports UNIT_SPACE, decimalsFor */
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
    return withUnit(formatNumber(kgPerKWh * 1000), 'gCO2e/kWh');
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
/** Power for display: `400 W`, `1.2 kW`. */
function formatPower(watts) {
    return Math.abs(watts) >= 1000 ? withUnit(formatNumber(watts / 1000), 'kW') : withUnit(formatNumber(watts), 'W');
}
/** PUE, to the two decimals datacenters publish: `1.10`. */
function formatPue(pue) {
    return pue.toFixed(2);
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


/***/ }),

/***/ 3090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/ingest/fs-source.js
var fs_source = __webpack_require__(6003);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/ingest/git-exec.js


// Git must never prompt (CI has no terminal), never read the machine's or user's config in ways that
// change output formats, and must not take the index lock on a work tree the user is editing.
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    GIT_PAGER: 'cat',
};
// What git may see of the caller's environment: where it runs, its own settings (GIT_*), and how to
// reach the origin (proxies, certificates). Never the rest: on a runner that holds the token input
// (INPUT_GITHUB-TOKEN), GITHUB_TOKEN and the runtime's own tokens, none of which git needs.
const PASSED = /^(PATH|HOME|TMPDIR|TEMP|TMP|USER|LOGNAME|SYSTEMROOT|XDG_CONFIG_HOME|SSL_CERT_FILE|SSL_CERT_DIR|SSH_AUTH_SOCK|GIT_(?!TERMINAL_PROMPT$)\w+|(?:HTTPS?|NO|ALL)_PROXY|(?:https?|no|all)_proxy)$/;
/** The environment every git child gets: the few variables above from the caller's, plus the settings above. */
function gitEnv(env = process.env) {
    const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED.test(name)));
    return { ...passed, ...GIT_ENV };
}
const DEFAULT_MAX_BYTES = 256 * 1024 ** 2;
/**
 * Runs `git -C dir ...args` without a shell (arguments are an array, so nothing in a ref or path is
 * ever interpreted) and returns its stdout as bytes.
 * @throws CarbonError with one `git` problem whose message summarizes git's stderr
 */
function runGit(dir, args, opts = {}) {
    const maxBuffer = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['-C', dir, ...args], { encoding: 'buffer', maxBuffer, env: gitEnv(), windowsHide: true }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout, code: 0 });
            const err = error;
            if (err.code === 'ENOENT')
                return reject(new errors/* CarbonError */.kk([gitMissing()]));
            if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                return reject(new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('too-large', `git ${args[0] ?? ''} printed more than ${maxBuffer} bytes`)]));
            }
            const code = typeof err.code === 'number' ? err.code : -1;
            if (opts.okCodes?.includes(code))
                return resolve({ stdout, code });
            reject(new errors/* CarbonError */.kk([gitFailure(args, stderr.toString('utf8'))]));
        });
    });
}
/** Runs git and returns stdout as trimmed UTF-8 text. */
async function git_exec_gitText(dir, args, opts = {}) {
    const { stdout } = await runGit(dir, args, opts);
    return stdout.toString('utf8').trim();
}
/** Starts a long-running git (a blob stream); the caller owns the child. */
function spawnGit(dir, args) {
    return (0,external_node_child_process_.spawn)('git', ['-C', dir, ...args], { env: gitEnv(), windowsHide: true });
}
/** `git is not installed` as a problem, for spawn errors. */
function gitMissing() {
    return (0,errors/* problem */.CC)('git', 'git is not installed or not on PATH; carbon-budget reads commits with the git CLI');
}
/** A failed git call as a problem: the command and the first lines of its stderr, no stack. */
function gitFailure(args, stderr) {
    return (0,errors/* problem */.CC)('git', `git ${summarizeArgs(args)} failed: ${summarizeStderr(stderr)}`);
}
/** The first meaningful lines of git's stderr, without `fatal:`/`error:` prefixes and hints. */
function summarizeStderr(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('hint:'))
        .map((l) => l.replace(/^(fatal|error|warning): /, ''));
    const text = lines.slice(0, 3).join('; ');
    if (text === '')
        return 'no message';
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
function summarizeArgs(args) {
    const shown = args.slice(0, 4).join(' ');
    return args.length > 4 ? `${shown} ...` : shown;
}

;// CONCATENATED MODULE: ./lib/ingest/worktree-source.js


/**
 * The working tree of a git repository, as `fsSource`, plus content ids for the files git knows
 * to be unchanged: such a file holds exactly its index blob, so `check` can reuse what it read of
 * the same blob at the base instead of reading a large log twice. Modified and untracked files
 * have no id and are always read.
 * @param dir the folder to report on (the repository root or a folder inside it)
 */
async function worktreeSource(dir) {
    const source = (0,fs_source/* fsSource */.R)(dir);
    // Paths from ls-files are relative to `dir`; status -z prints them from the repository root.
    const [listed, status, prefix] = await Promise.all([
        runGit(dir, ['ls-files', '--stage', '-z', '--', '.']),
        runGit(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', '.']),
        runGit(dir, ['rev-parse', '--show-prefix']),
    ]);
    const root = prefix.stdout.toString('utf8').trim();
    const dirty = new Set();
    const records = status.stdout.toString('utf8').split('\0');
    for (let i = 0; i < records.length; i++) {
        const r = records[i];
        if (r.length < 4)
            continue;
        // A rename or copy carries its source path in the next record.
        if (r[0] === 'R' || r[0] === 'C')
            i++;
        if (r[1] !== ' ')
            dirty.add(r.slice(3).startsWith(root) ? r.slice(3 + root.length) : r.slice(3));
    }
    const ids = new Map();
    for (const record of listed.stdout.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [, oid, stage] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        if (stage === '0' && oid !== undefined && !dirty.has(path))
            ids.set(path, oid);
    }
    return { ...source, contentId: async (path) => ids.get(path) };
}

// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/ingest/git-batch.js


const EMPTY = Buffer.alloc(0);
/**
 * One `git cat-file --batch` process per repository, reading many small blobs (manifests, configs,
 * series) and trees without a process per file. Requests are pipelined: each is written as soon as
 * it is made, so many reads in flight cost one round trip, not one each; answers come in order. An
 * object's bytes are copied once into a buffer of its size (never re-joined chunk by chunk). The
 * process is referenced only while a read is pending, so it never keeps the CLI alive.
 */
class BlobBatch {
    repoDir;
    mode;
    child;
    queue = [];
    /** Bytes received and not yet parsed: headers and small objects, never a large body. */
    pending = EMPTY;
    body;
    /** The LF that ends an object's bytes, when it has not arrived yet. */
    skipLf = false;
    stderr = '';
    constructor(repoDir, mode) {
        this.repoDir = repoDir;
        this.mode = mode;
    }
    read(oid) {
        return new Promise((resolve, reject) => {
            const child = this.start();
            this.queue.push({ oid, resolve, reject });
            if (this.queue.length === 1)
                this.setRef(true);
            child.stdin.write(`${oid}\n`);
        });
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        const child = spawnGit(this.repoDir, ['cat-file', this.mode]);
        this.child = child;
        this.pending = EMPTY;
        this.body = undefined;
        this.skipLf = false;
        child.stdout.on('data', (chunk) => this.receive(chunk));
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => {
            this.fail(new errors/* CarbonError */.kk([error.code === 'ENOENT' ? gitMissing() : gitFailure(['cat-file', '--batch'], error.message)]));
        });
        child.on('close', () => {
            if (this.child === child)
                this.child = undefined;
            this.fail(new errors/* CarbonError */.kk([gitFailure(['cat-file', '--batch'], this.stderr || 'git exited')]));
        });
        child.stdin.on('error', () => {
            // EPIPE when git died: the close handler reports it.
        });
        return child;
    }
    setRef(on) {
        const c = this.child;
        if (!c)
            return;
        for (const handle of [c, c.stdin, c.stdout, c.stderr]) {
            if (on)
                handle.ref?.();
            else
                handle.unref?.();
        }
    }
    receive(chunk) {
        let rest = chunk;
        const body = this.body;
        if (body) {
            const take = Math.min(rest.length, body.bytes.length - body.filled);
            rest.copy(body.bytes, body.filled, 0, take);
            body.filled += take;
            rest = rest.subarray(take);
            if (body.filled < body.bytes.length)
                return;
            this.body = undefined;
            this.skipLf = true;
            this.settle().resolve({ oid: body.oid, type: body.type, size: body.bytes.length, bytes: body.bytes });
        }
        this.pending = this.pending.length === 0 ? rest : Buffer.concat([this.pending, rest]);
        this.drain();
    }
    drain() {
        for (;;) {
            if (this.skipLf) {
                if (this.pending.length === 0)
                    return;
                this.pending = this.pending.subarray(1);
                this.skipLf = false;
            }
            const next = this.queue[0];
            if (!next)
                return;
            const eol = this.pending.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = this.pending.subarray(0, eol).toString('utf8');
            this.pending = this.pending.subarray(eol + 1);
            const [oid, type, sizeText] = header.split(' ');
            if (type === 'missing' || type === undefined || sizeText === undefined) {
                this.settle().reject(new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git', `object ${oid ?? next.oid} is missing from the repository`)]));
                continue;
            }
            const size = Number(sizeText);
            if (this.mode === '--batch-check') {
                this.settle().resolve({ oid: oid, type, size, bytes: EMPTY });
                continue;
            }
            if (this.pending.length >= size) {
                const bytes = Buffer.from(this.pending.subarray(0, size));
                this.pending = this.pending.subarray(size);
                this.skipLf = true;
                this.settle().resolve({ oid: oid, type, size, bytes });
                continue;
            }
            // A body larger than what has arrived: the rest is copied into it as it comes.
            const bytes = Buffer.allocUnsafe(size);
            this.pending.copy(bytes, 0);
            this.body = { oid: oid, type, bytes, filled: this.pending.length };
            this.pending = EMPTY;
            return;
        }
    }
    settle() {
        const done = this.queue.shift();
        if (this.queue.length === 0)
            this.setRef(false);
        return done;
    }
    fail(error) {
        this.body = undefined;
        for (const pending of this.queue.splice(0))
            pending.reject(error);
    }
}
const batches = new Map();
function batchFor(repoDir, mode) {
    const key = `${mode}\0${repoDir}`;
    let batch = batches.get(key);
    if (!batch) {
        batch = new BlobBatch(repoDir, mode);
        batches.set(key, batch);
    }
    return batch;
}
/**
 * An object (`<oid>`, or an expression such as `<sha>^{tree}`) with its bytes, read through the
 * repository's shared `cat-file --batch` process.
 */
function readObject(repoDir, spec) {
    return batchFor(repoDir, '--batch').read(spec);
}
/** The bytes of a blob, read through the shared `cat-file --batch` process. */
async function readBlob(repoDir, oid) {
    return (await readObject(repoDir, oid)).bytes;
}
const FULL_OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const stats = new Map();
const MAX_CACHED_STATS = 200_000;
/**
 * Type and size of an object, without its bytes (`cat-file --batch-check`). An object id names
 * the same bytes forever, so answers for full ids are kept: a manifest's size is asked for once
 * per run, however many commits of the trend hold it.
 */
function statObject(repoDir, spec) {
    if (!FULL_OID.test(spec))
        return batchFor(repoDir, '--batch-check').read(spec);
    const key = `${repoDir}\0${spec}`;
    let stat = stats.get(key);
    if (!stat) {
        stat = batchFor(repoDir, '--batch-check').read(spec);
        stats.set(key, stat);
        stat.catch(() => stats.delete(key));
        if (stats.size > MAX_CACHED_STATS)
            stats.delete(stats.keys().next().value);
    }
    return stat;
}
/** Ends every batch process (tests; long-running hosts). */
function closeBlobReaders() {
    for (const batch of batches.values())
        batch.close();
    batches.clear();
    stats.clear();
}

;// CONCATENATED MODULE: ./lib/ingest/git-source.js





const DEFAULT_MAX_TEXT_BYTES = 64 * 1024 ** 2;
/**
 * A repo-relative POSIX path in canonical form (`./a//b/../c` is `a/c`), or undefined when it is
 * absolute or would leave the repository: such a path is never opened.
 */
function normalizeRepoPath(path) {
    // The same paths are asked for at every commit of the trend: remember the answers.
    const known = normalized.get(path);
    if (known !== undefined || normalized.has(path))
        return known;
    if (normalized.size >= MAX_NORMALIZED)
        normalized.clear();
    const normal = normalize(path);
    normalized.set(path, normal);
    return normal;
}
const normalized = new Map();
const MAX_NORMALIZED = 200_000;
function normalize(path) {
    const slashed = path.replace(/\\/g, '/');
    if (slashed === '' || slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed) || slashed.includes('\0'))
        return undefined;
    const normal = external_node_path_.posix.normalize(slashed).replace(/\/+$/, '');
    if (normal === '.' || normal === '..' || normal.startsWith('../'))
        return undefined;
    return normal;
}
/** True for paths under `.git` or `node_modules` at any depth: never carbon files. */
function isIgnoredPath(path) {
    return path.split('/').some((segment) => segment === '.git' || segment === 'node_modules');
}
/**
 * Lists the regular files of a commit with their blob ids, skipping symlinks, submodules, `.git`
 * and `node_modules` (which are not even descended into). Blob ids key the history cache.
 */
function listTree(repoDir, sha) {
    // A commit's tree never changes: the trend and the report at the same commit share one listing.
    const key = `${repoDir}\0${sha}`;
    const cached = trees.get(key);
    if (cached)
        return cached;
    const listing = readTree(repoDir, sha);
    trees.set(key, listing);
    listing.catch(() => trees.delete(key));
    if (trees.size > MAX_CACHED_TREES)
        trees.delete(trees.keys().next().value);
    return listing;
}
const trees = new Map();
const MAX_CACHED_TREES = 32;
const MODE_TREE = '40000';
const REGULAR_MODES = new Set(['100644', '100755', '100664']);
// A tree object never changes: its listing is kept by tree id, so a commit that changed one file
// re-reads only the trees on that file's path, not the whole repository (the trend lists every
// commit it covers). Bounded by the entries held, oldest listings dropped first.
const listings = new Map();
const MAX_CACHED_ENTRIES = 2_000_000;
let cachedEntries = 0;
function listingOf(repoDir, treeOid, bytes) {
    const key = `${repoDir}\0${treeOid}`;
    const hit = listings.get(key);
    if (hit)
        return hit.listing;
    const held = { listing: (bytes ?? readObject(repoDir, treeOid).then((o) => o.bytes)).then((b) => parseTree(repoDir, b, treeOid.length / 2)), size: 0 };
    listings.set(key, held);
    held.listing.then((listing) => {
        if (listings.get(key) !== held)
            return;
        held.size = listing.length;
        cachedEntries += listing.length;
        for (const [oldKey, old] of listings) {
            if (cachedEntries <= MAX_CACHED_ENTRIES || old === held)
                break;
            listings.delete(oldKey);
            cachedEntries -= old.size;
        }
    }, () => listings.delete(key));
    return held.listing;
}
// Tree objects are read through the shared `cat-file --batch` process rather than `ls-tree -r`:
// the trend lists many commits, and a process per listing costs more than the listing. Subtrees
// are asked for all at once, so their reads are pipelined.
async function parseTree(repoDir, bytes, oidBytes) {
    const files = [];
    const subtrees = [];
    let i = 0;
    while (i < bytes.length) {
        const space = bytes.indexOf(0x20, i);
        const nul = bytes.indexOf(0, space);
        if (space < 0 || nul < 0)
            break;
        const mode = bytes.toString('latin1', i, space);
        const name = bytes.toString('utf8', space + 1, nul);
        const oid = bytes.toString('hex', nul + 1, nul + 1 + oidBytes);
        i = nul + 1 + oidBytes;
        if (isIgnoredPath(name))
            continue;
        if (mode === MODE_TREE)
            subtrees.push({ name, listing: listingOf(repoDir, oid) });
        else if (REGULAR_MODES.has(mode))
            files.push([name, { oid }]);
        // 120000 (symlink) and 160000 (submodule) are never read: they could point outside the repo.
    }
    for (const { name, listing } of subtrees)
        for (const [path, entry] of await listing)
            files.push([`${name}/${path}`, entry]);
    return files;
}
async function readTree(repoDir, sha) {
    let root;
    try {
        root = await readObject(repoDir, `${sha}^{tree}`);
    }
    catch {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git', `commit ${sha} is not in this repository`)]);
    }
    const found = [...(await listingOf(repoDir, root.oid, Promise.resolve(root.bytes)))];
    found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return new Map(found);
}
// Small texts (the config, manifests) kept by blob id: the config is read at every commit of the
// trend, and so is a manifest that a later commit changes back.
const texts = new Map();
const MAX_CACHED_TEXT_BYTES = 32 * 1024 ** 2;
const MAX_CACHED_TEXT_SIZE = 1024 ** 2;
let cachedTextBytes = 0;
/** A blob decoded as UTF-8, or undefined when it is not valid UTF-8. */
function textOf(repoDir, oid, size) {
    const decode = (bytes) => {
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            return undefined;
        }
    };
    if (size > MAX_CACHED_TEXT_SIZE)
        return readBlob(repoDir, oid).then(decode);
    const key = `${repoDir}\0${oid}`;
    const hit = texts.get(key);
    if (hit)
        return hit.text;
    const held = { text: readBlob(repoDir, oid).then(decode), size };
    texts.set(key, held);
    cachedTextBytes += size;
    held.text.catch(() => {
        if (texts.get(key) === held) {
            texts.delete(key);
            cachedTextBytes -= size;
        }
    });
    for (const [oldKey, old] of texts) {
        if (cachedTextBytes <= MAX_CACHED_TEXT_BYTES || old === held)
            break;
        texts.delete(oldKey);
        cachedTextBytes -= old.size;
    }
    return held.text;
}
/**
 * The files of one commit, read from git objects: nothing is checked out, so the work tree may be
 * dirty or on another branch.
 * @param repoDir any directory inside the repository
 * @param sha a full commit id (resolve refs first with `resolveRef`)
 * @example const base = gitSource('/repo', await mergeBase('/repo', 'origin/main', 'HEAD'))
 */
function gitSource(repoDir, sha, opts = {}) {
    const maxTextBytes = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
    const prefix = opts.subdir === undefined ? '' : `${normalizeRepoPath(opts.subdir) ?? ''}/`.replace(/^\/$/, '');
    let tree;
    const entries = () => (tree ??= listTree(repoDir, sha).then((all) => underPrefix(all, prefix)));
    const description = `commit ${sha.slice(0, 7)}`;
    const lookup = async (path) => {
        const normal = normalizeRepoPath(path);
        if (normal === undefined) {
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('path', `"${path}" is outside the repository; paths are relative to the repository root`)]);
        }
        const entry = (await entries()).get(normal);
        if (!entry)
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('io', `${normal} does not exist in ${description} (or is a symlink or submodule)`)]);
        return { path: normal, entry };
    };
    return {
        description,
        async listFiles() {
            return [...(await entries()).keys()];
        },
        async stat(path) {
            const normal = normalizeRepoPath(path);
            if (normal === undefined)
                return undefined;
            const entry = (await entries()).get(normal);
            return entry ? { size: (await statObject(repoDir, entry.oid)).size } : undefined;
        },
        async readText(path) {
            const { path: normal, entry } = await lookup(path);
            const { size } = await statObject(repoDir, entry.oid);
            if (size > maxTextBytes) {
                throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('too-large', `${normal} is ${size} bytes in ${description}; the limit for a text file is ${maxTextBytes} bytes`)]);
            }
            const text = await textOf(repoDir, entry.oid, size);
            if (text === undefined)
                throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('io', `${normal} in ${description} is not valid UTF-8 text`)]);
            return text;
        },
        async contentId(path) {
            const normal = normalizeRepoPath(path);
            return normal === undefined ? undefined : (await entries()).get(normal)?.oid;
        },
        openStream(path) {
            const out = new external_node_stream_.PassThrough();
            lookup(path).then(({ entry }) => pipeBlob(repoDir, entry.oid, out), (error) => out.destroy(error));
            return out;
        },
    };
}
function underPrefix(all, prefix) {
    if (prefix === '')
        return all;
    const out = new Map();
    for (const [path, entry] of all)
        if (path.startsWith(prefix))
            out.set(path.slice(prefix.length), entry);
    return out;
}
function pipeBlob(repoDir, oid, out) {
    const args = ['cat-file', 'blob', oid];
    const child = spawnGit(repoDir, args);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
        out.destroy(new errors/* CarbonError */.kk([error.code === 'ENOENT' ? gitMissing() : gitFailure(args, error.message)]));
    });
    // The reader may stop early (a bad line): then the child is no longer needed.
    out.on('close', () => {
        if (child.exitCode === null)
            child.kill();
    });
    child.stdout.pipe(out, { end: false });
    child.on('close', (code) => {
        if (code === 0)
            out.end();
        else if (!out.destroyed)
            out.destroy(new errors/* CarbonError */.kk([gitFailure(args, stderr)]));
    });
}

;// CONCATENATED MODULE: ./lib/ingest/git.js





const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout so the base branch history is in the clone';
// A ref that starts with '-' would be read by git as an option (`--upload-pack=...`).
function checkRef(ref) {
    if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('usage', `"${ref}" is not a git ref or commit id`)]);
    }
}
/** True when the repository is a shallow clone (`actions/checkout` with its default depth of 1). */
async function isShallow(repoDir) {
    return (await git_exec_gitText(repoDir, ['rev-parse', '--is-shallow-repository'])) === 'true';
}
/** The top-level directory of the work tree that contains `dir`. */
async function repoRoot(dir) {
    return gitText(dir, ['rev-parse', '--show-toplevel']);
}
async function tryResolve(repoDir, ref) {
    const { stdout, code } = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1, 128] });
    const sha = stdout.toString('utf8').trim();
    return code === 0 && sha !== '' ? sha : undefined;
}
/**
 * The full commit id of a ref (`main`, `origin/main`, `HEAD~2`, a short or full sha).
 * @throws CarbonError (`git`) naming the ref and the nearest branch or tag
 */
async function resolveRef(repoDir, ref) {
    checkRef(ref);
    const sha = await tryResolve(repoDir, ref);
    if (sha !== undefined)
        return sha;
    const names = (await git_exec_gitText(repoDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags']))
        .split('\n')
        .filter((n) => n !== '');
    const suggestion = names.length > 0 ? (0,units/* nearest */.pA)(ref, names) : undefined;
    throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git', `"${ref}" is not a commit, branch or tag in this repository`, suggestion ? { suggestion } : {})]);
}
async function hasOrigin(repoDir) {
    const { code } = await runGit(repoDir, ['remote', 'get-url', 'origin'], { okCodes: [2, 128] });
    return code === 0;
}
/**
 * Makes sure a commit is in the clone and returns its full id. When it is missing (a shallow
 * checkout has only the head), fetches it: `git fetch --depth=1 origin <ref>`.
 * @throws CarbonError (`git`) that says which `fetch-depth` the workflow needs
 */
async function ensureCommit(repoDir, ref) {
    checkRef(ref);
    const present = await tryResolve(repoDir, ref);
    if (present !== undefined)
        return present;
    const shallow = await isShallow(repoDir);
    if (!(await hasOrigin(repoDir))) {
        if (!shallow)
            return resolveRef(repoDir, ref);
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git', `commit ${ref} is not in this shallow clone and there is no \`origin\` remote to fetch it from; ${FETCH_DEPTH_HINT}`)]);
    }
    // `<sha>^` (a new branch's first push compares with the parent) is not something a remote can be
    // asked for: fetch the commit two deep, which brings its parent, then resolve the parent here.
    const parentOf = /^([0-9a-f]{40})\^$/.exec(ref)?.[1];
    if (parentOf !== undefined) {
        const fetched = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=2'] : []), 'origin', parentOf], { okCodes: [1, 128] });
        const parent = await tryResolve(repoDir, ref);
        if (parent !== undefined)
            return parent;
        if (fetched.code === 0 && (await tryResolve(repoDir, parentOf)))
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git', `commit ${parentOf.slice(0, 7)} has no parent: there is nothing before it to compare with`)]);
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git', `the parent of ${parentOf.slice(0, 7)} is not in this clone and \`git fetch --depth=2 origin ${parentOf}\` could not get it; ${FETCH_DEPTH_HINT}`)]);
    }
    const depth = shallow ? ['--depth=1'] : [];
    const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', ...depth, 'origin', ref], { okCodes: [1, 128] });
    const fetched = code === 0 ? await tryResolve(repoDir, 'FETCH_HEAD') : undefined;
    if (fetched !== undefined)
        return fetched;
    throw new errors/* CarbonError */.kk([
        (0,errors/* problem */.CC)('git', `commit ${ref} is not in this clone and \`git fetch origin ${ref}\` could not get it; ${FETCH_DEPTH_HINT}`),
    ]);
}
// Deepening steps for a shallow clone whose history does not reach the merge base.
const DEEPEN_STEPS = [50, 500, 5000];
/**
 * The merge base of two commits, as GitHub's pull-request diff uses it. In a shallow clone the
 * history is deepened step by step until the merge base appears.
 * @throws CarbonError (`git`) when there is none, or the clone cannot be deepened far enough
 */
async function mergeBase(repoDir, a, b) {
    checkRef(a);
    checkRef(b);
    const find = async () => {
        const { stdout, code } = await runGit(repoDir, ['merge-base', a, b], { okCodes: [1] });
        const sha = stdout.toString('utf8').trim();
        return code === 0 && sha !== '' ? sha : undefined;
    };
    const found = await find();
    if (found !== undefined)
        return found;
    if (!(await isShallow(repoDir))) {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git', `${a} and ${b} have no common ancestor, so there is no base to compare against`)]);
    }
    const origin = await hasOrigin(repoDir);
    for (const step of origin ? DEEPEN_STEPS : []) {
        const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', `--deepen=${step}`, 'origin', a, b], { okCodes: [1, 128] });
        if (code !== 0)
            break;
        const deeper = await find();
        if (deeper !== undefined)
            return deeper;
        if (!(await isShallow(repoDir)))
            break;
    }
    throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git', `no merge base of ${a} and ${b} in the fetched history of this shallow clone; ${FETCH_DEPTH_HINT}`)]);
}
// Git prints the committer's own offset; reports use UTC so dates sort and compare as text.
function utc(isoWithOffset) {
    const ms = Date.parse(isoWithOffset);
    return Number.isNaN(ms) ? isoWithOffset : new Date(ms).toISOString();
}
/** The committer date of a commit, ISO 8601 in UTC. */
async function commitDate(repoDir, sha) {
    checkRef(sha);
    return utc(await gitText(repoDir, ['show', '-s', '--format=%cI', sha]));
}
/**
 * The last `count` commits of `ref`'s mainline (first parents) that changed any of the files,
 * newest first, from `git log` alone.
 */
async function commitsTouching(repoDir, ref, files, count) {
    checkRef(ref);
    const pathspecs = [
        ...(files.globs ?? []).map((g) => `:(glob)${g}`),
        ...(files.paths ?? []).map((p) => `:(literal)${p}`),
    ];
    if (pathspecs.length === 0 || count <= 0)
        return [];
    const format = '--format=%H%x1f%cI%x1f%s%x1e';
    const out = await git_exec_gitText(repoDir, ['log', '--first-parent', `--max-count=${count}`, format, ref, '--', ...pathspecs]);
    return out
        .split('\x1e')
        .map((record) => record.trim())
        .filter((record) => record !== '')
        .map((record) => {
        const [sha = '', date = '', subject = ''] = record.split('\x1f');
        return { sha, date: utc(date), subject };
    });
}
/**
 * Deepens a shallow clone's history of `ref` by `commits` (for the trend). False when the clone is
 * not shallow, has no `origin`, or the fetch failed: the caller then says the trend was cut.
 */
async function deepen(repoDir, ref, commits) {
    checkRef(ref);
    if (!(await isShallow(repoDir)) || !(await hasOrigin(repoDir)))
        return false;
    const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', `--deepen=${commits}`, 'origin', ref], { okCodes: [1, 128] });
    return code === 0;
}

// EXTERNAL MODULE: ./lib/core/config.js
var config = __webpack_require__(6641);
// EXTERNAL MODULE: ./lib/core/model.js
var model = __webpack_require__(7206);
// EXTERNAL MODULE: ./lib/core/range.js
var range = __webpack_require__(8158);
// EXTERNAL MODULE: ./lib/core/assess.js + 2 modules
var assess = __webpack_require__(4946);
// EXTERNAL MODULE: ./lib/core/data/index.js + 13 modules
var data = __webpack_require__(3915);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: ./lib/core/grid-resolve.js
var grid_resolve = __webpack_require__(7330);
;// CONCATENATED MODULE: ./lib/compare/attribute.js





// Texts for people (the PR comment shows them as `from → to`), formatted by the one formatter.
const num = (x) => (0,format/* formatNumber */.ZV)(x, Number.isInteger(x) ? 0 : undefined);
const hours = (h) => (h === undefined ? 'none' : (0,format/* formatDuration */.a3)(h));
const years = (h) => (h % units/* HOURS_PER_YEAR */.yw === 0 ? `${num(h / units/* HOURS_PER_YEAR */.yw)}\u00a0y` : (0,format/* formatDuration */.a3)(h));
/** A device by its catalog name (`NVIDIA A100 SXM4 80GB`), else as written. */
const deviceName = (id) => (0,data/* findDevice */.iI)(id)?.name ?? id;
/** A grid with the annual intensity it resolves to: `gcp/us-central1 (490 gCO2e/kWh)`. */
function gridText(g) {
    if (g.kind === 'intensity')
        return (0,format/* formatIntensity */.TA)(g.kgPerKWh);
    const key = g.kind === 'zone' ? g.zone : g.kind === 'country' ? g.country : g.region;
    try {
        return `${key} (${(0,format/* formatIntensity */.TA)((0,grid_resolve/* resolveGrid */.pb)(g).averageKgPerKWh.central)})`;
    }
    catch {
        return key;
    }
}
function marketText(m) {
    if (!m)
        return 'same as location';
    return m.kind === 'intensity' ? (0,format/* formatIntensity */.TA)(m.kgPerKWh) : `${(0,format/* formatPercent */.l9)(m.share)} carbon-free`;
}
function logsText(s) {
    if (s.measured)
        return `${(0,format/* formatEnergy */.QE)(s.measured.energyKWh)} measured`;
    return s.exp.logs.length > 0 ? s.exp.logs.map((l) => l.path).join(', ') : 'none (modelled)';
}
const HARDWARE_FIELDS = [
    { key: 'device', get: (h) => deviceName(h.device), set: (h, f) => ({ ...h, device: f.device }) },
    { key: 'count', get: (h) => `${num(h.count)} × ${deviceName(h.device)}`, set: (h, f) => ({ ...h, count: f.count }) },
    { key: 'power', get: (h) => (h.powerW === undefined ? 'catalog' : (0,format/* formatPower */.d5)(h.powerW)), set: (h, f) => withOptional(h, 'powerW', f.powerW) },
    {
        key: 'embodied',
        get: (h) => (h.embodiedKgCO2e === undefined ? 'catalog' : (0,format/* formatMass */.so)(h.embodiedKgCO2e, { co2e: true })),
        set: (h, f) => withOptional(h, 'embodiedKgCO2e', f.embodiedKgCO2e),
    },
    {
        key: 'device-hours',
        get: (h) => (h.deviceHours === undefined ? 'count × duration' : `${num(h.deviceHours)}\u00a0device-h`),
        set: (h, f) => withOptional(h, 'deviceHours', f.deviceHours),
    },
    ...['transportKgCO2e', 'endOfLifeKgCO2e', 'idlePowerW', 'ratedPowerW'].map((k) => ({ key: { transportKgCO2e: 'transport', endOfLifeKgCO2e: 'end-of-life', idlePowerW: 'idle-power', ratedPowerW: 'rated-power' }[k], get: (h) => (h[k] === undefined ? 'catalog' : num(h[k])), set: (h, f) => withOptional(h, k, f[k]) })),
];
// exactOptionalPropertyTypes-safe: an absent value removes the key rather than writing undefined.
function withOptional(obj, key, value) {
    const copy = { ...obj };
    if (value === undefined)
        delete copy[key];
    else
        copy[key] = value;
    return copy;
}
/** Experiment-level inputs of the lifecycle views, swapped like the others (after embodied, before the config). */
const LIFECYCLE_FIELDS = [
    { input: 'start', key: 'startMs' },
    { input: 'utilisation', key: 'utilisation' },
    { input: 'idle-energy', key: 'idleEnergyKWh' },
    { input: 'inference', key: 'inference' },
    { input: 'grid.marginal-intensity', key: 'marginalKgPerKWh' },
    { input: 'scope1-intensity', key: 'scope1KgPerKWh' },
    { input: 'embodied.transport', key: 'transport' },
    { input: 'embodied.end-of-life', key: 'endOfLife' },
];
const show = (v) => (v === undefined ? 'none' : typeof v === 'number' ? num(v) : typeof v === 'object' ? JSON.stringify(v) : String(v));
const setExp = (s, patch) => ({ ...s, exp: { ...s.exp, ...patch } });
/**
 * The substitutions, in this fixed order: duration, hardware (per line: device, count, power,
 * embodied, device-hours; the whole list when lines were added or removed), logs and measured
 * energy, pue, grid, grid series, market, embodied lifetime, active share, datacenter, and last the
 * config's basis and intensity. Order matters for interacting inputs (duration x grid): the
 * documented order makes the split reproducible.
 */
function stepsFor(base, head) {
    const h = head.exp;
    const steps = [{ input: 'duration', apply: (s) => setExp(s, withOptional({ ...s.exp }, 'durationH', h.durationH)), text: (s) => hours(s.exp.durationH) }];
    if (base.exp.hardware.length === h.hardware.length) {
        h.hardware.forEach((line, i) => {
            for (const field of HARDWARE_FIELDS) {
                steps.push({
                    input: `hardware.${i}.${field.key}`,
                    apply: (s) => setExp(s, { hardware: s.exp.hardware.map((x, j) => (j === i ? field.set(x, line) : x)) }),
                    text: (s) => field.get(s.exp.hardware[i]),
                });
            }
        });
    }
    else {
        const lines = (x) => x.map((l) => `${num(l.count)} × ${deviceName(l.device)}`).join(' + ') || 'none';
        steps.push({ input: 'hardware', apply: (s) => setExp(s, { hardware: h.hardware }), text: (s) => lines(s.exp.hardware) });
    }
    steps.push({ input: 'logs', apply: (s) => withOptional({ ...setExp(s, { logs: h.logs }) }, 'measured', head.measured), text: logsText }, { input: 'pue', apply: (s) => setExp(s, { pue: h.pue }), text: (s) => String(s.exp.pue) }, { input: 'grid', apply: (s) => setExp(s, { grid: h.grid }), text: (s) => gridText(s.exp.grid) }, {
        input: 'grid.series',
        apply: (s) => withOptional({ ...s, exp: withOptional({ ...s.exp }, 'seriesPath', h.seriesPath) }, 'series', head.series),
        text: (s) => s.exp.seriesPath ?? 'none',
    }, { input: 'market', apply: (s) => setExp(s, withOptional({ ...s.exp }, 'market', h.market)), text: (s) => marketText(s.exp.market) }, { input: 'embodied.lifetime', apply: (s) => setExp(s, { lifetimeH: h.lifetimeH }), text: (s) => years(s.exp.lifetimeH) }, { input: 'embodied.active-share', apply: (s) => setExp(s, { activeShare: h.activeShare }), text: (s) => (0,format/* formatPercent */.l9)(s.exp.activeShare) }, {
        input: 'embodied.datacenter',
        apply: (s) => setExp(s, { datacenter: h.datacenter }),
        text: (s) => (s.exp.datacenter ? 'included' : 'excluded'),
    }, ...LIFECYCLE_FIELDS.map((f) => ({ input: f.input, apply: (s) => setExp(s, withOptional({ ...s.exp }, f.key, h[f.key])), text: (s) => show(s.exp[f.key]) })), { input: 'basis', apply: (s) => ({ ...s, config: head.config }), text: (s) => `${s.config.basis}, ${s.config.intensity}` });
    return steps;
}
function stateOf(result, side) {
    const series = result.input.seriesPath !== undefined ? side.seriesOf?.(result.input.seriesPath) : undefined;
    return {
        exp: result.input,
        config: side.config,
        ...(result.measured ? { measured: result.measured } : {}),
        ...(series ? { series } : {}),
    };
}
const totalOf = (s) => (0,assess/* assessExperiment */.i)(s.exp, {
    config: s.config,
    ...(s.measured ? { measured: s.measured } : {}),
    ...(s.series ? { series: s.series } : {}),
}).totalKgCO2e.central;
const attribute_close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
/**
 * Why an experiment's total changed: sequential substitution from the base's inputs to the head's,
 * one input at a time in a fixed order, re-running the assessment after each swap. Each term is the
 * change that swap caused; terms of inputs that did not change and caused nothing are left out,
 * and the last term absorbs floating-point residue, so the terms sum to head - base (central).
 * When the base or head cannot be reproduced from its inputs (a series that was not supplied),
 * the whole delta is one `inputs` term rather than a wrong split.
 */
function attributeChange(base, head, ctx) {
    const deltaKgCO2e = head.totalKgCO2e.central - base.totalKgCO2e.central;
    const whole = [{ input: 'inputs', from: 'base', to: 'head', deltaKgCO2e }];
    const headState = stateOf(head, ctx.head);
    let state = stateOf(base, ctx.base);
    try {
        let previous = totalOf(state);
        if (!attribute_close(previous, base.totalKgCO2e.central))
            return whole;
        const terms = [];
        for (const step of stepsFor(state, headState)) {
            const from = step.text(state);
            state = step.apply(state);
            const to = step.text(state);
            const next = totalOf(state);
            const term = next - previous;
            previous = next;
            const moved = Math.abs(term) > 1e-9 * Math.max(1, Math.abs(next));
            if (from === to && !moved)
                continue;
            terms.push({ input: step.input, from, to: from === to ? `${to} (contents changed)` : to, deltaKgCO2e: term });
        }
        if (!attribute_close(previous, head.totalKgCO2e.central) || terms.length === 0)
            return whole;
        const beforeLast = terms.slice(0, -1).reduce((sum, t) => sum + t.deltaKgCO2e, 0);
        const last = terms[terms.length - 1];
        terms[terms.length - 1] = { ...last, deltaKgCO2e: deltaKgCO2e - beforeLast };
        return terms;
    }
    catch {
        // An input the core rejects (a device no longer in the catalog) cannot be split: keep the total.
        return whole;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./lib/compare/budgets.js



/** A limit as written in the config, else its mass (`50 tCO2e`) for configs built in code. */
const limitText = (text, kgCO2e) => text ?? (0,format/* formatMassSet */.wq)(kgCO2e, { co2e: true });
function subjectPos(result) {
    return result.input.positions['name'] ?? { file: result.file, line: result.line ?? 1, col: 1 };
}
function judged(base) {
    const margin = base.limitValue - base.actual;
    return { ...base, margin, verdict: margin >= 0 ? 'pass' : 'fail', blocking: false };
}
function massBudget(name, kind, limit, actual, subject) {
    return judged({
        name,
        kind,
        limit: limitText(limit.text, limit.kgCO2e),
        limitValue: limit.kgCO2e,
        actual,
        unit: 'kgCO2e',
        ...(limit.pos ? { pos: limit.pos } : {}),
        ...(subject ? { subjectPos: subjectPos(subject) } : {}),
    });
}
// An experiment matched by several globs is named once per glob, so names stay unique.
function uniqueName(name, glob, seen) {
    const unique = seen.has(name) ? `${name} (${glob})` : name;
    seen.add(unique);
    return unique;
}
function increaseBudgets(budgets, input) {
    const inc = budgets.increase;
    if (!inc)
        return [];
    const both = inc.share !== undefined && inc.kgCO2e !== undefined;
    const pos = inc.pos ? { pos: inc.pos } : {};
    const out = [];
    const baseTotal = input.base?.totals.totalKgCO2e.central;
    const deltaKg = input.delta.totalKgCO2e.central;
    if (inc.share !== undefined) {
        const name = both ? 'increase:share' : 'increase';
        const common = { name, kind: 'increase', limit: inc.text ?? (0,format/* formatPercentSet */.D5)(inc.share), limitValue: inc.share, unit: 'ratio', ...pos };
        if (baseTotal === undefined || baseTotal === 0) {
            // A share of nothing is undefined: the budget cannot fail, and the report says why.
            const note = baseTotal === undefined ? 'not applicable: no base to compare against' : 'not applicable: the base total is zero';
            out.push({ ...common, actual: 0, margin: inc.share, verdict: 'pass', blocking: false, note });
        }
        else {
            out.push(judged({ ...common, actual: deltaKg / baseTotal }));
        }
    }
    if (inc.kgCO2e !== undefined) {
        const name = both ? 'increase:kgCO2e' : 'increase';
        const common = { name, kind: 'increase', limit: inc.text ?? (0,format/* formatMassSet */.wq)(inc.kgCO2e, { co2e: true, signed: true }), limitValue: inc.kgCO2e, unit: 'kgCO2e', ...pos };
        if (input.base === undefined) {
            out.push({ ...common, actual: 0, margin: inc.kgCO2e, verdict: 'pass', blocking: false, note: 'not applicable: no base to compare against' });
        }
        else {
            out.push(judged({ ...common, actual: deltaKg }));
        }
    }
    return out;
}
/**
 * Every budget of the config judged on the head (central figures): total, per phase, per
 * experiment glob, maximum increase against the base, and maximum SCI per functional unit. Each
 * result carries its margin, where it was set and, for experiment budgets, the manifest line.
 */
function evaluateBudgets(budgets, input) {
    const { head } = input;
    const out = [];
    if (budgets.total)
        out.push(massBudget('total', 'total', budgets.total, head.totals.totalKgCO2e.central));
    out.push(...increaseBudgets(budgets, input));
    for (const phase of model/* PHASES */.Z) {
        const limit = budgets.phases[phase];
        if (limit)
            out.push(massBudget(`phase:${phase}`, 'phase', limit, head.phases[phase].totalKgCO2e.central));
    }
    const seen = new Set();
    for (const { glob, limit } of budgets.experiments) {
        const matches = picomatch(glob, { dot: true });
        for (const exp of head.experiments.filter((e) => matches(e.name))) {
            out.push(massBudget(uniqueName(`experiment:${exp.name}`, glob, seen), 'experiment', limit, exp.totalKgCO2e.central, exp));
        }
    }
    for (const { glob, kgCO2ePerUnit, text, pos } of budgets.sci) {
        const matches = picomatch(glob, { dot: true });
        for (const exp of head.experiments.filter((e) => matches(e.name) && e.sci)) {
            out.push(judged({
                name: uniqueName(`sci:${exp.name}`, glob, seen),
                kind: 'sci',
                limit: `${limitText(text, kgCO2ePerUnit)} per ${exp.sci.unit}`,
                limitValue: kgCO2ePerUnit,
                actual: exp.sci.kgCO2ePerUnit.central,
                unit: 'kgCO2e/unit',
                ...(pos ? { pos } : {}),
                subjectPos: subjectPos(exp),
            }));
        }
    }
    return out;
}
const describe = (r) => r.kind === 'increase' ? `the ${r.limit} increase budget` : r.name === 'total' ? `the total budget (${r.limit})` : `the ${r.name} budget (${r.limit})`;
/**
 * Whether a failing budget of this kind fails the check under `fail-on`: `never` passes always
 * (report only), `budget` gates the absolute budgets (total, phase, experiment, SCI), `increase`
 * the increase budget, `any` both.
 */
function gates(kind, failOn) {
    return failOn === 'any' ? true : failOn === 'budget' ? kind !== 'increase' : failOn === 'increase' ? kind === 'increase' : false;
}
/**
 * Each budget with whether it blocks under `fail-on`, and how it stood on the base (the same
 * budget judged on the base's report), so a reader can tell "this PR broke it" from "already over".
 */
function withBaseAndBlocking(results, onBase, failOn) {
    const base = new Map((onBase ?? []).filter((b) => b.kind !== 'increase' && b.note === undefined).map((b) => [b.name, b]));
    return results.map((r) => {
        const b = base.get(r.name);
        return { ...r, blocking: r.verdict === 'fail' && gates(r.kind, failOn), ...(b ? { baseActual: b.actual, baseVerdict: b.verdict } : {}) };
    });
}
/** The verdict under `fail-on` (see `gates`); the reason names what decided it. */
function verdict(results, failOn) {
    const failed = results.filter((r) => r.verdict === 'fail');
    const gating = failed.filter((r) => gates(r.kind, failOn));
    const over = (list) => {
        const first = list[0];
        return list.length === 1 ? `over ${describe(first)}` : `over ${describe(first)} and ${list.length - 1} more`;
    };
    if (gating.length > 0)
        return { verdict: 'fail', reason: over(gating) };
    if (results.length === 0)
        return { verdict: 'pass', reason: 'no budgets set' };
    if (failed.length === 0)
        return { verdict: 'pass', reason: `within ${results.length === 1 ? 'the budget' : `all ${results.length} budgets`}` };
    const mode = failOn === 'never' ? 'report only' : `fail-on: ${failOn}`;
    return { verdict: 'pass', reason: `${over(failed)} (${mode})` };
}

;// CONCATENATED MODULE: ./lib/compare/compare.js





/**
 * Head minus base for two ranges that come from the same coefficient tables: the low ends move
 * together and the high ends move together, so an unchanged experiment has a delta of exactly
 * zero rather than the +/- spread that independent ranges would give.
 */
function deltaRange(head, base) {
    const lowEnds = head.low - base.low;
    const highEnds = head.high - base.high;
    return (0,range/* range */.y1)(Math.min(lowEnds, highEnds), head.central - base.central, Math.max(lowEnds, highEnds));
}
/** Relative change, or undefined when the base is zero (never "+100 %" for something new). */
function shareOf(delta, base) {
    return base === undefined || base === 0 ? undefined : delta / base;
}
const EMPTY_TOTALS = {
    energyKWh: 0,
    capacityKW: 0,
    idle: { energyKWh: 0, kgCO2e: range/* ZERO */.f2 },
    operationalKgCO2e: range/* ZERO */.f2,
    embodiedKgCO2e: range/* ZERO */.f2,
    totalKgCO2e: range/* ZERO */.f2,
    operational: { locationKgCO2e: range/* ZERO */.f2, marketKgCO2e: range/* ZERO */.f2 },
    embodied: { hardwareKgCO2e: range/* ZERO */.f2, datacenterKgCO2e: range/* ZERO */.f2, transportKgCO2e: range/* ZERO */.f2, endOfLifeKgCO2e: range/* ZERO */.f2 },
    lca: { manufacturingKgCO2e: range/* ZERO */.f2, transportKgCO2e: range/* ZERO */.f2, useKgCO2e: range/* ZERO */.f2, endOfLifeKgCO2e: range/* ZERO */.f2 },
    scopes: { scope1KgCO2e: range/* ZERO */.f2, scope2LocationKgCO2e: range/* ZERO */.f2, scope2MarketKgCO2e: range/* ZERO */.f2, scope3KgCO2e: range/* ZERO */.f2 },
};
/** Delta of two totals; `base` absent counts as zero and gives no share. */
function totalsDelta(base, head) {
    const b = base ?? EMPTY_TOTALS;
    const marginal = head.operational.marginalKgCO2e && (base === undefined || b.operational.marginalKgCO2e)
        ? { marginalKgCO2e: deltaRange(head.operational.marginalKgCO2e, b.operational.marginalKgCO2e ?? range/* ZERO */.f2) }
        : {};
    const totalDelta = deltaRange(head.totalKgCO2e, b.totalKgCO2e);
    const share = shareOf(totalDelta.central, base?.totalKgCO2e.central);
    return {
        energyKWh: head.energyKWh - b.energyKWh,
        operationalKgCO2e: deltaRange(head.operationalKgCO2e, b.operationalKgCO2e),
        embodiedKgCO2e: deltaRange(head.embodiedKgCO2e, b.embodiedKgCO2e),
        totalKgCO2e: totalDelta,
        operational: {
            locationKgCO2e: deltaRange(head.operational.locationKgCO2e, b.operational.locationKgCO2e),
            marketKgCO2e: deltaRange(head.operational.marketKgCO2e, b.operational.marketKgCO2e),
            ...marginal,
        },
        embodied: {
            hardwareKgCO2e: deltaRange(head.embodied.hardwareKgCO2e, b.embodied.hardwareKgCO2e),
            datacenterKgCO2e: deltaRange(head.embodied.datacenterKgCO2e, b.embodied.datacenterKgCO2e),
        },
        ...(share !== undefined ? { share } : {}),
    };
}
const sameRange = (a, b) => a.low === b.low && a.central === b.central && a.high === b.high;
// Same inputs through the same code give bit-identical figures, so exact equality is the test.
function figuresEqual(a, b) {
    return (a.energyKWh === b.energyKWh &&
        sameRange(a.totalKgCO2e, b.totalKgCO2e) &&
        sameRange(a.operationalKgCO2e, b.operationalKgCO2e) &&
        sameRange(a.embodiedKgCO2e, b.embodiedKgCO2e));
}
function experimentDelta(base, head, ctx) {
    const subject = (head ?? base);
    const status = !base ? 'added' : !head ? 'removed' : figuresEqual(base, head) ? 'unchanged' : 'changed';
    const baseTotal = base?.totalKgCO2e ?? range/* ZERO */.f2;
    const headTotal = head?.totalKgCO2e ?? range/* ZERO */.f2;
    const delta = deltaRange(headTotal, baseTotal);
    const share = status === 'added' ? undefined : shareOf(delta.central, base?.totalKgCO2e.central);
    let attribution = [];
    if (status === 'changed' && base && head && ctx)
        attribution = attributeChange(base, head, ctx);
    return {
        name: subject.name,
        phase: subject.phase,
        file: subject.file,
        status,
        ...(base ? { baseKgCO2e: base.totalKgCO2e } : {}),
        ...(head ? { headKgCO2e: head.totalKgCO2e } : {}),
        deltaKgCO2e: delta,
        ...(share !== undefined ? { deltaShare: share } : {}),
        deltaEnergyKWh: (head?.energyKWh ?? 0) - (base?.energyKWh ?? 0),
        deltaOperationalKgCO2e: deltaRange(head?.operationalKgCO2e ?? range/* ZERO */.f2, base?.operationalKgCO2e ?? range/* ZERO */.f2),
        deltaEmbodiedKgCO2e: deltaRange(head?.embodiedKgCO2e ?? range/* ZERO */.f2, base?.embodiedKgCO2e ?? range/* ZERO */.f2),
        attribution,
    };
}
/**
 * Head against base: experiments matched by name over the union of both sides (added, removed,
 * changed, unchanged), deltas per experiment, phase and total with their ranges, the budgets
 * evaluated on the head, and the verdict under `fail-on`. Pure.
 * @param base the base commit's report; undefined when the base has no carbon files (all added)
 * @example compare(baseReport, headReport, config.budgets, { failOn: config.failOn })
 */
function compare(base, head, budgets, opts) {
    const baseByName = new Map((base?.experiments ?? []).map((e) => [e.name, e]));
    const headByName = new Map(head.experiments.map((e) => [e.name, e]));
    const names = [...new Set([...headByName.keys(), ...baseByName.keys()])].sort();
    const experiments = names.map((name) => experimentDelta(baseByName.get(name), headByName.get(name), opts.attribution));
    const phases = Object.fromEntries(model/* PHASES */.Z.map((p) => [p, totalsDelta(base?.phases[p], head.phases[p])]));
    const delta = totalsDelta(base?.totals, head.totals);
    const onBase = base ? evaluateBudgets(budgets, { base: undefined, head: base, delta: totalsDelta(undefined, base.totals) }) : undefined;
    const results = withBaseAndBlocking(evaluateBudgets(budgets, { base, head, delta }), onBase, opts.failOn);
    const decided = verdict(results, opts.failOn);
    return {
        ...(base ? { base } : {}),
        head,
        ...(opts.baseRef ? { baseRef: opts.baseRef } : {}),
        ...(opts.headRef ? { headRef: opts.headRef } : {}),
        experiments,
        phases,
        delta,
        budgets: results,
        budgetsFrom: opts.budgetsFrom ?? { side: 'head' },
        failOn: opts.failOn,
        verdict: decided.verdict,
        verdictReason: decided.reason,
        history: opts.history ?? [],
        minChange: opts.minChange ?? config/* DEFAULT_MIN_CHANGE */.M0,
    };
}

// EXTERNAL MODULE: ./lib/run/map-bounded.js
var map_bounded = __webpack_require__(2099);
;// CONCATENATED MODULE: ./lib/run/history.js




// How far a shallow clone is deepened for the trend, step by step, in commits of the base branch.
const history_DEEPEN_STEPS = [100, 1000];
const COMMITS_IN_FLIGHT = 4;
/** The blob ids of the carbon files at a commit, as one string: equal keys, equal reports. */
async function carbonKey(repoDir, sha, isCarbon) {
    const tree = await listTree(repoDir, sha);
    const parts = [];
    for (const [path, entry] of tree)
        if (isCarbon(path))
            parts.push(`${path}\0${entry.oid}`);
    return parts.sort().join('\n');
}
/**
 * The base branch's trend: its total over the last `count` mainline commits that touched carbon
 * files, oldest first, from git history alone. Cost is bounded: a commit whose carbon files have
 * the same blob ids as an earlier one (a revert, a merge that changed nothing carbon) reuses that
 * report instead of loading again. Commits whose report has errors are left out with a warning.
 */
async function baseHistory(opts) {
    const problems = [];
    if (opts.count <= 0)
        return { points: [], computed: 0, reused: 0, problems };
    try {
        let touching = await commitsTouching(opts.repoDir, opts.ref, opts.files, opts.count);
        // A shallow checkout holds too little history for the trend: fetch more, when origin allows it.
        for (const step of history_DEEPEN_STEPS) {
            if (touching.length >= opts.count || !(await deepen(opts.repoDir, opts.ref, step)))
                break;
            touching = await commitsTouching(opts.repoDir, opts.ref, opts.files, opts.count);
        }
        const commits = touching.reverse();
        const globs = picomatch([...(opts.files.globs ?? [])], { dot: true });
        const paths = new Set(opts.files.paths ?? []);
        // The same paths come back at every commit: match each once.
        const matched = new Map();
        const isCarbon = (path) => {
            let m = matched.get(path);
            if (m === undefined)
                matched.set(path, (m = paths.has(path) || globs(path)));
            return m;
        };
        // A report per distinct set of carbon files, its promise kept: commits loaded side by side
        // that hold the same files share one load.
        const totals = new Map();
        let computed = 0;
        let reused = 0;
        const totalAt = async (commit) => {
            const key = await carbonKey(opts.repoDir, commit.sha, isCarbon);
            let total = totals.get(key);
            if (total)
                reused += 1;
            else {
                computed += 1;
                totals.set(key, (total = opts.reportAt(commit.sha).then((r) => r?.totals.totalKgCO2e.central)));
            }
            return total;
        };
        // Several commits in flight: git answers one while another is assessed, rather than the run
        // waiting on one round trip at a time. Few enough that their tree listings stay small.
        const found = await (0,map_bounded/* mapBounded */.y)(commits, COMMITS_IN_FLIGHT, totalAt);
        const points = [];
        for (const [i, commit] of commits.entries()) {
            const total = found[i];
            if (total === undefined) {
                problems.push((0,errors/* problem */.CC)('git', `commit ${commit.sha.slice(0, 7)} ("${commit.subject}") has errors in its carbon files; it is left out of the trend`, {
                    severity: 'warning',
                }));
                continue;
            }
            points.push({ sha: commit.sha, date: commit.date, totalKgCO2e: total, subject: commit.subject });
        }
        let cut;
        if (commits.length < opts.count && (await isShallow(opts.repoDir))) {
            cut = (0,errors/* problem */.CC)('git', `the trend covers ${commits.length} of ${opts.count} commits: the clone is shallow and git could not fetch more history; set \`fetch-depth: 0\` on actions/checkout for the full trend`, {
                severity: 'warning',
            });
            problems.push(cut);
        }
        return { points, computed, reused, problems, ...(cut ? { cut } : {}) };
    }
    catch (error) {
        // The trend is context, not the verdict: a git failure here is reported and the check goes on.
        const found = error instanceof errors/* CarbonError */.kk ? error.problems : [(0,errors/* problem */.CC)('git', String(error))];
        return { points: [], computed: 0, reused: 0, problems: found.map((p) => ({ ...p, severity: 'warning' })) };
    }
}

// EXTERNAL MODULE: ./lib/run/load-report.js + 2 modules
var load_report = __webpack_require__(4161);
// EXTERNAL MODULE: ./lib/run/report.js
var report = __webpack_require__(1755);
;// CONCATENATED MODULE: ./lib/run/check.js







// Problems of the base commit are about another commit: say which, so nobody edits the wrong file.
const aboutBase = (sha) => (p) => ({ ...p, message: `at base ${sha.slice(0, 7)}: ${p.message}` });
const toProblems = (error) => error instanceof errors/* CarbonError */.kk ? [...error.problems] : [(0,errors/* problem */.CC)('git', error instanceof Error ? error.message : String(error))];
function sideOf(loaded) {
    const series = loaded.series;
    return { config: loaded.config, ...(series ? { seriesOf: (path) => series.get(path) } : {}) };
}
/**
 * `carbon-budget check`: reads the head (a commit, or the working tree) and the base (the merge
 * base of the base ref and the head, as GitHub's pull-request diff uses) from git, compares them,
 * judges the budgets and draws the base branch's trend.
 * Budgets come from the head's config, or from the base's when the option or either config says
 * `budgets-from: base` (a pull request cannot switch back to its own budgets).
 * @returns the comparison, or no comparison and the problems that prevented it
 */
async function runCheck(opts) {
    if (opts.baseRef === undefined)
        return runAlone(opts);
    const baseRef = opts.baseRef;
    const problems = [];
    // One cache for head, base and trend: unchanged manifests, logs and series are read once.
    const loadOpts = { ...configOf(opts), cache: (0,load_report/* createLoadCache */.PV)() };
    let root;
    let subdir;
    let headSha;
    let baseTip;
    let baseSha;
    try {
        root = await git_exec_gitText(opts.repoDir, ['rev-parse', '--show-toplevel']);
        subdir = (await git_exec_gitText(opts.repoDir, ['rev-parse', '--show-prefix'])).replace(/\/$/, '');
        headSha = opts.headRef !== undefined ? await ensureCommit(root, opts.headRef) : await resolveRef(root, 'HEAD');
    }
    catch (error) {
        return { problems: toProblems(error) };
    }
    const sourceAt = (sha) => gitSource(root, sha, subdir === '' ? {} : { subdir });
    try {
        baseTip = await ensureCommit(root, baseRef);
        baseSha = await mergeBase(root, baseTip, headSha);
    }
    catch (error) {
        if (opts.missingBase !== 'report')
            return { problems: toProblems(error) };
        // The base came from the event (a shallow checkout that cannot fetch it, a first commit): the
        // head's report is still worth having. Say so, naming git, in the log and in the comment.
        const said = toProblems(error).map((p) => (0,errors/* problem */.CC)('git', `no comparison: git could not get the base (${p.message})`, { severity: 'warning' }));
        const head = await (0,load_report/* loadReport */.N1)(opts.headRef !== undefined ? sourceAt(headSha) : await worktreeSource(opts.repoDir), loadOpts);
        if (!head.report)
            return { problems: [...head.problems, ...said] };
        const report = { ...head.report, warnings: [...head.report.warnings, ...said] };
        const comparison = compare(undefined, report, head.config.budgets, {
            failOn: opts.failOn ?? head.config.failOn,
            minChange: opts.minChange ?? head.config.minChange,
            headRef: { ref: opts.headRef ?? 'working tree', sha: headSha },
        });
        return { comparison, problems: [...head.problems, ...said] };
    }
    const head = await (0,load_report/* loadReport */.N1)(opts.headRef !== undefined ? sourceAt(headSha) : await worktreeSource(opts.repoDir), loadOpts);
    problems.push(...head.problems);
    if (!head.report)
        return { problems };
    const base = await (0,load_report/* loadReport */.N1)(sourceAt(baseSha), loadOpts);
    const baseReport = base.report;
    if (!baseReport) {
        // A broken base must not block the fix: compare against nothing, and say why.
        problems.push(...base.problems.map(aboutBase(baseSha)).map((p) => ({ ...p, severity: 'warning' })));
        problems.push((0,errors/* problem */.CC)('git', `the base commit ${baseSha.slice(0, 7)} has errors in its carbon files; every experiment counts as added`, { severity: 'warning' }));
    }
    else {
        problems.push(...base.problems.map(aboutBase(baseSha)));
    }
    const fromBase = opts.budgetsFrom === 'base' || head.config.budgetsFrom === 'base' || base.config.budgetsFrom === 'base';
    const judge = fromBase ? base.config : head.config;
    const budgetsFrom = judge === base.config
        ? { side: 'base', sha: baseSha, ...(base.config.file ? { file: base.config.file } : {}) }
        : { side: 'head', ...(opts.headRef !== undefined ? { sha: headSha } : {}), ...(head.config.file ? { file: head.config.file } : {}) };
    const prefixed = (p) => (subdir === '' ? p : `${subdir}/${p}`);
    const trendConfig = baseReport ? base.config : head.config;
    const history = await baseHistory({
        repoDir: root,
        ref: baseTip,
        count: opts.history ?? judge.history,
        files: {
            globs: trendConfig.manifests.map(prefixed),
            paths: [opts.configPath ?? trendConfig.file ?? 'carbon-budget.yml', ...(base.inputs ?? [])].map(prefixed),
        },
        // The merge base is often on the trend: its report is already loaded.
        reportAt: async (sha) => (sha === baseSha ? baseReport : (await (0,load_report/* loadReport */.N1)(sourceAt(sha), loadOpts)).report),
    });
    problems.push(...history.problems);
    // A trend cut short is said in the comment too, not only in the log.
    const headReport = history.cut ? { ...head.report, warnings: [...head.report.warnings, history.cut] } : head.report;
    const comparison = compare(baseReport, headReport, judge.budgets, {
        failOn: opts.failOn ?? judge.failOn,
        budgetsFrom,
        baseRef: { ref: opts.baseName ?? baseRef, sha: baseSha },
        headRef: { ref: opts.headRef ?? 'working tree', sha: headSha },
        history: history.points,
        attribution: { base: sideOf(base), head: sideOf(head) },
        minChange: opts.minChange ?? judge.minChange,
    });
    return { comparison, problems };
}
const configOf = (opts) => ({
    ...(opts.configPath !== undefined ? { configPath: opts.configPath } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
});
/** Nothing to compare with (a manual run without a base): the folder on disk, judged on its own. */
async function runAlone(opts) {
    const loaded = await (0,report.runReport)({ dir: opts.repoDir, ...configOf(opts) });
    if (!loaded.report)
        return { problems: [...loaded.problems] };
    const comparison = compare(undefined, loaded.report, loaded.config.budgets, { failOn: opts.failOn ?? loaded.config.failOn, minChange: opts.minChange ?? loaded.config.minChange });
    return { comparison, problems: [...loaded.problems] };
}


/***/ }),

/***/ 1755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReport: () => (/* binding */ runReport)
/* harmony export */ });
/* harmony import */ var _ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6003);
/* harmony import */ var _load_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4161);


/**
 * `carbon-budget report`: the footprint of the folder on disk.
 * @returns the report (absent when any error was found), its config and every problem
 */
async function runReport(opts) {
    return (0,_load_report_js__WEBPACK_IMPORTED_MODULE_1__/* .loadReport */ .N1)((0,_ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsSource */ .R)(opts.dir), {
        ...(opts.configPath !== undefined ? { configPath: opts.configPath } : {}),
        ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    });
}


/***/ })

};
