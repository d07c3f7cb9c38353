// Variants of the number and date rules in words unlike the catalog's and the rules' own examples, with legitimate look-alikes (codes, versions, units, durations).
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('punct-range-hyphen'), {
  valid: [
    // a serial number, not a range
    '编号2023-001',
    // a telephone number
    '电话010-12345678',
    // a plate number
    '京A-12345',
    // a standard number
    'ISO 9001-2015',
    // clock times in a list, not a span
    '会议于8:00、14:30各举行一场',
  ],
  invalid: [
    {
      text: '（一）3-5月开展专项检查',
      errors: [{ messageId: 'range-hyphen', line: 1, column: 5 }],
      output: '（一）3—5月开展专项检查',
    },
    {
      text: '完成率达85%-90%',
      errors: [{ messageId: 'range-hyphen', line: 1, column: 8 }],
      output: '完成率达85%—90%',
    },
    {
      text: '每人200－300元',
      errors: [{ messageId: 'range-hyphen', line: 1, column: 6 }],
      output: '每人200—300元',
    },
    {
      text: '2022-2023学年',
      errors: [{ messageId: 'range-hyphen', line: 1, column: 5 }],
      output: '2022—2023学年',
    },
    {
      text: '5–10人\r\n',
      errors: [{ messageId: 'range-hyphen', line: 1, column: 2 }],
      output: '5—10人\r\n',
    },
  ],
})

testRule(defaultEntry('num-year-abbrev'), {
  valid: [
    // a duration
    '用了15年时间',
    // a duration in years and months
    '共23年5个月',
    // an ordinal, not a year
    '第23年度',
    // an anniversary
    '建党100周年',
    // compared with ten years ago: a duration
    '较10年前提高3个百分点',
  ],
  invalid: [
    // the year a figure is compared with
    {
      text: '占比较23年提高3.2个百分点',
      errors: [{ messageId: 'year-abbrev', line: 1, column: 4 }],
    },
    { text: '与22年同期相比', errors: [{ messageId: 'year-abbrev', line: 1, column: 2 }] },
    { text: '（一）22年度民主生活会', errors: [{ messageId: 'year-abbrev', line: 1, column: 4 }] },
    { text: '自21年3月起', errors: [{ messageId: 'year-abbrev', line: 1, column: 2 }] },
    { text: '23年1—6月', errors: [{ messageId: 'year-abbrev', line: 1, column: 1 }] },
  ],
})

testRule(defaultEntry('num-date-leading-zero'), {
  valid: [
    // a serial number
    '第08号',
    // the ISO form keeps its zeros
    '2024-01-05',
    // part of a code
    '编号202301月',
  ],
  invalid: [
    {
      text: '（一）2023年09月',
      errors: [{ messageId: 'leading-zero', line: 1, column: 9 }],
      output: '（一）2023年9月',
    },
    {
      text: '于3月08日',
      errors: [{ messageId: 'leading-zero', line: 1, column: 4 }],
      output: '于3月8日',
    },
    {
      text: '2024年1月05日前',
      errors: [{ messageId: 'leading-zero', line: 1, column: 8 }],
      output: '2024年1月5日前',
    },
    {
      text: '09月份\r\n',
      errors: [{ messageId: 'leading-zero', line: 1, column: 1 }],
      output: '9月份\r\n',
    },
  ],
})

testRule(defaultEntry('num-zero-glyph'), {
  valid: [
    // 零 outside a year
    '零点',
    // a word
    '零容忍',
    // not a year
    '十零年',
  ],
  invalid: [
    {
      text: '二0二三年',
      errors: [{ messageId: 'zero-glyph', line: 1, column: 2 }],
      output: '二〇二三年',
    },
    {
      text: '二O二四年',
      errors: [{ messageId: 'zero-glyph', line: 1, column: 2 }],
      output: '二〇二四年',
    },
    {
      text: '一九九零年',
      errors: [{ messageId: 'zero-glyph', line: 1, column: 4 }],
      output: '一九九〇年',
    },
    {
      text: '二零二三年度',
      errors: [{ messageId: 'zero-glyph', line: 1, column: 2 }],
      output: '二〇二三年度',
    },
  ],
})

testRule(defaultEntry('num-date-separators'), {
  valid: [
    // a version number
    '版本2024.1.15',
    // a version number
    '升级至2024.1.15版',
    // an IP address
    '192.168.1.1',
    // a clause number
    '3.5.1条',
  ],
  invalid: [
    { text: '（一）2023.12.5召开', errors: [{ messageId: 'date-separators', line: 1, column: 4 }] },
    { text: '于2024/3/1起', errors: [{ messageId: 'date-separators', line: 1, column: 2 }] },
    { text: '2023.09.30\r\n', errors: [{ messageId: 'date-separators', line: 1, column: 1 }] },
  ],
})

