// Variants of the numbering rules (headings and inline enumerators) in words unlike the catalog's and the rules' own examples, with legitimate look-alikes.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('numbering-skip'), {
  valid: [
    // a decimal at the line start is no heading
    '一、甲\n二、乙\n3.5%的增长\n三、丙',
    // an attachment after the 成文日期 numbers its own outline
    '关于2023年工作情况的报告\n一、甲\n二、乙\n特此报告。\n\n某局\n2024年1月5日\n\n附件1\n\n某某名单\n一、丙\n二、丁',
    // 第一季度 is no enumerator
    '一、甲\n二、乙\n第一季度完成。\n三、丙',
    // a part divider (第一部分, 第二章) above 一、: each part numbers its headings from 一、 again
    '第一部分　主要工作\n一、甲\n二、乙\n第二部分　工作打算\n一、丙\n二、丁',
    // after a repeated number (reported as a duplicate) the next one is in its place
    '一、甲\n二、乙\n二、丙\n四、丁',
    '第一章 总则\n一、甲\n（一）子\n第二章 附则\n一、乙\n（一）子',
    '第一部分：工作回顾\n一、甲\n二、乙\n第二部分：工作打算\n一、丙',
  ],
  invalid: [
    { text: '一、甲\n二、乙\n四、丁', errors: [{ messageId: 'skip', line: 3, column: 1 }] },
    { text: '一、甲\n二、乙\n二、丙\n五、丁', errors: [{ messageId: 'skip', line: 4, column: 1 }] },
    // inside a part the sequence is still checked; a sentence starting 第一部分 divides nothing
    {
      text: '第一部分　主要工作\n一、甲\n三、丙\n第二部分　打算\n一、丁',
      errors: [{ messageId: 'skip', line: 3, column: 1 }],
    },
    {
      text: '一、甲\n二、乙\n第一部分是总结。\n一、丙',
      errors: [{ messageId: 'backward', line: 4, column: 1 }],
    },
    { text: '1.甲\r\n2.乙\r\n3.丙\r\n5.戊', errors: [{ messageId: 'skip', line: 4, column: 1 }] },
    { text: '一、甲\n（一）子\n1.孙\n3.孙', errors: [{ messageId: 'skip', line: 4, column: 1 }] },
  ],
})

testRule(defaultEntry('numbering-duplicate'), {
  valid: [
    // children restart under each parent
    '一、甲\n（一）子\n二、乙\n（一）子',
    // 二、三产业 is an approximate number, not a heading
    '一、甲\n二、乙\n二、三产业协调发展。',
    // 1、2月份 is a list of months
    '一、甲\n1、2月份完成。\n二、乙',
  ],
  invalid: [
    {
      text: '一、甲\r\n（一）子\r\n（一）子',
      errors: [{ messageId: 'duplicate', line: 3, column: 1 }],
    },
    {
      text: '一、甲\n二、乙\n　　二、丙',
      errors: [{ messageId: 'duplicate', line: 3, column: 3 }],
    },
    { text: '（一）甲\n1.子\n1.子', errors: [{ messageId: 'duplicate', line: 3, column: 1 }] },
  ],
})

testRule(defaultEntry('numbering-start'), {
  valid: [
    '一、甲\n（一）子',
    // a year in 汉字 is no heading
    '二〇二三年工作总结\n一、甲',
    // the items of a 附件说明 are no outline
    '一、甲\n二、乙\n附件：1.名单\n2.表格',
  ],
  invalid: [
    { text: '（二）甲\n（三）乙', errors: [{ messageId: 'start', line: 1, column: 1 }] },
    { text: '一、甲\n2.子\n3.子', errors: [{ messageId: 'start', line: 2, column: 1 }] },
    { text: '　　二、甲\n　　三、乙', errors: [{ messageId: 'start', line: 1, column: 3 }] },
  ],
})

testRule(defaultEntry('numbering-child-reset'), {
  valid: [
    '一、甲\n（一）子\n（二）子\n二、乙\n（一）子',
    // a parent without children in between
    '一、甲\n（一）子\n二、乙\n三、丙\n（一）子',
    // skipping a level downward is allowed, and 1. under （一） restarts
    '一、甲\n1.子\n二、乙\n（一）子\n1.孙',
  ],
  invalid: [
    {
      text: '一、甲\n（一）子\n（二）子\n二、乙\n（三）子',
      errors: [{ messageId: 'childReset', line: 5, column: 1 }],
    },
    {
      text: '一、甲\n　　（一）子\n二、乙\n　　（二）子\n　　（三）子',
      errors: [{ messageId: 'childReset', line: 4, column: 3 }],
    },
    {
      text: '一、甲\n1.子\n2.子\n二、乙\n3.子',
      errors: [{ messageId: 'childReset', line: 5, column: 1 }],
    },
  ],
})

