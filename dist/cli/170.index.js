export const id = 170;
export const ids = [170];
export const modules = {

/***/ 4221:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ assessExperiment),
  B: () => (/* binding */ headlineOperational)
});

// EXTERNAL MODULE: ./lib/core/data/index.js + 14 modules
var data = __webpack_require__(7036);
// EXTERNAL MODULE: ./lib/core/grid-resolve.js
var grid_resolve = __webpack_require__(7330);
// EXTERNAL MODULE: ./lib/core/range.js
var range = __webpack_require__(8158);
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
// EXTERNAL MODULE: ./lib/core/format.js
var format = __webpack_require__(5888);
// EXTERNAL MODULE: ./lib/core/lca.js
var lca = __webpack_require__(347);
// EXTERNAL MODULE: ./lib/core/lines.js
var core_lines = __webpack_require__(9816);
// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
;// CONCATENATED MODULE: ./lib/core/assess.js










const fromCoefficient = (c) => (0,range/* range */.y1)(c.low, c.central, c.high);
/**
 * The footprint of one experiment: modelled or measured energy, facility energy with PUE,
 * operational carbon (location, market, marginal; annual or hourly), embodied carbon of the
 * hardware and of the datacenter, scopes and SCI. Pure: the same inputs give the same result.
 */
function assessExperiment(exp, ctx) {
    const used = [];
    // Without a duration, the logs' time span is how long the hardware was held (for embodied and hosts).
    const loggedH = ctx.measured ? (ctx.measured.endMs - ctx.measured.startMs) / units/* HOUR_MS */.iQ : 0;
    const durationH = exp.durationH ?? loggedH;
    const lines = (0,core_lines/* resolveLines */.Cn)(exp, durationH, used);
    const defaultsUsed = exp.durationH === undefined && ctx.measured ? [...exp.defaultsUsed, `duration ${(0,format/* formatDuration */.a3)(loggedH)} from the logs' time span`] : exp.defaultsUsed;
    const inference = exp.inference;
    const requestsKWh = inference?.energyPerRequestKWh !== undefined ? inference.requests * inference.energyPerRequestKWh : undefined;
    const { modelledKWh, idleKWh, measuredKWh } = (0,core_lines/* itEnergy */.Ix)(lines, ctx.measured, exp.idleEnergyKWh, requestsKWh);
    const facilityIncluded = ctx.measured?.facilityIncluded ?? false;
    const defaulted = exp.defaultCoefficients ?? {};
    for (const c of [defaulted.pue, defaulted.lifetimeH, defaulted.activeShare])
        if (c)
            used.push(c);
    const pue = defaulted.pue ? fromCoefficient(defaulted.pue) : (0,range/* exact */.e0)(exp.pue);
    // CodeCarbon's energy already carries its PUE: apply ours to the modelled rest only.
    const facilityKWh = (0,range/* add */.WQ)((0,range/* multiply */.lw)(modelledKWh, pue), facilityIncluded ? (0,range/* exact */.e0)(measuredKWh) : (0,range/* multiply */.lw)((0,range/* exact */.e0)(measuredKWh), pue));
    const itKWh = modelledKWh.central + measuredKWh;
    const grid = (0,grid_resolve/* resolveGrid */.pb)(exp.grid);
    used.push(...grid.coefficients);
    const annualLocation = (0,range/* multiply */.lw)(facilityKWh, grid.averageKgPerKWh);
    // A zone's own annual margin (manifest or config) beats the national operating margin.
    const marginalKgPerKWh = exp.marginalKgPerKWh !== undefined ? (0,range/* exact */.e0)(exp.marginalKgPerKWh) : grid.marginalKgPerKWh;
    const marginalSource = exp.marginalKgPerKWh !== undefined ? `annual marginal ${+(exp.marginalKgPerKWh * 1000).toPrecision(6)} gCO2e/kWh given for this grid` : grid.marginalSource;
    const annualMarginal = marginalKgPerKWh ? (0,range/* multiply */.lw)(facilityKWh, marginalKgPerKWh) : undefined;
    const market = (0,grid_resolve/* resolveMarket */.$)(exp.market, grid.averageKgPerKWh);
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
    const embodiedKgCO2e = (0,lca/* embodiedTotal */.I9)(embodied);
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
        capacityKW: (0,core_lines/* capacityKW */.Zb)(lines, durationH, exp.hardware.map((h) => h.count)),
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
        lca: (0,lca/* lcaStages */.Yd)(embodied, headline),
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
    const lifetimeH = d.lifetimeH ? fromCoefficient(d.lifetimeH) : (0,range/* exact */.e0)(exp.lifetimeH);
    const activeShare = d.activeShare ? fromCoefficient(d.activeShare) : (0,range/* exact */.e0)(exp.activeShare);
    const amortizationH = (0,range/* multiply */.lw)(lifetimeH, activeShare);
    const amortized = (perUnit) => (0,range/* divide */.Qr)((0,range/* add */.WQ)(...lines.map((l) => (0,range/* scale */.hs)(perUnit(l), l.deviceHours))), amortizationH);
    const hardwareKgCO2e = amortized((l) => l.embodiedKgCO2e);
    const stages = { transportKgCO2e: amortized((l) => l.transportKgCO2e), endOfLifeKgCO2e: amortized((l) => l.endOfLifeKgCO2e) };
    if (!exp.datacenter)
        return { hardwareKgCO2e, datacenterKgCO2e: (0,range/* exact */.e0)(0), ...stages };
    used.push(data/* DATACENTER_CONSTRUCTION */._6, data/* DATACENTER_LIFETIME */.YY);
    const capacityKWh = (0,range/* add */.WQ)(...lines.map((l) => (0,range/* scale */.hs)(l.ratedPowerW, l.deviceHours / 1000)));
    const perKWh = (0,range/* divide */.Qr)(fromCoefficient(data/* DATACENTER_CONSTRUCTION */._6), fromCoefficient(data/* DATACENTER_LIFETIME */.YY));
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


/***/ }),

