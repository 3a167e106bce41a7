/** Where in a user's file a problem or a value is: 1-based line and column. */
export interface SourcePos {
  readonly file: string
  readonly line: number
  readonly col: number
  readonly endLine?: number
  readonly endCol?: number
}

export type ErrorCode =
  | 'usage'
  | 'io'
  | 'yaml'
  | 'schema'
  | 'unit'
  | 'unknown-device'
  | 'unknown-zone'
  | 'unknown-region'
  | 'duplicate-name'
  | 'path'
  | 'too-large'
  | 'log'
  | 'series'
  | 'git'
  | 'config'
  | 'value'

/**
 * One problem found in the user's input. Ingest collects all of them for a run and reports them
 * together; `severity: 'warning'` never changes a result, it only says something the user should know.
 */
export interface Problem {
  readonly severity: 'error' | 'warning'
  readonly code: ErrorCode
  readonly message: string
  readonly pos?: SourcePos
  /** The manifest field, as a dotted path (`hardware.0.power`). */
  readonly field?: string
  /** The nearest valid value, when there is one. */
  readonly suggestion?: string
}

/** The one error class: thrown at I/O edges, carries every problem of the run. */
export class CarbonError extends Error {
  override readonly name = 'CarbonError'
  constructor(readonly problems: readonly Problem[], opts?: ErrorOptions) {
    super(problems.map(formatProblem).join('\n'), opts)
  }
}

/** `file:line:col: error: field: message (did you mean X?)`: the form editors and CI logs link. */
export function formatProblem(p: Problem): string {
  const where = p.pos ? `${p.pos.file}:${p.pos.line}:${p.pos.col}: ` : ''
  const field = p.field ? `${p.field}: ` : ''
  const hint = p.suggestion !== undefined && !p.message.includes('did you mean') ? `; did you mean ${p.suggestion}?` : ''
  return `${where}${p.severity}: ${field}${p.message}${hint}`
}

export function problem(code: ErrorCode, message: string, extra: Partial<Omit<Problem, 'code' | 'message'>> = {}): Problem {
  return { severity: 'error', code, message, ...extra }
}
