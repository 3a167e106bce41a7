import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DATACENTER_CONSTRUCTION, DATACENTER_LIFETIME } from '../core/data/index.js'
import type { Coefficient } from '../core/data/types.js'
import { formatProblem } from '../core/errors.js'
import { resolveGrid } from '../core/grid-resolve.js'
import { headlineOperational } from '../core/assess.js'
import type { Config } from '../core/config.js'
import { embodiedTotal } from '../core/lca.js'
import { itEnergy, resolveLines } from '../core/lines.js'
import type { ExperimentResult, MarketSpec } from '../core/model.js'
import { add, divide, exact, multiply, range, scale, type Range } from '../core/range.js'
import { formatPercentSet } from '../core/format.js'
import { HOUR_MS, nearest, W_PER_KW } from '../core/units.js'
import { experimentJson, type ExperimentJson } from '../render/json.js'
import { runReport } from '../run/report.js'
import type { Command } from './command.js'
import { EXPLAIN } from './descriptions.js'

/** One line of a derivation: a value, its unit, how it was obtained, and the report figure it is, if any. */
export interface Step {
  readonly label: string
  readonly value: number
  readonly unit: string
  readonly how: string
  /** The path of the report's JSON figure this step reproduces (`energyKWh`, `embodied.hardwareKgCO2e`). */
  readonly figure?: string
}

export interface Explanation {
  readonly name: string
  readonly file: string
  readonly line?: number
  /** What the manifest says, as read (canonical units), and every default applied with its origin. */
  readonly inputs: readonly { readonly field: string; readonly value: string }[]
  readonly defaults: readonly string[]
  readonly coefficients: readonly { readonly id: string; readonly unit: string; readonly low: number; readonly central: number; readonly high: number; readonly source: string; readonly year: number }[]
  readonly steps: readonly Step[]
  /** The experiment as in `report --format json`. */
  readonly figures: ExperimentJson
}

export const explainCommand: Command = {
  ...EXPLAIN,
  async run(args, io) {
    let parsed
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { config: { type: 'string' }, format: { type: 'string', default: 'text' } } })
    } catch (error) {
      return io.usage(error instanceof Error ? error.message : String(error))
    }
    const [name, dirArg, ...extra] = parsed.positionals
    if (name === undefined) return io.usage('explain needs the NAME of an experiment')
    if (extra.length) return io.usage(`one NAME and one DIR at most, got: ${parsed.positionals.join(' ')}`)
    const format = parsed.values.format
    if (format !== 'text' && format !== 'json') return io.usage(`--format must be text or json, not "${format}"`)
    const loaded = await runReport({ dir: resolve(io.cwd, dirArg ?? '.'), ...(parsed.values.config !== undefined ? { configPath: parsed.values.config } : {}) })
    if (!loaded.report) {
      io.stderr(loaded.problems.map(formatProblem).join('\n') + '\n\ncarbon-budget: nothing to explain until these errors are fixed.\n')
      return 2
    }
    const found = loaded.report.experiments.find((e) => e.name === name)
    if (!found) {
      const names = loaded.report.experiments.map((e) => e.name)
      return io.usage(names.length ? `no experiment named "${name}"; did you mean ${nearest(name, names)}?` : `no experiment named "${name}": no manifests found`)
    }
    const explained = explainExperiment(found, { basis: loaded.report.basis, intensity: loaded.report.intensity })
    io.stdout(format === 'json' ? JSON.stringify(explained, null, 2) + '\n' : renderExplanation(explained))
    return 0
  },
}

const fromCoefficient = (c: Coefficient): Range => range(c.low, c.central, c.high)
const num = (x: number) => String(+x.toPrecision(6))

/**
 * The derivation of one experiment's figures, step by step, recomputed from its validated manifest
 * with the core's own pieces (hardware lines, IT energy, range arithmetic in the order the
 * assessment uses), so each step that names a report figure equals it exactly. Hourly figures
 * (a grid series) are taken from the result and say so.
 */