/***/ 7036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Um: () => (/* reexport */ CARD_END_OF_LIFE),
  vp: () => (/* reexport */ CARD_TRANSPORT),
  _6: () => (/* reexport */ DATACENTER_CONSTRUCTION),
  YY: () => (/* reexport */ DATACENTER_LIFETIME),
  Hz: () => (/* reexport */ DEFAULT_ACTIVE_SHARE),
  pv: () => (/* reexport */ DEFAULT_HARDWARE_LIFETIME),
  fU: () => (/* reexport */ DEFAULT_PUE),
  pg: () => (/* reexport */ PUE_BY_PROVIDER),
  Bl: () => (/* reexport */ SERVER_END_OF_LIFE_SHARE),
  U9: () => (/* reexport */ SERVER_TRANSPORT_SHARE),
  kR: () => (/* reexport */ WORLD_GRID),
  Hg: () => (/* binding */ deviceIds),
  iI: () => (/* reexport */ findDevice),
  yD: () => (/* reexport */ findGrid),
  g6: () => (/* reexport */ findRegion),
  zx: () => (/* reexport */ gridKeys),
  DJ: () => (/* reexport */ idlePowerOf),
  _0: () => (/* binding */ listDevices),
  JG: () => (/* reexport */ regionIds)
});

// UNUSED EXPORTS: CATALOG_VERSION, IDLE_SHARE, REGIONS, SOURCES, deviceKeys, findPue, gridDataIssues, listSources, normalizeDeviceKey, zoneCountry

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

// EXTERNAL MODULE: ./lib/core/units.js
var units = __webpack_require__(7564);
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











/***/ }),

/***/ 7330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ resolveMarket),
/* harmony export */   pb: () => (/* binding */ resolveGrid)
/* harmony export */ });
/* unused harmony export MANIFEST_SOURCE */
/* harmony import */ var _data_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7036);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5888);
/* harmony import */ var _range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8158);



// Ember's and Electricity Maps' averages both use life-cycle emission factors (fuel chain and plant construction included).
const LIFE_CYCLE_EMBER = 'life-cycle factors (Ember)';
const LIFE_CYCLE_EM = 'life-cycle factors (Electricity Maps)';
function fromCoefficient(c) {
    return (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .range */ .y1)(c.low, c.central, c.high);
}
const MANIFEST_SOURCE = { id: 'manifest', title: 'the experiment manifest', url: '', year: 0 };
/**
 * Resolves a grid spec against the catalog. Ingest has already checked that keys exist, so an
 * unknown key here is a programming error, not user input.
 */
