import { isUtf8 } from 'node:buffer'
import { TextDecoder } from 'node:util'
import { problem, type Problem } from '../core/errors.js'
import { CR, LF } from './logs/scan.js'

const utf8 = new TextDecoder('utf-8')

/**
 * Lines of a text stream, handed out in batches of whole lines: one async step per chunk rather
 * than per line. Fast readers scan `bytes` (validated UTF-8) in place; others use `text` or `lines`.
 */
export class LineBatch {
  private decoded?: string
  private split?: readonly string[]
  private count?: number

  constructor(
    /** Whole lines of UTF-8, each ended by `\n` (a `\r` may precede it) except the stream's last; no BOM. */
    readonly bytes: Uint8Array,
    /** The 1-based number of the first line. */
    readonly firstLine: number,
    /** Bytes of the stream consumed so far (for progress). */
    readonly bytesRead: number,
    /**
     * The last line goes on in the next batch: it is longer than LONG_LINE_BYTES (a JSON document
     * on one line), so it is handed out in pieces, cut between characters. Only readers that say
     * they read such lines (`LogReader.longLines`) are given them.
     */
    readonly continues = false,
  ) {}

  /** Lines in this batch (counted on first use, unless a reader reported the count). */
  get lineCount(): number {
    if (this.count === undefined) {
      let n = 0
      const b = this.bytes
      for (let i = b.indexOf(LF); i >= 0; i = b.indexOf(LF, i + 1)) n++
      this.count = n + (b.length > 0 && b[b.length - 1] !== LF ? 1 : 0)
    }
    return this.count
  }

  /** A reader that scanned every line says how many there were, so nobody counts them again. */
  reportLineCount(count: number): void {
    this.count = count
  }

  get text(): string {
    this.decoded ??= utf8.decode(this.bytes)
    return this.decoded
  }

  /** The first `n` lines, decoding only the bytes they span: sniffing a format must not decode a whole batch. */
  headLines(n: number): string[] {
    if (this.split !== undefined) return this.split.slice(0, n)
    const b = this.bytes
    let end = 0
    for (let i = 0; i < n && end < b.length; i++) {
      const k = b.indexOf(LF, end)
      end = k < 0 ? b.length : k + 1
    }
    // A cut just after a newline never splits a UTF-8 character.
    const parts = utf8.decode(b.subarray(0, end)).split('\n')
    if (parts[parts.length - 1] === '') parts.pop()
    return parts.map((l) => (l.charCodeAt(l.length - 1) === CR ? l.slice(0, -1) : l))
  }

  /** The lines without `\n` or `\r\n` (split on first use). */
  get lines(): readonly string[] {
    if (this.split === undefined) {
      const parts = this.text.split('\n')
      if (parts[parts.length - 1] === '') parts.pop()
      for (let i = 0; i < parts.length; i++) {
        const line = parts[i]!
        if (line.charCodeAt(line.length - 1) === CR) parts[i] = line.slice(0, -1)
      }
      this.split = parts
    }
    return this.split
  }
}

/** Thrown (and only here) when the stream is not text; carries the Problem to report. */
export class NotTextError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message)
  }
}

// Chunks smaller than this are joined first, so a stream with tiny chunks still splits in bulk;
// larger ones are handed out in place (zero copy) but for the line that straddles two chunks.
const MIN_BATCH_BYTES = 256 * 1024
/** A line longer than this is handed out in pieces (`LineBatch.continues`) rather than held whole. */
export const LONG_LINE_BYTES = 1 << 20

/** The refusal of a batch whose last line goes on (`continues`) by a reader of lines, not of one-line documents. */
export function longLineError(batch: LineBatch, file: string, format: string): NotTextError {
  const line = batch.firstLine + batch.lineCount - 1
  return new NotTextError(problem('log', `line ${line} is longer than ${LONG_LINE_BYTES >> 20} MiB: not a line of a ${format} log; check the file and logs[].format`, { pos: { file, line, col: 1 } }))
}

/** Where to cut b so that no UTF-8 character is split: before the lead byte of its last character unless that one is ASCII. */
function characterCut(b: Uint8Array): number {
  let k = b.length - 1
  while (k > 0 && (b[k]! & 0xc0) === 0x80) k--
  return b[k]! < 0x80 ? b.length : k
}

type Encoding = 'utf-8' | 'utf-16le'

