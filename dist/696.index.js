export const id = 696;
export const ids = [696];
export const modules = {

/***/ 8083:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _f: () => (/* binding */ parseTimestampCached),
/* harmony export */   e1: () => (/* binding */ createLocalClock),
/* harmony export */   jf: () => (/* binding */ newMinuteCache)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8782);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2075);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9381);
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7564);




const SLOT_MS = 15 * 60_000;
/** A clock for a zone of the shared grammar (`UTC`, `+02:00`, `UTC-5`, `Europe/Berlin`; see ingest/time.ts). */
function createLocalClock(timezone) {
    const zone = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseZone */ .Cd)(timezone);
    if ('error' in zone)
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('timezone-invalid', { reason: zone.error, field: 'timezone', suggestion: zone.suggestion });
    if (zone.kind === 'offset') {
        const offsetMs = zone.offsetMs;
        return { toUtcMs: (ms) => ms - offsetMs };
    }
    const format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone.name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    return new ZoneClock(format);
}
class ZoneClock {
    format;
    slot = NaN;
    early = 0;
    late = 0;
    lastUtc = -Infinity;
    offsets = new Map();
    constructor(format) {
        this.format = format;
    }
    toUtcMs(localMs) {
        const slot = Math.floor(localMs / SLOT_MS);
        if (slot !== this.slot)
            this.resolve(slot);
        let utc = localMs - this.early;
        // Ambiguous (clocks went back): step to the second occurrence once the log would go backwards.
        if (this.early !== this.late && utc < this.lastUtc - 30 * 60_000)
            utc = localMs - this.late;
        if (utc > this.lastUtc)
            this.lastUtc = utc;
        return utc;
    }
    resolve(slot) {
        const local = slot * SLOT_MS;
        const before = this.offsetAt(local - _core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO);
        const after = this.offsetAt(local + _core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .DAY_MS */ .sO);
        const candidates = [before, after].filter((o) => this.offsetAt(local - o) === o);
        this.slot = slot;
        if (candidates.length === 0) {
            // Skipped (clocks went forward): read it with the offset before the change, as Temporal does.
            this.early = this.late = before;
        }
        else {
            this.early = Math.max(...candidates);
            this.late = Math.min(...candidates);
        }
    }
    offsetAt(utcMs) {
        const key = Math.floor(utcMs / SLOT_MS);
        const cached = this.offsets.get(key);
        if (cached !== undefined)
            return cached;
        const parts = {};
        for (const p of this.format.formatToParts(new Date(key * SLOT_MS)))
            if (p.type !== 'literal')
                parts[p.type] = Number(p.value);
        const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
        const offset = asUtc - key * SLOT_MS;
        if (this.offsets.size > 4096)
            this.offsets.clear();
        this.offsets.set(key, offset);
        return offset;
    }
}
const newMinuteCache = () => ({ prefix: '\0', baseMs: 0, fractionMs: 0 });
/**
 * Whole-second ms of a `:SS` or `:SS.fff…` tail followed by `Z` at `from` (its fraction goes to
 * `cache.fractionMs`), or NaN when the tail is anything else.
 */
function utcTail(text, from, cache) {
    const end = text.length - 1;
    if (text.charCodeAt(end) !== _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .UPPER_Z */ .wk || text.charCodeAt(from) !== _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .COLON */ .oH || end < from + 3)
        return NaN;
    const s1 = text.charCodeAt(from + 1) - _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGIT_0 */ .l0;
    const s2 = text.charCodeAt(from + 2) - _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGIT_0 */ .l0;
    if (s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9)
        return NaN;
    cache.fractionMs = 0;
    if (end === from + 3)
        return (s1 * 10 + s2) * 1000;
    if (text.charCodeAt(from + 3) !== _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .DOT */ .y0 || end === from + 4 || end > from + 13)
        return NaN;
    for (let i = from + 4; i < end; i++) {
        const d = text.charCodeAt(i) - _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGIT_0 */ .l0;
        if (d < 0 || d > 9)
            return NaN;
    }
    cache.fractionMs = Number(`0.${text.slice(from + 4, end)}`) * 1000;
    return (s1 * 10 + s2) * 1000;
}
/**
 * `parseTimestamp` for logs of UTC ISO times (`2025-03-14T09:26:53.107Z`): a line in the same
 * minute as the last one costs a prefix compare and a few digits, not a regex and a date
 * computation. Anything else (naive local times, offsets, Unix seconds) takes the full parse. The
 * sum is done in parseTimestamp's order (whole ms first, then the fraction), so both give the same double.
 */
function parseTimestampCached(text, clock, cache, seen) {
    if (text.startsWith(cache.prefix)) {
        const secondsMs = utcTail(text, cache.prefix.length, cache);
        if (!Number.isNaN(secondsMs))
            return cache.baseMs + secondsMs + cache.fractionMs;
    }
    const ms = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(text, clock, seen);
    // Cache only UTC times in the plain form: naive times depend on the order-aware local clock.
    if (!Number.isNaN(ms) && text.length >= 20 && (text.charCodeAt(10) === _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .UPPER_T */ .wb || text.charCodeAt(10) === _scan_js__WEBPACK_IMPORTED_MODULE_2__/* .SPACE */ .t6)) {
        const secondsMs = utcTail(text, 16, cache);
        if (!Number.isNaN(secondsMs)) {
            cache.prefix = text.slice(0, 16);
            cache.baseMs = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(`${cache.prefix}:00Z`, clock);
        }
    }
    return ms;
}


/***/ }),

/***/ 6195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ MAX_LINE_PROBLEMS),
/* harmony export */   F8: () => (/* binding */ splitCsv),
/* harmony export */   Fo: () => (/* binding */ badTime),
/* harmony export */   Sv: () => (/* binding */ headerUnit),
/* harmony export */   Xs: () => (/* binding */ headerKey),
/* harmony export */   ZL: () => (/* binding */ ColumnsBuilder),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   cr: () => (/* binding */ newReadContext),
/* harmony export */   mV: () => (/* binding */ badLine)
/* harmony export */ });
/* unused harmony exports numbered, batchSamples */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8782);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2075);


/** A fresh context for reading `file`. */
function newReadContext(file, spec, clock) {
    return { file, spec, clock, problems: [], missing: 0, badLines: 0, facilityIncluded: false, notes: [], warnings: [], timeSeen: { unixUnits: 0 } };
}
/** Bad lines reported in full per file; more are counted in one closing problem. */
const MAX_LINE_PROBLEMS = 10;
/** Records a time cell that is not of the timestamp grammar, with the user's value converted where it can be. */
function badTime(ctx, line, cell, column, col) {
    const why = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .explainTimestamp */ .O6)(cell);
    badLine(ctx, line, `${column}: ${why.message}`, { ...(col !== undefined ? { col } : {}), ...(why.suggestion !== undefined ? { suggestion: why.suggestion } : {}) });
}
/** Records a bad line as an error at its position. */
function badLine(ctx, line, message, extra = {}) {
    ctx.badLines++;
    if (ctx.badLines > MAX_LINE_PROBLEMS)
        return;
    ctx.problems.push((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .problem */ .CC)('log-line', { reason: message, file: ctx.file, line, col: extra.col, suggestion: extra.suggestion }));
}
/** A cell that means "no reading" rather than a bad value. */
function isMissing(cell) {
    const t = cell.trim();
    return t === '' || t === '-' || t === 'NaN' || t === 'nan' || (t.startsWith('[') && t.endsWith(']'));
}
/** Splits one CSV line, honouring double quotes (pandas quotes cells with commas). */
function splitCsv(line) {
    if (!line.includes('"'))
        return line.split(',');
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                cell += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',') {
            cells.push(cell);
            cell = '';
        }
        else
            cell += c;
    }
    cells.push(cell);
    return cells;
}
/** Normalizes a header cell for matching: lower case, no unit in brackets, no surrounding space. */
function headerKey(cell) {
    return cell.trim().replace(/^\uFEFF/, '').replace(/\s*\[[^\]]*\]\s*$/, '').toLowerCase();
}
/** The unit in brackets of a header cell (`power.draw [W]` → `W`). */
function headerUnit(cell) {
    return /\[([^\]]+)\]\s*$/.exec(cell)?.[1]?.trim();
}
/** Iterates the lines of batches with their numbers; for readers of small files. */
function* numbered(batch) {
    for (let i = 0; i < batch.lines.length; i++)
        yield [batch.lines[i], batch.firstLine + i];
}
/** Collects samples as columns in reused memory, growing as needed; `take` hands them out. */
class ColumnsBuilder {
    atMs;
    watts;
    device;
    count = 0;
    constructor(capacity = 1024) {
        this.atMs = new Float64Array(capacity);
        this.watts = new Float64Array(capacity);
        this.device = new Uint32Array(capacity);
    }
    push(atMs, watts, device) {
        if (this.count === this.atMs.length)
            this.grow(this.count * 2);
        this.atMs[this.count] = atMs;
        this.watts[this.count] = watts;
        this.device[this.count] = device;
        this.count++;
    }
    /**
     * The columns so far, naming devices by `devices`; the builder starts afresh and reuses their
     * memory, so they are valid until the next `push` (a reader yields them and the consumer folds
     * them before asking for more). Reuse keeps a long read from churning through buffers.
     */
    take(devices) {
        const columns = { count: this.count, atMs: this.atMs, watts: this.watts, device: this.device, devices };
        this.count = 0;
        return columns;
    }
    grow(capacity) {
        const atMs = new Float64Array(capacity);
        const watts = new Float64Array(capacity);
        const device = new Uint32Array(capacity);
        atMs.set(this.atMs);
        watts.set(this.watts);
        device.set(this.device);
        this.atMs = atMs;
        this.watts = watts;
        this.device = device;
    }
}
/** The samples of a batch as objects (`samples`, then the rows of `columns`); for tests and small logs. */
function batchSamples(batch) {
    const out = [...(batch.samples ?? [])];
    const c = batch.columns;
    if (c)
        for (let i = 0; i < c.count; i++)
            out.push({ atMs: c.atMs[i], watts: c.watts[i], device: c.devices[c.device[i]] });
    return out;
}


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ LOWER_F),
/* harmony export */   Bj: () => (/* binding */ twoDigits),
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   D4: () => (/* binding */ decode),
/* harmony export */   DS: () => (/* binding */ UPPER_E),
/* harmony export */   Hp: () => (/* binding */ EXACT_MANTISSA),
/* harmony export */   Hv: () => (/* binding */ OPEN_BRACE),
/* harmony export */   Jp: () => (/* binding */ scanDecimal),
/* harmony export */   KE: () => (/* binding */ COMMA),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   Lc: () => (/* binding */ fractionMs),
/* harmony export */   Us: () => (/* binding */ LOWER_E),
/* harmony export */   WL: () => (/* binding */ OPEN_BRACKET),
/* harmony export */   Y3: () => (/* binding */ POW10),
/* harmony export */   Z5: () => (/* binding */ exactDecimal),
/* harmony export */   _: () => (/* binding */ decimal),
/* harmony export */   a2: () => (/* binding */ NON_ASCII),
/* harmony export */   b9: () => (/* binding */ PLUS),
/* harmony export */   ev: () => (/* binding */ DIGIT_9),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   jr: () => (/* binding */ DASH),
/* harmony export */   l0: () => (/* binding */ DIGIT_0),
/* harmony export */   nA: () => (/* binding */ LOWER_N),
/* harmony export */   nP: () => (/* binding */ LOWER_T),
/* harmony export */   o: () => (/* binding */ SLASH),
/* harmony export */   oH: () => (/* binding */ COLON),
/* harmony export */   pe: () => (/* binding */ UPPER_W),
/* harmony export */   r_: () => (/* binding */ BACKSLASH),
/* harmony export */   rc: () => (/* binding */ CLOSE_BRACE),
/* harmony export */   t0: () => (/* binding */ newDecimalScan),
/* harmony export */   t6: () => (/* binding */ SPACE),
/* harmony export */   v9: () => (/* binding */ HASH),
/* harmony export */   wb: () => (/* binding */ UPPER_T),
/* harmony export */   wk: () => (/* binding */ UPPER_Z),
/* harmony export */   wn: () => (/* binding */ TAB),
/* harmony export */   y0: () => (/* binding */ DOT),
/* harmony export */   yp: () => (/* binding */ isDigit)
/* harmony export */ });
// The byte-level scanning the fast readers share: named bytes, one decimal scanner, one
// fraction-of-a-second rule, text of a byte range. Lines arrive as UTF-8 bytes (ingest/lines.ts);
// every byte named here is ASCII, so it never occurs inside a multi-byte character.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const HASH = 0x23;
const PLUS = 0x2b;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const UPPER_T = 0x54;
const UPPER_W = 0x57;
const UPPER_Z = 0x5a;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const LOWER_E = 0x65;
const LOWER_F = 0x66;
const LOWER_N = 0x6e;
const LOWER_T = 0x74;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** Bytes from here up start or continue a multi-byte UTF-8 character. */
const NON_ASCII = 0x80;
/** Exact powers of ten (up to 1e22 a double holds them exactly, so `m / 10^k` is correctly rounded). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/**
 * Doubles hold every integer below this: a mantissa under it, divided by an exact power of ten, is
 * the correctly rounded value Number() gives the same digits (a larger true value cannot round under it).
 */
const EXACT_MANTISSA = 2 ** 53;
/** The number whose decimal digits are those of `mantissa`, the last `fraction` of them after the point. */
function decimal(mantissa, fraction) {
    return fraction === 0 ? mantissa : fraction < POW10.length ? mantissa / POW10[fraction] : mantissa / 10 ** fraction;
}
/** A fresh scratch for `scanDecimal` (one per module: the scans never nest). */
const newDecimalScan = () => ({ mantissa: 0, fraction: 0, digits: 0 });
/**
 * Reads a plain decimal (`350`, `350.12`, `.5`, `12.`) at b[k] into `out` without allocating: the
 * one digit loop of every fast path (a time's fraction `.107` is read with it too, from the dot).
 * `decimal(out.mantissa, out.fraction)` is its value.
 * @returns the end of the digits.
 */
function scanDecimal(b, k, length, out) {
    const start = k;
    let mantissa = 0;
    let dot = -1;
    for (; k < length; k++) {
        const c = b[k];
        if (c === DOT && dot < 0) {
            dot = k;
            continue;
        }
        const d = c - DIGIT_0;
        if (d < 0 || d > 9)
            break;
        mantissa = mantissa * 10 + d;
    }
    out.mantissa = mantissa;
    out.fraction = dot < 0 ? 0 : k - dot - 1;
    out.digits = k - start - (dot < 0 ? 0 : 1);
    return k;
}
/**
 * The value of the last `scanDecimal` as Number() reads the same text, or NaN when it has no digit
 * before the point (`.5`, `.`) or too many digits to be read exactly (Number() would round them).
 */
function exactDecimal(out) {
    return out.digits === out.fraction || out.mantissa >= EXACT_MANTISSA ? NaN : decimal(out.mantissa, out.fraction);
}
/** Milliseconds of the `digits` fraction digits `value` after the seconds (`107` → 107, `1` → 100). */
function fractionMs(value, digits) {
    return digits <= 3 ? value * POW10[3 - digits] : decimal(value, digits - 3);
}
/** Two ASCII digits at b[k] as a number (garbage in, garbage out: callers check the bytes first). */
const twoDigits = (b, k) => (b[k] - DIGIT_0) * 10 + (b[k + 1] - DIGIT_0);
/** Whether b[k] is an ASCII digit. */
const isDigit = (c) => c !== undefined && c >= DIGIT_0 && c <= DIGIT_9;
/** Text of b[start, end) (UTF-8). */
const decode = (b, start, end) => Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, end - start)).toString('utf8');


/***/ }),

/***/ 696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureEnergy: () => (/* binding */ measureEnergy)
});

// EXTERNAL MODULE: ./lib/core/errors.js + 1 modules
var core_errors = __webpack_require__(8782);
// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
;// CONCATENATED MODULE: ./lib/core/integrate.js

// Energy between readings, binned by UTC hour: the trapezoid between two samples of a device (with
// the gap policy), and energy known over an interval (a counter, a CodeCarbon run) spread evenly.
/** Gap spans kept in full; beyond this only their number grows. */
const MAX_GAPS_KEPT = 100;
/**
 * Adds the trapezoid between two samples of a device, applying the gap policy; split across UTC
 * hours (and clipped) by integrating the straight line between them exactly.
 * @returns the energy added, J.
 */
function integrateSegment(acc, t0, w0, t1, w1, device) {
    const dt = t1 - t0;
    if (dt > acc.options.gapThresholdMs) {
        acc.gapCount++;
        if (acc.gaps.length < MAX_GAPS_KEPT)
            acc.gaps.push({ device, startMs: t0, endMs: t1 });
        if (acc.options.gaps !== 'bridge')
            return 0;
    }
    return integrateLine(acc, t0, w0, t1, w1);
}
function integrateLine(acc, t0, w0, t1, w1) {
    const dt = t1 - t0;
    let a = t0;
    let b = t1;
    const clip = acc.options.clip;
    if (clip) {
        if (a < clip.startMs)
            a = clip.startMs;
        if (b > clip.endMs)
            b = clip.endMs;
        if (b <= a)
            return 0;
    }
    const slope = (w1 - w0) / dt;
    let total = 0;
    while (a < b) {
        // Most segments fall in the hour being filled: skip the (slow) floating-point remainder then.
        const open = acc.hourKey;
        const hour = a >= 0 && a >= open && a < open + units/* HOUR_MS */.iQ ? open : a - (a % units/* HOUR_MS */.iQ);
        const end = Math.min(b, hour + units/* HOUR_MS */.iQ);
        const energyJ = ((end - a) * (w0 + slope * (a - t0) + w0 + slope * (end - t0))) / 2000;
        addToHour(acc, hour, energyJ);
        total += energyJ;
        a = end;
    }
    return total;
}
function addToHour(acc, hour, energyJ) {
    acc.energyJ += energyJ;
    if (hour === acc.hourKey) {
        acc.hourJ += energyJ;
        return;
    }
    flushHour(acc);
    acc.hourKey = hour;
    acc.hourJ = acc.hourJ + energyJ;
}
function flushHour(acc) {
    if (!Number.isNaN(acc.hourKey))
        acc.hourlyJ.set(acc.hourKey, (acc.hourlyJ.get(acc.hourKey) ?? 0) + acc.hourJ);
    acc.hourKey = NaN;
    acc.hourJ = 0;
}
/** Adds energy known over an interval, spread over its hours in proportion to time (clip applies). */
function addSegment(acc, seg) {
    acc.segmentDevices.add(seg.device);
    const span = seg.endMs - seg.startMs;
    if (!(span > 0)) {
        addToHour(acc, seg.startMs - (seg.startMs % units/* HOUR_MS */.iQ), seg.energyJ);
        acc.samples++;
        return;
    }
    const watts = (seg.energyJ * units/* SECOND_MS */._L) / span;
    // Known energy is never a gap: it was measured across the whole interval.
    integrateLine(acc, seg.startMs, watts, seg.endMs, watts);
    if (seg.startMs < acc.minMs)
        acc.minMs = seg.startMs;
    if (seg.endMs > acc.maxMs)
        acc.maxMs = seg.endMs;
    acc.samples++;
}

;// CONCATENATED MODULE: ./lib/core/samples.js

/** A fresh accumulator. */
function createAccumulator(options) {
    return {
        options: { reorderWindow: 64, ...options },
        devices: new Map(),
        hourlyJ: new Map(),
        energyJ: 0,
        samples: 0,
        duplicates: 0,
        outOfOrder: 0,
        dropped: 0,
        gapCount: 0,
        gaps: [],
        segmentDevices: new Set(),
        minMs: Infinity,
        maxMs: -Infinity,
        hourKey: NaN,
        hourJ: 0,
    };
}
function newTrack(window) {
    // A power-of-two ring, so an index wraps with a mask rather than a (slow) integer division.
    const ring = 2 ** Math.ceil(Math.log2(Math.max(1, window)));
    return {
        mask: ring - 1,
        times: new Float64Array(ring),
        watts: new Float64Array(ring),
        head: 0,
        size: 0,
        lastMs: NaN,
        lastW: NaN,
        firstMs: NaN,
        firstW: NaN,
        samples: 0,
    };
}
/**
 * Folds one power sample in: samples wait in a small per-device window so a late one can be put
 * back in order; the oldest leaves the window and is integrated against its predecessor.
 */
function addSample(acc, s) {
    addReading(acc, trackOf(acc, s.device), s.device, s.atMs, s.watts);
}
/** Folds rows [0, count) of `columns` in, exactly as `addSample` would one by one. */
function addSampleColumns(acc, columns) {
    const { atMs, watts, device, devices } = columns;
    // Map lookups once per device and call, not once per sample.
    const tracks = [];
    for (let i = 0; i < columns.count; i++) {
        const slot = device[i];
        const name = devices[slot];
        const track = (tracks[slot] ??= trackOf(acc, name));
        addReading(acc, track, name, atMs[i], watts[i]);
    }
}
function trackOf(acc, device) {
    let track = acc.devices.get(device);
    if (track === undefined) {
        track = newTrack(acc.options.reorderWindow);
        acc.devices.set(device, track);
    }
    return track;
}
function addReading(acc, track, device, t, w) {
    const capacity = acc.options.reorderWindow;
    const { times, watts, mask } = track;
    if (track.size > 0) {
        const newest = times[(track.head + track.size - 1) & mask];
        if (t <= newest) {
            if (!insertLate(acc, track, t, w, device))
                return;
            acc.samples++;
            return;
        }
    }
    else if (t <= track.lastMs) {
        if (t === track.lastMs)
            acc.duplicates++;
        else
            acc.dropped++;
        return;
    }
    if (track.size === capacity)
        integrateOldest(acc, track, device);
    const slot = (track.head + track.size) & mask;
    times[slot] = t;
    watts[slot] = w;
    track.size++;
    acc.samples++;
}
// Returns false when the sample was a duplicate or too late to place.
function insertLate(acc, track, t, w, device) {
    const capacity = acc.options.reorderWindow;
    const { times, watts, mask } = track;
    let i = track.size - 1;
    while (i >= 0 && times[(track.head + i) & mask] > t)
        i--;
    if (i >= 0 ? times[(track.head + i) & mask] === t : t === track.lastMs) {
        acc.duplicates++;
        return false;
    }
    if (i < 0 && t < track.lastMs) {
        acc.dropped++;
        return false;
    }
    acc.outOfOrder++;
    if (track.size === capacity) {
        if (i < 0) {
            // It belongs before everything held, right after the last integrated sample.
            integrateSegment(acc, track.lastMs, track.lastW, t, w, device);
            track.lastMs = t;
            track.lastW = w;
            return true;
        }
        integrateOldest(acc, track, device);
        i--;
    }
    // Shift the tail one slot right to open position i + 1.
    for (let j = track.size - 1; j > i; j--) {
        const from = (track.head + j) & mask;
        const to = (track.head + j + 1) & mask;
        times[to] = times[from];
        watts[to] = watts[from];
    }
    const slot = (track.head + i + 1) & mask;
    times[slot] = t;
    watts[slot] = w;
    track.size++;
    return true;
}
function integrateOldest(acc, track, device) {
    const t = track.times[track.head];
    const w = track.watts[track.head];
    track.head = (track.head + 1) & track.mask;
    track.size--;
    track.samples++;
    if (t < acc.minMs)
        acc.minMs = t;
    if (t > acc.maxMs)
        acc.maxMs = t;
    if (Number.isNaN(track.lastMs)) {
        track.firstMs = t;
        track.firstW = w;
    }
    else {
        integrateSegment(acc, track.lastMs, track.lastW, t, w, device);
    }
    track.lastMs = t;
    track.lastW = w;
}
/** Integrates what is still in the reorder windows and returns the totals. */
function finishAccumulator(acc) {
    const devices = [];
    for (const [device, track] of acc.devices) {
        while (track.size > 0)
            integrateOldest(acc, track, device);
        if (track.samples > 0) {
            devices.push({ device, firstMs: track.firstMs, firstW: track.firstW, lastMs: track.lastMs, lastW: track.lastW, samples: track.samples });
        }
    }
    flushHour(acc);
    return {
        energyJ: acc.energyJ,
        hourlyJ: acc.hourlyJ,
        devices,
        segmentDevices: [...acc.segmentDevices],
        startMs: acc.minMs,
        endMs: acc.maxMs,
        samples: acc.samples,
        duplicates: acc.duplicates,
        outOfOrder: acc.outOfOrder,
        dropped: acc.dropped,
        gapCount: acc.gapCount,
        gaps: acc.gaps,
    };
}

;// CONCATENATED MODULE: ./lib/core/merge-logs.js


/**
 * Combines logs: different devices add; the logs of one device (a log split across files) are
 * joined by the trapezoid between the last sample of one and the first of the next, so two files
 * of one run give the energy of one file. Replicas scale each log and its join.
 */
