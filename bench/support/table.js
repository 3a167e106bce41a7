// A plain-text table for benchmark output (markdown-compatible, columns padded).
/**
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('l'|'r')[]} align
 */
export function table(header, rows, align) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const cell = (s, i) => (align[i] === 'r' ? String(s).padStart(widths[i]) : String(s).padEnd(widths[i]))
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`
  const rule = `| ${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
