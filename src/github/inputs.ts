import { FAIL_ON, parseHistory, type FailOn } from '../core/config.js'
import { CarbonError, problem } from '../core/errors.js'
import { isUnitProblem, parseQuantity } from '../core/units.js'
import * as log from './log.js'

/** The action's inputs (action.yml), checked. */
export interface Inputs {
  readonly path: string
  readonly config?: string | undefined
  readonly token: string
  readonly baseRef?: string | undefined
  readonly comment: boolean
  readonly status: boolean
  readonly failOn?: FailOn | undefined
  readonly history: number
  readonly commentKey: string
  readonly eventFile?: string | undefined
  /** How long the comment and status may take together, seconds (`publish-timeout`). */
  readonly publishTimeoutS: number
  /** `min-change`: overrides the config's (a share: 0.01 for 1 %). */
  readonly minChange?: number | undefined
  /** `comment-unchanged`: post the one-line comment when the PR changes no footprint. */
  readonly commentUnchanged: boolean
}

/** Bounds of `publish-timeout`, seconds: long enough for one retried request, short of a stuck job. */
const PUBLISH_TIMEOUT_S = { min: 5, max: 600, default: 90 } as const

/**
 * Reads and checks the inputs; registers the token as a secret so the runner masks it.
 * @throws CarbonError naming the input, what it was and what it may be
 */
export function readInputs(): Inputs {
  const optional = (name: string) => log.getInput(name) || undefined
  const failOn = optional('fail-on')
  if (failOn !== undefined && !FAIL_ON.includes(failOn as FailOn)) throw new CarbonError([problem('input-fail-on', { value: failOn })])
  const historyText = log.getInput('history') || '20'
  const history = parseHistory(historyText)
  if (history === undefined) throw new CarbonError([problem('input-history', { value: historyText })])
  const key = log.getInput('comment-key') || 'default'
  if (!/^[\w.-]{1,64}$/.test(key)) throw new CarbonError([problem('input-comment-key', { value: key })])
  const minChangeText = optional('min-change')
  const minChange = minChangeText === undefined ? undefined : parseQuantity(minChangeText, 'ratio')
  if (minChangeText !== undefined && minChange !== undefined && (isUnitProblem(minChange) || minChange.value < 0 || minChange.value > 1)) {
    throw new CarbonError([problem('input-min-change', { value: minChangeText })])
  }
  const commentUnchanged = log.getInput('comment-unchanged') || 'true'
  if (commentUnchanged !== 'true' && commentUnchanged !== 'false') throw new CarbonError([problem('input-comment-unchanged', { value: commentUnchanged })])
  const token = log.getInput('github-token')
  if (token) log.setSecret(token)
  const timeoutText = log.getInput('publish-timeout') || String(PUBLISH_TIMEOUT_S.default)
  const publishTimeoutS = Number(timeoutText)
  if (!Number.isFinite(publishTimeoutS) || publishTimeoutS < PUBLISH_TIMEOUT_S.min || publishTimeoutS > PUBLISH_TIMEOUT_S.max) {
    throw new CarbonError([problem('input-publish-timeout', { value: timeoutText, ...PUBLISH_TIMEOUT_S })])
  }
  const config = optional('config')
  const baseRef = optional('base-ref')
  const eventFile = optional('event-file')
  return {
    path: log.getInput('path') || '.',
    config,
    token,
    baseRef,
    comment: log.getBooleanInput('comment'),
    status: log.getBooleanInput('status'),
    failOn: failOn as FailOn | undefined,
    history,
    commentKey: key,
    eventFile,
    publishTimeoutS,
    minChange: minChange === undefined || isUnitProblem(minChange) ? undefined : minChange.value,
    commentUnchanged: commentUnchanged === 'true',
  }
}
