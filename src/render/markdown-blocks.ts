/**
 * A small block model for GitHub markdown: sections are built as data (rows, items), and only
 * `serializeBlocks` turns them into text, so folding rows never cuts a string. Every `text`, cell and
 * item is markdown the renderer produced: user strings must be escaped before they get here.
 */
import { markdownTable } from 'markdown-table'

export type Block =
  | { readonly kind: 'heading'; readonly level: 2 | 3 | 4; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly align?: readonly ('l' | 'r' | 'c')[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'code'; readonly lang: string; readonly text: string }
  | { readonly kind: 'details'; readonly summary: string; readonly blocks: readonly Block[] }

function serializeBlock(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${b.text}`
    case 'paragraph':
      return b.text
    case 'table':
      // Unaligned delimiters: padding every cell to the widest would multiply a big table's size.
      return markdownTable([b.header, ...b.rows], { alignDelimiters: false, ...(b.align ? { align: b.align } : {}) })
    case 'list':
      return b.items.map((i) => `- ${i}`).join('\n')
    case 'code': {
      // A fence longer than any backtick run inside, so the content cannot close it.
      const longest = Math.max(2, ...(b.text.match(/`+/g) ?? []).map((r) => r.length))
      const fence = '`'.repeat(longest + 1)
      return `${fence}${b.lang}\n${b.text}\n${fence}`
    }
    case 'details':
      // Blank lines around the content: GitHub renders markdown inside <details> only then.
      return `<details><summary>${b.summary}</summary>\n\n${serializeBlocks(b.blocks)}\n\n</details>`
  }
}

/** Markdown text of the blocks, separated by blank lines. */
export function serializeBlocks(blocks: readonly Block[]): string {
  return blocks.map(serializeBlock).join('\n\n')
}
