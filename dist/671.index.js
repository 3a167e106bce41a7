export const id = 671;
export const ids = [671,544];
export const modules = {

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

/***/ 3671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   budgetRows: () => (/* binding */ budgetRows),
/* harmony export */   budgetState: () => (/* binding */ budgetState),
/* harmony export */   changeCell: () => (/* binding */ changeCell),
/* harmony export */   changesNothing: () => (/* binding */ changesNothing),
/* harmony export */   checkRows: () => (/* binding */ checkRows),
/* harmony export */   defaultsUsed: () => (/* binding */ defaultsUsed),
/* harmony export */   deltaCell: () => (/* binding */ deltaCell),
/* harmony export */   inputLabel: () => (/* binding */ inputLabel),
/* harmony export */   isSignificant: () => (/* binding */ isSignificant),
/* harmony export */   reportRows: () => (/* binding */ reportRows),
/* harmony export */   stateWords: () => (/* binding */ stateWords),
/* harmony export */   statusSummary: () => (/* binding */ statusSummary),
/* harmony export */   trendPoints: () => (/* binding */ trendPoints),
/* harmony export */   whyItems: () => (/* binding */ whyItems)
/* harmony export */ });
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7564);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7544);



/** Figures cells of one result; `—` for a side that does not exist. */
function figureCells(e) {
    if (!e)
        return { energy: '—', operational: '—', embodied: '—', total: '—', measured: false };
    return {
        energy: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(e.energyKWh),
        operational: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(e.operationalKgCO2e.central),
        embodied: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(e.embodiedKgCO2e.central),
        total: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(e.totalKgCO2e.central),
        measured: e.energySource === 'measured',
    };
}
/** The report's experiments, largest total first. */
function reportRows(report) {
    return [...report.experiments]
        .sort((a, b) => b.totalKgCO2e.central - a.totalKgCO2e.central || compareText(a.name, b.name))
        .map((e) => ({ name: e.name, phase: e.phase, file: e.file, ...figureCells(e) }));
}
/** The delta cell: signed mass, and the relative change or the status when there is no base. */
function deltaCell(d) {
    const mass = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMassDelta */ .e0)(d.deltaKgCO2e.central);
    if (d.status === 'added')
        return `${mass} (new)`;
    if (d.status === 'removed')
        return `${mass} (removed)`;
    if (d.status === 'unchanged')
        return 'unchanged';
    return d.deltaShare === undefined ? mass : `${mass} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercentDelta */ .zy)(d.deltaShare)})`;
}
/**
 * The change cell of the PR comment: a direction mark, the signed mass and the relative change:
 * `🔺 +1.1 t (+21 %)`, `🔽 −12.5 kg (−81 %)`, `🆕 +48.5 kg`, `🗑️ −6.7 kg`.
 */
function changeCell(d) {
    const mass = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMassDelta */ .e0)(d.deltaKgCO2e.central);
    if (d.status === 'added')
        return `🆕 ${mass}`;
    if (d.status === 'removed')
        return `🗑️ ${mass}`;
    if (d.status === 'unchanged')
        return 'unchanged';
    const mark = d.deltaKgCO2e.central > 0 ? '🔺' : d.deltaKgCO2e.central < 0 ? '🔽' : '';
    const share = d.deltaShare === undefined ? '' : ` (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercentDelta */ .zy)(d.deltaShare)})`;
    return `${mark} ${mass}${share}`.trim();
}
/**
 * Whether a PR reader should see this experiment as changed: added, removed, or changed by at
 * least `minChange` of its base (a change against a zero base always counts).
 */
function isSignificant(d, minChange) {
    if (d.status === 'added' || d.status === 'removed')
        return true;
    if (d.status === 'unchanged')
        return false;
    return d.deltaShare === undefined || Math.abs(d.deltaShare) >= minChange;
}
/** Whether the PR changes no footprint that counts: no experiment added, removed or changed by `minChange`. */
function changesNothing(c) {
    return !c.experiments.some((d) => isSignificant(d, c.minChange));
}
const STATUS_ORDER = { added: 0, removed: 0, changed: 1, unchanged: 2 };
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Experiments of a comparison, largest change first (absolute delta, whether added, removed or
 * changed), then significant before insignificant and unchanged: folding the tail of this order
 * hides the least changed. The change that decided the verdict is never below a small new run.
 */
