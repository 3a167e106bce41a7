import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { CarbonError, problem } from '../core/errors.js'
import { gitFailure, gitMissing, spawnGit } from './git-exec.js'

/** An object as `cat-file` describes it: type, size, and (in `--batch` mode) its bytes. */
export interface GitObject {
  readonly oid: string
  readonly type: string
  readonly size: number
  readonly bytes: Buffer
}

interface Pending {
  readonly oid: string
  readonly resolve: (object: GitObject) => void
  readonly reject: (error: Error) => void
}

type Mode = '--batch' | '--batch-check'

/** An object whose bytes are still arriving: copied straight into its own buffer, chunk by chunk. */
interface Body {
  readonly oid: string
  readonly type: string
  readonly bytes: Buffer
  filled: number
}

const EMPTY = Buffer.alloc(0)

/**
 * One `git cat-file --batch` process per repository, reading many small blobs (manifests, configs,
 * series) and trees without a process per file. Requests are pipelined: each is written as soon as
 * it is made, so many reads in flight cost one round trip, not one each; answers come in order. An
 * object's bytes are copied once into a buffer of its size (never re-joined chunk by chunk). The
 * process is referenced only while a read is pending, so it never keeps the CLI alive.
 */
class BlobBatch {
  private child: ChildProcessWithoutNullStreams | undefined
  private readonly queue: Pending[] = []
  /** Bytes received and not yet parsed: headers and small objects, never a large body. */
  private pending: Buffer = EMPTY
  private body: Body | undefined
  /** The LF that ends an object's bytes, when it has not arrived yet. */
  private skipLf = false
  private stderr = ''

  constructor(
    private readonly repoDir: string,
    private readonly mode: Mode,
  ) {}

  read(oid: string): Promise<GitObject> {
    return new Promise((resolve, reject) => {
      const child = this.start()
      this.queue.push({ oid, resolve, reject })
      if (this.queue.length === 1) this.setRef(true)
      child.stdin.write(`${oid}\n`)
    })
  }

  close(): void {
    this.child?.stdin.end()
    this.child = undefined
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child
    const child = spawnGit(this.repoDir, ['cat-file', this.mode])
    this.child = child
    this.pending = EMPTY
    this.body = undefined
    this.skipLf = false
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < 4096) this.stderr += chunk.toString('utf8')
    })
    child.on('error', (error: NodeJS.ErrnoException) => {
      this.fail(new CarbonError([error.code === 'ENOENT' ? gitMissing() : gitFailure(['cat-file', '--batch'], error.message)]))
    })
    child.on('close', () => {
      if (this.child === child) this.child = undefined
      this.fail(new CarbonError([gitFailure(['cat-file', '--batch'], this.stderr || 'git exited')]))
    })
    child.stdin.on('error', () => {
      // EPIPE when git died: the close handler reports it.
    })
    return child
  }

  private setRef(on: boolean): void {
    const c = this.child
    if (!c) return
    for (const handle of [c, c.stdin, c.stdout, c.stderr] as unknown as { ref?: () => void; unref?: () => void }[]) {
      if (on) handle.ref?.()
      else handle.unref?.()
    }
  }

  private receive(chunk: Buffer): void {
    let rest = chunk
    const body = this.body
    if (body) {
      const take = Math.min(rest.length, body.bytes.length - body.filled)
      rest.copy(body.bytes, body.filled, 0, take)
      body.filled += take
      rest = rest.subarray(take)
      if (body.filled < body.bytes.length) return
      this.body = undefined
      this.skipLf = true
      this.settle().resolve({ oid: body.oid, type: body.type, size: body.bytes.length, bytes: body.bytes })
    }
    this.pending = this.pending.length === 0 ? rest : Buffer.concat([this.pending, rest])
    this.drain()
  }

  private drain(): void {
    for (;;) {
      if (this.skipLf) {
        if (this.pending.length === 0) return
        this.pending = this.pending.subarray(1)
        this.skipLf = false
      }
      const next = this.queue[0]
      if (!next) return
      const eol = this.pending.indexOf(0x0a)
      if (eol < 0) return
      const header = this.pending.subarray(0, eol).toString('utf8')
      this.pending = this.pending.subarray(eol + 1)
      const [oid, type, sizeText] = header.split(' ')
      if (type === 'missing' || type === undefined || sizeText === undefined) {
        this.settle().reject(new CarbonError([problem('git-object-missing', { oid: oid ?? next.oid })]))
        continue
      }
      const size = Number(sizeText)
      if (this.mode === '--batch-check') {
        this.settle().resolve({ oid: oid!, type, size, bytes: EMPTY })
        continue
      }
      if (this.pending.length >= size) {
        const bytes = Buffer.from(this.pending.subarray(0, size))
        this.pending = this.pending.subarray(size)
        this.skipLf = true
        this.settle().resolve({ oid: oid!, type, size, bytes })
        continue
      }
      // A body larger than what has arrived: the rest is copied into it as it comes.
      const bytes = Buffer.allocUnsafe(size)
      this.pending.copy(bytes, 0)
      this.body = { oid: oid!, type, bytes, filled: this.pending.length }
      this.pending = EMPTY
      return
    }
  }

  private settle(): Pending {
    const done = this.queue.shift()!
    if (this.queue.length === 0) this.setRef(false)
    return done
  }

  private fail(error: Error): void {
    this.body = undefined
    for (const pending of this.queue.splice(0)) pending.reject(error)
  }
}

const batches = new Map<string, BlobBatch>()

function batchFor(repoDir: string, mode: Mode): BlobBatch {
  const key = `${mode}\0${repoDir}`
  let batch = batches.get(key)
  if (!batch) {
    batch = new BlobBatch(repoDir, mode)
    batches.set(key, batch)
  }
  return batch
}

/**
 * An object (`<oid>`, or an expression such as `<sha>^{tree}`) with its bytes, read through the
 * repository's shared `cat-file --batch` process.
 */
export function readObject(repoDir: string, spec: string): Promise<GitObject> {
  return batchFor(repoDir, '--batch').read(spec)
}

/** The bytes of a blob, read through the shared `cat-file --batch` process. */
export async function readBlob(repoDir: string, oid: string): Promise<Buffer> {
  return (await readObject(repoDir, oid)).bytes
}

const FULL_OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
const stats = new Map<string, Promise<GitObject>>()
const MAX_CACHED_STATS = 200_000

/**
 * Type and size of an object, without its bytes (`cat-file --batch-check`). An object id names
 * the same bytes forever, so answers for full ids are kept: a manifest's size is asked for once
 * per run, however many commits of the trend hold it.
 */
export function statObject(repoDir: string, spec: string): Promise<GitObject> {
  if (!FULL_OID.test(spec)) return batchFor(repoDir, '--batch-check').read(spec)
  const key = `${repoDir}\0${spec}`
  let stat = stats.get(key)
  if (!stat) {
    stat = batchFor(repoDir, '--batch-check').read(spec)
    stats.set(key, stat)
    stat.catch(() => stats.delete(key))
    if (stats.size > MAX_CACHED_STATS) stats.delete(stats.keys().next().value!)
  }
  return stat
}

/** Ends every batch process (tests; long-running hosts). */
export function closeBlobReaders(): void {
  for (const batch of batches.values()) batch.close()
  batches.clear()
  stats.clear()
}
