// Number and range rules of the default rulebook (GB/T 15835, GB/T 15834 4.13.3).
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('punct-range-hyphen'), {
  valid: [
    '1—11月累计排查整改安全隐患152处。',
    '深入实施《三年行动计划（2023—2025年）》。',
    // ISO dates keep "-" (GB/T 15834 4.13.3.1)
    '会议于2024-01-15召开。',
    // phone numbers and standard numbers are no ranges
    '联系电话：0571-88886666。',
    '依据GB/T 15834-2011执行。',
    // the minutes of a span of times are no range of their own ("00-12"); an overnight span and
    // a time with its seconds are left alone
    '值班时间为18:00-8:00，集合时间8:30:15-9:00。',
    // 号 makes an address, not a range
    '位于3-2号楼。',
    // the second number is smaller: no range
    '编号12-3个。',
    // 万 on one side only: the magnitudes differ, not a certain range
    '补助5万-3000元。',
    // a unit on one side only, or going downwards: no certain range
    '2024年-3个批次，2024年6月-1日。',
  ],
  invalid: [
    {
      text: '力争2023年1-6月完成。',
      errors: [{ messageId: 'range-hyphen', line: 1, column: 9, endColumn: 10 }],
      output: '力争2023年1—6月完成。',
    },
    {
      text: '\u3000\u3000𠮷2021－2023年，\r\n占比15%-30%。',
      errors: [
        { messageId: 'range-hyphen', line: 1, column: 9, endColumn: 10 },
        { messageId: 'range-hyphen', line: 2, column: 6, endColumn: 7 },
      ],
      output: '\u3000\u3000𠮷2021—2023年，\r\n占比15%—30%。',
    },
    // a span of times of day (GB/T 15834 4.13.3.2: 一字线 marks where a time span starts and ends)
    {
      text: '8:00-12:00办公，8：30－9：30签到。',
      errors: [
        { messageId: 'time-range', line: 1, column: 5, endColumn: 6 },
        { messageId: 'time-range', line: 1, column: 18, endColumn: 19 },
      ],
      output: '8:00—12:00办公，8：30—9：30签到。',
    },
    // after a label's colon: a range, not a time (fuzz counterexample: deleting "：" revealed it)
    {
      text: '（二）：1-6月',
      errors: [{ messageId: 'range-hyphen', line: 1, column: 6, endColumn: 7 }],
      output: '（二）：1—6月',
    },
    // a range of 万 or 亿 (generalisation check: 补助5万-10万元 was missed)
    {
      text: '每户补助5万-10万元，带动2亿-3亿元投资。',
      errors: [
        { messageId: 'range-hyphen', line: 1, column: 7, endColumn: 8 },
        { messageId: 'range-hyphen', line: 1, column: 17, endColumn: 18 },
      ],
      output: '每户补助5万—10万元，带动2亿—3亿元投资。',
    },
    // the time unit written on both sides (generalisation check: 2022年-2024年 was missed)
    {
      text: '2022年-2024年，3月-5月，2024年1月-2024年6月，8时-10时。',
      errors: [
        { messageId: 'range-hyphen', line: 1, column: 6, endColumn: 7 },
        { messageId: 'range-hyphen', line: 1, column: 15, endColumn: 16 },
        { messageId: 'range-hyphen', line: 1, column: 26, endColumn: 27 },
        { messageId: 'range-hyphen', line: 1, column: 37, endColumn: 38 },
      ],
      output: '2022年—2024年，3月—5月，2024年1月—2024年6月，8时—10时。',
    },
  ],
})

testRule(defaultEntry('num-year-abbrev'), {
  valid: [
    '2023年5月完成换届。',
    '近10年来发展迅速。',
    '工作满15年的党员。',
    '2023年度考核。',
    // a range of years written out, and a range of durations
    '《三年行动方案（2024—2026年）》，服务期限5—10年。',
  ],
  invalid: [
    {
      text: '23年5月完成换届。',
      errors: [{ messageId: 'year-abbrev', line: 1, column: 1, endColumn: 4 }],
    },
    {
      text: '\u3000\u3000𠮷22年度考核优秀。\r\n第二行',
      errors: [{ messageId: 'year-abbrev', line: 1, column: 5, endColumn: 8 }],
    },
    // the end of a range of years (generalisation check round 2: 2025—27年 was missed)
    {
      text: '实施航道整治工程（2025—27年），2019年至21年完成。',
      errors: [
        { messageId: 'year-abbrev', line: 1, column: 15, endColumn: 18 },
        { messageId: 'year-abbrev', line: 1, column: 26, endColumn: 29 },
      ],
    },
    // before a range of months (generalisation check: 于23年8—12月 was missed)
    {
      text: '于23年8—12月开展。',
      errors: [{ messageId: 'year-abbrev', line: 1, column: 2, endColumn: 5 }],
    },
  ],
})

