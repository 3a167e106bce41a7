/**
 * The PR comment and the job summary as a reviewer sees them: GitHub-flavoured markdown with
 * GitHub's CSS and Mermaid, in an 872 px comment box, in headless Chromium, light and dark. For the
 * five scenarios of the example repository (real git repositories through the real pipeline):
 * no table overflows, the change column is visible without scrolling, the trend line keeps a
 * contrast of 3:1 against its background, the 50-experiment comment stays under 1,200 px and the
 * no-change comment under 200 px.
 *
 * `npm run screenshots` runs this file with SCREENSHOTS_DIR=docs/images and keeps the PNGs.
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Browser, Page } from 'puppeteer-core'
import { removeRepos } from './support/git-repo.js'
import { buildScenario, SCENARIOS, type Scenario, type ScenarioName } from './support/comment-scenarios.js'
import { chartLines, commentHeight, contrast, launchBrowser, screenshot, setDetailsOpen, showMarkdown, tableBoxes, THEMES, type Theme } from './support/comment-browser.js'

const SHOTS = process.env['SCREENSHOTS_DIR'] ? resolve(process.env['SCREENSHOTS_DIR']) : undefined
const MIN_CONTRAST = 3

let browser: Browser
let page: Page
const built = new Map<ScenarioName, Scenario>()

beforeAll(async () => {
  for (const name of SCENARIOS) built.set(name, await buildScenario(name))
  browser = await launchBrowser()
  page = await browser.newPage()
  if (SHOTS) mkdirSync(SHOTS, { recursive: true })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  removeRepos()
})

interface Seen {
  readonly height: number
  readonly tables: Awaited<ReturnType<typeof tableBoxes>>
  readonly lines: Awaited<ReturnType<typeof chartLines>>
}

/** Renders one markdown, screenshots it (folded, as posted) when asked, then measures it with every fold open. */
async function look(markdown: string, theme: Theme, shot: string): Promise<Seen> {
  await showMarkdown(page, markdown, theme, shot.startsWith('summary') ? 'job summary' : 'commented')
  const height = await commentHeight(page)
  const lines = await chartLines(page)
  if (SHOTS && /^(comment|summary)-/.test(shot)) await screenshot(page, join(SHOTS, `${shot}-${theme}.png`) as `${string}.png`)
  await setDetailsOpen(page, true)
  return { height, lines, tables: await tableBoxes(page) }
}

describe.each(THEMES)('%s theme, 872 px', (theme) => {
  test.each(SCENARIOS)('%s: the comment and the job summary fit the column', async (name) => {
    const s = built.get(name)!
    for (const [what, markdown] of [['comment', s.comment], ['summary', s.summary]] as const) {
      const seen = await look(markdown, theme, `${what}-${name}`)
      for (const t of seen.tables) expect(t.scrollWidth, `${what} ${name}: table "${t.header}" overflows`).toBeLessThanOrEqual(t.clientWidth)
      // The change column, the one that matters, is on screen without scrolling.
      const changes = seen.tables.find((t) => t.header.startsWith('experiment | total | change vs'))
      if (name !== 'unchanged' && what === 'comment') expect(changes, `${name}: no changes table`).toBeDefined()
      if (changes) expect(changes.lastColumnRight).toBeLessThanOrEqual(changes.contentRight)
      // The trend line (the first series) reads against the chart's background.
      if (name !== 'unchanged') {
        expect(seen.lines.length, `${what} ${name}: no trend line`).toBeGreaterThan(0)
        const trend = seen.lines[0]!
        expect(contrast(trend.stroke, trend.background), `${what} ${name}: ${trend.stroke} on ${trend.background}`).toBeGreaterThanOrEqual(MIN_CONTRAST)
      }
      if (what === 'comment' && name === 'many') expect(seen.height).toBeLessThan(1_200)
      if (what === 'comment' && name === 'unchanged') expect(seen.height).toBeLessThan(200)
    }
  }, 120_000)
})

test("the contrast check catches Mermaid's default palette: pale lavender on GitHub's light theme", async () => {
  const chart = built.get('failing')!.comment.replace(/^%%\{init: .*\}%%\n/m, '')
  const seen = await look(chart, 'light', 'default-palette')
  expect(seen.lines.length).toBeGreaterThan(0)
  expect(contrast(seen.lines[0]!.stroke, seen.lines[0]!.background)).toBeLessThan(MIN_CONTRAST)
}, 120_000)
