import { boaviztaScaledKg, dieOnlyKg, type DeviceSpec } from './hardware-spec.js'
import { boardPower, datacenterCard } from './hardware-nvidia.js'
import { SOURCES } from './sources.js'

/** AMD Instinct accelerators, Google TPUs, and the host of a GPU server. */
export const OTHER_DEVICES: readonly DeviceSpec[] = [
  {
    id: 'amd-mi250x', name: 'AMD Instinct MI250X 128 GB', vendor: 'AMD', kind: 'accelerator', boundary: 'card',
    aliases: ['mi250x', 'instinct-mi250x'],
    power: boardPower(500, SOURCES.amdMi250x, { highW: 560, note: '560 W is the peak of the liquid-cooled OAM module.' }),
    embodied: datacenterCard(1448, 1.6, 128, ' Die area is an estimate: two 6 nm graphics dies of about 724 mm² each; AMD publishes no area.'),
  },
  {
    id: 'amd-mi300x', name: 'AMD Instinct MI300X 192 GB', vendor: 'AMD', kind: 'accelerator', boundary: 'card',
    aliases: ['mi300x', 'instinct-mi300x'],
    power: boardPower(750, SOURCES.amdMi300x),
    embodied: datacenterCard(
      2400,
      1.7,
      192,
      ' Silicon area is an estimate: eight 5 nm compute dies (~115 mm²) on four 6 nm I/O dies (~370 mm²), 1.7 kg/cm² blended. The 150 kg convention likely understates this card.',
    ),
  },
  {
    id: 'google-tpu-v3', name: 'Google TPU v3 (per chip, 32 GB HBM)', vendor: 'Google', kind: 'tpu', boundary: 'chip+board-share',
    aliases: ['tpu-v3', 'tpuv3'],
    power: boardPower(450, SOURCES.tpuV2V3, { note: 'Google publishes no datasheet power for Cloud TPUs; 450 W is the TDP reported in the TPUv2/v3 design papers (recheck).' }),
    embodied: {
      low: dieOnlyKg(700, 1.0),
      central: 150,
      high: boaviztaScaledKg(700, 32),
      source: SOURCES.ccfCoefficients,
      note:
        'estimate: no published TPU embodied figure; central applies the 150 kg per-accelerator convention to one chip with its board share; ' +
        'low: die only at LLMCarbon\'s TPUv3 rate (16 nm, 1.0 kg/cm², die taken as 700 mm², an upper bound); high: scaled from Boavizta with 32 GB HBM.',
    },
  },
  {
    id: 'google-tpu-v4', name: 'Google TPU v4 (per chip, 32 GB HBM)', vendor: 'Google', kind: 'tpu', boundary: 'chip+board-share',
    aliases: ['tpu-v4', 'tpuv4'],
    power: boardPower(192, SOURCES.tpuV4, { note: '192 W is the maximum chip power as summarised from Jouppi et al. 2023 (recheck); Google publishes no datasheet TDP.' }),
    embodied: {
      low: dieOnlyKg(600, 1.6),
      central: 150,
      high: boaviztaScaledKg(600, 32),
      source: SOURCES.ccfCoefficients,
      note:
        'estimate: no published TPU embodied figure; central applies the 150 kg per-accelerator convention to one chip with its board share; ' +
        'low: die only at LLMCarbon\'s TPUv4 rate (7 nm, 1.6 kg/cm², die taken as 600 mm², an upper bound); high: scaled from Boavizta with 32 GB HBM.',
    },
  },
  {
    id: 'google-tpu-v5p', name: 'Google TPU v5p (per chip, 95 GB HBM)', vendor: 'Google', kind: 'tpu', boundary: 'chip+board-share',
    aliases: ['tpu-v5p', 'tpuv5p'],
    power: {
      low: 250,
      central: 450,
      high: 700,
      source: SOURCES.cloudTpu,
      note: 'estimate: Google publishes no power for TPU v5p; bounded by the TPU v3 TDP (450 W) and an H100 SXM (700 W). The source gives the 95 GB memory only.',
    },
    embodied: {
      low: dieOnlyKg(700, 1.8),
      central: 150,
      high: boaviztaScaledKg(700, 95),
      source: SOURCES.ccfCoefficients,
      note:
        'estimate: no published die area or embodied figure; central applies the 150 kg per-accelerator convention; ' +
        'low: an assumed 700 mm² 5 nm die at LLMCarbon\'s 1.8 kg/cm²; high: scaled from Boavizta with 95 GB HBM.',
    },
  },
  {
    id: 'gpu-server-host', name: 'GPU server host (CPUs, memory, board, chassis; GPUs counted separately)', vendor: 'generic', kind: 'host',
    boundary: 'server',
    aliases: ['host', 'server-host', 'gpu-host', 'hpe-dl345-gen10-plus'],
    power: {
      low: 500,
      central: 1000,
      high: 4600,
      source: SOURCES.nvidiaDgxH100,
      note:
        'estimate: no published typical host draw was found. central 1,000 W and low 500 W are our estimates for two server CPUs, ' +
        'memory, NICs and fans under training load; high 4,600 W is the DGX H100 maximum (10.2 kW) less 8 x 700 W GPUs.',
    },
    embodied: {
      low: 1000,
      central: 2500,
      high: 3475.5,
      source: SOURCES.hpeDl345,
      note:
        'central: 2,500 kg, HPE ProLiant DL345 Gen10 Plus LCA as used for BLOOM; low: 1,000 kg, CCF base rack server (Dell R740 LCA); ' +
        'high: 3,475.5 kg, CCF p4d.24xlarge (4,675.5 kg) less 8 x 150 kg GPUs.',
    },
  },
]
