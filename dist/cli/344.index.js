export const id = 344;
export const ids = [344];
export const modules = {

/***/ 9344:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compare: () => (/* binding */ compare),
  deltaRange: () => (/* binding */ deltaRange),
  shareOf: () => (/* binding */ shareOf),
  totalsDelta: () => (/* binding */ totalsDelta)
});

// EXTERNAL MODULE: ./lib/core/config.js
var config = __webpack_require__(6641);
// EXTERNAL MODULE: ./lib/core/model.js
var model = __webpack_require__(7206);
// EXTERNAL MODULE: ./lib/core/range.js
var range = __webpack_require__(8158);
// EXTERNAL MODULE: ./lib/core/assess.js + 1 modules
var assess = __webpack_require__(4221);
// EXTERNAL MODULE: ./lib/core/data/index.js + 14 modules
var data = __webpack_require__(7036);
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: ./lib/core/grid-resolve.js
var grid_resolve = __webpack_require__(7330);
// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
;// CONCATENATED MODULE: ./lib/compare/attribute.js





// Texts for people (the PR comment shows them as `from → to`), formatted by the one formatter.
const num = (x) => (0,format/* formatNumber */.ZV)(x, Number.isInteger(x) ? 0 : undefined);
const hours = (h) => (h === undefined ? 'none' : (0,format/* formatDuration */.a3)(h));
const years = (h) => (h % units/* HOURS_PER_YEAR */.yw === 0 ? `${num(h / units/* HOURS_PER_YEAR */.yw)}\u00a0y` : (0,format/* formatDuration */.a3)(h));
/** A device by its catalog name (`NVIDIA A100 SXM4 80GB`), else as written. */
const deviceName = (id) => (0,data/* findDevice */.iI)(id)?.name ?? id;
/** A grid with the annual intensity it resolves to: `gcp/us-central1 (490 gCO2e/kWh)`. */
function gridText(g) {
    if (g.kind === 'intensity')
        return (0,format/* formatIntensity */.TA)(g.kgPerKWh);
    const key = g.kind === 'zone' ? g.zone : g.kind === 'country' ? g.country : g.region;
    try {
        return `${key} (${(0,format/* formatIntensity */.TA)((0,grid_resolve/* resolveGrid */.pb)(g).averageKgPerKWh.central)})`;
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
const totalOf = (s) => (0,assess/* assessExperiment */.i)(s.exp, {
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


/***/ })

};
