import { PassThrough } from 'node:stream'
import { posix } from 'node:path'
import { CarbonError, problem } from '../core/errors.js'
import type { RepoSource } from './source.js'
import { readBlob, readObject, statObject } from './git-batch.js'
import { gitFailure, gitMissing, spawnGit } from './git-exec.js'

/** One regular file of a commit's tree: its blob id (equal ids, equal contents). */
export interface TreeEntry {
  readonly oid: string
}

export interface GitSourceOptions {
  /** Largest file `readText` returns, bytes (default 64 MiB); larger files are streamed instead. */
  readonly maxTextBytes?: number
  /**
   * A folder of the repository to present as the root (`examples` when the CLI runs on
   * `examples/`), so paths match what the working-tree source gives for the same folder.
   */
  readonly subdir?: string
}

const DEFAULT_MAX_TEXT_BYTES = 64 * 1024 ** 2

/**
 * A repo-relative POSIX path in canonical form (`./a//b/../c` is `a/c`), or undefined when it is
 * absolute or would leave the repository: such a path is never opened.
 */
export function normalizeRepoPath(path: string): string | undefined {
  // The same paths are asked for at every commit of the trend: remember the answers.
  const known = normalized.get(path)
  if (known !== undefined || normalized.has(path)) return known
  if (normalized.size >= MAX_NORMALIZED) normalized.clear()
  const normal = normalize(path)
  normalized.set(path, normal)
  return normal
}

const normalized = new Map<string, string | undefined>()
const MAX_NORMALIZED = 200_000

function normalize(path: string): string | undefined {
  const slashed = path.replace(/\\/g, '/')
  if (slashed === '' || slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed) || slashed.includes('\0')) return undefined
  const normal = posix.normalize(slashed).replace(/\/+$/, '')
  if (normal === '.' || normal === '..' || normal.startsWith('../')) return undefined
  return normal
}

/** True for paths under `.git` or `node_modules` at any depth: never carbon files. */
export function isIgnoredPath(path: string): boolean {
  return path.split('/').some((segment) => segment === '.git' || segment === 'node_modules')
}

/**
 * Lists the regular files of a commit with their blob ids, skipping symlinks, submodules, `.git`
 * and `node_modules` (which are not even descended into). Blob ids key the history cache.
 */
export function listTree(repoDir: string, sha: string): Promise<ReadonlyMap<string, TreeEntry>> {
  // A commit's tree never changes: the trend and the report at the same commit share one listing.
  const key = `${repoDir}\0${sha}`
  const cached = trees.get(key)
  if (cached) return cached
  const listing = readTree(repoDir, sha)
  trees.set(key, listing)
  listing.catch(() => trees.delete(key))
  if (trees.size > MAX_CACHED_TREES) trees.delete(trees.keys().next().value!)
  return listing
}

const trees = new Map<string, Promise<ReadonlyMap<string, TreeEntry>>>()
const MAX_CACHED_TREES = 32
const MODE_TREE = '40000'
const REGULAR_MODES = new Set(['100644', '100755', '100664'])

/** The regular files under one tree object, paths relative to it, in the tree's order. */
type Listing = readonly (readonly [string, TreeEntry])[]

// A tree object never changes: its listing is kept by tree id, so a commit that changed one file
// re-reads only the trees on that file's path, not the whole repository (the trend lists every
// commit it covers). Bounded by the entries held, oldest listings dropped first.
const listings = new Map<string, { readonly listing: Promise<Listing>; size: number }>()
const MAX_CACHED_ENTRIES = 2_000_000
let cachedEntries = 0

function listingOf(repoDir: string, treeOid: string, bytes?: Promise<Buffer>): Promise<Listing> {
  const key = `${repoDir}\0${treeOid}`
  const hit = listings.get(key)
  if (hit) return hit.listing
  const held = { listing: (bytes ?? readObject(repoDir, treeOid).then((o) => o.bytes)).then((b) => parseTree(repoDir, b, treeOid.length / 2)), size: 0 }
  listings.set(key, held)
  held.listing.then(
    (listing) => {
      if (listings.get(key) !== held) return
      held.size = listing.length
      cachedEntries += listing.length
      for (const [oldKey, old] of listings) {
        if (cachedEntries <= MAX_CACHED_ENTRIES || old === held) break
        listings.delete(oldKey)
        cachedEntries -= old.size
      }
    },
    () => listings.delete(key),
  )
  return held.listing
}

// Tree objects are read through the shared `cat-file --batch` process rather than `ls-tree -r`:
// the trend lists many commits, and a process per listing costs more than the listing. Subtrees
// are asked for all at once, so their reads are pipelined.
async function parseTree(repoDir: string, bytes: Buffer, oidBytes: number): Promise<Listing> {
  const files: (readonly [string, TreeEntry])[] = []
  const subtrees: { readonly name: string; readonly listing: Promise<Listing> }[] = []
  let i = 0
  while (i < bytes.length) {
    const space = bytes.indexOf(0x20, i)
    const nul = bytes.indexOf(0, space)
    if (space < 0 || nul < 0) break
    const mode = bytes.toString('latin1', i, space)
    const name = bytes.toString('utf8', space + 1, nul)
    const oid = bytes.toString('hex', nul + 1, nul + 1 + oidBytes)
    i = nul + 1 + oidBytes
    if (isIgnoredPath(name)) continue
    if (mode === MODE_TREE) subtrees.push({ name, listing: listingOf(repoDir, oid) })
    else if (REGULAR_MODES.has(mode)) files.push([name, { oid }])
    // 120000 (symlink) and 160000 (submodule) are never read: they could point outside the repo.
  }
  for (const { name, listing } of subtrees) for (const [path, entry] of await listing) files.push([`${name}/${path}`, entry])
  return files
}

