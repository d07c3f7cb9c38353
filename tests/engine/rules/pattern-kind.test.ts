// The generic pattern kind as an admin would configure it: replacement, exclusions, line kinds, trigger.
import type { RuleEntry } from '../../../shared/index'
import { testRule } from '../rule-tester'

const entry = (options: Record<string, unknown>, id = 'team-pattern'): RuleEntry => ({
  id,
  kind: 'pattern',
  enabled: true,
  severity: 'warning',
  category: 'wording',
  description: '本单位用语',
  options,
})

testRule(entry({ pattern: '国税局|地税局', replacement: '税务局', exclude: ['原国税局'] }), {
  valid: ['市税务局召开会议。', '原国税局办公楼已移交。'],
  invalid: [
    {
      text: '𠮷\r\n\u3000\u3000市国税局召开会议，，',
      errors: [{ messageId: 'replace', line: 2, column: 4, endColumn: 7 }],
      output: '𠮷\r\n\u3000\u3000市税务局召开会议，，',
    },
  ],
})

// The trigger only skips lines that cannot match; it never changes what a matching line reports.
testRule(
  entry({ pattern: '(?<=[\\u4e00-\\u9fff])-(?=[\\u4e00-\\u9fff])', trigger: '-' }, 'with-trigger'),
  {
    valid: ['全年开展检查。', '编号 A-1 的设备'],
    invalid: [{ text: '两个责任-主体责任', errors: [{ messageId: 'flag', line: 1, column: 5 }] }],
  },
)

testRule(entry({ pattern: ':$', lineKinds: ['recipient'], replacement: '：' }, 'line-kinds'), {
  valid: ['现将有关情况报告如下:\n一、总体情况'],
  invalid: [
    {
      text: '关于2023年度工作情况的报告\n市政府:\n现将有关情况报告如下。',
      errors: [{ messageId: 'replace', line: 2, column: 4 }],
      output: '关于2023年度工作情况的报告\n市政府：\n现将有关情况报告如下。',
    },
  ],
})
