import type { EnergySegment } from '../../core/samples.js'
import { DeviceSlots } from './nvidia-smi-scan.js'
import { ColumnsBuilder, type ReadBatch, type ReadContext } from './reader.js'

// NVIDIA DCGM exporter metrics, however they were saved (Prometheus text scrapes, query_range
// JSON): the energy counter is preferred to integrating the power gauge, as it is exact across
// gaps and between samples.

export const POWER_METRIC = 'DCGM_FI_DEV_POWER_USAGE'
/** mJ since the driver loaded; `_total` is how some relabelling pipelines name a counter. */
export const ENERGY_METRICS: ReadonlySet<string> = new Set(['DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION', 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION_total'])

/** The device of a series: `Hostname` (or `instance`) and `UUID` (or `gpu`, `device`). */
export function dcgmDevice(labels: Readonly<Record<string, string>>): string {
  const host = labels.Hostname ?? labels.instance ?? ''
  const gpu = labels.UUID ?? labels.gpu ?? labels.device ?? ''
  return host ? `${host}/${gpu}` : gpu
}

/**
 * Folds DCGM readings device by device in flat memory: counter readings become energy per
 * interval (the difference; a drop means the driver reloaded and the counter restarted from zero,
 * as Prometheus' `increase()` reads it); power readings become samples, for devices without a
 * counter only. Which devices have a counter must be known before their power is taken: `count`.
 * Devices are small integer slots (`slot`), so a reading costs no lookup by name.
 */
export class DcgmFold {
  private readonly out = new ColumnsBuilder()
  private readonly slots = new DeviceSlots()
  private segments: EnergySegment[] = []
  // Per slot: whether its energy comes from the counter, its counter's last reading and count of
  // readings (0: none), and its count of power readings taken.
  private counted = new Uint8Array(8)
  private lastMs = new Float64Array(8)
  private lastMJ = new Float64Array(8)
  private counterPoints = new Int32Array(8)
  private powerPoints = new Int32Array(8)
  resets = 0
  late = 0

  /** The slot of a device name. */
  slot(device: string): number {
    const slot = this.slots.named(device)
    if (slot >= this.counted.length) this.grow(2 * (slot + 1))
    return slot
  }

  /** The name of a slot. */
  name(slot: number): string {
    return this.slots.names[slot]!
  }

  /** Takes the device's energy from its counter; its power readings are then not used. */
  count(slot: number): void {
    this.counted[slot] = 1
  }

  isCounted(slot: number): boolean {
    return this.counted[slot] === 1
  }

  counter(slot: number, atMs: number, mJ: number): void {
    const points = this.counterPoints[slot]!
    if (points === 0) {
      this.lastMs[slot] = atMs
      this.lastMJ[slot] = mJ
      this.counterPoints[slot] = 1
      return
    }
    const lastMs = this.lastMs[slot]!
    if (!(atMs > lastMs)) {
      this.late++
      return
    }
    let deltaMJ = mJ - this.lastMJ[slot]!
    if (deltaMJ < 0) {
      this.resets++
      deltaMJ = mJ
    }
    this.segments.push({ startMs: lastMs, endMs: atMs, energyJ: deltaMJ / 1000, device: this.slots.names[slot]! })
    this.lastMs[slot] = atMs
    this.lastMJ[slot] = mJ
    this.counterPoints[slot] = points + 1
  }

  power(slot: number, atMs: number, watts: number): void {
    if (this.counted[slot] === 1) return
    this.powerPoints[slot]!++
    this.out.push(atMs, watts, slot)
  }

  /** What was folded since the last call, for the reader to yield. */
  take(): ReadBatch | undefined {
    if (this.out.count === 0 && this.segments.length === 0) return undefined
    const batch: ReadBatch = { ...(this.out.count > 0 ? { columns: this.out.take(this.slots.names) } : {}), ...(this.segments.length > 0 ? { segments: this.segments } : {}) }
    this.segments = []
    return batch
  }

  /**
   * Says which source gave each GPU's energy, and refuses a file that holds one instant only: a
   * counter gives energy as the difference of two readings, a gauge needs two to integrate.
   * @returns an error message, or undefined.
   */
  finish(ctx: ReadContext): string | undefined {
    const n = this.slots.names.length
    let maxPoints = 0
    let counters = 0
    let powered = 0
    for (let i = 0; i < n; i++) {
      maxPoints = Math.max(maxPoints, this.counterPoints[i]!, this.powerPoints[i]!)
      if (this.counterPoints[i]! > 0) counters++
      if (this.powerPoints[i]! > 0) powered++
    }
    if (maxPoints === 1) {
      return `the file holds one reading per GPU (one scrape, one instant): energy is the difference between two readings of ${[...ENERGY_METRICS][0]} (or the integral of ${POWER_METRIC} over time), so scrape repeatedly into the file (every 15 s, say) or export a query_range over the run`
    }
    if (counters > 0) ctx.notes.push(`DCGM: energy of ${counters} GPU${counters === 1 ? '' : 's'} from the energy counter (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ), not from integrating power`)
    if (powered > 0) ctx.notes.push(`DCGM: energy of ${powered} GPU${powered === 1 ? '' : 's'} from integrating ${POWER_METRIC} (W): no energy counter for ${powered === 1 ? 'it' : 'them'}`)
    if (this.resets > 0) ctx.warnings.push(`the DCGM energy counter reset ${this.resets} time(s) (driver reload); counted from zero after each`)
    if (this.late > 0) ctx.warnings.push(`${this.late} counter readings not later than the one before them: skipped`)
    return undefined
  }

  private grow(capacity: number): void {
    const counted = new Uint8Array(capacity)
    const lastMs = new Float64Array(capacity)
    const lastMJ = new Float64Array(capacity)
    const counterPoints = new Int32Array(capacity)
    const powerPoints = new Int32Array(capacity)
    counted.set(this.counted)
    lastMs.set(this.lastMs)
    lastMJ.set(this.lastMJ)
    counterPoints.set(this.counterPoints)
    powerPoints.set(this.powerPoints)
    Object.assign(this, { counted, lastMs, lastMJ, counterPoints, powerPoints })
  }
}