function mergeResults(parts) {
    const hourlyJ = new Map();
    let energyJ = 0;
    for (const part of parts) {
        energyJ += part.result.energyJ * part.replicas;
        for (const [hour, j] of part.result.hourlyJ)
            hourlyJ.set(hour, (hourlyJ.get(hour) ?? 0) + j * part.replicas);
    }
    const byDevice = new Map();
    for (const part of parts) {
        for (const span of part.result.devices) {
            const list = byDevice.get(span.device) ?? [];
            list.push({ span, part });
            byDevice.set(span.device, list);
        }
    }
    const joinGaps = [];
    const overlaps = [];
    for (const [device, list] of byDevice) {
        list.sort((x, y) => x.span.firstMs - y.span.firstMs);
        for (let i = 1; i < list.length; i++) {
            const before = list[i - 1];
            const after = list[i];
            if (after.span.firstMs < before.span.lastMs) {
                overlaps.push({ device, files: [before.part.file, after.part.file] });
                continue;
            }
            const acc = createAccumulator(after.part.options);
            integrateSegment(acc, before.span.lastMs, before.span.lastW, after.span.firstMs, after.span.firstW, device);
            const bridge = finishAccumulator(acc);
            energyJ += bridge.energyJ * after.part.replicas;
            for (const [hour, j] of bridge.hourlyJ)
                hourlyJ.set(hour, (hourlyJ.get(hour) ?? 0) + j * after.part.replicas);
            for (const gap of bridge.gaps)
                joinGaps.push({ ...gap, file: after.part.file });
        }
    }
    const all = new Set(byDevice.keys());
    for (const part of parts)
        for (const d of part.result.segmentDevices)
            all.add(d);
    return { energyJ, hourlyJ, joinGaps, overlaps, devices: all.size };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/ingest/logs/scan.js
var scan = __webpack_require__(9381);
;// CONCATENATED MODULE: ./lib/ingest/lines.js




const utf8 = new external_node_util_.TextDecoder('utf-8');
/**
 * Lines of a text stream, handed out in batches of whole lines: one async step per chunk rather
 * than per line. Fast readers scan `bytes` (validated UTF-8) in place; others use `text` or `lines`.
 */
class LineBatch {
    bytes;
    firstLine;
    bytesRead;
    continues;
    decoded;
    split;
    count;
    constructor(
    /** Whole lines of UTF-8, each ended by `\n` (a `\r` may precede it) except the stream's last; no BOM. */
    bytes, 
    /** The 1-based number of the first line. */
    firstLine, 
    /** Bytes of the stream consumed so far (for progress). */
    bytesRead, 
    /**
     * The last line goes on in the next batch: it is longer than LONG_LINE_BYTES (a JSON document
     * on one line), so it is handed out in pieces, cut between characters. Only readers that say
     * they read such lines (`LogReader.longLines`) are given them.
     */
    continues = false) {
        this.bytes = bytes;
        this.firstLine = firstLine;
        this.bytesRead = bytesRead;
        this.continues = continues;
    }
    /** Lines in this batch (counted on first use, unless a reader reported the count). */
    get lineCount() {
        if (this.count === undefined) {
            let n = 0;
            const b = this.bytes;
            for (let i = b.indexOf(scan.LF); i >= 0; i = b.indexOf(scan.LF, i + 1))
                n++;
            this.count = n + (b.length > 0 && b[b.length - 1] !== scan.LF ? 1 : 0);
        }
        return this.count;
    }
    /** A reader that scanned every line says how many there were, so nobody counts them again. */
    reportLineCount(count) {
        this.count = count;
    }
    get text() {
        this.decoded ??= utf8.decode(this.bytes);
        return this.decoded;
    }
    /** The first `n` lines, decoding only the bytes they span: sniffing a format must not decode a whole batch. */
    headLines(n) {
        if (this.split !== undefined)
            return this.split.slice(0, n);
        const b = this.bytes;
        let end = 0;
        for (let i = 0; i < n && end < b.length; i++) {
            const k = b.indexOf(scan.LF, end);
            end = k < 0 ? b.length : k + 1;
        }
        // A cut just after a newline never splits a UTF-8 character.
        const parts = utf8.decode(b.subarray(0, end)).split('\n');
        if (parts[parts.length - 1] === '')
            parts.pop();
        return parts.map((l) => (l.charCodeAt(l.length - 1) === scan.CR ? l.slice(0, -1) : l));
    }
    /** The lines without `\n` or `\r\n` (split on first use). */
    get lines() {
        if (this.split === undefined) {
            const parts = this.text.split('\n');
            if (parts[parts.length - 1] === '')
                parts.pop();
            for (let i = 0; i < parts.length; i++) {
                const line = parts[i];
                if (line.charCodeAt(line.length - 1) === scan.CR)
                    parts[i] = line.slice(0, -1);
            }
            this.split = parts;
        }
        return this.split;
    }
}
/** Thrown (and only here) when the stream is not text; carries the Problem to report. */
class NotTextError extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
// Chunks smaller than this are joined first, so a stream with tiny chunks still splits in bulk;
// larger ones are handed out in place (zero copy) but for the line that straddles two chunks.
const MIN_BATCH_BYTES = 256 * 1024;
/** A line longer than this is handed out in pieces (`LineBatch.continues`) rather than held whole. */
const LONG_LINE_BYTES = 1 << 20;
/** The refusal of a batch whose last line goes on (`continues`) by a reader of lines, not of one-line documents. */
function longLineError(batch, file, format) {
    const line = batch.firstLine + batch.lineCount - 1;
    return new NotTextError((0,core_errors/* problem */.CC)('log-line-too-long', { line, maxMiB: LONG_LINE_BYTES >> 20, format, file }));
}
/** Where to cut b so that no UTF-8 character is split: before the lead byte of its last character unless that one is ASCII. */
function characterCut(b) {
    let k = b.length - 1;
    while (k > 0 && (b[k] & 0xc0) === 0x80)
        k--;
    return b[k] < 0x80 ? b.length : k;
}
function detectEncoding(first, file) {
    if (first[0] === 0xff && first[1] === 0xfe)
        return 'utf-16le';
    if (first[0] === 0xfe && first[1] === 0xff) {
        throw new NotTextError((0,core_errors/* problem */.CC)('log-utf16-be', { file }));
    }
    // A NUL byte in the first chunk means binary (a parquet, a .wandb, a gzip), not a text log.
    const probe = first.subarray(0, 4096);
    const nul = probe.indexOf(0);
    if (nul >= 0) {
        const line = countNewlines(probe.subarray(0, nul)) + 1;
        throw new NotTextError((0,core_errors/* problem */.CC)('log-binary', { file, line }));
    }
    return 'utf-8';
}
function countNewlines(bytes) {
    let n = 0;
    for (let i = bytes.indexOf(scan.LF); i >= 0; i = bytes.indexOf(scan.LF, i + 1))
        n++;
    return n;
}
/**
 * Splits a byte stream into batches of whole lines in constant memory: CRLF and LF, a UTF-8 BOM
 * (dropped), UTF-16LE with a BOM (PowerShell's `>`, re-encoded), and a last line without a newline.
 * @throws NotTextError for binary or invalid UTF-8 (with the line where it was found).
 */
async function* readLineBatches(stream, file) {
    let utf16;
    let parts = [];
    let pendingBytes = 0;
    let bytesRead = 0;
    let previous;
    let first = true;
    const emit = (bytes, continues = false) => {
        if (!(0,external_node_buffer_.isUtf8)(bytes))
            throw new NotTextError(badEncoding(file, bytes, previous));
        // The consumer is done with `previous` by now: a fast reader has reported its count.
        const batch = new LineBatch(bytes, previous ? previous.firstLine + previous.lineCount - (previous.continues ? 1 : 0) : 1, bytesRead, continues);
        previous = batch;
        return batch;
    };
    for await (const raw of stream) {
        let chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
        if (chunk.length === 0)
            continue;
        bytesRead += chunk.length;
        if (first) {
            first = false;
            if (detectEncoding(chunk, file) === 'utf-16le')
                utf16 = new external_node_util_.TextDecoder('utf-16le');
            else if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
        }
        if (utf16)
            chunk = Buffer.from(utf16.decode(chunk, { stream: true }).replace(/^\uFEFF/, ''), 'utf8');
        const cut = pendingBytes + chunk.length < MIN_BATCH_BYTES ? -1 : chunk.lastIndexOf(scan.LF);
        if (cut < 0 && pendingBytes + chunk.length >= LONG_LINE_BYTES) {
            // One line over LONG_LINE_BYTES: hand out what there is, whole characters only.
            const whole = Buffer.concat([...parts, chunk]);
            const at = characterCut(whole);
            if (at > 0) {
                yield emit(whole.subarray(0, at), true);
                parts = at < whole.length ? [whole.subarray(at)] : [];
                pendingBytes = whole.length - at;
                continue;
            }
        }
        if (cut < 0) {
            parts.push(chunk);
            pendingBytes += chunk.length;
            continue;
        }
        if (pendingBytes === 0) {
            yield emit(chunk.subarray(0, cut + 1));
        }
        else if (chunk.length < MIN_BATCH_BYTES) {
            yield emit(Buffer.concat([...parts, chunk.subarray(0, cut + 1)]));
        }
        else {
            // Copy only the carried partial line and the line it ends, not the whole chunk.
            const firstEnd = chunk.indexOf(scan.LF) + 1;
            yield emit(Buffer.concat([...parts, chunk.subarray(0, firstEnd)]));
            if (firstEnd < cut + 1)
                yield emit(chunk.subarray(firstEnd, cut + 1));
        }
        const rest = chunk.subarray(cut + 1);
        parts = rest.length > 0 ? [rest] : [];
        pendingBytes = rest.length;
    }
    if (utf16) {
        const tail = Buffer.from(utf16.decode(), 'utf8');
        if (tail.length > 0) {
            parts.push(tail);
            pendingBytes += tail.length;
        }
    }
    if (pendingBytes > 0)
        yield emit(parts.length === 1 ? parts[0] : Buffer.concat(parts, pendingBytes));
}
function badEncoding(file, bytes, previous) {
    // Rare: find the line by decoding line by line.
    const fatal = new external_node_util_.TextDecoder('utf-8', { fatal: true });
    let line = previous ? previous.firstLine + previous.lineCount : 1;
    let start = 0;
    for (;;) {
        const end = bytes.indexOf(scan.LF, start);
        try {
            fatal.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
        }
        catch {
            break;
        }
        if (end < 0)
            break;
        start = end + 1;
        line++;
    }
    return (0,core_errors/* problem */.CC)('log-not-utf8', { file, line });
}
/** Lines one by one; for small files and tests. */
async function* readLines(stream, file) {
    for await (const batch of readLineBatches(stream, file)) {
        for (let i = 0; i < batch.lines.length; i++)
            yield { text: batch.lines[i], line: batch.firstLine + i };
    }
}

// EXTERNAL MODULE: ./lib/ingest/time.js
var ingest_time = __webpack_require__(2075);
;// CONCATENATED MODULE: ./lib/ingest/logs/scan-time.js



// The timestamp grammar of ingest/time.ts read from bytes, for the fast paths of the power-csv and
// power-jsonl readers: the common forms only (ISO with `Z`, an offset or no zone, Unix seconds or
// ms); anything else is left to the general path (`-1`), which reads the text with parseTimestamp.
// The date and hour of a time are read once per minute: the 16 bytes `YYYY-MM-DDTHH:MM` are kept
// as four words and compared with the next time's, so a line in the same minute costs a compare,
// the seconds and the zone. Every sum is done in parseTimestamp's order (whole ms of the minute,
// then the seconds, then the fraction, then the zone), so both give the same double.
const number = (0,scan/* newDecimalScan */.t0)();
/** How a scanned time becomes UTC: it carried its zone (or is a Unix time), or it is local wall-clock time. */
const ZONED = 0;
const NAIVE = 1;
/** A fresh time state. */
const newTimeScan = () => ({ prefixWords: new Int32Array(4), minuteMs: NaN, ms: 0.5, kind: ZONED, unixBit: 0, unixWords: new Int32Array(2), unixHead: -1 });
/** Takes the `YYYY-MM-DD[T ]HH:MM` (or `/` in the date) at b[k] as the minute being read; false when it is none. */
function learnMinute(t, b, view, k) {
    for (let i = 0; i < 16; i++) {
        const c = b[k + i];
        // Positions in `YYYY-MM-DDTHH:MM`: separators at 4, 7, 10 and 13, digits elsewhere.
        if (i === 4 || i === 7) {
            if (c !== scan/* DASH */.jr && c !== scan/* SLASH */.o)
                return false;
        }
        else if (i === 10) {
            if (c !== scan/* UPPER_T */.wb && c !== scan/* SPACE */.t6)
                return false;
        }
        else if (i === 13) {
            if (c !== scan/* COLON */.oH)
                return false;
        }
        else if (c < scan/* DIGIT_0 */.l0 || c > scan/* DIGIT_9 */.ev)
            return false;
    }
    // The grammar writes one separator twice (`2025-03-14`, `2025/03/14`), never a mix.
    if (b[k + 4] !== b[k + 7])
        return false;
    const year = (0,scan/* twoDigits */.Bj)(b, k) * 100 + (0,scan/* twoDigits */.Bj)(b, k + 2);
    const month = (0,scan/* twoDigits */.Bj)(b, k + 5);
    const day = (0,scan/* twoDigits */.Bj)(b, k + 8);
    const hour = (0,scan/* twoDigits */.Bj)(b, k + 11);
    const minute = (0,scan/* twoDigits */.Bj)(b, k + 14);
    if (!(0,ingest_time/* isCivil */.oV)(year, month, day, hour, minute))
        return false;
    t.minuteMs = (0,ingest_time/* daysFromCivil */.Hd)(year, month, day) * units/* DAY_MS */.sO + hour * units/* HOUR_MS */.iQ + minute * units/* MINUTE_MS */.kg;
    for (let w = 0; w < 4; w++)
        t.prefixWords[w] = view.getInt32(k + w * 4, true);
    return true;
}
/** Reads `+HH`, `+HH:MM` or `+HHMM` at b[k] into `t.ms` (subtracted); the end, or -1. */
function offset(t, b, k, length) {
    const sign = b[k] === scan/* DASH */.jr ? -1 : 1;
    if (k + 3 > length)
        return -1;
    const h1 = b[k + 1] - scan/* DIGIT_0 */.l0;
    const h2 = b[k + 2] - scan/* DIGIT_0 */.l0;
    if (h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9)
        return -1;
    k += 3;
    let minutes = 0;
    const at = b[k] === scan/* COLON */.oH ? k + 1 : k;
    const m1 = b[at] - scan/* DIGIT_0 */.l0;
    if (at + 2 <= length && m1 >= 0 && m1 <= 9) {
        const m2 = b[at + 1] - scan/* DIGIT_0 */.l0;
        if (m2 < 0 || m2 > 9)
            return -1;
        minutes = m1 * 10 + m2;
        k = at + 2;
    }
    else if (at !== k)
        return -1;
    const hours = h1 * 10 + h2;
    if (hours > 14 || minutes > 59)
        return -1;
    t.ms -= sign * (hours * 60 + minutes) * units/* MINUTE_MS */.kg;
    return k;
}
/** Digits of a Unix time whose value is cached: they change every 100 s (seconds) or 100,000 s (ms), not per line. */
const UNIX_HEAD = 8;
/**
 * Reads a Unix time of plain digits (`1741944413`, `1741944413.107`, `1741944413107`) into `t`.
 * Its first 8 digits are compared as two words with the last time's and their value reused.
 */
function unix(t, b, view, k, length) {
    const start = k;
    const cached = k + UNIX_HEAD <= length && view.getInt32(k, true) === t.unixWords[0] && view.getInt32(k + 4, true) === t.unixWords[1] && t.unixHead >= 0;
    k = (0,scan/* scanDecimal */.Jp)(b, cached ? k + UNIX_HEAD : k, length, number);
    let { mantissa, digits } = number;
    const fraction = number.fraction;
    if (cached) {
        if (digits > 15)
            return -1;
        // Exact while the whole is below 2^53 (checked below: a larger true value cannot round under it).
        mantissa += t.unixHead * scan/* POW10 */.Y3[digits];
        digits += UNIX_HEAD;
    }
    else if (digits - fraction >= UNIX_HEAD) {
        t.unixWords[0] = view.getInt32(start, true);
        t.unixWords[1] = view.getInt32(start + 4, true);
        t.unixHead = 0;
        for (let i = 0; i < UNIX_HEAD; i++)
            t.unixHead = t.unixHead * 10 + (b[start + i] - scan/* DIGIT_0 */.l0);
    }
    // As the grammar: digits, then optionally a point and more digits (`12.` and `.5` are not times).
    const dot = k - start !== digits;
    if (digits === fraction || (dot && fraction === 0) || mantissa >= scan/* EXACT_MANTISSA */.Hp)
        return -1;
    const seen = scratchSeen;
    seen.unixUnits = 0;
    t.ms = (0,ingest_time/* unixMs */.vk)((0,scan/* decimal */._)(mantissa, fraction), seen);
    t.unixBit = seen.unixUnits;
    t.kind = ZONED;
    return k;
}
const scratchSeen = { unixUnits: 0 };
/**
 * Reads the time cell at b[k] into `t`, as parseTimestamp would read its text: an ISO time of the
 * cached minute (or a new one) with `:SS`, a fraction of 1 to 9 digits, and `Z`, an offset or no
 * zone; or a Unix time. `resolveTime` then gives its UTC ms.
 * @returns the end of the time, or -1 when it is anything else (the caller checks what follows).
 */
function scanTime(t, b, view, k, length) {
    t.unixBit = 0;
    if (k + 5 <= length && b[k + 4] >= scan/* DIGIT_0 */.l0 && b[k + 4] <= scan/* DIGIT_9 */.ev)
        return unix(t, b, view, k, length);
    if (k + 19 > length)
        return -1;
    const p = t.prefixWords;
    if (view.getInt32(k, true) !== p[0] || view.getInt32(k + 4, true) !== p[1] || view.getInt32(k + 8, true) !== p[2] || view.getInt32(k + 12, true) !== p[3] || Number.isNaN(t.minuteMs)) {
        if (!learnMinute(t, b, view, k))
            return -1;
    }
    const s1 = b[k + 17] - scan/* DIGIT_0 */.l0;
    const s2 = b[k + 18] - scan/* DIGIT_0 */.l0;
    // Seconds 00 to 59 (a leap second is left to the general path).
    if (b[k + 16] !== scan/* COLON */.oH || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9)
        return -1;
    k += 19;
    let fractionMs = 0;
    if (b[k] === scan/* DOT */.y0) {
        k = (0,scan/* scanDecimal */.Jp)(b, k, length, number);
        if (number.digits === 0 || number.digits > 9)
            return -1;
        // Number(`0.${digits}`) * 1000, as parseTimestamp computes it: both round the same quotient once.
        fractionMs = (0,scan/* decimal */._)(number.mantissa, number.fraction) * 1000;
    }
    t.ms = t.minuteMs + (s1 * 10 + s2) * 1000 + fractionMs;
    const c = b[k];
    if (c === scan/* UPPER_Z */.wk) {
        t.kind = ZONED;
        return k + 1;
    }
    if (c === scan/* PLUS */.b9 || c === scan/* DASH */.jr) {
        t.kind = ZONED;
        return offset(t, b, k, length);
    }
    t.kind = NAIVE;
    return k;
}
/**
 * The UTC ms of the last scan; a naive time goes through the log's clock. Call it once per sample
 * taken, in line order, as the general path does: the clock of a zone with DST follows the order.
 */
function resolveTime(t, clock, seen) {
    seen.unixUnits |= t.unixBit;
    return t.kind === NAIVE ? clock.toUtcMs(t.ms) : t.ms;
}

;// CONCATENATED MODULE: ./lib/ingest/logs/codecarbon-fast.js


const codecarbon_fast_number = (0,scan/* newDecimalScan */.t0)();
// The fast path of the CodeCarbon reader: a row of plain cells (no quotes) whose timestamp is of
// the common forms (scan-time.ts; CodeCarbon writes a naive `YYYY-MM-DDTHH:MM:SS`) and whose
// duration, energy and emissions are plain decimals is read from its bytes: cells found in one
// pass, the minute compared with the last row's, numbers without a string, the run's id compared
// with the last row's bytes. Anything else is left to the general
// path in codecarbon.ts, which gives the same result; test/logs-codecarbon-fast.test.ts checks it.
/** The cells that name a row's run (see runKey in codecarbon.ts). */
const KEY_COLUMNS = ['task_name', 'run_id', 'experiment_id', 'project_name'];
/** A fresh state for a header (columns by name). */
function newFastRows(index, width) {
    return {
        width,
        ts: index.get('timestamp'),
        duration: index.get('duration'),
        energy: index.get('energy_consumed'),
        emissions: index.get('emissions') ?? -1,
        keyCols: KEY_COLUMNS.map((c) => index.get(c) ?? -1),
        keyPresent: Int32Array.from(KEY_COLUMNS.map((c) => index.get(c) ?? -1).filter((c) => c >= 0)),
        starts: new Int32Array(width + 1),
        time: newTimeScan(),
        keyBytes: new Uint8Array(256),
        keyLength: 0,
        keyKnown: false,
        quoteBytes: undefined,
        quoteAt: 0,
        // Doubles from the start, so the first row does not change the object's shape.
        endMs: 0.5,
        durationS: 0.5,
        energyKWh: 0.5,
        emissionsKg: 0.5,
    };
}
/** A cell of plain digits (up to 15: exact, so the quotient is Number()'s value), or NaN. */
function plainNumber(b, start, end) {
    if ((0,scan/* scanDecimal */.Jp)(b, start, end, codecarbon_fast_number) !== end || codecarbon_fast_number.digits === 0 || codecarbon_fast_number.digits > 15)
        return NaN;
    return (0,scan/* decimal */._)(codecarbon_fast_number.mantissa, codecarbon_fast_number.fraction);
}
/**
 * Reads the row at b[start] when it is plain, into `f.endMs` … `f.emissionsKg`.
 * @returns the start of the next line, or -1 to leave the row to the general path.
 */
function fastRow(f, b, view, start, length, clock, seen) {
    const starts = f.starts;
    const width = f.width;
    let cells = 1;
    starts[0] = start;
    let k = start;
    // Four bytes at a time: a word holds a comma (a newline) when (x - 0x01010101) & ~x & 0x80808080
    // is non-zero for x = word ^ 0x2c2c2c2c (0x0a0a0a0a); its lowest flagged byte is the first such.
    for (;;) {
        if (k + 4 > length) {
            while (k < length && b[k] !== scan.LF && b[k] !== scan/* COMMA */.KE)
                k++;
            if (k === length || b[k] === scan.LF)
                break;
        }
        else {
            const w = view.getInt32(k, true);
            const x = w ^ 0x2c2c2c2c;
            const z = w ^ 0x0a0a0a0a;
            const hit = (((x - 0x01010101) & ~x) | ((z - 0x01010101) & ~z)) & 0x80808080;
            if (hit === 0) {
                k += 4;
                continue;
            }
            k += (31 - Math.clz32(hit & -hit)) >> 3;
            if (b[k] === scan.LF)
                break;
        }
        if (b[k] !== scan/* COMMA */.KE || cells === width)
            return -1;
        starts[cells++] = ++k;
    }
    const next = k < length ? k + 1 : length;
    const end = k > start && b[k - 1] === scan.CR ? k - 1 : k;
    // Quoted cells are the general path's (the next quote is found once per batch, not per row).
    if (f.quoteBytes !== b || f.quoteAt < start) {
        f.quoteBytes = b;
        f.quoteAt = b.indexOf(scan/* QUOTE */.jA, start);
        if (f.quoteAt < 0)
            f.quoteAt = length;
    }
    if (f.quoteAt < end)
        return -1;
    // Rows of bare commas and rows of the wrong width are the general path's to report.
    if (cells !== width || end - start === width - 1)
        return -1;
    starts[width] = end + 1;
    const t = starts[f.ts];
    if (scanTime(f.time, b, view, t, starts[f.ts + 1] - 1) !== starts[f.ts + 1] - 1)
        return -1;
    const durationS = plainNumber(b, starts[f.duration], starts[f.duration + 1] - 1);
    const energyKWh = plainNumber(b, starts[f.energy], starts[f.energy + 1] - 1);
    const emissionsKg = f.emissions < 0 ? 0 : plainNumber(b, starts[f.emissions], starts[f.emissions + 1] - 1);
    if (durationS !== durationS || energyKWh !== energyKWh || emissionsKg !== emissionsKg)
        return -1;
    f.endMs = resolveTime(f.time, clock, seen);
    f.durationS = durationS;
    f.energyKWh = energyKWh;
    f.emissionsKg = emissionsKg;
    return next;
}
/** Whether the key cells of the row just read are those of the last row whose run is known. */
function sameKey(f, b) {
    if (!f.keyKnown)
        return false;
    const known = f.keyBytes;
    const cols = f.keyPresent;
    const starts = f.starts;
    let j = 0;
    for (let i = 0; i < cols.length; i++) {
        const col = cols[i];
        const start = starts[col];
        const length = starts[col + 1] - 1 - start;
        if (j + length + 1 > f.keyLength)
            return false;
        for (let k = 0; k < length; k++)
            if (b[start + k] !== known[j + k])
                return false;
        j += length;
        if (known[j++] !== scan/* COMMA */.KE)
            return false;
    }
    return j === f.keyLength;
}
/** Remembers the key cells of the row just read (its run is then known). */
function rememberKey(f, b) {
    let j = 0;
    for (const col of f.keyPresent) {
        const start = f.starts[col];
        const end = f.starts[col + 1] - 1;
        if (j + end - start + 1 > f.keyBytes.length) {
            const grown = new Uint8Array(2 * (j + end - start + 1));
            grown.set(f.keyBytes.subarray(0, j));
            f.keyBytes = grown;
        }
        f.keyBytes.set(b.subarray(start, end), j);
        j += end - start;
        f.keyBytes[j++] = scan/* COMMA */.KE;
    }
    f.keyLength = j;
    f.keyKnown = true;
}

// EXTERNAL MODULE: ./lib/ingest/logs/reader.js
var reader = __webpack_require__(6195);
;// CONCATENATED MODULE: ./lib/ingest/logs/fast-lines.js

/** What the general path says of a line: read (or skipped), or the end of the read (a bad header). */
const READ = 0;
const STOP = 1;
/**
 * Reads one batch: runs of lines on `fast()` (when it gives a scanner), the others through
 * `general` as text with their line numbers. Reports the batch's line count.
 * @returns STOP when the general path ended the read.
 */
function readBatchLines(batch, fast, general) {
    const b = batch.bytes;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const length = b.length;
    let pos = 0;
    let index = 0;
    while (pos < length) {
        const scanner = fast();
        if (scanner !== undefined) {
            const before = scanner.lines;
            pos = scanner.scan(b, view, pos, length);
            index += scanner.lines - before;
            if (pos >= length)
                break;
        }
        const nl = b.indexOf(scan.LF, pos);
        let end = nl < 0 ? length : nl;
        if (end > pos && b[end - 1] === scan.CR)
            end--;
        if (general((0,scan/* decode */.D4)(b, pos, end), batch.firstLine + index) === STOP)
            return STOP;
        pos = nl < 0 ? length : nl + 1;
        index++;
    }
    batch.reportLineCount(index);
    return READ;
}

;// CONCATENATED MODULE: ./lib/ingest/logs/codecarbon.js







/** Lines named in full in a warning; more are counted. */
const LINES_NAMED = 5;
const REQUIRED = ['timestamp', 'duration', 'energy_consumed'];
/**
 * The run a row belongs to: its `run_id` (2.x, 3.x), else `experiment_id` + `project_name` (1.x
 * writes a fresh experiment_id per tracker and no run_id), else none: the row is a run of its own.
 * A task file (`task_name`) holds one row per task of a run: each task is its own entry.
 */
function runKey(cell) {
    const task = cell('task_name').trim();
    const run = cell('run_id').trim();
    if (run !== '')
        return task === '' ? run : `${run}/${task}`;
    const experiment = cell('experiment_id').trim();
    const project = cell('project_name').trim();
    if (experiment !== '')
        return project === '' ? experiment : `${project}/${experiment}`;
    return task === '' ? undefined : task;
}
function segmentOf(run) {
    const name = run.part > 1 ? `${run.label} (part ${run.part})` : run.label;
    return { startMs: run.endMs - run.durationS * 1000, endMs: run.endMs, energyJ: run.energyKWh * units/* J_PER_KWH */.es, device: `codecarbon:${name}` };
}
/** Closes a run (part): its last row is its energy. */
function finish(s, run, out) {
    out.push(segmentOf(run));
    s.parts++;
    s.energyKWh += run.energyKWh;
    s.emissionsKg += run.emissionsKg;
}
/**
 * Folds a valid row into its run. In time order the cumulative columns never go down within a
 * run; a row that breaks this starts a new part (the tracker restarted under the same id, or was
 * reset) and the part before it is closed and counted whole. Rows in the same second are ordered
 * by their cumulative energy (the larger is the later). Takes the row's values, not an object:
 * most rows only move their run's last row on.
 */
function foldRow(s, key, endMs, durationS, energyKWh, emissionsKg, line, out) {
    const run = s.runs.get(key);
    if (run === undefined) {
        // The key may be a slice of a whole batch of text: keep a copy of its own, not the batch.
        const own = ownString(key);
        s.runs.set(own, { label: own, part: 1, endMs, durationS, energyKWh, emissionsKg, line });
        return;
    }
    const later = endMs > run.endMs || (endMs === run.endMs && energyKWh >= run.energyKWh);
    if (later ? energyKWh >= run.energyKWh && durationS >= run.durationS : run.energyKWh >= energyKWh && run.durationS >= durationS) {
        if (later) {
            run.endMs = endMs;
            run.durationS = durationS;
            run.energyKWh = energyKWh;
            run.emissionsKg = emissionsKg;
            run.line = line;
        }
        return;
    }
    const row = { label: run.label, part: run.part, endMs, durationS, energyKWh, emissionsKg, line };
    const [before, after] = later ? [{ ...run }, row] : [row, { ...run }];
    s.resetCount++;
    if (s.resets.length < LINES_NAMED)
        s.resets.push(`run ${key}: the cumulative energy_consumed or duration goes down from line ${before.line} (${before.energyKWh} kWh, ${before.durationS} s) to line ${after.line} (${after.energyKWh} kWh, ${after.durationS} s): read as a restart of the run under the same id, both parts counted`);
    // The earlier part is complete: count it, and carry on with the later one.
    finish(s, before, out);
    Object.assign(run, { part: run.part + 1, endMs: after.endMs, durationS: after.durationS, energyKWh: after.energyKWh, emissionsKg: after.emissionsKg, line: after.line });
}
/** A copy of a string that shares no memory with the text it was cut from. */
const ownString = (text) => Buffer.from(text, 'utf8').toString('utf8');
function readHeader(s, cells, lineNo, ctx) {
    const index = new Map(cells.map((c, i) => [c.trim().replace(/^\uFEFF/, ''), i]));
    const absent = REQUIRED.filter((c) => !index.has(c));
    if (absent.length > 0) {
        ctx.problems.push((0,core_errors/* problem */.CC)('codecarbon-header', { absent, file: ctx.file, line: lineNo }));
        return false;
    }
    s.index = index;
    s.width = cells.length;
    if (s.fastPath)
        s.fast = newFastRows(index, cells.length);
    return true;
}
/** Reads one data row into its run; problems go to `ctx`. */
function readRow(s, cells, lineNo, ctx, out) {
    if (cells.every((c) => c.trim() === '')) {
        // pandas writes a row of NaN as bare commas: nothing to read, and nothing lost.
        s.emptyLines.push(lineNo);
        return;
    }
    if (cells.length !== s.width) {
        // CodeCarbon's append mode drops all-empty columns of the new row, which shifts its cells.
        (0,reader/* badLine */.mV)(ctx, lineNo, `has ${cells.length} cells where the header has ${s.width}: its values cannot be matched to columns; remove the line or fix its cells`);
        return;
    }
    const index = s.index;
    const cell = (name) => cells[index.get(name) ?? -1] ?? '';
    s.rows++;
    const endMs = (0,ingest_time/* parseTimestamp */.EH)(cell('timestamp'), ctx.clock, ctx.timeSeen);
    if (Number.isNaN(endMs)) {
        (0,reader/* badTime */.Fo)(ctx, lineNo, cell('timestamp'), 'timestamp');
        return;
    }
    if ((0,reader/* isMissing */.b2)(cell('energy_consumed'))) {
        ctx.missing++;
        return;
    }
    const durationS = Number(cell('duration'));
    const energyKWh = Number(cell('energy_consumed'));
    if (!(durationS >= 0) || !(energyKWh >= 0)) {
        (0,reader/* badLine */.mV)(ctx, lineNo, `duration "${cell('duration')}" (s) and energy_consumed "${cell('energy_consumed')}" (kWh) must be numbers ≥ 0`);
        return;
    }
    const emissions = Number(cell('emissions'));
    const emissionsKg = !(0,reader/* isMissing */.b2)(cell('emissions')) && emissions >= 0 ? emissions : 0;
    const key = runKey(cell);
    if (key === undefined)
        finish(s, { label: `line ${lineNo}`, part: 1, endMs, durationS, energyKWh, emissionsKg, line: lineNo }, out);
    else
        foldRow(s, key, endMs, durationS, energyKWh, emissionsKg, lineNo, out);
}
const isHeaderLine = (cells) => {
    const first = cells[0]?.trim().replace(/^\uFEFF/, '');
    return first === 'timestamp' || first === 'task_name';
};
/**
 * The fast path as a scanner for readBatchLines: rows while they are plain, each folded into its
 * run; the run's key is made (a string) only when the id cells differ from the last row's.
 */
function fastScanner(s, f, ctx, out) {
    const scanner = {
        lines: 0,
        scan(b, view, pos, length) {
            const segments = out();
            while (pos < length) {
                const next = fastRow(f, b, view, pos, length, ctx.clock, ctx.timeSeen);
                if (next < 0)
                    break;
                const lineNo = s.nextLine++;
                scanner.lines++;
                s.rows++;
                if (!sameKey(f, b)) {
                    s.key = runKey((name) => {
                        const col = f.keyCols[KEY_COLUMNS.indexOf(name)];
                        return col < 0 ? '' : (0,scan/* decode */.D4)(b, f.starts[col], f.starts[col + 1] - 1);
                    });
                    rememberKey(f, b);
                }
                if (s.key === undefined)
                    finish(s, { label: `line ${lineNo}`, part: 1, endMs: f.endMs, durationS: f.durationS, energyKWh: f.energyKWh, emissionsKg: f.emissionsKg, line: lineNo }, segments);
                else
                    foldRow(s, s.key, f.endMs, f.durationS, f.energyKWh, f.emissionsKg, lineNo, segments);
                pos = next;
            }
            return pos;
        },
    };
    return scanner;
}
/** The general path: one line as text. */
function readTextLine(s, line, lineNo, ctx, out) {
    if (line.trim() === '')
        return READ;
    const cells = (0,reader/* splitCsv */.F8)(line);
    if (s.index === undefined || isHeaderLine(cells)) {
        // A new header: the fast path's key cache is of the old columns.
        s.fast = undefined;
        s.scanner = undefined;
        return readHeader(s, cells, lineNo, ctx) ? READ : STOP;
    }
    // The fast path caches the last run's key bytes; a row read here may belong to another run.
    if (s.fast)
        s.fast.keyKnown = false;
    readRow(s, cells, lineNo, ctx, out);
    return READ;
}
/**
 * CodeCarbon `emissions.csv`, 1.x to 3.x, `on_csv_write` append or update, and task files: columns
 * by name. A run is a `run_id` (see `runKey`); its energy and duration are those of its last row
 * in time order. `timestamp` is the time of the row (local, no zone), `duration` s,
 * `energy_consumed` kWh including CodeCarbon's own PUE. Streams: one state per open run, not per row.
 */
async function* readCodeCarbon(lines, ctx, fast = true) {
    const s = { width: 0, runs: new Map(), rows: 0, parts: 0, emissionsKg: 0, energyKWh: 0, resets: [], resetCount: 0, emptyLines: [], fastPath: fast, nextLine: 1 };
    let segments = [];
    const fastPath = () => {
        if (s.scanner === undefined && s.fast !== undefined)
            s.scanner = fastScanner(s, s.fast, ctx, () => segments);
        return s.scanner;
    };
    const general = (line, lineNo) => {
        s.nextLine = lineNo + 1;
        return readTextLine(s, line, lineNo, ctx, segments);
    };
    for await (const batch of lines) {
        s.nextLine = batch.firstLine;
        if (readBatchLines(batch, fastPath, general) === STOP)
            return;
        if (segments.length > 0)
            yield { segments };
        segments = [];
    }
    const last = [];
    for (const run of s.runs.values())
        finish(s, run, last);
    if (last.length > 0)
        yield { segments: last };
    const idless = s.parts - s.runs.size - s.resetCount;
    const runs = s.runs.size + idless;
    const folded = s.rows - s.parts;
    ctx.notes.push(`CodeCarbon: ${runs} run${runs === 1 ? '' : 's'} from ${s.rows} row${s.rows === 1 ? '' : 's'}, ${folded} cumulative row${folded === 1 ? '' : 's'} folded into their run's last`);
    ctx.warnings.push(...s.resets);
    if (s.resetCount > LINES_NAMED)
        ctx.warnings.push(`${s.resetCount - LINES_NAMED} more CodeCarbon runs restarted under the same id`);
    if (s.emptyLines.length > 0) {
        const named = s.emptyLines.slice(0, LINES_NAMED).join(', ');
        const more = s.emptyLines.length > LINES_NAMED ? ` and ${s.emptyLines.length - LINES_NAMED} more` : '';
        ctx.warnings.push(`line${s.emptyLines.length === 1 ? '' : 's'} ${named}${more}: every cell empty (a corrupt row): skipped`);
    }
    ctx.facilityIncluded = true;
    ctx.reported = {
        tool: 'CodeCarbon',
        emissionsKgCO2e: s.emissionsKg,
        ...(s.energyKWh > 0 ? { intensityKgPerKWh: s.emissionsKg / s.energyKWh } : {}),
    };
}
const codecarbonReader = {
    format: 'codecarbon',
    sniff(head) {
        const first = head.find((l) => l.trim() !== '') ?? '';
        const names = first.split(',').map((n) => n.trim());
        return names.includes('energy_consumed') && names.includes('emissions') && names.includes('duration');
    },
    read: (lines, ctx) => readCodeCarbon(lines, ctx),
};
/** The same reader without its fast path: what the fast path must reproduce (tests). */
const codecarbonGeneralReader = { ...codecarbonReader, read: (lines, ctx) => readCodeCarbon(lines, ctx, false) };

;// CONCATENATED MODULE: ./lib/ingest/logs/mlflow.js



const mlflow_number = (0,scan/* newDecimalScan */.t0)();
// Each line is `<timestamp_ms> <value> <step>`; plain lines are read from their bytes (fastLine),
// anything else as text with the same result (test/logs-mlflow-fast.test.ts checks it).
const PATH = /(?:^|\/)metrics\/system\/(?:(.+)\/)?gpu_(\d+)_power_usage_watts$/;
const LINE = /^\s*(\d+)\s+(\S+)(?:\s+(-?\d+))?\s*$/;
/** The device of an MLflow metric file from its path: `gpu0`, or `<node>/gpu0` with a node id. */
function mlflowDevice(path) {
    const m = PATH.exec(path);
    if (!m)
        return 'gpu';
    return m[1] ? `${m[1]}/gpu${m[2]}` : `gpu${m[2]}`;
}
/** Reads one line as text (the general path) into `out`. */
function mlflow_readTextLine(line, lineNo, ctx, out) {
    if (line.trim() === '')
        return READ;
    const m = LINE.exec(line);
    if (!m) {
        (0,reader/* badLine */.mV)(ctx, lineNo, 'expected "<timestamp_ms> <value> <step>"', { suggestion: '1741944428512 287.4 0' });
        return READ;
    }
    const watts = Number(m[2]);
    if (Number.isNaN(watts))
        ctx.missing++;
    else if (!(watts >= 0))
        (0,reader/* badLine */.mV)(ctx, lineNo, `value "${m[2]}" is not a power in W`);
    else
        out.push(Number(m[1]), watts, 0);
    return READ;
}
/**
 * Reads lines from b[pos] while they are plain (`1741944413000 287.4 0`: single spaces, up to 15
 * digits each, so the numbers are exact and equal Number()'s) into `out`, without a string.
 * @returns the start of the first line left to the general path.
 */
function scanLines(scanner, b, pos, length, out) {
    while (pos < length) {
        let k = (0,scan/* scanDecimal */.Jp)(b, pos, length, mlflow_number);
        // Whole milliseconds: digits only, no point.
        if (mlflow_number.digits !== k - pos || mlflow_number.digits === 0 || mlflow_number.digits > 15 || b[k] !== scan/* SPACE */.t6)
            return pos;
        const atMs = mlflow_number.mantissa;
        k = (0,scan/* scanDecimal */.Jp)(b, k + 1, length, mlflow_number);
        if (mlflow_number.digits === 0 || mlflow_number.digits > 15 || b[k] !== scan/* SPACE */.t6)
            return pos;
        const watts = (0,scan/* decimal */._)(mlflow_number.mantissa, mlflow_number.fraction);
        k++;
        if (b[k] === scan/* DASH */.jr)
            k++;
        const step = k;
        while (k < length && b[k] >= scan/* DIGIT_0 */.l0 && b[k] <= scan/* DIGIT_9 */.ev)
            k++;
        if (k === step)
            return pos;
        if (b[k] === scan.CR)
            k++;
        if (k < length && b[k] !== scan.LF)
            return pos;
        out.push(atMs, watts, 0);
        scanner.lines++;
        pos = k + 1;
    }
    return length;
}
async function* readMlflow(lines, ctx) {
    const devices = [mlflowDevice(ctx.file)];
    const out = new reader/* ColumnsBuilder */.ZL();
    const scanner = { lines: 0, scan: (b, _view, pos, length) => scanLines(scanner, b, pos, length, out) };
    const general = (line, lineNo) => mlflow_readTextLine(line, lineNo, ctx, out);
    for await (const batch of lines) {
        readBatchLines(batch, () => scanner, general);
        if (out.count > 0)
            yield { columns: out.take(devices) };
    }
}
/** An MLflow file-store metric file, `mlruns/<exp>/<run>/metrics/system/gpu_0_power_usage_watts`. */
const mlflowReader = {
    format: 'mlflow',
    sniff(head, path) {
        if (PATH.test(path))
            return true;
        const first = head.find((l) => l.trim() !== '');
        return first !== undefined && /^\d{13} \d+(?:\.\d+)? \d+$/.test(first.trim()) && /power_usage_watts/.test(path);
    },
    read: readMlflow,
};

;// CONCATENATED MODULE: ./lib/ingest/logs/nvidia-smi-dmon-fast.js



const nvidia_smi_dmon_fast_number = (0,scan/* newDecimalScan */.t0)();
/** A fresh state for a layout with date and time columns; samples go to `out`, devices through `slots`. */
function newDmonFastState(layout, slots, out, clock, ctx, lines = 0) {
    return {
        lines,
        scan(b, view, pos, length) {
            return scanDmonLines(this, b, view, pos, length);
        },
        layout,
        lastCol: Math.max(layout.date, layout.time, layout.gpu, layout.pwr),
        out,
        slots,
        clock,
        ctx,
        dateWords: new Int32Array(2),
        dayMs: NaN,
    };
}
/** Whether b[k] ends a cell here: a space, the line's end, or a CR before it. */
const cellEnd = (b, k, length) => k === length || b[k] === scan/* SPACE */.t6 || b[k] === scan.LF || (b[k] === scan.CR && (k + 1 === length || b[k + 1] === scan.LF));
/** The day of the `YYYYMMDD` cell at b[k] (8 bytes checked by the caller); false when not a date. */
function learnDate(f, b, view, k) {
    for (let i = 0; i < 8; i++) {
        const d = b[k + i] - scan/* DIGIT_0 */.l0;
        if (d < 0 || d > 9)
            return false;
    }
    const year = (0,scan/* twoDigits */.Bj)(b, k) * 100 + (0,scan/* twoDigits */.Bj)(b, k + 2);
    const month = (0,scan/* twoDigits */.Bj)(b, k + 4);
    const day = (0,scan/* twoDigits */.Bj)(b, k + 6);
    if (!(0,ingest_time/* isCivil */.oV)(year, month, day))
        return false;
    f.dayMs = (0,ingest_time/* daysFromCivil */.Hd)(year, month, day) * units/* DAY_MS */.sO;
    f.dateWords[0] = view.getInt32(k, true);
    f.dateWords[1] = view.getInt32(k + 4, true);
    return true;
}
/** Wall-clock ms of the `HH:MM:SS` cell at b[k] (8 bytes checked by the caller) on the cached day, or NaN. */
function timeOfDay(f, b, k) {
    if (b[k + 2] !== scan/* COLON */.oH || b[k + 5] !== scan/* COLON */.oH)
        return NaN;
    let bad = 0;
    const d = (i) => {
        const c = b[k + i] - scan/* DIGIT_0 */.l0;
        bad |= c < 0 || c > 9 ? 1 : 0;
        return c;
    };
    const hour = d(0) * 10 + d(1);
    const minute = d(3) * 10 + d(4);
    const second = d(6) * 10 + d(7);
    if (bad !== 0 || hour > 23 || minute > 59 || second > 60)
        return NaN;
    // parseTimestamp's sum: the day, hours, minutes, seconds (then a zero fraction).
    return f.dayMs + hour * units/* HOUR_MS */.iQ + minute * units/* MINUTE_MS */.kg + second * 1000;
}
/**
 * Reads lines from `pos` on as the general path would, while they are plain; stops at the first
 * line it leaves to the general path (or at `length`).
 * @returns the start of the first line not read.
 */
function scanDmonLines(f, b, view, pos, length) {
    const { date, time, gpu, pwr } = f.layout;
    const last = f.lastCol;
    while (pos < length) {
        let k = pos;
        while (k < length && b[k] === scan/* SPACE */.t6)
            k++;
        // A `#` line (the header again), or a blank one: the general path's.
        if (k === length || b[k] === scan/* HASH */.v9 || b[k] === scan.LF || b[k] === scan.CR)
            return pos;
        let dateAt = -1, timeAt = -1, gStart = -1, gEnd = -1, pStart = -1, pEnd = -1;
        for (let col = 0;; col++) {
            const start = k;
            for (; k < length; k++) {
                const c = b[k];
                if (c === scan/* SPACE */.t6 || c === scan.LF || c === scan.CR)
                    break;
                // Tabs and other whitespace (which the general path splits at too), non-ASCII: leave the line.
                if (c < scan/* SPACE */.t6 || c >= scan/* NON_ASCII */.a2)
                    return pos;
            }
            if (!cellEnd(b, k, length))
                return pos;
            if (col === date)
                dateAt = k - start === 8 ? start : -2;
            else if (col === time)
                timeAt = k - start === 8 ? start : -2;
            if (col === gpu) {
                gStart = start;
                gEnd = k;
            }
            if (col === pwr) {
                pStart = start;
                pEnd = k;
            }
            if (col === last)
                break;
            while (k < length && b[k] === scan/* SPACE */.t6)
                k++;
            // Fewer cells than the layout needs: the general path reports it.
            if (k === length || b[k] === scan.LF || b[k] === scan.CR)
                return pos;
        }
        if (dateAt < 0 || timeAt < 0)
            return pos;
        const d = f.dateWords;
        if ((view.getInt32(dateAt, true) !== d[0] || view.getInt32(dateAt + 4, true) !== d[1] || Number.isNaN(f.dayMs)) && !learnDate(f, b, view, dateAt))
            return pos;
        const localMs = timeOfDay(f, b, timeAt);
        if (Number.isNaN(localMs))
            return pos;
        // Power: `-` (missing) or plain digits; anything else (`NaN`, an exponent) is the general path's.
        let watts = -1;
        if (!(pEnd - pStart === 1 && b[pStart] === scan/* DASH */.jr)) {
            watts = (0,scan/* scanDecimal */.Jp)(b, pStart, pEnd, nvidia_smi_dmon_fast_number) === pEnd ? (0,scan/* exactDecimal */.Z5)(nvidia_smi_dmon_fast_number) : NaN;
            if (Number.isNaN(watts))
                return pos;
        }
        // The rest of the line is not read (the general path ignores the cells after the last it needs).
        const nl = b.indexOf(scan.LF, k);
        // The general path places every line in time, a missing reading too: the clock follows the order.
        const atMs = f.clock.toUtcMs(localMs);
        if (watts < 0)
            f.ctx.missing++;
        else
            f.out.push(atMs, watts, gpu < 0 ? f.slots.named('0') : f.slots.get(b, gStart, gEnd));
        f.lines++;
        pos = nl < 0 ? length : nl + 1;
    }
    return pos;
}

;// CONCATENATED MODULE: ./lib/ingest/logs/nvidia-smi-scan.js



const nvidia_smi_scan_number = (0,scan/* newDecimalScan */.t0)();
/** An empty `TimeCache`. */
const newTimeCache = () => ({ dayKey: -1, dayMs: 0, minuteMs: NaN });
/**
 * Parses `2025/03/14 09:26:53.107` in b[i, end), spaces trimmed: naive local time as if UTC, or
 * NaN. Leaves the minute's start in `cache.minuteMs` for the fast path.
 */
function parseLocalMs(b, i, end, cache) {
    while (i < end && b[i] === scan/* SPACE */.t6)
        i++;
    while (end > i && b[end - 1] === scan/* SPACE */.t6)
        end--;
    if (end - i < 19)
        return NaN;
    if (b[i + 4] !== scan/* SLASH */.o || b[i + 7] !== scan/* SLASH */.o || b[i + 10] !== scan/* SPACE */.t6 || b[i + 13] !== scan/* COLON */.oH || b[i + 16] !== scan/* COLON */.oH)
        return NaN;
    let bad = 0;
    const d = (k) => {
        const c = b[i + k] - scan/* DIGIT_0 */.l0;
        bad |= c < 0 || c > 9 ? 1 : 0;
        return c;
    };
    const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
    const month = d(5) * 10 + d(6);
    const day = d(8) * 10 + d(9);
    const hour = d(11) * 10 + d(12);
    const minute = d(14) * 10 + d(15);
    const second = d(17) * 10 + d(18);
    if (bad !== 0)
        return NaN;
    let ms = 0;
    if (end - i > 19) {
        // `.107`: the fraction, read by the one decimal scanner from its dot, must fill the cell.
        if (b[i + 19] !== scan/* DOT */.y0 || (0,scan/* scanDecimal */.Jp)(b, i + 19, end, nvidia_smi_scan_number) !== end || nvidia_smi_scan_number.digits === 0)
            return NaN;
        ms = (0,scan/* fractionMs */.Lc)(nvidia_smi_scan_number.mantissa, nvidia_smi_scan_number.fraction);
    }
    const dayKey = year * 10000 + month * 100 + day;
    if (dayKey !== cache.dayKey) {
        if (!(0,ingest_time/* isCivil */.oV)(year, month, day))
            return NaN;
        cache.dayKey = dayKey;
        cache.dayMs = (0,ingest_time/* daysFromCivil */.Hd)(year, month, day) * units/* DAY_MS */.sO;
    }
    if (hour > 23 || minute > 59 || second > 60)
        return NaN;
    const minuteMs = cache.dayMs + hour * units/* HOUR_MS */.iQ + minute * units/* MINUTE_MS */.kg;
    cache.minuteMs = minuteMs;
    return minuteMs + second * 1000 + ms;
}
const SLOW_WATTS = /^[\d.eE+-]+(?:\s*W)?\s*$/;
/** Watts from `287.41 W`, `287.41` or `1.2e2` in b[i, end); NaN when not a number; -1 for a `[N/A]` sentinel. */
function parseWatts(b, i, end) {
    while (i < end && b[i] === scan/* SPACE */.t6)
        i++;
    if (b[i] === scan/* OPEN_BRACKET */.WL && i < end)
        return -1;
    let k = (0,scan/* scanDecimal */.Jp)(b, i, end, nvidia_smi_scan_number);
    if (nvidia_smi_scan_number.digits === 0)
        return NaN;
    while (k < end && b[k] === scan/* SPACE */.t6)
        k++;
    if (k === end || (b[k] === scan/* UPPER_W */.pe && k + 1 >= end))
        return (0,scan/* decimal */._)(nvidia_smi_scan_number.mantissa, nvidia_smi_scan_number.fraction);
    // An exponent or junk: the slow path decides.
    const text = (0,scan/* decode */.D4)(b, i, end);
    return SLOW_WATTS.test(text) ? Number.parseFloat(text) : NaN;
}
// A copy that owns its memory (a Buffer's `slice` is a view that would keep a whole chunk alive).
const copy = (b, start, end) => new Uint8Array(b.subarray(start, end));
const sameBytes = (b, start, known) => {
    for (let k = 0; k < known.length; k++)
        if (b[start + k] !== known[k])
            return false;
    return true;
};
// Beyond this many devices (a node has 8 or 16 GPUs; more means a changing cell), look names up by text.
const MAX_SCANNED_DEVICES = 64;
/** Interns device names as small integer slots, without allocating when a name was seen before. */
class DeviceSlots {
    /** Names by slot. */
    names = [];
    raw = [];
    byName = new Map();
    last = 0;
    /** The slot of the device named by b[start, end). */
    get(b, start, end) {
        const n = this.raw.length;
        if (n > MAX_SCANNED_DEVICES)
            return this.named((0,scan/* decode */.D4)(b, start, end));
        const len = end - start;
        // Polls list GPUs in order: try the one after the last first.
        for (let k = 0; k < n; k++) {
            const i = (this.last + 1 + k) % n;
            const known = this.raw[i];
            if (known.length === len && sameBytes(b, start, known))
                return (this.last = i);
        }
        return this.add((0,scan/* decode */.D4)(b, start, end), copy(b, start, end));
    }
    /** The slot of a name given as text. */
    named(name) {
        const i = this.byName.get(name);
        return i ?? this.add(name, Buffer.from(name, 'utf8'));
    }
    add(name, raw) {
        this.names.push(name);
        this.raw.push(raw);
        this.byName.set(name, this.names.length - 1);
        return (this.last = this.names.length - 1);
    }
}
/** Shapes kept; a log with more distinct ones (a changing cell before power) reads on the general path. */
const MAX_SHAPES = 64;
/**
 * The bytes from the comma after the timestamp to the start of the power cell, one per device:
 * in a log whose cells between the two are fixed per GPU (name, index, uuid), a line that carries
 * a known shape has its power cell and device known without looking for commas. Compared four
 * bytes at a time.
 */
class LineShapes {
    words = [];
    bytes = [];
    /** Device slot per shape. */
    slots = [];
    last = 0;
    /** Shapes known. */
    get size() {
        return this.bytes.length;
    }
    /** Remembers b[start, end) as the shape of `slot`'s lines (no-op when known or full). */
    learn(b, start, end, slot) {
        if (this.bytes.length >= MAX_SHAPES || this.find(new DataView(b.buffer, b.byteOffset, b.byteLength), b, start, b.length) >= 0)
            return;
        const bytes = copy(b, start, end);
        const view = new DataView(bytes.buffer);
        const words = new Int32Array(bytes.length >> 2);
        for (let k = 0; k < words.length; k++)
            words[k] = view.getInt32(k * 4, true);
        this.bytes.push(bytes);
        this.words.push(words);
        this.slots.push(slot);
    }
    /** The shape b[at, …) starts with, or -1; `limit` bounds the bytes that may be read. */
    find(view, b, at, limit) {
        const n = this.bytes.length;
        for (let k = 0; k < n; k++) {
            const i = (this.last + 1 + k) % n;
            if (this.matches(i, view, b, at, limit))
                return (this.last = i);
        }
        return -1;
    }
    /** Bytes of a shape: the power cell starts this far after the timestamp's comma. */
    length(shape) {
        return this.bytes[shape].length;
    }
    /** The device slot of a shape's lines. */
    slot(shape) {
        return this.slots[shape];
    }
    matches(i, view, b, at, limit) {
        const bytes = this.bytes[i];
        if (at + bytes.length > limit)
            return false;
        const words = this.words[i];
        for (let k = 0; k < words.length; k++)
            if (view.getInt32(at + k * 4, true) !== words[k])
                return false;
        for (let k = words.length * 4; k < bytes.length; k++)
            if (b[at + k] !== bytes[k])
                return false;
        return true;
    }
}

;// CONCATENATED MODULE: ./lib/ingest/logs/nvidia-smi-dmon.js






function columnsOf(nameLine) {
    // `#Date Time gpu pwr ...` or `# gpu pwr ...`: the '#' may stand alone or prefix the first name.
    const names = nameLine.slice(1).trim().split(/\s+/).map((n) => n.toLowerCase());
    return { date: names.indexOf('date'), time: names.indexOf('time'), gpu: names.indexOf('gpu'), pwr: names.indexOf('pwr') };
}
/** Reads one line from its text: a `#` header line, or a sample; problems go to `ctx`. */
function generalLine(s, line, lineNo, ctx) {
    const { startMs, intervalS } = ctx.spec;
    if (line.trim() === '')
        return READ;
    if (line.startsWith('#')) {
        // The first of each pair of header lines names the columns; the second gives units.
        const found = columnsOf(line);
        if (found.pwr >= 0) {
            s.cols = found;
            if (found.date < 0 || found.time < 0) {
                if (startMs === undefined || intervalS === undefined) {
                    ctx.problems.push((0,core_errors/* problem */.CC)('dmon-no-timestamps', { file: ctx.file, line: lineNo, field: 'logs.start' }));
                    return STOP;
                }
            }
        }
        return READ;
    }
    const cols = s.cols;
    if (cols === undefined) {
        (0,reader/* badLine */.mV)(ctx, lineNo, 'a data line before the "# gpu pwr ..." header line');
        return READ;
    }
    const cells = line.trim().split(/\s+/);
    const pwr = cells[cols.pwr];
    const gpu = cols.gpu >= 0 ? (cells[cols.gpu] ?? '') : '0';
    if (pwr === undefined) {
        (0,reader/* badLine */.mV)(ctx, lineNo, `expected a pwr value in column ${cols.pwr + 1}, found ${cells.length} columns`);
        return READ;
    }
    let atMs;
    if (cols.date >= 0 && cols.time >= 0) {
        // `YYYYMMDD HH:MM:SS`, local time: a form of the shared grammar.
        const text = `${cells[cols.date] ?? ''} ${cells[cols.time] ?? ''}`;
        atMs = /^\d{8} \d{2}:\d{2}:\d{2}$/.test(text) ? (0,ingest_time/* parseTimestamp */.EH)(text, ctx.clock) : NaN;
        if (Number.isNaN(atMs)) {
            (0,reader/* badLine */.mV)(ctx, lineNo, `date and time "${text}" are not YYYYMMDD HH:MM:SS`);
            return READ;
        }
    }
    else {
        // Without timestamps each poll prints one row per GPU in index order: a GPU index that
        // does not grow starts the next poll.
        const index = Number(gpu);
        if (!(index > s.lastGpu))
            s.poll++;
        s.lastGpu = index;
        atMs = startMs + s.poll * intervalS * 1000;
    }
    if ((0,reader/* isMissing */.b2)(pwr)) {
        ctx.missing++;
        return READ;
    }
    const watts = Number(pwr);
    if (!(watts >= 0)) {
        (0,reader/* badLine */.mV)(ctx, lineNo, `pwr "${pwr}" is not a power in W`);
        return READ;
    }
    s.out.push(atMs, watts, s.slots.named(gpu));
    return READ;
}
function createRead(options) {
    return async function* readDmon(lines, ctx) {
        const s = { poll: -1, lastGpu: Infinity, out: new reader/* ColumnsBuilder */.ZL(), slots: new DeviceSlots() };
        // The fast path follows the header in force (a restart into the file may bring another).
        let fast;
        const scanner = () => {
            const cols = s.cols;
            if (cols === undefined || cols.date < 0 || cols.time < 0)
                return undefined;
            if (fast?.layout !== cols)
                fast = newDmonFastState(cols, s.slots, s.out, ctx.clock, ctx, fast?.lines ?? 0);
            return fast;
        };
        const general = (line, lineNo) => generalLine(s, line, lineNo, ctx);
        for await (const batch of lines) {
            if (!options.fastPath) {
                for (let i = 0; i < batch.lines.length; i++)
                    if (generalLine(s, batch.lines[i], batch.firstLine + i, ctx) === STOP)
                        return;
            }
            else {
                if (readBatchLines(batch, scanner, general) === STOP)
                    return;
                if (options.stats)
                    options.stats.fastLines = fast?.lines ?? 0;
            }
            if (s.out.count > 0)
                yield { columns: s.out.take(s.slots.names) };
        }
    };
}
const sniff = (head) => {
    const first = head.find((l) => l.trim() !== '');
    return first !== undefined && /^#\s*(gpu|date)\b/i.test(first) && /\bpwr\b/.test(first);
};
/**
 * The dmon reader with options. With `-o DT`, plain lines are read from their bytes on a fast
 * path (nvidia-smi-dmon-fast.ts); other lines go through the general path, which gives the same result.
 */
function createDmonReader(options) {
    return { format: 'nvidia-smi-dmon', sniff, read: createRead(options) };
}
/**
 * The reader with its fast path off. For tests that check the fast path gives the same samples,
 * problems and counts.
 * @internal
 */
const nvidiaSmiDmonGeneralReader = createDmonReader({ fastPath: false });
/** `nvidia-smi dmon` text logs, with `-o DT` timestamps or an explicit start and interval. */
const nvidiaSmiDmonReader = createDmonReader({ fastPath: true });

;// CONCATENATED MODULE: ./lib/ingest/logs/nvidia-smi-fast.js


const nvidia_smi_fast_number = (0,scan/* newDecimalScan */.t0)();
/**
 * A fresh state for a layout (none: the fast path stays off). It applies when the timestamp is the
 * first cell and the device cell, if any, comes before power.
 */
const newFastState = (layout) => ({
    enabled: layout !== undefined && layout.tsCol === 0 && layout.powerCol > layout.deviceCol,
    prefixWords: new Int32Array(4),
    prefixLast: -1,
    minuteMs: NaN,
    shapes: new LineShapes(),
    hits: 0,
    misses: 0,
});
/** What `fastLine` returns for a line it leaves to the general path. */
const NOT_MINE = -1;
/**
 * Reads the line at `pos` without looking for commas: a known minute prefix, seconds, a known
 * shape (which fixes the device and where power starts), the power digits, then the newline.
 * Gives what the general path would (shared parsers), or `NOT_MINE` to leave the line to it.
 * @returns the start of the next line.
 */
function fastLine(f, b, view, pos, length, out, clock, ctx) {
    if (pos + 20 > length)
        return NOT_MINE;
    const p = f.prefixWords;
    if (view.getInt32(pos, true) !== p[0] || view.getInt32(pos + 4, true) !== p[1] || view.getInt32(pos + 8, true) !== p[2] || view.getInt32(pos + 12, true) !== p[3] || b[pos + 16] !== f.prefixLast)
        return NOT_MINE;
    const s1 = b[pos + 17] - scan/* DIGIT_0 */.l0;
    const s2 = b[pos + 18] - scan/* DIGIT_0 */.l0;
    if (s1 < 0 || s1 > 9 || s2 < 0 || s2 > 9 || s1 * 10 + s2 > 60)
        return NOT_MINE;
    let i = pos + 19;
    let ms = 0;
    if (b[i] === scan/* DOT */.y0) {
        const k = (0,scan/* scanDecimal */.Jp)(b, i, length, nvidia_smi_fast_number);
        if (nvidia_smi_fast_number.digits === 0)
            return NOT_MINE;
        ms = (0,scan/* fractionMs */.Lc)(nvidia_smi_fast_number.mantissa, nvidia_smi_fast_number.fraction);
        i = k;
    }
    if (b[i] !== scan/* COMMA */.KE)
        return NOT_MINE;
    const localMs = f.minuteMs + (s1 * 10 + s2) * 1000 + ms;
    const shape = f.shapes.find(view, b, i, length);
    if (shape < 0) {
        f.misses++;
        return NOT_MINE;
    }
    let k = i + f.shapes.length(shape);
    while (k < length && b[k] === scan/* SPACE */.t6)
        k++;
    if (b[k] === scan/* OPEN_BRACKET */.WL) {
        // [N/A], [Not Supported]: counted, skipped.
        ctx.missing++;
        f.hits++;
        const nl = b.indexOf(scan.LF, k);
        return nl < 0 ? length : nl + 1;
    }
    k = (0,scan/* scanDecimal */.Jp)(b, k, length, nvidia_smi_fast_number);
    const { mantissa, fraction, digits } = nvidia_smi_fast_number;
    if (digits === 0)
        return NOT_MINE;
    if (b[k] === scan/* SPACE */.t6 && b[k + 1] === scan/* UPPER_W */.pe)
        k += 2;
    else if (b[k] === scan/* UPPER_W */.pe)
        k++;
    let next;
    const c = b[k];
    if (k === length)
        next = length;
    else if (c === scan.LF)
        next = k + 1;
    else if (c === scan.CR && b[k + 1] === scan.LF)
        next = k + 2;
    else if (c === scan/* COMMA */.KE) {
        const nl = newlineFrom(b, view, k + 1, length);
        next = nl < length ? nl + 1 : length;
    }
    else
        return NOT_MINE;
    f.hits++;
    out.push(clock.toUtcMs(localMs), (0,scan/* decimal */._)(mantissa, fraction), f.shapes.slot(shape));
    return next;
}
/**
 * The first `\n` at or after `k` (or `length`). The cells after power are short, so four bytes at a
 * time in place beats a call into indexOf: a word holds a newline when (x - 0x01010101) & ~x &
 * 0x80808080 is non-zero for x = word ^ 0x0a0a0a0a, and its lowest flagged byte is the first one.
 */
function newlineFrom(b, view, k, length) {
    for (; k + 4 <= length; k += 4) {
        const x = view.getInt32(k, true) ^ 0x0a0a0a0a;
        const hit = (x - 0x01010101) & ~x & 0x80808080;
        if (hit !== 0)
            return k + ((31 - Math.clz32(hit & -hit)) >> 3);
    }
    while (k < length && b[k] !== scan.LF)
        k++;
    return k;
}
/** Remembers the minute of a line the general path read, for the fast path. */
function nvidia_smi_fast_learnMinute(f, b, lineStart, minuteMs) {
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (let k = 0; k < 4; k++)
        f.prefixWords[k] = view.getInt32(lineStart + k * 4, true);
    f.prefixLast = b[lineStart + 16];
    f.minuteMs = minuteMs;
}

;// CONCATENATED MODULE: ./lib/ingest/logs/nvidia-smi.js





const POWER_HEADERS = ['power.draw', 'power.draw.average', 'power.draw.instant'];
const TIMESTAMP = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?$/;
function layoutFromHeader(line) {
    const keys = line.split(',').map(reader/* headerKey */.Xs);
    const tsCol = keys.indexOf('timestamp');
    const powerCol = POWER_HEADERS.map((h) => keys.indexOf(h)).find((i) => i >= 0) ?? -1;
    if (tsCol < 0)
        return 'the header has no timestamp column; add timestamp to --query-gpu';
    if (powerCol < 0)
        return `the header has no power column; expected one of ${POWER_HEADERS.join(', ')} in --query-gpu`;
    const uuidCol = keys.indexOf('uuid');
    const deviceCol = uuidCol >= 0 ? uuidCol : keys.indexOf('index');
    return { tsCol, powerCol, deviceCol, lastCol: Math.max(tsCol, powerCol, deviceCol) };
}
/**
 * A headerless line's layout, only where nothing else can be meant: the timestamp first, one GPU
 * (`timestamp,power.draw`), the documented `timestamp,index,power.draw`, or a `GPU-…` uuid cell
 * with a single cell in W. Any other bare number may be a temperature, a clock or a fan speed as
 * well as an index (a query of `timestamp,utilization.gpu,…,temperature.gpu,power.draw` has one):
 * that is an error showing the cells, never a guess.
 */
function layoutFromRow(line) {
    const cells = line.split(',').map((c) => c.trim());
    // A power cell in W; `[N/A]` where a GPU reports none.
    const watts = cells.flatMap((c, i) => (/^[\d.]+ W$|^\[.*\]$/.test(c) ? [i] : []));
    const uuids = cells.flatMap((c, i) => (c.startsWith('GPU-') ? [i] : []));
    if (cells.length === 2)
        return { tsCol: 0, powerCol: 1, deviceCol: -1, lastCol: 1 };
    if (cells.length === 3 && /^\d+$/.test(cells[1]))
        return { tsCol: 0, powerCol: 2, deviceCol: 1, lastCol: 2 };
    if (watts.length === 1 && uuids.length === 1)
        return { tsCol: 0, powerCol: watts[0], deviceCol: uuids[0], lastCol: Math.max(watts[0], uuids[0]) };
    const power = watts.length === 1 ? watts[0] + 1 : cells.length;
    const seen = cells.map((c, i) => `${i + 1}: ${c === '' ? '(empty)' : c.slice(0, 40)}`).join(' | ');
    const why = watts.length > 1 ? `${watts.length} cells are in W` : watts.length === 0 && cells.length > 3 ? 'no cell carries a unit' : 'a bare number may be an index, a temperature or a clock';
    return (`a headerless nvidia-smi line of ${cells.length} cells (${seen}) does not say which is the power and which the GPU (${why}); ` +
        `keep the header (--format=csv without noheader), or map the columns in the manifest: logs[].columns: { time: 1, power: ${power} } (1-based positions; add device: N for the GPU column)`);
}
/** The device of the cell b[start, end) (spaces trimmed), or `gpu` when there is no device cell (start < 0). */
function deviceSlot(b, start, end, slots) {
    if (start < 0)
        return slots.named('gpu');
    while (b[start] === scan/* SPACE */.t6)
        start++;
    while (end > start && b[end - 1] === scan/* SPACE */.t6)
        end--;
    return slots.get(b, start, end);
}
function nvidia_smi_createRead(options) {
    return async function* readNvidiaSmi(lines, ctx) {
        let layout;
        const time = newTimeCache();
        const slots = new DeviceSlots();
        const out = new reader/* ColumnsBuilder */.ZL();
        const clock = ctx.clock;
        let fast = newFastState(undefined);
        let lineNo = 0;
        let fastLines = 0;
        for await (const batch of lines) {
            const b = batch.bytes;
            const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
            const length = b.length;
            const firstLineNo = lineNo;
            let pos = 0;
            while (pos < length) {
                lineNo++;
                if (fast.enabled && !Number.isNaN(fast.minuteMs)) {
                    const next = fastLine(fast, b, view, pos, length, out, clock, ctx);
                    if (next !== NOT_MINE) {
                        pos = next;
                        fastLines++;
                        continue;
                    }
                    // A log whose cells before power change every line (no fixed shape): stop trying.
                    if (fast.misses > 256 && fast.misses > fast.hits)
                        fast.enabled = false;
                }
                const lastCol = layout === undefined ? -1 : layout.lastCol;
                const tsCol = layout?.tsCol ?? -1;
                const powerCol = layout?.powerCol ?? -1;
                const deviceCol = layout?.deviceCol ?? -1;
                let k = b.indexOf(scan.LF, pos);
                if (k < 0)
                    k = length;
                let col = 0;
                let cellStart = pos;
                let tsStart = -1, tsEnd = -1, pStart = -1, pEnd = -1, dStart = -1, dEnd = -1;
                while (col <= lastCol) {
                    let comma = cellStart;
                    while (comma < k && b[comma] !== scan/* COMMA */.KE)
                        comma++;
                    if (col === tsCol) {
                        tsStart = cellStart;
                        tsEnd = comma;
                    }
                    else if (col === powerCol) {
                        pStart = cellStart;
                        pEnd = comma;
                    }
                    else if (col === deviceCol) {
                        dStart = cellStart;
                        dEnd = comma;
                    }
                    col++;
                    if (comma === k)
                        break;
                    cellStart = comma + 1;
                }
                let end = k;
                if (end > pos && b[end - 1] === scan.CR) {
                    end--;
                    if (tsEnd === k)
                        tsEnd = end;
                    if (pEnd === k)
                        pEnd = end;
                    if (dEnd === k)
                        dEnd = end;
                }
                const lineStart = pos;
                pos = k + 1;
                if (end === lineStart)
                    continue;
                // A header: the first line, or again after nvidia-smi was restarted into the same file.
                if (layout === undefined || b[lineStart] === scan/* LOWER_T */.nP) {
                    const line = (0,scan/* decode */.D4)(b, lineStart, end);
                    const isHeader = line.startsWith('timestamp') || line.includes('power.draw');
                    if (isHeader || layout === undefined) {
                        const found = isHeader ? layoutFromHeader(line) : layoutFromRow(line);
                        if (typeof found === 'string') {
                            ctx.problems.push((0,core_errors/* problem */.CC)('log-header', { reason: found, file: ctx.file, line: lineNo }));
                            return;
                        }
                        layout = found;
                        fast = newFastState(options.fastPath ? layout : undefined);
                        // Re-read this line with the layout now known.
                        if (!isHeader) {
                            pos = lineStart;
                            lineNo--;
                        }
                        continue;
                    }
                }
                if (pStart < 0 || tsStart < 0 || (deviceCol >= 0 && dStart < 0)) {
                    (0,reader/* badLine */.mV)(ctx, lineNo, `expected at least ${lastCol + 1} comma-separated cells, found ${col}`);
                    continue;
                }
                const watts = parseWatts(b, pStart, pEnd);
                if (watts === -1) {
                    ctx.missing++;
                    // A GPU that never reports power still gets a shape, so its lines take the fast path.
                    if (fast.enabled)
                        fast.shapes.learn(b, tsEnd, pStart, deviceSlot(b, dStart, dEnd, slots));
                    continue;
                }
                if (!(watts >= 0)) {
                    (0,reader/* badLine */.mV)(ctx, lineNo, `power.draw "${(0,scan/* decode */.D4)(b, pStart, pEnd).trim()}" is not a power in W`, { col: pStart - lineStart + 1 });
                    continue;
                }
                const localMs = parseLocalMs(b, tsStart, tsEnd, time);
                if (Number.isNaN(localMs)) {
                    const cell = (0,scan/* decode */.D4)(b, tsStart, tsEnd).trim();
                    const hint = TIMESTAMP.test(cell) ? ' (a date that does not exist)' : '';
                    (0,reader/* badLine */.mV)(ctx, lineNo, `timestamp "${cell}" is not YYYY/MM/DD HH:MM:SS.mmm${hint}`, { col: tsStart - lineStart + 1, suggestion: '2025/03/14 09:26:53.107' });
                    continue;
                }
                const slot = deviceSlot(b, dStart, dEnd, slots);
                if (fast.enabled) {
                    if (b[lineStart] >= scan/* DIGIT_0 */.l0 && b[lineStart] <= scan/* DIGIT_9 */.ev)
                        nvidia_smi_fast_learnMinute(fast, b, lineStart, time.minuteMs);
                    fast.shapes.learn(b, tsEnd, pStart, slot);
                }
                out.push(clock.toUtcMs(localMs), watts, slot);
            }
            batch.reportLineCount(lineNo - firstLineNo);
            if (options.stats)
                options.stats.fastLines = fastLines;
            if (out.count > 0)
                yield { columns: out.take(slots.names) };
        }
    };
}
/** nvidia-smi `--query-gpu=timestamp,...,power.draw --format=csv[,noheader][,nounits]`. */
const nvidiaSmiReader = createNvidiaSmiReader({ fastPath: true });
/**
 * The nvidia-smi reader with options. A log with the timestamp first and the device before power
 * (any `--query-gpu` order nvidia-smi users write) is read on a fast path: the minute's prefix and
 * each GPU's fixed cells are compared as bytes, so no comma is searched; other lines, and other
 * layouts, go through the general path, which gives the same result.
 */
function createNvidiaSmiReader(options) {
    return {
        format: 'nvidia-smi',
        sniff(head) {
            const first = head.find((l) => l.trim() !== '');
            if (first === undefined)
                return false;
            if (/(^|,)\s*power\.draw(\.average|\.instant)?\s*(\[W\])?\s*(,|$)/.test(first) && first.includes('timestamp'))
                return true;
            return TIMESTAMP.test(first.split(',')[0].trim());
        },
        read: nvidia_smi_createRead(options),
    };
}
/**
 * The reader with its fast path off: every line split at its commas. For tests that check the
 * fast path gives the same samples, problems and counts.
 * @internal
 */
const nvidiaSmiGeneralReader = createNvidiaSmiReader({ fastPath: false });

// EXTERNAL MODULE: ./lib/ingest/logs/local-time.js
var local_time = __webpack_require__(8083);
;// CONCATENATED MODULE: ./lib/ingest/logs/power-columns.js


// Which cells of a power CSV hold the time, the power and the device: from the header's names as
// people write them, or from the manifest's `columns` mapping (names or 1-based positions). Never
// a guess: two candidate power columns, or a headerless file without a mapping, are errors.
const TIME_NAMES = ['timestamp', 'time', 'ts', 'datetime', 'date', 'time_utc'];
const DEVICE_NAMES = ['device', 'gpu', 'index', 'uuid', 'gpu_index', 'gpu_uuid'];
/** Factors to W of the units a power column or cell may carry. */
const POWER_UNITS = { mW: 1e-3, W: 1, kW: 1e3 };
// Spellings of each unit (`Power(W)`, `power_W`, `power [kW]`, `power_mw`); `MW` (megawatts) is
// not one: no single device draws it, so it is a slip to report.
const UNIT_SPELLINGS = {
    w: 'W', watt: 'W', watts: 'W', kw: 'kW', kilowatt: 'kW', kilowatts: 'kW', mw: 'mW', milliwatt: 'mW', milliwatts: 'mW',
};
const unitOf = (text) => (text === 'MW' ? undefined : UNIT_SPELLINGS[text.toLowerCase()]);
// Names of a power column, after the unit is taken off, lower case, separators as one space.
const POWER_NAMES = {
    power: undefined, 'power draw': undefined, 'power usage': undefined, 'power consumption': undefined,
    'power draw average': undefined, 'power draw instant': undefined, watts: 'W', watt: 'W', w: 'W', powerw: 'W', kw: 'kW', mw: 'mW',
};
/**
 * Reads a header cell as a power column: `watts`, `power [W]`, `Power(W)`, `Power Draw (W)`,
 * `power_W`, `power_kw`, `power.draw [W]`.
 */
function powerHeader(cell) {
    let name = cell.trim().replace(/^\uFEFF/, '');
    let unitText;
    const bracket = /^(.*?)\s*[[(]\s*([^\])]*?)\s*[\])]\s*$/.exec(name);
    if (bracket) {
        name = bracket[1];
        unitText = bracket[2];
    }
    else {
        const suffix = /^(.*?)[\s_.-]+([a-z]+)$/i.exec(name);
        if (suffix && suffix[1].toLowerCase().replace(/[\s_.-]+/g, ' ') in POWER_NAMES && (unitOf(suffix[2]) || suffix[2] === 'MW')) {
            name = suffix[1];
            unitText = suffix[2];
        }
    }
    const key = name.toLowerCase().replace(/[\s_.-]+/g, ' ').trim();
    if (!(key in POWER_NAMES))
        return undefined;
    const implied = POWER_NAMES[key];
    if (unitText === undefined)
        return implied === undefined ? {} : { unit: implied };
    const unit = unitOf(unitText);
    if (unit === undefined || (implied !== undefined && implied !== unit))
        return { badUnit: unitText };
    return { unit };
}
/** Looks a mapped column up: a name in the header, or a 1-based position. */
function resolve(ref, field, header, width) {
    if (typeof ref === 'number') {
        return ref <= width ? ref - 1 : `columns.${field} is column ${ref}, but line 1 has ${width} cells`;
    }
    if (header === undefined)
        return `columns.${field} names "${ref}", but the file has no header; give its 1-based position`;
    const keys = header.map((h) => h.trim().replace(/^\uFEFF/, ''));
    const exact = keys.indexOf(ref);
    if (exact >= 0)
        return exact;
    const loose = keys.findIndex((k) => k.toLowerCase() === ref.toLowerCase());
    if (loose >= 0)
        return loose;
    const near = (0,units/* nearest */.pA)(ref, keys);
    return `columns.${field} names "${ref}", which is not in the header (${keys.join(', ')})${near ? `; did you mean "${near}"?` : ''}`;
}
/**
 * The unit of power column `col`: the header's (`power [kW]`, `Power(W)`, `watts`), else the
 * manifest's `power-unit`, else W for a column named as power (`power`, `Power Draw`), as the
 * formats page says; headerless without power-unit: undefined, each cell must carry its unit.
 */
