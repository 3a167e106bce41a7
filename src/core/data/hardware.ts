import { toDevice } from './hardware-spec.js'
import { NVIDIA_DEVICES } from './hardware-nvidia.js'
import { OTHER_DEVICES } from './hardware-other.js'
import type { Device } from './types.js'

/** The hardware catalog, in display order. */
export const DEVICES: readonly Device[] = [...NVIDIA_DEVICES, ...OTHER_DEVICES].map(toDevice)

/**
 * Normalizes what users and logs write: case, spaces and underscores. `NVIDIA H100 80GB HBM3` (the
 * nvidia-smi name) becomes `nvidia-h100-80gb-hbm3`.
 */
export function normalizeDeviceKey(key: string): string {
  return key.trim().toLowerCase().replace(/[\s_]+/g, '-')
}

function buildIndex(devices: readonly Device[]): ReadonlyMap<string, Device> {
  const index = new Map<string, Device>()
  for (const d of devices) {
    for (const key of [d.id, ...d.aliases].map(normalizeDeviceKey)) {
      const taken = index.get(key)
      // A duplicate would make a manifest's meaning depend on table order: fail at load, in tests.
      if (taken && taken !== d) throw new Error(`hardware catalog: "${key}" names both ${taken.id} and ${d.id}`)
      index.set(key, d)
    }
  }
  return index
}

const INDEX = buildIndex(DEVICES)
const VENDOR_PREFIX = /^(nvidia|tesla|amd|google)-/

/**
 * Finds a device by catalog id or alias, case-insensitively; a vendor prefix (`NVIDIA `, `Tesla `)
 * is tried with and without, so nvidia-smi names resolve.
 * @example findDevice('NVIDIA H100 80GB HBM3')?.id // 'nvidia-h100-sxm5-80gb'
 */
export function findDevice(idOrAlias: string): Device | undefined {
  const key = normalizeDeviceKey(idOrAlias)
  return INDEX.get(key) ?? INDEX.get(key.replace(VENDOR_PREFIX, ''))
}

/** Every id and alias the catalog accepts (normalized), for "did you mean" suggestions. */
export function deviceKeys(): readonly string[] {
  return [...INDEX.keys()]
}
