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

interface Counter {
  lastMs: number
  lastMJ: number
  points: number
}

/**
 * Folds DCGM readings device by device in flat memory: counter readings become energy per
 * interval (the difference; a drop means the driver reloaded and the counter restarted from zero,
 * as Prometheus' `increase()` reads it); power readings become samples, for devices without a
 * counter only. Which devices have a counter must be known before their power is taken: `counted`.
 */
export class DcgmFold {
  private readonly counters = new Map<string, Counter>()
  private readonly out = new ColumnsBuilder()
  private readonly slots = new DeviceSlots()
  private segments: EnergySegment[] = []
  private readonly powerDevices = new Set<string>()
  private readonly powerPoints = new Map<string, number>()
  resets = 0
  late = 0
  /** Devices whose energy comes from the counter; their power readings are not used. */
  counted = new Set<string>()

  counter(device: string, atMs: number, mJ: number): void {
    const c = this.counters.get(device)
    if (c === undefined) {
      this.counters.set(device, { lastMs: atMs, lastMJ: mJ, points: 1 })
      return
    }
    if (!(atMs > c.lastMs)) {
      this.late++
      return
    }
    let deltaMJ = mJ - c.lastMJ
    if (deltaMJ < 0) {
      this.resets++
      deltaMJ = mJ
    }
    this.segments.push({ startMs: c.lastMs, endMs: atMs, energyJ: deltaMJ / 1000, device })
    c.lastMs = atMs
    c.lastMJ = mJ
    c.points++
  }

  power(device: string, atMs: number, watts: number): void {
    if (this.counted.has(device)) return
    this.powerDevices.add(device)
    this.powerPoints.set(device, (this.powerPoints.get(device) ?? 0) + 1)
    this.out.push(atMs, watts, this.slots.named(device))
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
    const counted = [...this.counters.values()]
    const maxPoints = Math.max(0, ...counted.map((c) => c.points), ...this.powerPoints.values())
    if (maxPoints === 1) {
      return `the file holds one reading per GPU (one scrape, one instant): energy is the difference between two readings of ${[...ENERGY_METRICS][0]} (or the integral of ${POWER_METRIC} over time), so scrape repeatedly into the file (every 15 s, say) or export a query_range over the run`
    }
    if (this.counters.size > 0) ctx.notes.push(`DCGM: energy of ${this.counters.size} GPU${this.counters.size === 1 ? '' : 's'} from the energy counter (DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION, mJ), not from integrating power`)
    if (this.powerDevices.size > 0) ctx.notes.push(`DCGM: energy of ${this.powerDevices.size} GPU${this.powerDevices.size === 1 ? '' : 's'} from integrating ${POWER_METRIC} (W): no energy counter for ${this.powerDevices.size === 1 ? 'it' : 'them'}`)
    if (this.resets > 0) ctx.warnings.push(`the DCGM energy counter reset ${this.resets} time(s) (driver reload); counted from zero after each`)
    if (this.late > 0) ctx.warnings.push(`${this.late} counter readings not later than the one before them: skipped`)
    return undefined
  }
}