export function explainExperiment(r: ExperimentResult, headline: { basis: 'location' | 'market'; intensity: 'average' | 'marginal' }): Explanation {
  const exp = r.input
  const used: Coefficient[] = []
  const loggedH = r.measured ? (r.measured.endMs - r.measured.startMs) / HOUR_MS : 0
  const durationH = exp.durationH ?? loggedH
  const lines = resolveLines(exp, durationH, used)
  const { modelledKWh, measuredKWh } = itEnergy(lines, r.measured, exp.idleEnergyKWh)
  const d = exp.defaultCoefficients ?? {}
  const pue = d.pue ? fromCoefficient(d.pue) : exact(exp.pue)
  const facilityIncluded = r.measured?.facilityIncluded ?? false
  const facilityKWh = add(multiply(modelledKWh, pue), facilityIncluded ? exact(measuredKWh) : multiply(exact(measuredKWh), pue))
  const grid = resolveGrid(exp.grid)
  const annualLocation = multiply(facilityKWh, grid.averageKgPerKWh)
  const lifetimeH = d.lifetimeH ? fromCoefficient(d.lifetimeH) : exact(exp.lifetimeH)
  const activeShare = d.activeShare ? fromCoefficient(d.activeShare) : exact(exp.activeShare)
  const amortizationH = multiply(lifetimeH, activeShare)
  const amortized = (pick: (l: (typeof lines)[number]) => Range) => divide(add(...lines.map((l) => scale(pick(l), l.deviceHours))), amortizationH)

  const steps: Step[] = []
  const step = (label: string, value: number, unit: string, how: string, figure?: string) => steps.push({ label, value, unit, how, ...(figure ? { figure } : {}) })
  lines.forEach((l, i) => {
    const h = exp.hardware[i]!
    step(`device-hours, line ${i + 1}`, l.deviceHours, 'h', h.deviceHours !== undefined ? 'as written (device-hours)' : `${h.count} × ${num(durationH)} h${exp.durationH === undefined ? " (the logs' time span)" : ''}`)
  })
  step('device-hours', lines.reduce((sum, l) => sum + l.deviceHours, 0), 'h', 'sum of the lines', 'deviceHours')
  if (r.measured) step('measured IT energy', measuredKWh, 'kWh', `integrated from ${r.measured.files.join(', ')} (${r.measured.samples} samples, ${r.measured.devices} device${r.measured.devices === 1 ? '' : 's'})${facilityIncluded ? '; already includes its PUE' : ''}`, 'measured.energyKWh')
  const kept = r.measured ? lines.filter((l) => !facilityIncluded && l.isHost) : lines
  step('modelled IT energy', modelledKWh.central, 'kWh', kept.length ? kept.map((l) => `${num(l.powerW.central)} W × ${num(l.busyHours)} h`).join(' + ') + (exp.idleEnergyKWh || lines.some((l) => l.idleHours > 0) ? ' + idle' : '') + ' / 1000' : 'none (the logs measure every line)')
  step('IT energy', modelledKWh.central + measuredKWh, 'kWh', r.measured ? 'modelled + measured' : 'modelled', 'itEnergyKWh')
  step('facility energy', facilityKWh.central, 'kWh', facilityIncluded ? `modelled × PUE ${num(pue.central)} + measured (PUE included)` : `IT energy × PUE ${num(pue.central)}`, 'energyKWh')
  step('grid intensity', grid.averageKgPerKWh.central, 'kgCO2e/kWh', grid.description, 'intensityKgPerKWh')
  step('location-based, annual', annualLocation.central, 'kgCO2e', 'facility energy × grid intensity', 'annualLocationKgCO2e')
  if (r.operational.locationMethod === 'hourly') step('location-based, hourly', r.operational.locationKgCO2e.central, 'kgCO2e', `each hour's facility energy × that hour's intensity from ${r.gridDescription}`, 'operational.locationKgCO2e')
  else step('location-based', annualLocation.central, 'kgCO2e', 'the annual figure', 'operational.locationKgCO2e')
  // The market step says the matching used and, hourly, the coverage achieved (the assessment's own words).
  step('market-based', r.operational.marketKgCO2e.central, 'kgCO2e', exp.market ? `facility energy at the market instruments: ${r.operational.marketMethod}` : 'no market instruments: the location-based figure', 'operational.marketKgCO2e')
  if (r.operational.marginalKgCO2e) step('marginal', r.operational.marginalKgCO2e.central, 'kgCO2e', r.operational.marginalMethod === 'hourly' ? 'hourly marginal intensities of the series' : `facility energy × ${num(grid.marginalKgPerKWh?.central ?? 0)} kgCO2e/kWh (annual operating margin)`, 'operational.marginalKgCO2e')
  const amort = `${num(lifetimeH.central)} h lifetime × ${formatPercentSet(activeShare.central)} active`
  const embodied = {
    hardwareKgCO2e: amortized((l) => l.embodiedKgCO2e),
    transportKgCO2e: amortized((l) => l.transportKgCO2e),
    endOfLifeKgCO2e: amortized((l) => l.endOfLifeKgCO2e),
    datacenterKgCO2e: exact(0),
  }
  step('embodied, hardware', embodied.hardwareKgCO2e.central, 'kgCO2e', `${lines.map((l) => `${num(l.embodiedKgCO2e.central)} kgCO2e × ${num(l.deviceHours)} h`).join(' + ')} / (${amort})`, 'embodied.hardwareKgCO2e')
  step('embodied, transport', embodied.transportKgCO2e.central, 'kgCO2e', `per-unit transport × device-hours / (${amort})`, 'lca.transportKgCO2e')
  step('embodied, end of life', embodied.endOfLifeKgCO2e.central, 'kgCO2e', `per-unit end of life × device-hours / (${amort})`, 'lca.endOfLifeKgCO2e')
  if (exp.datacenter) {
    const capacityKWh = add(...lines.map((l) => scale(l.ratedPowerW, l.deviceHours / W_PER_KW)))
    const perKWh = divide(fromCoefficient(DATACENTER_CONSTRUCTION), fromCoefficient(DATACENTER_LIFETIME))
    embodied.datacenterKgCO2e = multiply(capacityKWh, perKWh)
    step('embodied, datacenter', embodied.datacenterKgCO2e.central, 'kgCO2e', `${num(capacityKWh.central)} rated kWh × ${num(DATACENTER_CONSTRUCTION.central)} kgCO2e/kW / ${num(DATACENTER_LIFETIME.central)} h building lifetime`, 'embodied.datacenterKgCO2e')
  } else step('embodied, datacenter', 0, 'kgCO2e', 'datacenter: false', 'embodied.datacenterKgCO2e')
  // The headline and the sums, in the assessment's order: electricity (per the config) + Scope 1, then + embodied.
  const electricity = headlineOperational(r.operational, headline as Config)
  const scope1 = scale(facilityKWh, exp.scope1KgPerKWh ?? 0)
  const operational = add(electricity, scope1)
  const embodiedKgCO2e = embodiedTotal(embodied)
  const total = add(operational, embodiedKgCO2e)
  if (scope1.central > 0) step('Scope 1 of the site', scope1.central, 'kgCO2e', `facility energy × ${num(exp.scope1KgPerKWh ?? 0)} kgCO2e/kWh`, 'scopes.scope1KgCO2e')
  step('operational (headline)', operational.central, 'kgCO2e', `${headline.basis === 'market' ? 'market-based' : headline.intensity === 'marginal' && r.operational.marginalKgCO2e ? 'marginal' : 'location-based'}${scope1.central > 0 ? ' + Scope 1' : ''}`, 'operationalKgCO2e')
  step('embodied', embodiedKgCO2e.central, 'kgCO2e', 'hardware + datacenter + transport + end of life', 'embodiedKgCO2e')
  step('total', total.central, 'kgCO2e', `operational + embodied; ${num(total.low)} to ${num(total.high)} from the coefficients' ranges`, 'totalKgCO2e')

  const inputs = [
    { field: 'phase', value: exp.phase },
    { field: 'duration', value: exp.durationH !== undefined ? `${num(exp.durationH)} h` : `${num(loggedH)} h from the logs' time span` },
    ...exp.hardware.map((h, i) => ({
      field: `hardware.${i}`,
      value: `${h.device} × ${h.count}${h.powerW !== undefined ? `, ${num(h.powerW)} W` : ', power: the catalog TDP'}${h.embodiedKgCO2e !== undefined ? `, ${num(h.embodiedKgCO2e)} kgCO2e` : ', embodied: the catalog figure'}${h.deviceHours !== undefined ? `, ${num(h.deviceHours)} device-hours` : ''}`,
    })),
    { field: 'pue', value: d.pue ? `${num(d.pue.central)} (catalog default, ${num(d.pue.low)} to ${num(d.pue.high)})` : num(exp.pue) },
    { field: 'grid', value: grid.description },
    ...(exp.market ? [{ field: 'market', value: marketInput(exp.market) }] : []),
    { field: 'embodied', value: `lifetime ${num(exp.lifetimeH)} h, active share ${formatPercentSet(exp.activeShare)}, datacenter ${exp.datacenter}` },
    ...exp.logs.map((l, i) => ({ field: `logs.${i}`, value: `${l.path}${l.format ? ` (${l.format})` : ''}, ${l.timezone} × ${l.replicas} replica${l.replicas === 1 ? '' : 's'}` })),
  ]
  return {
    name: r.name,
    file: r.file,
    ...(r.line !== undefined ? { line: r.line } : {}),
    inputs,
    defaults: [...r.defaultsUsed],
    coefficients: r.coefficients.map((c) => ({ id: c.id, unit: c.unit, low: c.low, central: c.central, high: c.high, source: c.source.title, year: c.source.year })),
    steps,
    figures: experimentJson(r),
  }
}

