import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main, type Exit } from '../../src/cli.js'

export interface CliRun {
  readonly code: Exit
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI in-process with its world injected, as the bin does. */
export async function runCli(argv: readonly string[], cwd: string = process.cwd()): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

/** A throwaway folder holding the given files (path → text). */
export function writeTree(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'cb-tree-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** A small valid training manifest; `extra` is appended as YAML. */
export const manifest = (name: string, extra = '') => `name: ${name}
phase: training
duration: 2 h
hardware:
  - device: nvidia-h100-sxm5-80gb
    count: 8
grid:
  country: FRA
${extra}`
