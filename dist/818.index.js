export const id = 818;
export const ids = [818];
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

/***/ 3818:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheck: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./lib/core/errors.js + 1 modules
var errors = __webpack_require__(8782);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./lib/ingest/paths.js

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
    if (external_node_path_.posix.isAbsolute(written) || /^[A-Za-z]:/.test(written))
        return { error: 'is absolute; write it relative to the manifest\'s folder' };
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(manifestFile), written));
    if (joined === '..' || joined.startsWith('../') || joined === '.')
        return { error: 'leaves the repository' };
    return { path: joined };
}
/** Normalizes a repo-relative path from a listing; undefined when it would leave the repository. */
function normalizeRepoPath(path) {
    const p = external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
    if (p.startsWith('../') || p === '..' || external_node_path_.posix.isAbsolute(p) || p.includes('\0'))
        return undefined;
    return p;
}

;// CONCATENATED MODULE: ./lib/ingest/fs-source.js






const SKIPPED_DIRS = new Set(['.git', 'node_modules']);
// A repository with more files than this is walked no further; the limit is said, not silent.
const MAX_FILES = 500_000;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly: a binary or mis-encoded file is an error naming the file, never mojibake. */
function decodeUtf8(bytes, path) {
    if (bytes.includes(0))
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-binary', { file: path })]);
    try {
        return utf8.decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-not-utf8', { file: path })]);
    }
}
/** The working tree under `root`. Symlinks are never followed, so no file outside `root` is read. */
function fs_source_fsSource(root) {
    // Files found by the walk are regular files under real folders (the walk never enters a symlink):
    // they need no further check. Any other path (a log named in a manifest) is checked in full.
    const walked = new Set();
    let realRoot;
    const inside = async (path) => {
        const rel = normalizeRepoPath(path);
        if (rel === undefined)
            return undefined;
        const full = (0,external_node_path_.join)(root, rel);
        if (walked.has(rel))
            return full;
        try {
            const st = await (0,promises_.lstat)(full);
            if (!st.isFile())
                return undefined;
            // A parent folder may itself be a symlink: compare real paths.
            const [realRootPath, realFile] = await Promise.all([(realRoot ??= (0,promises_.realpath)(root)), (0,promises_.realpath)(full)]);
            if (realFile !== (0,external_node_path_.join)(realRootPath, rel))
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
                    entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
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
                            await walk((0,external_node_path_.join)(dir, e.name));
                    }
                    else if (e.isFile())
                        out.push((0,external_node_path_.relative)(root, (0,external_node_path_.join)(dir, e.name)).split(external_node_path_.sep).join('/'));
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
                const st = await (0,promises_.lstat)(full);
                return st.isFile() ? { size: st.size } : undefined;
            }
            catch {
                return undefined;
            }
        },
        async readText(path) {
            const full = await inside(path);
            if (!full)
                throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-missing', { file: path })]);
            // O_NOFOLLOW: a file swapped for a symlink after the check is still not followed.
            return decodeUtf8(await (0,promises_.readFile)(full, { flag: external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW }), path);
        },
        openStream(path) {
            const rel = normalizeRepoPath(path);
            if (rel === undefined)
                throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('path-outside', { path })]);
            try {
                const fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(root, rel), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
                return (0,external_node_fs_.createReadStream)('', { fd, highWaterMark: 1 << 20 });
            }
            catch (error) {
                const failed = new external_node_stream_.PassThrough();
                failed.destroy(error);
                return failed;
            }
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/ingest/git-exec.js


// Git must never prompt (CI has no terminal), never read the machine's or user's config in ways that
// change output formats, and must not take the index lock on a work tree the user is editing.
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    GIT_PAGER: 'cat',
};
// What git may see of the caller's environment: where it runs, its own settings (GIT_*), and how to
// reach the origin (proxies, certificates). Never the rest: on a runner that holds the token input
// (INPUT_GITHUB-TOKEN), GITHUB_TOKEN and the runtime's own tokens, none of which git needs.
const PASSED = /^(PATH|HOME|TMPDIR|TEMP|TMP|USER|LOGNAME|SYSTEMROOT|XDG_CONFIG_HOME|SSL_CERT_FILE|SSL_CERT_DIR|SSH_AUTH_SOCK|GIT_(?!TERMINAL_PROMPT$)\w+|(?:HTTPS?|NO|ALL)_PROXY|(?:https?|no|all)_proxy)$/;
/** The environment every git child gets: the few variables above from the caller's, plus the settings above. */
function gitEnv(env = process.env) {
    const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED.test(name)));
    return { ...passed, ...GIT_ENV };
}
const DEFAULT_MAX_BYTES = 256 * 1024 ** 2;
/**
 * Runs `git -C dir ...args` without a shell (arguments are an array, so nothing in a ref or path is
 * ever interpreted) and returns its stdout as bytes.
 * @throws CarbonError with one `git` problem whose message summarizes git's stderr
 */
function runGit(dir, args, opts = {}) {
    const maxBuffer = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['-C', dir, ...args], { encoding: 'buffer', maxBuffer, env: gitEnv(), windowsHide: true }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ stdout, code: 0 });
            const err = error;
            if (err.code === 'ENOENT')
                return reject(new errors/* CarbonError */.kk([gitMissing()]));
            if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                return reject(new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git-output-too-large', { command: args[0] ?? '', maxBytes: maxBuffer })]));
            }
            const code = typeof err.code === 'number' ? err.code : -1;
            if (opts.okCodes?.includes(code))
                return resolve({ stdout, code });
            reject(new errors/* CarbonError */.kk([gitFailure(args, stderr.toString('utf8'))]));
        });
    });
}
/** Runs git and returns stdout as trimmed UTF-8 text. */
async function git_exec_gitText(dir, args, opts = {}) {
    const { stdout } = await runGit(dir, args, opts);
    return stdout.toString('utf8').trim();
}
/** Starts a long-running git (a blob stream); the caller owns the child. */
function spawnGit(dir, args) {
    return (0,external_node_child_process_.spawn)('git', ['-C', dir, ...args], { env: gitEnv(), windowsHide: true });
}
/** `git is not installed` as a problem, for spawn errors. */
function gitMissing() {
    return (0,errors/* problem */.CC)('git-missing');
}
/** A failed git call as a problem: the command and the first lines of its stderr, no stack. */
function gitFailure(args, stderr) {
    return (0,errors/* problem */.CC)('git-command-failed', { command: summarizeArgs(args), stderr: summarizeStderr(stderr) });
}
/** The first meaningful lines of git's stderr, without `fatal:`/`error:` prefixes and hints. */
function summarizeStderr(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('hint:'))
        .map((l) => l.replace(/^(fatal|error|warning): /, ''));
    const text = lines.slice(0, 3).join('; ');
    if (text === '')
        return 'no message';
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
function summarizeArgs(args) {
    const shown = args.slice(0, 4).join(' ');
    return args.length > 4 ? `${shown} ...` : shown;
}

;// CONCATENATED MODULE: ./lib/ingest/worktree-source.js


/**
 * The working tree of a git repository, as `fsSource`, plus content ids for the files git knows
 * to be unchanged: such a file holds exactly its index blob, so `check` can reuse what it read of
 * the same blob at the base instead of reading a large log twice. Modified and untracked files
 * have no id and are always read.
 * @param dir the folder to report on (the repository root or a folder inside it)
 */
async function worktreeSource(dir) {
    const source = fs_source_fsSource(dir);
    // Paths from ls-files are relative to `dir`; status -z prints them from the repository root.
    const [listed, status, prefix] = await Promise.all([
        runGit(dir, ['ls-files', '--stage', '-z', '--', '.']),
        runGit(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', '.']),
        runGit(dir, ['rev-parse', '--show-prefix']),
    ]);
    const root = prefix.stdout.toString('utf8').trim();
    const dirty = new Set();
    const records = status.stdout.toString('utf8').split('\0');
    for (let i = 0; i < records.length; i++) {
        const r = records[i];
        if (r.length < 4)
            continue;
        // A rename or copy carries its source path in the next record.
        if (r[0] === 'R' || r[0] === 'C')
            i++;
        if (r[1] !== ' ')
            dirty.add(r.slice(3).startsWith(root) ? r.slice(3 + root.length) : r.slice(3));
    }
    const ids = new Map();
    for (const record of listed.stdout.toString('utf8').split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const [, oid, stage] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        if (stage === '0' && oid !== undefined && !dirty.has(path))
            ids.set(path, oid);
    }
    return { ...source, contentId: async (path) => ids.get(path) };
}

// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
;// CONCATENATED MODULE: ./lib/ingest/git-batch.js


const EMPTY = Buffer.alloc(0);
/**
 * One `git cat-file --batch` process per repository, reading many small blobs (manifests, configs,
 * series) and trees without a process per file. Requests are pipelined: each is written as soon as
 * it is made, so many reads in flight cost one round trip, not one each; answers come in order. An
 * object's bytes are copied once into a buffer of its size (never re-joined chunk by chunk). The
 * process is referenced only while a read is pending, so it never keeps the CLI alive.
 */
class BlobBatch {
    repoDir;
    mode;
    child;
    queue = [];
    /** Bytes received and not yet parsed: headers and small objects, never a large body. */
    pending = EMPTY;
    body;
    /** The LF that ends an object's bytes, when it has not arrived yet. */
    skipLf = false;
    stderr = '';
    constructor(repoDir, mode) {
        this.repoDir = repoDir;
        this.mode = mode;
    }
    read(oid) {
        return new Promise((resolve, reject) => {
            const child = this.start();
            this.queue.push({ oid, resolve, reject });
            if (this.queue.length === 1)
                this.setRef(true);
            child.stdin.write(`${oid}\n`);
        });
    }
    close() {
        this.child?.stdin.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        const child = spawnGit(this.repoDir, ['cat-file', this.mode]);
        this.child = child;
        this.pending = EMPTY;
        this.body = undefined;
        this.skipLf = false;
        child.stdout.on('data', (chunk) => this.receive(chunk));
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        child.on('error', (error) => {
            this.fail(new errors/* CarbonError */.kk([error.code === 'ENOENT' ? gitMissing() : gitFailure(['cat-file', '--batch'], error.message)]));
        });
        child.on('close', () => {
            if (this.child === child)
                this.child = undefined;
            this.fail(new errors/* CarbonError */.kk([gitFailure(['cat-file', '--batch'], this.stderr || 'git exited')]));
        });
        child.stdin.on('error', () => {
            // EPIPE when git died: the close handler reports it.
        });
        return child;
    }
    setRef(on) {
        const c = this.child;
        if (!c)
            return;
        for (const handle of [c, c.stdin, c.stdout, c.stderr]) {
            if (on)
                handle.ref?.();
            else
                handle.unref?.();
        }
    }
    receive(chunk) {
        let rest = chunk;
        const body = this.body;
        if (body) {
            const take = Math.min(rest.length, body.bytes.length - body.filled);
            rest.copy(body.bytes, body.filled, 0, take);
            body.filled += take;
            rest = rest.subarray(take);
            if (body.filled < body.bytes.length)
                return;
            this.body = undefined;
            this.skipLf = true;
            this.settle().resolve({ oid: body.oid, type: body.type, size: body.bytes.length, bytes: body.bytes });
        }
        this.pending = this.pending.length === 0 ? rest : Buffer.concat([this.pending, rest]);
        this.drain();
    }
    drain() {
        for (;;) {
            if (this.skipLf) {
                if (this.pending.length === 0)
                    return;
                this.pending = this.pending.subarray(1);
                this.skipLf = false;
            }
            const next = this.queue[0];
            if (!next)
                return;
            const eol = this.pending.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = this.pending.subarray(0, eol).toString('utf8');
            this.pending = this.pending.subarray(eol + 1);
            const [oid, type, sizeText] = header.split(' ');
            if (type === 'missing' || type === undefined || sizeText === undefined) {
                this.settle().reject(new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('git-object-missing', { oid: oid ?? next.oid })]));
                continue;
            }
            const size = Number(sizeText);
            if (this.mode === '--batch-check') {
                this.settle().resolve({ oid: oid, type, size, bytes: EMPTY });
                continue;
            }
            if (this.pending.length >= size) {
                const bytes = Buffer.from(this.pending.subarray(0, size));
                this.pending = this.pending.subarray(size);
                this.skipLf = true;
                this.settle().resolve({ oid: oid, type, size, bytes });
                continue;
            }
            // A body larger than what has arrived: the rest is copied into it as it comes.
            const bytes = Buffer.allocUnsafe(size);
            this.pending.copy(bytes, 0);
            this.body = { oid: oid, type, bytes, filled: this.pending.length };
            this.pending = EMPTY;
            return;
        }
    }
    settle() {
        const done = this.queue.shift();
        if (this.queue.length === 0)
            this.setRef(false);
        return done;
    }
    fail(error) {
        this.body = undefined;
        for (const pending of this.queue.splice(0))
            pending.reject(error);
    }
}
const batches = new Map();
function batchFor(repoDir, mode) {
    const key = `${mode}\0${repoDir}`;
    let batch = batches.get(key);
    if (!batch) {
        batch = new BlobBatch(repoDir, mode);
        batches.set(key, batch);
    }
    return batch;
}
/**
 * An object (`<oid>`, or an expression such as `<sha>^{tree}`) with its bytes, read through the
 * repository's shared `cat-file --batch` process.
 */
function readObject(repoDir, spec) {
    return batchFor(repoDir, '--batch').read(spec);
}
/** The bytes of a blob, read through the shared `cat-file --batch` process. */
async function readBlob(repoDir, oid) {
    return (await readObject(repoDir, oid)).bytes;
}
const FULL_OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const stats = new Map();
const MAX_CACHED_STATS = 200_000;
/**
 * Type and size of an object, without its bytes (`cat-file --batch-check`). An object id names
 * the same bytes forever, so answers for full ids are kept: a manifest's size is asked for once
 * per run, however many commits of the trend hold it.
 */
function statObject(repoDir, spec) {
    if (!FULL_OID.test(spec))
        return batchFor(repoDir, '--batch-check').read(spec);
    const key = `${repoDir}\0${spec}`;
    let stat = stats.get(key);
    if (!stat) {
        stat = batchFor(repoDir, '--batch-check').read(spec);
        stats.set(key, stat);
        stat.catch(() => stats.delete(key));
        if (stats.size > MAX_CACHED_STATS)
            stats.delete(stats.keys().next().value);
    }
    return stat;
}
/** Ends every batch process (tests; long-running hosts). */
function closeBlobReaders() {
    for (const batch of batches.values())
        batch.close();
    batches.clear();
    stats.clear();
}

;// CONCATENATED MODULE: ./lib/ingest/git-source.js





const DEFAULT_MAX_TEXT_BYTES = 64 * 1024 ** 2;
/**
 * A repo-relative POSIX path in canonical form (`./a//b/../c` is `a/c`), or undefined when it is
 * absolute or would leave the repository: such a path is never opened.
 */
function git_source_normalizeRepoPath(path) {
    // The same paths are asked for at every commit of the trend: remember the answers.
    const known = normalized.get(path);
    if (known !== undefined || normalized.has(path))
        return known;
    if (normalized.size >= MAX_NORMALIZED)
        normalized.clear();
    const normal = normalize(path);
    normalized.set(path, normal);
    return normal;
}
const normalized = new Map();
const MAX_NORMALIZED = 200_000;
function normalize(path) {
    const slashed = path.replace(/\\/g, '/');
    if (slashed === '' || slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed) || slashed.includes('\0'))
        return undefined;
    const normal = external_node_path_.posix.normalize(slashed).replace(/\/+$/, '');
    if (normal === '.' || normal === '..' || normal.startsWith('../'))
        return undefined;
    return normal;
}
/** True for paths under `.git` or `node_modules` at any depth: never carbon files. */
function isIgnoredPath(path) {
    return path.split('/').some((segment) => segment === '.git' || segment === 'node_modules');
}
/**
 * Lists the regular files of a commit with their blob ids, skipping symlinks, submodules, `.git`
 * and `node_modules` (which are not even descended into). Blob ids key the history cache.
 */
function listTree(repoDir, sha) {
    // A commit's tree never changes: the trend and the report at the same commit share one listing.
    const key = `${repoDir}\0${sha}`;
    const cached = trees.get(key);
    if (cached)
        return cached;
    const listing = readTree(repoDir, sha);
    trees.set(key, listing);
    listing.catch(() => trees.delete(key));
    if (trees.size > MAX_CACHED_TREES)
        trees.delete(trees.keys().next().value);
    return listing;
}
const trees = new Map();
const MAX_CACHED_TREES = 32;
const MODE_TREE = '40000';
const REGULAR_MODES = new Set(['100644', '100755', '100664']);
// A tree object never changes: its listing is kept by tree id, so a commit that changed one file
// re-reads only the trees on that file's path, not the whole repository (the trend lists every
// commit it covers). Bounded by the entries held, oldest listings dropped first.
const listings = new Map();
const MAX_CACHED_ENTRIES = 2_000_000;
let cachedEntries = 0;
function listingOf(repoDir, treeOid, bytes) {
    const key = `${repoDir}\0${treeOid}`;
    const hit = listings.get(key);
    if (hit)
        return hit.listing;
    const held = { listing: (bytes ?? readObject(repoDir, treeOid).then((o) => o.bytes)).then((b) => parseTree(repoDir, b, treeOid.length / 2)), size: 0 };
    listings.set(key, held);
    held.listing.then((listing) => {
        if (listings.get(key) !== held)
            return;
        held.size = listing.length;
        cachedEntries += listing.length;
        for (const [oldKey, old] of listings) {
            if (cachedEntries <= MAX_CACHED_ENTRIES || old === held)
                break;
            listings.delete(oldKey);
            cachedEntries -= old.size;
        }
    }, () => listings.delete(key));
    return held.listing;
}
// Tree objects are read through the shared `cat-file --batch` process rather than `ls-tree -r`:
// the trend lists many commits, and a process per listing costs more than the listing. Subtrees
// are asked for all at once, so their reads are pipelined.
async function parseTree(repoDir, bytes, oidBytes) {
    const files = [];
    const subtrees = [];
    let i = 0;
    while (i < bytes.length) {
        const space = bytes.indexOf(0x20, i);
        const nul = bytes.indexOf(0, space);
        if (space < 0 || nul < 0)
            break;
        const mode = bytes.toString('latin1', i, space);
        const name = bytes.toString('utf8', space + 1, nul);
        const oid = bytes.toString('hex', nul + 1, nul + 1 + oidBytes);
        i = nul + 1 + oidBytes;
        if (isIgnoredPath(name))
            continue;
        if (mode === MODE_TREE)
            subtrees.push({ name, listing: listingOf(repoDir, oid) });
        else if (REGULAR_MODES.has(mode))
            files.push([name, { oid }]);
        // 120000 (symlink) and 160000 (submodule) are never read: they could point outside the repo.
    }
    for (const { name, listing } of subtrees)
        for (const [path, entry] of await listing)
            files.push([`${name}/${path}`, entry]);
    return files;
}
async function readTree(repoDir, sha) {
    let root;
    try {
        root = await readObject(repoDir, `${sha}^{tree}`);
    }
    catch {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('commit-missing', { sha })]);
    }
    const found = [...(await listingOf(repoDir, root.oid, Promise.resolve(root.bytes)))];
    found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return new Map(found);
}
// Small texts (the config, manifests) kept by blob id: the config is read at every commit of the
// trend, and so is a manifest that a later commit changes back.
const texts = new Map();
const MAX_CACHED_TEXT_BYTES = 32 * 1024 ** 2;
const MAX_CACHED_TEXT_SIZE = 1024 ** 2;
let cachedTextBytes = 0;
/** A blob decoded as UTF-8, or undefined when it is not valid UTF-8. */
function textOf(repoDir, oid, size) {
    const decode = (bytes) => {
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            return undefined;
        }
    };
    if (size > MAX_CACHED_TEXT_SIZE)
        return readBlob(repoDir, oid).then(decode);
    const key = `${repoDir}\0${oid}`;
    const hit = texts.get(key);
    if (hit)
        return hit.text;
    const held = { text: readBlob(repoDir, oid).then(decode), size };
    texts.set(key, held);
    cachedTextBytes += size;
    held.text.catch(() => {
        if (texts.get(key) === held) {
            texts.delete(key);
            cachedTextBytes -= size;
        }
    });
    for (const [oldKey, old] of texts) {
        if (cachedTextBytes <= MAX_CACHED_TEXT_BYTES || old === held)
            break;
        texts.delete(oldKey);
        cachedTextBytes -= old.size;
    }
    return held.text;
}
/**
 * The files of one commit, read from git objects: nothing is checked out, so the work tree may be
 * dirty or on another branch.
 * @param repoDir any directory inside the repository
 * @param sha a full commit id (resolve refs first with `resolveRef`)
 * @example const base = gitSource('/repo', await mergeBase('/repo', 'origin/main', 'HEAD'))
 */
function gitSource(repoDir, sha, opts = {}) {
    const maxTextBytes = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
    const prefix = opts.subdir === undefined ? '' : `${git_source_normalizeRepoPath(opts.subdir) ?? ''}/`.replace(/^\/$/, '');
    let tree;
    const entries = () => (tree ??= listTree(repoDir, sha).then((all) => underPrefix(all, prefix)));
    const description = `commit ${sha.slice(0, 7)}`;
    const lookup = async (path) => {
        const normal = git_source_normalizeRepoPath(path);
        if (normal === undefined) {
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('path-outside', { path })]);
        }
        const entry = (await entries()).get(normal);
        if (!entry)
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-missing', { file: normal, in: description })]);
        return { path: normal, entry };
    };
    return {
        description,
        async listFiles() {
            return [...(await entries()).keys()];
        },
        async stat(path) {
            const normal = git_source_normalizeRepoPath(path);
            if (normal === undefined)
                return undefined;
            const entry = (await entries()).get(normal);
            return entry ? { size: (await statObject(repoDir, entry.oid)).size } : undefined;
        },
        async readText(path) {
            const { path: normal, entry } = await lookup(path);
            const { size } = await statObject(repoDir, entry.oid);
            if (size > maxTextBytes) {
                throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-too-large', { path: normal, in: description, bytes: size, maxBytes: maxTextBytes })]);
            }
            const text = await textOf(repoDir, entry.oid, size);
            if (text === undefined)
                throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('file-not-utf8', { file: normal, in: description })]);
            return text;
        },
        async contentId(path) {
            const normal = git_source_normalizeRepoPath(path);
            return normal === undefined ? undefined : (await entries()).get(normal)?.oid;
        },
        openStream(path) {
            const out = new external_node_stream_.PassThrough();
            lookup(path).then(({ entry }) => pipeBlob(repoDir, entry.oid, out), (error) => out.destroy(error));
            return out;
        },
    };
}
function underPrefix(all, prefix) {
    if (prefix === '')
        return all;
    const out = new Map();
    for (const [path, entry] of all)
        if (path.startsWith(prefix))
            out.set(path.slice(prefix.length), entry);
    return out;
}
function pipeBlob(repoDir, oid, out) {
    const args = ['cat-file', 'blob', oid];
    const child = spawnGit(repoDir, args);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => {
        out.destroy(new errors/* CarbonError */.kk([error.code === 'ENOENT' ? gitMissing() : gitFailure(args, error.message)]));
    });
    // The reader may stop early (a bad line): then the child is no longer needed.
    out.on('close', () => {
        if (child.exitCode === null)
            child.kill();
    });
    child.stdout.pipe(out, { end: false });
    child.on('close', (code) => {
        if (code === 0)
            out.end();
        else if (!out.destroyed)
            out.destroy(new errors/* CarbonError */.kk([gitFailure(args, stderr)]));
    });
}

;// CONCATENATED MODULE: ./lib/ingest/git.js





// A ref that starts with '-' would be read by git as an option (`--upload-pack=...`).
function checkRef(ref) {
    if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('ref-invalid', { ref })]);
    }
}
/** True when the repository is a shallow clone (`actions/checkout` with its default depth of 1). */
async function isShallow(repoDir) {
    return (await git_exec_gitText(repoDir, ['rev-parse', '--is-shallow-repository'])) === 'true';
}
/** The top-level directory of the work tree that contains `dir`. */
async function repoRoot(dir) {
    return gitText(dir, ['rev-parse', '--show-toplevel']);
}
async function tryResolve(repoDir, ref) {
    const { stdout, code } = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1, 128] });
    const sha = stdout.toString('utf8').trim();
    return code === 0 && sha !== '' ? sha : undefined;
}
/**
 * The full commit id of a ref (`main`, `origin/main`, `HEAD~2`, a short or full sha).
 * @throws CarbonError (`git`) naming the ref and the nearest branch or tag
 */
async function resolveRef(repoDir, ref) {
    checkRef(ref);
    const sha = await tryResolve(repoDir, ref);
    if (sha !== undefined)
        return sha;
    const names = (await git_exec_gitText(repoDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags']))
        .split('\n')
        .filter((n) => n !== '');
    const suggestion = names.length > 0 ? (0,units/* nearest */.pA)(ref, names) : undefined;
    throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('ref-unknown', { ref, suggestion })]);
}
async function hasOrigin(repoDir) {
    const { code } = await runGit(repoDir, ['remote', 'get-url', 'origin'], { okCodes: [2, 128] });
    return code === 0;
}
/**
 * Makes sure a commit is in the clone and returns its full id. When it is missing (a shallow
 * checkout has only the head), fetches it: `git fetch --depth=1 origin <ref>`.
 * @throws CarbonError (`git`) that says which `fetch-depth` the workflow needs
 */
async function ensureCommit(repoDir, ref) {
    checkRef(ref);
    const present = await tryResolve(repoDir, ref);
    if (present !== undefined)
        return present;
    const shallow = await isShallow(repoDir);
    if (!(await hasOrigin(repoDir))) {
        if (!shallow)
            return resolveRef(repoDir, ref);
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('commit-no-origin', { ref })]);
    }
    // `<sha>^` (a new branch's first push compares with the parent) is not something a remote can be
    // asked for: fetch the commit two deep, which brings its parent, then resolve the parent here.
    const parentOf = /^([0-9a-f]{40})\^$/.exec(ref)?.[1];
    if (parentOf !== undefined) {
        const fetched = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', ...(shallow ? ['--depth=2'] : []), 'origin', parentOf], { okCodes: [1, 128] });
        const parent = await tryResolve(repoDir, ref);
        if (parent !== undefined)
            return parent;
        if (fetched.code === 0 && (await tryResolve(repoDir, parentOf)))
            throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('commit-no-parent', { sha: parentOf })]);
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('parent-not-fetchable', { sha: parentOf })]);
    }
    const depth = shallow ? ['--depth=1'] : [];
    const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', ...depth, 'origin', ref], { okCodes: [1, 128] });
    const fetched = code === 0 ? await tryResolve(repoDir, 'FETCH_HEAD') : undefined;
    if (fetched !== undefined)
        return fetched;
    throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('commit-not-fetchable', { ref })]);
}
// Deepening steps for a shallow clone whose history does not reach the merge base.
const DEEPEN_STEPS = [50, 500, 5000];
/**
 * The merge base of two commits, as GitHub's pull-request diff uses it. In a shallow clone the
 * history is deepened step by step until the merge base appears.
 * @throws CarbonError (`git`) when there is none, or the clone cannot be deepened far enough
 */
async function mergeBase(repoDir, a, b) {
    checkRef(a);
    checkRef(b);
    const find = async () => {
        const { stdout, code } = await runGit(repoDir, ['merge-base', a, b], { okCodes: [1] });
        const sha = stdout.toString('utf8').trim();
        return code === 0 && sha !== '' ? sha : undefined;
    };
    const found = await find();
    if (found !== undefined)
        return found;
    if (!(await isShallow(repoDir))) {
        throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('no-common-ancestor', { a, b })]);
    }
    const origin = await hasOrigin(repoDir);
    for (const step of origin ? DEEPEN_STEPS : []) {
        const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', `--deepen=${step}`, 'origin', a, b], { okCodes: [1, 128] });
        if (code !== 0)
            break;
        const deeper = await find();
        if (deeper !== undefined)
            return deeper;
        if (!(await isShallow(repoDir)))
            break;
    }
    throw new errors/* CarbonError */.kk([(0,errors/* problem */.CC)('merge-base-shallow', { a, b })]);
}
// Git prints the committer's own offset; reports use UTC so dates sort and compare as text.
function utc(isoWithOffset) {
    const ms = Date.parse(isoWithOffset);
    return Number.isNaN(ms) ? isoWithOffset : new Date(ms).toISOString();
}
/** The committer date of a commit, ISO 8601 in UTC. */
async function commitDate(repoDir, sha) {
    checkRef(sha);
    return utc(await gitText(repoDir, ['show', '-s', '--format=%cI', sha]));
}
/**
 * The last `count` commits of `ref`'s mainline (first parents) that changed any of the files,
 * newest first, from `git log` alone.
 */
