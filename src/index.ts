import { run } from './main.js'

// The action's entry: everything is in run(), so tests can import it without side effects. The
// process ends when the run does: a retry still sleeping past the publishing deadline must not hold it.
await run()
process.exit()
