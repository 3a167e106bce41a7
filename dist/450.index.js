export const id = 450;
export const ids = [450];
export const modules = {

/***/ 450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCfeSupply: () => (/* binding */ readCfeSupply)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8782);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7564);
/* harmony import */ var _logs_local_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8083);
/* harmony import */ var _logs_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6195);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2075);
/**
 * Reads the buyer's contracted carbon-free supply hour by hour (`market.supply`, hourly matching):
 * EnergyTag granular certificates as the registry API returns them, or a CSV of carbon-free energy
 * or of the matched share per hour. The grid's own carbon-free share (Electricity Maps' CFE%) is
 * refused: it is location-based, no instrument of the buyer's, and counting it would claim the
 * attributes other consumers' certificates already carry.
 */





const UTC = (0,_logs_local_time_js__WEBPACK_IMPORTED_MODULE_2__/* .createLocalClock */ .e1)('UTC');
const FIELD = 'market.supply';
// Retired for the buyer: the only certificates a Scope 2 claim may use (an active one is still for sale).
const CLAIMED = new Set(['cancelled', 'claimed']);
// EnergyTag registry energy sources (EnergySourceType) that emit nothing at production; any other
// (biomass, chp, other) must state its emissions_factor_production_device to be counted.
const CARBON_FREE = new Set(['solar_pv', 'solar', 'wind', 'hydro', 'nuclear', 'geothermal', 'battery_storage']);
class SupplyHours {
    kWh = new Map();
    kg = new Map();
    add(hour, kWh, kgCO2e = 0) {
        this.kWh.set(hour, (this.kWh.get(hour) ?? 0) + kWh);
        if (kgCO2e > 0)
            this.kg.set(hour, (this.kg.get(hour) ?? 0) + kgCO2e);
    }
}
const hourOf = (ms) => Math.floor(ms / _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR_MS */ .iQ) * _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR_MS */ .iQ;
function readCsv(text, file, problems) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const headerIndex = lines.findIndex((l) => l.trim() !== '');
    const at = (line, col = 1) => ({ pos: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .filePos */ .t5)(file, line, col), field: FIELD });
    if (headerIndex < 0) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-empty', { file, ...at(1) }));
        return undefined;
    }
    const header = (0,_logs_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .splitCsv */ .F8)(lines[headerIndex]);
    const keys = header.map((h) => h.trim().toLowerCase());
    if (keys.some((k) => k.startsWith('carbon-free energy percentage'))) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-grid-cfe', { file, ...at(headerIndex + 1) }));
        return undefined;
    }
    const time = keys.findIndex((k) => k === 'timestamp' || k === 'datetime (utc)');
    const col = keys.findIndex((k) => k.replace(/\s*\[.*\]$/, '') === 'carbon-free');
    if (time < 0 || col < 0) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-header', { header: lines[headerIndex].trim().slice(0, 200), missing: time < 0 ? 'timestamp' : 'carbon-free', ...at(headerIndex + 1) }));
        return undefined;
    }
    const unit = (0,_logs_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .headerUnit */ .Sv)(header[col]);
    let kind;
    let factor = 1;
    if (unit === '%')
        kind = 'share';
    else {
        const parsed = unit === undefined ? undefined : (0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseQuantity */ .Lf)(`1 ${unit}`, 'energy');
        if (parsed === undefined || (0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnitProblem */ .WN)(parsed)) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-unit', { column: header[col].trim(), ...at(headerIndex + 1, col + 1), suggestion: 'carbon-free [kWh]' }));
            return undefined;
        }
        kind = 'energy';
        factor = parsed.value;
    }
    const hours = new SupplyHours();
    let rows = 0;
    for (let i = headerIndex + 1; i < lines.length; i++) {
        if (lines[i].trim() === '')
            continue;
        const cells = (0,_logs_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .splitCsv */ .F8)(lines[i]);
        const atMs = (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(cells[time] ?? '', UTC);
        if (Number.isNaN(atMs)) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-timestamp', { value: (cells[time] ?? '').slice(0, 64), ...at(i + 1, time + 1), suggestion: '2024-06-03T13:00:00Z' }));
            continue;
        }
        const cell = (cells[col] ?? '').trim();
        const value = Number(cell);
        if (cell === '' || !(value >= 0) || (kind === 'share' && value > 100)) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-value', { value: cell.slice(0, 32), expected: kind === 'share' ? 'a share from 0 to 100 (%)' : `an energy ≥ 0 (${unit})`, ...at(i + 1, col + 1) }));
            continue;
        }
        const hour = hourOf(atMs);
        if (kind === 'share' && hours.kWh.has(hour)) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-hour-twice', { hourMs: hour, ...at(i + 1, time + 1) }));
            continue;
        }
        hours.add(hour, kind === 'share' ? value / 100 : value * factor);
        rows++;
    }
    return { kind, hours: hours.kWh, rows };
}
/** EnergyTag GC bundles (API v2 field names): energy = bundle_quantity x face_value Wh, over at most one hour, spread evenly. */
function readEnergyTag(text, file, problems) {
    const at = (field = FIELD) => ({ pos: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .filePos */ .t5)(file), field });
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-json', { reason: e.message, ...at() }));
        return undefined;
    }
    const bundles = Array.isArray(doc) ? doc : doc?.granular_certificate_bundles;
    if (!Array.isArray(bundles)) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-no-bundles', at()));
        return undefined;
    }
    const hours = new SupplyHours();
    let counted = 0;
    let skipped = 0;
    let skippedKWh = 0;
    for (const [i, raw] of bundles.entries()) {
        const b = (raw ?? {});
        const where = `granular_certificate_bundles[${i}]`;
        const start = typeof b.production_starting_interval === 'string' ? (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(b.production_starting_interval, UTC) : NaN;
        const end = typeof b.production_ending_interval === 'string' ? (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimestamp */ .EH)(b.production_ending_interval, UTC) : NaN;
        const quantity = b.bundle_quantity;
        const faceWh = b.face_value;
        if (Number.isNaN(start) || Number.isNaN(end) || typeof quantity !== 'number' || !(quantity >= 0) || typeof faceWh !== 'number' || !(faceWh > 0)) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-bundle-fields', { where, ...at(where) }));
            continue;
        }
        if (!(end > start) || end - start > _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR_MS */ .iQ) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-bundle-period', { where, start: String(b.production_starting_interval), end: String(b.production_ending_interval), ...at(`${where}.production_ending_interval`) }));
            continue;
        }
        const kWh = (quantity * faceWh) / 1000;
        if (!CLAIMED.has(String(b.certificate_status ?? '').toLowerCase())) {
            skipped++;
            skippedKWh += kWh;
            continue;
        }
        const factor = b.emissions_factor_production_device;
        const source = String(b.energy_source ?? '').toLowerCase();
        if (factor !== undefined && factor !== null && !(typeof factor === 'number' && factor >= 0)) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-bundle-factor', { where, ...at(`${where}.emissions_factor_production_device`) }));
            continue;
        }
        if (!CARBON_FREE.has(source) && typeof factor !== 'number') {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-bundle-source', { where, source: source.slice(0, 40), carbonFree: [...CARBON_FREE], ...at(`${where}.energy_source`) }));
            continue;
        }
        if (b.energy_carrier !== undefined && String(b.energy_carrier).toLowerCase() !== 'electricity') {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-bundle-carrier', { where, carrier: String(b.energy_carrier).slice(0, 40), ...at(`${where}.energy_carrier`) }));
            continue;
        }
        const kgPerKWh = typeof factor === 'number' ? factor / 1000 : 0;
        // The standard assumes an even production over the certificate's period: split at the hour boundary.
        for (let t = start; t < end;) {
            const hour = hourOf(t);
            const next = Math.min(hour + _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR_MS */ .iQ, end);
            const part = (kWh * (next - t)) / (end - start);
            hours.add(hour, part, part * kgPerKWh);
            t = next;
        }
        counted++;
    }
    return { supply: { kind: 'energy', hours: hours.kWh, ...(hours.kg.size > 0 ? { kgCO2eByHour: hours.kg } : {}) }, counted, skipped, skippedKWh };
}
/**
 * Reads `market.supply` into carbon-free kWh (or a matched share) per UTC hour start. Problems carry
 * the file, line and field; certificates not cancelled for the buyer are left out with a warning.
 */
