export const id = 486;
export const ids = [486,544];
export const modules = {

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
        averageKgCO2e += kWh * (hour.averageKgPerKWh ?? input.annualAverageKgPerKWh);
        if (hour.marginalKgPerKWh !== undefined)
            marginalKgCO2e += kWh * hour.marginalKgPerKWh;
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


/***/ }),

/***/ 9889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   x2: () => (/* binding */ escapeMermaidLabel)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_CHARS, cleanText, escapeCodeSpan, escapeMarkerKey */
/**
 * Escaping of user-supplied strings (experiment names, files, descriptions, defaults, budget globs,
 * branch names) before they reach a PR comment, a job summary, a terminal or a Mermaid chart.
 *
 * The markdown escape leaves no live markdown or HTML: HTML-significant characters become
 * entities, markdown punctuation gets a backslash, line breaks become spaces, and the things GitHub
 * links after rendering (`@user`, `#123`, `GH-1`, URLs) are broken with a zero-width space entity,
 * so a manifest cannot ping anyone, link an issue, or inject an image or a link.
 */
/** Default cap on a user string, in code points, before escaping. */
const DEFAULT_MAX_CHARS = 120;
/** Zero-width space as an HTML entity: invisible in the rendering, breaks GitHub's autolinkers. */
const ZWSP = '&#8203;';
// Bidirectional overrides and isolates ("Trojan Source"), zero-width and other invisible format
// characters: a name should look like what it is.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu;
// C0 and C1 controls except tab and line breaks (handled separately).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/gu;
/**
 * Flattens to one line, drops controls and invisible characters, and caps the length. Every other
 * escape starts from this.
 */
function cleanText(text, opts = {}) {
    const max = Math.max(1, opts.maxChars ?? DEFAULT_MAX_CHARS);
    const flat = String(text)
        .replace(LINE_BREAK, ' ')
        .replace(/\t/g, ' ')
        .replace(CONTROL, '')
        .replace(INVISIBLE, '')
        .trim();
    const points = Array.from(flat);
    return points.length <= max ? flat : `${points.slice(0, max - 1).join('').trimEnd()}…`;
}
/** Characters with a meaning in GitHub markdown (CommonMark, GFM tables, strikethrough, math). */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!~|{}$^]/g;
/**
 * Escapes a user string for GitHub markdown: inline text or a table cell.
 * @example escapeMarkdown('@octocat <b>x</b> | *y*') // '@&#8203;octocat &lt;b&gt;x&lt;/b&gt; \\| \\*y\\*'
 */
function escapeMarkdown(text, opts = {}) {
    let out = cleanText(text, opts)
        // entities first, so the `&` of our own entities is not escaped again
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
    // autolinks GitHub adds after rendering: mentions, issue refs, commit-ish refs, URLs, e-mails
    out = out
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`)
        .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\b(www)\./gi, `$1${ZWSP}.`);
    // block syntax only matters at the start of a line; a cell or heading can start with user text
    out = out.replace(/^([-+=>])/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
    return out;
}
/**
 * A user string inside an inline code span: backticks cannot be escaped there, so they are
 * replaced; the span is padded when the text starts or ends with a space. Mentions do not fire
 * inside code, and `|` still splits a table row, so it is replaced too.
 */
function escapeCodeSpan(text, opts = {}) {
    const body = cleanText(text, opts).replace(/`/g, 'ˋ').replace(/\|/g, '¦');
    return body === '' ? '` `' : `\`${body}\``;
}
/**
 * The key of a hidden HTML-comment marker (`<!-- carbon-budget:KEY -->`): only characters that can
 * neither close the comment nor confuse a search are kept.
 */
function escapeMarkerKey(key) {
    return cleanText(key, { maxChars: 64 }).replace(/[^A-Za-z0-9._/:-]/g, '_');
}
/**
 * A label inside a double-quoted Mermaid string. Mermaid has no escape for `"` in xychart labels,
 * and `%%`, `#` and brackets are syntax in some diagram types, so anything outside a plain set is
 * replaced by `_`.
 */