function columnUnit(header, col, powerUnit) {
    const cell = header?.[col]?.trim();
    const said = cell === undefined ? undefined : powerHeader(cell);
    if (said && 'badUnit' in said)
        return { error: `power column "${cell}" has unit "${said.badUnit}"; expected W, kW or mW` };
    if (said?.unit !== undefined && powerUnit !== undefined && said.unit !== powerUnit) {
        return { error: `power-unit is ${powerUnit} but the header "${cell}" says ${said.unit}; remove power-unit or fix the header` };
    }
    const unit = said?.unit ?? powerUnit ?? (said !== undefined ? 'W' : undefined);
    return unit === undefined ? {} : { unit };
}
/**
 * The layout of a power CSV from its first line: a header read by names, or (with a mapping) the
 * columns the manifest names. With a mapping of positions only, the first line is a header when
 * its time cell is not a time (`isTime`).
 * @returns the layout, or a message for an error at line 1.
 */
function columnLayout(first, mapping, powerUnit, isTime, firstLine) {
    if (mapping === undefined)
        return layoutFromNames(first, powerUnit, firstLine);
    const refs = [mapping.time, mapping.device, ...(mapping.power ?? [])];
    const named = refs.some((r) => typeof r === 'string');
    const timeAt = typeof mapping.time === 'number' ? mapping.time - 1 : -1;
    const hasHeader = named || (timeAt >= 0 && !isTime(first[timeAt] ?? ''));
    const header = hasHeader ? first : undefined;
    const byName = header ? layoutFromNames(header, powerUnit, firstLine) : undefined;
    const pick = (ref, field, fallback) => {
        if (ref !== undefined)
            return resolve(ref, field, header, first.length);
        if (fallback !== undefined && fallback >= 0)
            return fallback;
        return `give columns.${field}: ${header ? 'the header names none this reader knows' : 'the file has no header'}`;
    };
    const fromNames = typeof byName === 'object' ? byName : undefined;
    const time = pick(mapping.time, 'time', fromNames?.time ?? (header ? header.findIndex((h) => TIME_NAMES.includes((0,reader/* headerKey */.Xs)(h))) : undefined));
    if (typeof time === 'string')
        return time;
    const powerRefs = mapping.power ?? [];
    if (powerRefs.length > 1 && mapping.device !== undefined)
        return 'columns.power lists several columns, one device each: columns.device does not apply; remove it';
    const device = powerRefs.length > 1 ? -1 : mapping.device !== undefined ? pick(mapping.device, 'device', undefined) : (fromNames?.device ?? -1);
    if (typeof device === 'string')
        return device;
    const powers = [];
    if (powerRefs.length === 0) {
        if (fromNames === undefined)
            return typeof byName === 'string' ? byName : 'give columns.power: the file has no header';
        powers.push(...fromNames.powers);
    }
    for (const ref of powerRefs) {
        const col = resolve(ref, 'power', header, first.length);
        if (typeof col === 'string')
            return col;
        const unit = columnUnit(header, col, powerUnit);
        if ('error' in unit)
            return unit.error;
        const name = header ? header[col].trim() : `column ${col + 1}`;
        powers.push({ col, ...unit, ...(powerRefs.length > 1 ? { device: name } : {}) });
    }
    return { time, powers, device, ...(header ? { header: firstLine } : {}) };
}
/** The layout of a header by its names alone; several candidate power columns are an error. */
function layoutFromNames(header, powerUnit, firstLine) {
    const keys = header.map(reader/* headerKey */.Xs);
    const time = keys.findIndex((k) => TIME_NAMES.includes(k));
    const candidates = header.flatMap((c, i) => (powerHeader(c) !== undefined ? [i] : []));
    const seen = header.map((c) => c.trim()).join(', ');
    if (time < 0 || candidates.length === 0) {
        return `expected a header with a time column (${TIME_NAMES.join(', ')}) and a power column (watts, power [W], Power(W), power_kw), found ${seen}; or map the columns with logs[].columns`;
    }
    if (candidates.length > 1) {
        const names = candidates.map((i) => `"${header[i].trim()}"`).join(', ');
        return `${candidates.length} columns could be the power (${names}); set logs[].columns.power to one of them, or to a list of them (one device per column)`;
    }
    const col = candidates[0];
    const unit = columnUnit(header, col, powerUnit);
    if ('error' in unit)
        return unit.error;
    return { time, powers: [{ col, ...unit }], device: keys.findIndex((k) => DEVICE_NAMES.includes(k)), header: firstLine };
}

