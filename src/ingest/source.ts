import type { Readable } from 'node:stream'

/**
 * The files of a repository as one version of it: the working tree, or a commit read from git
 * objects. Everything ingest reads goes through this, so head and base are read the same way.
 * Paths are repo-relative POSIX paths; a path that would leave the repository is never opened.
 */
export interface RepoSource {
  /** `working tree /path/to/repo` or `commit 1a2b3c4`: for messages. */
  readonly description: string
  /** Regular files (no symlinks, no submodules), skipping `.git` and `node_modules`. */
  listFiles(): Promise<readonly string[]>
  /** Size of a regular file in the repository, or undefined when there is none at that path. */
  stat(path: string): Promise<{ readonly size: number } | undefined>
  /** The whole file as text (UTF-8, validated); for manifests, configs and small series. */
  readText(path: string): Promise<string>
  /** A byte stream of the file; for logs, read line by line without holding the file. */
  openStream(path: string): Readable
  /**
   * An id that changes whenever the file's bytes change (a git blob id), or undefined when the
   * source cannot tell cheaply (a working tree). Lets a reader reuse work across commits.
   */
  contentId?(path: string): Promise<string | undefined>
}
