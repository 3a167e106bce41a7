export const id = 441;
export const ids = [441];
export const modules = {

/***/ 2716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/* unused harmony export configSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4528);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8532);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6641);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8782);
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7206);
/* harmony import */ var _core_data_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7036);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7564);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6507);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7939);
/* harmony import */ var _quantity_schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9767);
/* harmony import */ var _yaml_doc_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3354);
/* harmony import */ var _zod_problems_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6002);











const CONFIG_FILE = 'carbon-budget.yml';
const mass = () => (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .quantity */ .au)('mass', { max: 1e12 });
// An increase budget is a share ("10 %") or an amount ("2 tCO2e").
const increase = () => zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().transform((raw, ctx) => {
    const isShare = raw.trim().endsWith('%');
    const parsed = (isShare ? (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .percent */ .KN)() : mass()).safeParse(raw);
    if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `${parsed.error.issues[0]?.message ?? 'invalid'}; an increase budget is a share ("10 %") or an amount ("2 tCO2e")` });
        return zod__WEBPACK_IMPORTED_MODULE_10__/* .NEVER */ .tm;
    }
    return isShare ? { share: parsed.data } : { kgCO2e: parsed.data };
}).meta({ type: 'string', anyOf: [{ pattern: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .quantityJsonSchema */ .Jc)('ratio').pattern }, { pattern: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .quantityJsonSchema */ .Jc)('mass').pattern }], description: 'a share ("10 %") or an amount ("2 tCO2e")' });
const buildConfigSchema = () => zod__WEBPACK_IMPORTED_MODULE_9__/* .strictObject */ .rej({
    manifests: zod__WEBPACK_IMPORTED_MODULE_9__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).max(256)).min(1).max(50).optional(),
    defaults: zod__WEBPACK_IMPORTED_MODULE_9__/* .strictObject */ .rej({
        pue: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().min(1).max(5).optional(),
        grid: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .gridSchema */ .Sx.optional(),
        market: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .marketSchema */ .kk.optional(),
        embodied: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .embodiedSchema */ .h2.optional(),
    })
        .optional(),
    basis: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['location', 'market']).optional(),
    intensity: zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['average', 'marginal']).optional(),
    budgets: zod__WEBPACK_IMPORTED_MODULE_9__/* .strictObject */ .rej({
        total: mass().optional(),
        increase: increase().optional(),
        phases: zod__WEBPACK_IMPORTED_MODULE_9__/* .strictObject */ .rej({ experimentation: mass().optional(), training: mass().optional(), inference: mass().optional() }).optional(),
        experiments: zod__WEBPACK_IMPORTED_MODULE_9__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).max(200), mass()).optional(),
        sci: zod__WEBPACK_IMPORTED_MODULE_9__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1).max(200), mass()).optional(),
    })
        .optional(),
    'fail-on': zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(_core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON */ .d$).optional(),
    'budgets-from': zod__WEBPACK_IMPORTED_MODULE_9__/* ["enum"] */ .k5n(['head', 'base']).optional(),
    history: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().min(0).max(_core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HISTORY */ .oe).optional(),
    'min-change': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .percent */ .KN)().optional(),
    limits: zod__WEBPACK_IMPORTED_MODULE_9__/* .strictObject */ .rej({
        'manifest-bytes': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().min(1024).max(64 * 1024 ** 2).optional(),
        'log-bytes': zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().min(1024).max(1024 ** 4).optional(),
    })
        .optional(),
});
let schema;
/** The schema of `carbon-budget.yml`, built on first use: a repository without one never pays for it (start-up). */
const configSchema = () => (schema ??= buildConfigSchema());
const CONFIG_KEYS = {
    defaults: ['pue', 'grid', 'market', 'embodied'],
    'defaults.grid': ['intensity', 'zone', 'country', 'region', 'marginal-intensity'],
    'defaults.market': ['intensity', 'carbon-free-energy', 'residual-intensity', 'matching'],
    'defaults.embodied': ['lifetime', 'active-share', 'datacenter', 'transport', 'end-of-life'],
    budgets: ['total', 'increase', 'phases', 'experiments', 'sci'],
    'budgets.phases': [..._core_model_js__WEBPACK_IMPORTED_MODULE_11__/* .PHASES */ .Z],
    limits: ['manifest-bytes', 'log-bytes'],
};
/** Reads `carbon-budget.yml`; every problem with its line. Absent file: the defaults. */
function readConfig(text, file = CONFIG_FILE) {
    if (text === undefined)
        return { config: _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV, problems: [] };
    const doc = (0,_yaml_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .parseYamlDoc */ .V)(text, file);
    if (doc.problems.length)
        return { config: _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV, problems: [...doc.problems] };
    if (doc.value === null || doc.value === undefined)
        return { config: { ..._core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV, file }, problems: [] };
    const parsed = configSchema().safeParse(doc.value);
    if (!parsed.success) {
        const keysAt = (path) => (path.length === 0 ? Object.keys(configSchema().shape) : CONFIG_KEYS[path.map(String).join('.')]);
        return { config: _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV, problems: (0,_zod_problems_js__WEBPACK_IMPORTED_MODULE_8__/* .zodProblems */ .G)(parsed.error, doc.value, doc.posOf, keysAt, doc.keyPosOf) };
    }
    const raw = parsed.data;
    const problems = [];
    const pos = doc.posOf;
    const defaults = {
        ...(raw.defaults?.pue !== undefined ? { pue: raw.defaults.pue } : {}),
        ...(raw.defaults?.grid ? { grid: defaultGrid(raw.defaults.grid, pos, problems) } : {}),
        ...(raw.defaults?.grid?.['marginal-intensity'] !== undefined ? { marginalKgPerKWh: raw.defaults.grid['marginal-intensity'] } : {}),
        ...(raw.defaults?.market ? marketDefault((0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .marketOf */ .mG)(raw.defaults.market, pos, problems, ['defaults', 'market'])) : {}),
        ...(raw.defaults?.embodied?.lifetime !== undefined ? { lifetimeH: raw.defaults.embodied.lifetime } : {}),
        ...(raw.defaults?.embodied?.['active-share'] !== undefined ? { activeShare: raw.defaults.embodied['active-share'] } : {}),
        ...(raw.defaults?.embodied?.datacenter !== undefined ? { datacenter: raw.defaults.embodied.datacenter } : {}),
        // The shared embodied schema accepts the stage switches here: honour them, never read and drop them.
        ...(raw.defaults?.embodied?.transport !== undefined ? { transport: raw.defaults.embodied.transport } : {}),
        ...(raw.defaults?.embodied?.['end-of-life'] !== undefined ? { endOfLife: raw.defaults.embodied['end-of-life'] } : {}),
    };
    // The limit as the user wrote it (`20 gCO2e`), so the comment shows it unconverted.
    const written = (path) => {
        let v = doc.value;
        for (const k of path)
            v = v !== null && typeof v === 'object' ? v[k] : undefined;
        return typeof v === 'string' ? { text: v.trim().replace(/\s+/g, ' ') } : {};
    };
    const limit = (kgCO2e, path) => ({ kgCO2e, ...written(path), pos: pos(path) });
    const b = raw.budgets;
    const budgets = {
        ...(b?.total !== undefined ? { total: limit(b.total, ['budgets', 'total']) } : {}),
        ...(b?.increase !== undefined ? { increase: { ...b.increase, ...written(['budgets', 'increase']), pos: pos(['budgets', 'increase']) } } : {}),
        phases: Object.fromEntries(Object.entries(b?.phases ?? {}).filter(([, v]) => v !== undefined).map(([k, v]) => [k, limit(v, ['budgets', 'phases', k])])),
        experiments: Object.entries(b?.experiments ?? {}).map(([glob, v]) => ({ glob, limit: limit(v, ['budgets', 'experiments', glob]) })),
        sci: Object.entries(b?.sci ?? {}).map(([glob, v]) => ({ glob, kgCO2ePerUnit: v, ...written(['budgets', 'sci', glob]), pos: pos(['budgets', 'sci', glob]) })),
    };
    const positions = { budgets: pos(['budgets']), 'fail-on': pos(['fail-on']) };
    return {
        problems,
        config: {
            file,
            manifests: raw.manifests ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.manifests,
            defaults,
            basis: raw.basis ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.basis,
            intensity: raw.intensity ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.intensity,
            budgets,
            failOn: raw['fail-on'] ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.failOn,
            budgetsFrom: raw['budgets-from'] ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.budgetsFrom,
            history: raw.history ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.history,
            minChange: raw['min-change'] ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.minChange,
            maxManifestBytes: raw.limits?.['manifest-bytes'] ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.maxManifestBytes,
            maxLogBytes: raw.limits?.['log-bytes'] ?? _core_config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.maxLogBytes,
            positions,
        },
    };
}
function marketDefault(m) {
    return m ? { market: m } : {};
}
function defaultGrid(g, pos, problems) {
    if (g.series !== undefined)
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('config-series-in-defaults', { pos: pos(['defaults', 'grid', 'series']), field: 'defaults.grid.series' }));
    if (g.intensity !== undefined)
        return { kind: 'intensity', kgPerKWh: g.intensity };
    if (g.region !== undefined) {
        const r = (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_2__/* .findRegion */ .g6)(g.region);
        if (r)
            return { kind: 'region', region: r.id };
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('unknown-region', { region: g.region, pos: pos(['defaults', 'grid', 'region']), field: 'defaults.grid.region', suggestion: (0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .nearest */ .pA)(g.region, (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_2__/* .regionIds */ .JG)()) }));
        return { kind: 'intensity', kgPerKWh: 0 };
    }
    const key = g.zone ?? g.country;
    const field = g.zone !== undefined ? 'zone' : 'country';
    const found = key !== undefined ? (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_2__/* .findGrid */ .yD)(key) : undefined;
    if (!found) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('unknown-zone', { kind: field, key: key ?? '', pos: pos(['defaults', 'grid', field]), field: `defaults.grid.${field}`, suggestion: (0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .nearest */ .pA)(key ?? '', (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_2__/* .gridKeys */ .zx)()) }));
        return { kind: 'intensity', kgPerKWh: 0 };
    }
    return field === 'zone' ? { kind: 'zone', zone: found.key } : { kind: 'country', country: found.key };
}


/***/ }),