;// CONCATENATED MODULE: ./lib/ingest/logs/power-csv-fast.js


const power_csv_fast_number = (0,scan/* newDecimalScan */.t0)();
/** A fresh state for a layout; samples are named through `slots`, shared with the general path. */
function newPowerFastState(layout, slots, clock, seen, out) {
    return {
        lines: 0,
        scan(b, view, pos, length) {
            return scanPowerLines(this, b, view, pos, length);
        },
        out,
        layout,
        lastCol: Math.max(layout.time, layout.power, layout.device),
        time: newTimeScan(),
        clock,
        seen,
        slots,
        powerSlot: layout.device < 0 ? slots.named('power') : -1,
        // A double from the start, so the first line's value does not change the object's shape.
        watts: 0.5,
    };
}
/**
 * Parses a power cell of plain digits (`350`, `350.12`, `.5`, `12.`) at b[k] into `f.watts`.
 * @returns the end of the digits, or -1 when there are none or too many.
 */
function powerCell(f, b, k, length) {
    k = (0,scan/* scanDecimal */.Jp)(b, k, length, power_csv_fast_number);
    const { mantissa, fraction, digits } = power_csv_fast_number;
    // Up to 15 digits the mantissa is exact, so the quotient is Number()'s correctly rounded value.
    if (digits === 0 || digits > 15)
        return -1;
    f.watts = (0,scan/* decimal */._)(mantissa, fraction) * f.layout.factor;
    return k;
}
/** The start of the line after the one whose last needed cell ends at b[k], or -1 when that cell has more in it. */
function nextLine(b, k, length) {
    const c = b[k];
    if (c === scan.LF)
        return k + 1;
    if (k === length)
        return length;
    if (c === scan/* COMMA */.KE) {
        const nl = b.indexOf(scan.LF, k + 1);
        return nl < 0 ? length : nl + 1;
    }
    if (c === scan.CR && (k + 1 === length || b[k + 1] === scan.LF))
        return Math.min(k + 2, length);
    return -1;
}
/**
 * Reads lines from `pos` on as the general path would, while they are plain; stops at the first
 * line it leaves to the general path (or at `length`). Each line read is one sample in `f.out`.
 * The read is short, so much of it runs before the JIT has optimized anything: the loop and its
 * helpers are small (they are optimized sooner) and allocate nothing.
 * @returns the start of the first line not read.
 */
