// Heading-number forms (GB/T 15834 附录B, GB/T 9704 7.3.3) and the outline's level order.
import { defaultEntry, testRule } from '../rule-tester'

// U+20BB7 𠮷 is outside the BMP: two UTF-16 units, so columns after it shift by two.
const X = '𠮷'

testRule(defaultEntry('numbering-level-order'), {
  valid: [
    '一、总体情况\n（一）甲\n1.乙\n（1）丙\n①丁',
    // skipping a level downward is allowed: 一、 then 1.
    '一、总体情况\n1.甲\n2.乙\n二、下步打算\n1.丙',
    // going back up to a level already open above is fine
    '一、甲\n（一）乙\n1.丙\n（二）丁\n二、戊',
  ],
  invalid: [
    {
      text: '一、总体情况\n1.甲\n（一）乙',
      errors: [{ messageId: 'upward', line: 3, column: 1, endColumn: 4 }],
    },
    {
      text: `一、${X}情况\r\n\u3000\u30001.甲\r\n\u3000\u3000（1）乙\r\n\u3000\u3000（一）丙`,
      errors: [{ messageId: 'upward', line: 4, column: 3, endColumn: 6 }],
    },
  ],
})

testRule(defaultEntry('numbering-arabic-dunhao'), {
  valid: [
    '1.加强理论学习',
    // a decimal or an approximate range at a line start is not a heading number
    '3.5万元用于培训。',
    '3、4月份集中开展检查。',
  ],
  invalid: [
    // "1." before another mark is no clean marker ("1..." reads as an ellipsis): no fix (fuzz)
    { text: '1、..', errors: [{ messageId: 'arabicDunhao', column: 1, endColumn: 3 }] },
    {
      text: '（二）扩大投资\n1.谋划项目。\n2、加快建设。',
      errors: [{ messageId: 'arabicDunhao', line: 3, column: 1, endColumn: 3 }],
      output: '（二）扩大投资\n1.谋划项目。\n2.加快建设。',
    },
    {
      text: `${X}标题\r\n\u3000\u300012、强化服务`,
      errors: [{ messageId: 'arabicDunhao', line: 2, column: 3, endColumn: 6 }],
      output: `${X}标题\r\n\u3000\u300012.强化服务`,
    },
  ],
})

testRule(defaultEntry('numbering-bracket-extra-punct'), {
  valid: ['（一）强化政治建设', '（1）压实责任。', '（一）二、三产业协调发展'],
  invalid: [
    {
      text: '（一）、强化政治建设',
      errors: [{ messageId: 'extraPunct', line: 1, column: 4, endColumn: 5 }],
      output: '（一）强化政治建设',
    },
    {
      text: `${X}\r\n\u3000\u3000（1）.压实责任\r\n（2）：强化监督`,
      errors: [
        { messageId: 'extraPunct', line: 2, column: 6, endColumn: 7 },
        { messageId: 'extraPunct', line: 3, column: 4 },
      ],
      output: `${X}\r\n\u3000\u3000（1）压实责任\r\n（2）强化监督`,
    },
  ],
})

testRule(defaultEntry('numbering-hanzi-mark'), {
  valid: [
    '一、主要工作',
    // 二、三产业 is an approximate number, not a heading
    '二、三产业增加值稳步增长。',
    // an enumerator inside a sentence is not at the line start
    '重点抓好三件事：一，抓学习。',
  ],
  invalid: [
    {
      text: '一，主要工作',
      errors: [{ messageId: 'hanziMark', line: 1, column: 1, endColumn: 3 }],
      output: '一、主要工作',
    },
    // "一、，" would keep a stray mark after the marker: no fix
    { text: '一，，主要工作', errors: [{ messageId: 'hanziMark', column: 1, endColumn: 3 }] },
    {
      text: `标题${X}\r\n\u3000十二.下步打算`,
      errors: [{ messageId: 'hanziMark', line: 2, column: 2, endColumn: 5 }],
      output: `标题${X}\r\n\u3000十二、下步打算`,
    },
  ],
})

testRule(defaultEntry('numbering-halfwidth-paren'), {
  valid: [
    '（一）防范化解风险',
    // an inline half-width bracket is a matter for the bracket-width rule, not a heading number
    '全年培训干部(含新录用人员)120名。',
  ],
  invalid: [
    {
      text: '(一)防范化解风险',
      errors: [{ messageId: 'halfwidthParen', line: 1, column: 1, endColumn: 4 }],
      output: '（一）防范化解风险',
    },
    {
      text: `${X}\r\n\u3000\u3000（1)压实责任\r\n(12)、强化监督`,
      errors: [
        { messageId: 'halfwidthParen', line: 2, column: 3, endColumn: 6 },
        { messageId: 'halfwidthParen', line: 3, column: 1, endColumn: 5 },
      ],
      output: `${X}\r\n\u3000\u3000（1）压实责任\r\n（12）、强化监督`,
    },
  ],
})

testRule(defaultEntry('numbering-enclosed-glyph'), {
  valid: ['（1）落实责任', '①明确分工'],
  invalid: [
    {
      text: '⑴落实责任\n⑵强化考核',
      errors: [
        { messageId: 'enclosedGlyph', line: 1, column: 1, endColumn: 2 },
        { messageId: 'enclosedGlyph', line: 2, column: 1 },
      ],
      output: '（1）落实责任\n（2）强化考核',
    },
    {
      text: `${X}\r\n\u3000㈠总体要求\r\n\u3000⒈目标`,
      errors: [
        { messageId: 'enclosedGlyph', line: 2, column: 2, endColumn: 3 },
        { messageId: 'enclosedGlyph', line: 3, column: 2 },
      ],
      output: `${X}\r\n\u3000（一）总体要求\r\n\u30001.目标`,
    },
    // no fix where the replacement would not read as a clean marker (fuzz counterexamples):
    // "（1）." has a stray mark, "1.2023年" reads as a decimal and is no heading
    { text: '⑴：.', errors: [{ messageId: 'enclosedGlyph', column: 1, endColumn: 3 }] },
    { text: '㈠,,', errors: [{ messageId: 'enclosedGlyph', column: 1, endColumn: 3 }] },
    { text: '⒈2023年2月29日，首先、', errors: [{ messageId: 'enclosedGlyph', column: 1 }] },
  ],
})

testRule(defaultEntry('numbering-one-paren'), {
  valid: [
    '（1）落实责任',
    '（一）防范化解风险',
    // a bracket inside the line, not a marker at its start
    '全年完成3项（其中重点项目1）。',
  ],
  invalid: [
    {
      text: '1）落实责任\r\n\u3000\u30002)强化考核',
      errors: [
        { messageId: 'oneParen', line: 1, column: 1, endColumn: 3 },
        { messageId: 'oneParen', line: 2, column: 3, endColumn: 5 },
      ],
      output: '（1）落实责任\r\n\u3000\u3000（2）强化考核',
    },
    {
      text: `${X}\n一）总体要求\n二）主要任务`,
      errors: [
        { messageId: 'oneParen', line: 2, column: 1, endColumn: 3 },
        { messageId: 'oneParen', line: 3, column: 1, endColumn: 3 },
      ],
      output: `${X}\n（一）总体要求\n（二）主要任务`,
    },
  ],
})
