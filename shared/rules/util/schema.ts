/** JSON Schema pieces shared by rule kinds. */

import type { JsonSchema } from '../../types'

/** The `checks` option of kinds that bundle several related checks: a non-empty set of names. */
export function checksOption(names: readonly string[]): JsonSchema {
  return { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...names] } }
}