async function commitsTouching(repoDir, ref, files, count) {
    checkRef(ref);
    const pathspecs = [
        ...(files.globs ?? []).map((g) => `:(glob)${g}`),
        ...(files.paths ?? []).map((p) => `:(literal)${p}`),
    ];
    if (pathspecs.length === 0 || count <= 0)
        return [];
    const format = '--format=%H%x1f%cI%x1f%s%x1e';
    const out = await git_exec_gitText(repoDir, ['log', '--first-parent', `--max-count=${count}`, format, ref, '--', ...pathspecs]);
    return out
        .split('\x1e')
        .map((record) => record.trim())
        .filter((record) => record !== '')
        .map((record) => {
        const [sha = '', date = '', subject = ''] = record.split('\x1f');
        return { sha, date: utc(date), subject };
    });
}
/**
 * Deepens a shallow clone's history of `ref` by `commits` (for the trend). False when the clone is
 * not shallow, has no `origin`, or the fetch failed: the caller then says the trend was cut.
 */
async function deepen(repoDir, ref, commits) {
    checkRef(ref);
    if (!(await isShallow(repoDir)) || !(await hasOrigin(repoDir)))
        return false;
    const { code } = await runGit(repoDir, ['fetch', '--no-tags', '--quiet', `--deepen=${commits}`, 'origin', ref], { okCodes: [1, 128] });
    return code === 0;
}

// EXTERNAL MODULE: ./lib/core/config.js
var config = __webpack_require__(6641);
// EXTERNAL MODULE: ./lib/core/model.js
var model = __webpack_require__(7206);
// EXTERNAL MODULE: ./lib/core/range.js
var range = __webpack_require__(8158);
;// CONCATENATED MODULE: ./lib/core/data/hardware-spec.js
const round1 = (x) => Math.round(x * 10) / 10;
/**
 * Share of TDP that CCF's model gives at its default 50 % utilisation, min + 0.5 x (max - min), with
 * the Teads min/max pairs (A100 46/407 W gives 0.557, V100 35/306 W 0.557, T4 8/71 W 0.556). Applied to
 * devices outside CCF's table as the low end of the modelled draw.
 */
const CCF_HALF_LOAD_SHARE = 0.557;
/** Average draw at CCF's default 50 % utilisation for a device of this TDP, W. */
function halfLoadW(tdpW) {
    return round1(tdpW * CCF_HALF_LOAD_SHARE);
}
/**
 * LLMCarbon's die-only manufacturing carbon: area x carbon per area. kg/cm²: 1.0 at 16 nm, 1.2 at
 * 12 nm (also used here for Samsung 8 nm), 1.6 at 7 nm (also 6 nm), 1.8 at 4-5 nm.
 */
function dieOnlyKg(dieMm2, kgPerCm2) {
    return round1((dieMm2 / 100) * kgPerCm2);
}
/**
 * Whole-card estimate scaled from Boavizta's 575 kg large-GPU archetype (814 mm² die, 80 GB HBM):
 * its total splits into about 120 kg die, 430 kg memory and 25 kg board, casing, heatsink, transport.
 * We scale the die part by area (0.147 kg/mm²) and the memory part by capacity (5.375 kg/GB).
 */
function boaviztaScaledKg(dieMm2, memoryGB) {
    return round1(25 + 0.147 * dieMm2 + 5.375 * memoryGB);
}
/** Green Algorithms v3 per-card model: 26.97 kg base (Loubet et al. 2023) + 1.97 kg per cm² of die. */
function greenAlgorithmsCardKg(dieMm2) {
    return round1(26.97 + 1.97 * (dieMm2 / 100));
}
function coefficient(id, unit, f) {
    return {
        id,
        unit,
        low: f.low,
        central: f.central,
        high: f.high,
        source: f.source,
        ...(f.note === undefined ? {} : { note: f.note }),
    };
}
/** Turns a table row into a catalog `Device` with coefficient ids `power:<id>` and `embodied:<id>`. */
function toDevice(spec) {
    return {
        id: spec.id,
        name: spec.name,
        vendor: spec.vendor,
        kind: spec.kind,
        aliases: spec.aliases,
        boundary: spec.boundary,
        powerW: coefficient(`power:${spec.id}`, 'W', spec.power),
        embodiedKgCO2e: coefficient(`embodied:${spec.id}`, 'kgCO2e', spec.embodied),
    };
}

;// CONCATENATED MODULE: ./lib/core/data/sources.js
/**
 * Every publication, dataset or datasheet a catalog figure comes from, by id. `year` is the year the
 * figure describes (the data year), not the year it was read.
 */
const SOURCES = {
    ember2024: {
        id: 'ember-2024',
        title: 'Ember yearly electricity data, country averages (via @tgwf/co2 0.19)',
        url: 'https://ember-energy.org/data/yearly-electricity-data/',
        year: 2024,
        license: 'CC BY-SA 4.0',
    },
    ifi2021: {
        id: 'unfccc-ifi-2021',
        title: 'IFI Harmonized Default Grid Factors 2021 v3.1, operating margin (UNFCCC; via @tgwf/co2 0.19)',
        url: 'https://github.com/thegreenwebfoundation/co2.js/blob/main/data/IFI_Default_Grid_Factors_2021_v3.1_unfccc.csv',
        year: 2021,
        license: 'CC BY-SA 4.0',
    },
    electricityMaps2024: {
        id: 'electricity-maps-2024',
        title: 'Electricity Maps yearly zone averages, life-cycle (via @tgwf/co2 0.19)',
        url: 'https://www.electricitymaps.com/data/methodology',
        year: 2024,
        license: 'ODbL',
    },
    ccfMethodology: {
        id: 'ccf-methodology',
        title: 'Cloud Carbon Footprint methodology (PUE, GPU min/max watts, 50 % utilisation default)',
        url: 'https://www.cloudcarbonfootprint.org/docs/methodology',
        year: 2021,
        license: 'Apache-2.0',
    },
    ccfCoefficients: {
        id: 'ccf-coefficients',
        title: 'Cloud Carbon Footprint coefficients: +150 kgCO2e per GPU, 1,000 kg base rack server (Dell R740 LCA), 4-year lifespan',
        url: 'https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients',
        year: 2021,
        license: 'Apache-2.0',
    },
    ccfAwsInstances: {
        id: 'ccf-aws-instances',
        title: 'Cloud Carbon Footprint AWS instance embodied table (p4d.24xlarge 4.6755 tCO2e)',
        url: 'https://github.com/cloud-carbon-footprint/cloud-carbon-footprint/blob/trunk/packages/aws/src/lib/AWSInstanceTypes.ts',
        year: 2021,
        license: 'Apache-2.0',
    },
    ccfAzureRegions: {
        id: 'ccf-azure-regions',
        title: 'Cloud Carbon Footprint Azure region to Electricity Maps zone map',
        url: 'https://github.com/cloud-carbon-footprint/cloud-carbon-footprint/blob/trunk/packages/azure/src/lib/AzureRegions.ts',
        year: 2023,
        license: 'Apache-2.0',
    },
    awsRegions: {
        id: 'aws-regions',
        title: 'AWS Regions and Availability Zones (region locations; zone chosen by location, as CCF does for Azure)',
        url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
        year: 2024,
    },
    gcpRegions: {
        id: 'gcp-regions',
        title: 'Google Cloud regions and zones (region locations; zone chosen by location, as CCF does for Azure)',
        url: 'https://cloud.google.com/compute/docs/regions-zones',
        year: 2024,
    },
    bloom: {
        id: 'luccioni-2022-bloom',
        title: 'Luccioni, Viguier, Ligozat: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model',
        url: 'https://arxiv.org/abs/2211.02001',
        year: 2022,
    },
    hpeDl345: {
        id: 'hpe-dl345-lca',
        title: 'HPE ProLiant DL345 Gen10 Plus product carbon footprint, 2,500 kgCO2e per server (as used by Luccioni et al. 2022)',
        url: 'https://arxiv.org/abs/2211.02001',
        year: 2022,
    },
    olmo2025: {
        id: 'olmo-2025',
        title: 'Morrison et al.: Holistically Evaluating the Environmental Impact of Creating Language Models (OLMo, ICLR 2025)',
        url: 'https://arxiv.org/abs/2503.05804',
        year: 2025,
    },
    llmcarbon: {
        id: 'llmcarbon-2024',
        title: 'Faiz et al.: LLMCarbon, Modeling the End-to-End Carbon Footprint of Large Language Models (ICLR 2024), die carbon per area',
        url: 'https://arxiv.org/abs/2309.14393',
        year: 2024,
        license: 'Apache-2.0',
    },
    boavizta: {
        id: 'boavizta-gpu',
        title: 'Boavizta API bottom-up GPU model: 575.1 kgCO2e for the default large GPU (814 mm² die, 80 GB HBM)',
        url: 'https://doc.api.boavizta.org/',
        year: 2024,
        license: 'AGPL-3.0 (figures cited, no code reused)',
    },
    greenAlgorithms: {
        id: 'green-algorithms-v3',
        title: 'Green Algorithms v3 hardware impacts: 26.97 kgCO2e per card + 1.97 kgCO2e per cm² of die; cloud active share 0.5',
        url: 'https://www.green-algorithms.org/',
        year: 2024,
        license: 'CC BY 4.0',
    },
    nvidiaA100: {
        id: 'nvidia-a100-datasheet',
        title: 'NVIDIA A100 Tensor Core GPU datasheet',
        url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
        year: 2021,
    },
    nvidiaH100: {
        id: 'nvidia-h100-datasheet',
        title: 'NVIDIA H100 Tensor Core GPU datasheet',
        url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
        year: 2023,
    },
    nvidiaH200: { id: 'nvidia-h200', title: 'NVIDIA H200 Tensor Core GPU specifications', url: 'https://www.nvidia.com/en-us/data-center/h200/', year: 2024 },
    nvidiaHgx: { id: 'nvidia-hgx-b200', title: 'NVIDIA HGX platform specifications (B200)', url: 'https://www.nvidia.com/en-us/data-center/hgx/', year: 2024 },
    nvidiaV100: {
        id: 'nvidia-v100-datasheet',
        title: 'NVIDIA V100 Tensor Core GPU datasheet',
        url: 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf',
        year: 2020,
    },
    nvidiaT4: {
        id: 'nvidia-t4-datasheet',
        title: 'NVIDIA T4 Tensor Core GPU datasheet',
        url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf',
        year: 2019,
    },
    nvidiaL4: { id: 'nvidia-l4', title: 'NVIDIA L4 Tensor Core GPU specifications', url: 'https://www.nvidia.com/en-us/data-center/l4/', year: 2023 },
    nvidiaL40s: { id: 'nvidia-l40s', title: 'NVIDIA L40S GPU specifications', url: 'https://www.nvidia.com/en-us/data-center/l40s/', year: 2023 },
    nvidiaA10: { id: 'nvidia-a10', title: 'NVIDIA A10 Tensor Core GPU specifications', url: 'https://www.nvidia.com/en-us/data-center/products/a10-gpu/', year: 2021 },
    nvidiaDgxH100: {
        id: 'nvidia-dgx-h100',
        title: 'NVIDIA DGX H100 user guide: system power 10.2 kW max with 8 H100 SXM5',
        url: 'https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html',
        year: 2023,
    },
    amdMi250x: {
        id: 'amd-mi250x',
        title: 'AMD Instinct MI250X accelerator specifications',
        url: 'https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html',
        year: 2021,
    },
    amdMi300x: {
        id: 'amd-mi300x',
        title: 'AMD Instinct MI300X accelerator specifications',
        url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
        year: 2023,
    },
    tpuV2V3: {
        id: 'norrie-2021-tpuv2v3',
        title: "Norrie et al.: The Design Process for Google's Training Chips: TPUv2 and TPUv3 (IEEE Micro)",
        url: 'https://doi.org/10.1109/MM.2021.3058217',
        year: 2021,
    },
    tpuV4: {
        id: 'jouppi-2023-tpuv4',
        title: 'Jouppi et al.: TPU v4, an Optically Reconfigurable Supercomputer for Machine Learning (ISCA 2023)',
        url: 'https://arxiv.org/abs/2304.01433',
        year: 2023,
    },
    cloudTpu: {
        id: 'google-cloud-tpu',
        title: 'Google Cloud TPU system architecture (chip memory per version)',
        url: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
        year: 2024,
    },
    uptime2024: {
        id: 'uptime-2024',
        title: 'Uptime Institute Global Data Center Survey 2024: average annual PUE 1.56',
        url: 'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024',
        year: 2024,
    },
    google2024: {
        id: 'google-2024-environmental-report',
        title: 'Google 2024 Environmental Report: fleet trailing-twelve-month PUE 1.10',
        url: 'https://www.gstatic.com/gumdrop/sustainability/google-2024-environmental-report.pdf',
        year: 2023,
    },
    meta2024: {
        id: 'meta-2024-sustainability-report',
        title: 'Meta 2024 Sustainability Report: data center PUE',
        url: 'https://sustainability.atmeta.com/2024-sustainability-report/',
        year: 2023,
    },
    boaviztaTransport: {
        id: 'boavizta-gpu-lifecycle',
        title: 'Boavizta API GPU component model: distribution 19,000 km by sea + 1,000 km by truck for a 1.69 kg card, per-kg·km factors for boat, truck and plane, end of life 1.5062 kgCO2e per kg (boaviztapi 15878f0, data/factors.yml, data/archetypes/components/gpu.csv)',
        url: 'https://github.com/Boavizta/boaviztapi/blob/main/boaviztapi/data/factors.yml',
        year: 2024,
        license: 'AGPL-3.0 (figures cited, no code reused)',
    },
    hpePcfServers: {
        id: 'hpe-pcf-servers',
        title: 'HPE product carbon footprints of six ProLiant servers (DL345 Gen10 Plus, DL365 Gen10 Plus, DL380 Gen10, DL385 Gen10, DL580 Gen10, MicroServer Gen10 Plus): transport and end-of-life shares, as compiled in Boavizta environmental-footprint-data 61323eb',
        url: 'https://github.com/Boavizta/environmental-footprint-data',
        year: 2021,
        license: 'ODbL (Open Database License 1.0)',
    },
    cyrusOne: {
        id: 'cyrusone-lca',
        title: 'CyrusOne lifecycle assessment: construction carbon 0.9 % (Council Bluffs, Iowa) and 2.2 % (Santa Clara) of 30-year emissions',
        url: 'https://cyrusone.com/about/sustainability/lifecycle-assessment/',
        year: 2021,
    },
};
/** Every source, for listings such as the report's `sources` section. */
function listSources() {
    return Object.values(SOURCES);
}

;// CONCATENATED MODULE: ./lib/core/data/hardware-nvidia.js


/**
 * Embodied figure of a datacenter GPU card: central 150 kg (CCF/IF/BLOOM convention), low the die
 * alone (LLMCarbon), high the whole card with its memory scaled from Boavizta's bottom-up model.
 */
function datacenterCard(dieMm2, kgPerCm2, memoryGB, extra = '') {
    return {
        low: dieOnlyKg(dieMm2, kgPerCm2),
        central: 150,
        high: boaviztaScaledKg(dieMm2, memoryGB),
        source: SOURCES.ccfCoefficients,
        note: `central: 150 kg per card, the CCF/IF/BLOOM convention; low: die only, LLMCarbon (${dieMm2} mm² at ${kgPerCm2} kg/cm²); ` +
            `high: estimate, whole card with ${memoryGB} GB memory scaled from Boavizta's 575 kg H100-class card.${extra}`,
    };
}
/** Board power: central the datasheet TDP, low CCF's 50 %-utilisation draw, high TDP or the maximum configurable. */
function boardPower(tdpW, source, opts = {}) {
    const low = opts.lowW ?? halfLoadW(tdpW);
    return {
        low,
        central: tdpW,
        high: opts.highW ?? tdpW,
        source,
        note: `central: datasheet TDP ${tdpW} W; low: ${low} W, the draw at CCF's default 50 % utilisation ` +
            `(Teads min/max model)${opts.highW === undefined ? '' : `; high: ${opts.highW} W maximum configurable`}.` +
            (opts.note ? ` ${opts.note}` : ''),
    };
}
const GA100_MM2 = 826;
const GH100_MM2 = 814;
const GV100_MM2 = 815;
/** NVIDIA datacenter GPUs. Die areas are NVIDIA's published figures unless the note says otherwise. */
const NVIDIA_DEVICES = [
    {
        id: 'nvidia-a100-sxm4-40gb', name: 'NVIDIA A100 SXM4 40 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['a100-40gb', 'a100-sxm4-40gb', 'a100-sxm-40gb', 'a100-40gb-sxm'],
        power: boardPower(400, SOURCES.nvidiaA100, { lowW: 226.5 }),
        embodied: datacenterCard(GA100_MM2, 1.6, 40),
    },
    {
        id: 'nvidia-a100-sxm4-80gb', name: 'NVIDIA A100 SXM4 80 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['a100', 'a100-80gb', 'a100-sxm4-80gb', 'a100-sxm-80gb', 'a100-80gb-sxm'],
        power: boardPower(400, SOURCES.nvidiaA100, { lowW: 226.5 }),
        embodied: datacenterCard(GA100_MM2, 1.6, 80),
    },
    {
        id: 'nvidia-a100-pcie-40gb', name: 'NVIDIA A100 PCIe 40 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['a100-pcie-40gb', 'a100-40gb-pcie'],
        power: boardPower(250, SOURCES.nvidiaA100),
        embodied: datacenterCard(GA100_MM2, 1.6, 40),
    },
    {
        id: 'nvidia-a100-pcie-80gb', name: 'NVIDIA A100 PCIe 80 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['a100-pcie-80gb', 'a100-80gb-pcie'],
        power: boardPower(300, SOURCES.nvidiaA100),
        embodied: datacenterCard(GA100_MM2, 1.6, 80),
    },
    {
        id: 'nvidia-h100-sxm5-80gb', name: 'NVIDIA H100 SXM5 80 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['h100', 'h100-sxm', 'h100-sxm5', 'h100-80gb', 'h100-sxm5-80gb', 'h100-80gb-hbm3'],
        power: boardPower(700, SOURCES.nvidiaH100),
        embodied: {
            low: 14.65,
            central: 150,
            high: 575.1,
            source: SOURCES.ccfCoefficients,
            note: "central: 150 kg per card, the CCF/IF/BLOOM convention; low: 14.65 kg, the die alone (LLMCarbon, 8.14 cm² at 1.8 kg/cm²); " +
                "high: 575.1 kg, Boavizta's bottom-up large GPU (814 mm² die, 80 GB HBM); OLMo 2025 uses 463 kg per GPU including its share of the server.",
        },
    },
    {
        id: 'nvidia-h100-pcie-80gb', name: 'NVIDIA H100 PCIe 80 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['h100-pcie', 'h100-pcie-80gb', 'h100-80gb-pcie'],
        power: boardPower(350, SOURCES.nvidiaH100, { lowW: halfLoadW(300), note: 'The datasheet gives 300-350 W (configurable).' }),
        embodied: datacenterCard(GH100_MM2, 1.8, 80),
    },
    {
        id: 'nvidia-h200-sxm-141gb', name: 'NVIDIA H200 SXM 141 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['h200', 'h200-sxm', 'h200-141gb', 'h200-sxm-141gb'],
        power: boardPower(700, SOURCES.nvidiaH200, { note: 'The H200 SXM is configurable up to 700 W.' }),
        embodied: datacenterCard(GH100_MM2, 1.8, 141, ' The 150 kg convention predates 141 GB cards and likely understates this one.'),
    },
    {
        id: 'nvidia-b200', name: 'NVIDIA B200 (HGX, 192 GB)', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['b200', 'b200-sxm', 'hgx-b200'],
        power: boardPower(1000, SOURCES.nvidiaHgx, { highW: 1200, note: 'HGX B200 runs each GPU at up to 1,000 W; 1,200 W is the GB200 configuration.' }),
        embodied: datacenterCard(1600, 1.8, 192, ' Die area is an estimate: NVIDIA describes two reticle-limited dies and publishes no area (2 x 800 mm² assumed). The 150 kg convention likely understates this card.'),
    },
    {
        id: 'nvidia-v100-sxm2-32gb', name: 'NVIDIA V100 SXM2 32 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['v100', 'v100-32gb', 'v100-sxm2', 'v100-sxm2-32gb', 'tesla-v100', 'tesla-v100-sxm2-32gb'],
        power: boardPower(300, SOURCES.nvidiaV100, {
            lowW: 170.5,
            note: 'Patterson et al. 2021 measured 330 W per V100 for GPT-3, host share included.',
        }),
        embodied: datacenterCard(GV100_MM2, 1.2, 32),
    },
    {
        id: 'nvidia-v100-sxm2-16gb', name: 'NVIDIA V100 SXM2 16 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['v100-16gb', 'v100-sxm2-16gb', 'tesla-v100-sxm2-16gb'],
        power: boardPower(300, SOURCES.nvidiaV100, { lowW: 170.5 }),
        embodied: datacenterCard(GV100_MM2, 1.2, 16),
    },
    {
        id: 'nvidia-t4', name: 'NVIDIA T4 16 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['t4', 'tesla-t4'],
        power: boardPower(70, SOURCES.nvidiaT4, { lowW: 39.5 }),
        embodied: smallCard(545, 1.2, 16, 'TU104, 12 nm'),
    },
    {
        id: 'nvidia-l4', name: 'NVIDIA L4 24 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['l4'],
        power: boardPower(72, SOURCES.nvidiaL4, { note: 'Configurable 40-72 W.' }),
        embodied: smallCard(294, 1.8, 24, 'AD104, 4 nm'),
    },
    {
        id: 'nvidia-l40s', name: 'NVIDIA L40S 48 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['l40s'],
        power: boardPower(350, SOURCES.nvidiaL40s),
        embodied: datacenterCard(609, 1.8, 48, ' AD102 die; GDDR6 memory is taken at the HBM rate, an overestimate.'),
    },
    {
        id: 'nvidia-a10g', name: 'NVIDIA A10G 24 GB (AWS)', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
        aliases: ['a10g', 'a10'],
        power: boardPower(150, SOURCES.nvidiaA10, {
            lowW: 85.5,
            highW: 300,
            note: 'The A10G is AWS\'s variant of the A10 (same GA102 board; 150 W TDP per the A10 page, CCF max 153 W); high 300 W is the power limit nvidia-smi reports on g5 instances, an unconfirmed estimate.',
        }),
        embodied: datacenterCard(628, 1.2, 24, ' GA102 die (Samsung 8 nm taken at the 12 nm rate).'),
    },
];
/**
 * Low-profile inference cards (T4, L4): the 150 kg convention is for full datacenter cards, so the
 * central figure is Green Algorithms v3's per-card model (base + die area), the low the die alone,
 * and the high the 150 kg convention or the Boavizta-scaled card, whichever is larger.
 */
function smallCard(dieMm2, kgPerCm2, memoryGB, die) {
    const boavizta = boaviztaScaledKg(dieMm2, memoryGB);
    return {
        low: dieOnlyKg(dieMm2, kgPerCm2),
        central: greenAlgorithmsCardKg(dieMm2),
        high: Math.max(150, boavizta),
        source: SOURCES.greenAlgorithms,
        note: `central: Green Algorithms v3 per-card model, 26.97 kg + 1.97 kg/cm² x ${dieMm2} mm² (${die}), scaled down from the 150 kg ` +
            `datacenter-card convention because this is a low-profile 70 W-class card; low: die only (LLMCarbon, ${kgPerCm2} kg/cm²); ` +
            `high: estimate, ${memoryGB} GB card scaled from Boavizta's 575 kg H100-class card.`,
    };
}

;// CONCATENATED MODULE: ./lib/core/data/hardware-other.js



/** AMD Instinct accelerators, Google TPUs, and the host of a GPU server. */
const OTHER_DEVICES = [
    {
        id: 'amd-mi250x', name: 'AMD Instinct MI250X 128 GB', vendor: 'AMD', kind: 'accelerator', boundary: 'card',
        aliases: ['mi250x', 'instinct-mi250x'],
        power: boardPower(500, SOURCES.amdMi250x, { highW: 560, note: '560 W is the peak of the liquid-cooled OAM module.' }),
        embodied: datacenterCard(1448, 1.6, 128, ' Die area is an estimate: two 6 nm graphics dies of about 724 mm² each; AMD publishes no area.'),
    },
    {
        id: 'amd-mi300x', name: 'AMD Instinct MI300X 192 GB', vendor: 'AMD', kind: 'accelerator', boundary: 'card',
        aliases: ['mi300x', 'instinct-mi300x'],
        power: boardPower(750, SOURCES.amdMi300x),
        embodied: datacenterCard(2400, 1.7, 192, ' Silicon area is an estimate: eight 5 nm compute dies (~115 mm²) on four 6 nm I/O dies (~370 mm²), 1.7 kg/cm² blended. The 150 kg convention likely understates this card.'),
    },
    {
        id: 'google-tpu-v3', name: 'Google TPU v3 (per chip, 32 GB HBM)', vendor: 'Google', kind: 'tpu', boundary: 'chip+board-share',
        aliases: ['tpu-v3', 'tpuv3'],
        power: boardPower(450, SOURCES.tpuV2V3, { note: 'Google publishes no datasheet power for Cloud TPUs; 450 W is the TDP reported in the TPUv2/v3 design papers (recheck).' }),
        embodied: {
            low: dieOnlyKg(700, 1.0),
            central: 150,
            high: boaviztaScaledKg(700, 32),
            source: SOURCES.ccfCoefficients,
            note: 'estimate: no published TPU embodied figure; central applies the 150 kg per-accelerator convention to one chip with its board share; ' +
                'low: die only at LLMCarbon\'s TPUv3 rate (16 nm, 1.0 kg/cm², die taken as 700 mm², an upper bound); high: scaled from Boavizta with 32 GB HBM.',
        },
    },
    {
        id: 'google-tpu-v4', name: 'Google TPU v4 (per chip, 32 GB HBM)', vendor: 'Google', kind: 'tpu', boundary: 'chip+board-share',
        aliases: ['tpu-v4', 'tpuv4'],
        power: boardPower(192, SOURCES.tpuV4, { note: '192 W is the maximum chip power as summarised from Jouppi et al. 2023 (recheck); Google publishes no datasheet TDP.' }),
        embodied: {
            low: dieOnlyKg(600, 1.6),
            central: 150,
            high: boaviztaScaledKg(600, 32),
            source: SOURCES.ccfCoefficients,
            note: 'estimate: no published TPU embodied figure; central applies the 150 kg per-accelerator convention to one chip with its board share; ' +
                'low: die only at LLMCarbon\'s TPUv4 rate (7 nm, 1.6 kg/cm², die taken as 600 mm², an upper bound); high: scaled from Boavizta with 32 GB HBM.',
        },
    },
    {
        id: 'google-tpu-v5p', name: 'Google TPU v5p (per chip, 95 GB HBM)', vendor: 'Google', kind: 'tpu', boundary: 'chip+board-share',
        aliases: ['tpu-v5p', 'tpuv5p'],
        power: {
            low: 250,
            central: 450,
            high: 700,
            source: SOURCES.cloudTpu,
            note: 'estimate: Google publishes no power for TPU v5p; bounded by the TPU v3 TDP (450 W) and an H100 SXM (700 W). The source gives the 95 GB memory only.',
        },
        embodied: {
            low: dieOnlyKg(700, 1.8),
            central: 150,
            high: boaviztaScaledKg(700, 95),
            source: SOURCES.ccfCoefficients,
            note: 'estimate: no published die area or embodied figure; central applies the 150 kg per-accelerator convention; ' +
                'low: an assumed 700 mm² 5 nm die at LLMCarbon\'s 1.8 kg/cm²; high: scaled from Boavizta with 95 GB HBM.',
        },
    },
    {
        id: 'gpu-server-host', name: 'GPU server host (CPUs, memory, board, chassis; GPUs counted separately)', vendor: 'generic', kind: 'host',
        boundary: 'server',
        aliases: ['host', 'server-host', 'gpu-host', 'hpe-dl345-gen10-plus'],
        power: {
            low: 500,
            central: 1000,
            high: 4600,
            source: SOURCES.nvidiaDgxH100,
            note: 'estimate: no published typical host draw was found. central 1,000 W and low 500 W are our estimates for two server CPUs, ' +
                'memory, NICs and fans under training load; high 4,600 W is the DGX H100 maximum (10.2 kW) less 8 x 700 W GPUs.',
        },
        embodied: {
            low: 1000,
            central: 2500,
            high: 3475.5,
            source: SOURCES.hpeDl345,
            note: 'central: 2,500 kg, HPE ProLiant DL345 Gen10 Plus LCA as used for BLOOM; low: 1,000 kg, CCF base rack server (Dell R740 LCA); ' +
                'high: 3,475.5 kg, CCF p4d.24xlarge (4,675.5 kg) less 8 x 150 kg GPUs.',
        },
    },
];

;// CONCATENATED MODULE: ./lib/core/data/hardware.js



/** The hardware catalog, in display order. */
const DEVICES = [...NVIDIA_DEVICES, ...OTHER_DEVICES].map(toDevice);
/**
 * Normalizes what users and logs write: case, spaces and underscores. `NVIDIA H100 80GB HBM3` (the
 * nvidia-smi name) becomes `nvidia-h100-80gb-hbm3`.
 */
