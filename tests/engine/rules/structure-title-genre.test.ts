// Title form, genre against closing, 请示 wording in reports, one matter per 请示, closing formula, 主送 colon.
import { defaultEntry, testRule } from '../rule-tester'

const X = '𠮷' // outside the BMP: two UTF-16 units
const T = '关于2023年度党建工作情况的报告' // 17 characters

testRule(defaultEntry('structure-title-punctuation'), {
  valid: [
    `${T}\n正文。`,
    // 书名号 and quotation marks may hold marks of their own
    '关于贯彻落实《关于加强和改进党的建设的意见，试行》情况的报告\n正文。',
    // a first paragraph without its full stop is not a title
    '2023年，区教育局坚持立德树人根本任务\n正文。',
    // a lone line is a fragment, not a titled document
    `${T}。`,
  ],
  invalid: [
    {
      text: `${T}。\n正文。`,
      errors: [{ messageId: 'trailing', line: 1, column: 18, endColumn: 19 }],
      output: `${T}\n正文。`,
    },
    {
      text: `\u3000\u3000关于${X}党建，党风廉政建设工作情况的报告.\r\n正文。`,
      errors: [
        { messageId: 'inner', line: 1, column: 9, endColumn: 10 },
        { messageId: 'trailing', line: 1, column: 23, endColumn: 24 },
      ],
      output: `\u3000\u3000关于${X}党建，党风廉政建设工作情况的报告\r\n正文。`,
    },
  ],
})

testRule(defaultEntry('structure-title-elements'), {
  valid: [
    '国家税务总局××市税务局党委关于2023年度党建工作情况的报告\n正文。',
    '××局关于追加培训经费的请示\r\n正文。',
    // 工作要点 and 工作总结 are genres of their own (事务文书), not titles missing a genre
    '2024年全局工作要点\n一、甲',
    // a long title over two lines: the genre is on the second
    '临江县应急管理局关于2024年上半年全县\n安全生产工作情况的报告\n县人民政府：\n正文。',
  ],
  invalid: [
    {
      // over two lines without an issuer: the range covers both lines
      text: '关于2024年上半年全县\r\n安全生产工作情况的报告\r\n正文。',
      errors: [{ messageId: 'organ', line: 1, column: 1, endLine: 2, endColumn: 12 }],
    },
    {
      text: '2023年度党建和党风廉政建设工作情况\n正文。',
      errors: [{ messageId: 'genre', line: 1, column: 1, endColumn: 20 }],
    },
    {
      text: `\u3000${T}\r\n${X}正文。`,
      errors: [{ messageId: 'organ', line: 1, column: 2, endColumn: 19 }],
    },
  ],
})

testRule(defaultEntry('structure-title-genre-mismatch'), {
  valid: [
    `${T}\n一、工作情况\n特此报告。`,
    '关于追加培训经费的请示\n一、事由\n妥否，请批示。',
    // a 工作要点 has no closing of its own to compare
    '2024年全局工作要点\n一、甲\n特此报告。',
  ],
  invalid: [
    {
      text: `${T}\n一、工作情况\n妥否，请批示。`,
      errors: [{ messageId: 'mismatch', line: 3, column: 1, endColumn: 7 }],
    },
    {
      text: `\u3000关于${X}经费的请示\r\n\u3000\u3000一、事由\r\n\u3000\u3000特此报告。\r\n\r\n××局\r\n2024年1月15日`,
      errors: [{ messageId: 'mismatch', line: 3, column: 3, endColumn: 7 }],
    },
  ],
})

testRule(defaultEntry('structure-no-request-in-report'), {
  valid: [
    `${T}\n经费使用情况另行请示。\n特此报告。`,
    // 请示 wording in a 请示 is its business
    '关于追加经费的请示\n拟追加经费20万元，妥否，请批示。',
    // "已经市政府批准" reports a decision, it does not ask for one
    `${T}\n该项目已经市政府批准。\n特此报告。`,
  ],
  invalid: [
    {
      text: `${T}\n拟申请追加经费20万元，妥否，请批示。`,
      errors: [{ messageId: 'requestInReport', line: 2, column: 13, endColumn: 19 }],
    },
    {
      text: `${X}工作总结\r\n\u3000\u3000建议增设窗口，请予批准。\r\n特此报告。`,
      errors: [{ messageId: 'requestInReport', line: 2, column: 10, endColumn: 14 }],
    },
  ],
})

testRule(defaultEntry('structure-one-matter-per-request'), {
  valid: ['关于追加经费的请示\n拟追加培训经费10万元。\n妥否，请批示。'],
  invalid: [
    {
      text: '关于追加经费的请示\n拟追加培训经费，妥否，请批示。\n拟增加编制，妥否，请批示。',
      errors: [{ messageId: 'oneRequest', line: 3, column: 7, endColumn: 13 }],
    },
    {
      text: `关于${X}的请示\r\n\u3000\u3000甲事当否，请批复。\r\n\u3000\u3000乙事妥否,请批示。`,
      errors: [{ messageId: 'oneRequest', line: 3, column: 5, endColumn: 11 }],
    },
  ],
})

testRule(defaultEntry('structure-closing-formula'), {
  valid: [
    `${T}\n一、工作情况\n特此报告。`,
    // a 工作总结 has no fixed closing in the default types
    '2023年度党建工作总结\n一、工作情况\n以上，请审阅',
  ],
  invalid: [
    {
      text: `${T}\n一、工作情况\n以上，请审阅`,
      errors: [{ messageId: 'missing', line: 3, column: 6, endColumn: 7 }],
    },
    {
      text: `${T}\r\n\u3000\u3000一、工作情况\r\n\u3000\u3000特此报告\r\n\r\n××局\r\n2024年1月15日`,
      errors: [{ messageId: 'period', line: 3, column: 3, endColumn: 7 }],
      output: `${T}\r\n\u3000\u3000一、工作情况\r\n\u3000\u3000特此报告。\r\n\r\n××局\r\n2024年1月15日`,
    },
    {
      // the missing closing is pointed at the last character, a whole one outside the BMP
      text: `${T}\n一、工作情况\n全年完成${X}`,
      errors: [{ messageId: 'missing', line: 3, column: 5, endColumn: 7 }],
    },
  ],
})

testRule(defaultEntry('structure-recipient-colon'), {
  valid: [
    `${T}\n国家税务总局××省税务局党委：\n正文。`,
    // a lead-in sentence after the title is not a 主送机关
    `${T}\n现将有关情况报告如下:\n正文。`,
  ],
  invalid: [
    {
      text: `${T}\n国家税务总局××省税务局党委:\n正文。`,
      errors: [{ messageId: 'replace', line: 2, column: 15, endColumn: 16 }],
      output: `${T}\n国家税务总局××省税务局党委：\n正文。`,
    },
    {
      text: `${T}\r\n\r\n${X}市税务局党委:\u3000\r\n正文。`,
      errors: [{ messageId: 'replace', line: 3, column: 9, endColumn: 10 }],
      output: `${T}\r\n\r\n${X}市税务局党委：\u3000\r\n正文。`,
    },
  ],
})