testRule(defaultEntry('num-date-leading-zero'), {
  valid: ['2024年1月5日', '会议于2024-01-05召开。', '10月10日', '2024年10月'],
  invalid: [
    {
      text: '2024年01月05日',
      errors: [
        { messageId: 'leading-zero', line: 1, column: 6, endColumn: 8 },
        { messageId: 'leading-zero', line: 1, column: 9, endColumn: 11 },
      ],
      output: '2024年1月5日',
    },
    {
      text: '𠮷首行\r\n\u3000\u3000于09月召开。',
      errors: [{ messageId: 'leading-zero', line: 2, column: 4, endColumn: 6 }],
      output: '𠮷首行\r\n\u3000\u3000于9月召开。',
    },
  ],
})

testRule(defaultEntry('num-zero-glyph'), {
  valid: ['二〇二三年', '2023年', '坚持零容忍。', '三零二房间'],
  invalid: [
    {
      text: '二零二三年',
      errors: [{ messageId: 'zero-glyph', line: 1, column: 2, endColumn: 3 }],
      output: '二〇二三年',
    },
    {
      text: '𠮷\r\n\u3000二○○五年',
      errors: [
        { messageId: 'zero-glyph', line: 2, column: 3 },
        { messageId: 'zero-glyph', line: 2, column: 4 },
      ],
      output: '𠮷\r\n\u3000二〇〇五年',
    },
  ],
})

testRule(defaultEntry('num-date-separators'), {
  valid: [
    '于2024年1月15日召开会议。',
    '增长2.3个百分点。',
    '版本号1.2.3',
    '会议于2024-01-15召开。',
  ],
  invalid: [
    {
      text: '于2024.1.15召开会议。',
      errors: [{ messageId: 'date-separators', line: 1, column: 2, endColumn: 11 }],
    },
    {
      text: '𠮷\r\n\u3000于2024/01/15召开。',
      errors: [{ messageId: 'date-separators', line: 2, column: 3, endColumn: 13 }],
    },
  ],
})

testRule(defaultEntry('num-range-unit'), {
  valid: ['投入5万～10万元。', '占比15%～30%。', '1—11月累计', '2021—2023年'],
  invalid: [
    {
      text: '投入5-10万元。',
      errors: [{ messageId: 'range-unit', line: 1, column: 3, endColumn: 8 }],
    },
    {
      text: '𠮷\r\n\u3000占比15～30%，规模9至16亿元。',
      errors: [
        { messageId: 'range-unit', line: 2, column: 4 },
        { messageId: 'range-unit', line: 2, column: 13 },
      ],
    },
    // full-width digits are digits (fuzz counterexample: fixing them to half-width revealed it)
    { text: '１２３——3.5%', errors: [{ messageId: 'range-unit', column: 1, endColumn: 10 }] },
    { text: '投入５－１０万元。', errors: [{ messageId: 'range-unit', column: 3, endColumn: 8 }] },
    // a stray space beside the dash, which format-stray-spaces deletes (fuzz counterexample)
    { text: '１２３—— 3.5%', errors: [{ messageId: 'range-unit', column: 1, endColumn: 11 }] },
  ],
})

testRule(defaultEntry('num-arabic-qianbai'), {
  valid: ['覆盖党员3000余人。', '行程5千米。', '提高2个百分点。', '覆盖党员三千余人。'],
  invalid: [
    {
      text: '覆盖党员3千余人。',
      errors: [{ messageId: 'qianbai', line: 1, column: 5, endColumn: 7 }],
    },
    {
      text: '𠮷\r\n\u3000共5百人',
      errors: [{ messageId: 'qianbai', line: 2, column: 3, endColumn: 5 }],
    },
  ],
})

testRule(defaultEntry('num-approx-form'), {
  valid: [
    '开展三四次。',
    // 二、三产业 is an approximate… no: it names two sectors (RULES.md note)
    '发展二、三产业。',
    // months and quarters are lists
    '1、2月份',
    '3、4季度',
    '第3、4次会议',
    '开展12次。',
    // not consecutive
    '3、5次',
    '一、主要工作',
  ],
  invalid: [
    { text: '开展3、4次。', errors: [{ messageId: 'approx', line: 1, column: 3, endColumn: 6 }] },
    {
      text: '𠮷\r\n\u3000开展三、四次。',
      errors: [{ messageId: 'approx', line: 2, column: 4, endColumn: 7 }],
    },
  ],
})

