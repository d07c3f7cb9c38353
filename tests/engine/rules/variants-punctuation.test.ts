// Variants of the punctuation rules in words unlike the catalog's and the rules' own examples: other contexts, line edges, CRLF, and legitimate look-alikes.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('punct-duplicate'), {
  valid: [
    // a 破折号 is two dashes by design, not a doubled mark
    '——压实责任',
    '好……',
    // four 。 are a malformed ellipsis, reported by punct-ellipsis-form instead
    '落实制度。。。。',
    '“好”“坏”',
  ],
  invalid: [
    {
      text: '联系人：：张三',
      errors: [{ messageId: 'replace', line: 1, column: 5 }],
      output: '联系人：张三',
    },
    {
      text: '　　开展“以案促改”，，推动整改',
      errors: [{ messageId: 'replace', line: 1, column: 12 }],
      output: '　　开展“以案促改”，推动整改',
    },
    {
      text: '一、加强学习；；\r\n二、强化监督',
      errors: [{ messageId: 'replace', line: 1, column: 8 }],
      output: '一、加强学习；\r\n二、强化监督',
    },
    {
      text: '（一）压实责任，，层层传导',
      errors: [{ messageId: 'replace', line: 1, column: 9 }],
      output: '（一）压实责任，层层传导',
    },
  ],
})

testRule(defaultEntry('punct-adjacent-points'), {
  valid: [
    '他说：“成效明显。”',
    // ？！ is one allowed combination
    '是否？！',
    // an ellipsis before 。 is no point mark
    '落实“三会一课”……。',
    // the brackets stand between the two 句号
    '完成任务（见附件。）。',
  ],
  invalid: [
    { text: '加强学习；。', errors: [{ messageId: 'flag', line: 1, column: 5 }] },
    { text: '（一）压实责任，、层层传导', errors: [{ messageId: 'flag', line: 1, column: 8 }] },
    { text: '联系人：，张三', errors: [{ messageId: 'flag', line: 1, column: 4 }] },
    { text: '完成了吗？。\r\n下一步', errors: [{ messageId: 'flag', line: 1, column: 5 }] },
  ],
})

testRule(defaultEntry('punct-halfwidth-in-zh'), {
  valid: [
    // a score between digits
    '比分3:2获胜。',
    // a version number
    '版本号v1.2.3已上线。',
    // English text keeps its own marks
    'Hello, world. 我们',
    // an abbreviation before a number
    '参见No.5文件',
    // a scale
    '比例为1:1000。',
    // an English sentence ending in a percentage
    'increased by 5%.',
    // a list marker after a colon, not the end of a sentence
    '附件：1.',
  ],
  invalid: [
    {
      text: '（一）主要做法:',
      errors: [{ messageId: 'halfwidth', line: 1, column: 8 }],
      output: '（一）主要做法：',
    },
    {
      text: '落实“三会一课”;推进',
      errors: [{ messageId: 'halfwidth', line: 1, column: 9 }],
      output: '落实“三会一课”；推进',
    },
    {
      text: '是否按期完成?\r\n下一步',
      errors: [{ messageId: 'halfwidth', line: 1, column: 7 }],
      output: '是否按期完成？\r\n下一步',
    },
    {
      text: '人均0.5学时，同比增长1.5%.',
      errors: [{ messageId: 'halfwidth', line: 1, column: 17 }],
      output: '人均0.5学时，同比增长1.5%。',
    },
    {
      text: '占比达95%;',
      errors: [{ messageId: 'halfwidth', line: 1, column: 7 }],
      output: '占比达95%；',
    },
  ],
})