async function readCfeSupply(path, source, opts) {
    const stat = await source.stat(path);
    if (!stat)
        return { problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-missing', { path, description: source.description, field: FIELD })] };
    if (stat.size > opts.maxLogBytes) {
        return { problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-too-large', { path, bytes: stat.size, maxBytes: opts.maxLogBytes, field: FIELD })] };
    }
    let text;
    try {
        text = await source.readText(path);
    }
    catch (e) {
        return { problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-unreadable', { path, reason: e.message, field: FIELD })] };
    }
    const problems = [];
    const trimmed = text.replace(/^\uFEFF/, '').trimStart();
    let supply;
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const read = readEnergyTag(trimmed, path, problems);
        if (read) {
            if (read.skipped > 0) {
                problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-not-retired', { count: read.skipped, kWh: read.skippedKWh, file: path, field: FIELD, severity: 'warning' }));
            }
            supply = { ...read.supply, file: path, description: `${path}: EnergyTag granular certificates, ${read.counted} bundle(s) cancelled or claimed` };
        }
    }
    else {
        const read = readCsv(text, path, problems);
        if (read)
            supply = { kind: read.kind, hours: read.hours, file: path, description: `${path}: carbon-free ${read.kind === 'share' ? 'share matched' : 'energy'} per hour, ${read.rows} row(s)` };
    }
    if (!supply || problems.some((p) => p.severity === 'error'))
        return { problems };
    if (supply.hours.size === 0)
        return { problems: [...problems, (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('supply-no-hours', { path, file: path, field: FIELD })] };
    return { supply, problems };
}


/***/ }),

/***/ 8083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _f: () => (/* binding */ parseTimestampCached),
/* harmony export */   e1: () => (/* binding */ createLocalClock),
/* harmony export */   jf: () => (/* binding */ newMinuteCache)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8782);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2075);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9381);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7564);




