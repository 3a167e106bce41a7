export const id = 325;
export const ids = [325,755,544];
export const modules = {

/***/ 7325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand),
/* harmony export */   explainExperiment: () => (/* binding */ explainExperiment),
/* harmony export */   renderExplanation: () => (/* binding */ renderExplanation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _core_data_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7036);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8782);
/* harmony import */ var _core_grid_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7330);
/* harmony import */ var _core_assess_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4221);
/* harmony import */ var _core_lca_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(347);
/* harmony import */ var _core_lines_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9816);
/* harmony import */ var _core_range_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8158);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5888);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7564);
/* harmony import */ var _render_json_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7544);
/* harmony import */ var _run_report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1755);
/* harmony import */ var _descriptions_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6683);














const explainCommand = {
    ..._descriptions_js__WEBPACK_IMPORTED_MODULE_12__/* .EXPLAIN */ .GM,
    async run(args, io) {
        let parsed;
        try {
            parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: [...args], allowPositionals: true, options: { config: { type: 'string' }, format: { type: 'string', default: 'text' } } });
        }
        catch (error) {
            return io.usage(error instanceof Error ? error.message : String(error));
        }
        const [name, dirArg, ...extra] = parsed.positionals;
        if (name === undefined)
            return io.usage('explain needs the NAME of an experiment');
        if (extra.length)
            return io.usage(`one NAME and one DIR at most, got: ${parsed.positionals.join(' ')}`);
        const format = parsed.values.format;
        if (format !== 'text' && format !== 'json')
            return io.usage(`--format must be text or json, not "${format}"`);
        const loaded = await (0,_run_report_js__WEBPACK_IMPORTED_MODULE_11__.runReport)({ dir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, dirArg ?? '.'), ...(parsed.values.config !== undefined ? { configPath: parsed.values.config } : {}) });
        if (!loaded.report) {
            io.stderr(loaded.problems.map(_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatProblem */ .Vw).join('\n') + '\n\ncarbon-budget: nothing to explain until these errors are fixed.\n');
            return 2;
        }
        const found = loaded.report.experiments.find((e) => e.name === name);
        if (!found) {
            const names = loaded.report.experiments.map((e) => e.name);
            return io.usage(names.length ? `no experiment named "${name}"; did you mean ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_10__/* .nearest */ .pA)(name, names)}?` : `no experiment named "${name}": no manifests found`);
        }
        const explained = explainExperiment(found, { basis: loaded.report.basis, intensity: loaded.report.intensity });
        io.stdout(format === 'json' ? JSON.stringify(explained, null, 2) + '\n' : renderExplanation(explained));
        return 0;
    },
};
const fromCoefficient = (c) => (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .range */ .y1)(c.low, c.central, c.high);
const num = (x) => String(+x.toPrecision(6));
/**
 * The derivation of one experiment's figures, step by step, recomputed from its validated manifest
 * with the core's own pieces (hardware lines, IT energy, range arithmetic in the order the
 * assessment uses), so each step that names a report figure equals it exactly. Hourly figures
 * (a grid series) are taken from the result and say so.
 */