testRule(defaultEntry('punct-straight-quotes'), {
  valid: [
    // an apostrophe
    "Tom's book",
    // an attribute in code keeps its quotes
    '设置value="abc"参数',
    '开展“以案促改”活动',
  ],
  invalid: [
    {
      text: '（一）深化"四风"整治',
      errors: [{ messageId: 'double', line: 1, column: 6 }],
      output: '（一）深化“四风”整治',
    },
    {
      text: '"两个维护"要落实',
      errors: [{ messageId: 'double', line: 1, column: 1 }],
      output: '“两个维护”要落实',
    },
    {
      text: '参见"Smart Tax"系统。\r\n第二行',
      errors: [{ messageId: 'double', line: 1, column: 3 }],
      output: '参见“Smart Tax”系统。\r\n第二行',
    },
  ],
})

testRule(defaultEntry('punct-unpaired'), {
  valid: [
    // a half-bracket enumerator is not an unpaired bracket
    '一）加强学习',
    // nested brackets that close
    '括号（内含（嵌套））正常',
    '〔2023〕5号',
    '【典型案例】城关分局',
  ],
  invalid: [
    {
      text: '（二）深入开展“三服务”活动（含线上',
      errors: [{ messageId: 'unclosed', line: 1, column: 15 }],
    },
    {
      text: '依据《中华人民共和国税收征收管理法实施细则）',
      errors: [
        { messageId: 'unclosed', line: 1, column: 3 },
        { messageId: 'unopened', line: 1, column: 22 },
      ],
    },
    { text: '2.落实“一岗双责”要求”', errors: [{ messageId: 'unopened', line: 1, column: 13 }] },
  ],
})

testRule(defaultEntry('punct-quote-nesting'), {
  valid: [
    // two quotations side by side, not one inside the other
    '“两个确立”、“两个维护”',
    // inner quotations already single
    '提出“‘两个确立’‘两个维护’”',
    '他说：“‘以案促改’很重要”',
  ],
  invalid: [
    {
      text: '他强调：“要做到“两个维护”，”',
      errors: [{ messageId: 'quoteNesting', line: 1, column: 9 }],
      output: '他强调：“要做到‘两个维护’，”',
    },
    {
      text: '开展“学习“四史”教育”活动',
      errors: [{ messageId: 'quoteNesting', line: 1, column: 6 }],
      output: '开展“学习‘四史’教育”活动',
    },
    {
      text: '（一）“关于“三会一课”的规定”',
      errors: [{ messageId: 'quoteNesting', line: 1, column: 7 }],
      output: '（一）“关于‘三会一课’的规定”',
    },
  ],
})

testRule(defaultEntry('punct-booktitle-nesting'), {
  valid: ['印发《〈条例〉释义》', '《条例》《规定》', '学习《关于〈条例〉的说明》'],
  invalid: [
    {
      text: '学习《关于《条例》的说明》',
      errors: [{ messageId: 'booktitleNesting', line: 1, column: 6 }],
      output: '学习《关于〈条例〉的说明》',
    },
    {
      text: '（二）印发《〈条例〉和《规定》的释义》',
      errors: [{ messageId: 'booktitleNesting', line: 1, column: 12 }],
      output: '（二）印发《〈条例〉和〈规定〉的释义》',
    },
    {
      text: '　　贯彻《关于落实《准则》的意见》\r\n',
      errors: [{ messageId: 'booktitleNesting', line: 1, column: 10 }],
      output: '　　贯彻《关于落实〈准则〉的意见》\r\n',
    },
  ],
})

testRule(defaultEntry('punct-booktitle-misuse'), {
  valid: [
    // a film title takes 书名号
    '观看《榜样》专题片',
    // the document title only mentions an activity
    '学习《关于开展“清廉机关”创建活动的实施方案》',
    '阅读《之江新语》',
  ],
  invalid: [
    { text: '组织《廉政大讲堂》', errors: [{ messageId: 'flag', line: 1, column: 3 }] },
    { text: '举办《青年干部读书班》', errors: [{ messageId: 'flag', line: 1, column: 3 }] },
    { text: '（三）开展《清廉税务演讲比赛》', errors: [{ messageId: 'flag', line: 1, column: 6 }] },
  ],
})