function normalizeDeviceKey(key) {
    return key.trim().toLowerCase().replace(/[\s_]+/g, '-');
}
function buildIndex(devices) {
    const index = new Map();
    for (const d of devices) {
        for (const key of [d.id, ...d.aliases].map(normalizeDeviceKey)) {
            const taken = index.get(key);
            // A duplicate would make a manifest's meaning depend on table order: fail at load, in tests.
            if (taken && taken !== d)
                throw new Error(`hardware catalog: "${key}" names both ${taken.id} and ${d.id}`);
            index.set(key, d);
        }
    }
    return index;
}
const INDEX = buildIndex(DEVICES);
const VENDOR_PREFIX = /^(nvidia|tesla|amd|google)-/;
/**
 * Finds a device by catalog id or alias, case-insensitively; a vendor prefix (`NVIDIA `, `Tesla `)
 * is tried with and without, so nvidia-smi names resolve.
 * @example findDevice('NVIDIA H100 80GB HBM3')?.id // 'nvidia-h100-sxm5-80gb'
 */
function findDevice(idOrAlias) {
    const key = normalizeDeviceKey(idOrAlias);
    return INDEX.get(key) ?? INDEX.get(key.replace(VENDOR_PREFIX, ''));
}
/** Every id and alias the catalog accepts (normalized), for "did you mean" suggestions. */
function deviceKeys() {
    return [...INDEX.keys()];
}

;// CONCATENATED MODULE: ./lib/core/data/pue.js

/**
 * Annual facility PUE by operator. Central figures are the published ones; the ranges are our
 * estimates of site-to-site and year-to-year spread, as each note says.
 */
const PUE_BY_PROVIDER = {
    aws: {
        id: 'pue:aws', unit: 'ratio', low: 1.07, central: 1.135, high: 1.2, source: SOURCES.ccfMethodology,
        note: 'central: CCF\'s AWS PUE 1.135; range: estimate.',
    },
    azure: {
        id: 'pue:azure', unit: 'ratio', low: 1.12, central: 1.185, high: 1.25, source: SOURCES.ccfMethodology,
        note: 'central: CCF code\'s Azure PUE 1.185 (its docs appendix says 1.125); range: estimate spanning both.',
    },
    gcp: {
        id: 'pue:gcp', unit: 'ratio', low: 1.07, central: 1.1, high: 1.15, source: SOURCES.google2024,
        note: 'central: Google fleet trailing-twelve-month PUE 1.10; low: CCF\'s best GCP region (europe-west4 1.07); high: estimate.',
    },
    meta: {
        id: 'pue:meta', unit: 'ratio', low: 1.07, central: 1.1, high: 1.15, source: SOURCES.meta2024,
        note: 'central: about 1.10 as Meta reports for its data centers (Wu et al. also use 1.1); range: estimate.',
    },
    unknown: {
        id: 'pue:unknown', unit: 'ratio', low: 1.2, central: 1.56, high: 2.0, source: SOURCES.uptime2024,
        note: 'central: Uptime Institute 2024 average 1.56; low: a modern efficient site; high: an older enterprise room. Range: estimate.',
    },
};
/** PUE when the manifest and config give none: the Uptime Institute industry average. */
const DEFAULT_PUE = PUE_BY_PROVIDER.unknown;
/** Looks up a provider's PUE, case-insensitively. */
function findPue(provider) {
    const key = provider.trim().toLowerCase();
    return Object.hasOwn(PUE_BY_PROVIDER, key) ? PUE_BY_PROVIDER[key] : undefined;
}

;// CONCATENATED MODULE: ./lib/core/data/ember-ifi.js
// Generated by scripts/write-grid-zones.js from @tgwf/co2 0.19.0: do not edit; regenerate with `npm run grid-zones`.
/** Ember country averages, gCO2e/kWh, by ISO-3 code (plus aggregates such as WORLD): co2.js `averageIntensity` (average). */
const EMBER_AVERAGES = {
    "AFG": 123.71,
    "AFRICA": 545.09,
    "ALB": 24.42,
    "DZA": 633.65,
    "ASM": 647.06,
    "AGO": 167.22,
    "ATG": 611.11,
    "ARG": 344.83,
    "ARM": 243.52,
    "ABW": 550,
    "ASEAN": 573.65,
    "ASIA": 572.12,
    "AUS": 553.76,
    "AUT": 102.62,
    "AZE": 632.89,
    "BHS": 653.66,
    "BHR": 902.41,
    "BGD": 694.63,
    "BRB": 600,
    "BLR": 323.63,
    "BEL": 117.58,
    "BLZ": 155.56,
    "BEN": 590,
    "BTN": 24.19,
    "BOL": 468.02,
    "BIH": 638.05,
    "BWA": 849.42,
    "BRA": 106.06,
    "BRN": 892.67,
    "BGR": 264.21,
    "BFA": 554.91,
    "BDI": 230.77,
    "CPV": 480,
    "KHM": 497.46,
    "CMR": 285.71,
    "CAN": 184.99,
    "CYM": 642.86,
    "CAF": 0,
    "TCD": 615.39,
    "CHL": 265.52,
    "CHN": 557.5,
    "COL": 285.8,
    "COM": 642.86,
    "COG": 713.73,
    "COD": 27.04,
    "COK": 250,
    "CRI": 63.01,
    "CIV": 393.53,
    "HRV": 174.48,
    "CUB": 638.98,
    "CYP": 512.24,
    "CZE": 413.86,
    "DNK": 143.3,
    "DJI": 450,
    "DMA": 600,
    "DOM": 565.97,
    "ECU": 209.7,
    "EGY": 574.5,
    "SLV": 99.29,
    "GNQ": 605.1,
    "ERI": 590.91,
    "EST": 341.02,
    "SWZ": 142.86,
    "ETH": 23.55,
    "EU": 213.02,
    "EUROPE": 285,
    "FLK": 1000,
    "FRO": 354.17,
    "FJI": 278.26,
    "FIN": 72.25,
    "FRA": 44.18,
    "GUF": 204.08,
    "PYF": 436.62,
    "G20": 468.38,
    "G7": 343.3,
    "GAB": 429.47,
    "GMB": 666.67,
    "GEO": 143.06,
    "DEU": 342.06,
    "GHA": 452.86,
    "GRC": 319.76,
    "GRL": 111.11,
    "GRD": 666.67,
    "GLP": 493.9,
    "GUM": 611.11,
    "GTM": 272.66,
    "GIN": 182.72,
    "GNB": 625,
    "GUY": 634.33,
    "HTI": 534.65,
    "HND": 289.5,
    "HKG": 681.99,
    "HUN": 182.82,
    "ISL": 28.33,
    "IND": 708.96,
    "IDN": 682.43,
    "IRN": 648.68,
    "IRQ": 689.4,
    "IRL": 279.79,
    "ISR": 567.26,
    "ITA": 287.75,
    "JAM": 561.25,
    "JPN": 483.73,
    "JOR": 539.21,
    "KAZ": 801.79,
    "KEN": 84.83,
    "KIR": 500,
    "XKX": 958.72,
    "KWT": 637.24,
    "KGZ": 152.65,
    "LAO": 232.12,
    "LATIN AMERICA AND CARIBBEAN": 254.21,
    "LVA": 136.22,
    "LBN": 369.47,
    "LSO": 20.83,
    "LBR": 435.9,
    "LBY": 830.53,
    "LTU": 139.34,
    "LUX": 134.62,
    "MAC": 448.98,
    "MDG": 477.27,
    "MWI": 54.65,
    "MYS": 604.43,
    "MDV": 611.77,
    "MLI": 394.5,
    "MLT": 484.16,
    "MTQ": 516.78,
    "MRT": 481.71,
    "MUS": 633.03,
    "MEX": 483.14,
    "MIDDLE EAST": 637.24,
    "MDA": 629.56,
    "MNG": 784.01,
    "MNE": 413.51,
    "MSR": 1000,
    "MAR": 577.65,
    "MOZ": 127.81,
    "MMR": 569.69,
    "NAM": 47.62,
    "NRU": 750,
    "NPL": 23.36,
    "NLD": 252.7,
    "NCL": 585.76,
    "NZL": 120.11,
    "NIC": 288.33,
    "NER": 687.5,
    "NGA": 507.85,
    "NORTH AMERICA": 358.36,
    "PRK": 344.26,
    "MKD": 568.97,
    "NOR": 30.75,
    "OCEANIA": 495.47,
    "OECD": 337.99,
    "OMN": 545.33,
    "PAK": 398.61,
    "PSE": 460.78,
    "PAN": 258.74,
    "PNG": 513.74,
    "PRY": 24.86,
    "PER": 263.27,
    "POL": 614.98,
    "PRT": 111.8,
    "PRI": 664.53,
    "QAT": 602.83,
    "REU": 525.22,
    "ROU": 245.55,
    "RUS": 446.17,
    "RWA": 301.89,
    "KNA": 636.36,
    "LCA": 650,
    "SPM": 600,
    "VCT": 600,
    "WSM": 400,
    "STP": 555.56,
    "SAU": 691.95,
    "SEN": 535.4,
    "SRB": 670.8,
    "SYC": 571.43,
    "SLE": 47.62,
    "SGP": 498.74,
    "SVK": 96.49,
    "SVN": 227.11,
    "SLB": 636.36,
    "SOM": 523.81,
    "ZAF": 713.9,
    "KOR": 415.65,
    "SSD": 610.17,
    "ESP": 146.15,
    "LKA": 509.78,
    "SDN": 214.33,
    "SUR": 383.18,
    "SWE": 35.89,
    "CHE": 36.72,
    "SYR": 682.27,
    "TWN": 635.15,
    "TJK": 98.7,
    "TZA": 371.59,
    "THA": 555.43,
    "PHL": 613.38,
    "TGO": 478.26,
    "TON": 571.43,
    "TTO": 682.11,
    "TUN": 560.25,
    "TUR": 469.7,
    "TKM": 1306.3,
    "TCA": 653.85,
    "UGA": 57.39,
    "UKR": 250.47,
    "ARE": 467.51,
    "GBR": 215.79,
    "USA": 383.55,
    "URY": 96.7,
    "UZB": 1121.18,
    "VUT": 500,
    "VEN": 180.25,
    "VNM": 486.13,
    "VGB": 647.06,
    "VIR": 641.79,
    "WORLD": 472.94,
    "YEM": 586.32,
    "ZMB": 111,
    "ZWE": 298.44,
};
/** UNFCCC/IFI 2021 operating-margin factors, gCO2e/kWh, as co2.js stores them (strings): `marginalIntensity` (marginal). */
const IFI_MARGINALS = {
    "AFG": "414",
    "ALB": "0",
    "DZA": "528",
    "ASM": "753",
    "AND": "188",
    "AGO": "1476",
    "AIA": "753",
    "ATG": "753",
    "ARG": "478",
    "ARM": "390",
    "ABW": "753",
    "AUS": "808",
    "AUT": "242",
    "AZE": "534",
    "AZORES (PORTUGAL)": "753",
    "BHS": "753",
    "BHR": "726",
    "BGD": "528",
    "BRB": "749",
    "BLR": "400",
    "BEL": "252",
    "BLZ": "403",
    "BEN": "745",
    "BMU": "753",
    "BTN": "0",
    "BOL": "604",
    "BES": "753",
    "BIH": "1197",
    "BWA": "1486",
    "BRA": "284",
    "VGB": "753",
    "BRN": "681",
    "BGR": "911",
    "BFA": "753",
    "BDI": "414",
    "KHM": "1046",
    "CMR": "659",
    "CAN": "372",
    "CYM": "753",
    "CPV": "753",
    "CAF": "188",
    "TCD": "753",
    "CHANNEL ISLANDS (U.K)": "753",
    "CHL": "657",
    "CHN": "899",
    "COL": "410",
    "COM": "753",
    "COD": "0",
    "COG": "659",
    "COK": "753",
    "CRI": "108",
    "CIV": "466",
    "HRV": "294",
    "CUB": "559",
    "CUW": "876",
    "CYP": "751",
    "CZE": "902",
    "DNK": "362",
    "DJI": "753",
    "DMA": "753",
    "DOM": "601",
    "ECU": "560",
    "EGY": "554",
    "SLV": "547",
    "GNQ": "632",
    "ERI": "915",
    "EST": "1057",
    "SWZ": "0",
    "ETH": "0",
    "FLK": "753",
    "FRO": "753",
    "FJI": "640",
    "FIN": "267",
    "FRA": "158",
    "GUF": "423",
    "PYF": "753",
    "GAB": "946",
    "GMB": "753",
    "GEO": "289",
    "DEU": "650",
    "GHA": "495",
    "GIB": "779",
    "GRC": "507",
    "GRL": "264",
    "GRD": "753",
    "GLP": "753",
    "GUM": "753",
    "GTM": "798",
    "GIN": "753",
    "GNB": "753",
    "GUY": "847",
    "HTI": "1048",
    "HND": "662",
    "HUN": "296",
    "ISL": "0",
    "IND": "951",
    "IDN": "783",
    "IRN": "592",
    "IRQ": "1080",
    "IRL": "380",
    "IMN": "436",
    "ISR": "394",
    "ITA": "414",
    "JAM": "711",
    "JPN": "471",
    "JOR": "529",
    "KAZ": "797",
    "KEN": "574",
    "KIR": "753",
    "PRK": "754",
    "KOR": "555",
    "XKX": "1145",
    "KWT": "675",
    "KGZ": "217",
    "LAO": "1069",
    "LVA": "240",
    "LBN": "794",
    "LSO": "0",
    "LBR": "677",
    "LBY": "668",
    "LIE": "151",
    "LTU": "211",
    "LUX": "220",
    "MDG": "876",
    "MADEIRA (PORTUGAL)": "663",
    "MWI": "489",
    "MYS": "551",
    "MDV": "753",
    "MLI": "1076",
    "MLT": "520",
    "MHL": "753",
    "MTQ": "753",
    "MRT": "753",
    "MUS": "700",
    "MYT": "753",
    "MEX": "531",
    "FSM": "753",
    "MDA": "541",
    "MCO": "158",
    "MNG": "1366",
    "MNE": "899",
    "MSR": "753",
    "MAR": "729",
    "MOZ": "234",
    "MMR": "719",
    "NAM": "355",
    "NRU": "753",
    "NPL": "0",
    "NLD": "326",
    "NCL": "779",
    "NZL": "246",
    "NIC": "675",
    "NER": "772",
    "NGA": "526",
    "NIU": "753",
    "MKD": "851",
    "MNP": "753",
    "NOR": "47",
    "OMN": "479",
    "PAK": "592",
    "PLW": "753",
    "PSE": "719",
    "PAN": "477",
    "PNG": "597",
    "PRY": "0",
    "PER": "473",
    "PHL": "672",
    "POL": "828",
    "PRT": "389",
    "PRI": "596",
    "QAT": "503",
    "REU": "772",
    "ROU": "489",
    "RUS": "476",
    "RWA": "712",
    "SHN": "753",
    "KNA": "753",
    "LCA": "753",
    "MAF": "753",
    "SPM": "753",
    "VCT": "753",
    "WSM": "753",
    "SMR": "414",
    "STP": "753",
    "SAU": "592",
    "SEN": "870",
    "SRB": "1086",
    "SYC": "753",
    "SLE": "489",
    "SGP": "379",
    "SXM": "753",
    "SVK": "332",
    "SVN": "620",
    "SLB": "753",
    "SOM": "753",
    "ZAF": "1070",
    "SSD": "890",
    "ESP": "402",
    "LKA": "731",
    "SDN": "736",
    "SUR": "1029",
    "SWE": "68",
    "CHE": "48",
    "SYR": "713",
    "TWN": "484",
    "TJK": "255",
    "TZA": "531",
    "THA": "450",
    "TLS": "753",
    "TGO": "859",
    "TON": "753",
    "TTO": "559",
    "TUN": "468",
    "TUR": "376",
    "TKM": "927",
    "TCA": "753",
    "TUV": "753",
    "UGA": "279",
    "UKR": "768",
    "ARE": "556",
    "GBR": "380",
    "USA": "416",
    "URY": "174",
    "UZB": "612",
    "VUT": "753",
    "VEN": "711",
    "VNM": "560",
    "VIR": "650",
    "YEM": "807",
    "ZMB": "416",
    "ZWE": "1575",
    "MEMO:  EU 27": "409",
};

