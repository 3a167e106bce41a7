import { run } from './main.js'

// The action's entry: everything is in run(), so tests can import it without side effects.
await run()
