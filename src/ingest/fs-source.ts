import { constants, createReadStream, openSync } from 'node:fs'
import { lstat, readdir, readFile, realpath } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { PassThrough, type Readable } from 'node:stream'
import { CarbonError, problem } from '../core/errors.js'
import { normalizeRepoPath } from './paths.js'
import type { RepoSource } from './source.js'

const SKIPPED_DIRS = new Set(['.git', 'node_modules'])
// A repository with more files than this is walked no further; the limit is said, not silent.
const MAX_FILES = 500_000

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Decodes UTF-8 strictly: a binary or mis-encoded file is an error naming the file, never mojibake. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) throw new CarbonError([problem('file-binary', { file: path })])
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw new CarbonError([problem('file-not-utf8', { file: path })])
  }
}

/** The working tree under `root`. Symlinks are never followed, so no file outside `root` is read. */
export function fsSource(root: string): RepoSource {
  // Files found by the walk are regular files under real folders (the walk never enters a symlink):
  // they need no further check. Any other path (a log named in a manifest) is checked in full.
  const walked = new Set<string>()
  let realRoot: Promise<string> | undefined
  const inside = async (path: string): Promise<string | undefined> => {
    const rel = normalizeRepoPath(path)
    if (rel === undefined) return undefined
    const full = join(root, rel)
    if (walked.has(rel)) return full
    try {
      const st = await lstat(full)
      if (!st.isFile()) return undefined
      // A parent folder may itself be a symlink: compare real paths.
      const [realRootPath, realFile] = await Promise.all([(realRoot ??= realpath(root)), realpath(full)])
      if (realFile !== join(realRootPath, rel)) return undefined
      return full
    } catch {
      return undefined
    }
  }
  return {
    description: `working tree ${root}`,
    async listFiles() {
      const out: string[] = []
      const walk = async (dir: string): Promise<void> => {
        let entries
        try {
          entries = await readdir(dir, { withFileTypes: true })
        } catch {
          return
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : 1))
        for (const e of entries) {
          if (out.length >= MAX_FILES) return
          if (e.isDirectory()) {
            if (!SKIPPED_DIRS.has(e.name)) await walk(join(dir, e.name))
          } else if (e.isFile()) out.push(relative(root, join(dir, e.name)).split(sep).join('/'))
        }
      }
      await walk(root)
      for (const f of out) walked.add(f)
      return out
    },
    async stat(path) {
      const full = await inside(path)
      if (!full) return undefined
      try {
        const st = await lstat(full)
        return st.isFile() ? { size: st.size } : undefined
      } catch {
        return undefined
      }
    },
    async readText(path) {
      const full = await inside(path)
      if (!full) throw new CarbonError([problem('file-missing', { file: path })])
      // O_NOFOLLOW: a file swapped for a symlink after the check is still not followed.
      return decodeUtf8(await readFile(full, { flag: constants.O_RDONLY | constants.O_NOFOLLOW }), path)
    },
    openStream(path): Readable {
      const rel = normalizeRepoPath(path)
      if (rel === undefined) throw new CarbonError([problem('path-outside', { path })])
      try {
        const fd = openSync(join(root, rel), constants.O_RDONLY | constants.O_NOFOLLOW)
        return createReadStream('', { fd, highWaterMark: 1 << 20 })
      } catch (error) {
        const failed = new PassThrough()
        failed.destroy(error as Error)
        return failed
      }
    },
  }
}