;// CONCATENATED MODULE: ./lib/core/data/electricity-maps-zones.js
// Generated by scripts/write-grid-zones.js from @tgwf/co2 0.19.0 (Electricity Maps yearly
// tables 2021-2025, life-cycle, gCO2eq/kWh): do not edit; regenerate with `npm run grid-zones`.
// Each zone of the 2024 table: its name, then one value per year (null: the year has none).
const ZONE_FIRST_YEAR = 2021;
const ZONE_CENTRAL_YEAR = 2024;
const ZONES = {
    "AE": ["United Arab Emirates", 447, 406, 391, 383, 348],
    "AF": ["Afghanistan", 112, 121, 120, 121, 120],
    "AG": ["Antigua and Barbuda", 663, 664, 664, 663, 665],
    "AL": ["Albania", 121, 167, 85, 80, 69],
    "AM": ["Armenia", 222, 222, 224, 208, 194],
    "AO": ["Angola", 177, 177, 177, 177, 213],
    "AR": ["Argentina", 345, 413, 368, 380, 313],
    "AT": ["Austria", 224, 248, 152, 119, 163],
    "AU": ["Australia", 568, 525, 493, 489, 474],
    "AU-NSW": ["New South Wales", 652, 586, 545, 541, 525],
    "AU-NT": ["Northern Territory", 489, 489, 490, 495, 503],
    "AU-QLD": ["Queensland", 679, 648, 592, 581, 577],
    "AU-SA": ["South Australia", 199, 168, 184, 187, 170],
    "AU-TAS": ["Tasmania", 23, 27, 90, 133, 69],
    "AU-TAS-FI": ["Flinders Island", 255, 276, 263, 260, 224],
    "AU-TAS-KI": ["King Island", 291, 361, 486, 454, 471],
    "AU-VIC": ["Victoria", 586, 535, 498, 496, 474],
    "AU-WA": ["Western Australia", 464, 431, 428, 395, 395],
    "AU-WA-RI": ["Rottnest Island", 503, 503, 493, 519, 494],
    "AW": ["Aruba", 544, 520, 548, 573, 545],
    "AX": ["Åland Islands", 33, 26, 22, 19, 17],
    "AZ": ["Azerbaijan", 470, 461, 457, 431, 420],
    "BA": ["Bosnia and Herzegovina", 522, 555, 483, 484, 462],
    "BB": ["Barbados", 647, 646, 641, 638, 636],
    "BD": ["Bangladesh", 558, 578, 602, 618, 630],
    "BE": ["Belgium", 179, 197, 175, 153, 180],
    "BF": ["Burkina Faso", 559, 574, 576, 577, 545],
    "BG": ["Bulgaria", 469, 538, 405, 349, 365],
    "BH": ["Bahrain", 489, 488, 488, 488, 488],
    "BI": ["Burundi", 237, 237, 237, 239, 241],
    "BJ": ["Benin", 515, 513, 510, 508, 502],
    "BN": ["Brunei", 563, 562, 565, 566, 562],
    "BO": ["Bolivia", 344, 320, 349, 333, 327],
    "BR": ["Brazil", 169, 92, 82, 91, 98],
    "BR-CS": ["Central Brazil", 170, 100, 90, 102, 106],
    "BR-N": ["North Brazil", 184, 105, 108, 133, 154],
    "BR-NE": ["North-East Brazil", 156, 52, 43, 45, 47],
    "BR-S": ["South Brazil", 170, 95, 83, 78, 89],
    "BS": ["Bahamas", 697, 694, 692, 691, 692],
    "BT": ["Bhutan", 25, 40, 67, 121, 60],
    "BW": ["Botswana", 811, 812, 812, 811, 814],
    "BY": ["Belarus", 436, 447, 362, 317, 285],
    "BZ": ["Belize", 199, 181, 168, 166, 161],
    "CA": ["Canada", 141, 130, 132, 132, 136],
    "CA-AB": ["Alberta", 502, 455, 438, 402, 385],
    "CA-BC": ["British Columbia", 48, 57, 76, 71, 71],
    "CA-MB": ["Manitoba", 57, 53, 47, 55, 74],
    "CA-NB": ["New Brunswick", 134, 140, 149, 154, 161],
    "CA-NL": ["Newfoundland and Labrador", 37, 28, 27, 27, 26],
    "CA-NS": ["Nova Scotia", 511, 427, 403, 396, 374],
    "CA-NT": ["Northwest Territories", 184, 121, 112, 104, 91],
    "CA-NU": ["Nunavut", 649, 649, 649, 649, 649],
    "CA-ON": ["Ontario", 54, 63, 76, 91, 111],
    "CA-PE": ["Prince Edward Island", 90, 84, 91, 71, 28],
    "CA-QC": ["Québec", 28, 28, 31, 35, 41],
    "CA-SK": ["Saskatchewan", 561, 505, 494, 488, 485],
    "CA-YT": ["Yukon", 170, 197, 210, 215, 216],
    "CD": ["Democratic Republic of the Congo", 25, 25, 25, 25, 82],
    "CF": ["Central African Republic", 24, 24, 24, 24, 24],
    "CG": ["Congo", 387, 394, 397, 398, 379],
    "CH": ["Switzerland", 107, 122, 64, 42, 50],
    "CI": ["Ivory Coast", 385, 384, 388, 389, 401],
    "CL-SEN": ["Sistema Eléctrico Nacional", 405, 322, 272, 236, 259],
    "CM": ["Cameroon", 191, 172, 164, 160, 181],
    "CN": ["China", 552, 539, 535, 513, 485],
    "CO": ["Colombia", 126, 112, 148, 101, 102],
    "CR": ["Costa Rica", 33, 39, 67, 94, 36],
    "CU": ["Cuba", 612, 608, 607, 607, 609],
    "CV": ["Cabo Verde", 573, 512, 497, 487, 486],
    "CW": ["Curaçao", 482, 492, 493, 494, 517],
    "CY": ["Cyprus", 820, 823, 831, 853, 838],
    "CZ": ["Czechia", 555, 578, 493, 447, 439],
    "DE": ["Germany", 439, 475, 379, 341, 342],
    "DJ": ["Djibouti", 459, 459, 459, 450, 434],
    "DK": ["Denmark", 211, 186, 140, 136, 123],
    "DK-BHM": ["Bornholm", 63, 70, 56, 58, 101],
    "DK-DK1": ["West Denmark", 212, 199, 138, 131, 112],
    "DK-DK2": ["East Denmark", 211, 166, 144, 146, 144],
    "DM": ["Dominica", 603, 610, 610, 611, 613],
    "DO": ["Dominican Republic", 543, 545, 577, 565, 527],
    "DZ": ["Algeria", 487, 487, 487, 487, 487],
    "EC": ["Ecuador", 147, 180, 197, 232, 209],
    "EE": ["Estonia", 386, 426, 287, 285, 243],
    "EG": ["Egypt", 444, 462, 454, 450, 442],
    "ER": ["Eritrea", 632, 633, 633, 633, 607],
    "ES": ["Spain", 172, 220, 153, 129, 136],
    "ES-CE": ["Ceuta", 650, 650, 650, 649, 649],
    "ES-CN-FV": ["Fuerteventura", 779, 825, 796, 755, 748],
    "ES-CN-GC": ["Gran Canaria", 738, 709, 720, 698, 683],
    "ES-CN-HI": ["El Hierro", 424, 473, 596, 505, 504],
    "ES-CN-IG": ["Isla de la Gomera", 951, 938, 890, 836, 830],
    "ES-CN-LP": ["La Palma", 832, 855, 857, 836, 843],
    "ES-CN-LZ": ["Lanzarote", 831, 824, 827, 815, 793],
    "ES-CN-TE": ["Tenerife", 746, 757, 762, 761, 761],
    "ES-IB-FO": ["Formentera", 613, 682, 502, 606, 487],
    "ES-IB-IZ": ["Ibiza", 508, 566, 497, 480, 504],
    "ES-IB-MA": ["Mallorca", 440, 493, 409, 382, 399],
    "ES-IB-ME": ["Menorca", 909, 976, 932, 797, 799],
    "ES-ML": ["Melilla", 619, 618, 620, 619, 617],
    "ET": ["Ethiopia", 24, 24, 24, 24, 84],
    "FI": ["Finland", 168, 133, 84, 80, 68],
    "FJ": ["Fiji", 299, 297, 293, 290, 291],
    "FK": ["Falkland Islands", 700, 700, 700, 700, 700],
    "FM": ["Micronesia", 614, 614, 615, 615, 590],
    "FO": ["Faroe Islands", 543, 566, 523, 493, 549],
    "FO-MI": ["Main Islands", 542, 561, 528, 491, 546],
    "FO-SI": ["South Island", 564, 626, 463, 523, 594],
    "FR": ["France", 60, 91, 49, 33, 31],
    "FR-COR": ["Corsica", 351, 483, 480, 556, 546],
    "GA": ["Gabon", 299, 294, 294, 293, 325],
    "GB": ["Great Britain", 239, 235, 200, 175, 176],
    "GB-NIR": ["Northern Ireland", 376, 359, 294, 300, 280],
    "GB-ORK": ["Orkney Islands", 89, 68, 84, 64, 57],
    "GE": ["Georgia", 159, 201, 198, 161, 168],
    "GF": ["French Guiana", 169, 160, 246, 410, 442],
    "GH": ["Ghana", 333, 324, 326, 327, 339],
    "GI": ["Gibraltar", 490, 490, 490, 490, 506],
    "GL": ["Greenland", 130, 112, 106, 103, 103],
    "GM": ["Gambia", 700, 700, 700, 700, 700],
    "GN": ["Guinea", 206, 197, 194, 190, 188],
    "GP": ["Guadeloupe", 348, 343, 263, 533, 487],
    "GQ": ["Equatorial Guinea", 340, 346, 348, 349, 365],
    "GR": ["Greece", 426, 435, 326, 298, 296],
    "GS": ["South Georgia and the South Sandwich Islands", 24, 24, 24, 24, 28],
    "GT": ["Guatemala", 362, 163, 288, 369, 359],
    "GU": ["Guam", 670, 649, 642, 639, 639],
    "GW": ["Guinea-Bissau", 700, 700, 700, 700, 700],
    "GY": ["Guyana", 690, 689, 664, 657, 653],
    "HK": ["Hong Kong", 609, 604, 598, 594, 590],
    "HN": ["Honduras", 280, 288, 359, 305, 316],
    "HR": ["Croatia", 307, 348, 272, 225, 221],
    "HT": ["Haiti", 567, 534, 527, 523, 515],
    "HU": ["Hungary", 305, 308, 250, 228, 219],
    "ID": ["Indonesia", 649, 649, 660, 663, 667],
    "IE": ["Ireland", 373, 405, 403, 352, 301],
    "IL": ["Israel", 537, 530, 502, 492, 475],
    "IN": ["Mainland India", 583, 592, 613, 614, 593],
    "IN-EA": ["Eastern India", 676, 690, 707, 714, 740],
    "IN-NE": ["North Eastern India", 397, 402, 474, 462, 401],
    "IN-NO": ["Northern India", 489, 518, 527, 534, 508],
    "IN-SO": ["Southern India", 482, 487, 535, 534, 489],
    "IN-WE": ["Western India", 650, 655, 662, 657, 653],
    "IQ": ["Iraq", 542, 557, 561, 563, 563],
    "IR": ["Iran", 495, 495, 484, 495, 489],
    "IS": ["Iceland", 28, 27, 28, 28, 28],
    "IT": ["Italy", 354, 399, 316, 267, 286],
    "IT-CNO": ["Central North Italy", 294, 345, 272, 258, 251],
    "IT-CSO": ["Central South Italy", 404, 454, 340, 295, 297],
    "IT-NO": ["North Italy", 323, 365, 291, 238, 275],
    "IT-SAR": ["Sardinia", 583, 607, 546, 523, 488],
    "IT-SIC": ["Sicily", 416, 462, 380, 306, 280],
    "IT-SO": ["South Italy", 388, 442, 341, 290, 293],
    "JM": ["Jamaica", 477, 489, 488, 487, 489],
    "JO": ["Jordan", 392, 391, 385, 383, 424],
    "JP": ["Japan", 483, 496, 467, 464, 463],
    "JP-CB": ["Chūbu", 513, 509, 479, 480, 481],
    "JP-CG": ["Chūgoku", 470, 498, 465, 470, 487],
    "JP-HKD": ["Hokkaidō", 470, 455, 461, 460, 457],
    "JP-HR": ["Hokuriku", 463, 468, 459, 455, 459],
    "JP-KN": ["Kansai", 408, 433, 380, 365, 370],
    "JP-KY": ["Kyūshū", 309, 394, 307, 309, 307],
    "JP-ON": ["Okinawa", 600, 597, 590, 593, 590],
    "JP-SK": ["Shikoku", 617, 612, 600, 515, 493],
    "JP-TH": ["Tōhoku", 484, 486, 482, 482, 480],
    "JP-TK": ["Tōkyō", 549, 547, 536, 539, 535],
    "KE": ["Kenya", 96, 109, 97, 95, 206],
    "KG": ["Kyrgyzstan", 131, 122, 130, 127, 152],
    "KH": ["Cambodia", 351, 301, 282, 273, 476],
    "KM": ["Comoros", 700, 700, 700, 700, 700],
    "KP": ["North Korea", 313, 315, 305, 300, 335],
    "KR": ["South Korea", 489, 455, 443, 423, 423],
    "KW": ["Kuwait", 515, 515, 515, 515, 517],
    "KY": ["Cayman Islands", 681, 681, 681, 681, 681],
    "KZ": ["Kazakhstan", 646, 633, 610, 592, 592],
    "LA": ["Laos", 235, 214, 206, 202, 248],
    "LB": ["Lebanon", 595, 373, 336, 307, 362],
    "LC": ["Saint Lucia", 684, 684, 683, 683, 683],
    "LK": ["Sri Lanka", 388, 388, 395, 405, 367],
    "LR": ["Liberia", 469, 475, 475, 472, 470],
    "LS": ["Lesotho", 24, 24, 24, 24, 24],
    "LT": ["Lithuania", 293, 226, 169, 153, 135],
    "LU": ["Luxembourg", 290, 360, 272, 222, 212],
    "LV": ["Latvia", 299, 285, 192, 176, 155],
    "LY": ["Libya", 527, 528, 527, 527, 530],
    "MA": ["Morocco", 609, 620, 573, 527, 516],
    "MD": ["Moldova", 445, 435, 416, 408, 324],
    "ME": ["Montenegro", 407, 424, 385, 400, 356],
    "MG": ["Madagascar", 478, 470, 474, 475, 431],
    "MK": ["North Macedonia", 501, 549, 506, 476, 452],
    "ML": ["Mali", 440, 414, 416, 414, 410],
    "MM": ["Myanmar", 333, 305, 320, 335, 335],
    "MN": ["Mongolia", 724, 729, 731, 746, 744],
    "MO": ["Macao", 398, 401, 398, 395, 393],
    "MQ": ["Martinique", 567, 563, 520, 579, 577],
    "MR": ["Mauritania", 509, 516, 518, 519, 522],
    "MT": ["Malta", 526, 510, 439, 411, 404],
    "MU": ["Mauritius", 614, 605, 619, 621, 621],
    "MV": ["Maldives", 661, 654, 654, 652, 648],
    "MW": ["Malawi", 59, 59, 60, 60, 60],
    "MX": ["Mexico", 365, 377, 394, 392, 385],
    "MY": ["Malaysia", 562, 561, 567, 568, 611],
    "MY-EM": ["Borneo", 343, 369, 380, 385, 517],
    "MY-WM": ["Peninsula", 656, 645, 650, 645, 651],
    "MZ": ["Mozambique", 106, 102, 101, 101, 149],
    "NA": ["Namibia", 52, 44, 43, 43, 93],
    "NC": ["New Caledonia", 597, 568, 551, 543, 539],
    "NE": ["Niger", 664, 661, 659, 658, 650],
    "NG": ["Nigeria", 374, 366, 375, 374, 362],
    "NI": ["Nicaragua", 199, 245, 331, 311, 221],
    "NL": ["Netherlands", 377, 347, 280, 251, 253],
    "NO": ["Norway", 32, 38, 34, 33, 30],
    "NO-NO1": ["Southeast Norway", 30, 30, 29, 27, 24],
    "NO-NO2": ["Southwest Norway", 36, 52, 38, 35, 29],
    "NO-NO3": ["Middle Norway", 25, 27, 29, 29, 28],
    "NO-NO4": ["North Norway", 29, 44, 52, 55, 49],
    "NO-NO5": ["West Norway", 36, 31, 27, 26, 25],
    "NP": ["Nepal", 32, 97, 106, 112, 86],
    "NZ": ["New Zealand", 140, 96, 97, 112, 90],
    "OM": ["Oman", 493, 483, 481, 479, 481],
    "PA": ["Panama", 228, 238, 301, 167, 148],
    "PE": ["Peru", 184, 205, 219, 186, 173],
    "PF": ["French Polynesia", 442, 357, 422, 368, 365],
    "PG": ["Papua New Guinea", 508, 531, 514, 513, 512],
    "PH": ["Philippines", 618, 618, 620, 623, 613],
    "PH-LU": ["Luzon", 637, 637, 641, 641, 632],
    "PH-MI": ["Mindanao", 546, 546, 517, 563, 545],
    "PH-VI": ["Visayas", 602, 602, 616, 594, 591],
    "PK": ["Pakistan", 359, 332, 291, 261, 268],
    "PL": ["Poland", 851, 876, 726, 581, 565],
    "PM": ["Saint Pierre and Miquelon", 700, 700, 700, 700, 700],
    "PR": ["Puerto Rico", 477, 416, 471, 479, 499],
    "PS": ["State of Palestine", 542, 482, 461, 452, 448],
    "PT": ["Portugal", 204, 223, 149, 100, 117],
    "PT-MA": ["Madeira", 618, 697, 758, 675, 633],
    "PW": ["Palau", 611, 611, 609, 608, 489],
    "PY": ["Paraguay", 42, 29, 26, 25, 25],
    "QA": ["Qatar", 490, 490, 490, 490, 490],
    "RE": ["Réunion", 523, 498, 497, 471, 208],
    "RO": ["Romania", 391, 371, 283, 301, 300],
    "RS": ["Serbia", 519, 548, 493, 505, 528],
    "RU-1": ["Europe-Ural", 350, 347, 352, 355, 353],
    "RU-2": ["Siberia", 337, 409, 398, 391, 411],
    "RU-AS": ["East", 415, 418, 434, 449, 426],
    "RW": ["Rwanda", 260, 315, 328, 335, 351],
    "SA": ["Saudi Arabia", 555, 553, 552, 552, 552],
    "SB": ["Solomon Islands", 700, 640, 640, 632, 626],
    "SC": ["Seychelles", 612, 604, 606, 603, 593],
    "SD": ["Sudan", 260, 203, 191, 185, 194],
    "SE": ["Sweden", 27, 26, 25, 23, 21],
    "SE-SE1": ["North Sweden", 15, 16, 16, 15, 15],
    "SE-SE2": ["North Central Sweden", 17, 17, 17, 16, 15],
    "SE-SE3": ["South Central Sweden", 24, 25, 23, 21, 20],
    "SE-SE4": ["South Sweden", 51, 40, 40, 39, 37],
    "SG": ["Singapore", 491, 491, 488, 485, 483],
    "SI": ["Slovenia", 271, 278, 246, 224, 194],
    "SK": ["Slovakia", 331, 366, 238, 216, 232],
    "SL": ["Sierra Leone", 59, 59, 58, 55, 53],
    "SN": ["Senegal", 561, 577, 571, 572, 573],
    "SO": ["Somalia", 630, 574, 574, 565, 557],
    "SR": ["Suriname", 346, 371, 264, 242, 269],
    "SS": ["South Sudan", 633, 611, 601, 596, 611],
    "ST": ["São Tomé and Príncipe", 622, 623, 623, 623, 623],
    "SV": ["El Salvador", 182, 191, 285, 248, 239],
    "SY": ["Syria", 557, 562, 563, 564, 554],
    "SZ": ["Eswatini", 122, 114, 108, 106, 146],
    "TD": ["Chad", 639, 638, 638, 637, 638],
    "TG": ["Togo", 390, 397, 396, 396, 384],
    "TH": ["Thailand", 503, 497, 485, 490, 485],
    "TJ": ["Tajikistan", 81, 75, 66, 75, 72],
    "TL": ["Timor-Leste", 649, 649, 649, 649, 665],
    "TM": ["Turkmenistan", 490, 490, 490, 490, 490],
    "TN": ["Tunisia", 480, 482, 482, 482, 483],
    "TO": ["Tonga", 606, 618, 606, 605, 600],
    "TR": ["Turkey", 448, 431, 437, 423, 440],
    "TT": ["Trinidad and Tobago", 490, 490, 490, 490, 490],
    "TW": ["Taiwan", 541, 535, 534, 525, 519],
    "TZ": ["Tanzania", 322, 350, 358, 361, 388],
    "UG": ["Uganda", 54, 59, 60, 60, 108],
    "US": ["United States", 444, 434, 420, 409, 414],
    "US-AK": ["Alaska", 513, 507, 467, 467, 469],
    "US-AK-SEAPA": ["Southeast Alaska Power Agency", 28, 28, 28, 29, 28],
    "US-CAL-BANC": ["Balancing Authority of Northern California", 281, 263, 269, 273, 275],
    "US-CAL-CISO": ["CAISO", 278, 262, 263, 229, 208],
    "US-CAL-IID": ["Imperial Irrigation District", 608, 517, 523, 502, 168],
    "US-CAL-LDWP": ["Los Angeles Department of Water and Power", 417, 368, 394, 385, 355],
    "US-CAL-TIDC": ["Turlock Irrigation District", 389, 385, 372, 383, 439],
    "US-CAR-CPLE": ["Duke Energy Progress East", 319, 335, 297, 335, 341],
    "US-CAR-CPLW": ["Duke Energy Progress West", 485, 505, 495, 499, 508],
    "US-CAR-DUK": ["Duke Energy Carolinas", 291, 363, 307, 315, 320],
    "US-CAR-SC": ["South Carolina Public Service Authority", 631, 603, 633, 647, 654],
    "US-CAR-SCEG": ["South Carolina Electric & Gas Company", 474, 450, 460, 466, 466],
    "US-CAR-YAD": ["Alcoa Power Generating, Inc. Yadkin Division", 54, 58, 51, 52, 57],
    "US-CENT-SPA": ["Southwestern Power Administration", 210, 234, 201, 128, 48],
    "US-CENT-SWPP": ["Southwest Power Pool", 502, 487, 468, 451, 477],
    "US-FLA-FMPP": ["Florida Municipal Power Pool", 586, 536, 520, 508, 507],
    "US-FLA-FPC": ["Duke Energy Florida", 546, 534, 562, 545, 541],
    "US-FLA-FPL": ["Florida Power and Light Company", 401, 397, 407, 375, 356],
    "US-FLA-GVL": ["Gainesville Regional Utilities", 697, 741, 703, 702, 699],
    "US-FLA-HST": ["City of Homestead", 402, 398, 408, 376, 357],
    "US-FLA-JEA": ["Jacksonville Electric Authority", 681, 681, 705, 686, 655],
    "US-FLA-SEC": ["Seminole Electric Cooperative", 777, 751, 562, 541, 549],
    "US-FLA-TAL": ["City of Tallahassee", 467, 497, 498, 495, 497],
    "US-FLA-TEC": ["Tampa Electric Company", 559, 529, 560, 517, 504],
    "US-HI": ["Hawaii", 834, 822, 802, 787, 784],
    "US-MIDA-PJM": ["PJM Interconnection", 439, 434, 401, 403, 418],
    "US-MIDW-AECI": ["Associated Electric Cooperative", 673, 680, 640, 638, 678],
    "US-MIDW-LGEE": ["Louisville Gas and Electric Company and Kentucky Utilities", 860, 824, 854, 848, 848],
    "US-MIDW-MISO": ["Midcontinent ISO", 561, 525, 503, 487, 501],
    "US-NE-ISNE": ["ISO New England", 272, 282, 286, 299, 309],
    "US-NW-AVA": ["Avista Corporation", 200, 187, 251, 225, 241],
    "US-NW-BPAT": ["Bonneville Power Administration", 92, 88, 123, 109, 129],
    "US-NW-CHPD": ["Chelan County", 25, 25, 28, 27, 26],
    "US-NW-DOPD": ["Douglas County", 27, 27, 34, 34, 33],
    "US-NW-GCPD": ["Grant County", 42, 37, 60, 53, 51],
    "US-NW-GRID": ["Gridforce Energy Management", 539, 561, 585, 534, 541],
    "US-NW-IPCO": ["Idaho Power Company", 369, 363, 358, 318, 316],
    "US-NW-NEVP": ["Nevada Power Company", 504, 471, 464, 441, 435],
    "US-NW-NWMT": ["Northwestern Energy", 701, 687, 669, 561, 580],
    "US-NW-PACE": ["Pacificorp East", 646, 670, 677, 637, 618],
    "US-NW-PACW": ["Pacificorp West", 397, 277, 217, 197, 204],
    "US-NW-PGE": ["Portland General Electric Company", 201, 182, 254, 226, 274],
    "US-NW-PSCO": ["Public Service Company of Colorado", 610, 568, 521, 464, 438],
    "US-NW-PSEI": ["Puget Sound Energy", 152, 136, 211, 181, 166],
    "US-NW-SCL": ["Seattle City Light", 67, 66, 104, 83, 84],
    "US-NW-TPWR": ["City of Tacoma", 66, 66, 104, 77, 89],
    "US-NW-WACM": ["Western Area Power Administration - Rocky Mountain Region", 777, 792, 755, 678, 687],
    "US-NW-WAUW": ["Western Area Power Administration - Upper Great Plains West", 353, 343, 284, 290, 335],
    "US-NY-NYIS": ["New York ISO", 266, 289, 286, 302, 314],
    "US-SE-SEPA": ["Southeastern Power Administration", 449, 503, 503, 542, 534],
    "US-SE-SOCO": ["Southern Company Services", 462, 463, 475, 460, 470],
    "US-SW-AZPS": ["Arizona Public Service Company", 461, 474, 435, 425, 393],
    "US-SW-EPE": ["El Paso Electric Company", 655, 612, 520, 507, 524],
    "US-SW-PNM": ["Public Service Company of New Mexico", 685, 596, 415, 335, 293],
    "US-SW-SRP": ["Salt River Project", 291, 286, 326, 317, 304],
    "US-SW-TEPC": ["Tucson Electric Power Company", 651, 615, 535, 504, 485],
    "US-SW-WALC": ["Western Area Power Administration - Desert Southwest Region", 399, 384, 387, 326, 325],
    "US-TEN-TVA": ["Tennessee Valley Authority", 366, 376, 359, 380, 404],
    "US-TEX-ERCO": ["Electric Reliability Council of Texas", 431, 410, 394, 377, 363],
    "UY": ["Uruguay", 145, 99, 97, 53, 71],
    "UZ": ["Uzbekistan", 483, 473, 472, 472, 487],
    "VC": ["Saint Vincent and the Grenadines", 603, 610, 610, 610, 609],
    "VE": ["Venezuela", 131, 136, 129, 126, 144],
    "VI": ["Virgin Islands", 680, 681, 680, 680, 680],
    "VN": ["Vietnam", 446, 381, 441, 442, 426],
    "VU": ["Vanuatu", 534, 534, 534, 533, 521],
    "WS": ["Samoa", 396, 420, 446, 452, 455],
    "XK": ["Kosovo", 663, 675, 634, 650, 605],
    "YE": ["Yemen", 520, 527, 524, 522, 567],
    "YT": ["Mayotte", 577, 577, 573, 571, 567],
    "ZA": ["South Africa", 710, 704, 700, 712, 700],
    "ZM": ["Zambia", 87, 113, 117, 119, 166],
    "ZW": ["Zimbabwe", 260, 273, 263, 258, 419],
};

;// CONCATENATED MODULE: ./lib/core/data/iso-countries.js
/**
 * ISO 3166-1 alpha-2 to alpha-3 for the countries Electricity Maps zones are keyed by (a zone such
 * as `US-MIDA-PJM` belongs to the country before its first hyphen). Kosovo has no ISO code: XK/XKX
 * is the common user-assigned pair.
 */
const PAIRS = 'AE:ARE AF:AFG AG:ATG AL:ALB AM:ARM AO:AGO AR:ARG AT:AUT AU:AUS AW:ABW AX:ALA AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL ' +
    'BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BN:BRN BO:BOL BR:BRA BS:BHS BT:BTN BW:BWA BY:BLR BZ:BLZ CA:CAN CD:COD CF:CAF ' +
    'CG:COG CH:CHE CI:CIV CL:CHL CM:CMR CN:CHN CO:COL CR:CRI CU:CUB CV:CPV CW:CUW CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK ' +
    'DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST EG:EGY ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB ' +
    'GB:GBR GE:GEO GF:GUF GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS GT:GTM GU:GUM GW:GNB GY:GUY ' +
    'HK:HKG HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IN:IND IQ:IRQ IR:IRN IS:ISL IT:ITA JM:JAM JO:JOR JP:JPN ' +
    'KE:KEN KG:KGZ KH:KHM KM:COM KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LK:LKA LR:LBR LS:LSO LT:LTU ' +
    'LU:LUX LV:LVA LY:LBY MA:MAR MD:MDA ME:MNE MG:MDG MK:MKD ML:MLI MM:MMR MN:MNG MO:MAC MQ:MTQ MR:MRT MT:MLT MU:MUS ' +
    'MV:MDV MW:MWI MX:MEX MY:MYS MZ:MOZ NA:NAM NC:NCL NE:NER NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NZ:NZL OM:OMN PA:PAN ' +
    'PE:PER PF:PYF PG:PNG PH:PHL PK:PAK PL:POL PM:SPM PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB ' +
    'RU:RUS RW:RWA SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SI:SVN SK:SVK SL:SLE SN:SEN SO:SOM SR:SUR SS:SSD ST:STP ' +
    'SV:SLV SY:SYR SZ:SWZ TD:TCD TG:TGO TH:THA TJ:TJK TL:TLS TM:TKM TN:TUN TO:TON TR:TUR TT:TTO TW:TWN TZ:TZA UG:UGA ' +
    'US:USA UY:URY UZ:UZB VC:VCT VE:VEN VI:VIR VN:VNM VU:VUT WS:WSM XK:XKX YE:YEM YT:MYT ZA:ZAF ZM:ZMB ZW:ZWE';
/** ISO-2 → ISO-3. */
const ISO2_TO_ISO3 = new Map(PAIRS.split(' ').map((pair) => pair.split(':')));
/** ISO-3 → ISO-2. */
const ISO3_TO_ISO2 = new Map([...ISO2_TO_ISO3].map(([a, b]) => [b, a]));
/** The ISO-3 country of an Electricity Maps zone key (`US-MIDA-PJM` → `USA`), if known. */
function zoneCountry(zoneKey) {
    return ISO2_TO_ISO3.get(zoneKey.split('-')[0] ?? '');
}

;// CONCATENATED MODULE: ./lib/core/data/grid.js




/*
 * Annual location-based grid intensity, read from @tgwf/co2 0.19 and converted from gCO2e/kWh to
 * kgCO2e/kWh. The tables come from files generated from co2.js (`npm run grid-zones`): the Ember
 * averages and IFI operating margins (ember-ifi.ts) and the Electricity Maps zones
 * (electricity-maps-zones.ts). They hold only what is read here: importing co2.js's data module
 * also loads its five yearly zone tables, which cost every run's start-up.
 *
 * Ranges:
 * - Electricity Maps zones: central the 2024 value; low/high the minimum/maximum of 2021-2025, the
 *   years co2.js ships, so the range shows how much one year's figure moves.
 * - Ember country averages and IFI operating margins: ±10 %. co2.js ships one year of each, so there
 *   is no year-to-year spread to read; ±10 % is our estimate of that spread.
 */
const SINGLE_YEAR_SPREAD = 0.1;
const G_PER_KG = 1000;
const round6 = (x) => Math.round(x * 1e6) / 1e6;
/** Problems found while reading the package tables; the data tests require it to stay empty. */
const issues = [];
/** Entries of the co2.js tables that could not be read (non-numeric, negative, wrong unit). */
function gridDataIssues() {
    gridIndex();
    return issues;
}
function kgPerKWh(gPerKWh, where) {
    const n = typeof gPerKWh === 'string' && /^\d+(\.\d+)?$/.test(gPerKWh.trim()) ? Number(gPerKWh) : gPerKWh;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
        issues.push(`${where}: ${JSON.stringify(gPerKWh)} is not a non-negative number of gCO2e/kWh`);
        return undefined;
    }
    return n / G_PER_KG;
}
function spread(id, central, source, note) {
    return {
        id, unit: 'kgCO2e/kWh', source, note,
        low: round6(central * (1 - SINGLE_YEAR_SPREAD)), central, high: round6(central * (1 + SINGLE_YEAR_SPREAD)),
    };
}
/** Electricity Maps zone names, also used to name ISO-3 countries (Ember's table has codes only). */
function zoneName(key) {
    return ZONES[key]?.[0];
}
const has = (table, key) => Object.prototype.hasOwnProperty.call(table, key);
// The IFI table also lists islands by name and an EU-27 memo line; only ISO-3 keys and the EU
// aggregate (Ember's `EU`) have an average to pair with.
const EU_MEMO = 'MEMO:  EU 27';
const marginalKey = (rawKey) => (rawKey === EU_MEMO ? 'EU' : /^[A-Z]{3}$/.test(rawKey) ? rawKey : undefined);
// Read on first use, one object per key: a zone and its country share their margin (the same object).
const marginals = new Map();
function marginalOf(key) {
    if (marginals.has(key))
        return marginals.get(key);
    const rawKey = key === 'EU' ? EU_MEMO : key;
    let out;
    if (marginalKey(rawKey) !== undefined && has(IFI_MARGINALS, rawKey)) {
        const kg = kgPerKWh(IFI_MARGINALS[rawKey], `marginal ${rawKey}`);
        if (kg !== undefined)
            out = spread(`grid-marginal:${key}`, kg, SOURCES.ifi2021, 'UNFCCC/IFI 2021 operating margin; range ±10 % (estimate).');
    }
    marginals.set(key, out);
    return out;
}
function countryEntry(key, value, marginal) {
    const kg = kgPerKWh(value, `average ${key}`);
    if (kg === undefined)
        return undefined;
    const iso2 = ISO3_TO_ISO2.get(key);
    return {
        key,
        name: (iso2 && zoneName(iso2)) ?? key.charAt(0) + key.slice(1).toLowerCase(),
        averageKgPerKWh: spread(`grid-average:${key}`, kg, SOURCES.ember2024, 'Ember latest year per country (2024 for most); range ±10 % (estimate).'),
        ...(marginal ? { marginalKgPerKWh: marginal } : {}),
    };
}
function zoneEntry(key, [name, ...values]) {
    const central = kgPerKWh(values[ZONE_CENTRAL_YEAR - ZONE_FIRST_YEAR], `zone ${key} ${ZONE_CENTRAL_YEAR}`);
    if (central === undefined)
        return undefined;
    const years = values.flatMap((v, i) => (v === null ? [] : [kgPerKWh(v, `zone ${key} ${ZONE_FIRST_YEAR + i}`)])).filter((v) => v !== undefined);
    const country = zoneCountry(key);
    // The operating margin is published per country: a zone takes its country's.
    const marginal = country === undefined ? undefined : marginalOf(country);
    return {
        key,
        name,
        averageKgPerKWh: {
            id: `grid-average:${key}`, unit: 'kgCO2e/kWh', source: SOURCES.electricityMaps2024,
            low: Math.min(central, ...years), central, high: Math.max(central, ...years),
            note: 'Electricity Maps 2024 life-cycle average; range: min-max of the 2021-2025 yearly values.',
        },
        ...(marginal ? { marginalKgPerKWh: marginal } : {}),
    };
}
// Entries are read one key at a time, on first lookup: a run reads the few its manifests name, not
// the whole catalog (start-up). Each key's object is kept, so lookups return the same object.
const entries = new Map();
function entry(key) {
    if (entries.has(key))
        return entries.get(key);
    let out;
    if (key === WORLD_KEY)
        out = WORLD_GRID;
    else if (has(EMBER_AVERAGES, key))
        out = countryEntry(key, EMBER_AVERAGES[key], marginalOf(key));
    else if (has(ZONES, key))
        out = zoneEntry(key, ZONES[key]);
    else
        return undefined; // not a key: nothing kept, so unknown input cannot grow the map
    entries.set(key, out);
    return out;
}
function grid_buildIndex() {
    // Every margin is read, so a malformed one is an issue even when no average pairs with it.
    for (const rawKey of Object.keys(IFI_MARGINALS)) {
        const key = marginalKey(rawKey);
        if (key !== undefined)
            marginalOf(key);
    }
    const index = new Map();
    for (const key of [...Object.keys(EMBER_AVERAGES), ...Object.keys(ZONES)]) {
        if (index.has(key))
            throw new Error(`grid catalog: key ${key} is both a country and a zone`);
        const g = entry(key);
        if (g !== undefined)
            index.set(key, g);
    }
    return index;
}
// The whole catalog, built only to list or check it (suggestions, data tests).
let index;
const gridIndex = () => (index ??= grid_buildIndex());
/**
 * Finds the annual intensity of an ISO-3 country (`USA`), an Electricity Maps zone (`FR`,
 * `US-MIDA-PJM`) or an Ember aggregate (`WORLD`, `EU`), case-insensitively.
 * @example findGrid('usa')?.averageKgPerKWh.central // 0.38355
 */
function findGrid(key) {
    return entry(key.trim().toUpperCase());
}
/** Every key `findGrid` accepts, in canonical case. */
function gridKeys() {
    return [...gridIndex().keys()];
}
const WORLD_KEY = 'WORLD';
function world() {
    // No marginal: the IFI table has ISO-3 countries and the EU, no world line.
    const w = countryEntry(WORLD_KEY, EMBER_AVERAGES[WORLD_KEY], undefined);
    if (!w)
        throw new Error('grid catalog: @tgwf/co2 has no WORLD average');
    return w;
}
/** The Ember world average (472.94 gCO2e/kWh in co2.js 0.19): the fallback a report must name. */
const WORLD_GRID = world();

;// CONCATENATED MODULE: ./lib/core/data/regions.js

const AWS = [
    ['us-east-1', 'US-MIDA-PJM', 'USA'], // N. Virginia
    ['us-east-2', 'US-MIDA-PJM', 'USA'], // Ohio
    ['us-west-1', 'US-CAL-CISO', 'USA'], // N. California
    ['us-west-2', 'US-NW-BPAT', 'USA'], // Oregon
    ['us-gov-east-1', 'US-MIDA-PJM', 'USA'], // Ohio
    ['us-gov-west-1', 'US-NW-BPAT', 'USA'], // Oregon
    ['ca-central-1', 'CA-QC', 'CAN'], // Montreal
    ['sa-east-1', 'BR-CS', 'BRA'], // Sao Paulo
    ['eu-west-1', 'IE', 'IRL'], // Dublin
    ['eu-west-2', 'GB', 'GBR'], // London
    ['eu-west-3', 'FR', 'FRA'], // Paris
    ['eu-central-1', 'DE', 'DEU'], // Frankfurt
    ['eu-north-1', 'SE-SE3', 'SWE'], // Stockholm
    ['eu-south-1', 'IT-NO', 'ITA'], // Milan
    ['af-south-1', 'ZA', 'ZAF'], // Cape Town
    ['me-south-1', 'BH', 'BHR'], // Bahrain
    ['ap-east-1', 'HK', 'HKG'], // Hong Kong
    ['ap-south-1', 'IN-WE', 'IND'], // Mumbai
    ['ap-northeast-1', 'JP-TK', 'JPN'], // Tokyo
    ['ap-northeast-2', 'KR', 'KOR'], // Seoul
    ['ap-northeast-3', 'JP-KN', 'JPN'], // Osaka
    ['ap-southeast-1', 'SG', 'SGP'], // Singapore
    ['ap-southeast-2', 'AU-NSW', 'AUS'], // Sydney
];
const GCP = [
    ['us-central1', 'US-MIDW-MISO', 'USA'], // Council Bluffs, Iowa
    ['us-east1', 'US-CAR-SC', 'USA'], // Moncks Corner, South Carolina
    ['us-east4', 'US-MIDA-PJM', 'USA'], // Ashburn, Virginia
    ['us-west1', 'US-NW-BPAT', 'USA'], // The Dalles, Oregon
    ['us-west2', 'US-CAL-CISO', 'USA'], // Los Angeles
    ['us-west3', 'US-NW-PACE', 'USA'], // Salt Lake City
    ['us-west4', 'US-NW-NEVP', 'USA'], // Las Vegas
    ['us-south1', 'US-TEX-ERCO', 'USA'], // Dallas
    ['northamerica-northeast1', 'CA-QC', 'CAN'], // Montreal
    ['northamerica-northeast2', 'CA-ON', 'CAN'], // Toronto
    ['southamerica-east1', 'BR-CS', 'BRA'], // Sao Paulo
    ['europe-west1', 'BE', 'BEL'], // St. Ghislain
    ['europe-west2', 'GB', 'GBR'], // London
    ['europe-west3', 'DE', 'DEU'], // Frankfurt
    ['europe-west4', 'NL', 'NLD'], // Eemshaven
    ['europe-west6', 'CH', 'CHE'], // Zurich
    ['europe-west9', 'FR', 'FRA'], // Paris
    ['europe-north1', 'FI', 'FIN'], // Hamina
    ['europe-central2', 'PL', 'POL'], // Warsaw
    ['asia-east1', 'TW', 'TWN'], // Changhua County
    ['asia-east2', 'HK', 'HKG'], // Hong Kong
    ['asia-northeast1', 'JP-TK', 'JPN'], // Tokyo
    ['asia-northeast2', 'JP-KN', 'JPN'], // Osaka
    ['asia-northeast3', 'KR', 'KOR'], // Seoul
    ['asia-south1', 'IN-WE', 'IND'], // Mumbai
    ['asia-southeast1', 'SG', 'SGP'], // Jurong West
    ['asia-southeast2', 'ID', 'IDN'], // Jakarta
    ['australia-southeast1', 'AU-NSW', 'AUS'], // Sydney
    ['australia-southeast2', 'AU-VIC', 'AUS'], // Melbourne
];
const AZURE = [
    ['eastus', 'US-MIDA-PJM', 'USA'],
    ['eastus2', 'US-MIDA-PJM', 'USA'],
    ['centralus', 'US-MIDW-MISO', 'USA'],
    ['northcentralus', 'US-MIDW-MISO', 'USA'],
    ['southcentralus', 'US-TEX-ERCO', 'USA'],
    ['westcentralus', 'US-NW-PACE', 'USA'],
    ['westus', 'US-CAL-CISO', 'USA'],
    ['westus2', 'US-NW-PACE', 'USA'],
    ['westus3', 'US-NW-PACE', 'USA'],
    ['canadacentral', 'CA-ON', 'CAN'],
    ['canadaeast', 'CA-QC', 'CAN'],
    ['brazilsouth', 'BR-CS', 'BRA'],
    ['northeurope', 'IE', 'IRL'],
    ['westeurope', 'NL', 'NLD'],
    ['francecentral', 'FR', 'FRA'],
    ['swedencentral', 'SE-SE3', 'SWE'],
    ['switzerlandnorth', 'CH', 'CHE'],
    ['uksouth', 'GB', 'GBR'],
    ['ukwest', 'GB', 'GBR'],
    ['germanywestcentral', 'DE', 'DEU'],
    ['norwayeast', 'NO-NO1', 'NOR'],
    ['southafricanorth', 'ZA', 'ZAF'],
    ['southeastasia', 'SG', 'SGP'],
    ['japaneast', 'JP-TK', 'JPN'],
    ['japanwest', 'JP-KN', 'JPN'],
    ['koreacentral', 'KR', 'KOR'],
    ['centralindia', 'IN-WE', 'IND'],
    ['southindia', 'IN-SO', 'IND'],
    ['australiaeast', 'AU-NSW', 'AUS'],
    ['australiasoutheast', 'AU-VIC', 'AUS'],
];
function toRegions(provider, rows, source) {
    return rows.map(([region, zone, country]) => ({ id: `${provider}/${region}`, provider, zone, country, source }));
}
/** Every mapped cloud region. */
const REGIONS = [
    ...toRegions('aws', AWS, SOURCES.awsRegions),
    ...toRegions('gcp', GCP, SOURCES.gcpRegions),
    ...toRegions('azure', AZURE, SOURCES.ccfAzureRegions),
];
const regions_INDEX = new Map(REGIONS.map((r) => [r.id, r]));
/**
 * Finds a region by `provider/region`, case-insensitively.
 * @example findRegion('aws/us-east-1')?.zone // 'US-MIDA-PJM'
 */