/***/ 6003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fsSource)
/* harmony export */ });
/* unused harmony export decodeUtf8 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7075);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8782);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8820);






const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
// A repository with more files than this is walked no further; the limit is said, not silent.
const MAX_FILES = 500_000;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly: a binary or mis-encoded file is an error naming the file, never mojibake. */
function decodeUtf8(bytes, path) {
    if (bytes.includes(0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CarbonError */ .kk([(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)('file-binary', { file: path })]);
    try {
        return utf8.decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CarbonError */ .kk([(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)('file-not-utf8', { file: path })]);
    }
}
/** The working tree under `root`. Symlinks are never followed, so no file outside `root` is read. */
function fsSource(root) {
    // Files found by the walk are regular files under real folders (the walk never enters a symlink):
    // they need no further check. Any other path (a log named in a manifest) is checked in full.
    const walked = new Set();
    let realRoot;
    const inside = async (path) => {
        const rel = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRepoPath */ .N)(path);
        if (rel === undefined)
            return undefined;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel);
        if (walked.has(rel))
            return full;
        try {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
            if (!st.isFile())
                return undefined;
            // A parent folder may itself be a symlink: compare real paths.
            const [realRootPath, realFile] = await Promise.all([(realRoot ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root)), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full)]);
            if (realFile !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realRootPath, rel))
                return undefined;
            return full;
        }
        catch {
            return undefined;
        }
    };
    return {
        description: `working tree ${root}`,
        async listFiles() {
            const out = [];
            const walk = async (dir) => {
                let entries;
                try {
                    entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
                }
                catch {
                    return;
                }
                entries.sort((a, b) => (a.name < b.name ? -1 : 1));
                for (const e of entries) {
                    if (out.length >= MAX_FILES)
                        return;
                    if (e.isDirectory()) {
                        if (!SKIPPED_DIRS.has(e.name))
                            await walk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name));
                    }
                    else if (e.isFile())
                        out.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
                }
            };
            await walk(root);
            for (const f of out)
                walked.add(f);
            return out;
        },
        async stat(path) {
            const full = await inside(path);
            if (!full)
                return undefined;
            try {
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
                return st.isFile() ? { size: st.size } : undefined;
            }
            catch {
                return undefined;
            }
        },
        async readText(path) {
            const full = await inside(path);
            if (!full)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CarbonError */ .kk([(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)('file-missing', { file: path })]);
            // O_NOFOLLOW: a file swapped for a symlink after the check is still not followed.
            return decodeUtf8(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full, { flag: node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW }), path);
        },
        openStream(path) {
            const rel = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRepoPath */ .N)(path);
            if (rel === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .CarbonError */ .kk([(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .problem */ .CC)('path-outside', { path })]);
            try {
                const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)('', { fd, highWaterMark: 1 << 20 });
            }
            catch (error) {
                const failed = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough();
                failed.destroy(error);
                return failed;
            }
        },
    };
}


/***/ }),

/***/ 7939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ gridSchema),
/* harmony export */   Tb: () => (/* binding */ MANIFEST_KEYS),
/* harmony export */   h2: () => (/* binding */ embodiedSchema),
/* harmony export */   kk: () => (/* binding */ marketSchema),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4528);
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7206);
/* harmony import */ var _quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9767);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7564);




const name = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1, 'must not be empty').max(200, 'at most 200 characters').meta({ pattern: '\\S' });
// Each refine below carries its JSON Schema twin in `.meta()`, so schema/ (for editors) says the same.
/** JSON Schema: at most one of these keys. */
const atMostOne = (keys) => ({ not: { anyOf: keys.flatMap((a, i) => keys.slice(i + 1).map((b) => ({ required: [a, b] }))) } });
/** JSON Schema: at least one of these keys. */
const anyOf = (keys) => ({ anyOf: keys.map((k) => ({ required: [k] })) });
const gridSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    intensity: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('intensity', { max: 3 }).optional(),
    zone: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(64).optional(),
    country: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(2).max(64).optional(),
    region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(3).max(64).optional(),
    series: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(1024).optional(),
    // An annual marginal for this grid (a zone's own, e.g. from WattTime or a utility), instead of the national operating margin.
    'marginal-intensity': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('intensity', { max: 3 }).optional(),
})
    .refine((g) => [g.intensity, g.zone, g.country, g.region].filter((x) => x !== undefined).length <= 1, {
    message: 'give one of intensity, zone, country or region (series may go with any of them)',
})
    .meta(atMostOne(['intensity', 'zone', 'country', 'region']));
const marketSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    intensity: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('intensity', { max: 3 }).optional(),
    'carbon-free-energy': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)().optional(),
    // The supplier's or region's residual mix, for the energy no instrument covers (GHG Protocol Scope 2 guidance).
    'residual-intensity': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('intensity', { max: 3 }).optional(),
    matching: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['annual', 'hourly']).optional(),
    // matching: hourly: a repo file of the contracted carbon-free supply hour by hour (docs/formats.md).
    supply: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(1024).optional(),
    // Accepted only to be refused with the reason: offsets are not a Scope 2 instrument.
    offsets: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional(),
})
    // Hourly matching (supply) is checked by ingest, which says what goes with it.
    .refine((m) => m.offsets !== undefined || m.supply !== undefined || m.matching === 'hourly' || (m.intensity === undefined) !== (m['carbon-free-energy'] === undefined && m['residual-intensity'] === undefined), {
    message: 'give either intensity (a contract for all the energy), or carbon-free-energy and/or residual-intensity, or matching: hourly with supply',
})
    // intensity alone, or a share and/or a residual mix (zod also refuses intensity with either), or a supply file.
    .meta({ ...anyOf(['intensity', 'carbon-free-energy', 'residual-intensity', 'supply']), not: { anyOf: [{ required: ['intensity', 'carbon-free-energy'] }, { required: ['intensity', 'residual-intensity'] }] } });
const embodiedSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    lifetime: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('duration', { positive: true, min: 0.25 * _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOURS_PER_YEAR */ .yw, max: 30 * _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOURS_PER_YEAR */ .yw }).optional(),
    'active-share': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)().refine((x) => x > 0, 'must be greater than 0 %').register(_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .QUANTITY_OF */ .QD, { dimension: 'ratio', bounds: { positive: true } }).optional(),
    datacenter: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    // false leaves the stage out, to match a published cradle-to-gate boundary (BLOOM's counts manufacturing only).
    transport: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    'end-of-life': zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
});
const hardwareSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    device: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(100),
    count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int('must be a whole number').min(1).max(10_000_000).optional(),
    // 10 kW per device is far above any accelerator board (B200: 1.2 kW): a larger figure is a unit slip.
    power: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('power', { max: 10_000 }).optional(),
    embodied: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('mass', { max: 100_000 }).optional(),
    'device-hours': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('duration', { positive: true, max: 1e10 }).optional(),
    transport: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('mass', { max: 100_000 }).optional(),
    'end-of-life': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('mass', { max: 100_000 }).optional(),
    'idle-power': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('power', { max: 10_000 }).optional(),
    'rated-power': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('power', { max: 10_000 }).optional(),
})
    .refine((h) => h.count !== undefined || h['device-hours'] !== undefined, { message: 'give count (with the duration) or device-hours' })
    .meta(anyOf(['count', 'device-hours']));
// A column by its header name, or its 1-based position (headerless files).
const columnRef = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1, 'must not be empty').max(200).meta({ pattern: '\\S' }), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int('must be a whole number').min(1, 'positions start at 1').max(10_000)]);
const columnsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    time: columnRef.optional(),
    power: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([columnRef, zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnRef).min(1, 'list at least one column').max(256)]).optional(),
    device: columnRef.optional(),
});
// Counts may be written with thousands separators ("60,000,000"), as people write them; YAML reads that as a string.
const count = (max) => zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$/, 'expected a number such as 60,000,000').transform((x) => Number(x.replace(/,/g, '')))])
    .pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0, 'must be zero or more').max(max, `at most ${max}`));
const rate = (max) => count(max).pipe(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive('must be greater than 0'));
const inferenceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    requests: count(1e15).optional(),
    'requests-per-day': count(1e13).optional(),
    // 10 kWh for one request is far above any model's: a larger figure is a unit slip (Wh vs kWh).
    'energy-per-request': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('energy', { positive: true, max: 10 }).optional(),
    'requests-per-second': rate(1e7).optional(),
    'tokens-per-second': rate(1e9).optional(),
    'tokens-per-request': rate(1e8).optional(),
});
const logSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(1024),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['nvidia-smi', 'nvidia-smi-dmon', 'codecarbon', 'power-csv', 'power-jsonl', 'prometheus', 'wandb', 'mlflow', 'auto']).optional(),
    timezone: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(64).optional(),
    replicas: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int('must be a whole number').min(1).max(1_000_000).optional(),
    'gap-threshold': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('duration', { positive: true, max: 24 }).optional(),
    gaps: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['bridge', 'zero', 'fail']).optional(),
    start: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(64).optional(),
    interval: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('duration', { positive: true, max: 1 }).optional(),
    columns: columnsSchema.optional(),
    'power-unit': zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['mW', 'W', 'kW']).optional(),
});
/** The manifest as users write it (contract: design.md "Files a user writes"). */
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    // JSON manifests name their JSON Schema here for editors (YAML ones use a `# yaml-language-server` comment).
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(1024).optional(),
    name,
    phase: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .PHASES */ .Z),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(2000).optional(),
    model: name.optional(),
    duration: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('duration', { positive: true, max: 100 * _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOURS_PER_YEAR */ .yw }).optional(),
    start: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64).optional(),
    end: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(64).optional(),
    hardware: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(hardwareSchema).min(1, 'list at least one hardware entry').max(1000),
    pue: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(1, 'a PUE is 1 or more').max(5, 'a PUE above 5 is not plausible').optional(),
    grid: gridSchema.optional(),
    market: marketSchema.optional(),
    embodied: embodiedSchema.optional(),
    // Scope 1 of the site per facility kWh (diesel backup, refrigerant leaks); 1 kg/kWh is already above a diesel generator's.
    'scope1-intensity': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('intensity', { max: 1 }).optional(),
    utilisation: (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)().optional(),
    'busy-hours': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('duration', { max: 1e10 }).optional(),
    'reserved-hours': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('duration', { positive: true, max: 1e10 }).optional(),
    // 1 TWh is far above any training run's idle energy: a larger figure is a unit slip.
    'idle-energy': (0,_quantity_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)('energy', { max: 1e9 }).optional(),
    inference: inferenceSchema.optional(),
    logs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(logSchema).max(1000).optional(),
    // A count below 1e-9 makes SCI overflow to Infinity (5e-324 units is a typo, not a unit of work).
    'functional-unit': zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(200), count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(1e-9, 'must be at least 1e-9').max(1e18) }).optional(),
});