const SLOT_MS = 15 * 60_000;
/** A clock for a zone of the shared grammar (`UTC`, `+02:00`, `UTC-5`, `Europe/Berlin`; see ingest/time.ts). */
function createLocalClock(timezone) {
    const zone = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseZone */ .Cd)(timezone);
    if ('error' in zone)
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('timezone-invalid', { reason: zone.error, field: 'timezone', suggestion: zone.suggestion });
    if (zone.kind === 'offset') {
        const offsetMs = zone.offsetMs;
        return { toUtcMs: (ms) => ms - offsetMs };
    }
    const format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone.name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    return new ZoneClock(format);
}
class ZoneClock {
    format;
    slot = NaN;
    early = 0;
    late = 0;
    lastUtc = -Infinity;
    offsets = new Map();
    constructor(format) {
        this.format = format;
    }
    toUtcMs(localMs) {
        const slot = Math.floor(localMs / SLOT_MS);
        if (slot !== this.slot)
            this.resolve(slot);
        let utc = localMs - this.early;
        // Ambiguous (clocks went back): step to the second occurrence once the log would go backwards.
        if (this.early !== this.late && utc < this.lastUtc - 30 * 60_000)
            utc = localMs - this.late;
        if (utc > this.lastUtc)
            this.lastUtc = utc;
        return utc;
    }
    resolve(slot) {
        const local = slot * SLOT_MS;
        const before = this.offsetAt(local - _core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO);
        const after = this.offsetAt(local + _core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO);
        const candidates = [before, after].filter((o) => this.offsetAt(local - o) === o);
        this.slot = slot;
        if (candidates.length === 0) {
            // Skipped (clocks went forward): read it with the offset before the change, as Temporal does.
            this.early = this.late = before;
        }
        else {
            this.early = Math.max(...candidates);
            this.late = Math.min(...candidates);
        }
    }
    offsetAt(utcMs) {
        const key = Math.floor(utcMs / SLOT_MS);
        const cached = this.offsets.get(key);
        if (cached !== undefined)
            return cached;
        const parts = {};
        for (const p of this.format.formatToParts(new Date(key * SLOT_MS)))
            if (p.type !== 'literal')
                parts[p.type] = Number(p.value);
        const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
        const offset = asUtc - key * SLOT_MS;
        if (this.offsets.size > 4096)
            this.offsets.clear();
        this.offsets.set(key, offset);
        return offset;
    }
}
const newMinuteCache = () => ({ prefix: '\0', baseMs: 0, fractionMs: 0 });
/**
 * Whole-second ms of a `:SS` or `:SS.fff…` tail followed by `Z` at `from` (its fraction goes to
 * `cache.fractionMs`), or NaN when the tail is anything else.
 */
