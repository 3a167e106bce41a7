import { boaviztaScaledKg, dieOnlyKg, greenAlgorithmsCardKg, halfLoadW, type DeviceSpec, type FigureSpec } from './hardware-spec.js'
import { SOURCES } from './sources.js'
import type { Source } from './types.js'

/**
 * Embodied figure of a datacenter GPU card: central 150 kg (CCF/IF/BLOOM convention), low the die
 * alone (LLMCarbon), high the whole card with its memory scaled from Boavizta's bottom-up model.
 */
export function datacenterCard(dieMm2: number, kgPerCm2: number, memoryGB: number, extra = ''): FigureSpec {
  return {
    low: dieOnlyKg(dieMm2, kgPerCm2),
    central: 150,
    high: boaviztaScaledKg(dieMm2, memoryGB),
    source: SOURCES.ccfCoefficients,
    note:
      `central: 150 kg per card, the CCF/IF/BLOOM convention; low: die only, LLMCarbon (${dieMm2} mm² at ${kgPerCm2} kg/cm²); ` +
      `high: estimate, whole card with ${memoryGB} GB memory scaled from Boavizta's 575 kg H100-class card.${extra}`,
  }
}

/** Board power: central the datasheet TDP, low CCF's 50 %-utilisation draw, high TDP or the maximum configurable. */
export function boardPower(tdpW: number, source: Source, opts: { highW?: number; lowW?: number; note?: string } = {}): FigureSpec {
  const low = opts.lowW ?? halfLoadW(tdpW)
  return {
    low,
    central: tdpW,
    high: opts.highW ?? tdpW,
    source,
    note:
      `central: datasheet TDP ${tdpW} W; low: ${low} W, the draw at CCF's default 50 % utilisation ` +
      `(Teads min/max model)${opts.highW === undefined ? '' : `; high: ${opts.highW} W maximum configurable`}.` +
      (opts.note ? ` ${opts.note}` : ''),
  }
}

const GA100_MM2 = 826
const GH100_MM2 = 814
const GV100_MM2 = 815

