import type { Config } from './config.js'
import type { Coefficient } from './data/types.js'
import { DATACENTER_CONSTRUCTION, DATACENTER_LIFETIME } from './data/index.js'
import { resolveGrid, resolveMarket } from './grid-resolve.js'
import type { CfeSupply, Embodied, Experiment, ExperimentResult, GridSeries, MarketSpec, MeasuredEnergy, Operational } from './model.js'
import { add, divide, exact, multiply, range, scale, type Range } from './range.js'
import { applyHourly } from './assess-hourly.js'
import { spreadFlat } from './hourly.js'
import { hourlyMarket } from './matching.js'
import { formatDuration } from './format.js'
import { embodiedTotal, lcaStages } from './lca.js'
import { capacityKW, itEnergy, resolveLines, type Line } from './lines.js'
import { HOUR_MS } from './units.js'

export interface AssessContext {
  readonly config: Config
  /** Energy integrated from the experiment's logs, when it has logs. */
  readonly measured?: MeasuredEnergy
  /** The hourly grid series named by `grid.series`, when it has one. */
  readonly series?: GridSeries
  /** The contracted carbon-free supply hour by hour named by `market.supply` (hourly matching). */
  readonly supply?: CfeSupply
}

const fromCoefficient = (c: Coefficient): Range => range(c.low, c.central, c.high)

/**
 * The footprint of one experiment: modelled or measured energy, facility energy with PUE,
 * operational carbon (location, market, marginal; annual or hourly), embodied carbon of the
 * hardware and of the datacenter, scopes and SCI. Pure: the same inputs give the same result.
 */
