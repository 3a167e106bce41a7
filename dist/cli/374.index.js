export const id = 374;
export const ids = [374];
export const modules = {

/***/ 6374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8782);
/* harmony import */ var _ingest_cfe_supply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(450);
/* harmony import */ var _ingest_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2716);
/* harmony import */ var _ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6003);
/* harmony import */ var _ingest_lines_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7595);
/* harmony import */ var _ingest_logs_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5331);
/* harmony import */ var _run_load_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4643);
/* harmony import */ var _descriptions_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6683);










/** Lines a log's format is told from (as `report` reads them). */
const HEAD_LINES = 10;
const validateCommand = {
    ..._descriptions_js__WEBPACK_IMPORTED_MODULE_9__/* .VALIDATE */ .vY,
    async run(args, io) {
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: [...args], allowPositionals: true, options: { config: { type: 'string' } } });
        }
        catch (error) {
            return io.usage(error instanceof Error ? error.message : String(error));
        }
        if (parsed.positionals.length > 1)
            return io.usage(`one DIR at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, parsed.positionals[0] ?? '.');
        const result = await runValidate((0,_ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_5__/* .fsSource */ .R)(dir), parsed.values.config);
        const errors = result.problems.filter((p) => p.severity === 'error');
        if (result.problems.length)
            io.stderr(result.problems.map(_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .Vw).join('\n') + '\n');
        const checked = `${count(result.manifests, 'manifest')}, ${result.config ? '1 config' : 'no config (defaults)'}, ${count(result.files, 'log or series file')}`;
        if (errors.length) {
            io.stderr(`\ncarbon-budget: ${count(errors.length, 'error')} in ${checked}\n`);
            return 2;
        }
        io.stdout(`carbon-budget: ${checked} checked: no errors\n`);
        return 0;
    },
};
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/**
 * `validate`: what `report` checks before it computes — config, manifests (schema, units, catalog
 * ids, paths, unique names) — plus that every log and series a manifest names exists, is under the
 * size cap and, for a log without `format`, has a format its first lines tell. Logs are not read
 * past their first lines, so it runs in the time of a pre-commit hook.
 */
async function runValidate(source, configPath) {
    const loaded = await (0,_run_load_report_js__WEBPACK_IMPORTED_MODULE_8__/* .loadExperiments */ .p1)(source, { configPath });
    const problems = [...loaded.problems];
    let files = 0;
    for (const exp of loaded.experiments) {
        for (const [i, spec] of exp.logs.entries()) {
            const found = await checkLog(source, exp, i, loaded.config.maxLogBytes, spec.format !== undefined || spec.columns !== undefined);
            problems.push(...found);
            if (!found.some((p) => p.code === 'log-missing'))
                files++;
        }
        if (exp.seriesPath !== undefined) {
            const found = await checkFile(source, exp, exp.seriesPath, 'grid.series', loaded.config.maxLogBytes);
            problems.push(...found);
            if (found.length === 0)
                files++;
        }
        if (exp.market?.kind === 'hourly') {
            // A supply file is small (one row per hour): read it whole, so its format errors show here too.
            const pos = exp.positions['market.supply'];
            const found = (await (0,_ingest_cfe_supply_js__WEBPACK_IMPORTED_MODULE_3__.readCfeSupply)(exp.market.supplyPath, source, { maxLogBytes: loaded.config.maxLogBytes })).problems.map((p) => (p.pos || !pos ? p : { ...p, pos }));
            problems.push(...found);
            if (!found.some((p) => p.code === 'supply-missing'))
                files++;
        }
    }
    return { problems, manifests: loaded.manifests.length, config: (await source.stat(configPath ?? _ingest_config_js__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE */ .g2)) !== undefined, files };
}
/** Whether a file a manifest names exists and is under the cap; the messages are report's (ingest/measure.ts, ingest/grid-series.ts). */
async function checkFile(source, exp, path, field, maxBytes) {
    const pos = exp.positions[field] ?? exp.positions['name'];
    const at = { field, pos };
    const isLog = field.startsWith('logs.');
    const stat = await source.stat(path);
    if (!stat)
        return [isLog ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .problem */ .CC)('log-missing', { path, manifest: exp.file, description: source.description, ...at }) : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .problem */ .CC)('series-missing', { path, description: source.description, ...at })];
    if (stat.size > maxBytes)
        return [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .problem */ .CC)(isLog ? 'log-too-large' : 'series-too-large', { path, bytes: stat.size, maxBytes, ...at })];
    return [];
}
async function checkLog(source, exp, i, maxBytes, formatGiven) {
    const path = exp.logs[i].path;
    const missing = await checkFile(source, exp, path, `logs.${i}.path`, maxBytes);
    if (missing.length || formatGiven)
        return missing;
    const stream = source.openStream(path);
    try {
        const first = await (0,_ingest_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .readLineBatches */ .pG)(stream, path).next();
        if (first.done)
            return [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .problem */ .CC)('log-empty', { file: path })];
        if ((0,_ingest_logs_index_js__WEBPACK_IMPORTED_MODULE_7__/* .detectReader */ .Jg)(first.value.headLines(HEAD_LINES), path))
            return [];
        return [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .problem */ .CC)('log-format-unknown', { file: path, formats: _ingest_logs_index_js__WEBPACK_IMPORTED_MODULE_7__/* .LOG_READERS */ .wW.map((r) => r.format), field: `logs.${i}.format` })];
    }
    catch (error) {
        if (error instanceof _ingest_lines_js__WEBPACK_IMPORTED_MODULE_6__/* .NotTextError */ .lg)
            return [error.problem];
        return [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .problem */ .CC)('log-unreadable', { path, reason: error.message, field: `logs.${i}.path` })];
    }
    finally {
        stream.destroy();
    }
}


/***/ }),

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


/***/ })

};