/** The explanation for people: inputs, defaults, coefficients, then the derivation, one line each. */
export function renderExplanation(e: Explanation): string {
  const out = [`${e.name}: ${e.file}${e.line !== undefined ? `:${e.line}` : ''}`, '', 'Inputs']
  const width = Math.max(...e.inputs.map((i) => i.field.length), ...e.steps.map((s) => s.label.length))
  for (const i of e.inputs) out.push(`  ${i.field.padEnd(width)}  ${i.value}`)
  if (e.defaults.length) out.push('', 'Defaults applied', ...e.defaults.map((d) => `  ${d}`))
  out.push('', 'Coefficients (central, low to high, source)')
  for (const c of e.coefficients) out.push(`  ${c.id}: ${num(c.central)} ${c.unit} (${num(c.low)} to ${num(c.high)}), ${c.source} ${c.year}`)
  out.push('', 'Derivation')
  for (const s of e.steps) out.push(`  ${s.label.padEnd(width)}  ${num(s.value)} ${s.unit}  = ${s.how}`)
  return out.join('\n') + '\n'
}

/** The market instruments as the manifest gave them, in canonical units. */
function marketInput(m: MarketSpec): string {
  const residual = m.kind !== 'intensity' && m.residualKgPerKWh !== undefined ? `, residual mix ${num(m.residualKgPerKWh)} kgCO2e/kWh` : ''
  if (m.kind === 'intensity') return `${num(m.kgPerKWh)} kgCO2e/kWh (contract for all the energy)`
  if (m.kind === 'hourly') return `matching: hourly against ${m.supplyPath}${residual}`
  return `matching: annual, ${formatPercentSet(m.share)} carbon-free${residual}`
}
