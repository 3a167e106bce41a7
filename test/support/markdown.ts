// Reading the docs' markdown in tests: sections, tables and fenced code blocks.

/** The text under a heading (up to the next heading of the same or a higher level). */
export function section(md: string, heading: string): string {
  const lines = md.split('\n')
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.replace(/^#+ /, '') === heading)
  if (start < 0) throw new Error(`no heading "${heading}"`)
  const level = /^#+/.exec(lines[start]!)![0].length
  const end = lines.findIndex((l, i) => i > start && /^#{1,6} /.test(l) && /^#+/.exec(l)![0].length <= level)
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** Body rows of the first markdown table in `md`, as trimmed cells (backticks removed). */
export function tableRows(md: string): string[][] {
  const rows = md.split('\n').filter((l) => l.startsWith('|'))
  return rows.slice(2).map((l) => l.slice(1, -1).split('|').map((c) => c.trim().replace(/^`(.*)`$/, '$1')))
}

export interface Block {
  readonly lang: string
  readonly text: string
  /** `<!-- key: a=b c=d -->` on the line before the fence. */
  readonly annotation?: { readonly kind: string; readonly attrs: Record<string, string> }
  /** The first non-empty line after the closing fence. */
  readonly after: string
}

export function codeBlocks(md: string): Block[] {
  const lines = md.split('\n')
  const out: Block[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)/.exec(lines[i]!)
    if (!open) continue
    const close = lines.findIndex((l, j) => j > i && l.startsWith('```'))
    const note = /^<!-- ([\w-]+): (.*) -->$/.exec(lines[i - 1] ?? '')
    const after = lines.slice(close + 1).find((l) => l.trim() !== '') ?? ''
    out.push({
      lang: open[1]!,
      text: lines.slice(i + 1, close).join('\n') + '\n',
      ...(note ? { annotation: { kind: note[1]!, attrs: Object.fromEntries(note[2]!.split(/\s+/).map((kv) => kv.split('=') as [string, string])) } } : {}),
      after,
    })
    i = close
  }
  return out
}