function findRegion(id) {
    return regions_INDEX.get(id.trim().toLowerCase());
}
/** Every region id, `aws/us-east-1` style. */
function regionIds() {
    return [...regions_INDEX.keys()];
}

;// CONCATENATED MODULE: ./lib/core/data/datacenter.js


// 365-day years, as CCF (35,040 h) and IF (126,144,000 s) count four years
/**
 * Construction carbon of a datacenter per kW of IT capacity. No published per-kW figure could be
 * confirmed; this one is derived from CyrusOne's LCA, which reports construction carbon as a share of
 * 30-year emissions: 0.9 % in Council Bluffs, Iowa and 2.2 % in Santa Clara. With 1 kW of IT at full
 * load, PUE 1.2 and grids of about 0.45 and 0.22 kgCO2e/kWh (our assumptions), the 30-year operation
 * is about 142 and 69 tCO2e, so construction is about 1.3 and 1.6 tCO2e per kW. Partial load and
 * greening grids would lower it; MEP-heavy builds (MEP up to 60 % of upfront carbon) raise it.
 */
const DATACENTER_CONSTRUCTION = {
    id: 'datacenter:construction',
    unit: 'kgCO2e/kW',
    low: 400,
    central: 1300,
    high: 4000,
    source: SOURCES.cyrusOne,
    note: 'estimate: no published kgCO2e per kW of IT capacity could be confirmed. Derived from CyrusOne\'s construction shares ' +
        '(0.9 % and 2.2 % of 30-year emissions) under assumed full load, PUE 1.2 and 0.45 / 0.22 kgCO2e/kWh grids; ' +
        'range about one third to three times the central figure.',
};
/** Amortization period of the building, hours. */
const DATACENTER_LIFETIME = {
    id: 'datacenter:lifetime',
    unit: 'h',
    low: 20 * units/* HOURS_PER_YEAR */.yw,
    central: 25 * units/* HOURS_PER_YEAR */.yw,
    high: 30 * units/* HOURS_PER_YEAR */.yw,
    source: SOURCES.cyrusOne,
    note: 'high: the 30-year horizon of CyrusOne\'s LCA; central 25 y and low 20 y are our estimates of a facility\'s service life.',
};
/** Amortization period of accelerators and servers, hours: 4 y as CCF and IF, 3 y (Boavizta) to 6 y (BLOOM). */
const DEFAULT_HARDWARE_LIFETIME = {
    id: 'hardware:lifetime',
    unit: 'h',
    low: 3 * units/* HOURS_PER_YEAR */.yw,
    central: 4 * units/* HOURS_PER_YEAR */.yw,
    high: 6 * units/* HOURS_PER_YEAR */.yw,
    source: SOURCES.ccfCoefficients,
    note: 'central: CCF\'s 35,040 h server lifespan (IF uses the same 4 y); low: Boavizta\'s 3 y; high: BLOOM\'s 6 y.',
};
/**
 * Share of the lifetime the hardware is in use. Embodied carbon is amortized over lifetime x share,
 * so a smaller share charges each hour more.
 */
const DEFAULT_ACTIVE_SHARE = {
    id: 'hardware:active-share',
    unit: 'ratio',
    low: 0.5,
    central: 1,
    high: 1,
    source: SOURCES.ccfCoefficients,
    note: 'central: 1, as CCF, IF and OLMo 2025 amortize over the whole lifetime; low: Green Algorithms\' 0.5 for cloud servers; BLOOM used 0.85.',
};

;// CONCATENATED MODULE: ./lib/core/data/idle.js

/**
 * Idle draw as a share of the rated power. Accelerators: Cloud Carbon Footprint's Teads min/max
 * pairs give the same share for every GPU they list (A100 46/407 W, V100 35/306 W, T4 8/71 W: 0.113).
 * Hosts: CCF's average minimum and maximum watts per vCPU (AWS 0.74/3.5, Azure 0.78/3.76, GCP
 * 0.71/4.26: 0.167 to 0.211).
 */
const IDLE_SHARE = {
    accelerator: {
        id: 'idle-share:accelerator',
        unit: 'ratio',
        low: 0.113,
        central: 0.113,
        high: 0.25,
        source: SOURCES.ccfMethodology,
        note: "central and low: CCF's Teads min/max watts (A100 46/407 W, V100 35/306 W, T4 8/71 W); high: estimate, a card held at its memory clock between steps.",
    },
    host: {
        id: 'idle-share:host',
        unit: 'ratio',
        low: 0.167,
        central: 0.207,
        high: 0.5,
        source: SOURCES.ccfMethodology,
        note: "low and central: CCF's minimum/maximum watts per vCPU (GCP 0.71/4.26, Azure 0.78/3.76); high: estimate, an older server idling at half its peak.",
    },
};
/** A device's idle draw, W: its rated power (TDP) times the idle share of its kind. */
function idlePowerOf(device) {
    const share = IDLE_SHARE[device.kind === 'host' ? 'host' : 'accelerator'];
    const tdp = device.powerW.central;
    const round1 = (x) => Math.round(x * 10) / 10;
    return {
        id: `idle-power:${device.id}`,
        unit: 'W',
        low: round1(tdp * share.low),
        central: round1(tdp * share.central),
        high: round1(tdp * share.high),
        source: share.source,
        note: `rated ${tdp} W x idle share ${share.low}–${share.central}–${share.high} (${share.id}).`,
    };
}

;// CONCATENATED MODULE: ./lib/core/data/lifecycle.js

/**
 * Life-cycle stages beyond manufacturing: transport to the datacenter and end-of-life processing.
 * Accelerator cards take Boavizta's bottom-up GPU component model (absolute figures per card, from
 * its distances, modes and mass); hosts and custom devices take the shares of manufacturing that HPE's
 * server product carbon footprints state (we know their manufacturing figure, not their mass).
 */
// Boavizta's default large GPU: 1.69 kg, 19,000 km by sea and 1,000 km by truck (gpu.csv archetype).
const CARD_KG = 1.69;
const KG_CO2E_PER_KG_KM = { boat: 1.33e-5, truck: 5.04e-5, plane: 2.11e-3 };
const round4 = (x) => Math.round(x * 1e4) / 1e4;
/** Transport of one accelerator card, kgCO2e. */
const CARD_TRANSPORT = {
    id: 'transport:card',
    unit: 'kgCO2e',
    low: round4(CARD_KG * (19_000 * KG_CO2E_PER_KG_KM.boat + 1_000 * KG_CO2E_PER_KG_KM.truck)),
    central: round4(CARD_KG * (19_000 * KG_CO2E_PER_KG_KM.boat + 1_000 * KG_CO2E_PER_KG_KM.truck)),
    high: round4(CARD_KG * (19_000 * KG_CO2E_PER_KG_KM.plane + 1_000 * KG_CO2E_PER_KG_KM.truck)),
    source: SOURCES.boaviztaTransport,
    note: "central and low: Boavizta's default distribution of a 1.69 kg card, 19,000 km by sea (1.33e-5 kgCO2e/kg·km) " +
        'and 1,000 km by truck (5.04e-5); high: estimate, the same 19,000 km by air (2.11e-3 kgCO2e/kg·km), ' +
        'as high-value electronics often fly.',
};
/** End-of-life processing of one accelerator card, kgCO2e. */
const CARD_END_OF_LIFE = {
    id: 'end-of-life:card',
    unit: 'kgCO2e',
    low: round4((1.5062 * CARD_KG) / 2),
    central: round4(1.5062 * CARD_KG),
    high: round4(1.5062 * CARD_KG * 2),
    source: SOURCES.boaviztaTransport,
    note: "central: Boavizta's end-of-life factor 1.5062 kgCO2e per kg x its 1.69 kg card; range: estimate, a card of half to twice that mass.",
};
/**
 * Transport as a share of manufacturing, for servers: HPE's PCFs give transport 0.2 % to 1.1 % and
 * manufacturing 3.7 % to 29.9 % of the lifetime total; the ratio runs from 1.34 % (DL345 Gen10 Plus,
 * the server BLOOM used) to 6.73 % (DL380 Gen10), median 5.06 %.
 */
const SERVER_TRANSPORT_SHARE = {
    id: 'transport:server-share',
    unit: 'ratio',
    low: 0.0134,
    central: 0.0506,
    high: 0.0673,
    source: SOURCES.hpePcfServers,
    note: 'share of manufacturing carbon; central: median of six HPE server PCFs; low and high: their minimum and maximum.',
};
/** End of life as a share of manufacturing, for servers: 0.67 % (DL345) to 5.41 % (DL580), median 2.74 %. */
const SERVER_END_OF_LIFE_SHARE = {
    id: 'end-of-life:server-share',
    unit: 'ratio',
    low: 0.0067,
    central: 0.0274,
    high: 0.0541,
    source: SOURCES.hpePcfServers,
    note: 'share of manufacturing carbon; central: median of six HPE server PCFs; low and high: their minimum and maximum.',
};

;// CONCATENATED MODULE: ./lib/core/data/index.js
/**
 * The coefficient catalog: hardware, PUE, grid intensity, cloud regions and datacenter construction,
 * each figure with its source and a low/central/high range. Lookups are Maps built once at load.
 */

/** Bumped whenever a catalog figure changes, so reports can say which catalog they used. */
const CATALOG_VERSION = '1';
/** Every device in the catalog, in display order. */
function listDevices() {
    return DEVICES;
}
/** Every device id (not aliases). */
function deviceIds() {
    return DEVICES.map((d) => d.id);
}










// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
;// CONCATENATED MODULE: ./lib/core/grid-resolve.js



// Ember's and Electricity Maps' averages both use life-cycle emission factors (fuel chain and plant construction included).
const LIFE_CYCLE_EMBER = 'life-cycle factors (Ember)';
const LIFE_CYCLE_EM = 'life-cycle factors (Electricity Maps)';
function fromCoefficient(c) {
    return (0,range/* range */.y1)(c.low, c.central, c.high);
}
const MANIFEST_SOURCE = { id: 'manifest', title: 'the experiment manifest', url: '', year: 0 };
/**
 * Resolves a grid spec against the catalog. Ingest has already checked that keys exist, so an
 * unknown key here is a programming error, not user input.
 */
function resolveGrid(spec) {
    switch (spec.kind) {
        case 'intensity':
            return { averageKgPerKWh: (0,range/* exact */.e0)(spec.kgPerKWh), description: `${(0,format/* formatIntensityGiven */.iI)(spec.kgPerKWh)} (manifest)`, boundary: 'the manifest\'s factor (direct or life-cycle not stated)', coefficients: [] };
        case 'zone':
        case 'country': {
            const key = spec.kind === 'zone' ? spec.zone : spec.country;
            const grid = findGrid(key);
            if (!grid)
                throw new RangeError(`grid key ${key} is not in the catalog`);
            return {
                averageKgPerKWh: fromCoefficient(grid.averageKgPerKWh),
                ...(grid.marginalKgPerKWh ? { marginalKgPerKWh: fromCoefficient(grid.marginalKgPerKWh), marginalSource: operatingMargin(grid.marginalKgPerKWh, grid.key) } : {}),
                description: `${grid.name} (${grid.averageKgPerKWh.source.title} ${grid.averageKgPerKWh.source.year})`,
                boundary: grid.averageKgPerKWh.source.id.startsWith('ember') ? LIFE_CYCLE_EMBER : LIFE_CYCLE_EM,
                coefficients: [grid.averageKgPerKWh, ...(grid.marginalKgPerKWh ? [grid.marginalKgPerKWh] : [])],
            };
        }
        case 'region': {
            const region = findRegion(spec.region);
            if (!region)
                throw new RangeError(`region ${spec.region} is not in the catalog`);
            const zone = findGrid(region.zone) ?? findGrid(region.country);
            if (!zone)
                throw new RangeError(`zone ${region.zone} of ${region.id} is not in the catalog`);
            // The zone carries the average; the operating-margin factor is published per country only.
            const country = findGrid(region.country);
            const marginal = zone.marginalKgPerKWh ?? country?.marginalKgPerKWh;
            return {
                averageKgPerKWh: fromCoefficient(zone.averageKgPerKWh),
                ...(marginal ? { marginalKgPerKWh: fromCoefficient(marginal), marginalSource: `${operatingMargin(marginal, region.country)}, for every zone of that country (no zone margin)` } : {}),
                description: `${region.id} → ${zone.name} (${zone.averageKgPerKWh.source.title} ${zone.averageKgPerKWh.source.year}; region map: ${region.source.title})`,
                boundary: zone.averageKgPerKWh.source.id.startsWith('ember') ? LIFE_CYCLE_EMBER : LIFE_CYCLE_EM,
                coefficients: [zone.averageKgPerKWh, ...(marginal ? [marginal] : [])],
            };
        }
    }
}
function operatingMargin(c, key) {
    return `national operating margin of ${key} (${c.source.id} ${c.source.year})`;
}
/** Market-based intensity: an explicit contractual intensity, or the location figure less a carbon-free share. */
function resolveMarket(spec, location) {
    if (!spec)
        return { kgPerKWh: location, description: 'no market instruments given: the location-based average (fallback)' };
    // Hourly matching is priced hour by hour once the supply is read (core/matching.ts); the rest is never annual.
    if (spec.kind === 'hourly')
        return { kgPerKWh: spec.residualKgPerKWh !== undefined ? (0,range/* exact */.e0)(spec.residualKgPerKWh) : location, description: 'hourly matching' };
    if (spec.kind === 'intensity')
        return { kgPerKWh: (0,range/* exact */.e0)(spec.kgPerKWh), description: `contractual ${(0,format/* formatIntensityGiven */.iI)(spec.kgPerKWh)} (manifest)` };
    const keep = 1 - spec.share;
    const share = `carbon-free energy ${(0,format/* formatPercentSet */.D5)(spec.share)}`;
    // GHG Protocol Scope 2: the energy no instrument covers takes the residual mix; the location average only as a fallback.
    if (spec.residualKgPerKWh !== undefined) {
        return { kgPerKWh: (0,range/* exact */.e0)(keep * spec.residualKgPerKWh), description: `${share}; the rest at the residual mix ${(0,format/* formatIntensityGiven */.iI)(spec.residualKgPerKWh)}` };
    }
    return {
        kgPerKWh: { low: location.low * keep, central: location.central * keep, high: location.high * keep },
        description: `${share}; the rest at the location-based average (fallback: no residual-intensity given, which understates it where certificates are sold)`,
    };
}


// EXTERNAL MODULE: ./lib/core/hourly.js
var core_hourly = __webpack_require__(7398);
;// CONCATENATED MODULE: ./lib/core/assess-hourly.js


/**
 * Replaces the annual-average location figure by the hourly one: the measured energy of each UTC
 * hour times that hour's intensity. Hours the series does not cover are priced at the annual
 * average and counted in `uncoveredHours`, never filled from neighbours.
 */
function applyHourly(annual, inputs) {
    const { measured, series, pue } = inputs;
    // Priced per logged kWh, then scaled by the PUE range: a catalog PUE keeps its spread here too.
    const hourly = (0,core_hourly/* hourlyOperational */.gv)({ hourlyKWh: measured.hourlyKWh, series, annualAverageKgPerKWh: inputs.annualAverageKgPerKWh.central });
    const factor = measured.facilityIncluded ? (0,range/* exact */.e0)(1) : pue;
    const restKWh = (0,range/* add */.WQ)(inputs.modelledFacilityKWh, (0,range/* multiply */.lw)((0,range/* exact */.e0)(hourly.uncoveredKWh), factor));
    const locationKgCO2e = (0,range/* add */.WQ)((0,range/* multiply */.lw)((0,range/* exact */.e0)(hourly.averageKgCO2e), factor), (0,range/* multiply */.lw)(restKWh, inputs.annualAverageKgPerKWh));
    // Energy the series does not price (uncovered hours, unlogged hosts) takes the annual operating
    // margin; with none published for this grid the marginal total is unknown rather than understated.
    const restMarginal = restKWh.central === 0 ? (0,range/* exact */.e0)(0) : inputs.annualMarginalKgPerKWh ? (0,range/* multiply */.lw)(restKWh, inputs.annualMarginalKgPerKWh) : undefined;
    const marginalKgCO2e = hourly.marginalKgCO2e !== undefined
        ? restMarginal && (0,range/* add */.WQ)((0,range/* multiply */.lw)((0,range/* exact */.e0)(hourly.marginalKgCO2e), factor), restMarginal)
        : annual.marginalKgCO2e;
    // A carbon-free share scales whatever location figure is in force; an explicit contract intensity does not move.
    // A residual mix or a contract intensity is annual: it does not move with the hourly location figure.
    const followsLocation = !inputs.market || (inputs.market.kind === 'carbon-free-share' && inputs.market.residualKgPerKWh === undefined);
    const marketKgCO2e = followsLocation ? (0,range/* scale */.hs)(locationKgCO2e, inputs.market?.kind === 'carbon-free-share' ? 1 - inputs.market.share : 1) : annual.marketKgCO2e;
    // Scheduling asks what moving the load changes: the marginal answers that, so it ranks starts when
    // the series has it for the run's hours; the average otherwise (the window says which).
    // Upstream of the electricity: life-cycle minus direct, over the hours whose series gives both.
    let upstreamKWhKg = 0;
    let separated = false;
    for (const [hour, kWh] of measured.hourlyKWh) {
        const h = series.hours.get(hour);
        if (h?.averageKgPerKWh === undefined || h.directKgPerKWh === undefined)
            continue;
        separated = true;
        upstreamKWhKg += kWh * Math.max(0, h.averageKgPerKWh - h.directKgPerKWh);
    }
    const window = (0,core_hourly/* greenestWindow */.MB)(measured.hourlyKWh, series, 'marginal') ?? (0,core_hourly/* greenestWindow */.MB)(measured.hourlyKWh, series, 'average');
    // The annual marginal fields are replaced as a whole: an unknown hourly marginal leaves none behind.
    const { marginalKgCO2e: _annualMarginal, marginalMethod: _annualMethod, marginalSource: annualSource, ...rest } = annual;
    const hourlyMarginal = hourly.marginalKgCO2e !== undefined;
    const marginalSource = hourlyMarginal ? `hourly marginal of the committed series (${series.file}); the rest at ${annualSource ?? 'the annual margin'}` : annualSource;
    return {
        ...rest,
        locationKgCO2e,
        marketKgCO2e,
        ...(marginalKgCO2e
            ? { marginalKgCO2e, marginalMethod: hourlyMarginal ? 'hourly' : 'annual', ...(marginalSource === undefined ? {} : { marginalSource }) }
            : {}),
        locationMethod: 'hourly',
        ...(separated ? { upstreamKgCO2e: (0,range/* multiply */.lw)((0,range/* exact */.e0)(upstreamKWhKg), factor) } : {}),
        uncoveredHours: hourly.uncoveredHours,
        ...(window ? { greenestWindow: scaleWindow(window, factor.central) } : {}),
    };
}
function scaleWindow(w, factor) {
    return { ...w, kgCO2e: w.kgCO2e * factor, savingKgCO2e: w.savingKgCO2e * factor };
}

// EXTERNAL MODULE: ./lib/core/matching.js
var matching = __webpack_require__(2596);
;// CONCATENATED MODULE: ./lib/core/lca.js


const lca_fromCoefficient = (c) => (0,range/* range */.y1)(c.low, c.central, c.high);
/**
 * Transport and end-of-life carbon of one unit, kgCO2e, before amortization (0 when the manifest
 * leaves the stage out). The manifest's figure
 * wins; a catalog accelerator takes Boavizta's per-card figures; a host or custom device takes the
 * shares of its manufacturing carbon that server PCFs state (its mass is unknown to us).
 */
function unitLifecycle(spec, device, manufacturingKgCO2e, include, used) {
    const card = device !== undefined && device.kind !== 'host';
    const stage = (included, given, cardFigure, share) => {
        if (!included)
            return (0,range/* exact */.e0)(0);
        if (given !== undefined)
            return (0,range/* exact */.e0)(given);
        used.push(card ? cardFigure : share);
        return card ? lca_fromCoefficient(cardFigure) : (0,range/* multiply */.lw)(manufacturingKgCO2e, lca_fromCoefficient(share));
    };
    return {
        transportKgCO2e: stage(include.transport, spec.transportKgCO2e, CARD_TRANSPORT, SERVER_TRANSPORT_SHARE),
        endOfLifeKgCO2e: stage(include.endOfLife, spec.endOfLifeKgCO2e, CARD_END_OF_LIFE, SERVER_END_OF_LIFE_SHARE),
    };
}
/** The LCA view of a footprint: datacenter construction counts as manufacturing, use is the headline operational figure. */
function lcaStages(embodied, useKgCO2e) {
    return {
        manufacturingKgCO2e: (0,range/* add */.WQ)(embodied.hardwareKgCO2e, embodied.datacenterKgCO2e),
        transportKgCO2e: embodied.transportKgCO2e,
        useKgCO2e,
        endOfLifeKgCO2e: embodied.endOfLifeKgCO2e,
    };
}
/** Embodied total: manufacturing, construction, transport and end of life. */
function embodiedTotal(e) {
    return (0,range/* add */.WQ)(e.hardwareKgCO2e, e.datacenterKgCO2e, e.transportKgCO2e, e.endOfLifeKgCO2e);
}

;// CONCATENATED MODULE: ./lib/core/lines.js



const lines_fromCoefficient = (c) => (0,range/* range */.y1)(c.low, c.central, c.high);
/** Resolves every hardware line of an experiment; the catalog coefficients used are pushed to `used`. */
function resolveLines(exp, durationH, used) {
    const busyShare = exp.utilisation ?? 1;
    const perDevice = exp.inference?.requestsPerSecondPerDevice;
    return exp.hardware.map((spec) => {
        const device = spec.device === 'custom' ? undefined : findDevice(spec.device);
        if (spec.device !== 'custom' && !device)
            throw new RangeError(`device ${spec.device} is not in the catalog`);
        if (device && spec.powerW === undefined)
            used.push(device.powerW);
        if (device && spec.embodiedKgCO2e === undefined)
            used.push(device.embodiedKgCO2e);
        const powerW = spec.powerW !== undefined ? (0,range/* exact */.e0)(spec.powerW) : lines_fromCoefficient(device.powerW);
        const embodiedKgCO2e = spec.embodiedKgCO2e !== undefined ? (0,range/* exact */.e0)(spec.embodiedKgCO2e) : lines_fromCoefficient(device.embodiedKgCO2e);
        // Throughput sizes the accelerators: the busy hours the requests need, held for busy / utilisation.
        const served = perDevice !== undefined && device?.kind !== 'host' ? exp.inference.requests / (perDevice * 3600) : undefined;
        const deviceHours = served !== undefined ? served / busyShare : (spec.deviceHours ?? spec.count * durationH);
        const idleHours = deviceHours * (1 - busyShare);
        // Ingest requires idle-power on custom lines with idle time, so `device` is there when it is read.
        const idleCoefficient = spec.idlePowerW === undefined && device && idleHours > 0 ? idlePowerOf(device) : undefined;
        if (idleCoefficient)
            used.push(idleCoefficient);
        const idlePowerW = spec.idlePowerW !== undefined ? (0,range/* exact */.e0)(spec.idlePowerW) : idleCoefficient ? lines_fromCoefficient(idleCoefficient) : (0,range/* exact */.e0)(0);
        // A building is sized for the rated power (TDP up to the maximum configurable), not for an average draw.
        const ratedPowerW = spec.ratedPowerW !== undefined ? (0,range/* exact */.e0)(spec.ratedPowerW) : device ? (0,range/* range */.y1)(device.powerW.central, device.powerW.central, device.powerW.high) : powerW;
        const stages = unitLifecycle(spec, device, embodiedKgCO2e, { transport: exp.transport ?? true, endOfLife: exp.endOfLife ?? true }, used);
        return { deviceHours, busyHours: deviceHours - idleHours, idleHours, powerW, idlePowerW, ratedPowerW, embodiedKgCO2e, ...stages, isHost: device?.kind === 'host' };
    });
}
/**
 * IT energy before PUE, kWh. Measured energy replaces the modelled energy of the hardware it
 * measured: GPU logs measure the accelerators (hosts stay modelled); CodeCarbon measures the whole
 * machine, already with its PUE, so it replaces every line. Idle energy (modelled idle time of the
 * kept lines, plus a known idle figure) is part of `modelledKWh` and also returned apart.
 */
function itEnergy(lines, measured, knownIdleKWh = 0, requestsKWh) {
    // Energy per request, like a GPU log, replaces the accelerators' modelled energy; hosts stay modelled.
    const kept = measured ? lines.filter((l) => !measured.facilityIncluded && l.isHost) : requestsKWh !== undefined ? lines.filter((l) => l.isHost) : lines;
    const idleKWh = (0,range/* add */.WQ)((0,range/* exact */.e0)(knownIdleKWh), ...kept.map((l) => (0,range/* scale */.hs)(l.idlePowerW, l.idleHours / 1000)));
    const modelledKWh = (0,range/* add */.WQ)(idleKWh, (0,range/* exact */.e0)(requestsKWh ?? 0), ...kept.map((l) => (0,range/* scale */.hs)(l.powerW, l.busyHours / 1000)));
    return { modelledKWh, idleKWh, measuredKWh: measured?.energyKWh ?? 0 };
}
/** Rated kW held at once: device-hours over the duration (the count when there is no duration). */
function capacityKW(lines, durationH, counts) {
    return lines.reduce((sum, l, i) => sum + (l.ratedPowerW.central / 1000) * (durationH > 0 ? l.deviceHours / durationH : counts[i]), 0);
}

;// CONCATENATED MODULE: ./lib/core/assess.js










const assess_fromCoefficient = (c) => (0,range/* range */.y1)(c.low, c.central, c.high);
/**
 * The footprint of one experiment: modelled or measured energy, facility energy with PUE,
 * operational carbon (location, market, marginal; annual or hourly), embodied carbon of the
 * hardware and of the datacenter, scopes and SCI. Pure: the same inputs give the same result.
 */