export function assessExperiment(exp: Experiment, ctx: AssessContext): ExperimentResult {
  const used: Coefficient[] = []
  // Without a duration, the logs' time span is how long the hardware was held (for embodied and hosts).
  const loggedH = ctx.measured ? (ctx.measured.endMs - ctx.measured.startMs) / HOUR_MS : 0
  const durationH = exp.durationH ?? loggedH
  const lines = resolveLines(exp, durationH, used)
  const defaultsUsed = exp.durationH === undefined && ctx.measured ? [...exp.defaultsUsed, `duration ${formatDuration(loggedH)} from the logs' time span`] : exp.defaultsUsed
  const inference = exp.inference
  const requestsKWh = inference?.energyPerRequestKWh !== undefined ? inference.requests * inference.energyPerRequestKWh : undefined
  const { modelledKWh, idleKWh, measuredKWh } = itEnergy(lines, ctx.measured, exp.idleEnergyKWh, requestsKWh)
  const facilityIncluded = ctx.measured?.facilityIncluded ?? false
  const defaulted = exp.defaultCoefficients ?? {}
  for (const c of [defaulted.pue, defaulted.lifetimeH, defaulted.activeShare]) if (c) used.push(c)
  const pue = defaulted.pue ? fromCoefficient(defaulted.pue) : exact(exp.pue)
  // CodeCarbon's energy already carries its PUE: apply ours to the modelled rest only.
  const facilityKWh = add(multiply(modelledKWh, pue), facilityIncluded ? exact(measuredKWh) : multiply(exact(measuredKWh), pue))
  const itKWh = modelledKWh.central + measuredKWh

  const grid = resolveGrid(exp.grid)
  used.push(...grid.coefficients)
  const annualLocation = multiply(facilityKWh, grid.averageKgPerKWh)
  // A zone's own annual margin (manifest or config) beats the national operating margin.
  const marginalKgPerKWh = exp.marginalKgPerKWh !== undefined ? exact(exp.marginalKgPerKWh) : grid.marginalKgPerKWh
  const marginalSource = exp.marginalKgPerKWh !== undefined ? `annual marginal ${+(exp.marginalKgPerKWh * 1000).toPrecision(6)} gCO2e/kWh given for this grid` : grid.marginalSource
  const annualMarginal = marginalKgPerKWh ? multiply(facilityKWh, marginalKgPerKWh) : undefined
  const market = resolveMarket(exp.market, grid.averageKgPerKWh)

  let operational: Operational = {
    locationKgCO2e: annualLocation,
    marketKgCO2e: multiply(facilityKWh, market.kgPerKWh),
    marketMethod: market.description,
    ...(annualMarginal ? { marginalKgCO2e: annualMarginal, marginalMethod: 'annual' as const, ...(marginalSource ? { marginalSource } : {}) } : {}),
    annualLocationKgCO2e: annualLocation,
    locationMethod: 'annual',
  }
  // A modelled run with a start and a committed series is priced hour by hour, its energy spread flat.
  const profile = ctx.series && !ctx.measured && exp.startMs !== undefined && durationH > 0 ? flatProfile(exp.startMs, durationH, modelledKWh.central) : undefined
  const hourlyEnergy = ctx.measured ?? profile
  if (ctx.series && hourlyEnergy) {
    const hourly = applyHourly(operational, {
      measured: hourlyEnergy,
      series: ctx.series,
      pue,
      annualAverageKgPerKWh: grid.averageKgPerKWh,
      annualMarginalKgPerKWh: marginalKgPerKWh,
      modelledFacilityKWh: profile ? exact(0) : multiply(modelledKWh, pue),
      market: exp.market,
    })
    // The flat profile carries the central modelled energy: give the figures back the modelled power's range.
    operational = profile ? withEnergyRange(hourly, modelledKWh, exp.market) : hourly
  }
  if (exp.market?.kind === 'hourly') {
    // Ingest reads the supply file for every manifest that matches hourly; without it no figure is honest.
    if (!ctx.supply) throw new RangeError(`${exp.name}: hourly matching needs its supply file ${exp.market.supplyPath}`)
    operational = {
      ...operational,
      ...hourlyMarket({
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
    }
  } else if (exp.market) operational = { ...operational, marketMatching: { method: 'annual' } }

  const embodied = embodiedOf(exp, lines, used)
  const embodiedKgCO2e = embodiedTotal(embodied)
  // The site's own emissions (Scope 1) are operational: they join the headline, whatever its basis.
  const scope1KgCO2e = scale(facilityKWh, exp.scope1KgPerKWh ?? 0)
  const electricity = headlineOperational(operational, ctx.config)
  const headline = add(electricity, scope1KgCO2e)
  const idleFacility = multiply(idleKWh, pue)
  const idleFacilityKWh = idleFacility.central
  const reportsIdle = exp.utilisation !== undefined || exp.idleEnergyKWh !== undefined
  const totalKgCO2e = add(headline, embodiedKgCO2e)
  const deviceHours = lines.reduce((s, l) => s + l.deviceHours, 0)
  const pos = exp.positions['name'] ?? exp.positions['']

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
            kgCO2e: multiply(idleFacility, perKWh(electricity, facilityKWh)),
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
      ? { sci: sciOf(exp.functionalUnit ?? { name: 'request', count: inference!.requests }, operational, embodiedKgCO2e, ctx.config) }
      : {}),
    ...(ctx.measured ? { measured: ctx.measured } : {}),
    ...(ctx.supply ? { supply: ctx.supply } : {}),
    coefficients: dedupe(used),
    defaultsUsed,
    intensityKgPerKWh: grid.averageKgPerKWh,
    gridDescription: ctx.series ? `${ctx.series.description}; annual: ${grid.description}` : grid.description,
  }
}

/**
 * Hardware: count x embodied x hours / (lifetime x active share), i.e. embodied x device-hours /
 * (lifetime x share). Datacenter: construction carbon per kW of IT capacity x the capacity the
 * hardware occupies (its rated power) x hours / building lifetime.
 */
