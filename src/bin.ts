import { main } from './cli.js'

// The only place that touches the process: argv in, exit code out. Never a stack trace for input.
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: process.stderr.isTTY === true && process.env['CI'] === undefined,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`carbon-budget: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report it with the command you ran.\n`)
    process.exitCode = 2
  },
)
