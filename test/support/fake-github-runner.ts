/**
 * Runs the committed bundle `dist/index.js` in a child process the way the Actions runner does:
 * every input of `action.yml` as `INPUT_<NAME>` (upper case, spaces to `_`, dashes kept) with its
 * default unless overridden, the event payload in `GITHUB_EVENT_PATH`, empty `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY` files, `RUNNER_TEMP`, and `GITHUB_API_URL` pointing at a fake GitHub.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

export const ROOT = resolve(import.meta.dirname, '..', '..')
/** The committed bundle; `CARBON_BUDGET_ENTRY` points the harness at another build (a local experiment). */
export const DIST_ENTRY = process.env['CARBON_BUDGET_ENTRY'] ? resolve(process.env['CARBON_BUDGET_ENTRY']) : join(ROOT, 'dist', 'index.js')

export interface ActionRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Readonly<Record<string, string>>
  readonly summary: string
  readonly runnerTemp: string
  /** When the process ended, epoch ms; and how long it ran. */
  readonly endedAt: number
  readonly wallMs: number
}

export interface RunActionOptions {
  /** The checked-out workspace (cwd and `GITHUB_WORKSPACE`). */
  readonly workspace: string
  readonly apiUrl: string
  readonly token: string
  readonly eventName: string
  readonly payload: unknown
  /** `GITHUB_SHA`: on pull_request the merge commit, on push the pushed commit. */
  readonly sha: string
  readonly ref: string
  readonly repository: string
  /** Inputs by their action.yml names (`fail-on`), over the defaults. */
  readonly inputs?: Readonly<Record<string, string>>
  readonly runId?: number
  readonly timeoutMs?: number
  /** More environment variables (`CARBON_BUDGET_RETRY_BASE_MS` to shrink retry waits). */
  readonly env?: Readonly<Record<string, string>>
}

interface ActionYml { readonly inputs?: Readonly<Record<string, { readonly default?: unknown }>> }

/** `INPUT_FAIL-ON` for `fail-on`: what `@actions/core`'s getInput reads. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

function inputEnv(token: string, overrides: Readonly<Record<string, string>>): Record<string, string> {
  const yml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    // The runner evaluates expressions in defaults; the only one action.yml uses is the token.
    const raw = spec.default === undefined ? '' : String(spec.default)
    env[inputVariable(name)] = raw.includes('github.token') ? token : raw
  }
  for (const [name, value] of Object.entries(overrides)) env[inputVariable(name)] = value
  return env
}

/** Parses `name<<delimiter` blocks of a `GITHUB_OUTPUT` file as the runner does. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of text.matchAll(/^(.+?)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm)) out[m[1] ?? ''] = m[3] ?? ''
  return out
}

const temps: string[] = []

/** Deletes every `RUNNER_TEMP` made in this test file (call from `afterAll`). */
export function removeRunnerTemps(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
}

export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'cb-runner-'))
  temps.push(temp)
  const file = (name: string, content = ''): string => {
    const p = join(temp, name)
    writeFileSync(p, content)
    return p
  }
  const [owner = ''] = opts.repository.split('/')
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? temp,
    // Keep the git isolation of test/support/git-repo.ts: no machine config in the child either.
    ...Object.fromEntries(Object.entries(process.env).filter(([k, v]) => k.startsWith('GIT_') && v !== undefined) as [string, string][]),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: file('event.json', JSON.stringify(opts.payload, null, 2)),
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
    GITHUB_RUN_ID: String(opts.runId ?? 4242),
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'carbon',
    GITHUB_JOB: 'carbon',
    GITHUB_ACTION: 'carbon-budget',
    GITHUB_ACTOR: 'octocat',
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary.md'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_STATE: file('state'),
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...inputEnv(opts.token, opts.inputs ?? {}),
    ...opts.env,
  }
  const started = Date.now()
  const child = spawn(process.execPath, [DIST_ENTRY], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8') })
  child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8') })
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 25_000)
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)))
  clearTimeout(timer)
  const endedAt = Date.now()
  return {
    code, stdout, stderr, runnerTemp: temp, endedAt, wallMs: endedAt - started,
    outputs: parseOutputFile(readFileSync(env['GITHUB_OUTPUT'] ?? '', 'utf8')),
    summary: readFileSync(env['GITHUB_STEP_SUMMARY'] ?? '', 'utf8'),
  }
}
