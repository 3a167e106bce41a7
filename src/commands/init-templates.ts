import { SCHEMA_FILES, SCHEMA_URL } from '../ingest/json-schema.js'

/** Where `init` writes the workflow; the README shows the same file (test/init.test.ts checks it). */
export const WORKFLOW_FILE = '.github/workflows/carbon.yml'

/** The README's workflow: a comment and a status on every pull request, the trend on main. */
export const WORKFLOW = `name: carbon
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write   # the PR comment
  statuses: write        # the carbon-budget commit status (the merge gate)
concurrency:             # a newer push cancels the older run of the same PR or branch
  group: carbon-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: true
jobs:
  carbon:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0   # the base commit and the trend are read from git history;
                           # with a shallow clone the action fetches what it needs, when it can
      - uses: carbon-budget/carbon-budget@v0   # budgets and fail-on: carbon-budget.yml
`

/** A report-only config: every field commented, nothing that fails a pull request. */
export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=${SCHEMA_URL}${SCHEMA_FILES.config}
# carbon-budget configuration, written by \`carbon-budget init\`. Every field is optional: docs/manifest.md.
manifests: ["**/*.carbon.yml", "**/*.carbon.yaml", "**/*.carbon.json"]
# defaults:                  # for manifests that leave these out
#   pue: 1.1
#   grid: { country: USA }   # or region: aws/us-east-1, zone: FR, intensity: 385 gCO2e/kWh
basis: location             # the headline: location | market
intensity: average          # the headline: average | marginal
# budgets:                   # uncomment to set limits; they are reported, and fail only under fail-on
#   total: 50 tCO2e
#   increase: 10 %           # versus the pull request's base (or an amount: 2 tCO2e)
#   phases: { training: 30 tCO2e }
fail-on: never              # report only; budget | increase | any fails the check when a budget breaks
history: 20                 # commits of the base branch in the trend
`