function assess_assessExperiment(exp, ctx) {
    const used = [];
    // Without a duration, the logs' time span is how long the hardware was held (for embodied and hosts).
    const loggedH = ctx.measured ? (ctx.measured.endMs - ctx.measured.startMs) / units/* HOUR_MS */.iQ : 0;
    const durationH = exp.durationH ?? loggedH;
    const lines = resolveLines(exp, durationH, used);
    const defaultsUsed = exp.durationH === undefined && ctx.measured ? [...exp.defaultsUsed, `duration ${(0,format/* formatDuration */.a3)(loggedH)} from the logs' time span`] : exp.defaultsUsed;
    const inference = exp.inference;
    const requestsKWh = inference?.energyPerRequestKWh !== undefined ? inference.requests * inference.energyPerRequestKWh : undefined;
    const { modelledKWh, idleKWh, measuredKWh } = itEnergy(lines, ctx.measured, exp.idleEnergyKWh, requestsKWh);
    const facilityIncluded = ctx.measured?.facilityIncluded ?? false;
    const defaulted = exp.defaultCoefficients ?? {};
    for (const c of [defaulted.pue, defaulted.lifetimeH, defaulted.activeShare])
        if (c)
            used.push(c);
    const pue = defaulted.pue ? assess_fromCoefficient(defaulted.pue) : (0,range/* exact */.e0)(exp.pue);
    // CodeCarbon's energy already carries its PUE: apply ours to the modelled rest only.
    const facilityKWh = (0,range/* add */.WQ)((0,range/* multiply */.lw)(modelledKWh, pue), facilityIncluded ? (0,range/* exact */.e0)(measuredKWh) : (0,range/* multiply */.lw)((0,range/* exact */.e0)(measuredKWh), pue));
    const itKWh = modelledKWh.central + measuredKWh;
    const grid = resolveGrid(exp.grid);
    used.push(...grid.coefficients);
    const annualLocation = (0,range/* multiply */.lw)(facilityKWh, grid.averageKgPerKWh);
    // A zone's own annual margin (manifest or config) beats the national operating margin.
    const marginalKgPerKWh = exp.marginalKgPerKWh !== undefined ? (0,range/* exact */.e0)(exp.marginalKgPerKWh) : grid.marginalKgPerKWh;
    const marginalSource = exp.marginalKgPerKWh !== undefined ? `annual marginal ${+(exp.marginalKgPerKWh * 1000).toPrecision(6)} gCO2e/kWh given for this grid` : grid.marginalSource;
    const annualMarginal = marginalKgPerKWh ? (0,range/* multiply */.lw)(facilityKWh, marginalKgPerKWh) : undefined;
    const market = resolveMarket(exp.market, grid.averageKgPerKWh);
    let operational = {
        locationKgCO2e: annualLocation,
        marketKgCO2e: (0,range/* multiply */.lw)(facilityKWh, market.kgPerKWh),
        marketMethod: market.description,
        ...(annualMarginal ? { marginalKgCO2e: annualMarginal, marginalMethod: 'annual', ...(marginalSource ? { marginalSource } : {}) } : {}),
        annualLocationKgCO2e: annualLocation,
        locationMethod: 'annual',
    };
    // A modelled run with a start and a committed series is priced hour by hour, its energy spread flat.
    const profile = ctx.series && !ctx.measured && exp.startMs !== undefined && durationH > 0 ? flatProfile(exp.startMs, durationH, modelledKWh.central) : undefined;
    const hourlyEnergy = ctx.measured ?? profile;
    if (ctx.series && hourlyEnergy) {
        const hourly = applyHourly(operational, {
            measured: hourlyEnergy,
            series: ctx.series,
            pue,
            annualAverageKgPerKWh: grid.averageKgPerKWh,
            annualMarginalKgPerKWh: marginalKgPerKWh,
            modelledFacilityKWh: profile ? (0,range/* exact */.e0)(0) : (0,range/* multiply */.lw)(modelledKWh, pue),
            market: exp.market,
        });
        // The flat profile carries the central modelled energy: give the figures back the modelled power's range.
        operational = profile ? withEnergyRange(hourly, modelledKWh, exp.market) : hourly;
    }
    if (exp.market?.kind === 'hourly') {
        // Ingest reads the supply file for every manifest that matches hourly; without it no figure is honest.
        if (!ctx.supply)
            throw new RangeError(`${exp.name}: hourly matching needs its supply file ${exp.market.supplyPath}`);
        operational = {
            ...operational,
            ...(0,matching/* hourlyMarket */.qu)({
                market: exp.market,
                supply: ctx.supply,
                ...(ctx.measured ? { measured: ctx.measured } : {}),
                ...(exp.startMs !== undefined ? { startMs: exp.startMs } : {}),
                durationH,
                modelledKWh,
                pue,
                ...(ctx.series ? { series: ctx.series } : {}),
                annualAverageKgPerKWh: grid.averageKgPerKWh,
            }),
        };
    }
    else if (exp.market)
        operational = { ...operational, marketMatching: { method: 'annual' } };
    const embodied = embodiedOf(exp, lines, used);
    const embodiedKgCO2e = embodiedTotal(embodied);
    // The site's own emissions (Scope 1) are operational: they join the headline, whatever its basis.
    const scope1KgCO2e = (0,range/* scale */.hs)(facilityKWh, exp.scope1KgPerKWh ?? 0);
    const electricity = headlineOperational(operational, ctx.config);
    const headline = (0,range/* add */.WQ)(electricity, scope1KgCO2e);
    const idleFacility = (0,range/* multiply */.lw)(idleKWh, pue);
    const idleFacilityKWh = idleFacility.central;
    const reportsIdle = exp.utilisation !== undefined || exp.idleEnergyKWh !== undefined;
    const totalKgCO2e = (0,range/* add */.WQ)(headline, embodiedKgCO2e);
    const deviceHours = lines.reduce((s, l) => s + l.deviceHours, 0);
    const pos = exp.positions['name'] ?? exp.positions[''];
    return {
        name: exp.name,
        phase: exp.phase,
        file: exp.file,
        ...(pos ? { line: pos.line } : {}),
        ...(exp.description !== undefined ? { description: exp.description } : {}),
        ...(exp.model !== undefined ? { model: exp.model } : {}),
        input: exp,
        energySource: ctx.measured ? 'measured' : 'modelled',
        itEnergyKWh: itKWh,
        energyKWh: facilityKWh.central,
        pue: exp.pue,
        deviceHours,
        capacityKW: capacityKW(lines, durationH, exp.hardware.map((h) => h.count)),
        ...(reportsIdle
            ? {
                idle: {
                    energyKWh: idleFacilityKWh,
                    // Idle energy is priced like the rest of the experiment's energy, at the headline's intensity end by end.
                    kgCO2e: (0,range/* multiply */.lw)(idleFacility, perKWh(electricity, facilityKWh)),
                    ...(exp.utilisation !== undefined ? { utilisation: exp.utilisation } : {}),
                },
            }
            : {}),
        operational,
        embodied,
        operationalKgCO2e: headline,
        embodiedKgCO2e,
        totalKgCO2e,
        lca: lcaStages(embodied, headline),
        scopes: {
            scope1KgCO2e,
            // Where the series separates them, Scope 2 is on direct factors and the upstream part is Scope 3.3.
            scope2LocationKgCO2e: operational.upstreamKgCO2e ? subtractUpstream(operational.locationKgCO2e, operational.upstreamKgCO2e) : operational.locationKgCO2e,
            ...(operational.upstreamKgCO2e ? { scope3UpstreamEnergyKgCO2e: operational.upstreamKgCO2e } : {}),
            scope2MarketKgCO2e: operational.marketKgCO2e,
            scope3KgCO2e: embodiedKgCO2e,
            boundaries: {
                scope1: exp.scope1KgPerKWh !== undefined ? `site figure ${+(exp.scope1KgPerKWh * 1000).toPrecision(6)} gCO2e per facility kWh (manifest)` : 'no site figure given (backup generation, refrigerants): counted as 0',
                scope2: operational.upstreamKgCO2e
                    ? 'direct factors of the committed series for the hours it gives both; its life-cycle minus direct part is Scope 3 category 3 (scope3UpstreamEnergyKgCO2e); hours without both stay at their factor'
                    : `${operational.locationMethod === 'hourly' && ctx.series ? seriesBoundary(ctx.series.description) : grid.boundary}; upstream of the electricity not separable from Scope 2`,
            },
        },
        ...(inference
            ? {
                inference: {
                    requests: inference.requests,
                    itEnergyPerRequestKWh: inference.requests > 0 ? itKWh / inference.requests : 0,
                    kgCO2ePerRequest: sciOf({ name: 'request', count: Math.max(inference.requests, 1e-9) }, operational, embodiedKgCO2e, ctx.config).kgCO2ePerUnit,
                },
            }
            : {}),
        // Without a functional unit, an inference block's requests are the unit: SCI per request.
        ...(exp.functionalUnit || (inference && inference.requests > 0)
            ? { sci: sciOf(exp.functionalUnit ?? { name: 'request', count: inference.requests }, operational, embodiedKgCO2e, ctx.config) }
            : {}),
        ...(ctx.measured ? { measured: ctx.measured } : {}),
        ...(ctx.supply ? { supply: ctx.supply } : {}),
        coefficients: dedupe(used),
        defaultsUsed,
        intensityKgPerKWh: grid.averageKgPerKWh,
        gridDescription: ctx.series ? `${ctx.series.description}; annual: ${grid.description}` : grid.description,
    };
}
/**
 * Hardware: count x embodied x hours / (lifetime x active share), i.e. embodied x device-hours /
 * (lifetime x share). Datacenter: construction carbon per kW of IT capacity x the capacity the
 * hardware occupies (its rated power) x hours / building lifetime.
 */
function embodiedOf(exp, lines, used) {
    const d = exp.defaultCoefficients ?? {};
    const lifetimeH = d.lifetimeH ? assess_fromCoefficient(d.lifetimeH) : (0,range/* exact */.e0)(exp.lifetimeH);
    const activeShare = d.activeShare ? assess_fromCoefficient(d.activeShare) : (0,range/* exact */.e0)(exp.activeShare);
    const amortizationH = (0,range/* multiply */.lw)(lifetimeH, activeShare);
    const amortized = (perUnit) => (0,range/* divide */.Qr)((0,range/* add */.WQ)(...lines.map((l) => (0,range/* scale */.hs)(perUnit(l), l.deviceHours))), amortizationH);
    const hardwareKgCO2e = amortized((l) => l.embodiedKgCO2e);
    const stages = { transportKgCO2e: amortized((l) => l.transportKgCO2e), endOfLifeKgCO2e: amortized((l) => l.endOfLifeKgCO2e) };
    if (!exp.datacenter)
        return { hardwareKgCO2e, datacenterKgCO2e: (0,range/* exact */.e0)(0), ...stages };
    used.push(DATACENTER_CONSTRUCTION, DATACENTER_LIFETIME);
    const capacityKWh = (0,range/* add */.WQ)(...lines.map((l) => (0,range/* scale */.hs)(l.ratedPowerW, l.deviceHours / 1000)));
    const perKWh = (0,range/* divide */.Qr)(assess_fromCoefficient(DATACENTER_CONSTRUCTION), assess_fromCoefficient(DATACENTER_LIFETIME));
    return { hardwareKgCO2e, datacenterKgCO2e: (0,range/* multiply */.lw)(capacityKWh, perKWh), ...stages };
}
/** The figure the config chooses as the headline: market-based, or location-based average or marginal. */
function headlineOperational(op, config) {
    if (config.basis === 'market')
        return op.marketKgCO2e;
    if (config.intensity === 'marginal' && op.marginalKgCO2e)
        return op.marginalKgCO2e;
    return op.locationKgCO2e;
}
/** A flat hourly profile of `kWh` from `startMs` over `durationH`, split at UTC hour boundaries. */
function flatProfile(startMs, durationH, kWh) {
    const endMs = startMs + durationH * units/* HOUR_MS */.iQ;
    const hourlyKWh = (0,core_hourly/* spreadFlat */.j7)(startMs, endMs, kWh);
    return { energyKWh: kWh, facilityIncluded: false, hourlyKWh, startMs, endMs, samples: 0, devices: 0, duplicates: 0, outOfOrder: 0, gaps: [], files: [], warnings: [] };
}
/** Widens the figures priced on the central energy (hourly location, hourly marginal, a share of location) by the energy's range. */
function withEnergyRange(op, kWh, market) {
    const k = (r) => (kWh.central > 0 ? (0,range/* range */.y1)((r.low * kWh.low) / kWh.central, r.central, (r.high * kWh.high) / kWh.central) : r);
    const followsLocation = !market || (market.kind === 'carbon-free-share' && market.residualKgPerKWh === undefined);
    return {
        ...op,
        locationKgCO2e: k(op.locationKgCO2e),
        ...(op.marginalKgCO2e && op.marginalMethod === 'hourly' ? { marginalKgCO2e: k(op.marginalKgCO2e) } : {}),
        ...(followsLocation ? { marketKgCO2e: k(op.marketKgCO2e) } : {}),
        ...(op.upstreamKgCO2e ? { upstreamKgCO2e: k(op.upstreamKgCO2e) } : {}),
    };
}
/** Average intensity of a figure over an energy, end by end (annual figures are energy x intensity at each end). */
function perKWh(kg, kWh) {
    const at = (a, b) => (b > 0 ? a / b : 0);
    return (0,range/* range */.y1)(at(kg.low, kWh.low), at(kg.central, kWh.central), at(kg.high, kWh.high));
}
/** SCI is location-based by its spec (ISO/IEC 21031:2024): market instruments never enter it. */
function sciOf(unit, op, embodied, config) {
    const operational = config.intensity === 'marginal' && op.marginalKgCO2e ? op.marginalKgCO2e : op.locationKgCO2e;
    return { unit: unit.name, count: unit.count, kgCO2ePerUnit: (0,range/* scale */.hs)((0,range/* add */.WQ)(operational, embodied), 1 / unit.count) };
}
/** Location less its upstream part, end by end (the upstream is exact: series values carry no range). */
function subtractUpstream(location, upstream) {
    return (0,range/* range */.y1)(location.low - upstream.low, location.central - upstream.central, location.high - upstream.high);
}
/** The boundary of a committed series' average column, from its own description. */
function seriesBoundary(description) {
    if (/\bdirect\b/i.test(description))
        return 'direct factors (the committed series)';
    if (/life-?cycle|\bLCA\b/i.test(description))
        return 'life-cycle factors (the committed series)';
    return "the committed series' factors (direct or life-cycle not stated)";
}
function dedupe(coefficients) {
    return [...new Map(coefficients.map((c) => [c.id, c])).values()];
}

;// CONCATENATED MODULE: ./lib/compare/attribute.js





// Texts for people (the PR comment shows them as `from → to`), formatted by the one formatter.
const num = (x) => (0,format/* formatNumber */.ZV)(x, Number.isInteger(x) ? 0 : undefined);
const hours = (h) => (h === undefined ? 'none' : (0,format/* formatDuration */.a3)(h));
const years = (h) => (h % units/* HOURS_PER_YEAR */.yw === 0 ? `${num(h / units/* HOURS_PER_YEAR */.yw)}\u00a0y` : (0,format/* formatDuration */.a3)(h));
/** A device by its catalog name (`NVIDIA A100 SXM4 80GB`), else as written. */
const deviceName = (id) => findDevice(id)?.name ?? id;
/** A grid with the annual intensity it resolves to: `gcp/us-central1 (490 gCO2e/kWh)`. */
function gridText(g) {
    if (g.kind === 'intensity')
        return (0,format/* formatIntensity */.TA)(g.kgPerKWh);
    const key = g.kind === 'zone' ? g.zone : g.kind === 'country' ? g.country : g.region;
    try {
        return `${key} (${(0,format/* formatIntensity */.TA)(resolveGrid(g).averageKgPerKWh.central)})`;
    }
    catch {
        return key;
    }
}
function marketText(m, supply) {
    if (!m)
        return 'same as location';
    if (m.kind === 'intensity')
        return (0,format/* formatIntensity */.TA)(m.kgPerKWh);
    // What the supply file held (bundles or rows) tells a changed file from an unchanged one; short, as the comment cuts at 80.
    return m.kind === 'hourly' ? `hourly: ${supply ? supply.description.replace(`${supply.file}: `, '') : m.supplyPath}` : `${(0,format/* formatPercent */.l9)(m.share)} carbon-free`;
}
function logsText(s) {
    if (s.measured)
        return `${(0,format/* formatEnergy */.QE)(s.measured.energyKWh)} measured`;
    return s.exp.logs.length > 0 ? s.exp.logs.map((l) => l.path).join(', ') : 'none (modelled)';
}
const HARDWARE_FIELDS = [
    { key: 'device', get: (h) => deviceName(h.device), set: (h, f) => ({ ...h, device: f.device }) },
    { key: 'count', get: (h) => `${num(h.count)} × ${deviceName(h.device)}`, set: (h, f) => ({ ...h, count: f.count }) },
    { key: 'power', get: (h) => (h.powerW === undefined ? 'catalog' : (0,format/* formatPower */.d5)(h.powerW)), set: (h, f) => withOptional(h, 'powerW', f.powerW) },
    {
        key: 'embodied',
        get: (h) => (h.embodiedKgCO2e === undefined ? 'catalog' : (0,format/* formatMass */.so)(h.embodiedKgCO2e, { co2e: true })),
        set: (h, f) => withOptional(h, 'embodiedKgCO2e', f.embodiedKgCO2e),
    },
    {
        key: 'device-hours',
        get: (h) => (h.deviceHours === undefined ? 'count × duration' : `${num(h.deviceHours)}\u00a0device-h`),
        set: (h, f) => withOptional(h, 'deviceHours', f.deviceHours),
    },
    ...['transportKgCO2e', 'endOfLifeKgCO2e', 'idlePowerW', 'ratedPowerW'].map((k) => ({ key: { transportKgCO2e: 'transport', endOfLifeKgCO2e: 'end-of-life', idlePowerW: 'idle-power', ratedPowerW: 'rated-power' }[k], get: (h) => (h[k] === undefined ? 'catalog' : num(h[k])), set: (h, f) => withOptional(h, k, f[k]) })),
];
// exactOptionalPropertyTypes-safe: an absent value removes the key rather than writing undefined.
function withOptional(obj, key, value) {
    const copy = { ...obj };
    if (value === undefined)
        delete copy[key];
    else
        copy[key] = value;
    return copy;
}
/** Experiment-level inputs of the lifecycle views, swapped like the others (after embodied, before the config). */
const LIFECYCLE_FIELDS = [
    { input: 'start', key: 'startMs' },
    { input: 'utilisation', key: 'utilisation' },
    { input: 'idle-energy', key: 'idleEnergyKWh' },
    { input: 'inference', key: 'inference' },
    { input: 'grid.marginal-intensity', key: 'marginalKgPerKWh' },
    { input: 'scope1-intensity', key: 'scope1KgPerKWh' },
    { input: 'embodied.transport', key: 'transport' },
    { input: 'embodied.end-of-life', key: 'endOfLife' },
];
const show = (v) => (v === undefined ? 'none' : typeof v === 'number' ? num(v) : typeof v === 'object' ? JSON.stringify(v) : String(v));
const setExp = (s, patch) => ({ ...s, exp: { ...s.exp, ...patch } });
/**
 * The substitutions, in this fixed order: duration, hardware (per line: device, count, power,
 * embodied, device-hours; the whole list when lines were added or removed), logs and measured
 * energy, pue, grid, grid series, market, embodied lifetime, active share, datacenter, and last the
 * config's basis and intensity. Order matters for interacting inputs (duration x grid): the
 * documented order makes the split reproducible.
 */
function stepsFor(base, head) {
    const h = head.exp;
    const steps = [{ input: 'duration', apply: (s) => setExp(s, withOptional({ ...s.exp }, 'durationH', h.durationH)), text: (s) => hours(s.exp.durationH) }];
    if (base.exp.hardware.length === h.hardware.length) {
        h.hardware.forEach((line, i) => {
            for (const field of HARDWARE_FIELDS) {
                steps.push({
                    input: `hardware.${i}.${field.key}`,
                    apply: (s) => setExp(s, { hardware: s.exp.hardware.map((x, j) => (j === i ? field.set(x, line) : x)) }),
                    text: (s) => field.get(s.exp.hardware[i]),
                });
            }
        });
    }
    else {
        const lines = (x) => x.map((l) => `${num(l.count)} × ${deviceName(l.device)}`).join(' + ') || 'none';
        steps.push({ input: 'hardware', apply: (s) => setExp(s, { hardware: h.hardware }), text: (s) => lines(s.exp.hardware) });
    }
    steps.push({ input: 'logs', apply: (s) => withOptional({ ...setExp(s, { logs: h.logs }) }, 'measured', head.measured), text: logsText }, { input: 'pue', apply: (s) => setExp(s, { pue: h.pue }), text: (s) => String(s.exp.pue) }, { input: 'grid', apply: (s) => setExp(s, { grid: h.grid }), text: (s) => gridText(s.exp.grid) }, {
        input: 'grid.series',
        apply: (s) => withOptional({ ...s, exp: withOptional({ ...s.exp }, 'seriesPath', h.seriesPath) }, 'series', head.series),
        text: (s) => s.exp.seriesPath ?? 'none',
    }, 
    // The supply file goes with the market spec that names it.
    { input: 'market', apply: (s) => withOptional(setExp(s, withOptional({ ...s.exp }, 'market', h.market)), 'supply', head.supply), text: (s) => marketText(s.exp.market, s.supply) }, { input: 'embodied.lifetime', apply: (s) => setExp(s, { lifetimeH: h.lifetimeH }), text: (s) => years(s.exp.lifetimeH) }, { input: 'embodied.active-share', apply: (s) => setExp(s, { activeShare: h.activeShare }), text: (s) => (0,format/* formatPercent */.l9)(s.exp.activeShare) }, {
        input: 'embodied.datacenter',
        apply: (s) => setExp(s, { datacenter: h.datacenter }),
        text: (s) => (s.exp.datacenter ? 'included' : 'excluded'),
    }, ...LIFECYCLE_FIELDS.map((f) => ({ input: f.input, apply: (s) => setExp(s, withOptional({ ...s.exp }, f.key, h[f.key])), text: (s) => show(s.exp[f.key]) })), { input: 'basis', apply: (s) => ({ ...s, config: head.config }), text: (s) => `${s.config.basis}, ${s.config.intensity}` });
    return steps;
}
function stateOf(result, side) {
    const series = result.input.seriesPath !== undefined ? side.seriesOf?.(result.input.seriesPath) : undefined;
    return {
        exp: result.input,
        config: side.config,
        ...(result.measured ? { measured: result.measured } : {}),
        ...(series ? { series } : {}),
        ...(result.supply ? { supply: result.supply } : {}),
    };
}
const totalOf = (s) => assess_assessExperiment(s.exp, {
    config: s.config,
    ...(s.measured ? { measured: s.measured } : {}),
    ...(s.series ? { series: s.series } : {}),
    ...(s.supply ? { supply: s.supply } : {}),
}).totalKgCO2e.central;
const attribute_close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
/**
 * Why an experiment's total changed: sequential substitution from the base's inputs to the head's,
 * one input at a time in a fixed order, re-running the assessment after each swap. Each term is the
 * change that swap caused; terms of inputs that did not change and caused nothing are left out,
 * and the last term absorbs floating-point residue, so the terms sum to head - base (central).
 * When the base or head cannot be reproduced from its inputs (a series that was not supplied),
 * the whole delta is one `inputs` term rather than a wrong split.
 */
