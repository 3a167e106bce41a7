#!/usr/bin/env node
// The CLI ships prebuilt in dist/cli (committed), so `npx carbon-budget` works after a plain install.
import '../dist/cli/index.js'
