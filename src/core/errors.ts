import { PROBLEMS, type ProblemArgs, type ProblemCode } from './problems.js'

/** Where in a user's file a problem or a value is: 1-based line and column. */
export interface SourcePos {
  readonly file: string
  readonly line: number
  readonly col: number
  readonly endLine?: number
  readonly endCol?: number
}

/** A place in a file; its start unless said: where a problem about the whole file, or a value with no better place, points. */
export function filePos(file: string, line = 1, col = 1): SourcePos {
  return { file, line, col }
}

/**
 * One problem found in the user's input. Ingest collects all of them for a run and reports them
 * together; `severity: 'warning'` never changes a result, it only says something the user should know.
 */
export interface Problem {
  readonly severity: 'error' | 'warning'
  /** Stable: a key of `PROBLEMS` (core/problems.ts), where the message is worded. */
  readonly code: ProblemCode
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

/**
 * Where a problem is and what else it says. `pos` is a position a parser found; otherwise `file`
 * places it at `line` and `col`, each 1 unless given. Undefined fields are left out.
 */
export interface ProblemDetails {
  readonly severity?: Problem['severity']
  readonly pos?: SourcePos | undefined
  readonly file?: string | undefined
  readonly line?: number | undefined
  readonly col?: number | undefined
  readonly field?: string | undefined
  readonly suggestion?: string | undefined
}

type DetailsOf<C extends ProblemCode> = ProblemArgs<C> & ProblemDetails

/**
 * Builds a problem from its code: the message from the table in `problems.ts`, the position
 * defaulted here (line 1, column 1 of `file`), severity `error` unless said.
 * @example problem('log-empty', { file: 'runs/power.csv' })
 */
export function problem<C extends ProblemCode>(code: C, ...[details]: object extends ProblemArgs<C> ? [details?: DetailsOf<C>] : [details: DetailsOf<C>]): Problem
export function problem(code: ProblemCode, details: ProblemDetails = {}): Problem {
  const template = PROBLEMS[code] as (args: ProblemDetails) => string
  const pos = details.pos ?? (details.file === undefined ? undefined : filePos(details.file, details.line, details.col))
  return {
    severity: details.severity ?? 'error',
    code,
    message: template(details),
    ...(pos ? { pos } : {}),
    ...(details.field === undefined ? {} : { field: details.field }),
    ...(details.suggestion === undefined ? {} : { suggestion: details.suggestion }),
  }
}
