/**
 * "Why it changed", in people words: each changed experiment's delta split by the inputs that
 * changed (`duration 132 h → 160 h`, `grid gcp/us-central1 (490 gCO2e/kWh) → gcp/europe-north1
 * (80 gCO2e/kWh)`), a term's own delta shown only when there are several.
 */
import { formatCount } from '../core/format.js'
import type { Block } from './markdown-blocks.js'
import { md } from './markdown-sections.js'
import type { WhyItem } from './rows.js'

/** The first `shown` items, each with at most `termsShown` terms. */
export function whySection(items: readonly WhyItem[], shown: number, termsShown: number): Block[] {
  if (items.length === 0 || shown <= 0) return []
  const list = items.slice(0, shown).map((i) => {
    const single = i.terms.length === 1
    const terms = i.terms.slice(0, termsShown).map((t) => `${md(t.label, 40)} ${md(t.from, 80)} → ${md(t.to, 80)}${single ? '' : ` (${t.delta})`}`)
    const more = i.terms.length > termsShown ? `; ${formatCount(i.terms.length - termsShown)} more` : ''
    return `**${md(i.name)}** ${i.delta}: ${terms.join('; ')}${more}`
  })
  const rest = items.length - Math.min(shown, items.length)
  return [
    { kind: 'heading', level: 4, text: 'Why it changed' },
    { kind: 'list', items: list },
    ...(rest > 0 ? [{ kind: 'paragraph' as const, text: `… and ${formatCount(rest)} more changed experiments.` }] : []),
  ]
}
