import type { z } from 'zod'
import type { Problem, SourcePos } from '../core/errors.js'
import { problem } from '../core/errors.js'
import { nearest } from '../core/units.js'

/**
 * zod issues to Problems: the field path becomes a dotted name and a line/column in the file,
 * unknown keys and enum values get the nearest valid spelling.
 */
export function zodProblems(
  error: z.ZodError,
  root: unknown,
  posOf: (path: readonly PropertyKey[]) => SourcePos,
  keysAt: (path: readonly PropertyKey[]) => readonly string[] | undefined,
  keyPosOf: (path: readonly PropertyKey[]) => SourcePos = posOf,
): Problem[] {
  const out: Problem[] = []
  for (const issue of error.issues) {
    const path = issue.path
    const field = path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const valid = keysAt(path) ?? []
        const suggestion = valid.length ? nearest(key, valid) : undefined
        out.push(problem('unknown-field', { key, valid, pos: keyPosOf([...path, key]), field: [...path, key].map(String).join('.'), suggestion }))
      }
      continue
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      const values = (issue.values as unknown[]).map(String)
      const got = valueAt(root, path)
      const suggestion = typeof got === 'string' ? nearest(got, values) : values[0]
      out.push(problem('value-not-allowed', { shown: got === undefined ? undefined : shown(got), values, pos: posOf(path), field, suggestion }))
      continue
    }
    if (issue.code === 'invalid_type' && valueAt(root, path) === undefined) {
      out.push(problem('field-missing', { expected: issue.expected, pos: posOf(path), field }))
      continue
    }
    out.push(problem('field-invalid', { reason: issue.message, pos: posOf(path), field }))
  }
  return out
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}

// A manifest value may be a mapping whose `toString` key is `false`: String() would throw on it.
function shown(value: unknown): string {
  if (value === null || typeof value !== 'object') return `"${String(value)}"`
  return Array.isArray(value) ? 'a list' : 'a mapping'
}
