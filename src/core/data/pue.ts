import { SOURCES } from './sources.js'
import type { Coefficient } from './types.js'

export type PueProvider = 'aws' | 'azure' | 'gcp' | 'meta' | 'unknown'

/**
 * Annual facility PUE by operator. Central figures are the published ones; the ranges are our
 * estimates of site-to-site and year-to-year spread, as each note says.
 */
export const PUE_BY_PROVIDER: Readonly<Record<PueProvider, Coefficient>> = {
  aws: {
    id: 'pue:aws', unit: 'ratio', low: 1.07, central: 1.135, high: 1.2, source: SOURCES.ccfMethodology,
    note: 'central: CCF\'s AWS PUE 1.135; range: estimate.',
  },
  azure: {
    id: 'pue:azure', unit: 'ratio', low: 1.12, central: 1.185, high: 1.25, source: SOURCES.ccfMethodology,
    note: 'central: CCF code\'s Azure PUE 1.185 (its docs appendix says 1.125); range: estimate spanning both.',
  },
  gcp: {
    id: 'pue:gcp', unit: 'ratio', low: 1.07, central: 1.1, high: 1.15, source: SOURCES.google2024,
    note: 'central: Google fleet trailing-twelve-month PUE 1.10; low: CCF\'s best GCP region (europe-west4 1.07); high: estimate.',
  },
  meta: {
    id: 'pue:meta', unit: 'ratio', low: 1.07, central: 1.1, high: 1.15, source: SOURCES.meta2024,
    note: 'central: about 1.10 as Meta reports for its data centers (Wu et al. also use 1.1); range: estimate.',
  },
  unknown: {
    id: 'pue:unknown', unit: 'ratio', low: 1.2, central: 1.56, high: 2.0, source: SOURCES.uptime2024,
    note: 'central: Uptime Institute 2024 average 1.56; low: a modern efficient site; high: an older enterprise room. Range: estimate.',
  },
}

/** PUE when the manifest and config give none: the Uptime Institute industry average. */
export const DEFAULT_PUE: Coefficient = PUE_BY_PROVIDER.unknown

/** Looks up a provider's PUE, case-insensitively. */
export function findPue(provider: string): Coefficient | undefined {
  const key = provider.trim().toLowerCase()
  return Object.hasOwn(PUE_BY_PROVIDER, key) ? PUE_BY_PROVIDER[key as PueProvider] : undefined
}
