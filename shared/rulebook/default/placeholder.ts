/** Default rules: unfilled placeholders and template hints (实务: 阿里云妙笔“占位符未填充”, GW-PH-001). */

import type { RuleEntry } from '../../types'

export const placeholderRules: RuleEntry[] = [
  {
    id: 'placeholder-x-marks',
    kind: 'placeholder',
    enabled: true,
    severity: 'error',
    category: 'placeholder',
    description: '未填写的占位符：XX、××、Ｘ、XXX同志等（X射线、X光、XL、X5等词语和型号除外）',
    authority: '实务（阿里云妙笔“占位符未填充”；GW-PH-001）',
    level: '实务',
    options: {
      checks: ['marks'],
      terms: ['X射线', 'X光', 'X线', 'X型', 'X轴', 'X染色体', 'X刀'],
      skipDates: true,
    },
    messages: { mark: '“{{match}}”是未填写的占位符，请填入实际的数字或名称' },
    examples: {
      invalid: ['全年开展廉政谈话XX人次。', '由×××同志作专题党课。', 'XX县税务局党委'],
      valid: ['全年开展廉政谈话36人次。', '配备X光安检机2台，采购XL号制服。'],
    },
  },
  {
    id: 'placeholder-date-partial',
    kind: 'placeholder',
    enabled: true,
    severity: 'error',
    category: 'placeholder',
    description: '日期未填写完整：2023年X月、____年__月__日、“  月  日”、〇月〇日',
    authority: '实务；GB/T 9704—2012 7.3.5（成文日期“标全”）',
    level: '实务',
    options: { checks: ['dates'] },
    messages: { date: '日期“{{match}}”未填写完整，请写明年月日' },
    examples: {
      invalid: ['于2023年X月召开专题会。', '____年__月__日'],
      valid: ['于2023年3月召开专题会。', '2023年12月25日'],
    },
  },
  {
    id: 'placeholder-bracket-hint',
    kind: 'pattern',
    enabled: true,
    severity: 'error',
    category: 'placeholder',
    description: '残留的模板提示：【待补充】（此处填写…）［数据］TODO □□ ○○ ***',
    authority: '实务（阿里云妙笔“占位符未填充”）',
    level: '实务',
    options: {
      pattern: [
        '[【（(［\\[]\\s*(?:此处|在此|待补充|待填|待完善|请填|请补充|插入)[^】）)］\\]\\n]{0,30}[】）)］\\]]',
        '【[^【】\\n]{0,20}(?:待补充|待填写|待完善|待定|数据|内容)】',
        // ［注］［按］ mark a note, not a blank
        '[［\\[](?![注按][］\\]])[\\u4e00-\\u9fff]{1,10}[］\\]]',
        // （具体数字）（实际金额）（单位名称）: what to write, in brackets where it belongs
        '[（(](?:具体|实际)(?:数字|数据|数额|金额|人数|次数|名称|日期|时间|单位)[）)]|[（(]单位名称[）)]',
        // 经费为？？万元: question marks standing for a number
        '(?<![？?])[？?]{2,6}(?=(?:万|亿|元|个|人|次|项|家|件|户|起|名|天|%|％))',
        '\\b(?:TODO|TBD|FIXME)\\b',
        '□{2,}',
        '(?<![一二三四五六七八九十〇○零])○{2,}(?![年一二三四五六七八九十〇○零])',
        '(?<![A-Za-z0-9*])[*＊]{3,}',
      ].join('|'),
    },
    messages: { flag: '“{{match}}”是模板提示，请换成实际内容' },
    examples: {
      invalid: [
        '典型案例：（此处插入案例）',
        '全年查处案件［数据］起。',
        '【待补充】',
        '负责人：□□□',
      ],
      valid: [
        '典型案例：城关分局开展“清风”行动。',
        '二〇〇〇年以来，共建成站点12个。',
        '【典型案例】城关分局开展“清风”行动。',
      ],
    },
  },
  {
    id: 'placeholder-anonymous-name',
    kind: 'pattern',
    enabled: true,
    severity: 'info',
    category: 'placeholder',
    description: '“某某”“某单位”等匿名写法（通报警示案例时可以保留）',
    authority: '实务',
    level: '实务',
    options: { pattern: '某某|某(?:单位|部门|同志|公司|企业)' },
    messages: { flag: '“{{match}}”是否应写明实际名称（警示案例匿名可保留）' },
    examples: {
      invalid: ['由某某同志作专题党课。'],
      valid: ['由张三同志作专题党课，某些支部学习不够深入。'],
    },
  },
]
