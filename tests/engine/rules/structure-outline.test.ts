// Required sections, 落款, 附件说明, orphan headings, heading end marks and count claims.
import { defaultEntry, testRule } from '../rule-tester'

const X = '𠮷' // outside the BMP: two UTF-16 units
const T = '关于2023年度党建工作情况的报告'
const END = '\n特此报告。\n\n××局\n2024年1月15日'

testRule(defaultEntry('structure-required-sections'), {
  valid: [
    `${T}\n一、主要工作及成效\n二、存在的问题和不足\n三、下一步工作打算`,
    // words inserted into a synonym still name the section: 存在的主要问题
    `${T}\n一、主要工作成效\n二、存在的主要问题\n三、2024年工作计划`,
    // a 工作要点 requires no 存在问题 section
    '2024年全局工作要点\n一、着力推动高质量发展\n二、着力保障和改善民生',
    // a 专题报告 with none of the blocks follows another pattern
    `${T}\n一、事故经过\n二、原因分析\n三、处理意见`,
    // a fragment with a single top-level heading is not judged
    `${T}\n一、主要工作及成效`,
    // the body opens with the work done, under a heading in its own words
    `${T}\n一、提高政治站位，切实扛起整改责任\n二、存在的问题\n三、下一步工作打算`,
    // a head noun ending a member of the caption: 问题及原因
    `${T}\n一、整改工作开展情况\n二、尚未整改到位的问题及原因\n三、下一步工作措施`,
  ],
  invalid: [
    {
      // a first heading that names another block does not stand for the work done
      text: `${T}\n一、存在的主要问题\n二、下一步工作打算`,
      errors: [{ messageId: 'missing', line: 2, column: 1, endColumn: 3 }],
    },
    {
      // 把方向 names no 努力方向: the missing section is pointed at where it belongs, not at 一、
      text: `${T}\n一、坚持党建引领，党委把方向、管大局作用有效发挥\n二、下一步工作打算`,
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 3 }],
    },
    {
      // pointed at the section that should follow the missing one
      text: `${T}\n一、主要工作及成效\n二、下一步工作打算`,
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 3 }],
    },
    {
      // the last section missing: pointed at the title
      text: `\u3000${T}\r\n\u3000\u3000一、${X}主要工作及成效\r\n\u3000\u3000二、存在的不足`,
      errors: [{ messageId: 'missing', line: 1, column: 2, endColumn: 19 }],
    },
  ],
})

testRule(defaultEntry('structure-signature-and-date'), {
  valid: [
    `${T}\n一、工作情况${END}`,
    // a 工作要点 is issued as an attachment: no 落款 of its own
    '2024年全局工作要点\n一、甲\n二、乙',
    // the 落款 may be set off by a blank line
    `${T}\n正文。\n\n××局\n\n2024年1月15日`,
    // a 述职报告 is signed by its author
    `${T}\n正文。\n\n述职人：张建国\n2024年12月20日`,
  ],
  invalid: [
    {
      text: `${T}\n一、工作情况\n特此报告。`,
      errors: [{ messageId: 'missingDate', line: 3, column: 5, endColumn: 6 }],
    },
    {
      text: `${T}\r\n\u3000\u3000一、工作情况\r\n\u3000\u3000特此报告。\r\n\u3000\u30002024年1月15日`,
      errors: [{ messageId: 'missingSignature', line: 4, column: 3, endColumn: 13 }],
    },
    {
      text: `${T}\n一、工作情况\n全年完成${X}`,
      errors: [{ messageId: 'missingDate', line: 3, column: 5, endColumn: 7 }],
    },
  ],
})

testRule(defaultEntry('structure-attachment-note-format'), {
  valid: [
    '附件：1.党建工作台账\n　　　2.党员花名册',
    '附件：党建工作台账',
    // the header of an attachment after the 落款
    '附件1',
  ],
  invalid: [
    {
      text: '附件:1、党建工作台账；',
      errors: [
        { messageId: 'colon', line: 1, column: 3, endColumn: 4 },
        { messageId: 'itemMark', line: 1, column: 4, endColumn: 6 },
        { messageId: 'trailing', line: 1, column: 12, endColumn: 13 },
      ],
      output: '附件：1.党建工作台账',
    },
    {
      text: `正文。\r\n\u3000\u3000附件：1.${X}台账\r\n\u3000\u3000\u3000\u30002、党员花名册。`,
      errors: [
        { messageId: 'itemMark', line: 3, column: 5, endColumn: 7 },
        { messageId: 'trailing', line: 3, column: 12, endColumn: 13 },
      ],
      output: `正文。\r\n\u3000\u3000附件：1.${X}台账\r\n\u3000\u3000\u3000\u30002.党员花名册`,
    },
  ],
})