function escapeMermaidLabel(text, opts = {}) {
    return cleanText(text, { maxChars: opts.maxChars ?? 40 }).replace(/[^\p{L}\p{N} .:/+_\-'…]/gu, '_');
}
/**
 * A user string for a terminal or a CI log: ANSI escapes and controls cannot reach the terminal,
 * and GitHub's workflow commands (`::error::`, `::stop-commands::`) cannot start a line.
 */
function escapeTerminal(text, opts = {}) {
    return cleanText(String(text).replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, ''), opts).replace(/::/g, ':\u200b:');
}
/**
 * An https URL for a markdown link target, or `undefined` when it is not one: a `javascript:` or
 * relative target never becomes a link.
 */
function safeUrl(url) {
    if (url === undefined)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:')
        return undefined;
    // percent-encode what would end the link or the table cell
    return parsed.href.replace(/[()|<> "'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
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

/***/ 9241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ lcaBlocks),
/* harmony export */   Q7: () => (/* binding */ modelBlocks),
/* harmony export */   a9: () => (/* binding */ lifecycleLines)
/* harmony export */ });
/* unused harmony export lcaLine */
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);
/* harmony import */ var _core_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7206);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7564);
/* harmony import */ var _markdown_sections_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4004);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9889);
/**
 * The life-cycle views of a report, for the markdown and text renderers: the LCA stages (Wu et al.
 * 2024, Fig. 5b), the GHG scopes beyond Scope 2 and 3, idle energy and power capacity, and one
 * model's lifecycle (Fig. 3a). Built as rows here; the renderers only lay them out.
 */





const share = (part, whole) => (whole > 0 ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatShareOfTotal */ .JF)(part / whole) : '—');
/** `manufacturing 4.1 t (25 %) · transport 12 kg (0.1 %) · use 12.0 t (74 %) · end of life 30 kg (0.2 %)` */
function lcaLine(t) {
    const whole = t.totalKgCO2e.central;
    const stages = [
        ['manufacturing', t.lca.manufacturingKgCO2e.central],
        ['transport', t.lca.transportKgCO2e.central],
        ['use', t.lca.useKgCO2e.central],
        ['end of life', t.lca.endOfLifeKgCO2e.central],
    ];
    return stages.map(([name, kg]) => `${name} ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(kg)} (${share(kg, whole)})`).join(' · ');
}
/** Scope 1, idle energy and capacity, when they say something (a site figure, idle time, hardware). */
function extrasLine(report) {
    const t = report.totals;
    const parts = [
        t.scopes.scope1KgCO2e.central > 0 ? `scope 1 ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(t.scopes.scope1KgCO2e.central)}` : 'scope 1: no site figure given (0)',
        ...(t.scopes.scope3UpstreamEnergyKgCO2e ? [`scope 3 upstream of electricity ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(t.scopes.scope3UpstreamEnergyKgCO2e.central)}`] : []),
        ...(t.idle.energyKWh > 0 ? [`idle ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(t.idle.energyKWh)}, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(t.idle.kgCO2e.central)} (${share(t.idle.kgCO2e.central, t.totalKgCO2e.central)})`] : []),
        `capacity ${_core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .PHASES */ .Z.filter((p) => report.phases[p].capacityKW > 0).map((p) => `${p} ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPower */ .d5)(report.phases[p].capacityKW * _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .W_PER_KW */ .pg)}`).join(', ') || (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPower */ .d5)(0)}`,
    ];
    return parts.join(' · ');
}
/** Fig. 3a: per model, each phase's operational and embodied carbon, and the training:inference ratio. */
function modelRows(models, name) {
    return models.map((m) => {
        const cells = _core_model_js__WEBPACK_IMPORTED_MODULE_3__/* .PHASES */ .Z.flatMap((p) => {
            const x = m.phases[p];
            return x.totalKgCO2e.central > 0 ? [(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(x.operationalKgCO2e.central), (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(x.embodiedKgCO2e.central)] : ['—', '—'];
        });
        return [name(m.name), ...cells, (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(m.totals.totalKgCO2e.central), ratio(m.trainingToInference)];
    });
}
function ratio(trainingToInference) {
    return trainingToInference === undefined ? '—' : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRatio */ .B0)(trainingToInference);
}
const MODEL_HEADER = ['model', 'exp. operational', 'exp. embodied', 'training operational', 'training embodied', 'inference operational', 'inference embodied', 'total', 'training:inference'];
/** Markdown: the LCA line with scopes, idle energy and capacity (empty without experiments). */
function lcaBlocks(report) {
    if (report.experiments.length === 0)
        return [];
    return [{ kind: 'paragraph', text: `Life cycle: ${lcaLine(report.totals)}  \n${extrasLine(report)}` }];
}
/**
 * The same table for an 872 px PR comment: one column per phase, `operational + embodied` in each
 * cell (nine columns of their own overflow the conversation column; the browser test measures it).
 */
const MODEL_HEADER_NARROW = ['model', 'experimentation', 'training', 'inference', 'total', 'training:inference'];
function narrowRows(rows) {
    return rows.map((r) => {
        const phase = (i) => (r[i] === '—' && r[i + 1] === '—' ? '—' : `${r[i]} + ${r[i + 1]}`);
        return [r[0], phase(1), phase(3), phase(5), r[7], r[8]];
    });
}
/** Markdown: the per-model table (Fig. 3a), when manifests name models. */
function modelBlocks(report) {
    if (report.models.length === 0)
        return [];
    const rows = narrowRows(modelRows(report.models, (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(s, { maxChars: _markdown_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME_MAX_CHARS */ .hg })));
    return [
        { kind: 'heading', level: 4, text: 'Per model: operational + embodied in each phase' },
        { kind: 'table', header: MODEL_HEADER_NARROW, rows, align: ['l', ...MODEL_HEADER_NARROW.slice(1).map(() => 'r')] },
    ];
}
/** Terminal lines of the same views (the caller aligns nothing: the model table is pre-aligned here). */
function lifecycleLines(report, align) {
    if (report.experiments.length === 0)
        return [];
    const lines = ['', `Life cycle: ${lcaLine(report.totals)}`, extrasLine(report)];
    if (report.models.length > 0) {
        const rows = modelRows(report.models, (s) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeTerminal */ .en)(s, { maxChars: _markdown_sections_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME_MAX_CHARS */ .hg }));
        lines.push('', 'Per model:', ...align([MODEL_HEADER, ...rows], ['l', ...MODEL_HEADER.slice(1).map(() => 'r')]).map((l) => `  ${l}`));
    }
    return lines;
}


/***/ }),

