// Fuzz: generated manifests, configs and logs (valid ones, mutated) through the real ingest + core
// (lib/, compiled by `npm run compile` or `npm run bench`) and the renderers, in-process. Every
// outcome must be a report with finite figures or structured problems; an uncaught exception, a
// non-finite figure or an error-free refusal fails the run (exit 1) and is printed with its files.
// Usage: node bench/fuzz.js [CASES] [SEED]   (default 100,000 cases, seed 1)
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runFuzz } from './support/fuzz-cases.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const lib = (p) => pathToFileURL(join(root, 'lib', p)).href
if (!existsSync(join(root, 'lib/run/load-report.js'))) throw new Error('lib/ is missing: run `npm run compile` first')
const { loadReport } = await import(lib('run/load-report.js'))
const { decodeUtf8 } = await import(lib('ingest/fs-source.js'))
const { renderReportMarkdown } = await import(lib('render/markdown.js'))
const { renderReportText } = await import(lib('render/text.js'))
const { reportJson } = await import(lib('render/json.js'))

const count = Number(process.argv[2] ?? 100_000)
const seed = Number(process.argv[3] ?? 1)
const render = (report) => {
  renderReportMarkdown(report)
  renderReportText(report)
  JSON.stringify(reportJson(report))
}
const started = performance.now()
const { counts, codes, failures } = await runFuzz({ loadReport, decodeUtf8, render }, {
  count,
  seed,
  onProgress: (n, c) => process.stderr.write(`\r${n.toLocaleString('en-US')} cases, ${c.failures} failures`),
})
process.stderr.write('\r\u001b[K')
const seconds = (performance.now() - started) / 1000
const row = (k, v) => `| ${k.padEnd(34)} | ${String(v).padStart(12)} |`
console.log(`fuzz: node ${process.version}, seed ${seed}, ${seconds.toFixed(1)} s (${Math.round(counts.cases / seconds).toLocaleString('en-US')} cases/s)\n`)
console.log(`| ${'outcome'.padEnd(34)} | ${'cases'.padStart(12)} |\n| ${'-'.repeat(34)} | ${'-'.repeat(11)}: |`)
console.log(row('generated', counts.cases.toLocaleString('en-US')))
console.log(row('  of which mutated', counts.mutated.toLocaleString('en-US')))
console.log(row('report (finite figures, rendered)', counts.reports.toLocaleString('en-US')))
console.log(row('structured problems', counts.problems.toLocaleString('en-US')))
console.log(row('failures (uncaught, non-finite, …)', counts.failures.toLocaleString('en-US')))
console.log(`\nproblem codes: ${Object.entries(codes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')}`)
for (const f of failures) {
  console.log(`\nFAILURE at case ${f.index} (seed ${seed}): ${f.kind}\n${f.detail}\nfiles: ${JSON.stringify(f.files, null, 1).slice(0, 3000)}`)
}
process.exitCode = counts.failures > 0 ? 1 : 0
