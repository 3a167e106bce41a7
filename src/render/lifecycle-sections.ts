/**
 * The life-cycle views of a report, for the markdown and text renderers: the LCA stages (Wu et al.
 * 2024, Fig. 5b), the GHG scopes beyond Scope 2 and 3, idle energy and power capacity, and one
 * model's lifecycle (Fig. 3a). Built as rows here; the renderers only lay them out.
 */
import { formatEnergy, formatMass, formatShareOfTotal } from '../core/format.js'
import { PHASES, type ModelView, type Report, type Totals } from '../core/model.js'
import type { Block } from './markdown-blocks.js'
import { NAME_MAX_CHARS } from './markdown-sections.js'
import { escapeMarkdown, escapeTerminal } from './escape.js'

const share = (part: number, whole: number): string => (whole > 0 ? formatShareOfTotal(part / whole) : '—')
const kW = (x: number): string => (x >= 1000 ? `${+(x / 1000).toPrecision(3)} MW` : `${+x.toPrecision(3)} kW`)

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
    `capacity ${PHASES.filter((p) => report.phases[p].capacityKW > 0).map((p) => `${p} ${kW(report.phases[p].capacityKW)}`).join(', ') || '0 kW'}`,
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

/** 0.5 reads `1:2.0`, 2 reads `2.0:1`. */
function ratio(trainingToInference: number | undefined): string {
  if (trainingToInference === undefined) return '—'
  return trainingToInference >= 1 ? `${trainingToInference.toFixed(1)}:1` : `1:${(1 / trainingToInference).toFixed(1)}`
}

const MODEL_HEADER = ['model', 'exp. operational', 'exp. embodied', 'training operational', 'training embodied', 'inference operational', 'inference embodied', 'total', 'training:inference']

/** Markdown: the LCA line with scopes, idle energy and capacity (empty without experiments). */
export function lcaBlocks(report: Report): Block[] {
  if (report.experiments.length === 0) return []
  return [{ kind: 'paragraph', text: `Life cycle: ${lcaLine(report.totals)}  \n${extrasLine(report)}` }]
}

/** Markdown: the per-model table (Fig. 3a), when manifests name models. */
export function modelBlocks(report: Report): Block[] {
  if (report.models.length === 0) return []
  return [
    { kind: 'heading', level: 4, text: 'Per model (experimentation, training, inference)' },
    { kind: 'table', header: MODEL_HEADER, rows: modelRows(report.models, (s) => escapeMarkdown(s, { maxChars: NAME_MAX_CHARS })), align: ['l', ...MODEL_HEADER.slice(1).map(() => 'r' as const)] },
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