/** Every key the manifest accepts at each level, for "did you mean" on unknown keys. */
const MANIFEST_KEYS = {
    // `$schema` is for editors, not a field to suggest for a misspelt key.
    '': Object.keys(manifestSchema.shape).filter((k) => k !== '$schema'),
    hardware: ['device', 'count', 'power', 'embodied', 'device-hours', 'transport', 'end-of-life', 'idle-power', 'rated-power'],
    grid: ['intensity', 'zone', 'country', 'region', 'series', 'marginal-intensity'],
    market: ['intensity', 'carbon-free-energy', 'residual-intensity', 'matching', 'supply'],
    embodied: ['lifetime', 'active-share', 'datacenter', 'transport', 'end-of-life'],
    logs: ['path', 'format', 'timezone', 'replicas', 'gap-threshold', 'gaps', 'start', 'interval', 'columns', 'power-unit'],
    'logs.columns': ['time', 'power', 'device'],
    'functional-unit': ['name', 'count'],
    inference: ['requests', 'requests-per-day', 'energy-per-request', 'requests-per-second', 'tokens-per-second', 'tokens-per-request'],
};


/***/ }),

/***/ 6507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   mG: () => (/* binding */ marketOf)
/* harmony export */ });
/* unused harmony export describeGrid */
/* harmony import */ var _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7036);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8782);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7564);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5888);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7939);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8820);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2075);
/* harmony import */ var _yaml_doc_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3354);
/* harmony import */ var _zod_problems_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6002);









const DEFAULT_GAP_THRESHOLD_S = 60;
/**
 * Reads one manifest: YAML or JSON, schema, units, catalog ids, paths. Returns every problem found,
 * each with its line; defaults that were applied are listed on the experiment so the report shows them.
 */
function readManifest(text, file, defaults, defaultsFile = 'carbon-budget.yml') {
    const doc = (0,_yaml_doc_js__WEBPACK_IMPORTED_MODULE_7__/* .parseYamlDoc */ .V)(text, file);
    if (doc.problems.length)
        return { problems: [...doc.problems] };
    if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        return { problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('manifest-not-mapping', { file })] };
    }
    const parsed = _manifest_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestSchema */ .rc.safeParse(doc.value);
    if (!parsed.success) {
        const keysAt = (path) => _manifest_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_KEYS */ .Tb[path.filter((p) => typeof p === 'string').join('.')];
        return { problems: (0,_zod_problems_js__WEBPACK_IMPORTED_MODULE_8__/* .zodProblems */ .G)(parsed.error, doc.value, doc.posOf, keysAt, doc.keyPosOf) };
    }
    const raw = parsed.data;
    const problems = [];
    const posOf = doc.posOf;
    const defaultsUsed = [];
    const hardware = raw.hardware.map((h, i) => {
        let device = h.device;
        if (device !== 'custom') {
            const found = (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findDevice */ .iI)(device);
            if (!found) {
                problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('unknown-device', { device, pos: posOf(['hardware', i, 'device']), field: `hardware.${i}.device`, suggestion: nearestDevice(device) }));
            }
            else
                device = found.id;
        }
        else if (h.power === undefined || h.embodied === undefined) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('custom-device-incomplete', { pos: posOf(['hardware', i]), field: `hardware.${i}` }));
        }
        return {
            device,
            count: h.count ?? 1,
            ...(h.power !== undefined ? { powerW: h.power } : {}),
            ...(h.embodied !== undefined ? { embodiedKgCO2e: h.embodied } : {}),
            ...(h['device-hours'] !== undefined ? { deviceHours: h['device-hours'] } : {}),
            ...(h.transport !== undefined ? { transportKgCO2e: h.transport } : {}),
            ...(h['end-of-life'] !== undefined ? { endOfLifeKgCO2e: h['end-of-life'] } : {}),
            ...(h['idle-power'] !== undefined ? { idlePowerW: h['idle-power'] } : {}),
            ...(h['rated-power'] !== undefined ? { ratedPowerW: h['rated-power'] } : {}),
        };
    });
    const durationH = durationOf(raw, file, posOf, problems);
    const utilisation = utilisationOf(raw, posOf, problems);
    const inference = inferenceOf(raw, durationH, posOf, problems);
    if (durationH === undefined && (raw.logs ?? []).length === 0 && raw.hardware.some((h) => h['device-hours'] === undefined)) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('duration-missing', { pos: posOf(['name']), field: 'duration' }));
    }
    const grid = gridOf(raw.grid, defaults, posOf, problems, defaultsUsed, defaultsFile);
    const seriesPath = raw.grid?.series !== undefined ? checkedPath(raw.grid.series, file, ['grid', 'series'], posOf, problems) : undefined;
    // The manifest's own grid takes its own marginal; a defaulted grid takes the config's.
    const marginalKgPerKWh = raw.grid ? raw.grid['marginal-intensity'] : defaults.marginalKgPerKWh;
    const pueCoefficient = raw.pue === undefined && defaults.pue === undefined ? catalogPue(grid) : undefined;
    const pue = pueOf(raw, grid, defaults, defaultsUsed, defaultsFile);
    const timed = (raw.logs ?? []).length > 0 || (raw.start !== undefined && durationH !== undefined);
    const market = raw.market ? marketOf(raw.market, posOf, problems, ['market'], { file, timed }) : defaults.market;
    if (!raw.market && defaults.market)
        defaultsUsed.push(`market from ${defaultsFile}`);
    const lifetimeH = raw.embodied?.lifetime ?? defaults.lifetimeH ?? _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_HARDWARE_LIFETIME */ .pv.central;
    if (raw.embodied?.lifetime === undefined)
        defaultsUsed.push(`hardware lifetime ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatLifetime */ .Re)(lifetimeH)} from ${defaults.lifetimeH !== undefined ? defaultsFile : `the catalog (${_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_HARDWARE_LIFETIME */ .pv.source.title})`}`);
    const activeShare = raw.embodied?.['active-share'] ?? defaults.activeShare ?? _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ACTIVE_SHARE */ .Hz.central;
    if (raw.embodied?.['active-share'] === undefined)
        defaultsUsed.push(`active share ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercentSet */ .D5)(activeShare)} from ${defaults.activeShare !== undefined ? defaultsFile : 'the catalog'}`);
    const datacenter = raw.embodied?.datacenter ?? defaults.datacenter ?? true;
    const transport = raw.embodied?.transport ?? defaults.transport;
    const endOfLife = raw.embodied?.['end-of-life'] ?? defaults.endOfLife;
    if (raw.embodied?.transport === undefined && defaults.transport !== undefined)
        defaultsUsed.push(`transport ${defaults.transport ? 'counted' : 'left out'} from ${defaultsFile}`);
    if (raw.embodied?.['end-of-life'] === undefined && defaults.endOfLife !== undefined)
        defaultsUsed.push(`end of life ${defaults.endOfLife ? 'counted' : 'left out'} from ${defaultsFile}`);
    const logs = (raw.logs ?? []).map((l, i) => logOf(l, i, file, posOf, problems));
    if (problems.length)
        return { problems };
    const positions = {};
    for (const key of ['name', 'phase', 'duration', 'hardware', 'pue', 'grid', 'market', 'embodied', 'logs', 'functional-unit']) {
        positions[key] = posOf([key]);
    }
    raw.hardware.forEach((_, i) => (positions[`hardware.${i}`] = posOf(['hardware', i])));
    (raw.logs ?? []).forEach((_, i) => {
        for (const key of ['path', 'timezone', 'format'])
            positions[`logs.${i}.${key}`] = posOf(['logs', i, key]);
        positions[`logs.${i}`] = posOf(['logs', i]);
    });
    if (raw.grid?.series !== undefined)
        positions['grid.series'] = posOf(['grid', 'series']);
    if (raw.market?.supply !== undefined)
        positions['market.supply'] = posOf(['market', 'supply']);
    return {
        problems,
        experiment: {
            name: raw.name,
            phase: raw.phase,
            file,
            ...(raw.description !== undefined ? { description: raw.description } : {}),
            ...(raw.model !== undefined ? { model: raw.model } : {}),
            ...(durationH !== undefined ? { durationH } : {}),
            hardware,
            pue,
            grid,
            ...(seriesPath !== undefined ? { seriesPath } : {}),
            ...(marginalKgPerKWh !== undefined ? { marginalKgPerKWh } : {}),
            ...(raw.start !== undefined && durationH !== undefined ? { startMs: (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseZonedTimestamp */ .oe)(raw.start) } : {}),
            ...(market ? { market } : {}),
            lifetimeH,
            activeShare,
            datacenter,
            ...(transport !== undefined ? { transport } : {}),
            ...(endOfLife !== undefined ? { endOfLife } : {}),
            ...(raw['scope1-intensity'] !== undefined ? { scope1KgPerKWh: raw['scope1-intensity'] } : {}),
            ...(utilisation !== undefined ? { utilisation } : {}),
            ...(raw['idle-energy'] !== undefined ? { idleEnergyKWh: raw['idle-energy'] } : {}),
            ...(inference ? { inference } : {}),
            logs,
            ...(raw['functional-unit'] ? { functionalUnit: raw['functional-unit'] } : {}),
            ...defaultCoefficientsOf({
                pue: pueCoefficient,
                lifetimeH: raw.embodied?.lifetime === undefined && defaults.lifetimeH === undefined ? _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_HARDWARE_LIFETIME */ .pv : undefined,
                activeShare: raw.embodied?.['active-share'] === undefined && defaults.activeShare === undefined ? _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ACTIVE_SHARE */ .Hz : undefined,
            }),
            defaultsUsed,
            positions,
        },
    };
}
function nearestDevice(written) {
    const names = [];
    for (const d of (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .listDevices */ ._0)())
        for (const n of [d.id, ...d.aliases])
            names.push([n, d.id]);
    const best = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_2__/* .nearest */ .pA)(written, names.map(([n]) => n));
    return names.find(([n]) => n === best)?.[1] ?? (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .deviceIds */ .Hg)()[0] ?? '';
}
/** Why a manifest time is not a timestamp with a zone, with the user's value converted where it can be. */
function zonedTimestampProblem(value, at) {
    const naive = (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseZonedTimestamp */ .oe)(`${value.trim()}Z`);
    if (naive !== undefined) {
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('time-no-zone', { value, ...at, suggestion: `${value.trim().replace(' ', 'T')}Z` });
    }
    const why = (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .explainTimestamp */ .O6)(value);
    return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('time-invalid', { reason: why.message, ...at, suggestion: why.suggestion });
}
function durationOf(raw, _file, posOf, problems) {
    if (raw.start === undefined && raw.end === undefined)
        return raw.duration;
    const start = raw.start !== undefined ? (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseZonedTimestamp */ .oe)(raw.start) : undefined;
    const end = raw.end !== undefined ? (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseZonedTimestamp */ .oe)(raw.end) : undefined;
    for (const [key, value, ms] of [['start', raw.start, start], ['end', raw.end, end]]) {
        if (value !== undefined && ms === undefined)
            problems.push(zonedTimestampProblem(value, { pos: posOf([key]), field: key }));
    }
    if (start === undefined || end === undefined) {
        if (raw.start !== undefined && raw.end !== undefined)
            return undefined;
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('start-end-pair', { pos: posOf([raw.start !== undefined ? 'start' : 'end']), field: raw.start !== undefined ? 'end' : 'start' }));
        return undefined;
    }
    if (end <= start) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('end-before-start', { pos: posOf(['end']), field: 'end' }));
        return undefined;
    }
    const fromTimes = (end - start) / _core_units_js__WEBPACK_IMPORTED_MODULE_2__/* .HOUR_MS */ .iQ;
    if (raw.duration !== undefined && Math.abs(raw.duration - fromTimes) > 1e-9 * fromTimes) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('duration-disagrees', { durationH: raw.duration, fromTimesH: fromTimes, pos: posOf(['duration']), field: 'duration' }));
    }
    return fromTimes;
}
/**
 * The inference block: requests (a total, or a daily rate over the duration) and how their energy is
 * known: per request, from throughput per accelerator (requests, or tokens over tokens per request),
 * or from the manifest's logs (energy over the request count).
 */