testRule(defaultEntry('punct-dunhao-between-titles'), {
  valid: [
    '学习《准则》和《条例》',
    // a 括注 stands between the titles
    '学习《准则》（2016年）、《条例》',
    // words stand between the quotations
    '开展“一对一”谈话、“点对点”督导',
  ],
  invalid: [
    {
      text: '贯彻“两个务必”、“三个务必”要求',
      errors: [{ messageId: 'replace', line: 1, column: 9 }],
      output: '贯彻“两个务必”“三个务必”要求',
    },
    {
      text: '（一）学习《准则》、《条例》',
      errors: [{ messageId: 'replace', line: 1, column: 10 }],
      output: '（一）学习《准则》《条例》',
    },
    {
      text: '学习《章程》、《准则》、《条例》等\r\n',
      errors: [
        { messageId: 'replace', line: 1, column: 7 },
        { messageId: 'replace', line: 1, column: 12 },
      ],
      output: '学习《章程》《准则》《条例》等\r\n',
    },
  ],
})

testRule(defaultEntry('punct-dunhao-before-deng'), {
  valid: [
    // the 顿号 ends a heading marker (left to numbering-arabic-dunhao)
    '3、等保测评工作',
    // the 顿号 after a bracketed marker is numbering-bracket-extra-punct's
    '（三）、等保测评',
    // 等待 is a verb, not 等 closing a list
    '（1）学习、等待',
    // 等级 after a heading marker
    '二、等级评定',
  ],
  invalid: [
    {
      text: '采取约谈、函询、等方式',
      errors: [{ messageId: 'replace', line: 1, column: 8 }],
      output: '采取约谈、函询等方式',
    },
    {
      text: '党课、主题党日、等等',
      errors: [{ messageId: 'replace', line: 1, column: 8 }],
      output: '党课、主题党日等等',
    },
    {
      text: '学习“三会一课”、等制度',
      errors: [{ messageId: 'replace', line: 1, column: 9 }],
      output: '学习“三会一课”等制度',
    },
  ],
})

testRule(defaultEntry('punct-ellipsis-form'), {
  valid: [
    // leader dots of a table of contents, ending in a page number
    '一、总体情况........3',
    // English
    'Loading...',
    // a katakana middle dot is not the dot 省略号 checks
    '学习・・・',
    // 等 before the ellipsis is the other rule's order, and the ellipsis itself is well formed
    '落实“三会一课”等……',
  ],
  invalid: [
    {
      text: '开展了学习、培训。。。',
      errors: [{ messageId: 'replace', line: 1, column: 9 }],
      output: '开展了学习、培训……',
    },
    {
      text: '（一）加强学习...',
      errors: [{ messageId: 'replace', line: 1, column: 8 }],
      output: '（一）加强学习……',
    },
    {
      text: '推进“放管服”改革…。',
      errors: [{ messageId: 'replace', line: 1, column: 10 }],
      output: '推进“放管服”改革……。',
    },
    {
      text: '包括党课、讨论………\r\n',
      errors: [{ messageId: 'replace', line: 1, column: 8 }],
      output: '包括党课、讨论……\r\n',
    },
  ],
})

testRule(defaultEntry('punct-ellipsis-with-deng'), {
  valid: [
    // 一等 is a grade, not 等 closing a list
    '评出一等……',
    // 平等 is a word
    '公平、平等……',
    '优等……',
  ],
  invalid: [
    {
      text: '开展谈心谈话、警示教育……等活动',
      errors: [{ messageId: 'replace', line: 1, column: 12 }],
      output: '开展谈心谈话、警示教育等活动',
    },
    {
      text: '涉及税费、社保......等等',
      errors: [{ messageId: 'replace', line: 1, column: 8 }],
      output: '涉及税费、社保等等',
    },
    {
      text: '召开党委会、支部会…等',
      errors: [{ messageId: 'replace', line: 1, column: 10 }],
      output: '召开党委会、支部会等',
    },
  ],
})

