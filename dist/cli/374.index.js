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
/* harmony import */ var _run_load_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4161);
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
    const loaded = await (0,_run_load_report_js__WEBPACK_IMPORTED_MODULE_8__/* .loadExperiments */ .p1)(source, configPath !== undefined ? { configPath } : {});
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
            const found = (await (0,_ingest_cfe_supply_js__WEBPACK_IMPORTED_MODULE_3__/* .readCfeSupply */ .u)(exp.market.supplyPath, source, { maxLogBytes: loaded.config.maxLogBytes })).problems.map((p) => (p.pos || !pos ? p : { ...p, pos }));
            problems.push(...found);
            if (!found.some((p) => p.code === 'path'))
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


/***/ })

};
