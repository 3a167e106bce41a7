import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { MAX_HISTORY, parseHistory } from './core/config.js'
import { formatProblem, type Problem } from './core/errors.js'
import type { MeasureProgress } from './ingest/measure.js'
import { COMMANDS } from './commands/index.js'
// The pipeline and the renderers are imported when a command runs, and only the ones it needs:
// `--help` and a usage error load none of them, `report` never loads the check path (start-up).

/** pass | a budget failed under fail-on | bad input or usage */
export type Exit = 0 | 1 | 2

/** The world the CLI touches, injected so tests run it in-process. */
export interface Io {
  readonly cwd: string
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Progress of long log reads; the bin draws it on a terminal only (never in JSON or CI logs). */
  readonly onProgress?: (progress: MeasureProgress) => void
  /** The terminal's width, when stdout is one: text output wraps at it. */
  readonly columns?: number
  /** Resolves once stdout has taken what was written (a pipe to a slower reader): streamed output waits on it. */
  readonly drained?: () => Promise<void>
}

const USAGE = `Usage:
  carbon-budget report [DIR] [--config FILE] [--format text|markdown|json]
  carbon-budget check [DIR] --base REF [--head REF] [--history N] [--config FILE] [--format text|markdown|json]

${[...COMMANDS.values()].map((c) => `  ${c.usage}`).join('\n')}

report  the footprint of the experiments in DIR (default: the current folder)
check   head vs base with budgets and the base branch's trend; exit 0 pass, 1 a budget failed under fail-on, 2 bad input
${[...COMMANDS.values()].map((c) => `${c.name.padEnd(7)} ${c.summary}`).join('\n')}`

type Format = 'text' | 'markdown' | 'json'

/**
 * Runs one command. Never throws for bad input: problems go to stderr with file, line and field.
 * @returns the exit code; only the bin sets `process.exitCode`.
 */
export async function main(argv: readonly string[], io: Io): Promise<Exit> {
  const [command, ...rest] = argv
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n')
    return command === undefined ? 2 : 0
  }
  // init, validate, explain: src/commands/, each parsing its own arguments.
  const other = COMMANDS.get(command)
  if (other) return other.run(rest, { ...io, usage: (message) => usage(io, message) })
  let parsed
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        base: { type: 'string' },
        head: { type: 'string' },
        history: { type: 'string' },
      },
    })
  } catch (error) {
    io.stderr(`carbon-budget: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  const format = values.format as Format
  if (!['text', 'markdown', 'json'].includes(format)) return usage(io, `--format must be text, markdown or json, not "${format}"`)
  if (positionals.length > 1) return usage(io, `one DIR at most, got ${positionals.length}: ${positionals.join(' ')}`)
  const dir = resolve(io.cwd, positionals[0] ?? '.')
  const progress = io.onProgress

  if (command === 'report') {
    if (values.base !== undefined || values.head !== undefined || values.history !== undefined) return usage(io, '--base, --head and --history belong to check')
    const { runReport, streamReport } = await import('./run/report.js')
    const opts = { dir, ...(values.config !== undefined ? { configPath: values.config } : {}), ...(progress ? { onProgress: progress } : {}) }
    if (format === 'json') {
      // Streamed, a batch of experiments at a time, each assessed as it is written: a large repo's
      // JSON is never one string, nor its results one array.
      const loaded = await streamReport(opts)
      if (!loaded.stream) return fail(io, loaded.problems)
      warn(io, loaded.problems)
      const { reportJsonStream } = await import('./render/json.js')
      const { start, experiments, end } = loaded.stream
      let batch = ''
      for (const piece of reportJsonStream(start, experiments, end)) {
        batch += piece
        if (batch.length > OUTPUT_BATCH_CHARS) {
          io.stdout(batch)
          batch = ''
          await io.drained?.()
        }
      }
      io.stdout(`${batch}\n`)
    } else {
      const loaded = await runReport(opts)
      if (!loaded.report) return fail(io, loaded.problems)
      warn(io, loaded.problems)
      const r = loaded.report
      // Budgets in the config: judged on this tree alone (no base, so the increase budget does not apply).
      const b = loaded.config.budgets
      const hasBudgets = b.total !== undefined || Object.keys(b.phases).length > 0 || b.experiments.length > 0 || b.sci.length > 0
      const budgets = hasBudgets ? (await import('./compare/compare.js')).compare(undefined, r, b, { failOn: loaded.config.failOn }).budgets.filter((x) => x.kind !== 'increase') : []
      if (format === 'markdown') io.stdout(lines((await import('./render/markdown.js')).renderReportMarkdown(r, { budgets })))
      else io.stdout(lines((await import('./render/text.js')).renderReportText(r, { budgets, ...(io.columns === undefined ? {} : { width: io.columns }) })))
    }
    return 0
  }
  if (command === 'check') {
    if (values.base === undefined) return usage(io, 'check needs --base REF (the branch or commit to compare against)')
    const history = values.history === undefined ? undefined : parseHistory(values.history)
    if (values.history !== undefined && history === undefined) return usage(io, `--history takes a whole number from 0 to ${MAX_HISTORY}, not "${values.history}"`)
    const { runCheck } = await import('./run/check.js')
    const result = await runCheck({
      repoDir: dir,
      baseRef: values.base,
      ...(values.head !== undefined ? { headRef: values.head } : {}),
      ...(history !== undefined ? { history } : {}),
      ...(values.config !== undefined ? { configPath: values.config } : {}),
      ...(progress ? { onProgress: progress } : {}),
    })
    if (!result.comparison) return fail(io, result.problems)
    warn(io, result.problems)
    const c = result.comparison
    if (format === 'json') io.stdout(lines(JSON.stringify((await import('./render/json.js')).checkJson(c), null, 2)))
    else if (format === 'markdown') io.stdout(lines((await import('./render/markdown.js')).renderCheckMarkdown(c)))
    else io.stdout(lines((await import('./render/text.js')).renderCheckText(c, io.columns === undefined ? {} : { width: io.columns })))
    return c.verdict === 'fail' ? 1 : 0
  }
  return usage(io, `unknown command "${command}"; expected report, check or ${[...COMMANDS.keys()].join(', ')}`)
}

const OUTPUT_BATCH_CHARS = 1 << 16

/** Output ends with exactly one newline, whatever the renderer returned (a loop: `/\n*$/` retries at every position of a long text). */
function lines(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--
  return `${text.slice(0, end)}\n`
}

function usage(io: Io, message: string): Exit {
  io.stderr(`carbon-budget: ${message}\n\n${USAGE}\n`)
  return 2
}

function fail(io: Io, problems: readonly Problem[]): Exit {
  const errors = problems.filter((p) => p.severity === 'error')
  io.stderr(problems.map(formatProblem).join('\n') + `\n\ncarbon-budget: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was computed.\n`)
  return 2
}

function warn(io: Io, problems: readonly Problem[]): void {
  const warnings = problems.filter((p) => p.severity === 'warning')
  if (warnings.length) io.stderr(warnings.map(formatProblem).join('\n') + '\n')
}
