// Wording rules of the default rulebook: 截止/截至, 介词连用, redundancy, doubled words, honorifics, 固有表述.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('phrasing-jiezhi-no-object'), {
  valid: [
    '截至目前，已完成。',
    '截至2023年底，共查处案件5起。',
    // 截至 followed by its time object on the next line is a wrapped sentence, not an ending
    '工作成果统计截至\n2023年底。',
    // an ellipsis or a decimal after 截至 is no sentence end
    '报名于5月30日截至...',
    '统计到6月底截至.5',
    '报名于5月30日截止。',
  ],
  invalid: [
    {
      text: '报名于5月30日截至。',
      errors: [{ messageId: 'replace', line: 1, column: 9, endColumn: 11 }],
      output: '报名于5月30日截止。',
    },
    {
      text: '𠮷\r\n\u3000\u3000申报工作到6月底截至',
      errors: [{ messageId: 'replace', line: 2, column: 11, endColumn: 13 }],
      output: '𠮷\r\n\u3000\u3000申报工作到6月底截止',
    },
    // fuzz counterexample: removing the stray space must not reveal the error
    {
      text: '2024年01月05日\u3000截至',
      errors: [{ messageId: 'replace', column: 13, endColumn: 15 }],
      output: '2024年01月05日\u3000截止',
    },
    // a half-width mark ends the sentence as the 。 it is fixed to (fuzz counterexample)
    {
      text: '2023年2月29日截至.',
      errors: [{ messageId: 'replace', column: 11, endColumn: 13 }],
      output: '2023年2月29日截止.',
    },
  ],
})

testRule(defaultEntry('phrasing-jiezhi-jiezhi'), {
  valid: [
    '截至2023年底，共查处案件5起。',
    '报名于5月30日截止。',
    '截止日期为6月30日。',
    // 截止到 is an accepted form
    '截止到9月底，开展检查。',
  ],
  invalid: [
    {
      text: '截止9月底，开展内部监督检查。',
      errors: [{ messageId: 'replace', line: 1, column: 1, endColumn: 3 }],
      output: '截至9月底，开展内部监督检查。',
    },
    {
      text: '𠮷\r\n\u3000\u3000截止目前，已完成。',
      errors: [{ messageId: 'replace', line: 2, column: 3, endColumn: 5 }],
      output: '𠮷\r\n\u3000\u3000截至目前，已完成。',
    },
    // a stray space before the time (fuzz counterexample: removing it revealed the error)
    {
      text: '截止 8:30',
      errors: [{ messageId: 'replace', column: 1, endColumn: 3 }],
      output: '截至 8:30',
    },
  ],
})

testRule(defaultEntry('phrasing-guanyu-dui'), {
  valid: [
    '关于2023年度工作情况的报告',
    '关于对外开放工作的报告',
    '关于就业创业工作的报告',
    '关于对口支援工作的通知',
  ],
  invalid: [
    {
      text: '关于对2023年度工作情况的报告',
      errors: [{ messageId: 'replace', line: 1, column: 1, endColumn: 4 }],
      output: '关于2023年度工作情况的报告',
    },
    {
      text: '𠮷\r\n\u3000关于就有关问题的请示',
      errors: [{ messageId: 'replace', line: 2, column: 2 }],
      output: '𠮷\r\n\u3000关于有关问题的请示',
    },
    // a no-break space between the prepositions, which format-stray-spaces deletes (fuzz)
    {
      text: '关于\u00a0对',
      errors: [{ messageId: 'replace', column: 1, endColumn: 5 }],
      output: '关于',
    },
  ],
})

testRule(defaultEntry('phrasing-genre-redundancy'), {
  valid: [
    '关于解决经费的请示\n市局：',
    // only the title is checked
    '关于经费的请示\n\n我局请求解决的请示事项如下。',
  ],
  invalid: [
    {
      text: '关于请求解决经费的请示\n市局：',
      errors: [{ messageId: 'flag', line: 1, column: 3, endColumn: 5 }],
    },
    {
      text: '\u3000𠮷关于上报2023年工作情况的报告\r\n\r\n现将情况报告如下。',
      errors: [{ messageId: 'flag', line: 1, column: 6, endColumn: 8 }],
    },
  ],
})

