// Format rules: 发文字号, 抄送, 附注, stray spaces, full-width digits and letters, template residue.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('punct-docnumber-brackets'), {
  valid: [
    '税党发〔2023〕5号',
    // a court case number keeps its round brackets
    '（2023）京0105民初123号',
    '（2023—2025年）',
  ],
  invalid: [
    {
      text: '税党发[2023]5号',
      errors: [{ messageId: 'replace', column: 4, endColumn: 10 }],
      output: '税党发〔2023〕5号',
    },
    {
      text: '𠮷\r\n　　依据税党发（2023）5号文件',
      errors: [{ messageId: 'replace', line: 2, column: 8 }],
      output: '𠮷\r\n　　依据税党发〔2023〕5号文件',
    },
    {
      text: '税发【2024】12号，税发〔2024]3号',
      errors: [
        { messageId: 'replace', column: 3 },
        { messageId: 'replace', column: 15 },
      ],
      output: '税发〔2024〕12号，税发〔2024〕3号',
    },
  ],
})

testRule(defaultEntry('format-docnumber-digits'), {
  valid: ['税党发〔2023〕5号', '税党发〔2023〕10号'],
  invalid: [
    {
      text: '税党发〔2023〕第05号',
      errors: [
        { messageId: 'flag', column: 10 },
        { messageId: 'flag', column: 11, endColumn: 12 },
      ],
    },
    {
      text: '𠮷\r\n　　依据税党发〔23〕5号',
      errors: [{ messageId: 'flag', line: 2, column: 9, endColumn: 11 }],
    },
  ],
})

testRule(defaultEntry('format-cc-terminal'), {
  valid: ['抄送：市纪委监委派驻纪检组，市局办公室。', '　　抄送：市局办公室。　'],
  invalid: [
    {
      text: '抄送：市纪委监委派驻纪检组，市局办公室',
      errors: [{ messageId: 'replace', column: 19 }],
      output: '抄送：市纪委监委派驻纪检组，市局办公室。',
    },
    {
      text: '正文𠮷。\r\n抄送：市局办公室　\r\n',
      errors: [{ messageId: 'replace', line: 2, column: 8 }],
      output: '正文𠮷。\r\n抄送：市局办公室。　\r\n',
    },
  ],
})

testRule(defaultEntry('format-annotation-parens'), {
  valid: ['（此件公开发布）', '此件公开发布后，各单位要认真贯彻落实。'],
  invalid: [
    {
      text: '此件公开发布',
      errors: [{ messageId: 'replace', column: 1, endColumn: 7 }],
      output: '（此件公开发布）',
    },
    {
      text: '𠮷。\r\n　　此件发至县级税务局\r\n',
      errors: [{ messageId: 'replace', line: 2, column: 3 }],
      output: '𠮷。\r\n　　（此件发至县级税务局）\r\n',
    },
  ],
})

testRule(defaultEntry('format-stray-spaces'), {
  valid: [
    '全年开展36次、党委会议。',
    // paragraph indentation and trailing spaces
    '　　全年开展36次。  ',
    // GB/T 15834 B.3.6: a space after a chapter or article number
    '第一章 总则',
    // a two-character name padded with U+3000 in a list of names
    '出席：张　三、李四明。',
    'Microsoft Word 2016',
    // a table row: wide gaps are layout
    '税收收入    亿元    12.3',
    // a table row flattened with one U+3000 between short cells and no point mark
    '序号　企业名称　服务类别　核定金额（万元）',
    '1　南江华芯微电子有限公司　研发设计　48.60',
    // the joint issuers of a cited title are separated by one space (人社部发〔2021〕89号)
    '落实《人力资源社会保障部 国家发展改革委 财政部关于推进人力资源服务业发展的意见》要求。',
    // the same joint issuers named before the title, or before 印发
    '根据中共中央办公厅 国务院办公厅《关于建立健全审计查出问题整改长效机制的意见》要求。',
    '财政部 税务总局 海关总署联合印发公告。',
    // a title of matched phrases is published with a space between them
    '组织观看警示教育片《持续发力 纵深推进》。',
    // GB/T 1.1 separates the elements of a standard's name with a space
    '通过GB/T 23001—2017《信息化和工业化融合管理体系 要求》贯标评定。',
    '执行《党政机关公文格式 第2部分》和《电子文件归档 规范》。',
    '对照《食品安全国家标准　食品中农药最大残留限量》开展检测。',
    '执行《生活饮用水卫生 规定》（GB 5749—2022）。',
    // a contact clause spaces the office from the name
    '会务联系人：市场管理处　周明慧，联系电话：0571-87126358。',
    '（联系人：办公室 王芳；电话：0571-86012345）',
    '技术支持：信息中心　吴浩，联系电话：0571-87126412。',
  ],
  invalid: [
    {
      text: '全年开展 36 次、党 委会议。',
      errors: [
        { messageId: 'space', column: 5 },
        { messageId: 'space', column: 8 },
        { messageId: 'space', column: 12 },
      ],
      output: '全年开展36次、党委会议。',
    },
    {
      text: '　　党　委会议召开。\r\n使用\u00a0Word𠮷 软件。',
      errors: [
        { messageId: 'space', line: 1, column: 4 },
        { messageId: 'space', line: 2, column: 3 },
        { messageId: 'space', line: 2, column: 10 },
      ],
      output: '　　党委会议召开。\r\n使用Word𠮷软件。',
    },
    {
      // inside a title but not between issuers, and after a contact clause has ended
      text: '学习《中国共产党 章程》，学习《财政部关于 加强管理的通知》。联系人：张三。党 委会议',
      errors: [
        { messageId: 'space', column: 9 },
        { messageId: 'space', column: 22 },
        { messageId: 'space', column: 40 },
      ],
      output: '学习《中国共产党章程》，学习《财政部关于加强管理的通知》。联系人：张三。党委会议',
    },
    {
      // an organ's name before a space, but no second issuer and title after it
      text: '请市财政局 加强预算管理。',
      errors: [{ messageId: 'space', column: 6 }],
      output: '请市财政局加强预算管理。',
    },
    {
      // three cells, but a sentence (its mark) or a heading: not a table row
      text: '全年开展　36次　党委会议。\n一、加强　党的　建设',
      errors: [
        { messageId: 'space', line: 1, column: 5 },
        { messageId: 'space', line: 1, column: 9 },
        { messageId: 'space', line: 2, column: 5 },
        { messageId: 'space', line: 2, column: 8 },
      ],
      output: '全年开展36次党委会议。\n一、加强党的建设',
    },
  ],
})

