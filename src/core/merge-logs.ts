import { integrateSegment } from './integrate.js'
import { createAccumulator, finishAccumulator, type DeviceSpan, type Gap, type IntegrationOptions, type IntegrationResult } from './samples.js'

// Several logs of one experiment: different devices add, the logs of one device are joined.

/** One log's result with the settings it was read under, for `mergeResults`. */
export interface ResultPart {
  readonly file: string
  readonly result: IntegrationResult
  readonly replicas: number
  readonly options: IntegrationOptions
}

export interface MergedEnergy {
  readonly energyJ: number
  readonly hourlyJ: Map<number, number>
  /** Gaps between the logs of one device (a log split in two files), with the later file. */
  readonly joinGaps: readonly (Gap & { readonly file: string })[]
  /** The same device in two logs over overlapping time: integrated twice, so the caller must refuse it. */
  readonly overlaps: readonly { readonly device: string; readonly files: readonly [string, string] }[]
  readonly devices: number
}

/**
 * Combines logs: different devices add; the logs of one device (a log split across files) are
 * joined by the trapezoid between the last sample of one and the first of the next, so two files
 * of one run give the energy of one file. Replicas scale each log and its join.
 */
export function mergeResults(parts: readonly ResultPart[]): MergedEnergy {
  const hourlyJ = new Map<number, number>()
  let energyJ = 0
  for (const part of parts) {
    energyJ += part.result.energyJ * part.replicas
    for (const [hour, j] of part.result.hourlyJ) hourlyJ.set(hour, (hourlyJ.get(hour) ?? 0) + j * part.replicas)
  }
  const byDevice = new Map<string, { span: DeviceSpan; part: ResultPart }[]>()
  for (const part of parts) {
    for (const span of part.result.devices) {
      const list = byDevice.get(span.device) ?? []
      list.push({ span, part })
      byDevice.set(span.device, list)
    }
  }
  const joinGaps: (Gap & { file: string })[] = []
  const overlaps: { device: string; files: [string, string] }[] = []
  for (const [device, list] of byDevice) {
    list.sort((x, y) => x.span.firstMs - y.span.firstMs)
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1]!
      const after = list[i]!
      if (after.span.firstMs < before.span.lastMs) {
        overlaps.push({ device, files: [before.part.file, after.part.file] })
        continue
      }
      const acc = createAccumulator(after.part.options)
      integrateSegment(acc, before.span.lastMs, before.span.lastW, after.span.firstMs, after.span.firstW, device)
      const bridge = finishAccumulator(acc)
      energyJ += bridge.energyJ * after.part.replicas
      for (const [hour, j] of bridge.hourlyJ) hourlyJ.set(hour, (hourlyJ.get(hour) ?? 0) + j * after.part.replicas)
      for (const gap of bridge.gaps) joinGaps.push({ ...gap, file: after.part.file })
    }
  }
  const all = new Set(byDevice.keys())
  for (const part of parts) for (const d of part.result.segmentDevices) all.add(d)
  return { energyJ, hourlyJ, joinGaps, overlaps, devices: all.size }
}
