import { execFileSync, type ExecFileSyncOptions } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = new URL('../..', import.meta.url).pathname

/**
 * The environment of a user's shell: no `npm_*` variables inherited from the `npm test` that runs
 * us (they would point npm at this repository's package.json and config).
 */
export function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)))
}

export interface Installed {
  /** The folder of the app the tarball was installed into (`node_modules/carbon-budget` inside). */
  readonly app: string
  readonly tarball: string
  /** Runs a command in `cwd` (default: the app) as a user would, returning stdout; throws on exit != 0. */
  readonly run: (command: string, args: readonly string[], cwd?: string) => string
  readonly remove: () => void
}

/**
 * `npm pack` of this repository (its `prepack` compiles lib/), then `npm install` of the tarball into
 * an empty app folder without dev dependencies. The install prefers npm's local cache (filled by
 * `npm ci`) so it runs the same offline and online.
 */
export function packAndInstall(): Installed {
  const work = mkdtempSync(join(tmpdir(), 'cb-pack-'))
  const env = userEnv()
  const opts = (cwd: string): ExecFileSyncOptions => ({ cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 ** 2 })
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], opts(ROOT)) as string) as { filename: string }[]
  const tarball = join(work, packed[0]!.filename)
  const app = join(work, 'app')
  execFileSync('mkdir', [app])
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ml-lab', private: true }) + '\n')
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--omit=dev', tarball], opts(app))
  return {
    app,
    tarball,
    run: (command, args, cwd = app) => {
      try {
        return execFileSync(command, [...args], opts(cwd)) as string
      } catch (error) {
        const e = error as { status?: number; stdout?: string; stderr?: string }
        throw new Error(`${command} ${args.join(' ')} exited ${e.status}\n${e.stdout ?? ''}${e.stderr ?? ''}`)
      }
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  }
}

/** Names installed in an app's node_modules (scoped packages as `@scope/name`). */
export function installedPackages(app: string): string[] {
  const dir = join(app, 'node_modules')
  return readdirSync(dir).filter((n) => !n.startsWith('.')).flatMap((n) => (n.startsWith('@') ? readdirSync(join(dir, n)).map((m) => `${n}/${m}`) : [n]))
}