function inferenceOf(raw, durationH, posOf, problems) {
    const inf = raw.inference;
    if (!inf)
        return undefined;
    const at = (key) => ({ pos: posOf(['inference', key]), field: `inference.${key}` });
    const fail = (p) => {
        problems.push(p);
        return undefined;
    };
    if ((inf.requests === undefined) === (inf['requests-per-day'] === undefined)) {
        return fail((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('inference-requests', at('requests')));
    }
    if (inf['requests-per-day'] !== undefined && durationH === undefined)
        return fail((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('inference-per-day-duration', at('requests-per-day')));
    const requests = inf.requests ?? (inf['requests-per-day'] * durationH) / 24;
    const ways = ['energy-per-request', 'requests-per-second', 'tokens-per-second'].filter((k) => inf[k] !== undefined);
    if (ways.length > 1)
        return fail((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('inference-two-ways', { ways, ...at(ways[1]) }));
    const logged = (raw.logs ?? []).length > 0;
    if (ways.length === 0 && !logged) {
        return fail((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('inference-energy-unknown', at('requests')));
    }
    if (ways.length > 0 && logged)
        return fail((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('inference-logged', { way: ways[0], ...at(ways[0]) }));
    if (inf['tokens-per-second'] !== undefined && inf['tokens-per-request'] === undefined)
        return fail((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('inference-tokens-per-request', at('tokens-per-second')));
    const perSecond = inf['requests-per-second'] ?? (inf['tokens-per-second'] !== undefined ? inf['tokens-per-second'] / inf['tokens-per-request'] : undefined);
    if (perSecond !== undefined) {
        const accelerators = raw.hardware.filter((h) => (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findDevice */ .iI)(h.device)?.kind !== 'host');
        if (accelerators.length !== 1)
            return fail((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('inference-one-accelerator', { found: accelerators.length, ...at(ways[0]) }));
    }
    return { requests, ...(inf['energy-per-request'] !== undefined ? { energyPerRequestKWh: inf['energy-per-request'] } : {}), ...(perSecond !== undefined ? { requestsPerSecondPerDevice: perSecond } : {}) };
}
/**
 * The busy share of the reserved time: `utilisation`, or `busy-hours` / `reserved-hours` (given
 * together, busy at most reserved). Custom lines with idle time must say what they draw idle.
 */
function utilisationOf(raw, posOf, problems) {
    const busy = raw['busy-hours'];
    const reserved = raw['reserved-hours'];
    if (raw.utilisation !== undefined && (busy !== undefined || reserved !== undefined)) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('utilisation-both', { pos: posOf(['utilisation']), field: 'utilisation' }));
        return undefined;
    }
    if ((busy === undefined) !== (reserved === undefined)) {
        const missing = busy === undefined ? 'busy-hours' : 'reserved-hours';
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('busy-reserved-pair', { missing, pos: posOf([busy === undefined ? 'reserved-hours' : 'busy-hours']), field: missing }));
        return undefined;
    }
    if (busy !== undefined && reserved !== undefined && busy > reserved) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('busy-over-reserved', { busyH: busy, reservedH: reserved, pos: posOf(['busy-hours']), field: 'busy-hours' }));
        return undefined;
    }
    const share = raw.utilisation ?? (busy !== undefined && reserved !== undefined ? busy / reserved : undefined);
    if (share !== undefined && share < 1) {
        raw.hardware.forEach((h, i) => {
            if (h.device === 'custom' && h['idle-power'] === undefined) {
                problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('custom-device-idle', { pos: posOf(['hardware', i]), field: `hardware.${i}.idle-power` }));
            }
        });
    }
    return share;
}
function gridOf(raw, defaults, posOf, problems, used, defaultsFile) {
    if (raw?.intensity !== undefined)
        return { kind: 'intensity', kgPerKWh: raw.intensity };
    if (raw?.zone !== undefined || raw?.country !== undefined) {
        const field = raw.zone !== undefined ? 'zone' : 'country';
        const key = (raw.zone ?? raw.country);
        const found = (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findGrid */ .yD)(key);
        if (!found) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('unknown-zone', { kind: field, key, pos: posOf(['grid', field]), field: `grid.${field}`, suggestion: (0,_core_units_js__WEBPACK_IMPORTED_MODULE_2__/* .nearest */ .pA)(key, (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .gridKeys */ .zx)()) }));
            return { kind: 'intensity', kgPerKWh: 0 };
        }
        return field === 'zone' ? { kind: 'zone', zone: found.key } : { kind: 'country', country: found.key };
    }
    if (raw?.region !== undefined) {
        const found = (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findRegion */ .g6)(raw.region);
        if (!found) {
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('unknown-region', { region: raw.region, pos: posOf(['grid', 'region']), field: 'grid.region', suggestion: (0,_core_units_js__WEBPACK_IMPORTED_MODULE_2__/* .nearest */ .pA)(raw.region, (0,_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .regionIds */ .JG)()) }));
            return { kind: 'intensity', kgPerKWh: 0 };
        }
        return { kind: 'region', region: found.id };
    }
    if (defaults.grid) {
        used.push(`grid ${describeGrid(defaults.grid)} from ${defaultsFile}`);
        return defaults.grid;
    }
    used.push(`grid: world average (${_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .WORLD_GRID */ .kR.averageKgPerKWh.source.title} ${_core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .WORLD_GRID */ .kR.averageKgPerKWh.source.year}): no grid in the manifest or ${defaultsFile}`);
    return { kind: 'country', country: _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .WORLD_GRID */ .kR.key };
}
function describeGrid(g) {
    switch (g.kind) {
        case 'intensity': return (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatIntensityGiven */ .iI)(g.kgPerKWh);
        case 'zone': return g.zone;
        case 'country': return g.country;
        case 'region': return g.region;
    }
}
function catalogPue(grid) {
    const provider = grid.kind === 'region' ? grid.region.split('/')[0] : undefined;
    return (provider ? _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PUE_BY_PROVIDER */ .pg[provider] : undefined) ?? _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PUE */ .fU;
}
function defaultCoefficientsOf(c) {
    const picked = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
    return Object.keys(picked).length ? { defaultCoefficients: picked } : {};
}
function pueOf(raw, grid, defaults, used, defaultsFile) {
    if (raw.pue !== undefined)
        return raw.pue;
    if (defaults.pue !== undefined) {
        used.push(`PUE ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPueGiven */ .xc)(defaults.pue)} from ${defaultsFile}`);
        return defaults.pue;
    }
    const provider = grid.kind === 'region' ? grid.region.split('/')[0] : undefined;
    const byProvider = provider ? _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PUE_BY_PROVIDER */ .pg[provider] : undefined;
    const c = byProvider ?? _core_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PUE */ .fU;
    used.push(`PUE ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPueGiven */ .xc)(c.central)} (${c.source.title} ${c.source.year}${byProvider ? `, ${String(provider)}` : ', unknown datacenter'})`);
    return c.central;
}
/**
 * Market instruments as the GHG Protocol Scope 2 guidance counts them. Offsets are refused: they
 * are not energy attribute certificates, contracts or supplier rates, and never lower Scope 2.
 * Hourly (24/7) matching reads the buyer's carbon-free supply hour by hour from `supply`, a file
 * beside the manifest, over the hours the run used energy (its logs, or start and end).
 */
