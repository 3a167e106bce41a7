export const id = 95;
export const ids = [95];
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

/***/ 7398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ greenestWindow),
/* harmony export */   gv: () => (/* binding */ hourlyOperational),
/* harmony export */   j7: () => (/* binding */ spreadFlat)
/* harmony export */ });
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7564);

function kindsOf(series) {
    let average = false;
    let marginal = false;
    for (const hour of series.hours.values()) {
        if (hour.averageKgPerKWh !== undefined)
            average = true;
        if (hour.marginalKgPerKWh !== undefined)
            marginal = true;
        if (average && marginal)
            break;
    }
    return { average, marginal };
}
function covers(hour, kinds) {
    if (hour === undefined)
        return false;
    if (kinds.average && hour.averageKgPerKWh === undefined)
        return false;
    if (kinds.marginal && hour.marginalKgPerKWh === undefined)
        return false;
    return true;
}
/**
 * Operational carbon hour by hour: each UTC hour's facility energy times that hour's average and
 * marginal intensity. An hour the series does not cover is counted and returned, never filled in
 * from its neighbours; the caller prices it (at the annual average) and flags it.
 * @example
 * // 2 kWh at 00:00 (0.3 avg, 0.6 marg) and 1 kWh at 01:00 (0.1, 0.5), PUE 1.5
 * // average: 1.5 * (2*0.3 + 1*0.1) = 1.05 kg; marginal: 1.5 * (2*0.6 + 1*0.5) = 2.55 kg
 */
function hourlyOperational(input) {
    const factor = input.facilityIncluded ? 1 : input.pue;
    const kinds = kindsOf(input.series);
    let averageKgCO2e = 0;
    let marginalKgCO2e = 0;
    let uncoveredHours = 0;
    let uncoveredKWh = 0;
    for (const [hourMs, kWh] of input.hourlyKWh) {
        if (kWh === 0)
            continue;
        const hour = input.series.hours.get(hourMs);
        if (!covers(hour, kinds)) {
            uncoveredHours++;
            uncoveredKWh += kWh;
            continue;
        }
        const facilityKWh = kWh * factor;
        averageKgCO2e += facilityKWh * (hour.averageKgPerKWh ?? input.annualAverageKgPerKWh);
        if (hour.marginalKgPerKWh !== undefined)
            marginalKgCO2e += facilityKWh * hour.marginalKgPerKWh;
    }
    return {
        averageKgCO2e,
        ...(kinds.marginal ? { marginalKgCO2e } : {}),
        uncoveredHours,
        uncoveredKWh,
        averageFromSeries: kinds.average,
    };
}
/** `kWh` spread flat from `startMs` to `endMs`, split at UTC hour boundaries (all in the first hour when the span is empty). */
function spreadFlat(startMs, endMs, kWh) {
    const hourlyKWh = new Map();
    if (!(endMs > startMs))
        return hourlyKWh.set(Math.floor(startMs / _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ, kWh);
    for (let t = startMs; t < endMs;) {
        const hour = Math.floor(t / _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ) * _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ;
        const next = Math.min(hour + _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ, endMs);
        hourlyKWh.set(hour, (kWh * (next - t)) / (endMs - startMs));
        t = next;
    }
    return hourlyKWh;
}
function intensityOf(hour, basis) {
    return basis === 'average' ? hour?.averageKgPerKWh : hour?.marginalKgPerKWh;
}
/**
 * The start hour in the series that would have minimized emissions for the same hourly energy
 * profile shifted in time, and the saving against when it actually ran. The profile's energy is
 * used as given (pass facility kWh, or scale the result by the PUE).
 * @returns undefined when the series has no value of `basis` for every hour of the actual run,
 *   so there is nothing to compare against.
 */
function greenestWindow(hourlyKWh, series, basis) {
    const profile = [...hourlyKWh].filter(([, kWh]) => kWh > 0).sort((a, b) => a[0] - b[0]);
    const first = profile[0];
    if (first === undefined)
        return undefined;
    const offsetsMs = profile.map(([hour]) => hour - first[0]);
    const energiesKWh = profile.map(([, kWh]) => kWh);
    const emissionsFrom = (startMs) => {
        let kg = 0;
        for (let i = 0; i < offsetsMs.length; i++) {
            const intensity = intensityOf(series.hours.get(startMs + offsetsMs[i]), basis);
            if (intensity === undefined)
                return undefined;
            kg += energiesKWh[i] * intensity;
        }
        return kg;
    };
    const actualKg = emissionsFrom(first[0]);
    if (actualKg === undefined)
        return undefined;
    let best = { startMs: first[0], kgCO2e: actualKg };
    const starts = [...series.hours.keys()].filter((h) => h % _units_js__WEBPACK_IMPORTED_MODULE_0__/* .HOUR_MS */ .iQ === 0).sort((a, b) => a - b);
    for (const startMs of starts) {
        const kg = emissionsFrom(startMs);
        // Ties keep the earlier start (or the actual one): moving a job for nothing is no advice.
        if (kg !== undefined && kg < best.kgCO2e - 1e-12 * Math.abs(best.kgCO2e))
            best = { startMs, kgCO2e: kg };
    }
    return { startMs: best.startMs, kgCO2e: best.kgCO2e, savingKgCO2e: actualKg - best.kgCO2e, basis };
}


/***/ }),

