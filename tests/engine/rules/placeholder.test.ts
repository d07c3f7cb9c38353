// Placeholder rules: unfilled XX/××/Ｘ marks, partial dates, template hints, anonymous names.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('placeholder-x-marks'), {
  valid: [
    '全年开展廉政谈话36人次。',
    // known terms that begin with X
    '配备X光安检机2台，开展X射线检查，x轴表示月份。',
    // sizes and model codes: a Latin letter or digit beside the X
    '采购XL、XXL号制服，租用X5型设备。',
    // English product names: a Latin word before the X
    'Model X与iPhone X均不在采购目录。',
    // a single × between characters is a multiplication sign
    '长×宽为3×4米。',
    // with skipDates the date rule reports X inside a date, once
    '于2023年X月召开专题会。',
    // a gap of four columns or more is layout: an X alone between such gaps is no sentence part
    '\u3000\u3000X\u3000\u3000',
    // glued to an address: the mask's end moves when "１２３" before it is fixed (fuzz counterexample)
    'https://example.gov.cn/a?b=1××',
    // a model code after a hyphen, and a short run
    '采购A-X型设备，编号0571-XX1。',
  ],
  invalid: [
    { text: 'XX县税务局党委', errors: [{ messageId: 'mark', line: 1, column: 1, endColumn: 3 }] },
    // a telephone number left unfilled after its area code
    {
      text: '联系电话：0571-XXXXXXXX。',
      errors: [{ messageId: 'mark', line: 1, column: 11, endColumn: 19 }],
    },
    {
      // U+3000 indentation, CRLF and a character outside the BMP (𠮷 is two UTF-16 units)
      text: '　　全年学习X次，𠮷XX人。\r\n由×××同志作专题党课。',
      errors: [
        { messageId: 'mark', line: 1, column: 7, endColumn: 8 },
        { messageId: 'mark', line: 1, column: 12, endColumn: 14 },
        { messageId: 'mark', line: 2, column: 2, endColumn: 5 },
      ],
    },
    // across a U+3000 that format-stray-spaces deletes, the neighbour is the same as after the fix
    // (fuzz counterexamples: deleting the space revealed the mark)
    { text: '的\u3000X', errors: [{ messageId: 'mark', column: 3, endColumn: 4 }] },
    { text: 'X\u3000一、', errors: [{ messageId: 'mark', column: 1, endColumn: 2 }] },
    {
      text: '由ＸＸ单位牵头，“XX”工程。',
      errors: [
        { messageId: 'mark', column: 2 },
        { messageId: 'mark', column: 10 },
      ],
    },
  ],
})

testRule(defaultEntry('placeholder-date-partial'), {
  valid: [
    '于2023年3月召开专题会。',
    '2023年12月25日',
    '二〇二三年十月，二○○○年以来。',
    // a space before 月 is not a blank month unless it is at least two spaces or a U+3000
    '全年 月均开展2次，今年3月完成。',
    '2021、2022年连续获评先进。',
  ],
  invalid: [
    {
      text: '于2023年X月召开专题会。',
      errors: [{ messageId: 'date', line: 1, column: 2, endColumn: 9 }],
    },
    { text: '____年__月__日', errors: [{ messageId: 'date', column: 1, endColumn: 12 }] },
    {
      text: '𠮷\r\n会议于　　月　　日召开。',
      errors: [{ messageId: 'date', line: 2, column: 4, endColumn: 10 }],
    },
    { text: '　　〇月〇日', errors: [{ messageId: 'date', column: 3, endColumn: 7 }] },
    { text: '　　　　年　月　日', errors: [{ messageId: 'date', column: 5 }] },
  ],
})

testRule(defaultEntry('placeholder-bracket-hint'), {
  valid: [
    '典型案例：城关分局开展“清风”行动。',
    // ○○ inside a 汉字 year is a zero, not a blank
    '二○○○年以来，共建成站点12个。',
    // 【】 as a label and an ordinary bracketed remark
    '【典型案例】城关分局开展“清风”行动（请于3月底前报送）。',
    // a year in square brackets is a citation, left to the 发文字号 rules
    '依据税发[2023]5号文件。',
  ],
  invalid: [
    {
      text: '典型案例：（此处插入案例）',
      errors: [{ messageId: 'flag', column: 6, endColumn: 14 }],
    },
    {
      text: '　　负责人：□□□\r\nTODO：补充数据',
      errors: [
        { messageId: 'flag', line: 1, column: 7 },
        { messageId: 'flag', line: 2, column: 1, endColumn: 5 },
      ],
    },
    {
      text: '全年查处案件［数据］起，𠮷【待补充】。',
      errors: [
        { messageId: 'flag', column: 7 },
        { messageId: 'flag', column: 15 },
      ],
    },
  ],
})

testRule(defaultEntry('placeholder-anonymous-name'), {
  valid: ['由张三同志作专题党课，某些支部学习不够深入。'],
  invalid: [
    {
      text: '　　由某某同志作专题党课。',
      errors: [{ messageId: 'flag', column: 4, endColumn: 6 }],
    },
  ],
})