function marketOf(raw, posOf, problems, prefix = ['market'], manifest) {
    const at = (key) => ({ pos: posOf([...prefix, key]), field: [...prefix, key].join('.') });
    if (raw.offsets !== undefined) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('market-offsets', at('offsets')));
        return undefined;
    }
    if (raw.matching === 'hourly' || raw.supply !== undefined)
        return hourlyMarketOf(raw, at, problems, manifest);
    if (raw.intensity !== undefined)
        return { kind: 'intensity', kgPerKWh: raw.intensity };
    return {
        kind: 'carbon-free-share',
        share: raw['carbon-free-energy'] ?? 0,
        ...(raw['residual-intensity'] !== undefined ? { residualKgPerKWh: raw['residual-intensity'] } : {}),
    };
}
/** `matching: hourly` with its `supply`: every way it cannot give an honest hourly figure is an error that says what to write. */
function hourlyMarketOf(raw, at, problems, manifest) {
    const before = problems.length;
    if (!manifest) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('hourly-in-config', { ...at(raw.matching === 'hourly' ? 'matching' : 'supply'), suggestion: 'annual' }));
        return undefined;
    }
    if (raw.supply === undefined)
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('hourly-no-supply', at('matching')));
    else if (raw.matching !== 'hourly')
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('supply-without-hourly', { ...at('supply'), suggestion: 'hourly' }));
    for (const key of ['carbon-free-energy', 'intensity']) {
        if (raw[key] !== undefined)
            problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('hourly-annual-field', { key, ...at(key) }));
    }
    if (!manifest.timed)
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('hourly-untimed', at('matching')));
    if (problems.length > before || raw.supply === undefined)
        return undefined;
    const supplyPath = checkedPath(raw.supply, manifest.file, [...at('supply').field.split('.')], (p) => at(String(p[p.length - 1])).pos, problems);
    return { kind: 'hourly', supplyPath, ...(raw['residual-intensity'] !== undefined ? { residualKgPerKWh: raw['residual-intensity'] } : {}) };
}
function checkedPath(written, file, path, posOf, problems) {
    const resolved = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveRepoPath */ .q)(written, file);
    if ('error' in resolved) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('path-invalid', { written, reason: resolved.error, pos: posOf(path), field: path.map(String).join(".") }));
        return '';
    }
    return resolved.path;
}
function columnsOf(c) {
    return {
        ...(c.time !== undefined ? { time: c.time } : {}),
        ...(c.power !== undefined ? { power: Array.isArray(c.power) ? c.power : [c.power] } : {}),
        ...(c.device !== undefined ? { device: c.device } : {}),
    };
}
function logOf(l, i, file, posOf, problems) {
    const timezone = l.timezone ?? 'UTC';
    const zone = (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseZone */ .Cd)(timezone);
    if ('error' in zone) {
        problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('timezone-invalid', { reason: zone.error, pos: posOf(['logs', i, 'timezone']), field: `logs.${i}.timezone`, suggestion: zone.suggestion }));
    }
    let startMs;
    if (l.start !== undefined) {
        startMs = (0,_time_js__WEBPACK_IMPORTED_MODULE_6__/* .parseZonedTimestamp */ .oe)(l.start);
        if (startMs === undefined)
            problems.push(zonedTimestampProblem(l.start, { pos: posOf(['logs', i, 'start']), field: `logs.${i}.start` }));
    }
    return {
        path: checkedPath(l.path, file, ['logs', i, 'path'], posOf, problems),
        ...(l.format !== undefined && l.format !== 'auto' ? { format: l.format } : {}),
        timezone,
        replicas: l.replicas ?? 1,
        gapThresholdS: l['gap-threshold'] !== undefined ? l['gap-threshold'] * _core_units_js__WEBPACK_IMPORTED_MODULE_2__/* .HOUR_S */ .nT : DEFAULT_GAP_THRESHOLD_S,
        gaps: l.gaps ?? 'bridge',
        ...(startMs !== undefined ? { startMs } : {}),
        ...(l.interval !== undefined ? { intervalS: l.interval * _core_units_js__WEBPACK_IMPORTED_MODULE_2__/* .HOUR_S */ .nT } : {}),
        ...(l.columns !== undefined ? { columns: columnsOf(l.columns) } : {}),
        ...(l['power-unit'] !== undefined ? { powerUnit: l['power-unit'] } : {}),
    };
}


/***/ }),

/***/ 8820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ normalizeRepoPath),
/* harmony export */   q: () => (/* binding */ resolveRepoPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * Resolves a path written in a manifest (relative to the manifest's folder) to a repo-relative
 * POSIX path, or says why it cannot be read: absolute paths, `..` that climbs out of the
 * repository, NUL bytes and backslashes are refused. Symlinks are refused where files are read.
 */
function resolveRepoPath(written, manifestFile) {
    if (written.includes('\0'))
        return { error: 'contains a NUL byte' };
    if (written.includes('\\'))
        return { error: 'uses backslashes; write paths with "/"' };
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(written) || /^[A-Za-z]:/.test(written))
        return { error: 'is absolute; write it relative to the manifest\'s folder' };
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(manifestFile), written));
    if (joined === '..' || joined.startsWith('../') || joined === '.')
        return { error: 'leaves the repository' };
    return { path: joined };
}
/** Normalizes a repo-relative path from a listing; undefined when it would leave the repository. */
function normalizeRepoPath(path) {
    const p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path.replace(/\\/g, '/'));
    if (p.startsWith('../') || p === '..' || node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(p) || p.includes('\0'))
        return undefined;
    return p;
}


/***/ }),

/***/ 9767:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ quantityJsonSchema),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   QD: () => (/* binding */ QUANTITY_OF),
/* harmony export */   au: () => (/* binding */ quantity)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4528);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9396);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7564);


// One input schema under every quantity field: zod schemas are immutable, and building one per field
// was a large part of building the manifest schema at each start.
let written;
const writtenQuantity = () => (written ??= zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]));
/**
 * A zod schema for a quantity written with a unit. A bare number is refused with the unit it needs
 * (`400` → did you mean "400 W"?), since guessing W or kW would change the result a thousandfold.
 * Its JSON Schema (schema/, for editors) is a string of that unit's grammar, from `quantityPattern`.
 */
function quantity(dimension, bounds = {}) {
    return writtenQuantity().transform((raw, ctx) => {
        if (typeof raw === 'number') {
            const unit = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatQuantity */ .VZ)(1, dimension).split(' ')[1];
            ctx.addIssue({ code: 'custom', message: `bare number ${raw} has no unit; expected ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .expectedText */ .GD)(dimension)}; did you mean "${raw} ${unit}"?` });
            return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
        }
        const parsed = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseQuantity */ .Lf)(raw, dimension);
        if ((0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnitProblem */ .WN)(parsed)) {
            ctx.addIssue({ code: 'custom', message: parsed.message + (parsed.suggestion ? `; did you mean "${parsed.suggestion}"?` : '') });
            return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
        }
        const v = parsed.value;
        const show = (x) => (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatQuantity */ .VZ)(x, dimension, parsed.unit);
        if (v < 0 || (bounds.positive && v === 0)) {
            ctx.addIssue({ code: 'custom', message: `"${raw}" must be ${bounds.positive ? 'greater than zero' : 'zero or more'}` });
            return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
        }
        if (bounds.min !== undefined && v < bounds.min) {
            ctx.addIssue({ code: 'custom', message: `"${raw}" is below the smallest plausible value ${show(bounds.min)}; did you mean "${show(bounds.min)}"?` });
            return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
        }
        if (bounds.max !== undefined && v > bounds.max) {
            ctx.addIssue({ code: 'custom', message: `"${raw}" is above the largest plausible value ${show(bounds.max)}; check the unit` });
            return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
        }
        return v;
    }).register(QUANTITY_OF, { dimension, bounds });
}
/**
 * The quantity each quantity schema reads, so `jsonSchemas()` (schema/, for editors) writes its
 * JSON Schema in place of what zod would generate: a transform's input, string or number, says too
 * little. The pattern is built there, not here: building it for every field cost each run's start-up.
 */
const QUANTITY_OF = zod__WEBPACK_IMPORTED_MODULE_3__/* .registry */ .u5();
/** What an editor can check of a quantity without computing: a string with a unit of the dimension. */
function quantityJsonSchema(dimension, bounds = {}) {
    return { type: 'string', pattern: (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .quantityPattern */ ["in"])(dimension, bounds), description: (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .expectedText */ .GD)(dimension) };
}
/** A share written as a percentage: `85 %`; 0 to 100 %. */
const percent = () => quantity('ratio', { max: 1 });


/***/ }),

/***/ 2075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ parseZone),
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   Hd: () => (/* binding */ daysFromCivil),
/* harmony export */   O6: () => (/* binding */ explainTimestamp),
/* harmony export */   oV: () => (/* binding */ isCivil),
/* harmony export */   oe: () => (/* binding */ parseZonedTimestamp),
/* harmony export */   vk: () => (/* binding */ unixMs),
/* harmony export */   zy: () => (/* binding */ unixNote)
/* harmony export */ });
/* unused harmony exports daysInMonth, UNIX_UNITS */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7564);

const UTC_NAMES = /^(?:UTC|GMT|Z|Etc\/UTC|Etc\/GMT|Universal|Zulu)$/i;
const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;
function offsetMs(sign, hours, minutes) {
    const h = Number(hours);
    const m = Number(minutes ?? 0);
    if (h > 14 || m > 59)
        return undefined;
    return (sign === '-' ? -1 : 1) * (h * 60 + m) * _core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .kg;
}
/** Whether Intl knows an IANA zone name. */
function knownZone(name) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Reads a zone: `UTC`, `+02:00`, `+0200`, `-5`, `UTC-5`, `GMT+1`, or an IANA name (`Europe/Berlin`).
 * @returns the zone, or a message with the nearest valid spelling.
 */
