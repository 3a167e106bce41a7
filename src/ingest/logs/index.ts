import type { LogFormat } from '../../core/model.js'
import { codecarbonReader } from './codecarbon.js'
import { mlflowReader } from './mlflow.js'
import { nvidiaSmiDmonReader } from './nvidia-smi-dmon.js'
import { nvidiaSmiReader } from './nvidia-smi.js'
import { powerCsvReader } from './power-csv.js'
import { powerJsonlReader } from './power-jsonl.js'
import { prometheusReader } from './prometheus.js'
import type { LogReader } from './reader.js'
import { wandbReader } from './wandb.js'

/** Every reader, in detection order: the most specific headers first. */
export const LOG_READERS: readonly LogReader[] = [
  prometheusReader,
  wandbReader,
  codecarbonReader,
  nvidiaSmiReader,
  nvidiaSmiDmonReader,
  mlflowReader,
  powerJsonlReader,
  powerCsvReader,
]

/** The reader of a format named in a manifest. */
export function readerFor(format: LogFormat): LogReader | undefined {
  return LOG_READERS.find((r) => r.format === format)
}

/** The first reader whose sniff accepts these first lines and path. */
export function detectReader(head: readonly string[], path: string): LogReader | undefined {
  return LOG_READERS.find((r) => r.sniff(head, path))
}
