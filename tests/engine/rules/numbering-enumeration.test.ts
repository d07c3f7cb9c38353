// Inline enumerators inside a paragraph: 一是/二是, 第一/第二, 首先/其次 (GB/T 15834 B.3.1, B.3.7).
import { defaultEntry, testRule } from '../rule-tester'

const X = '𠮷' // outside the BMP: two UTF-16 units

testRule(defaultEntry('numbering-yishi-sequence'), {
  valid: [
    '一是压实责任；二是强化监督；三是严格考核。',
    // items split over paragraphs: each paragraph is checked on its own
    '一是压实责任。\n三是严格考核。',
    // 一是 lists nest inside 第一/第二 and restart under each
    '第一，抓学习：一是读原著；二是学原文。第二，抓落实：一是建台账；二是抓督办。',
    // a new list introduced by a colon may restart in the same paragraph
    '取得三项成效：一是甲；二是乙。存在两个问题：一是丙；二是丁。',
    // 统一是 / 唯一是 are words, not enumerators
    '思想统一是前提，一是抓学习。',
  ],
  invalid: [
    {
      text: '一是压实责任；二是强化监督；四是严格考核。',
      errors: [{ messageId: 'gap', line: 1, column: 15, endColumn: 17 }],
    },
    {
      text: `${X}标题\r\n\u3000\u3000一是规范组织生活。二是加强支部建设。二是强化党员管理。`,
      errors: [{ messageId: 'repeat', line: 2, column: 21, endColumn: 23 }],
    },
    {
      // in a run-in heading the body after the title is the paragraph
      text: '（一）坚持固本强基。一是规范生活；二是加强建设；一是强化管理。',
      errors: [{ messageId: 'restart', line: 1, column: 25 }],
    },
    {
      text: '第一，压实责任；第三，严格考核。',
      errors: [{ messageId: 'gap', line: 1, column: 9 }],
    },
  ],
})

testRule(defaultEntry('numbering-mixed-enumerators'), {
  valid: [
    '首先，提高站位；其次，压实责任；最后，强化监督。',
    '第一，提高站位；第二，压实责任；第三，强化监督。',
    // 最后 may close any list, and 一是 nests inside 第一
    '第一，抓学习：一是读原著；二是学原文。第二，抓落实。最后，抓考核。',
  ],
  invalid: [
    {
      text: '首先，提高站位；第二，压实责任；最后，强化监督。',
      errors: [{ messageId: 'mixed', line: 1, column: 9, endColumn: 11 }],
    },
    {
      text: `${X}\r\n\u3000\u3000第一，提高站位；其次，压实责任。`,
      errors: [{ messageId: 'mixed', line: 2, column: 11, endColumn: 13 }],
    },
  ],
})

testRule(defaultEntry('numbering-di-yi-comma'), {
  valid: [
    '首先，提高站位',
    // 第一、二季度 and 第一、第二批 are ranges, not ordinals with a stray 顿号
    '第一、二季度完成全年任务的六成。',
    '第一、第二批试点单位均已验收。',
  ],
  invalid: [
    {
      // an address ends where Chinese text starts: "：首先、" after it is the writer's text
      text: 'https://example.gov.cn/a?b=1：首先、１２３',
      errors: [{ messageId: 'comma', column: 32, endColumn: 33 }],
      output: 'https://example.gov.cn/a?b=1：首先，１２３',
    },
    // a point right after the 、: "，" would make "，，", so no fix (fuzz counterexample)
    { text: '首先、，', errors: [{ messageId: 'comma', column: 3, endColumn: 4 }] },
    { text: '第一、.提高站位', errors: [{ messageId: 'comma', column: 3 }] },
    {
      text: '首先、提高站位',
      errors: [{ messageId: 'comma', line: 1, column: 3, endColumn: 4 }],
      output: '首先，提高站位',
    },
    {
      text: `${X}\r\n\u3000\u3000第一、压实责任。第二、强化监督。其三、严格考核。`,
      errors: [
        { messageId: 'comma', line: 2, column: 5 },
        { messageId: 'comma', line: 2, column: 13 },
        { messageId: 'comma', line: 2, column: 21 },
      ],
      output: `${X}\r\n\u3000\u3000第一，压实责任。第二，强化监督。其三，严格考核。`,
    },
  ],
})

testRule(defaultEntry('numbering-yishi-mark'), {
  valid: ['一是压实责任；二是强化监督。', '一是，压实责任。', '思想统一是：前提。'],
  invalid: [
    {
      text: '一是、压实责任；二是：强化监督。',
      errors: [
        { messageId: 'shiMark', line: 1, column: 3, endColumn: 4 },
        { messageId: 'shiMark', line: 1, column: 11 },
      ],
      output: '一是压实责任；二是强化监督。',
    },
    {
      text: `${X}\r\n\u3000\u3000一是:压实责任。`,
      errors: [{ messageId: 'shiMark', line: 2, column: 5 }],
      output: `${X}\r\n\u3000\u3000一是压实责任。`,
    },
  ],
})

testRule(defaultEntry('numbering-chapter-space'), {
  valid: [
    '第一章　总则',
    '第一条 为规范管理，制定本办法。',
    // a reference to an article, not an article heading
    '第三条规定的情形除外。',
    '依照本办法第三条执行。',
  ],
  invalid: [
    { text: '第一章总则', errors: [{ messageId: 'flag', line: 1, column: 1, endColumn: 4 }] },
    {
      text: `${X}\r\n\u3000\u3000第十二条为规范管理，制定本办法。`,
      errors: [{ messageId: 'flag', line: 2, column: 3, endColumn: 7 }],
    },
  ],
})