function scanPowerLines(f, b, view, pos, length) {
    const { time, power, device } = f.layout;
    const last = f.lastCol;
    while (pos < length) {
        let dStart = -1;
        let dEnd = -1;
        let k = pos;
        for (let col = 0; k >= 0; col++) {
            if (col === time)
                k = scanTime(f.time, b, view, k, length);
            else if (col === power)
                k = powerCell(f, b, k, length);
            else {
                const start = k;
                for (; k < length; k++) {
                    const c = b[k];
                    if (c === scan/* COMMA */.KE || c === scan.LF || (c === scan.CR && (k + 1 === length || b[k + 1] === scan.LF)))
                        break;
                    if (c === scan/* QUOTE */.jA)
                        return pos;
                }
                // The general path trims the name: leave names with any space (or non-ASCII) at an edge to it.
                if (col === device) {
                    if (k > start && (b[start] <= scan/* SPACE */.t6 || b[start] >= scan/* NON_ASCII */.a2 || b[k - 1] <= scan/* SPACE */.t6 || b[k - 1] >= scan/* NON_ASCII */.a2))
                        return pos;
                    dStart = start;
                    dEnd = k;
                }
            }
            if (col === last)
                break;
            if (k >= 0)
                k = b[k] === scan/* COMMA */.KE ? k + 1 : -1;
        }
        const next = k < 0 ? -1 : nextLine(b, k, length);
        if (next < 0)
            return pos;
        f.out.push(resolveTime(f.time, f.clock, f.seen), f.watts, device < 0 ? f.powerSlot : f.slots.get(b, dStart, dEnd));
        f.lines++;
        pos = next;
    }
    return pos;
}

;// CONCATENATED MODULE: ./lib/ingest/logs/power-csv.js









/** A power cell with its unit, if it carries one (`287.41 W`, `1.2 kW`, `350`). */
const POWER_CELL = /^\s*([^\s]*?)\s*(mW|kW|W)?\s*$/;
/** Reads the layout from the first line: its names, or the manifest's mapping. */
function readLayout(s, line, lineNo, ctx) {
    const first = (0,reader/* splitCsv */.F8)(line);
    const isTime = (cell) => !Number.isNaN((0,ingest_time/* parseTimestamp */.EH)(cell.trim(), s.clock));
    const found = columnLayout(first, ctx.spec.columns, ctx.spec.powerUnit, isTime, line);
    if (typeof found === 'string') {
        ctx.problems.push((0,core_errors/* problem */.CC)('log-header', { reason: found, file: ctx.file, line: lineNo, field: ctx.spec.columns ? 'columns' : undefined }));
        return STOP;
    }
    s.layout = found;
    s.cells.length = Math.max(found.time, found.device, ...found.powers.map((p) => p.col)) + 1;
    const only = found.powers.length === 1 ? found.powers[0] : undefined;
    if (only?.unit !== undefined)
        s.fastLayout = { time: found.time, power: only.col, device: found.device, factor: POWER_UNITS[only.unit] };
    // Headerless: the first line is a sample.
    return found.header === undefined ? power_csv_generalLine(s, line, lineNo, ctx) : READ;
}
/** Reads one line from its text: the header first, then samples; problems go to `ctx`. */
function power_csv_generalLine(s, line, lineNo, ctx) {
    if (line.length === 0 || (line.charCodeAt(0) <= scan/* SPACE */.t6 && line.trim() === ''))
        return READ;
    const cols = s.layout;
    if (cols === undefined)
        return readLayout(s, line, lineNo, ctx);
    // The header again (a tool restarted into the same file).
    if (line === cols.header)
        return READ;
    const cells = s.cells;
    const found = line.includes('"') ? splitInto((0,reader/* splitCsv */.F8)(line), cells) : cellsInto(line, cells);
    const timeCell = cells[cols.time] ?? '';
    let atMs = NaN;
    for (const power of cols.powers) {
        const powerCell = cells[power.col];
        if (powerCell === undefined || found <= power.col) {
            (0,reader/* badLine */.mV)(ctx, lineNo, `expected ${power.col + 1} or more cells, found ${found}`);
            return READ;
        }
        if ((0,reader/* isMissing */.b2)(powerCell)) {
            ctx.missing++;
            continue;
        }
        const m = POWER_CELL.exec(powerCell);
        const unit = m?.[2] ?? power.unit;
        const watts = m && m[1] !== '' && unit !== undefined ? Number(m[1]) * POWER_UNITS[unit] : NaN;
        if (m?.[2] !== undefined && power.unit !== undefined && m[2] !== power.unit) {
            (0,reader/* badLine */.mV)(ctx, lineNo, `power "${powerCell.trim()}" is in ${m[2]}, but the column is in ${power.unit}`);
            return READ;
        }
        if (unit === undefined && m && m[1] !== '') {
            (0,reader/* badLine */.mV)(ctx, lineNo, `power "${powerCell.trim()}" has no unit, and neither has its column; set logs[].power-unit (mW, W or kW)`);
            return READ;
        }
        if (!(watts >= 0)) {
            (0,reader/* badLine */.mV)(ctx, lineNo, `power "${powerCell}" is not a number of ${power.unit ?? 'W'}`);
            return READ;
        }
        if (Number.isNaN(atMs)) {
            atMs = (0,local_time/* parseTimestampCached */._f)(timeCell.trim(), s.clock, s.minute, ctx.timeSeen);
            if (Number.isNaN(atMs)) {
                (0,reader/* badTime */.Fo)(ctx, lineNo, timeCell, 'time');
                return READ;
            }
        }
        const device = power.device ?? (cols.device >= 0 ? (cells[cols.device] ?? '').trim() : 'power');
        s.out.push(atMs, watts, s.slots.named(device));
    }
    return READ;
}
function power_csv_createRead(options) {
    return async function* readPowerCsv(lines, ctx) {
        const s = { out: new reader/* ColumnsBuilder */.ZL(), slots: new DeviceSlots(), minute: (0,local_time/* newMinuteCache */.jf)(), clock: ctx.clock, cells: [] };
        let fast;
        // The fast path starts once the header has given a layout it takes.
        const scanner = () => (fast ??= s.fastLayout && newPowerFastState(s.fastLayout, s.slots, s.clock, ctx.timeSeen, s.out));
        const general = (line, lineNo) => power_csv_generalLine(s, line, lineNo, ctx);
        for await (const batch of lines) {
            if (!options.fastPath) {
                for (let i = 0; i < batch.lines.length; i++)
                    if (power_csv_generalLine(s, batch.lines[i], batch.firstLine + i, ctx) === STOP)
                        return;
            }
            else {
                if (readBatchLines(batch, scanner, general) === STOP)
                    return;
                if (options.stats)
                    options.stats.fastLines = fast?.lines ?? 0;
            }
            if (s.out.count > 0)
                yield { columns: s.out.take(s.slots.names) };
        }
    };
}
/** Cuts the first `cells.length` comma-separated cells of an unquoted line into `cells`; returns how many there were. */
function cellsInto(line, cells) {
    let start = 0;
    for (let i = 0; i < cells.length; i++) {
        if (start > line.length) {
            cells[i] = undefined;
            continue;
        }
        const comma = line.indexOf(',', start);
        const end = comma < 0 ? line.length : comma;
        cells[i] = line.slice(start, end);
        start = comma < 0 ? line.length + 1 : comma + 1;
    }
    return start > line.length ? cells.filter((c) => c !== undefined).length : cells.length;
}
/** Copies split cells into the reused array. */
function splitInto(all, cells) {
    for (let i = 0; i < cells.length; i++)
        cells[i] = all[i];
    return all.length;
}
function power_csv_sniff(head) {
    const first = head.find((l) => l.trim() !== '');
    if (first === undefined || first.trimStart().startsWith('{'))
        return false;
    const cells = (0,reader/* splitCsv */.F8)(first);
    return cells.some((c) => TIME_NAMES.includes((0,reader/* headerKey */.Xs)(c))) && cells.some((c) => powerHeader(c) !== undefined);
}
/**
 * The power-csv reader with options. Lines of plain cells with ISO or Unix times are read from
 * their bytes on a fast path; other lines go through the general path, which gives
 * the same result.
 */
function createPowerCsvReader(options) {
    return { format: 'power-csv', sniff: power_csv_sniff, read: power_csv_createRead(options) };
}
/** A plain CSV of power samples: a time column, a power column in W (or as the header says), an optional device. */
const powerCsvReader = createPowerCsvReader({ fastPath: true });
/**
 * The reader with its fast path off: every line read as text. For tests that check the fast path
 * gives the same samples, problems and counts.
 * @internal
 */
const powerCsvGeneralReader = createPowerCsvReader({ fastPath: false });

;// CONCATENATED MODULE: ./lib/ingest/logs/scan-json.js

// A flat JSON object on one line (`{"timestamp": "…", "watts": 287.4}`), read from its bytes for
// the fast paths of the JSON-lines readers: where each member's key and value sit, and what kind
// the value is. Only what JSON.parse would accept is accepted, and only the simple cases: strings
// without escapes, numbers, true, false, null. Anything else (a nested object or array, an escape,
// a line that is not one object) gives -1, and the reader leaves the line to JSON.parse.
/** Kinds of value. */
const STRING = 0;
/** Digits with an optional fraction (`287.4`, `0`): what `scanDecimal` reads exactly. */
const PLAIN_NUMBER = 1;
/** Any other JSON number (`-5`, `1e3`): valid, but for Number() to read. */
const OTHER_NUMBER = 2;
const NULL = 3;
const BOOLEAN = 4;
/** More members than this on a line: leave it to JSON.parse. */
const MAX_MEMBERS = 64;
/** The members of the last object scanned: key and value spans (a string's without its quotes), value kinds. */
class FlatObject {
    count = 0;
    keyStart = new Int32Array(MAX_MEMBERS);
    keyEnd = new Int32Array(MAX_MEMBERS);
    valueStart = new Int32Array(MAX_MEMBERS);
    valueEnd = new Int32Array(MAX_MEMBERS);
    kind = new Uint8Array(MAX_MEMBERS);
    /**
     * Scans the line at b[pos] as one flat object (JSON whitespace around it allowed).
     * @returns the start of the next line, or -1 when the line is not a flat object this reads.
     */
    scan(b, pos, length) {
        let k = skipSpace(b, pos, length);
        if (b[k] !== scan/* OPEN_BRACE */.Hv)
            return -1;
        k = skipSpace(b, k + 1, length);
        let n = 0;
        if (b[k] === scan/* CLOSE_BRACE */.rc)
            k++;
        else {
            for (;;) {
                if (n === MAX_MEMBERS || b[k] !== scan/* QUOTE */.jA)
                    return -1;
                this.keyStart[n] = k + 1;
                k = stringEnd(b, k + 1, length);
                if (k < 0)
                    return -1;
                this.keyEnd[n] = k;
                k = skipSpace(b, k + 1, length);
                if (b[k] !== scan/* COLON */.oH)
                    return -1;
                k = skipSpace(b, k + 1, length);
                k = this.value(n, b, k, length);
                if (k < 0)
                    return -1;
                n++;
                k = skipSpace(b, k, length);
                const c = b[k];
                if (c === scan/* COMMA */.KE)
                    k = skipSpace(b, k + 1, length);
                else if (c === scan/* CLOSE_BRACE */.rc) {
                    k++;
                    break;
                }
                else
                    return -1;
            }
        }
        this.count = n;
        k = skipSpace(b, k, length);
        if (k === length)
            return length;
        if (b[k] === scan.LF)
            return k + 1;
        if (b[k] === scan.CR && b[k + 1] === scan.LF)
            return k + 2;
        return -1;
    }
    value(n, b, k, length) {
        const c = b[k];
        if (c === scan/* QUOTE */.jA) {
            const end = stringEnd(b, k + 1, length);
            if (end < 0)
                return -1;
            this.valueStart[n] = k + 1;
            this.valueEnd[n] = end;
            this.kind[n] = STRING;
            return end + 1;
        }
        this.valueStart[n] = k;
        if (c === scan/* LOWER_N */.nA || c === scan/* LOWER_T */.nP || c === scan/* LOWER_F */.$6) {
            const end = word(b, k, length);
            this.valueEnd[n] = end;
            this.kind[n] = c === scan/* LOWER_N */.nA ? NULL : BOOLEAN;
            return end;
        }
        const end = numberEnd(b, k, length);
        this.valueEnd[n] = Math.abs(end);
        this.kind[n] = end > 0 ? PLAIN_NUMBER : OTHER_NUMBER;
        return end === 0 ? -1 : Math.abs(end);
    }
}
const skipSpace = (b, k, length) => {
    while (k < length && (b[k] === scan/* SPACE */.t6 || b[k] === scan/* TAB */.wn))
        k++;
    return k;
};
/** The closing quote of a string whose content starts at b[k], or -1 (an escape or a control character: JSON.parse's). */
function stringEnd(b, k, length) {
    for (; k < length; k++) {
        const c = b[k];
        if (c === scan/* QUOTE */.jA)
            return k;
        if (c === scan/* BACKSLASH */.r_ || c < scan/* SPACE */.t6)
            return -1;
    }
    return -1;
}
const NULL_BYTES = [0x6e, 0x75, 0x6c, 0x6c];
const TRUE_BYTES = [0x74, 0x72, 0x75, 0x65];
const FALSE_BYTES = [0x66, 0x61, 0x6c, 0x73, 0x65];
/** The end of `null`, `true` or `false` at b[k], or -1. */
function word(b, k, length) {
    const bytes = b[k] === scan/* LOWER_N */.nA ? NULL_BYTES : b[k] === scan/* LOWER_T */.nP ? TRUE_BYTES : FALSE_BYTES;
    if (k + bytes.length > length)
        return -1;
    for (let i = 0; i < bytes.length; i++)
        if (b[k + i] !== bytes[i])
            return -1;
    return k + bytes.length;
}
/**
 * The end of a JSON number at b[k]: positive when it is plain (digits, an optional fraction),
 * negative when it is another valid number (a sign, an exponent), 0 when it is not one.
 */