function parseZone(text) {
    const zone = text.trim();
    if (zone === '' || UTC_NAMES.test(zone))
        return { kind: 'offset', offsetMs: 0 };
    const fixed = OFFSET.exec(zone);
    if (fixed) {
        const ms = offsetMs(fixed[1], fixed[2], fixed[3]);
        if (ms !== undefined)
            return { kind: 'offset', offsetMs: ms };
        return { error: `offset "${text}" is beyond ±14:00` };
    }
    // IANA's own Etc/GMT+5 means UTC-5: Intl reads it so, and so does this.
    if (knownZone(zone))
        return { kind: 'iana', name: zone };
    const zones = Intl.supportedValuesOf('timeZone');
    const byCity = zones.find((z) => z.split('/').pop().toLowerCase() === zone.toLowerCase().replace(/\s+/g, '_'));
    return {
        error: `unknown timezone "${text}"; expected an IANA zone such as "Europe/Paris", "UTC", or an offset such as "+02:00" or "UTC-5"`,
        suggestion: byCity ?? (0,_core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(zone, zones),
    };
}
/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm); no Date object. */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** Whether a date and time of day exist (a leap second allowed); every reader's fast path checks with it. */
function isCivil(year, month, day, hour = 0, minute = 0, second = 0) {
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 60;
}
function daysInMonth(year, month) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** Units of Unix times seen while reading, for the report: by magnitude, so the report says which. */
const UNIX_UNITS = ['s', 'ms'];
// Below 1e11 a number is seconds (up to year 5138), from there ms (from 1973). Microseconds are
// not guessed: read as ms they fall centuries out, and the plausibility check refuses them.
const UNIX_LIMITS = [1e11];
const UNIX_TO_MS = [1000, 1];
const UNIX = /^\d+(?:\.\d+)?$/;
/** A Unix time in s or ms, told apart by magnitude, as UTC ms; NaN when negative or not finite. */
function unixMs(n, seen) {
    if (!(n >= 0) || !Number.isFinite(n))
        return NaN;
    let unit = 0;
    while (unit < UNIX_LIMITS.length && n >= UNIX_LIMITS[unit])
        unit++;
    if (seen)
        seen.unixUnits |= 1 << unit;
    return unit === 1 ? n : n * UNIX_TO_MS[unit];
}
/** What the report says of the Unix times a read met, or undefined when it met none. */
function unixNote(seen) {
    const units = UNIX_UNITS.filter((_, i) => (seen.unixUnits & (1 << i)) !== 0);
    if (units.length === 0)
        return undefined;
    const names = { s: 'seconds', ms: 'milliseconds' };
    return `Unix times read as ${units.map((u) => names[u]).join(' and ')} since 1970, told apart by magnitude (below 1e11: seconds, else milliseconds)`;
}
const DATE_TIME = /^(\d{4})(?:([-/])(\d{2})\2(\d{2})|(\d{2})(\d{2}))(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/;
/**
 * Reads a timestamp of the grammar above into UTC ms; a time without a zone goes through `clock`.
 * @returns NaN when the text is not of the grammar or not a real date (see `explainTimestamp`).
 */
function parseTimestamp(text, clock, seen) {
    const t = text.trim();
    if (UNIX.test(t))
        return unixMs(Number(t), seen);
    const m = DATE_TIME.exec(t);
    if (!m)
        return NaN;
    const year = Number(m[1]);
    const month = Number(m[3] ?? m[5]);
    const day = Number(m[4] ?? m[6]);
    const hour = Number(m[7] ?? 0);
    const minute = Number(m[8] ?? 0);
    const second = Number(m[9] ?? 0);
    if (!isCivil(year, month, day, hour, minute, second))
        return NaN;
    const fraction = m[10] ? Number(`0.${m[10]}`) * _core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .SECOND_MS */ ._L : 0;
    const local = daysFromCivil(year, month, day) * _core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO + hour * _core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ + minute * _core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .MINUTE_MS */ .kg + second * _core_units_js__WEBPACK_IMPORTED_MODULE_0__/* .SECOND_MS */ ._L + fraction;
    const zone = m[11];
    if (zone === undefined)
        return clock.toUtcMs(local);
    if (zone === 'Z' || zone === 'z' || zone === 'UTC')
        return local;
    const off = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    const ms = offsetMs(off[1], off[2], off[3]);
    return ms === undefined ? NaN : local - ms;
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
const iso = (y, mo, d, rest) => `${y}-${pad(mo)}-${pad(d)}${rest}`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * Why a time cell is not of the grammar, with the user's own value converted where it can be: a
 * day-first or month-first date whose order is clear (`14/03/2025` → `2025-03-14`), a one-digit
 * hour, a date that does not exist. Day/month-ambiguous dates (`01/02/2022`) name both readings.
 */
function explainTimestamp(text) {
    const t = text.trim();
    const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(.*)$/.exec(t);
    if (dmy) {
        const a = Number(dmy[1]);
        const b = Number(dmy[3]);
        const year = Number(dmy[4]);
        const time = dmy[5] !== undefined ? `T${pad(Number(dmy[5]))}:${dmy[6]}${dmy[7] !== undefined ? `:${dmy[7]}` : ''}${dmy[8] !== undefined ? `.${dmy[8]}` : ''}` : '';
        const rest = `${time}${dmy[9].trim()}`;
        const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= daysInMonth(year, b);
        const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= daysInMonth(year, a);
        if (dayFirst && monthFirst && a !== b) {
            return {
                message: `"${t}" could be ${a} ${MONTHS[b - 1]} or ${MONTHS[a - 1]} ${b} ${year}: day and month are ambiguous; write dates as ISO 8601 (${iso(year, b, a, '')} or ${iso(year, a, b, '')})`,
            };
        }
        if (dayFirst || monthFirst) {
            const [month, day] = dayFirst ? [b, a] : [a, b];
            return { message: `"${t}" is not ISO 8601 (YYYY-MM-DD); convert the dates`, suggestion: iso(year, month, day, rest) };
        }
    }
    const loose = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?)?(.*)$/.exec(t);
    if (loose) {
        const [year, month, day] = [Number(loose[1]), Number(loose[2]), Number(loose[3])];
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
            return { message: `"${t}" is a date that does not exist` };
        const time = loose[4] !== undefined ? `T${pad(Number(loose[4]))}:${pad(Number(loose[5]))}${loose[6] !== undefined ? `:${pad(Number(loose[6]))}` : ''}${loose[7] !== undefined ? `.${loose[7]}` : ''}` : '';
        const suggestion = iso(year, month, day, `${time}${loose[8].trim()}`);
        if (!Number.isNaN(parseTimestamp(suggestion, { toUtcMs: (ms) => ms })))
            return { message: `"${t}" is not ISO 8601: two digits each for month, day, hour, minute and second`, suggestion };
        if (Number(loose[4] ?? 0) > 23 || Number(loose[5] ?? 0) > 59 || Number(loose[6] ?? 0) > 60)
            return { message: `"${t}" is a time that does not exist` };
    }
    const parsed = Date.parse(t);
    if (t !== '' && Number.isFinite(parsed) && /[a-z]{3}/i.test(t)) {
        // A written-out date (`Mar 14 2025 09:26:53 GMT`): Date reads it; ISO says it plainly.
        return { message: `"${t}" is not ISO 8601 or a Unix time`, suggestion: new Date(parsed).toISOString().replace('.000Z', 'Z') };
    }
    return { message: `"${t}" is not a timestamp: expected ISO 8601 (2025-03-14T09:26:53Z, 2025-03-14 09:26:53+01:00), nvidia-smi's 2025/03/14 09:26:53.107, or Unix seconds or milliseconds` };
}
/** A timestamp that carries its zone (`Z` or an offset), as the manifest's `start` and `end` need; undefined otherwise. */
function parseZonedTimestamp(text) {
    const ms = parseTimestamp(text, { toUtcMs: () => NaN });
    return Number.isFinite(ms) && !UNIX.test(text.trim()) ? ms : undefined;
}


/***/ }),

/***/ 3354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ parseYamlDoc)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8782);


// Bounded expansion: an alias bomb ("billion laughs") stops here with an error, not a hang.
const MAX_ALIAS_COUNT = 100;
const MAX_DEPTH = 32;
/**
 * Parses YAML (JSON is read the same way) keeping node ranges, so every later error can name the
 * line and column of the field it is about. All syntax errors are reported, not just the first.
 */
function parseYamlDoc(text, file) {
    if (tooDeepToParse(text)) {
        const pos = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .filePos */ .t5)(file);
        return { value: undefined, posOf: () => pos, keyPosOf: () => pos, problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('yaml-too-deep', { max: MAX_DEPTH, pos })] };
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, col };
    };
    const problems = doc.errors.map((e) => 
    // The parser recurses per level: a 100,000-deep `[[[…` ends in a caught stack overflow; say why.
    /call stack/i.test(e.message)
        ? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('yaml-too-deep', { max: MAX_DEPTH, pos: at(0) })
        : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('yaml-syntax', { reason: e.message.split('\n')[0] ?? e.message, pos: at(e.pos[0]) }));
    const posOf = (path) => {
        for (let n = path.length; n >= 0; n--) {
            const node = doc.getIn(path.slice(0, n), true);
            if (node && typeof node === 'object' && 'range' in node && node.range)
                return at(node.range[0]);
            // A key with a null value has no value node: point at the key.
            const key = n > 0 ? keyNode(doc.getIn(path.slice(0, n - 1), true), path[n - 1]) : undefined;
            if (key?.range)
                return at(key.range[0]);
        }
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .filePos */ .t5)(file);
    };
    const keyPosOf = (path) => {
        const key = keyNode(doc.getIn(path.slice(0, -1), true), path[path.length - 1]);
        return key?.range ? at(key.range[0]) : posOf(path);
    };
    if (problems.length > 0)
        return { value: undefined, posOf, keyPosOf, problems };
    const depth = depthOf(doc.contents, 0);
    if (depth > MAX_DEPTH) {
        return { value: undefined, posOf, keyPosOf, problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('yaml-too-deep', { depth, max: MAX_DEPTH, pos: at(0) })] };
    }
    try {
        return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), posOf, keyPosOf, problems };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { value: undefined, posOf, keyPosOf, problems: [(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .problem */ .CC)('yaml-aliases', { reason: message, max: MAX_ALIAS_COUNT, pos: at(0) })] };
    }
}
// The composer recurses once per level: 20,000 levels of `[[[…` can abort the process (a stack
// overflow inside V8's regexp compiler is fatal, not catchable). The lexer does not recurse, so it
// bounds the depth first, stopping at the first token past the bound.
const MAX_LEXED_DEPTH = 256;
function tooDeepToParse(text) {
    let flow = 0;
    let lineDepth = 0;
    let atLineStart = true;
    for (const token of new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG().lex(text)) {
        const c = token[0];
        if (c === '[' || c === '{') {
            if (++flow > MAX_LEXED_DEPTH)
                return true;
        }
        else if (c === ']' || c === '}')
            flow--;
        else if (c === '\n' || c === '\r') {
            lineDepth = 0;
            atLineStart = true;
            continue;
        }
        else if (c === ' ' || c === '\t') {
            // Indentation is a bound on block depth (each level indents at least one column).
            if (atLineStart)
                lineDepth += token.length;
        }
        else if (c === '-' || c === '?' || c === ':')
            lineDepth++;
        if (lineDepth > MAX_LEXED_DEPTH)
            return true;
        if (c !== ' ' && c !== '\t')
            atLineStart = false;
    }
    return false;
}
function keyNode(parent, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent))
        return undefined;
    for (const item of parent.items) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(key))
            return item.key;
    }
    return undefined;
}
function depthOf(node, level) {
    if (level > MAX_DEPTH)
        return level;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return Math.max(level + 1, ...node.items.map((p) => depthOf((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) ? p.value : undefined, level + 1)));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return Math.max(level + 1, ...node.items.map((i) => depthOf(i, level + 1)));
    return level;
}


/***/ }),

/***/ 6002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ zodProblems)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8782);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7564);


/**
 * zod issues to Problems: the field path becomes a dotted name and a line/column in the file,
 * unknown keys and enum values get the nearest valid spelling.
 */
function zodProblems(error, root, posOf, keysAt, keyPosOf = posOf) {
    const out = [];
    for (const issue of error.issues) {
        const path = issue.path;
        const field = path.map(String).join('.');
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                const valid = keysAt(path) ?? [];
                const suggestion = valid.length ? (0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .pA)(key, valid) : undefined;
                out.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('unknown-field', { key, valid, pos: keyPosOf([...path, key]), field: [...path, key].map(String).join('.'), suggestion }));
            }
            continue;
        }
        if (issue.code === 'invalid_value' && 'values' in issue) {
            const values = issue.values.map(String);
            const got = valueAt(root, path);
            const suggestion = typeof got === 'string' ? (0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .nearest */ .pA)(got, values) : values[0];
            out.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('value-not-allowed', { shown: got === undefined ? undefined : shown(got), values, pos: posOf(path), field, suggestion }));
            continue;
        }
        if (issue.code === 'invalid_type' && valueAt(root, path) === undefined) {
            out.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('field-missing', { expected: issue.expected, pos: posOf(path), field }));
            continue;
        }
        out.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('field-invalid', { reason: issue.message, pos: posOf(path), field }));
    }
    return out;
}
function valueAt(root, path) {
    let v = root;
    for (const key of path)
        v = v !== null && typeof v === 'object' ? v[key] : undefined;
    return v;
}
// A manifest value may be a mapping whose `toString` key is `false`: String() would throw on it.
function shown(value) {
    if (value === null || typeof value !== 'object')
        return `"${String(value)}"`;
    return Array.isArray(value) ? 'a list' : 'a mapping';
}