/***/ 2596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gd: () => (/* binding */ matchingSummary),
/* harmony export */   qu: () => (/* binding */ hourlyMarket)
/* harmony export */ });
/* unused harmony export matchHourly */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);
/* harmony import */ var _hourly_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7398);
/* harmony import */ var _range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8158);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7564);
/**
 * Hourly (24/7) matching of market instruments, as the GHG Protocol's proposed Scope 2 revision
 * (2025 consultation) and 24/7 carbon-free energy practice count it: in each hour, the contracted
 * carbon-free supply of that hour covers that hour's use and no other; supply beyond the hour's use
 * is lost (never carried to another hour), and the uncovered rest takes the residual mix.
 */




/**
 * @example
 * // use 10 kWh at 00:00 and 10 kWh at 01:00; supply 20 kWh at 00:00, 5 kWh at 01:00; residual 0.5 kg/kWh
 * // covered: min(10, 20) + min(10, 5) = 15 kWh (75 %); the 10 kWh surplus at 00:00 is lost;
 * // kgCO2e = (20 - 15) x 0.5 = 2.5; annual volume would claim min(1, 25 / 20) = 100 %
 */
function matchHourly(input) {
    const { supply } = input;
    let energyKWh = 0;
    let coveredKWh = 0;
    let kgCO2e = 0;
    let hoursWithoutSupply = 0;
    for (const [hour, kWh] of input.facilityKWhByHour) {
        if (!(kWh > 0))
            continue;
        energyKWh += kWh;
        const supplied = supply.hours.get(hour);
        if (supplied === undefined)
            hoursWithoutSupply++;
        const covered = supplied === undefined ? 0 : supply.kind === 'share' ? kWh * Math.min(1, supplied) : Math.min(kWh, supplied);
        coveredKWh += covered;
        // Certificates that state a production factor carry it into the covered energy, pro rata.
        const suppliedKg = supply.kgCO2eByHour?.get(hour);
        if (suppliedKg !== undefined && supplied !== undefined && supplied > 0)
            kgCO2e += (covered * suppliedKg) / supplied;
        kgCO2e += (kWh - covered) * input.uncoveredKgPerKWh(hour);
    }
    let supplyKWh;
    if (supply.kind === 'energy') {
        supplyKWh = 0;
        for (const kWh of supply.hours.values())
            supplyKWh += kWh;
    }
    return { energyKWh, coveredKWh, kgCO2e, hoursWithoutSupply, ...(supplyKWh !== undefined ? { supplyKWh } : {}) };
}
const ENDS = ['low', 'central', 'high'];
/**
 * The market-based figure under hourly matching, at each end of the energy's and intensity's ranges
 * (a range cannot be pushed through min(use, supply) end by end otherwise), and the coverage it achieved.
 */
