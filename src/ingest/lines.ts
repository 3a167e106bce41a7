import { TextDecoder } from 'node:util'
import { problem, type Problem } from '../core/errors.js'

/**
 * Lines of a text stream, handed out in batches: one async step per chunk rather than per line
 * keeps a 1 GB log at hundreds of MB/s. Line numbers are 1-based.
 */
export interface LineBatch {
  /** The lines, without `\n` or `\r\n`; a last line without a newline is included. */
  readonly lines: readonly string[]
  /** The line number of `lines[0]`. */
  readonly firstLine: number
  /** Bytes of the stream consumed so far (for progress). */
  readonly bytesRead: number
}

/** Thrown (and only here) when the stream is not text; carries the Problem to report. */
export class NotTextError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message)
  }
}

// Chunks smaller than this are joined first, so a stream with tiny chunks still splits in bulk.
const MIN_BATCH_CHARS = 256 * 1024

type Encoding = 'utf-8' | 'utf-16le'

function detectEncoding(first: Uint8Array, file: string): Encoding {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le'
  if (first[0] === 0xfe && first[1] === 0xff) {
    throw new NotTextError(problem('log', 'the file is UTF-16 big-endian; save it as UTF-8', { pos: { file, line: 1, col: 1 } }))
  }
  // A NUL byte in the first chunk means binary (a parquet, a .wandb, a gzip), not a text log.
  const probe = first.subarray(0, 4096)
  const nul = probe.indexOf(0)
  if (nul >= 0) {
    const line = countNewlines(probe.subarray(0, nul)) + 1
    throw new NotTextError(
      problem('log', 'the file is binary, not a text log (a NUL byte); export it as CSV or JSON lines', { pos: { file, line, col: 1 } }),
    )
  }
  return 'utf-8'
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++
  return n
}

/**
 * Splits a byte stream into lines in constant memory: CRLF and LF, a UTF-8 BOM (dropped), UTF-16LE
 * with a BOM (PowerShell's `>`), and a last line without a newline.
 * @throws NotTextError for binary or invalid UTF-8 (with the line where it was found).
 */
export async function* readLineBatches(stream: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<LineBatch> {
  let decoder: TextDecoder | undefined
  let carry = ''
  let pending = ''
  let lineNo = 1
  let bytesRead = 0
  for await (const chunk of stream) {
    let text: string
    if (typeof chunk === 'string') {
      text = chunk
      bytesRead += chunk.length
    } else {
      if (chunk.length === 0) continue
      decoder ??= new TextDecoder(detectEncoding(chunk, file), { fatal: true })
      bytesRead += chunk.length
      try {
        text = decoder.decode(chunk, { stream: true })
      } catch {
        throw new NotTextError(badEncoding(file, lineNo + countLines(pending) + countLines(carry)))
      }
    }
    pending = pending === '' ? text : pending + text
    if (pending.length < MIN_BATCH_CHARS) continue
    const batch = split(carry + pending, lineNo, bytesRead)
    pending = ''
    carry = batch.carry
    if (batch.lines.length > 0) {
      lineNo += batch.lines.length
      yield batch
    }
  }
  if (decoder) {
    try {
      pending += decoder.decode()
    } catch {
      throw new NotTextError(badEncoding(file, lineNo + countLines(pending) + countLines(carry)))
    }
  }
  const last = split(carry + pending, lineNo, bytesRead)
  const lines = last.carry === '' ? last.lines : [...last.lines, stripCr(last.carry)]
  if (lines.length > 0) yield { lines, firstLine: lineNo, bytesRead }
}

function countLines(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++
  return n
}

function badEncoding(file: string, line: number): Problem {
  return problem('log', 'the file is not valid UTF-8 text; save it as UTF-8', { pos: { file, line, col: 1 } })
}

function split(text: string, firstLine: number, bytesRead: number): LineBatch & { carry: string } {
  const parts = text.split('\n')
  const carry = parts.pop() ?? ''
  for (let i = 0; i < parts.length; i++) {
    const line = parts[i]!
    if (line.charCodeAt(line.length - 1) === 13) parts[i] = line.slice(0, -1)
  }
  if (firstLine === 1 && parts.length > 0 && parts[0]!.charCodeAt(0) === 0xfeff) parts[0] = parts[0]!.slice(1)
  return { lines: parts, firstLine, bytesRead, carry: firstLine === 1 && parts.length === 0 ? stripBom(carry) : carry }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s
}

function stripCr(s: string): string {
  return s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s
}

/** One line with its 1-based number: the convenient (slower) view of `readLineBatches`. */
export interface NumberedLine {
  readonly text: string
  readonly line: number
}

/** Lines one by one; for small files and tests. */
export async function* readLines(stream: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<NumberedLine> {
  for await (const batch of readLineBatches(stream, file)) {
    for (let i = 0; i < batch.lines.length; i++) yield { text: batch.lines[i]!, line: batch.firstLine + i }
  }
}
