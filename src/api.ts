/**
 * The library entry of the npm package (`import { assessExperiment } from 'carbon-budget'`): the pure
 * core that turns a validated experiment into figures, the readers that validate users' files into
 * it, and the types of the report and of its JSON contract. The CLI and the action are the other
 * entries (bin/carbon-budget.js, dist/index.js); this one has no side effects.
 *
 * @example
 * import { assessExperiment, DEFAULT_CONFIG, readManifest } from 'carbon-budget'
 * const { experiment } = readManifest(yamlText, 'train.carbon.yml', DEFAULT_CONFIG.defaults)
 * if (experiment) console.log(assessExperiment(experiment, { config: DEFAULT_CONFIG }).totalKgCO2e.central)
 */
export { assessExperiment, headlineOperational, type AssessContext } from './core/assess.js'
export { buildReport, sumTotals } from './core/report.js'
export { DEFAULT_CONFIG, type Config, type Budgets, type Defaults, type FailOn, type Limit } from './core/config.js'
export { formatProblem, type Problem, type SourcePos } from './core/errors.js'
export type { Range } from './core/range.js'
export type { Coefficient, Source } from './core/data/types.js'
export type * from './core/model.js'
export { PHASES } from './core/model.js'
export { readManifest } from './ingest/manifest.js'
export { readConfig } from './ingest/config.js'
export { reportJson } from './render/json.js'
export type * from './render/json-types.js'