function hourlyMarket(inputs) {
    const { measured, supply, market } = inputs;
    const startMs = measured?.startMs ?? inputs.startMs;
    // Ingest refuses hourly matching without logs or a start: a run without hours cannot be matched by the hour.
    if (startMs === undefined)
        throw new RangeError('hourly matching needs the run\'s hours: logs, or start and end');
    const endMs = measured ? measured.endMs : startMs + inputs.durationH * _units_js__WEBPACK_IMPORTED_MODULE_3__/* .HOUR_MS */ .iQ;
    const unprofiled = (0,_hourly_js__WEBPACK_IMPORTED_MODULE_1__/* .spreadFlat */ .j7)(startMs, endMs, 1);
    const at = (end) => {
        const profile = new Map();
        const loggedFactor = measured?.facilityIncluded ? 1 : inputs.pue[end];
        for (const [hour, kWh] of measured?.hourlyKWh ?? [])
            profile.set(hour, kWh * loggedFactor);
        const rest = inputs.modelledKWh[end] * inputs.pue[end];
        for (const [hour, part] of unprofiled)
            profile.set(hour, (profile.get(hour) ?? 0) + part * rest);
        const fallback = (hour) => inputs.series?.hours.get(hour)?.averageKgPerKWh ?? inputs.annualAverageKgPerKWh[end];
        const residual = market.residualKgPerKWh;
        return matchHourly({ facilityKWhByHour: profile, supply, uncoveredKgPerKWh: residual !== undefined ? () => residual : fallback });
    };
    const [low, central, high] = ENDS.map(at);
    const coverage = central.energyKWh > 0 ? central.coveredKWh / central.energyKWh : 0;
    const annualVolumeShare = central.supplyKWh !== undefined && central.energyKWh > 0 ? Math.min(1, central.supplyKWh / central.energyKWh) : undefined;
    const rest = market.residualKgPerKWh !== undefined
        ? `the rest at the residual mix ${+(market.residualKgPerKWh * 1000).toPrecision(6)} gCO2e/kWh`
        : `the rest at the location-based average${inputs.series ? ' of each hour' : ''} (fallback: no residual-intensity given, which understates it where certificates are sold)`;
    return {
        marketKgCO2e: (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .range */ .y1)(low.kgCO2e, central.kgCO2e, high.kgCO2e),
        marketMethod: `${matchingSummary({ method: 'hourly', hourlyCoverage: coverage, ...(annualVolumeShare !== undefined ? { annualVolumeShare } : {}) })} (${supply.file}); ${rest}`,
        marketMatching: {
            method: 'hourly',
            hourlyCoverage: coverage,
            ...(annualVolumeShare !== undefined ? { annualVolumeShare } : {}),
            supplyFile: supply.file,
            hoursWithoutSupply: central.hoursWithoutSupply,
        },
    };
}
/** `hourly matched: 71 % of use covered hour by hour; annual volume would claim 100 %`, or `annual matching`. */
function matchingSummary(m) {
    if (m.method === 'annual')
        return 'annual matching';
    const covered = `hourly matched: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(m.hourlyCoverage ?? 0)} of use covered hour by hour`;
    return m.annualVolumeShare !== undefined ? `${covered}; annual volume would claim ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(m.annualVolumeShare)}` : covered;
}


/***/ }),

/***/ 7206:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ PHASES)
/* harmony export */ });
const PHASES = ['experimentation', 'training', 'inference'];


/***/ }),

/***/ 8158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qr: () => (/* binding */ divide),
/* harmony export */   WQ: () => (/* binding */ add),
/* harmony export */   e0: () => (/* binding */ exact),
/* harmony export */   f2: () => (/* binding */ ZERO),
/* harmony export */   hs: () => (/* binding */ scale),
/* harmony export */   lw: () => (/* binding */ multiply),
/* harmony export */   y1: () => (/* binding */ range)
/* harmony export */ });
/* unused harmony export subtract */
const ZERO = { low: 0, central: 0, high: 0 };
/** A value known exactly (no range). */
function exact(value) {
    return { low: value, central: value, high: value };
}
function range(low, central, high) {
    return { low: Math.min(low, central), central, high: Math.max(high, central) };
}
function add(...terms) {
    let low = 0;
    let central = 0;
    let high = 0;
    for (const t of terms) {
        low += t.low;
        central += t.central;
        high += t.high;
    }
    return { low, central, high };
}
/** Subtraction for deltas: the range of a - b is [a.low - b.high, a.high - b.low]. */
function subtract(a, b) {
    return { low: a.low - b.high, central: a.central - b.central, high: a.high - b.low };
}
/** Product of non-negative ranges. */
function multiply(...factors) {
    let low = 1;
    let central = 1;
    let high = 1;
    for (const f of factors) {
        low *= f.low;
        central *= f.central;
        high *= f.high;
    }
    return { low, central, high };
}
/** Scales by an exact factor (negative factors swap the ends). */
function scale(r, k) {
    return k >= 0 ? { low: r.low * k, central: r.central * k, high: r.high * k } : { low: r.high * k, central: r.central * k, high: r.low * k };
}
/** Division by a positive range: the low end divides by the high end of the divisor. */
function divide(a, b) {
    return { low: a.low / b.high, central: a.central / b.central, high: a.high / b.low };
}


/***/ })

};
