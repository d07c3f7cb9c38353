/** The default 公文 rulebook: every text-checkable rule of the catalog, grouped by category. */

import type { Rulebook } from '../../types'
import { arithmeticRules } from './arithmetic'
import { consistencyRules } from './consistency'
import { dateRules } from './dates'
import { documentTypes } from './document-types'
import { formatRules } from './format'
import { numberingRules } from './numbering'
import { numberRules } from './numbers'
import { placeholderRules } from './placeholder'
import { punctuationRules } from './punctuation'
import { structureRules } from './structure'
import { wordingRules } from './wording'

export const defaultRulebook: Rulebook = {
  id: 'default',
  name: '公文默认规则集',
  version: 1,
  description: '依据 GB/T 15834、GB/T 15835、GB/T 9704 与《党政机关公文处理工作条例》及通行实务',
  documentTypes,
  rules: [
    ...structureRules,
    ...numberingRules,
    ...consistencyRules,
    ...numberRules,
    ...arithmeticRules,
    ...dateRules,
    ...wordingRules,
    ...placeholderRules,
    ...punctuationRules,
    ...formatRules,
  ],
}
