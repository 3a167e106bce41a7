// @tgwf/co2 0.19 ships no type declarations (DefinitelyTyped lags at 0.14), so the data subpaths
// we import are declared here, as the package's dist/esm files define them.

declare module '@tgwf/co2/data' {
  /** Ember country averages, gCO2e/kWh, by ISO-3 code (plus regional aggregates such as WORLD). */
  export const averageIntensity: { readonly data: Readonly<Record<string, number>>; readonly type: string }
  /** UNFCCC/IFI 2021 operating-margin factors, gCO2e/kWh, stored as strings. */
  export const marginalIntensity: {
    readonly data: Readonly<Record<string, string>>
    readonly type: string
    readonly year: string
  }
}

declare module '@tgwf/co2/data/electricity-maps' {
  export interface ElectricityMapsZone {
    readonly zone: { readonly zoneName: string; readonly displayName?: string; readonly countryName?: string }
    readonly carbonIntensity: { readonly value: number; readonly unit: string }
  }
  export interface ElectricityMapsYear {
    readonly data: Readonly<Record<string, ElectricityMapsZone>>
    readonly methodology: string
  }
  export const yearly2021: ElectricityMapsYear
  export const yearly2022: ElectricityMapsYear
  export const yearly2023: ElectricityMapsYear
  export const yearly2024: ElectricityMapsYear
  export const yearly2025: ElectricityMapsYear
}