/***/ 4004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ measuredSection),
/* harmony export */   Gv: () => (/* binding */ methodLine),
/* harmony export */   LN: () => (/* binding */ experimentsTable),
/* harmony export */   WX: () => (/* binding */ defaultsSection),
/* harmony export */   hg: () => (/* binding */ NAME_MAX_CHARS),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   mj: () => (/* binding */ foldNote),
/* harmony export */   xd: () => (/* binding */ warningsSection)
/* harmony export */ });
/* unused harmony export sourceLink */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9889);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);


/** Caps on user strings in the comment, in code points (names are long in sweeps). */
const NAME_MAX_CHARS = 80;
const TEXT_MAX_CHARS = 200;
const md = (text, maxChars = NAME_MAX_CHARS) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(text, { maxChars });
/** A `[title year](url)` link when the URL is https, else the plain title. */
function sourceLink(s) {
    const label = `${md(s.title, 72)} ${s.year}`;
    const url = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeUrl */ .Pl)(s.url);
    return url === undefined ? label : `[${label}](${url})`;
}
function energyCell(r) {
    return r.measured && r.energy !== '—' ? `${r.energy} (measured)` : r.energy;
}
/** The experiments table over the first `shown` rows, with a totals row. */
function experimentsTable(rows, shown, opts) {
    const withDelta = opts.deltaHeader !== undefined;
    const header = ['experiment', 'phase', 'energy', 'operational', 'embodied', 'total', ...(withDelta ? [opts.deltaHeader] : [])];
    const body = rows.slice(0, shown).map((r) => [
        r.status === 'removed' ? `~~${md(r.name)}~~` : md(r.name),
        r.phase,
        energyCell(r),
        r.operational,
        r.embodied,
        r.total,
        ...(withDelta ? [r.delta ?? ''] : []),
    ]);
    const totals = opts.totals ? [['**total**', '', ...opts.totals.map((c) => (c === '' ? '' : `**${c}**`))]] : [];
    return { kind: 'table', header, rows: [...body, ...totals], align: ['l', 'l', 'r', 'r', 'r', 'r', 'r'] };
}
/** `… 9,874 least-changed experiments not shown; see the job summary.` */
function foldNote(hidden, what, hint) {
    if (hidden <= 0)
        return [];
    return [{ kind: 'paragraph', text: `… ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(hidden)} ${what} ${hidden === 1 ? 'experiment' : 'experiments'} not shown; see ${hint}.` }];
}
/** Defaults that were applied, so no default changes a result unseen. */
function defaultsSection(list, shown) {
    if (list.length === 0 || shown <= 0)
        return [];
    const items = list.slice(0, shown).map((d) => `${md(d.text, TEXT_MAX_CHARS)} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(d.count)} ${d.count === 1 ? 'experiment' : 'experiments'})`);
    const rest = list.length - Math.min(shown, list.length);
    return [
        { kind: 'heading', level: 4, text: 'Defaults used' },
        { kind: 'list', items: rest > 0 ? [...items, `… ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(rest)} more`] : items },
    ];
}
/** Warnings of the run (`file:line: message`). */
function warningsSection(problems, shown) {
    if (problems.length === 0 || shown <= 0)
        return [];
    const items = problems.slice(0, shown).map((p) => {
        const where = p.pos ? `${md(`${p.pos.file}:${p.pos.line}`, 120)}: ` : '';
        return `${where}${md(p.message, TEXT_MAX_CHARS)}`;
    });
    const rest = problems.length - Math.min(shown, problems.length);
    return [
        { kind: 'heading', level: 4, text: `Warnings (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(problems.length)})` },
        { kind: 'list', items: rest > 0 ? [...items, `… ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(rest)} more`] : items },
    ];
}
function sourceList(sources, max) {
    if (sources.length === 0)
        return 'n/a';
    if (max <= 0)
        return `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(sources.length)} ${sources.length === 1 ? 'source' : 'sources'} (see the JSON report)`;
    const shown = sources.slice(0, max).map(sourceLink).join(', ');
    return sources.length > max ? `${shown} and ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(sources.length - max)} more` : shown;
}
/**
 * "Measured energy and hourly intensity": the first `shown` of `items` (already escaped), each a
 * bold name and a list of its lines; the rest counted. With nothing shown, one sentence with the count.
 */
