import type { Command } from './command.js'

/** What each command is, apart from its code: listing commands (`--help`) loads none of them. */
export type Description = Pick<Command, 'name' | 'usage' | 'summary'>

export const VALIDATE: Description = {
  name: 'validate',
  usage: 'carbon-budget validate [DIR] [--config FILE]',
  summary: 'a fast check of manifests, config and the logs and series they name; nothing is computed (pre-commit)',
}

export const INIT: Description = {
  name: 'init',
  usage: 'carbon-budget init [DIR] [--dry-run] [--force]',
  summary: 'writes a report-only carbon-budget.yml, the GitHub workflow and a manifest per run log found',
}

export const EXPLAIN: Description = {
  name: 'explain',
  usage: 'carbon-budget explain NAME [DIR] [--config FILE] [--format text|json]',
  summary: "one experiment's derivation, step by step, from its inputs and coefficients to the report's figures",
}