function utcTail(text, from, cache) {
    const end = text.length - 1;
    if (text.charCodeAt(end) !== _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .UPPER_Z */ .wk || text.charCodeAt(from) !== _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .COLON */ .oH || end < from + 3)
        return NaN;
    const s1 = text.charCodeAt(from + 1) - _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGIT_0 */ .l0;
    const s2 = text.charCodeAt(from + 2) - _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGIT_0 */ .l0;
    if (s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9)
        return NaN;
    cache.fractionMs = 0;
    if (end === from + 3)
        return (s1 * 10 + s2) * 1000;
    if (text.charCodeAt(from + 3) !== _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .DOT */ .y0 || end === from + 4 || end > from + 13)
        return NaN;
    for (let i = from + 4; i < end; i++) {
        const d = text.charCodeAt(i) - _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGIT_0 */ .l0;
        if (d < 0 || d > 9)
            return NaN;
    }
    cache.fractionMs = Number(`0.${text.slice(from + 4, end)}`) * 1000;
    return (s1 * 10 + s2) * 1000;
}
/**
 * `parseTimestamp` for logs of UTC ISO times (`2025-03-14T09:26:53.107Z`): a line in the same
 * minute as the last one costs a prefix compare and a few digits, not a regex and a date
 * computation. Anything else (naive local times, offsets, Unix seconds) takes the full parse. The
 * sum is done in parseTimestamp's order (whole ms first, then the fraction), so both give the same double.
 */
function parseTimestampCached(text, clock, cache, seen) {
    if (text.startsWith(cache.prefix)) {
        const secondsMs = utcTail(text, cache.prefix.length, cache);
        if (!Number.isNaN(secondsMs))
            return cache.baseMs + secondsMs + cache.fractionMs;
    }
    const ms = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(text, clock, seen);
    // Cache only UTC times in the plain form: naive times depend on the order-aware local clock.
    if (!Number.isNaN(ms) && text.length >= 20 && (text.charCodeAt(10) === _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .UPPER_T */ .wb || text.charCodeAt(10) === _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .SPACE */ .t6)) {
        const secondsMs = utcTail(text, 16, cache);
        if (!Number.isNaN(secondsMs)) {
            cache.prefix = text.slice(0, 16);
            cache.baseMs = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(`${cache.prefix}:00Z`, clock);
        }
    }
    return ms;
}


/***/ }),

/***/ 6195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ MAX_LINE_PROBLEMS),
/* harmony export */   F8: () => (/* binding */ splitCsv),
/* harmony export */   Fo: () => (/* binding */ badTime),
/* harmony export */   Sv: () => (/* binding */ headerUnit),
/* harmony export */   Xs: () => (/* binding */ headerKey),
/* harmony export */   ZL: () => (/* binding */ ColumnsBuilder),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   cr: () => (/* binding */ newReadContext),
/* harmony export */   mV: () => (/* binding */ badLine)
/* harmony export */ });
/* unused harmony exports numbered, batchSamples */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8782);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2075);