async function readTree(repoDir: string, sha: string): Promise<ReadonlyMap<string, TreeEntry>> {
  let root
  try {
    root = await readObject(repoDir, `${sha}^{tree}`)
  } catch {
    throw new CarbonError([problem('commit-missing', { sha })])
  }
  const found = [...(await listingOf(repoDir, root.oid, Promise.resolve(root.bytes)))]
  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return new Map(found)
}

// Small texts (the config, manifests) kept by blob id: the config is read at every commit of the
// trend, and so is a manifest that a later commit changes back.
const texts = new Map<string, { readonly text: Promise<string | undefined>; readonly size: number }>()
const MAX_CACHED_TEXT_BYTES = 32 * 1024 ** 2
const MAX_CACHED_TEXT_SIZE = 1024 ** 2
let cachedTextBytes = 0

/** A blob decoded as UTF-8, or undefined when it is not valid UTF-8. */
function textOf(repoDir: string, oid: string, size: number): Promise<string | undefined> {
  const decode = (bytes: Buffer): string | undefined => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return undefined
    }
  }
  if (size > MAX_CACHED_TEXT_SIZE) return readBlob(repoDir, oid).then(decode)
  const key = `${repoDir}\0${oid}`
  const hit = texts.get(key)
  if (hit) return hit.text
  const held = { text: readBlob(repoDir, oid).then(decode), size }
  texts.set(key, held)
  cachedTextBytes += size
  held.text.catch(() => {
    if (texts.get(key) === held) {
      texts.delete(key)
      cachedTextBytes -= size
    }
  })
  for (const [oldKey, old] of texts) {
    if (cachedTextBytes <= MAX_CACHED_TEXT_BYTES || old === held) break
    texts.delete(oldKey)
    cachedTextBytes -= old.size
  }
  return held.text
}

/**
 * The files of one commit, read from git objects: nothing is checked out, so the work tree may be
 * dirty or on another branch.
 * @param repoDir any directory inside the repository
 * @param sha a full commit id (resolve refs first with `resolveRef`)
 * @example const base = gitSource('/repo', await mergeBase('/repo', 'origin/main', 'HEAD'))
 */
export function gitSource(repoDir: string, sha: string, opts: GitSourceOptions = {}): RepoSource {
  const maxTextBytes = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES
  const prefix = opts.subdir === undefined ? '' : `${normalizeRepoPath(opts.subdir) ?? ''}/`.replace(/^\/$/, '')
  let tree: Promise<ReadonlyMap<string, TreeEntry>> | undefined
  const entries = (): Promise<ReadonlyMap<string, TreeEntry>> => (tree ??= listTree(repoDir, sha).then((all) => underPrefix(all, prefix)))
  const description = `commit ${sha.slice(0, 7)}`

  const lookup = async (path: string): Promise<{ path: string; entry: TreeEntry }> => {
    const normal = normalizeRepoPath(path)
    if (normal === undefined) {
      throw new CarbonError([problem('path-outside', { path })])
    }
    const entry = (await entries()).get(normal)
    if (!entry) throw new CarbonError([problem('file-missing', { file: normal, in: description })])
    return { path: normal, entry }
  }

  return {
    description,
    async listFiles() {
      return [...(await entries()).keys()]
    },
    async stat(path) {
      const normal = normalizeRepoPath(path)
      if (normal === undefined) return undefined
      const entry = (await entries()).get(normal)
      return entry ? { size: (await statObject(repoDir, entry.oid)).size } : undefined
    },
    async readText(path) {
      const { path: normal, entry } = await lookup(path)
      const { size } = await statObject(repoDir, entry.oid)
      if (size > maxTextBytes) {
        throw new CarbonError([problem('file-too-large', { path: normal, in: description, bytes: size, maxBytes: maxTextBytes })])
      }
      const text = await textOf(repoDir, entry.oid, size)
      if (text === undefined) throw new CarbonError([problem('file-not-utf8', { file: normal, in: description })])
      return text
    },
    async contentId(path) {
      const normal = normalizeRepoPath(path)
      return normal === undefined ? undefined : (await entries()).get(normal)?.oid
    },
    openStream(path) {
      const out = new PassThrough()
      lookup(path).then(
        ({ entry }) => pipeBlob(repoDir, entry.oid, out),
        (error: unknown) => out.destroy(error as Error),
      )
      return out
    },
  }
}

function underPrefix(all: ReadonlyMap<string, TreeEntry>, prefix: string): ReadonlyMap<string, TreeEntry> {
  if (prefix === '') return all
  const out = new Map<string, TreeEntry>()
  for (const [path, entry] of all) if (path.startsWith(prefix)) out.set(path.slice(prefix.length), entry)
  return out
}

function pipeBlob(repoDir: string, oid: string, out: PassThrough): void {
  const args = ['cat-file', 'blob', oid]
  const child = spawnGit(repoDir, args)
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8')
  })
  child.on('error', (error: NodeJS.ErrnoException) => {
    out.destroy(new CarbonError([error.code === 'ENOENT' ? gitMissing() : gitFailure(args, error.message)]))
  })
  // The reader may stop early (a bad line): then the child is no longer needed.
  out.on('close', () => {
    if (child.exitCode === null) child.kill()
  })
  child.stdout.pipe(out, { end: false })
  child.on('close', (code) => {
    if (code === 0) out.end()
    else if (!out.destroyed) out.destroy(new CarbonError([gitFailure(args, stderr)]))
  })
}
