import type { EnergySegment, SampleAccumulator } from './samples.js'
import { HOUR_MS, SECOND_MS } from './units.js'

// Energy between readings, binned by UTC hour: the trapezoid between two samples of a device (with
// the gap policy), and energy known over an interval (a counter, a CodeCarbon run) spread evenly.

/** Gap spans kept in full; beyond this only their number grows. */
export const MAX_GAPS_KEPT = 100

/**
 * Adds the trapezoid between two samples of a device, applying the gap policy; split across UTC
 * hours (and clipped) by integrating the straight line between them exactly.
 * @returns the energy added, J.
 */
export function integrateSegment(acc: SampleAccumulator, t0: number, w0: number, t1: number, w1: number, device: string): number {
  const dt = t1 - t0
  if (dt > acc.options.gapThresholdMs) {
    acc.gapCount++
    if (acc.gaps.length < MAX_GAPS_KEPT) acc.gaps.push({ device, startMs: t0, endMs: t1 })
    if (acc.options.gaps !== 'bridge') return 0
  }
  return integrateLine(acc, t0, w0, t1, w1)
}

function integrateLine(acc: SampleAccumulator, t0: number, w0: number, t1: number, w1: number): number {
  const dt = t1 - t0
  let a = t0
  let b = t1
  const clip = acc.options.clip
  if (clip) {
    if (a < clip.startMs) a = clip.startMs
    if (b > clip.endMs) b = clip.endMs
    if (b <= a) return 0
  }
  const slope = (w1 - w0) / dt
  let total = 0
  while (a < b) {
    // Most segments fall in the hour being filled: skip the (slow) floating-point remainder then.
    const open = acc.hourKey
    const hour = a >= 0 && a >= open && a < open + HOUR_MS ? open : a - (a % HOUR_MS)
    const end = Math.min(b, hour + HOUR_MS)
    const energyJ = ((end - a) * (w0 + slope * (a - t0) + w0 + slope * (end - t0))) / 2000
    addToHour(acc, hour, energyJ)
    total += energyJ
    a = end
  }
  return total
}

function addToHour(acc: SampleAccumulator, hour: number, energyJ: number): void {
  acc.energyJ += energyJ
  if (hour === acc.hourKey) {
    acc.hourJ += energyJ
    return
  }
  flushHour(acc)
  acc.hourKey = hour
  acc.hourJ = acc.hourJ + energyJ
}

export function flushHour(acc: SampleAccumulator): void {
  if (!Number.isNaN(acc.hourKey)) acc.hourlyJ.set(acc.hourKey, (acc.hourlyJ.get(acc.hourKey) ?? 0) + acc.hourJ)
  acc.hourKey = NaN
  acc.hourJ = 0
}

/** Adds energy known over an interval, spread over its hours in proportion to time (clip applies). */
export function addSegment(acc: SampleAccumulator, seg: EnergySegment): void {
  acc.segmentDevices.add(seg.device)
  const span = seg.endMs - seg.startMs
  if (!(span > 0)) {
    addToHour(acc, seg.startMs - (seg.startMs % HOUR_MS), seg.energyJ)
    acc.samples++
    return
  }
  const watts = (seg.energyJ * SECOND_MS) / span
  // Known energy is never a gap: it was measured across the whole interval.
  integrateLine(acc, seg.startMs, watts, seg.endMs, watts)
  if (seg.startMs < acc.minMs) acc.minMs = seg.startMs
  if (seg.endMs > acc.maxMs) acc.maxMs = seg.endMs
  acc.samples++
}
