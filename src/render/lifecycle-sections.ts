/**
 * The life-cycle views of a report, for the markdown and text renderers: the LCA stages (Wu et al.
 * 2024, Fig. 5b), the GHG scopes beyond Scope 2 and 3, idle energy and power capacity, and one
 * model's lifecycle (Fig. 3a). Built as rows here; the renderers only lay them out.
 */
import { formatEnergy, formatMass, formatPower, formatRatio, formatShareOfTotal } from '../core/format.js'
import { PHASES, type ModelView, type Report, type Totals } from '../core/model.js'
import { W_PER_KW } from '../core/units.js'
import type { Block } from './markdown-blocks.js'
import { NAME_MAX_CHARS } from './markdown-sections.js'
import { escapeMarkdown, escapeTerminal } from './escape.js'

const share = (part: number, whole: number): string => (whole > 0 ? formatShareOfTotal(part / whole) : '—')

/** `manufacturing 4.1 t (25 %) · transport 12 kg (0.1 %) · use 12.0 t (74 %) · end of life 30 kg (0.2 %)` */
export function lcaLine(t: Totals): string {
  const whole = t.totalKgCO2e.central
  const stages: [string, number][] = [
    ['manufacturing', t.lca.manufacturingKgCO2e.central],
    ['transport', t.lca.transportKgCO2e.central],
    ['use', t.lca.useKgCO2e.central],
    ['end of life', t.lca.endOfLifeKgCO2e.central],
  ]
  return stages.map(([name, kg]) => `${name} ${formatMass(kg)} (${share(kg, whole)})`).join(' · ')
}

/** Scope 1, idle energy and capacity, when they say something (a site figure, idle time, hardware). */
function extrasLine(report: Report): string {
  const t = report.totals
  const parts = [
    t.scopes.scope1KgCO2e.central > 0 ? `scope 1 ${formatMass(t.scopes.scope1KgCO2e.central)}` : 'scope 1: no site figure given (0)',
    ...(t.scopes.scope3UpstreamEnergyKgCO2e ? [`scope 3 upstream of electricity ${formatMass(t.scopes.scope3UpstreamEnergyKgCO2e.central)}`] : []),
    ...(t.idle.energyKWh > 0 ? [`idle ${formatEnergy(t.idle.energyKWh)}, ${formatMass(t.idle.kgCO2e.central)} (${share(t.idle.kgCO2e.central, t.totalKgCO2e.central)})`] : []),
    `capacity ${PHASES.filter((p) => report.phases[p].capacityKW > 0).map((p) => `${p} ${formatPower(report.phases[p].capacityKW * W_PER_KW)}`).join(', ') || formatPower(0)}`,
  ]
  return parts.join(' · ')
}

/** Fig. 3a: per model, each phase's operational and embodied carbon, and the training:inference ratio. */
function modelRows(models: readonly ModelView[], name: (s: string) => string): string[][] {
  return models.map((m) => {
    const cells = PHASES.flatMap((p) => {
      const x = m.phases[p]
      return x.totalKgCO2e.central > 0 ? [formatMass(x.operationalKgCO2e.central), formatMass(x.embodiedKgCO2e.central)] : ['—', '—']
    })
    return [name(m.name), ...cells, formatMass(m.totals.totalKgCO2e.central), ratio(m.trainingToInference)]
  })
}

function ratio(trainingToInference: number | undefined): string {
  return trainingToInference === undefined ? '—' : formatRatio(trainingToInference)
}

const MODEL_HEADER = ['model', 'exp. operational', 'exp. embodied', 'training operational', 'training embodied', 'inference operational', 'inference embodied', 'total', 'training:inference']

/** Markdown: the LCA line with scopes, idle energy and capacity (empty without experiments). */
export function lcaBlocks(report: Report): Block[] {
  if (report.experiments.length === 0) return []
  return [{ kind: 'paragraph', text: `Life cycle: ${lcaLine(report.totals)}  \n${extrasLine(report)}` }]
}

/**
 * The same table for an 872 px PR comment: one column per phase, `operational + embodied` in each
 * cell (nine columns of their own overflow the conversation column; the browser test measures it).
 */
const MODEL_HEADER_NARROW = ['model', 'experimentation', 'training', 'inference', 'total', 'training:inference']

function narrowRows(rows: readonly string[][]): string[][] {
  return rows.map((r) => {
    const phase = (i: number): string => (r[i] === '—' && r[i + 1] === '—' ? '—' : `${r[i]} + ${r[i + 1]}`)
    return [r[0]!, phase(1), phase(3), phase(5), r[7]!, r[8]!]
  })
}

/** Markdown: the per-model table (Fig. 3a), when manifests name models. */
export function modelBlocks(report: Report): Block[] {
  if (report.models.length === 0) return []
  const rows = narrowRows(modelRows(report.models, (s) => escapeMarkdown(s, { maxChars: NAME_MAX_CHARS })))
  return [
    { kind: 'heading', level: 4, text: 'Per model: operational + embodied in each phase' },
    { kind: 'table', header: MODEL_HEADER_NARROW, rows, align: ['l', ...MODEL_HEADER_NARROW.slice(1).map(() => 'r' as const)] },
  ]
}

/** Terminal lines of the same views (the caller aligns nothing: the model table is pre-aligned here). */
export function lifecycleLines(report: Report, align: (rows: readonly (readonly string[])[], dirs: readonly ('l' | 'r')[]) => string[]): string[] {
  if (report.experiments.length === 0) return []
  const lines = ['', `Life cycle: ${lcaLine(report.totals)}`, extrasLine(report)]
  if (report.models.length > 0) {
    const rows = modelRows(report.models, (s) => escapeTerminal(s, { maxChars: NAME_MAX_CHARS }))
    lines.push('', 'Per model:', ...align([MODEL_HEADER, ...rows], ['l', ...MODEL_HEADER.slice(1).map(() => 'r' as const)]).map((l) => `  ${l}`))
  }
  return lines
}
