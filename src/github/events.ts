import { z } from 'zod'

// The few event-payload fields the action reads, as zod schemas: every field it uses is checked
// (an uploaded event file in workflow_run mode is written by whoever opened the pull request), the
// rest of GitHub's payload is dropped.

/** One field that is not what GitHub sends: a dotted path from the payload's root, and what was expected. */
export interface PayloadIssue {
  readonly path: string
  readonly message: string
}

/** A full commit sha. */
export const isSha = (s: string): boolean => /^[0-9a-f]{40}$/.test(s)

/** Each message names what was expected; `readEventPayload` adds what was seen. */
const text = () => z.string({ error: 'a string' })
const sha = z.string({ error: 'a 40-hex-digit commit sha' }).refine(isSha, { error: 'a 40-hex-digit commit sha' })
const ref = z
  .string({ error: 'a git ref name' })
  .refine((s) => s.length >= 1 && s.length <= 255 && /^[^\s~^:?*[\\]+$/.test(s), { error: 'a git ref name' })
const pullNumber = z.number({ error: 'a pull request number (a whole number from 1)' })
  .refine((n) => Number.isInteger(n) && n > 0 && n <= 2 ** 31, { error: 'a pull request number (a whole number from 1)' })
const object = <S extends z.ZodRawShape>(shape: S) => z.object(shape, { error: 'an object' })
/** GitHub omits a field rather than sending null, except where it documents null (`head_branch`). */
const nullish = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined)

const pullRequestEvent = object({
  pull_request: object({
    number: pullNumber,
    head: object({ sha, ref: ref.optional() }),
    base: object({ sha, ref: ref.optional() }),
  }),
})
const pushEvent = object({ before: text(), after: sha.optional(), ref: text().optional() })
const mergeGroupEvent = object({ merge_group: object({ head_sha: sha, base_sha: sha, head_ref: text().optional(), base_ref: text().optional() }) })
const workflowRunEvent = object({ workflow_run: object({ head_sha: sha, event: text(), head_branch: nullish(text()) }) })

export type PullRequestEvent = z.output<typeof pullRequestEvent>
export type PushEvent = z.output<typeof pushEvent>
export type MergeGroupEvent = z.output<typeof mergeGroupEvent>
export type WorkflowRunEvent = z.output<typeof workflowRunEvent>

/** The payload shapes by the name the caller asks for. */
const EVENTS = { pullRequest: pullRequestEvent, push: pushEvent, mergeGroup: mergeGroupEvent, workflowRun: workflowRunEvent }
type Events = typeof EVENTS

function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  const json = JSON.stringify(value) ?? String(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}

/**
 * Checks an event payload against the fields the action uses. Returns them, or undefined with every
 * issue appended to `issues` (paths like `pull_request.head.sha`, '' for the root).
 *
 * @example
 * const e = readEventPayload('pullRequest', JSON.parse(text), issues) // e?.pull_request.number
 */
export function readEventPayload<K extends keyof Events>(kind: K, payload: unknown, issues: PayloadIssue[]): z.output<Events[K]> | undefined {
  const parsed = EVENTS[kind].safeParse(payload, { reportInput: true })
  if (parsed.success) return parsed.data as z.output<Events[K]>
  for (const issue of parsed.error.issues) {
    issues.push({ path: issue.path.map(String).join('.'), message: `expected ${issue.message}, got ${show(issue.input)}` })
  }
  return undefined
}