testRule(defaultEntry('num-fixed-expression'), {
  valid: ['落实“三会一课”制度。', '排查4风险点。', '运用第一种形态。'],
  invalid: [
    {
      text: '落实3会1课制度。',
      errors: [{ messageId: 'replace', line: 1, column: 3, endColumn: 7 }],
      output: '落实三会一课制度。',
    },
    {
      text: '𠮷\r\n\u3000运用第1种形态，纠治4风。',
      errors: [
        { messageId: 'replace', line: 2, column: 4 },
        { messageId: 'replace', line: 2, column: 12 },
      ],
      output: '𠮷\r\n\u3000运用第一种形态，纠治四风。',
    },
  ],
})

testRule(defaultEntry('num-percent-chinese'), {
  valid: ['覆盖率达到95%。', '百分百完成。'],
  invalid: [
    {
      text: '覆盖率达到百分之九十五。',
      errors: [{ messageId: 'percent-chinese', line: 1, column: 6, endColumn: 12 }],
    },
    {
      text: '𠮷\r\n\u3000达百分之五十',
      errors: [{ messageId: 'percent-chinese', line: 2, column: 3 }],
    },
  ],
})

testRule(defaultEntry('num-decimal-zero'), {
  valid: [
    '人均0.5学时。',
    '一.主要工作',
    '2.3万人次',
    // a stray dot before a date, not a decimal: "0.2023年" would be wrong (fuzz counterexamples)
    '截止.2023年2月29日',
    '截止.23年',
  ],
  invalid: [
    {
      text: '人均.5学时。',
      errors: [{ messageId: 'decimal-zero', line: 1, column: 3, endColumn: 5 }],
      output: '人均0.5学时。',
    },
    {
      text: '𠮷\r\n\u3000增长.8%',
      errors: [{ messageId: 'decimal-zero', line: 2, column: 4 }],
      output: '𠮷\r\n\u3000增长0.8%',
    },
  ],
})

testRule(defaultEntry('num-relative-time'), {
  valid: ['于2023年10月开展。', '今年以来，全局上下攻坚克难。', '今年（2023年）'],
  invalid: [
    {
      text: '于今年2023年10月开展。',
      errors: [{ messageId: 'relative-time', line: 1, column: 2, endColumn: 4 }],
      output: '于2023年10月开展。',
    },
    {
      text: '𠮷\r\n\u3000去年2022年',
      errors: [{ messageId: 'relative-time', line: 2, column: 2 }],
      output: '𠮷\r\n\u30002022年',
    },
  ],
})

testRule(defaultEntry('num-decrease-multiple'), {
  valid: ['违规问题减少了66.7%。', '收入增长了2倍。'],
  invalid: [
    {
      text: '违规问题减少了2倍。',
      errors: [{ messageId: 'flag', line: 1, column: 5, endColumn: 10 }],
    },
    { text: '𠮷\r\n\u3000问题下降一倍', errors: [{ messageId: 'flag', line: 2, column: 4 }] },
  ],
})

testRule(defaultEntry('num-form-consistency'), {
  valid: [
    '开展谈话23人次，组织培训5次。',
    // only 汉字 counts: consistent
    '开展谈话二十人次，组织培训五次。',
    '召开十九届三次全会精神学习会2场。',
    '三番五次督促，整改问题12件。',
    // a frequency, not a count
    '全年开展谈话23人次，每年两次述职。',
    // 个 is left out: 三个方面 is fixed
    '从三个方面整改问题12件。',
    // how the work is split, not a count to add up
    '召开中心组学习会12次，其中分三次开展专题研讨，分两批组织培训。',
  ],
  invalid: [
    {
      text: '开展谈话23人次，组织培训五次。',
      errors: [{ messageId: 'mixed', line: 1, column: 14, endColumn: 16 }],
    },
    {
      text: '𠮷\r\n\u3000\u3000查处案件12件，通报两批、十二起。',
      errors: [
        { messageId: 'mixed', line: 2, column: 13, endColumn: 15 },
        { messageId: 'mixed', line: 2, column: 16, endColumn: 19 },
      ],
    },
  ],
})

testRule(defaultEntry('num-digit-grouping'), {
  valid: [
    '全年服务12,345家企业，投入1,234,567.5元。',
    // a list with half-width commas is no grouping
    '第1,2,3项已完成。',
    // not a figure of its own: a decimal's fraction, a code
    '比例为0.12,3456为编号。',
  ],
  invalid: [
    {
      text: '全年服务1,2345家企业，\r\n投入1234,567元。',
      errors: [
        { messageId: 'grouping', line: 1, column: 5, endColumn: 11 },
        { messageId: 'grouping', line: 2, column: 3, endColumn: 11 },
      ],
    },
  ],
})
