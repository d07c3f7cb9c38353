/** Default rules: punctuation (GB/T 15834—2011 标点符号用法), with fixes only where they are certain. */

import type { RuleEntry } from '../../types'

const base = { enabled: true, category: 'punctuation', level: '国标' } as const
/** A 顿号 that ends a heading marker (一、等级保护, 3、等保测评, （二）、等…) is not a list separator. */
const HEADING_DUNHAO =
  '^[ \\t\\u3000]*(?:[一二三四五六七八九十]{1,3}|\\d{1,2}|[（(](?:[一二三四五六七八九十]{1,3}|\\d{1,2})[）)])、'
/** 等 that starts a word (等级, 等待) rather than closing a list. */
const DENG = '等(?![级待候同于额量值价距])'
/** An ellipsis, well-formed or not (……, ..., 。。。). */
const ELLIPSIS = '(?:…+|\\.{3,}|。{3,})'

export const punctuationRules: RuleEntry[] = [
  {
    ...base,
    id: 'punct-duplicate',
    kind: 'pattern',
    severity: 'error',
    description: '同一点号重复使用（，，。。、、；；：：）',
    authority: 'GB/T 15834—2011（点号不叠用）',
    options: {
      trigger: '([，、；：])\\1|。。',
      pattern: '(?<=([，、；：]))\\1+|(?<=(?<!。)。)。(?!。)',
      replacement: '',
    },
    messages: { replace: '删去重复的“{{match}}”' },
    examples: {
      invalid: ['加强教育，，提升能力。', '开展培训；；'],
      valid: ['加强教育，提升能力。', '落实“三会一课”……'],
    },
  },
  {
    ...base,
    id: 'punct-adjacent-points',
    kind: 'pattern',
    severity: 'error',
    description: '两个不同的点号连用（如“，。”“、。”），？！与！？除外',
    authority: 'GB/T 15834—2011',
    options: { pattern: '([，。、；：])(?!\\1)[，。、；：？！]|[？！][，。、；：]' },
    messages: { flag: '“{{match}}”点号连用，只保留一个' },
    examples: {
      invalid: ['成效明显，。', '谈心谈话、警示教育等、。'],
      valid: ['成效明显。', '难道不应该吗？！'],
    },
  },
  {
    ...base,
    id: 'punct-halfwidth-in-zh',
    kind: 'halfwidth-punct',
    severity: 'error',
    description: '中文里用了半角标点（, . ; : ? !），小数、时间、网址、英文除外',
    authority: 'GB/T 15834—2011 第4章、第5章（中文标点为全角）',
    options: { marks: ',.;:?!' },
    messages: { halfwidth: '半角“{{match}}”应改为全角“{{replacement}}”' },
    examples: {
      invalid: ['取得明显成效,群众满意度提升.'],
      valid: [
        '取得明显成效，群众满意度提升。',
        '人均增长2.3%，会议于8:30开始，详见https://www.example.gov.cn/a,b.html。',
      ],
    },
  },
  {
    ...base,
    id: 'punct-straight-quotes',
    kind: 'straight-quotes',
    severity: 'error',
    description: '中文里用了半角引号（" 或 \'），应使用全角引号“”‘’',
    authority: 'GB/T 15834—2011 4.8.2',
    messages: {
      double: '半角引号应改为全角引号“”',
      single: "半角引号 ' 应改为全角引号（外层“”，内层‘’）",
    },
    examples: {
      invalid: ['开展"以案促改"活动。'],
      valid: ['开展“以案促改”活动。', 'He said "yes" twice.'],
    },
  },
  {
    ...base,
    id: 'punct-unpaired',
    kind: 'paired-marks',
    severity: 'error',
    description: '成对标点不配对或次序颠倒（“”‘’（）《》〈〉【】〔〕）',
    authority: 'GB/T 15834—2011 4.8、4.9、4.15',
    options: { checks: ['unpaired'] },
    messages: {
      unclosed: '“{{mark}}”缺少对应的“{{pair}}”',
      unopened: '多余的“{{mark}}”，或前面缺少“{{pair}}”',
    },
    examples: {
      invalid: ['学习《中国共产党章程》）。', '开展“以案促改活动。'],
      valid: ['学习《中国共产党章程》。', '1）加强学习。'],
    },
  },
  {
    ...base,
    id: 'punct-quote-nesting',
    kind: 'paired-marks',
    severity: 'error',
    description: '双引号内又用双引号，内层应改用单引号‘’',
    authority: 'GB/T 15834—2011 4.8.3.4',
    options: { checks: ['quote-nesting'] },
    messages: { quoteNesting: '引号里面再用引号时，内层应改为单引号：{{open}}…{{close}}' },
    examples: {
      invalid: ['“学习“两个维护”精神”'],
      valid: ['“学习‘两个维护’精神”', '“两个确立”“两个维护”'],
    },
  },
  {
    ...base,
    id: 'punct-booktitle-nesting',
    kind: 'paired-marks',
    severity: 'error',
    description: '书名号内又用《》，内层应改用单书名号〈〉',
    authority: 'GB/T 15834—2011 4.15.3.5',
    options: { checks: ['booktitle-nesting'] },
    messages: {
      booktitleNesting: '书名号里面再用书名号时，内层应改为单书名号：{{open}}…{{close}}',
    },
    examples: {
      invalid: ['《关于印发《实施细则》的通知》'],
      valid: ['《关于印发〈实施细则〉的通知》'],
    },
  },
  {
    ...base,
    id: 'punct-booktitle-misuse',
    kind: 'pattern',
    severity: 'warning',
    description: '书名号用于活动、竞赛、评选、培训班等名称（应使用引号）',
    authority: 'GB/T 15834—2011 附录A.13',
    options: {
      pattern:
        '《[^《》\\n]{0,40}?(?:进(?:机关|校园|社区|农村|乡村|企业|家庭|基层|网络|军营|单位)|活动|竞赛|大赛|比赛|评选|(?:培训|读书|研讨|轮训)班|主题党日|大讲堂)》',
    },
    messages: { flag: '活动、竞赛等名称不用书名号，“{{match}}”应改用引号' },
    examples: {
      invalid: ['开展《廉洁文化进机关》主题活动。'],
      valid: ['开展“廉洁文化进机关”主题活动。', '印发《关于开展“廉洁文化进机关”活动的通知》。'],
    },
  },
  {
    ...base,
    id: 'punct-dunhao-between-titles',
    kind: 'pattern',
    severity: 'warning',
    description: '并列的书名号或引号之间用了顿号（通常不用）',
    authority: 'GB/T 15834—2011 4.5.3.5',
    options: {
      trigger: '》、《|”、“',
      pattern: '(?<=》)、(?=《)|(?<=”)、(?=“)',
      replacement: '',
    },
    messages: { replace: '并列的书名号或引号之间通常不用顿号，删去“、”' },
    examples: {
      invalid: ['学习《中国共产党章程》、《中国共产党纪律处分条例》。'],
      valid: [
        '学习《中国共产党章程》《中国共产党纪律处分条例》。',
        '学习《条例》（2023年修订）、《规定》。',
      ],
    },
  },
  {
    ...base,
    id: 'punct-dunhao-before-deng',
    kind: 'pattern',
    severity: 'error',
    description: '“等”“等等”前面用了顿号',
    authority: 'GB/T 15834—2011 B.1.2',
    options: { pattern: `、(?=${DENG})`, replacement: '', exclude: [HEADING_DUNHAO] },
    messages: { replace: '“等”前不用顿号，删去“、”' },
    examples: {
      invalid: ['开展谈心谈话、警示教育、等活动。'],
      valid: ['开展谈心谈话、警示教育等活动。', '一、等级保护工作'],
    },
  },
  {
    ...base,
    id: 'punct-ellipsis-form',
    kind: 'pattern',
    severity: 'error',
    description: '省略号写法不规范（...、。。。、单个…、三个…），应为“……”',
    authority: 'GB/T 15834—2011 4.11.2、A.9.1',
    options: {
      pattern: '(?<![A-Za-z.])\\.{3,}(?!\\.)|(?<!。)。{3,}|(?<!…)(?:………|…)(?!…)|(?<!·)·{3,}',
      replacement: '……',
      // dots after a number at the line start ("2....", "1..."): a heading marker "2." or an
      // ellipsis, which is not certain; "……" would also take the marker away
      // leader dots of a table of contents ("一、总体情况........3") end in a page number
      exclude: [
        '^[ \\t\\u3000\\u00a0]*\\d{1,2}\\.',
        // from the run's first dot only: tried at every dot, a long run would be rescanned each time
        '(?<![.·])[.·]{4,}[ \\t\\u3000\\u00a0]*\\d{1,4}[ \\t\\u3000\\u00a0]*$',
      ],
    },
    messages: { replace: '省略号应写作“……”' },
    examples: {
      invalid: ['落实“三会一课”...', '落实“三会一课”…'],
      valid: ['落实“三会一课”……', 'Loading... done'],
    },
  },
  {
    ...base,
    id: 'punct-ellipsis-with-deng',
    kind: 'pattern',
    severity: 'error',
    description: '省略号与“等”“等等”同时使用',
    authority: 'GB/T 15834—2011 A.9.2',
    options: {
      trigger: '等',
      pattern: `${ELLIPSIS}(?=${DENG})|(?<=(?<![平同对均高初中上优相何劣次特头超一二三四五六七八九十])等)${ELLIPSIS}`,
      replacement: '',
    },
    messages: { replace: '省略号和“等”不同时使用，删去“{{match}}”' },
    examples: { invalid: ['党课、主题党日……等'], valid: ['党课、主题党日等', '公平、平等……'] },
  },
  {
    ...base,
    id: 'punct-dash-form',
    kind: 'pattern',
    severity: 'warning',
    description: '破折号写成单个“—”、“--”或“－”',
    authority: 'GB/T 15834—2011 4.10.2',
    options: {
      trigger: '[—\\-－–]',
      pattern: '(?<=[\\u4e00-\\u9fff”》])(?:—|--|－{1,2}|–)(?=[\\u4e00-\\u9fff“《])',
      // a connection of places or parties is a 一字线 (GB/T 15834 4.13.3.2): 成都—重庆高铁, 中—美关系;
      // so is a chain of stages (递进式发展): “科室—医务部—医保办”, 古猿—猿人—古人—新人, A—B—C三级
      exclude: [
        '[\\u4e00-\\u9fff]{1,4}—[\\u4e00-\\u9fff]{1,4}(?:高铁|铁路|高速|公路|航线|航班|快车|列车|动车|城际|专线|段|线|方向|关系|合作|通道|走廊|两地)',
        '“[\\u4e00-\\u9fff]{2,10}—[\\u4e00-\\u9fff]{2,10}—[\\u4e00-\\u9fff—]{2,60}”',
        '[\\u4e00-\\u9fff]{2,8}—[\\u4e00-\\u9fff]{2,8}—[\\u4e00-\\u9fff]{2,8}—[\\u4e00-\\u9fff]{2,8}',
        '[\\u4e00-\\u9fff]{2,8}—[\\u4e00-\\u9fff—]{2,60}”?(?=[这等]?(?:[一二三四五六七八九十两多]+(?:级|层|方|个|环节|阶段|步)|全?链条|闭环|流程|体系))',
      ],
    },
    messages: { flag: '破折号应写作“——”（占两个字的位置）' },
    examples: {
      invalid: ['两个责任—主体责任和监督责任'],
      valid: ['两个责任——主体责任和监督责任', '1—11月累计排查'],
    },
  },
  {
    ...base,
    id: 'punct-date-dunhao',
    kind: 'pattern',
    severity: 'error',
    description: '年、月、日之间用了顿号',
    authority: 'GB/T 15834—2011 附录A、4.13.3.1',
    options: {
      pattern:
        '(?<![\\d.])(?:19|20)\\d{2}、(?:1[0-2]|0?[1-9])、(?:3[01]|[12]\\d|0?[1-9])(?![\\d年月个人次项名元万亿%％户家所起件条期批])',
    },
    messages: { flag: '日期“{{match}}”应写作“××××年×月×日”' },
    examples: {
      invalid: ['会议于2024、1、15召开。'],
      valid: ['会议于2024年1月15日召开。', '2021、2022、2023年连续获评先进。'],
    },
  },
  {
    ...base,
    id: 'punct-stacked-marks',
    kind: 'pattern',
    severity: 'warning',
    description: '问号或叹号叠用超过三个',
    authority: 'GB/T 15834—2011 4.2.3.3、4.3.3.2',
    options: { pattern: '[？！]{4,}' },
    messages: { flag: '“{{match}}”叠用过多，公文一般用句号' },
    examples: { invalid: ['成绩来之不易！！！！'], valid: ['成绩来之不易。'] },
  },
  {
    ...base,
    id: 'punct-line-start',
    kind: 'pattern',
    severity: 'error',
    description: '点号出现在行首（多为复制粘贴残留）',
    authority: 'GB/T 15834—2011 5.1.1',
    options: {
      trigger: '^[ \\t\\u3000\\u00a0]*[，。、；：？！,;:?!]',
      pattern: '(?<=^[ \\t\\u3000\\u00a0]*)[，。、；：？！,;:?!]',
    },
    messages: { flag: '行首不能出现“{{match}}”，应移到上一行末尾或删去' },
    examples: {
      invalid: ['，全面加强党的建设。', ',全面加强党的建设。'],
      valid: ['全面加强党的建设。'],
    },
  },
  {
    ...base,
    id: 'punct-bracket-period',
    kind: 'pattern',
    severity: 'warning',
    description: '句末的句内括号里用了句号，句号应放在括号外',
    authority: 'GB/T 15834—2011 B.2.2',
    options: {
      pattern: '。）(?<=[^。！？…”’）\\s\\u3000（]（[^（）\\n]{1,100}。）)(?![。，、；：？！])',
      replacement: '）。',
    },
    messages: { replace: '句内括号里不用句号，应改为“）。”' },
    examples: {
      invalid: ['详见附件（附件2。）'],
      valid: ['详见附件（附件2）。', '全年完成任务。（数据截至2023年底。）'],
    },
  },
]