function resolveGrid(spec) {
    switch (spec.kind) {
        case 'intensity':
            return { averageKgPerKWh: (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(spec.kgPerKWh), description: `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIntensityGiven */ .iI)(spec.kgPerKWh)} (manifest)`, boundary: 'the manifest\'s factor (direct or life-cycle not stated)', coefficients: [] };
        case 'zone':
        case 'country': {
            const key = spec.kind === 'zone' ? spec.zone : spec.country;
            const grid = (0,_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findGrid */ .yD)(key);
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
            const region = (0,_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findRegion */ .g6)(spec.region);
            if (!region)
                throw new RangeError(`region ${spec.region} is not in the catalog`);
            const zone = (0,_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findGrid */ .yD)(region.zone) ?? (0,_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findGrid */ .yD)(region.country);
            if (!zone)
                throw new RangeError(`zone ${region.zone} of ${region.id} is not in the catalog`);
            // The zone carries the average; the operating-margin factor is published per country only.
            const country = (0,_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findGrid */ .yD)(region.country);
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
        return { kgPerKWh: spec.residualKgPerKWh !== undefined ? (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(spec.residualKgPerKWh) : location, description: 'hourly matching' };
    if (spec.kind === 'intensity')
        return { kgPerKWh: (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(spec.kgPerKWh), description: `contractual ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIntensityGiven */ .iI)(spec.kgPerKWh)} (manifest)` };
    const keep = 1 - spec.share;
    const share = `carbon-free energy ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercentSet */ .D5)(spec.share)}`;
    // GHG Protocol Scope 2: the energy no instrument covers takes the residual mix; the location average only as a fallback.
    if (spec.residualKgPerKWh !== undefined) {
        return { kgPerKWh: (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(keep * spec.residualKgPerKWh), description: `${share}; the rest at the residual mix ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatIntensityGiven */ .iI)(spec.residualKgPerKWh)}` };
    }
    return {
        kgPerKWh: { low: location.low * keep, central: location.central * keep, high: location.high * keep },
        description: `${share}; the rest at the location-based average (fallback: no residual-intensity given, which understates it where certificates are sold)`,
    };
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

/***/ 347:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ embodiedTotal),
/* harmony export */   Yd: () => (/* binding */ lcaStages),
/* harmony export */   vr: () => (/* binding */ unitLifecycle)
/* harmony export */ });
/* harmony import */ var _data_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7036);
/* harmony import */ var _range_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8158);


const fromCoefficient = (c) => (0,_range_js__WEBPACK_IMPORTED_MODULE_1__/* .range */ .y1)(c.low, c.central, c.high);
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
            return (0,_range_js__WEBPACK_IMPORTED_MODULE_1__/* .exact */ .e0)(0);
        if (given !== undefined)
            return (0,_range_js__WEBPACK_IMPORTED_MODULE_1__/* .exact */ .e0)(given);
        used.push(card ? cardFigure : share);
        return card ? fromCoefficient(cardFigure) : (0,_range_js__WEBPACK_IMPORTED_MODULE_1__/* .multiply */ .lw)(manufacturingKgCO2e, fromCoefficient(share));
    };
    return {
        transportKgCO2e: stage(include.transport, spec.transportKgCO2e, _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CARD_TRANSPORT */ .vp, _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER_TRANSPORT_SHARE */ .U9),
        endOfLifeKgCO2e: stage(include.endOfLife, spec.endOfLifeKgCO2e, _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .CARD_END_OF_LIFE */ .Um, _data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVER_END_OF_LIFE_SHARE */ .Bl),
    };
}
/** The LCA view of a footprint: datacenter construction counts as manufacturing, use is the headline operational figure. */
function lcaStages(embodied, useKgCO2e) {
    return {
        manufacturingKgCO2e: (0,_range_js__WEBPACK_IMPORTED_MODULE_1__/* .add */ .WQ)(embodied.hardwareKgCO2e, embodied.datacenterKgCO2e),
        transportKgCO2e: embodied.transportKgCO2e,
        useKgCO2e,
        endOfLifeKgCO2e: embodied.endOfLifeKgCO2e,
    };
}
/** Embodied total: manufacturing, construction, transport and end of life. */
function embodiedTotal(e) {
    return (0,_range_js__WEBPACK_IMPORTED_MODULE_1__/* .add */ .WQ)(e.hardwareKgCO2e, e.datacenterKgCO2e, e.transportKgCO2e, e.endOfLifeKgCO2e);
}


