export const id = 671;
export const ids = [671,544];
export const modules = {

/***/ 5888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   D5: () => (/* binding */ formatPercentSet),
/* harmony export */   JF: () => (/* binding */ formatShareOfTotal),
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
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zy: () => (/* binding */ formatPercentDelta)
/* harmony export */ });
/* unused harmony exports UNIT_SPACE, MINUS, decimalsFor */
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
/** Bytes: `420 MB`, `1.0 GB` (log-size messages and the CLI's progress line). */
function formatBytes(bytes) {
    return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
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

/***/ 7544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkJson: () => (/* binding */ checkJson),
/* harmony export */   experimentJson: () => (/* binding */ experimentJson),
/* harmony export */   historyOldestFirst: () => (/* binding */ historyOldestFirst),
/* harmony export */   reportJson: () => (/* binding */ reportJson),
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
function* reportJsonText(report) {
    const rest = reportJson({ ...report, experiments: [] });
    const entries = Object.entries(rest).filter(([, value]) => value !== undefined);
    const nested = (value, pad) => JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad}`);
    yield '{';
    for (const [i, [key, value]] of entries.entries()) {
        yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
        if (key !== 'experiments' || report.experiments.length === 0) {
            yield nested(value, '  ');
            continue;
        }
        yield '[';
        for (const [j, e] of report.experiments.entries())
            yield `${j === 0 ? '' : ','}\n    ${nested(experimentJson(e), '    ')}`;
        yield '\n  ]';
    }
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
