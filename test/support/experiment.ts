import type { Experiment } from '../../src/core/model.js'

/**
 * A validated manifest as ingest produces it, with realistic values: 64 A100 at 400 W for 40 h,
 * PUE 1.1, the US grid, 4-year lifetime. `nameLine` is where its `name:` sits in the manifest.
 */
export function testExperiment(name: string, over: Partial<Experiment> = {}, nameLine = 1): Experiment {
  const file = `experiments/${name}.carbon.yml`
  return {
    name,
    phase: 'training',
    file,
    durationH: 40,
    hardware: [{ device: 'nvidia-a100-sxm4-80gb', count: 64, powerW: 400 }],
    pue: 1.1,
    grid: { kind: 'country', country: 'USA' },
    lifetimeH: 4 * 8760,
    activeShare: 1,
    datacenter: true,
    logs: [],
    defaultsUsed: [],
    positions: { name: { file, line: nameLine, col: 7 } },
    ...over,
  }
}
