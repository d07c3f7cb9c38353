// Variants of the wording and placeholder rules in words unlike the catalog's and the rules' own examples, with legitimate look-alikes.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('phrasing-jiezhi-jiezhi'), {
  valid: [
    // 截止 before a noun it modifies
    '截止时间',
    // 截止 as a verb without object
    '报名截止',
    // 截止于 takes the date through 于
    '截止于6月30日',
    // 截止日 is a noun
    '申报截止日为5月',
    // the word quoted
    '“截止”',
  ],
  invalid: [
    {
      text: '（一）截止6月30日，',
      errors: [{ messageId: 'replace', line: 1, column: 4 }],
      output: '（一）截至6月30日，',
    },
    {
      text: '截止去年底',
      errors: [{ messageId: 'replace', line: 1, column: 1 }],
      output: '截至去年底',
    },
    {
      text: '截止上周',
      errors: [{ messageId: 'replace', line: 1, column: 1 }],
      output: '截至上周',
    },
    {
      text: '截止十二月\r\n',
      errors: [{ messageId: 'replace', line: 1, column: 1 }],
      output: '截至十二月\r\n',
    },
  ],
})

testRule(defaultEntry('phrasing-jiezhi-no-object'), {
  valid: [
    // 截至 with its time object
    '截至6月',
    // 截至 with its time object
    '截至目前',
    // no time before: nothing says which word was meant
    '截至。',
  ],
  invalid: [
    {
      text: '申报于6月30日截至。',
      errors: [{ messageId: 'replace', line: 1, column: 9 }],
      output: '申报于6月30日截止。',
    },
    {
      text: '活动至年底截至',
      errors: [{ messageId: 'replace', line: 1, column: 6 }],
      output: '活动至年底截止',
    },
    {
      text: '报名3月1日截至，逾期不再受理',
      errors: [{ messageId: 'replace', line: 1, column: 7 }],
      output: '报名3月1日截止，逾期不再受理',
    },
  ],
})

testRule(defaultEntry('phrasing-guanyu-dui'), {
  valid: [
    // 对口 is a word
    '关于对口支援工作的报告',
    // 对照 is a word
    '关于对照检查材料',
    // 就近 is a word
    '关于就近就便服务',
    // 对象 is a word
    '关于对象范围的说明',
    // 就医 is a word
    '关于就医结算',
  ],
  invalid: [
    {
      text: '（一）关于对违纪问题的处理',
      errors: [{ messageId: 'replace', line: 1, column: 4 }],
      output: '（一）关于违纪问题的处理',
    },
    {
      text: '关于就有关问题的请示',
      errors: [{ messageId: 'replace', line: 1, column: 1 }],
      output: '关于有关问题的请示',
    },
    { text: '关于　对', errors: [{ messageId: 'replace', line: 1, column: 1 }], output: '关于' },
  ],
})

testRule(defaultEntry('phrasing-genre-redundancy'), {
  valid: [
    // not a 请示
    '关于请求的处理意见\n正文',
    // not a 报告
    '关于报送材料的通知\n正文',
    // 申请…的请示 is common and left alone
    '关于申请追加经费的请示\n正文',
  ],
  invalid: [
    {
      text: '关于请求批准成立领导小组的请示\n市局：',
      errors: [{ messageId: 'flag', line: 1, column: 3 }],
    },
    {
      text: '关于报送2023年度述职报告的报告\n正文',
      errors: [{ messageId: 'flag', line: 1, column: 3 }],
    },
    { text: '关于呈报工作总结的报告\n正文', errors: [{ messageId: 'flag', line: 1, column: 3 }] },
  ],
})