function explainExperiment(r, headline) {
    const exp = r.input;
    const used = [];
    const loggedH = r.measured ? (r.measured.endMs - r.measured.startMs) / _core_units_js__WEBPACK_IMPORTED_MODULE_10__/* .HOUR_MS */ .iQ : 0;
    const durationH = exp.durationH ?? loggedH;
    const lines = (0,_core_lines_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveLines */ .Cn)(exp, durationH, used);
    const { modelledKWh, measuredKWh } = (0,_core_lines_js__WEBPACK_IMPORTED_MODULE_7__/* .itEnergy */ .Ix)(lines, r.measured, exp.idleEnergyKWh);
    const d = exp.defaultCoefficients ?? {};
    const pue = d.pue ? fromCoefficient(d.pue) : (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .exact */ .e0)(exp.pue);
    const facilityIncluded = r.measured?.facilityIncluded ?? false;
    const facilityKWh = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .add */ .WQ)((0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .multiply */ .lw)(modelledKWh, pue), facilityIncluded ? (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .exact */ .e0)(measuredKWh) : (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .multiply */ .lw)((0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .exact */ .e0)(measuredKWh), pue));
    const grid = (0,_core_grid_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveGrid */ .pb)(exp.grid);
    const annualLocation = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .multiply */ .lw)(facilityKWh, grid.averageKgPerKWh);
    const lifetimeH = d.lifetimeH ? fromCoefficient(d.lifetimeH) : (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .exact */ .e0)(exp.lifetimeH);
    const activeShare = d.activeShare ? fromCoefficient(d.activeShare) : (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .exact */ .e0)(exp.activeShare);
    const amortizationH = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .multiply */ .lw)(lifetimeH, activeShare);
    const amortized = (pick) => (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .divide */ .Qr)((0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .add */ .WQ)(...lines.map((l) => (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .scale */ .hs)(pick(l), l.deviceHours))), amortizationH);
    const steps = [];
    const step = (label, value, unit, how, figure) => steps.push({ label, value, unit, how, ...(figure ? { figure } : {}) });
    lines.forEach((l, i) => {
        const h = exp.hardware[i];
        step(`device-hours, line ${i + 1}`, l.deviceHours, 'h', h.deviceHours !== undefined ? 'as written (device-hours)' : `${h.count} × ${num(durationH)} h${exp.durationH === undefined ? " (the logs' time span)" : ''}`);
    });
    step('device-hours', lines.reduce((sum, l) => sum + l.deviceHours, 0), 'h', 'sum of the lines', 'deviceHours');
    if (r.measured)
        step('measured IT energy', measuredKWh, 'kWh', `integrated from ${r.measured.files.join(', ')} (${r.measured.samples} samples, ${r.measured.devices} device${r.measured.devices === 1 ? '' : 's'})${facilityIncluded ? '; already includes its PUE' : ''}`, 'measured.energyKWh');
    const kept = r.measured ? lines.filter((l) => !facilityIncluded && l.isHost) : lines;
    step('modelled IT energy', modelledKWh.central, 'kWh', kept.length ? kept.map((l) => `${num(l.powerW.central)} W × ${num(l.busyHours)} h`).join(' + ') + (exp.idleEnergyKWh || lines.some((l) => l.idleHours > 0) ? ' + idle' : '') + ' / 1000' : 'none (the logs measure every line)');
    step('IT energy', modelledKWh.central + measuredKWh, 'kWh', r.measured ? 'modelled + measured' : 'modelled', 'itEnergyKWh');
    step('facility energy', facilityKWh.central, 'kWh', facilityIncluded ? `modelled × PUE ${num(pue.central)} + measured (PUE included)` : `IT energy × PUE ${num(pue.central)}`, 'energyKWh');
    step('grid intensity', grid.averageKgPerKWh.central, 'kgCO2e/kWh', grid.description, 'intensityKgPerKWh');
    step('location-based, annual', annualLocation.central, 'kgCO2e', 'facility energy × grid intensity', 'annualLocationKgCO2e');
    if (r.operational.locationMethod === 'hourly')
        step('location-based, hourly', r.operational.locationKgCO2e.central, 'kgCO2e', `each hour's facility energy × that hour's intensity from ${r.gridDescription}`, 'operational.locationKgCO2e');
    else
        step('location-based', annualLocation.central, 'kgCO2e', 'the annual figure', 'operational.locationKgCO2e');
    // The market step says the matching used and, hourly, the coverage achieved (the assessment's own words).
    step('market-based', r.operational.marketKgCO2e.central, 'kgCO2e', exp.market ? `facility energy at the market instruments: ${r.operational.marketMethod}` : 'no market instruments: the location-based figure', 'operational.marketKgCO2e');
    if (r.operational.marginalKgCO2e)
        step('marginal', r.operational.marginalKgCO2e.central, 'kgCO2e', r.operational.marginalMethod === 'hourly' ? 'hourly marginal intensities of the series' : `facility energy × ${num(grid.marginalKgPerKWh?.central ?? 0)} kgCO2e/kWh (annual operating margin)`, 'operational.marginalKgCO2e');
    const amort = `${num(lifetimeH.central)} h lifetime × ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPercentSet */ .D5)(activeShare.central)} active`;
    const embodied = {
        hardwareKgCO2e: amortized((l) => l.embodiedKgCO2e),
        transportKgCO2e: amortized((l) => l.transportKgCO2e),
        endOfLifeKgCO2e: amortized((l) => l.endOfLifeKgCO2e),
        datacenterKgCO2e: (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .exact */ .e0)(0),
    };
    step('embodied, hardware', embodied.hardwareKgCO2e.central, 'kgCO2e', `${lines.map((l) => `${num(l.embodiedKgCO2e.central)} kgCO2e × ${num(l.deviceHours)} h`).join(' + ')} / (${amort})`, 'embodied.hardwareKgCO2e');
    step('embodied, transport', embodied.transportKgCO2e.central, 'kgCO2e', `per-unit transport × device-hours / (${amort})`, 'lca.transportKgCO2e');
    step('embodied, end of life', embodied.endOfLifeKgCO2e.central, 'kgCO2e', `per-unit end of life × device-hours / (${amort})`, 'lca.endOfLifeKgCO2e');
    if (exp.datacenter) {
        const capacityKWh = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .add */ .WQ)(...lines.map((l) => (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .scale */ .hs)(l.ratedPowerW, l.deviceHours / _core_units_js__WEBPACK_IMPORTED_MODULE_10__/* .W_PER_KW */ .pg)));
        const perKWh = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .divide */ .Qr)(fromCoefficient(_core_data_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DATACENTER_CONSTRUCTION */ ._6), fromCoefficient(_core_data_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DATACENTER_LIFETIME */ .YY));
        embodied.datacenterKgCO2e = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .multiply */ .lw)(capacityKWh, perKWh);
        step('embodied, datacenter', embodied.datacenterKgCO2e.central, 'kgCO2e', `${num(capacityKWh.central)} rated kWh × ${num(_core_data_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DATACENTER_CONSTRUCTION */ ._6.central)} kgCO2e/kW / ${num(_core_data_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DATACENTER_LIFETIME */ .YY.central)} h building lifetime`, 'embodied.datacenterKgCO2e');
    }
    else
        step('embodied, datacenter', 0, 'kgCO2e', 'datacenter: false', 'embodied.datacenterKgCO2e');
    // The headline and the sums, in the assessment's order: electricity (per the config) + Scope 1, then + embodied.
    const electricity = (0,_core_assess_js__WEBPACK_IMPORTED_MODULE_5__/* .headlineOperational */ .B)(r.operational, headline);
    const scope1 = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .scale */ .hs)(facilityKWh, exp.scope1KgPerKWh ?? 0);
    const operational = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .add */ .WQ)(electricity, scope1);
    const embodiedKgCO2e = (0,_core_lca_js__WEBPACK_IMPORTED_MODULE_6__/* .embodiedTotal */ .I9)(embodied);
    const total = (0,_core_range_js__WEBPACK_IMPORTED_MODULE_8__/* .add */ .WQ)(operational, embodiedKgCO2e);
    if (scope1.central > 0)
        step('Scope 1 of the site', scope1.central, 'kgCO2e', `facility energy × ${num(exp.scope1KgPerKWh ?? 0)} kgCO2e/kWh`, 'scopes.scope1KgCO2e');
    step('operational (headline)', operational.central, 'kgCO2e', `${headline.basis === 'market' ? 'market-based' : headline.intensity === 'marginal' && r.operational.marginalKgCO2e ? 'marginal' : 'location-based'}${scope1.central > 0 ? ' + Scope 1' : ''}`, 'operationalKgCO2e');
    step('embodied', embodiedKgCO2e.central, 'kgCO2e', 'hardware + datacenter + transport + end of life', 'embodiedKgCO2e');
    step('total', total.central, 'kgCO2e', `operational + embodied; ${num(total.low)} to ${num(total.high)} from the coefficients' ranges`, 'totalKgCO2e');
    const inputs = [
        { field: 'phase', value: exp.phase },
        { field: 'duration', value: exp.durationH !== undefined ? `${num(exp.durationH)} h` : `${num(loggedH)} h from the logs' time span` },
        ...exp.hardware.map((h, i) => ({
            field: `hardware.${i}`,
            value: `${h.device} × ${h.count}${h.powerW !== undefined ? `, ${num(h.powerW)} W` : ', power: the catalog TDP'}${h.embodiedKgCO2e !== undefined ? `, ${num(h.embodiedKgCO2e)} kgCO2e` : ', embodied: the catalog figure'}${h.deviceHours !== undefined ? `, ${num(h.deviceHours)} device-hours` : ''}`,
        })),
        { field: 'pue', value: d.pue ? `${num(d.pue.central)} (catalog default, ${num(d.pue.low)} to ${num(d.pue.high)})` : num(exp.pue) },
        { field: 'grid', value: grid.description },
        ...(exp.market ? [{ field: 'market', value: marketInput(exp.market) }] : []),
        { field: 'embodied', value: `lifetime ${num(exp.lifetimeH)} h, active share ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPercentSet */ .D5)(exp.activeShare)}, datacenter ${exp.datacenter}` },
        ...exp.logs.map((l, i) => ({ field: `logs.${i}`, value: `${l.path}${l.format ? ` (${l.format})` : ''}, ${l.timezone} × ${l.replicas} replica${l.replicas === 1 ? '' : 's'}` })),
    ];
    return {
        name: r.name,
        file: r.file,
        ...(r.line !== undefined ? { line: r.line } : {}),
        inputs,
        defaults: [...r.defaultsUsed],
        coefficients: r.coefficients.map((c) => ({ id: c.id, unit: c.unit, low: c.low, central: c.central, high: c.high, source: c.source.title, year: c.source.year })),
        steps,
        figures: (0,_render_json_js__WEBPACK_IMPORTED_MODULE_13__.experimentJson)(r),
    };
}
/** The explanation for people: inputs, defaults, coefficients, then the derivation, one line each. */
function renderExplanation(e) {
    const out = [`${e.name}: ${e.file}${e.line !== undefined ? `:${e.line}` : ''}`, '', 'Inputs'];
    const width = Math.max(...e.inputs.map((i) => i.field.length), ...e.steps.map((s) => s.label.length));
    for (const i of e.inputs)
        out.push(`  ${i.field.padEnd(width)}  ${i.value}`);
    if (e.defaults.length)
        out.push('', 'Defaults applied', ...e.defaults.map((d) => `  ${d}`));
    out.push('', 'Coefficients (central, low to high, source)');
    for (const c of e.coefficients)
        out.push(`  ${c.id}: ${num(c.central)} ${c.unit} (${num(c.low)} to ${num(c.high)}), ${c.source} ${c.year}`);
    out.push('', 'Derivation');
    for (const s of e.steps)
        out.push(`  ${s.label.padEnd(width)}  ${num(s.value)} ${s.unit}  = ${s.how}`);
    return out.join('\n') + '\n';
}
/** The market instruments as the manifest gave them, in canonical units. */
function marketInput(m) {
    const residual = m.kind !== 'intensity' && m.residualKgPerKWh !== undefined ? `, residual mix ${num(m.residualKgPerKWh)} kgCO2e/kWh` : '';
    if (m.kind === 'intensity')
        return `${num(m.kgPerKWh)} kgCO2e/kWh (contract for all the energy)`;
    if (m.kind === 'hourly')
        return `matching: hourly against ${m.supplyPath}${residual}`;
    return `matching: annual, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatPercentSet */ .D5)(m.share)} carbon-free${residual}`;
}