testRule(defaultEntry('numbering-level-order'), {
  valid: [
    // a new parent may use another child level
    '一、甲\n1.子\n2.子\n二、乙\n（一）子',
    '一、甲\n（一）子\n（1）孙',
    // one level skipped downward
    '一、甲\n1.子\n（1）孙',
  ],
  invalid: [
    { text: '一、甲\n1.子\n2.子\n（一）孙', errors: [{ messageId: 'upward', line: 4, column: 1 }] },
    { text: '（一）甲\n（1）子\n1.孙', errors: [{ messageId: 'upward', line: 3, column: 1 }] },
    { text: '一、甲\r\n①子\r\n（1）孙', errors: [{ messageId: 'upward', line: 3, column: 1 }] },
  ],
})

testRule(defaultEntry('numbering-arabic-dunhao'), {
  valid: [
    // a list of months
    '1、2月份完成',
    // an approximate number (num-approx-form's)
    '3、4次',
    // a list of years
    '2023、2024年',
  ],
  invalid: [
    {
      text: '　　2、强化监督执纪',
      errors: [{ messageId: 'arabicDunhao', line: 1, column: 3 }],
      output: '　　2.强化监督执纪',
    },
    {
      text: '一、总体\r\n10、其他',
      errors: [{ messageId: 'arabicDunhao', line: 2, column: 1 }],
      output: '一、总体\r\n10.其他',
    },
    {
      text: '（一）甲\n3、落实',
      errors: [{ messageId: 'arabicDunhao', line: 2, column: 1 }],
      output: '（一）甲\n3.落实',
    },
  ],
})

testRule(defaultEntry('numbering-bracket-extra-punct'), {
  valid: [
    // a quotation after the marker
    '（一）“三会一课”',
    // the 顿号 separates two phrases of the title
    '（一）加强学习、提高站位',
    // a court case number
    '（2023）京0105民初123号',
  ],
  invalid: [
    {
      text: '（二）.压实责任',
      errors: [{ messageId: 'extraPunct', line: 1, column: 4 }],
      output: '（二）压实责任',
    },
    {
      text: '（三），加强',
      errors: [{ messageId: 'extraPunct', line: 1, column: 4 }],
      output: '（三）加强',
    },
    {
      text: '（十一）、其他',
      errors: [{ messageId: 'extraPunct', line: 1, column: 5 }],
      output: '（十一）其他',
    },
    {
      text: '（1）：总体',
      errors: [{ messageId: 'extraPunct', line: 1, column: 4 }],
      output: '（1）总体',
    },
  ],
})

testRule(defaultEntry('numbering-hanzi-mark'), {
  valid: [
    // a decimal slip, not a heading mark
    '二.5万元',
    // an approximate number
    '二、三产业',
    '一是加强学习',
  ],
  invalid: [
    {
      text: '二.主要问题',
      errors: [{ messageId: 'hanziMark', line: 1, column: 1 }],
      output: '二、主要问题',
    },
    {
      text: '三，下一步打算',
      errors: [{ messageId: 'hanziMark', line: 1, column: 1 }],
      output: '三、下一步打算',
    },
    {
      text: '十一，其他',
      errors: [{ messageId: 'hanziMark', line: 1, column: 1 }],
      output: '十一、其他',
    },
    {
      text: '　　四.其他\r\n',
      errors: [{ messageId: 'hanziMark', line: 1, column: 3 }],
      output: '　　四、其他\r\n',
    },
  ],
})

testRule(defaultEntry('numbering-halfwidth-paren'), {
  valid: [
    // a Latin option letter
    '(a)选项',
    // a year in brackets
    '(2023)',
    // a note label
    '(注)',
  ],
  invalid: [
    {
      text: '(二)强化作风建设',
      errors: [{ messageId: 'halfwidthParen', line: 1, column: 1 }],
      output: '（二）强化作风建设',
    },
    {
      text: '　　(3)落实',
      errors: [{ messageId: 'halfwidthParen', line: 1, column: 3 }],
      output: '　　（3）落实',
    },
    {
      text: '（四)其他',
      errors: [{ messageId: 'halfwidthParen', line: 1, column: 1 }],
      output: '（四）其他',
    },
    {
      text: '(十二)其他',
      errors: [{ messageId: 'halfwidthParen', line: 1, column: 1 }],
      output: '（十二）其他',
    },
  ],
})