testRule(defaultEntry('num-range-unit'), {
  valid: [
    // both ends carry the unit (the hyphen is punct-range-hyphen's)
    '增长10%-20%',
    // a measure word after the range
    '3～5个',
    // a measure word after the range
    '10至20人',
  ],
  invalid: [
    { text: '投资3—5亿元', errors: [{ messageId: 'range-unit', line: 1, column: 3 }] },
    { text: '增幅5～8%', errors: [{ messageId: 'range-unit', line: 1, column: 3 }] },
    { text: '人均2至3万元', errors: [{ messageId: 'range-unit', line: 1, column: 3 }] },
    { text: '约1-2万\r\n', errors: [{ messageId: 'range-unit', line: 1, column: 2 }] },
  ],
})

testRule(defaultEntry('num-arabic-qianbai'), {
  valid: [
    // 千米 is a unit
    '5千米',
    // 千克 is a unit
    '2千克',
    // 千瓦 is a unit
    '100千瓦',
  ],
  invalid: [
    { text: '（一）培训5百余人次', errors: [{ messageId: 'qianbai', line: 1, column: 6 }] },
    { text: '惠及2千户', errors: [{ messageId: 'qianbai', line: 1, column: 3 }] },
    { text: '3千余', errors: [{ messageId: 'qianbai', line: 1, column: 1 }] },
  ],
})

testRule(defaultEntry('num-approx-form'), {
  valid: [
    // a list of sectors
    '发展一、二、三产业',
    // ranks
    '第3、4名',
    // 二、三十 is a range of tens, not two neighbours
    '二、三十人',
    // not neighbours: a list
    '3、5次',
  ],
  invalid: [
    { text: '（一）每月开展2、3次', errors: [{ messageId: 'approx', line: 1, column: 8 }] },
    { text: '约五、六人', errors: [{ messageId: 'approx', line: 1, column: 2 }] },
    { text: '调研七、八家', errors: [{ messageId: 'approx', line: 1, column: 3 }] },
  ],
})

testRule(defaultEntry('num-fixed-expression'), {
  valid: [
    // a count of people in charge, not 两个责任
    '明确2个责任人',
    // a plain count
    '4个方面',
    // 4风险 is no 四风
    '排查4风险',
  ],
  invalid: [
    {
      text: '（一）严格落实“3会1课”',
      errors: [{ messageId: 'replace', line: 1, column: 9 }],
      output: '（一）严格落实“三会一课”',
    },
    {
      text: '践行“2个维护”',
      errors: [{ messageId: 'replace', line: 1, column: 4 }],
      output: '践行“两个维护”',
    },
    {
      text: '树牢“4个意识”',
      errors: [{ messageId: 'replace', line: 1, column: 4 }],
      output: '树牢“四个意识”',
    },
    {
      text: '纠治4风问题',
      errors: [{ messageId: 'replace', line: 1, column: 3 }],
      output: '纠治四风问题',
    },
  ],
})

testRule(defaultEntry('num-decimal-zero'), {
  valid: [
    // a Latin abbreviation
    'v.5',
    // a file name
    '文件.docx',
    // a heading slip, not a decimal
    '一.5',
    // a stray dot before a year
    '截止.2023年',
  ],
  invalid: [
    {
      text: '占比.85%',
      errors: [{ messageId: 'decimal-zero', line: 1, column: 3 }],
      output: '占比0.85%',
    },
    {
      text: '人均学时.5小时',
      errors: [{ messageId: 'decimal-zero', line: 1, column: 5 }],
      output: '人均学时0.5小时',
    },
    {
      text: '（一）增长.3个百分点',
      errors: [{ messageId: 'decimal-zero', line: 1, column: 6 }],
      output: '（一）增长0.3个百分点',
    },
  ],
})

testRule(defaultEntry('num-relative-time'), {
  valid: [
    // no year follows
    '今年12月',
    // a comma stands between
    '今年，2024年',
    // no year follows
    '本年度完成',
  ],
  invalid: [
    {
      text: '（一）今年2024年以来',
      errors: [{ messageId: 'relative-time', line: 1, column: 4 }],
      output: '（一）2024年以来',
    },
    {
      text: '去年2023年同期',
      errors: [{ messageId: 'relative-time', line: 1, column: 1 }],
      output: '2023年同期',
    },
    {
      text: '当年2023年',
      errors: [{ messageId: 'relative-time', line: 1, column: 1 }],
      output: '2023年',
    },
  ],
})

testRule(defaultEntry('num-decrease-multiple'), {
  valid: [
    // a fraction
    '减少到原来的三分之一',
    // an increase may be a multiple
    '增加2倍',
    // no number
    '降低倍数',
  ],
  invalid: [
    { text: '（一）信访量下降3倍', errors: [{ messageId: 'flag', line: 1, column: 7 }] },
    { text: '差错率缩减了1.5倍', errors: [{ messageId: 'flag', line: 1, column: 4 }] },
    { text: '成本降低一倍', errors: [{ messageId: 'flag', line: 1, column: 3 }] },
  ],
})

