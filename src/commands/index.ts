import type { Command } from './command.js'
import { validateCommand } from './validate.js'

/** The commands beside report and check, by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map([validateCommand].map((c) => [c.name, c]))
