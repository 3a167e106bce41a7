import { describe, expect, test } from 'vitest'
import hostileStrings from './fixtures/reports/hostile-strings.json' with { type: 'json' }
import { marked } from 'marked'
import fc from 'fast-check'
import { cleanText, escapeCodeSpan, escapeMarkdown, escapeMermaidLabel, escapeTerminal, safeUrl } from '../src/render/escape.js'

const hostile: readonly string[] = hostileStrings.strings

/** Markdown → HTML with GitHub's flavour (tables, autolinks, strikethrough). */
const html = (md: string): string => marked.parse(md, { gfm: true, async: false })

/** The text a reader sees: tags dropped, entities decoded, zero-width spaces removed. */
function visibleText(h: string): string {
  return decoded(h).replace(/\u200b/g, '').trim()
}

/** Tags dropped and entities decoded, zero-width spaces kept (they are what breaks autolinks). */
function decoded(h: string): string {
  return h
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

describe('escapeMarkdown', () => {
  test.each(hostile)('renders %j as inert text with the same visible characters', (s) => {
    const escaped = escapeMarkdown(s, { maxChars: 500 })
    const out = html(escaped)
    // only the paragraph marked wraps plain text in: no other element, no link, no image
    expect(out.trim()).toMatch(/^<p>[^<]*<\/p>$/)
    // what a reader sees is the cleaned input, character for character
    expect(visibleText(out)).toBe(cleanText(s, { maxChars: 500 }))
  })

  test.each(hostile)('keeps a table row of %j at three cells', (s) => {
    const row = `| ${escapeMarkdown(s)} | x | y |`
    const out = html(`| a | b | c |\n| - | - | - |\n${row}`)
    expect(out.match(/<td>/g)).toHaveLength(3)
    expect(out).not.toMatch(/<(a|img|script|code|em|strong|del|h\d|li|blockquote)[\s>]/)
  })

  test('no mention or issue reference survives as plain text GitHub would link', () => {
    for (const s of hostile) {
      const seen = decoded(html(escapeMarkdown(s)))
      expect(seen).not.toMatch(/(^|[^\u200b])@[A-Za-z0-9]/)
      expect(seen).not.toMatch(/#\d|GH-\d/i)
      expect(seen).not.toMatch(/https?:\/\/|www\./)
    }
  })

  test('property: any string renders as one inert paragraph with its visible text kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (s) => {
        const cleaned = cleanText(s, { maxChars: 500 })
        fc.pre(cleaned !== '')
        const out = html(escapeMarkdown(s, { maxChars: 500 }))
        expect(out.trim()).toMatch(/^<p>[^<]*<\/p>$/)
        expect(visibleText(out)).toBe(cleaned)
      }),
      { numRuns: 400 },
    )
  })

  test('caps the length in code points before escaping, ending in an ellipsis', () => {
    const long = '🚀'.repeat(300)
    const capped = escapeMarkdown(long, { maxChars: 50 })
    expect(Array.from(capped)).toHaveLength(50)
    expect(capped.endsWith('…')).toBe(true)
    expect(escapeMarkdown('short', { maxChars: 50 })).toBe('short')
  })

  test('leaves ordinary names readable', () => {
    expect(escapeMarkdown('llama-7b-pretrain')).toBe('llama-7b-pretrain')
    expect(escapeMarkdown('duration 40.25 h')).toBe('duration 40.25 h')
    expect(escapeMarkdown('1. ordered')).toBe('1\\. ordered')
  })
})

describe('other media', () => {
  test('code spans cannot be closed or split a table', () => {
    expect(escapeCodeSpan('a`b|c')).toBe('`aˋb¦c`')
    expect(html(`| ${escapeCodeSpan('x`|`y')} | z |\n| - | - |\n| 1 | 2 |`).match(/<th>/g)).toHaveLength(2)
  })

  test('terminal text loses ANSI sequences, controls and workflow commands', () => {
    const out = escapeTerminal('::error file=a::x\u001b[31mred\u001b[0m\u0007\nnext')
    expect(out).not.toMatch(/\u001b|\u0007|\n/)
    expect(out.startsWith('::')).toBe(false)
    expect(out).toContain('red')
  })

  test('mermaid labels keep only plain characters', () => {
    for (const s of hostile) expect(escapeMermaidLabel(s)).toMatch(/^[\p{L}\p{N} .:/+_\-'…]*$/u)
  })

  test('only https URLs become link targets, with nothing that ends the link', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('http://example.org')).toBeUndefined()
    expect(safeUrl('/relative')).toBeUndefined()
    expect(safeUrl('https://example.org/a (b)|c')).toBe('https://example.org/a%20%28b%29%7Cc')
  })
})
