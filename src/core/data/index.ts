/**
 * The coefficient catalog: hardware, PUE, grid intensity, cloud regions and datacenter construction,
 * each figure with its source and a low/central/high range. Lookups are Maps built once at load.
 */
import { DEVICES } from './hardware.js'
import type { Device } from './types.js'

/** Bumped whenever a catalog figure changes, so reports can say which catalog they used. */
export const CATALOG_VERSION = '1'

/** Every device in the catalog, in display order. */
export function listDevices(): readonly Device[] {
  return DEVICES
}

/** Every device id (not aliases). */
export function deviceIds(): readonly string[] {
  return DEVICES.map((d) => d.id)
}

export { deviceKeys, findDevice, normalizeDeviceKey } from './hardware.js'
export { DEFAULT_PUE, findPue, PUE_BY_PROVIDER, type PueProvider } from './pue.js'
export { findGrid, gridDataIssues, gridKeys, WORLD_GRID } from './grid.js'
export { findRegion, REGIONS, regionIds } from './regions.js'
export { DATACENTER_CONSTRUCTION, DATACENTER_LIFETIME, DEFAULT_ACTIVE_SHARE, DEFAULT_HARDWARE_LIFETIME } from './datacenter.js'
export { IDLE_SHARE, idlePowerOf } from './idle.js'
export { CARD_END_OF_LIFE, CARD_TRANSPORT, SERVER_END_OF_LIFE_SHARE, SERVER_TRANSPORT_SHARE } from './lifecycle.js'
export { listSources, SOURCES } from './sources.js'
export { zoneCountry } from './iso-countries.js'
export type { Coefficient, CloudRegion, Device, EmbodiedBoundary, GridIntensity, Source } from './types.js'