function attributeChange(base, head, ctx) {
    const deltaKgCO2e = head.totalKgCO2e.central - base.totalKgCO2e.central;
    const whole = [{ input: 'inputs', from: 'base', to: 'head', deltaKgCO2e }];
    const headState = stateOf(head, ctx.head);
    let state = stateOf(base, ctx.base);
    try {
        let previous = totalOf(state);
        if (!attribute_close(previous, base.totalKgCO2e.central))
            return whole;
        const terms = [];
        for (const step of stepsFor(state, headState)) {
            const from = step.text(state);
            state = step.apply(state);
            const to = step.text(state);
            const next = totalOf(state);
            const term = next - previous;
            previous = next;
            const moved = Math.abs(term) > 1e-9 * Math.max(1, Math.abs(next));
            if (from === to && !moved)
                continue;
            terms.push({ input: step.input, from, to: from === to ? `${to} (contents changed)` : to, deltaKgCO2e: term });
        }
        if (!attribute_close(previous, head.totalKgCO2e.central) || terms.length === 0)
            return whole;
        const beforeLast = terms.slice(0, -1).reduce((sum, t) => sum + t.deltaKgCO2e, 0);
        const last = terms[terms.length - 1];
        terms[terms.length - 1] = { ...last, deltaKgCO2e: deltaKgCO2e - beforeLast };
        return terms;
    }
    catch {
        // An input the core rejects (a device no longer in the catalog) cannot be split: keep the total.
        return whole;
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./lib/compare/budgets.js



/** A limit as written in the config, else its mass (`50 tCO2e`) for configs built in code. */
const limitText = (text, kgCO2e) => text ?? (0,format/* formatMassSet */.wq)(kgCO2e, { co2e: true });
function subjectPos(result) {
    return result.input.positions['name'] ?? { file: result.file, line: result.line ?? 1, col: 1 };
}
function judged(base) {
    const margin = base.limitValue - base.actual;
    return { ...base, margin, verdict: margin >= 0 ? 'pass' : 'fail', blocking: false };
}
function massBudget(name, kind, limit, actual, subject) {
    return judged({
        name,
        kind,
        limit: limitText(limit.text, limit.kgCO2e),
        limitValue: limit.kgCO2e,
        actual,
        unit: 'kgCO2e',
        ...(limit.pos ? { pos: limit.pos } : {}),
        ...(subject ? { subjectPos: subjectPos(subject) } : {}),
    });
}
// An experiment matched by several globs is named once per glob, so names stay unique.
function uniqueName(name, glob, seen) {
    const unique = seen.has(name) ? `${name} (${glob})` : name;
    seen.add(unique);
    return unique;
}
function increaseBudgets(budgets, input) {
    const inc = budgets.increase;
    if (!inc)
        return [];
    const both = inc.share !== undefined && inc.kgCO2e !== undefined;
    const pos = inc.pos ? { pos: inc.pos } : {};
    const out = [];
    const baseTotal = input.base?.totals.totalKgCO2e.central;
    const deltaKg = input.delta.totalKgCO2e.central;
    if (inc.share !== undefined) {
        const name = both ? 'increase:share' : 'increase';
        const common = { name, kind: 'increase', limit: inc.text ?? (0,format/* formatPercentSet */.D5)(inc.share), limitValue: inc.share, unit: 'ratio', ...pos };
        if (baseTotal === undefined || baseTotal === 0) {
            // A share of nothing is undefined: the budget cannot fail, and the report says why.
            const note = baseTotal === undefined ? 'not applicable: no base to compare against' : 'not applicable: the base total is zero';
            out.push({ ...common, actual: 0, margin: inc.share, verdict: 'pass', blocking: false, note });
        }
        else {
            out.push(judged({ ...common, actual: deltaKg / baseTotal }));
        }
    }
    if (inc.kgCO2e !== undefined) {
        const name = both ? 'increase:kgCO2e' : 'increase';
        const common = { name, kind: 'increase', limit: inc.text ?? (0,format/* formatMassSet */.wq)(inc.kgCO2e, { co2e: true, signed: true }), limitValue: inc.kgCO2e, unit: 'kgCO2e', ...pos };
        if (input.base === undefined) {
            out.push({ ...common, actual: 0, margin: inc.kgCO2e, verdict: 'pass', blocking: false, note: 'not applicable: no base to compare against' });
        }
        else {
            out.push(judged({ ...common, actual: deltaKg }));
        }
    }
    return out;
}
/**
 * Every budget of the config judged on the head (central figures): total, per phase, per
 * experiment glob, maximum increase against the base, and maximum SCI per functional unit. Each
 * result carries its margin, where it was set and, for experiment budgets, the manifest line.
 */
function evaluateBudgets(budgets, input) {
    const { head } = input;
    const out = [];
    if (budgets.total)
        out.push(massBudget('total', 'total', budgets.total, head.totals.totalKgCO2e.central));
    out.push(...increaseBudgets(budgets, input));
    for (const phase of model/* PHASES */.Z) {
        const limit = budgets.phases[phase];
        if (limit)
            out.push(massBudget(`phase:${phase}`, 'phase', limit, head.phases[phase].totalKgCO2e.central));
    }
    const seen = new Set();
    for (const { glob, limit } of budgets.experiments) {
        const matches = picomatch(glob, { dot: true });
        for (const exp of head.experiments.filter((e) => matches(e.name))) {
            out.push(massBudget(uniqueName(`experiment:${exp.name}`, glob, seen), 'experiment', limit, exp.totalKgCO2e.central, exp));
        }
    }
    for (const { glob, kgCO2ePerUnit, text, pos } of budgets.sci) {
        const matches = picomatch(glob, { dot: true });
        for (const exp of head.experiments.filter((e) => matches(e.name) && e.sci)) {
            out.push(judged({
                name: uniqueName(`sci:${exp.name}`, glob, seen),
                kind: 'sci',
                limit: `${limitText(text, kgCO2ePerUnit)} per ${exp.sci.unit}`,
                limitValue: kgCO2ePerUnit,
                actual: exp.sci.kgCO2ePerUnit.central,
                unit: 'kgCO2e/unit',
                ...(pos ? { pos } : {}),
                subjectPos: subjectPos(exp),
            }));
        }
    }
    return out;
}
const describe = (r) => r.kind === 'increase' ? `the ${r.limit} increase budget` : r.name === 'total' ? `the total budget (${r.limit})` : `the ${r.name} budget (${r.limit})`;
/**
 * Whether a failing budget of this kind fails the check under `fail-on`: `never` passes always
 * (report only), `budget` gates the absolute budgets (total, phase, experiment, SCI), `increase`
 * the increase budget, `any` both.
 */
function gates(kind, failOn) {
    return failOn === 'any' ? true : failOn === 'budget' ? kind !== 'increase' : failOn === 'increase' ? kind === 'increase' : false;
}
/**
 * Each budget with whether it blocks under `fail-on`, and how it stood on the base (the same
 * budget judged on the base's report), so a reader can tell "this PR broke it" from "already over".
 */
function withBaseAndBlocking(results, onBase, failOn) {
    const base = new Map((onBase ?? []).filter((b) => b.kind !== 'increase' && b.note === undefined).map((b) => [b.name, b]));
    return results.map((r) => {
        const b = base.get(r.name);
        return { ...r, blocking: r.verdict === 'fail' && gates(r.kind, failOn), ...(b ? { baseActual: b.actual, baseVerdict: b.verdict } : {}) };
    });
}
/** The verdict under `fail-on` (see `gates`); the reason names what decided it. */
function verdict(results, failOn) {
    const failed = results.filter((r) => r.verdict === 'fail');
    const gating = failed.filter((r) => gates(r.kind, failOn));
    const over = (list) => {
        const first = list[0];
        return list.length === 1 ? `over ${describe(first)}` : `over ${describe(first)} and ${list.length - 1} more`;
    };
    if (gating.length > 0)
        return { verdict: 'fail', reason: over(gating) };
    if (results.length === 0)
        return { verdict: 'pass', reason: 'no budgets set' };
    if (failed.length === 0)
        return { verdict: 'pass', reason: `within ${results.length === 1 ? 'the budget' : `all ${results.length} budgets`}` };
    const mode = failOn === 'never' ? 'report only' : `fail-on: ${failOn}`;
    return { verdict: 'pass', reason: `${over(failed)} (${mode})` };
}

;// CONCATENATED MODULE: ./lib/compare/compare.js





/**
 * Head minus base for two ranges that come from the same coefficient tables: the low ends move
 * together and the high ends move together, so an unchanged experiment has a delta of exactly
 * zero rather than the +/- spread that independent ranges would give.
 */
function deltaRange(head, base) {
    const lowEnds = head.low - base.low;
    const highEnds = head.high - base.high;
    return (0,range/* range */.y1)(Math.min(lowEnds, highEnds), head.central - base.central, Math.max(lowEnds, highEnds));
}
/** Relative change, or undefined when the base is zero (never "+100 %" for something new). */
function shareOf(delta, base) {
    return base === undefined || base === 0 ? undefined : delta / base;
}
const EMPTY_TOTALS = {
    energyKWh: 0,
    capacityKW: 0,
    idle: { energyKWh: 0, kgCO2e: range/* ZERO */.f2 },
    operationalKgCO2e: range/* ZERO */.f2,
    embodiedKgCO2e: range/* ZERO */.f2,
    totalKgCO2e: range/* ZERO */.f2,
    operational: { locationKgCO2e: range/* ZERO */.f2, marketKgCO2e: range/* ZERO */.f2 },
    embodied: { hardwareKgCO2e: range/* ZERO */.f2, datacenterKgCO2e: range/* ZERO */.f2, transportKgCO2e: range/* ZERO */.f2, endOfLifeKgCO2e: range/* ZERO */.f2 },
    lca: { manufacturingKgCO2e: range/* ZERO */.f2, transportKgCO2e: range/* ZERO */.f2, useKgCO2e: range/* ZERO */.f2, endOfLifeKgCO2e: range/* ZERO */.f2 },
    scopes: { scope1KgCO2e: range/* ZERO */.f2, scope2LocationKgCO2e: range/* ZERO */.f2, scope2MarketKgCO2e: range/* ZERO */.f2, scope3KgCO2e: range/* ZERO */.f2 },
};
/** Delta of two totals; `base` absent counts as zero and gives no share. */
function totalsDelta(base, head) {
    const b = base ?? EMPTY_TOTALS;
    const marginal = head.operational.marginalKgCO2e && (base === undefined || b.operational.marginalKgCO2e)
        ? { marginalKgCO2e: deltaRange(head.operational.marginalKgCO2e, b.operational.marginalKgCO2e ?? range/* ZERO */.f2) }
        : {};
    const totalDelta = deltaRange(head.totalKgCO2e, b.totalKgCO2e);
    const share = shareOf(totalDelta.central, base?.totalKgCO2e.central);
    return {
        energyKWh: head.energyKWh - b.energyKWh,
        operationalKgCO2e: deltaRange(head.operationalKgCO2e, b.operationalKgCO2e),
        embodiedKgCO2e: deltaRange(head.embodiedKgCO2e, b.embodiedKgCO2e),
        totalKgCO2e: totalDelta,
        operational: {
            locationKgCO2e: deltaRange(head.operational.locationKgCO2e, b.operational.locationKgCO2e),
            marketKgCO2e: deltaRange(head.operational.marketKgCO2e, b.operational.marketKgCO2e),
            ...marginal,
        },
        embodied: {
            hardwareKgCO2e: deltaRange(head.embodied.hardwareKgCO2e, b.embodied.hardwareKgCO2e),
            datacenterKgCO2e: deltaRange(head.embodied.datacenterKgCO2e, b.embodied.datacenterKgCO2e),
        },
        ...(share !== undefined ? { share } : {}),
    };
}
const sameRange = (a, b) => a.low === b.low && a.central === b.central && a.high === b.high;
// Same inputs through the same code give bit-identical figures, so exact equality is the test.
function figuresEqual(a, b) {
    return (a.energyKWh === b.energyKWh &&
        sameRange(a.totalKgCO2e, b.totalKgCO2e) &&
        sameRange(a.operationalKgCO2e, b.operationalKgCO2e) &&
        sameRange(a.embodiedKgCO2e, b.embodiedKgCO2e));
}
function experimentDelta(base, head, ctx) {
    const subject = (head ?? base);
    const status = !base ? 'added' : !head ? 'removed' : figuresEqual(base, head) ? 'unchanged' : 'changed';
    const baseTotal = base?.totalKgCO2e ?? range/* ZERO */.f2;
    const headTotal = head?.totalKgCO2e ?? range/* ZERO */.f2;
    const delta = deltaRange(headTotal, baseTotal);
    const share = status === 'added' ? undefined : shareOf(delta.central, base?.totalKgCO2e.central);
    let attribution = [];
    if (status === 'changed' && base && head && ctx)
        attribution = attributeChange(base, head, ctx);
    return {
        name: subject.name,
        phase: subject.phase,
        file: subject.file,
        status,
        ...(base ? { baseKgCO2e: base.totalKgCO2e } : {}),
        ...(head ? { headKgCO2e: head.totalKgCO2e } : {}),
        deltaKgCO2e: delta,
        ...(share !== undefined ? { deltaShare: share } : {}),
        deltaEnergyKWh: (head?.energyKWh ?? 0) - (base?.energyKWh ?? 0),
        deltaOperationalKgCO2e: deltaRange(head?.operationalKgCO2e ?? range/* ZERO */.f2, base?.operationalKgCO2e ?? range/* ZERO */.f2),
        deltaEmbodiedKgCO2e: deltaRange(head?.embodiedKgCO2e ?? range/* ZERO */.f2, base?.embodiedKgCO2e ?? range/* ZERO */.f2),
        attribution,
    };
}
/**
 * Head against base: experiments matched by name over the union of both sides (added, removed,
 * changed, unchanged), deltas per experiment, phase and total with their ranges, the budgets
 * evaluated on the head, and the verdict under `fail-on`. Pure.
 * @param base the base commit's report; undefined when the base has no carbon files (all added)
 * @example compare(baseReport, headReport, config.budgets, { failOn: config.failOn })
 */
function compare(base, head, budgets, opts) {
    const baseByName = new Map((base?.experiments ?? []).map((e) => [e.name, e]));
    const headByName = new Map(head.experiments.map((e) => [e.name, e]));
    const names = [...new Set([...headByName.keys(), ...baseByName.keys()])].sort();
    const experiments = names.map((name) => experimentDelta(baseByName.get(name), headByName.get(name), opts.attribution));
    const phases = Object.fromEntries(model/* PHASES */.Z.map((p) => [p, totalsDelta(base?.phases[p], head.phases[p])]));
    const delta = totalsDelta(base?.totals, head.totals);
    const onBase = base ? evaluateBudgets(budgets, { base: undefined, head: base, delta: totalsDelta(undefined, base.totals) }) : undefined;
    const results = withBaseAndBlocking(evaluateBudgets(budgets, { base, head, delta }), onBase, opts.failOn);
    const decided = verdict(results, opts.failOn);
    return {
        ...(base ? { base } : {}),
        head,
        ...(opts.baseRef ? { baseRef: opts.baseRef } : {}),
        ...(opts.headRef ? { headRef: opts.headRef } : {}),
        experiments,
        phases,
        delta,
        budgets: results,
        budgetsFrom: opts.budgetsFrom ?? { side: 'head' },
        failOn: opts.failOn,
        verdict: decided.verdict,
        verdictReason: decided.reason,
        history: opts.history ?? [],
        minChange: opts.minChange ?? config/* DEFAULT_MIN_CHANGE */.M0,
    };
}

;// CONCATENATED MODULE: ./lib/run/map-bounded.js
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

;// CONCATENATED MODULE: ./lib/run/history.js




// How far a shallow clone is deepened for the trend, step by step, in commits of the base branch.
const history_DEEPEN_STEPS = [100, 1000];
const COMMITS_IN_FLIGHT = 4;
/** The blob ids of the carbon files at a commit, as one string: equal keys, equal reports. */
async function carbonKey(repoDir, sha, isCarbon) {
    const tree = await listTree(repoDir, sha);
    const parts = [];
    for (const [path, entry] of tree)
        if (isCarbon(path))
            parts.push(`${path}\0${entry.oid}`);
    return parts.sort().join('\n');
}
/**
 * The base branch's trend: its total over the last `count` mainline commits that touched carbon
 * files, oldest first, from git history alone. Cost is bounded: a commit whose carbon files have
 * the same blob ids as an earlier one (a revert, a merge that changed nothing carbon) reuses that
 * report instead of loading again. Commits whose report has errors are left out with a warning.
 */
async function baseHistory(opts) {
    const problems = [];
    if (opts.count <= 0)
        return { points: [], computed: 0, reused: 0, problems };
    try {
        let touching = await commitsTouching(opts.repoDir, opts.ref, opts.files, opts.count);
        // A shallow checkout holds too little history for the trend: fetch more, when origin allows it.
        for (const step of history_DEEPEN_STEPS) {
            if (touching.length >= opts.count || !(await deepen(opts.repoDir, opts.ref, step)))
                break;
            touching = await commitsTouching(opts.repoDir, opts.ref, opts.files, opts.count);
        }
        const commits = touching.reverse();
        const globs = picomatch([...(opts.files.globs ?? [])], { dot: true });
        const paths = new Set(opts.files.paths ?? []);
        // The same paths come back at every commit: match each once.
        const matched = new Map();
        const isCarbon = (path) => {
            let m = matched.get(path);
            if (m === undefined)
                matched.set(path, (m = paths.has(path) || globs(path)));
            return m;
        };
        // A report per distinct set of carbon files, its promise kept: commits loaded side by side
        // that hold the same files share one load.
        const totals = new Map();
        let computed = 0;
        let reused = 0;
        const totalAt = async (commit) => {
            const key = await carbonKey(opts.repoDir, commit.sha, isCarbon);
            let total = totals.get(key);
            if (total)
                reused += 1;
            else {
                computed += 1;
                totals.set(key, (total = opts.reportAt(commit.sha).then((r) => r?.totals.totalKgCO2e.central)));
            }
            return total;
        };
        // Several commits in flight: git answers one while another is assessed, rather than the run
        // waiting on one round trip at a time. Few enough that their tree listings stay small.
        const found = await mapBounded(commits, COMMITS_IN_FLIGHT, totalAt);
        const points = [];
        for (const [i, commit] of commits.entries()) {
            const total = found[i];
            if (total === undefined) {
                problems.push((0,errors/* problem */.CC)('trend-commit-broken', { sha: commit.sha, subject: commit.subject, severity: 'warning' }));
                continue;
            }
            points.push({ sha: commit.sha, date: commit.date, totalKgCO2e: total, subject: commit.subject });
        }
        let cut;
        if (commits.length < opts.count && (await isShallow(opts.repoDir))) {
            cut = (0,errors/* problem */.CC)('trend-shallow', { covered: commits.length, count: opts.count, severity: 'warning' });
            problems.push(cut);
        }
        return { points, computed, reused, problems, ...(cut ? { cut } : {}) };
    }
    catch (error) {
        // The trend is context, not the verdict: a git failure here is reported and the check goes on.
        const found = error instanceof errors/* CarbonError */.kk ? error.problems : [(0,errors/* problem */.CC)('git-failed', { reason: String(error) })];
        return { points: [], computed: 0, reused: 0, problems: found.map((p) => ({ ...p, severity: 'warning' })) };
    }
}

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
const report_compareNames = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * Everything of a report but its experiments (totals, phases, models, sources), folded one
 * experiment at a time, so a report can be written without holding every experiment.
 */
class report_ReportSum {
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
            models: [...this.models.entries()].sort(([a], [b]) => report_compareNames(a, b)).map(([name, m]) => {
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
            sources: [...this.sources.values()].sort((a, b) => report_compareNames(a.id, b.id)),
            warnings,
        };
    }
}
/** The report of a repository: experiments sorted by name, totals, phases and every source used. */
function buildReport(results, config, warnings) {
    const experiments = [...results].sort((a, b) => report_compareNames(a.name, b.name));
    const sum = new report_ReportSum();
    for (const r of experiments)
        sum.add(r);
    const { schemaVersion, basis, intensity, ...rest } = sum.finish(config, warnings);
    return { schemaVersion, basis, intensity, experiments, ...rest };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(4528);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(9396);
;// CONCATENATED MODULE: ./lib/ingest/quantity-schema.js


// One input schema under every quantity field: zod schemas are immutable, and building one per field
// was a large part of building the manifest schema at each start.
let written;
const writtenQuantity = () => (written ??= schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]));
/**
 * A zod schema for a quantity written with a unit. A bare number is refused with the unit it needs
 * (`400` → did you mean "400 W"?), since guessing W or kW would change the result a thousandfold.
 * Its JSON Schema (schema/, for editors) is a string of that unit's grammar, from `quantityPattern`.
 */
function quantity(dimension, bounds = {}) {
    return writtenQuantity().transform((raw, ctx) => {
        if (typeof raw === 'number') {
            const unit = (0,units/* formatQuantity */.VZ)(1, dimension).split(' ')[1];
            ctx.addIssue({ code: 'custom', message: `bare number ${raw} has no unit; expected ${(0,units/* expectedText */.GD)(dimension)}; did you mean "${raw} ${unit}"?` });
            return core/* NEVER */.tm;
        }
        const parsed = (0,units/* parseQuantity */.Lf)(raw, dimension);
        if ((0,units/* isUnitProblem */.WN)(parsed)) {
            ctx.addIssue({ code: 'custom', message: parsed.message + (parsed.suggestion ? `; did you mean "${parsed.suggestion}"?` : '') });
            return core/* NEVER */.tm;
        }
        const v = parsed.value;
        const show = (x) => (0,units/* formatQuantity */.VZ)(x, dimension, parsed.unit);
        if (v < 0 || (bounds.positive && v === 0)) {
            ctx.addIssue({ code: 'custom', message: `"${raw}" must be ${bounds.positive ? 'greater than zero' : 'zero or more'}` });
            return core/* NEVER */.tm;
        }
        if (bounds.min !== undefined && v < bounds.min) {
            ctx.addIssue({ code: 'custom', message: `"${raw}" is below the smallest plausible value ${show(bounds.min)}; did you mean "${show(bounds.min)}"?` });
            return core/* NEVER */.tm;
        }
        if (bounds.max !== undefined && v > bounds.max) {
            ctx.addIssue({ code: 'custom', message: `"${raw}" is above the largest plausible value ${show(bounds.max)}; check the unit` });
            return core/* NEVER */.tm;
        }
        return v;
    }).register(QUANTITY_OF, { dimension, bounds });
}
/**
 * The quantity each quantity schema reads, so `jsonSchemas()` (schema/, for editors) writes its
 * JSON Schema in place of what zod would generate: a transform's input, string or number, says too
 * little. The pattern is built there, not here: building it for every field cost each run's start-up.
 */
const QUANTITY_OF = registries/* registry */.u5();
/** What an editor can check of a quantity without computing: a string with a unit of the dimension. */
function quantityJsonSchema(dimension, bounds = {}) {
    return { type: 'string', pattern: (0,units/* quantityPattern */["in"])(dimension, bounds), description: (0,units/* expectedText */.GD)(dimension) };
}
/** A share written as a percentage: `85 %`; 0 to 100 %. */
const percent = () => quantity('ratio', { max: 1 });

;// CONCATENATED MODULE: ./lib/ingest/manifest-schema.js




const manifest_schema_name = schemas/* string */.YjP().trim().min(1, 'must not be empty').max(200, 'at most 200 characters').meta({ pattern: '\\S' });
// Each refine below carries its JSON Schema twin in `.meta()`, so schema/ (for editors) says the same.
/** JSON Schema: at most one of these keys. */
const atMostOne = (keys) => ({ not: { anyOf: keys.flatMap((a, i) => keys.slice(i + 1).map((b) => ({ required: [a, b] }))) } });
/** JSON Schema: at least one of these keys. */
const anyOf = (keys) => ({ anyOf: keys.map((k) => ({ required: [k] })) });
const gridSchema = schemas/* strictObject */.rej({
    intensity: quantity('intensity', { max: 3 }).optional(),
    zone: schemas/* string */.YjP().min(1).max(64).optional(),
    country: schemas/* string */.YjP().min(2).max(64).optional(),
    region: schemas/* string */.YjP().min(3).max(64).optional(),
    series: schemas/* string */.YjP().min(1).max(1024).optional(),
    // An annual marginal for this grid (a zone's own, e.g. from WattTime or a utility), instead of the national operating margin.
    'marginal-intensity': quantity('intensity', { max: 3 }).optional(),
})
    .refine((g) => [g.intensity, g.zone, g.country, g.region].filter((x) => x !== undefined).length <= 1, {
    message: 'give one of intensity, zone, country or region (series may go with any of them)',
})
    .meta(atMostOne(['intensity', 'zone', 'country', 'region']));
const marketSchema = schemas/* strictObject */.rej({
    intensity: quantity('intensity', { max: 3 }).optional(),
    'carbon-free-energy': percent().optional(),
    // The supplier's or region's residual mix, for the energy no instrument covers (GHG Protocol Scope 2 guidance).
    'residual-intensity': quantity('intensity', { max: 3 }).optional(),
    matching: schemas/* enum */.k5n(['annual', 'hourly']).optional(),
    // matching: hourly: a repo file of the contracted carbon-free supply hour by hour (docs/formats.md).
    supply: schemas/* string */.YjP().min(1).max(1024).optional(),
    // Accepted only to be refused with the reason: offsets are not a Scope 2 instrument.
    offsets: schemas/* unknown */.L5J().optional(),
})
    // Hourly matching (supply) is checked by ingest, which says what goes with it.
    .refine((m) => m.offsets !== undefined || m.supply !== undefined || m.matching === 'hourly' || (m.intensity === undefined) !== (m['carbon-free-energy'] === undefined && m['residual-intensity'] === undefined), {
    message: 'give either intensity (a contract for all the energy), or carbon-free-energy and/or residual-intensity, or matching: hourly with supply',
})
    // intensity alone, or a share and/or a residual mix (zod also refuses intensity with either), or a supply file.
    .meta({ ...anyOf(['intensity', 'carbon-free-energy', 'residual-intensity', 'supply']), not: { anyOf: [{ required: ['intensity', 'carbon-free-energy'] }, { required: ['intensity', 'residual-intensity'] }] } });
const embodiedSchema = schemas/* strictObject */.rej({
    lifetime: quantity('duration', { positive: true, min: 0.25 * units/* HOURS_PER_YEAR */.yw, max: 30 * units/* HOURS_PER_YEAR */.yw }).optional(),
    'active-share': percent().refine((x) => x > 0, 'must be greater than 0 %').register(QUANTITY_OF, { dimension: 'ratio', bounds: { positive: true } }).optional(),
    datacenter: schemas/* boolean */.zMY().optional(),
    // false leaves the stage out, to match a published cradle-to-gate boundary (BLOOM's counts manufacturing only).
    transport: schemas/* boolean */.zMY().optional(),
    'end-of-life': schemas/* boolean */.zMY().optional(),
});
const hardwareSchema = schemas/* strictObject */.rej({
    device: schemas/* string */.YjP().min(1).max(100),
    count: schemas/* number */.aig().int('must be a whole number').min(1).max(10_000_000).optional(),
    // 10 kW per device is far above any accelerator board (B200: 1.2 kW): a larger figure is a unit slip.
    power: quantity('power', { max: 10_000 }).optional(),
    embodied: quantity('mass', { max: 100_000 }).optional(),
    'device-hours': quantity('duration', { positive: true, max: 1e10 }).optional(),
    transport: quantity('mass', { max: 100_000 }).optional(),
    'end-of-life': quantity('mass', { max: 100_000 }).optional(),
    'idle-power': quantity('power', { max: 10_000 }).optional(),
    'rated-power': quantity('power', { max: 10_000 }).optional(),
})
    .refine((h) => h.count !== undefined || h['device-hours'] !== undefined, { message: 'give count (with the duration) or device-hours' })
    .meta(anyOf(['count', 'device-hours']));
// A column by its header name, or its 1-based position (headerless files).
const columnRef = schemas/* union */.KCZ([schemas/* string */.YjP().trim().min(1, 'must not be empty').max(200).meta({ pattern: '\\S' }), schemas/* number */.aig().int('must be a whole number').min(1, 'positions start at 1').max(10_000)]);
const columnsSchema = schemas/* strictObject */.rej({
    time: columnRef.optional(),
    power: schemas/* union */.KCZ([columnRef, schemas/* array */.YOg(columnRef).min(1, 'list at least one column').max(256)]).optional(),
    device: columnRef.optional(),
});
// Counts may be written with thousands separators ("60,000,000"), as people write them; YAML reads that as a string.
const count = (max) => schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP().regex(/^\s*(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*$/, 'expected a number such as 60,000,000').transform((x) => Number(x.replace(/,/g, '')))])
    .pipe(schemas/* number */.aig().min(0, 'must be zero or more').max(max, `at most ${max}`));
const rate = (max) => count(max).pipe(schemas/* number */.aig().positive('must be greater than 0'));
const inferenceSchema = schemas/* strictObject */.rej({
    requests: count(1e15).optional(),
    'requests-per-day': count(1e13).optional(),
    // 10 kWh for one request is far above any model's: a larger figure is a unit slip (Wh vs kWh).
    'energy-per-request': quantity('energy', { positive: true, max: 10 }).optional(),
    'requests-per-second': rate(1e7).optional(),
    'tokens-per-second': rate(1e9).optional(),
    'tokens-per-request': rate(1e8).optional(),
});
const logSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).max(1024),
    format: schemas/* enum */.k5n(['nvidia-smi', 'nvidia-smi-dmon', 'codecarbon', 'power-csv', 'power-jsonl', 'prometheus', 'wandb', 'mlflow', 'auto']).optional(),
    timezone: schemas/* string */.YjP().min(1).max(64).optional(),
    replicas: schemas/* number */.aig().int('must be a whole number').min(1).max(1_000_000).optional(),
    'gap-threshold': quantity('duration', { positive: true, max: 24 }).optional(),
    gaps: schemas/* enum */.k5n(['bridge', 'zero', 'fail']).optional(),
    start: schemas/* string */.YjP().min(1).max(64).optional(),
    interval: quantity('duration', { positive: true, max: 1 }).optional(),
    columns: columnsSchema.optional(),
    'power-unit': schemas/* enum */.k5n(['mW', 'W', 'kW']).optional(),
});
/** The manifest as users write it (contract: design.md "Files a user writes"). */
const manifestSchema = schemas/* strictObject */.rej({
    // JSON manifests name their JSON Schema here for editors (YAML ones use a `# yaml-language-server` comment).
    $schema: schemas/* string */.YjP().max(1024).optional(),
    name: manifest_schema_name,
    phase: schemas/* enum */.k5n(model/* PHASES */.Z),
    description: schemas/* string */.YjP().max(2000).optional(),
    model: manifest_schema_name.optional(),
    duration: quantity('duration', { positive: true, max: 100 * units/* HOURS_PER_YEAR */.yw }).optional(),
    start: schemas/* string */.YjP().max(64).optional(),
    end: schemas/* string */.YjP().max(64).optional(),
    hardware: schemas/* array */.YOg(hardwareSchema).min(1, 'list at least one hardware entry').max(1000),
    pue: schemas/* number */.aig().min(1, 'a PUE is 1 or more').max(5, 'a PUE above 5 is not plausible').optional(),
    grid: gridSchema.optional(),
    market: marketSchema.optional(),
    embodied: embodiedSchema.optional(),
    // Scope 1 of the site per facility kWh (diesel backup, refrigerant leaks); 1 kg/kWh is already above a diesel generator's.
    'scope1-intensity': quantity('intensity', { max: 1 }).optional(),
    utilisation: percent().optional(),
    'busy-hours': quantity('duration', { max: 1e10 }).optional(),
    'reserved-hours': quantity('duration', { positive: true, max: 1e10 }).optional(),
    // 1 TWh is far above any training run's idle energy: a larger figure is a unit slip.
    'idle-energy': quantity('energy', { max: 1e9 }).optional(),
    inference: inferenceSchema.optional(),
    logs: schemas/* array */.YOg(logSchema).max(1000).optional(),
    // A count below 1e-9 makes SCI overflow to Infinity (5e-324 units is a typo, not a unit of work).
    'functional-unit': schemas/* strictObject */.rej({ name: schemas/* string */.YjP().min(1).max(200), count: schemas/* number */.aig().min(1e-9, 'must be at least 1e-9').max(1e18) }).optional(),
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

// EXTERNAL MODULE: ./lib/ingest/time.js
var time = __webpack_require__(2075);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/ingest/yaml-doc.js


// Bounded expansion: an alias bomb ("billion laughs") stops here with an error, not a hang.
const MAX_ALIAS_COUNT = 100;
const MAX_DEPTH = 32;
/**
 * Parses YAML (JSON is read the same way) keeping node ranges, so every later error can name the
 * line and column of the field it is about. All syntax errors are reported, not just the first.
 */
function parseYamlDoc(text, file) {
    if (tooDeepToParse(text)) {
        const pos = (0,errors/* filePos */.t5)(file);
        return { value: undefined, posOf: () => pos, keyPosOf: () => pos, problems: [(0,errors/* problem */.CC)('yaml-too-deep', { max: MAX_DEPTH, pos })] };
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, col };
    };
    const problems = doc.errors.map((e) => 
    // The parser recurses per level: a 100,000-deep `[[[…` ends in a caught stack overflow; say why.
    /call stack/i.test(e.message)
        ? (0,errors/* problem */.CC)('yaml-too-deep', { max: MAX_DEPTH, pos: at(0) })
        : (0,errors/* problem */.CC)('yaml-syntax', { reason: e.message.split('\n')[0] ?? e.message, pos: at(e.pos[0]) }));
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
        return (0,errors/* filePos */.t5)(file);
    };
    const keyPosOf = (path) => {
        const key = keyNode(doc.getIn(path.slice(0, -1), true), path[path.length - 1]);
        return key?.range ? at(key.range[0]) : posOf(path);
    };
    if (problems.length > 0)
        return { value: undefined, posOf, keyPosOf, problems };
    const depth = depthOf(doc.contents, 0);
    if (depth > MAX_DEPTH) {
        return { value: undefined, posOf, keyPosOf, problems: [(0,errors/* problem */.CC)('yaml-too-deep', { depth, max: MAX_DEPTH, pos: at(0) })] };
    }
    try {
        return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), posOf, keyPosOf, problems };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { value: undefined, posOf, keyPosOf, problems: [(0,errors/* problem */.CC)('yaml-aliases', { reason: message, max: MAX_ALIAS_COUNT, pos: at(0) })] };
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
    for (const token of new dist/* Lexer */.JG().lex(text)) {
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
    if (!(0,dist/* isMap */.jh)(parent))
        return undefined;
    for (const item of parent.items) {
        if ((0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(key))
            return item.key;
    }
    return undefined;
}
function depthOf(node, level) {
    if (level > MAX_DEPTH)
        return level;
    if ((0,dist/* isMap */.jh)(node))
        return Math.max(level + 1, ...node.items.map((p) => depthOf((0,dist/* isPair */.tO)(p) ? p.value : undefined, level + 1)));
    if ((0,dist/* isSeq */.oP)(node))
        return Math.max(level + 1, ...node.items.map((i) => depthOf(i, level + 1)));
    return level;
}

;// CONCATENATED MODULE: ./lib/ingest/zod-problems.js


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
                const suggestion = valid.length ? (0,units/* nearest */.pA)(key, valid) : undefined;
                out.push((0,errors/* problem */.CC)('unknown-field', { key, valid, pos: keyPosOf([...path, key]), field: [...path, key].map(String).join('.'), suggestion }));
            }
            continue;
        }
        if (issue.code === 'invalid_value' && 'values' in issue) {
            const values = issue.values.map(String);
            const got = valueAt(root, path);
            const suggestion = typeof got === 'string' ? (0,units/* nearest */.pA)(got, values) : values[0];
            out.push((0,errors/* problem */.CC)('value-not-allowed', { shown: got === undefined ? undefined : shown(got), values, pos: posOf(path), field, suggestion }));
            continue;
        }
        if (issue.code === 'invalid_type' && valueAt(root, path) === undefined) {
            out.push((0,errors/* problem */.CC)('field-missing', { expected: issue.expected, pos: posOf(path), field }));
            continue;
        }
        out.push((0,errors/* problem */.CC)('field-invalid', { reason: issue.message, pos: posOf(path), field }));
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