/***/ }),

/***/ 7544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkJson: () => (/* binding */ checkJson),
/* harmony export */   experimentJson: () => (/* binding */ experimentJson),
/* harmony export */   historyOldestFirst: () => (/* binding */ historyOldestFirst),
/* harmony export */   reportJson: () => (/* binding */ reportJson),
/* harmony export */   reportJsonStream: () => (/* binding */ reportJsonStream),
/* harmony export */   reportJsonText: () => (/* binding */ reportJsonText),
/* harmony export */   stringifyJson: () => (/* binding */ stringifyJson)
/* harmony export */ });
const rangeJson = (r) => ({ lowKgCO2e: r.low, highKgCO2e: r.high });
const iso = (ms) => new Date(ms).toISOString();
function figures(t) {
    const marginal = t.operational.marginalKgCO2e;
    return {
        energyKWh: t.energyKWh,
        operationalKgCO2e: t.operationalKgCO2e.central,
        embodiedKgCO2e: t.embodiedKgCO2e.central,
        totalKgCO2e: t.totalKgCO2e.central,
        operational: {
            locationKgCO2e: t.operational.locationKgCO2e.central,
            marketKgCO2e: t.operational.marketKgCO2e.central,
            ...(marginal ? { marginalKgCO2e: marginal.central } : {}),
        },
        embodied: { hardwareKgCO2e: t.embodied.hardwareKgCO2e.central, datacenterKgCO2e: t.embodied.datacenterKgCO2e.central },
        range: rangeJson(t.totalKgCO2e),
        ranges: { operationalKgCO2e: rangeJson(t.operationalKgCO2e), embodiedKgCO2e: rangeJson(t.embodiedKgCO2e) },
    };
}
function scopesJson(s) {
    return {
        scope1KgCO2e: s.scope1KgCO2e.central,
        scope2LocationKgCO2e: s.scope2LocationKgCO2e.central,
        scope2MarketKgCO2e: s.scope2MarketKgCO2e.central,
        scope3KgCO2e: s.scope3KgCO2e.central,
        ...(s.scope3UpstreamEnergyKgCO2e ? { scope3UpstreamEnergyKgCO2e: s.scope3UpstreamEnergyKgCO2e.central } : {}),
        ...('boundaries' in s ? { boundaries: { ...s.boundaries } } : {}),
    };
}
/** Embodied by origin and the LCA stages, for experiments and totals (deltas keep the shorter `embodied`). */
function lifecycleJson(t) {
    const e = t.embodied;
    return {
        embodied: { hardwareKgCO2e: e.hardwareKgCO2e.central, datacenterKgCO2e: e.datacenterKgCO2e.central, transportKgCO2e: e.transportKgCO2e.central, endOfLifeKgCO2e: e.endOfLifeKgCO2e.central },
        lca: {
            manufacturingKgCO2e: t.lca.manufacturingKgCO2e.central,
            transportKgCO2e: t.lca.transportKgCO2e.central,
            useKgCO2e: t.lca.useKgCO2e.central,
            endOfLifeKgCO2e: t.lca.endOfLifeKgCO2e.central,
        },
    };
}
function totalsJson(t) {
    return {
        ...figures(t),
        ...lifecycleJson(t),
        capacityKW: t.capacityKW,
        idle: { energyKWh: t.idle.energyKWh, kgCO2e: t.idle.kgCO2e.central },
        scopes: scopesJson(t.scopes),
    };
}
/** One experiment of the JSON report. */
function experimentJson(e) {
    const m = e.measured;
    const w = e.operational.greenestWindow;
    return {
        name: e.name,
        phase: e.phase,
        file: e.file,
        ...(e.line === undefined ? {} : { line: e.line }),
        ...(e.description === undefined ? {} : { description: e.description }),
        ...(e.model === undefined ? {} : { model: e.model }),
        ...figures({ ...e, operational: e.operational }),
        ...lifecycleJson(e),
        energySource: e.energySource,
        itEnergyKWh: e.itEnergyKWh,
        pue: e.pue,
        deviceHours: e.deviceHours,
        capacityKW: e.capacityKW,
        ...(e.idle ? { idle: { energyKWh: e.idle.energyKWh, kgCO2e: e.idle.kgCO2e.central, ...(e.idle.utilisation === undefined ? {} : { utilisation: e.idle.utilisation }) } } : {}),
        intensityKgPerKWh: e.intensityKgPerKWh.central,
        gridDescription: e.gridDescription,
        locationMethod: e.operational.locationMethod,
        marketMethod: e.operational.marketMethod,
        ...(e.operational.marketMatching === undefined ? {} : { marketMatching: { ...e.operational.marketMatching } }),
        ...(e.operational.marginalSource === undefined ? {} : { marginalSource: e.operational.marginalSource }),
        annualLocationKgCO2e: e.operational.annualLocationKgCO2e.central,
        ...(e.operational.uncoveredHours === undefined ? {} : { uncoveredHours: e.operational.uncoveredHours }),
        scopes: scopesJson(e.scopes),
        ...(e.inference
            ? {
                inference: {
                    requests: e.inference.requests,
                    itEnergyPerRequestKWh: e.inference.itEnergyPerRequestKWh,
                    kgCO2ePerRequest: e.inference.kgCO2ePerRequest.central,
                    range: rangeJson(e.inference.kgCO2ePerRequest),
                },
            }
            : {}),
        ...(e.sci ? { sci: { unit: e.sci.unit, count: e.sci.count, kgCO2ePerUnit: e.sci.kgCO2ePerUnit.central, range: rangeJson(e.sci.kgCO2ePerUnit) } } : {}),
        defaultsUsed: [...e.defaultsUsed],
        ...(m
            ? {
                measured: {
                    energyKWh: m.energyKWh,
                    facilityIncluded: m.facilityIncluded,
                    start: iso(m.startMs),
                    end: iso(m.endMs),
                    samples: m.samples,
                    devices: m.devices,
                    duplicates: m.duplicates,
                    outOfOrder: m.outOfOrder,
                    gaps: m.gaps.length,
                    files: [...m.files],
                    ...(m.notes && m.notes.length > 0 ? { notes: [...m.notes] } : {}),
                    ...(m.reported ? { reported: { ...m.reported } } : {}),
                },
            }
            : {}),
        ...(w ? { greenestWindow: { start: iso(w.startMs), kgCO2e: w.kgCO2e, savingKgCO2e: w.savingKgCO2e, basis: w.basis } } : {}),
        coefficients: e.coefficients.map((c) => ({ id: c.id, unit: c.unit, low: c.low, central: c.central, high: c.high, sourceId: c.source.id })),
    };
}
function problemJson(p) {
    return {
        severity: p.severity,
        code: p.code,
        message: p.message,
        ...(p.pos ? { file: p.pos.file, line: p.pos.line, col: p.pos.col } : {}),
        ...(p.field === undefined ? {} : { field: p.field }),
        ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
    };
}
/**
 * The JSON report of `carbon-budget report --format json`.
 * @example JSON.stringify(reportJson(report), null, 2)
 */
