import { posix } from 'node:path'

/**
 * Resolves a path written in a manifest (relative to the manifest's folder) to a repo-relative
 * POSIX path, or says why it cannot be read: absolute paths, `..` that climbs out of the
 * repository, NUL bytes and backslashes are refused. Symlinks are refused where files are read.
 */
export function resolveRepoPath(written: string, manifestFile: string): { path: string } | { error: string } {
  if (written.includes('\0')) return { error: 'contains a NUL byte' }
  if (written.includes('\\')) return { error: 'uses backslashes; write paths with "/"' }
  if (posix.isAbsolute(written) || /^[A-Za-z]:/.test(written)) return { error: 'is absolute; write it relative to the manifest\'s folder' }
  const joined = posix.normalize(posix.join(posix.dirname(manifestFile), written))
  if (joined === '..' || joined.startsWith('../') || joined === '.') return { error: 'leaves the repository' }
  return { path: joined }
}

/** Normalizes a repo-relative path from a listing; undefined when it would leave the repository. */
export function normalizeRepoPath(path: string): string | undefined {
  const p = posix.normalize(path.replace(/\\/g, '/'))
  if (p.startsWith('../') || p === '..' || posix.isAbsolute(p) || p.includes('\0')) return undefined
  return p
}
