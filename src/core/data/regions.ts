import { SOURCES } from './sources.js'
import type { CloudRegion, Source } from './types.js'

/*
 * Cloud region → Electricity Maps zone. Azure follows Cloud Carbon Footprint's published map as is
 * (CCF puts westus2 and westus3 in US-NW-PACE, although westus2 is in Washington state and westus3 in
 * Arizona; we keep CCF's choice so the source stays exact). CCF's AWS and GCP maps are not in the
 * copies we could read, so those rows place each region, by the city its provider publishes, in the
 * zone that serves it (our mapping).
 */

type Row = readonly [region: string, zone: string, country: string]

const AWS: readonly Row[] = [
  ['us-east-1', 'US-MIDA-PJM', 'USA'], // N. Virginia
  ['us-east-2', 'US-MIDA-PJM', 'USA'], // Ohio
  ['us-west-1', 'US-CAL-CISO', 'USA'], // N. California
  ['us-west-2', 'US-NW-BPAT', 'USA'], // Oregon
  ['us-gov-east-1', 'US-MIDA-PJM', 'USA'], // Ohio
  ['us-gov-west-1', 'US-NW-BPAT', 'USA'], // Oregon
  ['ca-central-1', 'CA-QC', 'CAN'], // Montreal
  ['sa-east-1', 'BR-CS', 'BRA'], // Sao Paulo
  ['eu-west-1', 'IE', 'IRL'], // Dublin
  ['eu-west-2', 'GB', 'GBR'], // London
  ['eu-west-3', 'FR', 'FRA'], // Paris
  ['eu-central-1', 'DE', 'DEU'], // Frankfurt
  ['eu-north-1', 'SE-SE3', 'SWE'], // Stockholm
  ['eu-south-1', 'IT-NO', 'ITA'], // Milan
  ['af-south-1', 'ZA', 'ZAF'], // Cape Town
  ['me-south-1', 'BH', 'BHR'], // Bahrain
  ['ap-east-1', 'HK', 'HKG'], // Hong Kong
  ['ap-south-1', 'IN-WE', 'IND'], // Mumbai
  ['ap-northeast-1', 'JP-TK', 'JPN'], // Tokyo
  ['ap-northeast-2', 'KR', 'KOR'], // Seoul
  ['ap-northeast-3', 'JP-KN', 'JPN'], // Osaka
  ['ap-southeast-1', 'SG', 'SGP'], // Singapore
  ['ap-southeast-2', 'AU-NSW', 'AUS'], // Sydney
]

const GCP: readonly Row[] = [
  ['us-central1', 'US-MIDW-MISO', 'USA'], // Council Bluffs, Iowa
  ['us-east1', 'US-CAR-SC', 'USA'], // Moncks Corner, South Carolina
  ['us-east4', 'US-MIDA-PJM', 'USA'], // Ashburn, Virginia
  ['us-west1', 'US-NW-BPAT', 'USA'], // The Dalles, Oregon
  ['us-west2', 'US-CAL-CISO', 'USA'], // Los Angeles
  ['us-west3', 'US-NW-PACE', 'USA'], // Salt Lake City
  ['us-west4', 'US-NW-NEVP', 'USA'], // Las Vegas
  ['us-south1', 'US-TEX-ERCO', 'USA'], // Dallas
  ['northamerica-northeast1', 'CA-QC', 'CAN'], // Montreal
  ['northamerica-northeast2', 'CA-ON', 'CAN'], // Toronto
  ['southamerica-east1', 'BR-CS', 'BRA'], // Sao Paulo
  ['europe-west1', 'BE', 'BEL'], // St. Ghislain
  ['europe-west2', 'GB', 'GBR'], // London
  ['europe-west3', 'DE', 'DEU'], // Frankfurt
  ['europe-west4', 'NL', 'NLD'], // Eemshaven
  ['europe-west6', 'CH', 'CHE'], // Zurich
  ['europe-west9', 'FR', 'FRA'], // Paris
  ['europe-north1', 'FI', 'FIN'], // Hamina
  ['europe-central2', 'PL', 'POL'], // Warsaw
  ['asia-east1', 'TW', 'TWN'], // Changhua County
  ['asia-east2', 'HK', 'HKG'], // Hong Kong
  ['asia-northeast1', 'JP-TK', 'JPN'], // Tokyo
  ['asia-northeast2', 'JP-KN', 'JPN'], // Osaka
  ['asia-northeast3', 'KR', 'KOR'], // Seoul
  ['asia-south1', 'IN-WE', 'IND'], // Mumbai
  ['asia-southeast1', 'SG', 'SGP'], // Jurong West
  ['asia-southeast2', 'ID', 'IDN'], // Jakarta
  ['australia-southeast1', 'AU-NSW', 'AUS'], // Sydney
  ['australia-southeast2', 'AU-VIC', 'AUS'], // Melbourne
]