;// CONCATENATED MODULE: ./lib/ingest/manifest.js









const DEFAULT_GAP_THRESHOLD_S = 60;
/**
 * Reads one manifest: YAML or JSON, schema, units, catalog ids, paths. Returns every problem found,
 * each with its line; defaults that were applied are listed on the experiment so the report shows them.
 */
function readManifest(text, file, defaults, defaultsFile = 'carbon-budget.yml') {
    const doc = parseYamlDoc(text, file);
    if (doc.problems.length)
        return { problems: [...doc.problems] };
    if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        return { problems: [(0,errors/* problem */.CC)('manifest-not-mapping', { file })] };
    }
    const parsed = manifestSchema.safeParse(doc.value);
    if (!parsed.success) {
        const keysAt = (path) => MANIFEST_KEYS[path.filter((p) => typeof p === 'string').join('.')];
        return { problems: zodProblems(parsed.error, doc.value, doc.posOf, keysAt, doc.keyPosOf) };
    }
    const raw = parsed.data;
    const problems = [];
    const posOf = doc.posOf;
    const defaultsUsed = [];
    const hardware = raw.hardware.map((h, i) => {
        let device = h.device;
        if (device !== 'custom') {
            const found = findDevice(device);
            if (!found) {
                problems.push((0,errors/* problem */.CC)('unknown-device', { device, pos: posOf(['hardware', i, 'device']), field: `hardware.${i}.device`, suggestion: nearestDevice(device) }));
            }
            else
                device = found.id;
        }
        else if (h.power === undefined || h.embodied === undefined) {
            problems.push((0,errors/* problem */.CC)('custom-device-incomplete', { pos: posOf(['hardware', i]), field: `hardware.${i}` }));
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
        problems.push((0,errors/* problem */.CC)('duration-missing', { pos: posOf(['name']), field: 'duration' }));
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
    const lifetimeH = raw.embodied?.lifetime ?? defaults.lifetimeH ?? DEFAULT_HARDWARE_LIFETIME.central;
    if (raw.embodied?.lifetime === undefined)
        defaultsUsed.push(`hardware lifetime ${(0,format/* formatLifetime */.Re)(lifetimeH)} from ${defaults.lifetimeH !== undefined ? defaultsFile : `the catalog (${DEFAULT_HARDWARE_LIFETIME.source.title})`}`);
    const activeShare = raw.embodied?.['active-share'] ?? defaults.activeShare ?? DEFAULT_ACTIVE_SHARE.central;
    if (raw.embodied?.['active-share'] === undefined)
        defaultsUsed.push(`active share ${(0,format/* formatPercentSet */.D5)(activeShare)} from ${defaults.activeShare !== undefined ? defaultsFile : 'the catalog'}`);
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
            ...(raw.start !== undefined && durationH !== undefined ? { startMs: (0,time/* parseZonedTimestamp */.oe)(raw.start) } : {}),
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
                lifetimeH: raw.embodied?.lifetime === undefined && defaults.lifetimeH === undefined ? DEFAULT_HARDWARE_LIFETIME : undefined,
                activeShare: raw.embodied?.['active-share'] === undefined && defaults.activeShare === undefined ? DEFAULT_ACTIVE_SHARE : undefined,
            }),
            defaultsUsed,
            positions,
        },
    };
}
function nearestDevice(written) {
    const names = [];
    for (const d of listDevices())
        for (const n of [d.id, ...d.aliases])
            names.push([n, d.id]);
    const best = (0,units/* nearest */.pA)(written, names.map(([n]) => n));
    return names.find(([n]) => n === best)?.[1] ?? deviceIds()[0] ?? '';
}
/** Why a manifest time is not a timestamp with a zone, with the user's value converted where it can be. */
function zonedTimestampProblem(value, at) {
    const naive = (0,time/* parseZonedTimestamp */.oe)(`${value.trim()}Z`);
    if (naive !== undefined) {
        return (0,errors/* problem */.CC)('time-no-zone', { value, ...at, suggestion: `${value.trim().replace(' ', 'T')}Z` });
    }
    const why = (0,time/* explainTimestamp */.O6)(value);
    return (0,errors/* problem */.CC)('time-invalid', { reason: why.message, ...at, suggestion: why.suggestion });
}
function durationOf(raw, _file, posOf, problems) {
    if (raw.start === undefined && raw.end === undefined)
        return raw.duration;
    const start = raw.start !== undefined ? (0,time/* parseZonedTimestamp */.oe)(raw.start) : undefined;
    const end = raw.end !== undefined ? (0,time/* parseZonedTimestamp */.oe)(raw.end) : undefined;
    for (const [key, value, ms] of [['start', raw.start, start], ['end', raw.end, end]]) {
        if (value !== undefined && ms === undefined)
            problems.push(zonedTimestampProblem(value, { pos: posOf([key]), field: key }));
    }
    if (start === undefined || end === undefined) {
        if (raw.start !== undefined && raw.end !== undefined)
            return undefined;
        problems.push((0,errors/* problem */.CC)('start-end-pair', { pos: posOf([raw.start !== undefined ? 'start' : 'end']), field: raw.start !== undefined ? 'end' : 'start' }));
        return undefined;
    }
    if (end <= start) {
        problems.push((0,errors/* problem */.CC)('end-before-start', { pos: posOf(['end']), field: 'end' }));
        return undefined;
    }
    const fromTimes = (end - start) / units/* HOUR_MS */.iQ;
    if (raw.duration !== undefined && Math.abs(raw.duration - fromTimes) > 1e-9 * fromTimes) {
        problems.push((0,errors/* problem */.CC)('duration-disagrees', { durationH: raw.duration, fromTimesH: fromTimes, pos: posOf(['duration']), field: 'duration' }));
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
        return fail((0,errors/* problem */.CC)('inference-requests', at('requests')));
    }
    if (inf['requests-per-day'] !== undefined && durationH === undefined)
        return fail((0,errors/* problem */.CC)('inference-per-day-duration', at('requests-per-day')));
    const requests = inf.requests ?? (inf['requests-per-day'] * durationH) / 24;
    const ways = ['energy-per-request', 'requests-per-second', 'tokens-per-second'].filter((k) => inf[k] !== undefined);
    if (ways.length > 1)
        return fail((0,errors/* problem */.CC)('inference-two-ways', { ways, ...at(ways[1]) }));
    const logged = (raw.logs ?? []).length > 0;
    if (ways.length === 0 && !logged) {
        return fail((0,errors/* problem */.CC)('inference-energy-unknown', at('requests')));
    }
    if (ways.length > 0 && logged)
        return fail((0,errors/* problem */.CC)('inference-logged', { way: ways[0], ...at(ways[0]) }));
    if (inf['tokens-per-second'] !== undefined && inf['tokens-per-request'] === undefined)
        return fail((0,errors/* problem */.CC)('inference-tokens-per-request', at('tokens-per-second')));
    const perSecond = inf['requests-per-second'] ?? (inf['tokens-per-second'] !== undefined ? inf['tokens-per-second'] / inf['tokens-per-request'] : undefined);
    if (perSecond !== undefined) {
        const accelerators = raw.hardware.filter((h) => findDevice(h.device)?.kind !== 'host');
        if (accelerators.length !== 1)
            return fail((0,errors/* problem */.CC)('inference-one-accelerator', { found: accelerators.length, ...at(ways[0]) }));
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
        problems.push((0,errors/* problem */.CC)('utilisation-both', { pos: posOf(['utilisation']), field: 'utilisation' }));
        return undefined;
    }
    if ((busy === undefined) !== (reserved === undefined)) {
        const missing = busy === undefined ? 'busy-hours' : 'reserved-hours';
        problems.push((0,errors/* problem */.CC)('busy-reserved-pair', { missing, pos: posOf([busy === undefined ? 'reserved-hours' : 'busy-hours']), field: missing }));
        return undefined;
    }
    if (busy !== undefined && reserved !== undefined && busy > reserved) {
        problems.push((0,errors/* problem */.CC)('busy-over-reserved', { busyH: busy, reservedH: reserved, pos: posOf(['busy-hours']), field: 'busy-hours' }));
        return undefined;
    }
    const share = raw.utilisation ?? (busy !== undefined && reserved !== undefined ? busy / reserved : undefined);
    if (share !== undefined && share < 1) {
        raw.hardware.forEach((h, i) => {
            if (h.device === 'custom' && h['idle-power'] === undefined) {
                problems.push((0,errors/* problem */.CC)('custom-device-idle', { pos: posOf(['hardware', i]), field: `hardware.${i}.idle-power` }));
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
        const found = findGrid(key);
        if (!found) {
            problems.push((0,errors/* problem */.CC)('unknown-zone', { kind: field, key, pos: posOf(['grid', field]), field: `grid.${field}`, suggestion: (0,units/* nearest */.pA)(key, gridKeys()) }));
            return { kind: 'intensity', kgPerKWh: 0 };
        }
        return field === 'zone' ? { kind: 'zone', zone: found.key } : { kind: 'country', country: found.key };
    }
    if (raw?.region !== undefined) {
        const found = findRegion(raw.region);
        if (!found) {
            problems.push((0,errors/* problem */.CC)('unknown-region', { region: raw.region, pos: posOf(['grid', 'region']), field: 'grid.region', suggestion: (0,units/* nearest */.pA)(raw.region, regionIds()) }));
            return { kind: 'intensity', kgPerKWh: 0 };
        }
        return { kind: 'region', region: found.id };
    }
    if (defaults.grid) {
        used.push(`grid ${describeGrid(defaults.grid)} from ${defaultsFile}`);
        return defaults.grid;
    }
    used.push(`grid: world average (${WORLD_GRID.averageKgPerKWh.source.title} ${WORLD_GRID.averageKgPerKWh.source.year}): no grid in the manifest or ${defaultsFile}`);
    return { kind: 'country', country: WORLD_GRID.key };
}
function describeGrid(g) {
    switch (g.kind) {
        case 'intensity': return (0,format/* formatIntensityGiven */.iI)(g.kgPerKWh);
        case 'zone': return g.zone;
        case 'country': return g.country;
        case 'region': return g.region;
    }
}
function catalogPue(grid) {
    const provider = grid.kind === 'region' ? grid.region.split('/')[0] : undefined;
    return (provider ? PUE_BY_PROVIDER[provider] : undefined) ?? DEFAULT_PUE;
}
function defaultCoefficientsOf(c) {
    const picked = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
    return Object.keys(picked).length ? { defaultCoefficients: picked } : {};
}
function pueOf(raw, grid, defaults, used, defaultsFile) {
    if (raw.pue !== undefined)
        return raw.pue;
    if (defaults.pue !== undefined) {
        used.push(`PUE ${(0,format/* formatPueGiven */.xc)(defaults.pue)} from ${defaultsFile}`);
        return defaults.pue;
    }
    const provider = grid.kind === 'region' ? grid.region.split('/')[0] : undefined;
    const byProvider = provider ? PUE_BY_PROVIDER[provider] : undefined;
    const c = byProvider ?? DEFAULT_PUE;
    used.push(`PUE ${(0,format/* formatPueGiven */.xc)(c.central)} (${c.source.title} ${c.source.year}${byProvider ? `, ${String(provider)}` : ', unknown datacenter'})`);
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
        problems.push((0,errors/* problem */.CC)('market-offsets', at('offsets')));
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
        problems.push((0,errors/* problem */.CC)('hourly-in-config', { ...at(raw.matching === 'hourly' ? 'matching' : 'supply'), suggestion: 'annual' }));
        return undefined;
    }
    if (raw.supply === undefined)
        problems.push((0,errors/* problem */.CC)('hourly-no-supply', at('matching')));
    else if (raw.matching !== 'hourly')
        problems.push((0,errors/* problem */.CC)('supply-without-hourly', { ...at('supply'), suggestion: 'hourly' }));
    for (const key of ['carbon-free-energy', 'intensity']) {
        if (raw[key] !== undefined)
            problems.push((0,errors/* problem */.CC)('hourly-annual-field', { key, ...at(key) }));
    }
    if (!manifest.timed)
        problems.push((0,errors/* problem */.CC)('hourly-untimed', at('matching')));
    if (problems.length > before || raw.supply === undefined)
        return undefined;
    const supplyPath = checkedPath(raw.supply, manifest.file, [...at('supply').field.split('.')], (p) => at(String(p[p.length - 1])).pos, problems);
    return { kind: 'hourly', supplyPath, ...(raw['residual-intensity'] !== undefined ? { residualKgPerKWh: raw['residual-intensity'] } : {}) };
}
function checkedPath(written, file, path, posOf, problems) {
    const resolved = resolveRepoPath(written, file);
    if ('error' in resolved) {
        problems.push((0,errors/* problem */.CC)('path-invalid', { written, reason: resolved.error, pos: posOf(path), field: path.map(String).join(".") }));
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
    const zone = (0,time/* parseZone */.Cd)(timezone);
    if ('error' in zone) {
        problems.push((0,errors/* problem */.CC)('timezone-invalid', { reason: zone.error, pos: posOf(['logs', i, 'timezone']), field: `logs.${i}.timezone`, suggestion: zone.suggestion }));
    }
    let startMs;
    if (l.start !== undefined) {
        startMs = (0,time/* parseZonedTimestamp */.oe)(l.start);
        if (startMs === undefined)
            problems.push(zonedTimestampProblem(l.start, { pos: posOf(['logs', i, 'start']), field: `logs.${i}.start` }));
    }
    return {
        path: checkedPath(l.path, file, ['logs', i, 'path'], posOf, problems),
        ...(l.format !== undefined && l.format !== 'auto' ? { format: l.format } : {}),
        timezone,
        replicas: l.replicas ?? 1,
        gapThresholdS: l['gap-threshold'] !== undefined ? l['gap-threshold'] * units/* HOUR_S */.nT : DEFAULT_GAP_THRESHOLD_S,
        gaps: l.gaps ?? 'bridge',
        ...(startMs !== undefined ? { startMs } : {}),
        ...(l.interval !== undefined ? { intervalS: l.interval * units/* HOUR_S */.nT } : {}),
        ...(l.columns !== undefined ? { columns: columnsOf(l.columns) } : {}),
        ...(l['power-unit'] !== undefined ? { powerUnit: l['power-unit'] } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/ingest/config.js











const CONFIG_FILE = 'carbon-budget.yml';
const mass = () => quantity('mass', { max: 1e12 });
// An increase budget is a share ("10 %") or an amount ("2 tCO2e").
const increase = () => schemas/* string */.YjP().transform((raw, ctx) => {
    const isShare = raw.trim().endsWith('%');
    const parsed = (isShare ? percent() : mass()).safeParse(raw);
    if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `${parsed.error.issues[0]?.message ?? 'invalid'}; an increase budget is a share ("10 %") or an amount ("2 tCO2e")` });
        return core/* NEVER */.tm;
    }
    return isShare ? { share: parsed.data } : { kgCO2e: parsed.data };
}).meta({ type: 'string', anyOf: [{ pattern: quantityJsonSchema('ratio').pattern }, { pattern: quantityJsonSchema('mass').pattern }], description: 'a share ("10 %") or an amount ("2 tCO2e")' });
const buildConfigSchema = () => schemas/* strictObject */.rej({
    manifests: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(256)).min(1).max(50).optional(),
    defaults: schemas/* strictObject */.rej({
        pue: schemas/* number */.aig().min(1).max(5).optional(),
        grid: gridSchema.optional(),
        market: marketSchema.optional(),
        embodied: embodiedSchema.optional(),
    })
        .optional(),
    basis: schemas/* enum */.k5n(['location', 'market']).optional(),
    intensity: schemas/* enum */.k5n(['average', 'marginal']).optional(),
    budgets: schemas/* strictObject */.rej({
        total: mass().optional(),
        increase: increase().optional(),
        phases: schemas/* strictObject */.rej({ experimentation: mass().optional(), training: mass().optional(), inference: mass().optional() }).optional(),
        experiments: schemas/* record */.g1P(schemas/* string */.YjP().min(1).max(200), mass()).optional(),
        sci: schemas/* record */.g1P(schemas/* string */.YjP().min(1).max(200), mass()).optional(),
    })
        .optional(),
    'fail-on': schemas/* enum */.k5n(config/* FAIL_ON */.d$).optional(),
    'budgets-from': schemas/* enum */.k5n(['head', 'base']).optional(),
    history: schemas/* number */.aig().int().min(0).max(config/* MAX_HISTORY */.oe).optional(),
    'min-change': percent().optional(),
    limits: schemas/* strictObject */.rej({
        'manifest-bytes': schemas/* number */.aig().int().min(1024).max(64 * 1024 ** 2).optional(),
        'log-bytes': schemas/* number */.aig().int().min(1024).max(1024 ** 4).optional(),
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
    'budgets.phases': [...model/* PHASES */.Z],
    limits: ['manifest-bytes', 'log-bytes'],
};
/** Reads `carbon-budget.yml`; every problem with its line. Absent file: the defaults. */
function readConfig(text, file = CONFIG_FILE) {
    if (text === undefined)
        return { config: config/* DEFAULT_CONFIG */.PV, problems: [] };
    const doc = parseYamlDoc(text, file);
    if (doc.problems.length)
        return { config: config/* DEFAULT_CONFIG */.PV, problems: [...doc.problems] };
    if (doc.value === null || doc.value === undefined)
        return { config: { ...config/* DEFAULT_CONFIG */.PV, file }, problems: [] };
    const parsed = configSchema().safeParse(doc.value);
    if (!parsed.success) {
        const keysAt = (path) => (path.length === 0 ? Object.keys(configSchema().shape) : CONFIG_KEYS[path.map(String).join('.')]);
        return { config: config/* DEFAULT_CONFIG */.PV, problems: zodProblems(parsed.error, doc.value, doc.posOf, keysAt, doc.keyPosOf) };
    }
    const raw = parsed.data;
    const problems = [];
    const pos = doc.posOf;
    const defaults = {
        ...(raw.defaults?.pue !== undefined ? { pue: raw.defaults.pue } : {}),
        ...(raw.defaults?.grid ? { grid: defaultGrid(raw.defaults.grid, pos, problems) } : {}),
        ...(raw.defaults?.grid?.['marginal-intensity'] !== undefined ? { marginalKgPerKWh: raw.defaults.grid['marginal-intensity'] } : {}),
        ...(raw.defaults?.market ? marketDefault(marketOf(raw.defaults.market, pos, problems, ['defaults', 'market'])) : {}),
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
            manifests: raw.manifests ?? config/* DEFAULT_CONFIG */.PV.manifests,
            defaults,
            basis: raw.basis ?? config/* DEFAULT_CONFIG */.PV.basis,
            intensity: raw.intensity ?? config/* DEFAULT_CONFIG */.PV.intensity,
            budgets,
            failOn: raw['fail-on'] ?? config/* DEFAULT_CONFIG */.PV.failOn,
            budgetsFrom: raw['budgets-from'] ?? config/* DEFAULT_CONFIG */.PV.budgetsFrom,
            history: raw.history ?? config/* DEFAULT_CONFIG */.PV.history,
            minChange: raw['min-change'] ?? config/* DEFAULT_CONFIG */.PV.minChange,
            maxManifestBytes: raw.limits?.['manifest-bytes'] ?? config/* DEFAULT_CONFIG */.PV.maxManifestBytes,
            maxLogBytes: raw.limits?.['log-bytes'] ?? config/* DEFAULT_CONFIG */.PV.maxLogBytes,
            positions,
        },
    };
}
function marketDefault(m) {
    return m ? { market: m } : {};
}
function defaultGrid(g, pos, problems) {
    if (g.series !== undefined)
        problems.push((0,errors/* problem */.CC)('config-series-in-defaults', { pos: pos(['defaults', 'grid', 'series']), field: 'defaults.grid.series' }));
    if (g.intensity !== undefined)
        return { kind: 'intensity', kgPerKWh: g.intensity };
    if (g.region !== undefined) {
        const r = findRegion(g.region);
        if (r)
            return { kind: 'region', region: r.id };
        problems.push((0,errors/* problem */.CC)('unknown-region', { region: g.region, pos: pos(['defaults', 'grid', 'region']), field: 'defaults.grid.region', suggestion: (0,units/* nearest */.pA)(g.region, regionIds()) }));
        return { kind: 'intensity', kgPerKWh: 0 };
    }
    const key = g.zone ?? g.country;
    const field = g.zone !== undefined ? 'zone' : 'country';
    const found = key !== undefined ? findGrid(key) : undefined;
    if (!found) {
        problems.push((0,errors/* problem */.CC)('unknown-zone', { kind: field, key: key ?? '', pos: pos(['defaults', 'grid', field]), field: `defaults.grid.${field}`, suggestion: (0,units/* nearest */.pA)(key ?? '', gridKeys()) }));
        return { kind: 'intensity', kgPerKWh: 0 };
    }
    return field === 'zone' ? { kind: 'zone', zone: found.key } : { kind: 'country', country: found.key };
}

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
        return assess_assessExperiment(exp, ctx);
    let byInputs = cache.assessments.get(exp);
    if (!byInputs)
        cache.assessments.set(exp, (byInputs = new Map()));
    const key = `${configKey}:${idOf(ctx.measured)}:${idOf(ctx.series)}:${idOf(ctx.supply)}`;
    let result = byInputs.get(key);
    if (!result)
        byInputs.set(key, (result = assess_assessExperiment(exp, ctx)));
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
    const configFile = opts.configPath ?? CONFIG_FILE;
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
            return text === undefined ? { problems: found } : readManifest(text, file, config.defaults, config.file ?? CONFIG_FILE);
        });
    };
    const notes = new Map();
    const readKept = opts.slim ? async (file) => {
        const read = await readOne(file);
        return read.experiment ? { ...read, experiment: slimmed(read.experiment, notes) } : read;
    } : readOne;
    // File system and git answers overlap when a few are in flight; results keep the listing's order.
    for (const read of await mapBounded(files, MANIFEST_READS_IN_FLIGHT, readKept)) {
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
            const m = await cached(cache?.measured ?? new Map(), key, async () => (await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.bind(__webpack_require__, 696))).measureEnergy(exp.logs, source, { maxLogBytes: config.maxLogBytes, manifestFile: exp.file, positions: exp.positions, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) }));
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
            const r = assessExperiment(a.exp, a.ctx);
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
        return readConfig(undefined);
    }
    const text = await readCapped(source, file, 1024 ** 2, problems);
    const read = readConfig(text, file);
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

;// CONCATENATED MODULE: ./lib/run/report.js


/**
 * `carbon-budget report`: the footprint of the folder on disk.
 * @returns the report (absent when any error was found), its config and every problem
 */
async function runReport(opts) {
    return loadReport(fs_source_fsSource(opts.dir), opts);
}
/**
 * `carbon-budget report --format json`: the same report, its experiments assessed one at a time as
 * they are written (a repository of 50,000 manifests is never held as 50,000 results).
 * @returns the stream (absent when any error was found), its config and every problem
 */
async function report_streamReport(opts) {
    return streamLoaded(fsSource(opts.dir), opts);
}

;// CONCATENATED MODULE: ./lib/run/check.js







// Problems of the base commit are about another commit: say which, so nobody edits the wrong file.
const aboutBase = (sha) => (p) => ({ ...p, message: `at base ${sha.slice(0, 7)}: ${p.message}` });
const toProblems = (error) => error instanceof errors/* CarbonError */.kk ? [...error.problems] : [(0,errors/* problem */.CC)('git-failed', { reason: error instanceof Error ? error.message : String(error) })];
function sideOf(loaded) {
    const series = loaded.series;
    return { config: loaded.config, ...(series ? { seriesOf: (path) => series.get(path) } : {}) };
}
/**
 * `carbon-budget check`: reads the head (a commit, or the working tree) and the base (the merge
 * base of the base ref and the head, as GitHub's pull-request diff uses) from git, compares them,
 * judges the budgets and draws the base branch's trend.
 * Budgets come from the head's config, or from the base's when the option or either config says
 * `budgets-from: base` (a pull request cannot switch back to its own budgets).
 * @returns the comparison, or no comparison and the problems that prevented it
 */
async function runCheck(opts) {
    if (opts.baseRef === undefined)
        return runAlone(opts);
    const baseRef = opts.baseRef;
    const problems = [];
    // One cache for head, base and trend: unchanged manifests, logs and series are read once.
    const loadOpts = { ...configOf(opts), cache: createLoadCache() };
    let root;
    let subdir;
    let headSha;
    let baseTip;
    let baseSha;
    try {
        root = await git_exec_gitText(opts.repoDir, ['rev-parse', '--show-toplevel']);
        subdir = (await git_exec_gitText(opts.repoDir, ['rev-parse', '--show-prefix'])).replace(/\/$/, '');
        headSha = opts.headRef !== undefined ? await ensureCommit(root, opts.headRef) : await resolveRef(root, 'HEAD');
    }
    catch (error) {
        return { problems: toProblems(error) };
    }
    const sourceAt = (sha) => gitSource(root, sha, subdir === '' ? {} : { subdir });
    try {
        baseTip = await ensureCommit(root, baseRef);
        baseSha = await mergeBase(root, baseTip, headSha);
    }
    catch (error) {
        if (opts.missingBase !== 'report')
            return { problems: toProblems(error) };
        // The base came from the event (a shallow checkout that cannot fetch it, a first commit): the
        // head's report is still worth having. Say so, naming git, in the log and in the comment.
        const said = toProblems(error).map((p) => (0,errors/* problem */.CC)('base-unreachable', { reason: p.message, severity: 'warning' }));
        const head = await loadReport(opts.headRef !== undefined ? sourceAt(headSha) : await worktreeSource(opts.repoDir), loadOpts);
        if (!head.report)
            return { problems: [...head.problems, ...said] };
        const report = { ...head.report, warnings: [...head.report.warnings, ...said] };
        const comparison = compare(undefined, report, head.config.budgets, {
            failOn: opts.failOn ?? head.config.failOn,
            minChange: opts.minChange ?? head.config.minChange,
            headRef: { ref: opts.headRef ?? 'working tree', sha: headSha },
        });
        return { comparison, problems: [...head.problems, ...said] };
    }
    const head = await loadReport(opts.headRef !== undefined ? sourceAt(headSha) : await worktreeSource(opts.repoDir), loadOpts);
    problems.push(...head.problems);
    if (!head.report)
        return { problems };
    const base = await loadReport(sourceAt(baseSha), loadOpts);
    const baseReport = base.report;
    if (!baseReport) {
        // A broken base must not block the fix: compare against nothing, and say why.
        problems.push(...base.problems.map(aboutBase(baseSha)).map((p) => ({ ...p, severity: 'warning' })));
        problems.push((0,errors/* problem */.CC)('base-broken', { sha: baseSha, severity: 'warning' }));
    }
    else {
        problems.push(...base.problems.map(aboutBase(baseSha)));
    }
    const fromBase = opts.budgetsFrom === 'base' || head.config.budgetsFrom === 'base' || base.config.budgetsFrom === 'base';
    const judge = fromBase ? base.config : head.config;
    const budgetsFrom = judge === base.config
        ? { side: 'base', sha: baseSha, ...(base.config.file ? { file: base.config.file } : {}) }
        : { side: 'head', ...(opts.headRef !== undefined ? { sha: headSha } : {}), ...(head.config.file ? { file: head.config.file } : {}) };
    const prefixed = (p) => (subdir === '' ? p : `${subdir}/${p}`);
    const trendConfig = baseReport ? base.config : head.config;
    const history = await baseHistory({
        repoDir: root,
        ref: baseTip,
        count: opts.history ?? judge.history,
        files: {
            globs: trendConfig.manifests.map(prefixed),
            paths: [opts.configPath ?? trendConfig.file ?? 'carbon-budget.yml', ...(base.inputs ?? [])].map(prefixed),
        },
        // The merge base is often on the trend: its report is already loaded.
        reportAt: async (sha) => (sha === baseSha ? baseReport : (await loadReport(sourceAt(sha), loadOpts)).report),
    });
    problems.push(...history.problems);
    // A trend cut short is said in the comment too, not only in the log.
    const headReport = history.cut ? { ...head.report, warnings: [...head.report.warnings, history.cut] } : head.report;
    const comparison = compare(baseReport, headReport, judge.budgets, {
        failOn: opts.failOn ?? judge.failOn,
        budgetsFrom,
        baseRef: { ref: opts.baseName ?? baseRef, sha: baseSha },
        headRef: { ref: opts.headRef ?? 'working tree', sha: headSha },
        history: history.points,
        attribution: { base: sideOf(base), head: sideOf(head) },
        minChange: opts.minChange ?? judge.minChange,
    });
    return { comparison, problems };
}
const configOf = (opts) => ({ configPath: opts.configPath, onProgress: opts.onProgress });
/** Nothing to compare with (a manual run without a base): the folder on disk, judged on its own. */
async function runAlone(opts) {
    const loaded = await runReport({ dir: opts.repoDir, ...configOf(opts) });
    if (!loaded.report)
        return { problems: [...loaded.problems] };
    const comparison = compare(undefined, loaded.report, loaded.config.budgets, { failOn: opts.failOn ?? loaded.config.failOn, minChange: opts.minChange ?? loaded.config.minChange });
    return { comparison, problems: [...loaded.problems] };
}


/***/ })

};