/** A fresh context for reading `file`. */
function newReadContext(file, spec, clock) {
    return { file, spec, clock, problems: [], missing: 0, badLines: 0, facilityIncluded: false, notes: [], warnings: [], timeSeen: { unixUnits: 0 } };
}
/** Bad lines reported in full per file; more are counted in one closing problem. */
const MAX_LINE_PROBLEMS = 10;
/** Records a time cell that is not of the timestamp grammar, with the user's value converted where it can be. */
function badTime(ctx, line, cell, column, col) {
    const why = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .explainTimestamp */ .O6)(cell);
    badLine(ctx, line, `${column}: ${why.message}`, { ...(col !== undefined ? { col } : {}), ...(why.suggestion !== undefined ? { suggestion: why.suggestion } : {}) });
}
/** Records a bad line as an error at its position. */
function badLine(ctx, line, message, extra = {}) {
    ctx.badLines++;
    if (ctx.badLines > MAX_LINE_PROBLEMS)
        return;
    ctx.problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('log-line', { reason: message, file: ctx.file, line, col: extra.col, suggestion: extra.suggestion }));
}
/** A cell that means "no reading" rather than a bad value. */
function isMissing(cell) {
    const t = cell.trim();
    return t === '' || t === '-' || t === 'NaN' || t === 'nan' || (t.startsWith('[') && t.endsWith(']'));
}
/** Splits one CSV line, honouring double quotes (pandas quotes cells with commas). */
function splitCsv(line) {
    if (!line.includes('"'))
        return line.split(',');
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                cell += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            cells.push(cell);
            cell = '';
        }
        else
            cell += c;
    }
    cells.push(cell);
    return cells;
}
/** Normalizes a header cell for matching: lower case, no unit in brackets, no surrounding space. */
function headerKey(cell) {
    return cell.trim().replace(/^\uFEFF/, '').replace(/\s*\[[^\]]*\]\s*$/, '').toLowerCase();
}
/** The unit in brackets of a header cell (`power.draw [W]` → `W`). */
function headerUnit(cell) {
    return /\[([^\]]+)\]\s*$/.exec(cell)?.[1]?.trim();
}
/** Iterates the lines of batches with their numbers; for readers of small files. */
function* numbered(batch) {
    for (let i = 0; i < batch.lines.length; i++)
        yield [batch.lines[i], batch.firstLine + i];
}
/** Collects samples as columns in reused memory, growing as needed; `take` hands them out. */
class ColumnsBuilder {
    atMs;
    watts;
    device;
    count = 0;
    constructor(capacity = 1024) {
        this.atMs = new Float64Array(capacity);
        this.watts = new Float64Array(capacity);
        this.device = new Uint32Array(capacity);
    }
    push(atMs, watts, device) {
        if (this.count === this.atMs.length)
            this.grow(this.count * 2);
        this.atMs[this.count] = atMs;
        this.watts[this.count] = watts;
        this.device[this.count] = device;
        this.count++;
    }
    /**
     * The columns so far, naming devices by `devices`; the builder starts afresh and reuses their
     * memory, so they are valid until the next `push` (a reader yields them and the consumer folds
     * them before asking for more). Reuse keeps a long read from churning through buffers.
     */
    take(devices) {
        const columns = { count: this.count, atMs: this.atMs, watts: this.watts, device: this.device, devices };
        this.count = 0;
        return columns;
    }
    grow(capacity) {
        const atMs = new Float64Array(capacity);
        const watts = new Float64Array(capacity);
        const device = new Uint32Array(capacity);
        atMs.set(this.atMs);
        watts.set(this.watts);
        device.set(this.device);
        this.atMs = atMs;
        this.watts = watts;
        this.device = device;
    }
}
/** The samples of a batch as objects (`samples`, then the rows of `columns`); for tests and small logs. */
function batchSamples(batch) {
    const out = [...(batch.samples ?? [])];
    const c = batch.columns;
    if (c)
        for (let i = 0; i < c.count; i++)
            out.push({ atMs: c.atMs[i], watts: c.watts[i], device: c.devices[c.device[i]] });
    return out;
}


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ LOWER_F),
/* harmony export */   Bj: () => (/* binding */ twoDigits),
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   DS: () => (/* binding */ UPPER_E),
/* harmony export */   Hp: () => (/* binding */ EXACT_MANTISSA),
/* harmony export */   Hv: () => (/* binding */ OPEN_BRACE),
/* harmony export */   Jp: () => (/* binding */ scanDecimal),
/* harmony export */   KE: () => (/* binding */ COMMA),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   Lc: () => (/* binding */ fractionMs),
/* harmony export */   Us: () => (/* binding */ LOWER_E),
/* harmony export */   WL: () => (/* binding */ OPEN_BRACKET),
/* harmony export */   Y3: () => (/* binding */ POW10),
/* harmony export */   Z5: () => (/* binding */ exactDecimal),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   a2: () => (/* binding */ NON_ASCII),
/* harmony export */   b9: () => (/* binding */ PLUS),
/* harmony export */   ev: () => (/* binding */ DIGIT_9),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   jr: () => (/* binding */ DASH),
/* harmony export */   l0: () => (/* binding */ DIGIT_0),
/* harmony export */   nA: () => (/* binding */ LOWER_N),
/* harmony export */   nP: () => (/* binding */ LOWER_T),
/* harmony export */   o: () => (/* binding */ SLASH),
/* harmony export */   oH: () => (/* binding */ COLON),
/* harmony export */   pe: () => (/* binding */ UPPER_W),
/* harmony export */   r_: () => (/* binding */ BACKSLASH),
/* harmony export */   rc: () => (/* binding */ CLOSE_BRACE),
/* harmony export */   t0: () => (/* binding */ newDecimalScan),
/* harmony export */   t6: () => (/* binding */ SPACE),
/* harmony export */   v9: () => (/* binding */ HASH),
/* harmony export */   wb: () => (/* binding */ UPPER_T),
/* harmony export */   wk: () => (/* binding */ UPPER_Z),
/* harmony export */   wn: () => (/* binding */ TAB),
/* harmony export */   y0: () => (/* binding */ DOT),
/* harmony export */   yp: () => (/* binding */ isDigit)
/* harmony export */ });
// The byte-level scanning the fast readers share: named bytes, one decimal scanner, one
// fraction-of-a-second rule, text of a byte range. Lines arrive as UTF-8 bytes (ingest/lines.ts);
// every byte named here is ASCII, so it never occurs inside a multi-byte character.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const HASH = 0x23;
const PLUS = 0x2b;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const UPPER_T = 0x54;
const UPPER_W = 0x57;
const UPPER_Z = 0x5a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const LOWER_E = 0x65;
const LOWER_F = 0x66;
const LOWER_N = 0x6e;
const LOWER_T = 0x74;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** Bytes from here up start or continue a multi-byte UTF-8 character. */
const NON_ASCII = 0x80;
/** Exact powers of ten (up to 1e22 a double holds them exactly, so `m / 10^k` is correctly rounded). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/**
 * Doubles hold every integer below this: a mantissa under it, divided by an exact power of ten, is
 * the correctly rounded value Number() gives the same digits (a larger true value cannot round under it).
 */
