// numbering-start and numbering-child-reset: where a level starts and whether it restarts under each parent.
import { defaultEntry, testRule } from '../rule-tester'

const X = '𠮷' // outside the BMP: two UTF-16 units

testRule(defaultEntry('numbering-start'), {
  valid: [
    '一、甲\n（一）乙\n（二）丙',
    // continuing the numbering across parents is the child-reset rule's finding, not this one
    '一、甲\n（一）子\n二、乙\n（二）子',
  ],
  invalid: [
    {
      text: '一、甲\n（二）乙\n（三）丙',
      errors: [{ messageId: 'start', line: 2, column: 1, endColumn: 4 }],
    },
    {
      text: `${X}标题\r\n\u3000\u3000二、甲\r\n\u3000\u3000三、乙`,
      errors: [{ messageId: 'start', line: 2, column: 3, endColumn: 5 }],
    },
  ],
})

testRule(defaultEntry('numbering-child-reset'), {
  valid: ['一、甲\n（一）子一\n（二）子二\n二、乙\n（一）子三\n（二）子四'],
  invalid: [
    {
      text: '一、甲\n（一）子一\n（二）子二\n二、乙\n（三）子三\n（四）子四',
      errors: [{ messageId: 'childReset', line: 5, column: 1, endColumn: 4 }],
    },
    {
      text: `${X}\r\n1.甲\r\n\u3000（1）子\r\n2.乙\r\n\u3000（2）子`,
      errors: [{ messageId: 'childReset', line: 5, column: 2, endColumn: 5 }],
    },
  ],
})
