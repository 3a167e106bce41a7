import { SOURCES } from './sources.js'
import type { Coefficient, Device } from './types.js'

/**
 * Idle draw as a share of the rated power. Accelerators: Cloud Carbon Footprint's Teads min/max
 * pairs give the same share for every GPU they list (A100 46/407 W, V100 35/306 W, T4 8/71 W: 0.113).
 * Hosts: CCF's average minimum and maximum watts per vCPU (AWS 0.74/3.5, Azure 0.78/3.76, GCP
 * 0.71/4.26: 0.167 to 0.211).
 */
export const IDLE_SHARE: Readonly<Record<'accelerator' | 'host', Coefficient>> = {
  accelerator: {
    id: 'idle-share:accelerator',
    unit: 'ratio',
    low: 0.113,
    central: 0.113,
    high: 0.25,
    source: SOURCES.ccfMethodology,
    note: "central and low: CCF's Teads min/max watts (A100 46/407 W, V100 35/306 W, T4 8/71 W); high: estimate, a card held at its memory clock between steps.",
  },
  host: {
    id: 'idle-share:host',
    unit: 'ratio',
    low: 0.167,
    central: 0.207,
    high: 0.5,
    source: SOURCES.ccfMethodology,
    note: "low and central: CCF's minimum/maximum watts per vCPU (GCP 0.71/4.26, Azure 0.78/3.76); high: estimate, an older server idling at half its peak.",
  },
}

/** A device's idle draw, W: its rated power (TDP) times the idle share of its kind. */
export function idlePowerOf(device: Device): Coefficient {
  const share = IDLE_SHARE[device.kind === 'host' ? 'host' : 'accelerator']
  const tdp = device.powerW.central
  const round1 = (x: number) => Math.round(x * 10) / 10
  return {
    id: `idle-power:${device.id}`,
    unit: 'W',
    low: round1(tdp * share.low),
    central: round1(tdp * share.central),
    high: round1(tdp * share.high),
    source: share.source,
    note: `rated ${tdp} W x idle share ${share.low}–${share.central}–${share.high} (${share.id}).`,
  }
}
