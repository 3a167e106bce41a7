import * as log from './log.js'
import { posix } from 'node:path'
import type { Problem, SourcePos } from '../core/errors.js'
import type { BudgetResult, Comparison } from '../compare/types.js'
import { formatMass, formatPercent } from '../core/format.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  readonly level: AnnotationLevel
  readonly message: string
  readonly title?: string
  readonly pos?: SourcePos
}

/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10

/** The functions of `./log.js` that print annotations; injectable for tests. */
export type AnnotationSink = Pick<typeof log, 'error' | 'warning' | 'notice' | 'info'>

export interface EmitSummary {
  readonly shown: Readonly<Record<AnnotationLevel, number>>
  readonly leftOut: Readonly<Record<AnnotationLevel, number>>
}

function properties(a: Annotation, root: string): log.AnnotationProperties {
  const p = a.pos
  // Annotations attach to repo-relative paths; manifests are relative to the action's `path` input.
  const file = p ? repoRelative(posix.join(root, p.file)) : undefined
  return {
    ...(a.title ? { title: a.title } : {}),
    ...(file ? { file } : {}),
    ...(p ? { startLine: p.line, startColumn: p.col } : {}),
    ...(p?.endLine !== undefined ? { endLine: p.endLine } : {}),
    // GitHub ignores columns on multi-line annotations; send endColumn only on one line.
    ...(p?.endCol !== undefined && (p.endLine === undefined || p.endLine === p.line) ? { endColumn: p.endCol } : {}),
  }
}

/**
 * GitHub matches annotation files against repo-relative paths; an absolute path (a `root` resolved
 * against the workspace) is made relative to `GITHUB_WORKSPACE`.
 */
function repoRelative(path: string, workspace = process.env['GITHUB_WORKSPACE']): string {
  const normal = posix.normalize(path)
  if (!posix.isAbsolute(normal) || !workspace) return normal
  const rel = posix.relative(posix.normalize(workspace), normal)
  return rel.startsWith('..') ? normal : rel
}

/**
 * Prints annotations as workflow commands (they need no token, so they work on forks). Keeps within
 * GitHub's per-step cap: when a level has more than 10, prints 9 and a 10th saying how many were left
 * out; every annotation still goes to the log as a plain line. Escaping of the message (`%`, CR, LF)
 * and of properties (also `:` and `,`) is done by `./log.js`, as `@actions/core` does it.
 */
export function emitAnnotations(items: readonly Annotation[], opts: { root?: string; sink?: AnnotationSink } = {}): EmitSummary {
  const sink = opts.sink ?? log
  const root = opts.root ?? '.'
  const shown = { error: 0, warning: 0, notice: 0 }
  const leftOut = { error: 0, warning: 0, notice: 0 }
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = items.filter((a) => a.level === level)
    const room = ofLevel.length > MAX_ANNOTATIONS_PER_LEVEL ? MAX_ANNOTATIONS_PER_LEVEL - 1 : ofLevel.length
    for (const a of ofLevel.slice(0, room)) sink[level](a.message, properties(a, root))
    shown[level] = room
    const rest = ofLevel.slice(room)
    if (rest.length > 0) {
      leftOut[level] = rest.length
      sink[level](`${rest.length} more ${level === 'notice' ? 'notice' : level}${rest.length === 1 ? '' : 's'} not shown as annotations (GitHub shows ${MAX_ANNOTATIONS_PER_LEVEL} per step); see the job summary and the log.`, { title: 'carbon-budget: more findings' })
      shown[level] += 1
      for (const a of rest) sink.info(`${level}: ${a.pos ? `${a.pos.file}:${a.pos.line}:${a.pos.col}: ` : ''}${a.title ? `${a.title}: ` : ''}${a.message}`)
    }
  }
  return { shown, leftOut }
}

/** One error annotation per failed budget, at the experiment's manifest line (else where the budget was set). */
export function budgetAnnotations(comparison: Pick<Comparison, 'budgets' | 'failOn'>): Annotation[] {
  // Under fail-on: never, a broken budget does not fail the job; it is still worth a warning at the line.
  const level: AnnotationLevel = comparison.failOn === 'never' ? 'warning' : 'error'
  return comparison.budgets
    .filter((b) => b.verdict === 'fail')
    .map((b) => {
      const pos = b.subjectPos ?? b.pos
      return { level, title: `Carbon budget ${b.name} exceeded`, message: describeBudget(b), ...(pos ? { pos } : {}) }
    })
}

function describeBudget(b: BudgetResult): string {
  const fmt = (v: number): string =>
    b.unit === 'ratio' ? formatPercent(v) : b.unit === 'kgCO2e' ? formatMass(v, { co2e: true }) : `${formatMass(v, { co2e: true })}/unit`
  return `${b.name}: ${fmt(b.actual)} against a budget of ${b.limit} (over by ${fmt(-b.margin)})`
}


/** Input problems (bad manifest fields) as annotations at their lines. */
export function problemAnnotations(problems: readonly Problem[]): Annotation[] {
  return problems.map((p) => ({
    level: p.severity,
    title: `carbon-budget: ${p.code}${p.field ? ` (${p.field})` : ''}`,
    message: p.suggestion !== undefined && !p.message.includes('did you mean') ? `${p.message}; did you mean ${p.suggestion}?` : p.message,
    ...(p.pos ? { pos: p.pos } : {}),
  }))
}
