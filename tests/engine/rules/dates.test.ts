// Date rules of the default rulebook: impossible dates, weekdays, 汉字 vs Arabic forms (GB/T 9704 7.3.5).
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('num-date-validity'), {
  valid: [
    '于2024年2月29日召开。',
    // without a year, 2月29日 may exist
    '于2月29日召开。',
    '于6月30日前完成。',
    '会议于2024-02-29召开。',
  ],
  invalid: [
    {
      text: '于2023年2月29日召开。',
      errors: [{ messageId: 'invalid', line: 1, column: 2, endColumn: 12 }],
    },
    {
      text: '𠮷\r\n\u3000\u3000于6月31日、2023-13-01前完成。',
      errors: [
        { messageId: 'invalid', line: 2, column: 4, endColumn: 9 },
        { messageId: 'invalid', line: 2, column: 10, endColumn: 20 },
      ],
    },
  ],
})

testRule(defaultEntry('num-weekday-libai'), {
  valid: ['会议定于3月6日（星期三）召开。', '宗教场所礼拜活动有序开展，礼拜三次。'],
  invalid: [
    {
      text: '会议定于3月6日（礼拜三）召开，\r\n3月10日(礼拜天)休息。',
      errors: [
        { messageId: 'replace', line: 1, column: 10, endColumn: 12 },
        { messageId: 'replace', line: 2, column: 7, endColumn: 9 },
      ],
      output: '会议定于3月6日（星期三）召开，\r\n3月10日(星期天)休息。',
    },
  ],
})

testRule(defaultEntry('num-weekday-mismatch'), {
  valid: ['2024年1月15日（星期一）召开。', '2024年1月14日(周日)召开。', '1月15日（星期二）召开。'],
  invalid: [
    {
      text: '2024年1月15日（星期二）召开。',
      errors: [{ messageId: 'weekday', line: 1, column: 14, endColumn: 15 }],
      output: '2024年1月15日（星期一）召开。',
    },
    {
      text: '𠮷\r\n\u3000定于2024年1月14日（周六）召开。',
      errors: [{ messageId: 'weekday', line: 2, column: 16 }],
      output: '𠮷\r\n\u3000定于2024年1月14日（周日）召开。',
    },
  ],
})

testRule(defaultEntry('num-doc-date-arabic'), {
  valid: [
    '某某局\n2024年1月15日',
    // a 汉字 date inside a sentence is not the 成文日期
    '二〇二四年一月十五日召开会议。',
  ],
  invalid: [
    {
      text: '某某局\n二〇二四年一月十五日',
      errors: [{ messageId: 'doc-date', line: 2, column: 1, endColumn: 11 }],
      output: '某某局\n2024年1月15日',
    },
    {
      text: '𠮷某某局\r\n\u3000\u3000二〇二三年十二月二十五日',
      errors: [{ messageId: 'doc-date', line: 2, column: 3 }],
      output: '𠮷某某局\r\n\u3000\u30002023年12月25日',
    },
  ],
})

testRule(defaultEntry('num-doc-date-hao'), {
  valid: [
    '县统计局\n2025年1月16日',
    // 号 in the body is another matter (a house number, a document number)
    '1月16号召开会议。',
    '县统计局\n县统〔2025〕16号',
    '地址：人民路2025年1月16号',
  ],
  invalid: [
    {
      text: '县统计局\n2025年1月16号',
      errors: [{ messageId: 'replace', line: 2, column: 10, endColumn: 11 }],
      output: '县统计局\n2025年1月16日',
    },
    {
      text: '𠮷县统计局\r\n\u3000\u30002024年12月5号',
      errors: [{ messageId: 'replace', line: 2, column: 12 }],
      output: '𠮷县统计局\r\n\u3000\u30002024年12月5日',
    },
  ],
})

testRule(defaultEntry('num-mixed-date-forms'), {
  valid: [
    '2023年12月完成。',
    '2023年5月启动，2023年10月完成。',
    // only 汉字 dates: consistent
    '二〇二三年五月启动，二〇二三年十月完成。',
    '十月革命',
  ],
  invalid: [
    {
      text: '二〇二三年12月完成。',
      errors: [{ messageId: 'mixed-inside', line: 1, column: 1, endColumn: 9 }],
      output: '2023年12月完成。',
    },
    {
      text: '𠮷2023年5月启动，\r\n\u3000二〇二三年十月完成，2023年十二月验收。',
      errors: [
        { messageId: 'mixed-across', line: 2, column: 2, endColumn: 9 },
        { messageId: 'mixed-inside', line: 2, column: 12, endColumn: 20 },
      ],
      output: '𠮷2023年5月启动，\r\n\u30002023年10月完成，2023年12月验收。',
    },
  ],
})