const AZURE: readonly Row[] = [
  ['eastus', 'US-MIDA-PJM', 'USA'],
  ['eastus2', 'US-MIDA-PJM', 'USA'],
  ['centralus', 'US-MIDW-MISO', 'USA'],
  ['northcentralus', 'US-MIDW-MISO', 'USA'],
  ['southcentralus', 'US-TEX-ERCO', 'USA'],
  ['westcentralus', 'US-NW-PACE', 'USA'],
  ['westus', 'US-CAL-CISO', 'USA'],
  ['westus2', 'US-NW-PACE', 'USA'],
  ['westus3', 'US-NW-PACE', 'USA'],
  ['canadacentral', 'CA-ON', 'CAN'],
  ['canadaeast', 'CA-QC', 'CAN'],
  ['brazilsouth', 'BR-CS', 'BRA'],
  ['northeurope', 'IE', 'IRL'],
  ['westeurope', 'NL', 'NLD'],
  ['francecentral', 'FR', 'FRA'],
  ['swedencentral', 'SE-SE3', 'SWE'],
  ['switzerlandnorth', 'CH', 'CHE'],
  ['uksouth', 'GB', 'GBR'],
  ['ukwest', 'GB', 'GBR'],
  ['germanywestcentral', 'DE', 'DEU'],
  ['norwayeast', 'NO-NO1', 'NOR'],
  ['southafricanorth', 'ZA', 'ZAF'],
  ['southeastasia', 'SG', 'SGP'],
  ['japaneast', 'JP-TK', 'JPN'],
  ['japanwest', 'JP-KN', 'JPN'],
  ['koreacentral', 'KR', 'KOR'],
  ['centralindia', 'IN-WE', 'IND'],
  ['southindia', 'IN-SO', 'IND'],
  ['australiaeast', 'AU-NSW', 'AUS'],
  ['australiasoutheast', 'AU-VIC', 'AUS'],
]

function toRegions(provider: CloudRegion['provider'], rows: readonly Row[], source: Source): CloudRegion[] {
  return rows.map(([region, zone, country]) => ({ id: `${provider}/${region}`, provider, zone, country, source }))
}

/** Every mapped cloud region. */
export const REGIONS: readonly CloudRegion[] = [
  ...toRegions('aws', AWS, SOURCES.awsRegions),
  ...toRegions('gcp', GCP, SOURCES.gcpRegions),
  ...toRegions('azure', AZURE, SOURCES.ccfAzureRegions),
]

const INDEX: ReadonlyMap<string, CloudRegion> = new Map(REGIONS.map((r) => [r.id, r]))

/**
 * Finds a region by `provider/region`, case-insensitively.
 * @example findRegion('aws/us-east-1')?.zone // 'US-MIDA-PJM'
 */
export function findRegion(id: string): CloudRegion | undefined {
  return INDEX.get(id.trim().toLowerCase())
}

/** Every region id, `aws/us-east-1` style. */
export function regionIds(): readonly string[] {
  return [...INDEX.keys()]
}
