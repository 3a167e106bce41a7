export const id = 544;
export const ids = [544];
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


/***/ })

};
