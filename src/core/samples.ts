import { flushHour, integrateSegment } from './integrate.js'
import type { GapPolicy } from './model.js'

// The fold of one log's samples per device: a small reorder window, then integration (integrate.ts).

/** One power reading of one device. */
export interface PowerSample {
  /** UTC, ms since epoch. */
  readonly atMs: number
  readonly watts: number
  /** Stable id within a run: a GPU uuid, index or exporter label; samples of one device are integrated together. */
  readonly device: string
}

/** Energy already known over an interval (a counter delta, a CodeCarbon run): added as is, no trapezoid. */
export interface EnergySegment {
  readonly startMs: number
  readonly endMs: number
  readonly energyJ: number
  readonly device: string
}

export interface IntegrationOptions {
  /** A longer interval between two samples of a device is a gap. */
  readonly gapThresholdMs: number
  readonly gaps: GapPolicy
  /** Samples held per device to put late samples back in order; older ones are dropped and counted. */
  readonly reorderWindow?: number
  /** Integrate only inside [startMs, endMs) (to compare two logs over their common window). */
  readonly clip?: { readonly startMs: number; readonly endMs: number }
}

export interface Gap {
  readonly device: string
  readonly startMs: number
  readonly endMs: number
}

interface DeviceTrack {
  // Ring buffer of samples not yet integrated, sorted by time; at most `reorderWindow` of them.
  readonly mask: number
  readonly times: Float64Array
  readonly watts: Float64Array
  head: number
  size: number
  lastMs: number
  lastW: number
  firstMs: number
  firstW: number
  samples: number
}

/** The state of the fold; mutated in place by `addSample` (no I/O, no clock) so memory stays flat. */
export interface SampleAccumulator {
  readonly options: Required<Omit<IntegrationOptions, 'clip'>> & Pick<IntegrationOptions, 'clip'>
  readonly devices: Map<string, DeviceTrack>
  /** Energy per UTC hour start, J. */
  readonly hourlyJ: Map<number, number>
  energyJ: number
  samples: number
  duplicates: number
  outOfOrder: number
  /** Late samples older than the reorder window: dropped. */
  dropped: number
  gapCount: number
  readonly gaps: Gap[]
  /** Devices that contributed known-energy segments (no trapezoid track). */
  readonly segmentDevices: Set<string>
  minMs: number
  maxMs: number
  // The hour bin being filled, kept out of the map on the hot path.
  hourKey: number
  hourJ: number
}


/** A fresh accumulator. */
export function createAccumulator(options: IntegrationOptions): SampleAccumulator {
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
  }
}

function newTrack(window: number): DeviceTrack {
  // A power-of-two ring, so an index wraps with a mask rather than a (slow) integer division.
  const ring = 2 ** Math.ceil(Math.log2(Math.max(1, window)))
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
  }
}

/**
 * Samples as columns, for readers of large logs: no object per sample. Row `i` is the reading
 * `watts[i]` at `atMs[i]` of device `devices[device[i]]`; only the first `count` rows are used.
 */
export interface SampleColumns {
  readonly count: number
  /** UTC, ms since epoch. */
  readonly atMs: Float64Array
  readonly watts: Float64Array
  /** Index into `devices`. */
  readonly device: Uint32Array
  /** Device names by index; may hold names no row uses yet. */
  readonly devices: readonly string[]
}

/**
 * Folds one power sample in: samples wait in a small per-device window so a late one can be put
 * back in order; the oldest leaves the window and is integrated against its predecessor.
 */
export function addSample(acc: SampleAccumulator, s: PowerSample): void {
  addReading(acc, trackOf(acc, s.device), s.device, s.atMs, s.watts)
}

/** Folds rows [0, count) of `columns` in, exactly as `addSample` would one by one. */
export function addSampleColumns(acc: SampleAccumulator, columns: SampleColumns): void {
  const { atMs, watts, device, devices } = columns
  // Map lookups once per device and call, not once per sample.
  const tracks: (DeviceTrack | undefined)[] = []
  for (let i = 0; i < columns.count; i++) {
    const slot = device[i]!
    const name = devices[slot]!
    const track = (tracks[slot] ??= trackOf(acc, name))
    addReading(acc, track, name, atMs[i]!, watts[i]!)
  }
}

