// Consistency rules of the default rulebook: 书名, 机关名称, bracket width and quote style in one document.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('consistency-doc-title'), {
  valid: [
    '学习《中国共产党纪律处分条例》（以下简称《条例》）。\n对照《条例》。',
    '学习《中国共产党纪律处分条例》（以下简称《纪律处分条例》）。\n对照《纪律处分条例》。',
    // different years are different documents
    '印发《2023年工作要点》。\n印发《2024年工作要点》。',
    // two editions, each with its note, may both be cited
    '《条例（2018年修订）》废止，《条例（2023年修订）》施行。',
    '深入实施《区义务教育质量提升三年行动计划（2023—2025年）》。',
  ],
  invalid: [
    {
      text: '落实《中国共产党支部工作条例（试行）》。\n落实《中国共产党支部工作条例》。',
      errors: [{ messageId: 'edition', line: 2, column: 3, endColumn: 16 }],
    },
    {
      text: '𠮷学习《中国共产党纪律处分条例》。\r\n\u3000对照《纪律处分条例》，\r\n\u3000对照《中国共产党纪律处分条列》。',
      errors: [
        { messageId: 'short', line: 2, column: 4, endColumn: 12 },
        { messageId: 'near-miss', line: 3, column: 4 },
      ],
    },
  ],
})

testRule(defaultEntry('consistency-org-name'), {
  valid: ['国家税务总局部署。\n国家税务总局要求。', '国税总局部署。\n国税总局要求。'],
  invalid: [
    {
      text: '国家税务总局部署。\n国税总局要求。',
      errors: [{ messageId: 'mixed', line: 2, column: 1, endColumn: 5 }],
    },
    {
      text: '𠮷中纪委部署。\r\n\u3000中央纪委国家监委要求。',
      errors: [{ messageId: 'mixed', line: 2, column: 2, endColumn: 10 }],
    },
  ],
})

testRule(defaultEntry('consistency-bracket-width'), {
  valid: [
    '税务局（含分局）。\n党支部（含联合支部）。',
    // English and numbers in half-width brackets are left alone
    '税务局（含分局）。\n世界卫生组织(WHO)',
    // no full-width bracket anywhere: not mixed
    '党支部(含联合支部)。',
    // a heading marker belongs to the numbering rules
    '税务局（含分局）。\n(一)加强领导',
  ],
  invalid: [
    {
      text: '税务局（含分局）。\n党支部(含联合支部)。',
      errors: [{ messageId: 'brackets', line: 2, column: 4, endColumn: 11 }],
      output: '税务局（含分局）。\n党支部（含联合支部）。',
    },
    {
      text: '𠮷税务局（含分局）。\r\n\u3000\u3000党支部(含𠮷支部)。',
      errors: [{ messageId: 'brackets', line: 2, column: 6, endColumn: 13 }],
      output: '𠮷税务局（含分局）。\r\n\u3000\u3000党支部（含𠮷支部）。',
    },
  ],
})

testRule(defaultEntry('consistency-quote-style'), {
  valid: ['开展“以案促改”，推进“以案促治”。', '开展「以案促改」。'],
  invalid: [
    {
      text: '开展「以案促改」，推进“以案促治”。',
      errors: [{ messageId: 'quotes', line: 1, column: 3, endColumn: 9 }],
      output: '开展“以案促改”，推进“以案促治”。',
    },
    {
      text: '𠮷推进“以案促治”。\r\n\u3000开展「学习『两个维护』」。',
      errors: [{ messageId: 'quotes', line: 2, column: 4, endColumn: 14 }],
      output: '𠮷推进“以案促治”。\r\n\u3000开展“学习‘两个维护’”。',
    },
  ],
})

testRule(defaultEntry('consistency-year-scope'), {
  valid: [
    '关于2023年度工作情况的报告\n\n2023年全年共开展检查36次，较2022年全年增加5次。',
    // a case from last year handled this year is legitimate
    '2022年度党建工作总结\n\n2022年，县局党委对2021年度查处的案件全部开展“一案双查”。',
    // plans look back freely
    '2024年工作要点\n\n2023年，全局上下攻坚克难。',
    // a span of years in the title names no single year
    '2021—2023年工作总结\n\n2022年全年完成任务。',
    '关于2023年度工作情况的报告\n\n三、2024年工作计划',
  ],
  invalid: [
    {
      text: '关于2023年度工作情况的报告\n\n2022年全年共开展检查36次。',
      errors: [{ messageId: 'stale', line: 3, column: 1, endColumn: 8 }],
    },
    {
      text: '𠮷2023年度工作总结\r\n\r\n\u3000\u30002022年，县局党委坚持……\r\n一、2022年工作开展情况',
      errors: [
        { messageId: 'stale', line: 3, column: 3, endColumn: 8 },
        { messageId: 'stale', line: 4, column: 3, endColumn: 8 },
      ],
    },
  ],
})

testRule(defaultEntry('consistency-list-terminal'), {
  valid: [
    '一是加强学习；二是压实责任；三是强化监督。',
    '一是加强学习。二是压实责任。三是强化监督。',
    // a run-in series joined by commas is no list of clauses
    '做到一是学，二是做；坚持不懈。',
  ],
  invalid: [
    {
      text: '一是加强学习；二是压实责任。三是强化监督；',
      errors: [
        { messageId: 'mixed', line: 1, column: 14, endColumn: 15 },
        { messageId: 'last', line: 1, column: 21 },
      ],
      output: '一是加强学习；二是压实责任。三是强化监督。',
    },
    {
      text: '𠮷\r\n\u3000\u3000一是加强学习；二是压实责任；三是强化监督；',
      errors: [{ messageId: 'last', line: 2, column: 23, endColumn: 24 }],
      output: '𠮷\r\n\u3000\u3000一是加强学习；二是压实责任；三是强化监督。',
    },
  ],
})
