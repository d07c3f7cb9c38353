import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('numbering-skip'), {
  valid: [
    '一、甲\n（一）子\n（二）子\n二、乙',
    // （1） restarts under each 1. 2. parent
    '1.甲\n（1）子\n（2）子\n2.乙\n（1）子\n（3）子'.replace('（3）', '（2）'),
    // a decimal at a line start is not a heading
    '一、甲\n2.3万人次参加培训。\n二、乙',
  ],
  invalid: [
    {
      text: '一、甲\n（一）子\n（二）子\n（四）子',
      errors: [{ messageId: 'skip', line: 4, column: 1, endColumn: 4 }],
    },
    { text: '一、甲\n二、乙\n四、丁\n五、戊', errors: [{ messageId: 'skip', line: 3 }] },
    {
      text: '（一）甲\n（三）乙\n（二）丙',
      errors: [
        { messageId: 'skip', line: 2 },
        { messageId: 'backward', line: 3 },
      ],
    },
  ],
})

testRule(defaultEntry('numbering-duplicate'), {
  valid: ['一、甲\n二、乙\n三、丙'],
  invalid: [
    { text: '一、甲\n（一）子\n（二）子\n（二）子', errors: [{ messageId: 'duplicate', line: 4 }] },
  ],
})
