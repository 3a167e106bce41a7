import type { Source } from './types.js'

/**
 * Every publication, dataset or datasheet a catalog figure comes from, by id. `year` is the year the
 * figure describes (the data year), not the year it was read.
 */
export const SOURCES = {
  ember2024: {
    id: 'ember-2024',
    title: 'Ember yearly electricity data, country averages (via @tgwf/co2 0.19)',
    url: 'https://ember-energy.org/data/yearly-electricity-data/',
    year: 2024,
    license: 'CC BY-SA 4.0',
  },
  ifi2021: {
    id: 'unfccc-ifi-2021',
    title: 'IFI Harmonized Default Grid Factors 2021 v3.1, operating margin (UNFCCC; via @tgwf/co2 0.19)',
    url: 'https://github.com/thegreenwebfoundation/co2.js/blob/main/data/IFI_Default_Grid_Factors_2021_v3.1_unfccc.csv',
    year: 2021,
    license: 'CC BY-SA 4.0',
  },
  electricityMaps2024: {
    id: 'electricity-maps-2024',
    title: 'Electricity Maps yearly zone averages, life-cycle (via @tgwf/co2 0.19)',
    url: 'https://www.electricitymaps.com/data/methodology',
    year: 2024,
    license: 'ODbL',
  },
  ccfMethodology: {
    id: 'ccf-methodology',
    title: 'Cloud Carbon Footprint methodology (PUE, GPU min/max watts, 50 % utilisation default)',
    url: 'https://www.cloudcarbonfootprint.org/docs/methodology',
    year: 2021,
    license: 'Apache-2.0',
  },
  ccfCoefficients: {
    id: 'ccf-coefficients',
    title: 'Cloud Carbon Footprint coefficients: +150 kgCO2e per GPU, 1,000 kg base rack server (Dell R740 LCA), 4-year lifespan',
    url: 'https://github.com/cloud-carbon-footprint/cloud-carbon-coefficients',
    year: 2021,
    license: 'Apache-2.0',
  },
  ccfAwsInstances: {
    id: 'ccf-aws-instances',
    title: 'Cloud Carbon Footprint AWS instance embodied table (p4d.24xlarge 4.6755 tCO2e)',
    url: 'https://github.com/cloud-carbon-footprint/cloud-carbon-footprint/blob/trunk/packages/aws/src/lib/AWSInstanceTypes.ts',
    year: 2021,
    license: 'Apache-2.0',
  },
  ccfAzureRegions: {
    id: 'ccf-azure-regions',
    title: 'Cloud Carbon Footprint Azure region to Electricity Maps zone map',
    url: 'https://github.com/cloud-carbon-footprint/cloud-carbon-footprint/blob/trunk/packages/azure/src/lib/AzureRegions.ts',
    year: 2023,
    license: 'Apache-2.0',
  },
  awsRegions: {
    id: 'aws-regions',
    title: 'AWS Regions and Availability Zones (region locations; zone chosen by location, as CCF does for Azure)',
    url: 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
    year: 2024,
  },
  gcpRegions: {
    id: 'gcp-regions',
    title: 'Google Cloud regions and zones (region locations; zone chosen by location, as CCF does for Azure)',
    url: 'https://cloud.google.com/compute/docs/regions-zones',
    year: 2024,
  },
  bloom: {
    id: 'luccioni-2022-bloom',
    title: 'Luccioni, Viguier, Ligozat: Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model',
    url: 'https://arxiv.org/abs/2211.02001',
    year: 2022,
  },
  hpeDl345: {
    id: 'hpe-dl345-lca',
    title: 'HPE ProLiant DL345 Gen10 Plus product carbon footprint, 2,500 kgCO2e per server (as used by Luccioni et al. 2022)',
    url: 'https://arxiv.org/abs/2211.02001',
    year: 2022,
  },
  olmo2025: {
    id: 'olmo-2025',
    title: 'Morrison et al.: Holistically Evaluating the Environmental Impact of Creating Language Models (OLMo, ICLR 2025)',
    url: 'https://arxiv.org/abs/2503.05804',
    year: 2025,
  },
  llmcarbon: {
    id: 'llmcarbon-2024',
    title: 'Faiz et al.: LLMCarbon, Modeling the End-to-End Carbon Footprint of Large Language Models (ICLR 2024), die carbon per area',
    url: 'https://arxiv.org/abs/2309.14393',
    year: 2024,
    license: 'Apache-2.0',
  },
  boavizta: {
    id: 'boavizta-gpu',
    title: 'Boavizta API bottom-up GPU model: 575.1 kgCO2e for the default large GPU (814 mm² die, 80 GB HBM)',
    url: 'https://doc.api.boavizta.org/',
    year: 2024,
    license: 'AGPL-3.0 (figures cited, no code reused)',
  },
  greenAlgorithms: {
    id: 'green-algorithms-v3',
    title: 'Green Algorithms v3 hardware impacts: 26.97 kgCO2e per card + 1.97 kgCO2e per cm² of die; cloud active share 0.5',
    url: 'https://www.green-algorithms.org/',
    year: 2024,
    license: 'CC BY 4.0',
  },
  nvidiaA100: {
    id: 'nvidia-a100-datasheet',
    title: 'NVIDIA A100 Tensor Core GPU datasheet',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
    year: 2021,
  },
  nvidiaH100: {
    id: 'nvidia-h100-datasheet',
    title: 'NVIDIA H100 Tensor Core GPU datasheet',
    url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
    year: 2023,
  },
  nvidiaH200: { id: 'nvidia-h200', title: 'NVIDIA H200 Tensor Core GPU specifications', url: 'https://www.nvidia.com/en-us/data-center/h200/', year: 2024 },
  nvidiaHgx: { id: 'nvidia-hgx-b200', title: 'NVIDIA HGX platform specifications (B200)', url: 'https://www.nvidia.com/en-us/data-center/hgx/', year: 2024 },
  nvidiaV100: {
    id: 'nvidia-v100-datasheet',
    title: 'NVIDIA V100 Tensor Core GPU datasheet',
    url: 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf',
    year: 2020,
  },
  nvidiaT4: {
    id: 'nvidia-t4-datasheet',
    title: 'NVIDIA T4 Tensor Core GPU datasheet',
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf',
    year: 2019,
  },
  nvidiaL4: { id: 'nvidia-l4', title: 'NVIDIA L4 Tensor Core GPU specifications', url: 'https://www.nvidia.com/en-us/data-center/l4/', year: 2023 },
  nvidiaL40s: { id: 'nvidia-l40s', title: 'NVIDIA L40S GPU specifications', url: 'https://www.nvidia.com/en-us/data-center/l40s/', year: 2023 },
  nvidiaA10: { id: 'nvidia-a10', title: 'NVIDIA A10 Tensor Core GPU specifications', url: 'https://www.nvidia.com/en-us/data-center/products/a10-gpu/', year: 2021 },
  nvidiaDgxH100: {
    id: 'nvidia-dgx-h100',
    title: 'NVIDIA DGX H100 user guide: system power 10.2 kW max with 8 H100 SXM5',
    url: 'https://docs.nvidia.com/dgx/dgxh100-user-guide/introduction-to-dgxh100.html',
    year: 2023,
  },
  amdMi250x: {
    id: 'amd-mi250x',
    title: 'AMD Instinct MI250X accelerator specifications',
    url: 'https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html',
    year: 2021,
  },
  amdMi300x: {
    id: 'amd-mi300x',
    title: 'AMD Instinct MI300X accelerator specifications',
    url: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
    year: 2023,
  },
  tpuV2V3: {
    id: 'norrie-2021-tpuv2v3',
    title: "Norrie et al.: The Design Process for Google's Training Chips: TPUv2 and TPUv3 (IEEE Micro)",
    url: 'https://doi.org/10.1109/MM.2021.3058217',
    year: 2021,
  },
  tpuV4: {
    id: 'jouppi-2023-tpuv4',
    title: 'Jouppi et al.: TPU v4, an Optically Reconfigurable Supercomputer for Machine Learning (ISCA 2023)',
    url: 'https://arxiv.org/abs/2304.01433',
    year: 2023,
  },
  cloudTpu: {
    id: 'google-cloud-tpu',
    title: 'Google Cloud TPU system architecture (chip memory per version)',
    url: 'https://cloud.google.com/tpu/docs/system-architecture-tpu-vm',
    year: 2024,
  },
  uptime2024: {
    id: 'uptime-2024',
    title: 'Uptime Institute Global Data Center Survey 2024: average annual PUE 1.56',
    url: 'https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024',
    year: 2024,
  },
  google2024: {
    id: 'google-2024-environmental-report',
    title: 'Google 2024 Environmental Report: fleet trailing-twelve-month PUE 1.10',
    url: 'https://www.gstatic.com/gumdrop/sustainability/google-2024-environmental-report.pdf',
    year: 2023,
  },
  meta2024: {
    id: 'meta-2024-sustainability-report',
    title: 'Meta 2024 Sustainability Report: data center PUE',
    url: 'https://sustainability.atmeta.com/2024-sustainability-report/',
    year: 2023,
  },
  boaviztaTransport: {
    id: 'boavizta-gpu-lifecycle',
    title: 'Boavizta API GPU component model: distribution 19,000 km by sea + 1,000 km by truck for a 1.69 kg card, per-kg·km factors for boat, truck and plane, end of life 1.5062 kgCO2e per kg (boaviztapi 15878f0, data/factors.yml, data/archetypes/components/gpu.csv)',
    url: 'https://github.com/Boavizta/boaviztapi/blob/main/boaviztapi/data/factors.yml',
    year: 2024,
    license: 'AGPL-3.0 (figures cited, no code reused)',
  },
  hpePcfServers: {
    id: 'hpe-pcf-servers',
    title: 'HPE product carbon footprints of six ProLiant servers (DL345 Gen10 Plus, DL365 Gen10 Plus, DL380 Gen10, DL385 Gen10, DL580 Gen10, MicroServer Gen10 Plus): transport and end-of-life shares, as compiled in Boavizta environmental-footprint-data 61323eb',
    url: 'https://github.com/Boavizta/environmental-footprint-data',
    year: 2021,
    license: 'ODbL (Open Database License 1.0)',
  },
  cyrusOne: {
    id: 'cyrusone-lca',
    title: 'CyrusOne lifecycle assessment: construction carbon 0.9 % (Council Bluffs, Iowa) and 2.2 % (Santa Clara) of 30-year emissions',
    url: 'https://cyrusone.com/about/sustainability/lifecycle-assessment/',
    year: 2021,
  },
} as const satisfies Record<string, Source>

/** Every source, for listings such as the report's `sources` section. */
export function listSources(): readonly Source[] {
  return Object.values(SOURCES)
}