function measuredSection(items, total, shown, hint) {
    if (total === 0)
        return [];
    const what = `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(total)} ${total === 1 ? 'experiment' : 'experiments'} with power logs or an hourly grid series`;
    if (shown <= 0)
        return [{ kind: 'paragraph', text: `Measured energy and hourly intensity: ${what} (details in ${hint}).` }];
    const blocks = [{ kind: 'heading', level: 4, text: 'Measured energy and hourly intensity' }];
    for (const item of items.slice(0, shown)) {
        blocks.push({ kind: 'paragraph', text: `**${item.name}** (${item.file})` });
        blocks.push({ kind: 'list', items: item.lines.map((l) => `${l.flag ? '⚠️ ' : ''}${l.label}: ${l.parts.join(' · ')}`) });
    }
    const rest = total - Math.min(shown, items.length);
    if (rest > 0)
        blocks.push({ kind: 'paragraph', text: `… ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(rest)} more ${rest === 1 ? 'experiment' : 'experiments'} with power logs or an hourly series; see ${hint}.` });
    return blocks;
}
/** The method line: basis, intensity, datasets with years, PUE, embodied data; the run link only when given. */
function methodLine(m, maxSourcesPerKind, runUrl) {
    const parts = [
        `Method: ${m.basis}, ${m.intensity}`,
        `grid: ${sourceList(m.grid, maxSourcesPerKind)}`,
        `market: ${m.market}`,
        `PUE ${m.pue}${m.pueSources.length > 0 ? ` (${sourceList(m.pueSources, maxSourcesPerKind)})` : ''}`,
        ...(m.power.length > 0 ? [`power: ${sourceList(m.power, maxSourcesPerKind)}`] : []),
        `embodied: ${sourceList(m.embodied, maxSourcesPerKind)}`,
        ...(m.datacenter.length > 0 ? [`datacenter construction: ${sourceList(m.datacenter, maxSourcesPerKind)}`] : []),
        ...(m.other.length > 0 ? [`also: ${sourceList(m.other, maxSourcesPerKind)}`] : []),
    ];
    const url = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeUrl */ .Pl)(runUrl);
    return { kind: 'paragraph', text: `<sub>${parts.join(' · ')}${url === undefined ? '' : ` · [run](${url})`}</sub>` };
}