testRule(defaultEntry('phrasing-semantic-redundancy'), {
  valid: [
    '大约30人参加。',
    '30人左右参加。',
    '涉及多个部门。',
    '约有一半',
    '2000余人参加，100人以上获奖，许多人左右为难。',
  ],
  invalid: [
    {
      text: '大约30人左右参加。',
      errors: [{ messageId: 'flag', line: 1, column: 1, endColumn: 8 }],
    },
    {
      text: '𠮷\r\n\u3000涉及到多个部门，凯旋归来。',
      errors: [
        { messageId: 'flag', line: 2, column: 2 },
        { messageId: 'flag', line: 2, column: 10 },
      ],
    },
    {
      // an approximate figure said twice (余…左右, 多…左右), a lower bound said twice (超过…以上)
      text: '参演人员2000余人左右，十多天左右，超过100人以上。',
      errors: [
        { messageId: 'flag', line: 1, column: 5, endColumn: 13 },
        { messageId: 'flag', line: 1, column: 14, endColumn: 19 },
        { messageId: 'flag', line: 1, column: 20, endColumn: 28 },
      ],
    },
  ],
})

testRule(defaultEntry('phrasing-duplicated-token'), {
  valid: [
    '学习贯彻习近平新时代中国特色社会主义思想。',
    // legitimate doubled characters
    '为了了解情况，常常深入基层。',
    '实现目的的手段。',
    '研究研究再定。',
    '认认真真、扎扎实实开展工作。',
    '习近平总书记强调。',
    // a word ending in 习 before the name, and 中国共产党 before 党委、党组、党员
    '及时跟进学习习近平总书记重要讲话精神。',
    '根据《中国共产党党委（党组）理论学习中心组学习规则》，发展中国共产党党员。',
    // a term's characters doubled apart, not inside it
    '中国共产党中央委员会，协会会长。',
  ],
  invalid: [
    {
      text: '学习贯彻习习近平新时代中国特色社会主义思想。',
      errors: [{ messageId: 'term', line: 1, column: 5, endColumn: 6 }],
      output: '学习贯彻习近平新时代中国特色社会主义思想。',
    },
    {
      // the name doubled after 学习, and 的的 after 中国共产党, are still typos
      text: '学习习近平习近平新时代思想，坚持中国共产党的的领导。',
      errors: [
        { messageId: 'word', line: 1, column: 6, endColumn: 9 },
        { messageId: 'char', line: 1, column: 23, endColumn: 24 },
      ],
      output: '学习习近平新时代思想，坚持中国共产党的领导。',
    },
    {
      // a doubled 的 after an allowed reduplication (研究研究) on the same line
      text: '我们要研究研究的的问题。',
      errors: [{ messageId: 'char', line: 1, column: 9, endColumn: 10 }],
      output: '我们要研究研究的问题。',
    },
    {
      text: '𠮷\r\n\u3000加强党的的建设，坚持新时代新时代要求。',
      errors: [
        { messageId: 'char', line: 2, column: 6, endColumn: 7 },
        { messageId: 'word', line: 2, column: 15, endColumn: 18 },
      ],
      output: '𠮷\r\n\u3000加强党的建设，坚持新时代要求。',
    },
    {
      // a character inside a term doubled, and a congress's 大 doubled
      text: '坚决拥护党中中央决策，学习二十大大精神，坚持中国特色社会会主义。',
      errors: [
        { messageId: 'term', line: 1, column: 7, endColumn: 8 },
        { messageId: 'term', line: 1, column: 17, endColumn: 18 },
        { messageId: 'term', line: 1, column: 29, endColumn: 30 },
      ],
      output: '坚决拥护党中央决策，学习二十大精神，坚持中国特色社会主义。',
    },
    {
      // the word holds a character twice (党…党): its nearest earlier occurrence is not the copy's
      text: '团结党和党员党和党员群众。',
      errors: [{ messageId: 'word', line: 1, column: 7, endColumn: 11 }],
      output: '团结党和党员群众。',
    },
    {
      // every character recurs 2 places on, yet the doubled word is 4 long
      text: '全体党员党员党员党员',
      errors: [{ messageId: 'word', line: 1, column: 7, endColumn: 11 }],
      output: '全体党员党员',
    },
    {
      // a doubled word of 8 characters, at the end of the line
      text: '坚持中国特色社会主义中国特色社会主义',
      errors: [{ messageId: 'word', line: 1, column: 11, endColumn: 19 }],
      output: '坚持中国特色社会主义',
    },
  ],
})