/** NVIDIA datacenter GPUs. Die areas are NVIDIA's published figures unless the note says otherwise. */
export const NVIDIA_DEVICES: readonly DeviceSpec[] = [
  {
    id: 'nvidia-a100-sxm4-40gb', name: 'NVIDIA A100 SXM4 40 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['a100-40gb', 'a100-sxm4-40gb', 'a100-sxm-40gb', 'a100-40gb-sxm'],
    power: boardPower(400, SOURCES.nvidiaA100, { lowW: 226.5 }),
    embodied: datacenterCard(GA100_MM2, 1.6, 40),
  },
  {
    id: 'nvidia-a100-sxm4-80gb', name: 'NVIDIA A100 SXM4 80 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['a100', 'a100-80gb', 'a100-sxm4-80gb', 'a100-sxm-80gb', 'a100-80gb-sxm'],
    power: boardPower(400, SOURCES.nvidiaA100, { lowW: 226.5 }),
    embodied: datacenterCard(GA100_MM2, 1.6, 80),
  },
  {
    id: 'nvidia-a100-pcie-40gb', name: 'NVIDIA A100 PCIe 40 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['a100-pcie-40gb', 'a100-40gb-pcie'],
    power: boardPower(250, SOURCES.nvidiaA100),
    embodied: datacenterCard(GA100_MM2, 1.6, 40),
  },
  {
    id: 'nvidia-a100-pcie-80gb', name: 'NVIDIA A100 PCIe 80 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['a100-pcie-80gb', 'a100-80gb-pcie'],
    power: boardPower(300, SOURCES.nvidiaA100),
    embodied: datacenterCard(GA100_MM2, 1.6, 80),
  },
  {
    id: 'nvidia-h100-sxm5-80gb', name: 'NVIDIA H100 SXM5 80 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['h100', 'h100-sxm', 'h100-sxm5', 'h100-80gb', 'h100-sxm5-80gb', 'h100-80gb-hbm3'],
    power: boardPower(700, SOURCES.nvidiaH100),
    embodied: {
      low: 14.65,
      central: 150,
      high: 575.1,
      source: SOURCES.ccfCoefficients,
      note:
        "central: 150 kg per card, the CCF/IF/BLOOM convention; low: 14.65 kg, the die alone (LLMCarbon, 8.14 cm² at 1.8 kg/cm²); " +
        "high: 575.1 kg, Boavizta's bottom-up large GPU (814 mm² die, 80 GB HBM); OLMo 2025 uses 463 kg per GPU including its share of the server.",
    },
  },
  {
    id: 'nvidia-h100-pcie-80gb', name: 'NVIDIA H100 PCIe 80 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['h100-pcie', 'h100-pcie-80gb', 'h100-80gb-pcie'],
    power: boardPower(350, SOURCES.nvidiaH100, { lowW: halfLoadW(300), note: 'The datasheet gives 300-350 W (configurable).' }),
    embodied: datacenterCard(GH100_MM2, 1.8, 80),
  },
  {
    id: 'nvidia-h200-sxm-141gb', name: 'NVIDIA H200 SXM 141 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['h200', 'h200-sxm', 'h200-141gb', 'h200-sxm-141gb'],
    power: boardPower(700, SOURCES.nvidiaH200, { note: 'The H200 SXM is configurable up to 700 W.' }),
    embodied: datacenterCard(GH100_MM2, 1.8, 141, ' The 150 kg convention predates 141 GB cards and likely understates this one.'),
  },
  {
    id: 'nvidia-b200', name: 'NVIDIA B200 (HGX, 192 GB)', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['b200', 'b200-sxm', 'hgx-b200'],
    power: boardPower(1000, SOURCES.nvidiaHgx, { highW: 1200, note: 'HGX B200 runs each GPU at up to 1,000 W; 1,200 W is the GB200 configuration.' }),
    embodied: datacenterCard(
      1600,
      1.8,
      192,
      ' Die area is an estimate: NVIDIA describes two reticle-limited dies and publishes no area (2 x 800 mm² assumed). The 150 kg convention likely understates this card.',
    ),
  },
  {
    id: 'nvidia-v100-sxm2-32gb', name: 'NVIDIA V100 SXM2 32 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['v100', 'v100-32gb', 'v100-sxm2', 'v100-sxm2-32gb', 'tesla-v100', 'tesla-v100-sxm2-32gb'],
    power: boardPower(300, SOURCES.nvidiaV100, {
      lowW: 170.5,
      note: 'Patterson et al. 2021 measured 330 W per V100 for GPT-3, host share included.',
    }),
    embodied: datacenterCard(GV100_MM2, 1.2, 32),
  },
  {
    id: 'nvidia-v100-sxm2-16gb', name: 'NVIDIA V100 SXM2 16 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['v100-16gb', 'v100-sxm2-16gb', 'tesla-v100-sxm2-16gb'],
    power: boardPower(300, SOURCES.nvidiaV100, { lowW: 170.5 }),
    embodied: datacenterCard(GV100_MM2, 1.2, 16),
  },
  {
    id: 'nvidia-t4', name: 'NVIDIA T4 16 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['t4', 'tesla-t4'],
    power: boardPower(70, SOURCES.nvidiaT4, { lowW: 39.5 }),
    embodied: smallCard(545, 1.2, 16, 'TU104, 12 nm'),
  },
  {
    id: 'nvidia-l4', name: 'NVIDIA L4 24 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['l4'],
    power: boardPower(72, SOURCES.nvidiaL4, { note: 'Configurable 40-72 W.' }),
    embodied: smallCard(294, 1.8, 24, 'AD104, 4 nm'),
  },
  {
    id: 'nvidia-l40s', name: 'NVIDIA L40S 48 GB', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['l40s'],
    power: boardPower(350, SOURCES.nvidiaL40s),
    embodied: datacenterCard(609, 1.8, 48, ' AD102 die; GDDR6 memory is taken at the HBM rate, an overestimate.'),
  },
  {
    id: 'nvidia-a10g', name: 'NVIDIA A10G 24 GB (AWS)', vendor: 'NVIDIA', kind: 'gpu', boundary: 'card',
    aliases: ['a10g', 'a10'],
    power: boardPower(150, SOURCES.nvidiaA10, {
      lowW: 85.5,
      highW: 300,
      note: 'The A10G is AWS\'s variant of the A10 (same GA102 board; 150 W TDP per the A10 page, CCF max 153 W); high 300 W is the power limit nvidia-smi reports on g5 instances, an unconfirmed estimate.',
    }),
    embodied: datacenterCard(628, 1.2, 24, ' GA102 die (Samsung 8 nm taken at the 12 nm rate).'),
  },
]

/**
 * Low-profile inference cards (T4, L4): the 150 kg convention is for full datacenter cards, so the
 * central figure is Green Algorithms v3's per-card model (base + die area), the low the die alone,
 * and the high the 150 kg convention or the Boavizta-scaled card, whichever is larger.
 */
function smallCard(dieMm2: number, kgPerCm2: number, memoryGB: number, die: string): FigureSpec {
  const boavizta = boaviztaScaledKg(dieMm2, memoryGB)
  return {
    low: dieOnlyKg(dieMm2, kgPerCm2),
    central: greenAlgorithmsCardKg(dieMm2),
    high: Math.max(150, boavizta),
    source: SOURCES.greenAlgorithms,
    note:
      `central: Green Algorithms v3 per-card model, 26.97 kg + 1.97 kg/cm² x ${dieMm2} mm² (${die}), scaled down from the 150 kg ` +
      `datacenter-card convention because this is a low-profile 70 W-class card; low: die only (LLMCarbon, ${kgPerCm2} kg/cm²); ` +
      `high: estimate, ${memoryGB} GB card scaled from Boavizta's 575 kg H100-class card.`,
  }
}
