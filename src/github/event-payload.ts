// The few event-payload fields the action reads, checked by hand. A schema library would do the same
// in one line each, but it is the largest module of the bundle and the action's start would pay for
// it on every run, most of which never parse a manifest or a config.

/** One field that is not what GitHub sends: a dotted path from the payload's root, and what was expected. */
export interface PayloadIssue {
  readonly path: string
  readonly message: string
}

const INVALID = Symbol('invalid')
type Reader<T> = (value: unknown, path: string, issues: PayloadIssue[]) => T | typeof INVALID
type Read<R> = R extends Reader<infer T> ? T : never

function show(value: unknown): string {
  if (value === undefined) return 'nothing'
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function invalid(issues: PayloadIssue[], path: string, expected: string, value: unknown): typeof INVALID {
  issues.push({ path, message: `expected ${expected}, got ${show(value)}` })
  return INVALID
}

const text = (expected = 'a string', test: (s: string) => boolean = () => true): Reader<string> =>
  (v, path, issues) => (typeof v === 'string' && test(v) ? v : invalid(issues, path, expected, v))

/** Absent (undefined) passes; `null` does not, as GitHub omits a field rather than sending null unless noted. */
const optional = <T>(read: Reader<T>): Reader<T | undefined> => (v, p, i) => (v === undefined ? undefined : read(v, p, i))
const nullish = <T>(read: Reader<T>): Reader<T | undefined> => (v, p, i) => (v === undefined || v === null ? undefined : read(v, p, i))

/** Reads every field (so all issues are reported at once); extra fields are ignored. */
function object<S extends Record<string, Reader<unknown>>>(shape: S): Reader<{ readonly [K in keyof S]: Read<S[K]> }> {
  return (v, path, issues) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return invalid(issues, path, 'an object', v)
    const out: Record<string, unknown> = {}
    let ok = true
    for (const [key, read] of Object.entries(shape)) {
      const x = read((v as Record<string, unknown>)[key], path ? `${path}.${key}` : key, issues)
      if (x === INVALID) ok = false
      else if (x !== undefined) out[key] = x
    }
    return ok ? (out as { readonly [K in keyof S]: Read<S[K]> }) : INVALID
  }
}

/** A full commit sha. */
export const isSha = (s: string): boolean => /^[0-9a-f]{40}$/.test(s)
const sha = text('a 40-hex-digit commit sha', isSha)
const ref = text('a git ref name', (s) => s.length >= 1 && s.length <= 255 && /^[^\s~^:?*[\\]+$/.test(s))
const pullNumber: Reader<number> = (v, path, issues) =>
  Number.isInteger(v) && (v as number) > 0 && (v as number) <= 2 ** 31 ? (v as number) : invalid(issues, path, 'a pull request number (a whole number from 1)', v)

const pullRequestEvent = object({
  pull_request: object({
    number: pullNumber,
    head: object({ sha, ref: optional(ref) }),
    base: object({ sha, ref: optional(ref) }),
  }),
})
const pushEvent = object({ before: text(), after: optional(sha), ref: optional(text()) })
const mergeGroupEvent = object({ merge_group: object({ head_sha: sha, base_sha: sha, head_ref: optional(text()), base_ref: optional(text()) }) })
const workflowRunEvent = object({ workflow_run: object({ head_sha: sha, event: text(), head_branch: nullish(text()) }) })

export type PullRequestEvent = Read<typeof pullRequestEvent>
export type PushEvent = Read<typeof pushEvent>
export type MergeGroupEvent = Read<typeof mergeGroupEvent>
export type WorkflowRunEvent = Read<typeof workflowRunEvent>

/** The payload shapes by the name the caller asks for. */
const EVENTS = { pullRequest: pullRequestEvent, push: pushEvent, mergeGroup: mergeGroupEvent, workflowRun: workflowRunEvent }
type Events = typeof EVENTS

/**
 * Checks an event payload against the fields the action uses. Returns them, or undefined with every
 * issue appended to `issues` (paths like `pull_request.head.sha`, '' for the root).
 *
 * @example
 * const e = readEventPayload('pullRequest', JSON.parse(text), issues) // e?.pull_request.number
 */
export function readEventPayload<K extends keyof Events>(kind: K, payload: unknown, issues: PayloadIssue[]): Read<Events[K]> | undefined {
  const r = (EVENTS[kind] as Reader<Read<Events[K]>>)(payload, '', issues)
  return r === INVALID ? undefined : r
}
