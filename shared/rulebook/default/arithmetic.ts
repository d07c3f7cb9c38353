/** Default rules: figures of one sentence that do not add up (《党政机关公文处理工作条例》第二十条 审核数字). */

import type { RuleEntry } from '../../types'

const base = {
  enabled: true,
  category: 'numbers' as const,
  kind: 'arithmetic',
  severity: 'warning' as const,
  authority: '《党政机关公文处理工作条例》第二十条（审核数字是否准确）；实务',
  level: '实务' as const,
}

export const arithmeticRules: RuleEntry[] = [
  {
    ...base,
    id: 'num-parts-exceed-total',
    description: '“其中”所列各项之和（或某一项）超过前面的总数',
    options: { checks: ['parts-exceed-total'] },
    examples: {
      invalid: [
        '共查处违纪案件12起，其中A类5起、B类4起、C类4起。',
        '全市共有党员120名，其中本科以上学历130名。',
      ],
      valid: [
        '共查处违纪案件12起，其中A类5起、B类4起、C类3起。',
        '共查处违纪案件12起，其中A类5起、B类4起。',
        '共有干部120人，其中女性45人、少数民族30人、本科以上学历100人。',
      ],
    },
  },
  {
    ...base,
    id: 'num-respectively-sum',
    description: '“分别”列出的各项之和与同一句中的合计不符',
    options: { checks: ['respectively-sum'] },
    examples: {
      invalid: [
        '共计80万元，分别为A项目30万元、B项目40万元。',
        '两个项目分别投入30万元和50万元，共计90万元。',
      ],
      valid: [
        '共计80万元，分别为A项目30万元、B项目50万元。',
        '两个项目分别投入30万元和50万元，共计80万元。',
        '两个项目分别投入30万元和50万元，带动社会投资90万元。',
      ],
    },
  },
  {
    ...base,
    id: 'num-percent-change',
    description: '写明增减前后的数值时，所写的增减幅度与两数算出的不符',
    options: { checks: ['percent-change'] },
    examples: {
      invalid: ['税收收入由120万元增加到150万元，增长20%。'],
      valid: [
        '税收收入由120万元增加到150万元，增长25%。',
        '税收收入由120万元增加到150万元，增长24.9%。',
        '税收收入同比增长20%。',
        '户数由100户增加到300户，增长了2倍。',
      ],
    },
  },
  {
    ...base,
    id: 'num-range-order',
    description: '数值范围的起点大于终点（如“15—10人”“30%—20%”）',
    options: { checks: ['range-order'] },
    examples: {
      invalid: ['每组15—10人。', '占比30%—20%。', '计划于8—6月完成。'],
      valid: [
        '每组10—15人。',
        '2023—2024年',
        '依据〔2024〕12号文件。',
        '联系电话0571—88886666。',
        '供暖期为11—3月。',
      ],
    },
  },
]