testRule(
  {
    ...defaultEntry('phrasing-duplicated-token'),
    options: { chars: ['𠮷', '的'], terms: [], minWordLength: 0 },
  },
  {
    valid: ['\u3000\u3000投入2000万元，𠮷的𠮷。'],
    invalid: [
      {
        // an astral character is two code units: doubled, it is still found
        text: '\u3000\u3000名字里的𠮷𠮷字',
        errors: [{ messageId: 'char', line: 1, column: 9, endColumn: 11 }],
        output: '\u3000\u3000名字里的𠮷字',
      },
    ],
  },
)

testRule(defaultEntry('phrasing-honorific'), {
  valid: ['请贵局反馈。', '贵州省财政厅', '贵市的发展局面'],
  invalid: [
    {
      text: '请贵市财政局反馈。',
      errors: [{ messageId: 'flag', line: 1, column: 2, endColumn: 7 }],
    },
    { text: '𠮷\r\n\u3000请贵省税务局研究。', errors: [{ messageId: 'flag', line: 2, column: 3 }] },
  ],
})

testRule(defaultEntry('phrasing-honorific-mixed'), {
  valid: ['请贵局反馈。\n贵局应于5日前报送。', '你局报来的请示收悉。\n你局应于5日前报送。'],
  invalid: [
    {
      text: '请贵局反馈。\n你局应于5日前报送。',
      errors: [{ messageId: 'mixed', line: 2, column: 1, endColumn: 3 }],
    },
    {
      text: '𠮷请你单位反馈。\r\n\u3000贵单位应按时报送。',
      errors: [{ messageId: 'mixed', line: 2, column: 2, endColumn: 5 }],
    },
  ],
})

testRule(defaultEntry('phrasing-fixed-political-terms'), {
  valid: [
    '新中国成立以来',
    '党的十九大以来',
    '深入学习贯彻党的二十大精神。',
    '中共十八大',
    // quoted as it should be, also inside a quotation; an approximate number
    '“十四五”规划，他说“‘十五五’时期”，十四五个人，十四五岁。',
  ],
  invalid: [
    {
      text: '围绕十四五规划目标，谋划十五五发展。',
      errors: [
        { messageId: 'replace', line: 1, column: 3, endColumn: 6 },
        { messageId: 'replace', line: 1, column: 13, endColumn: 16 },
      ],
      output: '围绕“十四五”规划目标，谋划“十五五”发展。',
    },
    {
      text: '建国以来',
      errors: [{ messageId: 'replace', line: 1, column: 1, endColumn: 5 }],
      output: '新中国成立以来',
    },
    {
      text: '𠮷\r\n\u3000十九大以来',
      errors: [{ messageId: 'replace', line: 2, column: 2 }],
      output: '𠮷\r\n\u3000党的十九大以来',
    },
  ],
})

testRule(defaultEntry('phrasing-common-typos'), {
  valid: [
    '认真部署各项工作，自即日起执行，对账户进行清理。',
    // 按 before a word starting with 排; 帐 of a tent
    '按排名先后录取，按排查情况整改，搭建帐篷。',
    '签订协议，中华人民共和国。',
  ],
  invalid: [
    {
      text: '认真布署各项工作，\r\n自既日起执行，对帐户和台帐进行清理。',
      errors: [
        { messageId: 'replace', line: 1, column: 3, endColumn: 5 },
        { messageId: 'replace', line: 2, column: 2, endColumn: 5 },
        { messageId: 'replace', line: 2, column: 8, endColumn: 10 },
        { messageId: 'replace', line: 2, column: 12, endColumn: 14 },
      ],
      output: '认真部署各项工作，\r\n自即日起执行，对账户和台账进行清理。',
    },
    {
      text: '依据《中国人民共和国安全生产法》，按排专人负责。',
      errors: [
        { messageId: 'replace', line: 1, column: 4, endColumn: 11 },
        { messageId: 'replace', line: 1, column: 18, endColumn: 20 },
      ],
      output: '依据《中华人民共和国安全生产法》，安排专人负责。',
    },
  ],
})
