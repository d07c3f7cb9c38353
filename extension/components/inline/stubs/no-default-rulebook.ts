/** Content-script stand-in for the bundled rulebook: the page always lints with the rulebook the background sends. */

import type { Rulebook } from '../../../../shared/types'

export const defaultRulebook: Rulebook = {
  id: 'none',
  name: '',
  version: 0,
  documentTypes: [],
  rules: [],
}