/***/ }),

/***/ 4643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PV: () => (/* binding */ createLoadCache),
  p1: () => (/* binding */ loadExperiments),
  N1: () => (/* binding */ loadReport),
  Zf: () => (/* binding */ streamReport)
});

// UNUSED EXPORTS: readCapped

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./lib/core/assess.js + 1 modules
var assess = __webpack_require__(4221);
// EXTERNAL MODULE: ./lib/core/errors.js + 1 modules
var errors = __webpack_require__(8782);
// EXTERNAL MODULE: ./lib/core/model.js
var model = __webpack_require__(7206);
;// CONCATENATED MODULE: ./lib/core/report.js

const zero = () => ({ low: 0, central: 0, high: 0 });
const addTo = (sum, r) => {
    sum.low += r.low;
    sum.central += r.central;
    sum.high += r.high;
};
const rangeOf = (sum) => ({ low: sum.low, central: sum.central, high: sum.high });
/**
 * Totals of experiments added one at a time: a report written experiment by experiment sums the
 * same figures, in the same order, as one summed at once. Every range is summed end by end, so the
 * totals carry the coefficient ranges.
 */
class TotalsSum {
    count = 0;
    energyKWh = 0;
    capacityKW = 0;
    idleEnergyKWh = 0;
    idle = zero();
    operational = zero();
    embodied = zero();
    total = zero();
    location = zero();
    market = zero();
    // A total marginal figure is only meaningful when every experiment has one: dropped at the first without.
    marginal = zero();
    // Summed over the experiments whose grid data separates it; absent when none does.
    upstream;
    hardware = zero();
    datacenter = zero();
    transport = zero();
    endOfLife = zero();
    manufacturing = zero();
    lcaTransport = zero();
    use = zero();
    lcaEndOfLife = zero();
    scope1 = zero();
    scope2Location = zero();
    scope2Market = zero();
    scope3 = zero();
    add(r) {
        this.count++;
        this.energyKWh += r.energyKWh;
        this.capacityKW += r.capacityKW;
        this.idleEnergyKWh += r.idle?.energyKWh ?? 0;
        if (r.idle)
            addTo(this.idle, r.idle.kgCO2e);
        addTo(this.operational, r.operationalKgCO2e);
        addTo(this.embodied, r.embodiedKgCO2e);
        addTo(this.total, r.totalKgCO2e);
        addTo(this.location, r.operational.locationKgCO2e);
        addTo(this.market, r.operational.marketKgCO2e);
        const marginal = r.operational.marginalKgCO2e;
        if (marginal === undefined)
            this.marginal = undefined;
        else if (this.marginal)
            addTo(this.marginal, marginal);
        const upstream = r.scopes.scope3UpstreamEnergyKgCO2e;
        if (upstream)
            addTo((this.upstream ??= zero()), upstream);
        addTo(this.hardware, r.embodied.hardwareKgCO2e);
        addTo(this.datacenter, r.embodied.datacenterKgCO2e);
        addTo(this.transport, r.embodied.transportKgCO2e);
        addTo(this.endOfLife, r.embodied.endOfLifeKgCO2e);
        addTo(this.manufacturing, r.lca.manufacturingKgCO2e);
        addTo(this.lcaTransport, r.lca.transportKgCO2e);
        addTo(this.use, r.lca.useKgCO2e);
        addTo(this.lcaEndOfLife, r.lca.endOfLifeKgCO2e);
        addTo(this.scope1, r.scopes.scope1KgCO2e);
        addTo(this.scope2Location, r.scopes.scope2LocationKgCO2e);
        addTo(this.scope2Market, r.scopes.scope2MarketKgCO2e);
        addTo(this.scope3, r.scopes.scope3KgCO2e);
    }
    totals() {
        return {
            energyKWh: this.energyKWh,
            capacityKW: this.capacityKW,
            idle: { energyKWh: this.idleEnergyKWh, kgCO2e: rangeOf(this.idle) },
            operationalKgCO2e: rangeOf(this.operational),
            embodiedKgCO2e: rangeOf(this.embodied),
            totalKgCO2e: rangeOf(this.total),
            operational: {
                locationKgCO2e: rangeOf(this.location),
                marketKgCO2e: rangeOf(this.market),
                ...(this.count > 0 && this.marginal ? { marginalKgCO2e: rangeOf(this.marginal) } : {}),
            },
            embodied: {
                hardwareKgCO2e: rangeOf(this.hardware),
                datacenterKgCO2e: rangeOf(this.datacenter),
                transportKgCO2e: rangeOf(this.transport),
                endOfLifeKgCO2e: rangeOf(this.endOfLife),
            },
            lca: {
                manufacturingKgCO2e: rangeOf(this.manufacturing),
                transportKgCO2e: rangeOf(this.lcaTransport),
                useKgCO2e: rangeOf(this.use),
                endOfLifeKgCO2e: rangeOf(this.lcaEndOfLife),
            },
            scopes: {
                scope1KgCO2e: rangeOf(this.scope1),
                scope2LocationKgCO2e: rangeOf(this.scope2Location),
                scope2MarketKgCO2e: rangeOf(this.scope2Market),
                scope3KgCO2e: rangeOf(this.scope3),
                ...(this.upstream ? { scope3UpstreamEnergyKgCO2e: rangeOf(this.upstream) } : {}),
            },
        };
    }
}
/** Sums experiments (in a loop: a count as large as a repository's never becomes call arguments). */
function sumTotals(results) {
    const sum = new TotalsSum();
    for (const r of results)
        sum.add(r);
    return sum.totals();
}
/** A total per phase. */
class PhasesSum {
    byPhase = new Map(model/* PHASES */.Z.map((p) => [p, new TotalsSum()]));
    add(r) {
        this.byPhase.get(r.phase)?.add(r);
    }
    totals() {
        return Object.fromEntries(model/* PHASES */.Z.map((p) => [p, this.byPhase.get(p).totals()]));
    }
}
/** Report order of names: code units (names are compared the same everywhere, whatever the locale). */
const compareNames = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Everything of a report but its experiments (totals, phases, models, sources), folded one
 * experiment at a time, so a report can be written without holding every experiment.
 */
class ReportSum {
    totals = new TotalsSum();
    phases = new PhasesSum();
    models = new Map();
    sources = new Map();
    add(r) {
        this.totals.add(r);
        this.phases.add(r);
        if (r.model !== undefined) {
            let model = this.models.get(r.model);
            if (!model)
                this.models.set(r.model, (model = { names: [], totals: new TotalsSum(), phases: new PhasesSum() }));
            model.names.push(r.name);
            model.totals.add(r);
            model.phases.add(r);
        }
        for (const c of r.coefficients)
            this.sources.set(c.source.id, c.source);
    }
    /** The report around its experiments; `experiments` is left for the caller to fill or stream. */
    finish(config, warnings) {
        return {
            schemaVersion: 1,
            basis: config.basis,
            intensity: config.intensity,
            totals: this.totals.totals(),
            phases: this.phases.totals(),
            models: [...this.models.entries()].sort(([a], [b]) => compareNames(a, b)).map(([name, m]) => {
                const phases = m.phases.totals();
                const training = phases.training.totalKgCO2e.central;
                const inference = phases.inference.totalKgCO2e.central;
                return {
                    name,
                    experiments: [...m.names].sort(),
                    totals: m.totals.totals(),
                    phases,
                    ...(training > 0 && inference > 0 ? { trainingToInference: training / inference } : {}),
                };
            }),
            // Ids are lower-case ASCII: code-unit order is their order, and localeCompare's collator costs start-up.
            sources: [...this.sources.values()].sort((a, b) => compareNames(a.id, b.id)),
            warnings,
        };
    }
}
/** The report of a repository: experiments sorted by name, totals, phases and every source used. */
function buildReport(results, config, warnings) {
    const experiments = [...results].sort((a, b) => compareNames(a.name, b.name));
    const sum = new ReportSum();
    for (const r of experiments)
        sum.add(r);
    const { schemaVersion, basis, intensity, ...rest } = sum.finish(config, warnings);
    return { schemaVersion, basis, intensity, experiments, ...rest };
}

// EXTERNAL MODULE: ./lib/ingest/config.js
var ingest_config = __webpack_require__(2716);
// EXTERNAL MODULE: ./lib/ingest/manifest.js
var manifest = __webpack_require__(6507);
// EXTERNAL MODULE: ./lib/run/map-bounded.js
var map_bounded = __webpack_require__(2099);
;// CONCATENATED MODULE: ./lib/run/load-report.js







function createLoadCache() {
    return { configs: new Map(), manifests: new Map(), measured: new Map(), series: new Map(), supply: new Map(), assessments: new WeakMap(), configIds: new Map() };
}
const configIdOf = (cache, config) => {
    const text = JSON.stringify(config);
    let id = cache.configIds.get(text);
    if (id === undefined)
        cache.configIds.set(text, (id = cache.configIds.size + 1));
    return id;
};
const objectIds = new WeakMap();
let lastObjectId = 0;
/** A number per object, for keys made of object identities (0 for none). */
const idOf = (o) => {
    if (o === undefined)
        return 0;
    let id = objectIds.get(o);
    if (id === undefined)
        objectIds.set(o, (id = ++lastObjectId));
    return id;
};
/** assessExperiment through the cache: the same experiment, config, measured energy and series, the same result. */
function assessCached(cache, configKey, exp, ctx) {
    if (!cache)
        return (0,assess/* assessExperiment */.i)(exp, ctx);
    let byInputs = cache.assessments.get(exp);
    if (!byInputs)
        cache.assessments.set(exp, (byInputs = new Map()));
    const key = `${configKey}:${idOf(ctx.measured)}:${idOf(ctx.series)}:${idOf(ctx.supply)}`;
    let result = byInputs.get(key);
    if (!result)
        byInputs.set(key, (result = (0,assess/* assessExperiment */.i)(exp, ctx)));
    return result;
}
/** A cache key from content ids, or undefined when any file has none (a working tree): then nothing is cached. */
async function contentKey(source, paths, salt) {
    if (!source.contentId)
        return undefined;
    const ids = await Promise.all(paths.map((p) => source.contentId(p)));
    return ids.every((id) => id !== undefined) ? `${salt}\0${paths.join('\0')}\0${ids.join('\0')}` : undefined;
}
/**
 * Reads through the cache when the key is known. The promise is kept, so commits of the trend loaded
 * side by side read a file they share once.
 */
