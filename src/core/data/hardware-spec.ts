import type { Coefficient, Device, EmbodiedBoundary, Source } from './types.js'

/** A figure as written in the catalog tables, before it becomes a `Coefficient`. */
export interface FigureSpec {
  readonly low: number
  readonly central: number
  readonly high: number
  readonly source: Source
  readonly note?: string
}

export interface DeviceSpec {
  readonly id: string
  readonly name: string
  readonly vendor: string
  readonly kind: Device['kind']
  readonly aliases: readonly string[]
  readonly boundary: EmbodiedBoundary
  readonly power: FigureSpec
  readonly embodied: FigureSpec
}

const round1 = (x: number): number => Math.round(x * 10) / 10

/**
 * Share of TDP that CCF's model gives at its default 50 % utilisation, min + 0.5 x (max - min), with
 * the Teads min/max pairs (A100 46/407 W gives 0.557, V100 35/306 W 0.557, T4 8/71 W 0.556). Applied to
 * devices outside CCF's table as the low end of the modelled draw.
 */
export const CCF_HALF_LOAD_SHARE = 0.557

/** Average draw at CCF's default 50 % utilisation for a device of this TDP, W. */
export function halfLoadW(tdpW: number): number {
  return round1(tdpW * CCF_HALF_LOAD_SHARE)
}

/**
 * LLMCarbon's die-only manufacturing carbon: area x carbon per area. kg/cm²: 1.0 at 16 nm, 1.2 at
 * 12 nm (also used here for Samsung 8 nm), 1.6 at 7 nm (also 6 nm), 1.8 at 4-5 nm.
 */
export function dieOnlyKg(dieMm2: number, kgPerCm2: number): number {
  return round1((dieMm2 / 100) * kgPerCm2)
}

/**
 * Whole-card estimate scaled from Boavizta's 575 kg large-GPU archetype (814 mm² die, 80 GB HBM):
 * its total splits into about 120 kg die, 430 kg memory and 25 kg board, casing, heatsink, transport.
 * We scale the die part by area (0.147 kg/mm²) and the memory part by capacity (5.375 kg/GB).
 */
export function boaviztaScaledKg(dieMm2: number, memoryGB: number): number {
  return round1(25 + 0.147 * dieMm2 + 5.375 * memoryGB)
}

/** Green Algorithms v3 per-card model: 26.97 kg base (Loubet et al. 2023) + 1.97 kg per cm² of die. */
export function greenAlgorithmsCardKg(dieMm2: number): number {
  return round1(26.97 + 1.97 * (dieMm2 / 100))
}

function coefficient(id: string, unit: Coefficient['unit'], f: FigureSpec): Coefficient {
  return {
    id,
    unit,
    low: f.low,
    central: f.central,
    high: f.high,
    source: f.source,
    ...(f.note === undefined ? {} : { note: f.note }),
  }
}

/** Turns a table row into a catalog `Device` with coefficient ids `power:<id>` and `embodied:<id>`. */
export function toDevice(spec: DeviceSpec): Device {
  return {
    id: spec.id,
    name: spec.name,
    vendor: spec.vendor,
    kind: spec.kind,
    aliases: spec.aliases,
    boundary: spec.boundary,
    powerW: coefficient(`power:${spec.id}`, 'W', spec.power),
    embodiedKgCO2e: coefficient(`embodied:${spec.id}`, 'kgCO2e', spec.embodied),
  }
}
