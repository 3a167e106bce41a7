/**
 * Escaping of user-supplied strings (experiment names, files, descriptions, defaults, budget globs,
 * branch names) before they reach a PR comment, a job summary, a terminal or a Mermaid chart.
 *
 * The markdown escape leaves no live markdown or HTML: HTML-significant characters become
 * entities, markdown punctuation gets a backslash, line breaks become spaces, and the things GitHub
 * links after rendering (`@user`, `#123`, `GH-1`, URLs) are broken with a zero-width space entity,
 * so a manifest cannot ping anyone, link an issue, or inject an image or a link.
 */

/** Default cap on a user string, in code points, before escaping. */
export const DEFAULT_MAX_CHARS = 120

/** Zero-width space as an HTML entity: invisible in the rendering, breaks GitHub's autolinkers. */
const ZWSP = '&#8203;'

// Bidirectional overrides and isolates ("Trojan Source"), zero-width and other invisible format
// characters: a name should look like what it is.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu
// C0 and C1 controls except tab and line breaks (handled separately).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/gu

export interface EscapeOptions {
  /** Cap in code points before escaping; longer text ends in `…`. Default 120. */
  readonly maxChars?: number
}

/**
 * Flattens to one line, drops controls and invisible characters, and caps the length. Every other
 * escape starts from this.
 */
export function cleanText(text: string, opts: EscapeOptions = {}): string {
  const max = Math.max(1, opts.maxChars ?? DEFAULT_MAX_CHARS)
  const flat = String(text)
    .replace(LINE_BREAK, ' ')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .trim()
  const points = Array.from(flat)
  return points.length <= max ? flat : `${points.slice(0, max - 1).join('').trimEnd()}…`
}

/** Characters with a meaning in GitHub markdown (CommonMark, GFM tables, strikethrough, math). */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!~|{}$^]/g

/**
 * Escapes a user string for GitHub markdown: inline text or a table cell.
 * @example escapeMarkdown('@octocat <b>x</b> | *y*') // '@&#8203;octocat &lt;b&gt;x&lt;/b&gt; \\| \\*y\\*'
 */
export function escapeMarkdown(text: string, opts: EscapeOptions = {}): string {
  let out = cleanText(text, opts)
    // entities first, so the `&` of our own entities is not escaped again
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
  // autolinks GitHub adds after rendering: mentions, issue refs, commit-ish refs, URLs, e-mails
  out = out
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`)
    .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`)
  // block syntax only matters at the start of a line; a cell or heading can start with user text
  out = out.replace(/^([-+=>])/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  return out
}

/**
 * A user string inside an inline code span: backticks cannot be escaped there, so they are
 * replaced; the span is padded when the text starts or ends with a space. Mentions do not fire
 * inside code, and `|` still splits a table row, so it is replaced too.
 */
export function escapeCodeSpan(text: string, opts: EscapeOptions = {}): string {
  const body = cleanText(text, opts).replace(/`/g, 'ˋ').replace(/\|/g, '¦')
  return body === '' ? '` `' : `\`${body}\``
}

/**
 * The key of a hidden HTML-comment marker (`<!-- carbon-budget:KEY -->`): only characters that can
 * neither close the comment nor confuse a search are kept.
 */
export function escapeMarkerKey(key: string): string {
  return cleanText(key, { maxChars: 64 }).replace(/[^A-Za-z0-9._/:-]/g, '_')
}

/**
 * A label inside a double-quoted Mermaid string. Mermaid has no escape for `"` in xychart labels,
 * and `%%`, `#` and brackets are syntax in some diagram types, so anything outside a plain set is
 * replaced by `_`.
 */
export function escapeMermaidLabel(text: string, opts: EscapeOptions = {}): string {
  return cleanText(text, { maxChars: opts.maxChars ?? 40 }).replace(/[^\p{L}\p{N} .:/+_\-'…]/gu, '_')
}

/**
 * A user string for a terminal or a CI log: ANSI escapes and controls cannot reach the terminal,
 * and GitHub's workflow commands (`::error::`, `::stop-commands::`) cannot start a line.
 */
export function escapeTerminal(text: string, opts: EscapeOptions = {}): string {
  return cleanText(String(text).replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, ''), opts).replace(/::/g, ':\u200b:')
}

/**
 * An https URL for a markdown link target, or `undefined` when it is not one: a `javascript:` or
 * relative target never becomes a link.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'https:') return undefined
  // percent-encode what would end the link or the table cell
  return parsed.href.replace(/[()|<> "'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