function numberEnd(b, k, length) {
    let plain = true;
    if (b[k] === scan/* DASH */.jr) {
        plain = false;
        k++;
    }
    // `0`, or a digit 1-9 and more digits: JSON has no leading zeros.
    if (b[k] === scan/* DIGIT_0 */.l0)
        k++;
    else if ((0,scan/* isDigit */.yp)(b[k]))
        while (k < length && (0,scan/* isDigit */.yp)(b[k]))
            k++;
    else
        return 0;
    if (b[k] === scan/* DOT */.y0) {
        k++;
        if (!(0,scan/* isDigit */.yp)(b[k]))
            return 0;
        while (k < length && (0,scan/* isDigit */.yp)(b[k]))
            k++;
    }
    if (b[k] === scan/* LOWER_E */.Us || b[k] === scan/* UPPER_E */.DS) {
        plain = false;
        k++;
        if (b[k] === scan/* PLUS */.b9 || b[k] === scan/* DASH */.jr)
            k++;
        if (!(0,scan/* isDigit */.yp)(b[k]))
            return 0;
        while (k < length && (0,scan/* isDigit */.yp)(b[k]))
            k++;
    }
    return plain ? k : -k;
}

;// CONCATENATED MODULE: ./lib/ingest/logs/power-jsonl-fast.js



const power_jsonl_fast_number = (0,scan/* newDecimalScan */.t0)();
const POWER = 0;
const TIME = 1;
const DEVICE = 2;
/** The keys as bytes, each with its role and rank (its place in its role's list). */
class KeyTable {
    bytes = [];
    roles = [];
    ranks = [];
    /** Role and rank of the last `find`. */
    role = -1;
    rank = 0;
    constructor(keys) {
        for (const [role, names] of [[POWER, keys.power], [TIME, keys.time], [DEVICE, keys.device]]) {
            names.forEach((name, rank) => {
                this.bytes.push(Buffer.from(name, 'utf8'));
                this.roles.push(role);
                this.ranks.push(rank);
            });
        }
    }
    /** Looks up the key b[start, end): sets `role` (-1: none of them) and `rank`. */
    find(b, start, end) {
        const len = end - start;
        for (let i = 0; i < this.bytes.length; i++) {
            const known = this.bytes[i];
            if (known.length !== len)
                continue;
            let k = 0;
            while (k < len && b[start + k] === known[k])
                k++;
            if (k === len) {
                this.role = this.roles[i];
                this.rank = this.ranks[i];
                return;
            }
        }
        this.role = -1;
    }
}
/** A fresh state; samples go to `out`, devices through `slots` (shared with the general path). */
function newJsonlFastState(keys, slots, out, ctx, unnamed) {
    return {
        lines: 0,
        scan(b, view, pos, length) {
            return scanJsonlLines(this, b, view, pos, length);
        },
        object: new FlatObject(),
        keys: new KeyTable(keys),
        time: newTimeScan(),
        out,
        slots,
        clock: ctx.clock,
        seen: ctx.timeSeen,
        ctx,
        unnamed: slots.named(unnamed),
    };
}
/** The value of a plain JSON number b[start, end) as Number() reads it, or NaN when it has too many digits to read exactly. */
function power_jsonl_fast_plainNumber(b, start, end) {
    (0,scan/* scanDecimal */.Jp)(b, start, end, power_jsonl_fast_number);
    return (0,scan/* exactDecimal */.Z5)(power_jsonl_fast_number);
}
function hasDot(b, start, end) {
    for (let k = start; k < end; k++)
        if (b[k] === scan/* DOT */.y0)
            return true;
    return false;
}
function scanJsonlLines(f, b, view, pos, length) {
    const o = f.object;
    const keys = f.keys;
    while (pos < length) {
        const next = o.scan(b, pos, length);
        if (next < 0)
            return pos;
        // Per role, the member `pick` takes: the first key of the role's list present; JSON.parse keeps the last of a repeated key.
        let power = -1, powerRank = 1 << 30, time = -1, timeRank = 1 << 30, device = -1, deviceRank = 1 << 30;
        for (let m = 0; m < o.count; m++) {
            keys.find(b, o.keyStart[m], o.keyEnd[m]);
            const role = keys.role;
            const rank = keys.rank;
            if (role === POWER && rank <= powerRank) {
                power = m;
                powerRank = rank;
            }
            else if (role === TIME && rank <= timeRank) {
                time = m;
                timeRank = rank;
            }
            else if (role === DEVICE && rank <= deviceRank) {
                device = m;
                deviceRank = rank;
            }
        }
        if (power < 0 || time < 0)
            return pos;
        const powerKind = o.kind[power];
        if (powerKind === NULL) {
            // A missing reading: counted; its time is not read.
            f.ctx.missing++;
            f.lines++;
            pos = next;
            continue;
        }
        if (powerKind !== PLAIN_NUMBER)
            return pos;
        const watts = power_jsonl_fast_plainNumber(b, o.valueStart[power], o.valueEnd[power]);
        if (Number.isNaN(watts))
            return pos;
        // The time: a string of the grammar, or a number (Unix s or ms); scanned within its own bytes.
        const timeKind = o.kind[time];
        const tStart = o.valueStart[time];
        const tEnd = o.valueEnd[time];
        if (timeKind !== STRING && timeKind !== PLAIN_NUMBER)
            return pos;
        if (scanTime(f.time, b, view, tStart, tEnd) !== tEnd)
            return pos;
        if (timeKind === PLAIN_NUMBER && f.time.unixBit === 0)
            return pos;
        let slot = f.unnamed;
        if (device >= 0) {
            const dStart = o.valueStart[device];
            const dEnd = o.valueEnd[device];
            const kind = o.kind[device];
            // A string names itself; a whole number of up to 15 digits is named by its digits (String(n)).
            if (kind !== STRING && !(kind === PLAIN_NUMBER && dEnd - dStart <= 15 && !hasDot(b, dStart, dEnd)))
                return pos;
            slot = f.slots.get(b, dStart, dEnd);
        }
        f.out.push(resolveTime(f.time, f.clock, f.seen), watts, slot);
        f.lines++;
        pos = next;
    }
    return pos;
}

;// CONCATENATED MODULE: ./lib/ingest/logs/power-jsonl.js






const WATT_KEYS = ['watts', 'power', 'powerW', 'power_w', 'power_watts'];
function pick(obj, keys) {
    for (const k of keys)
        if (obj[k] !== undefined)
            return obj[k];
    return undefined;
}
/** Reads one line from its text with JSON.parse; problems go to `ctx`. */
function power_jsonl_generalLine(s, line, lineNo, ctx) {
    if (line.trim() === '')
        return READ;
    let obj;
    try {
        obj = JSON.parse(line);
    }
    catch {
        (0,reader/* badLine */.mV)(ctx, lineNo, 'not a JSON object (one object per line expected)');
        return READ;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
        (0,reader/* badLine */.mV)(ctx, lineNo, 'not a JSON object (one object per line expected)');
        return READ;
    }
    const rec = obj;
    const power = pick(rec, WATT_KEYS);
    const time = pick(rec, TIME_NAMES);
    if (power === null || power === 'NaN') {
        ctx.missing++;
        return READ;
    }
    const watts = typeof power === 'number' ? power : typeof power === 'string' ? Number(power) : NaN;
    const atMs = typeof time === 'number' ? (0,ingest_time/* unixMs */.vk)(time, ctx.timeSeen) : typeof time === 'string' ? (0,ingest_time/* parseTimestamp */.EH)(time, ctx.clock, ctx.timeSeen) : NaN;
    if (!(watts >= 0)) {
        (0,reader/* badLine */.mV)(ctx, lineNo, `expected a power in W under one of ${WATT_KEYS.join(', ')}`);
        return READ;
    }
    if (Number.isNaN(atMs)) {
        if (typeof time === 'string')
            (0,reader/* badTime */.Fo)(ctx, lineNo, time, 'timestamp');
        else
            (0,reader/* badLine */.mV)(ctx, lineNo, `expected a timestamp (ISO 8601 or Unix seconds) under one of ${TIME_NAMES.join(', ')}`);
        return READ;
    }
    const device = pick(rec, DEVICE_NAMES);
    s.out.push(atMs, watts, s.slots.named(device === undefined ? UNNAMED : String(device)));
    return READ;
}
/** The device of samples without a device key. */
const UNNAMED = 'power';
function power_jsonl_createRead(options) {
    return async function* readPowerJsonl(lines, ctx) {
        const s = { out: new reader/* ColumnsBuilder */.ZL(), slots: new DeviceSlots() };
        const fast = newJsonlFastState({ power: WATT_KEYS, time: TIME_NAMES, device: DEVICE_NAMES }, s.slots, s.out, ctx, UNNAMED);
        const general = (line, lineNo) => power_jsonl_generalLine(s, line, lineNo, ctx);
        for await (const batch of lines) {
            if (!options.fastPath) {
                for (let i = 0; i < batch.lines.length; i++)
                    power_jsonl_generalLine(s, batch.lines[i], batch.firstLine + i, ctx);
            }
            else {
                readBatchLines(batch, () => fast, general);
                if (options.stats)
                    options.stats.fastLines = fast.lines;
            }
            if (s.out.count > 0)
                yield { columns: s.out.take(s.slots.names) };
        }
    };
}
function power_jsonl_sniff(head) {
    const first = head.find((l) => l.trim() !== '')?.trim();
    if (!first?.startsWith('{'))
        return false;
    try {
        const obj = JSON.parse(first);
        return pick(obj, WATT_KEYS) !== undefined && pick(obj, TIME_NAMES) !== undefined;
    }
    catch {
        return false;
    }
}
/** The power-jsonl reader with options: `{"timestamp": "...", "watts": 287.4, "device": "0"}` per line. */
function createPowerJsonlReader(options) {
    return { format: 'power-jsonl', sniff: power_jsonl_sniff, read: power_jsonl_createRead(options) };
}
/** JSON lines of power samples; plain lines are read from their bytes (power-jsonl-fast.ts). */
const powerJsonlReader = createPowerJsonlReader({ fastPath: true });
/**
 * The reader with its fast path off: every line through JSON.parse. For tests that check the fast
 * path gives the same samples, problems and counts.
 * @internal
 */
const powerJsonlGeneralReader = createPowerJsonlReader({ fastPath: false });

;// CONCATENATED MODULE: ./lib/ingest/logs/dcgm.js


// NVIDIA DCGM exporter metrics, however they were saved (Prometheus text scrapes, query_range
// JSON): the energy counter is preferred to integrating the power gauge, as it is exact across
// gaps and between samples.
const POWER_METRIC = 'DCGM_FI_DEV_POWER_USAGE';
/** mJ since the driver loaded; `_total` is how some relabelling pipelines name a counter. */
const ENERGY_METRICS = new Set(['DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION', 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION_total']);
/** The device of a series: `Hostname` (or `instance`) and `UUID` (or `gpu`, `device`). */
function dcgmDevice(labels) {
    const host = labels.Hostname ?? labels.instance ?? '';
    const gpu = labels.UUID ?? labels.gpu ?? labels.device ?? '';
    return host ? `${host}/${gpu}` : gpu;
}
/**
 * Folds DCGM readings device by device in flat memory: counter readings become energy per
 * interval (the difference; a drop means the driver reloaded and the counter restarted from zero,
 * as Prometheus' `increase()` reads it); power readings become samples, for devices without a
 * counter only. Which devices have a counter must be known before their power is taken: `count`.
 * Devices are small integer slots (`slot`), so a reading costs no lookup by name.
 */
class DcgmFold {
    out = new reader/* ColumnsBuilder */.ZL();
    slots = new DeviceSlots();
    segments = [];
    // Per slot: whether its energy comes from the counter, its counter's last reading and count of
    // readings (0: none), and its count of power readings taken.
    counted = new Uint8Array(8);
    lastMs = new Float64Array(8);
    lastMJ = new Float64Array(8);
    counterPoints = new Int32Array(8);
    powerPoints = new Int32Array(8);
    resets = 0;
    late = 0;
    /** The slot of a device name. */
    slot(device) {
        const slot = this.slots.named(device);
        if (slot >= this.counted.length)
            this.grow(2 * (slot + 1));
        return slot;
    }
    /** The name of a slot. */
    name(slot) {
        return this.slots.names[slot];
    }
    /** Takes the device's energy from its counter; its power readings are then not used. */
    count(slot) {
        this.counted[slot] = 1;
    }
    isCounted(slot) {
        return this.counted[slot] === 1;
    }
    counter(slot, atMs, mJ) {
        const points = this.counterPoints[slot];
        if (points === 0) {
            this.lastMs[slot] = atMs;
            this.lastMJ[slot] = mJ;
            this.counterPoints[slot] = 1;
            return;
        }
        const lastMs = this.lastMs[slot];
        if (!(atMs > lastMs)) {
            this.late++;
            return;
        }
        let deltaMJ = mJ - this.lastMJ[slot];
        if (deltaMJ < 0) {
            this.resets++;
            deltaMJ = mJ;
        }
        this.segments.push({ startMs: lastMs, endMs: atMs, energyJ: deltaMJ / 1000, device: this.slots.names[slot] });
        this.lastMs[slot] = atMs;
        this.lastMJ[slot] = mJ;
        this.counterPoints[slot] = points + 1;
    }
    power(slot, atMs, watts) {
        if (this.counted[slot] === 1)
            return;
        this.powerPoints[slot]++;
        this.out.push(atMs, watts, slot);
    }
    /** What was folded since the last call, for the reader to yield. */
    take() {
        if (this.out.count === 0 && this.segments.length === 0)
            return undefined;
        const batch = { ...(this.out.count > 0 ? { columns: this.out.take(this.slots.names) } : {}), ...(this.segments.length > 0 ? { segments: this.segments } : {}) };
        this.segments = [];
        return batch;
    }
    /**
     * Says which source gave each GPU's energy, and refuses a file that holds one instant only: a
     * counter gives energy as the difference of two readings, a gauge needs two to integrate.
     * @returns an error message, or undefined.
     */
    finish(ctx) {
        const n = this.slots.names.length;
        let maxPoints = 0;
        let counters = 0;
        let powered = 0;
        for (let i = 0; i < n; i++) {
            maxPoints = Math.max(maxPoints, this.counterPoints[i], this.powerPoints[i]);
            if (this.counterPoints[i] > 0)
                counters++;
            if (this.powerPoints[i] > 0)
                powered++;
        }
        if (maxPoints === 1) {
            return `the file holds one reading per GPU (one scrape, one instant): energy is the difference between two readings of ${[...ENERGY_METRICS][0]} (or the integral of ${POWER_METRIC} over time), so scrape repeatedly into the file (every 15 s, say) or export a query_range over the run`;
        }
        if (counters > 0)
            ctx.notes.push(`DCGM: energy of ${counters} GPU${counters === 1 ? '' : 's'} from the energy counter (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ), not from integrating power`);
        if (powered > 0)
            ctx.notes.push(`DCGM: energy of ${powered} GPU${powered === 1 ? '' : 's'} from integrating ${POWER_METRIC} (W): no energy counter for ${powered === 1 ? 'it' : 'them'}`);
        if (this.resets > 0)
            ctx.warnings.push(`the DCGM energy counter reset ${this.resets} time(s) (driver reload); counted from zero after each`);
        if (this.late > 0)
            ctx.warnings.push(`${this.late} counter readings not later than the one before them: skipped`);
        return undefined;
    }
    grow(capacity) {
        const counted = new Uint8Array(capacity);
        const lastMs = new Float64Array(capacity);
        const lastMJ = new Float64Array(capacity);
        const counterPoints = new Int32Array(capacity);
        const powerPoints = new Int32Array(capacity);
        counted.set(this.counted);
        lastMs.set(this.lastMs);
        lastMJ.set(this.lastMJ);
        counterPoints.set(this.counterPoints);
        powerPoints.set(this.powerPoints);
        Object.assign(this, { counted, lastMs, lastMJ, counterPoints, powerPoints });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/ingest/logs/held-power.js



/** Readings kept in memory; beyond this they go to a temporary file, a block at a time. */
const BLOCK = 1 << 16;
/** Doubles per reading: the device slot, ms and W (one array of doubles, written to the file as it is). */
const READING = 3;
/**
 * Power readings (device slot, ms, W) held until the end of a read, in flat memory: a block in
 * memory, and whole blocks in a temporary file (deleted by `close`). A query_range may list a GPU's
 * power before its energy counter, so its power can be used only once the whole file is read.
 */
class HeldPower {
    block = new Float64Array(BLOCK * READING);
    count = 0;
    dir;
    fd = -1;
    blocks = 0;
    push(slot, atMs, watts) {
        if (this.count === BLOCK)
            this.spill();
        const i = this.count++ * READING;
        this.block[i] = slot;
        this.block[i + 1] = atMs;
        this.block[i + 2] = watts;
    }
    /** Hands every reading back in the order pushed, a block at a time (valid until the next call). */
    *replay() {
        const bytes = BLOCK * READING * 8;
        const view = new Float64Array(BLOCK * READING);
        for (let b = 0; b < this.blocks; b++) {
            (0,external_node_fs_.readSync)(this.fd, new Uint8Array(view.buffer), 0, bytes, b * bytes);
            yield { readings: view, count: BLOCK };
        }
        yield { readings: this.block, count: this.count };
    }
    /** Deletes the temporary file, if any. */
    close() {
        if (this.fd >= 0)
            (0,external_node_fs_.closeSync)(this.fd);
        if (this.dir !== undefined)
            (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
        this.fd = -1;
        this.dir = undefined;
    }
    spill() {
        if (this.fd < 0) {
            this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'carbon-budget-'));
            this.fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(this.dir, 'held-power'), 'w+');
        }
        (0,external_node_fs_.writeSync)(this.fd, new Uint8Array(this.block.buffer), 0, this.block.byteLength, this.blocks * this.block.byteLength);
        this.blocks++;
        this.count = 0;
    }
}

;// CONCATENATED MODULE: ./lib/ingest/logs/prometheus-json.js





const prometheus_json_number = (0,scan/* newDecimalScan */.t0)();
// A Prometheus `query_range` response, read as it streams in flat memory:
//   {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[t,"v"],…]},…]}}
// Prometheus writes it on one line (the line reader hands it out in pieces). The structure around
// the series is walked by a small scanner that knows where it is (root, data, result, a series, its
// values); small values (`status`, `metric`, anything unknown) are cut out whole and parsed with
// JSON.parse; the pairs of `values`, almost all of the file, are read from their bytes when plain
// (`[1741944413.107,"287.4"]`) and through JSON.parse otherwise. Keys may come in any order (`jq -S`
// sorts them): status and resultType are checked when met and at the end.
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COLON = 0x3a;
const TAB = 0x09;
const BACKSLASH = 0x5c;
/** Where a container sits: what its keys or elements mean. */
const ROOT = 0;
const DATA = 1;
const RESULT = 2;
const SERIES = 3;
const VALUES = 4;
/** A container's state: just opened, after an element, after a comma. */
const OPENED = 0;
const AFTER_VALUE = 1;
const AFTER_COMMA = 2;
/** What a step returns when the bytes so far do not hold the next unit whole. */
const MORE = -1;
/** A value cut out whole and parsed may not be longer than this (a label set is a few hundred bytes). */
const MAX_VALUE_BYTES = 1 << 20;
const NONE = 0;
const prometheus_json_POWER = 1;
const ENERGY = 2;
const isSpace = (c) => c === scan/* SPACE */.t6 || c === scan.LF || c === scan.CR || c === TAB;
/** Thrown inside the scanner for input that is not a query_range; caught by the reader. */
class NotQueryRange extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
    }
}
class QueryRangeScanner {
    fold;
    held;
    ctx;
    b = new Uint8Array(0);
    view = new DataView(new ArrayBuffer(0));
    k = 0;
    /** The first 8 bytes of the last plain pair's time, and their digits' value (-1: none). */
    timeWords = new Int32Array(2);
    timePrefix = -1;
    /** Offset in the file of b[0]; line of b[k] and the offset where that line starts. */
    base = 0;
    line = 1;
    lineStart = 0;
    where = [];
    state = [];
    /** The root object was closed: only whitespace may follow. */
    done = false;
    status;
    resultType;
    sawResult = false;
    // The series being read: its kind and device slot once its metric is known, values met before it.
    kind = NONE;
    slot = -1;
    metricSeen = false;
    pending = [];
    seriesAt = 0;
    constructor(fold, held, ctx) {
        this.fold = fold;
        this.held = held;
        this.ctx = ctx;
    }
    /** Line and column (1-based) of a file offset at or after the current line's start. */
    position(at) {
        return { line: this.line, col: at - this.lineStart + 1 };
    }
    /** Reads what it can of `bytes` (after what was left of the last call). */
    feed(bytes) {
        const rest = this.b.subarray(this.k);
        this.base += this.k;
        this.b = rest.length === 0 ? bytes : Buffer.concat([rest, bytes]);
        this.view = new DataView(this.b.buffer, this.b.byteOffset, this.b.byteLength);
        this.k = 0;
        this.run();
        if (this.b.length - this.k > MAX_VALUE_BYTES)
            this.fail('a value longer than 1 MiB (a query_range holds label sets and [time, "value"] pairs)', this.k);
    }
    /** Checks the end of the file: the document must be whole. */
    end() {
        this.skipSpace();
        if (this.k < this.b.length)
            this.fail(`the document ends early: it stops inside ${this.seen(this.k)}`, this.k);
        if (!this.done)
            this.fail('the document ends early: the file stops before its closing brackets (cut short?)', this.k);
    }
    fail(message, k) {
        throw new NotQueryRange(message, this.base + k);
    }
    /** Up to 24 characters from b[k], for messages. */
    seen(k) {
        const text = (0,scan/* decode */.D4)(this.b, k, Math.min(this.b.length, k + 24));
        return k >= this.b.length ? 'nothing' : JSON.stringify(text.length === 24 ? `${text}…` : text);
    }
    skipSpace() {
        const b = this.b;
        let k = this.k;
        for (; k < b.length; k++) {
            const c = b[k];
            if (c === scan.LF) {
                this.line++;
                this.lineStart = this.base + k + 1;
            }
            else if (c !== scan/* SPACE */.t6 && c !== scan.CR && c !== TAB)
                break;
        }
        this.k = k;
    }
    /** Moves to `to`, counting the newlines passed (inside a value cut out whole). */
    advance(to) {
        for (let i = this.b.indexOf(scan.LF, this.k); i >= 0 && i < to; i = this.b.indexOf(scan.LF, i + 1)) {
            this.line++;
            this.lineStart = this.base + i + 1;
        }
        this.k = to;
    }
    run() {
        for (;;) {
            this.skipSpace();
            const b = this.b;
            const k = this.k;
            if (k >= b.length)
                return;
            const depth = this.where.length;
            if (depth === 0) {
                if (this.done)
                    this.fail(`unexpected ${this.seen(k)} after the end of the document`, k);
                if (b[k] !== OPEN_BRACE)
                    this.fail(`expected a JSON object, saw ${this.seen(k)}`, k);
                this.open(ROOT, k + 1);
                continue;
            }
            const where = this.where[depth - 1];
            if (where === VALUES) {
                if (this.values() === MORE)
                    return;
                continue;
            }
            const state = this.state[depth - 1];
            const c = b[k];
            const closer = where === RESULT ? CLOSE_BRACKET : CLOSE_BRACE;
            if (state === AFTER_VALUE) {
                if (c === scan/* COMMA */.KE) {
                    this.state[depth - 1] = AFTER_COMMA;
                    this.k = k + 1;
                }
                else if (c === closer)
                    this.close(k + 1);
                else
                    this.fail(`expected , or ${where === RESULT ? ']' : '}'} after a value, saw ${this.seen(k)}`, k);
                continue;
            }
            if (state === OPENED && c === closer) {
                this.close(k + 1);
                continue;
            }
            if (where === RESULT) {
                if (c !== OPEN_BRACE)
                    this.fail(`expected a series {"metric": {…}, "values": […]} in "result", saw ${this.seen(k)}`, k);
                this.state[depth - 1] = AFTER_VALUE;
                this.startSeries(k);
                this.open(SERIES, k + 1);
                continue;
            }
            if (this.member(where, k) === MORE)
                return;
        }
    }
    open(where, k) {
        this.where.push(where);
        this.state.push(OPENED);
        this.k = k;
    }
    close(k) {
        const where = this.where.pop();
        this.state.pop();
        this.k = k;
        if (where === SERIES)
            this.endSeries();
        if (this.where.length === 0)
            this.done = true;
    }
    /** A key and its value in an object at b[k]. */
    member(where, k) {
        const b = this.b;
        if (b[k] !== scan/* QUOTE */.jA)
            this.fail(`expected a key in quotes, saw ${this.seen(k)}`, k);
        const keyEnd = this.extent(k);
        if (keyEnd === MORE)
            return MORE;
        const key = JSON.parse((0,scan/* decode */.D4)(b, k, keyEnd));
        let v = keyEnd;
        while (v < b.length && isSpace(b[v]))
            v++;
        if (v >= b.length)
            return MORE;
        if (b[v] !== COLON)
            this.fail(`expected : after the key ${JSON.stringify(key)}, saw ${this.seen(v)}`, v);
        v++;
        while (v < b.length && isSpace(b[v]))
            v++;
        if (v >= b.length)
            return MORE;
        const container = (kind, opener, what) => {
            if (b[v] !== opener)
                this.fail(`expected "${key}" to be ${what}, saw ${this.seen(v)}`, v);
            this.state[this.where.length - 1] = AFTER_VALUE;
            this.advance(v);
            this.open(kind, v + 1);
            return 0;
        };
        if (where === ROOT && key === 'data')
            return container(DATA, OPEN_BRACE, 'an object');
        if (where === DATA && key === 'result') {
            this.sawResult = true;
            return container(RESULT, scan/* OPEN_BRACKET */.WL, 'an array of series');
        }
        if (where === SERIES && key === 'values')
            return container(VALUES, scan/* OPEN_BRACKET */.WL, 'an array of [unix_seconds, "value"] pairs');
        // Anything else is a small value: cut out whole, parsed, used where it means something.
        const end = this.extent(v);
        if (end === MORE)
            return MORE;
        const value = this.parse(v, end);
        this.state[this.where.length - 1] = AFTER_VALUE;
        this.advance(end);
        if (where === ROOT && key === 'status')
            this.checkStatus(value, v);
        else if (where === DATA && key === 'resultType')
            this.checkResultType(value, v);
        else if (where === SERIES && key === 'metric')
            this.metric(value, v);
        return 0;
    }
    parse(start, end) {
        try {
            return JSON.parse((0,scan/* decode */.D4)(this.b, start, end));
        }
        catch (e) {
            const at = /position (\d+)/.exec(String(e));
            this.fail(`not valid JSON: ${e.message}`, start + (at ? Number(at[1]) : 0));
        }
    }
    /**
     * The end of the JSON value at b[k] (strings, objects and arrays by their brackets, outside
     * strings; a scalar up to the next delimiter), or MORE when the bytes so far end inside it.
     */
    extent(k) {
        const b = this.b;
        const limit = Math.min(b.length, k + MAX_VALUE_BYTES);
        let depth = 0;
        let quoted = false;
        for (let i = k; i < limit; i++) {
            const c = b[i];
            if (quoted) {
                if (c === BACKSLASH)
                    i++;
                else if (c === scan/* QUOTE */.jA) {
                    quoted = false;
                    if (depth === 0)
                        return i + 1;
                }
            }
            else if (c === scan/* QUOTE */.jA)
                quoted = true;
            else if (c === OPEN_BRACE || c === scan/* OPEN_BRACKET */.WL)
                depth++;
            else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                if (depth === 0)
                    return i;
                if (--depth === 0)
                    return i + 1;
            }
            else if (depth === 0 && (c === scan/* COMMA */.KE || isSpace(c)))
                return i;
        }
        if (limit < b.length)
            this.fail('a value longer than 1 MiB (a query_range holds label sets and [time, "value"] pairs)', k);
        return MORE;
    }
    checkStatus(value, k) {
        this.status = value;
        if (value !== 'success')
            this.fail(`expected a Prometheus query_range response with "status":"success", saw "status":${JSON.stringify(value)}`, k);
    }
    checkResultType(value, k) {
        this.resultType = value;
        if (value !== 'matrix')
            this.fail(`expected a query_range response, "resultType":"matrix" (a series of values over time), saw "resultType":${JSON.stringify(value)}`, k);
    }
    startSeries(k) {
        this.kind = NONE;
        this.slot = -1;
        this.metricSeen = false;
        this.pending = [];
        this.seriesAt = k;
    }
    metric(value, k) {
        const labels = (value !== null && typeof value === 'object' ? value : {});
        const name = labels.__name__ ?? '';
        if (name !== POWER_METRIC && !ENERGY_METRICS.has(name)) {
            this.fail(`series "${name || '(no __name__)'}" is neither ${POWER_METRIC} (W) nor DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION (mJ); query the metric itself, not an expression over it`, k);
        }
        this.metricSeen = true;
        this.kind = name === POWER_METRIC ? prometheus_json_POWER : ENERGY;
        this.slot = this.fold.slot(dcgmDevice(labels));
        if (this.kind === ENERGY)
            this.fold.count(this.slot);
        // Values met before the metric (keys in another order) are taken now.
        const p = this.pending;
        this.pending = [];
        for (let i = 0; i < p.length; i += 2)
            this.take(p[i], p[i + 1]);
    }
    endSeries() {
        if (!this.metricSeen)
            this.metric(undefined, this.seriesAt);
        this.kind = NONE;
    }
    /** One reading of the series being read: `seconds` Unix time, `value` W or mJ. */
    take(seconds, value) {
        if (this.kind === NONE) {
            this.pending.push(seconds, value);
            return;
        }
        if (!Number.isFinite(value))
            this.ctx.missing++;
        else if (this.kind === prometheus_json_POWER) {
            if (!this.fold.isCounted(this.slot))
                this.held.push(this.slot, seconds * units/* SECOND_MS */._L, value);
        }
        else
            this.fold.counter(this.slot, seconds * units/* SECOND_MS */._L, value);
    }
    /**
     * The pairs of `values`, from b[k]: plain ones read from bytes, others cut out and parsed.
     * @returns MORE when the bytes so far end inside a pair, else 0 (the array closed, or a space).
     */
    values() {
        const b = this.b;
        const length = b.length;
        const depth = this.where.length;
        let state = this.state[depth - 1];
        let k = this.k;
        for (;;) {
            if (k >= length)
                break;
            const c = b[k];
            if (c === scan/* COMMA */.KE && state === AFTER_VALUE) {
                state = AFTER_COMMA;
                k++;
            }
            else if (c === scan/* OPEN_BRACKET */.WL && state !== AFTER_VALUE) {
                const end = k + 64 <= length ? this.plainPair(k) : -1;
                if (end >= 0) {
                    this.take((0,scan/* decimal */._)(pairTime.mantissa, pairTime.fraction), (0,scan/* decimal */._)(prometheus_json_number.mantissa, prometheus_json_number.fraction));
                    k = end;
                }
                else {
                    const whole = this.extent(k);
                    if (whole === MORE) {
                        this.state[depth - 1] = state;
                        this.k = k;
                        return MORE;
                    }
                    const v = this.parse(k, whole);
                    if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'string') {
                        this.fail(`expected values as [unix_seconds, "value"], saw ${this.seen(k)}`, k);
                    }
                    this.k = k;
                    this.advance(whole);
                    this.take(v[0], Number(v[1]));
                    k = whole;
                }
                state = AFTER_VALUE;
            }
            else if (c === CLOSE_BRACKET && state !== AFTER_COMMA) {
                this.state[depth - 1] = state;
                this.close(k + 1);
                return 0;
            }
            else if (isSpace(c)) {
                break;
            }
            else {
                this.fail(`expected ${state === AFTER_VALUE ? ', or ]' : 'a [unix_seconds, "value"] pair'} in "values", saw ${this.seen(k)}`, k);
            }
        }
        this.state[depth - 1] = state;
        this.k = k;
        return k >= length ? MORE : 0;
    }
    /**
     * Reads `[1741944413.107,"287.4"]` at b[k] (the caller leaves 64 bytes after k): a JSON number
     * of up to 15 digits and a string of a plain decimal of up to 15 digits, so both are exact and
     * equal to JSON.parse and Number(). Leaves them in `pairTime` and `number`.
     * @returns the end of the pair, or -1 when it is anything else.
     */
    plainPair(k) {
        const b = this.b;
        let i = k + 1;
        // The time's first 8 digits change once in 1e2 s (Unix seconds): compared as two words, not read.
        let mantissa;
        if (this.view.getInt32(i, true) === this.timeWords[0] && this.view.getInt32(i + 4, true) === this.timeWords[1] && this.timePrefix >= 0) {
            mantissa = this.timePrefix;
            i += 8;
        }
        else {
            mantissa = 0;
            for (let j = 0; j < 8; j++) {
                const d = b[i + j] - scan/* DIGIT_0 */.l0;
                if (d < 0 || d > 9)
                    return this.plainPairSlow(k);
                mantissa = mantissa * 10 + d;
            }
            // JSON's grammar: no leading zero.
            if (b[i] === scan/* DIGIT_0 */.l0)
                return -1;
            this.timeWords[0] = this.view.getInt32(i, true);
            this.timeWords[1] = this.view.getInt32(i + 4, true);
            this.timePrefix = mantissa;
            i += 8;
        }
        let digits = 8;
        for (let d = b[i] - scan/* DIGIT_0 */.l0; d >= 0 && d <= 9; d = b[++i] - scan/* DIGIT_0 */.l0) {
            mantissa = mantissa * 10 + d;
            digits++;
        }
        let fraction = 0;
        if (b[i] === scan/* DOT */.y0) {
            for (let d = b[++i] - scan/* DIGIT_0 */.l0; d >= 0 && d <= 9; d = b[++i] - scan/* DIGIT_0 */.l0) {
                mantissa = mantissa * 10 + d;
                fraction++;
            }
            // Digits after a point.
            if (fraction === 0)
                return -1;
        }
        if (digits + fraction > 15 || b[i] !== scan/* COMMA */.KE || b[i + 1] !== scan/* QUOTE */.jA)
            return -1;
        pairTime.mantissa = mantissa;
        pairTime.fraction = fraction;
        return this.plainValue(i + 2);
    }
    /** `plainPair` for a time of fewer than 8 digits (or other bytes there). */
    plainPairSlow(k) {
        const b = this.b;
        let i = k + 1;
        const first = b[i];
        // JSON's grammar: a digit first, no leading zero, digits after a point.
        if (first < scan/* DIGIT_0 */.l0 || first > scan/* DIGIT_9 */.ev || (first === scan/* DIGIT_0 */.l0 && b[i + 1] !== scan/* DOT */.y0 && b[i + 1] !== scan/* COMMA */.KE))
            return -1;
        i = (0,scan/* scanDecimal */.Jp)(b, i, b.length, pairTime);
        if (pairTime.digits > 15 || b[i - 1] === scan/* DOT */.y0 || b[i] !== scan/* COMMA */.KE || b[i + 1] !== scan/* QUOTE */.jA)
            return -1;
        return this.plainValue(i + 2);
    }
    /** The `"287.4"]` of a pair at b[i] into `number`; the end of the pair, or -1. */
    plainValue(i) {
        const b = this.b;
        i = (0,scan/* scanDecimal */.Jp)(b, i, b.length, prometheus_json_number);
        if (prometheus_json_number.digits === 0 || prometheus_json_number.digits > 15 || b[i] !== scan/* QUOTE */.jA || b[i + 1] !== CLOSE_BRACKET)
            return -1;
        return i + 2;
    }
}
const pairTime = (0,scan/* newDecimalScan */.t0)();
/**
 * Reads a query_range response of DCGM exporter metrics. Counter series give energy as they
 * stream; power readings are held (HeldPower: flat memory) until the end, because a GPU's counter
 * may come after its power, and a GPU with a counter takes its energy from it.
 */
