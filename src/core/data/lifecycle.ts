import { SOURCES } from './sources.js'
import type { Coefficient } from './types.js'

/**
 * Life-cycle stages beyond manufacturing: transport to the datacenter and end-of-life processing.
 * Accelerator cards take Boavizta's bottom-up GPU component model (absolute figures per card, from
 * its distances, modes and mass); hosts and custom devices take the shares of manufacturing that HPE's
 * server product carbon footprints state (we know their manufacturing figure, not their mass).
 */

// Boavizta's default large GPU: 1.69 kg, 19,000 km by sea and 1,000 km by truck (gpu.csv archetype).
const CARD_KG = 1.69
const KG_CO2E_PER_KG_KM = { boat: 1.33e-5, truck: 5.04e-5, plane: 2.11e-3 } as const
const round4 = (x: number): number => Math.round(x * 1e4) / 1e4

/** Transport of one accelerator card, kgCO2e. */
export const CARD_TRANSPORT: Coefficient = {
  id: 'transport:card',
  unit: 'kgCO2e',
  low: round4(CARD_KG * (19_000 * KG_CO2E_PER_KG_KM.boat + 1_000 * KG_CO2E_PER_KG_KM.truck)),
  central: round4(CARD_KG * (19_000 * KG_CO2E_PER_KG_KM.boat + 1_000 * KG_CO2E_PER_KG_KM.truck)),
  high: round4(CARD_KG * (19_000 * KG_CO2E_PER_KG_KM.plane + 1_000 * KG_CO2E_PER_KG_KM.truck)),
  source: SOURCES.boaviztaTransport,
  note:
    "central and low: Boavizta's default distribution of a 1.69 kg card, 19,000 km by sea (1.33e-5 kgCO2e/kg·km) " +
    'and 1,000 km by truck (5.04e-5); high: estimate, the same 19,000 km by air (2.11e-3 kgCO2e/kg·km), ' +
    'as high-value electronics often fly.',
}

/** End-of-life processing of one accelerator card, kgCO2e. */
export const CARD_END_OF_LIFE: Coefficient = {
  id: 'end-of-life:card',
  unit: 'kgCO2e',
  low: round4((1.5062 * CARD_KG) / 2),
  central: round4(1.5062 * CARD_KG),
  high: round4(1.5062 * CARD_KG * 2),
  source: SOURCES.boaviztaTransport,
  note: "central: Boavizta's end-of-life factor 1.5062 kgCO2e per kg x its 1.69 kg card; range: estimate, a card of half to twice that mass.",
}

/**
 * Transport as a share of manufacturing, for servers: HPE's PCFs give transport 0.2 % to 1.1 % and
 * manufacturing 3.7 % to 29.9 % of the lifetime total; the ratio runs from 1.34 % (DL345 Gen10 Plus,
 * the server BLOOM used) to 6.73 % (DL380 Gen10), median 5.06 %.
 */
export const SERVER_TRANSPORT_SHARE: Coefficient = {
  id: 'transport:server-share',
  unit: 'ratio',
  low: 0.0134,
  central: 0.0506,
  high: 0.0673,
  source: SOURCES.hpePcfServers,
  note: 'share of manufacturing carbon; central: median of six HPE server PCFs; low and high: their minimum and maximum.',
}

/** End of life as a share of manufacturing, for servers: 0.67 % (DL345) to 5.41 % (DL580), median 2.74 %. */
export const SERVER_END_OF_LIFE_SHARE: Coefficient = {
  id: 'end-of-life:server-share',
  unit: 'ratio',
  low: 0.0067,
  central: 0.0274,
  high: 0.0541,
  source: SOURCES.hpePcfServers,
  note: 'share of manufacturing carbon; central: median of six HPE server PCFs; low and high: their minimum and maximum.',
}
