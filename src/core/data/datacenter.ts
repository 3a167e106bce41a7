import { SOURCES } from './sources.js'
import type { Coefficient } from './types.js'
import { HOURS_PER_YEAR } from '../units.js'

// 365-day years, as CCF (35,040 h) and IF (126,144,000 s) count four years

/**
 * Construction carbon of a datacenter per kW of IT capacity. No published per-kW figure could be
 * confirmed; this one is derived from CyrusOne's LCA, which reports construction carbon as a share of
 * 30-year emissions: 0.9 % in Council Bluffs, Iowa and 2.2 % in Santa Clara. With 1 kW of IT at full
 * load, PUE 1.2 and grids of about 0.45 and 0.22 kgCO2e/kWh (our assumptions), the 30-year operation
 * is about 142 and 69 tCO2e, so construction is about 1.3 and 1.6 tCO2e per kW. Partial load and
 * greening grids would lower it; MEP-heavy builds (MEP up to 60 % of upfront carbon) raise it.
 */
export const DATACENTER_CONSTRUCTION: Coefficient = {
  id: 'datacenter:construction',
  unit: 'kgCO2e/kW',
  low: 400,
  central: 1300,
  high: 4000,
  source: SOURCES.cyrusOne,
  note:
    'estimate: no published kgCO2e per kW of IT capacity could be confirmed. Derived from CyrusOne\'s construction shares ' +
    '(0.9 % and 2.2 % of 30-year emissions) under assumed full load, PUE 1.2 and 0.45 / 0.22 kgCO2e/kWh grids; ' +
    'range about one third to three times the central figure.',
}

/** Amortization period of the building, hours. */
export const DATACENTER_LIFETIME: Coefficient = {
  id: 'datacenter:lifetime',
  unit: 'h',
  low: 20 * HOURS_PER_YEAR,
  central: 25 * HOURS_PER_YEAR,
  high: 30 * HOURS_PER_YEAR,
  source: SOURCES.cyrusOne,
  note: 'high: the 30-year horizon of CyrusOne\'s LCA; central 25 y and low 20 y are our estimates of a facility\'s service life.',
}

/** Amortization period of accelerators and servers, hours: 4 y as CCF and IF, 3 y (Boavizta) to 6 y (BLOOM). */
export const DEFAULT_HARDWARE_LIFETIME: Coefficient = {
  id: 'hardware:lifetime',
  unit: 'h',
  low: 3 * HOURS_PER_YEAR,
  central: 4 * HOURS_PER_YEAR,
  high: 6 * HOURS_PER_YEAR,
  source: SOURCES.ccfCoefficients,
  note: 'central: CCF\'s 35,040 h server lifespan (IF uses the same 4 y); low: Boavizta\'s 3 y; high: BLOOM\'s 6 y.',
}

/**
 * Share of the lifetime the hardware is in use. Embodied carbon is amortized over lifetime x share,
 * so a smaller share charges each hour more.
 */
export const DEFAULT_ACTIVE_SHARE: Coefficient = {
  id: 'hardware:active-share',
  unit: 'ratio',
  low: 0.5,
  central: 1,
  high: 1,
  source: SOURCES.ccfCoefficients,
  note: 'central: 1, as CCF, IF and OLMo 2025 amortize over the whole lifetime; low: Green Algorithms\' 0.5 for cloud servers; BLOOM used 0.85.',
}
