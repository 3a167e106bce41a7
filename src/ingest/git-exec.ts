import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { CarbonError, problem, type Problem } from '../core/errors.js'

/** What one git invocation returned. `code` is 0 unless listed in `okCodes`. */
export interface GitResult {
  readonly stdout: Buffer
  readonly code: number
}

export interface GitRunOptions {
  /** Exit codes that are answers, not failures (`merge-base` exits 1 when there is none). */
  readonly okCodes?: readonly number[]
  /** Largest stdout accepted, bytes; more is a `too-large` problem instead of a partial result. */
  readonly maxBytes?: number
}

// Git must never prompt (CI has no terminal), never read the machine's or user's config in ways that
// change output formats, and must not take the index lock on a work tree the user is editing.
const GIT_ENV: Readonly<Record<string, string>> = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  LC_ALL: 'C',
  GIT_PAGER: 'cat',
}

// What git may see of the caller's environment: where it runs, its own settings (GIT_*), and how to
// reach the origin (proxies, certificates). Never the rest: on a runner that holds the token input
// (INPUT_GITHUB-TOKEN), GITHUB_TOKEN and the runtime's own tokens, none of which git needs.
const PASSED = /^(PATH|HOME|TMPDIR|TEMP|TMP|USER|LOGNAME|SYSTEMROOT|XDG_CONFIG_HOME|SSL_CERT_FILE|SSL_CERT_DIR|SSH_AUTH_SOCK|GIT_(?!TERMINAL_PROMPT$)\w+|(?:HTTPS?|NO|ALL)_PROXY|(?:https?|no|all)_proxy)$/

/** The environment every git child gets: the few variables above from the caller's, plus the settings above. */
export function gitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED.test(name)))
  return { ...passed, ...GIT_ENV }
}

const DEFAULT_MAX_BYTES = 256 * 1024 ** 2

/**
 * Runs `git -C dir ...args` without a shell (arguments are an array, so nothing in a ref or path is
 * ever interpreted) and returns its stdout as bytes.
 * @throws CarbonError with one `git` problem whose message summarizes git's stderr
 */
export function runGit(dir: string, args: readonly string[], opts: GitRunOptions = {}): Promise<GitResult> {
  const maxBuffer = opts.maxBytes ?? DEFAULT_MAX_BYTES
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', dir, ...args],
      { encoding: 'buffer', maxBuffer, env: gitEnv(), windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, code: 0 })
        const err = error as NodeJS.ErrnoException & { code?: number | string }
        if (err.code === 'ENOENT') return reject(new CarbonError([gitMissing()]))
        if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          return reject(new CarbonError([problem('git-output-too-large', { command: args[0] ?? '', maxBytes: maxBuffer })]))
        }
        const code = typeof err.code === 'number' ? err.code : -1
        if (opts.okCodes?.includes(code)) return resolve({ stdout, code })
        reject(new CarbonError([gitFailure(args, stderr.toString('utf8'))]))
      },
    )
  })
}

/** Runs git and returns stdout as trimmed UTF-8 text. */
export async function gitText(dir: string, args: readonly string[], opts: GitRunOptions = {}): Promise<string> {
  const { stdout } = await runGit(dir, args, opts)
  return stdout.toString('utf8').trim()
}

/** Starts a long-running git (a blob stream); the caller owns the child. */
export function spawnGit(dir: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', ['-C', dir, ...args], { env: gitEnv(), windowsHide: true })
}

/** `git is not installed` as a problem, for spawn errors. */
export function gitMissing(): Problem {
  return problem('git-missing')
}

/** A failed git call as a problem: the command and the first lines of its stderr, no stack. */
export function gitFailure(args: readonly string[], stderr: string): Problem {
  return problem('git-command-failed', { command: summarizeArgs(args), stderr: summarizeStderr(stderr) })
}

/** The first meaningful lines of git's stderr, without `fatal:`/`error:` prefixes and hints. */
export function summarizeStderr(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('hint:'))
    .map((l) => l.replace(/^(fatal|error|warning): /, ''))
  const text = lines.slice(0, 3).join('; ')
  if (text === '') return 'no message'
  return text.length > 300 ? `${text.slice(0, 297)}...` : text
}

function summarizeArgs(args: readonly string[]): string {
  const shown = args.slice(0, 4).join(' ')
  return args.length > 4 ? `${shown} ...` : shown
}