function detectEncoding(first: Uint8Array, file: string): Encoding {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le'
  if (first[0] === 0xfe && first[1] === 0xff) {
    throw new NotTextError(problem('log-utf16-be', { file }))
  }
  // A NUL byte in the first chunk means binary (a parquet, a .wandb, a gzip), not a text log.
  const probe = first.subarray(0, 4096)
  const nul = probe.indexOf(0)
  if (nul >= 0) {
    const line = countNewlines(probe.subarray(0, nul)) + 1
    throw new NotTextError(
      problem('log-binary', { file, line }),
    )
  }
  return 'utf-8'
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) n++
  return n
}

/**
 * Splits a byte stream into batches of whole lines in constant memory: CRLF and LF, a UTF-8 BOM
 * (dropped), UTF-16LE with a BOM (PowerShell's `>`, re-encoded), and a last line without a newline.
 * @throws NotTextError for binary or invalid UTF-8 (with the line where it was found).
 */
export async function* readLineBatches(stream: AsyncIterable<Uint8Array | string>, file: string): AsyncGenerator<LineBatch> {
  let utf16: TextDecoder | undefined
  let parts: Uint8Array[] = []
  let pendingBytes = 0
  let bytesRead = 0
  let previous: LineBatch | undefined
  let first = true
  const emit = (bytes: Uint8Array, continues = false): LineBatch => {
    if (!isUtf8(bytes)) throw new NotTextError(badEncoding(file, bytes, previous))
    // The consumer is done with `previous` by now: a fast reader has reported its count.
    const batch = new LineBatch(bytes, previous ? previous.firstLine + previous.lineCount - (previous.continues ? 1 : 0) : 1, bytesRead, continues)
    previous = batch
    return batch
  }
  for await (const raw of stream) {
    let chunk: Uint8Array = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw
    if (chunk.length === 0) continue
    bytesRead += chunk.length
    if (first) {
      first = false
      if (detectEncoding(chunk, file) === 'utf-16le') utf16 = new TextDecoder('utf-16le')
      else if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3)
    }
    if (utf16) chunk = Buffer.from(utf16.decode(chunk, { stream: true }).replace(/^\uFEFF/, ''), 'utf8')
    const cut = pendingBytes + chunk.length < MIN_BATCH_BYTES ? -1 : chunk.lastIndexOf(LF)
    if (cut < 0 && pendingBytes + chunk.length >= LONG_LINE_BYTES) {
      // One line over LONG_LINE_BYTES: hand out what there is, whole characters only.
      const whole = Buffer.concat([...parts, chunk])
      const at = characterCut(whole)
      if (at > 0) {
        yield emit(whole.subarray(0, at), true)
        parts = at < whole.length ? [whole.subarray(at)] : []
        pendingBytes = whole.length - at
        continue
      }
    }
    if (cut < 0) {
      parts.push(chunk)
      pendingBytes += chunk.length
      continue
    }
    if (pendingBytes === 0) {
      yield emit(chunk.subarray(0, cut + 1))
    } else if (chunk.length < MIN_BATCH_BYTES) {
      yield emit(Buffer.concat([...parts, chunk.subarray(0, cut + 1)]))
    } else {
      // Copy only the carried partial line and the line it ends, not the whole chunk.
      const firstEnd = chunk.indexOf(LF) + 1
      yield emit(Buffer.concat([...parts, chunk.subarray(0, firstEnd)]))
      if (firstEnd < cut + 1) yield emit(chunk.subarray(firstEnd, cut + 1))
    }
    const rest = chunk.subarray(cut + 1)
    parts = rest.length > 0 ? [rest] : []
    pendingBytes = rest.length
  }
  if (utf16) {
    const tail = Buffer.from(utf16.decode(), 'utf8')
    if (tail.length > 0) {
      parts.push(tail)
      pendingBytes += tail.length
    }
  }
  if (pendingBytes > 0) yield emit(parts.length === 1 ? parts[0]! : Buffer.concat(parts, pendingBytes))
}

function badEncoding(file: string, bytes: Uint8Array, previous: LineBatch | undefined): Problem {
  // Rare: find the line by decoding line by line.
  const fatal = new TextDecoder('utf-8', { fatal: true })
  let line = previous ? previous.firstLine + previous.lineCount : 1
  let start = 0
  for (;;) {
    const end = bytes.indexOf(LF, start)
    try {
      fatal.decode(bytes.subarray(start, end < 0 ? bytes.length : end))
    } catch {
      break
    }
    if (end < 0) break
    start = end + 1
    line++
  }
  return problem('log-not-utf8', { file, line })
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