testRule(defaultEntry('punct-dash-form'), {
  valid: [
    // a 一字线 linking two places (GB/T 15834 4.13)
    '开通成都—重庆高铁',
    // a 一字线 linking two parties
    '促进中—美关系发展',
    // a range
    '1—11月',
    // a name with a hyphen
    'COVID-19疫情',
    // a chain of stages is a 一字线 (GB/T 15834 4.13.3.2): quoted, four and more links, or N级
    '建立“临床科室—医务部—医保办”三级质控体系',
    '“街道党工委—社区党委”两级',
    '分为古猿—猿人—古人—新人这四个阶段',
    '形成研发—中试—产业化全链条',
  ],
  invalid: [
    { text: '主题教育—学思想、强党性', errors: [{ messageId: 'flag', line: 1, column: 5 }] },
    { text: '全面从严治党--永远在路上', errors: [{ messageId: 'flag', line: 1, column: 7 }] },
    // a dash pair around an inserted phrase is no chain of stages
    {
      text: '我们的目标—建设美丽乡村—一定能实现',
      errors: [
        { messageId: 'flag', line: 1, column: 6 },
        { messageId: 'flag', line: 1, column: 13 },
      ],
    },
    { text: '他说“目标—建设乡村”', errors: [{ messageId: 'flag', line: 1, column: 6 }] },
    { text: '“两个责任”－主体责任和监督责任', errors: [{ messageId: 'flag', line: 1, column: 7 }] },
  ],
})

testRule(defaultEntry('punct-date-dunhao'), {
  valid: [
    // a list of years
    '2023、2024、2025年',
    // a list of counts
    '2022、3、5个',
    // a list of counts with a measure word
    '共2024、3、4人',
  ],
  invalid: [
    { text: '（一）2023、12、31前完成', errors: [{ messageId: 'flag', line: 1, column: 4 }] },
    { text: '截至2024、3、1，', errors: [{ messageId: 'flag', line: 1, column: 3 }] },
    { text: '于2024、1、15日召开', errors: [{ messageId: 'flag', line: 1, column: 2 }] },
  ],
})

testRule(defaultEntry('punct-stacked-marks'), {
  valid: [
    // three marks are allowed
    '好！！！',
    // ？！ is one allowed combination
    '是否？！',
    '为什么？',
  ],
  invalid: [
    { text: '这是为什么？？？？', errors: [{ messageId: 'flag', line: 1, column: 6 }] },
    { text: '决不能！！！！！', errors: [{ messageId: 'flag', line: 1, column: 4 }] },
    { text: '真的吗？！？！', errors: [{ messageId: 'flag', line: 1, column: 4 }] },
  ],
})

testRule(defaultEntry('punct-line-start'), {
  valid: [
    // an ellipsis is no point mark
    '…全面',
    // a dash is no point mark
    '——加强',
    // a quoted mark
    '“，”是逗号',
  ],
  invalid: [
    { text: '；二是强化监督', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
    { text: '　　。全面加强', errors: [{ messageId: 'flag', line: 1, column: 3 }] },
    { text: '：张三\r\n', errors: [{ messageId: 'flag', line: 1, column: 1 }] },
  ],
})

testRule(defaultEntry('punct-bracket-period'), {
  valid: [
    // a whole sentence in brackets keeps its 句号
    '（注：以上数据截至6月底。）',
    '完成（详见附件）。',
    // the bracket follows a full sentence
    '完成任务。（见附件。）',
  ],
  invalid: [
    {
      text: '（三）相关数据详见附表（单位：万元。）',
      errors: [{ messageId: 'replace', line: 1, column: 18 }],
      output: '（三）相关数据详见附表（单位：万元）。',
    },
    {
      text: '已完成整改（共12项。）',
      errors: [{ messageId: 'replace', line: 1, column: 11 }],
      output: '已完成整改（共12项）。',
    },
    {
      text: '　　详见附件（附件2。）\r\n下一段',
      errors: [{ messageId: 'replace', line: 1, column: 11 }],
      output: '　　详见附件（附件2）。\r\n下一段',
    },
  ],
})