const EXACT_MANTISSA = 2 ** 53;
/** The number whose decimal digits are those of `mantissa`, the last `fraction` of them after the point. */
function decimal(mantissa, fraction) {
    return fraction === 0 ? mantissa : fraction < POW10.length ? mantissa / POW10[fraction] : mantissa / 10 ** fraction;
}
/** A fresh scratch for `scanDecimal` (one per module: the scans never nest). */
const newDecimalScan = () => ({ mantissa: 0, fraction: 0, digits: 0 });
/**
 * Reads a plain decimal (`350`, `350.12`, `.5`, `12.`) at b[k] into `out` without allocating: the
 * one digit loop of every fast path (a time's fraction `.107` is read with it too, from the dot).
 * `decimal(out.mantissa, out.fraction)` is its value.
 * @returns the end of the digits.
 */
function scanDecimal(b, k, length, out) {
    const start = k;
    let mantissa = 0;
    let dot = -1;
    for (; k < length; k++) {
        const c = b[k];
        if (c === DOT && dot < 0) {
            dot = k;
            continue;
        }
        const d = c - DIGIT_0;
        if (d < 0 || d > 9)
            break;
        mantissa = mantissa * 10 + d;
    }
    out.mantissa = mantissa;
    out.fraction = dot < 0 ? 0 : k - dot - 1;
    out.digits = k - start - (dot < 0 ? 0 : 1);
    return k;
}
/**
 * The value of the last `scanDecimal` as Number() reads the same text, or NaN when it has no digit
 * before the point (`.5`, `.`) or too many digits to be read exactly (Number() would round them).
 */
function exactDecimal(out) {
    return out.digits === out.fraction || out.mantissa >= EXACT_MANTISSA ? NaN : decimal(out.mantissa, out.fraction);
}
/** Milliseconds of the `digits` fraction digits `value` after the seconds (`107` → 107, `1` → 100). */
function fractionMs(value, digits) {
    return digits <= 3 ? value * POW10[3 - digits] : decimal(value, digits - 3);
}
/** Two ASCII digits at b[k] as a number (garbage in, garbage out: callers check the bytes first). */
const twoDigits = (b, k) => (b[k] - DIGIT_0) * 10 + (b[k + 1] - DIGIT_0);
/** Whether b[k] is an ASCII digit. */
const isDigit = (c) => c !== undefined && c >= DIGIT_0 && c <= DIGIT_9;
/** Text of b[start, end) (UTF-8). */
const decode = (b, start, end) => Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, end - start)).toString('utf8');


/***/ })

};