testRule(defaultEntry('structure-attachment-consistency'), {
  valid: [
    '正文详见附件2。\n附件：1.党建工作台账\n2.党员花名册',
    // no 附件说明: the count is unknown, so nothing is claimed
    '正文详见附件3。',
    // a long attachment title may run over two lines
    '正文。\n附件：1.关于2023年度党建工作情况的报告\n××局\n2024年1月15日\n附件1\n关于2023年度党建\n工作情况的报告',
    '正文见附件1。\n附件：1.党建台账\n2.花名册\n××局\n2024年1月15日\n附件1\n党建台账\n附件2\n《花名册》',
    // names that begin with a year: "2.2024年…" reads as a decimal, yet it is the note's item 2
    '正文。\n附件：1.2024年事故统计表\n\u3000\u3000\u30002.2024年隐患整改表\n××局\n2024年7月8日\n附件1\n2024年事故统计表\n附件2\n2024年隐患整改表',
  ],
  invalid: [
    {
      text: '正文详见附件3。\n附件：1.党建工作台账\n2.党员花名册',
      errors: [{ messageId: 'refBeyond', line: 1, column: 5, endColumn: 8 }],
    },
    {
      text: `${X}正文。\r\n附件：1.党建台账\r\n\u3000\u3000\u30002.花名册\r\n××局\r\n2024年1月15日\r\n附件1\r\n党建工作台账`,
      errors: [
        { messageId: 'countMismatch', line: 2, column: 1, endColumn: 10 },
        { messageId: 'titleMismatch', line: 7, column: 1, endColumn: 7 },
      ],
    },
    {
      text: '正文。\n附件：1.2024年甲表\n2.2024年乙表\n××局\n2024年7月8日\n附件1\n2024年甲表\n附件2\n2024年丙表',
      errors: [{ messageId: 'titleMismatch', line: 9, column: 1, endColumn: 8 }],
    },
  ],
})

testRule(defaultEntry('structure-orphan-heading'), {
  valid: [
    '一、工作情况\n（一）强化学习\n（二）压实责任\n二、存在问题',
    // headings without any sub-heading are fine
    '一、工作情况\n二、存在问题',
  ],
  invalid: [
    {
      text: '一、工作情况\n（一）强化学习\n二、存在问题',
      errors: [{ messageId: 'orphan', line: 2, column: 1, endColumn: 4 }],
    },
    {
      text: `${X}\r\n一、工作情况\r\n（一）甲\r\n\u3000\u30001.${X}学习\r\n（二）乙`,
      errors: [{ messageId: 'orphan', line: 4, column: 3, endColumn: 5 }],
    },
  ],
})

testRule(defaultEntry('structure-heading-terminal-punct'), {
  valid: [
    '一、主要工作开展情况\n（一）强化学习\n（二）压实责任',
    // leaf items read as sentences: （1）压缩审批时限。 followed by （2）
    '1.措施\n（1）压缩审批时限。\n（2）推行告知承诺制。',
    // a run-in heading carries its body on the same line
    '（一）强化政治引领。全年开展学习12次。\n（二）压实责任。',
    // a body run in after a colon: the final mark ends the body, not the heading
    '（一）主要做法：全年开展学习12次。\n学习覆盖全体党员。\n（二）存在问题',
    // a paragraph after the last leaf item may close the whole list
    '1.措施\n（1）压缩审批时限。\n（2）推行告知承诺制。\n以上措施均已落实。',
  ],
  invalid: [
    {
      text: '一、主要工作开展情况。\n（一）强化学习\n（二）压实责任',
      errors: [{ messageId: 'terminal', line: 1, column: 11, endColumn: 12 }],
      output: '一、主要工作开展情况\n（一）强化学习\n（二）压实责任',
    },
    {
      text: `${X}\r\n\u3000\u3000（一）${X}主要做法：\r\n\u3000\u3000全年开展学习12次。\r\n\u3000\u3000（二）存在问题`,
      errors: [{ messageId: 'terminal', line: 2, column: 12, endColumn: 13 }],
      output: `${X}\r\n\u3000\u3000（一）${X}主要做法\r\n\u3000\u3000全年开展学习12次。\r\n\u3000\u3000（二）存在问题`,
    },
  ],
})

testRule(defaultEntry('consistency-count-claim'), {
  valid: [
    '主要开展了以下四个方面工作：\n一、甲\n二、乙\n三、丙\n四、丁',
    '存在以下两个问题：一是学习不深；二是融合不够。',
    // the claim is not directly followed by the list: nothing to compare
    '主要开展了以下三个方面工作。\n全年成效明显。\n一、甲\n二、乙',
    // a summary's 问题 and 打算 sections may follow the claimed work items at the same level
    '2024年工作总结\n县人民政府：\n全年主要做了以下两个方面工作：\n一、粮食生产\n二、产业发展\n三、存在的问题\n四、2025年工作打算',
    // a claim that counts the sections themselves
    '关于2024年工作情况的报告\n县人民政府：\n报告分以下三个部分：\n一、工作开展情况\n二、存在的问题\n三、下一步工作打算',
  ],
  invalid: [
    {
      text: '主要开展了以下三个方面工作：\n一、甲\n二、乙\n三、丙\n四、丁',
      errors: [{ messageId: 'count', line: 1, column: 6, endColumn: 12 }],
    },
    {
      text: `${X}\r\n\u3000\u3000存在以下三个问题：一是学习不深；二是融合不够。`,
      errors: [{ messageId: 'count', line: 2, column: 5, endColumn: 11 }],
    },
    {
      text: '一、工作情况\n重点抓好以下3项工作。\n（一）甲\n（二）乙\n二、存在问题',
      errors: [{ messageId: 'count', line: 2, column: 5, endColumn: 9 }],
    },
    {
      // the work items before the 问题 section are the ones claimed: two, not three
      text: '2024年工作总结\n县人民政府：\n全年主要做了以下三个方面工作：\n一、粮食生产\n二、产业发展\n三、存在的问题\n四、下一步工作打算',
      errors: [{ messageId: 'count', line: 3, column: 7, endColumn: 13 }],
    },
  ],
})
