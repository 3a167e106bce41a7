import { CARD_END_OF_LIFE, CARD_TRANSPORT, SERVER_END_OF_LIFE_SHARE, SERVER_TRANSPORT_SHARE } from './data/index.js'
import type { Coefficient, Device } from './data/types.js'
import type { Embodied, HardwareSpec, LcaStages } from './model.js'
import { add, exact, multiply, range, type Range } from './range.js'

const fromCoefficient = (c: Coefficient): Range => range(c.low, c.central, c.high)

/**
 * Transport and end-of-life carbon of one unit, kgCO2e, before amortization (0 when the manifest
 * leaves the stage out). The manifest's figure
 * wins; a catalog accelerator takes Boavizta's per-card figures; a host or custom device takes the
 * shares of its manufacturing carbon that server PCFs state (its mass is unknown to us).
 */
export function unitLifecycle(
  spec: HardwareSpec,
  device: Device | undefined,
  manufacturingKgCO2e: Range,
  include: { readonly transport: boolean; readonly endOfLife: boolean },
  used: Coefficient[],
): { transportKgCO2e: Range; endOfLifeKgCO2e: Range } {
  const card = device !== undefined && device.kind !== 'host'
  const stage = (included: boolean, given: number | undefined, cardFigure: Coefficient, share: Coefficient): Range => {
    if (!included) return exact(0)
    if (given !== undefined) return exact(given)
    used.push(card ? cardFigure : share)
    return card ? fromCoefficient(cardFigure) : multiply(manufacturingKgCO2e, fromCoefficient(share))
  }
  return {
    transportKgCO2e: stage(include.transport, spec.transportKgCO2e, CARD_TRANSPORT, SERVER_TRANSPORT_SHARE),
    endOfLifeKgCO2e: stage(include.endOfLife, spec.endOfLifeKgCO2e, CARD_END_OF_LIFE, SERVER_END_OF_LIFE_SHARE),
  }
}

/** The LCA view of a footprint: datacenter construction counts as manufacturing, use is the headline operational figure. */
export function lcaStages(embodied: Embodied, useKgCO2e: Range): LcaStages {
  return {
    manufacturingKgCO2e: add(embodied.hardwareKgCO2e, embodied.datacenterKgCO2e),
    transportKgCO2e: embodied.transportKgCO2e,
    useKgCO2e,
    endOfLifeKgCO2e: embodied.endOfLifeKgCO2e,
  }
}

/** Embodied total: manufacturing, construction, transport and end of life. */
export function embodiedTotal(e: Embodied): Range {
  return add(e.hardwareKgCO2e, e.datacenterKgCO2e, e.transportKgCO2e, e.endOfLifeKgCO2e)
}
