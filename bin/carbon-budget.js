#!/usr/bin/env node
// The CLI ships prebuilt in dist/cli (committed), so `npx carbon-budget` works after a plain install.
// V8's compile cache (Node 22.1+) spares repeated runs from recompiling the bundle; older Nodes skip it.
import module from 'node:module'

module.enableCompileCache?.()
await import('../dist/cli/index.js')