/***/ }),

/***/ 2578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ measuredItem),
/* harmony export */   Ho: () => (/* binding */ measuredExperiments)
/* harmony export */ });
/* unused harmony export hasMeasuredDetail */
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7564);


/** Gap spans listed per policy before the rest are counted. */
const GAP_SPANS_SHOWN = 3;
/** Whether an experiment belongs in the section: it has power logs or names an hourly series. */
function hasMeasuredDetail(e) {
    return e.measured !== undefined || e.operational.locationMethod === 'hourly' || e.input.seriesPath !== undefined;
}
/** Experiments of the section, largest total first (the order of the report's table). */
function measuredExperiments(report) {
    return report.experiments
        .filter(hasMeasuredDetail)
        .sort((a, b) => b.totalKgCO2e.central - a.totalKgCO2e.central || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** A span of milliseconds as a duration (`30 s`, `2.8 min`, `3.0 h`). */
const formatSpan = (ms) => (0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ms / _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR_MS */ .iQ);
const plural = (n, one, many = `${one}s`) => `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(n)} ${n === 1 ? one : many}`;
function energyLine(e, m) {
    const facilityKWh = m.facilityIncluded ? m.energyKWh : m.energyKWh * e.pue;
    const parts = m.facilityIncluded
        ? [`${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(facilityKWh)} facility, measured (the tool's own PUE included; no PUE applied again)`]
        : [`${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(facilityKWh)} facility = ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(m.energyKWh)} IT measured × PUE ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPueGiven */ .xc)(e.pue)}`];
    // Lines the logs did not measure (hosts) are modelled and added: say so, or the sums look wrong.
    if (Math.abs(e.energyKWh - facilityKWh) > 1e-9 * Math.max(1, e.energyKWh)) {
        parts.push(`experiment ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(e.energyKWh)} facility, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(e.itEnergyKWh)} IT with modelled lines`);
    }
    return { label: 'energy', parts };
}
function logsLine(m, esc) {
    const files = m.files.slice(0, 2).map((f) => esc(f, 100));
    const more = m.files.length > 2 ? ` and ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(m.files.length - 2)} more` : '';
    return {
        label: 'logs',
        parts: [
            plural(m.samples, 'sample'),
            plural(m.devices, 'device'),
            `${plural(m.files.length, 'file')}${files.length > 0 ? ` (${files.join(', ')}${more})` : ''}`,
            `${formatSpan(m.endMs - m.startMs)} starting ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInstant */ .r4)(m.startMs)}`,
            plural(m.duplicates, 'duplicate'),
            `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(m.outOfOrder)} out of order`,
        ],
    };
}
/** How the files were read (CodeCarbon runs folded, counter or power, Unix time unit); none when nothing to say. */
function readLine(m, esc) {
    const notes = m.notes ?? [];
    if (notes.length === 0)
        return undefined;
    const more = notes.length > 4 ? [`${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(notes.length - 4)} more`] : [];
    return { label: 'read', parts: [...notes.slice(0, 4).map((n) => esc(n, 200)), ...more] };
}
function gapsLine(m, esc) {
    if (m.gaps.length === 0)
        return { label: 'gaps', parts: ['none'] };
    const parts = ['bridge', 'zero', 'fail'].flatMap((policy) => {
        const gaps = m.gaps.filter((g) => g.policy === policy);
        if (gaps.length === 0)
            return [];
        const verb = policy === 'bridge' ? 'bridged' : policy === 'zero' ? 'counted as zero' : 'failed';
        const spans = gaps
            .slice(0, GAP_SPANS_SHOWN)
            .map((g) => `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInstant */ .r4)(g.startMs)} to ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInstant */ .r4)(g.endMs)} (${formatSpan(g.endMs - g.startMs)}${m.files.length > 1 ? `, ${esc(g.file, 60)}` : ''})`);
        const more = gaps.length > GAP_SPANS_SHOWN ? `, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(gaps.length - GAP_SPANS_SHOWN)} more` : '';
        return [`${plural(gaps.length, 'gap')} ${verb}: ${spans.join(', ')}${more}`];
    });
    return { label: 'gaps', parts };
}
function reportedLine(e, m, esc) {
    const r = m.reported;
    if (r === undefined || (r.emissionsKgCO2e === undefined && r.intensityKgPerKWh === undefined))
        return undefined;
    const tool = esc(r.tool, 40);
    const figure = [
        ...(r.emissionsKgCO2e === undefined ? [] : [(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(r.emissionsKgCO2e)]),
        ...(r.intensityKgPerKWh === undefined ? [] : [`at ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatIntensity */ .TA)(r.intensityKgPerKWh)}`]),
    ].join(' ');
    return { label: tool, parts: [`${figure}: reported by ${tool}, not used`, `ours ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(e.operationalKgCO2e.central)}`] };
}
/** `hourly average 9.3 g (412 gCO2e/kWh)`: the mass and the intensity it implies over the facility energy. */
function figure(label, kgCO2e, energyKWh) {
    return energyKWh > 0 ? `${label} ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(kgCO2e)} (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatIntensity */ .TA)(kgCO2e / energyKWh)})` : `${label} ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(kgCO2e)}`;
}
function operationalLines(e, esc) {
    const o = e.operational;
    const hourly = o.locationMethod === 'hourly';
    const parts = [
        ...(hourly ? [figure('hourly average', o.locationKgCO2e.central, e.energyKWh)] : []),
        figure('annual average', o.annualLocationKgCO2e.central, e.energyKWh),
        ...(o.marginalKgCO2e ? [figure(o.marginalMethod === 'hourly' ? 'hourly marginal' : 'annual marginal', o.marginalKgCO2e.central, e.energyKWh)] : []),
    ];
    const lines = [{ label: 'operational, location-based', parts }];
    const series = e.input.seriesPath === undefined ? [] : [`series ${esc(e.input.seriesPath, 100)}`];
    lines.push({ label: 'grid', parts: [...series, esc(e.gridDescription, 160)] });
    if (!hourly && e.input.seriesPath !== undefined) {
        lines.push({ label: 'hours', parts: ['no power logs to bin by hour: the annual average is used'], flag: true });
    }
    else if (hourly && e.measured) {
        const hours = [...e.measured.hourlyKWh.values()].filter((kWh) => kWh > 0).length;
        const uncovered = o.uncoveredHours ?? 0;
        lines.push(uncovered > 0
            ? { label: 'hours', parts: [`${plural(uncovered, 'hour')} of ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(hours)} with energy not covered by the series: priced at the annual average`], flag: true }
            : { label: 'hours', parts: [hours === 1 ? 'the 1 hour with energy is covered by the series' : `all ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(hours)} hours with energy are covered by the series`] });
    }
    return lines;
}
function greenestLine(e) {
    const w = e.operational.greenestWindow;
    if (w === undefined)
        return undefined;
    const basis = `hourly ${w.basis}, same energy profile`;
    const first = e.measured ? Math.floor(e.measured.startMs / _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR_MS */ .iQ) * _core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .HOUR_MS */ .iQ : undefined;
    if (w.savingKgCO2e <= 0 || w.startMs === first) {
        return { label: 'greenest start', parts: [`it started in the greenest hour of the series (${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(w.kgCO2e)})`, basis] };
    }
    return {
        label: 'greenest start',
        parts: [`starting at ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInstant */ .r4)(w.startMs)} would have emitted ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(w.kgCO2e)}, ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMass */ .so)(w.savingKgCO2e)} less`, basis],
    };
}
/** The section's lines for one experiment. */
function measuredItem(e, esc, nameMaxChars = 80) {
    const m = e.measured;
    const lines = m
        ? [energyLine(e, m), logsLine(m, esc), ...optional(readLine(m, esc)), gapsLine(m, esc), ...optional(reportedLine(e, m, esc))]
        : [{ label: 'energy', parts: [`${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatEnergy */ .QE)(e.energyKWh)} facility, modelled (no power logs)`] }];
    lines.push(...operationalLines(e, esc), ...optional(greenestLine(e)));
    return { name: esc(e.name, nameMaxChars), file: esc(e.file, 120), lines };
}
function optional(x) {
    return x === undefined ? [] : [x];
}


/***/ }),

/***/ 9175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ describeMethod)
/* harmony export */ });
/* harmony import */ var _core_matching_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2596);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5888);


