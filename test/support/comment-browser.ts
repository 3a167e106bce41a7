/// <reference lib="dom" />
/**
 * Renders markdown the way a reviewer sees it on GitHub: a GitHub-flavoured markdown renderer
 * (marked, GFM), GitHub's markdown CSS (github-markdown-css, light or dark), Mermaid for ```mermaid
 * blocks (GitHub's `default` and `dark` themes), in a comment box 872 px wide (the conversation
 * column), in headless Chromium (the Debian package) driven by puppeteer-core. Measures what the
 * browser tests assert, and takes the screenshots of `npm run screenshots`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { marked } from 'marked'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'

const require = createRequire(import.meta.url)

export type Theme = 'light' | 'dark'
export const THEMES: readonly Theme[] = ['light', 'dark']

/** GitHub's conversation column: the width of a comment box. */
export const COLUMN_PX = 872

/** Page and box colours of GitHub's light and dark themes (Primer `canvas.default`, `border.default`). */
export const PAGE: Readonly<Record<Theme, { readonly background: string; readonly border: string; readonly header: string; readonly muted: string }>> = {
  light: { background: '#ffffff', border: '#d0d7de', header: '#f6f8fa', muted: '#59636e' },
  dark: { background: '#0d1117', border: '#30363d', header: '#151b23', muted: '#9198a1' },
}

/** Chromium from the Debian package, or `CHROMIUM_PATH`. */
export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
  if (!existsSync(path)) throw new Error(`no Chromium at ${path}: install the Debian package (apt-get install -y chromium) or set CHROMIUM_PATH`)
  return path
}

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--hide-scrollbars'],
  })
}

const css = (theme: Theme): string => readFileSync(require.resolve(`github-markdown-css/github-markdown-${theme}.css`), 'utf8')

/** The page: a comment box with a header line and the rendered markdown, in GitHub's colours. */
export function pageHtml(markdown: string, theme: Theme, title: string): string {
  const p = PAGE[theme]
  const body = marked.parse(markdown, { gfm: true, async: false })
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css(theme)}</style><style>
body { margin: 0; padding: 16px; background: ${p.background}; width: ${COLUMN_PX + 32}px; }
.comment { box-sizing: border-box; width: ${COLUMN_PX}px; border: 1px solid ${p.border}; border-radius: 6px; background: ${p.background}; }
.comment-header { padding: 8px 16px; background: ${p.header}; border-bottom: 1px solid ${p.border}; border-radius: 6px 6px 0 0;
  font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: ${p.muted}; }
.comment-header b { color: ${theme === 'light' ? '#1f2328' : '#f0f6fc'}; }
.markdown-body { padding: 16px; }
.mermaid-chart svg { display: block; margin: 0 auto; }
</style></head><body><div class="comment"><div class="comment-header"><b>github-actions</b> bot ${title}</div>
<div class="markdown-body" id="body">${body}</div></div></body></html>`
}

/** Replaces each ```mermaid block with its rendered SVG, as GitHub does, in the page's theme. */
async function renderMermaid(page: Page, theme: Theme): Promise<void> {
  if ((await page.$('code.language-mermaid')) === null) return
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
  const errors = await page.evaluate(async (mermaidTheme: string) => {
    const mermaid = (window as unknown as { mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid
    mermaid.initialize({ startOnLoad: false, theme: mermaidTheme })
    const failed: string[] = []
    const blocks = [...document.querySelectorAll('code.language-mermaid')]
    for (const [i, code] of blocks.entries()) {
      const pre = code.parentElement!
      try {
        const { svg } = await mermaid.render(`chart-${i}`, code.textContent ?? '')
        const div = document.createElement('div')
        div.className = 'mermaid-chart'
        div.innerHTML = svg
        pre.replaceWith(div)
      } catch (error) {
        failed.push(String(error))
      }
    }
    return failed
  }, theme === 'dark' ? 'dark' : 'default')
  if (errors.length > 0) throw new Error(`Mermaid could not render: ${errors.join('; ')}`)
}

/** Loads `markdown` into the page as a comment in `theme`, charts rendered. */
export async function showMarkdown(page: Page, markdown: string, theme: Theme, title = 'commented'): Promise<void> {
  await page.setViewport({ width: COLUMN_PX + 32, height: 800, deviceScaleFactor: 1 })
  await page.setContent(pageHtml(markdown, theme, title), { waitUntil: 'load' })
  await renderMermaid(page, theme)
}

/** Opens (or closes) every `<details>`, to measure what is folded. */
export function setDetailsOpen(page: Page, open: boolean): Promise<void> {
  return page.evaluate((o: boolean) => document.querySelectorAll('details').forEach((d) => (d.open = o)), open)
}

export interface TableBox {
  /** The header's text, cells joined by ` | `. */
  readonly header: string
  readonly scrollWidth: number
  readonly clientWidth: number
  /** Right edge of the last header cell, and of the comment's content box, in page pixels. */
  readonly lastColumnRight: number
  readonly contentRight: number
}

/** Every rendered table (details must be open to include folded ones). */
export function tableBoxes(page: Page): Promise<TableBox[]> {
  return page.evaluate(() => {
    const body = document.getElementById('body')!
    const style = getComputedStyle(body)
    const contentRight = body.getBoundingClientRect().right - parseFloat(style.paddingRight)
    return [...body.querySelectorAll('table')]
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => {
        const cells = [...t.querySelectorAll('thead th')]
        return {
          header: cells.map((c) => (c.textContent ?? '').trim()).join(' | '),
          scrollWidth: t.scrollWidth,
          clientWidth: t.clientWidth,
          lastColumnRight: cells.at(-1)?.getBoundingClientRect().right ?? 0,
          contentRight,
        }
      })
  })
}

/** Height of the whole comment box, px. */
export function commentHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.comment')!.getBoundingClientRect().height)
}

export interface ChartLine {
  /** Computed stroke colour, `rgb(r, g, b)`. */
  readonly stroke: string
  /** The colour behind it: the chart's own background rectangle when it paints one, else the page's. */
  readonly background: string
}

/** The line series of each rendered xychart. */
export function chartLines(page: Page): Promise<ChartLine[]> {
  return page.evaluate(() => {
    const opaque = (c: string): boolean => c !== '' && c !== 'none' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)
    const pageBackground = (el: Element): string => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor
        if (opaque(bg)) return bg
      }
      return 'rgb(255, 255, 255)'
    }
    const out: { stroke: string; background: string }[] = []
    for (const svg of document.querySelectorAll('.mermaid-chart svg')) {
      const rect = svg.querySelector('.background rect, rect.background, g.background > rect')
      const fill = rect ? getComputedStyle(rect).fill : ''
      const background = opaque(fill) ? fill : pageBackground(svg)
      for (const path of svg.querySelectorAll('[class*="line-plot"] path')) out.push({ stroke: getComputedStyle(path).stroke, background })
    }
    return out
  })
}

/** WCAG contrast ratio of two `rgb(...)` or `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const channels = (c: string): number[] => {
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c)
    const rgb = hex ? hex.slice(1).map((x) => parseInt(x, 16)) : (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
    if (rgb.length !== 3 || rgb.some((x) => !Number.isFinite(x))) throw new Error(`not a colour: ${c}`)
    return rgb
  }
  const luminance = (c: string): number => {
    const [r, g, b] = channels(c).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** A PNG of the comment box. */
export async function screenshot(page: Page, path: `${string}.png`): Promise<void> {
  const box = await page.$('.comment')
  if (!box) throw new Error('no comment box on the page')
  await box.screenshot({ path })
}