function checkRows(c) {
    const head = new Map(c.head.experiments.map((e) => [e.name, e]));
    const base = new Map(c.base?.experiments.map((e) => [e.name, e]) ?? []);
    const rank = (d) => (isSignificant(d, c.minChange) ? 0 : d.status === 'unchanged' ? 2 : 1);
    return [...c.experiments]
        .sort((a, b) => rank(a) - rank(b) ||
        Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central) ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        (b.headKgCO2e?.central ?? 0) - (a.headKgCO2e?.central ?? 0) ||
        compareText(a.name, b.name))
        .map((d) => ({
        name: d.name,
        phase: d.phase,
        file: d.file,
        status: d.status,
        significant: isSignificant(d, c.minChange),
        ...figureCells(d.status === 'removed' ? undefined : head.get(d.name)),
        ...(d.status === 'removed' ? { measured: base.get(d.name)?.energySource === 'measured' } : {}),
        delta: deltaCell(d),
        change: changeCell(d),
    }));
}
/** The display unit of a limit as written (`6 tCO2e` → `t`), so actuals read in the same unit. */
function unitOfLimit(limit) {
    const parsed = (0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseQuantity */ .Lf)(limit.split(' per ')[0].replace(/^\+/, ''), 'mass');
    if ((0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnitProblem */ .WN)(parsed))
        return undefined;
    return parsed.unit === 'gCO2e' ? 'g' : parsed.unit === 'kgCO2e' ? 'kg' : parsed.unit === 'tCO2e' || parsed.unit === 'ktCO2e' ? 't' : undefined;
}
function amount(value, b, signed = false) {
    if (b.unit === 'ratio')
        return signed ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercentDelta */ .zy)(value) : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(value);
    const unit = unitOfLimit(b.limit);
    // In the limit's unit, unless that would read as a fraction (67.5 kg, not 0.068 t, under 10 tCO2e).
    const inUnit = unit === undefined ? 0 : Math.abs(value) / (unit === 't' ? 1000 : unit === 'kg' ? 1 : 0.001);
    return unit === undefined || (inUnit < 1 && value !== 0) ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(value, { signed }) : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMassIn */ .ZM)(value, unit, { signed });
}
/**
 * Where a budget stands: already over on the base (whether it gates or not: the PR did not break
 * it), newly over and blocking the merge, over but not gating under this `fail-on`, or within.
 */
