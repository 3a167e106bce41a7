import { z } from 'zod'
import { expectedText, formatQuantity, isUnitProblem, parseQuantity, quantityPattern, type Dimension } from '../core/units.js'

export interface Bounds {
  /** Smallest accepted value, canonical unit. */
  readonly min?: number
  /** Values above this are refused as absurd (a 10 MW GPU), canonical unit. */
  readonly max?: number
  /** Exclusive lower bound (durations and lifetimes must be positive). */
  readonly positive?: boolean
}

// One input schema under every quantity field: zod schemas are immutable, and building one per field
// was a large part of building the manifest schema at each start.
let written: z.ZodUnion<[z.ZodString, z.ZodNumber]> | undefined
const writtenQuantity = () => (written ??= z.union([z.string(), z.number()]))

/**
 * A zod schema for a quantity written with a unit. A bare number is refused with the unit it needs
 * (`400` → did you mean "400 W"?), since guessing W or kW would change the result a thousandfold.
 * Its JSON Schema (schema/, for editors) is a string of that unit's grammar, from `quantityPattern`.
 */
export function quantity(dimension: Dimension, bounds: Bounds = {}) {
  return writtenQuantity().transform((raw, ctx) => {
    if (typeof raw === 'number') {
      const unit = formatQuantity(1, dimension).split(' ')[1]
      ctx.addIssue({ code: 'custom', message: `bare number ${raw} has no unit; expected ${expectedText(dimension)}; did you mean "${raw} ${unit}"?` })
      return z.NEVER
    }
    const parsed = parseQuantity(raw, dimension)
    if (isUnitProblem(parsed)) {
      ctx.addIssue({ code: 'custom', message: parsed.message + (parsed.suggestion ? `; did you mean "${parsed.suggestion}"?` : '') })
      return z.NEVER
    }
    const v = parsed.value
    const show = (x: number) => formatQuantity(x, dimension, parsed.unit)
    if (v < 0 || (bounds.positive && v === 0)) {
      ctx.addIssue({ code: 'custom', message: `"${raw}" must be ${bounds.positive ? 'greater than zero' : 'zero or more'}` })
      return z.NEVER
    }
    if (bounds.min !== undefined && v < bounds.min) {
      ctx.addIssue({ code: 'custom', message: `"${raw}" is below the smallest plausible value ${show(bounds.min)}; did you mean "${show(bounds.min)}"?` })
      return z.NEVER
    }
    if (bounds.max !== undefined && v > bounds.max) {
      ctx.addIssue({ code: 'custom', message: `"${raw}" is above the largest plausible value ${show(bounds.max)}; check the unit` })
      return z.NEVER
    }
    return v
  }).register(QUANTITY_OF, { dimension, bounds })
}

/**
 * The quantity each quantity schema reads, so `jsonSchemas()` (schema/, for editors) writes its
 * JSON Schema in place of what zod would generate: a transform's input, string or number, says too
 * little. The pattern is built there, not here: building it for every field cost each run's start-up.
 */
export const QUANTITY_OF = z.registry<{ readonly dimension: Dimension; readonly bounds: Bounds }>()

/** What an editor can check of a quantity without computing: a string with a unit of the dimension. */
export function quantityJsonSchema(dimension: Dimension, bounds: Bounds = {}) {
  return { type: 'string', pattern: quantityPattern(dimension, bounds), description: expectedText(dimension) } as const
}

/** A share written as a percentage: `85 %`; 0 to 100 %. */
export const percent = () => quantity('ratio', { max: 1 })
