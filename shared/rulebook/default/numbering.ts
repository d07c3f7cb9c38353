/** Default rules: heading and enumeration numbering (GB/T 9704 7.3.3, GB/T 15834 附录B). */

import type { RuleEntry } from '../../types'

export const numberingRules: RuleEntry[] = [
  {
    id: 'numbering-skip',
    kind: 'heading-sequence',
    enabled: true,
    severity: 'error',
    category: 'numbering',
    description: '同级标题序号不连续（如（四）之后是（六））',
    authority: '实务（序号检查）',
    level: '实务',
    options: { checks: ['skip'] },
    examples: {
      invalid: ['一、总体情况\n（一）甲\n（二）乙\n（四）丁'],
      valid: ['一、总体情况\n（一）甲\n（二）乙\n（三）丙'],
    },
  },
  {
    id: 'numbering-duplicate',
    kind: 'heading-sequence',
    enabled: true,
    severity: 'error',
    category: 'numbering',
    description: '同级标题序号重复（如两个“二、”）',
    authority: '实务（序号检查）',
    level: '实务',
    options: { checks: ['duplicate'] },
    examples: { invalid: ['一、甲\n二、乙\n二、丙'], valid: ['一、甲\n二、乙\n三、丙'] },
  },
  {
    id: 'numbering-start',
    kind: 'heading-sequence',
    enabled: true,
    severity: 'warning',
    category: 'numbering',
    description: '同级序号不从“一”“（一）”“1.”“（1）”开始',
    authority: '实务（序号检查）',
    level: '实务',
    options: { checks: ['start'] },
    examples: { invalid: ['一、甲\n（二）乙\n（三）丙'], valid: ['一、甲\n（一）乙\n（二）丙'] },
  },
  {
    id: 'numbering-child-reset',
    kind: 'heading-sequence',
    enabled: true,
    severity: 'error',
    category: 'numbering',
    description: '下级序号跨上级标题接续编号，未在每个上级标题下重新编号',
    authority: '实务',
    level: '实务',
    options: { checks: ['child-reset'] },
    examples: {
      invalid: ['一、甲\n（一）子一\n（二）子二\n二、乙\n（三）子三\n（四）子四'],
      valid: ['一、甲\n（一）子一\n（二）子二\n二、乙\n（一）子三\n（二）子四'],
    },
  },
]