function budgetState(b) {
    if (b.verdict === 'pass')
        return 'ok';
    if (b.baseVerdict === 'fail')
        return 'already-over';
    return b.blocking ? 'newly-over' : 'not-blocking';
}
/** A budget's state in plain words; `base` is the base's name, already escaped for the medium. */
function stateWords(state, base) {
    return state === 'newly-over' ? 'newly over' : state === 'already-over' ? `already over on ${base}` : state === 'not-blocking' ? 'over, not blocking' : 'ok';
}
const STATE_ORDER = { 'newly-over': 0, 'already-over': 1, 'not-blocking': 2, ok: 3 };
/** `phase:training` → `training phase`; `experiment:x` → `x`; `sci:x` → `x per 1M tokens`. */
function budgetName(b) {
    const [kind, ...rest] = b.name.split(':');
    const subject = rest.join(':');
    if (b.kind === 'phase')
        return `${subject} phase`;
    if (b.kind === 'experiment')
        return subject;
    if (b.kind === 'sci') {
        const per = b.limit.indexOf(' per ');
        return per < 0 ? subject : `${subject}${b.limit.slice(per)}`;
    }
    return b.kind === 'increase' && subject !== '' ? `increase (${subject})` : (kind ?? b.name);
}
/** Budgets, newly over first, then already over, over but not blocking, and within; most over first. */
function budgetRows(budgets) {
    return budgets
        .map((b) => {
        const state = budgetState(b);
        const per = b.kind === 'sci' ? b.limit.indexOf(' per ') : -1;
        return {
            name: budgetName(b),
            rawName: b.name,
            kind: b.kind,
            limit: per < 0 ? b.limit : b.limit.slice(0, per),
            ...(b.baseActual === undefined ? {} : { base: amount(b.baseActual, b) }),
            head: amount(b.actual, b),
            state,
            // how far over reads best in its own unit (`+793 kg` beside a `6 tCO2e` limit)
            ...(b.verdict === 'fail' ? { over: b.unit === 'ratio' ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercentDelta */ .zy)(-b.margin) : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMassDelta */ .e0)(-b.margin) } : {}),
            overValue: -b.margin / (b.limitValue || 1),
            verdict: b.verdict,
            margin: b.note !== undefined ? 'n/a' : `${amount(Math.abs(b.margin), b)} ${b.margin < 0 ? 'over' : 'left'}`,
            ...(b.note === undefined ? {} : { note: b.note }),
        };
    })
        .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.overValue - a.overValue);
}
/** People words for an attribution input: `hardware.0.count` → `devices` (the texts name the device). */
function inputLabel(input) {
    const hardware = /^hardware\.\d+\.(.+)$/.exec(input);
    if (hardware) {
        const field = hardware[1];
        return field === 'count' ? 'devices' : field === 'device' ? 'device' : field === 'power' ? 'device power' : field === 'embodied' ? 'embodied per device' : field;
    }
    const words = {
        logs: 'power logs',
        pue: 'PUE',
        'grid.series': 'hourly grid series',
        market: 'market instruments',
        'embodied.lifetime': 'hardware lifetime',
        'embodied.active-share': 'active share',
        'embodied.datacenter': 'datacenter construction',
        basis: 'accounting basis',
    };
    return words[input] ?? input;
}
/** Changed experiments (by at least `min-change`) with attribution terms, largest delta first. */
function whyItems(c) {
    return c.experiments
        .filter((d) => d.status === 'changed' && d.attribution.length > 0 && isSignificant(d, c.minChange))
        .sort((a, b) => Math.abs(b.deltaKgCO2e.central) - Math.abs(a.deltaKgCO2e.central) || compareText(a.name, b.name))
        .map((d) => ({
        name: d.name,
        delta: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMassDelta */ .e0)(d.deltaKgCO2e.central),
        terms: [...d.attribution]
            .sort((a, b) => Math.abs(b.deltaKgCO2e) - Math.abs(a.deltaKgCO2e))
            .map((a) => ({ input: a.input, label: inputLabel(a.input), from: a.from, to: a.to, delta: (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMassDelta */ .e0)(a.deltaKgCO2e) })),
    }));
}
/** The base branch's totals, oldest first, and the head as the last point when there is history. */
function trendPoints(c) {
    const history = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__.historyOldestFirst)(c.history);
    if (history.length === 0)
        return [];
    const points = history.map((h) => ({
        label: h.sha.slice(0, 7),
        sha: h.sha,
        date: h.date,
        ...(h.subject === undefined ? {} : { subject: h.subject }),
        kgCO2e: h.totalKgCO2e,
    }));
    points.push({ label: 'this PR', ...(c.headRef ? { sha: c.headRef.sha } : {}), kgCO2e: c.head.totals.totalKgCO2e.central });
    return points;
}
/** Defaults applied across the report, with how many experiments used each, most used first. */
function defaultsUsed(report) {
    const counts = new Map();
    for (const e of report.experiments)
        for (const d of new Set(e.defaultsUsed))
            counts.set(d, (counts.get(d) ?? 0) + 1);
    return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || compareText(a.text, b.text));
}
/** `1 added, 2 changed, 3 unchanged`. */
function statusSummary(c) {
    const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    for (const d of c.experiments)
        counts[d.status]++;
    return ['added', 'removed', 'changed', 'unchanged']
        .filter((s) => counts[s] > 0)
        .map((s) => `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(counts[s])} ${s}`)
        .join(', ');
}


/***/ })

};