/***/ }),

/***/ 9816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ resolveLines),
/* harmony export */   Ix: () => (/* binding */ itEnergy),
/* harmony export */   Zb: () => (/* binding */ capacityKW)
/* harmony export */ });
/* harmony import */ var _data_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7036);
/* harmony import */ var _lca_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(347);
/* harmony import */ var _range_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8158);



const fromCoefficient = (c) => (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .range */ .y1)(c.low, c.central, c.high);
/** Resolves every hardware line of an experiment; the catalog coefficients used are pushed to `used`. */
function resolveLines(exp, durationH, used) {
    const busyShare = exp.utilisation ?? 1;
    const perDevice = exp.inference?.requestsPerSecondPerDevice;
    return exp.hardware.map((spec) => {
        const device = spec.device === 'custom' ? undefined : (0,_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .findDevice */ .iI)(spec.device);
        if (spec.device !== 'custom' && !device)
            throw new RangeError(`device ${spec.device} is not in the catalog`);
        if (device && spec.powerW === undefined)
            used.push(device.powerW);
        if (device && spec.embodiedKgCO2e === undefined)
            used.push(device.embodiedKgCO2e);
        const powerW = spec.powerW !== undefined ? (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(spec.powerW) : fromCoefficient(device.powerW);
        const embodiedKgCO2e = spec.embodiedKgCO2e !== undefined ? (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(spec.embodiedKgCO2e) : fromCoefficient(device.embodiedKgCO2e);
        // Throughput sizes the accelerators: the busy hours the requests need, held for busy / utilisation.
        const served = perDevice !== undefined && device?.kind !== 'host' ? exp.inference.requests / (perDevice * 3600) : undefined;
        const deviceHours = served !== undefined ? served / busyShare : (spec.deviceHours ?? spec.count * durationH);
        const idleHours = deviceHours * (1 - busyShare);
        // Ingest requires idle-power on custom lines with idle time, so `device` is there when it is read.
        const idleCoefficient = spec.idlePowerW === undefined && device && idleHours > 0 ? (0,_data_index_js__WEBPACK_IMPORTED_MODULE_0__/* .idlePowerOf */ .DJ)(device) : undefined;
        if (idleCoefficient)
            used.push(idleCoefficient);
        const idlePowerW = spec.idlePowerW !== undefined ? (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(spec.idlePowerW) : idleCoefficient ? fromCoefficient(idleCoefficient) : (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(0);
        // A building is sized for the rated power (TDP up to the maximum configurable), not for an average draw.
        const ratedPowerW = spec.ratedPowerW !== undefined ? (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(spec.ratedPowerW) : device ? (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .range */ .y1)(device.powerW.central, device.powerW.central, device.powerW.high) : powerW;
        const stages = (0,_lca_js__WEBPACK_IMPORTED_MODULE_1__/* .unitLifecycle */ .vr)(spec, device, embodiedKgCO2e, { transport: exp.transport ?? true, endOfLife: exp.endOfLife ?? true }, used);
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
    const idleKWh = (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .add */ .WQ)((0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(knownIdleKWh), ...kept.map((l) => (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .scale */ .hs)(l.idlePowerW, l.idleHours / 1000)));
    const modelledKWh = (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .add */ .WQ)(idleKWh, (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .exact */ .e0)(requestsKWh ?? 0), ...kept.map((l) => (0,_range_js__WEBPACK_IMPORTED_MODULE_2__/* .scale */ .hs)(l.powerW, l.busyHours / 1000)));
    return { modelledKWh, idleKWh, measuredKWh: measured?.energyKWh ?? 0 };
}
/** Rated kW held at once: device-hours over the duration (the count when there is no duration). */
function capacityKW(lines, durationH, counts) {
    return lines.reduce((sum, l, i) => sum + (l.ratedPowerW.central / 1000) * (durationH > 0 ? l.deviceHours / durationH : counts[i]), 0);
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