testRule(defaultEntry('phrasing-semantic-redundancy'), {
  valid: [
    // 左右 in another clause means left and right
    '约50名党员参加，左右两侧',
    // an idiom
    '左右为难',
    // no 到
    '涉及多方',
    // 截止到 is an accepted form
    '截止到9月底，开展检查',
  ],
  invalid: [
    { text: '约有50名左右党员', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '大概3天左右', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '目的是为了提高', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '防止问题不再发生', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    // 至 is 到: 截至到 says it twice
    { text: '截至到目前，已全部完成', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
  ],
})

testRule(defaultEntry('phrasing-duplicated-token'), {
  valid: [
    // 党员 follows the party's name
    '中国共产党党员',
    // 与 before 与会同志
    '与与会同志交流',
    // 党风廉政建设 follows 全面从严治党
    '落实全面从严治党党风廉政建设责任',
    // reduplication
    '认认真真',
    // a two-character verb said twice on purpose, and two words meeting (项目项目法人)
    '请大家研究研究',
    '落实建设项目项目法人责任制',
    // the listed word once, beside a word sharing its characters
    '推进进度滞后',
  ],
  invalid: [
    // a listed two-character word typed twice
    {
      text: '统筹推进推进党的建设',
      errors: [{ messageId: 'word', line: 1, column: 5 }],
      output: '统筹推进党的建设',
    },
    {
      text: '学习二十大精神精神。',
      errors: [{ messageId: 'word', line: 1, column: 8 }],
      output: '学习二十大精神。',
    },
    {
      text: '党的的建设\r\n',
      errors: [{ messageId: 'char', line: 1, column: 3 }],
      output: '党的建设\r\n',
    },
    {
      text: '推进全面从严治党党向纵深发展',
      errors: [{ messageId: 'term', line: 1, column: 9 }],
      output: '推进全面从严治党向纵深发展',
    },
    {
      text: '坚决把把责任扛在肩上',
      errors: [{ messageId: 'char', line: 1, column: 4 }],
      output: '坚决把责任扛在肩上',
    },
  ],
})

testRule(defaultEntry('phrasing-honorific'), {
  valid: [
    // 贵阳 is a city
    '贵阳市税务局',
    // 宝贵 is a word
    '宝贵市场经验',
    // 珍贵 is a word
    '珍贵省级文物局藏品',
    // a province named 贵州
    '贵州省人民政府',
  ],
  invalid: [
    { text: '贵省税务局', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '贵县教育局', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '感谢贵区人社局支持', errors: [{ messageId: 'flag', line: 1, column: 3 }] },
    { text: '请贵县人民政府予以支持', errors: [{ messageId: 'flag', line: 1, column: 2 }] },
  ],
})

testRule(defaultEntry('phrasing-honorific-mixed'), {
  valid: [
    // one form
    '你局\n你局',
    // one form
    '贵局\n贵局',
    // no honorific
    '迪你局',
  ],
  invalid: [
    {
      text: '贵局来函收悉。\n请你局按要求办理。',
      errors: [{ messageId: 'mixed', line: 2, column: 2 }],
    },
    { text: '贵单位：\n你单位来函收悉', errors: [{ messageId: 'mixed', line: 2, column: 1 }] },
    { text: '你厅\r\n贵厅', errors: [{ messageId: 'mixed', line: 2, column: 1 }] },
  ],
})

testRule(defaultEntry('phrasing-fixed-political-terms'), {
  valid: [
    // a street name
    '十九大街',
    // a unit number
    '第十八大队',
    // part of a number
    '五十八大类',
    // the Youth League's congress
    '共青团十八大',
    // twenty students
    '二十大学生',
  ],
  invalid: [
    {
      text: '（一）学习贯彻二十大精神',
      errors: [{ messageId: 'replace', line: 1, column: 8 }],
      output: '（一）学习贯彻党的二十大精神',
    },
    {
      text: '自十八大以来',
      errors: [{ messageId: 'replace', line: 1, column: 2 }],
      output: '自党的十八大以来',
    },
    {
      text: '十九大代表',
      errors: [{ messageId: 'replace', line: 1, column: 1 }],
      output: '党的十九大代表',
    },
  ],
})

testRule(defaultEntry('placeholder-x-marks'), {
  valid: [
    // clothing sizes
    '采购XXL号、XS号服装',
    // a product name
    'Windows XP系统',
    // a model code
    '型号为HX-XX5的设备',
    // a product name
    'iPhone X手机',
    // a multiplication sign
    '3×4米',
    // a formula
    '推行“X+N”模式',
  ],
  invalid: [
    { text: '（一）XX支部书记讲党课', errors: [{ messageId: 'mark', line: 1, column: 4 }] },
    { text: '共谈话xx人次', errors: [{ messageId: 'mark', line: 1, column: 4 }] },
    {
      text: 'XXX、XXX等同志',
      errors: [
        { messageId: 'mark', line: 1, column: 1 },
        { messageId: 'mark', line: 1, column: 5 },
      ],
    },
    { text: '20XX年度工作总结', errors: [{ messageId: 'mark', line: 1, column: 1 }] },
  ],
})

testRule(defaultEntry('placeholder-date-partial'), {
  valid: [
    // a period of a month
    '于2024年3月上旬召开',
    // a year
    '2024年度',
    // a month
    '于3月份召开',
  ],
  invalid: [
    { text: '拟于XX月XX日前完成', errors: [{ messageId: 'date', line: 1, column: 3 }] },
    { text: '2024年  月  日', errors: [{ messageId: 'date', line: 1, column: 1 }] },
    { text: '于20XX年5月召开', errors: [{ messageId: 'date', line: 1, column: 2 }] },
    { text: '〇月〇日\r\n', errors: [{ messageId: 'date', line: 1, column: 1 }] },
  ],
})

testRule(defaultEntry('placeholder-bracket-hint'), {
  valid: [
    // a section label, not a hint
    '【典型经验】城关',
    // a note label
    '［注］本表数据截至6月底',
    // a reference number
    '[1]参考文献',
    // 〇 inside a year
    '二〇〇〇年',
    // a year in brackets (punct-docnumber-brackets' business)
    '第[2023]号',
    // a real figure with its kind in brackets; a doubled question mark ending a question
    '核定金额（万元）',
    '难道不是吗？？',
  ],
  invalid: [
    { text: '（一）【此处填写工作亮点】', errors: [{ messageId: 'flag', line: 1, column: 4 }] },
    { text: '[待补充]', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '案例（请补充具体数据）', errors: [{ messageId: 'flag', line: 1, column: 3 }] },
    { text: 'TODO：补充数据', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    // what to write, left in brackets; question marks for a number
    { text: '全年共办理案件（具体数字）件', errors: [{ messageId: 'flag', line: 1, column: 8 }] },
    { text: '由（单位名称）牵头', errors: [{ messageId: 'flag', line: 1, column: 2 }] },
    { text: '经费预算为？？万元', errors: [{ messageId: 'flag', line: 1, column: 6 }] },
  ],
})