function trackOf(acc: SampleAccumulator, device: string): DeviceTrack {
  let track = acc.devices.get(device)
  if (track === undefined) {
    track = newTrack(acc.options.reorderWindow)
    acc.devices.set(device, track)
  }
  return track
}

function addReading(acc: SampleAccumulator, track: DeviceTrack, device: string, t: number, w: number): void {
  const capacity = acc.options.reorderWindow
  const { times, watts, mask } = track
  if (track.size > 0) {
    const newest = times[(track.head + track.size - 1) & mask]!
    if (t <= newest) {
      if (!insertLate(acc, track, t, w, device)) return
      acc.samples++
      return
    }
  } else if (t <= track.lastMs) {
    if (t === track.lastMs) acc.duplicates++
    else acc.dropped++
    return
  }
  if (track.size === capacity) integrateOldest(acc, track, device)
  const slot = (track.head + track.size) & mask
  times[slot] = t
  watts[slot] = w
  track.size++
  acc.samples++
}

// Returns false when the sample was a duplicate or too late to place.
function insertLate(acc: SampleAccumulator, track: DeviceTrack, t: number, w: number, device: string): boolean {
  const capacity = acc.options.reorderWindow
  const { times, watts, mask } = track
  let i = track.size - 1
  while (i >= 0 && times[(track.head + i) & mask]! > t) i--
  if (i >= 0 ? times[(track.head + i) & mask] === t : t === track.lastMs) {
    acc.duplicates++
    return false
  }
  if (i < 0 && t < track.lastMs) {
    acc.dropped++
    return false
  }
  acc.outOfOrder++
  if (track.size === capacity) {
    if (i < 0) {
      // It belongs before everything held, right after the last integrated sample.
      integrateSegment(acc, track.lastMs, track.lastW, t, w, device)
      track.lastMs = t
      track.lastW = w
      return true
    }
    integrateOldest(acc, track, device)
    i--
  }
  // Shift the tail one slot right to open position i + 1.
  for (let j = track.size - 1; j > i; j--) {
    const from = (track.head + j) & mask
    const to = (track.head + j + 1) & mask
    times[to] = times[from]!
    watts[to] = watts[from]!
  }
  const slot = (track.head + i + 1) & mask
  times[slot] = t
  watts[slot] = w
  track.size++
  return true
}

function integrateOldest(acc: SampleAccumulator, track: DeviceTrack, device: string): void {
  const t = track.times[track.head]!
  const w = track.watts[track.head]!
  track.head = (track.head + 1) & track.mask
  track.size--
  track.samples++
  if (t < acc.minMs) acc.minMs = t
  if (t > acc.maxMs) acc.maxMs = t
  if (Number.isNaN(track.lastMs)) {
    track.firstMs = t
    track.firstW = w
  } else {
    integrateSegment(acc, track.lastMs, track.lastW, t, w, device)
  }
  track.lastMs = t
  track.lastW = w
}

/** What one device contributed: its first and last samples, for joining logs of the same device. */
export interface DeviceSpan {
  readonly device: string
  readonly firstMs: number
  readonly firstW: number
  readonly lastMs: number
  readonly lastW: number
  readonly samples: number
}

export interface IntegrationResult {
  readonly energyJ: number
  readonly hourlyJ: ReadonlyMap<number, number>
  readonly devices: readonly DeviceSpan[]
  readonly segmentDevices: readonly string[]
  readonly startMs: number
  readonly endMs: number
  readonly samples: number
  readonly duplicates: number
  readonly outOfOrder: number
  readonly dropped: number
  readonly gapCount: number
  readonly gaps: readonly Gap[]
}

/** Integrates what is still in the reorder windows and returns the totals. */
export function finishAccumulator(acc: SampleAccumulator): IntegrationResult {
  const devices: DeviceSpan[] = []
  for (const [device, track] of acc.devices) {
    while (track.size > 0) integrateOldest(acc, track, device)
    if (track.samples > 0) {
      devices.push({ device, firstMs: track.firstMs, firstW: track.firstW, lastMs: track.lastMs, lastW: track.lastW, samples: track.samples })
    }
  }
  flushHour(acc)
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
  }
}
