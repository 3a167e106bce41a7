/** Where a figure comes from: every coefficient names its source and the year of its data. */
export interface Source {
  readonly id: string
  readonly title: string
  readonly url: string
  /** The year the figure describes (not the year it was read). */
  readonly year: number
  readonly license?: string
}

/**
 * A figure with its provenance and its range. `unit` is the canonical unit of its dimension
 * (see `core/units.ts`): W, h, kgCO2e, kgCO2e/kWh, kgCO2e/kW, or `ratio` (PUE, shares).
 */
export interface Coefficient {
  readonly id: string
  readonly unit: 'W' | 'h' | 'kgCO2e' | 'kgCO2e/kWh' | 'kgCO2e/kW' | 'ratio'
  readonly low: number
  readonly central: number
  readonly high: number
  readonly source: Source
  readonly note?: string
}

/** What an embodied figure covers: the die alone, the card, or the card plus its share of a server. */
export type EmbodiedBoundary = 'die' | 'card' | 'card+server-share' | 'server' | 'chip+board-share'

export interface Device {
  /** Catalog id, kebab-case: `nvidia-a100-sxm4-80gb`. */
  readonly id: string
  readonly name: string
  readonly vendor: string
  readonly kind: 'gpu' | 'tpu' | 'accelerator' | 'host'
  /** Other ids users write (`a100-80gb-sxm`); matched case-insensitively. */
  readonly aliases: readonly string[]
  /** Board power (TDP) in W: the modelled average draw unless the manifest gives `power`. */
  readonly powerW: Coefficient
  /** Manufacturing carbon per unit, kgCO2e. */
  readonly embodiedKgCO2e: Coefficient
  readonly boundary: EmbodiedBoundary
}

/** Annual grid intensity of a country or grid zone, location-based. */
export interface GridIntensity {
  /** ISO-3 country code or Electricity Maps zone key. */
  readonly key: string
  readonly name: string
  readonly averageKgPerKWh: Coefficient
  /** Operating-margin (marginal) factor, when published for this key. */
  readonly marginalKgPerKWh?: Coefficient
}

export interface CloudRegion {
  /** `aws/us-east-1`, `gcp/us-central1`, `azure/eastus`. */
  readonly id: string
  readonly provider: 'aws' | 'gcp' | 'azure'
  /** Electricity Maps zone key the region is mapped to. */
  readonly zone: string
  /** ISO-3 country, for the marginal factor and the fallback average. */
  readonly country: string
  readonly source: Source
}
