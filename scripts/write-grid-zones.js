// Writes src/core/data/electricity-maps-zones.ts and ember-ifi.ts from @tgwf/co2: `npm run grid-zones`.
import { readFileSync, writeFileSync } from 'node:fs'
import { COUNTRIES_FILE, gridCountriesSource, gridZonesSource, ZONES_FILE } from './support-grid-zones.js'

const root = new URL('../', import.meta.url)
const { version } = JSON.parse(readFileSync(new URL('node_modules/@tgwf/co2/package.json', root), 'utf8'))
writeFileSync(new URL(ZONES_FILE, root), gridZonesSource(version))
writeFileSync(new URL(COUNTRIES_FILE, root), gridCountriesSource(version))
console.log(`${ZONES_FILE}\n${COUNTRIES_FILE}`)
