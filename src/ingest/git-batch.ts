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

/**
 * One `git cat-file --batch` process per repository, reading many small blobs (manifests, configs,
 * series) without a process per file: the trend reads a few files at each of 20 commits, and a
 * spawn costs more than the read. Requests are answered in order; the process is referenced only
 * while a read is pending, so it never keeps the CLI alive.
 */
class BlobBatch {
  private child: ChildProcessWithoutNullStreams | undefined
  private readonly queue: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)
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
    this.buffer = Buffer.alloc(0)
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
      this.drain()
    })
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

  private drain(): void {
    for (;;) {
      const next = this.queue[0]
      if (!next) return
      const eol = this.buffer.indexOf(0x0a)
      if (eol < 0) return
      const header = this.buffer.subarray(0, eol).toString('utf8')
      const [oid, type, sizeText] = header.split(' ')
      if (type === 'missing' || type === undefined || sizeText === undefined) {
        this.buffer = this.buffer.subarray(eol + 1)
        this.settle().reject(new CarbonError([problem('git', `object ${oid ?? next.oid} is missing from the repository`)]))
        continue
      }
      const size = Number(sizeText)
      if (this.mode === '--batch-check') {
        this.buffer = this.buffer.subarray(eol + 1)
        this.settle().resolve({ oid: oid!, type, size, bytes: Buffer.alloc(0) })
        continue
      }
      if (this.buffer.length < eol + 1 + size + 1) return
      const bytes = Buffer.from(this.buffer.subarray(eol + 1, eol + 1 + size))
      this.buffer = this.buffer.subarray(eol + 1 + size + 1)
      this.settle().resolve({ oid: oid!, type, size, bytes })
    }
  }

  private settle(): Pending {
    const done = this.queue.shift()!
    if (this.queue.length === 0) this.setRef(false)
    return done
  }

  private fail(error: Error): void {
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

/** Type and size of an object, without its bytes (`cat-file --batch-check`). */
export function statObject(repoDir: string, spec: string): Promise<GitObject> {
  return batchFor(repoDir, '--batch-check').read(spec)
}

/** Ends every batch process (tests; long-running hosts). */
export function closeBlobReaders(): void {
  for (const batch of batches.values()) batch.close()
  batches.clear()
}