async function* readQueryRange(lines, ctx) {
    const fold = new DcgmFold();
    const held = new HeldPower();
    const scanner = new QueryRangeScanner(fold, held, ctx);
    try {
        try {
            for await (const batch of lines) {
                scanner.feed(batch.bytes);
                const out = fold.take();
                if (out)
                    yield out;
            }
            scanner.end();
        }
        catch (e) {
            if (!(e instanceof NotQueryRange))
                throw e;
            ctx.problems.push((0,core_errors/* problem */.CC)('prometheus-not-query-range', { reason: e.message, file: ctx.file, ...scanner.position(e.at) }));
            return;
        }
        if (scanner.status === undefined || scanner.resultType === undefined || !scanner.sawResult) {
            const absent = [scanner.status === undefined ? '"status"' : '', scanner.resultType === undefined ? '"resultType"' : '', scanner.sawResult ? '' : '"result"'].filter(Boolean).join(', ');
            ctx.problems.push((0,core_errors/* problem */.CC)('prometheus-shape', { absent, file: ctx.file }));
            return;
        }
        for (const { readings, count } of held.replay()) {
            for (let i = 0; i < count * 3; i += 3)
                fold.power(readings[i], readings[i + 1], readings[i + 2]);
            const out = fold.take();
            if (out)
                yield out;
        }
        const refused = fold.finish(ctx);
        if (refused)
            ctx.problems.push((0,core_errors/* problem */.CC)('log-refused', { reason: refused, file: ctx.file }));
    }
    finally {
        held.close();
    }
}

;// CONCATENATED MODULE: ./lib/ingest/logs/prometheus-text.js





