import { isMap, isPair, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Node } from 'yaml'
import type { Problem, SourcePos } from '../core/errors.js'
import { filePos, problem } from '../core/errors.js'

/** A parsed manifest or config: the plain value plus a way back from a field path to its line. */
export interface ParsedDoc {
  readonly value: unknown
  /** Position of the value at `path` (or of the nearest ancestor that exists). */
  posOf(path: readonly PropertyKey[]): SourcePos
  /** Position of the key of the field at `path` (for unknown keys: point at the key, not its value). */
  keyPosOf(path: readonly PropertyKey[]): SourcePos
  readonly problems: readonly Problem[]
}

// Bounded expansion: an alias bomb ("billion laughs") stops here with an error, not a hang.
const MAX_ALIAS_COUNT = 100
const MAX_DEPTH = 32

/**
 * Parses YAML (JSON is read the same way) keeping node ranges, so every later error can name the
 * line and column of the field it is about. All syntax errors are reported, not just the first.
 */
export function parseYamlDoc(text: string, file: string): ParsedDoc {
  if (tooDeepToParse(text)) {
    const pos = filePos(file)
    return { value: undefined, posOf: () => pos, keyPosOf: () => pos, problems: [problem('yaml-too-deep', { max: MAX_DEPTH, pos })] }
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true })
  const at = (offset: number): SourcePos => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line, col }
  }
  const problems: Problem[] = doc.errors.map((e) =>
    // The parser recurses per level: a 100,000-deep `[[[…` ends in a caught stack overflow; say why.
    /call stack/i.test(e.message)
      ? problem('yaml-too-deep', { max: MAX_DEPTH, pos: at(0) })
      : problem('yaml-syntax', { reason: e.message.split('\n')[0] ?? e.message, pos: at(e.pos[0]) }),
  )
  const posOf = (path: readonly PropertyKey[]): SourcePos => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as Node | undefined
      if (node && typeof node === 'object' && 'range' in node && node.range) return at(node.range[0])
      // A key with a null value has no value node: point at the key.
      const key = n > 0 ? keyNode(doc.getIn(path.slice(0, n - 1) as unknown[], true), path[n - 1]) : undefined
      if (key?.range) return at(key.range[0])
    }
    return filePos(file)
  }
  const keyPosOf = (path: readonly PropertyKey[]): SourcePos => {
    const key = keyNode(doc.getIn(path.slice(0, -1) as unknown[], true), path[path.length - 1])
    return key?.range ? at(key.range[0]) : posOf(path)
  }
  if (problems.length > 0) return { value: undefined, posOf, keyPosOf, problems }
  const depth = depthOf(doc.contents, 0)
  if (depth > MAX_DEPTH) {
    return { value: undefined, posOf, keyPosOf, problems: [problem('yaml-too-deep', { depth, max: MAX_DEPTH, pos: at(0) })] }
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), posOf, keyPosOf, problems }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { value: undefined, posOf, keyPosOf, problems: [problem('yaml-aliases', { reason: message, max: MAX_ALIAS_COUNT, pos: at(0) })] }
  }
}

// The composer recurses once per level: 20,000 levels of `[[[…` can abort the process (a stack
// overflow inside V8's regexp compiler is fatal, not catchable). The lexer does not recurse, so it
// bounds the depth first, stopping at the first token past the bound.
const MAX_LEXED_DEPTH = 256

function tooDeepToParse(text: string): boolean {
  let flow = 0
  let lineDepth = 0
  let atLineStart = true
  for (const token of new Lexer().lex(text)) {
    const c = token[0]
    if (c === '[' || c === '{') {
      if (++flow > MAX_LEXED_DEPTH) return true
    } else if (c === ']' || c === '}') flow--
    else if (c === '\n' || c === '\r') {
      lineDepth = 0
      atLineStart = true
      continue
    } else if (c === ' ' || c === '\t') {
      // Indentation is a bound on block depth (each level indents at least one column).
      if (atLineStart) lineDepth += token.length
    } else if (c === '-' || c === '?' || c === ':') lineDepth++
    if (lineDepth > MAX_LEXED_DEPTH) return true
    if (c !== ' ' && c !== '\t') atLineStart = false
  }
  return false
}

function keyNode(parent: unknown, key: PropertyKey | undefined): Node | undefined {
  if (!isMap(parent)) return undefined
  for (const item of parent.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(key)) return item.key
  }
  return undefined
}

function depthOf(node: unknown, level: number): number {
  if (level > MAX_DEPTH) return level
  if (isMap(node)) return Math.max(level + 1, ...node.items.map((p) => depthOf(isPair(p) ? p.value : undefined, level + 1)))
  if (isSeq(node)) return Math.max(level + 1, ...node.items.map((i) => depthOf(i, level + 1)))
  return level
}
