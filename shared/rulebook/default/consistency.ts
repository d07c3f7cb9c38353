/** Default rules: consistency inside one document (书名, 机关名称, 括号与引号的形式). */

import type { RuleEntry } from '../../types'

const base = { enabled: true, category: 'consistency' as const, severity: 'warning' as const }

export const consistencyRules: RuleEntry[] = [
  {
    ...base,
    id: 'consistency-doc-title',
    kind: 'citation-consistency',
    description: '同一文件前后书名不一致：版本括注有无不一、简称未注明、一字之差',
    authority: 'GB/T 15834—2011 4.15；实务',
    level: '实务',
    options: { checks: ['edition', 'short', 'near-miss'], minShortLength: 4 },
    messages: {
      edition: '前文引作《{{first}}》，此处应写全称一致',
      short: '《{{found}}》是简称，应在首次引用《{{first}}》时注明“（以下简称《{{found}}》）”',
      'near-miss': '与前文《{{first}}》仅一字之差，请核对书名',
    },
    examples: {
      invalid: [
        '落实《中国共产党支部工作条例（试行）》。\n落实《中国共产党支部工作条例》。',
        '学习《中国共产党纪律处分条例》。\n对照《纪律处分条例》。',
        '学习《中国共产党纪律处分条例》。\n对照《中国共产党纪律处分条列》。',
      ],
      valid: [
        '学习《中国共产党纪律处分条例》（以下简称《条例》）。\n对照《条例》。',
        '学习《中国共产党纪律处分条例》（以下简称《纪律处分条例》）。\n对照《纪律处分条例》。',
        '印发《2023年工作要点》。\n印发《2024年工作要点》。',
      ],
    },
  },
  {
    ...base,
    id: 'consistency-org-name',
    kind: 'term-consistency',
    description: '同一机关名称前后写法不一（全称、规范简称与非规范简称混用）；名称组由单位维护',
    authority: 'GB/T 9704—2012 7.2.4；条例 第二十条；实务',
    level: '实务',
    options: {
      groups: [
        { name: '国家税务总局', variants: ['国家税务总局', '国税总局'] },
        { name: '中央纪委国家监委', variants: ['中央纪委国家监委', '中纪委'] },
      ],
    },
    messages: { mixed: '前文称“{{first}}”，此处“{{found}}”应统一' },
    examples: {
      invalid: ['国家税务总局部署。\n国税总局要求。'],
      valid: ['国家税务总局部署。\n国家税务总局要求。'],
    },
  },
  {
    ...base,
    id: 'consistency-bracket-width',
    kind: 'mark-consistency',
    description: '同一文件中全角括号“（）”与半角括号“()”混用',
    authority: 'GB/T 15834—2011 4.9；实务',
    level: '实务',
    options: { marks: 'brackets' },
    messages: { brackets: '全文用全角括号，“{{found}}”应改用“（）”' },
    examples: {
      invalid: ['税务局（含分局）。\n党支部(含联合支部)。'],
      valid: [
        '税务局（含分局）。\n党支部（含联合支部）。',
        '税务局（含分局）。\nWorld Health Organization (WHO)',
      ],
    },
  },
  {
    ...base,
    id: 'consistency-quote-style',
    kind: 'mark-consistency',
    description: '同一文件中引号“”与「」混用',
    authority: 'GB/T 15834—2011 4.8.2',
    level: '国标',
    options: { marks: 'quotes' },
    messages: { quotes: '全文引号用“”，此处直角引号「」应改为“”' },
    examples: {
      invalid: ['开展「以案促改」，推进“以案促治”。'],
      valid: ['开展“以案促改”，推进“以案促治”。'],
    },
  },
  {
    ...base,
    id: 'consistency-year-scope',
    kind: 'year-scope',
    description: '总结、报告标题的年份与正文不符（正文把往年当作本年度，疑为沿用往年材料）',
    authority: '条例 第二十条（时间准确）；实务',
    level: '实务',
    options: { docTypes: ['work-summary', 'situation-report'] },
    messages: { stale: '标题为{{year}}年，此处“{{found}}”疑为沿用往年材料，请核对年份' },
    examples: {
      invalid: ['关于2023年度工作情况的报告\n\n2022年全年共开展检查36次。'],
      valid: [
        '关于2023年度工作情况的报告\n\n2023年全年共开展检查36次，较2022年全年增加5次。',
        '2022年度党建工作总结\n\n对2021年度查处的案件全部开展“一案双查”。',
      ],
    },
  },
  {
    ...base,
    id: 'consistency-list-terminal',
    kind: 'list-terminal',
    severity: 'info',
    description: '段内分项列举各项末尾标点不一致（；与。混用），或最后一项用分号',
    authority: '实务（GB/T 15834—2011 4.6.3.3 分项列举用分号）',
    level: '实务',
    options: { checks: ['mixed', 'last'] },
    messages: {
      mixed: '前面各项以“{{expected}}”结尾，此处“{{found}}”应统一',
      last: '分项列举的最后一项应以句号结尾',
    },
    examples: {
      invalid: [
        '一是加强学习；二是压实责任。三是强化监督；',
        '一是加强学习；二是压实责任；三是强化监督；',
      ],
      valid: [
        '一是加强学习；二是压实责任；三是强化监督。',
        '一是加强学习。二是压实责任。三是强化监督。',
        '做到一是学，二是做。',
      ],
    },
  },
]