const prometheus_text_number = (0,scan/* newDecimalScan */.t0)();
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
/** Parses `name{labels} value [timestamp]`, or says why it cannot. */
function parseSampleLine(line) {
    const name = NAME.exec(line)?.[0];
    if (name === undefined)
        return 'expected a metric name';
    let k = name.length;
    let labelsText = '';
    if (line[k] === '{') {
        // Label values may hold escaped quotes and braces: walk to the closing brace outside quotes.
        let quoted = false;
        let end = -1;
        for (let i = k + 1; i < line.length; i++) {
            const c = line[i];
            if (quoted) {
                if (c === '\\')
                    i++;
                else if (c === '"')
                    quoted = false;
            }
            else if (c === '"')
                quoted = true;
            else if (c === '}') {
                end = i;
                break;
            }
        }
        if (end < 0)
            return 'labels are not closed with }';
        labelsText = line.slice(k + 1, end);
        k = end + 1;
    }
    const rest = line.slice(k).trim().split(/\s+/);
    if (rest.length < 1 || rest.length > 2 || rest[0] === '')
        return 'expected a value and an optional timestamp after the metric';
    const value = rest[0] === '+Inf' ? Infinity : rest[0] === '-Inf' ? -Infinity : Number(rest[0]);
    if (Number.isNaN(value) && rest[0] !== 'NaN')
        return `value "${rest[0]}" is not a number`;
    if (rest[1] !== undefined && !/^-?\d+$/.test(rest[1]))
        return `timestamp "${rest[1]}" is not whole milliseconds`;
    return { name, labelsText, value, ...(rest[1] !== undefined ? { timestampMs: Number(rest[1]) } : {}), valueAt: k + 1 };
}
/** Labels from `a="x",b="y\"z"`. */
function parseLabels(text) {
    const labels = {};
    for (const m of text.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"/g)) {
        labels[m[1]] = m[2].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
    }
    return labels;
}
/** A line of the text format that is about DCGM power or energy (the sniff uses it). */
const isDcgmLine = (line) => /^(?:#\s*(?:HELP|TYPE)\s+)?DCGM_FI_DEV_\w+/.test(line.trim());
const prometheus_text_POWER = 0;
const prometheus_text_ENERGY = 1;
/** A series of another metric whose name starts like ours (`DCGM_FI_DEV_POWER_USAGE_INSTANT`): checked, not used. */
const OTHER = 2;
const PREFIX = Buffer.from('DCGM_FI_DEV_');
const POWER_REST = Buffer.from(POWER_METRIC.slice(PREFIX.length));
const ENERGY_REST = Buffer.from('DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION'.slice(PREFIX.length));
const HASH = 0x23;
const startsWith = (b, k, length, known) => {
    if (k + known.length > length)
        return false;
    for (let i = 0; i < known.length; i++)
        if (b[k + i] !== known[i])
            return false;
    return true;
};
/** Whether the line at b[k] starts with the name of a metric the general path reads (it may be another). */
const oursByName = (b, k, length) => startsWith(b, k, length, PREFIX) && (startsWith(b, k + PREFIX.length, length, POWER_REST) || startsWith(b, k + PREFIX.length, length, ENERGY_REST));
/** The line starts of known series, compared four bytes at a time; the series after the last one met is tried first. */
class Shapes {
    bytes = [];
    words = [];
    series = [];
    last = 0;
    learn(line, valueAt, series) {
        if (this.bytes.length >= 4096)
            return;
        const bytes = Buffer.from(line.slice(0, valueAt), 'utf8');
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const words = new Int32Array(bytes.length >> 2);
        for (let k = 0; k < words.length; k++)
            words[k] = view.getInt32(k * 4, true);
        this.bytes.push(new Uint8Array(bytes));
        this.words.push(words);
        this.series.push(series);
    }
    /** The shape b[at, …) starts with, or -1. */
    find(view, b, at, length) {
        const n = this.bytes.length;
        for (let j = 0; j < n; j++) {
            let i = this.last + 1 + j;
            if (i >= n)
                i -= n;
            if (this.matches(i, view, b, at, length))
                return (this.last = i);
        }
        return -1;
    }
    length(i) {
        return this.bytes[i].length;
    }
    matches(i, view, b, at, length) {
        const bytes = this.bytes[i];
        if (at + bytes.length > length)
            return false;
        const words = this.words[i];
        for (let k = 0; k < words.length; k++)
            if (view.getInt32(at + k * 4, true) !== words[k])
                return false;
        for (let k = words.length * 4; k < bytes.length; k++)
            if (b[at + k] !== bytes[k])
                return false;
        return true;
    }
}
function endFirst(st) {
    st.firstDone = true;
    const h = st.held;
    for (let i = 0; i < h.length; i += 3)
        st.fold.power(h[i], h[i + 1], h[i + 2]);
    h.length = 0;
}
/**
 * Takes one reading of a series (timestamp NaN: none in the line): a series met again starts the
 * next scrape; without a timestamp a reading is placed at `logs[].start` + scrape × interval.
 * @returns false when the file cannot be read on (no timestamps and no start).
 */
function take(st, series, value, timestampMs, lineNo, ctx) {
    if (series.kind === OTHER)
        return true;
    if (series.mark === st.epoch) {
        st.epoch++;
        st.scrape++;
        if (!st.firstDone)
            endFirst(st);
    }
    series.mark = st.epoch;
    let atMs = timestampMs;
    if (atMs !== atMs) {
        const { startMs, intervalS } = ctx.spec;
        if (startMs === undefined || intervalS === undefined) {
            ctx.problems.push((0,core_errors/* problem */.CC)('prometheus-no-timestamps', { file: ctx.file, line: lineNo, field: 'logs.start' }));
            return false;
        }
        atMs = startMs + st.scrape * intervalS * 1000;
    }
    if (!Number.isFinite(value)) {
        ctx.missing++;
        return true;
    }
    const fold = st.fold;
    const slot = series.slot;
    if (series.kind === prometheus_text_ENERGY) {
        if (!st.firstDone)
            fold.count(slot);
        // A counter that appears after its GPU's power was taken would count it twice.
        if (fold.isCounted(slot))
            fold.counter(slot, atMs, value);
        else
            st.uncounted.add(slot);
    }
    else if (st.firstDone)
        fold.power(slot, atMs, value);
    else
        st.held.push(slot, atMs, value);
    return true;
}
/** The general path: one line as text. */
function prometheus_text_readTextLine(st, line, lineNo, ctx) {
    st.nextLine = lineNo + 1;
    const text = line.trim();
    if (text === '' || text.startsWith('#'))
        return READ;
    const isPower = text.startsWith(POWER_METRIC);
    const isEnergy = !isPower && text.startsWith('DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION');
    if (!isPower && !isEnergy)
        return READ;
    const sample = parseSampleLine(text);
    if (typeof sample === 'string') {
        (0,reader/* badLine */.mV)(ctx, lineNo, sample);
        return READ;
    }
    const key = `${sample.name}{${sample.labelsText}}`;
    let series = st.series.get(key);
    if (series === undefined) {
        const kind = sample.name === POWER_METRIC ? prometheus_text_POWER : ENERGY_METRICS.has(sample.name) ? (isEnergy ? prometheus_text_ENERGY : OTHER) : OTHER;
        series = { kind, slot: kind === OTHER ? -1 : st.fold.slot(dcgmDevice(parseLabels(sample.labelsText))), mark: 0 };
        st.series.set(key, series);
        // The fast path knows a series by its line's start: only where that start is exactly the name, labels and one space.
        if (st.shapes && text === line && line[sample.valueAt - 1] === ' ' && line[sample.valueAt] !== ' ')
            st.shapes.learn(line, sample.valueAt, series);
    }
    return take(st, series, sample.value, sample.timestampMs ?? NaN, lineNo, ctx) ? READ : STOP;
}
/**
 * The fast path: lines while they are comments, other metrics, or a known series with a plain
 * value (up to 15 digits: exact, so equal to Number()'s) and whole-ms timestamp, one space apart.
 */
function prometheus_text_fastScanner(st, shapes, ctx) {
    const scanner = {
        lines: 0,
        scan(b, view, pos, length) {
            while (pos < length) {
                const c = b[pos];
                // A comment, or a metric the general path skips by its name (a line that starts with anything
                // but printable ASCII, which trim() might remove, is the general path's).
                if (c === HASH || (c > scan/* SPACE */.t6 && c < 0x7f && !oursByName(b, pos, length))) {
                    const nl = b.indexOf(scan.LF, pos);
                    pos = nl < 0 ? length : nl + 1;
                    scanner.lines++;
                    st.nextLine++;
                    continue;
                }
                const shape = shapes.find(view, b, pos, length);
                if (shape < 0)
                    return pos;
                let k = (0,scan/* scanDecimal */.Jp)(b, pos + shapes.length(shape), length, prometheus_text_number);
                if (prometheus_text_number.digits === 0 || prometheus_text_number.digits > 15)
                    return pos;
                const value = (0,scan/* decimal */._)(prometheus_text_number.mantissa, prometheus_text_number.fraction);
                let timestampMs = NaN;
                if (b[k] === scan/* SPACE */.t6) {
                    const start = ++k;
                    while (k < length && b[k] >= scan/* DIGIT_0 */.l0 && b[k] <= scan/* DIGIT_9 */.ev)
                        k++;
                    if (k === start || k - start > 15)
                        return pos;
                    timestampMs = (0,scan/* scanDecimal */.Jp)(b, start, k, prometheus_text_number) === k ? prometheus_text_number.mantissa : NaN;
                }
                else if (ctx.spec.startMs === undefined || ctx.spec.intervalS === undefined)
                    return pos;
                if (b[k] === scan.CR)
                    k++;
                if (k < length && b[k] !== scan.LF)
                    return pos;
                if (!take(st, shapes.series[shape], value, timestampMs, st.nextLine, ctx))
                    return pos;
                st.nextLine++;
                scanner.lines++;
                pos = k + 1;
            }
            return length;
        },
    };
    return scanner;
}
/**
 * Reads repeated scrapes. Samples carry their own timestamp, or a scrape's time is
 * `logs[].start` + its index × `logs[].interval` (a series seen again starts the next scrape). The
 * first scrape decides which GPUs have an energy counter; their power gauge is then not used.
 */
async function* readPrometheusText(lines, ctx, fast = true) {
    const fold = new DcgmFold();
    const shapes = fast ? new Shapes() : undefined;
    const st = { fold, series: new Map(), epoch: 1, scrape: 0, firstDone: false, uncounted: new Set(), held: [], ...(shapes ? { shapes } : {}), nextLine: 1 };
    const scanner = shapes ? prometheus_text_fastScanner(st, shapes, ctx) : undefined;
    const general = (line, lineNo) => prometheus_text_readTextLine(st, line, lineNo, ctx);
    for await (const batch of lines) {
        st.nextLine = batch.firstLine;
        if (readBatchLines(batch, () => scanner, general) === STOP)
            return;
        const out = fold.take();
        if (out)
            yield out;
    }
    if (!st.firstDone)
        endFirst(st);
    const last = fold.take();
    if (last)
        yield last;
    if (st.uncounted.size > 0)
        ctx.warnings.push(`the energy counter of ${[...st.uncounted].map((s) => fold.name(s)).join(', ')} appears only after the first scrape: its power readings are used instead`);
    const refused = fold.finish(ctx);
    if (refused)
        ctx.problems.push((0,core_errors/* problem */.CC)('log-refused', { reason: refused, file: ctx.file }));
}

;// CONCATENATED MODULE: ./lib/ingest/logs/prometheus.js



/** NVIDIA DCGM exporter metrics: Prometheus text scrapes, or a `query_range` JSON response. */
const prometheusReader = {
    format: 'prometheus',
    // query_range JSON; its text scrapes refuse a line over LONG_LINE_BYTES themselves.
    longLines: true,
    sniff(head) {
        const text = head.join('\n');
        if (text.trimStart().startsWith('{'))
            return /"resultType"\s*:\s*"matrix"/.test(text);
        return head.some(isDcgmLine);
    },
    async *read(lines, ctx) {
        // Which layout: the first non-empty line says (JSON opens with a brace).
        const it = lines[Symbol.asyncIterator]();
        const first = await it.next();
        if (first.done)
            return;
        const json = first.value.headLines(10).find((l) => l.trim() !== '')?.trimStart().startsWith('{') ?? false;
        // A query_range is one JSON document, often on one line (given in pieces); scrapes are lines.
        const rest = async function* () {
            for (let n = first; !n.done; n = await it.next()) {
                if (n.value.continues && !json)
                    throw longLineError(n.value, ctx.file, 'prometheus text');
                yield n.value;
            }
        };
        yield* json ? readQueryRange(rest(), ctx) : readPrometheusText(rest(), ctx);
    },
};

;// CONCATENATED MODULE: ./lib/ingest/logs/wandb-fast.js


const wandb_fast_number = (0,scan/* newDecimalScan */.t0)();
/** The layout of a header whose `_timestamp` is column `time` and whose GPU columns are `gpus` (column, slot), in column order. */
function wandbCsvLayout(time, gpus) {
    const needed = new Uint8Array(Math.max(time, ...gpus.map(([col]) => col)) + 1);
    needed[time] = 1;
    for (const [col] of gpus)
        needed[col] = 1;
    return { time, gpuSlots: gpus.map(([, slot]) => slot), needed };
}
const wandb_fast_PREFIX = Buffer.from('system.gpu.', 'latin1');
const SUFFIX = Buffer.from('.powerWatts', 'latin1');
const wandb_fast_TIMESTAMP = Buffer.from('_timestamp', 'latin1');
/** A fresh state; samples go to `out`, devices through `slots` (shared with the general path). */
function newWandbFastState(slots, gpuNumbers, out, ctx) {
    return {
        lines: 0,
        scan(b, view, pos, length) {
            return scanWandbLines(this, b, pos, length);
        },
        csv: undefined,
        out,
        slots,
        ctx,
        object: new FlatObject(),
        gpuNumbers,
        gpuSlots: [],
        lastLine: [],
        jsonLines: 0,
        watts: new Float64Array(64),
        devices: new Uint32Array(64),
    };
}
/** The value of the plain decimal b[start, end) as Number() reads it, or NaN when it is not one or not exact. */
function plainDecimal(b, start, end) {
    return (0,scan/* scanDecimal */.Jp)(b, start, end, wandb_fast_number) === end ? (0,scan/* exactDecimal */.Z5)(wandb_fast_number) : NaN;
}
const wandb_fast_startsWith = (b, k, known) => {
    for (let i = 0; i < known.length; i++)
        if (b[k + i] !== known[i])
            return false;
    return true;
};
/** Commits a line's readings (`n` of them) at `atMs`, missing ones counted, as the general path does. */
function commit(f, atMs, n) {
    for (let i = 0; i < n; i++) {
        const w = f.watts[i];
        if (Number.isNaN(w))
            f.ctx.missing++;
        else
            f.out.push(atMs, w, f.devices[i]);
    }
    f.lines++;
}
/** Whether b[k] ends a CSV cell of a line the fast path takes: a comma, the newline, a CR before it, the end. */
const cellEnds = (b, k, length) => {
    const c = b[k];
    return k === length || c === scan/* COMMA */.KE || c === scan.LF || (c === scan.CR && (k + 1 === length || b[k + 1] === scan.LF));
};
/** A CSV line at b[pos]: its end, or -1 when it is the general path's. */
function csvLine(f, layout, b, pos, length) {
    const { time, gpuSlots, needed } = layout;
    const last = needed.length - 1;
    let atMs = NaN;
    let g = 0;
    let k = pos;
    for (let col = 0;; col++) {
        if (needed[col] === 1) {
            // A cell read: its digits are scanned once, and must fill it.
            const start = k;
            k = (0,scan/* scanDecimal */.Jp)(b, k, length, wandb_fast_number);
            if (!cellEnds(b, k, length))
                return -1;
            // An empty power cell is a missing reading (NaN); other cells must be plain digits, read exactly.
            const value = (0,scan/* exactDecimal */.Z5)(wandb_fast_number);
            if (col === time) {
                if (Number.isNaN(value))
                    return -1;
                atMs = value * 1000;
            }
            else {
                if (Number.isNaN(value) && k !== start)
                    return -1;
                f.watts[g] = value;
                f.devices[g] = gpuSlots[g];
                g++;
            }
        }
        else {
            for (; k < length; k++) {
                const c = b[k];
                if (c === scan/* COMMA */.KE || c === scan.LF)
                    break;
                if (c === scan/* QUOTE */.jA || c === scan.CR)
                    return -1;
            }
        }
        if (col === last)
            break;
        // Fewer cells than the header: the general path's.
        if (b[k] !== scan/* COMMA */.KE)
            return -1;
        k++;
    }
    commit(f, atMs, g);
    const nl = b.indexOf(scan.LF, k);
    return nl < 0 ? length : nl + 1;
}
/** The device slot of a `system.gpu.N.powerWatts` key b[start, end), or -1 when the key is another. */
function gpuKey(f, b, start, end) {
    const digits = end - start - wandb_fast_PREFIX.length - SUFFIX.length;
    if (digits < 1 || !wandb_fast_startsWith(b, start, wandb_fast_PREFIX) || !wandb_fast_startsWith(b, end - SUFFIX.length, SUFFIX))
        return -1;
    const from = start + wandb_fast_PREFIX.length;
    for (let k = from; k < from + digits; k++)
        if (b[k] < 0x30 || b[k] > 0x39)
            return -1;
    const i = f.gpuNumbers.get(b, from, from + digits);
    if (i === f.gpuSlots.length)
        f.gpuSlots.push(f.slots.named(`gpu${f.gpuNumbers.names[i]}`));
    return f.gpuSlots[i];
}
/** A JSON line at b[pos]: its end, or -1 when it is the general path's. */
function jsonLine(f, b, pos, length) {
    const o = f.object;
    const next = o.scan(b, pos, length);
    if (next < 0)
        return -1;
    const line = ++f.jsonLines;
    let atMs = NaN;
    let n = 0;
    for (let m = 0; m < o.count; m++) {
        const ks = o.keyStart[m];
        const ke = o.keyEnd[m];
        if (ke - ks === wandb_fast_TIMESTAMP.length && wandb_fast_startsWith(b, ks, wandb_fast_TIMESTAMP)) {
            // The last `_timestamp` is JSON.parse's; it must be a number Number() reads exactly.
            atMs = o.kind[m] === PLAIN_NUMBER ? plainDecimal(b, o.valueStart[m], o.valueEnd[m]) * 1000 : NaN;
            continue;
        }
        const slot = gpuKey(f, b, ks, ke);
        if (slot < 0)
            continue;
        if (f.lastLine[slot] === line || n === f.watts.length)
            return -1;
        f.lastLine[slot] = line;
        // Any value but a number is a missing reading; a number other than plain digits is the general path's.
        const kind = o.kind[m];
        let w = NaN;
        if (kind === PLAIN_NUMBER) {
            w = plainDecimal(b, o.valueStart[m], o.valueEnd[m]);
            if (Number.isNaN(w))
                return -1;
        }
        else if (kind !== STRING && kind !== NULL && kind !== BOOLEAN)
            return -1;
        f.watts[n] = w;
        f.devices[n] = slot;
        n++;
    }
    if (Number.isNaN(atMs))
        return -1;
    commit(f, atMs, n);
    return next;
}
function scanWandbLines(f, b, pos, length) {
    while (pos < length) {
        let k = pos;
        while (k < length && (b[k] === scan/* SPACE */.t6 || b[k] === scan/* TAB */.wn))
            k++;
        const c = b[k];
        let next;
        if (c === scan/* OPEN_BRACE */.Hv)
            next = jsonLine(f, b, pos, length);
        // A CSV line starts with its first cell (text the general path trims to `{` or to nothing is its own).
        else if (f.csv !== undefined && k === pos && c !== undefined && c !== scan.LF && c !== scan.CR && c < scan/* NON_ASCII */.a2)
            next = csvLine(f, f.csv, b, pos, length);
        else
            next = -1;
        if (next < 0)
            return pos;
        pos = next;
    }
    return pos;
}

;// CONCATENATED MODULE: ./lib/ingest/logs/wandb.js





const POWER_KEY = /^system\.gpu\.(\d+)\.powerWatts$/;
function timeMs(value) {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return n * 1000;
}
/**
 * Reads one line of a Weights & Biases system-metrics export from its text: `run.history(stream=
 * "system")` written to CSV, or the older local `wandb-events.jsonl`. `_timestamp` is Unix
 * seconds; each `system.gpu.N.powerWatts` column is one GPU.
 */
function wandb_generalLine(s, line, lineNo, ctx) {
    const text = line.trim();
    if (text === '')
        return READ;
    if (text.startsWith('{')) {
        let rec;
        try {
            rec = JSON.parse(text);
        }
        catch {
            (0,reader/* badLine */.mV)(ctx, lineNo, 'not a JSON object');
            return READ;
        }
        const atMs = timeMs(rec._timestamp);
        if (Number.isNaN(atMs)) {
            (0,reader/* badLine */.mV)(ctx, lineNo, 'no _timestamp (Unix seconds)');
            return READ;
        }
        for (const [key, value] of Object.entries(rec)) {
            const m = POWER_KEY.exec(key);
            if (!m)
                continue;
            if (typeof value !== 'number')
                ctx.missing++;
            else
                s.out.push(atMs, value, s.slots.named(`gpu${m[1]}`));
        }
        return READ;
    }
    const cells = (0,reader/* splitCsv */.F8)(line);
    if (s.columns === undefined) {
        const keys = cells.map((c) => c.trim());
        const time = keys.indexOf('_timestamp');
        const gpus = keys.flatMap((k, i) => {
            const m = POWER_KEY.exec(k);
            return m ? [[i, `gpu${m[1]}`]] : [];
        });
        if (time < 0 || gpus.length === 0) {
            ctx.problems.push((0,core_errors/* problem */.CC)('wandb-header', { file: ctx.file, line: lineNo }));
            return STOP;
        }
        s.columns = { time, gpus };
        s.onHeader(time, gpus);
        return READ;
    }
    const columns = s.columns;
    const atMs = timeMs(cells[columns.time]);
    if (Number.isNaN(atMs)) {
        (0,reader/* badLine */.mV)(ctx, lineNo, `_timestamp "${cells[columns.time] ?? ''}" is not Unix seconds`);
        return READ;
    }
    for (const [i, device] of columns.gpus) {
        const cell = cells[i] ?? '';
        if ((0,reader/* isMissing */.b2)(cell)) {
            ctx.missing++;
            continue;
        }
        const watts = Number(cell);
        if (!(watts >= 0))
            (0,reader/* badLine */.mV)(ctx, lineNo, `"${cell}" in column ${i + 1} is not a power in W`, { col: 1 });
        else
            s.out.push(atMs, watts, s.slots.named(device));
    }
    return READ;
}
function wandb_createRead(options) {
    return async function* readWandb(lines, ctx) {
        const out = new reader/* ColumnsBuilder */.ZL();
        const slots = new DeviceSlots();
        const fast = newWandbFastState(slots, new DeviceSlots(), out, ctx);
        // GPU columns come in column order, which is the order the fast path reads cells in.
        const onHeader = (time, gpus) => {
            fast.csv = wandbCsvLayout(time, gpus.map(([col, device]) => [col, slots.named(device)]));
        };
        const s = { out, slots, onHeader };
        const general = (line, lineNo) => wandb_generalLine(s, line, lineNo, ctx);
        for await (const batch of lines) {
            if (!options.fastPath) {
                for (let i = 0; i < batch.lines.length; i++)
                    if (wandb_generalLine(s, batch.lines[i], batch.firstLine + i, ctx) === STOP)
                        return;
            }
            else {
                if (readBatchLines(batch, () => fast, general) === STOP)
                    return;
                if (options.stats)
                    options.stats.fastLines = fast.lines;
            }
            if (out.count > 0)
                yield { columns: out.take(slots.names) };
        }
    };
}
function wandb_sniff(head) {
    const first = head.find((l) => l.trim() !== '') ?? '';
    return /(^|[,"])system\.gpu\.\d+\.powerWatts($|[,"])/.test(first);
}
/**
 * The W&B reader with options. Plain CSV and JSON lines are read from their bytes on a fast path
 * (wandb-fast.ts); other lines go through the general path, which gives the same result.
 */
function createWandbReader(options) {
    return { format: 'wandb', sniff: wandb_sniff, read: wandb_createRead(options) };
}
/**
 * The reader with its fast path off. For tests that check the fast path gives the same samples,
 * problems and counts.
 * @internal
 */
const wandbGeneralReader = createWandbReader({ fastPath: false });
/** Weights & Biases system metrics: history CSV or wandb-events.jsonl. */
const wandbReader = createWandbReader({ fastPath: true });

;// CONCATENATED MODULE: ./lib/ingest/logs/index.js








/** Every reader, in detection order: the most specific headers first. */
const LOG_READERS = [
    prometheusReader,
    wandbReader,
    codecarbonReader,
    nvidiaSmiReader,
    nvidiaSmiDmonReader,
    mlflowReader,
    powerJsonlReader,
    powerCsvReader,
];
/** The reader of a format named in a manifest. */
function readerFor(format) {
    return LOG_READERS.find((r) => r.format === format);
}
/** The first reader whose sniff accepts these first lines and path. */
function detectReader(head, path) {
    return LOG_READERS.find((r) => r.sniff(head, path));
}

;// CONCATENATED MODULE: ./lib/ingest/measure.js











const HEAD_LINES = 10;
/**
 * Integrates the power logs of one experiment: each log streamed line by line in constant memory,
 * samples folded per device, logs of one device joined, different devices added, replicas applied.
 * @returns the energy (its warnings in `measured.warnings`, `problems` empty), or no energy and
 *   every problem (errors first, then warnings).
 */
async function measureEnergy(specs, source, opts) {
    const errors = [];
    const warnings = [];
    const parts = [];
    const contexts = [];
    for (const [i, spec] of specs.entries()) {
        const field = `logs.${i}`;
        const read = await readOne(spec, field, source, opts);
        for (const p of read.problems)
            (p.severity === 'error' ? errors : warnings).push(p);
        if (read.part)
            parts.push(read.part);
        if (read.ctx)
            contexts.push(read.ctx);
    }
    if (errors.length > 0 || parts.length === 0)
        return { problems: [...errors, ...warnings] };
    const facility = contexts.map((c) => c.facilityIncluded);
    if (facility.includes(true) && facility.includes(false)) {
        return { problems: [(0,core_errors/* problem */.CC)('logs-mixed-facility', { field: 'logs', pos: opts.positions?.['logs'] ?? (0,core_errors/* filePos */.t5)(opts.manifestFile) }), ...warnings] };
    }
    const merged = mergeResults(parts);
    for (const o of merged.overlaps) {
        errors.push((0,core_errors/* problem */.CC)('logs-overlap', { files: o.files, device: o.device, field: 'logs' }));
    }
    const gaps = [];
    for (const part of parts) {
        for (const g of part.result.gaps)
            gaps.push({ startMs: g.startMs, endMs: g.endMs, file: part.file, policy: part.options.gaps });
    }
    for (const g of merged.joinGaps) {
        const policy = parts.find((p) => p.file === g.file)?.options.gaps ?? 'bridge';
        gaps.push({ startMs: g.startMs, endMs: g.endMs, file: g.file, policy });
        const gap = (0,core_errors/* problem */.CC)('logs-join-gap', { device: g.device, fromMs: g.startMs, toMs: g.endMs, policy, file: g.file, severity: policy === 'fail' ? 'error' : 'warning' });
        (policy === 'fail' ? errors : warnings).push(gap);
    }
    if (errors.length > 0)
        return { problems: [...errors, ...warnings] };
    const hourlyKWh = new Map();
    for (const [hour, j] of [...merged.hourlyJ].sort((a, b) => a[0] - b[0]))
        hourlyKWh.set(hour, j / units/* J_PER_KWH */.es);
    const reported = combineReported(contexts);
    const measured = {
        energyKWh: merged.energyJ / units/* J_PER_KWH */.es,
        facilityIncluded: facility.every(Boolean),
        hourlyKWh,
        startMs: Math.min(...parts.map((p) => p.result.startMs)),
        endMs: Math.max(...parts.map((p) => p.result.endMs)),
        samples: parts.reduce((n, p) => n + p.result.samples, 0),
        devices: merged.devices,
        duplicates: parts.reduce((n, p) => n + p.result.duplicates, 0),
        outOfOrder: parts.reduce((n, p) => n + p.result.outOfOrder, 0),
        gaps,
        files: parts.map((p) => p.file),
        notes: contexts.flatMap((c) => c.notes.map((n) => `${c.file}: ${n}`)),
        ...(reported ? { reported } : {}),
        warnings,
    };
    return { measured, problems: [] };
}
function combineReported(contexts) {
    const with_ = contexts.filter((c) => c.reported);
    if (with_.length === 0)
        return undefined;
    const emissionsKgCO2e = with_.reduce((s, c) => s + (c.reported?.emissionsKgCO2e ?? 0), 0);
    const energyKWh = with_.reduce((s, c) => {
        const r = c.reported;
        return s + (r.intensityKgPerKWh ? (r.emissionsKgCO2e ?? 0) / r.intensityKgPerKWh : 0);
    }, 0);
    return { tool: with_[0].reported.tool, emissionsKgCO2e, ...(energyKWh > 0 ? { intensityKgPerKWh: emissionsKgCO2e / energyKWh } : {}) };
}
// Bounds on what a log may say, checked before the fold: a reading of 1e308 W would make the total
// Infinity, and one stray timestamp decades off would be bridged hour by hour (millions of hours).
const MIN_LOG_MS = Date.UTC(2000, 0, 1);
const MAX_LOG_MS = Date.UTC(2100, 0, 1);
/** One device: above this a reading is a unit slip (a whole rack is ~120 kW). */
const MAX_SAMPLE_W = 1e6;
/** A jump between two readings of one device longer than this is a clock error, not a pause. */
const MAX_JUMP_MS = 366 * units/* DAY_MS */.sO;
function implausibleSample(atMs, watts, device, lastMs, at) {
    if (!Number.isFinite(atMs) || atMs < MIN_LOG_MS || atMs >= MAX_LOG_MS)
        return (0,core_errors/* problem */.CC)('sample-time-implausible', { device, atMs, ...at });
    if (!Number.isFinite(watts) || watts < 0 || watts > MAX_SAMPLE_W)
        return (0,core_errors/* problem */.CC)('sample-power-implausible', { device, atMs, watts, maxW: MAX_SAMPLE_W, ...at });
    const last = lastMs.get(device);
    if (last !== undefined && Math.abs(atMs - last) > MAX_JUMP_MS)
        return (0,core_errors/* problem */.CC)('sample-jump-implausible', { device, fromMs: last, toMs: atMs, ...at });
    lastMs.set(device, atMs);
    return undefined;
}
/** `implausibleSample` over columns: one Map lookup per device and batch, not per sample. */
function implausibleColumns(columns, lastMs, at) {
    const { atMs, watts, device, devices } = columns;
    const last = Float64Array.from(devices, (d) => lastMs.get(d) ?? NaN);
    const save = () => last.forEach((t, d) => Number.isNaN(t) || lastMs.set(devices[d], t));
    for (let i = 0; i < columns.count; i++) {
        const t = atMs[i];
        const w = watts[i];
        const d = device[i];
        if (t >= MIN_LOG_MS && t < MAX_LOG_MS && w >= 0 && w <= MAX_SAMPLE_W && !(Math.abs(t - last[d]) > MAX_JUMP_MS)) {
            last[d] = t;
            continue;
        }
        save();
        return implausibleSample(t, w, devices[d], lastMs, at);
    }
    save();
    return undefined;
}
function implausibleSegment(startMs, endMs, energyJ, at) {
    for (const t of [startMs, endMs]) {
        if (!Number.isFinite(t) || t < MIN_LOG_MS || t >= MAX_LOG_MS)
            return (0,core_errors/* problem */.CC)('record-time-implausible', { atMs: t, ...at });
    }
    if (!Number.isFinite(energyJ) || energyJ < 0)
        return (0,core_errors/* problem */.CC)('record-energy-implausible', { energyJ, ...at });
    if (endMs - startMs > MAX_JUMP_MS)
        return (0,core_errors/* problem */.CC)('record-span-implausible', { fromMs: startMs, toMs: endMs, ...at });
    return undefined;
}
/** With a column mapping, a CSV log is read by the mapped CSV reader, whatever wrote it. */
function mappedReader(spec, at) {
    if (spec.format === undefined || spec.format === 'power-csv' || spec.format === 'nvidia-smi')
        return powerCsvReader;
    return (0,core_errors/* problem */.CC)('log-columns-format', { format: spec.format, ...at });
}
async function readOne(spec, field, source, opts) {
    const file = spec.path;
    const at = opts.positions?.[`${field}.path`] ?? opts.positions?.[field] ?? (0,core_errors/* filePos */.t5)(opts.manifestFile);
    const stat = await source.stat(file);
    if (!stat)
        return { problems: [(0,core_errors/* problem */.CC)('log-missing', { path: file, manifest: opts.manifestFile, description: source.description, field: `${field}.path`, pos: at })] };
    if (stat.size > opts.maxLogBytes)
        return { problems: [(0,core_errors/* problem */.CC)('log-too-large', { path: file, bytes: stat.size, maxBytes: opts.maxLogBytes, field: `${field}.path`, pos: at })] };
    const clock = (0,local_time/* createLocalClock */.e1)(spec.timezone);
    if ('code' in clock)
        return { problems: [{ ...clock, field: `${field}.timezone`, pos: opts.positions?.[`${field}.timezone`] ?? at }] };
    const stream = source.openStream(file);
    const ctx = (0,reader/* newReadContext */.cr)(file, spec, clock);
    const acc = createAccumulator({ gapThresholdMs: spec.gapThresholdS * units/* SECOND_MS */._L, gaps: spec.gaps });
    try {
        const batches = readLineBatches(stream, file);
        const first = await batches.next();
        if (first.done)
            return { problems: [(0,core_errors/* problem */.CC)('log-empty', { file })] };
        const head = first.value.headLines(HEAD_LINES);
        const reader = spec.columns
            ? mappedReader(spec, { pos: opts.positions?.[`${field}.format`] ?? at, field: `${field}.columns` })
            : spec.format
                ? readerFor(spec.format)
                : detectReader(head, file);
        if (reader && 'code' in reader)
            return { problems: [reader] };
        if (!reader)
            return { problems: [(0,core_errors/* problem */.CC)('log-format-unknown', { file, formats: LOG_READERS.map((r) => r.format), field: `${field}.format` })] };
        // A line over LONG_LINE_BYTES comes in pieces; only a reader of one-line documents takes them.
        const whole = (b) => {
            if (b.continues && reader.longLines !== true)
                throw longLineError(b, file, reader.format);
            return b;
        };
        const withProgress = async function* () {
            opts.onProgress?.({ file, bytesRead: first.value.bytesRead, totalBytes: stat.size });
            yield whole(first.value);
            for await (const b of batches) {
                opts.onProgress?.({ file, bytesRead: b.bytesRead, totalBytes: stat.size });
                yield whole(b);
            }
        };
        const lastMs = new Map();
        const implausible = { file, field: `${field}.path` };
        for await (const batch of reader.read(withProgress(), ctx)) {
            for (const s of batch.samples ?? []) {
                const why = implausibleSample(s.atMs, s.watts, s.device, lastMs, implausible);
                if (why)
                    return { problems: [why] };
                addSample(acc, s);
            }
            if (batch.columns) {
                const why = implausibleColumns(batch.columns, lastMs, implausible);
                if (why)
                    return { problems: [why] };
                addSampleColumns(acc, batch.columns);
            }
            if (batch.segments) {
                for (const seg of batch.segments) {
                    const why = implausibleSegment(seg.startMs, seg.endMs, seg.energyJ, implausible);
                    if (why)
                        return { problems: [why] };
                    addSegment(acc, seg);
                }
            }
        }
    }
    catch (e) {
        if (e instanceof NotTextError)
            return { problems: [e.problem] };
        return { problems: [(0,core_errors/* problem */.CC)('log-unreadable', { path: file, reason: e.message, field: `${field}.path` })] };
    }
    finally {
        stream.destroy();
    }
    const result = finishAccumulator(acc);
    const problems = [...ctx.problems];
    const warning = { file, severity: 'warning' };
    if (ctx.badLines > reader/* MAX_LINE_PROBLEMS */.$p)
        problems.push((0,core_errors/* problem */.CC)('log-more-bad-lines', { file, count: ctx.badLines - reader/* MAX_LINE_PROBLEMS */.$p }));
    if (result.samples === 0 && !problems.some((p) => p.severity === 'error'))
        problems.push((0,core_errors/* problem */.CC)('log-no-readings', { file, missing: ctx.missing }));
    for (const g of result.gaps) {
        const gap = { device: g.device, fromMs: g.startMs, toMs: g.endMs, thresholdS: spec.gapThresholdS, policy: spec.gaps };
        problems.push(spec.gaps === 'fail' ? (0,core_errors/* problem */.CC)('log-gap', { ...gap, file, field: `${field}.gaps` }) : (0,core_errors/* problem */.CC)('log-gap', { ...gap, ...warning }));
    }
    if (result.gapCount > result.gaps.length)
        problems.push((0,core_errors/* problem */.CC)('log-more-gaps', { count: result.gapCount - result.gaps.length, ...warning }));
    if (result.duplicates > 0)
        problems.push((0,core_errors/* problem */.CC)('log-duplicates', { count: result.duplicates, ...warning }));
    if (result.outOfOrder > 0)
        problems.push((0,core_errors/* problem */.CC)('log-out-of-order', { count: result.outOfOrder, ...warning }));
    if (result.dropped > 0)
        problems.push((0,core_errors/* problem */.CC)('log-dropped', { count: result.dropped, ...warning }));
    if (ctx.missing > 0)
        problems.push((0,core_errors/* problem */.CC)('log-values-missing', { count: ctx.missing, ...warning }));
    for (const note of ctx.warnings)
        problems.push((0,core_errors/* problem */.CC)('log-reader-note', { note, ...warning }));
    const unix = (0,ingest_time/* unixNote */.zy)(ctx.timeSeen);
    if (unix !== undefined)
        ctx.notes.push(unix);
    return { part: { file, result, replicas: spec.replicas, options: { gapThresholdMs: spec.gapThresholdS * units/* SECOND_MS */._L, gaps: spec.gaps } }, ctx, problems };
}


/***/ })

};
