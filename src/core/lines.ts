import type { Coefficient } from './data/types.js'
import { findDevice, idlePowerOf } from './data/index.js'
import { unitLifecycle } from './lca.js'
import type { Experiment, MeasuredEnergy } from './model.js'
import { add, exact, range, scale, type Range } from './range.js'

/** One hardware line with every figure resolved: the manifest's when given, else the catalog's range. */
export interface Line {
  /** Reserved device-hours (count x duration, or the line's device-hours). */
  readonly deviceHours: number
  /** Of those, busy (drawing `powerW`) and idle (drawing `idlePowerW`). */
  readonly busyHours: number
  readonly idleHours: number
  readonly powerW: Range
  readonly idlePowerW: Range
  /** What the building provisions per device: sizes construction and capacity. */
  readonly ratedPowerW: Range
  readonly embodiedKgCO2e: Range
  /** Per unit, before amortization. */
  readonly transportKgCO2e: Range
  readonly endOfLifeKgCO2e: Range
  readonly isHost: boolean
}

const fromCoefficient = (c: Coefficient): Range => range(c.low, c.central, c.high)

/** Resolves every hardware line of an experiment; the catalog coefficients used are pushed to `used`. */
export function resolveLines(exp: Experiment, durationH: number, used: Coefficient[]): Line[] {
  const busyShare = exp.utilisation ?? 1
  const perDevice = exp.inference?.requestsPerSecondPerDevice
  return exp.hardware.map((spec) => {
    const device = spec.device === 'custom' ? undefined : findDevice(spec.device)
    if (spec.device !== 'custom' && !device) throw new RangeError(`device ${spec.device} is not in the catalog`)
    if (device && spec.powerW === undefined) used.push(device.powerW)
    if (device && spec.embodiedKgCO2e === undefined) used.push(device.embodiedKgCO2e)
    const powerW = spec.powerW !== undefined ? exact(spec.powerW) : fromCoefficient(device!.powerW)
    const embodiedKgCO2e = spec.embodiedKgCO2e !== undefined ? exact(spec.embodiedKgCO2e) : fromCoefficient(device!.embodiedKgCO2e)
    // Throughput sizes the accelerators: the busy hours the requests need, held for busy / utilisation.
    const served = perDevice !== undefined && device?.kind !== 'host' ? exp.inference!.requests / (perDevice * 3600) : undefined
    const deviceHours = served !== undefined ? served / busyShare : (spec.deviceHours ?? spec.count * durationH)
    const idleHours = deviceHours * (1 - busyShare)
    // Ingest requires idle-power on custom lines with idle time, so `device` is there when it is read.
    const idleCoefficient = spec.idlePowerW === undefined && device && idleHours > 0 ? idlePowerOf(device) : undefined
    if (idleCoefficient) used.push(idleCoefficient)
    const idlePowerW = spec.idlePowerW !== undefined ? exact(spec.idlePowerW) : idleCoefficient ? fromCoefficient(idleCoefficient) : exact(0)
    // A building is sized for the rated power (TDP up to the maximum configurable), not for an average draw.
    const ratedPowerW =
      spec.ratedPowerW !== undefined ? exact(spec.ratedPowerW) : device ? range(device.powerW.central, device.powerW.central, device.powerW.high) : powerW
    const stages = unitLifecycle(spec, device, embodiedKgCO2e, { transport: exp.transport ?? true, endOfLife: exp.endOfLife ?? true }, used)
    return { deviceHours, busyHours: deviceHours - idleHours, idleHours, powerW, idlePowerW, ratedPowerW, embodiedKgCO2e, ...stages, isHost: device?.kind === 'host' }
  })
}

/**
 * IT energy before PUE, kWh. Measured energy replaces the modelled energy of the hardware it
 * measured: GPU logs measure the accelerators (hosts stay modelled); CodeCarbon measures the whole
 * machine, already with its PUE, so it replaces every line. Idle energy (modelled idle time of the
 * kept lines, plus a known idle figure) is part of `modelledKWh` and also returned apart.
 */
export function itEnergy(
  lines: readonly Line[],
  measured: MeasuredEnergy | undefined,
  knownIdleKWh = 0,
  requestsKWh?: number,
): { modelledKWh: Range; idleKWh: Range; measuredKWh: number } {
  // Energy per request, like a GPU log, replaces the accelerators' modelled energy; hosts stay modelled.
  const kept = measured ? lines.filter((l) => !measured.facilityIncluded && l.isHost) : requestsKWh !== undefined ? lines.filter((l) => l.isHost) : lines
  const idleKWh = add(exact(knownIdleKWh), ...kept.map((l) => scale(l.idlePowerW, l.idleHours / 1000)))
  const modelledKWh = add(idleKWh, exact(requestsKWh ?? 0), ...kept.map((l) => scale(l.powerW, l.busyHours / 1000)))
  return { modelledKWh, idleKWh, measuredKWh: measured?.energyKWh ?? 0 }
}

/** Rated kW held at once: device-hours over the duration (the count when there is no duration). */
export function capacityKW(lines: readonly Line[], durationH: number, counts: readonly number[]): number {
  return lines.reduce((sum, l, i) => sum + (l.ratedPowerW.central / 1000) * (durationH > 0 ? l.deviceHours / durationH : counts[i]!), 0)
}