function cached(map, key, read) {
    if (key === undefined)
        return read();
    let hit = map.get(key);
    if (!hit) {
        map.set(key, (hit = read()));
        hit.catch(() => map.delete(key));
    }
    return hit;
}
/**
 * The first half of a run, shared by `report` and `validate`: the config, then every manifest its
 * globs find, validated (schema, units, catalog ids, paths), and names checked unique. No log is read.
 */
async function loadExperiments(source, opts = {}) {
    const problems = [];
    const configFile = opts.configPath ?? ingest_config/* CONFIG_FILE */.g2;
    const required = opts.configPath !== undefined;
    // The config is read and validated once per blob: the trend reads it at every commit.
    const configKey = opts.cache ? await contentKey(source, [configFile], `config:${required}`) : undefined;
    const read = await cached(opts.cache?.configs ?? new Map(), configKey, async () => {
        const found = [];
        const { config } = await loadConfig(source, configFile, required, found);
        return { config, problems: found };
    });
    // A copy per load: callers tell head's config from base's by identity (check.ts, budgets-from).
    const config = { ...read.config };
    problems.push(...read.problems);
    const isManifest = picomatch([...config.manifests], { dot: false });
    const listed = await source.listFiles();
    const files = listed.filter((f) => isManifest(f));
    // Globs do not match names with control characters: say so, or such a manifest would hide silently.
    for (const f of listed) {
        if (/[\u0000-\u001f\u007f]/.test(f) && /\.carbon\.(ya?ml|json)$/.test(f)) {
            problems.push((0,errors/* problem */.CC)('file-name-control', { name: JSON.stringify(f), file: JSON.stringify(f) }));
        }
    }
    const experiments = [];
    const cache = opts.cache;
    // Defaults change what a manifest means: they are part of its cache key.
    const configSalt = JSON.stringify([config.file, config.defaults, config.maxManifestBytes]);
    const readOne = async (file) => {
        const key = cache ? await contentKey(source, [file], configSalt) : undefined;
        return cached(cache?.manifests ?? new Map(), key, async () => {
            const found = [];
            const text = await readCapped(source, file, config.maxManifestBytes, found);
            return text === undefined ? { problems: found } : (0,manifest/* readManifest */.WI)(text, file, config.defaults, config.file ?? ingest_config/* CONFIG_FILE */.g2);
        });
    };
    const notes = new Map();
    const readKept = opts.slim ? async (file) => {
        const read = await readOne(file);
        return read.experiment ? { ...read, experiment: slimmed(read.experiment, notes) } : read;
    } : readOne;
    // File system and git answers overlap when a few are in flight; results keep the listing's order.
    for (const read of await (0,map_bounded/* mapBounded */.y)(files, MANIFEST_READS_IN_FLIGHT, readKept)) {
        problems.push(...read.problems);
        if (read.experiment)
            experiments.push(read.experiment);
    }
    problems.push(...duplicateNames(experiments));
    return { config, experiments, manifests: files, problems };
}
/**
 * An experiment as a streamed report holds it until it is written. 50,000 manifests are held at
 * once: a field position each (only the name's is read after loading) and a copy of the same
 * defaults note in each were two thirds of a manifest's memory. One that names a log, series or
 * supply file is kept whole: its files' problems point at its lines.
 */
function slimmed(exp, notes) {
    if (exp.logs.length > 0 || exp.seriesPath !== undefined || exp.market?.kind === 'hourly')
        return exp;
    const shared = (note) => {
        const kept = notes.get(note);
        if (kept !== undefined)
            return kept;
        notes.set(note, note);
        return note;
    };
    const name = exp.positions['name'];
    return { ...exp, positions: name ? { name } : {}, defaultsUsed: exp.defaultsUsed.map(shared) };
}
/** Everything a report is computed from: config, manifests, logs, series and supply, all problems of the run collected together. */
async function loadInputs(source, opts) {
    const loaded = await loadExperiments(source, opts);
    const { config, experiments } = loaded;
    const problems = [...loaded.problems];
    const inputs = [...(config.file ? [config.file] : []), ...loaded.manifests];
    const cache = opts.cache;
    const assessable = [];
    const seriesByPath = new Map();
    for (const exp of experiments) {
        let measured;
        let series;
        if (exp.logs.length > 0) {
            const key = cache ? await contentKey(source, exp.logs.map((l) => l.path), JSON.stringify([exp.file, exp.logs, config.maxLogBytes])) : undefined;
            // The log, series and supply readers are loaded by the first manifest that names such a file (start-up).
            const m = await cached(cache?.measured ?? new Map(), key, async () => (await Promise.all(/* import() */[__webpack_require__.e(331), __webpack_require__.e(294)]).then(__webpack_require__.bind(__webpack_require__, 3294))).measureEnergy(exp.logs, source, { maxLogBytes: config.maxLogBytes, manifestFile: exp.file, positions: exp.positions, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) }));
            problems.push(...m.problems.map(at(exp.positions['logs'])));
            measured = m.measured;
            inputs.push(...exp.logs.map((l) => l.path));
        }
        if (exp.seriesPath !== undefined) {
            const path = exp.seriesPath;
            const key = cache ? await contentKey(source, [path], String(config.maxLogBytes)) : undefined;
            const s = await cached(cache?.series ?? new Map(), key, async () => (await __webpack_require__.e(/* import() */ 570).then(__webpack_require__.bind(__webpack_require__, 5570))).readGridSeries(path, source, { maxLogBytes: config.maxLogBytes }));
            problems.push(...s.problems.map(at(exp.positions['grid.series'])));
            series = s.series;
            if (series)
                seriesByPath.set(exp.seriesPath, series);
            inputs.push(exp.seriesPath);
        }
        let supply;
        if (exp.market?.kind === 'hourly') {
            const path = exp.market.supplyPath;
            const key = cache ? await contentKey(source, [path], String(config.maxLogBytes)) : undefined;
            const s = await cached(cache?.supply ?? new Map(), key, async () => (await __webpack_require__.e(/* import() */ 450).then(__webpack_require__.bind(__webpack_require__, 450))).readCfeSupply(path, source, { maxLogBytes: config.maxLogBytes }));
            problems.push(...s.problems.map(at(exp.positions['market.supply'])));
            supply = s.supply;
            inputs.push(path);
        }
        if (problems.some((p) => p.severity === 'error'))
            continue;
        assessable.push({ exp, ctx: { config, ...(measured ? { measured } : {}), ...(series ? { series } : {}), ...(supply ? { supply } : {}) } });
    }
    const ok = !problems.some((p) => p.severity === 'error');
    const warnings = [...problems.filter((p) => p.severity === 'warning'), ...assessable.flatMap((a) => a.ctx.measured?.warnings ?? [])];
    return { config, problems, inputs: [...new Set(inputs)].sort(), series: seriesByPath, warnings, ...(ok ? { assessable } : {}) };
}
/**
 * Reads a repository version (working tree or commit) into a report: config, manifests, logs and
 * series, all problems of the run collected together.
 */
async function loadReport(source, opts = {}) {
    const { assessable, warnings, ...loaded } = await loadInputs(source, opts);
    if (!assessable)
        return loaded;
    const configKey = opts.cache ? configIdOf(opts.cache, loaded.config) : 0;
    const results = assessable.map((a) => assessCached(opts.cache, configKey, a.exp, a.ctx));
    return { ...loaded, report: buildReport(results, loaded.config, warnings) };
}
/**
 * `loadReport` for a writer that takes one experiment at a time (`report --format json`): every
 * input is read and checked first, so a problem still stops the run before anything is written,
 * but results are summed as they are assessed and dropped. On 50,000 manifests the run holds their
 * inputs, not their results (a result with its ranges is three times a manifest's size).
 */
async function streamReport(source, opts = {}) {
    const { assessable, warnings, ...loaded } = await loadInputs(source, { ...opts, slim: true });
    if (!assessable)
        return loaded;
    const { config } = loaded;
    const sum = new ReportSum();
    const inOrder = [...assessable].sort((a, b) => compareNames(a.exp.name, b.exp.name));
    function* experiments() {
        for (const a of inOrder) {
            const r = (0,assess/* assessExperiment */.i)(a.exp, a.ctx);
            sum.add(r);
            yield r;
        }
    }
    return { ...loaded, stream: { start: new ReportSum().finish(config, []), experiments: experiments(), end: () => sum.finish(config, warnings) } };
}
async function loadConfig(source, file, required, problems) {
    const stat = await source.stat(file);
    if (!stat) {
        if (required)
            problems.push((0,errors/* problem */.CC)('config-missing', { description: source.description, file }));
        return (0,ingest_config/* readConfig */.Xg)(undefined);
    }
    const text = await readCapped(source, file, 1024 ** 2, problems);
    const read = (0,ingest_config/* readConfig */.Xg)(text, file);
    problems.push(...read.problems);
    return read;
}
/** Reads a small text file with its size checked first; problems instead of exceptions. */
async function readCapped(source, file, maxBytes, problems) {
    const stat = await source.stat(file);
    if (!stat) {
        problems.push((0,errors/* problem */.CC)('file-missing', { file }));
        return undefined;
    }
    if (stat.size > maxBytes) {
        problems.push((0,errors/* problem */.CC)('manifest-too-large', { bytes: stat.size, maxBytes, file }));
        return undefined;
    }
    try {
        return await source.readText(file);
    }
    catch (error) {
        if (error instanceof errors/* CarbonError */.kk)
            problems.push(...error.problems);
        else
            problems.push((0,errors/* problem */.CC)('file-unreadable', { reason: error instanceof Error ? error.message : String(error), file }));
        return undefined;
    }
}
const MANIFEST_READS_IN_FLIGHT = 16;
/** Gives a problem that has no position the manifest line it came from. */
const at = (pos) => (p) => (p.pos || !pos ? p : { ...p, pos });
function duplicateNames(experiments) {
    const seen = new Map();
    const out = [];
    for (const exp of experiments) {
        const first = seen.get(exp.name);
        if (!first) {
            seen.set(exp.name, exp);
            continue;
        }
        out.push((0,errors/* problem */.CC)('duplicate-name', { name: exp.name, firstFile: first.file, firstLine: first.positions['name']?.line, pos: exp.positions['name'], field: 'name' }));
    }
    return out;
}


/***/ }),

/***/ 2099:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/** `Promise.all(items.map(fn))` with at most `limit` calls running at once; results in input order. */
async function mapBounded(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}


/***/ })

};