function reportJson(report) {
    return {
        schemaVersion: 1,
        basis: report.basis,
        intensity: report.intensity,
        experiments: report.experiments.map(experimentJson),
        totals: totalsJson(report.totals),
        phases: mapPhases(report.phases, totalsJson),
        models: report.models.map((m) => ({
            name: m.name,
            experiments: [...m.experiments],
            totals: totalsJson(m.totals),
            phases: mapPhases(m.phases, totalsJson),
            ...(m.trainingToInference === undefined ? {} : { trainingToInference: m.trainingToInference }),
        })),
        sources: report.sources.map((s) => ({ ...s })),
        warnings: report.warnings.map(problemJson),
    };
}
/**
 * The text of `JSON.stringify(reportJson(report), null, 2)`, in pieces, one experiment at a time: a
 * report of 50,000 experiments is never held as one object tree or one string.
 */
function reportJsonText(report) {
    return reportJsonStream(report, report.experiments, () => report);
}
/**
 * The same text for a report whose experiments come one at a time and whose sums are known only
 * after the last (run/load-report.ts `streamReport`): the fields before `experiments` are taken from
 * `start`, those after it from `end()`, called once every experiment was written.
 */
function* reportJsonStream(start, experiments, end) {
    const fields = (r) => Object.entries(reportJson({ ...r, experiments: [] })).filter(([, value]) => value !== undefined);
    const nested = (value, pad) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad}`);
    const head = fields(start);
    const at = head.findIndex(([key]) => key === 'experiments');
    let count = 0;
    const field = (key) => `${count++ === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    yield '{';
    for (const [key, value] of head.slice(0, at))
        yield field(key) + nested(value, '  ');
    yield field('experiments');
    let written = 0;
    for (const e of experiments)
        yield `${written++ === 0 ? '[' : ','}\n    ${nested(experimentJson(e), '    ')}`;
    yield written === 0 ? '[]' : '\n  ]';
    for (const [key, value] of fields(end()).slice(at + 1))
        yield field(key) + nested(value, '  ');
    yield '\n}';
}
function mapPhases(phases, f) {
    return { experimentation: f(phases.experimentation), training: f(phases.training), inference: f(phases.inference) };
}
function deltaJson(d) {
    return { ...figures(d), ...(d.share === undefined ? {} : { share: d.share }) };
}
function experimentDeltaJson(d) {
    return {
        name: d.name,
        phase: d.phase,
        file: d.file,
        status: d.status,
        ...(d.baseKgCO2e ? { baseKgCO2e: d.baseKgCO2e.central } : {}),
        ...(d.headKgCO2e ? { headKgCO2e: d.headKgCO2e.central } : {}),
        deltaKgCO2e: d.deltaKgCO2e.central,
        range: rangeJson(d.deltaKgCO2e),
        ...(d.deltaShare === undefined ? {} : { deltaShare: d.deltaShare }),
        deltaEnergyKWh: d.deltaEnergyKWh,
        deltaOperationalKgCO2e: d.deltaOperationalKgCO2e.central,
        deltaEmbodiedKgCO2e: d.deltaEmbodiedKgCO2e.central,
        attribution: d.attribution.map((a) => ({ ...a })),
    };
}
function budgetJson(b) {
    return {
        name: b.name,
        kind: b.kind,
        limit: b.limit,
        limitValue: b.limitValue,
        actual: b.actual,
        unit: b.unit,
        verdict: b.verdict,
        margin: b.margin,
        ...(b.pos ? { file: b.pos.file, line: b.pos.line } : {}),
        ...(b.subjectPos ? { subject: { file: b.subjectPos.file, line: b.subjectPos.line } } : {}),
        blocking: b.blocking,
        ...(b.baseActual === undefined ? {} : { baseActual: b.baseActual }),
        ...(b.baseVerdict === undefined ? {} : { baseVerdict: b.baseVerdict }),
    };
}
/** History oldest first, whatever order it came in; ties keep their order. */
function historyOldestFirst(history) {
    return history
        .map((h, i) => ({ h, i, t: Date.parse(h.date) }))
        .sort((a, b) => (Number.isFinite(a.t) && Number.isFinite(b.t) && a.t !== b.t ? a.t - b.t : a.i - b.i))
        .map((x) => x.h);
}
/**
 * The JSON of `carbon-budget check --format json`: the head's report fields, plus the comparison.
 * @example checkJson(comparison).delta.totalKgCO2e // kgCO2e added by the PR, full precision
 */
