// Prints the CHANGELOG.md section of one version (`## 0.2.0 - 2026-12-01` up to the next `## `):
// the release notes the release workflow publishes. Exit 1 when the version has no section, so a
// tag without its changelog entry fails before anything is released.
import { readFileSync } from 'node:fs'

const version = process.argv[2]
if (!version) {
  console.error('usage: node scripts/release-notes.js VERSION (e.g. 0.2.0)')
  process.exit(2)
}
const lines = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8').split('\n')
const start = lines.findIndex((l) => l.startsWith(`## ${version} `) || l === `## ${version}`)
if (start < 0) {
  console.error(`CHANGELOG.md has no "## ${version} - DATE" section: add the release's changes under it, then tag`)
  process.exit(1)
}
const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
const body = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim()
if (!body) {
  console.error(`CHANGELOG.md's section for ${version} is empty`)
  process.exit(1)
}
process.stdout.write(body + '\n')