function embodiedOf(exp: Experiment, lines: readonly Line[], used: Coefficient[]): Embodied {
  const d = exp.defaultCoefficients ?? {}
  const lifetimeH = d.lifetimeH ? fromCoefficient(d.lifetimeH) : exact(exp.lifetimeH)
  const activeShare = d.activeShare ? fromCoefficient(d.activeShare) : exact(exp.activeShare)
  const amortizationH = multiply(lifetimeH, activeShare)
  const amortized = (perUnit: (l: Line) => Range): Range => divide(add(...lines.map((l) => scale(perUnit(l), l.deviceHours))), amortizationH)
  const hardwareKgCO2e = amortized((l) => l.embodiedKgCO2e)
  const stages = { transportKgCO2e: amortized((l) => l.transportKgCO2e), endOfLifeKgCO2e: amortized((l) => l.endOfLifeKgCO2e) }
  if (!exp.datacenter) return { hardwareKgCO2e, datacenterKgCO2e: exact(0), ...stages }
  used.push(DATACENTER_CONSTRUCTION, DATACENTER_LIFETIME)
  const capacityKWh = add(...lines.map((l) => scale(l.ratedPowerW, l.deviceHours / 1000)))
  const perKWh = divide(fromCoefficient(DATACENTER_CONSTRUCTION), fromCoefficient(DATACENTER_LIFETIME))
  return { hardwareKgCO2e, datacenterKgCO2e: multiply(capacityKWh, perKWh), ...stages }
}

/** The figure the config chooses as the headline: market-based, or location-based average or marginal. */
export function headlineOperational(op: Operational, config: Config): Range {
  if (config.basis === 'market') return op.marketKgCO2e
  if (config.intensity === 'marginal' && op.marginalKgCO2e) return op.marginalKgCO2e
  return op.locationKgCO2e
}

/** A flat hourly profile of `kWh` from `startMs` over `durationH`, split at UTC hour boundaries. */
function flatProfile(startMs: number, durationH: number, kWh: number): MeasuredEnergy {
  const endMs = startMs + durationH * HOUR_MS
  const hourlyKWh = spreadFlat(startMs, endMs, kWh)
  return { energyKWh: kWh, facilityIncluded: false, hourlyKWh, startMs, endMs, samples: 0, devices: 0, duplicates: 0, outOfOrder: 0, gaps: [], files: [], warnings: [] }
}

/** Widens the figures priced on the central energy (hourly location, hourly marginal, a share of location) by the energy's range. */
function withEnergyRange(op: Operational, kWh: Range, market: MarketSpec | undefined): Operational {
  const k = (r: Range): Range => (kWh.central > 0 ? range((r.low * kWh.low) / kWh.central, r.central, (r.high * kWh.high) / kWh.central) : r)
  const followsLocation = !market || (market.kind === 'carbon-free-share' && market.residualKgPerKWh === undefined)
  return {
    ...op,
    locationKgCO2e: k(op.locationKgCO2e),
    ...(op.marginalKgCO2e && op.marginalMethod === 'hourly' ? { marginalKgCO2e: k(op.marginalKgCO2e) } : {}),
    ...(followsLocation ? { marketKgCO2e: k(op.marketKgCO2e) } : {}),
    ...(op.upstreamKgCO2e ? { upstreamKgCO2e: k(op.upstreamKgCO2e) } : {}),
  }
}

/** Average intensity of a figure over an energy, end by end (annual figures are energy x intensity at each end). */
function perKWh(kg: Range, kWh: Range): Range {
  const at = (a: number, b: number) => (b > 0 ? a / b : 0)
  return range(at(kg.low, kWh.low), at(kg.central, kWh.central), at(kg.high, kWh.high))
}

/** SCI is location-based by its spec (ISO/IEC 21031:2024): market instruments never enter it. */
function sciOf(unit: { name: string; count: number }, op: Operational, embodied: Range, config: Config) {
  const operational = config.intensity === 'marginal' && op.marginalKgCO2e ? op.marginalKgCO2e : op.locationKgCO2e
  return { unit: unit.name, count: unit.count, kgCO2ePerUnit: scale(add(operational, embodied), 1 / unit.count) }
}

/** Location less its upstream part, end by end (the upstream is exact: series values carry no range). */
function subtractUpstream(location: Range, upstream: Range): Range {
  return range(location.low - upstream.low, location.central - upstream.central, location.high - upstream.high)
}

/** The boundary of a committed series' average column, from its own description. */
function seriesBoundary(description: string): string {
  if (/\bdirect\b/i.test(description)) return 'direct factors (the committed series)'
  if (/life-?cycle|\bLCA\b/i.test(description)) return 'life-cycle factors (the committed series)'
  return "the committed series' factors (direct or life-cycle not stated)"
}

function dedupe(coefficients: readonly Coefficient[]): Coefficient[] {
  return [...new Map(coefficients.map((c) => [c.id, c])).values()]
}