function checkJson(c) {
    const head = reportJson(c.head);
    return {
        ...head,
        verdict: c.verdict,
        verdictReason: c.verdictReason,
        failOn: c.failOn,
        budgetsFrom: { ...c.budgetsFrom },
        baseRef: c.baseRef ? { ...c.baseRef } : null,
        headRef: c.headRef ? { ...c.headRef } : null,
        base: c.base ? reportJson(c.base) : null,
        head,
        delta: { ...deltaJson(c.delta), experiments: c.experiments.map(experimentDeltaJson), phases: mapPhases(c.phases, deltaJson) },
        budgets: c.budgets.map(budgetJson),
        history: historyOldestFirst(c.history).map((h) => ({ sha: h.sha, date: h.date, totalKgCO2e: h.totalKgCO2e, ...(h.subject === undefined ? {} : { subject: h.subject }) })),
        minChange: c.minChange,
    };
}
/** Serializes a JSON report: two-space indent, trailing newline. */
function stringifyJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}


/***/ }),

/***/ 1755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReport: () => (/* binding */ runReport),
/* harmony export */   streamReport: () => (/* binding */ streamReport)
/* harmony export */ });
/* harmony import */ var _ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6003);
/* harmony import */ var _load_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4643);


/**
 * `carbon-budget report`: the footprint of the folder on disk.
 * @returns the report (absent when any error was found), its config and every problem
 */
async function runReport(opts) {
    return (0,_load_report_js__WEBPACK_IMPORTED_MODULE_1__/* .loadReport */ .N1)((0,_ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsSource */ .R)(opts.dir), loadOptions(opts));
}
/**
 * `carbon-budget report --format json`: the same report, its experiments assessed one at a time as
 * they are written (a repository of 50,000 manifests is never held as 50,000 results).
 * @returns the stream (absent when any error was found), its config and every problem
 */
async function streamReport(opts) {
    return (0,_load_report_js__WEBPACK_IMPORTED_MODULE_1__/* .streamReport */ .Zf)((0,_ingest_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsSource */ .R)(opts.dir), loadOptions(opts));
}
const loadOptions = (opts) => ({
    ...(opts.configPath !== undefined ? { configPath: opts.configPath } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
});


/***/ })

};