testRule(defaultEntry('num-form-consistency'), {
  valid: [
    // 一次性 is a word
    '一次性解决12件',
    // an ordinal of a meeting
    '第三次全会，开展12次',
    // an idiom
    '三番五次，12次',
  ],
  invalid: [
    {
      text: '全年召开会议12次，开展谈心谈话三十人次',
      errors: [{ messageId: 'mixed', line: 1, column: 17 }],
    },
    { text: '举办培训班三期，参训200人次', errors: [{ messageId: 'mixed', line: 1, column: 6 }] },
    { text: '全年查处3起，其中立案两起', errors: [{ messageId: 'mixed', line: 1, column: 12 }] },
  ],
})

testRule(defaultEntry('num-date-validity'), {
  valid: [
    // a leap year
    '2024年2月29日',
    // a valid day
    '12月31日',
    // no month
    '第31日',
  ],
  invalid: [
    { text: '（一）2023年2月29日召开', errors: [{ messageId: 'invalid', line: 1, column: 4 }] },
    { text: '截至2023年4月31日', errors: [{ messageId: 'invalid', line: 1, column: 3 }] },
    { text: '于9月31日前', errors: [{ messageId: 'invalid', line: 1, column: 2 }] },
  ],
})

testRule(defaultEntry('num-weekday-mismatch'), {
  valid: [
    // the right weekday
    '2024年3月1日（星期五）',
    // the right weekday
    '2024年1月15日（周一）',
    // not a weekday
    '2024年1月15日（第二周）',
    // a date without its year takes the document's: the 成文日期's or the title's
    '关于2024年防汛工作的报告\n\n6月19日（星期三）召开会议。\n\n某局\n2024年7月5日',
    // a report dated in January on last year's work: either year may be meant
    '关于2024年工作的报告\n\n12月28日（星期六）召开会议。\n\n某局\n2025年1月6日',
    // no year anywhere: not checked
    '6月19日（星期一）召开会议。',
  ],
  invalid: [
    {
      text: '关于2024年防汛工作的报告\n\n6月19日（星期四）召开会议。\n\n某局\n2024年7月5日',
      errors: [{ messageId: 'weekdayInferred', line: 3, column: 9 }],
    },
    {
      text: '2024年3月1日（星期四）',
      errors: [{ messageId: 'weekday', line: 1, column: 13 }],
      output: '2024年3月1日（星期五）',
    },
    {
      text: '于2023年10月1日(周一)召开',
      errors: [{ messageId: 'weekday', line: 1, column: 14 }],
      output: '于2023年10月1日(周日)召开',
    },
    {
      text: '2024年1月15日（周日）',
      errors: [{ messageId: 'weekday', line: 1, column: 13 }],
      output: '2024年1月15日（周一）',
    },
  ],
})

testRule(defaultEntry('num-doc-date-arabic'), {
  valid: [
    // the 成文日期 in Arabic digits
    '某某局\n2024年1月15日',
    // a 汉字 year in a title is no 成文日期
    '二〇二三年工作总结\n正文',
    // a body line after the date is no 成文日期
    '某某局\n2024年3月8日\n二〇二三年度情况见附件',
  ],
  invalid: [
    {
      text: '某某局\n二〇二三年十二月三十一日',
      errors: [{ messageId: 'doc-date', line: 2, column: 1 }],
      output: '某某局\n2023年12月31日',
    },
    {
      text: '国家税务总局××市税务局\r\n二〇二四年一月五日',
      errors: [{ messageId: 'doc-date', line: 2, column: 1 }],
      output: '国家税务总局××市税务局\r\n2024年1月5日',
    },
    {
      text: '某某局\n　　　　二〇二四年三月八日',
      errors: [{ messageId: 'doc-date', line: 2, column: 5 }],
      output: '某某局\n　　　　2024年3月8日',
    },
  ],
})

testRule(defaultEntry('num-mixed-date-forms'), {
  valid: [
    // one form
    '2023年12月完成。',
    // a month alone
    '十二月份',
    // a year alone
    '2023年度',
  ],
  invalid: [
    {
      text: '二〇二三年5月',
      errors: [{ messageId: 'mixed-inside', line: 1, column: 1 }],
      output: '2023年5月',
    },
    {
      text: '2023年十二月',
      errors: [{ messageId: 'mixed-inside', line: 1, column: 1 }],
      output: '2023年12月',
    },
    {
      text: '2023年3月启动，二〇二三年十月完成。',
      errors: [{ messageId: 'mixed-across', line: 1, column: 11 }],
      output: '2023年3月启动，2023年10月完成。',
    },
  ],
})