/** The market instruments' matching over the report: hourly coverage weighted by energy, and how many experiments match annually. */
function marketMatching(report) {
    const hourly = report.experiments.filter((e) => e.operational.marketMatching?.method === 'hourly');
    const annual = report.experiments.filter((e) => e.operational.marketMatching?.method === 'annual').length;
    const count = (n) => `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(n)} experiment${n === 1 ? '' : 's'}`;
    const parts = [];
    if (hourly.length > 0) {
        const energy = hourly.reduce((s, e) => s + e.energyKWh, 0);
        const weighted = (pick) => {
            if (hourly.some((e) => pick(e.operational.marketMatching) === undefined))
                return undefined;
            return energy > 0 ? hourly.reduce((s, e) => s + pick(e.operational.marketMatching) * e.energyKWh, 0) / energy : 0;
        };
        const volume = weighted((m) => m.annualVolumeShare);
        parts.push(`${(0,_core_matching_js__WEBPACK_IMPORTED_MODULE_0__/* .matchingSummary */ .Gd)({ method: 'hourly', hourlyCoverage: weighted((m) => m.hourlyCoverage) ?? 0, ...(volume !== undefined ? { annualVolumeShare: volume } : {}) })} (${count(hourly.length)})`);
    }
    if (annual > 0)
        parts.push(`annual matching (${count(annual)})`);
    return parts.length > 0 ? parts.join('; ') : 'no market instruments: market-based = location-based';
}
/** The margins the marginal figures use, distinct, or a note that none exists (the average stands in). */
function marginSources(report) {
    const sources = [...new Set(report.experiments.flatMap((e) => (e.operational.marginalSource ? [e.operational.marginalSource] : [])))];
    return sources.length > 0 ? sources.join('; ') : 'none published for these grids: the average is used';
}
/** Gathers the method of a report. */
function describeMethod(report) {
    const byUnit = new Map();
    const used = new Set();
    for (const e of report.experiments) {
        for (const c of e.coefficients) {
            // Ratios are PUEs, active shares and life-cycle shares: only a PUE coefficient names the PUE's source.
            const kind = c.unit === 'ratio' ? (c.id.startsWith('pue:') ? 'pue' : 'share') : c.unit;
            const group = byUnit.get(kind) ?? new Map();
            group.set(c.source.id, c.source);
            byUnit.set(kind, group);
            used.add(c.source.id);
        }
    }
    const of = (unit) => [...(byUnit.get(unit)?.values() ?? [])];
    const pues = report.experiments.map((e) => e.pue);
    const low = Math.min(...pues);
    const high = Math.max(...pues);
    const hourly = report.experiments.some((e) => e.operational.locationMethod === 'hourly');
    return {
        basis: report.basis === 'market' ? 'market-based' : 'location-based',
        intensity: report.intensity === 'marginal' ? `marginal (${marginSources(report)})` : hourly ? 'hourly average where a series is committed, else annual average' : 'annual average',
        grid: of('kgCO2e/kWh'),
        pue: pues.length === 0 ? 'n/a' : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPue */ .Ws)(low) === (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPue */ .Ws)(high) ? (0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPue */ .Ws)(low) : `${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPue */ .Ws)(low)}–${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPue */ .Ws)(high)}`,
        pueSources: of('pue'),
        power: of('W'),
        embodied: of('kgCO2e'),
        datacenter: of('kgCO2e/kW'),
        other: report.sources.filter((s) => !used.has(s.id)),
        market: marketMatching(report),
    };
}


/***/ }),

/***/ 3671:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ whyItems),
/* harmony export */   HN: () => (/* binding */ statusSummary),
/* harmony export */   TY: () => (/* binding */ changesNothing),
/* harmony export */   Uu: () => (/* binding */ checkRows),
/* harmony export */   Xu: () => (/* binding */ stateWords),
/* harmony export */   _f: () => (/* binding */ reportRows),
/* harmony export */   b5: () => (/* binding */ budgetRows),
/* harmony export */   p9: () => (/* binding */ trendPoints),
/* harmony export */   u5: () => (/* binding */ defaultsUsed)
/* harmony export */ });
/* unused harmony exports deltaCell, changeCell, isSignificant, budgetState, inputLabel */
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
