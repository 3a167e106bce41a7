import type { Command } from './command.js'
import { EXPLAIN, INIT, VALIDATE, type Description } from './descriptions.js'

/** A command whose code is imported when it runs (start-up: `--help` and report load none). */
const lazy = (description: Description, load: () => Promise<Command>): Command => ({
  ...description,
  run: async (args, io) => (await load()).run(args, io),
})

/** The commands beside report and check, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(
  [
    lazy(INIT, async () => (await import('./init.js')).initCommand),
    lazy(VALIDATE, async () => (await import('./validate.js')).validateCommand),
    lazy(EXPLAIN, async () => (await import('./explain.js')).explainCommand),
  ].map((c) => [c.name, c]),
)