testRule(defaultEntry('format-fullwidth-alnum'), {
  valid: ['完成2023年度任务。', '由ＸＸ单位牵头。'],
  invalid: [
    {
      text: '完成２０２３年度任务。',
      errors: [{ messageId: 'fullwidth', column: 3, endColumn: 7 }],
      output: '完成2023年度任务。',
    },
    {
      text: '𠮷\r\n　　ＧＤＰ增长５％',
      errors: [
        { messageId: 'fullwidth', line: 2, column: 3 },
        { messageId: 'fullwidth', line: 2, column: 8 },
      ],
      output: '𠮷\r\n　　GDP增长5％',
    },
    {
      // glued to an address, "123" would join it: flagged without a fix (fuzz counterexample)
      text: '见https://example.gov.cn/a?b=1１２３(一),',
      errors: [{ messageId: 'fullwidth', column: 30, endColumn: 33 }],
    },
  ],
})

testRule(defaultEntry('format-template-residue'), {
  valid: [
    '以上测算数据仅供参考。',
    '全年开展网络安全检查3次。',
    '建立报告模板，规范报送流程。',
    // "3." is a number and "v1.2" English: neither ends a Chinese sentence
    '增长3.仅供参考的数据',
    '模型v1.仅供参考',
  ],
  invalid: [
    {
      text: '本文来源于网络，仅供参考。',
      errors: [{ messageId: 'flag', column: 1, endColumn: 14 }],
    },
    {
      text: '𠮷\r\n　　以上为工作总结。仅供参考。',
      errors: [{ messageId: 'flag', line: 2, column: 11, endColumn: 16 }],
    },
    { text: '下载后可编辑修改！', errors: [{ messageId: 'flag', column: 1 }] },
    // a half-width period after Chinese ends the sentence as 。 does (fuzz counterexample)
    { text: '习习近平.仅供参考', errors: [{ messageId: 'flag', column: 6, endColumn: 10 }] },
    {
      text: '本文来源于网络.本文来源于网络',
      errors: [
        { messageId: 'flag', column: 1, endColumn: 9 },
        { messageId: 'flag', column: 9, endColumn: 16 },
      ],
    },
    // "..." is an ellipsis inside the sentence, as the "……" it is fixed to
    { text: '...本文来源于网络', errors: [{ messageId: 'flag', column: 1, endColumn: 11 }] },
    // a sentence starts after its end mark and any spaces (fuzz counterexample: deleting the
    // stray "." of "（二）." merged the heading into a match that was not there before)
    { text: '（二）.\u3000\u3000本文来源于网络', errors: [{ messageId: 'flag', column: 7 }] },
    {
      text: '加强学习。\u3000本文来源于网络',
      errors: [{ messageId: 'flag', column: 7, endColumn: 14 }],
    },
    // "." before a space ends the sentence even when an ellipsis follows (fuzz counterexample)
    { text: '学习.\u3000...本文来源于网络', errors: [{ messageId: 'flag', column: 5 }] },
    // a dot inside a file name or a version does not end the sentence
    {
      text: '详见v1.2版，下载后可编辑。',
      errors: [{ messageId: 'flag', column: 1, endColumn: 16 }],
    },
  ],
})
