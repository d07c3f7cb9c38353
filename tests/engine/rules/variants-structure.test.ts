// Variants of the structure and format rules in words unlike the catalog's and the rules' own examples, with legitimate look-alikes.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('structure-title-punctuation'), {
  valid: [
    // quotation marks are allowed in a title
    '关于“三会一课”落实情况的报告\n正文',
    // a bracketed note is allowed in a title
    '关于党建工作情况的报告（2023年度）\n正文',
    // 书名号 are allowed in a title
    '关于学习《中国共产党章程》情况的报告\n正文',
  ],
  invalid: [
    {
      text: '关于2023年度党建工作情况的报告，\n正文。',
      errors: [{ messageId: 'trailing', line: 1, column: 18 }],
      output: '关于2023年度党建工作情况的报告\n正文。',
    },
    {
      text: '关于2023年度党建工作情况的报告:\n正文',
      errors: [{ messageId: 'trailing', line: 1, column: 18 }],
      output: '关于2023年度党建工作情况的报告\n正文',
    },
    {
      text: '关于2023年度党建工作情况的报告；\r\n正文。',
      errors: [{ messageId: 'trailing', line: 1, column: 18 }],
      output: '关于2023年度党建工作情况的报告\r\n正文。',
    },
  ],
})

testRule(defaultEntry('structure-title-genre-mismatch'), {
  valid: [
    '关于2023年度党建工作情况的报告\n一、甲\n特此报告。',
    // a report's own closing, not a request
    '关于2023年度党建工作情况的报告\n一、甲\n以上报告，请审阅。',
    // a 请示 with its closing
    '关于追加经费的请示\n一、事由\n妥否，请批示。',
  ],
  invalid: [
    {
      text: '关于2023年度党建工作情况的报告\n一、甲\n当否，请批示。',
      errors: [{ messageId: 'mismatch', line: 3, column: 1 }],
    },
    {
      text: '关于追加经费的请示\n一、事由\n特此报告。',
      errors: [{ messageId: 'mismatch', line: 3, column: 1 }],
    },
    {
      text: '关于2023年度党建工作情况的报告\r\n一、甲\r\n妥否，请批复。',
      errors: [{ messageId: 'mismatch', line: 3, column: 1 }],
    },
  ],
})

testRule(defaultEntry('structure-no-request-in-report'), {
  valid: [
    // reports that a request was approved
    '关于2023年度党建工作情况的报告\n以上请示已获批复。\n特此报告。',
    // 批复 as a past fact
    '关于2023年度党建工作情况的报告\n市局批复同意后实施。\n特此报告。',
    // announces a separate 请示
    '关于2023年度党建工作情况的报告\n经费使用情况另行请示。\n特此报告。',
    // a step taken or to be taken, not a plea: 报请、提请、申请
    '关于2023年度党建工作情况的报告\n调整方案已按程序提请市人大常委会审批。\n下一步将报请省政府予以批准。\n特此报告。',
    // a decision taken, and one to be sought by the proper step
    '关于2023年度党建工作情况的报告\n方案已经市政府常务会议研究审定。\n下一步将提请市委审定。\n特此报告。',
    // a report may ask for forwarding (呈转性报告)
    '关于2023年度党建工作情况的报告\n以上报告如无不妥，请批转各地执行。',
  ],
  invalid: [
    {
      text: '关于2023年度党建工作情况的报告\n拟增加编制，请予批复。',
      errors: [{ messageId: 'requestInReport', line: 2, column: 7 }],
    },
    {
      text: '关于2023年度党建工作情况的报告\n妥否，请指示。',
      errors: [{ messageId: 'requestInReport', line: 2, column: 1 }],
    },
    // a closing cut short, and a sentence ending in a plea for approval
    {
      text: '关于2023年度党建工作情况的报告\n妥否，请示。',
      errors: [{ messageId: 'requestInReport', line: 2, column: 1 }],
    },
    {
      text: '关于2023年度党建工作情况的报告\n拟召开专题会议，请审批。\n恳请市政府予以批准。\n特此报告。',
      errors: [
        { messageId: 'requestInReport', line: 2, column: 9 },
        { messageId: 'requestInReport', line: 3, column: 2 },
      ],
    },
    {
      text: '关于2023年度党建工作情况的报告\n以上方案，请市政府研究审定。',
      errors: [{ messageId: 'requestInReport', line: 2, column: 6, endColumn: 14 }],
    },
    {
      text: '关于2023年度党建工作情况的报告\n以上请示，如无不妥，请批转。',
      errors: [{ messageId: 'requestInReport', line: 2, column: 1 }],
    },
  ],
})

testRule(defaultEntry('punct-docnumber-brackets'), {
  valid: [
    // a court case number uses （）
    '（2023）京0105民初123号',
    // no 发文字号 follows
    '编号[2023]',
    '税总发〔2023〕12号',
  ],
  invalid: [
    {
      text: '根据《通知》（税总发[2023]12号）',
      errors: [{ messageId: 'replace', line: 1, column: 11 }],
      output: '根据《通知》（税总发〔2023〕12号）',
    },
    {
      text: '按照市局党委［2024］3号文件',
      errors: [{ messageId: 'replace', line: 1, column: 7 }],
      output: '按照市局党委〔2024〕3号文件',
    },
    {
      text: '依据税党发【2022】第5号',
      errors: [{ messageId: 'replace', line: 1, column: 6 }],
      output: '依据税党发〔2022〕第5号',
    },
  ],
})

testRule(defaultEntry('format-docnumber-digits'), {
  valid: [
    // no year
    '第5号',
    '〔2023〕5号',
    '税总发〔2023〕12号文件',
  ],
  invalid: [
    { text: '按照税总发〔2023〕第12号文件', errors: [{ messageId: 'flag', line: 1, column: 12 }] },
    { text: '税党发〔2023〕012号', errors: [{ messageId: 'flag', line: 1, column: 10 }] },
    { text: '税总函〔22〕5号', errors: [{ messageId: 'flag', line: 1, column: 5 }] },
  ],
})

testRule(defaultEntry('format-fullwidth-alnum'), {
  valid: [
    // full-width punctuation is right
    '全角：，',
    '共计12次',
    '（一）加强',
  ],
  invalid: [
    {
      text: '共计１２次',
      errors: [{ messageId: 'fullwidth', line: 1, column: 3 }],
      output: '共计12次',
    },
    {
      text: 'ＧＤＰ增长',
      errors: [{ messageId: 'fullwidth', line: 1, column: 1 }],
      output: 'GDP增长',
    },
    {
      text: '（１）落实\r\n',
      errors: [{ messageId: 'fullwidth', line: 1, column: 2 }],
      output: '（1）落实\r\n',
    },
  ],
})

testRule(defaultEntry('format-template-residue'), {
  valid: [
    // a legitimate caveat on figures
    '以上数据仅供参考',
    // 模板 as a word
    '推行模板化管理',
    // 模板 as a word
    '参考模板',
  ],
  invalid: [
    { text: '（此文档为范文，下载后可编辑）', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '本文仅供参考，请勿照搬照抄。', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '更多范文请访问www.xxx.com', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
  ],
})
