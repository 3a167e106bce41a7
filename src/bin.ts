import { once } from 'node:events'
import { isatty } from 'node:tty'
import { main } from './cli.js'
import { createTtyProgress } from './cli-progress.js'

// process.stderr is a stream built on first touch (a few ms of start-up): asked whether it is a
// terminal by its descriptor, it is built only when something is written to it.
const progress = createTtyProgress({ isTTY: isatty(2), write: (s) => process.stderr.write(s) }, process.env, Date.now)

// `carbon-budget report | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// The only place that touches the process: argv in, exit code out. Never a stack trace for input.
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  onProgress: progress.onProgress,
  ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
  // A pipe takes writes asynchronously: without waiting, a large JSON would queue whole in memory.
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
}).then(
  (code) => {
    progress.done()
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`carbon-budget: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report it with the command you ran.\n`)
    process.exitCode = 2
  },
)