testRule(defaultEntry('numbering-enclosed-glyph'), {
  valid: [
    // ① is a typed circled number, the usual fifth level
    '①加强学习',
    // ① to ⑳ are the fifth-level form
    '⑩其他',
    '（5）加强',
  ],
  invalid: [
    {
      text: '㈡压实责任',
      errors: [{ messageId: 'enclosedGlyph', line: 1, column: 1 }],
      output: '（二）压实责任',
    },
    {
      text: '⒊强化监督',
      errors: [{ messageId: 'enclosedGlyph', line: 1, column: 1 }],
      output: '3.强化监督',
    },
    {
      text: '　　⑸加强\r\n',
      errors: [{ messageId: 'enclosedGlyph', line: 1, column: 3 }],
      output: '　　（5）加强\r\n',
    },
  ],
})

testRule(defaultEntry('numbering-di-yi-comma'), {
  valid: [
    // 第二、三名 is a range of ranks
    '会上，第二、三名发言',
    // a list of quarters
    '第三、第四季度',
    // ranks in a sentence
    '他排第一、第二',
  ],
  invalid: [
    {
      text: '其次、要强化监督',
      errors: [{ messageId: 'comma', line: 1, column: 3 }],
      output: '其次，要强化监督',
    },
    {
      text: '其一、坚持',
      errors: [{ messageId: 'comma', line: 1, column: 3 }],
      output: '其一，坚持',
    },
    {
      text: '再次、压实',
      errors: [{ messageId: 'comma', line: 1, column: 3 }],
      output: '再次，压实',
    },
    {
      text: '　　最后、全面总结\r\n',
      errors: [{ messageId: 'comma', line: 1, column: 5 }],
      output: '　　最后，全面总结\r\n',
    },
  ],
})

testRule(defaultEntry('numbering-yishi-mark'), {
  valid: [
    // 统一 is a word
    '统一是',
    // 唯一 is a word
    '唯一是',
    // 第一是 is a ranking, not 一是
    '第一是',
  ],
  invalid: [
    {
      text: '　　一是：坚持学习；二是：强化监督。',
      errors: [
        { messageId: 'shiMark', line: 1, column: 5 },
        { messageId: 'shiMark', line: 1, column: 13 },
      ],
      output: '　　一是坚持学习；二是强化监督。',
    },
    {
      text: '三是、严格考核',
      errors: [{ messageId: 'shiMark', line: 1, column: 3 }],
      output: '三是严格考核',
    },
    {
      text: '其中，四是:加强宣传',
      errors: [{ messageId: 'shiMark', line: 1, column: 6 }],
      output: '其中，四是加强宣传',
    },
  ],
})

testRule(defaultEntry('numbering-yishi-sequence'), {
  valid: [
    // the quoted list is counted on its own
    '他说“一是团结，二是奋斗”，会议强调一是落实；二是监督。',
    // each paragraph has its own list
    '一是学习；二是监督。\n一是考核；二是问责。',
    // 统一是 is no enumerator
    '统一是前提，二是基础',
  ],
  invalid: [
    // one slip, one finding: after the repeat, 四是 is in its place
    {
      text: '一是学习；二是监督；二是考核；四是问责。',
      errors: [{ messageId: 'repeat', line: 1, column: 11 }],
    },
    {
      text: '一是学习；二是监督；二是考核；五是问责。',
      errors: [
        { messageId: 'repeat', line: 1, column: 11 },
        { messageId: 'gap', line: 1, column: 16 },
      ],
    },
    {
      text: '一是学习；二是监督；二是考核。',
      errors: [{ messageId: 'repeat', line: 1, column: 11 }],
    },
    {
      text: '一是学习；二是监督。一是考核。',
      errors: [{ messageId: 'restart', line: 1, column: 11 }],
    },
    {
      text: '主要有：一是学习；二是监督；三是考核；五是宣传。',
      errors: [{ messageId: 'gap', line: 1, column: 20 }],
    },
    { text: '他说：“一是学习；三是监督。”', errors: [{ messageId: 'gap', line: 1, column: 10 }] },
  ],
})

testRule(defaultEntry('numbering-mixed-enumerators'), {
  valid: [
    // the quoted list is another family's list on its own
    '他提出“第一，团结；第二，奋斗”，首先，要学习；其次，要监督。',
    // 第一季度 is no enumerator
    '第一季度完成学习，其次是监督。',
    // 一是/二是 nest inside 首先/其次
    '首先，学习；二是监督。',
  ],
  invalid: [
    { text: '第一，学习；其次，监督。', errors: [{ messageId: 'mixed', line: 1, column: 7 }] },
    { text: '其一，学习；第二，监督。', errors: [{ messageId: 'mixed', line: 1, column: 7 }] },
    {
      text: '他说：“首先，要学习；第二，要监督。”',
      errors: [{ messageId: 'mixed', line: 1, column: 12 }],
    },
  ],
})
